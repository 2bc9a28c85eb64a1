package classify

import (
	"html"
	"strings"
)

// maxAnchors bounds the mailto links read from one HTML part.
const maxAnchors = 64

// mailtoAnchors returns the named mailto links of an HTML part: for
// `<a href="mailto:jonas.brandt@lumenloom.example">Jonas Brandt</a>` the
// pair {"Jonas Brandt", "jonas.brandt@lumenloom.example"}. An agenda or a
// table often shows a person's name linked to their address and no address
// in its text. Links whose text is no name (an address, "email me", an
// image) are left out; the caller checks the text is a name.
func mailtoAnchors(h string) [][2]string {
	var out [][2]string
	if !hasLTO(h) {
		return nil // no "mailto:" in any case: the HTML is not lower-cased
	}
	low := strings.ToLower(h)
	for from := 0; len(out) < maxAnchors; {
		i := strings.Index(low[from:], "mailto:")
		if i < 0 {
			break
		}
		i += from + len("mailto:")
		from = i
		e := strings.IndexAny(low[i:], "\"'?> ")
		if e < 0 {
			break
		}
		addrs := emailsIn(html.UnescapeString(h[i : i+e]))
		// the anchor's text: after the end of the opening tag, up to </a>
		gt := strings.IndexByte(low[i:], '>')
		if gt < 0 || len(addrs) != 1 {
			continue
		}
		start := i + gt + 1
		end := strings.Index(low[start:], "</a")
		if end < 0 || end > 300 {
			continue
		}
		text := html.UnescapeString(stripTags(h[start : start+end]))
		text = strings.Join(strings.Fields(text), " ")
		if text == "" || strings.Contains(text, "@") {
			continue
		}
		out = append(out, [2]string{text, addrs[0]})
	}
	return out
}

// hasLTO reports whether s holds "lto:" in any case of its letters: the
// lower-cased s holds "mailto:" only then (only ASCII letters lower-case
// to "l", "t" and "o").
func hasLTO(s string) bool {
	for from := 0; ; {
		c := strings.IndexByte(s[from:], ':')
		if c < 0 {
			return false
		}
		i := from + c
		if i >= 3 && s[i-3]|0x20 == 'l' && s[i-2]|0x20 == 't' && s[i-1]|0x20 == 'o' {
			return true
		}
		from = i + 1
	}
}

// stripTags drops the HTML tags of s ("<b>Jonas</b> Brandt").
func stripTags(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>':
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// nameWords returns the folded words of a name without punctuation:
// "Joaquín Ibáñez Peña" is joaquin, ibanez, pena.
func nameWords(name string) []string {
	var out []string
	for _, w := range strings.Fields(fold(name)) {
		if c := compact(w); len(c) > 0 {
			out = append(out, c)
		}
	}
	return out
}

// localSpells reports whether the local part of an address spells a
// person's name from its folded words (see nameWords): "first.last",
// "first_last", "firstlast", "flast", "first.l", or the first name and
// any later name ("joaquin.ibanez" for Joaquín Ibáñez Peña, "sanne.devries"
// for Sanne de Vries). The first
// name alone counts only when alone is true: the caller then knows no
// other person of the message shares it.
func localSpells(local string, ws []string, alone bool) bool {
	if len(ws) == 0 {
		return false
	}
	l := compact(local)
	first := ws[0]
	if len(ws) == 1 || len(first) < 2 {
		return alone && len(first) >= 3 && l == first
	}
	for _, last := range ws[1:] {
		if len(last) < 2 || nameParticles[last] {
			continue
		}
		rest := strings.Join(ws[1:], "")
		switch l {
		case first + last, last + first, first[:1] + last, last + first[:1], first + last[:1], first + rest:
			return true
		}
	}
	return alone && len(first) >= 3 && l == first
}

// linkedName reports whether the text of a link is a person's name: two
// to five words, each with a capital or a name particle, no digits, no
// company word ("Jonas Brandt", "Ana de la Cruz"; not "Email us", "Acme
// Careers").
func linkedName(text string) bool {
	ws := strings.Fields(text)
	if len(ws) < 2 || len(ws) > 5 || orgWordIn(text) || teamName(text) {
		return false
	}
	for _, w := range ws {
		if strings.IndexFunc(w, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0 {
			return false
		}
		if !capitalised(w) && !nameParticles[w] || nameStop[fold(w)] || titleWords[fold(w)] {
			return false
		}
	}
	return true
}

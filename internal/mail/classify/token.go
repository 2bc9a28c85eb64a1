package classify

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// tokKind tells words, numbers and punctuation apart.
type tokKind uint8

const (
	tokWord tokKind = iota
	tokNum
	tokPunct
)

// token is one word, number or punctuation mark of a text. Matching works on
// tokens rather than regular expressions: Go's regexp engine crawls through
// large alternations (under 1 MB/s), while a token scan with indexed phrase
// tables stays linear and fast.
type token struct {
	s     string // folded: lower case, accents removed, curly quotes and dashes normalised
	raw   string // as written
	line  int    // line number within the text
	sent  int    // sentence number within the text
	start int    // byte offset of raw in the text
	kind  tokKind
	// nl is true when a line break precedes the token.
	nl bool
}

// upper reports whether the raw token starts with an upper-case letter.
func (t token) upper() bool {
	r, _ := utf8.DecodeRuneInString(t.raw)
	return unicode.IsUpper(r)
}

// foldTable maps accented Latin letters to their base letter.
var foldTable = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'æ': "ae",
	'ç': "c", 'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ì': "i", 'í': "i",
	'î': "i", 'ï': "i", 'ñ': "n", 'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o",
	'ö': "o", 'ø': "o", 'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ý': "y",
	'ÿ': "y", 'ß': "ss", 'œ': "oe", 'ł': "l", 'ś': "s", 'ź': "z", 'ż': "z",
	'ć': "c", 'ń': "n", 'ą': "a", 'ę': "e", 'č': "c", 'š': "s", 'ž': "z",
	'ř': "r", 'ě': "e", 'ů': "u", 'ğ': "g", 'ı': "i", 'ş': "s", 'đ': "d",
}

// init adds to foldTable the other lower-case Latin letters whose
// canonical decomposition is an ASCII letter and marks: Latin-1, Latin
// Extended-A and -B ("ő", "ș", "ā") and Latin Extended Additional, where
// Vietnamese writes its tones ("Nguyễn Thị" is "nguyen thi", as its owner's
// address spells it).
func init() {
	for _, span := range [][2]rune{{0x00e0, 0x024f}, {0x1e00, 0x1eff}} {
		for r := span[0]; r <= span[1]; r++ {
			if _, ok := foldTable[r]; ok || !unicode.IsLower(r) {
				continue
			}
			d := norm.NFD.String(string(r))
			if base := d[0]; len(d) > 1 && base < utf8.RuneSelf && (base >= 'a' && base <= 'z') {
				foldTable[r] = string(base)
			}
		}
	}
}

// fold lower-cases s and strips accents, so "Entretien Téléphonique" and
// "entretien telephonique" compare equal.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || (c >= 'A' && c <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			// ASCII: what unicode.ToLower does, inline
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		}
		r = unicode.ToLower(r)
		if r < utf8.RuneSelf {
			b.WriteByte(byte(r))
			continue
		}
		if f, ok := foldTable[r]; ok {
			b.WriteString(f)
			continue
		}
		switch r {
		case '’', '‘', 'ʼ', '`', '´':
			b.WriteByte('\'')
		case '–', '—', '‒', '―', '−':
			b.WriteByte('-')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// foldedContainsAny reports whether fold(s) contains one of subs, folding s
// on the stack when it is short.
func foldedContainsAny(s string, subs []string) bool {
	var buf [256]byte
	f := appendFold(buf[:0], s)
	for _, p := range subs {
		if bytes.Contains(f, []byte(p)) {
			return true
		}
	}
	return false
}

// foldedHead appends to dst the head of fold(s): whole runes of s folded
// until at least n bytes are written, or all of s.
func foldedHead(dst []byte, s string, n int) []byte {
	for i := 0; i < len(s) && len(dst) < n; {
		_, w := utf8.DecodeRuneInString(s[i:])
		dst = appendFold(dst, s[i:i+w])
		i += w
	}
	return dst
}

// foldedHasPrefixAny reports whether fold(s) starts with one of prefixes,
// folding on the stack only the head of s that they need.
func foldedHasPrefixAny(s string, prefixes []string) bool {
	n := 0
	for _, p := range prefixes {
		n = max(n, len(p))
	}
	var buf [64]byte
	f := foldedHead(buf[:0], s, n)
	for _, p := range prefixes {
		if len(f) >= len(p) && string(f[:len(p)]) == p {
			return true
		}
	}
	return false
}

// appendFold appends fold(s) to dst.
func appendFold(dst []byte, s string) []byte {
	for _, r := range s {
		if r < utf8.RuneSelf {
			// ASCII: what unicode.ToLower does, inline
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
			continue
		}
		r = unicode.ToLower(r)
		if r < utf8.RuneSelf {
			dst = append(dst, byte(r))
			continue
		}
		if f, ok := foldTable[r]; ok {
			dst = append(dst, f...)
			continue
		}
		switch r {
		case '’', '‘', 'ʼ', '`', '´':
			dst = append(dst, '\'')
		case '–', '—', '‒', '―', '−':
			dst = append(dst, '-')
		default:
			dst = utf8.AppendRune(dst, r)
		}
	}
	return dst
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isDash(r rune) bool {
	return r == '-' || r == '–' || r == '—' || r == '‒' || r == '―' || r == '−' || r == '〜' || r == '～'
}

// tokenize splits text into tokens. Quote markers ('>') at the start of lines
// are dropped; "a.m."/"p.m." become the words "am"/"pm"; digits and letters
// are split apart ("10:30am" is 10 : 30 am, "14h00" is 14 h 00).
func tokenize(text string) []token {
	return appendTokens(nil, text)
}

// appendTokens is tokenize appending to toks[:0], so that a caller can
// recycle the array of an earlier text.
func appendTokens(toks []token, text string) []token {
	toks = toks[:0]
	if cap(toks) < len(text)/5 {
		toks = make([]token, 0, len(text)/5)
	}
	// one lower-cased copy of the text: an ASCII word's folded form is a
	// slice of it
	lower := asciiLower(text)
	line, sent := 0, 0
	nl := true
	blank := 0 // consecutive line breaks
	i := 0
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			line++
			blank++
			if blank >= 2 || lineEndsSentence(text, i) {
				sent++
			}
			nl = true
			i += w
			continue
		case r == '>' && nl:
			i += w
			continue
		case unicode.IsSpace(r) || r == '\u00a0' || r == '*' || r == '|' || r == '•' || r == '·' || r == '⋅':
			if r == '|' || r == '•' || r == '·' || r == '⋅' {
				// list and column separators end a phrase like a full stop
				toks = append(toks, token{s: "|", raw: text[i : i+w], kind: tokPunct, line: line, sent: sent, start: i, nl: nl})
				nl = false
			}
			i += w
			continue
		}
		blank = 0
		start := i
		switch {
		case unicode.IsLetter(r):
			j := i + w
			stem := -1                 // where an inclusive ending starts ("reçu·e")
			apos := false              // whether the word holds an apostrophe
			wide := r >= utf8.RuneSelf // whether it holds a byte that is no ASCII
			for j < len(text) {
				var r2 rune
				var w2 int
				if c := text[j]; c < utf8.RuneSelf {
					// an ASCII byte is a letter, or it ends the word
					// unless it is an apostrophe or hyphen between
					// letters (below)
					if 'a' <= c|0x20 && c|0x20 <= 'z' {
						j++
						continue
					}
					r2, w2 = rune(c), 1
				} else {
					r2, w2 = utf8.DecodeRuneInString(text[j:])
					if unicode.IsLetter(r2) || unicode.IsMark(r2) {
						wide = true
						j += w2
						continue
					}
					// an inclusive ending opens with a dot beyond ASCII
					if n := inclusiveEnding(text, j); n > 0 {
						if stem < 0 {
							stem = j
						}
						wide = true
						j += n
						continue
					}
				}
				// keep apostrophes and hyphens between letters: won't, n'a, take-home
				if isApos(r2) || isDash(r2) && r2 != '—' {
					r3, _ := utf8.DecodeRuneInString(text[j+w2:])
					if j+w2 < len(text) && unicode.IsLetter(r3) {
						apos = apos || isApos(r2)
						wide = wide || r2 >= utf8.RuneSelf
						j += w2
						continue
					}
				}
				break
			}
			raw := text[start:j]
			var f string
			asciiWord := !wide
			if asciiWord {
				f = lower[start:j] // no allocation for the common case
			} else if stem >= 0 {
				f = fold(text[start:stem]) // "reçu·e" reads as "reçu"
			} else {
				f = fold(raw)
			}
			// a.m. / p.m.
			if (f == "a" || f == "p") && j+3 <= len(text) && text[j] == '.' && (text[j+1] == 'm' || text[j+1] == 'M') {
				k := j + 2
				if k < len(text) && text[k] == '.' {
					k++
				}
				raw = text[start:k]
				f += "m"
				j = k
			}
			base := token{s: f, raw: raw, kind: tokWord, line: line, sent: sent, start: start, nl: nl}
			// an ASCII word has an apostrophe only where the loop above
			// kept one, and every contraction has one
			var a, b string
			ok := false
			if !asciiWord || apos {
				a, b, ok = contraction(f)
			}
			if ok {
				t2 := base
				base.s, t2.s = a, b
				t2.nl = false // "It'll" opening a line: "will" follows "it" on the same line
				toks = append(toks, base, t2)
			} else {
				toks = append(toks, base)
			}
			i = j
		case r >= '0' && r <= '9':
			j := i + 1
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			toks = append(toks, token{s: text[start:j], raw: text[start:j], kind: tokNum, line: line, sent: sent, start: start, nl: nl})
			i = j
		default:
			s := text[i : i+w] // the mark itself, without allocating
			if r == utf8.RuneError && w == 1 {
				s = string(r) // a byte that is no UTF-8 reads as U+FFFD
			}
			switch {
			case isDash(r):
				s = "-"
			case isApos(r):
				s = "'"
			case r == '“' || r == '”' || r == '«' || r == '»':
				s = "\""
			}
			toks = append(toks, token{s: s, raw: text[start : i+w], kind: tokPunct, line: line, sent: sent, start: start, nl: nl})
			i += w
			if r == '.' || r == '!' || r == '?' || r == ';' {
				// a full stop ends a sentence unless it sits inside a number or abbreviation
				next, _ := utf8.DecodeRuneInString(text[i:])
				if (i >= len(text) || unicode.IsSpace(next)) && !ordinalDot(toks, text, i) && !titleDot(toks) {
					sent++
				}
			}
		}
		nl = false
	}
	return toks
}

// asciiLower lower-cases the ASCII letters of s and keeps every other byte,
// so that offsets into s hold in the result.
func asciiLower(s string) string {
	i := 0
	for i < len(s) && !(s[i] >= 'A' && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		if c := b[i]; c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// contraction expands English contractions so that phrases need one spelling:
// "haven't" is "have not", "we'll" is "we will". "'s" and "'d" stay as they are.
func contraction(f string) (string, string, bool) {
	if strings.IndexByte(f, '\'') < 0 {
		return "", "", false // every contraction has its apostrophe (folded to ')
	}
	switch f {
	case "won't":
		return "will", "not", true
	case "can't":
		return "can", "not", true
	case "shan't":
		return "shall", "not", true
	}
	for _, c := range [...]struct{ suf, word string }{{"n't", "not"}, {"'ve", "have"}, {"'re", "are"}, {"'ll", "will"}, {"'m", "am"}, {"'d", "would"}} {
		if len(f) > len(c.suf) && strings.HasSuffix(f, c.suf) {
			return f[:len(f)-len(c.suf)], c.word, true
		}
	}
	return "", "", false
}

// lineEndsSentence decides whether the line break at text[i] ends a sentence:
// it does after a colon or a short line (headings, "Date: ...", list items),
// or when the next line starts a new item (capital letter, digit, bullet).
// Wrapped prose continues in lower case and stays one sentence.
func lineEndsSentence(text string, i int) bool {
	j := i - 1
	for j >= 0 && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
		j--
	}
	if j < 0 || text[j] == '\n' || text[j] == ':' {
		return true
	}
	lineStart := strings.LastIndexByte(text[:j+1], '\n') + 1
	if j+1-lineStart < 50 {
		// the last line of a wrapped paragraph, cut after a preposition
		// with the sentence going on in lower case: "walkthrough. We ended
		// up extending the offer to\nsomeone who ..."
		return !(lineStart > 1 && text[lineStart-2] != '\n' && openEnd(text, lineStart, j) && lowerNext(text, i))
	}
	// a long line that stops on a comma or an ampersand is wrapped prose:
	// "... on Tuesday,\nFeb 24", "the Development &\nCommunications Manager job"
	if text[j] == ',' || text[j] == '&' {
		return false
	}
	// or on an honorific, whose name opens the next line: "... e l'ing.\nPaolo De Luca"
	if text[j] == '.' {
		w := j - 1
		for w >= lineStart && text[w] != ' ' && text[w] != '\t' {
			w--
		}
		var buf [64]byte // the word folded on the stack
		if f := appendFold(buf[:0], text[w+1:j]); honorifics[string(f)] || honorifics[elided(string(f))] {
			return false
		}
	}
	// a wrapped line that stops on an article or preposition goes on:
	// "the technical interview for the\nMachine Learning Engineer role"
	if openEnd(text, lineStart, j) {
		return false
	}
	k := i + 1
	for k < len(text) && (text[k] == ' ' || text[k] == '\t' || text[k] == '>') {
		k++
	}
	if k >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[k:])
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '-' || r == '•' || r == '*' || r == '–'
}

// openEnd reports whether the line text[lineStart:j+1] ends on an article
// or a preposition ([open_words]): a line cut in the middle of a sentence.
func openEnd(text string, lineStart, j int) bool {
	w := j
	for w >= lineStart && text[w] != ' ' && text[w] != '\t' {
		w--
	}
	var buf [64]byte // the word folded on the stack
	return openWords[string(appendFold(buf[:0], text[w+1:j+1]))]
}

// lowerNext reports whether the line after the line break at text[i]
// opens with a lower-case letter.
func lowerNext(text string, i int) bool {
	k := i + 1
	for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
		k++
	}
	if k >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[k:])
	return unicode.IsLower(r)
}

// ordinalDot reports whether the full stop just read (ending at text[i]) is
// the German ordinal dot of a date, "16. April", rather than a sentence end.
func ordinalDot(toks []token, text string, i int) bool {
	if len(toks) < 2 {
		return false
	}
	prev := toks[len(toks)-2]
	if r := toks[len(toks)-1]; r.s != "." || prev.kind != tokNum || len(prev.s) > 2 {
		return false
	}
	j := i
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	k := j
	for k < len(text) {
		r, w := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsLetter(r) {
			break
		}
		k += w
	}
	_, ok := monthWords[fold(text[j:k])]
	return ok
}

// titleDot reports whether the full stop just appended follows a title.
func titleDot(toks []token) bool {
	if len(toks) < 2 || toks[len(toks)-1].s != "." {
		return false
	}
	p := toks[len(toks)-2]
	// an elided honorific too: "e l'ing. Paolo De Luca"
	return p.kind == tokWord && (p.upper() && titleAbbrev[p.s] || honorifics[elided(p.s)])
}

// seqStarts tells which tokens may open one of a list of word sequences
// (see wordsAt): a loop over the tokens of a text skips the others
// without trying every sequence at each. It is a bit set over a hash of
// the first words, built without allocating: a word it refuses opens no
// sequence, a word it admits may.
type seqStarts struct {
	bits [8]uint64
	any  bool // an empty sequence stands anywhere
}

// startsOf indexes the first words of seqs.
func startsOf(seqs [][]string) seqStarts {
	var st seqStarts
	for _, w := range seqs {
		if len(w) == 0 {
			st.any = true
			continue
		}
		h := startHash(w[0])
		st.bits[h>>6] |= 1 << (h & 63)
	}
	return st
}

// may reports whether a sequence may start at a token whose folded word is s.
func (st *seqStarts) may(s string) bool {
	if st.any {
		return true
	}
	h := startHash(s)
	return st.bits[h>>6]&(1<<(h&63)) != 0
}

// startHash hashes a word to one of the 512 bits of a seqStarts.
func startHash(s string) uint {
	if s == "" {
		return 0
	}
	return (uint(len(s))*31 + uint(s[0])*7 + uint(s[len(s)-1])*13 + uint(s[len(s)/2])) & 511
}

// keySet is a bit set over keyBit of the keys of a word table: a word whose
// bit is clear is no key of the table, and need not be looked up. The hot
// loops ask it before a map (see lookup); it is built once, with the table.
type keySet [keyBits / 64]uint64

// keyBits is the size of a keySet.
const keyBits = 1 << 14

// keyBit hashes a word to one of keyBits bits.
func keyBit(s string) uint {
	if s == "" {
		return 0
	}
	return (uint(len(s))*977 + uint(s[0])*131 + uint(s[len(s)-1])*31 + uint(s[len(s)/2])*7 + uint(s[(len(s)-1)/3])) & (keyBits - 1)
}

// add sets the bit of key s.
func (k *keySet) add(s string) {
	h := keyBit(s)
	k[h>>6] |= 1 << (h & 63)
}

// may reports whether s may be a key: false means it is none.
func (k *keySet) may(s string) bool {
	h := keyBit(s)
	return k[h>>6]&(1<<(h&63)) != 0
}

// keysOf returns the keySet of the keys of m as they are now.
func keysOf[V any](m map[string]V) *keySet {
	k := new(keySet)
	for s := range m {
		k.add(s)
	}
	return k
}

// lookup is m[s], asking keys (the keySet of m) first.
func lookup[V any](keys *keySet, m map[string]V, s string) (V, bool) {
	if !keys.may(s) {
		var zero V
		return zero, false
	}
	v, ok := m[s]
	return v, ok
}

// inclusiveEnding returns the length of a French inclusive ending at byte i
// of text, 0 when none is there: a middle dot glued to the word before it
// and one to three lower-case letters after it, as in "reçu·e",
// "Ingénieur·e", "développeur·se" (and "étudiant·e·s", one ending at a
// time). The word is read without it, as its masculine form, so the phrases
// of the language files need no second spelling; a middle dot between
// spaces still parts a list.
func inclusiveEnding(text string, i int) int {
	r, w := utf8.DecodeRuneInString(text[i:])
	if r != '·' && r != '⋅' {
		return 0
	}
	k, n := i+w, 0
	for k < len(text) {
		r2, w2 := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsLower(r2) {
			break
		}
		k += w2
		n++
	}
	if n == 0 || n > 3 {
		return 0
	}
	if k < len(text) {
		if r2, _ := utf8.DecodeRuneInString(text[k:]); unicode.IsLetter(r2) || unicode.IsDigit(r2) {
			return 0
		}
	}
	return k - i
}

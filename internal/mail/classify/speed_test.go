package classify

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestAppendCompact checks that appendCompact spells what compact does.
func TestAppendCompact(t *testing.T) {
	for _, s := range []string{"", "Acme", "Northwind Traders", "ÉCOLE Supérieure", "Straße & Söhne GmbH",
		"K-Kelvin \u212a İstanbul", "Łódź Łukasz", "Œuvre—Æther", "日本 Co.", "O’Brien's", "a\xffb", "ČEZ Group 2024"} {
		if got, want := string(appendCompact(nil, s)), compact(s); got != want {
			t.Errorf("appendCompact(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzAppendCompact checks appendCompact against compact on any input.
func FuzzAppendCompact(f *testing.F) {
	f.Add("Straße & Söhne GmbH")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendCompact(nil, s)), compact(s); got != want {
			t.Errorf("appendCompact(%q) = %q, want %q", s, got, want)
		}
	})
}

// splitDomainLabel is domainLabel as it read its labels with strings.Split.
func splitDomainLabel(addr string) string {
	at := strings.LastIndexByte(addr, '@')
	if at < 0 {
		return ""
	}
	labels := strings.Split(strings.ToLower(addr[at+1:]), ".")
	for i := len(labels) - 1; i >= 0; i-- {
		if !tldLabels[labels[i]] {
			if genericDomainLabels[labels[i]] {
				return ""
			}
			return compact(labels[i])
		}
	}
	return ""
}

// FuzzDomainLabels checks domainLabel, which walks the labels in place,
// against the reading by strings.Split.
func FuzzDomainLabels(f *testing.F) {
	for _, s := range []string{"jobs@mail.greenhouse.io", "a@b..co.uk", "x@", "@.", "hr@acme-email.example", "q@gmail.com", "noat"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := domainLabel(s), splitDomainLabel(s); got != want {
			t.Errorf("domainLabel(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzAppendFold checks appendFold against fold, and lineHasTitle (which
// folds on the stack) against the words of fold read one by one.
func FuzzAppendFold(f *testing.F) {
	for _, s := range []string{"Senior Recruiter | Acme", "Ingénieure Principale, RR.HH.", "ÉQUIPE — Talent/Partner", "a\xffb ´`", "CTO"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendFold(nil, s)), fold(s); got != want {
			t.Fatalf("appendFold(%q) = %q, want %q", s, got, want)
		}
		want := false
		for _, w := range strings.FieldsFunc(fold(s), func(r rune) bool { return r == ' ' || r == ',' || r == '|' || r == '/' }) {
			want = want || titleWord(w)
		}
		if got := lineHasTitle(s); got != want {
			t.Fatalf("lineHasTitle(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzOrgWordIn checks that orgWordIn, which reads the words in place,
// cuts them as strings.Fields does: s holds a company word when one of its
// fields alone is one.
func FuzzOrgWordIn(f *testing.F) {
	for _, s := range []string{"Acme Labs", "NORTHWIND\u00a0GmbH", "a\u0085inc", "\xffbank\xff", " hr "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := false
		for _, w := range strings.Fields(fold(s)) {
			want = want || orgWordIn(w)
		}
		if got := orgWordIn(s); got != want {
			t.Fatalf("orgWordIn(%q) = %v, want %v", s, got, want)
		}
	})
}

// containsTitleLeavesOut is titleLeavesOut as it looked for each title
// with strings.Contains.
func containsTitleLeavesOut(title string) bool {
	t := " " + title + " "
	if strings.Contains(t, "'") {
		var b strings.Builder
		for _, w := range strings.Fields(title) {
			if e := elided(w); e != "" {
				w = e
			}
			b.WriteString(" " + w)
		}
		t = b.String() + " "
	}
	for _, w := range leaveOutTitles {
		if strings.Contains(t, " "+w+" ") {
			return true
		}
	}
	return false
}

// FuzzTitleLeavesOut checks titleLeavesOut, which reads the title's words
// through leaveOutIndex, against containsTitleLeavesOut.
func FuzzTitleLeavesOut(f *testing.F) {
	for _, s := range append([]string{"", " ", "senior recruiter", "recruiting  coordinator", "a titre d'observateur", "x  ", "'", "d'"}, leaveOutTitles...) {
		f.Add(s)
		f.Add("head of " + s + " team")
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := titleLeavesOut(s), containsTitleLeavesOut(s); got != want {
			t.Fatalf("titleLeavesOut(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzContainsAt checks containsAt against strings.Contains at every anchor.
func FuzzContainsAt(f *testing.F) {
	f.Add("This message is confidential.", "onfiden")
	f.Add("aab", "ab")
	f.Add("", "")
	f.Fuzz(func(t *testing.T, s, sub string) {
		want := strings.Contains(s, sub)
		for a := range max(len(sub), 1) {
			if got := containsAt(s, sub, a); got != want {
				t.Fatalf("containsAt(%q, %q, %d) = %v, want %v", s, sub, a, got, want)
			}
		}
	})
}

// TestOpenQuoteWide checks what roleIn assumes before it asks openQuote:
// every opening quotation mark is a character beyond ASCII.
func TestOpenQuoteWide(t *testing.T) {
	for q := range openQuote {
		if len(q) < 2 || q[0] < utf8.RuneSelf {
			t.Errorf("openQuote holds %q, want characters beyond ASCII only", q)
		}
	}
}

// TestJoinedParticlesDash checks what particleJoined reads first: each
// particle ends with a hyphen at byte 2 or 3.
func TestJoinedParticlesDash(t *testing.T) {
	for _, p := range joinedParticles {
		if n := len(p); n < 3 || n > 4 || p[n-1] != '-' {
			t.Errorf("joinedParticles holds %q, want two or three letters and a hyphen", p)
		}
	}
}

// TestOrgSuffixesLower checks what cleanOrg assumes when it compares an
// ASCII name's ending without case: the suffixes are lower-case ASCII.
func TestOrgSuffixesLower(t *testing.T) {
	for _, suf := range orgSuffixes {
		if suf == "" || !asciiText(suf) || strings.ToLower(suf) != suf {
			t.Errorf("orgSuffixes holds %q, want lower-case ASCII", suf)
		}
	}
}

// lowerDropOrgSuffixes is dropOrgSuffixes as it lower-cased the name and
// tried every suffix.
func lowerDropOrgSuffixes(s string) string {
	for changed := true; changed; {
		changed = false
		f := strings.ToLower(s)
		for _, suf := range orgSuffixes {
			if len(f) > len(suf) && strings.HasSuffix(f, suf) {
				if upperOnlySuffix[suf] && s[len(s)-len(suf):] != strings.ToUpper(suf) {
					continue
				}
				if c := f[len(f)-len(suf)-1]; c == ' ' || c == '-' || strings.HasSuffix(f[:len(f)-len(suf)], "–") {
					s = strings.TrimSpace(strings.TrimRight(s[:len(s)-len(suf)], " -–,|·"))
					changed = true
					break
				}
			}
		}
	}
	return s
}

// FuzzDropOrgSuffixes checks dropOrgSuffixes against lowerDropOrgSuffixes.
func FuzzDropOrgSuffixes(f *testing.F) {
	for _, s := range []string{"Acme Inc.", "Alpinbank AG", "Tallgrass Ag", "Brightforge Careers – Talent", "Ünïcode GmbH & Co. KG", "ACME PTE. LTD.", "x–Jobs", "İstanbul Recruiting", "\u212aelvin LLC", "a\xffb HR"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := dropOrgSuffixes(s), lowerDropOrgSuffixes(s); got != want {
			t.Fatalf("dropOrgSuffixes(%q) = %q, want %q", s, got, want)
		}
	})
}

// fieldsWithoutHonorifics and fieldsWithoutLeadingHonorifics are
// withoutHonorifics and withoutLeadingHonorifics as they read every name
// with strings.Fields.
func fieldsWithoutHonorifics(name string) string {
	ws := strings.Fields(name)
	h := func(w string) bool {
		return honorifics[strings.TrimSuffix(strings.ToLower(strings.Trim(w, ",")), ".")] && capitalised(w)
	}
	for len(ws) > 2 && h(ws[len(ws)-1]) {
		ws = ws[:len(ws)-1]
	}
	return strings.Join(ws, " ")
}

func fieldsWithoutLeadingHonorifics(name string) string {
	ws := strings.Fields(name)
	for len(ws) > 2 && honorifics[strings.TrimSuffix(strings.ToLower(ws[0]), ".")] && capitalised(ws[0]) {
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

// FuzzWithoutHonorifics checks the honorific trimmers, which read a
// single-spaced name in place, against their strings.Fields readings.
func FuzzWithoutHonorifics(f *testing.F) {
	for _, s := range []string{"", " ", "Kühl, Fabian Dr.", "Dr. Katrin Vogel", "Prof. Dr. Ana Gil Ph.D.", "Dr.  Ana Gil", " Dr. Ana Gil ", "Dr.\tAna Gil", "Dr.\u00a0Ana Gil Dr.", "Ana", "Dr. Dr.", "Herr Dr. Max Muster, Dr."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := withoutHonorifics(s), fieldsWithoutHonorifics(s); got != want {
			t.Fatalf("withoutHonorifics(%q) = %q, want %q", s, got, want)
		}
		if got, want := withoutLeadingHonorifics(s), fieldsWithoutLeadingHonorifics(s); got != want {
			t.Fatalf("withoutLeadingHonorifics(%q) = %q, want %q", s, got, want)
		}
	})
}

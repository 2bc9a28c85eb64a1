package quote

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// stringsHeaderKey is headerKey as it read the key with the strings
// package's Trim, IndexAny and ToLower.
func stringsHeaderKey(s string) (string, bool) {
	if len(s) > 1000 {
		s = s[:1000]
	}
	t := strings.TrimLeft(s, " \t*>")
	i := strings.IndexAny(t[:min(len(t), 24+len("："))], ":：")
	if i <= 0 || i > 24 {
		return "", false
	}
	k := strings.ToLower(strings.Trim(t[:i], " \t*\u00a0"))
	if !headerKeys[k] {
		return "", false
	}
	return k, true
}

// FuzzHeaderKey checks headerKey, which reads the line byte by byte,
// against stringsHeaderKey.
func FuzzHeaderKey(f *testing.F) {
	for _, s := range []string{"From: a@b", "> * FROM : x", "\u00a0Envoyé\u00a0: lundi", "Тема: привет", "Betreff：Hallo", "a\xefb\xbc: c",
		"\xc2\xa0\xc2\xa0To\xc2\xa0:", "  Subject\t*: x", ":", "x" + strings.Repeat(" ", 23) + "：", "reply-to:", "ÄMNE: x", "Date\xc2:"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		gk, gok := headerKey(s)
		wk, wok := stringsHeaderKey(s)
		if gk != wk || gok != wok {
			t.Fatalf("headerKey(%q) = %q, %v, want %q, %v", s, gk, gok, wk, wok)
		}
	})
}

// trimSeparatorMarker is isSeparatorMarker as it read every line with the
// trims alone.
func trimSeparatorMarker(s string) bool {
	if len(s) > 120 {
		return false
	}
	t := strings.TrimSpace(s)
	t = strings.Trim(t, "-_=*<> \t—–")
	t = strings.TrimSpace(strings.TrimRight(t, ":："))
	if t == "" {
		return false
	}
	return separatorPhrases[strings.ToLower(t)]
}

// FuzzSeparatorMarker checks isSeparatorMarker, which tells most lines by
// their core, against trimSeparatorMarker.
func FuzzSeparatorMarker(f *testing.F) {
	for p := range separatorPhrases {
		f.Add("----- " + strings.ToUpper(p[:1]) + p[1:] + " -----")
		f.Add(p + ":")
	}
	for _, s := range []string{"", "-\u00a0-Original Message", "—— Forwarded message ——", "Original Message\u3000:", "  >Original message< ", "x: Original Message"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isSeparatorMarker(s), trimSeparatorMarker(s); got != want {
			t.Fatalf("isSeparatorMarker(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestSeparatorPhraseEnds checks what isSeparatorMarker's core test
// assumes: no phrase opens or ends with what it trims.
func TestSeparatorPhraseEnds(t *testing.T) {
	for p := range separatorPhrases {
		first, _ := utf8.DecodeRuneInString(p)
		last, _ := utf8.DecodeLastRuneInString(p)
		if separatorTrim(first) || separatorTrim(last) {
			t.Errorf("separatorPhrases holds %q, which opens or ends with a trimmed character", p)
		}
	}
}

// FuzzCollapseSpace checks collapseSpace, which keeps a single-spaced line
// as it is, against strings.Fields and Join.
func FuzzCollapseSpace(f *testing.F) {
	for _, s := range []string{"", " ", "a b", "a  b", " a", "a\u00a0b", "a\tb", "\u3000", "a b c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	})
}

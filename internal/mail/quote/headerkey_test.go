package quote

import (
	"strings"
	"testing"
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

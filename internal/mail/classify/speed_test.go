package classify

import (
	"testing"
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

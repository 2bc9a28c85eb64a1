package message

import "testing"

func TestMailbox(t *testing.T) {
	tests := []struct {
		in, local, domain string
		ok                bool
	}{
		{"Alex+Jobs@Example.COM", "alex", "example.com", true},
		{" sam.patel@contoso.example ", "sam.patel", "contoso.example", true},
		{"+tag@example.com", "+tag", "example.com", true}, // no local part before the tag: kept whole
		{"a@b@c.example", "a@b", "c.example", true},
		{"@example.com", "", "", false},
		{"not an address", "", "", false},
		{"", "", "", false},
	}
	for _, tt := range tests {
		local, domain, ok := Mailbox(tt.in)
		if local != tt.local || domain != tt.domain || ok != tt.ok {
			t.Errorf("Mailbox(%q) = %q, %q, %v, want %q, %q, %v", tt.in, local, domain, ok, tt.local, tt.domain, tt.ok)
		}
	}
}

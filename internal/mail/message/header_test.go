package message

import (
	"net/mail"
	"testing"
	"time"
)

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

// FuzzDateLayout checks the shortcut of parseDate: whatever parses with
// rfc5322Date, net/mail.ParseDate parses to the same instant and offset.
func FuzzDateLayout(f *testing.F) {
	for _, s := range []string{
		"Tue, 3 Mar 2026 09:41:12 -0500", "Tue, 03 Mar 2026 09:41:12 +0100", "Mon, 2 Jan 2006 15:04:05.123 -0700",
		"tue, 3 mar 2026 09:41:12 +0000", "Tue, 3 Mar 2026 09:41:12 +0100 (CET)", "Tue, 3 Mar 26 09:41:12 -0000",
		"Tue, 3 Mar 2026 9:41:12 +0530", "Tue, 3 Mar 2026 09:41 +0100", "3 Mar 2026 09:41:12 +0100",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fast, err := time.Parse(rfc5322Date, s)
		if err != nil {
			return
		}
		slow, err := mail.ParseDate(s)
		if err != nil {
			t.Fatalf("mail.ParseDate(%q) failed (%v), time.Parse(rfc5322Date) = %v", s, err, fast)
		}
		fastName, fastOff := fast.Zone()
		slowName, slowOff := slow.Zone()
		if !fast.Equal(slow) || fastOff != slowOff || fastName != slowName {
			t.Fatalf("time.Parse(rfc5322Date, %q) = %v, mail.ParseDate = %v", s, fast, slow)
		}
	})
}

package compose

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestDigest(t *testing.T) {
	tm := mustLoad(t)
	paris := mustZone(t, "Europe/Paris")
	now := time.Date(2026, 12, 7, 7, 0, 0, 0, time.UTC) // Mon 08:00 in Paris
	priya := Person{Name: "Priya Raman", Email: "priya@northwind.example"}
	sam := Person{Email: "sam.hiring-team-with-a-very-long-address@contoso.example"}
	full := Digest{Now: now, Zone: paris, MoreApplications: 2,
		Applications: []DigestApplication{
			{Company: "Northwind", Role: "Product Analyst", Stage: "interview_scheduled"},
			{Company: "Contoso", Role: "Senior Data Analyst in the Platform Reliability and Observability Group", Stage: "rejected"},
			{Company: "Fabrikam", Stage: "applied", DecidesBy: time.Date(2026, 12, 11, 0, 0, 0, 0, time.UTC)},
		},
		Interviews: []DigestInterview{{Company: "Northwind", Role: "Product Analyst", Start: now.Add(50 * time.Hour), With: []Person{priya}}},
		Sent:       []DigestLetter{{Kind: "thank-you", State: "sent", Company: "Northwind", To: priya, At: now.Add(-72 * time.Hour)}},
		Planned:    []DigestLetter{{Kind: "status-check", State: "drafted", Company: "Fabrikam", To: Person{Name: "Dana Lee"}, At: now.Add(96 * time.Hour)}},
		Waiting:    []DigestLetter{{Kind: "feedback", State: "awaiting_approval", Company: "Contoso", To: sam, At: now.Add(-24 * time.Hour)}},
		Unsure:     []DigestUnsure{{From: Person{Name: "Dana Lee", Email: "dana@fabrikam.example"}, Subject: "A quick note", Received: now.Add(-48 * time.Hour)}},
	}
	for _, tc := range []struct {
		name        string
		d           Digest
		subject     string
		want, never []string
	}{
		{"every section filled", full, "[followupd] Your week: 3 applications, 1 waiting on you",
			[]string{"Hello Alex,", "Mon 7 Dec", "WAITING ON YOU (1)", "- Contoso: feedback request\n  to sam.hiring-team", "asked Sun 6 Dec 08:00",
				"INTERVIEWS COMING UP (1)", "- Northwind, Product Analyst\n  Wed 9 Dec 10:00\n  with Priya Raman",
				"APPLICATIONS (3)", "interview scheduled", "  rejected", "  applied, answer due by Fri 11 Dec", "… and 2 more",
				"LETTERS SENT, LAST 7 DAYS (1)", "- Northwind: thank-you\n  to Priya Raman\n  sent Fri 4 Dec 08:00",
				"LETTERS PLANNED (1)", "- Fabrikam: status check\n  to Dana Lee\n  I will ask you Fri 11 Dec 08:00",
				"NOT SURE HOW I READ THESE (1)", "- Dana Lee, Sat 5 Dec\n  \"A quick note\"", "Did I read these right?"},
			[]string{"priya@", "interview_scheduled", "status-check", "awaiting_approval"}},
		{"a quiet week", Digest{Now: now, Zone: paris}, "[followupd] Your week: 0 applications",
			[]string{"WAITING ON YOU (0)\nNothing.", "INTERVIEWS COMING UP (0)\nNone.", "APPLICATIONS (0)\nNone yet.", "LETTERS SENT, LAST 7 DAYS (0)\nNone.",
				"LETTERS PLANNED (0)\nNone.", "NOT SURE HOW I READ THESE (0)\nNothing."},
			[]string{"Did I read these right?", "more", "waiting on you"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			subject, body, err := tm.Digest(owner, tc.d)
			if err != nil {
				t.Fatal(err)
			}
			if subject != tc.subject {
				t.Errorf("subject = %q, want %q", subject, tc.subject)
			}
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("the digest does not say %q:\n%s", w, body)
				}
			}
			for _, w := range tc.never {
				if strings.Contains(body, w) {
					t.Errorf("the digest says %q:\n%s", w, body)
				}
			}
			for _, l := range strings.Split(body, "\n") {
				if n := utf8.RuneCountInString(l); n > 60 {
					t.Errorf("line of %d characters, too wide for a phone: %q", n, l)
				}
			}
		})
	}
}

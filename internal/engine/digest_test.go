package engine

import (
	"strings"
	"testing"
	"time"
)

// digests returns the weekly digests the owner received so far.
func (h *harness) digests() []mail {
	var out []mail
	for _, m := range h.all() {
		if m.to[0] == ownerAddr && m.msg.Get("X-Followupd") == "digest" {
			out = append(out, m)
		}
	}
	return out
}

// TestDigestWeekly: with [digest] weekly = "mon 08:00" the digest goes out
// at 08:00 each Monday in the owner's zone, once, telling where the search
// stands; a slot missed by more than a day is skipped; without [digest]
// there is none.
func TestDigestWeekly(t *testing.T) {
	wrote := "Tue, 10 Mar 2026 11:00:00 +0000"
	steps := []struct {
		name string
		at   time.Time
		want int // digests received so far
		says []string
	}{
		{"Tuesday: Monday's slot is a day gone", time.Date(2026, 3, 10, 11, 30, 0, 0, london), 0, nil},
		{"Monday, a minute early", time.Date(2026, 3, 16, 7, 59, 0, 0, london), 0, nil},
		{"Monday 08:00", time.Date(2026, 3, 16, 8, 0, 0, 0, london), 1,
			[]string{"APPLICATIONS (1)", "Northwind, Senior Data Analyst", "LETTERS PLANNED (1)", "- Northwind: status check", "I will ask you Wed 18 Mar 00:00",
				"WAITING ON YOU (0)", "INTERVIEWS COMING UP (0)", "LETTERS SENT, LAST 7 DAYS (0)", "NOT SURE HOW I READ THESE (0)"}},
		{"Monday 09:00: not again", time.Date(2026, 3, 16, 9, 0, 0, 0, london), 1, nil},
		{"Sunday night", time.Date(2026, 3, 22, 23, 59, 0, 0, london), 1, nil},
		{"the next Monday, late", time.Date(2026, 3, 23, 12, 0, 0, 0, london), 2,
			[]string{"WAITING ON YOU (1)", "- Northwind: status check", "asked Wed 18 Mar 00:00, not answered yet"}},
	}
	for _, cfg := range []struct {
		name, extra string
		on          bool
	}{
		{"on", "[digest]\nweekly = \"mon 08:00\"\n", true},
		{"absent", "", false},
	} {
		t.Run(cfg.name, func(t *testing.T) {
			h := newHarness(t, cfg.extra)
			h.at(time.Date(2026, 3, 10, 11, 5, 0, 0, london))
			h.inbox(statusMail("promise@northwind.example", wrote, "Your application: Senior Data Analyst", received))
			for _, s := range steps {
				h.at(s.at)
				h.work()
				got := h.digests()
				want := s.want
				if !cfg.on {
					want = 0
				}
				if len(got) != want {
					t.Fatalf("%s: %d digests, want %d", s.name, len(got), want)
				}
				if !cfg.on || len(s.says) == 0 {
					continue
				}
				body := got[len(got)-1].msg.Body
				for _, w := range s.says {
					if !strings.Contains(body, w) {
						t.Errorf("%s: the digest does not say %q:\n%s", s.name, w, body)
					}
				}
			}
			if !cfg.on {
				return
			}
			next, ok, err := h.eng.NextDue(h.ctx, h.now)
			if err != nil || !ok || next.After(time.Date(2026, 3, 30, 8, 0, 0, 0, london)) {
				t.Errorf("NextDue = %v, %v, %v; want at the latest the next Monday's slot", next, ok, err)
			}
		})
	}
}

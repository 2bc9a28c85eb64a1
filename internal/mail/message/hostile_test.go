package message

import (
	"strings"
	"testing"
	"time"
)

// TestHostileInputs feeds pathological inputs; each must finish (a hang guard with a generous
// bound, not a benchmark) and keep the output bounded.
func TestHostileInputs(t *testing.T) {
	mb := 1 << 20
	tests := []struct {
		name string
		in   string
	}{
		{"many parts", "Content-Type: multipart/mixed; boundary=b\n\n" + strings.Repeat("--b\n\nx\n", 20000) + "--b--\n"},
		{"deep multipart nesting", strings.Repeat("Content-Type: multipart/mixed; boundary=b\n\n--b\n", 5000) + "text"},
		{"deep attached messages", strings.Repeat("Content-Type: message/rfc822\n\n", 5000) + "Subject: x\n\ntext"},
		{"huge header line", "Subject: " + strings.Repeat("a", 3*mb) + "\n\nbody"},
		{"many header fields", strings.Repeat("X-A: b\n", 200000) + "\nbody"},
		{"encoded words", "Subject: " + strings.Repeat("=?utf-8?q?a?= ", mb/14) + "\n\nbody"},
		{"address list", "To: " + strings.Repeat("a@b, \"x\" <c@d>, ", mb/20) + "\n\nbody"},
		{"HTML of angle brackets", "Content-Type: text/html\n\n" + strings.Repeat("<", mb)},
		{"HTML of links", "Content-Type: text/html\n\n" + strings.Repeat("<a href=\"x\">y</a><td>", mb/24)},
		{"HTML of entities", "Content-Type: text/html\n\n" + strings.Repeat("&amp&#x;&", mb/9)},
		{"quote markers", "Subject: x\n\n" + strings.Repeat("> > > On Mon wrote:\n", mb/20)},
		{"calendar components", "Content-Type: text/calendar\n\n" + strings.Repeat("BEGIN:VEVENT\n", mb/13)},
		{"calendar events", "Content-Type: text/calendar\n\nBEGIN:VCALENDAR\n" + strings.Repeat("BEGIN:VEVENT\nDTSTART;TZID=X:20260101T100000\nEND:VEVENT\n", 20000)},
		{"VTIMEZONE rules", "Content-Type: text/calendar\n\nBEGIN:VCALENDAR\nBEGIN:VTIMEZONE\nTZID:X\n" +
			strings.Repeat("BEGIN:STANDARD\nDTSTART:00010101T000000\nTZOFFSETTO:+0100\nRRULE:FREQ=YEARLY;BYDAY=MO,TU,WE,TH,FR,SA,SU\nRDATE:20200101T000000,20210101T000000\nEND:STANDARD\n", 2000) +
			"END:VTIMEZONE\n" + strings.Repeat("BEGIN:VEVENT\nDTSTART;TZID=X:99991231T100000\nDTEND;TZID=X:20260101T100000\nEND:VEVENT\n", 500) + "END:VCALENDAR\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			m, err := Parse(strings.NewReader(tt.in))
			d := time.Since(start)
			t.Logf("%s: %v", tt.name, d)
			// A hang guard, not a benchmark: normal runs take well under 0.2s each.
			if limit := 10 * time.Second * slowdown; d > limit {
				t.Errorf("Parse(%s) took %v, want < %v", tt.name, d, limit)
			}
			if err == nil && len(m.Body) > 3*maxTextPart {
				t.Errorf("len(Body) = %d, want bounded", len(m.Body))
			}
		})
	}
}

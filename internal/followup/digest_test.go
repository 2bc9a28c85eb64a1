package followup

import (
	"testing"
	"time"
)

func TestDigestDue(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Skip("no zone database:", err)
	}
	at := 8 * time.Hour
	// Monday 7 December 2026, 08:00 in Paris is 07:00 UTC.
	mon := time.Date(2026, 12, 7, 8, 0, 0, 0, paris)
	next := time.Date(2026, 12, 14, 8, 0, 0, 0, paris)
	prev := time.Date(2026, 11, 30, 8, 0, 0, 0, paris)
	for _, tc := range []struct {
		name      string
		last, now time.Time
		want      time.Time
	}{
		{"never sent, a minute before", time.Time{}, mon.Add(-time.Minute), next.AddDate(0, 0, -7)},
		{"never sent, at the slot", time.Time{}, mon, mon},
		{"never sent, an hour late", time.Time{}, mon.Add(time.Hour), mon},
		{"never sent, two days late: next week", time.Time{}, mon.Add(48 * time.Hour), next},
		{"sent this week", mon, mon.Add(time.Hour), next},
		{"sent last week, slot now", prev, mon.Add(time.Second), mon},
		{"sent last week, before the slot", prev, mon.Add(-time.Hour), mon},
		{"sunday night", prev, time.Date(2026, 12, 6, 23, 59, 0, 0, paris), mon},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := DigestDue(tc.last, tc.now, time.Monday, at, paris); !got.Equal(tc.want) {
				t.Errorf("DigestDue = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestDigestSlotAcrossDST(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no zone database:", err)
	}
	// Sunday 8 March 2026 is the switch to daylight time; the slot stays
	// at 09:00 on the wall clock.
	now := time.Date(2026, 3, 10, 12, 0, 0, 0, ny)
	got := DigestSlot(now, time.Sunday, 9*time.Hour, ny)
	if want := time.Date(2026, 3, 8, 9, 0, 0, 0, ny); !got.Equal(want) {
		t.Errorf("DigestSlot = %v, want %v", got, want)
	}
}

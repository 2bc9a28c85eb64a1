package schedule

import (
	"testing"
	"time"
)

var fuzzZones = []string{
	"America/Toronto", "America/New_York", "America/Los_Angeles", "America/St_Johns",
	"Europe/London", "Europe/Berlin", "Europe/Paris", "Australia/Sydney",
	"Australia/Lord_Howe", "Pacific/Chatham", "Asia/Tokyo", "Asia/Kolkata",
	"Asia/Jerusalem", "UTC",
}

// FuzzPlan checks the policy's invariants at arbitrary instants, in zones
// with half-hour offsets and half-hour daylight-saving shifts included.
func FuzzPlan(f *testing.F) {
	seeds := []struct {
		unix     int64
		zone     uint8
		feedback bool
		approve  int32
	}{
		{time.Date(2026, 3, 6, 22, 30, 0, 0, time.UTC).Unix(), 0, false, 0},
		{time.Date(2026, 3, 8, 6, 30, 0, 0, time.UTC).Unix(), 1, false, 600},
		{time.Date(2026, 10, 31, 23, 0, 0, 0, time.UTC).Unix(), 2, true, -60},
		{time.Date(2026, 4, 4, 14, 0, 0, 0, time.UTC).Unix(), 8, false, 3000},
		{time.Date(2026, 12, 24, 18, 0, 0, 0, time.UTC).Unix(), 4, false, 0},
	}
	for _, s := range seeds {
		f.Add(s.unix, s.zone, s.feedback, s.approve)
	}
	p := DefaultPolicy()
	lo := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	hi := time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	f.Fuzz(func(t *testing.T, unix int64, zi uint8, feedback bool, approveMin int32) {
		if unix < lo || unix > hi {
			return
		}
		zone := fuzzZones[int(zi)%len(fuzzZones)]
		loc, err := time.LoadLocation(zone)
		if err != nil {
			t.Fatal(err)
		}
		country := CountryForZone(zone)
		req := Request{Kind: ThankYou, Event: time.Unix(unix, 0).UTC(), Zone: loc, Country: country}
		if feedback {
			req.Kind = Feedback
		}
		if approveMin != 0 {
			req.Approved = req.Event.Add(time.Duration(approveMin%(60*24*30)) * time.Minute)
		}
		s, err := Plan(req, p)
		if err != nil {
			t.Fatalf("Plan(%+v): %v", req, err)
		}
		if s.SendAt.Location() != loc {
			t.Errorf("SendAt in %v, want %v", s.SendAt.Location(), loc)
		}
		if s.SendAt.Before(req.Event) || s.SendAt.Before(req.Approved) {
			t.Errorf("Plan(%+v).SendAt = %v: before the event or the approval", req, s.SendAt)
		}
		if nb := NextBusiness(s.SendAt, loc, country, p); !nb.Equal(s.SendAt) {
			t.Errorf("Plan(%+v).SendAt = %v, not a business instant (next is %v)", req, s.SendAt, nb)
		}
		h, m, sec := s.SendAt.Clock()
		wall := time.Duration(h)*time.Hour + time.Duration(m)*time.Minute + time.Duration(sec)*time.Second
		if wall < p.Open || wall >= p.Close {
			t.Errorf("Plan(%+v).SendAt = %v: wall clock %v outside business hours", req, s.SendAt, wall)
		}
		if _, hol := IsHoliday(country, s.SendAt); hol {
			t.Errorf("Plan(%+v).SendAt = %v: on a holiday", req, s.SendAt)
		}
		switch req.Kind {
		case ThankYou:
			if want := AddWall(req.Event, p.ThankYouDeadline, loc); !s.Deadline.Equal(want) {
				t.Errorf("Plan(%+v).Deadline = %v, want %v", req, s.Deadline, want)
			}
			if s.Late != s.SendAt.After(s.Deadline) {
				t.Errorf("Plan(%+v) = %v, late %v, deadline %v: late does not match", req, s.SendAt, s.Late, s.Deadline)
			}
			if req.Approved.IsZero() {
				longer := NextBusiness(AddWall(req.Event, p.ThankYouDelay, loc), loc, country, p)
				if s.SendAt.After(longer) {
					t.Errorf("Plan(%+v).SendAt = %v, later than the plain plan %v", req, s.SendAt, longer)
				}
			}
		case Feedback:
			if !s.Deadline.IsZero() || s.Late {
				t.Errorf("Plan(%+v) feedback has deadline %v, late %v", req, s.Deadline, s.Late)
			}
		}
	})
}

func BenchmarkPlan(b *testing.B) {
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		b.Fatal(err)
	}
	p := DefaultPolicy()
	// Christmas Eve evening: the search walks over the holidays and the weekend.
	req := Request{Kind: ThankYou, Event: time.Date(2026, 12, 24, 18, 0, 0, 0, time.UTC), Zone: london, Country: "GB"}
	for b.Loop() {
		if _, err := Plan(req, p); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkIsHoliday(b *testing.B) {
	day := time.Date(2026, 12, 28, 12, 0, 0, 0, time.UTC)
	for _, c := range []string{"GB", "AU"} {
		b.Run(c, func(b *testing.B) {
			for b.Loop() {
				IsHoliday(c, day)
			}
		})
	}
}

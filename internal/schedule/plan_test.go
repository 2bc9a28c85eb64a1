package schedule

import (
	"strings"
	"testing"
	"time"
)

func mustZone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatalf("LoadLocation(%q): %v", name, err)
	}
	return loc
}

func mustTime(t *testing.T, s string) time.Time {
	t.Helper()
	if s == "" {
		return time.Time{}
	}
	v, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatalf("time.Parse(%q): %v", s, err)
	}
	return v
}

func TestPlan(t *testing.T) {
	tests := []struct {
		name     string
		kind     Kind
		event    string // RFC 3339
		zone     string
		country  string // "-" for none; "" means CountryForZone(zone)
		approved string
		policy   func(*Policy)

		sendAt   string // RFC 3339 in zone
		deadline string // "" for none
		late     bool
		reason   string // a fragment the reason must contain
	}{
		{
			name: "weekday midday interview", kind: ThankYou,
			event: "2026-03-04T12:00:00-05:00", zone: "America/Toronto",
			sendAt: "2026-03-04T14:00:00-05:00", deadline: "2026-03-05T12:00:00-05:00",
			reason: "inside business hours",
		},
		{
			name: "friday afternoon fits today", kind: ThankYou,
			event: "2026-03-06T14:00:00-05:00", zone: "America/Toronto",
			sendAt: "2026-03-06T16:00:00-05:00", deadline: "2026-03-07T14:00:00-05:00",
		},
		{
			name: "friday afternoon fits only with the short delay", kind: ThankYou,
			event: "2026-03-06T15:30:00-05:00", zone: "America/Toronto",
			sendAt: "2026-03-06T16:00:00-05:00", deadline: "2026-03-07T15:30:00-05:00",
			reason: "Waiting 2h would miss the 24h deadline",
		},
		{
			name: "friday afternoon does not fit today", kind: ThankYou,
			event: "2026-03-06T16:45:00-05:00", zone: "America/Toronto",
			sendAt: "2026-03-09T09:00:00-04:00", deadline: "2026-03-07T16:45:00-05:00", late: true,
			reason: "late",
		},
		{
			name: "evening interview goes next morning", kind: ThankYou,
			event: "2026-03-03T19:00:00-05:00", zone: "America/Toronto",
			sendAt: "2026-03-04T09:00:00-05:00", deadline: "2026-03-04T19:00:00-05:00",
			reason: "next business hour",
		},
		{
			name: "interview ending at closing time", kind: ThankYou,
			event: "2026-03-04T15:00:00-05:00", zone: "America/Toronto",
			// 17:00 is outside (the end is excluded); the next opening is
			// within the deadline, so the longer delay still wins.
			sendAt: "2026-03-05T09:00:00-05:00", deadline: "2026-03-05T15:00:00-05:00",
		},
		{
			name: "north america: friday evening before spring forward", kind: ThankYou,
			event: "2026-03-06T17:30:00-05:00", zone: "America/Toronto",
			sendAt: "2026-03-09T09:00:00-04:00", deadline: "2026-03-07T17:30:00-05:00", late: true,
		},
		{
			name: "north america: saturday interview, deadline across the change is wall-clock", kind: ThankYou,
			event: "2026-03-07T10:00:00-05:00", zone: "America/New_York",
			sendAt: "2026-03-09T09:00:00-04:00", deadline: "2026-03-08T10:00:00-04:00", late: true,
		},
		{
			name: "north america: friday evening before fall back", kind: ThankYou,
			event: "2026-10-30T18:00:00-07:00", zone: "America/Los_Angeles",
			sendAt: "2026-11-02T09:00:00-08:00", deadline: "2026-10-31T18:00:00-07:00", late: true,
		},
		{
			name: "europe: friday afternoon before summer time", kind: ThankYou,
			event: "2026-03-27T16:30:00+01:00", zone: "Europe/Berlin",
			sendAt: "2026-03-30T09:00:00+02:00", deadline: "2026-03-28T16:30:00+01:00", late: true,
		},
		{
			name: "europe: friday evening before winter time", kind: ThankYou,
			event: "2026-10-23T17:30:00+01:00", zone: "Europe/London",
			sendAt: "2026-10-26T09:00:00Z", deadline: "2026-10-24T17:30:00+01:00", late: true,
		},
		{
			name: "canada: eve of Canada Day", kind: ThankYou,
			event: "2026-06-30T18:00:00-04:00", zone: "America/Toronto",
			sendAt: "2026-07-02T09:00:00-04:00", deadline: "2026-07-01T18:00:00-04:00", late: true,
			reason: "Canada Day (Wed 1 Jul)",
		},
		{
			name: "canada day ignored without a country", kind: ThankYou,
			event: "2026-06-30T18:00:00-04:00", zone: "America/Toronto", country: "-",
			sendAt: "2026-07-01T09:00:00-04:00", deadline: "2026-07-01T18:00:00-04:00",
		},
		{
			name: "us: eve of Independence Day observed on friday", kind: ThankYou,
			event: "2026-07-02T18:00:00-04:00", zone: "America/New_York",
			sendAt: "2026-07-06T09:00:00-04:00", deadline: "2026-07-03T18:00:00-04:00", late: true,
			reason: "Independence Day (observed) (Fri 3 Jul)",
		},
		{
			name: "us: eve of Thanksgiving", kind: ThankYou,
			event: "2026-11-25T18:00:00-06:00", zone: "America/Chicago",
			sendAt: "2026-11-27T09:00:00-06:00", deadline: "2026-11-26T18:00:00-06:00", late: true,
			reason: "Thanksgiving",
		},
		{
			name: "uk: christmas eve, boxing day substitute on monday", kind: ThankYou,
			event: "2026-12-24T18:00:00Z", zone: "Europe/London",
			sendAt: "2026-12-29T09:00:00Z", deadline: "2026-12-25T18:00:00Z", late: true,
			reason: "Boxing Day (observed) (Mon 28 Dec)",
		},
		{
			name: "france: eve of the Fête Nationale", kind: ThankYou,
			event: "2026-07-13T18:00:00+02:00", zone: "Europe/Paris",
			sendAt: "2026-07-15T09:00:00+02:00", deadline: "2026-07-14T18:00:00+02:00", late: true,
			reason: "Fête Nationale",
		},
		{
			name: "germany: eve of Ascension", kind: ThankYou,
			event: "2026-05-13T18:00:00+02:00", zone: "Europe/Berlin",
			sendAt: "2026-05-15T09:00:00+02:00", deadline: "2026-05-14T18:00:00+02:00", late: true,
			reason: "Christi Himmelfahrt",
		},
		{
			name: "australia: friday before Australia Day monday", kind: ThankYou,
			event: "2026-01-23T17:30:00+11:00", zone: "Australia/Sydney",
			sendAt: "2026-01-27T09:00:00+11:00", deadline: "2026-01-24T17:30:00+11:00", late: true,
			reason: "Australia Day (Mon 26 Jan)",
		},
		{
			name: "australia: a state-only holiday is not national", kind: ThankYou,
			// Labour Day in Victoria (2nd Monday of March) only.
			event: "2026-03-06T17:30:00+11:00", zone: "Australia/Melbourne",
			sendAt: "2026-03-09T09:00:00+11:00", deadline: "2026-03-07T17:30:00+11:00", late: true,
		},
		{
			name: "event in UTC for a recipient in Toronto", kind: ThankYou,
			event: "2026-03-04T17:00:00Z", zone: "America/Toronto",
			sendAt: "2026-03-04T14:00:00-05:00", deadline: "2026-03-05T12:00:00-05:00",
		},
		{
			name: "event in UTC for a recipient in Tokyo, evening there", kind: ThankYou,
			event: "2026-03-04T10:00:00Z", zone: "Asia/Tokyo",
			sendAt: "2026-03-05T09:00:00+09:00", deadline: "2026-03-05T19:00:00+09:00",
		},
		{
			name: "approved after the slot, within hours", kind: ThankYou,
			event: "2026-03-04T12:00:00-05:00", zone: "America/Toronto", approved: "2026-03-04T20:10:00Z",
			sendAt: "2026-03-04T15:10:00-05:00", deadline: "2026-03-05T12:00:00-05:00",
			reason: "Approved Wed 4 Mar 15:10 EST, after the planned time",
		},
		{
			name: "approved after the slot, in the evening", kind: ThankYou,
			event: "2026-03-04T12:00:00-05:00", zone: "America/Toronto", approved: "2026-03-04T20:00:00-05:00",
			sendAt: "2026-03-05T09:00:00-05:00", deadline: "2026-03-05T12:00:00-05:00",
		},
		{
			name: "approved after the deadline", kind: ThankYou,
			event: "2026-03-04T12:00:00-05:00", zone: "America/Toronto", approved: "2026-03-05T13:00:00-05:00",
			sendAt: "2026-03-05T13:00:00-05:00", deadline: "2026-03-05T12:00:00-05:00", late: true,
			reason: "late: the 24h deadline was Thu 5 Mar 12:00 EST",
		},
		{
			name: "approved before the interview", kind: ThankYou,
			event: "2026-03-04T12:00:00-05:00", zone: "America/Toronto", approved: "2026-03-04T09:30:00-05:00",
			sendAt: "2026-03-04T14:00:00-05:00", deadline: "2026-03-05T12:00:00-05:00",
		},
		{
			name: "approved exactly at the slot", kind: ThankYou,
			event: "2026-03-04T12:00:00-05:00", zone: "America/Toronto", approved: "2026-03-04T14:00:00-05:00",
			sendAt: "2026-03-04T14:00:00-05:00", deadline: "2026-03-05T12:00:00-05:00",
		},
		{
			name: "feedback on a weekday morning", kind: Feedback,
			event: "2026-03-04T10:00:00+01:00", zone: "Europe/Paris",
			sendAt: "2026-03-04T12:00:00+01:00",
			reason: "2h after the rejection arrived",
		},
		{
			name: "feedback friday afternoon waits for monday, never late", kind: Feedback,
			event: "2026-03-06T16:00:00+01:00", zone: "Europe/Paris",
			sendAt: "2026-03-09T09:00:00+01:00",
		},
		{
			name: "feedback approved a week later", kind: Feedback,
			event: "2026-03-04T10:00:00+01:00", zone: "Europe/Paris", approved: "2026-03-11T07:00:00+01:00",
			sendAt: "2026-03-11T09:00:00+01:00",
		},
		{
			name: "custom week sunday to thursday", kind: ThankYou,
			event: "2026-03-05T16:00:00+02:00", zone: "Asia/Jerusalem",
			policy: func(p *Policy) {
				p.BusinessDays = []time.Weekday{time.Sunday, time.Monday, time.Tuesday, time.Wednesday, time.Thursday}
				p.Open, p.Close = 8*time.Hour, 16*time.Hour
			},
			// Thu 18:00 and 16:30 are after hours; Sunday 08:00 is past the deadline.
			sendAt: "2026-03-08T08:00:00+02:00", deadline: "2026-03-06T16:00:00+02:00", late: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			loc := mustZone(t, tt.zone)
			country := tt.country
			switch country {
			case "":
				country = CountryForZone(tt.zone)
			case "-":
				country = ""
			}
			p := DefaultPolicy()
			if tt.policy != nil {
				tt.policy(&p)
			}
			req := Request{Kind: tt.kind, Event: mustTime(t, tt.event), Zone: loc, Country: country, Approved: mustTime(t, tt.approved)}
			got, err := Plan(req, p)
			if err != nil {
				t.Fatalf("Plan(%+v) error: %v", req, err)
			}
			if s := got.SendAt.Format(time.RFC3339); s != tt.sendAt {
				t.Errorf("Plan().SendAt = %s, want %s (reason: %s)", s, tt.sendAt, got.Reason)
			}
			if got.SendAt.Location() != loc {
				t.Errorf("Plan().SendAt.Location() = %v, want %v", got.SendAt.Location(), loc)
			}
			var d string
			if !got.Deadline.IsZero() {
				d = got.Deadline.Format(time.RFC3339)
			}
			if d != tt.deadline {
				t.Errorf("Plan().Deadline = %q, want %q", d, tt.deadline)
			}
			if got.Late != tt.late {
				t.Errorf("Plan().Late = %v, want %v (reason: %s)", got.Late, tt.late, got.Reason)
			}
			if got.Reason == "" || !strings.HasSuffix(got.Reason, ".") || strings.Count(got.Reason, ". ") > 0 {
				t.Errorf("Plan().Reason = %q, want one sentence", got.Reason)
			}
			if !strings.Contains(got.Reason, tt.reason) {
				t.Errorf("Plan().Reason = %q, want it to contain %q", got.Reason, tt.reason)
			}
			// Invariants of the policy.
			if got.SendAt.Before(req.Event) {
				t.Errorf("Plan().SendAt %v is before the event %v", got.SendAt, req.Event)
			}
			if got.SendAt.Before(req.Approved) {
				t.Errorf("Plan().SendAt %v is before the approval %v", got.SendAt, req.Approved)
			}
			if nb := NextBusiness(got.SendAt, loc, country, p); !nb.Equal(got.SendAt) {
				t.Errorf("NextBusiness(Plan().SendAt) = %v, want %v itself", nb, got.SendAt)
			}
		})
	}
}

func TestPlanErrors(t *testing.T) {
	toronto := mustZone(t, "America/Toronto")
	ev := mustTime(t, "2026-03-04T12:00:00-05:00")
	bad := DefaultPolicy()
	bad.Open, bad.Close = 17*time.Hour, 9*time.Hour
	noDays := DefaultPolicy()
	noDays.BusinessDays = nil
	neg := DefaultPolicy()
	neg.FeedbackDelay = -time.Hour
	tests := []struct {
		name string
		req  Request
		p    Policy
		want string
	}{
		{"unknown kind", Request{Kind: "apology", Event: ev, Zone: toronto}, DefaultPolicy(), `unknown kind "apology"`},
		{"no zone", Request{Kind: ThankYou, Event: ev}, DefaultPolicy(), "no time zone"},
		{"no event", Request{Kind: ThankYou, Zone: toronto}, DefaultPolicy(), "no event time"},
		{"hours backwards", Request{Kind: ThankYou, Event: ev, Zone: toronto}, bad, "business hours 17:00-09:00"},
		{"no business days", Request{Kind: Feedback, Event: ev, Zone: toronto}, noDays, "no business days"},
		{"negative delay", Request{Kind: Feedback, Event: ev, Zone: toronto}, neg, "feedback_delay is negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Plan(tt.req, tt.p)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Plan(%s) error = %v, want one containing %q", tt.name, err, tt.want)
			}
		})
	}
}

func TestNextBusiness(t *testing.T) {
	p := DefaultPolicy()
	tests := []struct {
		name    string
		at      string
		zone    string
		country string
		want    string
	}{
		{"inside hours is itself", "2026-03-04T10:15:00-05:00", "America/Toronto", "CA", "2026-03-04T10:15:00-05:00"},
		{"opening is included", "2026-03-04T09:00:00-05:00", "America/Toronto", "CA", "2026-03-04T09:00:00-05:00"},
		{"closing is excluded", "2026-03-04T17:00:00-05:00", "America/Toronto", "CA", "2026-03-05T09:00:00-05:00"},
		{"a nanosecond before closing", "2026-03-04T16:59:59.999999999-05:00", "America/Toronto", "CA", "2026-03-04T16:59:59.999999999-05:00"},
		{"before opening", "2026-03-04T06:00:00-05:00", "America/Toronto", "CA", "2026-03-04T09:00:00-05:00"},
		{"saturday", "2026-03-07T11:00:00-05:00", "America/Toronto", "CA", "2026-03-09T09:00:00-04:00"},
		{"sunday of the change, in the gap hour", "2026-03-08T07:30:00Z", "America/Toronto", "CA", "2026-03-09T09:00:00-04:00"},
		{"given in UTC, read in Berlin", "2026-03-04T07:00:00Z", "Europe/Berlin", "DE", "2026-03-04T09:00:00+01:00"},
		{"new year observed on friday 31 december (US 2021)", "2021-12-30T18:00:00-05:00", "America/New_York", "US", "2022-01-03T09:00:00-05:00"},
		{"christmas to new year in germany", "2026-12-24T18:00:00+01:00", "Europe/Berlin", "DE", "2026-12-28T09:00:00+01:00"},
		{"unknown country has no holidays", "2026-12-24T18:00:00+01:00", "Europe/Berlin", "XX", "2026-12-25T09:00:00+01:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			loc := mustZone(t, tt.zone)
			in, err := time.Parse(time.RFC3339Nano, tt.at)
			if err != nil {
				t.Fatal(err)
			}
			got := NextBusiness(in, loc, tt.country, p)
			if s := got.Format(time.RFC3339Nano); s != tt.want {
				t.Errorf("NextBusiness(%s, %s, %s) = %s, want %s", tt.at, tt.zone, tt.country, s, tt.want)
			}
		})
	}
}

func TestNextBusinessFullDay(t *testing.T) {
	p := DefaultPolicy()
	p.Open, p.Close = 0, 24*time.Hour
	loc := mustZone(t, "Europe/Paris")
	in := mustTime(t, "2026-03-07T23:30:00+01:00") // Saturday
	got := NextBusiness(in, loc, "FR", p)
	if want := "2026-03-09T00:00:00+01:00"; got.Format(time.RFC3339) != want {
		t.Errorf("NextBusiness(%v) = %v, want %s", in, got, want)
	}
	in = mustTime(t, "2026-03-09T23:59:00+01:00")
	if got := NextBusiness(in, loc, "FR", p); !got.Equal(in) {
		t.Errorf("NextBusiness(%v) = %v, want itself", in, got)
	}
}

func TestAddWall(t *testing.T) {
	ny := mustZone(t, "America/New_York")
	tests := []struct {
		name string
		at   string
		d    time.Duration
		want string
	}{
		{"plain", "2026-03-04T12:00:00-05:00", 2 * time.Hour, "2026-03-04T14:00:00-05:00"},
		{"24h across spring forward keeps the wall clock", "2026-03-07T10:00:00-05:00", 24 * time.Hour, "2026-03-08T10:00:00-04:00"},
		{"24h across fall back keeps the wall clock", "2026-10-31T10:00:00-04:00", 24 * time.Hour, "2026-11-01T10:00:00-05:00"},
		{"into the gap moves forward", "2026-03-08T01:30:00-05:00", 45 * time.Minute, "2026-03-08T03:15:00-04:00"},
		{"inside the repeated hour never goes backwards", "2026-11-01T01:50:00-05:00", 5 * time.Minute, "2026-11-01T01:55:00-05:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := mustTime(t, tt.at)
			got := AddWall(in, tt.d, ny)
			if s := got.Format(time.RFC3339); s != tt.want {
				t.Errorf("AddWall(%s, %s) = %s, want %s", tt.at, tt.d, s, tt.want)
			}
			if got.Before(in) {
				t.Errorf("AddWall(%s, %s) = %s, before its input", tt.at, tt.d, got)
			}
		})
	}
}

func TestParseKind(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Kind
		ok   bool
	}{
		{"thank-you", ThankYou, true},
		{" Feedback ", Feedback, true},
		{"thanks", "", false},
		{"", "", false},
	} {
		got, err := ParseKind(tt.in)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("ParseKind(%q) = %q, %v, want %q, ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestShort(t *testing.T) {
	for _, tt := range []struct {
		d    time.Duration
		want string
	}{
		{2 * time.Hour, "2h"}, {30 * time.Minute, "30m"}, {90 * time.Minute, "1h30m"},
		{24 * time.Hour, "24h"}, {10 * time.Minute, "10m"}, {45 * time.Second, "45s"}, {0, "0s"},
	} {
		if got := short(tt.d); got != tt.want {
			t.Errorf("short(%v) = %q, want %q", tt.d, got, tt.want)
		}
	}
}

func TestStatusCheckDue(t *testing.T) {
	p := DefaultPolicy()
	tests := []struct {
		name    string
		stated  string // a calendar day
		zone    string
		country string
		want    string
	}{
		{"by a Tuesday: the end of Thursday", "2026-11-03", "Europe/Paris", "FR", "2026-11-06T00:00:00+01:00"},
		{"by a Friday: the end of Tuesday", "2026-11-06", "Europe/Paris", "FR", "2026-11-11T00:00:00+01:00"},
		{"by a Monday: Armistice Day is skipped", "2026-11-09", "Europe/Paris", "FR", "2026-11-13T00:00:00+01:00"},
		{"by a Sunday: the end of Tuesday", "2026-11-08", "America/Toronto", "CA-ON", "2026-11-11T00:00:00-05:00"},
		{"over Christmas in Germany", "2026-12-23", "Europe/Berlin", "DE", "2026-12-29T00:00:00+01:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			loc := mustZone(t, tt.zone)
			day, err := time.ParseInLocation("2006-01-02", tt.stated, loc)
			if err != nil {
				t.Fatal(err)
			}
			got := StatusCheckDue(day, loc, tt.country, p)
			if s := got.Format(time.RFC3339); s != tt.want {
				t.Errorf("StatusCheckDue(%s, %s, %s) = %s, want %s", tt.stated, tt.zone, tt.country, s, tt.want)
			}
		})
	}
}

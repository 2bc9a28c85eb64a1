package message

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestParseCalendar(t *testing.T) {
	tests := []struct {
		name      string
		file      string
		uid       string
		wantStart string // RFC 3339
		wantEnd   string // RFC 3339, "" for zero
		wantZone  string
		floating  bool
		allDay    bool
	}{
		{"floating with DURATION", "floating.ics", "float-1@example.test", "2026-11-05T14:30:00Z", "2026-11-05T15:15:00Z", "", true, false},
		{"all-day with DURATION P1D", "floating.ics", "allday-1@example.test", "2026-11-06T00:00:00Z", "2026-11-07T00:00:00Z", "", true, true},
		{"UTC", "floating.ics", "utc-1@example.test", "2026-11-07T09:00:00Z", "2026-11-07T10:00:00Z", "", false, false},
		{"unknown TZID, VTIMEZONE rules, winter", "custom-tz.ics", "custom-winter@example.test", "2026-12-02T09:00:00-05:00", "2026-12-02T10:00:00-05:00", "", false, false},
		{"unknown TZID, VTIMEZONE rules, summer", "custom-tz.ics", "custom-summer@example.test", "2026-07-10T09:00:00-04:00", "2026-07-10T10:00:00-04:00", "", false, false},
		{"unknown TZID, day after DST starts", "custom-tz.ics", "custom-after-change@example.test", "2026-03-09T09:00:00-04:00", "", "", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := os.Open(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			evs, err := ParseCalendar(f)
			if err != nil {
				t.Fatalf("ParseCalendar(%s) error: %v", tt.file, err)
			}
			var e *Event
			for i := range evs {
				if evs[i].UID == tt.uid {
					e = &evs[i]
				}
			}
			if e == nil {
				t.Fatalf("ParseCalendar(%s) has no event %q", tt.file, tt.uid)
			}
			eqTime(t, "Start", e.Start, mustTime(t, tt.wantStart))
			if tt.wantEnd == "" {
				if !e.End.IsZero() {
					t.Errorf("End = %v, want zero", e.End)
				}
			} else {
				eqTime(t, "End", e.End, mustTime(t, tt.wantEnd))
			}
			eq(t, "Zone", e.Zone, tt.wantZone)
			eq(t, "Floating", e.Floating, tt.floating)
			eq(t, "AllDay", e.AllDay, tt.allDay)
			if tt.floating && e.Start.Location() != time.UTC {
				t.Errorf("Start.Location() = %v, want UTC for a floating time", e.Start.Location())
			}
		})
	}
}

func TestParseCalendarTolerant(t *testing.T) {
	tests := []struct {
		name        string
		in          string
		wantUID     string
		wantSummary string
		wantStart   string
	}{
		{"LF, missing END:VEVENT", "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nSUMMARY:x\nDTSTART:20260101T100000Z\nEND:VCALENDAR\n", "a", "x", "2026-01-01T10:00:00Z"},
		{"missing END:VCALENDAR", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:b\r\nDTSTART:20260101T100000Z\r\nEND:VEVENT\r\n", "b", "", "2026-01-01T10:00:00Z"},
		{"bare VEVENT", "BEGIN:VEVENT\nUID:c\nDTSTART;TZID=Europe/London:20260701T100000\nEND:VEVENT\n", "c", "", "2026-07-01T10:00:00+01:00"},
		{"badly folded description", "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:d\nSUMMARY:first\nsecond half\nDTSTART:20260101T100000Z\nEND:VEVENT\nEND:VCALENDAR\n", "d", "firstsecond half", "2026-01-01T10:00:00Z"},
		{"unknown escape and lower-case names", "begin:vcalendar\nbegin:vevent\nuid:e\nsummary:a\\tb\\, c\ndtstart:20260101T100000Z\nend:vevent\nend:vcalendar\n", "e", `a\tb, c`, "2026-01-01T10:00:00Z"},
		{"quoted TZID swallowing the value", "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:f\nDTSTART;TZID=\"W. Europe Standard Time:20260609T090000\"\nEND:VEVENT\nEND:VCALENDAR\n", "f", "", "2026-06-09T09:00:00+02:00"},
		{"Mozilla TZID path", "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:g\nDTSTART;TZID=/mozilla.org/20050126_1/America/New_York:20260115T090000\nEND:VEVENT\nEND:VCALENDAR\n", "g", "", "2026-01-15T09:00:00-05:00"},
		{"X-LIC-LOCATION", "BEGIN:VCALENDAR\nBEGIN:VTIMEZONE\nTZID:Some Zone\nX-LIC-LOCATION:Asia/Singapore\nEND:VTIMEZONE\nBEGIN:VEVENT\nUID:h\nDTSTART;TZID=Some Zone:20260520T090000\nEND:VEVENT\nEND:VCALENDAR\n", "h", "", "2026-05-20T09:00:00+08:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs, err := ParseCalendar(strings.NewReader(tt.in))
			if err != nil {
				t.Fatalf("ParseCalendar(%q) error: %v", tt.in, err)
			}
			if len(evs) != 1 {
				t.Fatalf("ParseCalendar(%q) = %d events, want 1", tt.in, len(evs))
			}
			eq(t, "UID", evs[0].UID, tt.wantUID)
			eq(t, "Summary", evs[0].Summary, tt.wantSummary)
			eqTime(t, "Start", evs[0].Start, mustTime(t, tt.wantStart))
		})
	}
}

func TestParseCalendarErrors(t *testing.T) {
	for _, in := range []string{"", "hello", "BEGIN:VTODO\nEND:VTODO\n"} {
		if evs, err := ParseCalendar(strings.NewReader(in)); err == nil {
			t.Errorf("ParseCalendar(%q) = %v, nil; want an error", in, evs)
		}
	}
}

func TestIANAZone(t *testing.T) {
	tests := []struct {
		tzid   string
		want   string
		wantOK bool
	}{
		{"Europe/London", "Europe/London", true},
		{"America/Toronto", "America/Toronto", true},
		{"Eastern Standard Time", "America/New_York", true},
		{"eastern standard time", "America/New_York", true},
		{"Eastern Standard Time 1", "America/New_York", true},
		{"Romance Standard Time", "Europe/Paris", true},
		{"GMT Standard Time", "Europe/London", true},
		{"W. Europe Standard Time", "Europe/Berlin", true},
		{"Singapore Standard Time", "Asia/Singapore", true},
		{"Pacific Standard Time", "America/Los_Angeles", true},
		{"India Standard Time", "Asia/Kolkata", true},
		{"(UTC-05:00) Eastern Time (US & Canada)", "America/New_York", true},
		{"(UTC+00:00) Dublin, Edinburgh, Lisbon, London", "Europe/London", true},
		{"(UTC) Dublin, Edinburgh, Lisbon, London", "Europe/London", true},
		{"(GMT+10:00) Canberra, Melbourne, Sydney", "Australia/Sydney", true},
		{"(UTC+01:00) Brussels, Copenhagen, Madrid, Paris", "Europe/Paris", true},
		{"(UTC-03:00) Brasília", "America/Sao_Paulo", true},
		{"(UTC+08:00) Kuala Lumpur, Singapore", "Asia/Singapore", true},
		{"(UTC-08:00) Vancouver, Somewhere", "America/Vancouver", true},
		{"/mozilla.org/20050126_1/Europe/Madrid", "Europe/Madrid", true},
		{`"Europe/Madrid"`, "Europe/Madrid", true},
		{"UTC", "UTC", true},
		{"Customized Time Zone", "", false},
		{"tzone://Microsoft/Custom", "", false},
		{"../../etc/passwd", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := IANAZone(tt.tzid)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("IANAZone(%q) = %q, %v, want %q, %v", tt.tzid, got, ok, tt.want, tt.wantOK)
		}
	}
}

// TestWindowsZonesLoad checks that every IANA zone of the generated table is known to tzdata.
func TestWindowsZonesLoad(t *testing.T) {
	for win, iana := range windowsZones {
		if loadZone(iana) == nil {
			t.Errorf("windowsZones[%q] = %q: time.LoadLocation does not know it", win, iana)
		}
	}
	for _, w := range displayNames {
		if _, ok := windowsZones[w]; !ok {
			t.Errorf("displayNames maps to %q, not a CLDR Windows zone", w)
		}
	}
}

// TestAttendeeEscapedComma: Outlook writes a directory name "Last, First"
// as CN=Vogel\, Katrin, which the iCalendar parser splits as a list of
// parameter values; the attendee keeps the whole name.
func TestAttendeeEscapedComma(t *testing.T) {
	ics := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:cn-1@example.test\r\n" +
		"DTSTAMP:20261001T090000Z\r\nDTSTART:20261013T080000Z\r\nDTEND:20261013T090000Z\r\nSUMMARY:Interview\r\n" +
		"ATTENDEE;CN=Vogel\\, Katrin;ROLE=REQ-PARTICIPANT:mailto:katrin.vogel@example.test\r\n" +
		"ATTENDEE;CN=\"Brandt, Tobias\":mailto:tobias.brandt@example.test\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	evs, err := ParseCalendar(strings.NewReader(ics))
	if err != nil || len(evs) != 1 {
		t.Fatalf("ParseCalendar: %v, %d events", err, len(evs))
	}
	var got []string
	for _, a := range evs[0].Attendees {
		got = append(got, a.Name)
	}
	if want := "Vogel, Katrin|Brandt, Tobias"; strings.Join(got, "|") != want {
		t.Errorf("attendee names = %q, want %q", strings.Join(got, "|"), want)
	}
}

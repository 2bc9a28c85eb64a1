package engine

import (
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/mail/message"
)

// TestZoneFromTheEmployersDomain: an invitation in UTC that names no zone,
// from an employer on a country-code domain, is planned on that country's
// clock (and holidays), not the owner's: a London owner's thank-you to a
// Berlin team leaves at 09:00 Berlin time, 08:00 in London.
func TestZoneFromTheEmployersDomain(t *testing.T) {
	tests := []struct {
		name, domain, wantZone, wantCountry string
	}{
		{"a .de employer", "northwind.de", "Europe/Berlin", "DE"},
		{"a .co.uk employer", "northwind.co.uk", "Europe/London", "GB"},
		{"a .com employer: unknown, planned on the owner's clock", "northwind-data.com", "", "GB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, "")
			msg := strings.ReplaceAll(interviewMsg("c1@"+tt.domain, 0, ivStart), "northwind.example", tt.domain)
			msg = strings.Replace(msg, " (London time)", "", 1)
			h.inbox(msg)
			fus := h.followups()
			if len(fus) == 0 {
				t.Fatalf("no follow-up drafted: %s", h.states())
			}
			for _, f := range fus {
				if f.Zone != tt.wantZone || f.Country != tt.wantCountry {
					t.Errorf("follow-up to %s: zone %q, country %q, want %q, %q", f.Recipient.Email, f.Zone, f.Country, tt.wantZone, tt.wantCountry)
				}
			}
			// The approval request tells the owner when their zone is unknown.
			h.at(ivStart.Add(time.Hour))
			h.work()
			reqs := h.newOwnerMail()
			if len(reqs) == 0 {
				t.Fatal("no approval request")
			}
			if unknown := strings.Contains(reqs[0].msg.Body, "theirs is unknown"); unknown != (tt.wantZone == "") {
				t.Errorf("approval request says the zone is unknown: %v, want %v:\n%s", unknown, tt.wantZone == "", reqs[0].msg.Body)
			}
		})
	}
}

// TestAustralianRecipientsGetTheirStatesHolidays: a Melbourne interview's
// follow-up carries Victoria's holidays (Melbourne Cup day), not only the
// national ones.
func TestAustralianRecipientsGetTheirStatesHolidays(t *testing.T) {
	h := newHarness(t, "")
	mel, err := time.LoadLocation("Australia/Melbourne")
	if err != nil {
		t.Fatal(err)
	}
	start := time.Date(2026, 3, 10, 10, 0, 0, 0, mel)
	msg := strings.ReplaceAll(interviewMsg("c1@northwind.example", 0, start), "(London time)", "(Melbourne time)")
	h.inbox(msg)
	for _, f := range h.followups() {
		if f.Zone != "Australia/Melbourne" || f.Country != "AU-VIC" {
			t.Errorf("follow-up to %s: zone %q, country %q, want Australia/Melbourne, AU-VIC", f.Recipient.Email, f.Zone, f.Country)
		}
	}
}

// TestBothClocks: a confirmation gives the owner's clock too, with the day
// when the two clocks are on different days.
func TestBothClocks(t *testing.T) {
	h := newHarness(t, "") // the owner is in Europe/London
	la, _ := time.LoadLocation("America/Los_Angeles")
	tests := []struct {
		at   time.Time
		zone *time.Location
		want string
	}{
		{time.Date(2026, 11, 21, 21, 58, 0, 0, la), la, "Sat 21 Nov 21:58 PST (Sun 22 Nov 05:58 GMT your time)"},
		{time.Date(2026, 11, 23, 9, 0, 0, 0, la), la, "Mon 23 Nov 09:00 PST (17:00 GMT your time)"},
		{time.Date(2026, 11, 23, 9, 0, 0, 0, london), london, "Mon 23 Nov 09:00 GMT"},
	}
	for _, tt := range tests {
		if got := h.eng.bothClocks(tt.at, tt.zone); got != tt.want {
			t.Errorf("bothClocks(%s) = %q, want %q", tt.at, got, tt.want)
		}
	}
}

// TestWindowsZoneInTheEmployersCountry: an Outlook invitation whose TZID is
// a Windows name several countries share is placed in the country of the
// employer's mail domain: a Toronto employer's "Eastern Standard Time"
// interview is thanked for on Ontario's clock and holidays, a .com one's
// on New York's.
func TestWindowsZoneInTheEmployersCountry(t *testing.T) {
	tests := []struct {
		name, tzid, domain, wantZone, wantCountry string
	}{
		{"Eastern, a .ca employer", "Eastern Standard Time", "acme.ca", "America/Toronto", "CA-ON"},
		{"Eastern, a .com employer", "Eastern Standard Time", "acme.com", "America/New_York", "US"},
		{"Eastern as Outlook's display name, a .ca employer", "(UTC-05:00) Eastern Time (US & Canada)", "acme.ca", "America/Toronto", "CA-ON"},
		{"GMT, a .ie employer", "GMT Standard Time", "acme.ie", "Europe/Dublin", "IE"},
		{"GMT, a .co.uk employer", "GMT Standard Time", "acme.co.uk", "Europe/London", "GB"},
		{"W. Europe, a .nl employer", "W. Europe Standard Time", "acme.nl", "Europe/Amsterdam", "NL"},
		{"Romance, a .es employer", "Romance Standard Time", "acme.es", "Europe/Madrid", "ES"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, "")
			msg := strings.ReplaceAll(interviewMsg("c1@"+tt.domain, 0, ivStart), "northwind.example", tt.domain)
			msg = strings.Replace(msg, " (London time)", "", 1)
			msg = strings.Replace(msg, "DTSTART:"+ivStart.UTC().Format("20060102T150405Z"), "DTSTART;TZID=\""+tt.tzid+"\":20260310T100000", 1)
			msg = strings.Replace(msg, "DTEND:"+ivStart.Add(time.Hour).UTC().Format("20060102T150405Z"), "DTEND;TZID=\""+tt.tzid+"\":20260310T110000", 1)
			h.inbox(msg)
			fus := h.followups()
			if len(fus) == 0 {
				t.Fatalf("no follow-up drafted: %s", h.states())
			}
			for _, f := range fus {
				if f.Zone != tt.wantZone || f.Country != tt.wantCountry {
					t.Errorf("follow-up to %s: zone %q, country %q, want %q, %q", f.Recipient.Email, f.Zone, f.Country, tt.wantZone, tt.wantCountry)
				}
			}
		})
	}
}

// TestCalendarZone: the zone read from a message is refined only when an
// event wrote it as a shared Windows name and a domain names a country.
func TestCalendarZone(t *testing.T) {
	ev := func(tzid, zone string) []message.Event { return []message.Event{{TZID: tzid, Zone: zone}} }
	eastern := ev("Eastern Standard Time", "America/New_York")
	tests := []struct {
		name, zone string
		events     []message.Event
		appDomain  string
		addr       string
		want       string
	}{
		{"a .ca application", "America/New_York", eastern, "acme.ca", "", "America/Toronto"},
		{"a .com application", "America/New_York", eastern, "acme.com", "", "America/New_York"},
		{"no application domain: the address's", "America/New_York", eastern, "", "hr@acme.ca", "America/Toronto"},
		{"the application's domain first", "America/New_York", eastern, "acme.us", "hr@acme.ca", "America/New_York"},
		{"a free mail address names no country", "America/New_York", eastern, "", "someone@gmail.com", "America/New_York"},
		{"an IANA TZID is kept", "America/New_York", ev("America/New_York", "America/New_York"), "acme.ca", "", "America/New_York"},
		{"a zone from the text, not the event", "Europe/London", eastern, "acme.ca", "", "Europe/London"},
		{"no zone", "", eastern, "acme.ca", "", ""},
		{"GMT, .ie", "Europe/London", ev("GMT Standard Time", "Europe/London"), "acme.ie", "", "Europe/Dublin"},
		{"GMT, .pt", "Europe/London", ev("GMT Standard Time", "Europe/London"), "acme.pt", "", "Europe/Lisbon"},
		{"W. Europe, .nl", "Europe/Berlin", ev("W. Europe Standard Time", "Europe/Berlin"), "acme.nl", "", "Europe/Amsterdam"},
		{"W. Europe, .it", "Europe/Berlin", ev("W. Europe Standard Time", "Europe/Berlin"), "acme.it", "", "Europe/Rome"},
		{"W. Europe, .fr: not CLDR's, kept", "Europe/Berlin", ev("W. Europe Standard Time", "Europe/Berlin"), "acme.fr", "", "Europe/Berlin"},
		{"Romance, .be", "Europe/Paris", ev("Romance Standard Time", "Europe/Paris"), "acme.be", "", "Europe/Brussels"},
		{"Romance, .dk", "Europe/Paris", ev("Romance Standard Time", "Europe/Paris"), "acme.dk", "", "Europe/Copenhagen"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := calendarZone(tt.zone, tt.events, tt.appDomain, tt.addr); got != tt.want {
				t.Errorf("calendarZone(%q, …, %q, %q) = %q, want %q", tt.zone, tt.appDomain, tt.addr, got, tt.want)
			}
		})
	}
}

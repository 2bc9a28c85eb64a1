package engine

import (
	"strings"
	"testing"
	"time"
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

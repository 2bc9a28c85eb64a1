package schedule

import (
	"strings"
	"testing"
	"time"
)

func TestCountryForZone(t *testing.T) {
	tests := []struct{ zone, want string }{
		{"America/Toronto", "CA"},
		{"Europe/Berlin", "DE"},
		{"Europe/London", "GB"},
		{"Europe/Paris", "FR"},
		{"Australia/Sydney", "AU"},
		{"America/New_York", "US"},
		{"Europe/Amsterdam", "NL"},   // its own zone.tab entry, though tzdata links it to Brussels
		{"US/Eastern", "US"},         // link
		{"Asia/Calcutta", "IN"},      // link to Asia/Kolkata
		{"Canada/Eastern", "CA"},     // link to a zone two countries share
		{"Iceland", "IS"},            // link that now points across a border
		{"Atlantic/Jan_Mayen", "SJ"}, // same
		{"UTC", ""},
		{"Etc/GMT+5", ""},
		{"Not/AZone", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := CountryForZone(tt.zone); got != tt.want {
			t.Errorf("CountryForZone(%q) = %q, want %q", tt.zone, got, tt.want)
		}
	}
}

// TestZoneTableLoads checks that every zone in the generated table is one
// the Go runtime can load, so the table and the zone database agree.
func TestZoneTableLoads(t *testing.T) {
	if len(zoneCountry) < 400 {
		t.Fatalf("len(zoneCountry) = %d, want at least 400 (zone.tab has about 420 zones)", len(zoneCountry))
	}
	for z := range zoneCountry {
		if _, err := time.LoadLocation(z); err != nil {
			t.Errorf("LoadLocation(%q) from the generated table: %v", z, err)
		}
	}
}

func TestIsHoliday(t *testing.T) {
	tests := []struct {
		country, day string
		want         string // "" for not a holiday
	}{
		{"CA", "2026-07-01", "Canada Day"},
		{"ca", "2026-07-01", "Canada Day"},
		{"US", "2026-07-03", "Independence Day (observed)"},
		{"US", "2026-07-04", "Independence Day"},
		{"US", "2021-12-31", "New Year's Day (observed)"},
		{"US", "2026-11-27", ""}, // the day after Thanksgiving is not federal
		{"GB", "2026-12-28", "Boxing Day (observed)"},
		{"GB", "2026-08-31", "Summer Bank Holiday"},
		{"FR", "2026-07-14", "Fête Nationale"},
		{"DE", "2026-10-03", "Tag der Deutschen Einheit"},
		{"DE", "2026-01-06", ""}, // Epiphany is regional (BW, BY, ST)
		{"AU", "2026-01-26", "Australia Day"},
		{"AU", "2026-04-25", "ANZAC Day"},
		{"AU", "2026-04-27", ""}, // only some states move ANZAC Day
		{"AU", "2026-03-09", ""}, // Labour Day, Victoria only
		{"AU", "2026-12-28", "Boxing Day (observed)"},
		{"JP", "2026-02-11", "National Foundation Day"},
		{"XX", "2026-12-25", ""},
		{"", "2026-12-25", ""},
		{"FR", "2026-03-04", ""},
	}
	for _, tt := range tests {
		day, err := time.Parse(time.DateOnly, tt.day)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := IsHoliday(tt.country, day)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("IsHoliday(%q, %s) = %q, %v, want %q", tt.country, tt.day, got, ok, tt.want)
		}
	}
}

func TestHolidayCountries(t *testing.T) {
	got := HolidayCountries()
	have := map[string]bool{}
	for _, c := range got {
		have[c] = true
	}
	for _, c := range []string{"AU", "CA", "DE", "FR", "GB", "US"} {
		if !have[c] {
			t.Errorf("HolidayCountries() = %v, want it to include %s", got, c)
		}
	}
	for i := 1; i < len(got); i++ {
		if got[i-1] >= got[i] {
			t.Errorf("HolidayCountries() = %v, want sorted and unique", got)
		}
	}
	// Every country with holidays must be a real zone.tab country.
	countries := map[string]bool{}
	for _, c := range zoneCountry {
		countries[c] = true
	}
	for _, c := range got {
		if !countries[c] {
			t.Errorf("HolidayCountries() has %s, which no zone belongs to", c)
		}
	}
}

func TestHolidays(t *testing.T) {
	tests := []struct {
		country string
		year    int
		want    []string // "2006-01-02 name", all of them
	}{
		{"GB", 2026, []string{
			"2026-01-01 New Year's Day", "2026-04-03 Good Friday", "2026-04-06 Easter Monday",
			"2026-05-04 Early May", "2026-05-25 Spring Bank Holiday", "2026-08-31 Summer Bank Holiday",
			"2026-12-25 Christmas Day", "2026-12-26 Boxing Day", "2026-12-28 Boxing Day (observed)",
		}},
		{"AU", 2026, []string{
			"2026-01-01 New Year's Day", "2026-01-26 Australia Day", "2026-04-03 Good Friday",
			"2026-04-06 Easter Monday", "2026-04-25 ANZAC Day",
			"2026-12-25 Christmas Day", "2026-12-26 Boxing Day", "2026-12-28 Boxing Day (observed)",
		}},
		{"XX", 2026, nil},
	}
	for _, tt := range tests {
		var got []string
		for _, h := range Holidays(tt.country, tt.year) {
			got = append(got, h.Date.Format(time.DateOnly)+" "+h.Name)
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("Holidays(%q, %d) =\n%s\nwant\n%s", tt.country, tt.year, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
	}
}

func TestRegionForZone(t *testing.T) {
	tests := []struct{ zone, want string }{
		{"Australia/Melbourne", "AU-VIC"},
		{"Australia/Victoria", "AU-VIC"}, // old link
		{"Australia/Perth", "AU-WA"},
		{"Australia/Canberra", "AU-ACT"},    // a link to Sydney, but its own territory
		{"Australia/Broken_Hill", "AU-NSW"}, // South Australia's clock, New South Wales's holidays
		{"Europe/Berlin", "DE"},             // one zone for all of Germany: the country
		{"America/Toronto", "CA-ON"},
		{"UTC", ""},
	}
	for _, tt := range tests {
		if got := RegionForZone(tt.zone); got != tt.want {
			t.Errorf("RegionForZone(%q) = %q, want %q", tt.zone, got, tt.want)
		}
	}
	// Every Australian zone the runtime knows has its state: a zone left
	// out would silently get only the national days.
	for zone, cc := range zoneCountry {
		if cc == "AU" && !strings.HasPrefix(RegionForZone(zone), "AU-") {
			t.Errorf("RegionForZone(%q) = %q, want an Australian state", zone, RegionForZone(zone))
		}
	}
	for zone, region := range zoneRegion {
		if _, ok := regionLists[region]; !ok {
			t.Errorf("zoneRegion[%q] = %q, which has no holiday list", zone, region)
		}
	}
}

func TestRegionalHolidays(t *testing.T) {
	tests := []struct {
		code, day string
		want      string // "" for not a holiday
	}{
		{"AU-VIC", "2026-11-03", "Melbourne Cup"},
		{"AU-NSW", "2026-11-03", ""},
		{"AU", "2026-11-03", ""}, // the country: only the days every state keeps
		{"AU-WA", "2026-09-28", "Queen's Birthday"},
		{"AU-VIC", "2026-09-28", ""},
		{"DE-BY", "2026-01-06", "Heilige Drei Könige"},
		{"de-by", "2026-01-06", "Heilige Drei Könige"},
		{"DE-BE", "2026-01-06", ""},
		{"DE", "2026-01-06", ""},
		{"DE-BY", "2026-10-03", "Tag der Deutschen Einheit"},
		{"FR-IDF", "2026-07-14", "Fête Nationale"}, // no regional list: the country's
		{"CH-ZH", "2026-08-01", "Bundesfeiertag"},
	}
	for _, tt := range tests {
		day, err := time.Parse("2006-01-02", tt.day)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := IsHoliday(tt.code, day)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("IsHoliday(%q, %s) = %q, %v, want %q", tt.code, tt.day, got, ok, tt.want)
		}
	}
}

func TestCheckRegion(t *testing.T) {
	tests := []struct {
		in, want, err string
	}{
		{"fr", "FR", ""},
		{" DE-by ", "DE-BY", ""},
		{"AU-VIC", "AU-VIC", ""},
		{"DE-XX", "", "unknown region of DE: want one of DE-BB DE-BE"},
		{"FR-IDF", "", `regional holidays are not known for FR: use the country code "FR"`},
		{"France", "", "want a two-letter ISO 3166 country code"},
		{"", "", "want a two-letter"},
	}
	for _, tt := range tests {
		got, err := CheckRegion(tt.in)
		if got != tt.want || (err == nil) != (tt.err == "") || (err != nil && !strings.Contains(err.Error(), tt.err)) {
			t.Errorf("CheckRegion(%q) = %q, %v, want %q, error containing %q", tt.in, got, err, tt.want, tt.err)
		}
	}
}

func TestZoneForDomain(t *testing.T) {
	tests := []struct{ domain, want string }{
		{"northwind.de", "Europe/Berlin"},
		{"mail.acme.co.uk", "Europe/London"},
		{"ACME.FR.", "Europe/Paris"},
		{"kiwi.co.nz", "Pacific/Auckland"},
		{"startup.io", ""},  // a sound, not a country
		{"startup.co", ""},  // same
		{"acme.com", ""},    // generic
		{"acme.com.au", ""}, // a country of several zones
		{"example.us", ""},
		{"localhost", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := ZoneForDomain(tt.domain); got != tt.want {
			t.Errorf("ZoneForDomain(%q) = %q, want %q", tt.domain, got, tt.want)
		}
	}
	for tld, zone := range domainZones {
		if _, err := time.LoadLocation(zone); err != nil {
			t.Errorf("domainZones[%q] = %q: %v", tld, zone, err)
		}
		cc := strings.ToUpper(tld)
		if cc == "UK" {
			cc = "GB"
		}
		if got := CountryForZone(zone); got != cc {
			t.Errorf("domainZones[%q] = %q, which is in %q, want a zone of %s", tld, zone, got, cc)
		}
	}
}

func TestCountryForDomain(t *testing.T) {
	tests := []struct{ name, domain, want string }{
		{"Canada, a country of several zones", "acme.ca", "CA"},
		{"the United Kingdom's ending", "mail.acme.co.uk", "GB"},
		{"Ireland", "acme.ie", "IE"},
		{"upper case, trailing dot", "ACME.NL.", "NL"},
		{"the United States", "example.us", "US"},
		{"generic", "acme.com", ""},
		{"a sound, not a country", "startup.io", ""},
		{"Colombia's ending, a sound too", "startup.co", ""},
		{"the European Union is no country", "agency.eu", ""},
		{"no dot", "localhost", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CountryForDomain(tt.domain); got != tt.want {
				t.Errorf("CountryForDomain(%q) = %q, want %q", tt.domain, got, tt.want)
			}
		})
	}
	for tld, zone := range domainZones {
		if got, want := CountryForDomain("x."+tld), CountryForZone(zone); got != want {
			t.Errorf("CountryForDomain(x.%s) = %q, want %q (the country of %s)", tld, got, want, zone)
		}
	}
}

package message

import (
	"encoding/xml"
	"os"
	"strings"
	"testing"
)

// TestZoneInCountry: a Windows name shared by several countries resolves to
// the zone CLDR gives the country, written as Outlook writes it.
func TestZoneInCountry(t *testing.T) {
	tests := []struct {
		name, tzid, country, want string
		ok                        bool
	}{
		{"Eastern in Canada", "Eastern Standard Time", "CA", "America/Toronto", true},
		{"Eastern in the US", "Eastern Standard Time", "US", "America/New_York", true},
		{"Eastern, lower case country", "Eastern Standard Time", "ca", "America/Toronto", true},
		{"Outlook's variant suffix", "Eastern Standard Time 1", "CA", "America/Toronto", true},
		{"other case", "eastern standard time", "CA", "America/Toronto", true},
		{"Outlook display name", "(UTC-05:00) Eastern Time (US & Canada)", "CA", "America/Toronto", true},
		{"Central in Canada", "Central Standard Time", "CA", "America/Winnipeg", true},
		{"GMT in Ireland", "GMT Standard Time", "IE", "Europe/Dublin", true},
		{"GMT in Portugal", "GMT Standard Time", "PT", "Europe/Lisbon", true},
		{"GMT display name in Ireland", "(UTC+00:00) Dublin, Edinburgh, Lisbon, London", "IE", "Europe/Dublin", true},
		{"W. Europe in the Netherlands", "W. Europe Standard Time", "NL", "Europe/Amsterdam", true},
		{"W. Europe in Switzerland", "W. Europe Standard Time", "CH", "Europe/Zurich", true},
		{"Romance in Spain", "Romance Standard Time", "ES", "Europe/Madrid", true},
		{"Romance in Denmark", "Romance Standard Time", "DK", "Europe/Copenhagen", true},
		{"FLE in Ukraine: the current name", "FLE Standard Time", "UA", "Europe/Kyiv", true},
		{"a country the name does not cover", "W. Europe Standard Time", "FR", "", false},
		{"no country", "Eastern Standard Time", "", "", false},
		{"an IANA name is no Windows name", "America/New_York", "CA", "", false},
		{"a name of one country", "Tokyo Standard Time", "JP", "", false},
		{"empty", "", "CA", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ZoneInCountry(tt.tzid, tt.country)
			if got != tt.want || ok != tt.ok {
				t.Errorf("ZoneInCountry(%q, %q) = %q, %v, want %q, %v", tt.tzid, tt.country, got, ok, tt.want, tt.ok)
			}
		})
	}
}

// TestTerritoryZones: every name of windowsTerritories is a Windows name,
// each zone loads, and, when Debian's unicode-cldr-core is installed, each entry is the
// first zone CLDR's windowsZones.xml gives the territory, and no territory
// of a name in the table is missing.
func TestTerritoryZones(t *testing.T) {
	for w, byCountry := range windowsTerritories {
		if _, ok := windowsZones[w]; !ok {
			t.Errorf("%q is not in windowsZones", w)
		}
		for c, z := range byCountry {
			if !loadable(z) {
				t.Errorf("%q in %s: %q does not load", w, c, z)
			}
		}
	}
	raw, err := os.ReadFile("/usr/share/unicode/cldr/common/supplemental/windowsZones.xml")
	if err != nil {
		t.Skipf("CLDR windowsZones.xml not installed (apt-get install unicode-cldr-core): %v", err)
	}
	var s struct {
		Zones []struct {
			Other     string `xml:"other,attr"`
			Territory string `xml:"territory,attr"`
			Type      string `xml:"type,attr"`
		} `xml:"windowsZones>mapTimezones>mapZone"`
	}
	if err := xml.Unmarshal(raw, &s); err != nil {
		t.Fatal(err)
	}
	current := map[string]string{"Atlantic/Faeroe": "Atlantic/Faroe", "Europe/Kiev": "Europe/Kyiv"}
	cldr := map[string]map[string]string{}
	for _, z := range s.Zones {
		first, _, _ := strings.Cut(z.Type, " ")
		if c, ok := current[first]; ok {
			first = c
		}
		if cldr[z.Other] == nil {
			cldr[z.Other] = map[string]string{}
		}
		cldr[z.Other][z.Territory] = first
	}
	for w, byCountry := range windowsTerritories {
		for c, z := range byCountry {
			if want := cldr[w][c]; z != want {
				t.Errorf("%q in %s: %q, CLDR says %q", w, c, z, want)
			}
		}
		for c, want := range cldr[w] {
			if _, ok := byCountry[c]; !ok && c != "001" && c != "ZZ" {
				t.Errorf("%q in %s (CLDR %q) is missing", w, c, want)
			}
		}
	}
}

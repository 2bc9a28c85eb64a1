package message

import "strings"

// windowsTerritories maps a Windows time-zone name that Outlook and
// Exchange use for several countries to the IANA zone Unicode CLDR
// windowsZones.xml gives for each territory (ISO 3166-1 alpha-2): the
// first zone of the territory's mapZone, with the current name where
// tzdata keeps the CLDR one only as a link (Europe/Kiev → Europe/Kyiv).
// windowsZones keeps territory 001 only ("Eastern Standard Time" →
// America/New_York); this table lets a caller who knows the country
// (from an employer's mail domain) pick Toronto instead. Only the names
// shared by countries with different holidays are here; TestTerritoryZones
// checks the table against CLDR's windowsZones.xml when it is installed.
var windowsTerritories = map[string]map[string]string{
	"Eastern Standard Time": {
		"BS": "America/Nassau", "CA": "America/Toronto", "US": "America/New_York",
	},
	"Central Standard Time": {
		"CA": "America/Winnipeg", "MX": "America/Matamoros", "US": "America/Chicago",
	},
	"Mountain Standard Time": {
		"CA": "America/Edmonton", "MX": "America/Ojinaga", "US": "America/Denver",
	},
	"Pacific Standard Time": {
		"CA": "America/Vancouver", "US": "America/Los_Angeles",
	},
	"Atlantic Standard Time": {
		"BM": "Atlantic/Bermuda", "CA": "America/Halifax", "GL": "America/Thule",
	},
	"GMT Standard Time": {
		"ES": "Atlantic/Canary", "FO": "Atlantic/Faroe", "GB": "Europe/London", "GG": "Europe/Guernsey",
		"IE": "Europe/Dublin", "IM": "Europe/Isle_of_Man", "JE": "Europe/Jersey", "PT": "Europe/Lisbon",
	},
	"W. Europe Standard Time": {
		"AD": "Europe/Andorra", "AT": "Europe/Vienna", "CH": "Europe/Zurich", "DE": "Europe/Berlin",
		"GI": "Europe/Gibraltar", "IT": "Europe/Rome", "LI": "Europe/Vaduz", "LU": "Europe/Luxembourg",
		"MC": "Europe/Monaco", "MT": "Europe/Malta", "NL": "Europe/Amsterdam", "NO": "Europe/Oslo",
		"SE": "Europe/Stockholm", "SJ": "Arctic/Longyearbyen", "SM": "Europe/San_Marino", "VA": "Europe/Vatican",
	},
	"Romance Standard Time": {
		"BE": "Europe/Brussels", "DK": "Europe/Copenhagen", "ES": "Europe/Madrid", "FR": "Europe/Paris",
	},
	"Central Europe Standard Time": {
		"AL": "Europe/Tirane", "CZ": "Europe/Prague", "HU": "Europe/Budapest", "ME": "Europe/Podgorica",
		"RS": "Europe/Belgrade", "SI": "Europe/Ljubljana", "SK": "Europe/Bratislava",
	},
	"Central European Standard Time": {
		"BA": "Europe/Sarajevo", "HR": "Europe/Zagreb", "MK": "Europe/Skopje", "PL": "Europe/Warsaw",
	},
	"FLE Standard Time": {
		"AX": "Europe/Mariehamn", "BG": "Europe/Sofia", "EE": "Europe/Tallinn", "FI": "Europe/Helsinki",
		"LT": "Europe/Vilnius", "LV": "Europe/Riga", "UA": "Europe/Kyiv",
	},
	"GTB Standard Time": {
		"CY": "Asia/Nicosia", "GR": "Europe/Athens", "RO": "Europe/Bucharest",
	},
}

// ZoneInCountry returns the IANA zone of a Windows time-zone name (also
// with Outlook's " 1" suffix, or as an Outlook display name such as
// "(UTC-05:00) Eastern Time (US & Canada)") in one country (ISO 3166-1
// alpha-2, any case): "Eastern Standard Time" in "CA" is America/Toronto,
// where IANAZone gives America/New_York for every country. ok is false
// when the TZID is no such name, or CLDR gives the name no zone in that
// country (the caller keeps IANAZone's).
func ZoneInCountry(tzid, country string) (name string, ok bool) {
	w, found := windowsKey(tzid)
	if !found {
		return "", false
	}
	n, found := windowsTerritories[w][strings.ToUpper(strings.TrimSpace(country))]
	if !found || !loadable(n) {
		return "", false
	}
	return n, true
}

// windowsKey returns the Windows name, as windowsZones spells it, that a
// TZID writes directly (any case, with or without a variant suffix) or as
// an Outlook display name.
func windowsKey(tzid string) (string, bool) {
	s := strings.TrimSpace(strings.Trim(strings.TrimSpace(tzid), `"'`))
	if s == "" || len(s) > 200 {
		return "", false
	}
	if loc := displayPrefix.FindStringIndex(s); loc != nil {
		rest := strings.ToLower(strings.Join(strings.Fields(foldAccents(s[loc[1]:])), " "))
		if w, ok := displayNames[rest]; ok {
			return w, true
		}
		if i := strings.Index(rest, " : "); i >= 0 {
			if w, ok := displayNames[rest[i+3:]]; ok {
				return w, true
			}
		}
		return "", false
	}
	s = variantSuffix.ReplaceAllString(s, "")
	if _, ok := windowsZones[s]; ok {
		return s, true
	}
	for k := range windowsZones {
		if strings.EqualFold(k, s) {
			return k, true
		}
	}
	return "", false
}

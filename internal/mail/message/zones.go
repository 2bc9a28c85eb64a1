package message

//go:generate go run gen_windowszones.go -out windowszones.go

import (
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// displayNames maps the city part of common Outlook display names ("(UTC-05:00) Eastern Time
// (US & Canada)" without its offset prefix, lower case) to the Windows zone name. CLDR has no
// display names; this covers the names Outlook writes most often, the rest is resolved by city.
var displayNames = map[string]string{
	"international date line west":         "Dateline Standard Time",
	"coordinated universal time-11":        "UTC-11",
	"hawaii":                               "Hawaiian Standard Time",
	"alaska":                               "Alaskan Standard Time",
	"pacific time (us & canada)":           "Pacific Standard Time",
	"pacific time (us and canada)":         "Pacific Standard Time",
	"baja california":                      "Pacific Standard Time (Mexico)",
	"arizona":                              "US Mountain Standard Time",
	"mountain time (us & canada)":          "Mountain Standard Time",
	"mountain time (us and canada)":        "Mountain Standard Time",
	"chihuahua, la paz, mazatlan":          "Mountain Standard Time (Mexico)",
	"central america":                      "Central America Standard Time",
	"central time (us & canada)":           "Central Standard Time",
	"central time (us and canada)":         "Central Standard Time",
	"guadalajara, mexico city, monterrey":  "Central Standard Time (Mexico)",
	"saskatchewan":                         "Canada Central Standard Time",
	"bogota, lima, quito, rio branco":      "SA Pacific Standard Time",
	"bogota, lima, quito":                  "SA Pacific Standard Time",
	"eastern time (us & canada)":           "Eastern Standard Time",
	"eastern time (us and canada)":         "Eastern Standard Time",
	"indiana (east)":                       "US Eastern Standard Time",
	"atlantic time (canada)":               "Atlantic Standard Time",
	"caracas":                              "Venezuela Standard Time",
	"georgetown, la paz, manaus, san juan": "SA Western Standard Time",
	"santiago":                             "Pacific SA Standard Time",
	"newfoundland":                         "Newfoundland Standard Time",
	"brasilia":                             "E. South America Standard Time",
	"city of buenos aires":                 "Argentina Standard Time",
	"buenos aires":                         "Argentina Standard Time",
	"cayenne, fortaleza":                   "SA Eastern Standard Time",
	"coordinated universal time-02":        "UTC-02",
	"azores":                               "Azores Standard Time",
	"cabo verde is.":                       "Cape Verde Standard Time",
	"coordinated universal time":           "UTC",
	"dublin, edinburgh, lisbon, london":    "GMT Standard Time",
	"monrovia, reykjavik":                  "Greenwich Standard Time",
	"casablanca":                           "Morocco Standard Time",
	"amsterdam, berlin, bern, rome, stockholm, vienna":  "W. Europe Standard Time",
	"belgrade, bratislava, budapest, ljubljana, prague": "Central Europe Standard Time",
	"brussels, copenhagen, madrid, paris":               "Romance Standard Time",
	"sarajevo, skopje, warsaw, zagreb":                  "Central European Standard Time",
	"west central africa":                               "W. Central Africa Standard Time",
	"athens, bucharest":                                 "GTB Standard Time",
	"athens, bucharest, istanbul":                       "GTB Standard Time",
	"cairo":                                             "Egypt Standard Time",
	"helsinki, kyiv, riga, sofia, tallinn, vilnius":     "FLE Standard Time",
	"helsinki, kiev, riga, sofia, tallinn, vilnius":     "FLE Standard Time",
	"jerusalem":                             "Israel Standard Time",
	"harare, pretoria":                      "South Africa Standard Time",
	"istanbul":                              "Turkey Standard Time",
	"moscow, st. petersburg":                "Russian Standard Time",
	"moscow, st. petersburg, volgograd":     "Russian Standard Time",
	"kuwait, riyadh":                        "Arab Standard Time",
	"nairobi":                               "E. Africa Standard Time",
	"tehran":                                "Iran Standard Time",
	"abu dhabi, muscat":                     "Arabian Standard Time",
	"islamabad, karachi":                    "Pakistan Standard Time",
	"chennai, kolkata, mumbai, new delhi":   "India Standard Time",
	"kathmandu":                             "Nepal Standard Time",
	"dhaka":                                 "Bangladesh Standard Time",
	"bangkok, hanoi, jakarta":               "SE Asia Standard Time",
	"beijing, chongqing, hong kong, urumqi": "China Standard Time",
	"kuala lumpur, singapore":               "Singapore Standard Time",
	"perth":                                 "W. Australia Standard Time",
	"taipei":                                "Taipei Standard Time",
	"osaka, sapporo, tokyo":                 "Tokyo Standard Time",
	"seoul":                                 "Korea Standard Time",
	"adelaide":                              "Cen. Australia Standard Time",
	"darwin":                                "AUS Central Standard Time",
	"brisbane":                              "E. Australia Standard Time",
	"canberra, melbourne, sydney":           "AUS Eastern Standard Time",
	"hobart":                                "Tasmania Standard Time",
	"auckland, wellington":                  "New Zealand Standard Time",
	"greenwich mean time : dublin, edinburgh, lisbon, london": "GMT Standard Time",
}

// displayPrefix matches the offset prefix of an Outlook display name: "(UTC-05:00) ", "(GMT) ", "(UTC) ".
var displayPrefix = regexp.MustCompile(`^\(\s*(?:UTC|GMT)\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?\s*\)\s*`)

// variantSuffix matches the " 1", " 2" Outlook appends to a Windows name when it saw two definitions.
var variantSuffix = regexp.MustCompile(`\s+\d+$`)

// IANAZone returns the IANA zone name for an iCalendar TZID: an IANA name ("Europe/London",
// also with a Mozilla-style path prefix such as "/mozilla.org/20050126_1/Europe/London"), a
// Windows name ("Eastern Standard Time", "Eastern Standard Time 1"; mapped with Unicode CLDR
// windowsZones, territory 001), or an Outlook display name ("(UTC-05:00) Eastern Time (US &
// Canada)"). ok is false when the TZID names no zone this machine's tzdata knows. UTC names
// return "UTC".
func IANAZone(tzid string) (name string, ok bool) {
	s := strings.TrimSpace(strings.Trim(strings.TrimSpace(tzid), `"'`))
	if s == "" || len(s) > 200 {
		return "", false
	}
	switch strings.ToUpper(s) {
	case "UTC", "GMT", "Z", "ETC/UTC", "ETC/GMT", "UNIVERSAL", "ZULU", "COORDINATED UNIVERSAL TIME":
		return "UTC", true
	}
	if n, ok := windowsName(s); ok {
		return n, true
	}
	if n, ok := displayName(s); ok {
		return n, true
	}
	if strings.ContainsRune(s, '/') {
		parts := strings.Split(strings.Trim(s, "/"), "/")
		for i := 0; i < len(parts); i++ {
			cand := strings.Join(parts[i:], "/")
			if isIANA(cand) {
				return cand, true
			}
		}
		return "", false
	}
	if isIANA(s) {
		return s, true
	}
	return "", false
}

// windowsName maps a Windows zone name, case-insensitively and without an Outlook " 1" suffix.
func windowsName(s string) (string, bool) {
	if n, ok := windowsZones[s]; ok {
		return n, loadable(n)
	}
	if trimmed := variantSuffix.ReplaceAllString(s, ""); trimmed != s {
		if n, ok := windowsZones[trimmed]; ok {
			return n, loadable(n)
		}
		s = trimmed
	}
	for k, n := range windowsZones {
		if strings.EqualFold(k, s) {
			return n, loadable(n)
		}
	}
	return "", false
}

// displayName maps an Outlook display name via the table, then by the first known city.
func displayName(s string) (string, bool) {
	loc := displayPrefix.FindStringIndex(s)
	if loc == nil {
		return "", false
	}
	rest := strings.ToLower(strings.Join(strings.Fields(foldAccents(s[loc[1]:])), " "))
	if i := strings.Index(rest, " : "); i >= 0 {
		if w, ok := displayNames[rest]; ok {
			return windowsName(w)
		}
		rest = rest[i+3:]
	}
	if w, ok := displayNames[rest]; ok {
		return windowsName(w)
	}
	for _, city := range strings.FieldsFunc(rest, func(r rune) bool { return r == ',' || r == '&' || r == ';' }) {
		city = strings.TrimSpace(city)
		if n, ok := zoneCities[city]; ok && loadable(n) {
			return n, true
		}
	}
	return "", false
}

// foldAccents removes diacritics ("Brasília" → "Brasilia") so display names match the table.
func foldAccents(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// isIANA reports whether s looks like an IANA zone name and tzdata has it.
func isIANA(s string) bool {
	if s == "" || s == "Local" || strings.ContainsAny(s, " \t\\") {
		return false
	}
	return loadable(s)
}

var (
	zoneMu    sync.Mutex
	zoneCache = map[string]*time.Location{}
	zoneMiss  = map[string]bool{}
)

// loadable reports whether time.LoadLocation knows name (cached).
func loadable(name string) bool {
	return loadZone(name) != nil
}

// loadZone is time.LoadLocation with a cache (LoadLocation reads tzdata from disk on every call);
// nil when unknown. Failures are cached up to a bound so hostile TZIDs cannot grow it.
func loadZone(name string) *time.Location {
	zoneMu.Lock()
	defer zoneMu.Unlock()
	if loc, ok := zoneCache[name]; ok {
		return loc
	}
	if zoneMiss[name] {
		return nil
	}
	loc, err := time.LoadLocation(name)
	if err != nil || name == "" || name == "Local" {
		if len(zoneMiss) < 4096 {
			zoneMiss[name] = true
		}
		return nil
	}
	if len(zoneCache) < 4096 {
		zoneCache[name] = loc
	}
	return loc
}

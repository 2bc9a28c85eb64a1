package schedule

import "strings"

//go:generate go run gen_zones.go -o zones_gen.go

// CountryForZone returns the ISO 3166-1 alpha-2 code of the country an IANA
// time zone belongs to ("America/Toronto" → "CA", "Europe/Berlin" → "DE"),
// or "" when the zone names no country ("UTC", "Etc/GMT+5") or is unknown.
// Old names that the tz database keeps as links ("US/Eastern",
// "Asia/Calcutta") are known too. The table is generated from the tz
// database's zone.tab; see gen_zones.go.
func CountryForZone(zone string) string {
	return zoneCountry[zone]
}

// zoneRegion names the Australian state or territory of each Australian
// zone, current names and old links alike. Australia is the one country
// whose tz zones follow the borders of subdivisions with their own public
// holidays (Melbourne Cup Day in Victoria, the King's Birthday in September
// in Western Australia); Germany's and Switzerland's zones are one per
// country, and Canada's and the United Kingdom's regional lists are not in
// rickar/cal. Lord Howe Island belongs to New South Wales; Eucla, on
// Western Australia's time, to Western Australia; Macquarie Island to Tasmania; Broken Hill (Yancowinna)
// keeps South Australia's clock but New South Wales's holidays.
var zoneRegion = map[string]string{
	"Australia/ACT": "AU-ACT", "Australia/Canberra": "AU-ACT",
	"Australia/Sydney": "AU-NSW", "Australia/NSW": "AU-NSW", "Australia/Broken_Hill": "AU-NSW",
	"Australia/Yancowinna": "AU-NSW", "Australia/Lord_Howe": "AU-NSW", "Australia/LHI": "AU-NSW",
	"Australia/Darwin": "AU-NT", "Australia/North": "AU-NT",
	"Australia/Brisbane": "AU-QLD", "Australia/Queensland": "AU-QLD", "Australia/Lindeman": "AU-QLD",
	"Australia/Adelaide": "AU-SA", "Australia/South": "AU-SA",
	"Australia/Hobart": "AU-TAS", "Australia/Tasmania": "AU-TAS", "Australia/Currie": "AU-TAS",
	"Antarctica/Macquarie": "AU-TAS",
	"Australia/Melbourne":  "AU-VIC", "Australia/Victoria": "AU-VIC",
	"Australia/Perth": "AU-WA", "Australia/West": "AU-WA", "Australia/Eucla": "AU-WA",
}

// RegionForZone returns the code whose public holidays apply to someone
// in zone: the region ("AU-VIC") where the zone pins one whose holidays are
// known, else CountryForZone. Pass it as a Request's Country.
func RegionForZone(zone string) string {
	if r, ok := zoneRegion[zone]; ok {
		return r
	}
	return CountryForZone(zone)
}

// domainZones gives the time zone of the countries whose country-code
// top-level domain tells where an employer is, in countries that keep one
// civil time (or, like Spain and Portugal, where the mainland's is the one
// nearly every employer keeps). The ccTLDs that companies use for their
// sound, not their country (.io, .ai, .co, .me, .tv, .ly, .fm, .gg), and
// countries with several zones on the mainland (.us, .ca, .au, .br, .ru,
// .mx), are left out: they say nothing about the clock.
var domainZones = map[string]string{
	"uk": "Europe/London", "gb": "Europe/London", "ie": "Europe/Dublin", "fr": "Europe/Paris", "de": "Europe/Berlin",
	"nl": "Europe/Amsterdam", "be": "Europe/Brussels", "lu": "Europe/Luxembourg", "ch": "Europe/Zurich",
	"at": "Europe/Vienna", "it": "Europe/Rome", "es": "Europe/Madrid", "pt": "Europe/Lisbon", "dk": "Europe/Copenhagen",
	"se": "Europe/Stockholm", "no": "Europe/Oslo", "fi": "Europe/Helsinki", "is": "Atlantic/Reykjavik",
	"pl": "Europe/Warsaw", "cz": "Europe/Prague", "sk": "Europe/Bratislava", "hu": "Europe/Budapest",
	"ro": "Europe/Bucharest", "bg": "Europe/Sofia", "gr": "Europe/Athens", "hr": "Europe/Zagreb",
	"si": "Europe/Ljubljana", "rs": "Europe/Belgrade", "ee": "Europe/Tallinn", "lv": "Europe/Riga",
	"lt": "Europe/Vilnius", "ua": "Europe/Kyiv", "tr": "Europe/Istanbul", "il": "Asia/Jerusalem",
	"ae": "Asia/Dubai", "sa": "Asia/Riyadh", "qa": "Asia/Qatar", "eg": "Africa/Cairo", "za": "Africa/Johannesburg",
	"ng": "Africa/Lagos", "ke": "Africa/Nairobi", "ma": "Africa/Casablanca", "in": "Asia/Kolkata",
	"pk": "Asia/Karachi", "sg": "Asia/Singapore", "my": "Asia/Kuala_Lumpur", "ph": "Asia/Manila",
	"th": "Asia/Bangkok", "vn": "Asia/Ho_Chi_Minh", "hk": "Asia/Hong_Kong", "tw": "Asia/Taipei",
	"cn": "Asia/Shanghai", "jp": "Asia/Tokyo", "kr": "Asia/Seoul", "nz": "Pacific/Auckland",
	"ar": "America/Argentina/Buenos_Aires", "cl": "America/Santiago", "pe": "America/Lima",
	"uy": "America/Montevideo", "cr": "America/Costa_Rica",
}

// ZoneForDomain guesses an employer's time zone from its mail domain's
// country-code ending ("northwind.de" → "Europe/Berlin", "acme.co.uk" →
// "Europe/London"), for when neither the invitation nor the text names a
// zone. It returns "" when the domain says nothing about the clock.
func ZoneForDomain(domain string) string {
	domain = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(domain)), ".")
	i := strings.LastIndexByte(domain, '.')
	if i < 0 {
		return ""
	}
	return domainZones[domain[i+1:]]
}

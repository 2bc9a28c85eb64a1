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

// zoneRegion names the region with its own public holidays that a zone
// implies, current names and old links alike: each Australian zone's state
// or territory (Melbourne Cup Day in Victoria, the King's Birthday in
// September in Western Australia), the Canadian province a zone is named
// for, the US state of a zone that lies in one. Germany's and Switzerland's
// zones are one per country, and Europe/London covers all four UK nations:
// their regions come from a region code (config, --country). Lord Howe Island belongs to New South Wales; Eucla, on
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

	// Canada: a zone named for a province's city is that province's
	// (America/Toronto also keeps most of Quebec's clock, but its name, and
	// most of its people, are Ontario's; America/Montreal, a link, is
	// Quebec's).
	"America/Vancouver": "CA-BC", "Canada/Pacific": "CA-BC",
	"America/Edmonton": "CA-AB", "Canada/Mountain": "CA-AB",
	"America/Regina": "CA-SK", "America/Swift_Current": "CA-SK", "Canada/Saskatchewan": "CA-SK",
	"America/Winnipeg": "CA-MB", "Canada/Central": "CA-MB",
	"America/Toronto": "CA-ON", "Canada/Eastern": "CA-ON", "America/Thunder_Bay": "CA-ON", "America/Nipigon": "CA-ON",
	"America/Montreal": "CA-QC",
	"America/Halifax":  "CA-NS", "America/Glace_Bay": "CA-NS", "Canada/Atlantic": "CA-NS",
	"America/Moncton":  "CA-NB",
	"America/St_Johns": "CA-NL", "America/Goose_Bay": "CA-NL", "Canada/Newfoundland": "CA-NL",
	"America/Whitehorse": "CA-YT", "America/Dawson": "CA-YT", "Canada/Yukon": "CA-YT",
	"America/Yellowknife": "CA-NT", "America/Inuvik": "CA-NT",
	"America/Iqaluit": "CA-NU", "America/Rankin_Inlet": "CA-NU", "America/Cambridge_Bay": "CA-NU", "America/Pangnirtung": "CA-NU",

	// United States: the zones that lie in one state. America/New_York,
	// Chicago, Denver and Los_Angeles span many and name none.
	"America/Phoenix": "US-AZ", "US/Arizona": "US-AZ",
	"Pacific/Honolulu": "US-HI", "US/Hawaii": "US-HI",
	"America/Anchorage": "US-AK", "America/Juneau": "US-AK", "America/Sitka": "US-AK", "America/Metlakatla": "US-AK",
	"America/Yakutat": "US-AK", "America/Nome": "US-AK", "America/Adak": "US-AK", "US/Alaska": "US-AK", "US/Aleutian": "US-AK",
	"America/Boise":   "US-ID",
	"America/Detroit": "US-MI", "America/Menominee": "US-MI", "US/Michigan": "US-MI",
	"America/Indiana/Indianapolis": "US-IN", "America/Indianapolis": "US-IN", "America/Indiana/Knox": "US-IN",
	"America/Indiana/Marengo": "US-IN", "America/Indiana/Petersburg": "US-IN", "America/Indiana/Tell_City": "US-IN",
	"America/Indiana/Vevay": "US-IN", "America/Indiana/Vincennes": "US-IN", "America/Indiana/Winamac": "US-IN",
	"US/East-Indiana": "US-IN", "US/Indiana-Starke": "US-IN",
	"America/Kentucky/Louisville": "US-KY", "America/Louisville": "US-KY", "America/Kentucky/Monticello": "US-KY",
	"America/North_Dakota/Center": "US-ND", "America/North_Dakota/New_Salem": "US-ND", "America/North_Dakota/Beulah": "US-ND",

	// United Kingdom: only Northern Ireland's old link names a nation.
	"Europe/Belfast": "GB-NIR",
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
	return domainZones[topLevel(domain)]
}

// topLevel returns the lower-case last label of a mail domain ("acme.co.uk"
// → "uk"), or "" for a name without a dot.
func topLevel(domain string) string {
	domain = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(domain)), ".")
	i := strings.LastIndexByte(domain, '.')
	if i < 0 {
		return ""
	}
	return domain[i+1:]
}

// vanityTLDs are the country-code endings that companies choose for their
// sound, not their country: they name no country.
var vanityTLDs = map[string]bool{
	"io": true, "ai": true, "co": true, "me": true, "tv": true, "ly": true, "fm": true, "gg": true,
	"to": true, "sh": true, "so": true, "vc": true, "ws": true, "cc": true, "la": true, "am": true,
	"eu": true, "su": true, "ac": true,
}

// CountryForDomain returns the ISO 3166-1 alpha-2 code of the country a
// mail domain's country-code ending names ("acme.ca" → "CA", "acme.co.uk"
// → "GB"), also for countries of several zones, whose clock ZoneForDomain
// cannot tell; "" for a generic ending (.com, .org) or one companies pick
// for its sound (.io, .ai, .co). It lets a zone name that several
// countries share (Outlook's "Eastern Standard Time") be placed.
func CountryForDomain(domain string) string {
	tld := topLevel(domain)
	if len(tld) != 2 || vanityTLDs[tld] || tld[0] < 'a' || tld[0] > 'z' || tld[1] < 'a' || tld[1] > 'z' {
		return ""
	}
	if tld == "uk" {
		return "GB"
	}
	return strings.ToUpper(tld)
}

package schedule

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

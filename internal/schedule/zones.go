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

package schedule

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/ar"
	"github.com/rickar/cal/v2/at"
	"github.com/rickar/cal/v2/au"
	"github.com/rickar/cal/v2/be"
	"github.com/rickar/cal/v2/bg"
	"github.com/rickar/cal/v2/br"
	"github.com/rickar/cal/v2/ca"
	"github.com/rickar/cal/v2/ch"
	"github.com/rickar/cal/v2/cz"
	"github.com/rickar/cal/v2/de"
	"github.com/rickar/cal/v2/dk"
	"github.com/rickar/cal/v2/es"
	"github.com/rickar/cal/v2/fr"
	"github.com/rickar/cal/v2/gb"
	"github.com/rickar/cal/v2/gr"
	"github.com/rickar/cal/v2/hr"
	"github.com/rickar/cal/v2/ie"
	"github.com/rickar/cal/v2/it"
	"github.com/rickar/cal/v2/jp"
	"github.com/rickar/cal/v2/lt"
	"github.com/rickar/cal/v2/lv"
	"github.com/rickar/cal/v2/mw"
	"github.com/rickar/cal/v2/nc"
	"github.com/rickar/cal/v2/nl"
	"github.com/rickar/cal/v2/no"
	"github.com/rickar/cal/v2/nz"
	"github.com/rickar/cal/v2/pl"
	"github.com/rickar/cal/v2/ro"
	"github.com/rickar/cal/v2/ru"
	"github.com/rickar/cal/v2/se"
	"github.com/rickar/cal/v2/si"
	"github.com/rickar/cal/v2/sk"
	"github.com/rickar/cal/v2/ua"
	"github.com/rickar/cal/v2/us"
	"github.com/rickar/cal/v2/za"
)

// holidayLists gives, per ISO 3166 country, the holiday lists of
// github.com/rickar/cal/v2. A day is a holiday of the country when it is a
// holiday (actual or observed) in every list. Most countries have one
// national list. Australia has none, only one per state and territory, so
// its national holidays are the days all eight agree on (New Year, Australia
// Day, Good Friday, Easter Monday, ANZAC Day, Christmas, Boxing Day and their
// substitutes where all states move them). The United Kingdom's list is that
// of England and Wales.
var holidayLists = map[string][][]*cal.Holiday{
	"AR": {ar.Holidays},
	"AT": {at.Holidays},
	"AU": {au.HolidaysACT, au.HolidaysNSW, au.HolidaysNT, au.HolidaysQLD,
		au.HolidaysSA, au.HolidaysTAS, au.HolidaysVIC, au.HolidaysWA},
	"BE": {be.Holidays},
	"BG": {bg.Holidays},
	"BR": {br.Holidays},
	"CA": {ca.Holidays},
	"CH": {ch.Holidays},
	"CZ": {cz.Holidays},
	"DE": {de.Holidays},
	"DK": {dk.Holidays},
	"ES": {es.Holidays},
	"FR": {fr.Holidays},
	"GB": {gb.Holidays},
	"GR": {gr.Holidays},
	"HR": {hr.Holidays},
	"IE": {ie.Holidays},
	"IT": {it.Holidays},
	"JP": {jp.Holidays},
	"LT": {lt.Holidays},
	"LV": {lv.Holidays},
	"MW": {mw.Holidays},
	"NC": {nc.Holidays},
	"NL": {nl.Holidays},
	"NO": {no.Holidays},
	"NZ": {nz.Holidays},
	"PL": {pl.Holidays},
	"RO": {ro.Holidays},
	"RU": {ru.Holidays},
	"SE": {se.Holidays},
	"SI": {si.Holidays},
	"SK": {sk.Holidays},
	"UA": {ua.Holidays},
	"US": {us.Holidays},
	"ZA": {za.Holidays},
}

// regionLists gives the holiday lists of the ISO 3166-2 subdivisions whose
// own public holidays rickar/cal knows: Australia's states and territories,
// Germany's Länder and Switzerland's cantons. A region code ("AU-VIC",
// "DE-BY") in place of a country code selects its list.
var regionLists = map[string][]*cal.Holiday{
	"AU-ACT": au.HolidaysACT, "AU-NSW": au.HolidaysNSW, "AU-NT": au.HolidaysNT, "AU-QLD": au.HolidaysQLD,
	"AU-SA": au.HolidaysSA, "AU-TAS": au.HolidaysTAS, "AU-VIC": au.HolidaysVIC, "AU-WA": au.HolidaysWA,

	"DE-BW": de.HolidaysBW, "DE-BY": de.HolidaysBY, "DE-BE": de.HolidaysBE, "DE-BB": de.HolidaysBB,
	"DE-HB": de.HolidaysHB, "DE-HH": de.HolidaysHH, "DE-HE": de.HolidaysHE, "DE-MV": de.HolidaysMV,
	"DE-NI": de.HolidaysNI, "DE-NW": de.HolidaysNW, "DE-RP": de.HolidaysRP, "DE-SL": de.HolidaysSL,
	"DE-SN": de.HolidaysSN, "DE-ST": de.HolidaysST, "DE-SH": de.HolidaysSH, "DE-TH": de.HolidaysTH,

	"CH-AG": ch.HolidaysAG, "CH-AI": ch.HolidaysAI, "CH-AR": ch.HolidaysAR, "CH-BE": ch.HolidaysBE,
	"CH-BL": ch.HolidaysBL, "CH-BS": ch.HolidaysBS, "CH-FR": ch.HolidaysFR, "CH-GE": ch.HolidaysGE,
	"CH-GL": ch.HolidaysGL, "CH-GR": ch.HolidaysGR, "CH-JU": ch.HolidaysJU, "CH-LU": ch.HolidaysLU,
	"CH-NE": ch.HolidaysNE, "CH-NW": ch.HolidaysNW, "CH-OW": ch.HolidaysOW, "CH-SG": ch.HolidaysSG,
	"CH-SH": ch.HolidaysSH, "CH-SO": ch.HolidaysSO, "CH-SZ": ch.HolidaysSZ, "CH-TG": ch.HolidaysTG,
	"CH-TI": ch.HolidaysTI, "CH-UR": ch.HolidaysUR, "CH-VD": ch.HolidaysVD, "CH-VS": ch.HolidaysVS,
	"CH-ZG": ch.HolidaysZG, "CH-ZH": ch.HolidaysZH,
}

// HolidayRegions lists, sorted, the ISO 3166-2 subdivision codes whose own
// public holidays are known ("AU-VIC", "CH-ZH", "DE-BY", …).
func HolidayRegions() []string {
	return slices.Sorted(maps.Keys(regionLists))
}

// CheckRegion validates a holiday code as the config and the command line
// take it: an ISO 3166-1 alpha-2 country ("FR"), or a subdivision
// ("DE-BY") whose holidays are known. It returns the code upper-cased.
func CheckRegion(code string) (string, error) {
	c := strings.ToUpper(strings.TrimSpace(code))
	country, _, hasSub := strings.Cut(c, "-")
	if len(country) != 2 || country[0] < 'A' || country[0] > 'Z' || country[1] < 'A' || country[1] > 'Z' {
		return "", fmt.Errorf("%q: want a two-letter ISO 3166 country code such as \"FR\" or \"US\", or a region such as \"DE-BY\"", code)
	}
	if !hasSub {
		return c, nil
	}
	if _, ok := regionLists[c]; ok {
		return c, nil
	}
	var known []string
	for _, r := range HolidayRegions() {
		if strings.HasPrefix(r, country+"-") {
			known = append(known, r)
		}
	}
	if len(known) == 0 {
		return "", fmt.Errorf("%q: regional holidays are not known for %s: use the country code %q", code, country, country)
	}
	return "", fmt.Errorf("%q: unknown region of %s: want one of %s", code, country, strings.Join(known, " "))
}

// lists returns the holiday lists for a country or region code. A region
// without its own list falls back to its country.
func lists(code string) [][]*cal.Holiday {
	code = strings.ToUpper(code)
	if l, ok := regionLists[code]; ok {
		return [][]*cal.Holiday{l}
	}
	country, _, _ := strings.Cut(code, "-")
	return holidayLists[country]
}

// HolidayCountries lists, sorted, the ISO 3166 codes whose public holidays
// are known. Other countries get no holidays: only the business days and
// hours of the Policy apply.
func HolidayCountries() []string {
	return slices.Sorted(maps.Keys(holidayLists))
}

// IsHoliday reports whether the calendar date of day (read in day's own
// location, so pass a time already converted to the recipient's zone) is a
// public holiday of country, either the holiday itself or the weekday it is
// observed on (a Saturday Christmas observed on Monday). name is the
// library's name for it, with " (observed)" for a substitute day. country
// may be a region ("AU-VIC", "DE-BY": see HolidayRegions); a region without
// its own list has its country's holidays. An unknown or empty country has
// no holidays.
func IsHoliday(country string, day time.Time) (name string, ok bool) {
	ls := lists(country)
	if len(ls) == 0 {
		return "", false
	}
	for i, list := range ls {
		n, ok := inList(list, day)
		if !ok {
			return "", false
		}
		if i == 0 {
			name = n
		}
	}
	return name, true
}

// inList checks one list. Holiday.Calc is evaluated for the year before and
// after too, because an observed day can cross New Year (a Saturday 1
// January observed on Friday 31 December).
func inList(list []*cal.Holiday, day time.Time) (string, bool) {
	y, m, d := day.Date()
	same := func(t time.Time) bool {
		if t.IsZero() {
			return false
		}
		ty, tm, td := t.Date()
		return ty == y && tm == m && td == d
	}
	for _, h := range list {
		for _, year := range [...]int{y, y - 1, y + 1} {
			actual, observed := h.Calc(year)
			if same(actual) {
				return h.Name, true
			}
			if same(observed) {
				return h.Name + " (observed)", true
			}
		}
	}
	return "", false
}

// Holiday is one day off in a country's calendar.
type Holiday struct {
	// Date is the day, at midnight UTC (only its calendar date matters).
	Date time.Time
	// Name is the library's name, with " (observed)" for a substitute day.
	Name string
}

// Holidays lists the public holidays of country in year, in date order, as
// IsHoliday sees them: the holidays and their observed substitute days.
// It is nil for a country without holiday data. country may be a region,
// as for IsHoliday.
func Holidays(country string, year int) []Holiday {
	if len(lists(country)) == 0 {
		return nil
	}
	var out []Holiday
	for d := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() == year; d = d.AddDate(0, 0, 1) {
		if name, ok := IsHoliday(country, d); ok {
			out = append(out, Holiday{Date: d, Name: name})
		}
	}
	return out
}

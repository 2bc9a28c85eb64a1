package schedule

import (
	"sort"
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

// HolidayCountries lists, sorted, the ISO 3166 codes whose public holidays
// are known. Other countries get no holidays: only the business days and
// hours of the Policy apply.
func HolidayCountries() []string {
	out := make([]string, 0, len(holidayLists))
	for c := range holidayLists {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// IsHoliday reports whether the calendar date of day (read in day's own
// location, so pass a time already converted to the recipient's zone) is a
// public holiday of country, either the holiday itself or the weekday it is
// observed on (a Saturday Christmas observed on Monday). name is the
// library's name for it, with " (observed)" for a substitute day. An unknown
// or empty country has no holidays.
func IsHoliday(country string, day time.Time) (name string, ok bool) {
	lists := holidayLists[strings.ToUpper(country)]
	if len(lists) == 0 {
		return "", false
	}
	for i, list := range lists {
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
// It is nil for a country without holiday data.
func Holidays(country string, year int) []Holiday {
	if len(holidayLists[strings.ToUpper(country)]) == 0 {
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

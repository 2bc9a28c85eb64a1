package schedule

import (
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/aa"
	"github.com/rickar/cal/v2/ca"
	"github.com/rickar/cal/v2/gb"
	"github.com/rickar/cal/v2/us"
)

// The public holidays of US states, Canadian provinces and territories and
// the United Kingdom's nations. github.com/rickar/cal/v2 (v2.1.32, the
// newest on the module proxy, as the pinned v2.1.13) has national lists
// only, so the regional days are written here with its types and date
// rules (cal.Holiday, cal.CalcDayOfMonth, cal.CalcWeekdayOffset,
// cal.CalcEasterOffset), and tested against published dates.
//
// A US state or Canadian province has its country's list (the federal
// holidays, as before) plus its own days: a letter is never sent on a
// day the region's offices close, and at worst waits a day where a
// federal holiday is not kept locally. The UK's list is England and
// Wales's; Scotland and Northern Ireland have their own.

var (
	// usWeekend moves a US holiday on a Saturday to Friday, on a Sunday to
	// Monday.
	usWeekend = []cal.AltDay{{Day: time.Saturday, Offset: -1}, {Day: time.Sunday, Offset: 1}}
	// mondayAfter moves a holiday on a weekend to the next Monday (Canada,
	// the United Kingdom).
	mondayAfter = []cal.AltDay{{Day: time.Saturday, Offset: 2}, {Day: time.Sunday, Offset: 1}}
)

func fixed(name string, month time.Month, day int, observed []cal.AltDay) *cal.Holiday {
	return &cal.Holiday{Name: name, Type: cal.ObservancePublic, Month: month, Day: day, Observed: observed, Func: cal.CalcDayOfMonth}
}

// nth is the n-th weekday of month (n < 0 counts from the month's end).
func nth(name string, month time.Month, wd time.Weekday, n int) *cal.Holiday {
	return &cal.Holiday{Name: name, Type: cal.ObservancePublic, Month: month, Weekday: wd, Offset: n, Func: cal.CalcWeekdayOffset}
}

func since(h *cal.Holiday, year int) *cal.Holiday { h.StartYear = year; return h }

var (
	patriotsDay        = nth("Patriots' Day", time.April, time.Monday, 3)
	dayAfterThanks     = us.DayAfterThanksgivingDay
	lincolnsBirthday   = fixed("Lincoln's Birthday", time.February, 12, usWeekend)
	goodFridayUS       = aa.GoodFriday.Clone(&cal.Holiday{Name: "Good Friday", Type: cal.ObservancePublic})
	mardiGras          = &cal.Holiday{Name: "Mardi Gras", Type: cal.ObservancePublic, Offset: -47, Func: cal.CalcEasterOffset}
	cesarChavezDay     = fixed("César Chávez Day", time.March, 31, []cal.AltDay{{Day: time.Sunday, Offset: 1}})
	kuhioDay           = fixed("Prince Jonah Kūhiō Kalanianaʻole Day", time.March, 26, usWeekend)
	kamehamehaDay      = fixed("King Kamehameha I Day", time.June, 11, usWeekend)
	statehoodDayHI     = nth("Statehood Day", time.August, time.Friday, 3)
	sewardsDay         = nth("Seward's Day", time.March, time.Monday, -1)
	alaskaDay          = fixed("Alaska Day", time.October, 18, usWeekend)
	townMeetingDay     = nth("Town Meeting Day", time.March, time.Tuesday, 1)
	benningtonDay      = fixed("Bennington Battle Day", time.August, 16, usWeekend)
	pioneerDay         = fixed("Pioneer Day", time.July, 24, usWeekend)
	emancipationDayDC  = fixed("DC Emancipation Day", time.April, 16, usWeekend)
	nevadaDay          = nth("Nevada Day", time.October, time.Friday, -1)
	westVirginiaDay    = fixed("West Virginia Day", time.June, 20, usWeekend)
	trumanDay          = fixed("Truman Day", time.May, 8, usWeekend)
	texasIndependence  = fixed("Texas Independence Day", time.March, 2, nil)
	sanJacintoDay      = fixed("San Jacinto Day", time.April, 21, nil)
	christmasEve       = fixed("Christmas Eve", time.December, 24, nil)
	dayAfterChristmas  = fixed("Day after Christmas", time.December, 26, nil)
	louisRielDay       = since(nth("Louis Riel Day", time.February, time.Monday, 3), 2008)
	islanderDay        = since(nth("Islander Day", time.February, time.Monday, 3), 2009)
	heritageDayNS      = since(nth("Heritage Day", time.February, time.Monday, 3), 2015)
	fetenationale      = fixed("Fête nationale du Québec", time.June, 24, []cal.AltDay{{Day: time.Sunday, Offset: 1}})
	indigenousDay      = fixed("National Indigenous Peoples Day", time.June, 21, nil)
	discoveryDayYT     = nth("Discovery Day", time.August, time.Monday, 3)
	nunavutDay         = fixed("Nunavut Day", time.July, 9, nil)
	stPatricksNI       = fixed("St Patrick's Day", time.March, 17, mondayAfter)
	boyneDay           = fixed("Battle of the Boyne (Orangemen's Day)", time.July, 12, mondayAfter)
	stAndrewsDay       = fixed("St Andrew's Day", time.November, 30, mondayAfter)
	newYearScotland    = aa.NewYear.Clone(&cal.Holiday{Name: "New Year's Day", Type: cal.ObservanceBank, Observed: []cal.AltDay{{Day: time.Saturday, Offset: 2}, {Day: time.Sunday, Offset: 2}}})
	secondJanuary      = fixed("2nd January", time.January, 2, []cal.AltDay{{Day: time.Saturday, Offset: 2}, {Day: time.Sunday, Offset: 2}})
	familyDayBC        = since(nth("Family Day", time.February, time.Monday, 3), 2019)
	familyDayNB        = since(nth("Family Day", time.February, time.Monday, 3), 2018)
	familyDayON        = since(nth("Family Day", time.February, time.Monday, 3), 2008)
	familyDaySK        = since(nth("Family Day", time.February, time.Monday, 3), 2007)
	scotland           = []*cal.Holiday{newYearScotland, secondJanuary, gb.GoodFriday, gb.EarlyMay, gb.VEDay, gb.CoronationDay, gb.SpringHoliday, gb.SpringHoliday2022, gb.PlatinumJubilee, gb.SummerHolidayScotland, stAndrewsDay, gb.ChristmasDay, gb.BoxingDay}
	usStateExtra       = map[string][]*cal.Holiday{}
	caProvinceExtra    = map[string][]*cal.Holiday{}
	usStates           = []string{"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY"}
	caProvinces        = []string{"AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"}
	regionListsBuiltIn = map[string][]*cal.Holiday{}
)

func init() {
	for k, v := range map[string][]*cal.Holiday{
		"MA": {patriotsDay},
		"ME": {patriotsDay, dayAfterThanks},
		"CA": {cesarChavezDay, dayAfterThanks},
		"TX": {dayAfterThanks, christmasEve, dayAfterChristmas, texasIndependence, sanJacintoDay},
		"HI": {kuhioDay, kamehamehaDay, statehoodDayHI, goodFridayUS},
		"AK": {sewardsDay, alaskaDay},
		"VT": {townMeetingDay, benningtonDay},
		"UT": {pioneerDay},
		"DC": {emancipationDayDC},
		"LA": {mardiGras, goodFridayUS},
		"IL": {lincolnsBirthday, dayAfterThanks},
		"CT": {lincolnsBirthday, goodFridayUS},
		"NY": {lincolnsBirthday},
		"NJ": {goodFridayUS},
		"NV": {nevadaDay, dayAfterThanks},
		"WV": {westVirginiaDay, dayAfterThanks},
		"MO": {trumanDay},
		"DE": {goodFridayUS, dayAfterThanks},
		"FL": {dayAfterThanks}, "IN": {goodFridayUS, dayAfterThanks}, "IA": {dayAfterThanks}, "KS": {dayAfterThanks},
		"KY": {dayAfterThanks}, "MD": {dayAfterThanks}, "MI": {dayAfterThanks}, "MN": {dayAfterThanks},
		"NE": {dayAfterThanks}, "NH": {dayAfterThanks}, "NM": {dayAfterThanks}, "NC": {goodFridayUS, dayAfterThanks},
		"OK": {dayAfterThanks}, "PA": {dayAfterThanks}, "SC": {dayAfterThanks}, "TN": {goodFridayUS, dayAfterThanks},
		"WA": {dayAfterThanks},
	} {
		usStateExtra[k] = v
	}
	for k, v := range map[string][]*cal.Holiday{
		"AB": {since(nth("Family Day", time.February, time.Monday, 3), 1990)},
		"BC": {familyDayBC},
		"MB": {louisRielDay},
		"NB": {familyDayNB},
		"NS": {heritageDayNS},
		"ON": {familyDayON},
		"PE": {islanderDay},
		"QC": {fetenationale},
		"SK": {familyDaySK},
		"NT": {indigenousDay},
		"YT": {indigenousDay, discoveryDayYT},
		"NU": {nunavutDay},
	} {
		caProvinceExtra[k] = v
	}
	for _, s := range usStates {
		regionListsBuiltIn["US-"+s] = append(append([]*cal.Holiday(nil), us.Holidays...), usStateExtra[s]...)
	}
	for _, p := range caProvinces {
		regionListsBuiltIn["CA-"+p] = append(append([]*cal.Holiday(nil), ca.Holidays...), caProvinceExtra[p]...)
	}
	regionListsBuiltIn["GB-ENG"] = gb.Holidays
	regionListsBuiltIn["GB-WLS"] = gb.Holidays
	regionListsBuiltIn["GB-SCT"] = scotland
	regionListsBuiltIn["GB-NIR"] = append(append([]*cal.Holiday(nil), gb.Holidays...), stPatricksNI, boyneDay)
	for k, v := range regionListsBuiltIn {
		regionLists[k] = v
	}
}

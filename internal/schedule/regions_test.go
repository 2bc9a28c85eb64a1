package schedule

import (
	"testing"
	"time"
)

// TestStateProvinceNationHolidays checks the regional lists against published dates
// (state, provincial and UK government calendars).
func TestStateProvinceNationHolidays(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 12, 0, 0, 0, time.UTC) }
	tests := []struct {
		name   string
		region string
		day    time.Time
		want   bool
	}{
		{"Ontario Family Day 2026", "CA-ON", day(2026, 2, 16), true},
		{"Family Day is not federal", "CA", day(2026, 2, 16), false},
		{"Family Day is not Quebec's", "CA-QC", day(2026, 2, 16), false},
		{"BC Family Day 2025", "CA-BC", day(2025, 2, 17), true},
		{"Louis Riel Day 2026", "CA-MB", day(2026, 2, 16), true},
		{"Fête nationale 2026", "CA-QC", day(2026, 6, 24), true},
		{"Fête nationale on a Sunday, 2029, observed Monday", "CA-QC", day(2029, 6, 25), true},
		{"Canada Day holds in a province", "CA-ON", day(2026, 7, 1), true},
		{"Discovery Day 2026", "CA-YT", day(2026, 8, 17), true},
		{"Nunavut Day 2026", "CA-NU", day(2026, 7, 9), true},
		{"Patriots' Day 2026", "US-MA", day(2026, 4, 20), true},
		{"Patriots' Day 2025", "US-ME", day(2025, 4, 21), true},
		{"Patriots' Day is not federal", "US", day(2026, 4, 20), false},
		{"Patriots' Day is not New York's", "US-NY", day(2026, 4, 20), false},
		{"César Chávez Day 2026", "US-CA", day(2026, 3, 31), true},
		{"Kamehameha Day 2026", "US-HI", day(2026, 6, 11), true},
		{"Seward's Day 2026", "US-AK", day(2026, 3, 30), true},
		{"Town Meeting Day 2026", "US-VT", day(2026, 3, 3), true},
		{"Pioneer Day 2026", "US-UT", day(2026, 7, 24), true},
		{"Mardi Gras 2026", "US-LA", day(2026, 2, 17), true},
		{"federal Thanksgiving in a state", "US-WY", day(2026, 11, 26), true},
		{"Scotland: 2 January 2026", "GB-SCT", day(2026, 1, 2), true},
		{"Scotland: no Easter Monday", "GB-SCT", day(2026, 4, 6), false},
		{"Scotland: summer holiday first Monday of August", "GB-SCT", day(2026, 8, 3), true},
		{"Scotland: not the last Monday of August", "GB-SCT", day(2026, 8, 31), false},
		{"Scotland: St Andrew's Day 2026", "GB-SCT", day(2026, 11, 30), true},
		{"Scotland: St Andrew's Day substitute 2025", "GB-SCT", day(2025, 12, 1), true},
		{"Scotland: New Year on a Saturday, 2028: Monday and Tuesday", "GB-SCT", day(2028, 1, 4), true},
		{"England: no St Andrew's Day", "GB-ENG", day(2026, 11, 30), false},
		{"England: Easter Monday", "GB-ENG", day(2026, 4, 6), true},
		{"Wales as England", "GB-WLS", day(2026, 8, 31), true},
		{"Northern Ireland: St Patrick's Day 2026", "GB-NIR", day(2026, 3, 17), true},
		{"Northern Ireland: the Twelfth on a Sunday, 2026, observed Monday", "GB-NIR", day(2026, 7, 13), true},
		{"Northern Ireland: Easter Monday", "GB-NIR", day(2026, 4, 6), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name, got := IsHoliday(tt.region, tt.day)
			if got != tt.want {
				t.Errorf("IsHoliday(%q, %s) = %q, %v, want %v", tt.region, tt.day.Format("Mon 2 Jan 2006"), name, got, tt.want)
			}
		})
	}
}

func TestCheckRegionNewRegions(t *testing.T) {
	for _, code := range []string{"US-CA", "us-ma", "CA-ON", "CA-QC", "GB-SCT", "GB-NIR", "US-DC"} {
		if _, err := CheckRegion(code); err != nil {
			t.Errorf("CheckRegion(%q) = %v, want nil", code, err)
		}
	}
	for _, code := range []string{"US-XX", "CA-ZZ", "GB-LDN"} {
		if _, err := CheckRegion(code); err == nil {
			t.Errorf("CheckRegion(%q) = nil, want an error", code)
		}
	}
}

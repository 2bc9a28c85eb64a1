package schedule

import (
	"strings"
	"testing"
	"time"
)

func TestParseDays(t *testing.T) {
	tests := []struct {
		name  string
		in    []string
		want  []time.Weekday
		error string
	}{
		{"week", []string{"mon", "tue", "wed", "thu", "fri"}, []time.Weekday{1, 2, 3, 4, 5}, ""},
		{"any case and spaces", []string{" Sun", "THU "}, []time.Weekday{0, 4}, ""},
		{"empty", nil, nil, "no days given"},
		{"unknown", []string{"monday"}, nil, `"monday": want one of`},
		{"repeat", []string{"mon", "Mon"}, nil, `"Mon": listed twice`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseDays(tt.in)
			if tt.error != "" {
				if err == nil || !strings.Contains(err.Error(), tt.error) {
					t.Fatalf("ParseDays(%q) error = %v, want one containing %q", tt.in, err, tt.error)
				}
				return
			}
			if err != nil || len(got) != len(tt.want) {
				t.Fatalf("ParseDays(%q) = %v, %v, want %v", tt.in, got, err, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("ParseDays(%q) = %v, want %v", tt.in, got, tt.want)
				}
			}
		})
	}
}

func TestParseHours(t *testing.T) {
	tests := []struct {
		in          string
		open, close time.Duration
		error       string
	}{
		{"09:00-17:00", 9 * time.Hour, 17 * time.Hour, ""},
		{" 08:30 - 18:15 ", 8*time.Hour + 30*time.Minute, 18*time.Hour + 15*time.Minute, ""},
		{"00:00-24:00", 0, 24 * time.Hour, ""},
		{"17:00-09:00", 0, 0, "the start must come before the end"},
		{"09:00-09:00", 0, 0, "the start must come before the end"},
		{"9:00-17:00", 0, 0, "want HH:MM-HH:MM"},
		{"09:00", 0, 0, "want HH:MM-HH:MM"},
		{"09:60-17:00", 0, 0, "want HH:MM-HH:MM"},
		{"09:00-24:30", 0, 0, "want HH:MM-HH:MM"},
		{"09:00-25:00", 0, 0, "want HH:MM-HH:MM"},
		{"-1:00-17:00", 0, 0, "want HH:MM-HH:MM"},
	}
	for _, tt := range tests {
		open, close, err := ParseHours(tt.in)
		if tt.error != "" {
			if err == nil || !strings.Contains(err.Error(), tt.error) {
				t.Errorf("ParseHours(%q) error = %v, want one containing %q", tt.in, err, tt.error)
			}
			continue
		}
		if err != nil || open != tt.open || close != tt.close {
			t.Errorf("ParseHours(%q) = %v, %v, %v, want %v, %v", tt.in, open, close, err, tt.open, tt.close)
		}
	}
}

// FuzzParseHours checks that whatever ParseHours accepts is a policy that
// Validate accepts too.
func FuzzParseHours(f *testing.F) {
	for _, s := range []string{"09:00-17:00", "00:00-24:00", "23:59-24:00", "9-5", "", "-", "24:00-24:00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		open, close, err := ParseHours(s)
		if err != nil {
			return
		}
		p := DefaultPolicy()
		p.Open, p.Close = open, close
		if err := p.Validate(); err != nil {
			t.Errorf("ParseHours(%q) = %v, %v, which Validate refuses: %v", s, open, close, err)
		}
	})
}

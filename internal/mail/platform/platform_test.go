package platform

import "testing"

func TestOf(t *testing.T) {
	tests := []struct {
		domain string
		want   Kind
	}{
		{"greenhouse.io", Hiring},
		{"us.greenhouse-mail.io", Hiring},
		{"hire.lever.co", Hiring},
		{"acme@myworkday.com", Hiring},
		{"workablemail.com", Hiring},
		{"Scheduling@GoodTime.io", Scheduling},
		{"x.ai", Scheduling},
		{"calendar.x.ai", Scheduling},
		{"greenhousefoods.example", None}, // an employer whose name contains one
		{"box.ai", None},                  // "x.ai" is a whole domain, not a suffix of any
		{"acme.example", None},
		{"", None},
	}
	for _, tt := range tests {
		if got := Of(tt.domain); got != tt.want {
			t.Errorf("Of(%q) = %d, want %d", tt.domain, got, tt.want)
		}
	}
}

func TestName(t *testing.T) {
	for name, want := range map[string]bool{"Greenhouse": true, "google calendar": true, "JOIN": true, "Acme Corp": false, "": false} {
		if got := Name(name); got != want {
			t.Errorf("Name(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestLoadRejectsBadLines(t *testing.T) {
	for _, text := range []string{"hiring\n", "robots acme\n"} {
		if err := load(text); err == nil {
			t.Errorf("load(%q) = nil, want an error", text)
		}
	}
}

package platform

import (
	"strings"
	"testing"
)

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

// splitLabels is the label lookup of Of as it read the labels with
// strings.Split, kept to check the in-place walk against.
func splitLabels(domain string) Kind {
	for _, lb := range strings.Split(domain, ".") {
		if k, ok := labels[lb]; ok {
			return k
		}
		for _, suf := range []string{"-email", "email", "-mail", "mail"} {
			if t := strings.TrimSuffix(lb, suf); t != lb {
				if k, ok := labels[t]; ok {
					return k
				}
			}
		}
	}
	return None
}

// FuzzOfLabels checks that Of, which walks a domain's labels in place,
// answers as the reading by strings.Split for domains no whole-domain entry
// names.
func FuzzOfLabels(f *testing.F) {
	for _, s := range []string{"us.greenhouse-mail.io", "a..b", ".", "", "workablemail.com", "x.ai.example", "acme.example"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.ToLower(s)
		if strings.ContainsAny(s, "@ \t\n") || strings.HasSuffix(s, ".") {
			return
		}
		for d := s; d != ""; {
			if _, ok := domains[d]; ok {
				return
			}
			i := strings.IndexByte(d, '.')
			if i < 0 {
				break
			}
			d = d[i+1:]
		}
		if got, want := Of(s), splitLabels(s); got != want {
			t.Errorf("Of(%q) = %d, want %d", s, got, want)
		}
	})
}

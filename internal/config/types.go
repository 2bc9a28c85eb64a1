package config

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/followupd/followupd/internal/mail/compose"
	"github.com/followupd/followupd/internal/schedule"
)

// Zone is an IANA time-zone name, checked against the zone database when
// the config is read.
type Zone string

// UnmarshalText implements encoding.TextUnmarshaler.
func (z *Zone) UnmarshalText(b []byte) error {
	s := strings.TrimSpace(string(b))
	if s == "" || s == "Local" {
		return fmt.Errorf("%q: want an IANA zone name such as \"Europe/Paris\" or \"America/New_York\"", s)
	}
	if _, err := time.LoadLocation(s); err != nil {
		return fmt.Errorf("%q: unknown time zone: want an IANA zone name such as \"Europe/Paris\" or \"America/New_York\"", s)
	}
	*z = Zone(s)
	return nil
}

// Country is an ISO 3166-1 alpha-2 country code ("FR"), or a region whose
// own public holidays are known ("DE-BY", "AU-VIC"), upper-cased.
type Country string

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *Country) UnmarshalText(b []byte) error {
	s, err := schedule.CheckRegion(string(b))
	if err != nil {
		return err
	}
	*c = Country(s)
	return nil
}

// Language is the ISO 639-1 code of a language followupd writes letters
// in ("fr"), lower-cased.
type Language string

// UnmarshalText implements encoding.TextUnmarshaler.
func (l *Language) UnmarshalText(b []byte) error {
	s := strings.ToLower(strings.TrimSpace(string(b)))
	for _, c := range compose.Languages() {
		if c == s {
			*l = Language(s)
			return nil
		}
	}
	return fmt.Errorf("%q: want one of the languages followupd writes: %s", string(b), strings.Join(compose.Languages(), ", "))
}

// Security is how a mail connection is protected: "tls" (implicit TLS),
// "starttls", or "none" (refused unless the host is a loopback address).
type Security string

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Security) UnmarshalText(b []byte) error {
	v := strings.ToLower(strings.TrimSpace(string(b)))
	switch v {
	case "tls", "starttls", "none":
		*s = Security(v)
		return nil
	}
	return fmt.Errorf("%q: want \"tls\", \"starttls\" or \"none\"", string(b))
}

// Duration is a Go duration written as a string ("2h", "30m", "1h30m").
type Duration time.Duration

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(strings.TrimSpace(string(b)))
	if err != nil {
		return fmt.Errorf("%q: want a duration such as \"2h\", \"30m\" or \"1h30m\"", string(b))
	}
	*d = Duration(v)
	return nil
}

// MarshalText implements encoding.TextMarshaler.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// String writes a duration as the config does: "2h", "30m", "1h30m",
// not Go's "2h0m0s".
func (d Duration) String() string {
	s := time.Duration(d).String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// Size is a byte count written as a number or with a unit ("10MB", "512KB").
type Size int64

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Size) UnmarshalText(b []byte) error {
	v := strings.ToUpper(strings.TrimSpace(string(b)))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		n      int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(v, u.suffix) {
			mult, v = u.n, strings.TrimSpace(strings.TrimSuffix(v, u.suffix))
			break
		}
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 0 {
		return fmt.Errorf("%q: want a size such as \"10MB\" or \"512KB\"", string(b))
	}
	*s = Size(n * mult)
	return nil
}

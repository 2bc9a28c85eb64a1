package config

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

const minimal = `
[owner]
name = "Alex"
email = "alex@example.com"
timezone = "Europe/Paris"
[imap]
host = "imap.example.com"
username = "alex"
password = "hunter2"
[smtp]
host = "smtp.example.com"
`

func TestExampleConfigIsValid(t *testing.T) {
	c, err := Load(filepath.Join("..", "..", "config.example.toml"))
	if err != nil {
		t.Fatalf("Load(config.example.toml) = %v", err)
	}
	if got, want := c.Policy(), Defaults(); time.Duration(want.Schedule.ThankYouDelay) != got.ThankYouDelay {
		t.Errorf("example thank_you_delay = %v, want the default %v", got.ThankYouDelay, want.Schedule.ThankYouDelay)
	}
	// The example documents every key the program knows.
	data, _ := os.ReadFile(filepath.Join("..", "..", "config.example.toml"))
	for table, keys := range known {
		for _, k := range keys {
			if table == "" {
				if !strings.Contains(string(data), "["+k+"]") {
					t.Errorf("config.example.toml has no [%s] table", k)
				}
				continue
			}
			if !regexp.MustCompile(`\b` + k + `\b`).Match(data) {
				t.Errorf("config.example.toml does not explain %s.%s", table, k)
			}
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(string) string
		wantKey string
		want    string // part of the message
	}{
		{"typo in key", func(s string) string { return strings.Replace(s, "username = \"alex\"", "usrname = \"alex\"", 1) }, "imap.usrname", "line 8: imap.usrname: unknown key"},
		{"unknown table", func(s string) string { return s + "\n[smpt]\nhost = \"x\"\n" }, "smpt", "unknown key"},
		{"bad zone", func(s string) string { return strings.Replace(s, "Europe/Paris", "Europe/Pariss", 1) }, "owner.timezone", `line 5: owner.timezone: "Europe/Pariss": unknown time zone`},
		{"remote plain imap", func(s string) string { return strings.Replace(s, "[imap]\n", "[imap]\nsecurity = \"none\"\n", 1) }, "imap.security", "allowed only for a loopback host"},
		{"bad security word", func(s string) string { return strings.Replace(s, "[imap]\n", "[imap]\nsecurity = \"ssl\"\n", 1) }, "imap.security", `want "tls", "starttls" or "none"`},
		{"bad hours", func(s string) string { return s + "[schedule]\nbusiness_hours = \"9-17\"\n" }, "schedule.business_hours", `schedule.business_hours: "9-17": want HH:MM-HH:MM`},
		{"bad day", func(s string) string { return s + "[schedule]\nbusiness_days = [\"monday\"]\n" }, "schedule.business_days", "want one of mon"},
		{"bad duration", func(s string) string { return s + "[schedule]\nthank_you_delay = \"two hours\"\n" }, "schedule.thank_you_delay", "want a duration"},
		{"wrong type", func(s string) string { return strings.Replace(s, "[imap]\n", "[imap]\nport = \"993\"\n", 1) }, "imap.port", "line 7"},
		{"unquoted password", func(s string) string { return strings.Replace(s, "password = \"hunter2\"", "password = hunter2", 1) }, "imap.password", "write it in double quotes"},
		{"unquoted password, a word the decoder quotes", func(s string) string {
			return strings.Replace(s, "password = \"hunter2\"", "password = hunter2 extra", 1)
		}, "password", "not shown"},
		{"two passwords", func(s string) string {
			return strings.Replace(s, "password = \"hunter2\"", "password = \"hunter2\"\npassword_file = \"/x\"", 1)
		}, "imap.password", "set only one of"},
		{"no password", func(s string) string { return strings.Replace(s, "password = \"hunter2\"", "", 1) }, "imap.password", "missing"},
		{"bad mode", func(s string) string { return s + "[approval]\nmode = \"yolo\"\n" }, "approval.mode", `"yolo": want "reply"`},
		{"bad country", func(s string) string { return strings.Replace(s, "[imap]", "country = \"France\"\n[imap]", 1) }, "owner.country", "two-letter"},
		{"bad region", func(s string) string { return strings.Replace(s, "[imap]", "country = \"DE-XX\"\n[imap]", 1) }, "owner.country", "want one of DE-BB"},
		{"digest without a day", func(s string) string { return s + "[digest]\nweekly = \"08:00\"\n" }, "digest.weekly", `line 13: digest.weekly: "08:00": want a day and a time of day`},
		{"digest bad day", func(s string) string { return s + "[digest]\nweekly = \"monday 08:00\"\n" }, "digest.weekly", "want one of mon"},
		{"digest bad time", func(s string) string { return s + "[digest]\nweekly = \"mon 8am\"\n" }, "digest.weekly", "want a time of day HH:MM"},
		{"digest unknown key", func(s string) string { return s + "[digest]\nwekly = \"mon 08:00\"\n" }, "digest.wekly", "allowed here: weekly"},
		{"no owner email", func(s string) string { return strings.Replace(s, "email = \"alex@example.com\"\n", "", 1) }, "owner.email", "want the owner's address"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.edit(minimal)))
			if err == nil {
				t.Fatalf("Parse = nil error, want one naming %s", tt.wantKey)
			}
			if !strings.Contains(err.Error(), tt.wantKey) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Parse error = %q, want it to name %q and say %q", err, tt.wantKey, tt.want)
			}
			if strings.Contains(err.Error(), "hun") { // the decoder quotes what it found: a part is a leak too
				t.Errorf("error %q reveals the password", err)
			}
		})
	}
}

func TestDigestTime(t *testing.T) {
	for _, tt := range []struct {
		name, extra string
		day         time.Weekday
		at          time.Duration
		ok          bool
	}{
		{"absent", "", 0, 0, false},
		{"empty", "[digest]\nweekly = \"\"\n", 0, 0, false},
		{"monday morning", "[digest]\nweekly = \"mon 08:00\"\n", time.Monday, 8 * time.Hour, true},
		{"sunday evening, any case", "[digest]\nweekly = \"  Sun   19:30 \"\n", time.Sunday, 19*time.Hour + 30*time.Minute, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse([]byte(minimal + tt.extra))
			if err != nil {
				t.Fatal(err)
			}
			day, at, ok := c.DigestTime()
			if day != tt.day || at != tt.at || ok != tt.ok {
				t.Errorf("DigestTime = %v, %v, %v; want %v, %v, %v", day, at, ok, tt.day, tt.at, tt.ok)
			}
		})
	}
}

func TestLoopbackPlainAllowed(t *testing.T) {
	s := strings.Replace(minimal, "host = \"imap.example.com\"", "host = \"127.0.0.1\"\nsecurity = \"none\"", 1)
	if _, err := Parse([]byte(s)); err != nil {
		t.Fatalf("Parse(loopback none) = %v, want nil", err)
	}
}

func TestSecrets(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "pw")
	if err := os.WriteFile(f, []byte("s3cret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("CREDENTIALS_DIRECTORY", dir)
	ctx := context.Background()
	tests := []struct {
		name    string
		cred    Credentials
		want    string
		wantErr string
	}{
		{"inline", Credentials{Password: "a"}, "a", ""},
		{"file via credentials dir", Credentials{PasswordFile: "$CREDENTIALS_DIRECTORY/pw"}, "s3cret", ""},
		{"missing file", Credentials{PasswordFile: filepath.Join(dir, "nope")}, "", "no such file"},
		{"command", Credentials{PasswordCommand: "echo fromcmd"}, "fromcmd", ""},
		{"failing command keeps output secret", Credentials{PasswordCommand: "echo leaked; exit 3"}, "", "password_command failed"},
		{"token", Credentials{OAuth2TokenCommand: "printf tok"}, "tok", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.cred.Secret()(ctx)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || strings.Contains(err.Error(), "leaked") {
					t.Fatalf("Secret() error = %v, want %q without the output", err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("Secret() = %q, %v, want %q", got, err, tt.want)
			}
		})
	}
}

func TestDurationString(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{2 * time.Hour, "2h"}, {30 * time.Minute, "30m"}, {90 * time.Minute, "1h30m"}, {24 * time.Hour, "24h"},
		{45 * time.Second, "45s"}, {time.Hour + 30*time.Second, "1h0m30s"}, {0, "0s"},
	}
	for _, tt := range tests {
		if got := Duration(tt.d).String(); got != tt.want {
			t.Errorf("Duration(%v).String() = %q, want %q", tt.d, got, tt.want)
		}
	}
}

package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func whenRun(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return runCmd(t, append([]string{"when"}, args...)...)
}

func TestWhen(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		config []string // replacements in config.example.toml; nil: no --config

		sendAt   string
		deadline string // "null" for none
		late     bool
		reason   string // fragment
	}{
		{
			name:   "thank-you, weekday midday",
			args:   []string{"--kind", "thank-you", "--event", "2026-03-04T12:00:00-05:00", "--tz", "America/Toronto"},
			sendAt: "2026-03-04T14:00:00-05:00", deadline: "2026-03-05T12:00:00-05:00",
			reason: "inside business hours in America/Toronto (CA-ON)",
		},
		{
			name:   "thank-you, event in UTC, printed in the recipient's zone",
			args:   []string{"--kind", "thank-you", "--event", "2026-03-04T17:00:00Z", "--tz", "America/Toronto"},
			sendAt: "2026-03-04T14:00:00-05:00", deadline: "2026-03-05T12:00:00-05:00",
		},
		{
			name:   "thank-you, friday evening before the clocks change, late",
			args:   []string{"--kind", "thank-you", "--event", "2026-03-06T17:30:00-05:00", "--tz", "America/Toronto"},
			sendAt: "2026-03-09T09:00:00-04:00", deadline: "2026-03-07T17:30:00-05:00", late: true,
			reason: "late",
		},
		{
			name:   "country from the zone: Boxing Day substitute in the UK",
			args:   []string{"--kind", "thank-you", "--event", "2026-12-24T18:00:00Z", "--tz", "Europe/London"},
			sendAt: "2026-12-29T09:00:00Z", deadline: "2026-12-25T18:00:00Z", late: true,
			reason: "Boxing Day (observed)",
		},
		{
			name:   "--country CA-ON: Ontario's Family Day is skipped",
			args:   []string{"--kind", "feedback", "--event", "2026-02-13T17:30:00-05:00", "--tz", "America/Toronto", "--country", "CA-ON"},
			sendAt: "2026-02-17T09:00:00-05:00", deadline: "null", reason: "skipping Family Day (Mon 16 Feb)",
		},
		{
			name:   "--country CA: Family Day is no federal holiday",
			args:   []string{"--kind", "feedback", "--event", "2026-02-13T17:30:00-05:00", "--tz", "America/Toronto", "--country", "CA"},
			sendAt: "2026-02-16T09:00:00-05:00", deadline: "null", reason: "America/Toronto (CA),",
		},
		{
			name:   "Ontario from the zone",
			args:   []string{"--kind", "feedback", "--event", "2026-02-13T17:30:00-05:00", "--tz", "America/Toronto"},
			sendAt: "2026-02-17T09:00:00-05:00", deadline: "null", reason: "(CA-ON)",
		},
		{
			name:   "--country US-MA: Patriots' Day is skipped",
			args:   []string{"--kind", "feedback", "--event", "2026-04-17T17:30:00-04:00", "--tz", "America/New_York", "--country", "US-MA"},
			sendAt: "2026-04-21T09:00:00-04:00", deadline: "null", reason: "skipping Patriots' Day (Mon 20 Apr)",
		},
		{
			name:   "--country US: Patriots' Day is no federal holiday",
			args:   []string{"--kind", "feedback", "--event", "2026-04-17T17:30:00-04:00", "--tz", "America/New_York", "--country", "US"},
			sendAt: "2026-04-20T09:00:00-04:00", deadline: "null", reason: "America/New_York (US),",
		},
		{
			name:   "--country GB-SCT: St Andrew's Day substitute, Monday 1 December 2025",
			args:   []string{"--kind", "feedback", "--event", "2025-11-28T17:30:00Z", "--tz", "Europe/London", "--country", "GB-SCT"},
			sendAt: "2025-12-02T09:00:00Z", deadline: "null", reason: "St Andrew's Day (observed)",
		},
		{
			name:   "an Australian state's own holiday: Melbourne Cup day is not a business day in Melbourne",
			args:   []string{"--kind", "thank-you", "--event", "2026-11-02T15:00:00+11:00", "--tz", "Australia/Melbourne"},
			sendAt: "2026-11-02T15:30:00+11:00", deadline: "2026-11-03T15:00:00+11:00",
			reason: "AU-VIC",
		},
		{
			name:   "the same interview in Sydney: the Cup is Victoria's holiday only",
			args:   []string{"--kind", "thank-you", "--event", "2026-11-02T15:00:00+11:00", "--tz", "Australia/Sydney"},
			sendAt: "2026-11-03T09:00:00+11:00", deadline: "2026-11-03T15:00:00+11:00",
		},
		{
			name:   "--country names a region: Epiphany in Bavaria",
			args:   []string{"--kind", "feedback", "--event", "2026-01-05T16:00:00+01:00", "--tz", "Europe/Berlin", "--country", "de-by"},
			sendAt: "2026-01-07T09:00:00+01:00", deadline: "null",
			reason: "Heilige Drei Könige",
		},
		{
			name:   "--country overrides the zone's",
			args:   []string{"--kind", "thank-you", "--event", "2026-12-24T18:00:00Z", "--tz", "Europe/London", "--country", "fr"},
			sendAt: "2026-12-28T09:00:00Z", deadline: "2026-12-25T18:00:00Z", late: true,
			reason: "Noël",
		},
		{
			name:   "feedback has no deadline",
			args:   []string{"--kind", "feedback", "--event", "2026-03-06T16:00:00+01:00", "--tz", "Europe/Paris"},
			sendAt: "2026-03-09T09:00:00+01:00", deadline: "null",
		},
		{
			name:   "approved after the deadline",
			args:   []string{"--kind=thank-you", "--event=2026-03-04T12:00:00-05:00", "--tz=America/Toronto", "--approved=2026-03-05T13:00:00-05:00"},
			sendAt: "2026-03-05T13:00:00-05:00", deadline: "2026-03-05T12:00:00-05:00", late: true,
			reason: "Approved",
		},
		{
			name:   "config business hours apply",
			args:   []string{"--kind", "thank-you", "--event", "2026-03-06T16:45:00-05:00", "--tz", "America/Toronto"},
			config: []string{`business_hours = "09:00-17:00"`, `business_hours = "08:00-18:00"`},
			// 18:45 is after hours; 17:15 is inside the longer day.
			sendAt: "2026-03-06T17:15:00-05:00", deadline: "2026-03-07T16:45:00-05:00",
		},
		{
			name:   "config owner zone when --tz is absent",
			args:   []string{"--kind", "feedback", "--event", "2026-07-13T16:00:00+02:00"},
			config: []string{},
			// Europe/Paris, France: 18:00 is after hours, the 14th is the Fête Nationale.
			sendAt: "2026-07-15T09:00:00+02:00", deadline: "null",
			reason: "Fête Nationale",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := tt.args
			if tt.config != nil {
				args = append([]string{"--config", exampleConfig(t, tt.config...)}, args...)
			}
			code, stdout, stderr := whenRun(t, args...)
			if code != exitOK {
				t.Fatalf("when %v = exit %d, want 0; stderr: %s", args, code, stderr)
			}
			if strings.Count(stdout, "\n") != 1 {
				t.Errorf("when %v printed %q, want one line", args, stdout)
			}
			var got map[string]any
			if err := json.Unmarshal([]byte(stdout), &got); err != nil {
				t.Fatalf("when %v printed %q: not JSON: %v", args, stdout, err)
			}
			if len(got) != 4 {
				t.Errorf("when %v keys = %v, want send_at, deadline, late, reason", args, got)
			}
			if got["send_at"] != tt.sendAt {
				t.Errorf("when %v send_at = %v, want %s", args, got["send_at"], tt.sendAt)
			}
			deadline, _ := got["deadline"].(string)
			if got["deadline"] == nil {
				deadline = "null"
			}
			if deadline != tt.deadline {
				t.Errorf("when %v deadline = %v, want %s", args, got["deadline"], tt.deadline)
			}
			if got["late"] != tt.late {
				t.Errorf("when %v late = %v, want %v", args, got["late"], tt.late)
			}
			reason, _ := got["reason"].(string)
			if reason == "" || !strings.Contains(reason, tt.reason) {
				t.Errorf("when %v reason = %q, want it to contain %q", args, reason, tt.reason)
			}
		})
	}
}

func TestWhenBadInput(t *testing.T) {
	ok := []string{"--kind", "thank-you", "--event", "2026-03-04T12:00:00-05:00", "--tz", "America/Toronto"}
	with := func(flag, value string) []string {
		out := append([]string(nil), ok...)
		for i := 0; i < len(out); i += 2 {
			if out[i] == flag {
				out[i+1] = value
				return out
			}
		}
		return append(out, flag, value)
	}
	tests := []struct {
		name string
		args []string
		want string // fragment of stderr
	}{
		{"unknown zone", with("--tz", "Mars/Olympus_Mons"), `--tz "Mars/Olympus_Mons": unknown time zone`},
		{"machine zone", with("--tz", "Local"), "not the machine's zone"},
		{"no zone", ok[:4], "--tz is required"},
		{"malformed time", with("--event", "2026-03-04 12:00"), `--event "2026-03-04 12:00": want an RFC 3339 time`},
		{"time without offset", with("--event", "2026-03-04T12:00:00"), "with its offset"},
		{"malformed approval", with("--approved", "tomorrow"), `--approved "tomorrow"`},
		{"unknown kind", with("--kind", "apology"), `unknown kind "apology"`},
		{"no kind", ok[2:], "--kind is required"},
		{"no event", append(append([]string(nil), ok[:2]...), ok[4:]...), "--event is required"},
		{"bad country", with("--country", "Canada"), `--country "Canada"`},
		{"unknown region", with("--country", "DE-ZZ"), `--country "DE-ZZ": unknown region of DE: want one of DE-BB`},
		{"stray argument", append(append([]string(nil), ok...), "now"), `unexpected argument "now"`},
		{"unknown flag", with("--zone", "UTC"), "flag provided but not defined: -zone"},
		{"missing config", with("--config", "/nonexistent/followupd.toml"), "no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := whenRun(t, tt.args...)
			if code != exitUsage {
				t.Errorf("when %v = exit %d, want %d", tt.args, code, exitUsage)
			}
			if stdout != "" {
				t.Errorf("when %v stdout = %q, want nothing", tt.args, stdout)
			}
			if !strings.Contains(stderr, tt.want) {
				t.Errorf("when %v stderr = %q, want it to contain %q", tt.args, stderr, tt.want)
			}
		})
	}
}

func TestWhenHelp(t *testing.T) {
	code, stdout, stderr := whenRun(t, "--help")
	if code != exitOK {
		t.Fatalf("when --help = exit %d, want 0; stderr: %s", code, stderr)
	}
	for _, want := range []string{"Usage: followupd when --kind thank-you|feedback", "-approved", "-config", "-country", "send_at", "CA CH"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("when --help = %q, want it to contain %q", stdout, want)
		}
	}
}

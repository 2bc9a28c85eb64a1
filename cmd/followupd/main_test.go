package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// runCmd runs the program in process, as main would, and returns the exit
// code and what it printed.
func runCmd(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

// exampleConfig writes config.example.toml, with each old→new replacement
// applied once, to a temporary file and returns its path.
func exampleConfig(t *testing.T, replace ...string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "config.example.toml"))
	if err != nil {
		t.Fatalf("read config.example.toml: %v", err)
	}
	s := string(data)
	for i := 0; i+1 < len(replace); i += 2 {
		if !strings.Contains(s, replace[i]) {
			t.Fatalf("config.example.toml has no %q to replace", replace[i])
		}
		s = strings.Replace(s, replace[i], replace[i+1], 1)
	}
	path := filepath.Join(t.TempDir(), "config.toml")
	if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestUsage(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStdout []string // fragments
		wantStderr []string
	}{
		{name: "no arguments", args: nil, wantCode: exitUsage, wantStderr: []string{"Usage:", "followupd COMMAND", "run", "check", "status", "demo"}},
		{name: "--help", args: []string{"--help"}, wantCode: exitOK, wantStdout: []string{"Usage:", "run", "check", "status", "classify", "when", "demo", "version"}},
		{name: "-h", args: []string{"-h"}, wantCode: exitOK, wantStdout: []string{"Usage:"}},
		{name: "help", args: []string{"help"}, wantCode: exitOK, wantStdout: []string{"Usage:"}},
		{name: "unknown command", args: []string{"sned"}, wantCode: exitUsage, wantStderr: []string{`unknown command "sned"`, "Usage:"}},
		{name: "version", args: []string{"version"}, wantCode: exitOK, wantStdout: []string{"followupd " + version}},
		{name: "--version", args: []string{"--version"}, wantCode: exitOK, wantStdout: []string{"followupd " + version}},
		{name: "bad flag", args: []string{"check", "--nope"}, wantCode: exitUsage, wantStderr: []string{"flag provided but not defined: -nope"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, tt.args...)
			if code != tt.wantCode {
				t.Errorf("run(%q) = %d, want %d\nstdout:\n%s\nstderr:\n%s", tt.args, code, tt.wantCode, stdout, stderr)
			}
			for _, want := range tt.wantStdout {
				if !strings.Contains(stdout, want) {
					t.Errorf("run(%q) stdout lacks %q:\n%s", tt.args, want, stdout)
				}
			}
			for _, want := range tt.wantStderr {
				if !strings.Contains(stderr, want) {
					t.Errorf("run(%q) stderr lacks %q:\n%s", tt.args, want, stderr)
				}
			}
		})
	}
}

// TestSubcommandHelp: every command answers --help with its usage on
// stdout and exit 0, and does nothing else.
func TestSubcommandHelp(t *testing.T) {
	for _, c := range commands() {
		t.Run(c.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, c.name, "--help")
			if code != exitOK {
				t.Errorf("run(%q) = %d, want 0\nstderr:\n%s", []string{c.name, "--help"}, code, stderr)
			}
			if want := "Usage: followupd " + c.name; !strings.Contains(stdout, want) {
				t.Errorf("run(%q) stdout = %q, want it to contain %q", []string{c.name, "--help"}, stdout, want)
			}
		})
	}
}

// TestStrayArgument: a word that belongs to no flag is refused (exit 2)
// rather than ignored: "followupd status --config x.toml extra" is a
// mistake the user should hear about. classify and draft read files and
// are exempt (draft refuses a second one: TestDraftUsage).
func TestStrayArgument(t *testing.T) {
	for _, c := range commands() {
		if c.name == "classify" || c.name == "draft" {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, c.name, "extra")
			if code != exitUsage || !strings.Contains(stderr, `unexpected argument "extra"`) {
				t.Errorf("run(%q) = %d, stderr %q, stdout %q; want %d and the stray word named", []string{c.name, "extra"}, code, stderr, stdout, exitUsage)
			}
		})
	}
}

// TestSubcommandHelpOnStdoutOnly: --help prints the usage once, on
// stdout; nothing on stderr (a user piping `followupd run --help | less`
// should not see it twice).
func TestSubcommandHelpOnStdoutOnly(t *testing.T) {
	for _, c := range commands() {
		t.Run(c.name, func(t *testing.T) {
			_, _, stderr := runCmd(t, c.name, "--help")
			if stderr != "" {
				t.Errorf("run(%q) stderr = %q, want nothing", []string{c.name, "--help"}, stderr)
			}
		})
	}
}

func TestCheckOffline(t *testing.T) {
	tests := []struct {
		name     string
		replace  []string // in config.example.toml
		wantCode int
		wantOut  []string // fragments of stdout (exit 0) or stderr (exit 2)
	}{
		{name: "example config", wantCode: exitOK,
			wantOut: []string{"owner    Alex Candidate <alex@example.com>, zone Europe/Paris", "password from file /etc/followupd/imap-password", "config OK (offline"}},
		{name: "misspelt key", replace: []string{"lookback_days = 14", "lookback_dayz = 14"}, wantCode: exitUsage,
			wantOut: []string{"imap.lookback_dayz"}},
		{name: "bad time zone", replace: []string{`timezone = "Europe/Paris"`, `timezone = "Europe/Pariss"`}, wantCode: exitUsage,
			wantOut: []string{"owner.timezone", "Europe/Pariss"}},
		{name: "plain text to a remote host", replace: []string{`security = "tls"`, `security = "none"`}, wantCode: exitUsage,
			wantOut: []string{"imap.security", "imap.example.com"}},
		{name: "bad business hours", replace: []string{`business_hours = "09:00-17:00"`, `business_hours = "9-5"`}, wantCode: exitUsage,
			wantOut: []string{"schedule.business_hours"}},
		{name: "wrong type", replace: []string{"daily_send_cap = 20", `daily_send_cap = "20"`}, wantCode: exitUsage,
			wantOut: []string{"daily_send_cap"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := exampleConfig(t, tt.replace...)
			code, stdout, stderr := runCmd(t, "check", "--offline", "--config", path)
			if code != tt.wantCode {
				t.Fatalf("check --offline = %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.wantCode, stdout, stderr)
			}
			out := stdout
			if code != exitOK {
				out = stderr
			}
			for _, want := range tt.wantOut {
				if !strings.Contains(out, want) {
					t.Errorf("check --offline output lacks %q:\n%s", want, out)
				}
			}
		})
	}
}

// TestCheckMissingFile: a config file that does not exist is a usage error
// that names the file.
func TestCheckMissingFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nope.toml")
	code, _, stderr := runCmd(t, "check", "--offline", "--config", path)
	if code != exitUsage || !strings.Contains(stderr, "nope.toml") {
		t.Errorf("check with a missing file = %d, stderr %q; want 2 naming the file", code, stderr)
	}
}

// TestRunBadConfig: the daemon refuses a bad config with exit 2 (systemd's
// RestartPreventExitStatus=2 then stops the restart loop) and names the key,
// before opening a store or touching the network.
func TestRunBadConfig(t *testing.T) {
	tests := []struct {
		name    string
		replace []string
		want    string
	}{
		{"misspelt key", []string{"watch_sent = true", "watch_send = true"}, "imap.watch_send"},
		{"bad zone", []string{`timezone = "Europe/Paris"`, `timezone = "Europe/Pariss"`}, "owner.timezone"},
		{"bad approval mode", []string{`mode = "reply"`, `mode = "yolo"`}, "approval.mode"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			store := filepath.Join(dir, "state", "followupd.db")
			path := exampleConfig(t, append(tt.replace, `path = ""`, "path = "+quote(store))...)
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			var out, errb bytes.Buffer
			code := run(ctx, []string{"run", "--config", path}, &out, &errb)
			if code != exitUsage {
				t.Fatalf("run --config (%s) = %d, want 2\nstderr:\n%s", tt.name, code, errb.String())
			}
			if !strings.Contains(errb.String(), tt.want) {
				t.Errorf("run --config (%s) stderr = %q, want it to name %s", tt.name, errb.String(), tt.want)
			}
			if _, err := os.Stat(store); err == nil {
				t.Errorf("run with a bad config created the store %s", store)
			}
		})
	}
	code, _, stderr := runCmd(t, "run", "--config", filepath.Join(t.TempDir(), "missing.toml"))
	if code != exitUsage || !strings.Contains(stderr, "missing.toml") {
		t.Errorf("run with a missing config = %d, stderr %q; want 2 naming the file", code, stderr)
	}
}

func quote(s string) string { return `"` + strings.ReplaceAll(s, `\`, `\\`) + `"` }

// TestStatusWithoutStore: status before the daemon ever ran says so.
func TestStatusWithoutStore(t *testing.T) {
	store := filepath.Join(t.TempDir(), "followupd.db")
	path := exampleConfig(t, `path = ""`, "path = "+quote(store))
	code, _, stderr := runCmd(t, "status", "--config", path)
	if code != exitFail || !strings.Contains(stderr, "start the daemon first") {
		t.Errorf("status without a store = %d, stderr %q; want 1 saying to start the daemon", code, stderr)
	}
}

// TestDemo plays the demo on its built-in servers: four letters leave,
// one after the owner's answer to the daily question.
func TestDemo(t *testing.T) {
	if testing.Short() {
		t.Skip("the demo takes about 10 s")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var out, errb bytes.Buffer
	code := run(ctx, []string{"demo", "--speed", "7200"}, &out, &errb)
	if code != exitOK {
		t.Fatalf("demo --speed 7200 = %d, want 0\nstdout:\n%s\nstderr:\n%s", code, out.String(), errb.String())
	}
	s := out.String()
	for _, want := range []string{"4 letters sent", "SENT to sam.patel@contoso.example", "SENT to dana.lee@fabrikam.example", "you reply from your phone: \"1 rejection\"", "SENT to priya.raman@northwind.example", "SENT to tom.wu@northwind.example"} {
		if !strings.Contains(s, want) {
			t.Errorf("demo output lacks %q:\n%s", want, s)
		}
	}
	if n := strings.Count(s, "SENT to "); n != 4 {
		t.Errorf("demo output shows %d letters sent, want 4:\n%s", n, s)
	}
}

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// classifyFixture returns a message file from the classify package's testdata.
func classifyFixture(name string) string {
	return filepath.Join("..", "..", "internal", "mail", "classify", "testdata", name+".eml")
}

func TestClassifyJSON(t *testing.T) {
	files := []string{classifyFixture("interview_en_pt_people"), filepath.Join(t.TempDir(), "missing.eml"), classifyFixture("reject_fr_suite")}
	var stdout, stderr bytes.Buffer
	code := cmdClassify(context.Background(), append([]string{"--json"}, files...), &stdout, &stderr)
	if code != exitFail {
		t.Errorf("cmdClassify(--json, one missing) = %d, want %d", code, exitFail)
	}
	if !strings.Contains(stderr.String(), "missing.eml") {
		t.Errorf("stderr = %q, want the missing file named", stderr.String())
	}
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("stdout has %d lines, want 2: %q", len(lines), stdout.String())
	}
	wantKeys := []string{"file", "kind", "confidence", "reasons", "company", "role", "reference", "interviewers", "start", "end", "reply_to", "language"}
	for i, l := range lines {
		var obj map[string]json.RawMessage
		if err := json.Unmarshal([]byte(l), &obj); err != nil {
			t.Fatalf("line %d is not JSON: %v", i, err)
		}
		if len(obj) != len(wantKeys) {
			t.Errorf("line %d has %d fields, want %d: %s", i, len(obj), len(wantKeys), l)
		}
		for _, k := range wantKeys {
			if _, ok := obj[k]; !ok {
				t.Errorf("line %d lacks %q: %s", i, k, l)
			}
		}
	}
	var first struct {
		Kind         string `json:"kind"`
		Start        string `json:"start"`
		End          string `json:"end"`
		Interviewers []struct {
			Name  string  `json:"name"`
			Email *string `json:"email"`
		} `json:"interviewers"`
		Reference *string `json:"reference"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	if first.Kind != "interview_scheduled" || first.Start != "2026-04-09T10:30:00-07:00" || first.End != "2026-04-09T11:30:00-07:00" {
		t.Errorf("first line = %s, want interview_scheduled 2026-04-09T10:30:00-07:00 to 11:30", lines[0])
	}
	if len(first.Interviewers) != 2 || first.Interviewers[0].Email != nil {
		t.Errorf("first line interviewers = %+v, want two with null email", first.Interviewers)
	}
	if first.Reference != nil {
		t.Errorf("first line reference = %q, want null", *first.Reference)
	}
	if !strings.Contains(lines[1], `"kind":"rejection"`) || !strings.Contains(lines[1], `"reply_to":"sophie.marchand@lumen.example"`) {
		t.Errorf("second line = %s, want a rejection replying to the human contact", lines[1])
	}
}

func TestClassifyText(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := cmdClassify(context.Background(), []string{classifyFixture("ics_request_interview_rooms")}, &stdout, &stderr)
	if code != exitOK {
		t.Fatalf("cmdClassify = %d, want 0; stderr %q", code, stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{"interview_scheduled", "Jonas Weber <jonas.weber@nordlicht.example>", "Thu 2 Apr 2026 14:00 +02:00 to 15:00"} {
		if !strings.Contains(out, want) {
			t.Errorf("cmdClassify output = %q, want it to contain %q", out, want)
		}
	}
}

func TestClassifyUsageAndErrors(t *testing.T) {
	garbage := filepath.Join(t.TempDir(), "garbage.eml")
	if err := os.WriteFile(garbage, []byte("\x00\x01 not a mail"), 0o600); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(t.TempDir(), "empty.eml")
	if err := os.WriteFile(empty, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"help", []string{"--help"}, exitOK, "Usage: followupd classify", ""},
		{"no files", nil, exitUsage, "", "no input"},
		{"bad flag", []string{"--nope", "x.eml"}, exitUsage, "", "flag provided but not defined"},
		{"garbage", []string{garbage}, exitFail, "", "garbage.eml"},
		{"empty", []string{empty}, exitFail, "", "empty input"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := cmdClassify(context.Background(), tt.args, &stdout, &stderr)
			if code != tt.code {
				t.Errorf("cmdClassify(%q) = %d, want %d (stderr %q)", tt.args, code, tt.code, stderr.String())
			}
			if !strings.Contains(stdout.String(), tt.stdout) {
				t.Errorf("cmdClassify(%q) stdout = %q, want %q in it", tt.args, stdout.String(), tt.stdout)
			}
			if !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("cmdClassify(%q) stderr = %q, want %q in it", tt.args, stderr.String(), tt.stderr)
			}
		})
	}
}

func TestClassifyStdin(t *testing.T) {
	data, err := os.ReadFile(classifyFixture("reject_de"))
	if err != nil {
		t.Fatal(err)
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		_, _ = w.Write(data)
		_ = w.Close()
	}()
	old := os.Stdin
	os.Stdin = r
	t.Cleanup(func() { os.Stdin = old; _ = r.Close() })
	var stdout, stderr bytes.Buffer
	code := cmdClassify(context.Background(), []string{"--json", "-"}, &stdout, &stderr)
	if code != exitOK || !strings.Contains(stdout.String(), `"file":"-","kind":"rejection"`) {
		t.Errorf("cmdClassify(--json -) = %d, %q; want 0 and a rejection for \"-\" (stderr %q)", code, stdout.String(), stderr.String())
	}
}

func TestTimeOrNilNumericOffset(t *testing.T) {
	utc := time.Date(2026, 6, 3, 14, 0, 0, 0, time.UTC)
	if got := timeOrNil(utc); got == nil || *got != "2026-06-03T14:00:00+00:00" {
		t.Errorf("timeOrNil(%v) = %v, want 2026-06-03T14:00:00+00:00", utc, got)
	}
	if got := timeOrNil(time.Time{}); got != nil {
		t.Errorf("timeOrNil(zero) = %q, want nil", *got)
	}
}

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var updateDraft = flag.Bool("update", false, "rewrite the golden files in testdata/draft/")

// englishSentence finds words that only an English sentence would hold.
var englishSentence = regexp.MustCompile(`(?i)\b(?:the|and|you|your|thank|would|regards|dear|hello|please|for|my|with)\b`)

// TestDraftGolden runs "followupd draft" on rejections in French, Spanish
// and German: each gets a feedback request in its language and formal
// register, without an English sentence in the letter.
func TestDraftGolden(t *testing.T) {
	for _, c := range []struct {
		name, file, lang string
		args             []string
	}{
		{"french", "reject-fr.eml", "fr", nil},
		{"spanish", "reject-es.eml", "es", nil},
		{"german", "reject-de.eml", "de", nil},
		{"french interviewed with notes", "reject-fr.eml", "fr", []string{"--interviewed", "--notes", "discussed: la migration vers dbt"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join("testdata", "draft", c.file)
			var stdout, stderr bytes.Buffer
			if code := cmdDraft(context.Background(), append([]string{path}, c.args...), &stdout, &stderr); code != exitOK {
				t.Fatalf("draft %s = %d, stderr %q", c.file, code, stderr.String())
			}
			name := strings.ReplaceAll(c.name, " ", "-") + ".golden"
			goldenFile(t, filepath.Join("testdata", "draft", name), stdout.String())

			var jsonOut bytes.Buffer
			if code := cmdDraft(context.Background(), append([]string{"--json", path}, c.args...), &jsonOut, &stderr); code != exitOK {
				t.Fatalf("draft --json %s = %d, stderr %q", c.file, code, stderr.String())
			}
			var got draftOutput
			if err := json.Unmarshal(jsonOut.Bytes(), &got); err != nil {
				t.Fatalf("draft --json: %v: %s", err, jsonOut.String())
			}
			if got.Kind != "feedback" || got.Language != c.lang {
				t.Errorf("draft --json: kind %q language %q, want feedback %q", got.Kind, got.Language, c.lang)
			}
			letter, _, _ := strings.Cut(got.Body, placeholderOwner.Name)
			letter = strings.ReplaceAll(letter, "dbt", "")
			if m := englishSentence.FindAllString(got.Subject+"\n"+letter, -1); len(m) > 0 {
				t.Errorf("English words %q in the %s letter:\n%s", m, c.lang, got.Body)
			}
		})
	}
}

func TestDraftUsage(t *testing.T) {
	for _, c := range []struct {
		name string
		args []string
		want int
	}{
		{"no file", nil, exitUsage},
		{"two files", []string{"a.eml", "b.eml"}, exitUsage},
		{"missing file", []string{filepath.Join(t.TempDir(), "missing.eml")}, exitFail},
		{"help", []string{"--help"}, exitOK},
	} {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if got := cmdDraft(context.Background(), c.args, &stdout, &stderr); got != c.want {
				t.Errorf("draft %q = %d, want %d (stderr %q)", c.args, got, c.want, stderr.String())
			}
		})
	}
}

// goldenFile compares got with the file at path, or rewrites it under -update.
func goldenFile(t *testing.T, path, got string) {
	t.Helper()
	if *updateDraft {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs (go test -update to accept):\n--- got ---\n%s\n--- want ---\n%s", path, got, want)
	}
}

package reply

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	_ "github.com/emersion/go-message/charset" // charsets of the fixture mails
	gomail "github.com/emersion/go-message/mail"

	"github.com/followupd/followupd/internal/mail/message"
	"github.com/followupd/followupd/internal/mail/quote"
)

// sharedDir returns the shared fixtures folder, or skips the test.
func sharedDir(t testing.TB) string {
	dir := os.Getenv("FOLLOWUPD_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "..", "shared")
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skip("../shared not found: set FOLLOWUPD_SHARED to the shared fixtures folder")
	}
	return dir
}

type expectedFile struct {
	Fixtures []struct {
		File       string   `json:"file"`
		Input      string   `json:"input"`
		Equals     *string  `json:"visible_equals"`
		Compare    string   `json:"compare"`
		StartsWith *string  `json:"visible_starts_with"`
		Contains   []string `json:"visible_must_contain"`
		NotContain []string `json:"visible_must_not_contain"`
		MaxSeconds float64  `json:"max_seconds"`
	} `json:"fixtures"`
	SignatureCases []struct {
		Body      string `json:"body"`
		Sender    string `json:"sender"`
		Signature string `json:"expected_signature_file"`
	} `json:"signature_cases"`
}

// signatureAware holds the expected visible text where expected.json gives
// talon's quote-only result and its "note" says what a stripper that also
// removes device footers and "-- " signatures (as Visible does) should see.
var signatureAware = map[string]string{
	"talon/standard_replies/iphone.eml":  "Hello", // note: "… should expect 'Hello'"
	"talon/standard_replies/sparrow.eml": "Hello", // note: "a signature-aware stripper should expect just 'Hello'"
}

// minScore is the share of expected.json cases this package must pass; it
// is the level reached when the test was written (51 of 52), so a regression
// fails. The one known failure, talon/reply-separated-by-hr.html, expects the
// line "Bob" just above the <hr> to go with the quote; talon gets that by
// removing the whole <div> around a "From:" block, which Visible does not copy.
const minScore = 0.98

func TestSharedFixtures(t *testing.T) {
	root := filepath.Join(sharedDir(t), "fixtures", "replies")
	raw, err := os.ReadFile(filepath.Join(root, "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var exp expectedFile
	if err := json.Unmarshal(raw, &exp); err != nil {
		t.Fatal(err)
	}
	var pass, total int
	var failures []string
	for _, fx := range exp.Fixtures {
		total++
		visible, elapsed, err := visibleOf(filepath.Join(root, fx.File), fx.Input)
		if err != nil {
			failures = append(failures, fmt.Sprintf("%s: %v", fx.File, err))
			continue
		}
		if fx.MaxSeconds > 0 {
			t.Logf("%s: %v (peer bound %v s)", fx.File, elapsed, fx.MaxSeconds)
		}
		var problems []string
		if fx.Equals != nil {
			want := *fx.Equals
			if w, ok := signatureAware[fx.File]; ok {
				// The quote split alone must still give talon's text.
				if text, err := firstText(mustRead(t, filepath.Join(root, fx.File))); err != nil {
					problems = append(problems, err.Error())
				} else if fresh, _ := quote.Split(text); !compare(fresh, want, fx.Compare) {
					problems = append(problems, fmt.Sprintf("quote.Split = %q, want %q", fresh, want))
				}
				want = w
			}
			if !compare(visible, want, fx.Compare) {
				problems = append(problems, fmt.Sprintf("= %q, want %q (%s)", visible, want, fx.Compare))
			}
		}
		if fx.StartsWith != nil && !strings.HasPrefix(strings.TrimLeftFunc(visible, unicode.IsSpace), *fx.StartsWith) {
			problems = append(problems, fmt.Sprintf("= %q, want prefix %q", clip(visible), *fx.StartsWith))
		}
		for _, s := range fx.Contains {
			if !strings.Contains(visible, s) {
				problems = append(problems, fmt.Sprintf("= %q, want it to contain %q", clip(visible), s))
			}
		}
		for _, s := range fx.NotContain {
			if strings.Contains(visible, s) {
				problems = append(problems, fmt.Sprintf("= %q, want it not to contain %q", clip(visible), s))
			}
		}
		if len(problems) > 0 {
			failures = append(failures, fmt.Sprintf("Visible(%s) %s", fx.File, strings.Join(problems, "; ")))
			continue
		}
		pass++
	}
	for _, sc := range exp.SignatureCases {
		total++
		body := readString(t, filepath.Join(root, sc.Body))
		sender := strings.TrimSpace(readString(t, filepath.Join(root, sc.Sender)))
		wantSig := strings.TrimSpace(readString(t, filepath.Join(root, sc.Signature)))
		gotBody, gotSig := Signature(body, sender)
		wantBody := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(body), wantSig))
		if gotSig != wantSig || strings.TrimSpace(gotBody) != wantBody {
			failures = append(failures, fmt.Sprintf("Signature(%s, %q) sig = %q, want %q", sc.Body, sender, clip(gotSig), clip(wantSig)))
			continue
		}
		pass++
	}
	score := float64(pass) / float64(total)
	t.Logf("expected.json score: %d/%d = %.1f%%", pass, total, 100*score)
	for _, f := range failures {
		t.Log("failed: " + f)
	}
	if score < minScore {
		t.Errorf("score %d/%d is below %.0f%%", pass, total, 100*minScore)
	}
}

// visibleOf reads a fixture the way the daemon would see it.
func visibleOf(path, input string) (string, time.Duration, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", 0, err
	}
	switch input {
	case "", "text":
		start := time.Now()
		v := Visible(string(data))
		return v, time.Since(start), nil
	case "html":
		start := time.Now()
		v := VisibleHTML(string(data))
		return v, time.Since(start), nil
	case "mime":
		// The daemon's path: internal/mail/message decodes the parts.
		m, err := message.Parse(bytes.NewReader(data))
		if err != nil {
			return "", 0, err
		}
		start := time.Now()
		v := Visible(m.Body)
		return v, time.Since(start), nil
	}
	return "", 0, fmt.Errorf("unknown input kind %q", input)
}

// firstText returns the first text/plain part of a message, decoded.
func firstText(data []byte) (string, error) {
	r, err := gomail.CreateReader(strings.NewReader(string(data)))
	if err != nil {
		return "", fmt.Errorf("parse: %w", err)
	}
	for {
		p, err := r.NextPart()
		if errors.Is(err, io.EOF) {
			return "", errors.New("no text/plain part")
		}
		if err != nil {
			return "", fmt.Errorf("next part: %w", err)
		}
		h, ok := p.Header.(*gomail.InlineHeader)
		if !ok {
			continue
		}
		if ct, _, _ := h.ContentType(); ct != "text/plain" && ct != "" {
			continue
		}
		b, err := io.ReadAll(p.Body)
		if err != nil {
			return "", fmt.Errorf("read part: %w", err)
		}
		return string(b), nil
	}
}

func compare(got, want, mode string) bool {
	switch mode {
	case "strip":
		return strings.TrimSpace(got) == strings.TrimSpace(want)
	case "ignore-all-whitespace":
		drop := func(s string) string {
			return strings.Map(func(r rune) rune {
				if unicode.IsSpace(r) {
					return -1
				}
				return r
			}, s)
		}
		return drop(got) == drop(want)
	}
	return strings.TrimRightFunc(got, unicode.IsSpace) == want
}

func readString(t *testing.T, path string) string {
	t.Helper()
	return string(mustRead(t, path))
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func clip(s string) string {
	if len(s) > 200 {
		return s[:200] + "…"
	}
	return s
}

package classify

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/results.txt from the current output")

// TestGolden classifies every fixture under testdata/ and compares a
// one-line summary per message with testdata/golden/results.txt, so that
// any change in behaviour shows up in review. Run with -update to accept.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.eml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	var b strings.Builder
	for _, f := range files {
		m := parseFile(t, f)
		r := Classify(m, Options{Self: []string{"alex@candidate.example"}})
		var people []string
		for _, p := range r.Interviewers {
			people = append(people, p.Name+"<"+p.Email+">")
		}
		ts := func(t time.Time) string {
			if t.IsZero() {
				return "-"
			}
			return t.Format(time.RFC3339)
		}
		fmt.Fprintf(&b, "%s: %s start=%s end=%s zone=%q company=%q role=%q ref=%q reply=%q people=[%s] auto=%v resched=%v\n",
			filepath.Base(f), r.Kind, ts(r.Start), ts(r.End), r.Zone, r.Company, r.Role, r.Reference, r.ReplyTo,
			strings.Join(people, ", "), r.Automated, r.Reschedule)
	}
	golden := filepath.Join("testdata", "golden", "results.txt")
	if *update {
		if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("read golden file (run with -update to create it): %v", err)
	}
	got := b.String()
	if got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Errorf("golden line %d:\n got %s\nwant %s", i+1, g, w)
			}
		}
	}
}

package classify

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// trainingSets are the labelled corpora the weights are learned from: every
// labels.json under testdata/holdout and testdata/blind.
func trainingSets(tb testing.TB) []string {
	tb.Helper()
	dirs := []string{filepath.Join("testdata", "holdout")}
	more, err := filepath.Glob(filepath.Join("testdata", "blind", "*", "labels.json"))
	if err != nil {
		tb.Fatal(err)
	}
	for _, f := range more {
		dirs = append(dirs, filepath.Dir(f))
	}
	return dirs
}

// examples reads the labelled messages of dirs as the model sees them.
func examples(tb testing.TB, dirs []string) []example {
	tb.Helper()
	var exs []example
	for _, dir := range dirs {
		data, err := os.ReadFile(filepath.Join(dir, "labels.json"))
		if err != nil {
			tb.Fatal(err)
		}
		var labels []label
		if err := json.Unmarshal(data, &labels); err != nil {
			tb.Fatalf("%s: %v", dir, err)
		}
		for _, l := range labels {
			m := parseFile(tb, filepath.Join(dir, l.File))
			d := prepare(m, Options{Self: []string{"jordan.lee@mail.example"}})
			if _, _, done := d.structural(); done {
				continue // decided before the table: nothing to learn
			}
			e := d.gather()
			exs = append(exs, example{on: d.signals(e), allowed: d.allowed(e), want: l.Kind})
		}
	}
	return exs
}

// TestWeights fails when the embedded weights are not what training on the
// labelled corpora gives; -update writes them.
func TestWeights(t *testing.T) {
	exs := examples(t, trainingSets(t))
	got := train(exs).format()
	if *update {
		if err := os.WriteFile("weights.txt", []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("trained on %d examples", len(exs))
		return
	}
	if weightsErr != nil {
		t.Errorf("weights.txt: %v: run go test ./internal/mail/classify -run TestWeights -update", weightsErr)
	}
	if got != weightsText {
		t.Errorf("weights.txt differs from what training gives: run go test ./internal/mail/classify -run TestWeights -update")
	}
}

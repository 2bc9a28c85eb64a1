package classify

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/mail/message"
)

// sharedDir returns the shared fixtures directory, or "" when absent.
func sharedDir() string {
	if d := os.Getenv("FOLLOWUPD_SHARED"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "..", "shared")
}

type label struct {
	File         string  `json:"file"`
	Kind         Kind    `json:"kind"`
	Company      *string `json:"company"`
	Role         *string `json:"role"`
	Reference    *string `json:"reference"`
	Interviewers []struct {
		Name  string  `json:"name"`
		Email *string `json:"email"`
	} `json:"interviewers"`
	Start   *string `json:"start"`
	End     *string `json:"end"`
	ReplyTo *string `json:"reply_to"`
	Notes   string  `json:"notes"`
}

func loadCorpus(tb testing.TB) (string, []label) {
	tb.Helper()
	dir := filepath.Join(sharedDir(), "corpus")
	data, err := os.ReadFile(filepath.Join(dir, "labels.json"))
	if err != nil {
		tb.Skipf("../shared not found: set FOLLOWUPD_SHARED to the shared fixtures directory (%v)", err)
	}
	var labels []label
	if err := json.Unmarshal(data, &labels); err != nil {
		tb.Fatalf("labels.json: %v", err)
	}
	return dir, labels
}

func parseFile(tb testing.TB, path string) *message.Message {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	m, err := message.Parse(f)
	if err != nil {
		tb.Fatalf("Parse(%s): %v", path, err)
	}
	return m
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func sameInstant(got time.Time, want *string) bool {
	if want == nil {
		return got.IsZero()
	}
	w, err := time.Parse(time.RFC3339, *want)
	return err == nil && !got.IsZero() && got.Equal(w)
}

// scores is how the classifier did on a labelled corpus.
type scores struct {
	kindAcc, rejP, rejR, startAcc, endAcc, emailAcc, nameAcc float64
	company, role, reference, replyTo                        float64
	nameExtra                                                int
	noReply                                                  []string
	// safety: a thank-you or a feedback request on a wrong reading
	schedP     float64  // precision of interview_scheduled
	unwantedTo []string // a reply_to where the label has none
}

// scoreCorpus classifies every labelled message of dir, logs the confusion
// matrix and the per-field scores, and returns them. With CLASSIFY_VERBOSE set
// it also logs each message's mistakes.
func scoreCorpus(t *testing.T, dir string, labels []label) scores {
	t.Helper()
	kinds := []Kind{InterviewScheduled, InterviewInvitation, InterviewCancelled, Rejection, Offer, ApplicationReceived, Other}
	confusion := map[Kind]map[Kind]int{}
	for _, k := range kinds {
		confusion[k] = map[Kind]int{}
	}
	var (
		kindOK, n                      int
		rejTP, rejFP, rejFN            int
		schedN, startOK, endOK         int
		emailWant, emailGot            int
		nameWant, nameGot, nameExtra   int
		compOK, roleOK, refOK, replyOK int
		noReply, unwantedTo            []string
		schedTP, schedFP               int
	)
	verbose := os.Getenv("CLASSIFY_VERBOSE") != ""
	for _, l := range labels {
		m := parseFile(t, filepath.Join(dir, l.File))
		r := Classify(m, Options{Self: []string{"jordan.lee@mail.example"}})
		n++
		confusion[l.Kind][r.Kind]++
		var problems []string
		if r.Kind == l.Kind {
			kindOK++
		} else {
			problems = append(problems, fmt.Sprintf("kind %s, want %s (%s)", r.Kind, l.Kind, strings.Join(r.Reasons, "; ")))
		}
		switch {
		case r.Kind == Rejection && l.Kind == Rejection:
			rejTP++
		case r.Kind == Rejection:
			rejFP++
		case l.Kind == Rejection:
			rejFN++
		}
		if l.Kind == InterviewScheduled {
			schedN++
			if sameInstant(r.Start, l.Start) {
				startOK++
			} else {
				problems = append(problems, fmt.Sprintf("start %v, want %s", r.Start, str(l.Start)))
			}
			if sameInstant(r.End, l.End) {
				endOK++
			} else {
				problems = append(problems, fmt.Sprintf("end %v, want %s", r.End, str(l.End)))
			}
			for _, w := range l.Interviewers {
				nameWant++
				foundName := false
				for _, p := range r.Interviewers {
					if fold(p.Name) == fold(w.Name) {
						foundName = true
					}
				}
				if foundName {
					nameGot++
				}
				if w.Email == nil {
					continue
				}
				emailWant++
				found := false
				for _, p := range r.Interviewers {
					if strings.EqualFold(p.Email, *w.Email) {
						found = true
					}
				}
				if found {
					emailGot++
				}
			}
			if len(r.Interviewers) > len(l.Interviewers) {
				nameExtra += len(r.Interviewers) - len(l.Interviewers)
			}
			if !samePeople(r.Interviewers, l) {
				var want []Person
				for _, w := range l.Interviewers {
					want = append(want, Person{Name: w.Name, Email: str(w.Email)})
				}
				problems = append(problems, fmt.Sprintf("interviewers %q, want %q", r.Interviewers, want))
			}
		}
		if strings.EqualFold(r.Company, str(l.Company)) {
			compOK++
		} else {
			problems = append(problems, fmt.Sprintf("company %q, want %q", r.Company, str(l.Company)))
		}
		if r.Role == str(l.Role) {
			roleOK++
		} else {
			problems = append(problems, fmt.Sprintf("role %q, want %q", r.Role, str(l.Role)))
		}
		if r.Reference == str(l.Reference) {
			refOK++
		} else {
			problems = append(problems, fmt.Sprintf("reference %q, want %q", r.Reference, str(l.Reference)))
		}
		if r.ReplyTo == str(l.ReplyTo) {
			replyOK++
		} else {
			problems = append(problems, fmt.Sprintf("reply_to %q, want %q", r.ReplyTo, str(l.ReplyTo)))
		}
		if r.Kind == InterviewScheduled {
			if l.Kind == InterviewScheduled {
				schedTP++
			} else {
				schedFP++
			}
		}
		if r.ReplyTo != "" && l.ReplyTo == nil {
			unwantedTo = append(unwantedTo, l.File+": "+r.ReplyTo)
		}
		if r.ReplyTo != "" && IsNoReply(r.ReplyTo) {
			noReply = append(noReply, l.File+": "+r.ReplyTo)
		}
		if verbose && len(problems) > 0 {
			t.Logf("%s: %s", l.File, strings.Join(problems, " | "))
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "confusion matrix (rows: label, columns: classifier)\n%22s", "")
	for _, k := range kinds {
		fmt.Fprintf(&b, " %5.5s", short(k))
	}
	b.WriteString("\n")
	for _, k := range kinds {
		fmt.Fprintf(&b, "%22s", k)
		for _, g := range kinds {
			fmt.Fprintf(&b, " %5d", confusion[k][g])
		}
		b.WriteString("\n")
	}
	t.Log(b.String())
	ratio := func(a, b int) float64 {
		if b == 0 {
			return 1
		}
		return float64(a) / float64(b)
	}
	s := scores{
		kindAcc: ratio(kindOK, n), rejP: ratio(rejTP, rejTP+rejFP), rejR: ratio(rejTP, rejTP+rejFN),
		startAcc: ratio(startOK, schedN), endAcc: ratio(endOK, schedN),
		emailAcc: ratio(emailGot, emailWant), nameAcc: ratio(nameGot, nameWant), nameExtra: nameExtra,
		company: ratio(compOK, n), role: ratio(roleOK, n), reference: ratio(refOK, n), replyTo: ratio(replyOK, n),
		noReply: noReply, unwantedTo: unwantedTo, schedP: ratio(schedTP, schedTP+schedFP),
	}
	t.Logf("kind accuracy %.3f (%d/%d)", s.kindAcc, kindOK, n)
	t.Logf("rejection precision %.3f recall %.3f", s.rejP, s.rejR)
	t.Logf("interview_scheduled start %.3f (%d/%d), end %.3f", s.startAcc, startOK, schedN, s.endAcc)
	t.Logf("interviewer emails found %.3f (%d/%d), names found %.3f (%d/%d), extra people %d", s.emailAcc, emailGot, emailWant, s.nameAcc, nameGot, nameWant, nameExtra)
	t.Logf("company %.3f, role %.3f, reference %.3f, reply_to %.3f", s.company, s.role, s.reference, s.replyTo)
	t.Logf("safety: interview_scheduled precision %.3f, reply_to where none is wanted %v", s.schedP, unwantedTo)
	return s
}

// atLeast reports a score below its threshold.
func atLeast(t *testing.T, name string, got, want float64) {
	t.Helper()
	if got < want {
		t.Errorf("%s = %.3f, want >= %.2f", name, got, want)
	}
}

// TestCorpusQuality scores the classifier against the shared labelled corpus
// and fails below the thresholds of the issue.
func TestCorpusQuality(t *testing.T) {
	dir, labels := loadCorpus(t)
	s := scoreCorpus(t, dir, labels)
	atLeast(t, "kind accuracy", s.kindAcc, 0.97)
	atLeast(t, "rejection precision", s.rejP, 1)
	atLeast(t, "rejection recall", s.rejR, 0.95)
	atLeast(t, "interview_scheduled start accuracy", s.startAcc, 0.95)
	atLeast(t, "interviewer emails found", s.emailAcc, 0.95)
	if len(s.noReply) > 0 {
		t.Errorf("no-reply reply_to = %v, want none", s.noReply)
	}
}

// TestHoldoutQuality scores the classifier against testdata/holdout, a corpus
// written apart from the shared one (other ATS and calendar programs, other
// languages, HTML-only mail) to measure how the rules generalise. Its labels
// were written before the classifier was run on it.
func TestHoldoutQuality(t *testing.T) {
	dir := filepath.Join("testdata", "holdout")
	data, err := os.ReadFile(filepath.Join(dir, "labels.json"))
	if err != nil {
		t.Fatalf("holdout labels: %v", err)
	}
	var labels []label
	if err := json.Unmarshal(data, &labels); err != nil {
		t.Fatalf("holdout labels.json: %v", err)
	}
	if len(labels) < 40 {
		t.Fatalf("holdout has %d messages, want >= 40", len(labels))
	}
	if r := os.Getenv("CLASSIFY_HOLDOUT"); r != "" {
		// CLASSIFY_HOLDOUT=105-163 scores one batch only (its first-sight
		// score); the thresholds still apply
		labels = holdoutRange(t, labels, r)
	}
	s := scoreCorpus(t, dir, labels)
	// the level reached after the fixes (see the commit history for the
	// scores before them); the brief's floor is kind 0.95, start 0.90
	atLeast(t, "kind accuracy", s.kindAcc, 0.98)
	atLeast(t, "rejection precision", s.rejP, 1)
	atLeast(t, "rejection recall", s.rejR, 0.95)
	atLeast(t, "interview_scheduled start accuracy", s.startAcc, 0.95)
	atLeast(t, "interview_scheduled end accuracy", s.endAcc, 0.95)
	atLeast(t, "interviewer emails found", s.emailAcc, 0.95)
	atLeast(t, "interviewer names found", s.nameAcc, 0.95)
	atLeast(t, "company", s.company, 0.95)
	atLeast(t, "role", s.role, 0.95)
	atLeast(t, "reference", s.reference, 0.95)
	atLeast(t, "reply_to", s.replyTo, 0.95)
	atLeast(t, "interview_scheduled precision", s.schedP, 1)
	if s.nameExtra > 0 {
		t.Errorf("extra interviewers = %d, want 0", s.nameExtra)
	}
	if len(s.unwantedTo) > 0 {
		t.Errorf("reply_to where the label has none = %v, want none", s.unwantedTo)
	}
	if len(s.noReply) > 0 {
		t.Errorf("no-reply reply_to = %v, want none", s.noReply)
	}
}

// holdoutRange keeps the labels whose file number lies in "from-to".
func holdoutRange(t *testing.T, labels []label, r string) []label {
	t.Helper()
	var from, to int
	if _, err := fmt.Sscanf(r, "%d-%d", &from, &to); err != nil {
		t.Fatalf("CLASSIFY_HOLDOUT=%q: want FROM-TO (%v)", r, err)
	}
	var out []label
	for _, l := range labels {
		var n int
		if _, err := fmt.Sscanf(l.File, "%d.eml", &n); err == nil && n >= from && n <= to {
			out = append(out, l)
		}
	}
	return out
}

func short(k Kind) string {
	s := string(k)
	if i := strings.LastIndexByte(s, '_'); i >= 0 && strings.HasPrefix(s, "interview") {
		return "i_" + s[i+1:]
	}
	return s
}

func samePeople(got []Person, l label) bool {
	if len(got) != len(l.Interviewers) {
		return false
	}
	var a, b []string
	for _, p := range got {
		a = append(a, fold(p.Name)+"|"+strings.ToLower(p.Email))
	}
	for _, w := range l.Interviewers {
		b = append(b, fold(w.Name)+"|"+strings.ToLower(str(w.Email)))
	}
	sort.Strings(a)
	sort.Strings(b)
	return strings.Join(a, ",") == strings.Join(b, ",")
}

// BenchmarkClassifyCorpus parses and classifies every corpus message; run
// with -cpu 1 to read msgs/s on one core. It also reports msgs/cpu-s, the
// messages per second of CPU time the process used (the garbage collector's
// included), which holds still when other jobs share the machine.
func BenchmarkClassifyCorpus(b *testing.B) {
	dir, labels := loadCorpus(b)
	var raws [][]byte
	for _, l := range labels {
		data, err := os.ReadFile(filepath.Join(dir, l.File))
		if err != nil {
			b.Fatal(err)
		}
		raws = append(raws, data)
	}
	b.ResetTimer()
	cpu0, cpuOK := cpuTime()
	msgs := 0
	for i := 0; i < b.N; i++ {
		for _, raw := range raws {
			// as the daemon reads a fetched message: no copy of its bytes
			m, err := message.Parse(bytes.NewReader(raw))
			if err != nil {
				b.Fatal(err)
			}
			Classify(m, Options{})
			msgs++
		}
	}
	b.ReportMetric(float64(msgs)/b.Elapsed().Seconds(), "msgs/s")
	if cpu1, ok := cpuTime(); ok && cpuOK && cpu1 > cpu0 {
		b.ReportMetric(float64(msgs)/(cpu1-cpu0).Seconds(), "msgs/cpu-s")
	}
}

// TestBlindQuality scores the classifier against the blind batches of
// testdata/blind: written by people who never saw the code, scored at first
// sight before any fix (their first-sight numbers are in that folder's
// README), and kept since as a guard. Batches with kind-only labels (real
// public mail) are scored on kind alone.
func TestBlindQuality(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "blind", "*", "labels.json"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no blind batches in testdata/blind: %v", err)
	}
	for _, f := range dirs {
		dir := filepath.Dir(f)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var labels []label
			if err := json.Unmarshal(data, &labels); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			var raw []map[string]any
			_ = json.Unmarshal(data, &raw)
			_, full := raw[0]["interviewers"]
			s := scoreCorpus(t, dir, labels)
			// the floors are the level each batch reached after its fixes;
			// the third round (written to avoid known wordings) is not yet
			// at the others' level
			kind, recall := 0.93, 0.95
			if filepath.Base(dir) == "h-third" {
				kind, recall = 0.85, 0.94
			}
			atLeast(t, "kind accuracy", s.kindAcc, kind)
			atLeast(t, "rejection precision", s.rejP, 0.94)
			atLeast(t, "rejection recall", s.rejR, recall)
			if len(s.noReply) > 0 {
				t.Errorf("no-reply reply_to = %v, want none", s.noReply)
			}
			if !full {
				return
			}
			atLeast(t, "interview_scheduled precision", s.schedP, 1)
			atLeast(t, "interview_scheduled start accuracy", s.startAcc, 0.80)
		})
	}
}

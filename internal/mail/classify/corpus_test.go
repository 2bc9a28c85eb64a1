package classify

import (
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

// TestCorpusQuality scores the classifier against the labelled corpus and
// fails below the thresholds of the issue.
func TestCorpusQuality(t *testing.T) {
	dir, labels := loadCorpus(t)
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
		noReply                        []string
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
				problems = append(problems, fmt.Sprintf("interviewers %v, want %v", r.Interviewers, l.Interviewers))
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
	kindAcc := ratio(kindOK, n)
	rejP := ratio(rejTP, rejTP+rejFP)
	rejR := ratio(rejTP, rejTP+rejFN)
	startAcc := ratio(startOK, schedN)
	emailAcc := ratio(emailGot, emailWant)
	t.Logf("kind accuracy %.3f (%d/%d)", kindAcc, kindOK, n)
	t.Logf("rejection precision %.3f recall %.3f", rejP, rejR)
	t.Logf("interview_scheduled start %.3f (%d/%d), end %.3f", startAcc, startOK, schedN, ratio(endOK, schedN))
	t.Logf("interviewer emails found %.3f (%d/%d), names found %.3f (%d/%d), extra people %d", emailAcc, emailGot, emailWant, ratio(nameGot, nameWant), nameGot, nameWant, nameExtra)
	t.Logf("company %.3f, role %.3f, reference %.3f, reply_to %.3f", ratio(compOK, n), ratio(roleOK, n), ratio(refOK, n), ratio(replyOK, n))
	if kindAcc < 0.97 {
		t.Errorf("kind accuracy = %.3f, want >= 0.97", kindAcc)
	}
	if rejP < 1 {
		t.Errorf("rejection precision = %.3f, want 1.00", rejP)
	}
	if rejR < 0.95 {
		t.Errorf("rejection recall = %.3f, want >= 0.95", rejR)
	}
	if startAcc < 0.95 {
		t.Errorf("interview_scheduled start accuracy = %.3f, want >= 0.95", startAcc)
	}
	if emailAcc < 0.95 {
		t.Errorf("interviewer emails found = %.3f, want >= 0.95", emailAcc)
	}
	if len(noReply) > 0 {
		t.Errorf("no-reply reply_to = %v, want none", noReply)
	}
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
// with -cpu 1 to read msgs/s on one core.
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
	msgs := 0
	for i := 0; i < b.N; i++ {
		for _, raw := range raws {
			m, err := message.Parse(strings.NewReader(string(raw)))
			if err != nil {
				b.Fatal(err)
			}
			Classify(m, Options{})
			msgs++
		}
	}
	b.ReportMetric(float64(msgs)/b.Elapsed().Seconds(), "msgs/s")
}

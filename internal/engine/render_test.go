package engine

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/mail/compose"
)

// Template overrides that load (the self-test renders them for Acme) but
// fail on real data: the letter for any other company, every real notice.
const (
	brokenFeedback = "Subject: {{.ReplySubject}}\n{{if ne .Company \"Acme\"}}{{.Salary}}{{end}}\nDear {{.GreetName}},\n\nThanks.\n"
	brokenNotice   = "Subject: [followupd] {{.Subject}}\n{{if ne .Subject \"Subject\"}}{{.Salary}}{{end}}\n{{.Text}}\n"
)

// withTemplates starts a harness whose templates directory holds files,
// loaded by the engine.
func withTemplates(t *testing.T, files map[string]string) (*harness, string) {
	t.Helper()
	dir := t.TempDir()
	h := newHarness(t, fmt.Sprintf("[drafts]\ntemplates_dir = %q\n", dir))
	writeTemplates(t, dir, files)
	tpl, err := compose.Load(dir)
	if err != nil {
		t.Fatalf("compose.Load(broken overrides) = %v; the test needs overrides that pass the self-test", err)
	}
	h.eng.Templates = tpl
	return h, dir
}

func writeTemplates(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
}

func TestBrokenTemplateFailsTheFollowupAndTellsTheOwnerOnce(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
	}{
		{"broken letter template", map[string]string{compose.FileFeedback: brokenFeedback}},
		{"broken letter and notice templates", map[string]string{compose.FileFeedback: brokenFeedback, compose.FileNotice: brokenNotice}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, dir := withTemplates(t, tt.files)
			start := h.now
			h.inbox(rejectionMsg("Sam Patel <sam.patel@contoso.example>", ""))
			h.work()
			f := h.followups()[0]
			if f.State != followup.Drafted || f.Attempts != 1 || !f.RenderFailed || !strings.HasPrefix(f.LastError, followup.RenderErrorPrefix) || !f.NextAttemptAt.Equal(start.Add(time.Minute)) {
				t.Fatalf("after the first failure: %s, attempts %d, retry %v, error %q; want drafted, 1 attempt, retry in 1m", f.State, f.Attempts, f.NextAttemptAt, f.LastError)
			}
			h.at(start.Add(30 * time.Second))
			h.work()
			if f := h.followups()[0]; f.Attempts != 1 {
				t.Fatalf("before the backoff ended: attempts %d, want 1", f.Attempts)
			}
			// A day of the outbox waking every minute.
			for m := 1; m <= 24*60; m++ {
				h.at(start.Add(time.Duration(m) * time.Minute))
				h.work()
			}
			f = h.followups()[0]
			if f.State != followup.Failed || f.Attempts != maxRenderAttempts {
				t.Fatalf("after a day: %s, %d attempts; want failed after %d", f.State, f.Attempts, maxRenderAttempts)
			}
			if !strings.Contains(f.LastError, compose.FileFeedback) || !strings.Contains(f.LastError, "Salary") {
				t.Errorf("last error %q, want it to name the template and its problem", f.LastError)
			}
			got := h.newOwnerMail()
			if len(got) != 1 {
				t.Fatalf("the owner got %d messages, want one notice", len(got))
			}
			n := got[0].msg
			if !strings.Contains(n.Subject, "template problem") || !strings.Contains(n.Body, compose.FileFeedback) || !strings.Contains(n.Body, "#1 feedback to Sam Patel") {
				t.Errorf("notice %q:\n%s\nwant it to name the template and the follow-up", n.Subject, n.Body)
			}
			if strings.Contains(n.Body, "careful consideration") || strings.Contains(n.Body, ownerPass) {
				t.Errorf("notice carries mail text or a secret:\n%s", n.Body)
			}
			if len(h.employerMail()) != 0 {
				t.Fatalf("a letter left")
			}

			// Fixed and reloaded: drafted again, the owner asked as usual.
			if err := os.Remove(filepath.Join(dir, compose.FileFeedback)); err != nil {
				t.Fatal(err)
			}
			if err := os.Remove(filepath.Join(dir, compose.FileNotice)); err != nil && !os.IsNotExist(err) {
				t.Fatal(err)
			}
			h.eng.SetConfig(h.eng.Config())
			h.at(h.now.Add(time.Minute))
			h.work()
			if n := h.answerNew("send"); n != 1 {
				t.Fatalf("after the reload: %d approval requests, want 1 (%s)", n, h.states())
			}
			h.work()
			h.at(time.Date(2026, 3, 10, 11, 0, 0, 0, london))
			h.work()
			if got := h.employerMail(); len(got) != 1 || !strings.Contains(got[0].msg.Body, "feedback") {
				t.Fatalf("after the owner's send: %d letters, want the feedback request", len(got))
			}
		})
	}
}

func TestReloadDuringTheBackoffDraftsAtOnce(t *testing.T) {
	h, dir := withTemplates(t, map[string]string{compose.FileFeedback: brokenFeedback})
	h.inbox(rejectionMsg("Sam Patel <sam.patel@contoso.example>", ""))
	for i := 0; i < 3; i++ { // tries at 0, 1 and 3 minutes; the next at 7
		h.work()
		h.at(h.followups()[0].NextAttemptAt)
	}
	h.at(h.now.Add(-time.Minute))
	if f := h.followups()[0]; f.State != followup.Drafted || f.Attempts != 3 {
		t.Fatalf("after three tries: %s, %d attempts; want drafted, 3", f.State, f.Attempts)
	}
	if err := os.Remove(filepath.Join(dir, compose.FileFeedback)); err != nil {
		t.Fatal(err)
	}
	h.eng.SetConfig(h.eng.Config())
	h.work()
	if n := h.answerNew("send"); n != 1 {
		t.Fatalf("right after the reload: %d approval requests, want 1 (%s)", n, h.states())
	}
	if f := h.followups()[0]; f.Attempts != 0 || f.LastError != "" {
		t.Errorf("after drafting: attempts %d, error %q; want both cleared", f.Attempts, f.LastError)
	}
}

func TestReloadWithTemplatesStillBrokenKeepsTheOldOnes(t *testing.T) {
	h, dir := withTemplates(t, map[string]string{compose.FileFeedback: brokenFeedback})
	// A template that does not even load: the reload keeps what is in force.
	writeTemplates(t, dir, map[string]string{compose.FileFeedback: "Subject: {{.ReplySubject}\n"})
	before := h.eng.templates()
	h.eng.SetConfig(h.eng.Config())
	if h.eng.templates() != before {
		t.Fatalf("a reload with templates that do not load replaced the templates")
	}
	if h.eng.takeRearm() {
		t.Fatalf("a reload with templates that do not load re-armed failed drafts")
	}
}

func TestOwnersAnswerWithBrokenTemplateIsRefusedNotRetried(t *testing.T) {
	h := newHarness(t, "")
	h.inbox(rejectionMsg("Sam Patel <sam.patel@contoso.example>", ""))
	h.work()
	reqs := h.newOwnerMail()
	if len(reqs) != 1 {
		t.Fatalf("want one approval request, got %d", len(reqs))
	}
	dir := t.TempDir()
	writeTemplates(t, dir, map[string]string{compose.FileFeedback: brokenFeedback})
	tpl, err := compose.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	h.eng.Templates = tpl
	before := h.followups()[0]
	h.inbox(answer(reqs[0], ownerAddr, "notes: discussed: the data platform")) // Handle must not fail
	h.work()
	after := h.followups()[0]
	if after.State != before.State || after.Version != before.Version || after.Notes != before.Notes {
		t.Fatalf("after a refused answer: %s v%d notes %q, want unchanged %s v%d", after.State, after.Version, after.Notes, before.State, before.Version)
	}
	got := h.newOwnerMail()
	if len(got) != 1 || !strings.Contains(got[0].msg.Subject, "Not done") || !strings.Contains(got[0].msg.Body, compose.FileFeedback) {
		t.Fatalf("want one notice naming the template, got %d", len(got))
	}
}

func TestApprovedLetterLeavesAsStoredWhenTheTemplateBreaks(t *testing.T) {
	h := newHarness(t, "")
	approveRejection(h)
	approved := h.followups()[0]
	dir := t.TempDir()
	writeTemplates(t, dir, map[string]string{compose.FileFeedback: brokenFeedback})
	tpl, err := compose.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	h.eng.Templates = tpl
	h.at(time.Date(2026, 3, 9, 11, 0, 0, 0, london))
	h.work()
	got := h.employerMail()
	if len(got) != 1 {
		t.Fatalf("letters = %d, want 1 (%s)", len(got), h.states())
	}
	m := got[0].msg
	if m.Subject != approved.Subject || strings.TrimSpace(m.Body) != strings.TrimSpace(approved.Body) {
		t.Errorf("sent %q / %q, want the approved text", m.Subject, m.Body)
	}
	if len(m.InReplyTo) != 1 || m.InReplyTo[0] != "decision-5520@contoso.example" ||
		strings.Join(m.References, " ") != "apply-5520@contoso.example decision-5520@contoso.example" {
		t.Errorf("thread headers In-Reply-To %v References %v, want the rejection's thread", m.InReplyTo, m.References)
	}
	if f := h.followups()[0]; f.State != followup.Sent {
		t.Errorf("state %s, want sent", f.State)
	}
	if n := h.newOwnerMail(); len(n) != 1 || !strings.Contains(n[0].msg.Subject, "Sent") {
		t.Errorf("want the confirmation of the letter sent, got %d messages", len(n))
	}
}

// TestRescheduleAfterAFailedThankYou: an interview moved after its
// thank-you failed drafts a new one (failed → drafted) instead of refusing
// the message forever.
func TestRescheduleAfterAFailedThankYou(t *testing.T) {
	h := newHarness(t, "")
	h.inbox(interviewMsg("c1@northwind.example", 0, ivStart))
	h.at(ivStart.Add(time.Hour))
	h.work()
	if n := h.answerNew("send"); n != 2 {
		t.Fatalf("approval requests = %d, want 2", n)
	}
	h.work()
	h.newOwnerMail()
	h.smtp.Fail(550, 2)
	h.at(ivStart.Add(23 * time.Hour)) // Wed 09:00 London, when the letters are due
	h.work()
	for _, f := range h.followups() {
		if f.State != followup.Failed {
			t.Fatalf("after a 550: %s, want failed", h.states())
		}
	}
	h.newOwnerMail()
	moved := ivStart.Add(48 * time.Hour)
	h.inbox(strings.Replace(interviewMsg("c2@northwind.example", 1, moved), "Interview confirmed", "Updated invitation", 1))
	for _, f := range h.followups() {
		if f.State != followup.Drafted || f.Attempts != 0 || f.LastError != "" {
			t.Fatalf("after the reschedule: %s (attempts %d, error %q), want drafted afresh", h.states(), f.Attempts, f.LastError)
		}
	}
	h.at(moved.Add(time.Hour))
	h.work()
	if n := h.answerNew("send"); n != 2 {
		t.Fatalf("after the new interview: %d approval requests, want 2", n)
	}
}

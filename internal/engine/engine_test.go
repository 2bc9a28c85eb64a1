package engine

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/mail/imapwatch"
)

// approveAll answers every approval request the owner has not answered yet.
func (h *harness) answerNew(body string) int {
	h.t.Helper()
	n := 0
	for _, m := range h.newOwnerMail() {
		if m.msg.Get("X-Followupd") == "approval-request" {
			h.inbox(answer(m, ownerAddr, body))
			n++
		}
	}
	return n
}

// recipients lists who received the letters, leaving out the owner's
// blind copy.
func recipients(ms []mail) []string {
	var out []string
	for _, m := range ms {
		for _, to := range m.to {
			if to != ownerAddr {
				out = append(out, to)
			}
		}
	}
	return out
}

func TestThankYouApprovedGoesOncePerInterviewer(t *testing.T) {
	h := newHarness(t, "")
	h.inbox(interviewMsg("conf-1@northwind.example", 0, ivStart))
	h.inbox(interviewMsg("conf-1@northwind.example", 0, ivStart)) // the same message again: nothing twice
	if fus := h.followups(); len(fus) != 2 {
		t.Fatalf("after the confirmation: %s, want two drafted thank-yous", h.states())
	}
	h.work()
	if got := h.newOwnerMail(); len(got) != 0 {
		t.Fatalf("before the interview the owner got %d mails, want none", len(got))
	}
	h.at(ivStart.Add(time.Hour)) // the interview ends
	h.work()
	reqs := h.newOwnerMail()
	if len(reqs) != 2 {
		t.Fatalf("at the interview's end the owner got %d mails, want 2 approval requests", len(reqs))
	}
	for _, r := range reqs {
		if r.msg.Get("Auto-Submitted") != "auto-generated" || r.msg.Get("X-Followupd") != "approval-request" {
			t.Errorf("approval request headers: Auto-Submitted %q, X-Followupd %q", r.msg.Get("Auto-Submitted"), r.msg.Get("X-Followupd"))
		}
		if !tokenRe.MatchString(r.msg.MessageID) {
			t.Errorf("approval request Message-ID %q carries no token", r.msg.MessageID)
		}
		h.inbox(answer(r, ownerAddr, "Send\n\nSent from my iPhone"))
	}
	h.work()
	if got := h.employerMail(); len(got) != 0 {
		t.Fatalf("sent %v right after approval at 11:00, want nothing before 13:00 (2h after the end)", recipients(got))
	}
	h.at(ivStart.Add(3*time.Hour - time.Minute))
	h.work()
	if got := h.employerMail(); len(got) != 0 {
		t.Fatalf("sent %v at 12:59, want nothing before 13:00", recipients(got))
	}
	h.at(ivStart.Add(3 * time.Hour))
	h.work()
	h.at(ivStart.Add(5 * time.Hour))
	h.work()
	got := h.employerMail()
	if strings.Join(recipients(got), ",") != "priya.raman@northwind.example,tom.wu@northwind.example" {
		t.Fatalf("employers received %v, want exactly one thank-you each to priya.raman and tom.wu", recipients(got))
	}
	for _, m := range got {
		if len(m.to) != 2 || m.to[1] != ownerAddr {
			t.Errorf("envelope recipients %v: want the interviewer and the owner's blind copy", m.to)
		}
		if len(m.msg.InReplyTo) != 0 {
			t.Errorf("thank-you to %v is threaded onto %v, want a new thread", m.to, m.msg.InReplyTo)
		}
		if m.msg.From[0].Email != ownerAddr || !strings.Contains(m.msg.Subject, "Senior Data Analyst") {
			t.Errorf("thank-you From %v Subject %q", m.msg.From, m.msg.Subject)
		}
		if m.msg.Get("Auto-Submitted") != "" || m.msg.Get("X-Followupd") != "" {
			t.Errorf("a letter to an employer carries followupd's own headers")
		}
	}
	for _, f := range h.followups() {
		if f.State != followup.Sent {
			t.Errorf("follow-up %d is %s, want sent", f.ID, f.State)
		}
	}
	if n := len(h.imap.Messages(t, "Sent")); n != 2 {
		t.Errorf("Sent folder holds %d copies, want 2", n)
	}
}

func TestFeedbackRequestIsThreadedToTheHuman(t *testing.T) {
	h := newHarness(t, "")
	h.at(time.Date(2026, 3, 9, 9, 5, 0, 0, london))
	h.inbox(rejectionMsg("Sam Patel <sam.patel@contoso.example>", ""))
	h.work()
	if n := h.answerNew("yes please"); n != 1 {
		t.Fatalf("after a rejection the owner got %d approval requests, want 1 at once", n)
	}
	h.work()
	if got := h.employerMail(); len(got) != 0 {
		t.Fatalf("sent %v at once, want it 2 business hours after the rejection", recipients(got))
	}
	h.at(time.Date(2026, 3, 9, 11, 0, 0, 0, london))
	h.work()
	got := h.employerMail()
	if len(got) != 1 || got[0].to[0] != "sam.patel@contoso.example" {
		t.Fatalf("employers received %v, want one feedback request to sam.patel", recipients(got))
	}
	m := got[0].msg
	if strings.Join(m.InReplyTo, " ") != "decision-5520@contoso.example" {
		t.Errorf("In-Reply-To = %v, want the rejection", m.InReplyTo)
	}
	if strings.Join(m.References, " ") != "apply-5520@contoso.example decision-5520@contoso.example" {
		t.Errorf("References = %v, want the rejection's thread", m.References)
	}
	if m.Subject != "Re: Your application for Product Analyst" {
		t.Errorf("Subject = %q", m.Subject)
	}
	body := strings.ToLower(m.Body)
	for _, want := range []string{"feedback", "future"} {
		if !strings.Contains(body, want) {
			t.Errorf("feedback request does not mention %q:\n%s", want, m.Body)
		}
	}
}

func TestNoReplyRejectionAsksTheOwnerForAnAddress(t *testing.T) {
	h := newHarness(t, "")
	h.inbox(rejectionMsg("Contoso Careers <no-reply@contoso.example>", ""))
	h.work()
	reqs := h.newOwnerMail()
	if len(reqs) != 1 || !strings.Contains(strings.ToLower(reqs[0].msg.Body), "no-reply") && !strings.Contains(strings.ToLower(reqs[0].msg.Body), "address") {
		t.Fatalf("want one approval request asking for an address, got %d", len(reqs))
	}
	h.inbox(answer(reqs[0], ownerAddr, "send"))
	h.at(h.now.Add(24 * time.Hour))
	h.work()
	if got := h.employerMail(); len(got) != 0 {
		t.Fatalf("sent %v with no human address known", recipients(got))
	}
	notice := h.newOwnerMail()
	if len(notice) != 1 || notice[0].msg.Get("X-Followupd") != "notice" {
		t.Fatalf("after 'send' without an address, want one notice, got %d", len(notice))
	}
	// The owner gives an address; the new version comes back for a final yes.
	h.inbox(answer(reqs[0], ownerAddr, "to: sam.patel@contoso.example"))
	h.work()
	if n := h.answerNew("ok"); n != 1 {
		t.Fatalf("after to:, want one new approval request, got %d", n)
	}
	h.at(h.now.Add(24 * time.Hour))
	h.work()
	if got := h.employerMail(); len(got) != 1 || got[0].to[0] != "sam.patel@contoso.example" {
		t.Fatalf("employers received %v, want one mail to the address the owner gave", recipients(got))
	}
}

func TestStopConditions(t *testing.T) {
	tests := []struct {
		name  string
		steps func(h *harness)
		want  []string // recipients that must receive mail, in order
	}{
		{"cancelled before the interview", func(h *harness) {
			h.inbox(interviewMsg("c1@northwind.example", 0, ivStart))
			h.inbox(cancelMsg())
		}, nil},
		{"cancelled after the approval request", func(h *harness) {
			h.inbox(interviewMsg("c1@northwind.example", 0, ivStart))
			h.at(ivStart.Add(time.Hour))
			h.work()
			reqs := h.newOwnerMail()
			h.inbox(cancelMsg())
			for _, r := range reqs {
				h.inbox(answer(r, ownerAddr, "send"))
			}
		}, nil},
		{"thank-you sent by hand to one interviewer", func(h *harness) {
			h.inbox(interviewMsg("c1@northwind.example", 0, ivStart))
			h.at(ivStart.Add(time.Hour))
			h.work()
			h.sentByHand(handSent("Priya Raman <priya.raman@northwind.example>", ivStart.Add(70*time.Minute)))
			h.answerNew("send")
		}, []string{"tom.wu@northwind.example"}},
		{"mail to the interviewer before the interview does not count", func(h *harness) {
			h.inbox(interviewMsg("c1@northwind.example", 0, ivStart))
			h.sentByHand(handSent("priya.raman@northwind.example", ivStart.Add(-20*time.Hour)))
			h.at(ivStart.Add(time.Hour))
			h.work()
			h.answerNew("send")
		}, []string{"priya.raman@northwind.example", "tom.wu@northwind.example"}},
		{"rejection before the thank-you left", func(h *harness) {
			h.inbox(interviewMsg("c1@northwind.example", 0, ivStart))
			h.at(ivStart.Add(time.Hour))
			h.work()
			h.answerNew("send")
			h.inbox(strings.NewReplacer("contoso", "northwind", "Contoso", "Northwind", "Product Analyst", "Senior Data Analyst").Replace(rejectionMsg("Maya Chen <maya.chen@northwind.example>", "")))
		}, []string{"maya.chen@northwind.example"}}, // the feedback request only
		{"the owner wrote to the recruiter after the rejection", func(h *harness) {
			h.inbox(rejectionMsg("Sam Patel <sam.patel@contoso.example>", ""))
			h.work()
			h.sentByHand(strings.ReplaceAll(handSent("sam.patel@contoso.example", h.now.Add(time.Hour)), "Priya", "Sam"))
			h.answerNew("send")
		}, nil},
		{"a new interview with the employer cancels a pending feedback request", func(h *harness) {
			h.inbox(strings.NewReplacer("contoso", "northwind", "Contoso", "Northwind").Replace(rejectionMsg("Maya Chen <maya.chen@northwind.example>", "")))
			h.work()
			h.inbox(interviewMsg("c1@northwind.example", 0, ivStart))
		}, []string{"priya.raman@northwind.example", "tom.wu@northwind.example"}},
		{"an offer cancels a pending feedback request", func(h *harness) {
			h.inbox(rejectionMsg("Sam Patel <sam.patel@contoso.example>", ""))
			h.work()
			h.inbox(offerMsg())
			h.answerNew("send")
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, "")
			tt.steps(h)
			for _, d := range []time.Duration{0, 6 * time.Hour, 30 * time.Hour, 72 * time.Hour} {
				h.at(ivStart.Add(d))
				h.work()
				h.answerNew("send")
			}
			if got := recipients(h.employerMail()); strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("employers received %v, want %v (%s)", got, tt.want, h.states())
			}
		})
	}
}

func TestRescheduleMovesTheThankYou(t *testing.T) {
	h := newHarness(t, "")
	h.inbox(interviewMsg("c1@northwind.example", 0, ivStart))
	moved := ivStart.Add(28 * time.Hour) // Wednesday 14:00
	h.at(ivStart.Add(-2 * time.Hour))
	h.inbox(strings.Replace(interviewMsg("c2@northwind.example", 1, moved), "Interview confirmed", "Updated invitation", 1))
	h.at(ivStart.Add(time.Hour))
	h.work()
	if got := h.newOwnerMail(); len(got) != 0 {
		t.Fatalf("at the old end time the owner got %d mails, want none", len(got))
	}
	h.at(moved.Add(time.Hour))
	h.work()
	if n := h.answerNew("send"); n != 2 {
		t.Fatalf("at the new end time: %d approval requests, want 2", n)
	}
	h.at(moved.Add(3 * time.Hour)) // 17:00: closed; the next business morning
	h.work()
	if got := h.employerMail(); len(got) != 0 {
		t.Fatalf("employers received %v at 17:00, want nothing outside business hours", recipients(got))
	}
	h.at(moved.Add(19 * time.Hour)) // Thursday 09:00
	h.work()
	got := h.employerMail()
	if len(got) != 2 {
		t.Fatalf("employers received %v, want 2 thank-yous after the new time", recipients(got))
	}
}

func TestOwnerAnswers(t *testing.T) {
	tests := []struct {
		name     string
		from     string
		body     string
		forge    bool
		wantSent bool
		wantMail string // X-Followupd of the owner's next mail
	}{
		{"plain send", ownerAddr, "send", false, true, "confirmation"},
		{"alias approves", "alex.phone@candidate.example", "Looks good, send it", false, true, "confirmation"},
		{"cancel", ownerAddr, "cancel", false, false, "confirmation"},
		{"not from the owner", "mallory@evil.example", "send", false, false, "notice"},
		{"forged token", ownerAddr, "send", true, false, "notice"},
		{"not understood", ownerAddr, "hmm, let me think about it", false, false, "notice"},
		{"gmail style", ownerAddr, "Yes\n\nOn Tue, 10 Mar 2026 at 11:00, followupd <alex@candidate.example> wrote:\n> Approve?\n> cancel", false, true, "confirmation"},
		{"outlook style", ownerAddr, "OK\r\n\r\n________________________________\r\nFrom: followupd <alex@candidate.example>\r\nSent: Tuesday, March 10, 2026 11:00 AM\r\nSubject: Approve?\r\n\r\ncancel", false, true, "confirmation"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, "")
			h.inbox(rejectionMsg("Sam Patel <sam.patel@contoso.example>", ""))
			h.work()
			reqs := h.newOwnerMail()
			if len(reqs) != 1 {
				t.Fatalf("want 1 approval request, got %d", len(reqs))
			}
			raw := answer(reqs[0], tt.from, tt.body)
			if tt.forge {
				m := tokenRe.FindString(reqs[0].msg.MessageID)
				raw = strings.ReplaceAll(raw, reqs[0].msg.MessageID, m+"AAAAAAAAAAAAAAAAAAAAAAAAAA@candidate.example")
			}
			h.inbox(raw)
			h.work()
			next := h.newOwnerMail()
			if len(next) != 1 || next[0].msg.Get("X-Followupd") != tt.wantMail {
				var kinds []string
				for _, m := range next {
					kinds = append(kinds, m.msg.Get("X-Followupd"))
				}
				t.Errorf("owner's next mail = %v, want one %s", kinds, tt.wantMail)
			}
			h.at(h.now.Add(48 * time.Hour))
			h.work()
			if sent := len(h.employerMail()) == 1; sent != tt.wantSent {
				t.Errorf("sent = %v, want %v (%s)", sent, tt.wantSent, h.states())
			}
		})
	}
}

func TestNotesAndEditsComeBackForAFinalYes(t *testing.T) {
	h := newHarness(t, "")
	h.inbox(interviewMsg("c1@northwind.example", 0, ivStart))
	h.at(ivStart.Add(time.Hour))
	h.work()
	reqs := h.newOwnerMail()
	if len(reqs) != 2 {
		t.Fatalf("want 2 approval requests, got %d", len(reqs))
	}
	priya, tom := reqs[0], reqs[1]
	if !strings.Contains(priya.msg.Body, "priya") {
		priya, tom = tom, priya
	}
	h.inbox(answer(priya, ownerAddr, "notes: discussed: moving the weekly reporting to dbt; promised: my dashboard samples"))
	edited := "Dear Tom,\n\nThank you for the conversation this morning. I enjoyed hearing how your team works.\n\nBest regards,\nAlex"
	h.inbox(answer(tom, ownerAddr, edited))
	h.work()
	again := h.newOwnerMail()
	if len(again) != 2 {
		t.Fatalf("after notes and an edit: %d new approval requests, want 2", len(again))
	}
	for _, m := range again {
		if m.msg.Get("X-Followupd") != "approval-request" {
			t.Fatalf("got %s, want approval requests for the new versions", m.msg.Get("X-Followupd"))
		}
	}
	// An answer to the old version is refused.
	h.inbox(answer(priya, ownerAddr, "send"))
	h.work()
	if n := h.newOwnerMail(); len(n) != 1 || n[0].msg.Get("X-Followupd") != "notice" {
		t.Fatalf("answer to an old version: want one notice")
	}
	for _, m := range again {
		h.inbox(answer(m, ownerAddr, "send"))
	}
	h.at(ivStart.Add(5 * time.Hour))
	h.work()
	got := h.employerMail()
	if len(got) != 2 {
		t.Fatalf("employers received %v, want 2", recipients(got))
	}
	for _, m := range got {
		switch m.to[0] {
		case "priya.raman@northwind.example":
			if !strings.Contains(m.msg.Body, "dbt") {
				t.Errorf("Priya's letter does not weave in the notes:\n%s", m.msg.Body)
			}
		case "tom.wu@northwind.example":
			if !strings.Contains(m.msg.Body, "I enjoyed hearing how your team works") {
				t.Errorf("Tom's letter is not the owner's edited text:\n%s", m.msg.Body)
			}
		}
	}
}

func TestAutoMode(t *testing.T) {
	h := newHarness(t, "[approval]\nmode = \"auto\"\n")
	h.inbox(interviewMsg("c1@northwind.example", 0, ivStart))
	h.at(ivStart.Add(time.Hour))
	h.work()
	reqs := h.newOwnerMail()
	if len(reqs) != 2 || !strings.Contains(strings.ToLower(reqs[0].msg.Body), "unless") {
		t.Fatalf("auto mode: want 2 requests saying it goes unless cancelled")
	}
	h.inbox(answer(reqs[0], ownerAddr, "cancel"))
	h.at(ivStart.Add(3 * time.Hour))
	h.work()
	if got := h.employerMail(); len(got) != 1 {
		t.Fatalf("auto mode: %v sent, want the one not cancelled", recipients(got))
	}
	// An automated rejection still needs an explicit yes (RFC 3834).
	h.inbox(strings.Replace(rejectionMsg("Sam Patel <sam.patel@contoso.example>", ""), "MIME-Version", "Auto-Submitted: auto-generated\nMIME-Version", 1))
	h.work()
	h.at(h.now.Add(48 * time.Hour))
	h.work()
	if got := h.employerMail(); len(got) != 1 {
		t.Fatalf("auto mode answered an auto-submitted message without approval: %v", recipients(got))
	}
}

func TestOwnMailIsIgnored(t *testing.T) {
	h := newHarness(t, "")
	h.inbox(rejectionMsg("Sam Patel <sam.patel@contoso.example>", ""))
	h.work()
	for _, m := range h.newOwnerMail() {
		h.inbox(string(m.raw)) // the approval request arrives in the owner's inbox
	}
	h.work()
	if n := h.newOwnerMail(); len(n) != 0 {
		t.Fatalf("followupd answered its own mail: %d new mails", len(n))
	}
}

var _ = imapwatch.RoleInbox
var _ = context.Background

func TestEditBetweenMarkers(t *testing.T) {
	h := newHarness(t, "")
	h.inbox(rejectionMsg("Sam Patel <sam.patel@contoso.example>", ""))
	h.work()
	reqs := h.newOwnerMail()
	body := reqs[0].msg.Body
	start := strings.Index(body, "----- the letter")
	end := strings.Index(body, "----- end of the letter -----") + len("----- end of the letter -----")
	letter := body[start:end]
	letter = strings.Replace(letter, "Subject: Re: Your application for Product Analyst", "Subject: Re: Product Analyst - thank you", 1)
	letter = strings.Replace(letter, "Thank you again for your time and consideration.", "Thank you again, and good luck with the new hire!", 1)
	h.inbox(answer(reqs[0], ownerAddr, "Here is my version:\n\n"+letter))
	h.work()
	again := h.newOwnerMail()
	if len(again) != 1 || again[0].msg.Get("X-Followupd") != "approval-request" {
		t.Fatalf("after an edit between the markers: want the new version for a final yes")
	}
	h.inbox(answer(again[0], ownerAddr, "send"))
	h.at(h.now.Add(48 * time.Hour))
	h.work()
	got := h.employerMail()
	if len(got) != 1 || !strings.Contains(got[0].msg.Body, "good luck with the new hire") || got[0].msg.Subject != "Re: Product Analyst - thank you" {
		t.Fatalf("sent %d letters; want the owner's edited text and subject", len(got))
	}
	if strings.Contains(got[0].msg.Body, "-----") || strings.Contains(got[0].msg.Body, "Subject:") {
		t.Errorf("the marker or header lines leaked into the letter:\n%s", got[0].msg.Body)
	}
}

// TestRepliesFromRealClients feeds the owner's answers in the styles of
// Gmail, Outlook, Apple Mail, Thunderbird and phones (the reply package's
// fixtures, in four languages) through the whole engine.
func TestRepliesFromRealClients(t *testing.T) {
	files, err := filepath.Glob("../mail/reply/testdata/replies/*.eml")
	if err != nil || len(files) < 10 {
		t.Fatalf("reply fixtures: %d files, %v", len(files), err)
	}
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		expect := regexp.MustCompile(`(?m)^X-Test-Expect: (\w+)`).FindSubmatch(raw)
		if expect == nil {
			continue
		}
		want := string(expect[1])
		t.Run(filepath.Base(file), func(t *testing.T) {
			h := newHarness(t, "")
			h.inbox(rejectionMsg("Sam Patel <sam.patel@contoso.example>", ""))
			h.work()
			reqs := h.newOwnerMail()
			msg := strings.ReplaceAll(string(raw), "jane@example.com", ownerAddr)
			msg = regexp.MustCompile(`fu\.42\.1\.abc@followupd\.example\.com`).ReplaceAllString(msg, reqs[0].msg.MessageID)
			h.inbox(strings.ReplaceAll(msg, "\r\n", "\n"))
			h.work()
			next := h.newOwnerMail()
			h.at(h.now.Add(48 * time.Hour))
			h.work()
			sent := len(h.employerMail())
			kind := ""
			if len(next) == 1 {
				kind = next[0].msg.Get("X-Followupd")
			}
			var ok bool
			switch want {
			case "approve":
				ok = sent == 1 && kind == "confirmation"
			case "cancel":
				ok = sent == 0 && kind == "confirmation"
			case "unknown":
				ok = sent == 0 && kind == "notice"
			case "edit", "notes", "recipient":
				ok = sent == 0 && kind == "approval-request" // the new version comes back for a final yes
			}
			if !ok {
				t.Errorf("answer expected to read as %s: %d letters sent, owner's next mail %q (%d mails)", want, sent, kind, len(next))
			}
		})
	}
}

func TestBadMailIsRecordedNotRetried(t *testing.T) {
	h := newHarness(t, "")
	for _, raw := range []string{
		"",                                  // empty
		"\x00\x01\x02 not a message at all", // binary junk
		"Subject: no id\n\nhello",           // no Message-ID: identified by its bytes
		"Subject: no id\n\nhello",           // the same again: recorded once
		"From: =?bogus?Q?x?= <a@b>\nContent-Type: multipart/mixed; boundary=\"zz\"\nMessage-ID: <broken@x>\n\n--zz\nContent-Transfer-Encoding: base64\n\n!!!notbase64\n",
	} {
		h.inbox(raw) // Handle must return nil: the watcher's checkpoint moves on
	}
	n, err := h.st.MessageCount(h.ctx)
	if err != nil || n != 4 {
		t.Fatalf("recorded %d messages, %v; want 4 (the repeat deduplicated)", n, err)
	}
	if fus := h.followups(); len(fus) != 0 {
		t.Fatalf("bad mail made follow-ups: %s", h.states())
	}
}

func TestCancelByAnsweringTheConfirmation(t *testing.T) {
	h := newHarness(t, "")
	h.inbox(rejectionMsg("Sam Patel <sam.patel@contoso.example>", ""))
	h.work()
	h.answerNew("send")
	h.work()
	conf := h.newOwnerMail()
	if len(conf) != 1 || conf[0].msg.Get("X-Followupd") != "confirmation" || len(conf[0].msg.InReplyTo) != 1 {
		t.Fatalf("want one confirmation threaded under the approval request")
	}
	h.inbox(answer(conf[0], ownerAddr, "send")) // approving twice changes nothing
	h.inbox(answer(conf[0], ownerAddr, "Cancel please"))
	h.at(h.now.Add(48 * time.Hour))
	h.work()
	if got := h.employerMail(); len(got) != 0 {
		t.Fatalf("a cancel in answer to the confirmation was ignored: %v sent", recipients(got))
	}
}

func TestSecondMessageBringsInterviewersAddresses(t *testing.T) {
	h := newHarness(t, "")
	// First a plain confirmation: names, no addresses.
	plain := strings.Replace(interviewMsg("plain-1@northwind.example", 0, ivStart), `Content-Type: text/calendar; charset=utf-8; method=REQUEST

`+interviewICS("REQUEST", 0, ivStart), "Content-Type: text/plain\n\n(no calendar)\n", 1)
	h.inbox(plain)
	before := h.followups()
	// Then the calendar invitation with both addresses.
	h.inbox(interviewMsg("ics-1@northwind.example", 0, ivStart))
	h.at(ivStart.Add(time.Hour))
	h.work()
	h.answerNew("send")
	h.at(ivStart.Add(3 * time.Hour))
	h.work()
	got := recipients(h.employerMail())
	if strings.Join(got, ",") != "priya.raman@northwind.example,tom.wu@northwind.example" {
		t.Fatalf("after the invitation brought addresses: sent to %v (before it: %d follow-ups), want one letter per interviewer", got, len(before))
	}
}

func TestCancellationReadBeforeTheInvitation(t *testing.T) {
	tests := []struct {
		name  string
		first string
		then  string
		want  []string
	}{
		{"calendar cancel first", cancelMsg(), interviewMsg("c1@northwind.example", 0, ivStart), nil},
		{"newer invitation after the cancel", cancelMsg(), interviewMsg("c2@northwind.example", 2, ivStart),
			[]string{"priya.raman@northwind.example", "tom.wu@northwind.example"}},
		{"prose cancel first, written later", strings.Replace(strings.Replace(cancelMsg(), "Content-Type: text/calendar; charset=utf-8; method=CANCEL\n\n"+interviewICS("CANCEL", 1, ivStart), "Content-Type: text/plain\n\n-\n", 1), "Canceled: Interview", "Interview cancelled", 1),
			strings.Replace(interviewMsg("c1@northwind.example", 0, ivStart), "Content-Type: text/calendar; charset=utf-8; method=REQUEST\n\n"+interviewICS("REQUEST", 0, ivStart), "Content-Type: text/plain\n\n-\n", 1), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, "")
			h.inbox(tt.first)
			h.inbox(tt.then)
			for _, d := range []time.Duration{time.Hour, 3 * time.Hour, 30 * time.Hour} {
				h.at(ivStart.Add(d))
				h.work()
				h.answerNew("send")
			}
			if got := recipients(h.employerMail()); strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("employers received %v, want %v (%s)", got, tt.want, h.states())
			}
		})
	}
}

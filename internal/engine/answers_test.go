package engine

// Problems found by the second red-team review, each shown by a test that
// failed before its fix.

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/store"
)

// The owner's answer is mail to oneself: the client files its copy in Sent
// before the inbox copy arrives, and the watcher reads both folders in
// parallel. Whichever copy is read first is the answer, acted on once.
func TestAnswerReadFirstInSentIsObeyedOnce(t *testing.T) {
	tests := []struct {
		name, mode, answer string
		sentFirst          bool
		wantSent           bool
	}{
		{"auto mode, cancel read in Sent first", "auto", "cancel", true, false},
		{"reply mode, send read in Sent first", "reply", "send", true, true},
		{"auto mode, cancel read in the inbox first", "auto", "cancel", false, false},
		{"reply mode, send read in the inbox first", "reply", "send", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, "[approval]\nmode = \""+tt.mode+"\"\n")
			h.inbox(rejectionMsg("Sam Patel <sam.patel@contoso.example>", ""))
			h.work()
			reqs := h.newOwnerMail()
			if len(reqs) != 1 {
				t.Fatalf("want 1 approval request, got %d", len(reqs))
			}
			raw := answer(reqs[0], ownerAddr, tt.answer)
			if tt.sentFirst {
				h.sentByHand(raw)
				h.inbox(raw)
			} else {
				h.inbox(raw)
				h.sentByHand(raw)
			}
			h.work()
			if got := h.newOwnerMail(); len(got) != 1 {
				t.Errorf("two copies of the answer %q gave %d mails to the owner, want 1 confirmation", tt.answer, len(got))
			}
			h.at(h.now.Add(72 * time.Hour))
			h.runDays(1)
			if sent := len(h.employerMail()) == 1; sent != tt.wantSent {
				t.Errorf("owner answered %q: sent = %v, want %v (%s)", tt.answer, sent, tt.wantSent, h.states())
			}
		})
	}
}

// In auto mode, a version made from the owner's answer (an edited letter,
// notes, a new address) used to be scheduled at once: a note meant for
// followupd was mailed to the employer. Such a version now waits for an
// explicit "send", and its approval request says so.
func TestOwnersAnswerMakesAVersionThatWaitsForSend(t *testing.T) {
	tests := []struct{ name, from, answer string }{
		{"a note read as an edited letter", "Sam Patel <sam.patel@contoso.example>",
			"Hi,\n\nI am not sure about this one, can we hold it until I hear back from Sam about the other role.\n\nThanks,\nAlex"},
		{"a request to cancel read as an edited letter", "Sam Patel <sam.patel@contoso.example>",
			"Hi,\n\nPlease cancel this one, the interview process was stopped yesterday.\n\nThanks,\nAlex"},
		{"a note that says cancel", "Sam Patel <sam.patel@contoso.example>",
			"Note: I already wrote to Sam myself, please cancel this one."},
		{"a new address", "Contoso Careers <no-reply@contoso.example>",
			"to: sam.patel@contoso.example"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, "[approval]\nmode = \"auto\"\n")
			h.inbox(rejectionMsg(tt.from, ""))
			h.work()
			reqs := h.newOwnerMail()
			if len(reqs) != 1 {
				t.Fatalf("want 1 approval request, got %d", len(reqs))
			}
			h.inbox(answer(reqs[0], ownerAddr, tt.answer))
			h.work()
			again := h.newOwnerMail()
			if len(again) != 1 {
				t.Fatalf("want 1 new approval request, got %d", len(again))
			}
			if !strings.Contains(oneLine(again[0].msg.Body), "not sent until you answer \"send\"") {
				t.Errorf("the new approval request does not say it waits for \"send\":\n%s", again[0].msg.Body)
			}
			h.at(h.now.Add(72 * time.Hour))
			h.runDays(1)
			for _, m := range h.employerMail() {
				t.Fatalf("a version made from the owner's answer %q left without \"send\" for %v:\n%s", tt.answer, m.to, m.msg.Body)
			}
			h.inbox(answer(again[0], ownerAddr, "send"))
			h.runDays(2)
			if got := h.employerMail(); len(got) != 1 {
				t.Fatalf("after \"send\" %d letters left, want 1 (%s)", len(got), h.states())
			}
		})
	}
}

// A "cancel" answering an older approval request was refused ("that was
// an older draft"), and in auto mode the newer version then left. A cancel
// is safe whatever the version: it is obeyed. Other answers to an older
// version stay refused.
func TestCancelOnAnOlderVersionIsObeyed(t *testing.T) {
	tests := []struct {
		name, mode, second string
		wantSent           int
		wantSubject        string
	}{
		{"auto mode, cancel", "auto", "cancel", 0, "Cancelled"},
		{"reply mode, cancel", "reply", "cancel", 0, "Cancelled"},
		{"reply mode, send stays refused", "reply", "send", 0, "older draft"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, "[approval]\nmode = \""+tt.mode+"\"\n")
			h.inbox(rejectionMsg("Sam Patel <sam.patel@contoso.example>", ""))
			h.work()
			reqs := h.newOwnerMail()
			if len(reqs) != 1 {
				t.Fatalf("want 1 approval request, got %d", len(reqs))
			}
			h.inbox(answer(reqs[0], ownerAddr, "notes: I enjoyed meeting the analytics team"))
			h.work()
			if n := len(h.newOwnerMail()); n != 1 {
				t.Fatalf("want 1 approval request for version 2, got %d", n)
			}
			h.inbox(answer(reqs[0], ownerAddr, tt.second)) // answers the first request
			h.work()
			got := h.newOwnerMail()
			if len(got) != 1 || !strings.Contains(got[0].msg.Subject, tt.wantSubject) {
				var subjects []string
				for _, m := range got {
					subjects = append(subjects, m.msg.Subject)
				}
				t.Errorf("answer %q to version 1: owner mail %q, want one about %q", tt.second, subjects, tt.wantSubject)
			}
			h.at(h.now.Add(72 * time.Hour))
			h.runDays(1)
			if got := recipients(h.employerMail()); len(got) != tt.wantSent {
				t.Fatalf("answer %q to version 1: letters went to %v (%s)", tt.second, got, h.states())
			}
		})
	}
}

// An automatic reply from the owner's address (a vacation responder
// answering the approval request or a notice) was read as an answer and
// got a "Not understood" notice, threaded under the request, every time: a
// mail loop with a responder that ignores Auto-Submitted. Automatic
// replies are recorded and ignored; a person's answer is still read.
func TestOwnersAutomaticReplyIsIgnored(t *testing.T) {
	const away = "I am out of the office until Monday with limited access to email."
	tests := []struct {
		name, header, subject, body string
		wantNotices                 int
	}{
		{"Auto-Submitted: auto-replied", "Auto-Submitted: auto-replied", "", away, 0},
		{"Auto-Submitted: auto-generated", "Auto-Submitted: auto-generated", "", away, 0},
		{"X-Autoreply", "X-Autoreply: yes", "", away, 0},
		{"Precedence: auto_reply", "Precedence: auto_reply", "", away, 0},
		{"an Out of Office subject", "", "Automatic reply: out of the office", away, 0},
		{"Auto-Submitted: no is a person", "Auto-Submitted: no", "", away, 3},
		{"no marker is a person", "", "", away, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, "")
			h.inbox(rejectionMsg("Sam Patel <sam.patel@contoso.example>", ""))
			h.work()
			last := h.newOwnerMail()
			notices := 0
			for i := 0; i < 3; i++ {
				raw := answer(last[len(last)-1], ownerAddr, tt.body)
				if tt.header != "" {
					raw = strings.Replace(raw, "Content-Type", tt.header+"\nContent-Type", 1)
				}
				if tt.subject != "" {
					raw = strings.Replace(raw, "Subject: Re: "+last[len(last)-1].msg.Subject, "Subject: "+tt.subject, 1)
				}
				h.inbox(raw)
				h.work()
				if n := h.newOwnerMail(); len(n) > 0 {
					notices += len(n)
					last = n
				}
			}
			if notices != tt.wantNotices {
				t.Errorf("three answers %q got %d notices, want %d", tt.name, notices, tt.wantNotices)
			}
		})
	}
}

// "to: Sam Patel <sam@…>" kept the address and dropped the name: the
// letter greeted "Hello," although the owner gave the name.
func TestToWithDisplayNameKeepsTheName(t *testing.T) {
	tests := []struct{ name, to, greeting string }{
		{"name and address", "to: Sam Patel <sam.patel@contoso.example>", "Dear Sam,"},
		{"quoted name", "to: \"Sam Patel\" <sam.patel@contoso.example>", "Dear Sam,"},
		{"bare address", "to: sam.patel@contoso.example", "Hello,"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, "")
			h.inbox(rejectionMsg("Contoso Careers <no-reply@contoso.example>", ""))
			h.work()
			reqs := h.newOwnerMail()
			if len(reqs) != 1 {
				t.Fatalf("want 1 approval request, got %d", len(reqs))
			}
			h.inbox(answer(reqs[0], ownerAddr, tt.to))
			h.work()
			again := h.newOwnerMail()
			if len(again) != 1 {
				t.Fatalf("want 1 new approval request, got %d", len(again))
			}
			if !strings.Contains(again[0].msg.Body, tt.greeting) {
				t.Errorf("after %q the letter does not greet %q:\n%s", tt.to, tt.greeting, again[0].msg.Body)
			}
			if f := h.followups()[0]; f.Recipient.Email != "sam.patel@contoso.example" {
				t.Errorf("after %q the recipient is %q, want sam.patel@contoso.example", tt.to, f.Recipient.Email)
			}
		})
	}
}

// An invitation with a long attendee list (an assessment day, a panel, an
// event read as an interview) gave one thank-you per attendee, with no
// bound. Above maxPersonalThankYous interviewers with addresses, one
// letter goes to the person who arranged it, and the request says why.
func TestManyInterviewersGetOneLetterToTheArranger(t *testing.T) {
	tests := []struct {
		name    string
		people  int
		wantTo  []string
		warning bool
	}{
		{"six interviewers get a letter each", maxPersonalThankYous, nil, false},
		{"seven get one letter to the arranger", maxPersonalThankYous + 1, []string{"maya.chen@northwind.example"}, true},
		{"sixty get one letter to the arranger", 60, []string{"maya.chen@northwind.example"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, "[approval]\nmode = \"auto\"\n")
			lines := []string{rvOrg, rvMe}
			var each []string
			for i := 0; i < tt.people; i++ {
				addr := fmt.Sprintf("person%02d@northwind.example", i)
				each = append(each, addr)
				lines = append(lines, rvAtt("ACCEPTED", fmt.Sprintf("Person%02d Example", i), addr))
			}
			want := tt.wantTo
			if want == nil {
				want = each
			}
			h.inbox(rvMsg("Maya Chen <maya.chen@northwind.example>", "c1@northwind.example", "Interview confirmed: Senior Data Analyst", rvText,
				rvICS("REQUEST", "iv-1@northwind.example", 0, ivStart, lines...)))
			h.at(ivStart.Add(2 * time.Hour))
			h.work()
			reqs := h.newOwnerMail()
			if len(reqs) != len(want) {
				t.Fatalf("%d interviewers: %d approval requests, want %d", tt.people, len(reqs), len(want))
			}
			if got := strings.Contains(oneLine(reqs[0].msg.Body), "one letter to the person who arranged it"); got != tt.warning {
				t.Errorf("%d interviewers: the request explains the group letter = %v, want %v:\n%s", tt.people, got, tt.warning, reqs[0].msg.Body)
			}
			h.runDays(3)
			got := recipients(h.employerMail())
			if len(got) != len(want) {
				t.Fatalf("%d interviewers: letters to %v, want %v", tt.people, got, want)
			}
			for _, w := range want {
				if !has(got, w) {
					t.Errorf("%d interviewers: no letter to %s (letters to %v)", tt.people, w, got)
				}
			}
		})
	}
}

// Messages were deduplicated by Message-ID alone: a cancellation reusing
// the invitation's Message-ID (a broken ATS or calendar gateway) was
// skipped as seen, and the thank-you left after the cancelled interview.
// The key now includes the calendar parts; a second copy of one message
// (Sent and inbox, or read again) is still acted on once.
func TestCancellationWithReusedMessageIDIsRead(t *testing.T) {
	invite := rvMsg("Maya Chen <maya.chen@northwind.example>", "same@northwind.example", "Interview confirmed: Senior Data Analyst", rvText,
		rvICS("REQUEST", "iv-1@northwind.example", 0, ivStart, rvOrg, rvMe, rvPriya))
	cancel := rvMsg("Maya Chen <maya.chen@northwind.example>", "same@northwind.example", "Cancelled: Interview: Senior Data Analyst", "The interview is cancelled.",
		rvICS("CANCEL", "iv-1@northwind.example", 1, ivStart, rvOrg, rvMe, rvPriya))
	tests := []struct {
		name         string
		messages     []string
		wantLetters  int
		wantRecorded int
	}{
		{"invitation then cancellation", []string{invite, cancel}, 0, 2},
		{"invitation twice", []string{invite, invite}, 1, 1},
		{"invitation, cancellation, invitation again", []string{invite, cancel, invite}, 0, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, "[approval]\nmode = \"auto\"\n")
			for _, m := range tt.messages {
				h.inbox(m)
			}
			h.runDays(3)
			if got := recipients(h.employerMail()); len(got) != tt.wantLetters {
				t.Errorf("thank-yous went to %v, want %d letters (%s)", got, tt.wantLetters, h.states())
			}
			n, err := h.st.MessageCount(h.ctx)
			if err != nil {
				t.Fatal(err)
			}
			if n != tt.wantRecorded {
				t.Errorf("MessageCount = %d, want %d", n, tt.wantRecorded)
			}
		})
	}
}

// A message recorded by its Message-ID alone, before calendar digests
// were kept, is not acted on again when read again; a message with the
// same Message-ID and another subject is.
func TestMessageRecordedByMessageIDAloneIsSeen(t *testing.T) {
	invite := rvMsg("Maya Chen <maya.chen@northwind.example>", "same@northwind.example", "Interview confirmed: Senior Data Analyst", rvText,
		rvICS("REQUEST", "iv-1@northwind.example", 0, ivStart, rvOrg, rvMe, rvPriya))
	cancel := rvMsg("Maya Chen <maya.chen@northwind.example>", "same@northwind.example", "Cancelled: Interview: Senior Data Analyst", "The interview is cancelled.",
		rvICS("CANCEL", "iv-1@northwind.example", 1, ivStart, rvOrg, rvMe, rvPriya))
	tests := []struct {
		name         string
		again        string
		wantRecorded int
	}{
		{"the same message", invite, 1},
		{"another subject", cancel, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, "")
			err := h.st.Tx(h.ctx, func(tx *store.Tx) error {
				return tx.RecordMessage(store.SeenMessage{MessageID: "same@northwind.example", Mailbox: "INBOX", UID: 1, ReceivedAt: h.now,
					Subject: "Interview confirmed: Senior Data Analyst", Kind: "interview"}, h.now)
			})
			if err != nil {
				t.Fatal(err)
			}
			h.inbox(tt.again)
			n, err := h.st.MessageCount(h.ctx)
			if err != nil {
				t.Fatal(err)
			}
			if n != tt.wantRecorded {
				t.Errorf("MessageCount = %d, want %d", n, tt.wantRecorded)
			}
		})
	}
}

// An update that grows the panel past maxPersonalThankYous replaces the
// personal letters by one to the arranger, and tells the owner why (not
// "no longer on the interview panel"); shrinking it again brings them back.
func TestPanelGrowingPastTheLimitTellsWhy(t *testing.T) {
	people := func(n int) []string {
		lines := []string{rvOrg, rvMe}
		for i := 0; i < n; i++ {
			lines = append(lines, rvAtt("ACCEPTED", fmt.Sprintf("Person%02d Example", i), fmt.Sprintf("person%02d@northwind.example", i)))
		}
		return lines
	}
	h := newHarness(t, "")
	h.inbox(rvMsg("Maya Chen <maya.chen@northwind.example>", "c1@northwind.example", "Interview confirmed: Senior Data Analyst", rvText,
		rvICS("REQUEST", "iv-1@northwind.example", 0, ivStart, people(2)...)))
	h.at(ivStart.Add(-2 * time.Hour))
	h.work()
	h.inbox(rvMsg("Maya Chen <maya.chen@northwind.example>", "c2@northwind.example", "Updated: Interview: Senior Data Analyst", rvText,
		rvICS("REQUEST", "iv-1@northwind.example", 1, ivStart, people(maxPersonalThankYous+2)...)))
	h.at(ivStart.Add(2 * time.Hour))
	h.work()
	var to []string
	for _, f := range h.followups() {
		if f.State != "cancelled" {
			to = append(to, f.Recipient.Email)
		}
	}
	if len(to) != 1 || to[0] != "maya.chen@northwind.example" {
		t.Errorf("after the panel grew to %d: letters pending to %v, want one to maya.chen@northwind.example (%s)", maxPersonalThankYous+2, to, h.states())
	}
	for _, f := range h.followups() {
		if f.State != "cancelled" {
			continue
		}
		var reason followup.Reason
		if err := h.st.Tx(h.ctx, func(tx *store.Tx) (err error) {
			reason, err = tx.CancelReason(f.ID)
			return err
		}); err != nil {
			t.Fatal(err)
		}
		if reason != followup.BigPanel {
			t.Errorf("the letter to %s was cancelled because %q, want %q", f.Recipient.Email, reason, followup.BigPanel)
		}
	}
	h.inbox(rvMsg("Maya Chen <maya.chen@northwind.example>", "c3@northwind.example", "Updated: Interview: Senior Data Analyst", rvText,
		rvICS("REQUEST", "iv-1@northwind.example", 2, ivStart, people(2)...)))
	h.work()
	to = nil
	for _, f := range h.followups() {
		if f.State != "cancelled" {
			to = append(to, f.Recipient.Email)
		}
	}
	if len(to) != 2 || !has(to, "person00@northwind.example") || !has(to, "person01@northwind.example") {
		t.Errorf("after the panel shrank to 2: letters pending to %v, want person00 and person01 (%s)", to, h.states())
	}
}

package engine

// Regression tests for the red-team review's findings about inbound mail:
// reschedules, cancellations, mail read out of order and the owner's own
// mail. Each test once failed and showed an embarrassing letter or a lost
// decision.

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/followup"
)

const rvOrg = "ORGANIZER;CN=Maya Chen:mailto:maya.chen@northwind.example"

var (
	rvMe    = rvAtt("ACCEPTED", "Alex Candidate", ownerAddr)
	rvPriya = rvAtt("ACCEPTED", "Priya Raman", "priya.raman@northwind.example")
	rvTom   = rvAtt("ACCEPTED", "Tom Wu", "tom.wu@northwind.example")
	rvDana  = rvAtt("ACCEPTED", "Dana Kim", "dana.kim@northwind.example")
)

// rvAtt is a calendar ATTENDEE line.
func rvAtt(partstat, cn, email string) string {
	return "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=" + partstat + ";CN=" + cn + ":mailto:" + email
}

// rvICS is an invitation (or cancellation) of one hour with the given
// ORGANIZER/ATTENDEE lines.
func rvICS(method, uid string, seq int, start time.Time, lines ...string) string {
	status := "CONFIRMED"
	if method == "CANCEL" {
		status = "CANCELLED"
	}
	l := []string{"BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "METHOD:" + method, "BEGIN:VEVENT",
		"DTSTART:" + start.UTC().Format("20060102T150405Z"), "DTEND:" + start.Add(time.Hour).UTC().Format("20060102T150405Z"),
		"DTSTAMP:20260309T080000Z", "UID:" + uid}
	l = append(l, lines...)
	l = append(l, fmt.Sprintf("SEQUENCE:%d", seq), "STATUS:"+status, "SUMMARY:Interview: Alex Candidate - Senior Data Analyst", "END:VEVENT", "END:VCALENDAR", "")
	return strings.Join(l, "\r\n")
}

// rvMsg is a message dated Mon 9 Mar 09:00 UTC with a text part and a
// calendar part.
func rvMsg(from, id, subject, text, ics string) string {
	method := "REQUEST"
	if strings.Contains(ics, "METHOD:CANCEL") {
		method = "CANCEL"
	}
	return fmt.Sprintf("From: %s\nTo: Alex Candidate <%s>\nSubject: %s\nDate: Mon, 09 Mar 2026 09:00:00 +0000\nMessage-ID: <%s>\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain; charset=utf-8\n\n%s\n\n--b1\nContent-Type: text/calendar; charset=utf-8; method=%s\n\n%s\n--b1--\n",
		from, ownerAddr, subject, id, text, method, ics)
}

const rvText = "Hi Alex,\n\nI'm pleased to confirm your interview for the Senior Data Analyst role at Northwind\non Tuesday, March 10, from 10:00 to 11:00 (London time), by video call.\n\nBest,\nMaya Chen\nTalent Acquisition, Northwind"

// plainMsg is a text-only message.
func plainMsg(from, id, subject, date, text string) string {
	return fmt.Sprintf("From: %s\nTo: Alex Candidate <%s>\nSubject: %s\nDate: %s\nMessage-ID: <%s>\nContent-Type: text/plain; charset=utf-8\n\n%s\n",
		from, ownerAddr, subject, date, id, text)
}

// runDays runs the outbox every 15 minutes for n days from now.
func (h *harness) runDays(n int) {
	end := h.now.Add(time.Duration(n) * 24 * time.Hour)
	for h.now.Before(end) {
		h.work()
		h.at(h.now.Add(15 * time.Minute))
	}
}

// runDaysCollect is runDays that also returns the subjects of the mail
// the owner received meanwhile.
func (h *harness) runDaysCollect(n int) []string {
	var subjects []string
	end := h.now.Add(time.Duration(n) * 24 * time.Hour)
	for h.now.Before(end) {
		h.work()
		for _, m := range h.newOwnerMail() {
			subjects = append(subjects, m.msg.Subject)
		}
		h.at(h.now.Add(15 * time.Minute))
	}
	return subjects
}

// bodyTo returns the body of the letter sent to addr, or "".
func (h *harness) bodyTo(addr string) string {
	for _, m := range h.employerMail() {
		if m.to[0] == addr {
			return m.msg.Body
		}
	}
	return ""
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// anyContains reports whether one of list contains s.
func anyContains(list []string, s string) bool {
	for _, x := range list {
		if strings.Contains(x, s) {
			return true
		}
	}
	return false
}

// A reschedule that changes the panel thanks the new panel: the letter to
// the interviewer who left is cancelled, one to the newcomer is drafted.
func TestRescheduleWithNewPanelThanksTheNewPanel(t *testing.T) {
	h := newHarness(t, "[approval]\nmode = \"auto\"\n")
	h.inbox(rvMsg("Maya Chen <maya.chen@northwind.example>", "c1@northwind.example", "Interview confirmed: Senior Data Analyst", rvText,
		rvICS("REQUEST", "iv-1@northwind.example", 0, ivStart, rvOrg, rvMe, rvPriya, rvTom)))
	moved := ivStart.Add(4 * time.Hour)
	h.inbox(rvMsg("Maya Chen <maya.chen@northwind.example>", "c2@northwind.example", "Updated invitation: Senior Data Analyst",
		"Hi Alex, we moved your interview to 14:00; Dana Kim replaces Tom Wu.\n\nMaya",
		rvICS("REQUEST", "iv-1@northwind.example", 1, moved, rvOrg, rvMe, rvPriya, rvDana)))
	for _, f := range h.followups() {
		if f.Recipient.Email == "tom.wu@northwind.example" && f.State != followup.Cancelled {
			t.Errorf("thank-you #%d to Tom, who left the panel, is %s, want cancelled", f.ID, f.State)
		}
	}
	h.runDays(3)
	got := recipients(h.employerMail())
	if has(got, "tom.wu@northwind.example") || !has(got, "dana.kim@northwind.example") || !has(got, "priya.raman@northwind.example") {
		t.Errorf("after the panel changed from Priya+Tom to Priya+Dana, thank-yous went to %v (Tom's begins %.25q), want Priya and Dana, never Tom",
			got, h.bodyTo("tom.wu@northwind.example"))
	}
	if b := h.bodyTo("dana.kim@northwind.example"); !strings.Contains(b, "Dana") {
		t.Errorf("the thank-you to Dana begins %.40q, want it to greet Dana", b)
	}
}

// A letter the owner approved to someone still on the panel is kept (with
// a new time) when the interview moves; the one to who left is cancelled
// and the owner told.
func TestRescheduleKeepsAnApprovedLetterToWhoStays(t *testing.T) {
	h := newHarness(t, "")
	h.inbox(rvMsg("Maya Chen <maya.chen@northwind.example>", "c1@northwind.example", "Interview confirmed: Senior Data Analyst", rvText,
		rvICS("REQUEST", "iv-1@northwind.example", 0, ivStart, rvOrg, rvMe, rvPriya, rvTom)))
	h.at(ivStart.Add(time.Hour))
	h.work()
	if n := h.answerNew("send"); n != 2 {
		t.Fatalf("want 2 approval requests, got %d", n)
	}
	h.work()
	h.newOwnerMail()
	// Before the letters leave (next morning), the interview is set again
	// a day later with Priya and Dana (the employer redid it).
	h.inbox(rvMsg("Maya Chen <maya.chen@northwind.example>", "c2@northwind.example", "Updated invitation: Senior Data Analyst",
		"Hi Alex, a second session on Wednesday with Priya and Dana.\n\nMaya",
		rvICS("REQUEST", "iv-1@northwind.example", 1, ivStart.Add(24*time.Hour), rvOrg, rvMe, rvPriya, rvDana)))
	var priya followup.Followup
	for _, f := range h.followups() {
		switch f.Recipient.Email {
		case "priya.raman@northwind.example":
			priya = f
		case "tom.wu@northwind.example":
			if f.State != followup.Cancelled {
				t.Errorf("Tom's approved thank-you is %s after he left the panel, want cancelled", f.State)
			}
		}
	}
	if priya.State != followup.Scheduled || !priya.DueAt.After(ivStart.Add(25*time.Hour)) {
		t.Errorf("Priya's approved thank-you: %s due %v, want still scheduled, after the new end %v", priya.State, priya.DueAt, ivStart.Add(25*time.Hour))
	}
	subjects := h.runDaysCollect(3)
	if !anyContains(subjects, "Cancelled") {
		t.Errorf("owner mail %q, want a notice that Tom's approved letter was cancelled", subjects)
	}
	got := recipients(h.employerMail())
	if has(got, "tom.wu@northwind.example") || !has(got, "priya.raman@northwind.example") {
		t.Errorf("letters went to %v, want Priya (approved, kept) and never Tom", got)
	}
}

// A reschedule without a calendar UID moves the interview it names (by
// round and interviewer), not the application's first one.
func TestRescheduleWithoutUIDMovesTheInterviewItNames(t *testing.T) {
	h := newHarness(t, "[approval]\nmode = \"auto\"\n")
	h.at(time.Date(2026, 3, 2, 10, 0, 0, 0, london))
	h.inbox(plainMsg("Maya Chen <maya.chen@northwind.example>", "t1@northwind.example", "Interview confirmed: Senior Data Analyst - first round", "Mon, 02 Mar 2026 09:00:00 +0000",
		"Hi Alex,\n\nYour first-round interview for the Senior Data Analyst role at Northwind is confirmed for Tuesday, March 10 at 10:00 (London time) with Priya Raman (priya.raman@northwind.example).\n\nBest,\nMaya Chen\nTalent Acquisition, Northwind"))
	h.inbox(plainMsg("Maya Chen <maya.chen@northwind.example>", "t2@northwind.example", "Interview confirmed: Senior Data Analyst - final round", "Mon, 02 Mar 2026 10:00:00 +0000",
		"Hi Alex,\n\nYour final-round interview for the Senior Data Analyst role at Northwind is confirmed for Thursday, March 12 at 14:00 (London time) with Tom Wu (tom.wu@northwind.example).\n\nBest,\nMaya Chen\nTalent Acquisition, Northwind"))
	h.at(time.Date(2026, 3, 9, 10, 0, 0, 0, london))
	h.inbox(plainMsg("Maya Chen <maya.chen@northwind.example>", "t3@northwind.example", "Rescheduled: Senior Data Analyst final round", "Mon, 09 Mar 2026 10:00:00 +0000",
		"Hi Alex,\n\nTom has a conflict, so we need to reschedule your final-round interview from Thursday to Friday, March 13 at 15:00 (London time).\n\nBest,\nMaya Chen\nTalent Acquisition, Northwind"))
	// From Tuesday (Priya's interview) to Thursday 16:00 (when Tom's would have ended).
	h.at(time.Date(2026, 3, 10, 9, 0, 0, 0, london))
	var asked []string
	for h.now.Before(time.Date(2026, 3, 12, 16, 0, 0, 0, london)) {
		h.work()
		for _, m := range h.newOwnerMail() {
			asked = append(asked, m.msg.Subject)
		}
		h.at(h.now.Add(15 * time.Minute))
	}
	s := strings.Join(asked, " | ")
	if !strings.Contains(s, "Priya Raman") || strings.Contains(s, "Tom Wu") {
		t.Errorf("Tue 10 - Thu 12 Mar (Priya's interview took place Tue; Tom's moved to Fri 13): owner was asked %q; want a thank-you to Priya, none to Tom yet", asked)
	}
	asked = h.runDaysCollect(2)
	if !anyContains(asked, "Tom Wu") {
		t.Errorf("Thu 12 - Sat 14 Mar: owner was asked %q, want the thank-you to Tom after his interview on Fri 13", asked)
	}
}

// A reschedule without a calendar UID that names no interview, when there
// are two, moves neither: their thank-yous wait for the owner's "send" and
// the owner is told.
func TestRescheduleWithoutUIDBetweenTwoInterviewsAsksTheOwner(t *testing.T) {
	h := newHarness(t, "[approval]\nmode = \"auto\"\n")
	h.inbox(rvMsg("Maya Chen <maya.chen@northwind.example>", "c1@northwind.example", "Interview confirmed: Senior Data Analyst", rvText,
		rvICS("REQUEST", "iv-1@northwind.example", 0, ivStart, rvOrg, rvMe, rvPriya)))
	h.inbox(rvMsg("Maya Chen <maya.chen@northwind.example>", "c2@northwind.example", "Interview confirmed: Senior Data Analyst",
		strings.Replace(rvText, "Tuesday, March 10", "Thursday, March 12", 1),
		rvICS("REQUEST", "iv-2@northwind.example", 0, ivStart.Add(48*time.Hour), rvOrg, rvMe, rvPriya)))
	h.inbox(plainMsg("Maya Chen <maya.chen@northwind.example>", "m1@northwind.example", "Rescheduled: Senior Data Analyst", "Mon, 09 Mar 2026 10:00:00 +0000",
		"Hi Alex,\n\nWe need to reschedule your interview to Friday, March 13 at 15:00 (London time).\n\nBest,\nMaya Chen\nTalent Acquisition, Northwind"))
	subjects := h.runDaysCollect(5)
	if !anyContains(subjects, "Which interview?") {
		t.Errorf("owner mail %q, want a notice asking which interview moved", subjects)
	}
	if got := recipients(h.employerMail()); len(got) != 0 {
		t.Errorf("letters went to %v without the owner's send, want none while it is unclear which interview moved", got)
	}
	for _, f := range h.followups() {
		if !f.NeedsReply {
			t.Errorf("thank-you #%d (%s) does not need the owner's send, want it on hold", f.ID, f.State)
		}
	}
}

// A cancellation without a calendar UID, when the company has two
// interviews, cancels the one it names (by round and interviewer).
func TestCancellationOfOneOfTwoInterviewsCancelsTheOneItNames(t *testing.T) {
	h := newHarness(t, "[approval]\nmode = \"auto\"\n")
	h.inbox(rvMsg("Maya Chen <maya.chen@northwind.example>", "c1@northwind.example", "Interview confirmed: Senior Data Analyst", rvText,
		rvICS("REQUEST", "iv-1@northwind.example", 0, ivStart, rvOrg, rvMe, rvPriya)))
	second := ivStart.Add(48 * time.Hour)
	h.inbox(rvMsg("Maya Chen <maya.chen@northwind.example>", "c2@northwind.example", "Interview confirmed: Senior Data Analyst (final round)",
		strings.Replace(rvText, "Tuesday, March 10", "Thursday, March 12", 1),
		rvICS("REQUEST", "iv-2@northwind.example", 0, second, rvOrg, rvMe, rvTom)))
	h.inbox(plainMsg("Maya Chen <maya.chen@northwind.example>", "x1@northwind.example", "Interview cancelled: Senior Data Analyst final round",
		"Mon, 09 Mar 2026 12:00:00 +0000",
		"Hi Alex,\n\nUnfortunately we need to cancel your final round interview on Thursday, March 12 at 10:00.\nTom is unwell. We will be in touch to reschedule.\n\nBest,\nMaya Chen\nTalent Acquisition, Northwind"))
	h.runDays(4)
	if got := recipients(h.employerMail()); has(got, "tom.wu@northwind.example") || !has(got, "priya.raman@northwind.example") {
		t.Errorf("after the Thursday interview with Tom was cancelled, thank-yous went to %v, want Priya's (Tuesday) and none to Tom", got)
	}
}

// A cancellation without a calendar UID or a time the engine can read is
// never applied to a known interview on a guess ("our next call on
// Thursday" when only Tuesday's is known): the thank-yous wait for the
// owner's "send" and the owner is told.
func TestCancellationWithoutUIDOrTimeAsksTheOwner(t *testing.T) {
	h := newHarness(t, "[approval]\nmode = \"auto\"\n")
	h.inbox(interviewMsg("conf-1@northwind.example", 0, ivStart)) // Tuesday, with Priya and Tom
	h.inbox(plainMsg("Tom Wu <tom.wu@northwind.example>", "x2@northwind.example", "Our call", "Mon, 09 Mar 2026 12:00:00 +0000",
		"Hi Alex,\n\nSorry, I have to cancel our next call on Thursday. I'll send a new time.\n\nTom"))
	for _, f := range h.followups() {
		if f.State == followup.Cancelled || !f.NeedsReply {
			t.Errorf("thank-you #%d is %s (needs reply %v), want kept and on hold", f.ID, f.State, f.NeedsReply)
		}
	}
	subjects := h.runDaysCollect(2)
	if !anyContains(subjects, "Which interview?") {
		t.Errorf("owner mail %q, want a notice asking whether the cancellation is about Tuesday's interview", subjects)
	}
	if got := recipients(h.employerMail()); len(got) != 0 {
		t.Errorf("letters went to %v without the owner's send, want none", got)
	}
}

// A calendar cancellation older (lower SEQUENCE) than the invitation in
// force, read late, is ignored.
func TestStaleCancellationIsIgnored(t *testing.T) {
	h := newHarness(t, "")
	h.inbox(rvMsg("Maya Chen <maya.chen@northwind.example>", "r0@northwind.example", "Interview confirmed: Senior Data Analyst", rvText,
		rvICS("REQUEST", "iv-1@northwind.example", 0, ivStart, rvOrg, rvMe, rvPriya)))
	h.inbox(rvMsg("Maya Chen <maya.chen@northwind.example>", "r2@northwind.example", "Updated invitation: Senior Data Analyst", rvText,
		rvICS("REQUEST", "iv-1@northwind.example", 2, ivStart.Add(2*time.Hour), rvOrg, rvMe, rvPriya)))
	h.inbox(rvMsg("Maya Chen <maya.chen@northwind.example>", "x1@northwind.example", "Canceled: Interview", "This event has been canceled.",
		rvICS("CANCEL", "iv-1@northwind.example", 1, ivStart, rvOrg, rvMe, rvPriya)))
	for _, f := range h.followups() {
		if f.State == followup.Cancelled {
			t.Errorf("CANCEL with SEQUENCE 1 read after REQUEST with SEQUENCE 2: %s, want the thank-you kept", h.states())
		}
	}
	// A cancellation as new as the invitation in force still cancels.
	h.inbox(rvMsg("Maya Chen <maya.chen@northwind.example>", "x2@northwind.example", "Canceled: Interview", "This event has been canceled.",
		rvICS("CANCEL", "iv-1@northwind.example", 3, ivStart.Add(2*time.Hour), rvOrg, rvMe, rvPriya)))
	for _, f := range h.followups() {
		if f.State != followup.Cancelled {
			t.Errorf("after a CANCEL with SEQUENCE 3: %s, want cancelled", h.states())
		}
	}
}

// A confirmation written before the rejection but read after it does not
// revive the application: the feedback request stands, nobody is thanked.
func TestConfirmationOlderThanTheRejectionDoesNotReviveTheApplication(t *testing.T) {
	h := newHarness(t, "[approval]\nmode = \"auto\"\n")
	h.at(ivStart.Add(3 * time.Hour))
	h.inbox(plainMsg("Maya Chen <maya.chen@northwind.example>", "rej@northwind.example", "Your application for Senior Data Analyst (R-7781)",
		"Tue, 10 Mar 2026 12:30:00 +0000",
		"Dear Alex,\n\nThank you for interviewing for the Senior Data Analyst position (R-7781) at Northwind. After careful consideration, we have decided to move forward with other candidates.\n\nKind regards,\nMaya Chen\nTalent Acquisition, Northwind"))
	h.inbox(interviewMsg("conf-1@northwind.example", 0, ivStart)) // dated Mon 9 Mar, read after
	apps, err := h.st.Applications(h.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(apps) != 1 || apps[0].Stage != followup.Rejected {
		t.Errorf("applications %+v, want one, still rejected", apps)
	}
	h.runDays(2)
	if got := recipients(h.employerMail()); has(got, "priya.raman@northwind.example") || !has(got, "maya.chen@northwind.example") {
		t.Errorf("after a rejection (read first) and an older confirmation: letters to %v; want the feedback request to maya.chen and no thank-you", got)
	}
}

// A confirmation written after the rejection (a new interview) still
// counts: the feedback request is withdrawn and the interviewers thanked.
func TestConfirmationNewerThanTheRejectionCounts(t *testing.T) {
	h := newHarness(t, "[approval]\nmode = \"auto\"\n")
	h.inbox(plainMsg("Maya Chen <maya.chen@northwind.example>", "rej@northwind.example", "Your application for Senior Data Analyst (R-7781)",
		"Sun, 08 Mar 2026 12:30:00 +0000",
		"Dear Alex,\n\nThank you for applying for the Senior Data Analyst position (R-7781) at Northwind. After careful consideration, we have decided to move forward with other candidates.\n\nKind regards,\nMaya Chen\nTalent Acquisition, Northwind"))
	h.inbox(interviewMsg("conf-1@northwind.example", 0, ivStart)) // dated Mon 9 Mar
	h.runDays(2)
	if got := recipients(h.employerMail()); !has(got, "priya.raman@northwind.example") || has(got, "maya.chen@northwind.example") {
		t.Errorf("after a rejection and a newer confirmation: letters to %v; want thank-yous, no feedback request", got)
	}
}

// declineMsg is the owner's calendar answer declining the interview of
// interviewMsg (iv-7781), as Google Calendar writes it to the Sent folder.
func declineMsg() string {
	ics := strings.Join([]string{"BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "METHOD:REPLY", "BEGIN:VEVENT",
		"DTSTART:" + ivStart.UTC().Format("20060102T150405Z"), "DTEND:" + ivStart.Add(time.Hour).UTC().Format("20060102T150405Z"), "DTSTAMP:20260309T100000Z",
		"ORGANIZER;CN=Maya Chen:mailto:maya.chen@northwind.example", "UID:iv-7781@northwind.example",
		"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN=Alex Candidate:mailto:" + ownerAddr,
		"SEQUENCE:0", "SUMMARY:Interview: Alex Candidate - Senior Data Analyst", "END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
	return fmt.Sprintf("From: Alex Candidate <%s>\nTo: maya.chen@northwind.example\nSubject: Declined: Interview: Alex Candidate - Senior Data Analyst @ Tue 10 Mar 2026 10am - 11am (GMT)\nDate: Mon, 09 Mar 2026 10:00:00 +0000\nMessage-ID: <decl-1@candidate.example>\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain; charset=utf-8\n\nAlex Candidate has declined this invitation.\n\nI have accepted another offer, so I am withdrawing. Thank you!\n\n--b1\nContent-Type: text/calendar; charset=utf-8; method=REPLY\n\n%s\n--b1--\n", ownerAddr, ics)
}

// The owner declining the invitation (their calendar's REPLY with
// PARTSTAT=DECLINED, in the Sent folder) cancels its thank-yous, whether
// it is read after the invitation or before it.
func TestOwnerDeclinedTheInvitationCancelsTheThankYous(t *testing.T) {
	tests := []struct {
		name        string
		declineLast bool
	}{
		{"invitation read first", true},
		{"decline read first", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, "[approval]\nmode = \"auto\"\n")
			h.at(time.Date(2026, 3, 9, 10, 0, 0, 0, london))
			if !tt.declineLast {
				// the application is known (an earlier message), not the interview
				h.inbox(plainMsg("Maya Chen <maya.chen@northwind.example>", "ack@northwind.example", "Your application for Senior Data Analyst (R-7781)",
					"Fri, 06 Mar 2026 10:00:00 +0000", "Dear Alex,\n\nThank you for applying for the Senior Data Analyst position (R-7781) at Northwind. We have received your application and will review it.\n\nMaya Chen\nTalent Acquisition, Northwind"))
				h.sentByHand(declineMsg())
			}
			h.inbox(interviewMsg("conf-1@northwind.example", 0, ivStart))
			if tt.declineLast {
				h.sentByHand(declineMsg())
			}
			h.runDays(3)
			if got := recipients(h.employerMail()); len(got) != 0 {
				t.Errorf("the owner declined the invitation; thank-yous still went to %v, want none (%s)", got, h.states())
			}
		})
	}
}

// When the Sent folder is read before the inbox (the two are watched in
// parallel; on the first start both are scanned back 30 days), what the
// owner already sent by hand stops followupd's letter all the same.
func TestOwnersOwnLetterReadFirstStopsOurs(t *testing.T) {
	t.Run("feedback", func(t *testing.T) {
		h := newHarness(t, "[approval]\nmode = \"auto\"\n")
		h.at(time.Date(2026, 3, 9, 18, 0, 0, 0, london))
		h.sentByHand(fmt.Sprintf("From: Alex Candidate <%s>\nTo: Sam Patel <sam.patel@contoso.example>\nSubject: Re: Your application for Product Analyst\nDate: Mon, 09 Mar 2026 17:00:00 +0000\nMessage-ID: <by-hand-1@candidate.example>\nIn-Reply-To: <decision-5520@contoso.example>\nReferences: <apply-5520@contoso.example> <decision-5520@contoso.example>\nContent-Type: text/plain; charset=utf-8\n\nHi Sam, thanks for letting me know. Could you share any feedback? Alex\n", ownerAddr))
		h.inbox(rejectionMsg("Sam Patel <sam.patel@contoso.example>", ""))
		h.runDays(2)
		if got := recipients(h.employerMail()); len(got) != 0 {
			t.Errorf("the owner had already answered the rejection by hand; followupd also sent to %v, want nothing", got)
		}
	})
	t.Run("thank-you", func(t *testing.T) {
		h := newHarness(t, "[approval]\nmode = \"auto\"\n")
		h.at(ivStart.Add(3 * time.Hour))
		h.sentByHand(fmt.Sprintf("From: Alex Candidate <%s>\nTo: Priya Raman <priya.raman@northwind.example>\nSubject: Thank you\nDate: Tue, 10 Mar 2026 12:30:00 +0000\nMessage-ID: <by-hand-2@candidate.example>\nContent-Type: text/plain; charset=utf-8\n\nHi Priya, thank you for today. Alex\n", ownerAddr))
		h.inbox(interviewMsg("conf-1@northwind.example", 0, ivStart))
		h.runDays(2)
		if got := recipients(h.employerMail()); has(got, "priya.raman@northwind.example") || !has(got, "tom.wu@northwind.example") {
			t.Errorf("the owner had already thanked Priya by hand; followupd sent to %v, want Tom only", got)
		}
	})
	t.Run("mail before the interview does not count", func(t *testing.T) {
		h := newHarness(t, "[approval]\nmode = \"auto\"\n")
		h.sentByHand(handSent("priya.raman@northwind.example", ivStart.Add(-20*time.Hour)))
		h.inbox(interviewMsg("conf-1@northwind.example", 0, ivStart))
		h.runDays(2)
		if got := recipients(h.employerMail()); !has(got, "priya.raman@northwind.example") {
			t.Errorf("the owner wrote to Priya the day before the interview; thank-yous went to %v, want one to Priya too", got)
		}
	})
}

// The owner's own reply, copied to the inbox (Bcc/Cc to self) and read
// there before its Sent copy (then skipped as seen), stops our letter.
func TestOwnersReplyCopiedToInboxStopsOurs(t *testing.T) {
	h := newHarness(t, "[approval]\nmode = \"auto\"\n")
	h.at(time.Date(2026, 3, 9, 9, 5, 0, 0, london))
	h.inbox(rejectionMsg("Sam Patel <sam.patel@contoso.example>", ""))
	h.at(time.Date(2026, 3, 9, 9, 30, 0, 0, london))
	own := fmt.Sprintf("From: Alex Candidate <%s>\nTo: Sam Patel <sam.patel@contoso.example>\nBcc: %s\nSubject: Re: Your application for Product Analyst\nDate: Mon, 09 Mar 2026 09:30:00 +0000\nMessage-ID: <by-hand-1@candidate.example>\nIn-Reply-To: <decision-5520@contoso.example>\nReferences: <apply-5520@contoso.example> <decision-5520@contoso.example>\nContent-Type: text/plain; charset=utf-8\n\nHi Sam, thanks for letting me know. Could you share any feedback? Alex\n", ownerAddr, ownerAddr)
	h.inbox(own)      // the copy to self reaches the inbox first
	h.sentByHand(own) // then the Sent folder's copy
	h.runDays(2)
	if got := recipients(h.employerMail()); len(got) != 0 {
		t.Errorf("the owner answered the rejection by hand (copy to self read first); followupd also sent to %v, want nothing", got)
	}
}

// A rejection for another role (another reference) at the same company is
// another application: it neither cancels the first role's thank-yous nor
// is answered about the first role.
func TestRejectionForAnotherRoleLeavesTheFirstRoleAlone(t *testing.T) {
	h := newHarness(t, "")
	h.inbox(interviewMsg("conf-1@northwind.example", 0, ivStart)) // Senior Data Analyst, R-7781
	h.at(ivStart.Add(30 * time.Minute))
	h.inbox(plainMsg("Maya Chen <maya.chen@northwind.example>", "rej-2@northwind.example", "Your application for Junior BI Developer (R-9900)",
		"Tue, 10 Mar 2026 10:30:00 +0000",
		"Dear Alex,\n\nThank you for applying for the Junior BI Developer position (R-9900) at Northwind.\nAfter careful consideration, we have decided not to move forward with your application for this role.\n\nKind regards,\nMaya Chen\nTalent Acquisition, Northwind"))
	h.at(ivStart.Add(2 * time.Hour))
	h.work()
	feedback := 0
	for _, f := range h.followups() {
		if f.Kind == followup.ThankYou && f.State == followup.Cancelled {
			t.Errorf("thank-you #%d for the Senior Data Analyst interview was cancelled by a rejection for Junior BI Developer", f.ID)
		}
		if f.Kind == followup.Feedback {
			feedback++
			if strings.Contains(f.Body, "Senior Data Analyst") || strings.Contains(f.Body, "R-7781") || !strings.Contains(f.Body, "Junior BI Developer") {
				t.Errorf("the feedback request about Junior BI Developer (R-9900) says: %q", f.Body)
			}
		}
	}
	if feedback != 1 {
		t.Errorf("%d feedback requests, want 1 (%s)", feedback, h.states())
	}
}

// The same role read a little differently in a rejection is the same
// application: its thank-yous still waiting are cancelled.
func TestRejectionForTheSameRoleCancelsItsThankYous(t *testing.T) {
	h := newHarness(t, "")
	h.inbox(interviewMsg("conf-1@northwind.example", 0, ivStart)) // Senior Data Analyst, R-7781
	h.at(ivStart.Add(30 * time.Minute))
	h.inbox(plainMsg("Maya Chen <maya.chen@northwind.example>", "rej-2@northwind.example", "Your application",
		"Tue, 10 Mar 2026 10:30:00 +0000",
		"Dear Alex,\n\nThank you for interviewing for the Data Analyst position at Northwind.\nAfter careful consideration, we have decided not to move forward with your application.\n\nKind regards,\nMaya Chen\nTalent Acquisition, Northwind"))
	for _, f := range h.followups() {
		if f.Kind == followup.ThankYou && f.State != followup.Cancelled {
			t.Errorf("thank-you #%d is %s after the rejection for the same role, want cancelled", f.ID, f.State)
		}
	}
}

// With no company in the mail, the letter never names the sender or the
// mail domain as the company.
func TestLetterNeverNamesTheSenderOrDomainAsCompany(t *testing.T) {
	rows := []struct{ name, from, bad string }{
		{"recruiter on gmail", "Jane Smith <jane.smith.recruits@gmail.com>", "Jane Smith"},
		{"unknown domain", "Jane Smith <jane.smith@acmecorp-hr.example>", "acmecorp-hr.example"},
	}
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			h := newHarness(t, "[approval]\nmode = \"auto\"\n")
			h.inbox(plainMsg(r.from, "m1@x.example", "Your application", "Mon, 09 Mar 2026 09:00:00 +0000",
				"Hi Alex,\n\nThanks for your time last week. Unfortunately we have decided to move forward with other candidates.\n\nBest,\nJane"))
			h.runDays(2)
			for _, m := range h.employerMail() {
				if strings.Contains(m.msg.Body, "at "+r.bad) || strings.Contains(m.msg.Body, "about "+r.bad) || strings.Contains(m.msg.Body, "in "+r.bad) {
					t.Errorf("sent to %v: %q", m.to, m.msg.Body)
				}
			}
			if fus := h.followups(); len(fus) != 1 || fus[0].Body == "" {
				t.Fatalf("want one feedback request drafted, got %s", h.states())
			}
			for _, f := range h.followups() {
				if strings.Contains(f.Body, "at "+r.bad) || strings.Contains(f.Body, "about "+r.bad) || strings.Contains(f.Body, "in "+r.bad) {
					t.Errorf("draft #%d names %q as the company: %q", f.ID, r.bad, f.Body)
				}
			}
		})
	}
}

// A recruiter writing from a personal mail service with no company named:
// their later messages still find the application (by their address), so
// a rejection cancels the thank-yous of their interview.
func TestRecruiterOnFreeMailWithoutCompanyKeepsOneApplication(t *testing.T) {
	h := newHarness(t, "")
	h.inbox(plainMsg("Jane Smith <jane.smith.recruits@gmail.com>", "i1@mail.gmail.com", "Interview confirmed", "Mon, 09 Mar 2026 09:00:00 +0000",
		"Hi Alex,\n\nYour interview is confirmed for Tuesday, March 10 at 10:00 (London time) with Priya Raman (priya.raman@northwind.example).\n\nBest,\nJane"))
	if n := len(h.followups()); n != 1 {
		t.Fatalf("after the confirmation: %s, want one thank-you", h.states())
	}
	h.at(ivStart.Add(30 * time.Minute))
	h.inbox(plainMsg("Jane Smith <jane.smith.recruits@gmail.com>", "r1@mail.gmail.com", "Your application", "Tue, 10 Mar 2026 10:30:00 +0000",
		"Hi Alex,\n\nThanks for your time today. Unfortunately we have decided to move forward with other candidates.\n\nBest,\nJane"))
	apps, err := h.st.Applications(h.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(apps) != 1 {
		t.Errorf("%d applications %+v, want one", len(apps), apps)
	}
	for _, f := range h.followups() {
		if f.Kind == followup.ThankYou && f.State != followup.Cancelled {
			t.Errorf("thank-you #%d is %s after Jane's rejection, want cancelled", f.ID, f.State)
		}
	}
}

func TestRolesMatch(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"same", "Senior Data Analyst", "senior data analyst", true},
		{"one contains the other", "Senior Data Analyst", "Data Analyst", true},
		{"same noun", "Senior Data Analyst", "Product Analyst", true},
		{"gender marks ignored", "Data Analyst (m/w/d)", "Lead Analyst", true},
		{"another job", "Senior Data Analyst", "Junior BI Developer", false},
	}
	for _, tt := range tests {
		if got := rolesMatch(tt.a, tt.b); got != tt.want {
			t.Errorf("%s: rolesMatch(%q, %q) = %v, want %v", tt.name, tt.a, tt.b, got, tt.want)
		}
	}
}

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

package classify

import (
	"fmt"
	"net/mail"
	"strings"
	"testing"

	"github.com/followupd/followupd/internal/mail/message"
)

func TestNotAnInterviewer(t *testing.T) {
	tests := []struct {
		name string
		a    message.Attendee
		want bool
	}{
		{"a person", message.Attendee{Name: "Priya Raman", Email: "priya.raman@northwind.example", PartStat: "ACCEPTED"}, false},
		{"a person yet to answer", message.Attendee{Name: "Tom Wu", Email: "tom.wu@northwind.example", PartStat: "NEEDS-ACTION"}, false},
		{"a person named Talbot", message.Attendee{Name: "Ann Talbot", Email: "talbot@northwind.example"}, false},
		{"a person named Abbott, no name", message.Attendee{Email: "abbott@northwind.example"}, false},
		{"declined", message.Attendee{Name: "Tom Wu", Email: "tom.wu@northwind.example", PartStat: "DECLINED"}, true},
		{"a group", message.Attendee{Name: "Interview Panel", Email: "panel-7@northwind.example", CUType: "GROUP"}, true},
		{"interviews@", message.Attendee{Email: "interviews@northwind.example"}, true},
		{"recruiting@", message.Attendee{Name: "Northwind Recruiting", Email: "recruiting@northwind.example"}, true},
		{"hr@", message.Attendee{Email: "hr@northwind.example"}, true},
		{"jobs@", message.Attendee{Email: "jobs@northwind.example"}, true},
		{"talent-acquisition@", message.Attendee{Email: "talent-acquisition@northwind.example"}, true},
		{"a scheduling tool", message.Attendee{Email: "scheduler@modernloop.io"}, true},
		{"GoodTime", message.Attendee{Email: "northwind@goodtime.io"}, true},
		{"a note-taking bot by domain", message.Attendee{Name: "Otter.ai", Email: "otter@otter.ai"}, true},
		{"a note-taking bot by name", message.Attendee{Name: "Fred (Notetaker)", Email: "fred@northwind.example"}, true},
		{"a hiring platform", message.Attendee{Email: "interviews+123@greenhouse.example"}, true},
		{"no-reply", message.Attendee{Email: "no-reply@northwind.example"}, true},
	}
	for _, tt := range tests {
		if got := notAnInterviewer(tt.a); got != tt.want {
			t.Errorf("notAnInterviewer(%s: %+v) = %v, want %v", tt.name, tt.a, got, tt.want)
		}
	}
}

// TestInvitationThanksOnlyPeople: an invitation whose attendees include a
// declined interviewer, a group, team mailboxes, a scheduling tool and a
// note-taking bot yields only the interviewers who are people to thank.
func TestInvitationThanksOnlyPeople(t *testing.T) {
	att := func(params, email string) string {
		return "ATTENDEE;" + params + ":mailto:" + email
	}
	ics := strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT",
		"DTSTART:20261020T180000Z", "DTEND:20261020T190000Z", "UID:nw-1@northwind.example", "SEQUENCE:0",
		"ORGANIZER;CN=Maya Chen:mailto:maya.chen@northwind.example",
		att("CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;CN=Priya Raman", "priya.raman@northwind.example"),
		att("CUTYPE=INDIVIDUAL;PARTSTAT=DECLINED;CN=Tom Wu", "tom.wu@northwind.example"),
		att("CUTYPE=GROUP;CN=Interview Panel", "interviews@northwind.example"),
		att("CUTYPE=INDIVIDUAL;CN=recruiting@northwind.example", "recruiting@northwind.example"),
		att("CUTYPE=INDIVIDUAL;CN=ModernLoop Scheduler", "scheduler@modernloop.io"),
		att("CUTYPE=INDIVIDUAL;CN=Otter.ai", "otter@otter.ai"),
		att("CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;CN=Alex Candidate", "alex@candidate.example"),
		"SUMMARY:Northwind - Technical interview", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
	raw := fmt.Sprintf("From: Maya Chen <maya.chen@northwind.example>\r\nTo: Alex Candidate <alex@candidate.example>\r\n"+
		"Subject: Invitation: Northwind - Technical interview @ Tue Oct 20, 2026 2pm - 3pm (EDT)\r\nDate: Mon, 12 Oct 2026 16:00:00 -0400\r\n"+
		"Message-ID: <nw-inv@northwind.example>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n"+
		"--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHi Alex, here is the invitation for your technical interview at Northwind.\r\nMaya Chen, Recruiting Coordinator\r\n\r\n"+
		"--b1\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\n\r\n%s\r\n--b1--\r\n", ics)
	m, err := message.Parse(strings.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	r := Classify(m, Options{Self: []string{"alex@candidate.example"}})
	if r.Kind != InterviewScheduled {
		t.Fatalf("Kind = %s, want %s", r.Kind, InterviewScheduled)
	}
	var got []string
	for _, p := range r.Interviewers {
		got = append(got, p.Email)
	}
	if strings.Join(got, " ") != "priya.raman@northwind.example" {
		t.Errorf("Interviewers = %v, want only priya.raman@northwind.example", got)
	}
}

// TestCancelledDay: a plain-text cancellation names the day of the
// interview it calls off, resolved against the message's date (Mon 9 Mar
// 2026), so that the engine can tell which of several interviews it means.
func TestCancelledDay(t *testing.T) {
	tests := []struct{ body, want string }{
		{"Unfortunately we need to cancel your final round interview on Thursday. We will be in touch.", "2026-03-12"},
		{"Unfortunately I have to cancel our interview tomorrow. Sorry!", "2026-03-10"},
		{"I'm sorry, but we have to cancel the interview scheduled for March 12.", "2026-03-12"},
		{"Malheureusement, nous devons annuler votre entretien de jeudi.", "2026-03-12"},
		{"We have to cancel your interview. Apologies.", ""},
	}
	for _, tt := range tests {
		raw := "From: Maya Chen <maya.chen@northwind.example>\r\nTo: alex@candidate.example\r\nSubject: Interview\r\n" +
			"Date: Mon, 09 Mar 2026 09:00:00 +0000\r\nMessage-ID: <x@northwind.example>\r\n\r\nHi Alex,\r\n\r\n" + tt.body + "\r\n\r\nMaya\r\n"
		m, err := message.Parse(strings.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		r := Classify(m, Options{Self: []string{"alex@candidate.example"}})
		got := ""
		if !r.CancelledDay.IsZero() {
			got = r.CancelledDay.Format("2006-01-02")
		}
		if r.Kind != InterviewCancelled || got != tt.want {
			t.Errorf("Classify(%q) = %s, day %q, want %s, day %q", tt.body, r.Kind, got, InterviewCancelled, tt.want)
		}
	}
}

// TestInvitationLeavesOutOtherCandidates: a group interview's invitation
// from a company lists the other candidates as attendees, on personal mail
// services or at their own employers' domains: they are no interviewers.
// Attendees of another domain stay when none shares the sender's (an
// agency's invitation to meet the client), and so do personal addresses when
// the sender writes from one too.
func TestInvitationLeavesOutOtherCandidates(t *testing.T) {
	const priya = "CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;CN=Priya Raman:mailto:priya.raman@northwind.example"
	tests := []struct {
		name, from string
		attendees  []string
		want       string
	}{
		{"candidates on personal mail", "Maya Chen <maya.chen@northwind.example>", []string{priya,
			"CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;CN=Jordan Lee:mailto:jordan.lee1990@gmail.com",
			"CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;CN=Casey Smith:mailto:casey.smith@outlook.com",
			"PARTSTAT=NEEDS-ACTION;CN=Sam Roy:mailto:sam.roy@yahoo.co.uk",
			"PARTSTAT=NEEDS-ACTION;CN=Lou Martin:mailto:lou.martin@free.fr"},
			"priya.raman@northwind.example"},
		{"candidates at their employers", "Maya Chen <maya.chen@northwind.example>", []string{priya,
			"CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;CN=Jordan Lee:mailto:jordan.lee@fabrikam.example",
			"CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;CN=Casey Smith:mailto:casey@tailspin.example"},
			"priya.raman@northwind.example"},
		{"a subdomain is the same company", "Maya Chen <maya.chen@northwind.example>", []string{priya,
			"CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;CN=Tom Wu:mailto:tom.wu@eu.northwind.example"},
			"priya.raman@northwind.example tom.wu@eu.northwind.example"},
		{"an agency's client interviews", "Dana Fox <dana.fox@talentbridge.example>", []string{
			"CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;CN=Priya Raman:mailto:priya.raman@northwind.example",
			"CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;CN=Tom Wu:mailto:tom.wu@northwind.example"},
			"priya.raman@northwind.example tom.wu@northwind.example"},
		{"a founder on personal mail writes", "Sam Ortiz <sam.ortiz.dev@gmail.com>", []string{
			"CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;CN=Kim Ortiz:mailto:kim.ortiz@gmail.com"},
			"kim.ortiz@gmail.com"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			from, err := mail.ParseAddress(tt.from)
			if err != nil {
				t.Fatal(err)
			}
			lines := []string{"BEGIN:VCALENDAR", "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT",
				"DTSTART:20261020T180000Z", "DTEND:20261020T190000Z", "UID:nw-2@northwind.example", "SEQUENCE:0",
				"ORGANIZER;CN=" + from.Name + ":mailto:" + from.Address,
				"ATTENDEE;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;CN=Alex Candidate:mailto:alex@candidate.example"}
			for _, a := range tt.attendees {
				lines = append(lines, "ATTENDEE;"+a)
			}
			lines = append(lines, "SUMMARY:Group interview - Senior Data Analyst", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR", "")
			raw := fmt.Sprintf("From: %s\r\nTo: Alex Candidate <alex@candidate.example>\r\n"+
				"Subject: Interview confirmed: Senior Data Analyst\r\nDate: Mon, 12 Oct 2026 16:00:00 -0400\r\n"+
				"Message-ID: <nw-group@northwind.example>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n"+
				"--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHi Alex,\r\n\r\nYour group interview for the Senior Data Analyst role is confirmed for Tuesday, October 20 at 2pm ET. The invitation is attached.\r\n\r\nBest,\r\n%s\r\n\r\n"+
				"--b1\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\n\r\n%s\r\n--b1--\r\n", tt.from, from.Name, strings.Join(lines, "\r\n"))
			m, err := message.Parse(strings.NewReader(raw))
			if err != nil {
				t.Fatal(err)
			}
			r := Classify(m, Options{Self: []string{"alex@candidate.example"}})
			if r.Kind != InterviewScheduled {
				t.Fatalf("Classify(%s).Kind = %s, want %s", tt.name, r.Kind, InterviewScheduled)
			}
			var got []string
			for _, p := range r.Interviewers {
				got = append(got, p.Email)
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("Classify(%s).Interviewers = %v, want %s", tt.name, got, tt.want)
			}
		})
	}
}

// TestRecruiterWhoJoinsIsThanked: a recruiter who organises the meeting,
// is not in the attendee list and writes "with Tom Wu and me" takes part:
// both are interviewers to thank.
func TestRecruiterWhoJoinsIsThanked(t *testing.T) {
	ics := strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT",
		"DTSTART:20261124T203000Z", "DTEND:20261124T213000Z", "UID:nw-2@northwind.example", "SEQUENCE:0",
		"ORGANIZER;CN=Priya Raman:mailto:priya.raman@northwind.example",
		"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Tom Wu:mailto:tom.wu@northwind.example",
		"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Camille Martin:mailto:candidate@example.test",
		"SUMMARY:Interview - Data Analyst", "END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
	raw := "From: Priya Raman <priya.raman@northwind.example>\r\nTo: Camille Martin <candidate@example.test>\r\n" +
		"Subject: Interview - Data Analyst\r\nDate: Fri, 20 Nov 2026 16:00:00 -0500\r\nMessage-ID: <nw-2@northwind.example>\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"Hi Camille,\r\n\r\nPlease find the invitation for your interview for the Data Analyst role, with Tom Wu (Analytics Lead) and me.\r\n\r\n" +
		"Best,\r\nPriya Raman\r\nTalent Acquisition, Northwind\r\n\r\n--b1\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\n\r\n" + ics + "\r\n--b1--\r\n"
	m, err := message.Parse(strings.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	r := Classify(m, Options{Self: []string{"candidate@example.test"}})
	var got []string
	for _, p := range r.Interviewers {
		got = append(got, p.Email)
	}
	if r.Kind != InterviewScheduled || strings.Join(got, " ") != "tom.wu@northwind.example priya.raman@northwind.example" {
		t.Errorf("Classify() = %s, interviewers %v, want %s with Tom and Priya", r.Kind, got, InterviewScheduled)
	}
}

func TestFreeMail(t *testing.T) {
	for addr, want := range map[string]bool{
		"jordan.lee1990@gmail.com": true, "Casey@Yahoo.co.uk": true, "sam@web.de": true, "a@aol.com": true,
		"maya@northwind.example": false, "maya@eu.northwind.example": false, "not an address": false,
	} {
		if got := FreeMail(addr); got != want {
			t.Errorf("FreeMail(%q) = %v, want %v", addr, got, want)
		}
	}
}

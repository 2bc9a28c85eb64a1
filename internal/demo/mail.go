package demo

import (
	"fmt"
	"strings"
	"time"
)

// The demo's cast. All addresses use reserved example domains.
const (
	ownerName  = "Alex Candidate"
	ownerEmail = "alex@candidate.example"
	ownerPass  = "demo-password"
)

func rfc5322(t time.Time) string { return t.Format("Mon, 02 Jan 2006 15:04:05 -0700") }

// interviewMail is a confirmation from a recruiter with a calendar
// invitation: Thursday 15:00-16:00 Toronto time with two interviewers.
func interviewMail(sent, start time.Time) string {
	end := start.Add(time.Hour)
	ics := strings.Join([]string{
		"BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "METHOD:REQUEST",
		"BEGIN:VTIMEZONE", "TZID:America/Toronto",
		"BEGIN:STANDARD", "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST", "END:STANDARD",
		"BEGIN:DAYLIGHT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT", "END:DAYLIGHT",
		"END:VTIMEZONE",
		"BEGIN:VEVENT",
		"DTSTART;TZID=America/Toronto:" + start.Format("20060102T150405"),
		"DTEND;TZID=America/Toronto:" + end.Format("20060102T150405"),
		"DTSTAMP:" + sent.UTC().Format("20060102T150405Z"),
		"ORGANIZER;CN=Maya Chen:mailto:maya.chen@northwind.example",
		"UID:demo-interview-7781@northwind.example",
		"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Priya Raman:mailto:priya.raman@northwind.example",
		"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tom Wu:mailto:tom.wu@northwind.example",
		"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Alex Candidate:mailto:" + ownerEmail,
		"ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=Toronto-4F-Lakeview:mailto:room-4f@resource.northwind.example",
		"SEQUENCE:0", "STATUS:CONFIRMED",
		"SUMMARY:Interview: Alex Candidate - Senior Data Analyst (R-7781)",
		"LOCATION:Video call", "END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
	return fmt.Sprintf(`From: Maya Chen <maya.chen@northwind.example>
To: Alex Candidate <%s>
Subject: Interview confirmed: Senior Data Analyst (R-7781)
Date: %s
Message-ID: <confirm-7781@northwind.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: text/plain; charset=utf-8

Hi Alex,

Thank you for your interest in the Senior Data Analyst role (R-7781) at Northwind.
I'm pleased to confirm your interview on Thursday, %s, from %s to %s Eastern Time,
by video call. You'll meet Priya Raman (Head of Data) and Tom Wu (Analytics Lead).

The calendar invitation is attached. Let me know if anything changes.

Best,
Maya Chen
Talent Acquisition, Northwind

--outer
Content-Type: text/calendar; charset=utf-8; method=REQUEST; name="invite.ics"
Content-Disposition: attachment; filename="invite.ics"

%s
--outer--
`, ownerEmail, rfc5322(sent), start.Format("January 2"), start.Format("3:04pm"), end.Format("3:04pm"), ics)
}

// rejectionMail is a rejection from a human recruiter.
func rejectionMail(sent time.Time) string {
	return fmt.Sprintf(`From: Sam Patel <sam.patel@contoso.example>
To: Alex Candidate <%s>
Subject: Your application for Product Analyst
Date: %s
Message-ID: <decision-5520@contoso.example>
References: <apply-5520@contoso.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Dear Alex,

Thank you for taking the time to interview for the Product Analyst position at Contoso.
After careful consideration, we have decided to move forward with other candidates whose
experience more closely matches our current needs.

We appreciate your interest in Contoso and wish you every success in your search.

Kind regards,
Sam Patel
Recruiting, Contoso
`, ownerEmail, rfc5322(sent))
}

// unsureMail is an update about a job application that says nothing
// followupd can act on: read as other, in a job's context, so it is asked
// about in the daily question.
func unsureMail(sent time.Time) string {
	return fmt.Sprintf(`From: Dana Lee <dana.lee@fabrikam.example>
To: Alex Candidate <%s>
Subject: Senior Data Analyst (Fabrikam)
Date: %s
Message-ID: <update-3310@fabrikam.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hi Alex,

Thank you for your interest in the Senior Data Analyst position. I wanted to give you a quick update on where
things stand with your application. We will be in touch.

Best,
Dana Lee
Talent Acquisition, Fabrikam
`, ownerEmail, rfc5322(sent))
}

// newsletterMail is bulk mail whose subject talks about interviews.
func newsletterMail(sent time.Time) string {
	return fmt.Sprintf(`From: CareerTips Weekly <newsletter@careertips.example>
To: %s
Subject: 10 interview mistakes that cost you the job
Date: %s
Message-ID: <issue-212@careertips.example>
List-Unsubscribe: <https://careertips.example/unsubscribe>
List-Id: CareerTips Weekly <weekly.careertips.example>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

This week: 10 interview mistakes that cost you the job, and how to write a thank-you
note that gets read. Unfortunately, most candidates never follow up after an interview.
`, ownerEmail, rfc5322(sent))
}

// ownerReply is the owner answering an approval request from a phone:
// a short text above the quoted request.
func ownerReply(inReplyTo, subject, text string, quoted string, sent time.Time) string {
	var q strings.Builder
	for i, l := range strings.Split(quoted, "\n") {
		if i > 12 {
			break
		}
		q.WriteString("> " + l + "\n")
	}
	return fmt.Sprintf(`From: %s <%s>
To: %s
Subject: Re: %s
Date: %s
Message-ID: <reply-%d@candidate.example>
In-Reply-To: <%s>
References: <%s>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

%s

Sent from my iPhone

On %s, followupd <%s> wrote:
%s`, ownerName, ownerEmail, ownerEmail, subject, rfc5322(sent), sent.UnixNano(), inReplyTo, inReplyTo, text,
		sent.Format("2 Jan 2006, at 15:04"), ownerEmail, q.String())
}

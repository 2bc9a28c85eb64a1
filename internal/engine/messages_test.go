package engine

import (
	"fmt"
	"strings"
	"time"
)

// interviewICS is an invitation for Tue 10 Mar 2026 10:00-11:00 London
// with two interviewers, as Google Calendar sends it.
func interviewICS(method string, seq int, start time.Time) string {
	end := start.Add(time.Hour)
	status := "CONFIRMED"
	if method == "CANCEL" {
		status = "CANCELLED"
	}
	return strings.Join([]string{
		"BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "METHOD:" + method,
		"BEGIN:VEVENT",
		"DTSTART:" + start.UTC().Format("20060102T150405Z"),
		"DTEND:" + end.UTC().Format("20060102T150405Z"),
		"DTSTAMP:20260309T080000Z",
		"ORGANIZER;CN=Maya Chen:mailto:maya.chen@northwind.example",
		"UID:iv-7781@northwind.example",
		"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Priya Raman:mailto:priya.raman@northwind.example",
		"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tom Wu:mailto:tom.wu@northwind.example",
		"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Alex Candidate:mailto:" + ownerAddr,
		fmt.Sprintf("SEQUENCE:%d", seq), "STATUS:" + status,
		"SUMMARY:Interview: Alex Candidate - Senior Data Analyst",
		"END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
}

var ivStart = time.Date(2026, 3, 10, 10, 0, 0, 0, london)

func interviewMsg(id string, seq int, start time.Time) string {
	return fmt.Sprintf(`From: Maya Chen <maya.chen@northwind.example>
To: Alex Candidate <%s>
Subject: Interview confirmed: Senior Data Analyst (R-7781)
Date: Mon, 09 Mar 2026 09:00:00 +0000
Message-ID: <%s>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8

Hi Alex,

I'm pleased to confirm your interview for the Senior Data Analyst role (R-7781) at Northwind
on %s, from %s to %s (London time), by video call.
You'll meet Priya Raman (Head of Data) and Tom Wu (Analytics Lead).

Best,
Maya Chen
Talent Acquisition, Northwind

--b1
Content-Type: text/calendar; charset=utf-8; method=REQUEST

%s
--b1--
`, ownerAddr, id, start.Format("Monday, January 2"), start.Format("15:04"), start.Add(time.Hour).Format("15:04"), interviewICS("REQUEST", seq, start))
}

func cancelMsg() string {
	return fmt.Sprintf(`From: Maya Chen <maya.chen@northwind.example>
To: Alex Candidate <%s>
Subject: Canceled: Interview: Alex Candidate - Senior Data Analyst
Date: Mon, 09 Mar 2026 15:00:00 +0000
Message-ID: <cancel-7781@northwind.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8

This event has been canceled. The Senior Data Analyst position is on hold, so we need to
cancel your interview. We will be in touch if the requisition reopens.

--b1
Content-Type: text/calendar; charset=utf-8; method=CANCEL

%s
--b1--
`, ownerAddr, interviewICS("CANCEL", 1, ivStart))
}

func rejectionMsg(from, replyTo string) string {
	rt := ""
	if replyTo != "" {
		rt = "Reply-To: " + replyTo + "\n"
	}
	return fmt.Sprintf(`From: %s
%sTo: Alex Candidate <%s>
Subject: Your application for Product Analyst
Date: Mon, 09 Mar 2026 09:00:00 +0000
Message-ID: <decision-5520@contoso.example>
References: <apply-5520@contoso.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Dear Alex,

Thank you for taking the time to interview for the Product Analyst position at Contoso.
After careful consideration, we have decided to move forward with other candidates whose
experience more closely matches our needs.

Kind regards,
Sam Patel
Recruiting, Contoso
`, from, rt, ownerAddr)
}

func offerMsg() string {
	return fmt.Sprintf(`From: Sam Patel <sam.patel@contoso.example>
To: Alex Candidate <%s>
Subject: Offer of employment - Product Analyst
Date: Mon, 09 Mar 2026 10:00:00 +0000
Message-ID: <offer-5520@contoso.example>
Content-Type: text/plain; charset=utf-8

Dear Alex,

Good news: a new Product Analyst position opened and we are delighted to offer you the role
at Contoso. Please find the offer letter attached; we would be glad to discuss it.

Sam Patel
`, ownerAddr)
}

func handSent(to string, at time.Time) string {
	return fmt.Sprintf(`From: Alex Candidate <%s>
To: %s
Subject: Thank you for today
Date: %s
Message-ID: <byhand-%d@candidate.example>
Content-Type: text/plain; charset=utf-8

Dear Priya, thank you for your time today.
`, ownerAddr, to, at.Format(time.RFC1123Z), at.Unix())
}

package e2e

import (
	"fmt"
	"strings"
	"time"
)

// person is a name and an address.
type person struct{ name, email string }

func (p person) String() string { return p.name + " <" + p.email + ">" }

// interview describes an employer's calendar invitation (or its
// cancellation, with method CANCEL), as Google Calendar sends it.
type interview struct {
	company      string
	role         string
	ref          string
	arranger     person
	interviewers []person
	uid          string
	seq          int
	start, end   time.Time
	method       string // "REQUEST" (default) or "CANCEL"
}

func (iv interview) ics(owner string) string {
	method, status := "REQUEST", "CONFIRMED"
	if iv.method == "CANCEL" {
		method, status = "CANCEL", "CANCELLED"
	}
	lines := []string{"BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "METHOD:" + method,
		"BEGIN:VEVENT",
		"DTSTART:" + iv.start.UTC().Format("20060102T150405Z"),
		"DTEND:" + iv.end.UTC().Format("20060102T150405Z"),
		"DTSTAMP:" + time.Now().UTC().Format("20060102T150405Z"),
		"ORGANIZER;CN=" + iv.arranger.name + ":mailto:" + iv.arranger.email,
		"UID:" + iv.uid}
	for _, p := range iv.interviewers {
		lines = append(lines, "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="+p.name+":mailto:"+p.email)
	}
	lines = append(lines, "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN="+ownerName+":mailto:"+owner,
		fmt.Sprintf("SEQUENCE:%d", iv.seq), "STATUS:"+status,
		"SUMMARY:Interview: "+ownerName+" - "+iv.role,
		"END:VEVENT", "END:VCALENDAR", "")
	return strings.Join(lines, "\r\n")
}

// interviewMail injects the invitation (or cancellation) from the
// arranger and returns its Message-ID.
func (e *env) interviewMail(iv interview) string {
	e.t.Helper()
	_, domain, _ := strings.Cut(iv.arranger.email, "@")
	id := e.nextID("iv", domain)
	var names []string
	for _, p := range iv.interviewers {
		names = append(names, p.name)
	}
	subject := fmt.Sprintf("Interview confirmed: %s (%s)", iv.role, iv.ref)
	text := fmt.Sprintf(`Hi Alex,

I'm pleased to confirm your interview for the %s role (%s) at %s
on %s, from %s to %s (UTC), by video call.
You'll meet %s.

Best,
%s
Talent Acquisition, %s
`, iv.role, iv.ref, iv.company, iv.start.UTC().Format("Monday, January 2"), iv.start.UTC().Format("15:04"), iv.end.UTC().Format("15:04"),
		strings.Join(names, " and "), iv.arranger.name, iv.company)
	calMethod := "REQUEST"
	switch {
	case iv.method == "CANCEL":
		calMethod = "CANCEL"
		subject = "Canceled: Interview: " + ownerName + " - " + iv.role
		text = fmt.Sprintf("Hi Alex,\n\nThis event has been canceled. The %s position is on hold, so we need to\ncancel your interview. We will be in touch if the requisition reopens.\n\n%s\n", iv.role, iv.arranger.name)
	case iv.seq > 0:
		subject = fmt.Sprintf("Updated invitation: Interview: %s - %s", ownerName, iv.role)
		text = fmt.Sprintf(`Hi Alex,

We need to move your interview for the %s role (%s) at %s. The new time is
%s, from %s to %s (UTC), by video call. You'll meet %s.

Sorry for the change,
%s
`, iv.role, iv.ref, iv.company, iv.start.UTC().Format("Monday, January 2"), iv.start.UTC().Format("15:04"), iv.end.UTC().Format("15:04"),
			strings.Join(names, " and "), iv.arranger.name)
	}
	e.send(iv.arranger.email, []string{e.owner.User}, fmt.Sprintf(`From: %s
To: %s <%s>
Subject: %s
Date: %s
Message-ID: <%s>
%s: %s
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8

%s
--b1
Content-Type: text/calendar; charset=utf-8; method=%s

%s
--b1--
`, iv.arranger, ownerName, e.owner.User, subject, time.Now().Add(-time.Hour).Format(time.RFC1123Z), id, markerHdr, e.tag, text, calMethod, iv.ics(e.owner.User)))
	return id
}

// rejection describes an employer's rejection.
type rejection struct {
	company string
	role    string
	from    person
	replyTo string // optional Reply-To header
	signer  string
}

// rejectionMail injects the rejection and returns its Message-ID and the
// Message-ID it references (the application's acknowledgement).
func (e *env) rejectionMail(r rejection) (id, ref string) {
	e.t.Helper()
	_, domain, _ := strings.Cut(r.from.email, "@")
	id, ref = e.nextID("decision", domain), e.nextID("apply", domain)
	e.send(r.from.email, []string{e.owner.User}, e.rejectionRaw(r, id, ref))
	return id, ref
}

// rejectionRaw is the rejection's text with the given Message-ID and
// reference.
func (e *env) rejectionRaw(r rejection, id, ref string) string {
	rt := ""
	if r.replyTo != "" {
		rt = "Reply-To: " + r.replyTo + "\n"
	}
	return fmt.Sprintf(`From: %s
%sTo: %s <%s>
Subject: Your application for %s
Date: %s
Message-ID: <%s>
References: <%s>
%s: %s
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Dear Alex,

Thank you for taking the time to interview for the %s position at %s.
After careful consideration, we have decided to move forward with other candidates whose
experience more closely matches our needs.

Kind regards,
%s
Recruiting, %s
`, r.from, rt, ownerName, e.owner.User, r.role, time.Now().Format(time.RFC1123Z), id, ref, markerHdr, e.tag, r.role, r.company, r.signer, r.company)
}

package compose

import (
	"strings"
	"time"
)

// Digest is the weekly digest to the owner: where the job search stands.
// Its lists are shown in the order given.
type Digest struct {
	// Now is when it is written; dates are shown in Zone, the owner's.
	Now  time.Time
	Zone *time.Location
	// Applications and where each stands; MoreApplications were left out
	// to keep the message short.
	Applications     []DigestApplication
	MoreApplications int
	Interviews       []DigestInterview // coming up
	Sent             []DigestLetter    // in the last 7 days (At: when sent)
	Planned          []DigestLetter    // drafted or approved, not sent (At: when asked or sent)
	Waiting          []DigestLetter    // approval requests not answered (At: when asked)
	Unsure           []DigestUnsure    // open items of the daily question
}

// DigestApplication is one application in the digest.
type DigestApplication struct {
	Company, Role string
	Stage         string    // followup.Stage: applied, interviewing, interview_scheduled, rejected, offer, other
	DecidesBy     time.Time // the day the employer said it would decide by (zero: none)
}

// DigestInterview is one interview coming up.
type DigestInterview struct {
	Company, Role string
	Start         time.Time
	With          []Person
}

// DigestLetter is one follow-up letter in the digest.
type DigestLetter struct {
	Kind    string // followup.Kind: thank-you, feedback, status-check
	State   string // followup.State
	Company string
	To      Person
	At      time.Time
}

// DigestUnsure is one message followupd is unsure of.
type DigestUnsure struct {
	From     Person
	Subject  string
	Received time.Time
}

// digestData is what digest.txt sees: every line already cut to fit a
// phone's screen.
type digestData struct {
	Owner                  Owner
	OwnerFirst             string
	Today                  string
	Applications           []digestAppData
	MoreApplications       int
	Interviews             []digestIvData
	Sent, Planned, Waiting []digestLetterData
	Unsure                 []digestUnsureData
}

type digestAppData struct {
	Title     string // "Company, Role"
	Stage     string
	DecidesBy string // "Fri 11 Dec" or ""
}

type digestIvData struct {
	Title string
	When  string
	With  string
}

type digestLetterData struct {
	Kind, State string
	To          string // a name, else the address
	Company     string
	When        string
}

type digestUnsureData struct {
	From, Subject, When string
}

// digestWidth is the longest line a digest entry shows.
const digestWidth = 56

// Digest renders the weekly digest. Its Subject and sections are the words
// README.md uses.
func (t *Templates) Digest(o Owner, d Digest) (subject, body string, err error) {
	loc := d.Zone
	if loc == nil {
		loc = time.UTC
	}
	day := func(t time.Time) string { return t.In(loc).Format("Mon 2 Jan") }
	when := func(t time.Time) string { return t.In(loc).Format("Mon 2 Jan 15:04") }
	title := func(company, role string) string {
		s := oneLine(company)
		if s == "" {
			s = "an employer"
		}
		if r := oneLine(role); r != "" {
			s += ", " + r
		}
		return cut(s, digestWidth)
	}
	who := func(p Person) string {
		if n := oneLine(p.Name); n != "" {
			return n
		}
		return oneLine(p.Email)
	}
	data := digestData{Owner: o, OwnerFirst: firstName(o.Name), Today: day(d.Now), MoreApplications: d.MoreApplications}
	for _, a := range d.Applications {
		x := digestAppData{Title: title(a.Company, a.Role), Stage: a.Stage}
		if !a.DecidesBy.IsZero() {
			x.DecidesBy = a.DecidesBy.UTC().Format("Mon 2 Jan")
		}
		data.Applications = append(data.Applications, x)
	}
	for _, iv := range d.Interviews {
		var names []string
		for _, p := range iv.With {
			names = append(names, who(p))
		}
		data.Interviews = append(data.Interviews, digestIvData{Title: title(iv.Company, iv.Role), When: when(iv.Start), With: cut(strings.Join(names, ", "), digestWidth-7)})
	}
	letters := func(ls []DigestLetter) []digestLetterData {
		var out []digestLetterData
		for _, l := range ls {
			out = append(out, digestLetterData{Kind: l.Kind, State: l.State, To: cut(who(l.To), digestWidth-3), Company: cut(oneLine(l.Company), 36), When: when(l.At)})
		}
		return out
	}
	data.Sent, data.Planned, data.Waiting = letters(d.Sent), letters(d.Planned), letters(d.Waiting)
	for _, u := range d.Unsure {
		data.Unsure = append(data.Unsure, digestUnsureData{From: cut(who(u.From), digestWidth), Subject: cut(oneLine(u.Subject), digestWidth-4), When: day(u.Received)})
	}
	return t.render(FileDigest, data)
}

// cut shortens s to at most n characters, ending with "…" when cut.
func cut(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// sampleDigest is the digest the self-test renders.
func sampleDigest(at time.Time) Digest {
	p := Person{Name: "Jane Doe", Email: "jane@acme.example"}
	l := DigestLetter{Kind: "thank-you", State: "scheduled", Company: "Acme", To: p, At: at}
	return Digest{Now: at, Zone: time.UTC, MoreApplications: 1,
		Applications: []DigestApplication{{Company: "Acme", Role: "Analyst", Stage: "interviewing", DecidesBy: at}, {Company: "Initech", Stage: "rejected"}},
		Interviews:   []DigestInterview{{Company: "Acme", Role: "Analyst", Start: at, With: []Person{p}}},
		Sent:         []DigestLetter{l}, Planned: []DigestLetter{l}, Waiting: []DigestLetter{l},
		Unsure: []DigestUnsure{{From: p, Subject: "Your application", Received: at}}}
}

package mailtest

import (
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// InboxMessage is one message of a generated inbox.
type InboxMessage struct {
	Raw  []byte    // RFC 5322, CRLF line ends
	Date time.Time // its Date header, for the server's internal date
	// Kind is what the generator meant it to be: "newsletter",
	// "notification", "personal", "job-alert", or a job mail kind
	// ("ack", "invitation", "interview", "rejection", "reply").
	Kind string
}

// Inbox returns n messages resembling a job seeker's year of mail, oldest
// first, dated over the days before now, addressed to owner: mostly
// newsletters (HTML with a text alternative and list headers), notices of
// online services, personal mail (some answering earlier mail, quoting it,
// some with a PDF attached) and job alerts, and, in a few percent,
// applications unfolding (acknowledgement, invitation, an interview with a
// calendar invitation, a rejection, a recruiter's reply in the thread).
// The same seed gives the same messages; tag goes into every Message-ID,
// so that two inboxes of one test run never share one. The average
// message is about 11 KB, like the 20,000-message, 227 MB inbox of issue 14.
func Inbox(n int, now time.Time, days int, owner, tag string, seed uint64) []InboxMessage {
	g := &inboxGen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), owner: owner, tag: tag}
	out := make([]InboxMessage, 0, n)
	span := time.Duration(days) * 24 * time.Hour
	for i := range n {
		date := now.Add(-span + span/time.Duration(n+1)*time.Duration(i+1)).Truncate(time.Second)
		g.i = i
		kind, raw := g.next(date)
		out = append(out, InboxMessage{Raw: []byte(strings.ReplaceAll(raw, "\n", "\r\n")), Date: date, Kind: kind})
	}
	return out
}

type inboxGen struct {
	r     *rand.Rand
	owner string
	tag   string
	i     int
	apps  []*genApp // applications under way
}

// genApp is one application the inbox follows.
type genApp struct {
	company, domain, role, recruiter, first string
	ids                                     []string // Message-IDs of its mail so far
	stage                                   int
}

var (
	genCompanies = []string{"Northwind", "Copperleaf", "Harbourline Bank", "Alpenquell", "Brightwave", "Cobalt Analytics", "Driftwood Labs",
		"Evergreen Health", "Foxglove Media", "Granite Systems", "Helix Robotics", "Ironbark Energy", "Juniper Retail", "Kestrel Logistics",
		"Larchmont Insurance", "Meridian Travel", "Nimbus Cloud", "Oakridge Pharma", "Pinecrest Foods", "Quartz Security"}
	genRoles   = []string{"Data Analyst", "Senior Data Analyst", "Analytics Engineer", "BI Developer", "Data Scientist", "Product Analyst"}
	genPeople  = []string{"Priya Raman", "Tom Wu", "Lea Hartmann", "Carlos Mendes", "Sofia Rossi", "Jan de Vries", "Claire Dupont", "Anna Becker", "Mei Chen", "Omar Haddad"}
	genFriends = []string{"Sam Taylor", "Jordan Lee", "Robin Moss", "Chris Park", "Alexis Martin", "Nora Berg"}
	genLists   = []string{"The Data Weekly", "SQL Digest", "Dashboards Monthly", "Cooking at Home", "Trail Runner News", "City Events", "Open Source Roundup"}
	genNotices = []string{"Your order has shipped", "Your statement is ready", "New sign-in to your account", "Your parcel is on its way",
		"Receipt for your payment", "Your subscription renews soon", "Reminder: your appointment tomorrow"}
	genWords = strings.Fields(`the a of and to in for with on our this that new more from your about how why what best guide tips week data
		team city garden running recipe market update story report price travel weekend season review photo music book film local event`)
)

func (g *inboxGen) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }

func (g *inboxGen) id(what, domain string) string {
	return fmt.Sprintf("%s.%s.%d@%s", what, g.tag, g.i, domain)
}

func slug(s string) string {
	return strings.ToLower(strings.NewReplacer(" ", "", "&", "").Replace(s))
}

// sentence returns n words of filler, capitalised, with a full stop.
func (g *inboxGen) sentence(n int) string {
	var b strings.Builder
	for i := range n {
		w := g.pick(genWords)
		if i == 0 {
			w = strings.ToUpper(w[:1]) + w[1:]
		} else {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	b.WriteByte('.')
	return b.String()
}

func (g *inboxGen) paragraph(sentences int) string {
	s := make([]string, sentences)
	for i := range s {
		s[i] = g.sentence(8 + g.r.IntN(10))
	}
	return strings.Join(s, " ")
}

func (g *inboxGen) next(date time.Time) (string, string) {
	x := g.r.IntN(1000)
	switch {
	case x < 545:
		return "newsletter", g.newsletter(date)
	case x < 700:
		return "notification", g.notification(date)
	case x < 860:
		return "personal", g.personal(date)
	case x < 985:
		return "job-alert", g.jobAlert(date)
	default:
		return g.jobMail(date)
	}
}

func (g *inboxGen) header(from, subject string, date time.Time, id string, extra ...string) string {
	h := fmt.Sprintf("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <%s>\nMIME-Version: 1.0\n", from, g.owner, subject, date.Format(time.RFC1123Z), id)
	for _, e := range extra {
		h += e + "\n"
	}
	return h
}

func (g *inboxGen) newsletter(date time.Time) string {
	list := g.pick(genLists)
	dom := slug(list) + ".example"
	boundary := "b-" + g.id("nl", "x")
	var text, html strings.Builder
	html.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><style>td{font-family:Arial,sans-serif;color:#333}</style></head><body><table width="600" cellpadding="0" cellspacing="0">`)
	for range 10 + g.r.IntN(9) {
		title := g.sentence(5)
		p := g.paragraph(3 + g.r.IntN(3))
		fmt.Fprintf(&text, "%s\n\n%s\n\nRead more: https://%s/a/%d\n\n", title, p, dom, g.r.IntN(1e6))
		fmt.Fprintf(&html, `<tr><td style="padding:12px 24px;font-size:18px;font-weight:bold"><a href="https://%s/a/%d" style="color:#0a58ca;text-decoration:none">%s</a></td></tr><tr><td style="padding:0 24px 16px 24px;font-size:14px;line-height:20px">%s</td></tr>`,
			dom, g.r.IntN(1e6), title, p)
	}
	fmt.Fprintf(&html, `<tr><td style="font-size:11px;color:#999;padding:24px">You receive this because you subscribed to %s. <a href="https://%s/unsubscribe">Unsubscribe</a></td></tr></table></body></html>`, list, dom)
	fmt.Fprintf(&text, "You receive this because you subscribed to %s. Unsubscribe: https://%s/unsubscribe\n", list, dom)
	return g.header(fmt.Sprintf("%s <news@%s>", list, dom), fmt.Sprintf("%s: %s", list, strings.TrimSuffix(g.sentence(6), ".")), date, g.id("news", dom),
		fmt.Sprintf("List-Id: %s <list.%s>", list, dom), fmt.Sprintf("List-Unsubscribe: <https://%s/unsubscribe>", dom), "Precedence: bulk",
		fmt.Sprintf(`Content-Type: multipart/alternative; boundary="%s"`, boundary)) +
		fmt.Sprintf("\n--%s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n--%s\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n--%s--\n",
			boundary, text.String(), boundary, html.String(), boundary)
}

func (g *inboxGen) notification(date time.Time) string {
	subject := g.pick(genNotices)
	dom := "service" + fmt.Sprint(g.r.IntN(12)) + ".example"
	body := fmt.Sprintf(`<html><body><div style="font-family:Helvetica;max-width:560px"><h2>%s</h2><p>%s</p><p>%s</p><p><a href="https://%s/account">Manage your account</a></p><p style="font-size:11px;color:#888">This is an automated message. Please do not reply.</p></div></body></html>`,
		subject, g.paragraph(3), g.paragraph(2), dom)
	return g.header(fmt.Sprintf("Service <no-reply@%s>", dom), subject, date, g.id("notice", dom), "Auto-Submitted: auto-generated",
		"Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 8bit") + "\n" + body + "\n"
}

func (g *inboxGen) personal(date time.Time) string {
	name := g.pick(genFriends)
	addr := strings.ToLower(strings.ReplaceAll(name, " ", ".")) + "@friends.example"
	body := fmt.Sprintf("Hi Alex,\n\n%s\n\n%s\n\nCheers,\n%s\n", g.paragraph(2+g.r.IntN(3)), g.paragraph(1+g.r.IntN(2)), strings.Fields(name)[0])
	subject := strings.TrimSuffix(g.sentence(4), ".")
	var extra []string
	if g.r.IntN(3) == 0 {
		ref := fmt.Sprintf("earlier.%d@friends.example", g.r.IntN(1e6))
		subject = "Re: " + subject
		extra = append(extra, "In-Reply-To: <"+ref+">", "References: <"+ref+">")
		body += "\nOn " + date.Add(-48*time.Hour).Format("Mon, 2 Jan 2006") + ", Alex Candidate wrote:\n> " + strings.ReplaceAll(g.paragraph(3), ". ", ".\n> ") + "\n"
	}
	if g.r.IntN(5) == 0 {
		boundary := "p-" + g.id("p", "x")
		pdf := make([]byte, 30000+g.r.IntN(60000))
		for i := range pdf {
			pdf[i] = byte(g.r.IntN(256))
		}
		enc := base64.StdEncoding.EncodeToString(pdf)
		var lines strings.Builder
		for len(enc) > 76 {
			lines.WriteString(enc[:76] + "\n")
			enc = enc[76:]
		}
		lines.WriteString(enc + "\n")
		extra = append(extra, fmt.Sprintf(`Content-Type: multipart/mixed; boundary="%s"`, boundary))
		return g.header(name+" <"+addr+">", subject, date, g.id("mail", "friends.example"), extra...) +
			fmt.Sprintf("\n--%s\nContent-Type: text/plain; charset=utf-8\n\n%s\n--%s\nContent-Type: application/pdf; name=\"photos.pdf\"\nContent-Disposition: attachment; filename=\"photos.pdf\"\nContent-Transfer-Encoding: base64\n\n%s--%s--\n",
				boundary, body, boundary, lines.String(), boundary)
	}
	extra = append(extra, "Content-Type: text/plain; charset=utf-8")
	return g.header(name+" <"+addr+">", subject, date, g.id("mail", "friends.example"), extra...) + "\n" + body
}

func (g *inboxGen) jobAlert(date time.Time) string {
	var b strings.Builder
	b.WriteString("New jobs matching your search \"data analyst\":\n\n")
	for range 8 + g.r.IntN(6) {
		fmt.Fprintf(&b, "%s at %s, %s\nApply now: https://jobs.example/view/%d\n\n", g.pick(genRoles), g.pick(genCompanies), g.pick([]string{"Toronto", "Berlin", "Remote", "London", "Paris"}), g.r.IntN(1e7))
	}
	b.WriteString("You are receiving this job alert because you created it. Manage your job alerts or unsubscribe: https://jobs.example/alerts\n")
	return g.header("Job Alerts <alerts@jobs.example>", fmt.Sprintf("%d new jobs for data analyst", 8+g.r.IntN(20)), date, g.id("alert", "jobs.example"),
		"List-Unsubscribe: <https://jobs.example/alerts/unsubscribe>", "Content-Type: text/plain; charset=utf-8") + "\n" + b.String()
}

// jobMail moves an application one step, or starts one.
func (g *inboxGen) jobMail(date time.Time) (string, string) {
	if len(g.apps) == 0 || g.r.IntN(3) == 0 {
		c := g.pick(genCompanies)
		rec := g.pick(genPeople)
		app := &genApp{company: c, domain: slug(c) + fmt.Sprint(g.i) + ".example", role: g.pick(genRoles), recruiter: rec, first: strings.Fields(rec)[0]}
		g.apps = append(g.apps, app)
	}
	k := g.r.IntN(len(g.apps))
	a := g.apps[k]
	from := fmt.Sprintf("%s <%s@%s>", a.recruiter, strings.ToLower(a.first), a.domain)
	id := g.id("job", a.domain)
	var refs []string
	if len(a.ids) > 0 {
		refs = []string{"In-Reply-To: <" + a.ids[len(a.ids)-1] + ">", "References: <" + strings.Join(a.ids, "> <") + ">"}
	}
	a.ids = append(a.ids, id)
	sig := fmt.Sprintf("\nBest regards,\n%s\nTalent Acquisition, %s\n", a.recruiter, a.company)
	plain := "Content-Type: text/plain; charset=utf-8"
	a.stage++
	if a.stage == 4 && g.r.IntN(2) == 0 {
		a.stage = 3 // a word from the recruiter before the verdict
		return "reply", g.header(from, "Re: "+a.role, date, id, append(refs, plain)...) + "\nHi Alex,\n\nThanks for your note, I will pass it on to the hiring manager.\n" + sig
	}
	switch a.stage {
	case 1:
		return "ack", g.header(from, "Your application for "+a.role, date, id, plain) +
			fmt.Sprintf("\nDear Alex,\n\nThank you for applying for the %s position at %s. We have received your application and our team will review it carefully. We will be in touch if your profile matches our needs.\n%s", a.role, a.company, sig)
	case 2:
		return "invitation", g.header(from, "Re: Your application for "+a.role, date, id, append(refs, plain)...) +
			fmt.Sprintf("\nDear Alex,\n\nThank you for your interest in the %s role at %s. We would like to invite you to an interview with our team. Could you let me know your availability next week?\n%s", a.role, a.company, sig)
	case 3:
		start := date.Add(72 * time.Hour).UTC().Truncate(time.Hour)
		if start.Hour() < 9 || start.Hour() > 16 {
			start = time.Date(start.Year(), start.Month(), start.Day(), 14, 0, 0, 0, time.UTC)
		}
		iv := g.pick(genPeople)
		ivMail := strings.ToLower(strings.Fields(iv)[0]) + "@" + a.domain
		boundary := "c-" + id
		ics := fmt.Sprintf("BEGIN:VCALENDAR\nPRODID:-//Test//EN\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:%s\nSEQUENCE:0\nDTSTAMP:%s\nDTSTART:%s\nDTEND:%s\nSUMMARY:Interview: %s (%s)\nORGANIZER;CN=%s:mailto:%s@%s\nATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s\nATTENDEE;CN=Alex Candidate;ROLE=REQ-PARTICIPANT:mailto:%s\nEND:VEVENT\nEND:VCALENDAR\n",
			"iv-"+id, date.UTC().Format("20060102T150405Z"), start.Format("20060102T150405Z"), start.Add(time.Hour).Format("20060102T150405Z"),
			a.role, a.company, a.recruiter, strings.ToLower(a.first), a.domain, iv, ivMail, g.owner)
		return "interview", g.header(from, fmt.Sprintf("Interview confirmed: %s", a.role), date, id, append(refs, fmt.Sprintf(`Content-Type: multipart/mixed; boundary="%s"`, boundary))...) +
			fmt.Sprintf("\n--%s\nContent-Type: text/plain; charset=utf-8\n\nDear Alex,\n\nThis confirms your interview for the %s position on %s at %s UTC with %s. The invitation is attached.\n%s\n--%s\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\n\n%s--%s--\n",
				boundary, a.role, start.Format("Monday, January 2"), start.Format("15:04"), iv, sig, boundary, ics, boundary)
	case 4:
		g.apps = append(g.apps[:k], g.apps[k+1:]...)
		return "rejection", g.header(from, "Update on your application for "+a.role, date, id, append(refs, plain)...) +
			fmt.Sprintf("\nDear Alex,\n\nThank you for the time you invested in interviewing for the %s role at %s. After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our needs.\n\nWe wish you every success in your search.\n%s", a.role, a.company, sig)
	}
	return "reply", g.header(from, "Re: "+a.role, date, id, append(refs, plain)...) + "\nHi Alex,\n\nThanks for your note.\n" + sig
}

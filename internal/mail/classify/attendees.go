package classify

import (
	"strings"

	"golang.org/x/net/publicsuffix"

	"github.com/followupd/followupd/internal/mail/message"
)

// teamLocal lists the local parts (separators removed) of shared team
// mailboxes that invitations list as attendees: someone reads them, so they
// may arrange an interview, but nobody there is an interviewer to thank in
// a personal note.
var teamLocal = map[string]bool{
	"interview": true, "interviews": true, "interviewing": true, "interviewteam": true, "interviewpanel": true,
	"panel": true, "recruiting": true, "recruitment": true, "recruiter": true, "recruiters": true, "hr": true,
	"humanresources": true, "jobs": true, "job": true, "careers": true, "career": true, "talent": true,
	"talentacquisition": true, "ta": true, "hiring": true, "hiringteam": true, "people": true, "peopleops": true,
	"team": true, "scheduling": true, "scheduler": true, "schedule": true, "calendar": true, "candidates": true,
	"candidate": true, "applications": true, "apply": true, "info": true, "contact": true, "hello": true,
	"office": true, "admin": true, "support": true, "staffing": true, "onboarding": true, "rh": true,
	"recrutement": true, "empleo": true, "seleccion": true, "bewerbung": true, "karriere": true, "personal": true,
	"lavoro": true, "selezione": true, "vagas": true, "recrutamento": true, "werkenbij": true, "vacatures": true,
}

// toolDomains are the mail domains of scheduling tools and meeting
// note-takers that join invitations as attendees.
var toolDomains = []string{
	"modernloop.io", "goodtime.io", "calendly.com", "prelude.co", "gem.com", "cronofy.com", "paradox.ai",
	"x.ai", "clara.com", "reclaim.ai", "clockwise.com", "doodle.com", "otter.ai", "fireflies.ai",
	"fathom.video", "read.ai", "tldv.io", "gong.io", "chorus.ai", "meetgeek.ai", "avoma.com", "grain.com",
	"sembly.ai", "notta.ai", "airgram.io", "supernormal.com", "krisp.ai", "tactiq.io", "bluedothq.com",
}

// notAnInterviewer reports whether a calendar attendee is no one to thank
// in a personal note: one who declined, a group (CUTYPE=GROUP), a shared
// team mailbox (interviews@, recruiting@, hr@), a hiring platform, a
// scheduling tool or a meeting bot.
func notAnInterviewer(a message.Attendee) bool {
	if strings.EqualFold(a.PartStat, "DECLINED") || strings.EqualFold(a.CUType, "GROUP") {
		return true
	}
	local, domain, ok := message.Mailbox(a.Email)
	if !ok {
		return false
	}
	addr := strings.ToLower(a.Email)
	compact := localSeparators.Replace(local)
	if teamLocal[compact] || IsNoReply(addr) || platformDomain(domain) {
		return true
	}
	for _, d := range toolDomains {
		if domain == d || strings.HasSuffix(domain, "."+d) {
			return true
		}
	}
	if strings.Contains(compact, "notetaker") {
		return true
	}
	for _, w := range strings.FieldsFunc(fold(a.Name), func(r rune) bool { return r == ' ' || r == '.' || r == '-' || r == '(' || r == ')' }) {
		switch w {
		case "bot", "notetaker", "recorder", "assistant":
			return true // "Otter Bot", "Read.ai Notetaker", "Meeting Recorder"
		}
	}
	return false
}

// withoutOutsiders leaves out the attendees of an invitation from a company
// who are not its people: the other candidates of a group interview, on
// personal mail services (jordan.lee1990@gmail.com) or at their own
// employers' domains. The company is the registrable domain of the
// organiser or the sender (organiser, sender), when that is no personal
// service; another company's attendees go only when one attendee shares
// the company's domain, since an agency's invitation to meet its client
// lists only the client's people. Without a company domain all stay.
func withoutOutsiders(attendees []message.Attendee, organiser, sender string) []message.Attendee {
	home := map[string]bool{}
	for _, addr := range []string{organiser, sender} {
		if dom := siteOf(addr); dom != "" && !freeMailDomain(dom) {
			home[dom] = true
		}
	}
	if len(home) == 0 {
		return attendees
	}
	shared := false
	for _, a := range attendees {
		if home[siteOf(a.Email)] {
			shared = true
			break
		}
	}
	var out []message.Attendee
	for _, a := range attendees {
		dom := siteOf(a.Email)
		switch {
		case dom == "" || home[dom]:
		case freeMailDomain(dom):
			continue
		case shared:
			continue
		}
		out = append(out, a)
	}
	return out
}

// siteOf returns the registrable domain of an address (its public suffix
// and one label more: "eu.northwind.example" gives "northwind.example",
// "yahoo.co.uk" stays), lower case; "" when there is none.
func siteOf(addr string) string {
	_, domain, ok := message.Mailbox(addr)
	if !ok || domain == "" {
		return ""
	}
	domain = strings.TrimSuffix(strings.ToLower(domain), ".")
	site, err := publicsuffix.EffectiveTLDPlusOne(domain)
	if err != nil {
		return domain
	}
	return site
}

// freeMailSites are the registrable domains of personal mail services:
// an address there is one person's, never a company's.
var freeMailSites = map[string]bool{
	"me.com": true, "mac.com": true, "pm.me": true, "proton.me": true, "tuta.io": true, "tutanota.com": true,
	"tutanota.de": true, "fastmail.com": true, "fastmail.fm": true, "hey.com": true, "mailbox.org": true,
	"posteo.de": true, "posteo.net": true, "web.de": true, "t-online.de": true, "freenet.de": true, "arcor.de": true,
	"mail.com": true, "email.com": true, "inbox.com": true, "zoho.com": true, "zohomail.com": true, "lycos.com": true,
	"free.fr": true, "orange.fr": true, "wanadoo.fr": true, "sfr.fr": true, "laposte.net": true, "neuf.fr": true,
	"bbox.fr": true, "libero.it": true, "virgilio.it": true, "alice.it": true, "tiscali.it": true, "tin.it": true,
	"mail.ru": true, "bk.ru": true, "list.ru": true, "inbox.ru": true, "rambler.ru": true, "ya.ru": true, "ukr.net": true,
	"qq.com": true, "163.com": true, "126.com": true, "yeah.net": true, "sina.com": true, "sohu.com": true,
	"naver.com": true, "daum.net": true, "hanmail.net": true, "seznam.cz": true, "wp.pl": true, "o2.pl": true,
	"interia.pl": true, "onet.pl": true, "btinternet.com": true, "sky.com": true, "virginmedia.com": true,
	"comcast.net": true, "att.net": true, "verizon.net": true, "sbcglobal.net": true, "bellsouth.net": true,
	"cox.net": true, "charter.net": true, "earthlink.net": true, "shaw.ca": true, "rogers.com": true,
	"sympatico.ca": true, "bigpond.com": true, "optusnet.com.au": true, "xtra.co.nz": true, "rediffmail.com": true,
	"bol.com.br": true, "uol.com.br": true, "terra.com.br": true, "telenet.be": true, "skynet.be": true,
	"ziggo.nl": true, "kpnmail.nl": true, "bluewin.ch": true, "gmx.com": true,
}

// freeMailBrands are personal mail services with a domain in many
// countries (yahoo.fr, hotmail.co.uk, gmx.at), by the label before the
// public suffix.
var freeMailBrands = map[string]bool{
	"gmail": true, "googlemail": true, "outlook": true, "hotmail": true, "live": true, "msn": true,
	"windowslive": true, "yahoo": true, "ymail": true, "rocketmail": true, "aol": true, "aim": true,
	"icloud": true, "gmx": true, "protonmail": true, "yandex": true,
}

// FreeMail reports whether addr is at a personal mail service (gmail.com,
// yahoo.fr, web.de, …): an address there is one person's, never a
// company's, so its domain says nothing about an employer.
func FreeMail(addr string) bool {
	site := siteOf(addr)
	return site != "" && freeMailDomain(site)
}

// freeMailDomain reports whether a registrable domain (see siteOf) is a
// personal mail service.
func freeMailDomain(site string) bool {
	if freeMailSites[site] {
		return true
	}
	brand, _, _ := strings.Cut(site, ".")
	return freeMailBrands[brand]
}

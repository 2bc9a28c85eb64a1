package classify

import (
	"strings"

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
	compact := strings.NewReplacer("-", "", "_", "", ".", "").Replace(local)
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

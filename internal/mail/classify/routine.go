package classify

import "github.com/followupd/followupd/internal/mail/message"

// Routine reports whether m is one of the job messages that need no
// letter, so that a doubt about it is not worth the owner's time: bulk or
// list mail, an automatic reply, or new text (or subject) that speaks of
// an assessment or take-home, a survey, a newsletter or job alert, an
// agency's outreach, the candidate's own withdrawal, or an absence. A
// message read as Other that is JobRelated and not Routine may be a missed
// interview, rejection or offer.
func Routine(m *message.Message, opt Options) bool {
	d := prepare(m, opt)
	defer d.release()
	if d.bulk || d.autoReply {
		return true
	}
	for _, f := range []family{famAssess, famSurvey, famBulk, famAgency, famWithdraw, famOOO} {
		if d.newT.has(f) || d.subject.has(f) {
			return true
		}
	}
	return false
}

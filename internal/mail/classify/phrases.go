package classify

// Phrase families. Each family is a signal; the rules in decide.go weigh
// them. The phrases themselves are data: one file per language under lang/,
// where each family is a section named in famClasses (lang.go).
const (
	famReject family = iota
	famOffer
	famOfferNeg
	famAck
	famAckNeg
	famInterview
	famCall
	famPractice
	famConfirm
	famAvail
	famInvite
	famCancel
	famHold
	famNewTime
	famOOO
	famAssess
	famSurvey
	famBulk
	famAgency
	famCond
	famOld
	famDeadline
	famConvert
	famTechCheck
	famPersonal
	famRing
	famWithdraw
	famReopen
	famNeg          // negation: "not", "unable", "no longer"
	famNegIdiom     // a negation that negates nothing: "can't wait", "not only"
	famProgress     // a step forward for the application: "move forward", "shortlist", "invite"
	famChoose       // a choice of someone: "chose", "went with", "offered the role to"
	famOtherCand    // someone else: "another candidate", "someone whose", "other applicants"
	famFilled       // the position is gone: "has been filled", "we closed the role"
	famJob          // evidence of a job application: "position", "hiring", "recruiter"
	famJobWeak      // words shared with other applications: "application", "applicant"
	famNonJob       // other applications: "apartment", "loan", "admission", "grant"
	famPanel        // a heading over the people the candidate will meet: "Interviewers:", "You will meet"
	famOtherWeak    // someone described, not named as another: "someone whose", "the successful candidate"
	famDecision     // words that announce a decision or bad news: "unfortunately", "we regret to inform you"
	famContrast     // a clause that turns: "but", "however"
	famFit          // the candidate matches the role: "the right fit", "meets the requirements"
	famConcede      // a concession that conditions nothing: "even though", "auch wenn"
	famRound        // an interview's round or kind: "final round", "entretien technique"
	famHypo         // a hypothetical concession, conditional up to its comma: "even if", "ook als"
	famOptOut       // a way out of a time the sender set: "if that time's bad, just say so"
	famWishWell     // good wishes for the candidate's search: "good luck with your search"
	famKeepFile     // the candidate kept in mind for later: "we'll keep your CV on file"
	famConfirmLater // a confirmation still to come: "I'll send you a confirmation"
	famReferences   // the candidate's referees asked about them: "reference call", "act as a referee"
	famSenderRuns   // the sender runs the interview: "I'll lead the session", "je mènerai l'entretien"
	famConfirmAsk   // a confirmation asked of the reader: "please confirm", "confirm which slot"
	famGivenTo      // the post given to someone the text names: "we've decided to give the job to"
	famNamedHire    // the one a name before it joins in the post: "Camille Roux rejoindra l'équipe en tant que"
	famOtherRole    // another post put to the candidate: "a different opening", "un autre poste"
	famOthersCand   // someone else's candidacy: the owner refers, interviews or is told of it: "your referral", "interview kit"
	famCount
)

var famNames = [...]string{
	famReject: "rejection phrase", famOffer: "offer phrase", famOfferNeg: "negated offer",
	famAck: "acknowledgement phrase", famAckNeg: "unsent application", famInterview: "interview word",
	famCall: "call word", famPractice: "practice or event", famConfirm: "confirmation phrase",
	famAvail: "asks for availability", famInvite: "invitation phrase", famCancel: "cancellation phrase",
	famHold: "requisition on hold", famNewTime: "new time", famOOO: "out-of-office phrase",
	famAssess: "assessment or take-home", famSurvey: "survey", famBulk: "newsletter or job alert",
	famAgency: "agency outreach", famCond: "conditional", famOld: "old time", famDeadline: "deadline",
	famConvert: "time conversion", famTechCheck: "tech check", famPersonal: "personal well-wishing", famRing: "the sender will call", famWithdraw: "the candidate withdrew", famReopen: "the role reopened",
	famNeg: "negation", famNegIdiom: "idiom with a negation", famProgress: "progression", famChoose: "choice of someone",
	famOtherCand: "another candidate", famFilled: "position filled or closed", famJob: "job word", famJobWeak: "application word",
	famNonJob: "non-job application word", famPanel: "panel heading",
	famOtherWeak: "someone described", famDecision: "decision word", famContrast: "contrast", famFit: "fit",
	famConcede: "concession", famRound: "interview round", famHypo: "hypothetical", famOptOut: "a way out of a set time",
	famWishWell: "good wishes for the search", famKeepFile: "kept on file for later",
	famConfirmLater: "a confirmation to come", famReferences: "reference check", famSenderRuns: "the sender runs the interview",
	famConfirmAsk: "a confirmation asked for", famGivenTo: "the post given to someone",
	famNamedHire: "someone named joins in the post", famOtherRole: "another role put forward",
	famOthersCand: "someone else's candidacy",
}

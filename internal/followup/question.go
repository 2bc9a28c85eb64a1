package followup

import "time"

// Doubt is why followupd is unsure of how it read a message, as a typed
// value: it is stored with the message and shown to the owner in words
// (Doubt.Text), never compared as words.
type Doubt string

// The doubts that make followupd ask the owner.
const (
	NoDoubt Doubt = ""
	// JobOther: the message is about a job application, yet no kind was
	// recognised, and nothing says it is one of the job mails that need no
	// letter (an assessment, a recruiter's outreach, a withdrawal, a
	// survey, bulk mail). It may be a missed interview, rejection or offer.
	JobOther Doubt = "job_other"
	// LowConfidence: a job kind read with less confidence than the
	// threshold (Sighting.MinConfidence).
	LowConfidence Doubt = "low_confidence"
	// NoTime: an interview whose time could not be read: no thank-you can
	// be planned.
	NoTime Doubt = "no_time"
	// NoInterviewer: an interview whose interviewers could not be read:
	// the thank-you can only go to whoever arranged it.
	NoInterviewer Doubt = "no_interviewer"
)

var doubtText = map[Doubt]string{
	JobOther:      "about a job, but I could not tell what it says",
	LowConfidence: "not sure",
	NoTime:        "no time found",
	NoInterviewer: "no interviewer found",
}

// Text is the doubt in words, for the owner.
func (d Doubt) Text() string {
	if t, ok := doubtText[d]; ok {
		return t
	}
	return string(d)
}

// Sighting is what the classifier said of one message, as UnsureOf needs
// it. Kind is the classifier's kind ("other", "rejection",
// "interview_scheduled" …).
type Sighting struct {
	Kind       string
	Confidence float64
	JobRelated bool
	// Routine: a job message that needs no letter (an assessment, a
	// recruiter's outreach, a withdrawal, a survey, bulk mail).
	Routine         bool
	Automated       bool
	HasStart        bool
	HasInterviewers bool
	// MinConfidence is the threshold under which a job kind is doubted.
	MinConfidence float64
}

// The kinds UnsureOf tells apart (classify.Kind values).
const (
	kindOther     = "other"
	kindInterview = "interview_scheduled"
	kindRejection = "rejection"
	kindOffer     = "offer"
	kindInvite    = "interview_invitation"
	kindCancelled = "interview_cancelled"
)

// UnsureOf says whether followupd should ask the owner how to read a
// message, and why:
//
//   - an Other that is JobRelated and not Routine nor bulk (JobOther);
//   - an interview, rejection, offer, invitation or cancellation read with
//     less confidence than MinConfidence (LowConfidence);
//   - an interview with no time (NoTime) or no interviewer (NoInterviewer).
//
// Acknowledgements of an application are never asked about: a doubt there
// costs nothing.
func UnsureOf(s Sighting) Doubt {
	switch s.Kind {
	case kindOther:
		if s.JobRelated && !s.Routine {
			return JobOther
		}
		return NoDoubt
	case kindInterview, kindRejection, kindOffer, kindInvite, kindCancelled:
	default:
		return NoDoubt
	}
	if s.Confidence < s.MinConfidence {
		return LowConfidence
	}
	if s.Kind == kindInterview && !s.HasStart {
		return NoTime
	}
	if s.Kind == kindInterview && !s.HasInterviewers {
		return NoInterviewer
	}
	return NoDoubt
}

// Verdict is the owner's reading of a message followupd was unsure of, or
// of a message they forwarded to it.
type Verdict string

// The verdicts.
const (
	VerdictRejection Verdict = "rejection" // answer it as a rejection: a feedback request
	VerdictInterview Verdict = "interview" // an interview took place or will: thank-yous
	VerdictOffer     Verdict = "offer"     // an offer: nothing to write, the application's stage moves
	VerdictIgnore    Verdict = "ignore"    // nothing to do; what followupd drafted from it is cancelled
)

// ItemState is where a doubted message is.
type ItemState string

// The states of a doubted message. Open items are asked about; Answered
// and Dropped are final.
const (
	ItemOpen     ItemState = "open"
	ItemAnswered ItemState = "answered"
	ItemDropped  ItemState = "dropped" // asked MaxAsks times without an answer
)

// MaxAsks is how many questions an item appears in before it is dropped.
const MaxAsks = 2

// Item is one message followupd is unsure of.
type Item struct {
	ID         int64
	MessageKey string // the key the message is recorded under
	From       Person
	Subject    string
	ReceivedAt time.Time
	Kind       string  // what followupd thought (classify.Kind)
	Confidence float64 // how sure it was
	Doubt      Doubt
	State      ItemState
	Asked      int // questions it appeared in
	Verdict    Verdict
	AnsweredAt time.Time
}

// QuestionPlan is what a question due at some instant holds: the items to
// list, in order, and those dropped because they were asked MaxAsks times
// already.
type QuestionPlan struct {
	Ask  []Item
	Drop []Item
}

// PlanQuestion decides the next question from the open items: each open
// item asked fewer than MaxAsks times is listed (oldest first, as given),
// each asked MaxAsks times unanswered is dropped. Answered and dropped
// items are never asked again.
func PlanQuestion(items []Item) QuestionPlan {
	var p QuestionPlan
	for _, it := range items {
		if it.State != ItemOpen {
			continue
		}
		if it.Asked >= MaxAsks {
			it.State = ItemDropped
			p.Drop = append(p.Drop, it)
			continue
		}
		it.Asked++
		p.Ask = append(p.Ask, it)
	}
	return p
}

// QuestionDue says when the owner may next be asked, given when the last
// question went out (zero: never): at the daily time at (an offset from
// midnight) in loc, at most once a calendar day there. The result is at
// or before now when a question may go at once.
func QuestionDue(last, now time.Time, at time.Duration, loc *time.Location) time.Time {
	day := func(t time.Time) time.Time {
		t = t.In(loc)
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, loc)
	}
	today := day(now)
	slot := today.Add(at)
	if !last.IsZero() && !day(last).Before(today) {
		// asked today already: tomorrow's slot
		d := today.AddDate(0, 0, 1)
		return d.Add(at)
	}
	return slot
}

// Answered records the owner's verdict on an open item; an item already
// answered or dropped keeps its verdict and ok is false.
func Answered(it Item, v Verdict, now time.Time) (Item, bool) {
	if it.State == ItemAnswered {
		return it, false
	}
	it.State, it.Verdict, it.AnsweredAt = ItemAnswered, v, now
	return it, true
}

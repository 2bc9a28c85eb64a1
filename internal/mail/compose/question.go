package compose

import (
	"fmt"
	"time"
)

// Question is the daily question to the owner about the mail followupd is
// unsure of ("Did I read these right?").
type Question struct {
	Items []QuestionItem
	// Zone is the owner's zone, in which dates are shown.
	Zone *time.Location
}

// QuestionItem is one message asked about, numbered as the owner answers.
type QuestionItem struct {
	Number     int
	From       Person
	Subject    string
	Date       time.Time
	Kind       string  // what followupd read (classify.Kind: "rejection", "other" …)
	Confidence float64 // how sure it was, 0..1
	Doubt      string  // followup.Doubt: job_other, low_confidence, no_time, no_interviewer
	Again      bool    // asked once before without an answer: last time
}

// questionData is what question.txt sees.
type questionData struct {
	Owner      Owner
	OwnerFirst string
	Items      []questionItemData
}

type questionItemData struct {
	QuestionItem
	From    string // "Name <address>"
	Date    string // in the owner's zone
	Percent int    // Confidence as a percentage
}

// Question renders the question about the items q lists. Its Subject and
// the answers it explains are the words README.md uses.
func (t *Templates) Question(o Owner, q Question) (subject, body string, err error) {
	loc := q.Zone
	if loc == nil {
		loc = time.UTC
	}
	d := questionData{Owner: o, OwnerFirst: firstName(o.Name)}
	for _, it := range q.Items {
		it.Subject = oneLine(it.Subject)
		d.Items = append(d.Items, questionItemData{QuestionItem: it, From: it.From.String(), Date: it.Date.In(loc).Format("Mon 2 Jan 15:04"),
			Percent: int(it.Confidence*100 + 0.5)})
	}
	if len(d.Items) == 0 {
		return "", "", fmt.Errorf("compose: a question needs at least one item")
	}
	return t.render(FileQuestion, d)
}

// sampleQuestion is the question the self-test renders.
func sampleQuestion(at time.Time) Question {
	q := Question{Zone: time.UTC}
	for i, doubt := range []string{"job_other", "low_confidence", "no_time", "no_interviewer"} {
		q.Items = append(q.Items, QuestionItem{Number: i + 1, From: Person{Name: "Jane Doe", Email: "jane@acme.example"}, Subject: "Your application",
			Date: at, Kind: "interview_scheduled", Confidence: 0.6, Doubt: doubt, Again: i == 1})
	}
	return q
}

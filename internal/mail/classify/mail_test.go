package classify

import "github.com/followupd/followupd/internal/mail/message"

// classifyMail classifies a message made of a Date header, a subject and a
// text, sent by an employer's recruiter to a candidate: the shape every
// wording test needs.
func classifyMail(date, subject, text string) Result {
	m := &message.Message{Date: mustDate(date), Subject: subject, Text: text,
		From: []message.Address{{Name: "Sam Rivera", Email: "sam.rivera@employer.example"}},
		To:   []message.Address{{Name: "Alex Candidate", Email: "alex@candidate.example"}}}
	return Classify(m, Options{})
}

package engine

// Mail followupd is unsure of: collected as it is read, asked about in one
// daily question ("Did I read these right?"), and acted on as the owner
// answers; and mail the owner forwards with a verdict on its first line.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/mail/classify"
	"github.com/followupd/followupd/internal/mail/compose"
	"github.com/followupd/followupd/internal/mail/imapwatch"
	"github.com/followupd/followupd/internal/mail/message"
	"github.com/followupd/followupd/internal/mail/reply"
	"github.com/followupd/followupd/internal/store"
)

// questionPurpose is the X-Followupd value (and owner_mail purpose) of the
// daily question.
const questionPurpose = "question"

// noteDoubt records the employer message just handled as unsure when
// followup.UnsureOf says so, to be asked about in the next question.
func (h *handling) noteDoubt() error {
	c := h.e.Config()
	if !c.Questions.Enabled || h.replay {
		return nil
	}
	r := h.class
	s := followup.Sighting{Kind: string(r.Kind), Confidence: r.Confidence, JobRelated: r.JobRelated, Automated: r.Automated,
		HasStart: !r.Start.IsZero(), HasInterviewers: len(r.Interviewers) > 0, MinConfidence: c.Questions.MinConfidence}
	if r.Kind == classify.Other && r.JobRelated {
		s.Routine = classify.Routine(h.msg, h.e.classifyOptions())
	}
	doubt := followup.UnsureOf(s)
	if doubt == followup.NoDoubt {
		return nil
	}
	it := followup.Item{MessageKey: h.rec.MessageID, Subject: truncate(h.msg.Subject, 200), ReceivedAt: h.rec.ReceivedAt,
		Kind: string(r.Kind), Confidence: r.Confidence, Doubt: doubt}
	if len(h.msg.From) > 0 {
		it.From = h.msg.From[0]
	}
	h.log.Info("unsure how to read the message: the owner will be asked", "doubt", doubt)
	return h.tx.AddUnsure(&it, h.wm.Raw, h.now)
}

// questionDue returns when the next question may go out, and whether any
// item waits for one.
func (e *Engine) questionDue(tx *store.Tx, now time.Time) (time.Time, bool, error) {
	c := e.Config()
	if !c.Questions.Enabled {
		return time.Time{}, false, nil
	}
	items, err := tx.OpenItems()
	if err != nil || len(items) == 0 {
		return time.Time{}, false, err
	}
	last, err := tx.LastQuestionAt()
	if err != nil {
		return time.Time{}, false, err
	}
	return followup.QuestionDue(last, now, c.QuestionTime(), c.OwnerLocation()), true, nil
}

// askQuestion sends the owner the day's question when it is due: every
// open item asked fewer than followup.MaxAsks times, numbered; items asked
// that often without an answer are dropped.
func (e *Engine) askQuestion(ctx context.Context, now time.Time) error {
	return e.Store.Tx(ctx, func(tx *store.Tx) error {
		due, ok, err := e.questionDue(tx, now)
		if err != nil || !ok || due.After(now) {
			return err
		}
		items, err := tx.OpenItems()
		if err != nil {
			return err
		}
		plan := followup.PlanQuestion(items)
		for _, it := range plan.Drop {
			if err := tx.SaveItem(it); err != nil {
				return err
			}
			e.Logger.Info("unsure message asked about twice without an answer: dropped", "item", it.ID)
		}
		if len(plan.Ask) == 0 {
			return nil
		}
		q := compose.Question{Zone: e.Config().OwnerLocation()}
		for i, it := range plan.Ask {
			q.Items = append(q.Items, compose.QuestionItem{Number: i + 1, From: it.From, Subject: it.Subject, Date: it.ReceivedAt,
				Kind: it.Kind, Confidence: it.Confidence, Doubt: string(it.Doubt), Again: it.Asked >= followup.MaxAsks})
		}
		subject, body, err := e.templates().Question(e.owner(), q)
		if err != nil {
			return rendering(err)
		}
		_, msgID, err := tx.AddQuestion(plan.Ask, func(id int64) string { return reply.QuestionID(e.Secret, id, e.idDomain()) }, now)
		if err != nil {
			return err
		}
		for _, it := range plan.Ask {
			if err := tx.SaveItem(it); err != nil {
				return err
			}
		}
		e.Logger.Info("question to the owner queued", "items", len(plan.Ask))
		return tx.QueueOwnerMail(&store.OwnerMail{Purpose: questionPurpose, MessageID: msgID, Subject: subject, Body: body}, now)
	})
}

// referencesQuestion reports whether the message answers a question (by
// its Message-ID's form), whoever sent it.
func (h *handling) referencesQuestion() bool {
	for _, id := range append(append([]string{}, h.msg.InReplyTo...), h.msg.References...) {
		if reply.IsQuestionID(id) {
			return true
		}
	}
	return false
}

// onQuestionAnswer acts on the owner's answer to a question: each line
// ("2 rejection", "3 interview Thu 15:00 with …", "all ignore") acts on
// its item as if the message had been classified that way. Only a reply
// from the owner carrying a genuine question token is obeyed.
func (h *handling) onQuestionAnswer() error {
	e, m := h.e, h.msg
	if h.class.Automated {
		h.rec.Note = "automatic reply to a question: ignored"
		return nil
	}
	qid, ok := reply.FindQuestion(e.Secret, m.InReplyTo, m.References)
	if refused, err := h.refuseAnswer(ok, questionAnswer, 0); refused || err != nil {
		return err
	}
	items, err := h.tx.QuestionItems(qid)
	if err != nil {
		return err
	}
	text := reply.Visible(m.Body)
	if strings.TrimSpace(m.Body) == "" && m.HTML != "" {
		text = reply.VisibleHTML(m.HTML)
	}
	answers, unread := reply.Answers(text)
	var problems []string
	for _, l := range unread {
		problems = append(problems, fmt.Sprintf("%q: not understood", l))
	}
	done := 0
	for _, a := range answers {
		numbers := a.Items
		if a.All {
			numbers = nil
			for n := 1; n <= len(items); n++ {
				if items[n].State != followup.ItemAnswered {
					numbers = append(numbers, n)
				}
			}
		}
		for _, n := range numbers {
			it, ok := items[n]
			if !ok {
				problems = append(problems, fmt.Sprintf("%q: the question has no message %d", a.Line, n))
				continue
			}
			if it.State == followup.ItemAnswered {
				problems = append(problems, fmt.Sprintf("%q: message %d was already answered (%s)", a.Line, n, it.Verdict))
				continue
			}
			problem, err := h.answerItem(it, a)
			if err != nil {
				return err
			}
			if problem != "" {
				problems = append(problems, fmt.Sprintf("%q: %s", a.Line, problem))
				continue
			}
			it.State = followup.ItemAnswered
			items[n] = it
			done++
		}
	}
	h.rec.Note = fmt.Sprintf("owner answered question %d: %d done, %d not", qid, done, len(problems))
	h.log.Info("owner answered a question", "question", qid, "done", done, "not_done", len(problems))
	if len(problems) == 0 && done > 0 {
		return nil
	}
	if len(problems) == 0 {
		problems = append(problems, "no answer found")
	}
	return e.queueNotice(h.tx, 0, "Not all done: your answer to \"Did I read these right?\"",
		"Some of your answer was not acted on:\n\n  "+strings.Join(problems, "\n  ")+
			"\n\nAnswer the question again with one line per message, such as \"2 rejection\", \"3 interview Thu 15:00 with Priya Raman <priya@northwind.example>\", \"1 ignore\" or \"all ignore\".", h.now)
}

// answerItem acts on one item as the owner read it; problem says why it
// could not (the item then stays open).
func (h *handling) answerItem(it followup.Item, a reply.Answer) (problem string, err error) {
	raw, err := h.tx.ItemRaw(it.ID)
	if err != nil {
		return "", err
	}
	if len(raw) == 0 {
		return "that message is no longer kept", nil
	}
	orig, err := message.Parse(bytes.NewReader(raw))
	if err != nil {
		return "that message can no longer be read", nil
	}
	received := it.ReceivedAt
	problem, err = h.actAs(orig, raw, it.MessageKey, received, a, false)
	if err != nil || problem != "" {
		return problem, err
	}
	next, _ := followup.Answered(it, verdict(a.Verdict), h.now)
	return "", h.tx.SaveItem(next)
}

// verdict is the owner's verdict in followup's terms.
func verdict(v reply.Verdict) followup.Verdict {
	switch v {
	case reply.Rejection:
		return followup.VerdictRejection
	case reply.Interview:
		return followup.VerdictInterview
	case reply.Offer:
		return followup.VerdictOffer
	}
	return followup.VerdictIgnore
}

// actAs acts on orig (recorded under key, "" if never read) as if it had
// been classified as the owner's answer a says: ignore cancels the letters
// drafted from it; the others run it through the employer-mail handling
// with that kind (and, for an interview, the time and interviewers the
// owner gave). mustAsk makes its letters wait for an explicit "send".
func (h *handling) actAs(orig *message.Message, raw []byte, key string, received time.Time, a reply.Answer, mustAsk bool) (problem string, err error) {
	v := verdict(a.Verdict)
	if v == followup.VerdictIgnore {
		n := 0
		if orig.MessageID != "" {
			fus, err := h.tx.FollowupsFrom(orig.MessageID)
			if err != nil {
				return "", err
			}
			for _, f := range fus {
				if f.State.Cancellable() {
					n++
				}
			}
			if err := h.e.cancel(h.tx, fus, followup.OwnerIgnored, h.now); err != nil {
				return "", err
			}
		}
		if key != "" {
			if _, err := h.tx.Reclassified(key, string(classify.Other), 0, "the owner said: ignore"); err != nil {
				return "", err
			}
		}
		h.log.Info("the owner said a message needs nothing", "cancelled", n)
		return "", nil
	}
	class := classify.Classify(orig, h.e.classifyOptions())
	class.JobRelated, class.Confidence = true, max(class.Confidence, 0.99)
	switch v {
	case followup.VerdictRejection:
		class.Kind = classify.Rejection
	case followup.VerdictOffer:
		class.Kind = classify.Offer
	case followup.VerdictInterview:
		if class.Kind != classify.InterviewScheduled {
			class.Start, class.End, class.Interviewers = time.Time{}, time.Time{}, nil
		}
		class.Kind = classify.InterviewScheduled
		ref := received
		if !orig.Date.IsZero() {
			ref = orig.Date
		}
		if a.When.Given() {
			loc := h.e.Config().OwnerLocation()
			start, ok := a.When.Resolve(ref, loc)
			if !ok {
				return "an interview needs a time of day, such as \"Thu 15:00\"", nil
			}
			class.Start, class.End, class.Zone = start, start.Add(time.Hour), loc.String()
		}
		if len(a.With) > 0 {
			class.Interviewers = a.With
		}
		if class.Start.IsZero() {
			return "I found no time for that interview: give one, such as \"interview Thu 15:00\"", nil
		}
	}
	if received.IsZero() {
		received = h.now
	}
	rec := store.SeenMessage{MessageID: key, Mailbox: h.wm.Mailbox, ReceivedAt: received}
	if len(orig.From) > 0 {
		rec.From = orig.From[0].Email
	}
	rec.Subject = truncate(orig.Subject, 200)
	sub := handling{e: h.e, tx: h.tx, msg: orig, class: class, wm: imapwatch.Message{Mailbox: h.wm.Mailbox, Raw: raw}, now: h.now,
		rec: &rec, log: h.log.With("on_owner_word", string(v)), mustAsk: mustAsk, replay: true}
	if err := sub.onEmployerMail(); err != nil {
		return "", err
	}
	note := "the owner said: " + string(v)
	if key != "" {
		if _, err := h.tx.Reclassified(key, string(class.Kind), rec.ApplicationID, note); err != nil {
			return "", err
		}
	} else if orig.MessageID != "" {
		// Never read from the mailbox: recorded now, so that if it
		// arrives later it is not acted on a second time.
		rec.MessageID, rec.Kind, rec.Confidence, rec.Note = orig.MessageID, string(class.Kind), 1, note
		seen, err := h.tx.Seen(orig.MessageID)
		if err != nil {
			return "", err
		}
		if !seen {
			if err := h.tx.RecordMessage(rec, h.now); err != nil {
				return "", err
			}
		}
	}
	return "", nil
}

// readForward reports whether the message is the owner's (or someone
// posing as the owner's) forward to act: addressed to the owner alone,
// with a verdict on its first line and a forwarded message below.
func (h *handling) readForward() (reply.Forward, bool) {
	if h.fw != nil {
		return h.fw.fw, h.fw.ok
	}
	return readForward(h.e, h.msg)
}

// readForward reads m as the owner's forward to act: mail addressed to the
// owner alone whose first line says what to do.
func readForward(e *Engine, m *message.Message) (reply.Forward, bool) {
	if len(m.To)+len(m.Cc) == 0 {
		return reply.Forward{}, false
	}
	for _, a := range addrs(m.To, m.Cc) {
		if !e.isOwner(a.Email) {
			return reply.Forward{}, false
		}
	}
	return reply.ReadForward(m)
}

// onForward acts on a forward to act. Only a forward from the owner's
// addresses is obeyed; since From can be forged, whatever it drafts waits
// for the owner's explicit "send" to a token-checked approval request,
// even in auto mode.
func (h *handling) onForward(fw reply.Forward) error {
	e, m := h.e, h.msg
	sender := ""
	if len(m.From) > 0 {
		sender = m.From[0].Email
	}
	if !e.isOwner(sender) {
		h.rec.Note = "a forward to act from someone other than the owner: refused"
		h.log.Warn("forward refused: not from the owner", "from", sender)
		return e.queueNotice(h.tx, 0, "Refused: a forward from "+sender,
			fmt.Sprintf("%s sent followupd a forwarded message with %q on its first line, but only your own address (or an alias in owner.aliases) may. Nothing was done.", sender, fw.Answer.Line), h.now)
	}
	orig := fw.Original
	key, found := "", false
	if orig.MessageID != "" {
		if s, err := h.tx.MessageSubject(orig.MessageID); err != nil {
			return err
		} else if s != "" {
			key, found = orig.MessageID, true
		}
	}
	if !found && len(orig.From) > 0 {
		k, ok, err := h.tx.RecordedKey(orig.From[0].Email, truncate(orig.Subject, 200))
		if err != nil {
			return err
		}
		if ok {
			key = k
			if orig.MessageID == "" {
				orig.MessageID, _, _ = strings.Cut(k, store.CalendarKeySep)
			}
		}
	}
	received := orig.Date
	problem, err := h.actAs(orig, nil, key, received, fw.Answer, true)
	if err != nil {
		return err
	}
	if problem != "" {
		h.rec.Note = "forward to act not done: " + problem
		return e.queueNotice(h.tx, 0, "Not done: your forward",
			fmt.Sprintf("Your forward of %q with %q on its first line was not acted on: %s. Forward it again with a first line such as \"interview Fri 10:00 with Tom Wu <tom@x.example>\".", orig.Subject, fw.Answer.Line, problem), h.now)
	}
	if key != "" {
		if it, err := h.tx.ItemByKey(key); err == nil {
			if next, ok := followup.Answered(it, verdict(fw.Answer.Verdict), h.now); ok {
				if err := h.tx.SaveItem(next); err != nil {
					return err
				}
			}
		} else if !errors.Is(err, store.ErrNotFound) {
			return err
		}
	}
	h.rec.Note = "the owner forwarded a message: " + string(fw.Answer.Verdict)
	h.log.Info("the owner forwarded a message to act on", "verdict", fw.Answer.Verdict, "known", key != "")
	return nil
}

package engine

import (
	"errors"
	"fmt"
	netmail "net/mail"
	"slices"
	"strings"
	"time"

	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/mail/classify"
	"github.com/followupd/followupd/internal/mail/compose"
	"github.com/followupd/followupd/internal/mail/quote"
	"github.com/followupd/followupd/internal/mail/reply"
	"github.com/followupd/followupd/internal/schedule"
	"github.com/followupd/followupd/internal/store"
)

// approvalPrefix starts the Message-ID of every approval request (see
// reply.MessageID); a reply referencing such an id is read as an answer.
const approvalPrefix = "fu."

// queueOwnerMail queues a message to the owner.
func (e *Engine) queueOwnerMail(tx *store.Tx, fid int64, purpose, msgID, subject, body string, now time.Time) error {
	return tx.QueueOwnerMail(&store.OwnerMail{FollowupID: fid, Purpose: purpose, MessageID: msgID, Subject: subject, Body: body}, now)
}

// queueNotice tells the owner something that needs no answer. A notice
// about a follow-up is threaded under its newest approval request, like a
// confirmation: the owner who answers the notice ("Not understood", "Did
// it go out?" answered "yes") with "cancel" or "send" is obeyed, since the
// answer carries the request's token; it is never dropped as plain mail.
func (e *Engine) queueNotice(tx *store.Tx, fid int64, subject, text string, now time.Time) error {
	s, b := e.notice(subject, text)
	req := ""
	if fid != 0 {
		var err error
		if req, err = tx.LatestApprovalRequest(fid); err != nil {
			return err
		}
	}
	return tx.QueueOwnerMail(&store.OwnerMail{FollowupID: fid, Purpose: "notice", MessageID: e.newMessageID("notice"), InReplyTo: req, Subject: s, Body: b}, now)
}

// notice renders a notice to the owner. When the notice template fails,
// the notice goes out as plain text all the same: what it says (often
// that something failed) must never be lost to a template problem, nor
// block the decision it belongs to.
func (e *Engine) notice(subject, text string) (string, string) {
	s, b, err := e.templates().Notice(e.owner(), subject, text)
	if err == nil {
		return s, b
	}
	e.Logger.Error("notice template failed: sending the notice as plain text", "err", err)
	return plainNotice(subject, text, err)
}

func plainNotice(subject, text string, err error) (string, string) {
	return "[followupd] " + strings.Join(strings.Fields(subject), " "),
		strings.TrimSpace(text) + "\n\n-- \nfollowupd (this message is plain text because a template failed: " + truncate(err.Error(), 300) + ")\n"
}

// queueConfirmation confirms a decision about a follow-up. A draft or a
// confirmation template that cannot be rendered does not stop it: the
// confirmation then shows the stored letter, or is sent as plain text, so
// that the decision it confirms (a letter just sent) is always recorded.
func (e *Engine) queueConfirmation(tx *store.Tx, f *followup.Followup, what string, now time.Time) error {
	d, err := e.draft(tx, f)
	if isRenderError(err) {
		d, err = storedDraft(f), nil
	}
	if err != nil {
		return err
	}
	s, b, err := e.templates().Confirmation(e.owner(), what, d)
	if err != nil {
		e.Logger.Error("confirmation template failed: sending the confirmation as plain text", "followup", f.ID, "err", err)
		s, b = plainNotice(what+": "+f.Subject, what+": the "+string(f.Kind)+" to "+recipientText(f)+", subject \""+oneLine(f.Subject)+"\".", err)
	}
	// Threaded under the approval request, so that an answer to the
	// confirmation ("cancel") carries the request's token too.
	req, err := tx.LatestApprovalRequest(f.ID)
	if err != nil {
		return err
	}
	return tx.QueueOwnerMail(&store.OwnerMail{FollowupID: f.ID, Purpose: "confirmation", MessageID: e.newMessageID("confirm"), InReplyTo: req, Subject: s, Body: b}, now)
}

// renderError is a draft or a message to the owner that the templates
// could not render: retrying at once cannot help, only a fixed template.
type renderError struct{ err error }

func (r *renderError) Error() string { return r.err.Error() }
func (r *renderError) Unwrap() error { return r.err }

// rendering marks err (if any) as a rendering failure.
func rendering(err error) error {
	if err == nil {
		return nil
	}
	return &renderError{err}
}

func isRenderError(err error) bool {
	var r *renderError
	return errors.As(err, &r)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// storedDraft is a follow-up's letter as stored, when it cannot be
// rendered: its recipient, text and thread (as compose.Feedback threads a
// reply: In-Reply-To the message answered, References its References then
// its Message-ID).
func storedDraft(f *followup.Followup) compose.Draft {
	d := compose.Draft{Subject: f.Subject, Body: f.Body}
	if f.Recipient.Email != "" {
		d.To = []compose.Person{f.Recipient}
	}
	bare := func(id string) string {
		return strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(id), "<"), ">"))
	}
	if id := bare(f.InReplyTo); id != "" {
		d.InReplyTo = id
		for _, ref := range f.References {
			for _, r := range strings.Fields(ref) {
				if b := bare(r); b != "" && b != id && !slices.Contains(d.References, b) {
					d.References = append(d.References, b)
				}
			}
		}
		d.References = append(d.References, id)
	}
	return d
}

// draft renders a follow-up's letter as it would be sent now. A template
// failure is a renderError.
func (e *Engine) draft(tx *store.Tx, f *followup.Followup) (compose.Draft, error) {
	to := []compose.Person{}
	if f.Recipient.Email != "" {
		to = append(to, f.Recipient)
	}
	if f.Edited {
		return compose.Draft{To: to, Subject: f.Subject, Body: f.Body, InReplyTo: f.InReplyTo, References: f.References}, nil
	}
	app, err := tx.Application(f.ApplicationID)
	if err != nil {
		return compose.Draft{}, err
	}
	switch f.Kind {
	case followup.Feedback:
		interviewed, err := tx.Interviewed(app.ID, f.EventAt)
		if err != nil {
			return compose.Draft{}, err
		}
		d, err := e.templates().Feedback(e.owner(), compose.Rejection{Company: app.Company, Role: app.Role, Reference: app.Reference,
			Contact: f.Recipient, Subject: f.Subject, MessageID: f.InReplyTo, References: f.References, Notes: f.Notes,
			Interviewed: interviewed})
		return d, rendering(err)
	}
	iv, err := tx.Interview(f.InterviewID)
	if err != nil {
		return compose.Draft{}, err
	}
	loc, _, _ := e.zoneAndCountry(iv.Zone)
	civ := compose.Interview{Company: app.Company, Role: app.Role, Reference: app.Reference, Start: iv.Start.In(loc), End: iv.End.In(loc), Zone: loc,
		Arranger: iv.Arranger, Notes: f.Notes}
	for _, p := range iv.People {
		civ.Interviewers = append(civ.Interviewers, p)
	}
	if big := e.bigPanel(iv); big || f.GreetNames != "" || f.Recipient.Email == "" || !hasInterviewer(iv, f.Recipient.Email) {
		// The group letter: no interviewer address is known, or too many
		// for a letter each. A big panel is not named one by one: the
		// arranger is asked to pass the thanks on to everyone.
		var named []compose.Person
		for _, p := range civ.Interviewers {
			if !big {
				named = append(named, compose.Person{Name: p.Name})
			}
		}
		civ.Interviewers, civ.Arranger = named, f.Recipient
	}
	drafts, err := e.templates().ThankYous(e.owner(), civ)
	if err != nil {
		return compose.Draft{}, rendering(err)
	}
	for _, d := range drafts {
		if len(d.To) == 0 || f.Recipient.Email == "" || strings.EqualFold(d.To[0].Email, f.Recipient.Email) {
			if len(d.To) == 0 && f.Recipient.Email != "" {
				d.To = to
			}
			return d, nil
		}
	}
	return compose.Draft{}, rendering(fmt.Errorf("the thank-you templates wrote no letter for %s", f.Recipient.Email))
}

func hasInterviewer(iv followup.Interview, email string) bool {
	for _, p := range iv.People {
		if strings.EqualFold(p.Email, email) {
			return true
		}
	}
	return false
}

// plan says when a follow-up would leave if approved at approved (zero:
// not yet approved).
func (e *Engine) plan(f *followup.Followup, approved time.Time) (schedule.Slot, *time.Location, error) {
	loc, _, _ := e.zoneAndCountry(f.Zone)
	kind := schedule.ThankYou
	if f.Kind == followup.Feedback {
		kind = schedule.Feedback
	}
	slot, err := schedule.Plan(schedule.Request{Kind: kind, Event: f.EventAt, Zone: loc, Country: f.Country, Approved: approved}, e.Config().Policy())
	return slot, loc, err
}

// needsReply reports whether a follow-up may only leave on the owner's
// explicit "send", even in auto mode: no recipient yet, the mail that
// caused it was automated (RFC 3834: never answer such mail automatically),
// or its text holds the owner's own words (see ownerMade).
func (e *Engine) needsReply(f *followup.Followup) bool {
	return e.Config().Approval.Mode != "auto" || f.Recipient.Email == "" || f.SourceAutomated || f.NeedsReply || classify.IsNoReply(f.Recipient.Email) || ownerMade(f)
}

// ownerMade reports whether a follow-up's text was made from the owner's
// answer (an edited letter or notes). What the owner writes to followupd
// may be a note meant for followupd only ("I already wrote to Sam, please
// cancel this one"), read as the letter or woven into it: such a version
// never leaves without the owner's explicit "send", whatever the mode.
func ownerMade(f *followup.Followup) bool {
	return f.Edited || strings.TrimSpace(f.Notes) != ""
}

// askOwner composes the draft and sends the owner the approval request for
// the follow-up's current version. In auto mode (when allowed) the
// follow-up is scheduled at once and the request says so. A template
// failure is a renderError, returned before anything is written.
func (e *Engine) askOwner(tx *store.Tx, f *followup.Followup, reason string, now time.Time) error {
	return e.askOwnerAbout(tx, f, reason, false, now)
}

// askOwnerAbout is askOwner; byOwner says the owner's answer made this
// version (notes, an edit, a new address), so it waits for an explicit
// "send" in every mode.
func (e *Engine) askOwnerAbout(tx *store.Tx, f *followup.Followup, reason string, byOwner bool, now time.Time) error {
	d, err := e.draft(tx, f)
	if err != nil {
		return err
	}
	if !f.Edited {
		f.Subject, f.Body = d.Subject, d.Body
	}
	// Planned as if approved now: a request read late (the daemon was
	// down, a redraft) never shows a time already past.
	slot, loc, err := e.plan(f, now)
	if err != nil {
		return err
	}
	auto := !byOwner && !e.needsReply(f)
	mode := "reply"
	if auto {
		mode = "auto"
	}
	var warnings []string
	if f.SourceAutomated && e.Config().Approval.Mode == "auto" {
		warnings = append(warnings, "the message this answers was sent automatically, so this one needs your explicit \"send\"")
	}
	if f.NeedsReply && e.Config().Approval.Mode == "auto" {
		warnings = append(warnings, "I am not sure I read the employer's message right, so this one needs your explicit \"send\"")
	}
	if f.Kind == followup.ThankYou {
		iv, err := tx.Interview(f.InterviewID)
		if err != nil {
			return err
		}
		if n := len(e.addressed(iv)); n > maxPersonalThankYous {
			warnings = append(warnings, fmt.Sprintf("the invitation lists %d interviewers with an address (more than %d), so this is one letter to the person who arranged it, asking them to pass your thanks on, instead of one letter each", n, maxPersonalThankYous))
		}
	}
	if (byOwner || ownerMade(f)) && e.Config().Approval.Mode == "auto" {
		warnings = append(warnings, "this version was made from your answer, so it is not sent until you answer \"send\" (your words to followupd never leave by themselves)")
	}
	recipientZone := loc
	if f.Zone == "" {
		recipientZone = nil // planned on the owner's clock: the request says theirs is unknown
	}
	a := compose.Approval{Draft: d, Kind: string(f.Kind), Version: f.Version, SendAt: slot.SendAt, Deadline: slot.Deadline,
		RecipientZone: recipientZone, OwnerZone: e.Config().OwnerLocation(), Late: slot.Late || (!slot.Deadline.IsZero() && now.After(slot.Deadline)), Mode: mode,
		AskNotes: f.Kind == followup.ThankYou && f.Notes == "" && !f.Edited, NoRecipient: f.Recipient.Email == "", Warnings: warnings}
	subject, body, err := e.templates().ApprovalRequest(e.owner(), a)
	if err != nil {
		return rendering(err)
	}
	if auto {
		f.State, f.DueAt, f.Deadline, f.Late = followup.Scheduled, slot.SendAt, slot.Deadline, slot.Late
	} else {
		f.State, f.DueAt, f.Deadline, f.Late = followup.AwaitingApproval, slot.SendAt, slot.Deadline, slot.Late
	}
	if err := tx.SaveFollowup(f, reason, now); err != nil {
		return err
	}
	id := reply.MessageID(e.Secret, f.ID, f.Version, e.idDomain())
	return e.queueOwnerMail(tx, f.ID, "approval-request", strings.Trim(id, "<>"), subject, body, now)
}

// onOwnerReply acts on an answer to an approval request. Only a reply
// from the owner (or an alias), referencing a genuine request for the
// follow-up's current version, is obeyed (a cancel, for any version);
// anything else is refused and reported to the owner, except automatic
// replies, which are recorded and otherwise ignored.
func (h *handling) onOwnerReply() error {
	e, m := h.e, h.msg
	if h.class.Automated {
		// RFC 3834: an automatic reply (a vacation responder answering a
		// request or a notice) is no answer, and is never answered: a
		// notice about it would start a mail loop with the responder.
		h.rec.Note = "automatic reply to followupd's mail: ignored"
		h.log.Info("automatic reply to an approval request ignored")
		return nil
	}
	fid, version, ok := reply.FindToken(e.Secret, m.InReplyTo, m.References)
	sender := ""
	if len(m.From) > 0 {
		sender = m.From[0].Email
	}
	if !ok {
		h.rec.Note = "answer with a forged or unknown approval token: refused"
		h.log.Warn("approval reply refused: token not genuine", "from", sender)
		return e.queueNotice(h.tx, 0, "Refused: a reply with an invalid approval token",
			fmt.Sprintf("A message from %s, subject %q, answered an approval request that followupd did not send (the token does not verify). Nothing was done.", sender, m.Subject), h.now)
	}
	if !e.isOwner(sender) {
		h.rec.Note = "answer from someone other than the owner: refused"
		h.log.Warn("approval reply refused: not from the owner", "from", sender, "followup", fid)
		return e.queueNotice(h.tx, fid, "Refused: an answer from "+sender,
			fmt.Sprintf("%s answered an approval request, but only your own address (or an alias in owner.aliases) may approve. Nothing was done.", sender), h.now)
	}
	f, err := h.tx.Followup(fid)
	if errors.Is(err, store.ErrNotFound) {
		return e.queueNotice(h.tx, 0, "Refused: unknown follow-up", "Your answer refers to a follow-up that no longer exists. Nothing was done.", h.now)
	}
	if err != nil {
		return err
	}
	cmd := reply.FromMessage(m)
	if body, subject, ok := editedDraft(m.Body, f.Body); ok {
		cmd = reply.Command{Action: reply.Edit, Body: body, Read: body}
		if subject != "" {
			f.Subject = subject
		}
	}
	h.rec.Note = "owner answered: " + string(cmd.Action)
	h.log.Info("owner answered", "followup", f.ID, "action", cmd.Action, "version", version)
	// A cancel is safe whatever version it answers, and is obeyed for any
	// letter not yet sent (or possibly sent); any other answer to an
	// older version is refused, since the owner did not see the new text.
	oldCancel := cmd.Action == reply.Cancel && f.State != followup.Sending && f.State != followup.Sent && f.State != followup.Unknown
	if version != f.Version && !oldCancel {
		return e.queueNotice(h.tx, f.ID, "Not done: that was an older draft",
			fmt.Sprintf("Your answer (%q) refers to version %d of the %s to %s, but it has changed since (now version %d). Answer the newest approval request instead.",
				cmd.Read, version, f.Kind, recipientText(&f), f.Version), h.now)
	}
	switch f.State {
	case followup.Sent:
		return e.queueNotice(h.tx, f.ID, "Already sent", fmt.Sprintf("The %s to %s was already sent; your answer (%q) changes nothing.", f.Kind, recipientText(&f), cmd.Read), h.now)
	case followup.Cancelled:
		return e.queueNotice(h.tx, f.ID, "Already cancelled", fmt.Sprintf("The %s to %s was cancelled; your answer (%q) changes nothing.", f.Kind, recipientText(&f), cmd.Read), h.now)
	case followup.Sending:
		return e.queueNotice(h.tx, f.ID, "Being sent", fmt.Sprintf("The %s to %s is being sent right now; your answer (%q) came too late to change it.", f.Kind, recipientText(&f), cmd.Read), h.now)
	}
	if f.State == followup.Unknown && cmd.Action == reply.Unknown && saysSent(cmd.Read) {
		f.State, f.SentAt = followup.Sent, h.now
		if err := h.tx.SaveFollowup(&f, "the owner saw that it went out", h.now); err != nil {
			return err
		}
		return e.queueConfirmation(h.tx, &f, "Recorded as sent", h.now)
	}
	if f.State == followup.Unknown && yesOrNo(cmd.Read) {
		// "Did it go out?" answered "yes" means it went out, not "send";
		// "no" may mean it did not, not "cancel". Neither is acted on.
		return e.queueNotice(h.tx, f.ID, "Not done: please answer send, sent or cancel",
			fmt.Sprintf("Your answer (%q) to \"Did it go out?\" about the %s to %s could mean either thing, so nothing was done. Answer the question again with:\n  sent      it went out (you can see it in your Sent folder, or they answered it); nothing more is sent\n  send      it did not go out: send it now\n  cancel    leave it unsent",
				strings.TrimSpace(cmd.Read), f.Kind, recipientText(&f)), h.now)
	}
	switch cmd.Action {
	case reply.Approve:
		if f.State == followup.Scheduled {
			loc, _, _ := e.zoneAndCountry(f.Zone)
			return e.queueNotice(h.tx, f.ID, "Already approved", fmt.Sprintf("The %s to %s is already scheduled for %s; nothing changed.", f.Kind, recipientText(&f), e.bothClocks(f.DueAt, loc)), h.now)
		}
		return h.approve(&f)
	case reply.Cancel:
		f.State = followup.Cancelled
		if err := h.tx.SaveFollowup(&f, "cancelled by the owner", h.now); err != nil {
			return err
		}
		return e.queueConfirmation(h.tx, &f, "Cancelled", h.now)
	case reply.Notes:
		f.Notes = strings.TrimSpace(strings.TrimSpace(f.Notes) + "\n" + cmd.Notes)
		f.Version++
		return h.reask(&f, "notes from the owner")
	case reply.Edit:
		f.Body, f.Edited = cmd.Body, true
		f.Version++
		return h.reask(&f, "edited by the owner")
	case reply.Recipient:
		if classify.IsNoReply(cmd.To) {
			return e.queueNotice(h.tx, f.ID, "Not done: that is a no-reply address", fmt.Sprintf("%s looks like an address nobody reads; followupd never writes to one. Answer with another address (to: name@example.com).", cmd.To), h.now)
		}
		name := recipientName(cmd.Read, cmd.To)
		if name == "" && strings.EqualFold(f.Recipient.Email, cmd.To) {
			name = f.Recipient.Name
		}
		f.Recipient = followup.Person{Name: name, Email: strings.ToLower(cmd.To)}
		f.Version++
		return h.reask(&f, "recipient set by the owner")
	}
	return e.queueNotice(h.tx, f.ID, "Not understood: nothing was done",
		fmt.Sprintf("I read your answer about the %s to %s (%q) as:\n\n    %s\n\nand did not act on it: the letter %s. Answer this message or the approval request with one of these on the first line:\n  send          send it at the planned time\n  cancel        do not send it\n  notes: ...    what you discussed or promised; the letter is redrafted\n  to: address   send it to this address instead\nOr answer the approval request with the whole letter edited, keeping the two marker lines around it; it comes back for a final yes.",
			f.Kind, recipientText(&f), f.Subject, strings.ReplaceAll(strings.TrimSpace(cmd.Read), "\n", "\n    "), e.stateInWords(&f)), h.now)
}

// stateInWords says where a follow-up stands, for a notice: "is still
// waiting for your answer (planned Mon 23 Nov 09:00 EST)".
func (e *Engine) stateInWords(f *followup.Followup) string {
	loc, _, _ := e.zoneAndCountry(f.Zone)
	switch f.State {
	case followup.Scheduled:
		return "is still scheduled for " + e.bothClocks(f.DueAt, loc)
	case followup.AwaitingApproval, followup.Drafted:
		if f.DueAt.IsZero() {
			return "is still waiting for your answer"
		}
		return "is still waiting for your answer (planned " + e.bothClocks(f.DueAt, loc) + ")"
	case followup.Unknown:
		return "may or may not have gone out: answer send, sent or cancel"
	}
	return "is " + strings.ReplaceAll(string(f.State), "_", " ")
}

// reask sends the owner the approval request for a version the owner's
// answer made; it waits for an explicit "send" in every mode. When
// the new draft cannot be rendered, nothing changes and the owner is told
// why, instead of the answer failing (and being read again) forever.
func (h *handling) reask(f *followup.Followup, reason string) error {
	err := h.e.askOwnerAbout(h.tx, f, reason, true, h.now)
	if !isRenderError(err) {
		return err
	}
	h.rec.Note = "owner's answer not applied: the draft could not be written"
	h.log.Error("draft cannot be rendered: the owner's answer was not applied", "followup", f.ID, "err", err)
	return h.e.queueNotice(h.tx, f.ID, "Not done: the draft could not be written",
		fmt.Sprintf("Your answer about the %s to %s was not applied: the new draft could not be written because a template failed:\n\n    %s\n\nNothing changed. Fix the template, reload followupd (systemctl reload followupd), then answer again.",
			f.Kind, recipientText(f), truncate(err.Error(), 300)), h.now)
}

// approve schedules a follow-up the owner said "send" to, at the first
// business instant at or after both the planned time and now.
func (h *handling) approve(f *followup.Followup) error {
	e := h.e
	if f.Recipient.Email == "" || classify.IsNoReply(f.Recipient.Email) {
		return e.queueNotice(h.tx, f.ID, "Not sent: no address to send it to",
			"This letter has no human recipient yet. Answer the approval request with the address to use (to: name@example.com), then approve the new version.", h.now)
	}
	slot, loc, err := e.plan(f, h.now)
	if err != nil {
		return err
	}
	f.State, f.ApprovedAt, f.DueAt, f.Deadline, f.Late, f.NextAttemptAt = followup.Scheduled, h.now, slot.SendAt, slot.Deadline, slot.Late, time.Time{}
	if err := h.tx.SaveFollowup(f, "approved by the owner", h.now); err != nil {
		return err
	}
	what := "Scheduled for " + e.bothClocks(slot.SendAt, loc)
	if slot.Late {
		what += ", late"
	}
	return e.queueConfirmation(h.tx, f, what, h.now)
}

// editedDraft finds a letter the owner edited between the approval
// request's marker lines (compose.DraftBegin and DraftEnd) in the new part
// of a reply, and returns its body and, if the owner kept the header lines,
// its subject. Markers inside quoted text (a client quoting the request
// whole, as Outlook does) do not count, nor an unchanged letter.
func editedDraft(text, current string) (body, subject string, ok bool) {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	begin, off := -1, 0
	for _, line := range strings.SplitAfter(text, "\n") {
		if strings.TrimSpace(line) == compose.DraftBegin {
			begin = off
			break
		}
		off += len(line)
	}
	if begin < 0 {
		return "", "", false
	}
	if _, quoted := quote.Split(text[:begin]); strings.TrimSpace(quoted) != "" {
		return "", "", false
	}
	rest := text[begin+len(compose.DraftBegin):]
	letter, _, found := strings.Cut(rest, compose.DraftEnd)
	if !found {
		return "", "", false
	}
	lines := strings.Split(strings.Trim(letter, "\n"), "\n")
	i := 0
	for ; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		if k, v, isHeader := strings.Cut(l, ":"); isHeader && (strings.EqualFold(k, "From") || strings.EqualFold(k, "To") || strings.EqualFold(k, "Subject")) {
			if strings.EqualFold(k, "Subject") {
				subject = strings.TrimSpace(v)
			}
			continue
		}
		if l != "" {
			break
		}
	}
	body = strings.TrimSpace(strings.Join(lines[i:], "\n"))
	if body == "" || strings.Join(strings.Fields(body), " ") == strings.Join(strings.Fields(current), " ") {
		return "", "", false
	}
	return body, subject, true
}

// recipientName returns the display name the owner gave with the address
// in a "to:" line ("to: Sam Patel <sam@example.com>" gives "Sam Patel"),
// so that the letter greets them; "" when the line has none. reply.Command
// keeps only the address.
func recipientName(read, addr string) string {
	for _, line := range strings.Split(read, "\n") {
		line = strings.TrimSpace(line)
		if len(line) < 3 || !strings.EqualFold(line[:3], "to:") {
			continue
		}
		a, err := netmail.ParseAddress(strings.TrimSpace(line[3:]))
		if err != nil || !strings.EqualFold(a.Address, addr) {
			continue
		}
		name := strings.Join(strings.Fields(a.Name), " ")
		if strings.Contains(name, "@") {
			return ""
		}
		return name
	}
	return ""
}

// yesOrNo reports whether an answer is a bare yes or no, which cannot
// answer "Did it go out?" without ambiguity.
func yesOrNo(text string) bool {
	t := strings.Trim(strings.ToLower(strings.Join(strings.Fields(text), " ")), " .!,")
	switch t {
	case "yes", "y", "yep", "yeah", "yup", "ya", "sure", "ok", "okay", "k", "correct", "right", "👍", "✅",
		"no", "n", "nope", "nah", "no it didn't", "no it did not", "👎", "❌",
		"oui", "non", "ja", "nein", "sí", "si":
		return true
	}
	return false
}

// saysSent reports whether the owner's answer to "Did it go out?" says it
// did ("sent", "it was sent", "it went out", "already sent").
func saysSent(text string) bool {
	t := strings.Trim(strings.ToLower(strings.Join(strings.Fields(text), " ")), " .!")
	switch t {
	case "sent", "it was sent", "it went out", "it went", "already sent", "was sent", "it's sent", "it is sent", "went out":
		return true
	}
	return false
}

// bothClocks writes a time on the recipient's clock and, when the owner's
// reads differently, on the owner's too, with the day when it differs:
// "Sat 21 Nov 21:58 PST (Sun 22 Nov 06:58 CET your time)".
func (e *Engine) bothClocks(t time.Time, recipient *time.Location) string {
	theirs := t.In(recipient)
	mine := t.In(e.Config().OwnerLocation())
	s := theirs.Format("Mon 2 Jan 15:04 MST")
	switch {
	case mine.Format("15:04 MST") == theirs.Format("15:04 MST"):
	case mine.Format("2006-01-02") == theirs.Format("2006-01-02"):
		s += " (" + mine.Format("15:04 MST") + " your time)"
	default:
		s += " (" + mine.Format("Mon 2 Jan 15:04 MST") + " your time)"
	}
	return s
}

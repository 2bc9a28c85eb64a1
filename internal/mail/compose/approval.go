package compose

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// Approval is one approval request to the owner: a draft, when it is planned
// to leave, and what the owner may answer.
type Approval struct {
	Draft Draft
	// Kind is "thank-you" or "feedback".
	Kind string
	// Version counts the drafts of this follow-up: 2 and up after the owner
	// sent notes or an address and the letter was redrafted.
	Version int
	// SendAt is the planned send time; Deadline the time after which the
	// letter counts as late (zero: none).
	SendAt, Deadline time.Time
	// RecipientZone is the recipient's zone (nil: unknown); OwnerZone the
	// owner's (nil: UTC).
	RecipientZone, OwnerZone *time.Location
	// Late is set when SendAt is past the deadline.
	Late bool
	// Mode is "reply" (nothing is sent until the owner answers send) or
	// "auto" (sent when due unless the owner answers cancel).
	Mode string
	// AskNotes is set right after the interview, to invite the owner's
	// notes while they are fresh.
	AskNotes bool
	// NoRecipient is set when no human address is known: the owner is asked
	// for one (by name when the draft is a personal note, see Draft.For).
	NoRecipient bool
	// Warnings are added to the draft's own warnings.
	Warnings []string
	// NotesLang is the language the owner's notes are written in (ISO
	// 639-1, "" when it cannot be told): notes in another language than
	// the letter's are flagged, never silently mixed in.
	NotesLang string
}

// approvalData is what approval.txt sees.
type approvalData struct {
	Owner      Owner
	OwnerFirst string
	// What names the letter: "thank-you note" or "feedback request".
	What  string
	Draft Draft
	// From and To are the header values the letter will carry; ToNames
	// names the recipients for prose ("Jane Doe").
	From    string
	To      []string
	ToNames string
	// Threaded is set when the letter answers in an existing thread.
	Threaded bool
	Version  int
	// Times, already formatted; the owner's versions are "" when the
	// recipient's zone is unknown or the same as the owner's.
	SendAtRecipient, SendAtOwner      string
	DeadlineRecipient, DeadlineOwner  string
	SendAtShort                       string
	RecipientZoneKnown                bool
	Late, Auto, AskNotes, NoRecipient bool
	// NoAddressFor names the interviewer a personal note is for when no
	// address of theirs is known yet ("" otherwise): the owner is asked for
	// it by name.
	NoAddressFor         string
	Warnings             []string
	DraftBegin, DraftEnd string
	// Language names the letter's language when it is not English:
	// "French (fr)".
	Language string
}

// whenLayout is how times are shown to the owner: weekday, date, clock and
// zone abbreviation, followed by the zone name in parentheses.
const whenLayout = "Mon 2 Jan 2006, 15:04 MST"

func when(t time.Time, loc *time.Location) string {
	if loc == nil {
		loc = time.UTC
	}
	s := t.In(loc).Format(whenLayout)
	if name := loc.String(); name != "" && name != "UTC" && !strings.HasSuffix(s, " "+name) {
		s += " (" + name + ")"
	}
	return s
}

// ApprovalRequest renders the mail that asks the owner to approve a draft.
// It shows the letter exactly as it will be sent (headers and body between
// DraftBegin and DraftEnd), its recipients, the planned send time in the
// recipient's and the owner's zone, the deadline, every warning, and how to
// answer: send, cancel, notes: ..., to: address, or an edited letter. In auto
// mode it says that the letter leaves unless cancelled.
func (t *Templates) ApprovalRequest(o Owner, a Approval) (subject, body string, err error) {
	data := approvalData{Owner: o, OwnerFirst: firstName(o.Name), What: "thank-you note", Draft: a.Draft,
		From: Person{Name: o.Name, Email: o.Email}.String(), Threaded: a.Draft.InReplyTo != "",
		Version: a.Version, Late: a.Late, Auto: a.Mode == "auto", AskNotes: a.AskNotes,
		NoRecipient: a.NoRecipient || len(a.Draft.To) == 0, RecipientZoneKnown: a.RecipientZone != nil,
		DraftBegin: DraftBegin, DraftEnd: DraftEnd}
	switch a.Kind {
	case "feedback":
		data.What = "feedback request"
	case "status-check":
		data.What = "status check"
	}
	letterLang := a.Draft.Lang
	if letterLang == "" {
		letterLang = English
	}
	if letterLang != English {
		data.Language = LanguageName(letterLang) + " (" + letterLang + ")"
	}
	data.Draft.Subject = oneLine(a.Draft.Subject)
	var names []string
	for _, p := range a.Draft.To {
		data.To = append(data.To, p.String())
		if p.Name != "" {
			names = append(names, p.Name)
		} else {
			names = append(names, p.Email)
		}
	}
	data.ToNames = list(names)
	if len(a.Draft.To) == 0 && a.Draft.For.Name != "" {
		data.NoAddressFor = oneLine(a.Draft.For.Name)
		data.ToNames = data.NoAddressFor
	}

	ownerZone := a.OwnerZone
	if ownerZone == nil {
		ownerZone = time.UTC
	}
	recipZone := a.RecipientZone
	if recipZone == nil {
		recipZone = ownerZone
	}
	differ := a.RecipientZone != nil && !sameClock(a.SendAt, recipZone, ownerZone)
	if !a.SendAt.IsZero() {
		data.SendAtRecipient = when(a.SendAt, recipZone)
		data.SendAtShort = a.SendAt.In(ownerZone).Format("Mon 2 Jan 15:04 MST")
		if differ {
			data.SendAtOwner = when(a.SendAt, ownerZone)
		}
	}
	if !a.Deadline.IsZero() {
		data.DeadlineRecipient = when(a.Deadline, recipZone)
		if differ {
			data.DeadlineOwner = when(a.Deadline, ownerZone)
		}
	}

	if a.Late {
		data.Warnings = append(data.Warnings, "late: the planned time is after the deadline (a late note is still better than none)")
	}
	if a.NotesLang != "" && a.NotesLang != letterLang {
		data.Warnings = append(data.Warnings, fmt.Sprintf("your notes look %s but the letter is in %s: they are woven in as you wrote them; answer with notes in %s, or with the letter edited",
			LanguageName(a.NotesLang), LanguageName(letterLang), LanguageName(letterLang)))
	}
	for _, w := range append(append([]string(nil), a.Draft.Warnings...), a.Warnings...) {
		if !slices.Contains(data.Warnings, w) {
			data.Warnings = append(data.Warnings, w)
		}
	}
	// The letter's body is put in after the request is tidied, so that it
	// is shown byte for byte as it will be sent (an edited letter may hold
	// blank runs or trailing spaces that tidying would remove).
	data.Draft.Body = bodyMarker
	subject, body, err = t.render(FileApproval, data)
	if err != nil {
		return "", "", err
	}
	return subject, strings.Replace(body, bodyMarker, a.Draft.Body, 1), nil
}

// bodyMarker stands for the draft's body while the approval request is
// rendered and tidied.
const bodyMarker = "\x00followupd-draft-body\x00"

// sameClock reports whether t reads the same in both zones.
func sameClock(t time.Time, a, b *time.Location) bool {
	if a.String() == b.String() {
		return true
	}
	_, oa := t.In(a).Zone()
	_, ob := t.In(b).Zone()
	return oa == ob && t.In(a).Format("MST") == t.In(b).Format("MST")
}

// noteData is what confirmation.txt and notice.txt see.
type noteData struct {
	Owner      Owner
	OwnerFirst string
	What       string
	Draft      Draft
	To         string
	ToName     string // the recipients by name where known, for the subject
	Subject    string
	Text       string
}

// Confirmation renders the short note that confirms one decision about a
// draft to the owner; what says what happened ("Sent", "Cancelled",
// "Scheduled for Tue 24 Nov 10:00 EST").
func (t *Templates) Confirmation(o Owner, what string, d Draft) (subject, body string, err error) {
	var to, names []string
	for _, p := range d.To {
		to = append(to, p.String())
		if n := oneLine(p.Name); n != "" {
			names = append(names, n)
		} else {
			names = append(names, p.Email)
		}
	}
	d.Subject = oneLine(d.Subject)
	return t.render(FileConfirmation, noteData{Owner: o, OwnerFirst: firstName(o.Name), What: oneLine(what),
		Draft: d, To: strings.Join(to, ", "), ToName: list(names)})
}

// Notice renders a message to the owner that is not about one decision: a
// refused reply, a failure, a question.
func (t *Templates) Notice(o Owner, subject, text string) (string, string, error) {
	return t.render(FileNotice, noteData{Owner: o, OwnerFirst: firstName(o.Name),
		Subject: oneLine(subject), Text: strings.TrimSpace(text)})
}

// Package compose writes the letters followupd sends for the owner (a
// thank-you note after an interview, a feedback request after a rejection)
// and the owner-facing mail around them: the approval request that shows a
// draft exactly as it will leave, confirmations of each decision, and
// notices.
//
// Every text comes from a text/template file embedded in the binary. The
// owner may override any of them by putting a file with the same name in a
// directory (config key drafts.templates_dir). A template file starts with a
// "Subject: ..." line, then an empty line, then the body. Overrides are
// parsed and test-rendered when loaded, so a broken file is reported at
// start-up with its name and line, never when a letter is due.
//
// The letters never contain placeholder text: when a fact is unknown the
// sentence that would need it is left out or made neutral, and Check warns
// about anything that still looks unfinished.
package compose

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"text/template"
	"time"

	"github.com/followupd/followupd/internal/mail/message"
)

// Person is a named mail address (followupd's one person type, see
// message.Address): its String method is how the approval request shows a
// recipient, "Jane Doe <jane@acme.example>".
type Person = message.Address

// Owner is the job seeker the letters are written for, from the config's
// [owner] table. Signature is the free text block that closes every letter
// (usually the name and contact details); when it is empty the letter is
// closed with Name, Phone and Email instead.
type Owner struct{ Name, Email, Signature, Phone string }

// Interview is what is known about one interview when its thank-you notes
// are drafted.
type Interview struct {
	Company, Role, Reference string
	// Start and End bound the interview; Zone is the zone it was announced
	// in (nil when unknown).
	Start, End time.Time
	Zone       *time.Location
	// Interviewers are the people the owner met; each one with an address
	// gets a separate, personal note.
	Interviewers []Person
	// Arranger sent the confirmation; used when no interviewer address is
	// known.
	Arranger Person
	// Notes are the owner's notes: what was discussed, anything promised.
	// See ParseNotes for the format.
	Notes string
	// Lang is the ISO 639-1 code of the letters' language (see
	// LetterLanguage); "" is English.
	Lang string
}

// Rejection is what is known about one rejection when a feedback request is
// drafted.
type Rejection struct {
	Company, Role, Reference string
	// Contact is the human to answer (the rejection's Reply-To or sender
	// when it is a person); empty when the rejection came from a system.
	Contact Person
	// Subject, MessageID and References are the rejection's own, used to
	// answer in its thread. Message ids are given with or without <>.
	Subject, MessageID string
	References         []string
	// Notes are the owner's notes, in the format of ParseNotes.
	Notes string
	// Interviewed says the owner was interviewed for the role: the letter
	// thanks for the team's time and asks for feedback on the interviews;
	// after a rejection on the application alone it does neither.
	Interviewed bool
	// Lang is the ISO 639-1 code of the letter's language; "" is English.
	Lang string
}

// Draft is one letter ready for approval. Message ids in InReplyTo and
// References are bare (without <>). Warnings list anything the owner should
// look at before approving.
type Draft struct {
	To            []Person
	Subject, Body string
	InReplyTo     string
	References    []string
	Warnings      []string
	// Lang is the ISO 639-1 code of the language the letter is written in.
	Lang string
	// For is the interviewer a personal thank-you is for (zero for the
	// group note and the other letters). It tells apart the notes that
	// have no recipient yet: an interviewer known by name only.
	For Person
}

// The lines that frame the draft inside an approval request. The owner's
// edited letter is expected between them when the owner answers with an
// edited text (package reply looks for them).
const (
	DraftBegin = "----- the letter, exactly as it will be sent -----"
	DraftEnd   = "----- end of the letter -----"
)

// Template file names. An override directory may hold any subset of them.
const (
	FileThankYou      = "thankyou.txt"
	FileThankYouGroup = "thankyou-group.txt"
	FileFeedback      = "feedback.txt"
	FileApproval      = "approval.txt"
	FileConfirmation  = "confirmation.txt"
	FileNotice        = "notice.txt"
	FileStatus        = "status.txt"
	FileQuestion      = "question.txt"
	FileDigest        = "digest.txt"
)

// letterNames are the templates of the letters to employers: each exists
// in English (templates/NAME) and in every other language followupd writes
// (templates/<code>/NAME; an override directory holds them under the same
// relative names). The owner's mail is English only.
var letterNames = []string{FileThankYou, FileThankYouGroup, FileFeedback, FileStatus}

// fileNames lists every template by its name relative to templates/ (and
// to an override directory): "feedback.txt", "fr/feedback.txt".
func fileNames() []string {
	names := []string{FileThankYou, FileThankYouGroup, FileFeedback, FileStatus, FileApproval, FileConfirmation, FileNotice, FileQuestion, FileDigest}
	for _, code := range Languages() {
		if code == English {
			continue
		}
		for _, f := range letterNames {
			names = append(names, code+"/"+f)
		}
	}
	return names
}

//go:embed templates
var embedded embed.FS

// Templates holds the parsed templates, one per file name. It is safe for
// concurrent use once loaded.
type Templates struct {
	byName map[string]*template.Template
	// source records where each template came from (embedded or a path),
	// for error messages.
	source map[string]string
}

// Load parses the embedded templates and, when dir is not "", the files of
// the same names found in dir, which replace the embedded ones. Files in dir
// with other names are ignored. A broken override (syntax error, unknown
// field, missing Subject line) is an error naming the file and line.
func Load(dir string) (*Templates, error) {
	t := &Templates{byName: map[string]*template.Template{}, source: map[string]string{}}
	for _, name := range fileNames() {
		text, err := fs.ReadFile(embedded, "templates/"+name)
		if err != nil {
			return nil, fmt.Errorf("compose: embedded %s: %w", name, err)
		}
		src := "built-in " + name
		if dir != "" {
			path := filepath.Join(dir, filepath.FromSlash(name))
			b, err := os.ReadFile(path)
			switch {
			case err == nil:
				text, src = b, path
			case errors.Is(err, fs.ErrNotExist):
			default:
				return nil, fmt.Errorf("compose: read template: %w", err)
			}
		}
		tmpl, err := template.New(name).Funcs(funcs).Option("missingkey=error").Parse(string(text))
		if err != nil {
			return nil, fmt.Errorf("compose: %s: %w", src, err)
		}
		t.byName[name] = tmpl
		t.source[name] = src
	}
	if err := t.selfTest(); err != nil {
		return nil, err
	}
	return t, nil
}

// selfTest renders every template with sample data so that an override that
// parses but cannot execute (unknown field, wrong function arguments) is
// caught when loaded.
func (t *Templates) selfTest() error {
	zone := time.UTC
	at := time.Date(2026, 11, 24, 15, 0, 0, 0, zone)
	o := Owner{Name: "Alex Candidate", Email: "alex@example.com", Signature: "Alex Candidate", Phone: "+1 555 0100"}
	iv := Interview{Company: "Acme", Role: "Analyst", Reference: "R-1", Start: at, End: at.Add(time.Hour), Zone: zone,
		Interviewers: []Person{{Name: "Jane Doe", Email: ""}, {Name: "John Roe", Email: ""}}, Arranger: Person{Name: "Sam Poe", Email: "sam@acme.example"},
		Notes: "discussed: data\npromised: I will send my portfolio\nA paragraph."}
	if _, err := t.ThankYous(o, iv); err != nil {
		return err
	}
	iv.Interviewers[0].Email = "jane@acme.example"
	ds, err := t.ThankYous(o, iv)
	if err != nil {
		return err
	}
	d, err := t.Feedback(o, Rejection{Company: "Acme", Role: "Analyst", Contact: Person{Name: "Jane Doe", Email: "jane@acme.example"},
		Subject: "Your application", MessageID: "x@acme.example", Notes: "A paragraph."})
	if err != nil {
		return err
	}
	for _, code := range Languages() {
		civ := iv
		civ.Lang = code
		if _, err := t.ThankYous(o, civ); err != nil {
			return err
		}
		civ.Interviewers = []Person{{Name: "Jane Doe"}, {Name: "John Roe"}}
		if _, err := t.ThankYous(o, civ); err != nil {
			return err
		}
		for _, interviewed := range []bool{false, true} {
			if _, err := t.Feedback(o, Rejection{Company: "Acme", Role: "Analyst", Contact: Person{Name: "Mme Jane Doe", Email: "jane@acme.example"},
				Notes: "discussed: data\npromised: a sentence\nA paragraph.", Interviewed: interviewed, Lang: code}); err != nil {
				return err
			}
		}
		if _, err := t.StatusCheck(o, StatusCheck{Company: "Acme", Role: "Analyst", Contact: Person{Name: "Jane Doe", Email: "jane@acme.example"},
			Subject: "Your application", Wrote: at, Stated: at.AddDate(0, 0, 10), Lang: code}); err != nil {
			return err
		}
	}
	for _, mode := range []string{"reply", "auto"} {
		a := Approval{Draft: ds[0], Kind: "thank-you", Version: 2, SendAt: at, Deadline: at, RecipientZone: zone, OwnerZone: zone,
			Late: true, Mode: mode, AskNotes: true, NoRecipient: true, Warnings: []string{"w"}}
		if _, _, err := t.ApprovalRequest(o, a); err != nil {
			return err
		}
	}
	if _, _, err := t.Confirmation(o, "Sent", d); err != nil {
		return err
	}
	if _, _, err := t.Notice(o, "Subject", "Text."); err != nil {
		return err
	}
	if _, _, err := t.Question(o, sampleQuestion(at)); err != nil {
		return err
	}
	if _, _, err := t.Digest(o, sampleDigest(at)); err != nil {
		return err
	}
	if _, _, err := t.Digest(o, Digest{Now: at}); err != nil {
		return err
	}
	return nil
}

// render executes the named template and splits its output into the subject
// (the first line, "Subject: ...") and the body. The body is tidied so that
// templates can be written for readability: trailing spaces are removed,
// runs of empty lines become one, and the body ends with one newline.
func (t *Templates) render(name string, data any) (subject, body string, err error) {
	tmpl, ok := t.byName[name]
	if !ok {
		return "", "", fmt.Errorf("compose: no template %s", name)
	}
	var b bytes.Buffer
	if err := tmpl.Execute(&b, data); err != nil {
		return "", "", fmt.Errorf("compose: %s: %w", t.source[name], err)
	}
	out := strings.ReplaceAll(b.String(), "\r\n", "\n")
	out = strings.TrimLeft(out, "\n")
	first, rest, _ := strings.Cut(out, "\n")
	const prefix = "Subject:"
	if !strings.HasPrefix(first, prefix) {
		return "", "", fmt.Errorf("compose: %s: output must start with a %q line", t.source[name], "Subject: ...")
	}
	subject = collapseSpaces(strings.TrimSpace(strings.TrimPrefix(first, prefix)))
	return subject, tidy(rest), nil
}

var (
	spaceRun     = regexp.MustCompile(`[ \t]+`)
	trailingWS   = regexp.MustCompile(`(?m)[ \t]+$`)
	emptyLineRun = regexp.MustCompile(`\n{3,}`)
)

func collapseSpaces(s string) string { return spaceRun.ReplaceAllString(s, " ") }

// tidy removes trailing blanks, collapses runs of empty lines and trims the
// body to end in exactly one newline.
func tidy(s string) string {
	s = trailingWS.ReplaceAllString(s, "")
	s = emptyLineRun.ReplaceAllString(s, "\n\n")
	s = strings.Trim(s, "\n")
	if s == "" {
		return ""
	}
	return s + "\n"
}

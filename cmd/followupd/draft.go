package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/followupd/followupd/internal/config"
	"github.com/followupd/followupd/internal/engine"
	"github.com/followupd/followupd/internal/mail/compose"
	"github.com/followupd/followupd/internal/schedule"
)

// placeholderOwner signs the letters `followupd draft` prints without a
// config.
var placeholderOwner = compose.Owner{Name: "Alex Candidate", Email: "alex.candidate@example.org"}

// draftOutput is one letter in "followupd draft --json" output.
type draftOutput struct {
	Kind      string   `json:"kind"`
	Language  string   `json:"language"`
	To        []string `json:"to"`
	Subject   string   `json:"subject"`
	Body      string   `json:"body"`
	InReplyTo *string  `json:"in_reply_to"`
	Planned   string   `json:"planned"`
	Zone      string   `json:"zone"`
	ZoneKnown bool     `json:"zone_known"`
	Deadline  *string  `json:"deadline"`
	Warnings  []string `json:"warnings"`
}

// cmdDraft is the "draft" subcommand: it prints the letters followupd
// would draft for one message (recipient, language, subject, body, planned
// time), without a store or a server, so that the owner can preview and
// tune the templates.
func cmdDraft(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("draft", "FILE.eml", stderr)
	notes := fs.String("notes", "", `the owner's notes to weave in ("discussed: …", "promised: …", or free text)`)
	asJSON := fs.Bool("json", false, "print one JSON object per letter and line")
	interviewed := fs.Bool("interviewed", false, "for a rejection: the owner was interviewed for the role")
	cfgPath := fs.String("config", "", "config file whose [owner], [schedule] and drafts.templates_dir apply (default: a placeholder owner and the built-in templates)")
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: followupd draft FILE.eml [--notes TEXT] [--interviewed] [--json] [--config FILE]\n\n")
		fmt.Fprintf(w, "Prints the letters followupd would draft for the message in FILE.eml (\"-\" reads stdin):\n")
		fmt.Fprintf(w, "a thank-you to each interviewer for an interview confirmation, a feedback request for\n")
		fmt.Fprintf(w, "a rejection, in the language of the message when you write it (owner.languages).\n")
		fmt.Fprintf(w, "Nothing is stored or sent. Languages: %s.\n\nFlags:\n", strings.Join(compose.Languages(), " "))
		fs.PrintDefaults()
	}
	// Flags may follow the file name: FILE.eml --notes "…".
	var files []string
	rest := args
	for {
		if code, done := parseFlags(fs, rest, stdout); done {
			return code
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	fail := func(code int, format string, a ...any) int {
		fmt.Fprintf(stderr, "followupd draft: "+format+"\n", a...)
		return code
	}
	if len(files) != 1 {
		return fail(exitUsage, "want one mail file (see --help), got %d", len(files))
	}

	opt := engine.PreviewOptions{Owner: placeholderOwner, Policy: schedule.DefaultPolicy(), OwnerZone: time.UTC,
		Notes: *notes, Interviewed: *interviewed}
	dir := ""
	if *cfgPath != "" {
		cfg, err := config.Load(*cfgPath)
		if err != nil {
			return fail(exitUsage, "%v", err)
		}
		opt.Owner = compose.Owner{Name: cfg.Owner.Name, Email: cfg.Owner.Email, Signature: strings.TrimSpace(cfg.Owner.Signature), Phone: cfg.Owner.Phone}
		opt.Self = append([]string{cfg.Owner.Email}, cfg.Owner.Aliases...)
		opt.Languages = cfg.Owner.LetterLanguages()
		opt.OwnerZone, opt.OwnerCountry = cfg.OwnerLocation(), string(cfg.Owner.Country)
		opt.Policy = cfg.Policy()
		dir = cfg.Drafts.TemplatesDir
	}
	tmpl, err := compose.Load(dir)
	if err != nil {
		return fail(exitUsage, "%v", err)
	}
	if err := ctx.Err(); err != nil {
		return fail(exitFail, "%v", err)
	}
	m, err := readMessage(files[0])
	if err != nil {
		return fail(exitFail, "%s: %v", files[0], err)
	}
	letters, err := engine.Preview(tmpl, m, opt)
	if err != nil {
		return fail(exitFail, "%s: %v", files[0], err)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		for _, l := range letters {
			if err := enc.Encode(draftJSON(l)); err != nil {
				return fail(exitFail, "%v", err)
			}
		}
		return exitOK
	}
	if len(letters) == 0 {
		fmt.Fprintf(stdout, "No letter: followupd drafts nothing for this message.\n")
		return exitOK
	}
	for i, l := range letters {
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		printLetter(stdout, l, i+1, len(letters), opt.Owner)
	}
	return exitOK
}

func draftJSON(l engine.Letter) draftOutput {
	o := draftOutput{Kind: string(l.Kind), Language: l.Draft.Lang, Subject: l.Draft.Subject, Body: l.Draft.Body,
		Planned: l.Slot.SendAt.Format(time.RFC3339), Zone: l.Zone.String(), ZoneKnown: l.ZoneKnown, To: []string{}, Warnings: []string{}}
	for _, p := range l.Draft.To {
		o.To = append(o.To, p.String())
	}
	if l.Draft.InReplyTo != "" {
		id := "<" + l.Draft.InReplyTo + ">"
		o.InReplyTo = &id
	}
	if !l.Slot.Deadline.IsZero() {
		d := l.Slot.Deadline.Format(time.RFC3339)
		o.Deadline = &d
	}
	o.Warnings = append(o.Warnings, l.Draft.Warnings...)
	return o
}

// printLetter shows one letter as the owner would see it in an approval
// request: its headers, planned time and warnings, then the text.
func printLetter(w io.Writer, l engine.Letter, n, total int, o compose.Owner) {
	what := map[string]string{"thank-you": "thank-you note", "feedback": "feedback request", "status-check": "status check"}[string(l.Kind)]
	fmt.Fprintf(w, "Letter %d of %d: %s in %s (%s)\n", n, total, what, compose.LanguageName(l.Draft.Lang), l.Draft.Lang)
	fmt.Fprintf(w, "From:      %s\n", compose.Person{Name: o.Name, Email: o.Email})
	var to []string
	for _, p := range l.Draft.To {
		to = append(to, p.String())
	}
	if len(to) == 0 {
		to = []string{"(nobody yet: no address of a person is known)"}
	}
	fmt.Fprintf(w, "To:        %s\n", strings.Join(to, ", "))
	fmt.Fprintf(w, "Subject:   %s\n", l.Draft.Subject)
	if l.Draft.InReplyTo != "" {
		fmt.Fprintf(w, "Thread:    a reply to <%s>\n", l.Draft.InReplyTo)
	}
	clock := "their time"
	if !l.ZoneKnown {
		clock = "your time (theirs is unknown)"
	}
	fmt.Fprintf(w, "Planned:   %s, %s\n", l.Slot.SendAt.In(l.Zone).Format("Mon 2 Jan 2006, 15:04 MST"), clock)
	if !l.Slot.Deadline.IsZero() {
		fmt.Fprintf(w, "Deadline:  %s\n", l.Slot.Deadline.In(l.Zone).Format("Mon 2 Jan 2006, 15:04 MST"))
	}
	for _, wn := range l.Draft.Warnings {
		fmt.Fprintf(w, "Check:     %s\n", wn)
	}
	fmt.Fprintf(w, "\n%s\n%s%s\n", compose.DraftBegin, l.Draft.Body, compose.DraftEnd)
}

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/followupd/followupd/internal/mail/classify"
	"github.com/followupd/followupd/internal/mail/message"
)

// maxClassifyInput bounds one input file: a mail larger than this is refused
// rather than read into memory.
const maxClassifyInput = 64 << 20

// classifyPerson is one interviewer in --json output.
type classifyPerson struct {
	Name  string  `json:"name"`
	Email *string `json:"email"`
}

// classifyOutput is one line of "followupd classify --json": exactly the
// fields of the corpus labels (without notes), null where unknown.
type classifyOutput struct {
	File         string           `json:"file"`
	Kind         classify.Kind    `json:"kind"`
	Confidence   float64          `json:"confidence"`
	Reasons      []string         `json:"reasons"`
	Company      *string          `json:"company"`
	Role         *string          `json:"role"`
	Reference    *string          `json:"reference"`
	Interviewers []classifyPerson `json:"interviewers"`
	Start        *string          `json:"start"`
	End          *string          `json:"end"`
	ReplyTo      *string          `json:"reply_to"`
	Language     *string          `json:"language"`
}

// cmdClassify is the "classify" subcommand: it parses and classifies mail
// files (or stdin for "-") and prints one result per input. A file that
// cannot be read or parsed is reported on stderr and the others are still
// classified; the exit code is then 1.
func cmdClassify(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("classify", "FILE...", stderr)
	asJSON := fs.Bool("json", false, "print one JSON object per input and line")
	self := fs.String("self", "", "the owner's addresses, comma-separated (default: each message's To addresses)")
	fs.Usage = func() { classifyUsage(fs, fs.Output()) }
	// --help goes to stdout once (the flag package alone would also print it on stderr)
	for _, a := range args {
		if a == "--" {
			break
		}
		if a == "-h" || a == "-help" || a == "--help" {
			classifyUsage(fs, stdout)
			return exitOK
		}
	}
	if code, done := parseFlags(fs, args, stdout); done {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintf(stderr, "followupd classify: no input: give one or more mail files, or - for stdin (see --help)\n")
		return exitUsage
	}
	var opt classify.Options
	for _, a := range strings.Split(*self, ",") {
		if a = strings.TrimSpace(a); a != "" {
			opt.Self = append(opt.Self, a)
		}
	}
	return classifyFiles(ctx, fs.Args(), opt, *asJSON, stdout, stderr)
}

// classifyUsage prints the usage text of the classify subcommand to w.
func classifyUsage(fs *flag.FlagSet, w io.Writer) {
	fmt.Fprintf(w, "Usage: followupd classify [--json] [--self ADDRS] FILE...\n\n")
	fmt.Fprintf(w, "Classifies each mail file (RFC 5322, as stored by a mail server; \"-\" reads stdin) as\n")
	fmt.Fprintf(w, "interview_scheduled, interview_invitation, interview_cancelled, rejection, offer,\n")
	fmt.Fprintf(w, "application_received or other, and shows company, role, reference, interviewers,\n")
	fmt.Fprintf(w, "interview start and end, and the human address to reply to.\n\n")
	fmt.Fprintf(w, "With --json each line is an object with the fields file, kind, confidence, reasons,\n")
	fmt.Fprintf(w, "company, role, reference, interviewers ([{\"name\",\"email\"}]), start, end (RFC 3339)\n")
	fmt.Fprintf(w, "reply_to and language (ISO 639-1); unknown values are null.\n\n")
	fmt.Fprintf(w, "Exit status: 0 all classified, 1 some input failed, 2 usage error.\n\nFlags:\n")
	out := fs.Output()
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(out)
}

// classifyFiles classifies each named input and prints the results; it
// returns exitFail when any input could not be read or parsed.
func classifyFiles(ctx context.Context, names []string, opt classify.Options, asJSON bool, stdout, stderr io.Writer) int {
	code := exitOK
	stdinUsed := false
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	for _, name := range names {
		if err := ctx.Err(); err != nil {
			fmt.Fprintf(stderr, "followupd classify: %v\n", err)
			return exitFail
		}
		if name == "-" {
			if stdinUsed {
				fmt.Fprintf(stderr, "followupd classify: -: stdin can be read only once\n")
				code = exitFail
				continue
			}
			stdinUsed = true
		}
		m, err := readMessage(name)
		if err != nil {
			fmt.Fprintf(stderr, "followupd classify: %s: %v\n", name, err)
			code = exitFail
			continue
		}
		r := classify.Classify(m, opt)
		if asJSON {
			if err := enc.Encode(jsonResult(name, r)); err != nil {
				fmt.Fprintf(stderr, "followupd classify: write: %v\n", err)
				return exitFail
			}
			continue
		}
		if err := writeSummary(stdout, name, r); err != nil {
			fmt.Fprintf(stderr, "followupd classify: write: %v\n", err)
			return exitFail
		}
	}
	return code
}

// readMessage reads and parses one input; "-" is stdin.
func readMessage(name string) (*message.Message, error) {
	var r io.Reader
	if name == "-" {
		r = os.Stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxClassifyInput+1))
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	if len(data) > maxClassifyInput {
		return nil, fmt.Errorf("larger than %d MiB: not classified", maxClassifyInput>>20)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, errors.New("empty input: not a mail message")
	}
	m, err := message.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	if len(m.From) == 0 && m.Date.IsZero() && m.Subject == "" && m.MessageID == "" {
		return nil, errors.New("not a mail message: no From, Date, Subject or Message-ID header")
	}
	return m, nil
}

func strOrNil(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func timeOrNil(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	// RFC 3339 with a numeric offset always: "+00:00" rather than "Z"
	s := t.Format("2006-01-02T15:04:05-07:00")
	return &s
}

// jsonResult maps a classification onto the --json fields.
func jsonResult(file string, r classify.Result) classifyOutput {
	out := classifyOutput{
		File:         file,
		Kind:         r.Kind,
		Confidence:   float64(int(r.Confidence*100+0.5)) / 100,
		Reasons:      r.Reasons,
		Company:      strOrNil(r.Company),
		Role:         strOrNil(r.Role),
		Reference:    strOrNil(r.Reference),
		Interviewers: []classifyPerson{},
		Start:        timeOrNil(r.Start),
		End:          timeOrNil(r.End),
		ReplyTo:      strOrNil(r.ReplyTo),
		Language:     strOrNil(r.Language),
	}
	if out.Reasons == nil {
		out.Reasons = []string{}
	}
	for _, p := range r.Interviewers {
		out.Interviewers = append(out.Interviewers, classifyPerson{Name: p.Name, Email: strOrNil(p.Email)})
	}
	return out
}

// writeSummary prints a short readable account of one classification.
func writeSummary(w io.Writer, file string, r classify.Result) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s (confidence %.2f)\n", file, r.Kind, r.Confidence)
	field := func(label, v string) {
		if v != "" {
			fmt.Fprintf(&b, "  %-13s %s\n", label+":", v)
		}
	}
	field("company", r.Company)
	field("role", r.Role)
	field("reference", r.Reference)
	if !r.Start.IsZero() {
		when := r.Start.Format("Mon 2 Jan 2006 15:04 -07:00")
		if !r.End.IsZero() {
			when += " to " + r.End.Format("15:04")
		}
		if r.Zone != "" {
			when += " (" + r.Zone + ")"
		}
		field("when", when)
	}
	var people []string
	for _, p := range r.Interviewers {
		if p.Email != "" {
			people = append(people, fmt.Sprintf("%s <%s>", p.Name, p.Email))
		} else {
			people = append(people, p.Name)
		}
	}
	field("interviewers", strings.Join(people, ", "))
	field("reply to", r.ReplyTo)
	field("language", r.Language)
	if r.Automated {
		field("automated", "yes (never answered automatically)")
	}
	field("because", strings.Join(r.Reasons, "; "))
	_, err := io.WriteString(w, b.String())
	return err
}

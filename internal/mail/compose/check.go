package compose

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"weak"

	"github.com/followupd/followupd/internal/mail/platform"

	"github.com/golangci/misspell"
)

// placeholders match text that looks unfinished: template actions, bracketed
// blanks such as "[Name]" or "[Company Name]", angle-bracket blanks such as
// "<insert role>", and the usual markers TODO, TBD, FIXME, XXX.
var placeholders = []*regexp.Regexp{
	regexp.MustCompile(`\{\{|\}\}`),
	regexp.MustCompile(`\[[A-Z][A-Za-z]*(?:[ _-][A-Za-z]+){0,3}\]`),
	regexp.MustCompile(`(?i)<(?:insert|your|name|company|role|date|x+)\b[^<>@\n]*>`),
	regexp.MustCompile(`\b(?:TODO|TBD|FIXME|XXX+)\b`),
}

// emptyGreeting matches a greeting line whose name is missing: "Dear,",
// "Dear ,", "Hi ,", "Dear" (a plain "Hello," or "Hi," is a deliberate
// neutral greeting and passes).
var emptyGreeting = regexp.MustCompile(`(?i)^dear\s*[,:]?$|^(?:dear|hi|hello|hey)\s+[,:]`)

// noReplyLocal matches the local parts of addresses nobody reads.
var noReplyLocal = regexp.MustCompile(`(?i)^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|mailer[-_.]?daemon|postmaster|bounces?|notifications?|no[-_.]?response)(?:[-+_.].*)?$`)

// spellerCache holds the misspell replacer while it is in use.
var spellerCache struct {
	mu sync.Mutex
	p  weak.Pointer[misspell.Replacer]
}

// speller returns the misspell replacer. Building it takes about 10 ms and
// 10 MB, and it holds 8 MB: more than half of an idle daemon's live heap,
// for a dictionary a daemon needs for a few letters a day. So it is held
// weakly: kept while a check uses it and until a collection after that,
// then built again when the next letter needs it.
func speller() *misspell.Replacer {
	spellerCache.mu.Lock()
	defer spellerCache.mu.Unlock()
	if r := spellerCache.p.Value(); r != nil {
		return r
	}
	r := misspell.New()
	spellerCache.p = weak.Make(r)
	return r
}

// Check returns warnings about a draft that the owner should see before it
// leaves: unfilled placeholders, possible misspellings (common English
// misspellings, github.com/golangci/misspell), recipients that nobody reads
// (no-reply addresses, applicant-tracking systems), a missing recipient, and
// an empty greeting. The misspellings are checked in English letters only. It never changes the draft.
func Check(d Draft) []string {
	var w []string
	add := func(format string, args ...any) {
		s := fmt.Sprintf(format, args...)
		if !slices.Contains(w, s) {
			w = append(w, s)
		}
	}
	text := d.Subject + "\n" + d.Body

	for _, re := range placeholders {
		for _, m := range re.FindAllString(text, -1) {
			add("unfilled placeholder %q", m)
		}
	}

	// misspell knows English misspellings only: in another language it
	// would "correct" good words ("davantage" to "advantage").
	if d.Lang == "" || d.Lang == English {
		clean := misspell.RemoveHost(misspell.RemoveEmail(misspell.StripURL(text) + "\n"))
		if _, diffs := speller().Replace(clean); len(diffs) > 0 {
			for _, df := range diffs {
				add("possible misspelling %q (did you mean %q?)", df.Original, df.Corrected)
			}
		}
	}

	if len(d.To) == 0 {
		add("no recipient address")
	}
	for _, p := range d.To {
		if why := unread(p.Email); why != "" {
			add("%s %s", p.Email, why)
		}
	}

	if strings.TrimSpace(d.Body) == "" {
		add("the letter is empty")
	} else {
		for line := range strings.SplitSeq(d.Body, "\n") {
			line = strings.TrimSpace(line)
			if line == "" {
				continue
			}
			if emptyGreeting.MatchString(line) {
				add("empty greeting %q", line)
			}
			break
		}
	}
	return w
}

// unread explains why mail to addr would not reach a person, or returns "".
func unread(addr string) string {
	addr = strings.TrimSpace(addr)
	local, domain, ok := strings.Cut(addr, "@")
	if !ok || local == "" || domain == "" {
		return "is not a valid address"
	}
	if noReplyLocal.MatchString(local) {
		return "looks like a no-reply address: nobody will read it"
	}
	if platform.Of(domain) == platform.Hiring {
		return "belongs to an applicant-tracking system (" + strings.ToLower(domain) + "): a person may never read it"
	}
	return ""
}

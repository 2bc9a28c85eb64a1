package reply

import (
	"crypto/hmac"
	"crypto/sha256"
	netmail "net/mail"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/followupd/followupd/internal/mail/message"
)

// Question tokens: a question to the owner ("Did I read these right?")
// goes out with a Message-ID naming the question and carrying a MAC over
// it, keyed with the installation's secret, as approval requests do:
//
//	<q.7.MAC@domain>
//
// The owner's answer references it; a forged or altered id does not
// verify. The MAC is over "q.ID", which no approval token signs.
const questionPrefix = "q."

func questionMAC(secret []byte, id int64) string {
	h := hmac.New(sha256.New, secret)
	h.Write([]byte(questionPrefix + strconv.FormatInt(id, 10)))
	return strings.ToLower(b32.EncodeToString(h.Sum(nil)[:macBytes]))
}

// QuestionID returns the Message-ID, without angle brackets, of question
// id: "q.7.k5v…@domain".
func QuestionID(secret []byte, id int64, domain string) string {
	return questionPrefix + strconv.FormatInt(id, 10) + "." + questionMAC(secret, id) + "@" + domain
}

// IsQuestionID reports whether a Message-ID has the form of a question's
// (whether or not it verifies).
func IsQuestionID(id string) bool {
	return strings.HasPrefix(strings.TrimPrefix(strings.TrimSpace(id), "<"), questionPrefix)
}

// ParseQuestionID checks a Message-ID made by QuestionID (with or without
// angle brackets) and returns the question it names.
func ParseQuestionID(secret []byte, id string) (int64, bool) {
	if len(secret) < MinSecretLen {
		return 0, false
	}
	id = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(id), "<"), ">")
	at := strings.LastIndexByte(id, '@')
	if at < 0 || !strings.HasPrefix(id, questionPrefix) {
		return 0, false
	}
	num, mac, ok := strings.Cut(id[len(questionPrefix):at], ".")
	if !ok {
		return 0, false
	}
	qid, err := strconv.ParseInt(num, 10, 64)
	if err != nil || qid <= 0 || num != strconv.FormatInt(qid, 10) {
		return 0, false
	}
	if !hmac.Equal([]byte(strings.ToLower(mac)), []byte(questionMAC(secret, qid))) {
		return 0, false
	}
	return qid, true
}

// FindQuestion returns the question a reply answers: the first valid
// question token among its In-Reply-To ids, then its References from
// newest to oldest.
func FindQuestion(secret []byte, inReplyTo, references []string) (int64, bool) {
	for _, id := range inReplyTo {
		if q, ok := ParseQuestionID(secret, id); ok {
			return q, true
		}
	}
	for i := len(references) - 1; i >= 0; i-- {
		if q, ok := ParseQuestionID(secret, references[i]); ok {
			return q, true
		}
	}
	return 0, false
}

// Verdict is the owner's reading of a message: the words of the
// question's answers and of a forward's first line.
type Verdict string

// The verdicts, as the owner writes them.
const (
	Rejection Verdict = "rejection"
	Interview Verdict = "interview"
	Offer     Verdict = "offer"
	Ignore    Verdict = "ignore"
)

var verdictWords = map[string]Verdict{
	"rejection": Rejection, "rejected": Rejection, "reject": Rejection,
	"interview": Interview, "interviewed": Interview,
	"offer":  Offer,
	"ignore": Ignore, "ignored": Ignore, "nothing": Ignore, "skip": Ignore,
}

// When is a day and time as the owner wrote it ("Thu 15:00", "tomorrow
// 9am", "2026-11-26 14:30"); Resolve places it.
type When struct {
	Weekday    time.Weekday
	HasWeekday bool
	Date       time.Time // a calendar date (year, month, day) when HasDate
	HasDate    bool
	Days       int // today 0, tomorrow 1, yesterday -1, when HasDays
	HasDays    bool
	Hour, Min  int
	HasClock   bool
}

// Given reports whether a day or a time was written.
func (w When) Given() bool { return w.HasWeekday || w.HasDate || w.HasDays || w.HasClock }

// Resolve places w in loc, from ref (the date of the message it is
// about): a weekday is the first such day on or after ref's date, a
// relative day counts from it, a time without a day is on ref's date.
// ok is false without a time of day.
func (w When) Resolve(ref time.Time, loc *time.Location) (time.Time, bool) {
	if !w.HasClock {
		return time.Time{}, false
	}
	r := ref.In(loc)
	y, m, d := r.Date()
	switch {
	case w.HasDate:
		yy := y
		y, m, d = w.Date.Date()
		if y == 0 { // "3 Dec": the year of the message
			y = yy
		}
	case w.HasWeekday:
		ahead := (int(w.Weekday) - int(r.Weekday()) + 7) % 7
		y, m, d = r.AddDate(0, 0, ahead).Date()
	case w.HasDays:
		y, m, d = r.AddDate(0, 0, w.Days).Date()
	}
	return time.Date(y, m, d, w.Hour, w.Min, 0, 0, loc), true
}

// Answer is one line of the owner's answer to a question ("2 rejection",
// "3 interview Thu 15:00 with Priya Raman <priya@northwind.example>",
// "all ignore"), or the first line of a forward ("interview Fri 10:00").
type Answer struct {
	Items   []int // the numbers answered; nil with All or in a forward
	All     bool
	Verdict Verdict
	When    When
	With    []message.Address // the interviewers named ("with …")
	Line    string            // the line as written
}

var (
	itemsRe = regexp.MustCompile(`^(?i)(all|every|\d+(?:\s*(?:,|and|&)\s*\d+)*)\s*[.):-]?\s+(.*)$`)
	isoRe   = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})$`)
	clockRe = regexp.MustCompile(`^(?i)(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|h)?$`)
)

var weekdayWords = map[string]time.Weekday{
	"sun": time.Sunday, "sunday": time.Sunday, "mon": time.Monday, "monday": time.Monday,
	"tue": time.Tuesday, "tues": time.Tuesday, "tuesday": time.Tuesday, "wed": time.Wednesday, "wednesday": time.Wednesday,
	"thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday, "thursday": time.Thursday,
	"fri": time.Friday, "friday": time.Friday, "sat": time.Saturday, "saturday": time.Saturday,
}

var monthWords = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
	"jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
	"oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

// Answers reads the owner's answer to a question: one answer a line
// (Answer). Lines that are not answers (a greeting, a closing, anything
// else) are returned as unread, so that the owner can be told; a closing
// and the name after it are no part of the answer.
func Answers(visible string) (answers []Answer, unread []string) {
	text := withoutClosing(strings.TrimSpace(strings.ReplaceAll(visible, "\r\n", "\n")))
	for _, line := range nonBlank(strings.Split(text, "\n")) {
		a, ok := answerLine(line)
		if !ok {
			if !isGreeting(strings.ToLower(line)) && !isClosing(line) {
				unread = append(unread, line)
			}
			continue
		}
		answers = append(answers, a)
	}
	return answers, unread
}

func answerLine(line string) (Answer, bool) {
	m := itemsRe.FindStringSubmatch(strings.TrimSpace(line))
	if m == nil {
		return Answer{}, false
	}
	a, ok := ReadVerdict(m[2])
	if !ok {
		return Answer{}, false
	}
	a.Line = strings.TrimSpace(line)
	if w := strings.ToLower(m[1]); w == "all" || w == "every" {
		a.All = true
		return a, a.Verdict == Ignore || !a.When.Given() && len(a.With) == 0
	}
	for _, f := range strings.FieldsFunc(m[1], func(r rune) bool { return r < '0' || r > '9' }) {
		n, err := strconv.Atoi(f)
		if err != nil || n <= 0 || n > 1000 {
			return Answer{}, false
		}
		a.Items = append(a.Items, n)
	}
	return a, true
}

// ReadVerdict reads a verdict and, for an interview, its day, time and
// interviewers: "rejection", "interview Thu 15:00 with Priya Raman
// <priya@northwind.example>", "ignore". Anything it cannot read in full
// makes ok false: a half-read line never acts.
func ReadVerdict(s string) (Answer, bool) {
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "."))
	word, rest, _ := strings.Cut(s, " ")
	v, ok := verdictWords[strings.ToLower(strings.Trim(word, ",:;!"))]
	if !ok {
		return Answer{}, false
	}
	a := Answer{Verdict: v, Line: s}
	rest = strings.TrimSpace(rest)
	if rest == "" {
		return a, true
	}
	if v != Interview {
		return Answer{}, false
	}
	when, with, _ := cutWord(rest, "with")
	if strings.TrimSpace(with) != "" {
		people, ok := parsePeople(with)
		if !ok {
			return Answer{}, false
		}
		a.With = people
	}
	w, ok := parseWhen(when)
	if !ok {
		return Answer{}, false
	}
	a.When = w
	return a, true
}

// cutWord cuts s around the first whole word w (any case).
func cutWord(s, w string) (before, after string, found bool) {
	l := strings.ToLower(s)
	for i := 0; i+len(w) <= len(l); i++ {
		if l[i:i+len(w)] != w {
			continue
		}
		if (i == 0 || l[i-1] == ' ') && (i+len(w) == len(l) || l[i+len(w)] == ' ') {
			return s[:i], s[i+len(w):], true
		}
	}
	return s, "", false
}

// parseWhen reads "Thu 15:00", "on Thursday at 3pm", "tomorrow 9:30",
// "2026-11-26 14:00", "26 Nov 10:00"; "" is no time at all.
func parseWhen(s string) (When, bool) {
	var w When
	words := strings.Fields(strings.ToLower(strings.NewReplacer(",", " ").Replace(s)))
	for i := 0; i < len(words); i++ {
		t := words[i]
		if t == "on" || t == "at" {
			continue
		}
		if wd, ok := weekdayWords[strings.TrimSuffix(t, ".")]; ok && !w.HasWeekday {
			w.Weekday, w.HasWeekday = wd, true
			continue
		}
		switch t {
		case "today", "tomorrow", "yesterday":
			w.Days, w.HasDays = map[string]int{"today": 0, "tomorrow": 1, "yesterday": -1}[t], true
			continue
		}
		if m := isoRe.FindStringSubmatch(t); m != nil {
			y, _ := strconv.Atoi(m[1])
			mo, _ := strconv.Atoi(m[2])
			d, _ := strconv.Atoi(m[3])
			if mo < 1 || mo > 12 || d < 1 || d > 31 {
				return When{}, false
			}
			w.Date, w.HasDate = time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC), true
			continue
		}
		if i+1 < len(words) {
			if mo, ok := monthWords[strings.TrimSuffix(words[i+1], ".")]; ok {
				if d, err := strconv.Atoi(t); err == nil && d >= 1 && d <= 31 {
					w.Date, w.HasDate = time.Date(0, mo, d, 0, 0, 0, 0, time.UTC), true
					i++
					continue
				}
			}
		}
		clock := t
		if i+1 < len(words) && (words[i+1] == "am" || words[i+1] == "pm") {
			clock += words[i+1]
			i++
		}
		m := clockRe.FindStringSubmatch(clock)
		if m == nil || w.HasClock {
			return When{}, false
		}
		h, _ := strconv.Atoi(m[1])
		mi := 0
		if m[2] != "" {
			mi, _ = strconv.Atoi(m[2])
		}
		switch m[3] {
		case "pm":
			if h < 12 {
				h += 12
			}
		case "am":
			if h == 12 {
				h = 0
			}
		case "":
			if m[2] == "" {
				return When{}, false // a bare number is no time
			}
		}
		if h > 23 || mi > 59 {
			return When{}, false
		}
		w.Hour, w.Min, w.HasClock = h, mi, true
	}
	return w, true
}

// parsePeople reads "Priya Raman <priya@northwind.example> and Tom Wu
// <tom@x.example>", or bare addresses, or names.
func parsePeople(s string) ([]message.Address, bool) {
	s = strings.NewReplacer(" and ", ",", " & ", ",", ";", ",").Replace(" " + s + " ")
	var out []message.Address
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if strings.Contains(part, "@") {
			a, err := netmail.ParseAddress(part)
			if err != nil {
				return nil, false
			}
			out = append(out, message.Address{Name: strings.Join(strings.Fields(a.Name), " "), Email: strings.ToLower(a.Address)})
			continue
		}
		out = append(out, message.Address{Name: strings.Join(strings.Fields(part), " ")})
	}
	return out, len(out) > 0
}

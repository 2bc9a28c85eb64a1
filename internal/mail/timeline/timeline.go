// Package timeline reads, in an employer's message, the day by which it
// says it will decide or come back ("we will get back to you by Friday",
// "nous reviendrons vers vous sous deux semaines", "Sie erhalten Anfang
// nächsten Monats eine Rückmeldung"), so that followupd may send one polite
// status check after that day.
//
// What it knows of each language is data: lang/<ISO 639-1 code>.toml,
// embedded and parsed at start (phrases that promise an answer, the words
// for "by" and "within", numbers, units, weekdays and relative phrases such
// as "early next month"). It is a small package of its own so that it can
// move into classify later; it imports nothing internal but langdata, which
// reads the files.
package timeline

import (
	"embed"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/followupd/followupd/internal/langdata"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

//go:embed lang/*.toml
var langFS embed.FS

type language struct {
	Promise  []string          `toml:"promise"`
	By       []string          `toml:"by"`
	Within   []string          `toml:"within"`
	Business []string          `toml:"business"`
	Numbers  map[string]int    `toml:"numbers"`
	Units    map[string]int    `toml:"units"`
	Weekdays map[string]int    `toml:"weekdays"`
	Relative map[string]string `toml:"relative"`
}

var languages map[string]*language

func init() {
	ls, err := langdata.Load[language](langFS, "lang")
	if err != nil {
		panic("timeline: " + err.Error())
	}
	for code, l := range ls {
		for _, v := range l.Relative {
			if !relatives[v] {
				panic(fmt.Sprintf("timeline: lang/%s.toml: unknown relative day %q", code, v))
			}
		}
	}
	languages = ls
}

// relatives are the values a [relative] phrase may take.
var relatives = map[string]bool{"end-of-week": true, "next-week": true, "early-next-month": true, "end-of-month": true}

// Languages lists, sorted, the languages timeline reads.
func Languages() []string {
	return slices.Sorted(maps.Keys(languages))
}

var folder = transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)

// fold lower-cases s, removes accents, writes ß as ss and curly
// apostrophes straight, and leaves one space between words.
func fold(s string) string {
	s = strings.NewReplacer("ß", "ss", "’", "'", "‘", "'").Replace(strings.ToLower(s))
	if out, _, err := transform.String(folder, s); err == nil {
		s = out
	}
	return strings.Join(strings.Fields(s), " ")
}

var sentenceEnd = regexp.MustCompile(`[.!?;\n]+\s*`)

// Stated returns the calendar day, in sent's location, by which the text
// (an employer's new text, quoted mail removed) says the employer will
// decide or come back, reading every language timeline knows; sent is
// when the message was written. A stated day is found only in a sentence
// that also promises an answer. "within N days" counts calendar days,
// "within N business days" skips weekends; "by Friday" is the next Friday
// after sent; "early next month" the 7th of the next month.
func Stated(text string, sent time.Time) (time.Time, bool) {
	if sent.IsZero() {
		return time.Time{}, false
	}
	for _, raw := range sentenceEnd.Split(text, -1) {
		s := " " + fold(raw) + " "
		for _, code := range Languages() {
			l := languages[code]
			if !containsAny(s, l.Promise) {
				continue
			}
			if d, ok := l.read(s, sent); ok {
				return d, true
			}
		}
	}
	return time.Time{}, false
}

func containsAny(s string, phrases []string) bool {
	for _, p := range phrases {
		if strings.Contains(s, " "+p) { // a word's start: "decision" also finds "decisions"
			return true
		}
	}
	return false
}

// read finds a stated day in the folded sentence s.
func (l *language) read(s string, sent time.Time) (time.Time, bool) {
	day := time.Date(sent.Year(), sent.Month(), sent.Day(), 0, 0, 0, 0, sent.Location())
	// Relative phrases first: "next week" must not read as "within … week".
	for _, p := range sortedKeys(l.Relative) {
		if strings.Contains(s, " "+p+" ") {
			return relativeDay(l.Relative[p], day), true
		}
	}
	words := strings.Fields(s)
	// "by Friday", "d'ici vendredi", "bis Freitag".
	for i := range words {
		for _, by := range l.By {
			bw := strings.Fields(by)
			if !hasWords(words, i, bw) {
				continue
			}
			j := i + len(bw)
			if j < len(words) && (words[j] == "the" || words[j] == "le" || words[j] == "el" || words[j] == "zum") {
				j++
			}
			if j < len(words) {
				if wd, ok := l.Weekdays[strings.Trim(words[j], ",")]; ok {
					return nextWeekday(day, time.Weekday(wd)), true
				}
			}
		}
	}
	// "within two weeks", "sous 10 jours ouvrés", "innerhalb von drei Werktagen".
	for i := range words {
		for _, w := range sortedByLength(l.Within) {
			ww := strings.Fields(w)
			if !hasWords(words, i, ww) {
				continue
			}
			j := i + len(ww)
			n, k, ok := l.number(words, j)
			if !ok {
				continue
			}
			business := false
			unit := 0
			for ; k < len(words) && k <= j+4; k++ {
				w := strings.Trim(words[k], ",")
				if containsWord(l.Business, w) {
					business = true
				}
				if u, ok := l.Units[w]; ok {
					unit = u
					if containsWord(l.Business, w) {
						business = true
					}
					if k+1 < len(words) && containsWord(l.Business, strings.Trim(words[k+1], ",")) {
						business = true
					}
					break
				}
			}
			if unit == 0 {
				continue
			}
			if business && unit == 1 {
				return addBusinessDays(day, n), true
			}
			return day.AddDate(0, 0, n*unit), true
		}
	}
	return time.Time{}, false
}

// number reads a number at words[j] (digits, or a word such as "two",
// "a couple of"), returning it and the index after it.
func (l *language) number(words []string, j int) (int, int, bool) {
	if j >= len(words) {
		return 0, j, false
	}
	if n, err := strconv.Atoi(strings.Trim(words[j], ",")); err == nil && n > 0 && n < 100 {
		return n, j + 1, true
	}
	best, bestLen := 0, 0
	for phrase, n := range l.Numbers {
		pw := strings.Fields(phrase)
		if len(pw) > bestLen && hasWords(words, j, pw) {
			best, bestLen = n, len(pw)
		}
	}
	return best, j + bestLen, bestLen > 0
}

func hasWords(words []string, i int, phrase []string) bool {
	if i+len(phrase) > len(words) {
		return false
	}
	for k, p := range phrase {
		if strings.Trim(words[i+k], ",:") != p {
			return false
		}
	}
	return true
}

func containsWord(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}

func sortedKeys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return len(out[i]) > len(out[j]) || len(out[i]) == len(out[j]) && out[i] < out[j] })
	return out
}

func sortedByLength(list []string) []string {
	out := append([]string(nil), list...)
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// nextWeekday is the first day after day that falls on wd.
func nextWeekday(day time.Time, wd time.Weekday) time.Time {
	n := (int(wd) - int(day.Weekday()) + 7) % 7
	if n == 0 {
		n = 7
	}
	return day.AddDate(0, 0, n)
}

func addBusinessDays(day time.Time, n int) time.Time {
	for n > 0 {
		day = day.AddDate(0, 0, 1)
		if wd := day.Weekday(); wd != time.Saturday && wd != time.Sunday {
			n--
		}
	}
	return day
}

func relativeDay(kind string, day time.Time) time.Time {
	switch kind {
	case "end-of-week":
		if day.Weekday() == time.Friday {
			return day
		}
		return nextWeekday(day, time.Friday)
	case "next-week":
		return nextWeekday(nextWeekday(day, time.Sunday), time.Friday)
	case "early-next-month":
		return time.Date(day.Year(), day.Month()+1, 7, 0, 0, 0, 0, day.Location())
	default: // end-of-month
		return time.Date(day.Year(), day.Month()+1, 0, 0, 0, 0, 0, day.Location())
	}
}

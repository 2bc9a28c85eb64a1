package compose

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
	"unicode/utf8"

	"github.com/followupd/followupd/internal/langdata"
)

// What compose knows of each language it writes in is data, not code:
// lang/<ISO 639-1 code>.toml (the language's name, its word for "and",
// month and weekday names, how a date reads, the greetings and the titles
// that state a gender), embedded and parsed at start. The letters
// themselves are templates: templates/*.txt in English,
// templates/<code>/*.txt in every other language.

//go:embed lang/*.toml
var langFS embed.FS

// language is one lang/<code>.toml.
type language struct {
	Name     string     `toml:"name"`
	And      string     `toml:"and"`
	Months   [12]string `toml:"months"`
	Weekdays [7]string  `toml:"weekdays"`
	Date     string     `toml:"date"`
	DayMonth string     `toml:"day_month"`
	Greeting struct {
		Female, Male, Named, None string
	} `toml:"greeting"`
	Titles struct {
		Female, Male []string
		Doctor       string
	} `toml:"titles"`
}

// English is the language of the built-in letters that every other falls
// back to.
const English = "en"

var (
	languages   map[string]*language
	femaleTitle = map[string]bool{}
	maleTitle   = map[string]bool{}
)

func init() {
	ls, err := langdata.Load[language](langFS, "lang")
	if err != nil {
		panic("compose: " + err.Error())
	}
	for code, l := range ls {
		if l.Name == "" || l.And == "" || l.Date == "" || l.DayMonth == "" || l.Months[11] == "" || l.Weekdays[6] == "" ||
			l.Greeting.None == "" || l.Greeting.Named == "" || l.Greeting.Female == "" || l.Greeting.Male == "" {
			panic(fmt.Sprintf("compose: lang/%s.toml: every key must be set", code))
		}
		for _, t := range l.Titles.Female {
			femaleTitle[t] = true
		}
		for _, t := range l.Titles.Male {
			maleTitle[t] = true
		}
	}
	languages = ls
}

// Languages lists, sorted, the ISO 639-1 codes of the languages followupd
// writes letters in.
func Languages() []string {
	return slices.Sorted(maps.Keys(languages))
}

// LanguageName returns the English name of a language code ("French"), or
// the code itself when it is not one of Languages.
func LanguageName(code string) string {
	if l, ok := languages[code]; ok {
		return l.Name
	}
	return code
}

// LetterLanguage chooses the language of a letter: the thread's language
// (the employer's message, as classify reads it) when followupd writes it
// and the owner is willing to write in it (allowed; empty allows every
// language), else English.
func LetterLanguage(thread string, allowed []string) string {
	thread = strings.ToLower(strings.TrimSpace(thread))
	if _, ok := languages[thread]; !ok {
		return English
	}
	if len(allowed) > 0 && thread != English && !slices.Contains(allowed, thread) {
		return English
	}
	return thread
}

func lang(code string) *language {
	if l, ok := languages[code]; ok {
		return l
	}
	return languages[English]
}

// date writes a calendar day as it reads in a sentence of the language:
// "vendredi 14 novembre", "Freitag, 14. November".
func (l *language) date(t time.Time) string {
	return l.fill(l.Date, t)
}

// dayMonth writes a day without its weekday: "3 novembre", "3. November".
func (l *language) dayMonth(t time.Time) string {
	return l.fill(l.DayMonth, t)
}

func (l *language) fill(layout string, t time.Time) string {
	return strings.NewReplacer("{weekday}", l.Weekdays[t.Weekday()], "{day}", strconv.Itoa(t.Day()),
		"{month}", l.Months[t.Month()-1]).Replace(layout)
}

// list joins items as prose in the language: "A, B et C".
func (l *language) list(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + l.And + " " + items[len(items)-1]
}

// Gender is what the employer's own mail states of a person: only a title
// written in the display name ("Mme Claire Dupont", "Frau Dr. Anna
// Müller") counts. It is never guessed from a first name.
type Gender int

// The genders a display name may state.
const (
	GenderUnknown Gender = iota
	Female
	Male
)

// nameParts reads a display name: the gender its title states, whether it
// carries a doctor's title, the name without titles ("Claire Dupont") and
// the surname ("Dupont"; "" when the name is one word). Shared mailboxes
// and addresses give an empty name.
func nameParts(display, company string) (g Gender, doctor bool, name, surname string) {
	if greetName(display, company) == "" && firstName(display) == "" {
		return GenderUnknown, false, "", ""
	}
	s := strings.Trim(collapseSpaces(strings.TrimSpace(display)), `"'`)
	if last, first, ok := strings.Cut(s, ","); ok && strings.TrimSpace(first) != "" && !strings.Contains(strings.TrimSpace(last), " ") {
		s = strings.TrimSpace(first) + " " + strings.TrimSpace(last) // "Doe, Jane"
	}
	f := strings.Fields(s)
	for len(f) > 1 {
		w := strings.ToLower(strings.TrimSuffix(f[0], "."))
		two := ""
		if len(f) > 2 {
			two = w + " " + strings.ToLower(strings.TrimSuffix(f[1], "."))
		}
		switch {
		case two != "" && femaleTitle[two]:
			g, f = Female, f[2:]
		case two != "" && maleTitle[two]:
			g, f = Male, f[2:]
		case femaleTitle[w]:
			g, f = Female, f[1:]
		case maleTitle[w]:
			g, f = Male, f[1:]
		case w == "dr" || w == "prof" || w == "professor" || w == "doktor":
			doctor, f = true, f[1:]
		case honorifics[strings.ToLower(f[0])]:
			// an English title: Mr, Ms, Mrs, Mx
			switch w {
			case "ms", "mrs", "miss":
				g = Female
			case "mr":
				g = Male
			}
			f = f[1:]
		default:
			goto done
		}
	}
done:
	// "DUPONT Claire": the surname in capitals first, as French
	// directories write it.
	if len(f) > 1 && capitals(f[0]) && utf8.RuneCountInString(f[0]) >= 3 && !capitals(f[len(f)-1]) {
		f = append(f[1:], f[0])
	}
	for i, w := range f {
		f[i] = titleCase(w)
	}
	f[0] = capitalize(f[0])
	name = strings.Join(f, " ")
	if len(f) > 1 {
		surname = strings.Join(f[1:], " ")
	}
	return g, doctor, name, surname
}

// greeting returns the salutation of a letter in language l to the person
// whose display name is display: by title and surname when the name states
// a gender, by name when it does not, the language's neutral form when no
// name is known. named reports whether a name was used.
func (l *language) greeting(display, company string) (line string, named bool) {
	g, doctor, name, surname := nameParts(display, company)
	title := ""
	if doctor {
		title = l.Titles.Doctor
	}
	upper := surname
	if r, n := utf8.DecodeRuneInString(surname); n > 0 {
		upper = string(unicode.ToUpper(r)) + surname[n:]
	}
	first, _, _ := strings.Cut(name, " ")
	fill := func(layout string) string {
		return strings.NewReplacer("{title}", title, "{surname}", surname, "{Surname}", upper,
			"{name}", name, "{first}", first).Replace(layout)
	}
	switch {
	case name == "":
		return l.Greeting.None, false
	case surname != "" && g == Female:
		return fill(l.Greeting.Female), true
	case surname != "" && g == Male:
		return fill(l.Greeting.Male), true
	}
	return fill(l.Greeting.Named), true
}

// TitledName returns a contact's display name with the title the
// employer's own message writes in front of it ("Claire Dupont" signed
// "Mme Claire Dupont" gives "Mme Claire Dupont"), so that the greeting may
// use it; the name unchanged when it carries a title already or when text
// gives none. A gender is never guessed from a first name.
func TitledName(name, text string) string {
	g, _, clean, surname := nameParts(name, "")
	if g != GenderUnknown || surname == "" {
		return name
	}
	titles := make([]string, 0, len(femaleTitle)+len(maleTitle)+4)
	for t := range femaleTitle {
		titles = append(titles, regexp.QuoteMeta(t))
	}
	for t := range maleTitle {
		titles = append(titles, regexp.QuoteMeta(t))
	}
	titles = append(titles, "mr", "ms", "mrs", "miss")
	sort.Strings(titles) // a fixed order, for a stable answer
	re, err := regexp.Compile(`(?i)(?:^|[^\pL])((?:` + strings.Join(titles, "|") + `)\.?)\s+(?:(?:dr|prof)\.?\s+)?(?:` +
		regexp.QuoteMeta(clean) + `|` + regexp.QuoteMeta(surname) + `)(?:[^\pL]|$)`)
	if err != nil {
		return name
	}
	m := re.FindStringSubmatch(text)
	if m == nil {
		return name
	}
	return m[1] + " " + strings.TrimSpace(name)
}

// genderNote matches the gender note German and French job ads put after
// a title ("Datenanalyst (m/w/d)", "Analyste (H/F)"): it belongs to the ad,
// not to a letter.
var genderNote = regexp.MustCompile(`(?i)\s*\((?:[mwfdhx*]\s*/\s*){1,3}[mwfdhx*]\)|\s*\(all genders\)`)

// cleanRole is a job title as a letter names it: on one line, without a
// gender note.
func cleanRole(role string) string {
	return strings.TrimSpace(genderNote.ReplaceAllString(oneLine(role), ""))
}

package classify

import (
	"strings"
	"unicode"

	"github.com/followupd/followupd/internal/mail/message"
)

// Rounds returns the interview rounds or kinds a text names ("final round",
// "technical interview", "entretien technique"), each as the phrase of the
// language file that names it: two texts naming the same round share a key.
// The engine tells interviews at one employer apart with it.
func Rounds(text string) map[string]bool {
	// "final-round" is "final round"
	ti := analyse(regSubject, strings.ReplaceAll(clip(text, maxText), "-", " "))
	defer ti.release()
	out := map[string]bool{}
	for _, h := range ti.hits {
		if h.fam == famRound {
			out[h.src] = true
		}
	}
	return out
}

// Mentions reports whether a message names a person: writes from or to
// their address, quotes the address, or names them in its subject or new
// text by full name, or by first name written as a word with a capital.
func Mentions(m *message.Message, p Person) bool {
	text := m.Subject + "\n" + m.Text
	if p.Email != "" {
		if len(m.From) > 0 && strings.EqualFold(m.From[0].Email, p.Email) || strings.Contains(strings.ToLower(text), strings.ToLower(p.Email)) {
			return true
		}
	}
	return namesPerson(text, p.Name)
}

// namesPerson reports whether text names a person: their full name, or
// their first name as a word with a capital.
func namesPerson(text, name string) bool {
	name = strings.TrimSpace(name)
	if name == "" {
		return false
	}
	if strings.Contains(strings.ToLower(text), strings.ToLower(name)) {
		return true
	}
	first := strings.Fields(name)[0]
	if len([]rune(first)) < 3 || strings.ToUpper(first[:1]) != first[:1] {
		return false
	}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '-' }) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
		if w == first {
			return true
		}
	}
	return false
}

package classify

import (
	"strings"
	"testing"
)

// TestEveryLanguageFillsEveryClass keeps the languages level: a class one
// language lacks is a signal the classifier misses in that language.
func TestEveryLanguageFillsEveryClass(t *testing.T) {
	required := []string{"function_words", "months", "weekdays"}
	var missing []string
	for _, l := range languages {
		for f := family(0); f < famCount; f++ {
			if len(l.phrases[f]) == 0 {
				missing = append(missing, l.code+" "+famClasses[f])
			}
		}
		for _, s := range required {
			if len(l.values[s]) == 0 && len(l.words[s]) == 0 {
				missing = append(missing, l.code+" "+s)
			}
		}
	}
	if len(missing) > 0 {
		t.Errorf("%d empty (language, class) pairs:\n%s", len(missing), strings.Join(missing, "\n"))
	}
}

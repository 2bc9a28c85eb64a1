package quote

import (
	"strings"
	"testing"
)

// FuzzSplitPrefix checks that splitPrefix, where it applies, gives what
// splitLines does, for any split of the lines into fresh and quoted.
func FuzzSplitPrefix(f *testing.F) {
	f.Add("Hi\n\nThanks\n> old\n> text\n", uint64(0b11000))
	f.Add("a\nb", uint64(0))
	f.Add("a\n \n\n", uint64(0b110))
	f.Fuzz(func(t *testing.T, text string, mask uint64) {
		raw := strings.Split(text, "\n")
		q := make([]bool, len(raw))
		for i := range q {
			q[i] = i < 64 && mask&(1<<i) != 0
		}
		fresh, quoted, ok := splitPrefix(text, raw, q)
		if !ok {
			return
		}
		if f2, q2 := splitLines(raw, q); fresh != f2 || quoted != q2 {
			t.Fatalf("splitPrefix(%q, %b) = %q, %q; splitLines = %q, %q", text, mask, fresh, quoted, f2, q2)
		}
	})
}

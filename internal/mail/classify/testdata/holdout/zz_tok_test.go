package classify

import (
	"fmt"
	"os"
	"testing"
)

func TestZZTok(t *testing.T) {
	s := os.Getenv("TOK")
	if s == "" {
		t.Skip()
	}
	ti := analyse(regNew, s)
	for i, tk := range ti.toks {
		fmt.Printf("%d:%q/%q s%d ", i, tk.s, tk.raw, tk.sent)
	}
	fmt.Println()
	for _, h := range ti.hits {
		fmt.Println(famNames[h.fam], h.src)
	}
	d := &doc{newT: ti, subject: analyse(regSubject, ""), quoted: analyse(regQuoted, ""), cal: analyse(regCalendar, "")}
	fmt.Printf("%+v\n", d.proseInterviewers(ti))
}

package classify

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZDbg(t *testing.T) {
	fs := os.Getenv("DBG")
	if fs == "" {
		t.Skip()
	}
	for _, f := range strings.Split(fs, ",") {
		m := parseFile(t, "testdata/holdout/"+f+".eml")
		r := Classify(m, Options{Self: []string{"jordan.lee@mail.example"}})
		fmt.Printf("%s: %s %.2f %q company=%q role=%q ref=%q start=%v end=%v iv=%q reply=%q auto=%v\n", f, r.Kind, r.Confidence, r.Reasons, r.Company, r.Role, r.Reference, r.Start, r.End, r.Interviewers, r.ReplyTo, r.Automated)
		if os.Getenv("DBGT") != "" {
			fmt.Printf("NEW:\n%s\nQUOTED:\n%s\n", m.Text, m.Quoted)
		}
	}
}

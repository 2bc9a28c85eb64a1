package message

import (
	"net/textproto"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// quoteMarkerRE and msgIDRE are what stripQuoteMarkers and parseMsgIDs
// read byte by byte.
var (
	quoteMarkerRE = regexp.MustCompile(`(?m)^[ \t]*(>[ \t]?)+`)
	msgIDRE       = regexp.MustCompile(`<([^<>\s]+)>`)
)

// regexpMsgIDs is parseMsgIDs as it read the ids with msgIDRE.
func regexpMsgIDs(v string) []string {
	v = strings.TrimSpace(v)
	if v == "" {
		return nil
	}
	var ids []string
	for _, m := range msgIDRE.FindAllStringSubmatch(v, -1) {
		ids = append(ids, m[1])
	}
	if ids == nil {
		for _, f := range strings.Fields(v) {
			if strings.Contains(f, "@") {
				ids = append(ids, strings.Trim(f, "<>,"))
			}
		}
	}
	return ids
}

var scanSeeds = []string{
	"", ">", "> a\n>> b\n > > c\n\t>\td\nx > y\n>", ">>>x", " \t> \t>x\n\n>\n", "a\n>",
	"<a@b>", "<a@b> <c@d>", "<<a@b>>", "<a b@c>", "<>", "<a@b", "a@b, <c@d>\t<e\x00@f>", "<é@ü><\xff@x>",
	"<a@b\r\n <c@d>", "<a\f@b> x@y", "junk a@b <c>",
}

// FuzzStripQuoteMarkers checks stripQuoteMarkers against quoteMarkerRE.
func FuzzStripQuoteMarkers(f *testing.F) {
	for _, s := range scanSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := s
		if strings.Contains(s, ">") {
			want = quoteMarkerRE.ReplaceAllString(s, "")
		}
		if got := stripQuoteMarkers(s); got != want {
			t.Fatalf("stripQuoteMarkers(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzParseMsgIDs checks parseMsgIDs against msgIDRE.
func FuzzParseMsgIDs(f *testing.F) {
	for _, s := range scanSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := parseMsgIDs(s), regexpMsgIDs(s); !slices.Equal(got, want) {
			t.Fatalf("parseMsgIDs(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestCommonKeys checks that commonKeys gives what
// textproto.CanonicalMIMEHeaderKey does.
func TestCommonKeys(t *testing.T) {
	for k, v := range commonKeys {
		if want := textproto.CanonicalMIMEHeaderKey(k); v != want {
			t.Errorf("commonKeys[%q] = %q, want %q", k, v, want)
		}
	}
}

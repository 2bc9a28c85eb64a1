package quote

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTMLText converts an HTML body to the plain text a mail client shows, with
// LF line ends: every block element (div, p, li, tr …) and <br> starts a new
// line, so Gmail's "<div>Best,</div><div>Jane</div>" stays two lines and
// "<div><br></div>" a blank line; paragraphs get a blank line around them
// unless Outlook's MsoNormal class or a zero margin removes it; white space
// collapses as in a browser except in <pre>; links give their text; head,
// style and script give nothing. If the HTML cannot be parsed, it is
// returned with its tags as text.
func HTMLText(src string) string {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return src
	}
	var w textWriter
	w.walk(doc)
	w.endLine()
	out := strings.Join(w.lines, "\n")
	return strings.TrimRightFunc(strings.TrimLeft(out, "\n"), unicode.IsSpace)
}

// textWriter collects the lines of HTMLText.
type textWriter struct {
	lines   []string
	line    strings.Builder
	content bool // the line holds something a reader sees (a no-break space counts)
	space   bool // a collapsed space is pending inside the line
	pre     int  // depth of <pre> elements
}

func (w *textWriter) text(s string) {
	if w.pre > 0 {
		for i, part := range strings.Split(s, "\n") {
			if i > 0 {
				w.endLine()
			}
			w.line.WriteString(part)
			w.content = true
		}
		return
	}
	for _, r := range s {
		if r != '\u00a0' && unicode.IsSpace(r) {
			w.space = w.line.Len() > 0
			continue
		}
		if w.space {
			w.line.WriteByte(' ')
			w.space = false
		}
		w.line.WriteRune(r)
		w.content = true
	}
}

// endLine ends the current line, even an empty one (<br>).
func (w *textWriter) endLine() {
	l := strings.ReplaceAll(w.line.String(), "\u00a0", " ")
	w.lines = append(w.lines, strings.TrimRightFunc(l, unicode.IsSpace))
	w.line.Reset()
	w.space, w.content = false, false
}

// lineStart ends the current line if it holds anything.
func (w *textWriter) lineStart() {
	if w.content {
		w.endLine()
		return
	}
	w.line.Reset()
	w.space = false
}

// blankLine makes sure the text so far ends with a blank line.
func (w *textWriter) blankLine() {
	w.lineStart()
	if n := len(w.lines); n > 0 && w.lines[n-1] != "" {
		w.lines = append(w.lines, "")
	}
}

func (w *textWriter) walk(n *html.Node) {
	switch {
	case n.Type == html.TextNode:
		w.text(n.Data)
		return
	case !shown(n):
		return
	}
	switch n.DataAtom {
	case atom.Br:
		w.endLine()
		return
	case atom.Hr:
		w.lineStart()
		return
	case atom.Td, atom.Th:
		w.space = w.line.Len() > 0
		w.children(n)
		w.space = w.line.Len() > 0
		return
	case atom.Li:
		w.lineStart()
		w.line.WriteString("- ")
		w.content = true
		w.children(n)
		w.lineStart()
		return
	case atom.Pre:
		w.lineStart()
		w.pre++
		w.children(n)
		w.pre--
		w.lineStart()
		return
	case atom.P:
		spaced := !hasMsoClass(n) && !strings.Contains(strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", ""), "margin:0")
		if spaced {
			w.blankLine()
		} else {
			w.lineStart()
		}
		w.children(n)
		if spaced {
			w.blankLine()
		} else {
			w.lineStart()
		}
		return
	}
	if blockElements[n.DataAtom] {
		w.lineStart()
		w.children(n)
		w.lineStart()
		return
	}
	w.children(n)
}

func (w *textWriter) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
}

func hasMsoClass(n *html.Node) bool {
	return strings.Contains(strings.ToLower(attr(n, "class")), "msonormal")
}

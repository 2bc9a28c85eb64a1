package quote

import (
	"bytes"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// SplitHTML is Split for an HTML body: it returns the fresh part and the
// quoted part, each as HTML.
//
// Quote elements are recognised by their markers: Gmail div.gmail_quote and
// .gmail_attr, any <blockquote> (Apple Mail and Thunderbird use type=cite),
// Thunderbird div.moz-cite-prefix, Yahoo div.yahoo_quoted, and Outlook's
// #divRplyFwdMsg, #appendonsend and #OLK_SRC_BODY_SECTION, after which
// everything is quoted. The text is then read line by line like Split does,
// which finds "On … wrote:" lines just above a quote, an <hr> or rule above a
// "From:/Sent:/To:" block (Outlook, Hotmail, Zimbra, Windows Mail), and
// "Original Message" separators.
//
// When the input is a fragment (no <html> or <body> tag) the halves are
// fragments too; otherwise fresh is a whole document. If the HTML cannot be
// parsed, fresh is the input unchanged and quoted is empty.
func SplitHTML(src string) (fresh, quoted string) {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return src, ""
	}
	b := &htmlLines{leafLine: map[*html.Node]int{}, leafQuoted: map[*html.Node]bool{}}
	b.walk(doc, false)
	b.newline()
	q := classify(b.lines)

	quotedLeaf := map[*html.Node]bool{}
	for n, li := range b.leafLine {
		if b.leafQuoted[n] || q[li] {
			quotedLeaf[n] = true
		}
	}
	var tops []*html.Node
	collectQuoted(doc, b.leafLine, quotedLeaf, &tops)

	var qb bytes.Buffer
	for _, n := range tops {
		if err := html.Render(&qb, n); err != nil {
			return src, ""
		}
	}
	for _, n := range tops {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
	var fb bytes.Buffer
	lower := strings.ToLower(src)
	if strings.Contains(lower, "<html") || strings.Contains(lower, "<body") {
		if err := html.Render(&fb, doc); err != nil {
			return src, ""
		}
	} else if body := findBody(doc); body != nil {
		for c := body.FirstChild; c != nil; c = c.NextSibling {
			if err := html.Render(&fb, c); err != nil {
				return src, ""
			}
		}
	}
	return fb.String(), qb.String()
}

// collectQuoted appends to tops the largest subtrees whose leaves are all
// quoted. It reports whether n has leaves and whether all of them are quoted.
func collectQuoted(n *html.Node, leaves map[*html.Node]int, quotedLeaf map[*html.Node]bool, tops *[]*html.Node) (has, all bool) {
	all = true
	if _, ok := leaves[n]; ok {
		has, all = true, quotedLeaf[n]
	}
	mark := len(*tops)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if h, a := collectQuoted(c, leaves, quotedLeaf, tops); h {
			has = true
			all = all && a
		}
	}
	if has && all && n.Type != html.DocumentNode && n.DataAtom != atom.Body && n.DataAtom != atom.Html {
		// n replaces the quoted subtrees collected below it.
		*tops = append((*tops)[:mark], n)
	}
	return has, all
}

func findBody(n *html.Node) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == atom.Body {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if b := findBody(c); b != nil {
			return b
		}
	}
	return nil
}

// htmlLines turns a document into the lines the classifier reads, and
// remembers which line each leaf (text, <br>, <hr>, <img>, marker element)
// is on.
type htmlLines struct {
	lines      []line
	cur        strings.Builder
	curLeaves  []*html.Node
	curQuoted  bool
	curCut     bool
	curRule    bool
	leafLine   map[*html.Node]int
	leafQuoted map[*html.Node]bool
}

func (b *htmlLines) leaf(n *html.Node, text string, inQuote bool) {
	b.curLeaves = append(b.curLeaves, n)
	b.leafQuoted[n] = inQuote
	if text != "" {
		if inQuote && strings.TrimSpace(text) != "" {
			b.curQuoted = true
		}
		b.cur.WriteString(text)
	}
}

func (b *htmlLines) newline() {
	if len(b.curLeaves) == 0 && !b.curCut {
		return
	}
	idx := len(b.lines)
	for _, n := range b.curLeaves {
		b.leafLine[n] = idx
	}
	b.lines = append(b.lines, line{
		text:   collapseSpace(b.cur.String()),
		quoted: b.curQuoted,
		cut:    b.curCut,
		rule:   b.curRule,
	})
	b.cur.Reset()
	b.curLeaves = nil
	b.curQuoted, b.curCut, b.curRule = false, false, false
}

func (b *htmlLines) walk(n *html.Node, inQuote bool) {
	switch {
	case n.Type == html.TextNode:
		b.leaf(n, n.Data, inQuote)
		return
	case !shown(n):
		return
	}
	switch n.DataAtom {
	case atom.Br:
		b.leaf(n, "", inQuote)
		b.newline()
		return
	case atom.Hr:
		b.newline()
		b.leaf(n, "", inQuote)
		b.curRule = true
		b.newline()
		return
	case atom.Img:
		b.leaf(n, " ", inQuote)
		return
	}
	if isCutElement(n) {
		b.newline()
		b.leaf(n, "", inQuote)
		b.curCut = true
		b.newline()
	}
	q := inQuote || isQuoteElement(n)
	block := blockElements[n.DataAtom] || q != inQuote
	if block {
		b.newline()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.walk(c, q)
	}
	if block {
		b.newline()
	}
}

// shown reports whether n is the document or an element whose content a
// mail client shows: not a comment, nor head, script, style and the like.
func shown(n *html.Node) bool {
	if n.Type == html.DocumentNode {
		return true
	}
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Head, atom.Script, atom.Style, atom.Title, atom.Template, atom.Noscript:
		return false
	}
	return true
}

// blockElements start and end a line; SplitHTML and HTMLText read both.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Blockquote: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.Tr: true, atom.Table: true, atom.Pre: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Section: true, atom.Article: true,
	atom.Header: true, atom.Footer: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Address: true, atom.Center: true, atom.Body: true, atom.Html: true, atom.Form: true,
	atom.Tbody: true, atom.Thead: true, atom.Tfoot: true,
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *html.Node, names ...string) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		for _, name := range names {
			if strings.EqualFold(c, name) {
				return true
			}
		}
	}
	return false
}

// isQuoteElement reports whether n holds quoted text only.
func isQuoteElement(n *html.Node) bool {
	if n.DataAtom == atom.Blockquote {
		return true
	}
	return hasClass(n, "gmail_quote", "gmail_quote_container", "gmail_attr", "moz-cite-prefix", "yahoo_quoted", "ecxgmail_quote")
}

// isCutElement reports whether n starts the quoted part: it and everything
// after it are quoted.
func isCutElement(n *html.Node) bool {
	switch strings.ToLower(attr(n, "id")) {
	case "divrplyfwdmsg", "appendonsend", "olk_src_body_section", "mail-editor-reference-message-container":
		return true
	}
	return false
}

// collapseSpace turns runs of white space (including no-break spaces and
// source newlines) into one space, as a browser shows them.
func collapseSpace(s string) string {
	if singleSpaced(s) {
		return s // as a browser shows it already
	}
	return strings.Join(strings.Fields(s), " ")
}

// singleSpaced reports whether s is empty or words parted by single
// spaces: no other white space, none at either end.
func singleSpaced(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i, r := range s {
		if r == ' ' {
			if s[i-1] == ' ' {
				return false
			}
		} else if unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

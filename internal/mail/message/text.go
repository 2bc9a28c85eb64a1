package message

import (
	"strings"

	"github.com/k3a/html2text"

	"github.com/followupd/followupd/internal/mail/quote"
)

// normalizeText turns CRLF and lone CR into LF and trims trailing white space.
func normalizeText(s string) string {
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return strings.TrimRight(s, " \t\n")
}

// unflow joins the soft line breaks of format=flowed text (RFC 3676 section 4): a line ending
// in a space continues on the next line of the same quote depth. The signature separator
// "-- " is never joined. With delsp, the space before the break is removed.
func unflow(s string, delsp bool) string {
	if !strings.Contains(s, " \n") && !strings.Contains(s, " \r\n") {
		return s
	}
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		depth := quoteDepth(l)
		for strings.HasSuffix(l, " ") && strings.TrimLeft(l, "> ") != "-- " && i+1 < len(lines) &&
			quoteDepth(lines[i+1]) == depth && strings.TrimSpace(lines[i+1]) != "" {
			if delsp {
				l = l[:len(l)-1]
			}
			// Drop the quote markers and the space after them (or the space-stuffing).
			l += strings.TrimPrefix(lines[i+1][depth:], " ")
			i++
		}
		b.WriteString(l)
		if i < len(lines)-1 {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// quoteDepth counts the leading ">" of a flowed line.
func quoteDepth(l string) int {
	n := 0
	for n < len(l) && l[n] == '>' {
		n++
	}
	return n
}

// blockBreak marks the end of a block element; runs of them become one line break.
const blockBreak = '\uE000'

// htmlToText converts HTML to readable text with k3a/html2text. A pre-pass rewrites the tags
// html2text does not know (it matches bare names only): block elements become line breaks,
// table cells are separated by " | " and rows by line breaks, so tables stay readable.
func htmlToText(h string) string {
	if strings.TrimSpace(h) == "" {
		return ""
	}
	t := html2text.HTML2TextWithOptions(rewriteTags(h), html2text.WithUnixLineBreaks(), html2text.WithLinksInnerText())
	return dropEchoedLinks(tidyText(t))
}

// dropEchoedLinks removes the " <url>" html2text appends after a link whose text already is
// the address: "a@b.example <mailto:a@b.example>" becomes "a@b.example".
func dropEchoedLinks(s string) string {
	if !strings.Contains(s, " <") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for {
		i := strings.Index(s, " <")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			b.WriteString(s)
			return b.String()
		}
		url := s[i+2 : i+j]
		text := s[:i]
		if url != "" && !strings.ContainsAny(url, " \n<") &&
			(strings.HasSuffix(text, url) || strings.HasSuffix(text, strings.TrimPrefix(url, "mailto:"))) {
			b.WriteString(text)
		} else {
			b.WriteString(s[:i+j+1])
		}
		s = s[i+j+1:]
	}
}

// rewriteTags drops comments and rewrites block, table and list tags (see htmlToText).
func rewriteTags(h string) string {
	var b strings.Builder
	b.Grow(len(h))
	cell := 0
	for {
		i := strings.IndexByte(h, '<')
		if i < 0 {
			b.WriteString(h)
			break
		}
		b.WriteString(h[:i])
		h = h[i:]
		if strings.HasPrefix(h, "<!--") {
			j := strings.Index(h[4:], "-->")
			if j < 0 {
				break
			}
			h = h[4+j+3:]
			continue
		}
		j := strings.IndexByte(h, '>')
		if j < 0 {
			b.WriteString(h)
			break
		}
		tag := h[:j+1]
		h = h[j+1:]
		k, closing := 1, false
		if k < len(tag) && tag[k] == '/' {
			closing = true
			k++
		}
		start := k
		for k < len(tag) && isAlnum(tag[k]) {
			k++
		}
		if k == start {
			b.WriteString(tag)
			continue
		}
		switch name := strings.ToLower(tag[start:k]); name {
		case "br":
			b.WriteString("<br>")
		case "p":
			b.WriteString("<p>")
		case "div", "table", "blockquote", "center", "section", "article", "header", "footer",
			"pre", "address", "hr", "dd", "dt", "dl", "caption", "tbody", "thead", "tfoot", "ul", "ol":
			b.WriteRune(blockBreak)
		case "tr":
			cell = 0
			b.WriteRune(blockBreak)
		case "td", "th":
			if !closing {
				cell++
				if cell > 1 {
					b.WriteString(" | ")
				}
			}
		case "li":
			if !closing {
				b.WriteRune(blockBreak)
				b.WriteString("- ")
			}
		case "h1", "h2", "h3", "h4", "h5", "h6":
			if closing {
				b.WriteString("</" + name + ">")
			} else {
				b.WriteString("<" + name + ">")
			}
		default:
			b.WriteString(tag)
		}
	}
	return b.String()
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// tidyText turns block marks into single line breaks, non-breaking spaces into spaces, trims
// every line and its empty table cells, and keeps at most one blank line in a row.
func tidyText(t string) string {
	var b strings.Builder
	b.Grow(len(t))
	pendingBreak := false
	for _, r := range t {
		switch {
		case r == blockBreak:
			pendingBreak = true
			continue
		case pendingBreak && (r == ' ' || r == '\t' || r == '\n'):
			continue
		}
		if pendingBreak {
			b.WriteByte('\n')
			pendingBreak = false
		}
		if r == '\u00a0' {
			r = ' '
		}
		b.WriteRune(r)
	}
	lines := strings.Split(b.String(), "\n")
	out := lines[:0]
	blank := 0
	for _, l := range lines {
		l = strings.TrimSpace(l)
		l = strings.TrimSuffix(strings.TrimPrefix(l, "| "), " |")
		if strings.Trim(l, "| ") == "" {
			blank++
			if blank > 1 {
				continue
			}
			l = ""
		} else {
			blank = 0
		}
		out = append(out, l)
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

// splitQuote splits plain text into the new text and the quoted or forwarded text
// (quote.Split, shared with the reply reader).
func splitQuote(text string) (fresh, quoted string) {
	return quote.Split(text)
}

// splitQuoteHTML splits HTML into the new part and the quoted part, both HTML (Gmail
// gmail_quote, blockquote, Outlook divRplyFwdMsg/appendonsend, ...).
func splitQuoteHTML(h string) (fresh, quoted string) {
	return quote.SplitHTML(h)
}

// stripQuoteMarkers removes leading "> " markers (any depth) from every line:
// what `(?m)^[ \t]*(>[ \t]?)+` matches, read byte by byte.
func stripQuoteMarkers(s string) string {
	if !strings.Contains(s, ">") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for p := 0; ; {
		k := p
		for k < len(s) && (s[k] == ' ' || s[k] == '\t') {
			k++
		}
		if k < len(s) && s[k] == '>' {
			for k < len(s) && s[k] == '>' {
				k++
				if k < len(s) && (s[k] == ' ' || s[k] == '\t') {
					k++
				}
			}
			p = k
		}
		e := strings.IndexByte(s[p:], '\n')
		if e < 0 {
			b.WriteString(s[p:])
			return b.String()
		}
		b.WriteString(s[p : p+e+1])
		p += e + 1
	}
}

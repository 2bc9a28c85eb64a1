package message

import (
	"regexp"
	"strings"

	"github.com/k3a/html2text"
)

// normalizeText turns CRLF and lone CR into LF and trims trailing white space.
func normalizeText(s string) string {
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return strings.TrimRight(s, " \t\n")
}

var (
	htmlComment = regexp.MustCompile(`(?s)<!--.*?-->`)
	htmlTag     = regexp.MustCompile(`<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>`)
	manyBlank   = regexp.MustCompile(`\n{3,}`)
)

// htmlToText converts HTML to readable text with k3a/html2text. A pre-pass rewrites the tags
// html2text does not know (it matches bare names only): block elements become line breaks,
// table cells are separated by " | " and rows by line breaks, so tables stay readable.
func htmlToText(h string) string {
	if strings.TrimSpace(h) == "" {
		return ""
	}
	h = htmlComment.ReplaceAllString(h, "")
	cell := 0
	h = htmlTag.ReplaceAllStringFunc(h, func(tag string) string {
		m := htmlTag.FindStringSubmatch(tag)
		closing, name := m[1] == "/", strings.ToLower(m[2])
		switch name {
		case "br":
			return "<br>"
		case "p":
			return "<p>"
		case "div", "table", "blockquote", "center", "section", "article", "header", "footer",
			"pre", "address", "hr", "dd", "dt", "dl", "caption", "tbody", "thead", "tfoot":
			return "<br>"
		case "tr":
			cell = 0
			return "<br>"
		case "td", "th":
			if closing {
				return ""
			}
			cell++
			if cell > 1 {
				return " | "
			}
			return ""
		case "li":
			if closing {
				return ""
			}
			return "<br>- "
		case "ul", "ol":
			return "<br>"
		case "h1", "h2", "h3", "h4", "h5", "h6":
			return "<" + m[1] + name + ">"
		}
		return tag
	})
	t := html2text.HTML2TextWithOptions(h, html2text.WithUnixLineBreaks(), html2text.WithLinksInnerText())
	t = strings.ReplaceAll(t, "\u00a0", " ")
	lines := strings.Split(t, "\n")
	for i, l := range lines {
		l = strings.TrimSpace(l)
		l = strings.TrimSuffix(strings.TrimPrefix(l, "| "), " |")
		if strings.Trim(l, "| ") == "" {
			l = ""
		}
		lines[i] = l
	}
	t = strings.Join(lines, "\n")
	t = manyBlank.ReplaceAllString(t, "\n\n")
	return strings.TrimSpace(t)
}

// splitQuote splits plain text into the new text and the quoted or forwarded text. It is the
// one place to swap in a shared quote splitter.
func splitQuote(text string) (fresh, quoted string) {
	return simpleSplit(text)
}

// splitQuoteHTML splits HTML into the new part and the quoted part, both HTML.
func splitQuoteHTML(h string) (fresh, quoted string) {
	return simpleSplitHTML(h)
}

var (
	attribution = regexp.MustCompile(`(?i)^\s*(on\s.{0,200}\s(wrote|a écrit|schrieb|escribió|scrisse)\s*:?\s*$|le\s.{0,200}a écrit\s*:\s*$|el\s.{0,200}escribió\s*:\s*$)`)
	onStart     = regexp.MustCompile(`(?i)^\s*(on|le|el|am)\s`)
	separator   = regexp.MustCompile(`(?i)^\s*(-{2,}\s*(original message|forwarded message|message d'origine|mensaje original|message transféré|mensaje reenviado)\s*-{2,}|begin forwarded message:|_{20,})\s*$`)
	headerStart = regexp.MustCompile(`(?i)^\s*\*?(from|de|von)\s*:\*?\s`)
	headerNext  = regexp.MustCompile(`(?i)^\s*\*?(sent|date|envoyé|enviado|gesendet|to|à|para|an|subject|objet|asunto|betreff|cc)\s*:`)
)

// simpleSplit cuts text at the first quote marker: an attribution line ("On ... wrote:", also
// wrapped over two lines), an "Original Message"/"Forwarded message" separator, an Outlook
// header block ("From: ..." followed by "Sent:"/"To:"), or a line starting with ">".
func simpleSplit(text string) (fresh, quoted string) {
	lines := strings.Split(text, "\n")
	cut := -1
	for i, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, ">"):
			cut = i
		case separator.MatchString(l):
			cut = i
		case attribution.MatchString(l):
			cut = i
		case onStart.MatchString(l) && i+1 < len(lines) && attribution.MatchString(l+" "+strings.TrimSpace(lines[i+1])):
			cut = i
		case headerStart.MatchString(l) && i+1 < len(lines) && headerNext.MatchString(lines[i+1]):
			cut = i
		}
		if cut >= 0 {
			break
		}
	}
	if cut < 0 {
		return text, ""
	}
	return strings.Join(lines[:cut], "\n"), strings.Join(lines[cut:], "\n")
}

var htmlQuoteStart = regexp.MustCompile(`(?i)<div[^>]*class\s*=\s*["']?[^"'>]*gmail_quote|<blockquote|<div[^>]*id\s*=\s*["']?(divRplyFwdMsg|appendonsend)|<div[^>]*class\s*=\s*["']?(yahoo_quoted|moz-cite-prefix)|<hr[^>]*id\s*=\s*["']?stopSpelling`)

// simpleSplitHTML cuts HTML at the first quote container: Gmail "gmail_quote", <blockquote>,
// Outlook "divRplyFwdMsg"/"appendonsend", Yahoo and Thunderbird citations.
func simpleSplitHTML(h string) (fresh, quoted string) {
	loc := htmlQuoteStart.FindStringIndex(h)
	if loc == nil {
		return h, ""
	}
	return h[:loc[0]], h[loc[0]:]
}

var quoteMarker = regexp.MustCompile(`(?m)^[ \t]*(>[ \t]?)+`)

// stripQuoteMarkers removes leading "> " markers (any depth) from every line.
func stripQuoteMarkers(s string) string {
	if !strings.Contains(s, ">") {
		return s
	}
	return quoteMarker.ReplaceAllString(s, "")
}

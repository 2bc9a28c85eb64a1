// Package quote separates what the writer of a mail wrote now from the text
// they quoted or forwarded, in plain text (Split) and in HTML (SplitHTML),
// and reads an HTML body as the text a mail client shows (HTMLText), with
// the same notion of which elements are shown and which make lines.
//
// It knows the reply styles of the common clients: Gmail and Apple Mail
// ("On … wrote:", wrapped over up to four lines, and its French, Spanish,
// German, Dutch, Italian, Portuguese, Russian, Polish, Swedish … forms),
// Outlook ("-----Original Message-----", a "From:/Sent:/To:/Subject:" header
// block, an underscore line), Thunderbird, phones, BlackBerry, forwarded
// messages ("---------- Forwarded message ---------", "Begin forwarded
// message:") and ">" quoted blocks, including inline replies between quotes.
//
// Every function runs in time linear in the size of its input: lines are
// classified one at a time with a bounded look-around and no regular
// expressions run over the whole text.
package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxHeaderLine bounds the length of a line that may be part of a quote
// header ("On … wrote:"), and maxHeaderSpan the number of lines such a header
// may be wrapped over. Both keep the look-around constant per line.
const (
	maxHeaderLine = 400
	maxHeaderSpan = 4
)

// Split returns the fresh part of a plain-text mail body (what the writer wrote
// now, trailing blank lines removed) and the quoted part (quoted replies,
// quote headers and forwarded messages, with one level of ">" markers
// removed). Text interleaved between ">" blocks (inline replies, bottom
// posting) stays fresh; everything from an Outlook or forward separator on is
// quoted. CRLF and lone CR line ends are normalised to LF.
func Split(text string) (fresh, quoted string) {
	if strings.IndexByte(text, '\r') >= 0 {
		text = lineEnds.Replace(text) // it copies the text even when there is nothing to replace
	}
	raw := strings.Split(text, "\n")
	lines := make([]line, len(raw))
	for i, s := range raw {
		lines[i] = line{text: s, quoted: isQuoteMarked(s)}
	}
	q := classify(lines)
	if fresh, quoted, ok := splitPrefix(text, raw, q); ok {
		return fresh, quoted
	}
	return splitLines(raw, q)
}

// splitLines is the end of Split: it gathers the fresh lines and the quoted
// ones (q), one level of quote markers removed.
func splitLines(raw []string, q []bool) (fresh, quoted string) {
	var f, qt strings.Builder
	for i, s := range raw {
		if q[i] {
			qt.WriteString(unquoteOnce(s))
			qt.WriteByte('\n')
			continue
		}
		f.WriteString(s)
		f.WriteByte('\n')
	}
	return trimBlankEdges(f.String()), trimBlankEdges(qt.String())
}

// splitPrefix is the end of Split when the fresh lines all come before the
// quoted ones, as in most mail: the fresh part is then a prefix of text,
// taken as it is rather than built line by line. ok is false otherwise.
func splitPrefix(text string, raw []string, q []bool) (fresh, quoted string, ok bool) {
	first := len(q) // the first quoted line
	for i, v := range q {
		if v {
			first = i
			break
		}
	}
	for _, v := range q[first:] {
		if !v {
			return "", "", false
		}
	}
	off := 0
	for _, s := range raw[:first] {
		off += len(s) + 1
	}
	// the lines before first, each with its line end; the last line of
	// text has none, which trimBlankEdges drops anyway
	fresh = text[:min(off, len(text))]
	var qt strings.Builder
	qt.Grow(len(text) - len(fresh) + 1)
	for _, s := range raw[first:] {
		qt.WriteString(unquoteOnce(s))
		qt.WriteByte('\n')
	}
	return trimBlankEdges(fresh), trimBlankEdges(qt.String()), true
}

var lineEnds = strings.NewReplacer("\r\n", "\n", "\r", "\n")

// line is one line of text as the classifier sees it.
type line struct {
	text   string // the line, raw (plain text) or whitespace-collapsed (HTML)
	quoted bool   // already known quoted: ">" marker or inside a quote element
	rule   bool   // a horizontal rule (HTML <hr>)
	cut    bool   // a structural marker: everything from here on is quoted
}

// classify returns, for each line, whether it belongs to the quoted part.
func classify(lines []line) []bool {
	n := len(lines)
	q := make([]bool, n)
	for i := range lines {
		q[i] = lines[i].quoted
	}
	cut := n
	for i := 0; i < n; i++ {
		l := lines[i]
		if l.cut {
			cut = i
			break
		}
		if l.quoted {
			continue
		}
		if isSeparatorMarker(l.text) || isHeaderBlock(lines, i) {
			cut = i
			break
		}
		if !endsWithColon(l.text) {
			continue
		}
		start, verb, ok := quoteHeader(lines, i)
		if !ok {
			continue
		}
		next := i + 1
		for next < n && !lines[next].cut && isBlank(lines[next].text) && !lines[next].quoted {
			next++
		}
		if next < n && lines[next].quoted {
			for k := start; k < next; k++ {
				q[k] = true
			}
			i = next - 1
			continue
		}
		if verb {
			cut = start
			break
		}
	}
	if cut < n {
		// Take along the blank lines and rules ("-----", "_____", <hr>)
		// that introduce the quoted part.
		for cut > 0 && !lines[cut-1].quoted && (isBlank(lines[cut-1].text) || lines[cut-1].rule || isRuleText(lines[cut-1].text)) {
			cut--
		}
		for k := cut; k < n; k++ {
			q[k] = true
		}
	}
	return q
}

// isQuoteMarked reports whether a plain-text line starts with a ">" quote
// marker, after at most three spaces of indentation.
func isQuoteMarked(s string) bool {
	for i := 0; i < len(s) && i < 4; i++ {
		switch s[i] {
		case '>':
			return true
		case ' ', '\t':
			continue
		default:
			return false
		}
	}
	return false
}

// unquoteOnce removes one level of ">" marker (and the space after it).
func unquoteOnce(s string) string {
	t := strings.TrimLeft(s, " \t")
	if !strings.HasPrefix(t, ">") {
		return s
	}
	return strings.TrimPrefix(t[1:], " ")
}

func isBlank(s string) bool { return strings.TrimSpace(s) == "" }

func endsWithColon(s string) bool {
	t := strings.TrimRightFunc(s, unicode.IsSpace)
	return strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：")
}

// isRuleText reports whether a line is only a rule: three or more of '-',
// '_', '=', '*' and nothing else but spaces.
func isRuleText(s string) bool {
	t := strings.TrimSpace(s)
	if len(t) < 3 {
		return false
	}
	for _, r := range t {
		switch r {
		case '-', '_', '=', '*', '—', '–', ' ':
		default:
			return false
		}
	}
	return true
}

// separatorPhrases are the "Original Message" and "Forwarded message" lines of
// the common clients and languages, lower case, without the dashes around
// them and without a final colon.
var separatorPhrases = map[string]bool{
	"original message":                      true,
	"forwarded message":                     true,
	"begin forwarded message":               true,
	"message d'origine":                     true,
	"message d’origine":                     true,
	"message transféré":                     true,
	"message transfere":                     true,
	"début du message réexpédié":            true,
	"début du message transféré":            true,
	"ursprüngliche nachricht":               true,
	"ursprungliche nachricht":               true,
	"weitergeleitete nachricht":             true,
	"anfang der weitergeleiteten nachricht": true,
	"mensaje original":                      true,
	"mensaje reenviado":                     true,
	"inicio del mensaje reenviado":          true,
	"messaggio originale":                   true,
	"messaggio inoltrato":                   true,
	"inizio messaggio inoltrato":            true,
	"oorspronkelijk bericht":                true,
	"doorgestuurd bericht":                  true,
	"mensagem original":                     true,
	"mensagem encaminhada":                  true,
	"исходное сообщение":                    true,
	"пересылаемое сообщение":                true,
	"переадресованное сообщение":            true,
	"ursprungligt meddelande":               true,
	"vidarebefordrat meddelande":            true,
	"oryginalna wiadomość":                  true,
	"przekazana wiadomość":                  true,
	"original meddelelse":                   true,
	"videresendt meddelelse":                true,
}

// isSeparatorMarker reports whether a line is an "Original Message" or
// "Forwarded message" separator.
func isSeparatorMarker(s string) bool {
	if len(s) > 120 {
		return false
	}
	// every phrase opens and ends with a letter, so a line that is one is,
	// once trimmed below, the line without every space, mark and colon at
	// its ends: a line whose core is no phrase is none, told cheaply
	core := strings.TrimFunc(s, separatorTrim)
	if n := utf8.RuneCountInString(core); n < separatorRunes[0] || n > separatorRunes[1] {
		return false
	}
	var buf [128]byte
	if ascii(core) {
		b := buf[:len(core)]
		for j := 0; j < len(core); j++ {
			c := core[j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[j] = c
		}
		if !separatorPhrases[string(b)] {
			return false
		}
	} else if !separatorPhrases[strings.ToLower(core)] {
		return false
	}
	t := strings.TrimSpace(s)
	t = strings.Trim(t, "-_=*<> \t—–")
	t = strings.TrimSpace(strings.TrimRight(t, ":："))
	if t == "" {
		return false
	}
	// lower-casing keeps the number of runes: a line of another length is
	// none of the phrases, and is not lower-cased
	if n := utf8.RuneCountInString(t); n < separatorRunes[0] || n > separatorRunes[1] {
		return false
	}
	return separatorPhrases[strings.ToLower(t)]
}

// separatorTrim reports whether r is one of what isSeparatorMarker trims
// from the ends of a line: spaces, the marks around the phrase, colons.
func separatorTrim(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("-_=*<> \t—–:：", r)
}

// separatorRunes are the least and the most runes of the separatorPhrases.
var separatorRunes = func() [2]int {
	r := [2]int{1 << 30, 0}
	for p := range separatorPhrases {
		n := utf8.RuneCountInString(p)
		r[0], r[1] = min(r[0], n), max(r[1], n)
	}
	return r
}()

// headerKeys are the field names of a quoted message header block as the
// clients print them, lower case; fromKeys are the "From" ones among them.
var (
	headerKeys = map[string]bool{
		"from": true, "sent": true, "to": true, "cc": true, "bcc": true, "subject": true, "date": true, "reply-to": true,
		"de": true, "envoyé": true, "envoye": true, "à": true, "a": true, "objet": true, "répondre à": true,
		"von": true, "gesendet": true, "an": true, "betreff": true, "datum": true, "antwort an": true,
		"enviado": true, "enviada": true, "para": true, "asunto": true, "fecha": true, "responder a": true,
		"da": true, "inviato": true, "oggetto": true, "data": true,
		"van": true, "verzonden": true, "aan": true, "onderwerp": true,
		"assunto": true,
		"от":      true, "отправлено": true, "кому": true, "тема": true, "дата": true, "копия": true,
		"från": true, "skickat": true, "till": true, "ämne": true,
		"od": true, "wysłano": true, "do": true, "temat": true,
		"sent by": true, "sent on": true, "on behalf of": true,
	}
	fromKeys = map[string]bool{"from": true, "de": true, "von": true, "da": true, "van": true, "от": true, "från": true, "od": true}
)

// headerKey returns the lower-case field name if the line looks like a line
// of a quoted header block ("From: …", "*Sent:* …", "De : …").
func headerKey(s string) (string, bool) {
	if len(s) > 1000 {
		s = s[:1000]
	}
	// what strings.TrimLeft(s, " \t*>"), strings.IndexAny(..., ":：") and
	// strings.Trim(..., " \t*\u00a0") do, byte by byte: "：" and the
	// no-break space start with bytes that only ever open a character
	t := s
	for len(t) > 0 && (t[0] == ' ' || t[0] == '\t' || t[0] == '*' || t[0] == '>') {
		t = t[1:]
	}
	// a colon past byte 24 is too far: look no further than one starting
	// there ("：" is three bytes)
	head := t[:min(len(t), 24+len("："))]
	i := -1
	for k := 0; k < len(head); k++ {
		if head[k] == ':' || strings.HasPrefix(head[k:], "：") {
			i = k
			break
		}
	}
	if i <= 0 || i > 24 {
		return "", false
	}
	k := t[:i]
	for {
		switch {
		case len(k) > 0 && (k[0] == ' ' || k[0] == '\t' || k[0] == '*'):
			k = k[1:]
			continue
		case strings.HasPrefix(k, "\u00a0"):
			k = k[len("\u00a0"):]
			continue
		}
		break
	}
	for {
		switch {
		case len(k) > 0 && (k[len(k)-1] == ' ' || k[len(k)-1] == '\t' || k[len(k)-1] == '*'):
			k = k[:len(k)-1]
			continue
		case strings.HasSuffix(k, "\u00a0"):
			k = k[:len(k)-len("\u00a0")]
			continue
		}
		break
	}
	// lower-cased on the stack when it is ASCII: most lines are no header
	var buf [32]byte
	if len(k) <= len(buf) && ascii(k) {
		b := buf[:len(k)]
		for j := 0; j < len(k); j++ {
			c := k[j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[j] = c
		}
		if !headerKeys[string(b)] {
			return "", false
		}
		return string(b), true
	}
	k = strings.ToLower(k)
	if !headerKeys[k] {
		return "", false
	}
	return k, true
}

// ascii reports whether s holds ASCII bytes only.
func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isHeaderBlock reports whether lines[i] starts a quoted message header block:
// at least three consecutive header lines, one of them a "From", or two
// right after a rule (an <hr> or a "_____" line).
func isHeaderBlock(lines []line, i int) bool {
	if _, ok := headerKey(lines[i].text); !ok {
		return false
	}
	need := 3
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if lines[k].rule || isRuleText(lines[k].text) {
			need = 2
			break
		}
		if !isBlank(lines[k].text) || lines[k].quoted {
			break
		}
	}
	count, from, other := 0, false, 0
	for j := i; j < len(lines) && j < i+10; j++ {
		if lines[j].quoted || lines[j].cut || isBlank(lines[j].text) {
			break
		}
		k, ok := headerKey(lines[j].text)
		if !ok {
			// A wrapped field value; tolerate two.
			other++
			if other > 2 {
				break
			}
			continue
		}
		count++
		if fromKeys[k] {
			from = true
		}
		if count >= need && from {
			return true
		}
	}
	return false
}

// headerVerbs are the verbs of "On … wrote:" headers, lower case.
var headerVerbs = []string{
	"wrote", "a écrit", "a ecrit", "escribió", "escribio", "schrieb", "schreef",
	"ha scritto", "scrisse", "escreveu", "написал", "написала", "skrev",
	"napisał", "napisala", "napisała", "kirjoitti", "yazdı", "írta", "napsal",
	"写道", "寫道",
}

// headerStarts are the words that open a wrapped "On … wrote:" header.
var headerStarts = []string{"on ", "le ", "el ", "am ", "op ", "il ", "em ", "den ", "w dniu ", "dnia ", "pe ", "в "}

// quoteHeader looks for a quote header ("On … wrote:") ending at lines[end]
// and wrapped over at most maxHeaderSpan lines. It returns the header's first
// line and whether it contains a "wrote" verb; a header without one (Yandex,
// Mail.ru: "26.06.2014, 14:41, "Name" <a@b>:") only counts when a quote
// follows it.
func quoteHeader(lines []line, end int) (start int, verb bool, ok bool) {
	start = -1
	for k := 0; k < maxHeaderSpan && end-k >= 0; k++ {
		l := lines[end-k]
		if l.quoted || l.cut || l.rule || isBlank(l.text) || len(l.text) > maxHeaderLine {
			break
		}
		if startsHeader(l.text) {
			start = end - k
			break
		}
	}
	single := start < 0
	if single {
		start = end
	}
	var b strings.Builder
	for k := start; k <= end; k++ {
		b.WriteString(strings.TrimSpace(lines[k].text))
		b.WriteByte(' ')
	}
	h := strings.ToLower(b.String())
	if len(h) > maxHeaderSpan*maxHeaderLine {
		return 0, false, false
	}
	for _, v := range headerVerbs {
		if strings.Contains(h, v) {
			verb = true
			break
		}
	}
	digit := strings.IndexFunc(h, unicode.IsDigit) >= 0
	at := strings.Contains(h, "@")
	switch {
	case verb && (digit || at):
		return start, true, true
	case !verb && digit && at:
		return start, false, true
	}
	return 0, false, false
}

// startsHeader reports whether a line opens an "On … wrote:" header.
func startsHeader(s string) bool {
	t := strings.TrimLeft(s, " \t-_*")
	if t == "" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t); unicode.IsDigit(r) {
		return true
	}
	if len(t) > 10 {
		t = t[:10]
	}
	t = strings.ToLower(t)
	for _, w := range headerStarts {
		if strings.HasPrefix(t, w) {
			return true
		}
	}
	return false
}

// trimBlankEdges removes leading blank lines and trailing white space.
func trimBlankEdges(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	for {
		i := strings.IndexByte(s, '\n')
		if i < 0 || !isBlank(s[:i]) {
			return s
		}
		s = s[i+1:]
	}
}

// Package message turns one raw RFC 5322 message into a normalised Message: decoded headers,
// threading ids, the text a person reads (charsets, quoted-printable, base64 and HTML decoded;
// new text split from quoted text) and every iCalendar invitation it carries (RFC 5545,
// iMIP RFC 6047), with time zones resolved to IANA names.
//
// Parsing is tolerant: real mail is often broken, so a bad part becomes a Warning and the rest
// is kept; only input with no header at all is an error. Memory stays bounded: attachments are
// streamed and only counted, each text part is capped (maxTextPart).
package message

import (
	"fmt"
	"io"
	"net/textproto"
	"strings"
	"time"
)

// Address is one mailbox of an address header. It is also the one
// "person" type of followupd (followup.Person, classify.Person,
// compose.Person and submit.Person are aliases of it), kept here because this package
// imports nothing internal. Name may be empty when only the address is
// known; Email may be empty when only the name is known.
type Address struct {
	Name  string // display name, RFC 2047-decoded
	Email string // lower-cased addr-spec
}

// String formats a the way the owner is shown a recipient:
// "Jane Doe <jane@acme.example>", or whichever half is known.
func (a Address) String() string {
	switch {
	case a.Name != "" && a.Email != "":
		return a.Name + " <" + a.Email + ">"
	case a.Email != "":
		return a.Email
	default:
		return a.Name
	}
}

// SameName reports whether two display names name the same person as
// far as their words tell: case, accents and spacing aside ("José  Díaz"
// and "jose diaz"). An empty name is nobody's.
func SameName(a, b string) bool {
	fa, fb := foldName(a), foldName(b)
	return fa != "" && fa == fb
}

func foldName(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(foldAccents(s)), " "))
}

// Attendee is an iCalendar ORGANIZER or ATTENDEE.
type Attendee struct {
	Name     string // CN parameter
	Email    string // calendar address without "mailto:", lower-cased
	Role     string // ROLE: CHAIR, REQ-PARTICIPANT, OPT-PARTICIPANT, NON-PARTICIPANT
	CUType   string // CUTYPE: INDIVIDUAL, GROUP, RESOURCE, ROOM, UNKNOWN
	PartStat string // PARTSTAT: NEEDS-ACTION, ACCEPTED, DECLINED, TENTATIVE, DELEGATED
}

// Event is one VEVENT of a calendar part (RFC 5545 section 3.6.1).
type Event struct {
	Method      string // VCALENDAR METHOD: REQUEST, CANCEL, PUBLISH, REPLY ("" if absent)
	UID         string
	Sequence    int
	Status      string // VEVENT STATUS (CONFIRMED, CANCELLED, TENTATIVE) or ""
	Summary     string
	Description string
	Location    string
	// Start and End are in the event's zone (the time.Location of Zone, or a fixed zone built
	// from the VTIMEZONE rules when the TZID names no known zone), UTC for "Z" times, and
	// wall-clock values in time.UTC when Floating. End comes from DTEND or DTSTART+DURATION;
	// it is zero when there is neither.
	Start, End time.Time
	// Zone is the IANA zone resolved from the TZID (IANA, Windows or Outlook display names);
	// "" for UTC, floating times, or a TZID known only by its VTIMEZONE rules.
	Zone string
	// TZID is the TZID parameter of DTSTART as written ("" if none).
	TZID string
	// Floating is true when DTSTART has no zone at all (RFC 5545 "floating" or a DATE): the
	// caller decides the zone.
	Floating     bool
	AllDay       bool   // DTSTART is a DATE
	RecurrenceID string // RECURRENCE-ID value as written ("" for the master event)
	RRule        string // RRULE value as written ("" if the event does not repeat)
	// Nested is true for an event found inside an attached message (message/rfc822), for
	// example a forwarded invitation: it is not addressed to the recipient directly.
	Nested    bool
	Organizer Attendee
	Attendees []Attendee
}

// Attachment describes one attached (or non-text inline) part; its content is never kept.
type Attachment struct {
	Filename    string
	ContentType string // lower-case media type
	Size        int64  // decoded size in bytes
}

// Message is the normalised form of one mail.
type Message struct {
	MessageID  string    // without <>
	InReplyTo  []string  // without <>
	References []string  // without <>
	Date       time.Time // Date header with its own offset kept; zero if missing or unparsable
	Subject    string    // decoded
	From       []Address
	ReplyTo    []Address
	To         []Address
	Cc         []Address
	// Header holds every header field under its canonical key (textproto.CanonicalMIMEHeaderKey)
	// with RFC 2047-decoded, unfolded values: Auto-Submitted, List-Id, Precedence, X-Autoreply...
	Header map[string][]string
	// Body is everything a person reads: text/plain preferred, else HTML converted to text;
	// charset and transfer encoding decoded, LF line ends. Attached messages (forwards) follow,
	// each after a "---------- Forwarded message ----------" line. A message whose only
	// content is an invitation gets the event's summary and description.
	Body   string
	Text   string // the new text only (quoted reply and forwarded text removed)
	Quoted string // the quoted or forwarded text, quote markers ("> ") removed
	HTML   string // raw decoded HTML of the first text/html part, capped at maxHTML ("" if none)
	// Events holds every calendar part (text/calendar inline or attached, application/ics,
	// *.ics attachments), deduplicated by UID, RECURRENCE-ID, SEQUENCE and METHOD.
	Events      []Event
	Attachments []Attachment
	Warnings    []string // recoverable problems: unknown charset, broken part skipped, ...
}

// Get returns the first value of a header field; key is case-insensitive.
func (m *Message) Get(key string) string {
	if m == nil {
		return ""
	}
	if v := m.Header[textproto.CanonicalMIMEHeaderKey(key)]; len(v) > 0 {
		return v[0]
	}
	return ""
}

const (
	maxTextPart = 2 << 20 // decoded bytes kept per text part
	maxHTML     = 1 << 20 // bytes of Message.HTML
	maxDepth    = 12      // nested multiparts and attached messages
	maxParts    = 1000    // parts walked in one message
	maxWarnings = 50
	maxAllText  = 8 << 20 // decoded text bytes kept over all parts of one message
	maxEvents   = 500     // events kept per message
)

// Parse reads one RFC 5322 message (LF or CRLF line ends) from r. It returns an error only when
// nothing usable can be read (no header at all, or a read error before the header ended);
// broken parts become Warnings and the rest is kept. Attachments are streamed, never held.
func Parse(r io.Reader) (*Message, error) {
	src := newBaseSource(r)
	defer src.release()
	p := &parser{}
	m, err := p.message(src, 0)
	if err != nil {
		return nil, fmt.Errorf("message: parse: %w", err)
	}
	return m, nil
}

// parser collects the parts of one message (an attached message gets its own parser).
type parser struct {
	msg      *Message
	plain    []string
	html     []string
	forwards []string
	inner    []*Message // attached messages, parsed
	parts    int
	text     int             // decoded text bytes kept so far (maxAllText)
	seen     map[string]bool // event keys
}

func (p *parser) warn(format string, args ...any) {
	if len(p.msg.Warnings) >= maxWarnings {
		return
	}
	w := fmt.Sprintf(format, args...)
	for _, old := range p.msg.Warnings {
		if old == w {
			return
		}
	}
	p.msg.Warnings = append(p.msg.Warnings, w)
}

// message reads a header block and the body that follows from src.
func (p *parser) message(src lineSource, depth int) (*Message, error) {
	h, err := readHeader(src)
	if err != nil {
		return nil, err
	}
	p.msg = &Message{Header: make(map[string][]string, len(h))}
	p.seen = map[string]bool{}
	m := p.msg
	for _, f := range h {
		m.Header[f.key] = append(m.Header[f.key], decodeHeader(f.value))
	}
	m.Subject = strings.TrimSpace(m.Get("Subject"))
	if ids := parseMsgIDs(h.get("Message-Id")); len(ids) > 0 {
		m.MessageID = ids[0]
	}
	m.InReplyTo = parseMsgIDs(h.get("In-Reply-To"))
	m.References = parseMsgIDs(h.get("References"))
	m.Date = parseDate(h.get("Date"))
	if h.get("Date") != "" && m.Date.IsZero() {
		p.warn("unparsable Date header")
	}
	m.From = parseAddresses(h.get("From"))
	m.ReplyTo = parseAddresses(h.get("Reply-To"))
	m.To = parseAddresses(joinValues(h, "To"))
	m.Cc = parseAddresses(joinValues(h, "Cc"))

	p.entity(src, h, depth)
	drain(src)
	p.finish()
	return m, nil
}

// joinValues joins repeated address fields (some senders split To over several lines).
func joinValues(h header, key string) string {
	var vs []string
	for _, f := range h {
		if f.key == key && strings.TrimSpace(f.value) != "" {
			vs = append(vs, f.value)
		}
	}
	return strings.Join(vs, ", ")
}

// entity handles one MIME entity whose header is h and whose body is the rest of src.
func (p *parser) entity(src lineSource, h header, depth int) {
	p.parts++
	if p.parts > maxParts {
		if p.parts == maxParts+1 {
			p.warn("more than %d parts: rest skipped", maxParts)
		}
		return
	}
	ct := parseContentType(h.get("Content-Type"))
	if ct.bad {
		p.warn("malformed Content-Type %q", truncate(h.get("Content-Type"), 80))
	}
	switch {
	case strings.HasPrefix(ct.media, "multipart/"):
		if depth >= maxDepth {
			p.warn("multipart nested deeper than %d: skipped", maxDepth)
			return
		}
		p.multipart(src, ct, depth+1)
	case ct.media == "message/rfc822" || ct.media == "message/global":
		enc := strings.ToLower(strings.TrimSpace(h.get("Content-Transfer-Encoding")))
		if depth >= maxDepth || enc == "base64" || enc == "quoted-printable" {
			p.leaf(src, h, ct)
			return
		}
		p.attached(src, depth+1)
	default:
		p.leaf(src, h, ct)
	}
}

// multipart walks the parts of a multipart body.
func (p *parser) multipart(src lineSource, ct contentType, depth int) {
	boundary := ct.params["boundary"]
	if boundary == "" {
		boundary, src = guessBoundary(src)
		if boundary == "" {
			p.warn("multipart without boundary: read as text")
			p.leaf(src, nil, contentType{media: "text/plain"})
			return
		}
		p.warn("multipart without boundary parameter: guessed %q", truncate(boundary, 70))
	}
	pre := newPartBody(src, boundary)
	drain(pre)
	if !pre.sawDelim {
		p.warn("multipart boundary %q never found", truncate(boundary, 70))
		return
	}
	if pre.closed {
		return
	}
	for {
		part := newPartBody(src, boundary)
		h, err := readHeader(part)
		if err != nil {
			// No header block: RFC 2046 says a part without header is text/plain.
			h = nil
		}
		p.entity(part, h, depth)
		drain(part)
		if !part.sawDelim {
			if !part.closed {
				p.warn("multipart ends without its close delimiter")
			}
			return
		}
		if part.closed || p.parts > maxParts {
			return
		}
	}
}

// guessBoundary finds the first "--something" line of a multipart without boundary parameter
// within the first lines. It returns the boundary and a source that replays the lines it read.
func guessBoundary(src lineSource) (string, lineSource) {
	rs := &replaySource{src: src}
	for n := 0; n < 50; n++ {
		line, err := src.next()
		if err != nil {
			break
		}
		rs.lines = append(rs.lines, append([]byte(nil), line...))
		t := strings.TrimRight(string(line), " \t\r\n")
		if strings.HasPrefix(t, "--") && len(t) > 4 && !strings.ContainsAny(t, " \t") {
			return strings.TrimSuffix(t[2:], "--"), rs
		}
	}
	return "", rs
}

// replaySource hands out saved lines before reading on from src.
type replaySource struct {
	lines [][]byte
	src   lineSource
}

func (r *replaySource) next() ([]byte, error) {
	if len(r.lines) > 0 {
		l := r.lines[0]
		r.lines = r.lines[1:]
		return l, nil
	}
	return r.src.next()
}

func (r *replaySource) unread(line []byte) {
	r.lines = append([][]byte{line}, r.lines...)
}

// attached parses an attached message (message/rfc822): its text becomes a forwarded block,
// its events are marked Nested.
func (p *parser) attached(src lineSource, depth int) {
	sub := &parser{parts: p.parts}
	m, err := sub.message(src, depth)
	p.parts = sub.parts
	if err != nil {
		p.warn("attached message without header: skipped")
		return
	}
	var b strings.Builder
	b.WriteString("---------- Forwarded message ----------\n")
	if len(m.From) > 0 {
		fmt.Fprintf(&b, "From: %s\n", formatAddress(m.From[0]))
	}
	if d := m.Get("Date"); d != "" {
		fmt.Fprintf(&b, "Date: %s\n", d)
	}
	if m.Subject != "" {
		fmt.Fprintf(&b, "Subject: %s\n", m.Subject)
	}
	if len(m.To) > 0 {
		fmt.Fprintf(&b, "To: %s\n", formatAddress(m.To[0]))
	}
	b.WriteString("\n")
	b.WriteString(m.Body)
	p.forwards = append(p.forwards, b.String())
	p.inner = append(p.inner, m)
	for _, e := range m.Events {
		e.Nested = true
		p.addEvent(e)
	}
	p.msg.Attachments = append(p.msg.Attachments, m.Attachments...)
	for _, w := range m.Warnings {
		p.warn("attached message: %s", w)
	}
}

func formatAddress(a Address) string {
	if a.Name == "" {
		return a.Email
	}
	return a.Name + " <" + a.Email + ">"
}

// leaf handles a non-multipart entity: text, calendar or attachment.
func (p *parser) leaf(src lineSource, h header, ct contentType) {
	disp, dparams := parseDisposition(h.get("Content-Disposition"))
	filename := dparams["filename"]
	if filename == "" {
		filename = ct.params["name"]
	}
	filename = decodeHeader(filename)
	enc := strings.ToLower(strings.TrimSpace(h.get("Content-Transfer-Encoding")))
	lowerName := strings.ToLower(filename)
	isCal := ct.media == "text/calendar" || ct.media == "application/ics" || ct.media == "text/x-vcalendar" ||
		strings.HasSuffix(lowerName, ".ics") || strings.HasSuffix(lowerName, ".vcs")
	isText := (ct.media == "text/plain" || ct.media == "text/html") && disp != "attachment" && filename == ""

	switch {
	case isCal:
		buf := getPartBuf()
		defer putPartBuf(buf)
		raw, truncated := p.readDecoded(src, enc, buf)
		if truncated {
			p.warn("calendar part larger than %d bytes: truncated", maxTextPart)
		}
		text := p.charset(raw, ct.params["charset"], "")
		evs, warns, err := parseCalendar(text)
		for _, w := range warns {
			p.warn("calendar: %s", w)
		}
		if err != nil {
			p.warn("calendar part skipped: %v", err)
		}
		for _, e := range evs {
			p.addEvent(e)
		}
		if disp == "attachment" || filename != "" {
			p.msg.Attachments = append(p.msg.Attachments, Attachment{Filename: filename, ContentType: ct.media, Size: int64(len(raw))})
		}
	case isText:
		if p.text >= maxAllText {
			p.warn("more than %d bytes of text: later text parts skipped", maxAllText)
			return
		}
		buf := getPartBuf()
		defer putPartBuf(buf)
		raw, truncated := p.readDecoded(src, enc, buf)
		if truncated {
			p.warn("text part larger than %d bytes: truncated", maxTextPart)
		}
		p.text += len(raw)
		text := p.charset(raw, ct.params["charset"], ct.media)
		if ct.media == "text/html" {
			p.html = append(p.html, text)
		} else {
			if strings.EqualFold(ct.params["format"], "flowed") {
				text = unflow(text, strings.EqualFold(ct.params["delsp"], "yes"))
			}
			p.plain = append(p.plain, text)
		}
	default:
		size := p.countDecoded(src, enc)
		p.msg.Attachments = append(p.msg.Attachments, Attachment{Filename: filename, ContentType: ct.media, Size: size})
	}
}

// addEvent appends e unless an event with the same identity was already seen.
func (p *parser) addEvent(e Event) {
	key := fmt.Sprintf("%s\x00%s\x00%d\x00%s", e.UID, e.RecurrenceID, e.Sequence, e.Method)
	if e.UID == "" {
		key += "\x00" + e.Start.String() + "\x00" + e.Summary
	}
	if p.seen[key] {
		return
	}
	if len(p.msg.Events) >= maxEvents {
		p.warn("more than %d events: rest skipped", maxEvents)
		return
	}
	p.seen[key] = true
	p.msg.Events = append(p.msg.Events, e)
}

// finish assembles Body, Text, Quoted and HTML from the collected parts.
func (p *parser) finish() {
	m := p.msg
	parts := nonEmpty(p.plain)
	for i := range parts {
		parts[i] = normalizeText(parts[i])
	}
	plain := strings.Join(parts, "\n\n")
	var htmlText string
	if len(p.html) > 0 {
		m.HTML = p.html[0]
		if len(m.HTML) > maxHTML {
			m.HTML = truncateUTF8(m.HTML, maxHTML)
			p.warn("HTML larger than %d bytes: truncated", maxHTML)
		}
	}
	useHTML := false
	if len(p.html) > 0 && len(strings.TrimSpace(plain)) < 40 {
		// No text/plain, or a stub ("view this mail in a browser"): the HTML is the content.
		htmlText = htmlToText(strings.Join(p.html, "\n"))
		useHTML = strings.TrimSpace(plain) == "" || len(htmlText) > 20*len(strings.TrimSpace(plain))
	}
	var fresh, quoted string
	if useHTML {
		m.Body = htmlText
		fh, qh := splitQuoteHTML(strings.Join(p.html, "\n"))
		if qh == "" {
			fresh = htmlText
		} else {
			fresh, quoted = htmlToText(fh), htmlToText(qh)
		}
		f2, q2 := splitQuote(fresh)
		fresh = f2
		quoted = joinNonEmpty("\n\n", stripQuoteMarkers(q2), quoted)
	} else {
		m.Body = plain
		f, q := splitQuote(plain)
		fresh, quoted = f, stripQuoteMarkers(q)
	}
	for _, fw := range p.forwards {
		fw = normalizeText(fw)
		m.Body = joinNonEmpty("\n\n", m.Body, fw)
		quoted = joinNonEmpty("\n\n", quoted, fw)
	}
	m.Text = strings.TrimSpace(fresh)
	m.Quoted = strings.TrimSpace(quoted)
	p.unwrapCertified()
	if strings.TrimSpace(m.Body) == "" {
		// A bare invitation (only a text/calendar part): a mail client shows the event, so the
		// reader sees its description, or at least its summary.
		for _, e := range m.Events {
			if !e.Nested {
				m.Body = joinNonEmpty("\n\n", e.Summary, e.Description)
				m.Text = m.Body
				break
			}
		}
	}
}

// unwrapCertified reads an Italian certified-mail (PEC) envelope as the
// letter it carries: the provider's transport envelope ("X-Trasporto:
// posta-certificata") says only that the original message is attached
// (postacert.eml), and that message is what its sender wrote. Its text,
// quoted text, subject and events become the message's; the envelope's
// headers (its Reply-To names the sender) stay.
func (p *parser) unwrapCertified() {
	m := p.msg
	if !strings.EqualFold(strings.TrimSpace(m.Get("X-Trasporto")), "posta-certificata") || len(p.inner) != 1 {
		return
	}
	in := p.inner[0]
	m.Text, m.Quoted, m.Body = in.Text, in.Quoted, in.Body
	if in.Subject != "" {
		m.Subject = in.Subject
	}
	for i := range m.Events {
		m.Events[i].Nested = false
	}
}

func nonEmpty(ss []string) []string {
	var out []string
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}

func joinNonEmpty(sep string, ss ...string) string {
	return strings.Join(nonEmpty(ss), sep)
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return truncateUTF8(s, n) + "…"
}

package message

import (
	"bytes"
	"errors"
	"io"
	"mime"
	"net/mail"
	"net/textproto"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	gmcharset "github.com/emersion/go-message/charset"
	"golang.org/x/text/encoding/charmap"
)

const (
	maxHeaderBytes  = 1 << 20 // one header block
	maxHeaderFields = 2000
)

var errNoHeader = errors.New("message: no header")

// field is one raw header field, unfolded but not decoded.
type field struct {
	key   string // canonical
	value string
}

// header is a part's header in order of appearance.
type header []field

// get returns the first raw value of key (canonical).
func (h header) get(key string) string {
	for _, f := range h {
		if f.key == key {
			return f.value
		}
	}
	return ""
}

// readHeader reads a header block leniently: CRLF or LF, folded lines, a continuation without
// indentation (appended to the previous field), a stray indented first line, an mbox "From "
// line. It stops after the blank line that ends the block, or at the end of src. When the
// first line is no header field, it is given back to src and errNoHeader returned.
func readHeader(src lineSource) (header, error) {
	// the values are gathered back to back in vals, the ends of each in
	// ends, and cut from one string at the end: a folded field grows in
	// place (it is always the last one) rather than by concatenation; the
	// names gather in keys, and the header is made of both at the end, at
	// its size
	hb := headerBufs.Get().(*headerBuf)
	defer headerBufs.Put(hb)
	vals, keys, ends := hb.vals[:0], hb.keys[:0], hb.ends[:0]
	defer func() {
		clear(keys)
		hb.vals, hb.keys, hb.ends = vals[:0], keys[:0], ends[:0]
	}()
	total := 0
	first := true
	for {
		line, err := src.next()
		if err != nil {
			if errors.Is(err, io.EOF) {
				break
			}
			return withValues(keys, vals, ends), err
		}
		total += len(line)
		trimmed := bytes.TrimRight(line, "\r\n")
		if len(bytes.TrimSpace(trimmed)) == 0 {
			break
		}
		if first && bytes.HasPrefix(trimmed, []byte("From ")) && !bytes.Contains(trimmed[:5], []byte(":")) {
			first = false
			continue
		}
		if total > maxHeaderBytes || len(keys) >= maxHeaderFields {
			continue // skip the rest of an absurd header block
		}
		if (trimmed[0] == ' ' || trimmed[0] == '\t') && len(keys) > 0 {
			vals = append(append(vals, ' '), bytes.TrimSpace(trimmed)...)
			ends[len(ends)-1] = len(vals)
		} else if k, v, ok := splitField(bytes.TrimLeft(trimmed, " \t")); ok {
			keys = append(keys, k)
			vals = append(vals, v...)
			ends = append(ends, len(vals))
		} else if len(keys) > 0 {
			vals = append(append(vals, ' '), bytes.TrimSpace(trimmed)...)
			ends[len(ends)-1] = len(vals)
		} else if first {
			src.unread(line)
			return nil, errNoHeader
		}
		first = false
	}
	if len(keys) == 0 {
		return nil, errNoHeader
	}
	return withValues(keys, vals, ends), nil
}

// headerBuf holds the arrays readHeader gathers a header in.
type headerBuf struct {
	vals []byte
	keys []string
	ends []int
}

// headerBufs recycles the buffers readHeader gathers values in.
var headerBufs = sync.Pool{New: func() any { return new(headerBuf) }}

// withValues makes the header of the field names keys, whose values are
// back to back in vals, each ending where ends says.
func withValues(keys []string, vals []byte, ends []int) header {
	if len(keys) == 0 {
		return nil
	}
	h := make(header, len(keys))
	for i, k := range keys {
		h[i].key = k
	}
	all := string(vals)
	from := 0
	for i := range h {
		h[i].value = all[from:ends[i]]
		from = ends[i]
	}
	return h
}

// splitField splits "Name: value"; the name must be printable ASCII without spaces. The value
// is a slice of line.
func splitField(line []byte) (key string, value []byte, ok bool) {
	i := bytes.IndexByte(line, ':')
	if i <= 0 {
		return "", nil, false
	}
	name := bytes.TrimRight(line[:i], " \t")
	if len(name) == 0 {
		return "", nil, false
	}
	for _, c := range name {
		if c <= ' ' || c >= 0x7f {
			return "", nil, false
		}
	}
	// the names most mail carries are looked up, not made anew
	if k, ok := commonKeys[string(name)]; ok {
		return k, bytes.TrimSpace(line[i+1:]), true
	}
	return textproto.CanonicalMIMEHeaderKey(string(name)), bytes.TrimSpace(line[i+1:]), true
}

// commonKeys maps the usual spellings of the common field names to their
// canonical forms (textproto.CanonicalMIMEHeaderKey), made once.
var commonKeys = func() map[string]string {
	m := map[string]string{}
	for _, k := range []string{
		"From", "To", "Cc", "Bcc", "Reply-To", "Subject", "Date", "Message-ID", "Message-Id", "In-Reply-To", "References",
		"MIME-Version", "Mime-Version", "Content-Type", "Content-Transfer-Encoding", "Content-Disposition", "Content-ID",
		"Content-Id", "Content-Language", "Content-Description", "Return-Path", "Received", "Delivered-To", "X-Original-To",
		"Envelope-To", "Auto-Submitted", "Precedence", "List-Id", "List-Unsubscribe", "List-Unsubscribe-Post", "Sender",
		"DKIM-Signature", "ARC-Seal", "ARC-Message-Signature", "ARC-Authentication-Results", "Authentication-Results",
		"Received-SPF", "Thread-Topic", "Thread-Index", "Importance", "X-Mailer", "User-Agent", "X-Priority",
	} {
		m[k] = textproto.CanonicalMIMEHeaderKey(k)
		m[strings.ToLower(k)] = textproto.CanonicalMIMEHeaderKey(strings.ToLower(k))
	}
	return m
}()

// wordDecoder decodes RFC 2047 encoded words in any charset go-message knows.
var wordDecoder = &mime.WordDecoder{CharsetReader: gmcharset.Reader}

// decodeHeader decodes RFC 2047 words and repairs raw 8-bit bytes (taken as Windows-1252 when
// they are not UTF-8).
func decodeHeader(v string) string {
	v = toUTF8(v)
	if !strings.Contains(v, "=?") {
		return v
	}
	d, err := wordDecoder.DecodeHeader(v)
	if err != nil {
		return v
	}
	return d
}

// toUTF8 returns s unchanged when it is valid UTF-8, else decodes it as Windows-1252.
func toUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	out, err := charmap.Windows1252.NewDecoder().String(s)
	if err != nil {
		return strings.ToValidUTF8(s, "\uFFFD")
	}
	return out
}

// addressParser parses address lists with RFC 2047 names in any known charset.
var addressParser = &mail.AddressParser{WordDecoder: wordDecoder}

// parseAddresses parses an address list; when net/mail refuses it (common in the wild), it
// falls back to a lenient split that keeps every "Name <addr>" or bare addr it can find.
func parseAddresses(raw string) []Address {
	raw = strings.TrimSpace(toUTF8(raw))
	if raw == "" {
		return nil
	}
	if list, err := addressParser.ParseList(raw); err == nil {
		out := make([]Address, 0, len(list))
		for _, a := range list {
			out = append(out, Address{Name: strings.TrimSpace(a.Name), Email: strings.ToLower(a.Address)})
		}
		return out
	}
	var out []Address
	for _, item := range splitAddressList(raw) {
		if ms := angleAddrs.FindAllStringSubmatch(item, -1); len(ms) > 1 {
			// "A <a@x> B <b@x>": commas missing between mailboxes.
			for _, m := range ms {
				if a, ok := lenientAddress(m[0]); ok {
					out = append(out, a)
				}
			}
			continue
		}
		if a, ok := lenientAddress(item); ok {
			out = append(out, a)
		}
	}
	return out
}

// splitAddressList splits on commas and semicolons outside quotes, comments and angle brackets.
func splitAddressList(s string) []string {
	var parts []string
	depth, angle, quoted, start := 0, false, false, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\' && quoted:
			i++
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == '(':
			depth++
		case c == ')' && depth > 0:
			depth--
		case c == '<':
			angle = true
		case c == '>':
			angle = false
		case (c == ',' || c == ';') && depth == 0 && !angle:
			parts = append(parts, s[start:i])
			start = i + 1
		}
	}
	return append(parts, s[start:])
}

var angleAddrs = regexp.MustCompile(`[^<>]*<[^<>]*@[^<>]*>`)

var bareAddr = regexp.MustCompile(`[^\s<>"(),;:]+@[^\s<>"(),;:]+`)

// lenientAddress extracts one address from "Name <addr>", "addr (Name)" or a bare addr.
func lenientAddress(item string) (Address, bool) {
	item = strings.TrimSpace(item)
	if i := strings.LastIndexByte(item, '<'); i >= 0 {
		j := strings.IndexByte(item[i:], '>')
		addr := item[i+1:]
		if j >= 0 {
			addr = item[i+1 : i+j]
		}
		addr = strings.TrimSpace(addr)
		if !strings.Contains(addr, "@") {
			return Address{}, false
		}
		name := strings.TrimSpace(item[:i])
		name = strings.TrimSpace(strings.Trim(name, `"`))
		return Address{Name: decodeHeader(strings.ReplaceAll(name, `\"`, `"`)), Email: strings.ToLower(addr)}, true
	}
	addr := bareAddr.FindString(item)
	if addr == "" {
		return Address{}, false
	}
	name := ""
	if i, j := strings.IndexByte(item, '('), strings.LastIndexByte(item, ')'); i >= 0 && j > i {
		name = decodeHeader(strings.TrimSpace(item[i+1 : j]))
	}
	return Address{Name: name, Email: strings.ToLower(addr)}, true
}

// parseMsgIDs returns the message ids in a Message-ID, In-Reply-To or References value,
// without angle brackets. A value without brackets is split on white space.
func parseMsgIDs(v string) []string {
	v = strings.TrimSpace(v)
	if v == "" {
		return nil
	}
	var ids []string
	// each "<id>" as `<([^<>\s]+)>` finds them, read byte by byte: no
	// match starts before the next "<"
	for i := 0; i < len(v); {
		lt := strings.IndexByte(v[i:], '<')
		if lt < 0 {
			break
		}
		lt += i
		j := lt + 1
		for j < len(v) && v[j] != '<' && v[j] != '>' && v[j] != ' ' && v[j] != '\t' && v[j] != '\n' && v[j] != '\f' && v[j] != '\r' {
			j++
		}
		if j < len(v) && v[j] == '>' && j > lt+1 {
			ids = append(ids, v[lt+1:j])
			j++
		}
		i = j
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

var (
	dateComment = regexp.MustCompile(`\([^()]*\)`)
	dateLayouts = []string{
		"Mon, 2 Jan 2006 15:04:05 -0700",
		"Mon, 2 Jan 2006 15:04 -0700",
		"2 Jan 2006 15:04:05 -0700",
		"Mon, 2 Jan 2006 15:04:05 MST",
		"Mon, 2 Jan 06 15:04:05 -0700",
		"Mon, 2 January 2006 15:04:05 -0700",
		"Mon Jan 2 15:04:05 2006 -0700",
		"Mon Jan 2 15:04:05 -0700 2006",
		time.RFC3339,
		"2006-01-02 15:04:05 -0700",
	}
)

// zoneAbbrevs gives the offset of the zone names found in Date headers: the obsolete US
// zones of RFC 5322 section 4.3 and common unambiguous ones. Go's parser would give an
// unknown name offset zero, or the local zone's offset when the process knows the name.
var zoneAbbrevs = map[string]int{
	"UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "WET": 0,
	"EST": -5 * 3600, "EDT": -4 * 3600, "CST": -6 * 3600, "CDT": -5 * 3600,
	"MST": -7 * 3600, "MDT": -6 * 3600, "PST": -8 * 3600, "PDT": -7 * 3600,
	"AKST": -9 * 3600, "AKDT": -8 * 3600, "HST": -10 * 3600,
	"BST": 3600, "CET": 3600, "CEST": 2 * 3600, "WEST": 3600, "MET": 3600, "MEST": 2 * 3600,
	"EET": 2 * 3600, "EEST": 3 * 3600, "MSK": 3 * 3600,
	"SGT": 8 * 3600, "HKT": 8 * 3600, "JST": 9 * 3600, "KST": 9 * 3600,
	"AEST": 10 * 3600, "AEDT": 11 * 3600, "NZST": 12 * 3600, "NZDT": 13 * 3600,
}

// rfc5322Date is the layout net/mail.ParseDate matches a date with a day of
// week and a numeric zone by ("Tue, 3 Mar 2026 09:15:00 +0100"). A value
// that parses with it has no other sign than its zone's and starts with a
// letter, so ParseDate would parse all of it with this layout too.
const rfc5322Date = "Mon, 2 Jan 2006 15:04:05 -0700"

// parseDate parses a Date header keeping its own offset; zero when it cannot.
func parseDate(v string) time.Time {
	v = strings.TrimSpace(v)
	if v == "" {
		return time.Time{}
	}
	// the common form first, with the very layout net/mail.ParseDate would
	// reach for it: ParseDate tries the 24 layouts without a day of week
	// before it, and each failure allocates an error
	if t, err := time.Parse(rfc5322Date, v); err == nil {
		return fixZoneName(t, v)
	}
	if t, err := mail.ParseDate(v); err == nil {
		return fixZoneName(t, v)
	}
	clean := strings.Join(strings.Fields(dateComment.ReplaceAllString(v, "")), " ")
	clean = strings.Replace(clean, ",", ", ", 1)
	clean = strings.Join(strings.Fields(clean), " ")
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, clean); err == nil {
			return fixZoneName(t, clean)
		}
	}
	return time.Time{}
}

// fixZoneName replaces the offset Go guessed for a zone name ("EST") by the real one, and
// leaves numeric offsets alone.
func fixZoneName(t time.Time, raw string) time.Time {
	name, _ := t.Zone()
	off, ok := zoneAbbrevs[strings.ToUpper(name)]
	if !ok || !strings.Contains(raw, name) {
		return t
	}
	for _, f := range strings.Fields(dateComment.ReplaceAllString(raw, "")) {
		if len(f) == 5 && (f[0] == '+' || f[0] == '-') {
			return t // a numeric offset was given; the name was only a comment
		}
	}
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.FixedZone(name, off))
}

// Mailbox splits an address into its local part and domain, lower-cased,
// with any "+tag" (alex+jobs@example.com) taken off the local part: the
// mailbox mail to it reaches. ok is false for a string without a local
// part and an "@".
func Mailbox(addr string) (local, domain string, ok bool) {
	addr = strings.ToLower(strings.TrimSpace(addr))
	at := strings.LastIndexByte(addr, '@')
	if at <= 0 {
		return "", "", false
	}
	local, domain = addr[:at], addr[at+1:]
	if i := strings.IndexByte(local, '+'); i > 0 {
		local = local[:i]
	}
	return local, domain, true
}

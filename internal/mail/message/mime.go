package message

import (
	"bytes"
	"mime"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
)

// contentType is a parsed Content-Type; media is lower-case, text/plain when absent.
type contentType struct {
	media  string
	params map[string]string
	bad    bool // malformed: media type and parameters recovered leniently
}

var paramRE = regexp.MustCompile(`(?i)\b(boundary|charset|name)\s*=\s*("[^"]*"?|[^;\s]+)`)

// parseContentType parses a Content-Type value (RFC 2045 section 5); on a malformed value it
// recovers the media type and the boundary, charset and name parameters.
func parseContentType(v string) contentType {
	v = strings.TrimSpace(v)
	if v == "" {
		return contentType{media: "text/plain", params: map[string]string{}}
	}
	media, params, err := mime.ParseMediaType(v)
	if err == nil && strings.Contains(media, "/") {
		return contentType{media: media, params: params}
	}
	ct := contentType{params: map[string]string{}, bad: true}
	head, _, _ := strings.Cut(v, ";")
	ct.media = strings.ToLower(strings.TrimSpace(head))
	if !strings.Contains(ct.media, "/") || strings.ContainsAny(ct.media, " \t\"") {
		ct.media = "text/plain"
	}
	for _, m := range paramRE.FindAllStringSubmatch(v, -1) {
		k := strings.ToLower(m[1])
		if _, dup := ct.params[k]; !dup {
			ct.params[k] = strings.Trim(m[2], `"`)
		}
	}
	return ct
}

// parseDisposition returns the lower-case disposition and its parameters.
func parseDisposition(v string) (string, map[string]string) {
	v = strings.TrimSpace(v)
	if v == "" {
		return "", map[string]string{}
	}
	d, params, err := mime.ParseMediaType(v)
	if err == nil {
		return d, params
	}
	head, _, _ := strings.Cut(v, ";")
	params = map[string]string{}
	if m := regexp.MustCompile(`(?i)filename\s*=\s*("[^"]*"?|[^;\s]+)`).FindStringSubmatch(v); m != nil {
		params["filename"] = strings.Trim(m[1], `"`)
	}
	return strings.ToLower(strings.TrimSpace(head)), params
}

// partBufs recycles the buffers that text and calendar parts are read into: their bytes
// are copied into strings (see charset), never kept.
var partBufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooledPart is the largest buffer kept in partBufs.
const maxPooledPart = 1 << 20

// getPartBuf returns an empty buffer from partBufs.
func getPartBuf() *bytes.Buffer {
	b := partBufs.Get().(*bytes.Buffer)
	b.Reset()
	return b
}

// putPartBuf hands b back to partBufs; nothing may use its bytes afterwards.
func putPartBuf(b *bytes.Buffer) {
	if b.Cap() <= maxPooledPart {
		partBufs.Put(b)
	}
}

// readDecoded reads a text part into raw, decodes its transfer encoding in place and keeps at
// most maxTextPart bytes; the rest is drained. The line end before the next boundary is
// dropped. The result is valid as long as raw is.
func (p *parser) readDecoded(src lineSource, enc string, raw *bytes.Buffer) ([]byte, bool) {
	truncated := false
	// Raw input may be up to ~4/3 larger than what it decodes to (base64).
	limit := maxTextPart*4/3 + 4
	for {
		line, err := src.next()
		if err != nil {
			break
		}
		if raw.Len()+len(line) > limit {
			truncated = true
			drain(src)
			break
		}
		raw.Write(line)
	}
	b := raw.Bytes()
	switch enc {
	case "base64":
		b = decodeBase64(b[:0], b)
	case "quoted-printable":
		b = decodeQP(b[:0], b)
	case "", "7bit", "8bit", "binary":
	default:
		p.warn("unknown Content-Transfer-Encoding %q: read as 8bit", truncate(enc, 40))
	}
	if len(b) > maxTextPart {
		b = b[:maxTextPart]
		truncated = true
	}
	if enc != "base64" {
		b = bytes.TrimSuffix(b, []byte("\n"))
		b = bytes.TrimSuffix(b, []byte("\r"))
	}
	return b, truncated
}

// countDecoded drains an attachment and returns its decoded size, without keeping it.
func (p *parser) countDecoded(src lineSource, enc string) int64 {
	var n int64
	for {
		line, err := src.next()
		if err != nil {
			break
		}
		switch enc {
		case "base64":
			for _, c := range line {
				if b64[c] != 0xff {
					n++
				}
			}
		case "quoted-printable":
			n += int64(len(decodeQP(nil, line)))
		default:
			n += int64(len(line))
		}
	}
	if enc == "base64" {
		return n * 3 / 4
	}
	return n
}

// b64 maps the standard and URL-safe base64 alphabets to their values; 0xff for others.
var b64 = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xff
	}
	const a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for i := 0; i < len(a); i++ {
		t[a[i]] = byte(i)
	}
	t['-'], t['_'] = 62, 63
	return t
}()

// decodeBase64 decodes base64 leniently: characters outside the alphabet (line ends, stray
// bytes, padding) are skipped, a trailing partial group yields what it can. It appends the
// bytes to out, which may be in[:0]: the output never overtakes the input read.
func decodeBase64(out, in []byte) []byte {
	if out == nil {
		out = make([]byte, 0, len(in)*3/4)
	}
	var acc uint32
	n := 0
	for _, c := range in {
		v := b64[c]
		if v == 0xff {
			continue
		}
		acc = acc<<6 | uint32(v)
		n++
		if n == 4 {
			out = append(out, byte(acc>>16), byte(acc>>8), byte(acc))
			acc, n = 0, 0
		}
	}
	switch n {
	case 2:
		out = append(out, byte(acc>>4))
	case 3:
		out = append(out, byte(acc>>10), byte(acc>>2))
	}
	return out
}

// decodeQP decodes quoted-printable (RFC 2045 section 6.7) leniently: a "=" not followed by
// two hex digits or a line end is kept as is. It appends the bytes to out, which may be
// in[:0]: the output never overtakes the input read.
func decodeQP(out, in []byte) []byte {
	if out == nil {
		out = make([]byte, 0, len(in))
	}
	for i := 0; i < len(in); i++ {
		c := in[i]
		if c != '=' {
			out = append(out, c)
			continue
		}
		if i+2 < len(in) && unhex(in[i+1]) >= 0 && unhex(in[i+2]) >= 0 {
			out = append(out, byte(unhex(in[i+1])<<4|unhex(in[i+2])))
			i += 2
			continue
		}
		// Soft line break: "=" then optional white space then the line end.
		j := i + 1
		for j < len(in) && (in[j] == ' ' || in[j] == '\t') {
			j++
		}
		if j == len(in) {
			i = j - 1
			continue
		}
		if in[j] == '\n' {
			i = j
			continue
		}
		if in[j] == '\r' && j+1 < len(in) && in[j+1] == '\n' {
			i = j + 1
			continue
		}
		out = append(out, c)
	}
	return out
}

func unhex(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c - 'a' + 10)
	case 'A' <= c && c <= 'F':
		return int(c - 'A' + 10)
	}
	return -1
}

var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)

// charset converts a decoded text part to UTF-8. An absent, unknown or wrong charset falls back
// to UTF-8 when the bytes are valid UTF-8, else to Windows-1252 (a superset of Latin-1), with a
// warning. For HTML without MIME charset, a <meta> charset is honoured.
func (p *parser) charset(b []byte, cs, media string) string {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	label := strings.ToLower(strings.TrimSpace(strings.Trim(cs, `"' `)))
	label = strings.TrimPrefix(label, "charset=")
	if label == "" && media == "text/html" {
		head := b
		if len(head) > 2048 {
			head = head[:2048]
		}
		if m := metaCharset.FindSubmatch(head); m != nil {
			label = strings.ToLower(string(m[1]))
		}
	}
	switch label {
	case "", "us-ascii", "ascii", "utf-8", "utf8", "unicode-1-1-utf-8", "x-unknown", "unknown-8bit":
		if utf8.Valid(b) {
			return string(b)
		}
		if label == "utf-8" || label == "utf8" {
			p.warn("invalid UTF-8 in a utf-8 part: decoded as Windows-1252")
		} else {
			p.warn("8-bit text without a charset: decoded as Windows-1252")
		}
		return latin1(b)
	case "iso-8859-1", "latin1", "iso8859-1", "iso_8859-1", "l1", "cp1252", "windows-1252":
		return latin1(b)
	}
	enc := lookupCharset(label)
	if enc == nil {
		if utf8.Valid(b) {
			p.warn("unknown charset %q: read as UTF-8", truncate(label, 40))
			return string(b)
		}
		p.warn("unknown charset %q: decoded as Windows-1252", truncate(label, 40))
		return latin1(b)
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		p.warn("charset %q: %v: decoded as Windows-1252", truncate(label, 40), err)
		return latin1(b)
	}
	return strings.ToValidUTF8(string(out), "\uFFFD")
}

// lookupCharset finds an encoding by MIME or WHATWG label; nil when unknown.
func lookupCharset(label string) encoding.Encoding {
	if enc, err := ianaindex.MIME.Encoding(label); err == nil && enc != nil {
		return enc
	}
	if enc, err := htmlindex.Get(label); err == nil && enc != nil {
		return enc
	}
	return nil
}

// latin1 decodes b as Windows-1252, which WHATWG uses for every ISO-8859-1 label.
func latin1(b []byte) string {
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	return string(out)
}

// truncateUTF8 cuts s to at most n bytes without splitting a rune.
func truncateUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

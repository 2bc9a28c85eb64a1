package imapwatch

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"fmt"
	"mime"
	"slices"
	"strings"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-message/textproto"
)

// keepPart reports whether a part of this media type is kept in a truncated message: text
// (plain, html, calendar) and calendar invitations sent as application/ics.
func keepPart(mediaType string) bool {
	return strings.HasPrefix(mediaType, "text/") || mediaType == "application/ics"
}

// fetchTruncated fetches a message too large to fetch whole: its BODYSTRUCTURE and header,
// then (with BODY.PEEK) only its text and calendar parts, about limit bytes in all, and
// reassembles them as a valid message: the original header with a new multipart/mixed
// Content-Type whose parts are the kept parts with their own MIME headers. It returns nil
// when the message was expunged meanwhile.
func fetchTruncated(c *imapclient.Client, uid imap.UID, limit int64) ([]byte, error) {
	header := &imap.FetchItemBodySection{Specifier: imap.PartSpecifierHeader, Peek: true}
	bufs, err := c.Fetch(imap.UIDSetNum(uid), &imap.FetchOptions{
		UID:           true,
		BodyStructure: &imap.FetchItemBodyStructure{Extended: false},
		BodySection:   []*imap.FetchItemBodySection{header},
	}).Collect()
	if err != nil {
		return nil, err
	}
	if len(bufs) == 0 || bufs[0].BodyStructure == nil {
		return nil, nil
	}
	hdr := bufs[0].FindBodySection(header)
	budget := max(limit-int64(len(hdr)), 0)

	if single, ok := bufs[0].BodyStructure.(*imap.BodyStructureSinglePart); ok {
		if !keepPart(single.MediaType()) {
			return rewriteHeader(hdr, "text/plain; charset=utf-8", nil)
		}
		body, err := fetchSection(c, uid, &imap.FetchItemBodySection{
			Specifier: imap.PartSpecifierText, Peek: true, Partial: &imap.SectionPartial{Size: budget},
		})
		if err != nil {
			return nil, err
		}
		return append(slices.Clip(hdr), body...), nil
	}

	var paths [][]int
	bufs[0].BodyStructure.Walk(func(path []int, part imap.BodyStructure) bool {
		if sp, ok := part.(*imap.BodyStructureSinglePart); ok && keepPart(sp.MediaType()) {
			paths = append(paths, slices.Clone(path))
		}
		return true
	})
	boundary := "followupd-truncated-" + rand.Text()
	var body bytes.Buffer
	for _, path := range paths {
		if budget <= 0 {
			break
		}
		mimeHdr, err := fetchSection(c, uid, &imap.FetchItemBodySection{Part: path, Specifier: imap.PartSpecifierMIME, Peek: true})
		if err != nil {
			return nil, err
		}
		budget -= int64(len(mimeHdr) + len(boundary) + 6)
		if budget <= 0 {
			break
		}
		content, err := fetchSection(c, uid, &imap.FetchItemBodySection{Part: path, Peek: true, Partial: &imap.SectionPartial{Size: budget}})
		if err != nil {
			return nil, err
		}
		budget -= int64(len(content))
		body.WriteString("--" + boundary + "\r\n")
		body.Write(mimeHdr)
		body.Write(content)
		body.WriteString("\r\n")
	}
	body.WriteString("--" + boundary + "--\r\n")
	ct := mime.FormatMediaType("multipart/mixed", map[string]string{"boundary": boundary})
	return rewriteHeader(hdr, ct, body.Bytes())
}

// fetchSection fetches one body section of one message.
func fetchSection(c *imapclient.Client, uid imap.UID, section *imap.FetchItemBodySection) ([]byte, error) {
	bufs, err := c.Fetch(imap.UIDSetNum(uid), &imap.FetchOptions{
		UID: true, BodySection: []*imap.FetchItemBodySection{section},
	}).Collect()
	if err != nil {
		return nil, err
	}
	if len(bufs) == 0 {
		return nil, fmt.Errorf("message %d vanished", uid)
	}
	return bufs[0].FindBodySection(section), nil
}

// rewriteHeader replaces the Content-Type (and drops Content-Transfer-Encoding) of the header
// hdr, then appends body.
func rewriteHeader(hdr []byte, contentType string, body []byte) ([]byte, error) {
	h, err := textproto.ReadHeader(bufio.NewReader(bytes.NewReader(hdr)))
	if err != nil {
		return nil, fmt.Errorf("parse header: %w", err)
	}
	h.Del("Content-Transfer-Encoding")
	h.Set("MIME-Version", "1.0")
	h.Set("Content-Type", contentType)
	var out bytes.Buffer
	if err := textproto.WriteHeader(&out, h); err != nil {
		return nil, err
	}
	out.Write(body)
	return out.Bytes(), nil
}

package imapwatch

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-message/textproto"
)

// AppendSent stores raw (an RFC 5322 message as sent) in the \Sent folder with the \Seen
// flag and date as its internal date, on a short-lived connection of its own. The sender calls
// it after a successful submission, as mail clients do.
func (w *Watcher) AppendSent(ctx context.Context, raw []byte, date time.Time) error {
	c, err := dial(ctx, w.cfg, nil)
	if err != nil {
		return err
	}
	defer logout(c)
	stop := context.AfterFunc(ctx, func() { _ = c.Close() })
	defer stop()
	name, err := findSent(c)
	if err != nil {
		return err
	}
	raw = crlf(raw)
	cmd := c.Append(name, int64(len(raw)), &imap.AppendOptions{Flags: []imap.Flag{imap.FlagSeen}, Time: date})
	if _, err := cmd.Write(raw); err != nil {
		return fmt.Errorf("imapwatch: append to %s: %w", name, err)
	}
	if err := cmd.Close(); err != nil {
		return fmt.Errorf("imapwatch: append to %s: %w", name, err)
	}
	if _, err := cmd.Wait(); err != nil {
		return fmt.Errorf("imapwatch: append to %s: %w", name, err)
	}
	return nil
}

// SentContains reports whether the \Sent folder holds a message with this Message-ID (with
// or without angle brackets), on a short-lived connection of its own. After a crash while
// sending, it tells whether the message went out. The server's substring search (UID SEARCH
// HEADER Message-ID) is confirmed by comparing the fetched header exactly.
func (w *Watcher) SentContains(ctx context.Context, messageID string) (bool, error) {
	id := strings.TrimSpace(messageID)
	id = strings.TrimSuffix(strings.TrimPrefix(id, "<"), ">")
	if id == "" || strings.ContainsAny(id, "<> \r\n") {
		return false, fmt.Errorf("imapwatch: invalid message id %q", messageID)
	}
	id = "<" + id + ">"
	c, err := dial(ctx, w.cfg, nil)
	if err != nil {
		return false, err
	}
	defer logout(c)
	stop := context.AfterFunc(ctx, func() { _ = c.Close() })
	defer stop()
	name, err := findSent(c)
	if err != nil {
		return false, err
	}
	if _, err := c.Select(name, &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		return false, fmt.Errorf("imapwatch: examine %s: %w", name, err)
	}
	res, err := c.UIDSearch(&imap.SearchCriteria{
		Header: []imap.SearchCriteriaHeaderField{{Key: "Message-ID", Value: id}},
	}, nil).Wait()
	if err != nil {
		return false, fmt.Errorf("imapwatch: search %s: %w", name, err)
	}
	uids := res.AllUIDs()
	if len(uids) == 0 {
		return false, nil
	}
	section := &imap.FetchItemBodySection{Specifier: imap.PartSpecifierHeader, HeaderFields: []string{"Message-ID"}, Peek: true}
	bufs, err := c.Fetch(imap.UIDSetNum(uids...), &imap.FetchOptions{
		UID: true, BodySection: []*imap.FetchItemBodySection{section},
	}).Collect()
	if err != nil {
		return false, fmt.Errorf("imapwatch: fetch from %s: %w", name, err)
	}
	for _, b := range bufs {
		h, err := textproto.ReadHeader(bufio.NewReader(bytes.NewReader(b.FindBodySection(section))))
		if err != nil {
			continue
		}
		if strings.TrimSpace(h.Get("Message-Id")) == id {
			return true, nil
		}
	}
	return false, nil
}

// crlf turns bare LF line endings into CRLF, as IMAP requires of APPENDed messages.
func crlf(raw []byte) []byte {
	if !bytes.Contains(raw, []byte("\n")) || bytes.Count(raw, []byte("\n")) == bytes.Count(raw, []byte("\r\n")) {
		return raw
	}
	var out bytes.Buffer
	out.Grow(len(raw) + len(raw)/40)
	for i, b := range raw {
		if b == '\n' && (i == 0 || raw[i-1] != '\r') {
			out.WriteByte('\r')
		}
		out.WriteByte(b)
	}
	return out.Bytes()
}

package mailtest

import (
	"crypto/tls"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// StoredMessage is a message as stored on a server.
type StoredMessage struct {
	UID          uint32
	Flags        []string
	InternalDate time.Time
	Raw          []byte
}

// client is a logged-in go-imap v2 client used by the helpers.
type imapConn struct{ c *imapclient.Client }

// dialIMAP connects (plain, or implicit TLS when tlsCfg is non-nil) and logs in.
func dialIMAP(t testing.TB, addr string, tlsCfg *tls.Config, user, pass string) *imapConn {
	t.Helper()
	var c *imapclient.Client
	var err error
	if tlsCfg != nil {
		c, err = imapclient.DialTLS(addr, &imapclient.Options{TLSConfig: tlsCfg})
	} else {
		c, err = imapclient.DialInsecure(addr, nil)
	}
	if err != nil {
		t.Fatalf("mailtest: dial %s: %v", addr, err)
	}
	if err := c.Login(user, pass).Wait(); err != nil {
		_ = c.Close()
		t.Fatalf("mailtest: login %s at %s: %v", user, addr, err)
	}
	return &imapConn{c: c}
}

func (c *imapConn) close() {
	_ = c.c.Logout().Wait()
	_ = c.c.Close()
}

// append stores raw in mailbox and returns its UID (UIDPLUS), or, on a server without it,
// the UIDNEXT seen just before.
func (c *imapConn) append(t testing.TB, mailbox string, raw []byte, date time.Time, flags []imap.Flag) uint32 {
	t.Helper()
	st, err := c.c.Status(mailbox, &imap.StatusOptions{UIDNext: true}).Wait()
	if err != nil {
		t.Fatalf("mailtest: status %s: %v", mailbox, err)
	}
	cmd := c.c.Append(mailbox, int64(len(raw)), &imap.AppendOptions{Time: date, Flags: flags})
	if _, err := cmd.Write(raw); err != nil {
		t.Fatalf("mailtest: append to %s: %v", mailbox, err)
	}
	if err := cmd.Close(); err != nil {
		t.Fatalf("mailtest: append to %s: %v", mailbox, err)
	}
	data, err := cmd.Wait()
	if err != nil {
		t.Fatalf("mailtest: append to %s: %v", mailbox, err)
	}
	if data.UID != 0 {
		return uint32(data.UID)
	}
	return uint32(st.UIDNext)
}

// stored reads every message of mailbox (EXAMINE, BODY.PEEK[]: flags unchanged).
func (c *imapConn) stored(t testing.TB, mailbox string) []StoredMessage {
	t.Helper()
	sel, err := c.c.Select(mailbox, &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		t.Fatalf("mailtest: examine %s: %v", mailbox, err)
	}
	if sel.NumMessages == 0 {
		return nil
	}
	body := &imap.FetchItemBodySection{Peek: true}
	bufs, err := c.c.Fetch(imap.SeqSet{imap.SeqRange{Start: 1, Stop: 0}}, &imap.FetchOptions{
		UID: true, Flags: true, InternalDate: true, BodySection: []*imap.FetchItemBodySection{body},
	}).Collect()
	if err != nil {
		t.Fatalf("mailtest: fetch %s: %v", mailbox, err)
	}
	out := make([]StoredMessage, 0, len(bufs))
	for _, b := range bufs {
		m := StoredMessage{UID: uint32(b.UID), InternalDate: b.InternalDate, Raw: b.FindBodySection(body)}
		for _, f := range b.Flags {
			m.Flags = append(m.Flags, string(f))
		}
		out = append(out, m)
	}
	return out
}

func storedRaw(ms []StoredMessage) [][]byte {
	out := make([][]byte, len(ms))
	for i, m := range ms {
		out[i] = m.Raw
	}
	return out
}

func storedFlags(ms []StoredMessage) map[uint32][]string {
	out := make(map[uint32][]string, len(ms))
	for _, m := range ms {
		out[m.UID] = m.Flags
	}
	return out
}

package mailtest

import (
	"bytes"
	"slices"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-sasl"
)

func testRaw(subject string) []byte {
	return []byte("From: a@example.test\r\nTo: b@example.test\r\nSubject: " + subject + "\r\n\r\nbody\r\n")
}

func TestIMAPServerAppendMessagesFlags(t *testing.T) {
	s := NewIMAPServer(t, "u@example.test", "pw")
	raw1, raw2 := testRaw("one"), testRaw("two")
	date := time.Date(2026, 10, 1, 9, 0, 0, 0, time.UTC)
	uid1 := s.AppendAt(t, "INBOX", raw1, date)
	uid2 := s.Append(t, "INBOX", raw2)
	if uid1 != 1 || uid2 != 2 {
		t.Errorf("Append UIDs = %d, %d, want 1, 2", uid1, uid2)
	}
	msgs := s.Messages(t, "INBOX")
	if len(msgs) != 2 || !bytes.Equal(msgs[0], raw1) || !bytes.Equal(msgs[1], raw2) {
		t.Errorf("Messages(INBOX) = %q, want the two appended messages", msgs)
	}
	stored := s.Stored(t, "INBOX")
	if !stored[0].InternalDate.Equal(date) {
		t.Errorf("Stored(INBOX)[0].InternalDate = %v, want %v", stored[0].InternalDate, date)
	}
	// reading through the helpers must not mark anything \Seen
	for uid, flags := range s.Flags(t, "INBOX") {
		if slices.Contains(flags, string(imap.FlagSeen)) {
			t.Errorf("Flags(INBOX)[%d] = %v after reading, want no \\Seen", uid, flags)
		}
	}
}

func TestIMAPServerListsSentSpecialUse(t *testing.T) {
	tests := []struct {
		name    string
		disable bool
		options *imap.ListOptions
		want    map[string][]imap.MailboxAttr
	}{
		{"plain list", false, nil, map[string][]imap.MailboxAttr{"INBOX": nil, "Sent": {imap.MailboxAttrSent}}},
		{"return special-use", false, &imap.ListOptions{ReturnSpecialUse: true}, map[string][]imap.MailboxAttr{"INBOX": nil, "Sent": {imap.MailboxAttrSent}}},
		{"select special-use", false, &imap.ListOptions{SelectSpecialUse: true}, map[string][]imap.MailboxAttr{"Sent": {imap.MailboxAttrSent}}},
		{"disabled", true, &imap.ListOptions{ReturnSpecialUse: true}, map[string][]imap.MailboxAttr{"INBOX": nil, "Sent": nil}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewIMAPServer(t, "u@example.test", "pw")
			if tt.disable {
				s.DisableSpecialUse()
			}
			c := dialIMAP(t, s.Addr(), nil, "u@example.test", "pw")
			defer c.close()
			list, err := c.c.List("", "*", tt.options).Collect()
			if err != nil {
				t.Fatalf("LIST = %v", err)
			}
			got := map[string][]imap.MailboxAttr{}
			for _, l := range list {
				got[l.Mailbox] = l.Attrs
			}
			if len(got) != len(tt.want) {
				t.Fatalf("LIST = %v, want %v", got, tt.want)
			}
			for name, attrs := range tt.want {
				if !slices.Equal(got[name], attrs) {
					t.Errorf("LIST %s attrs = %v, want %v", name, got[name], attrs)
				}
			}
		})
	}
}

func TestIMAPServerRestartKeepsMailAndPort(t *testing.T) {
	s := NewIMAPServer(t, "u@example.test", "pw")
	s.Append(t, "INBOX", testRaw("kept"))
	c, err := imapclient.DialInsecure(s.Addr(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = c.Close() }()
	if err := c.Login("u@example.test", "pw").Wait(); err != nil {
		t.Fatal(err)
	}
	addr := s.Addr()
	s.Restart(t)
	select {
	case <-c.Closed():
	case <-time.After(5 * time.Second):
		t.Fatalf("Restart did not drop the open connection")
	}
	if s.Addr() != addr {
		t.Errorf("Addr() after Restart = %s, want %s", s.Addr(), addr)
	}
	if msgs := s.Messages(t, "INBOX"); len(msgs) != 1 {
		t.Errorf("after Restart INBOX holds %d messages, want 1", len(msgs))
	}
}

func TestIMAPServerRecreateMailboxChangesUIDValidity(t *testing.T) {
	s := NewIMAPServer(t, "u@example.test", "pw")
	s.Append(t, "INBOX", testRaw("old"))
	before := s.UIDValidity(t, "INBOX")
	s.RecreateMailbox(t, "INBOX")
	if after := s.UIDValidity(t, "INBOX"); after == before {
		t.Errorf("UIDValidity after RecreateMailbox = %d, want a change from %d", after, before)
	}
	if msgs := s.Messages(t, "INBOX"); len(msgs) != 0 {
		t.Errorf("recreated INBOX holds %d messages, want 0", len(msgs))
	}
}

func TestIMAPServerLogins(t *testing.T) {
	s := NewIMAPServer(t, "u@example.test", "pw")
	s.SetOAuth2Token("tok")
	tests := []struct {
		name  string
		login func(*imapclient.Client) error
		ok    bool
	}{
		{"login", func(c *imapclient.Client) error { return c.Login("u@example.test", "pw").Wait() }, true},
		{"login wrong password", func(c *imapclient.Client) error { return c.Login("u@example.test", "nope").Wait() }, false},
		{"plain", func(c *imapclient.Client) error {
			return c.Authenticate(sasl.NewPlainClient("", "u@example.test", "pw"))
		}, true},
		{"xoauth2", func(c *imapclient.Client) error { return c.Authenticate(xoauth2{"u@example.test", "tok"}) }, true},
		{"xoauth2 wrong token", func(c *imapclient.Client) error { return c.Authenticate(xoauth2{"u@example.test", "old"}) }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := imapclient.DialInsecure(s.Addr(), nil)
			if err != nil {
				t.Fatal(err)
			}
			defer func() { _ = c.Close() }()
			if err := tt.login(c); (err == nil) != tt.ok {
				t.Errorf("login = %v, want ok %v", err, tt.ok)
			}
		})
	}
	if total, failed := s.LoginAttempts(); total != 5 || failed != 2 {
		t.Errorf("LoginAttempts() = %d, %d, want 5, 2", total, failed)
	}
}

// xoauth2 is a minimal XOAUTH2 client: it answers the error challenge with an empty line.
type xoauth2 struct{ user, token string }

func (x xoauth2) Start() (string, []byte, error) {
	return "XOAUTH2", []byte("user=" + x.user + "\x01auth=Bearer " + x.token + "\x01\x01"), nil
}

func (x xoauth2) Next([]byte) ([]byte, error) { return []byte{}, nil }

package demo

import (
	"bytes"
	"errors"
	"io"
	"log"
	"net"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"github.com/emersion/go-smtp"
)

// literal adapts a byte slice to imap.LiteralReader.
type literal struct {
	*bytes.Reader
	n int64
}

func (l literal) Size() int64 { return l.n }

// mailServers are the demo's in-process IMAP and SMTP servers. Mail the
// SMTP server accepts for the owner lands in the owner's INBOX; mail for
// anyone else is kept as "delivered to the employer".
type mailServers struct {
	user     *imapmemserver.User
	imap     *imapserver.Server
	imapLn   net.Listener
	smtp     *smtp.Server
	smtpLn   net.Listener
	owner    string
	onOwner  func(raw []byte)
	onOther  func(to []string, raw []byte)
	mu       sync.Mutex
	outbound []delivery
}

type delivery struct {
	to  []string
	raw []byte
}

func startServers(owner, password string, onOwner func([]byte), onOther func([]string, []byte)) (*mailServers, error) {
	mem := imapmemserver.New()
	u := imapmemserver.NewUser(owner, password)
	if err := u.Create("INBOX", nil); err != nil {
		return nil, err
	}
	mem.AddUser(u)
	s := &mailServers{user: u, owner: strings.ToLower(owner), onOwner: onOwner, onOther: onOther}
	s.imap = imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return mem.NewSession(), nil, nil
		},
		Caps:         imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIMAP4rev2: {}},
		InsecureAuth: true,
		// The daemon hangs up when the demo ends; imapserver would log
		// the broken pipe over the story.
		Logger: log.New(io.Discard, "", 0),
	})
	var err error
	if s.imapLn, err = net.Listen("tcp", "127.0.0.1:0"); err != nil {
		return nil, err
	}
	go func() { _ = s.imap.Serve(s.imapLn) }()
	s.smtp = smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) { return &smtpSession{s: s}, nil }))
	s.smtp.Domain = "localhost"
	s.smtp.ReadTimeout, s.smtp.WriteTimeout = 10*time.Second, 10*time.Second
	s.smtp.MaxMessageBytes = 10 << 20
	s.smtp.AllowInsecureAuth = true
	if s.smtpLn, err = net.Listen("tcp", "127.0.0.1:0"); err != nil {
		s.imap.Close()
		return nil, err
	}
	go func() { _ = s.smtp.Serve(s.smtpLn) }()
	return s, nil
}

func port(ln net.Listener) int { return ln.Addr().(*net.TCPAddr).Port }

// deliver puts a message in the owner's INBOX, as a mail server would.
func (s *mailServers) deliver(raw []byte) error {
	raw = bytes.ReplaceAll(bytes.ReplaceAll(raw, []byte("\r\n"), []byte("\n")), []byte("\n"), []byte("\r\n"))
	_, err := s.user.Append("INBOX", literal{bytes.NewReader(raw), int64(len(raw))}, &imap.AppendOptions{Time: time.Now()})
	return err
}

func (s *mailServers) close() {
	_ = s.smtp.Close()
	_ = s.imap.Close()
}

type smtpSession struct {
	s  *mailServers
	to []string
}

func (ss *smtpSession) AuthMechanisms() []string             { return nil }
func (ss *smtpSession) Mail(string, *smtp.MailOptions) error { return nil }
func (ss *smtpSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	ss.to = append(ss.to, strings.ToLower(to))
	return nil
}
func (ss *smtpSession) Data(r io.Reader) error {
	raw, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	// Employers first, then the owner's Bcc copy, so that the story tells
	// the letter before its copy.
	var others []string
	toOwner := false
	for _, to := range ss.to {
		if to == ss.s.owner {
			toOwner = true
		} else {
			others = append(others, to)
		}
	}
	if len(others) > 0 {
		ss.s.mu.Lock()
		ss.s.outbound = append(ss.s.outbound, delivery{others, raw})
		ss.s.mu.Unlock()
		ss.s.onOther(others, raw)
	}
	if toOwner {
		if err := ss.s.deliver(raw); err != nil {
			return errors.New("450 mailbox unavailable")
		}
		ss.s.onOwner(raw)
	}
	return nil
}
func (ss *smtpSession) Reset()        { ss.to = nil }
func (ss *smtpSession) Logout() error { return nil }

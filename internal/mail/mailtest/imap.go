package mailtest

import (
	"errors"
	"net"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"github.com/emersion/go-sasl"
)

// SentMailbox is the name of the mailbox that NewIMAPServer marks \Sent.
const SentMailbox = "Sent"

// IMAPServer is an in-memory IMAP server (go-imap v2 imapmemserver) on 127.0.0.1 with one
// user. Mailboxes survive Restart, so a restart looks like a server restart to clients.
//
// imapmemserver itself never reports SPECIAL-USE attributes; IMAPServer wraps its sessions
// to list the Sent mailbox with \Sent and to offer XOAUTH2.
type IMAPServer struct {
	user, pass string
	mem        *imapmemserver.User
	addr       string

	mu          sync.Mutex
	srv         *imapserver.Server
	mailboxes   map[string]imap.MailboxAttr // name -> special-use attribute ("" for none)
	token       string                      // accepted XOAUTH2 bearer token ("" disables)
	noSpecial   bool
	closed      bool
	logins      atomic.Int64
	failed      atomic.Int64
	connections atomic.Int64
}

// NewIMAPServer starts a server for user/pass with the mailboxes INBOX and Sent (\Sent). It
// is closed when the test ends.
func NewIMAPServer(t testing.TB, user, pass string) *IMAPServer {
	t.Helper()
	s := &IMAPServer{
		user:      user,
		pass:      pass,
		mem:       imapmemserver.NewUser(user, pass),
		mailboxes: map[string]imap.MailboxAttr{},
	}
	for name, attr := range map[string]imap.MailboxAttr{"INBOX": "", SentMailbox: imap.MailboxAttrSent} {
		if err := s.mem.Create(name, nil); err != nil {
			t.Fatalf("mailtest: create %s: %v", name, err)
		}
		s.mailboxes[name] = attr
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("mailtest: listen: %v", err)
	}
	s.addr = ln.Addr().String()
	s.serve(ln)
	t.Cleanup(s.Close)
	return s
}

// serve starts a fresh imapserver.Server on ln.
func (s *IMAPServer) serve(ln net.Listener) {
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			s.connections.Add(1)
			return &imapSession{s: s}, nil, nil
		},
		Caps: imap.CapSet{
			imap.CapIMAP4rev1: {}, imap.CapUIDPlus: {}, imap.CapSpecialUse: {},
			imap.CapListExtended: {}, imap.CapNamespace: {}, imap.CapMove: {},
		},
		InsecureAuth: true,
		Logger:       imapDiscardLogger{},
	})
	s.mu.Lock()
	s.srv = srv
	s.mu.Unlock()
	go func() { _ = srv.Serve(ln) }()
}

// Addr returns "127.0.0.1:port".
func (s *IMAPServer) Addr() string { return s.addr }

// Host returns "127.0.0.1".
func (s *IMAPServer) Host() string {
	h, _, _ := net.SplitHostPort(s.addr)
	return h
}

// Port returns the listening port.
func (s *IMAPServer) Port() int {
	_, p, _ := net.SplitHostPort(s.addr)
	n, _ := strconv.Atoi(p)
	return n
}

// User returns the user name.
func (s *IMAPServer) User() string { return s.user }

// SetOAuth2Token makes the server accept AUTHENTICATE XOAUTH2 with this bearer token (and
// advertise AUTH=XOAUTH2). An empty token turns XOAUTH2 off.
func (s *IMAPServer) SetOAuth2Token(token string) {
	s.mu.Lock()
	s.token = token
	s.mu.Unlock()
}

// DisableSpecialUse makes the server list mailboxes without SPECIAL-USE attributes, like an
// old server (the capability stays advertised: imapserver always sends it when configured).
func (s *IMAPServer) DisableSpecialUse() {
	s.mu.Lock()
	s.noSpecial = true
	s.mu.Unlock()
}

// LoginAttempts returns how many LOGIN/AUTHENTICATE attempts reached the server, and how
// many of them failed.
func (s *IMAPServer) LoginAttempts() (total, failed int) {
	return int(s.logins.Load()), int(s.failed.Load())
}

// Connections returns how many connections the server accepted.
func (s *IMAPServer) Connections() int { return int(s.connections.Load()) }

// Stop closes the listener and every connection, like a server going down. Start brings it
// back on the same port.
func (s *IMAPServer) Stop(t testing.TB) {
	t.Helper()
	s.mu.Lock()
	srv := s.srv
	s.srv = nil
	s.mu.Unlock()
	if srv != nil {
		if err := srv.Close(); err != nil && !errors.Is(err, net.ErrClosed) {
			t.Logf("mailtest: close imap server: %v", err)
		}
	}
}

// Start listens again on the same address after Stop (retrying for a second while the port
// is released).
func (s *IMAPServer) Start(t testing.TB) {
	t.Helper()
	var ln net.Listener
	var err error
	for range 50 {
		if ln, err = net.Listen("tcp", s.addr); err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		t.Fatalf("mailtest: listen again on %s: %v", s.addr, err)
	}
	s.serve(ln)
}

// Restart drops every connection and listens again on the same port, keeping the mail: what
// a client sees when the server restarts.
func (s *IMAPServer) Restart(t testing.TB) {
	t.Helper()
	s.Stop(t)
	s.Start(t)
}

// Close stops the server for good.
func (s *IMAPServer) Close() {
	s.mu.Lock()
	srv := s.srv
	s.srv = nil
	s.closed = true
	s.mu.Unlock()
	if srv != nil {
		_ = srv.Close()
	}
}

// RecreateMailbox deletes mailbox and creates it again, empty, with a new UIDVALIDITY (as
// after a server-side restore or migration).
func (s *IMAPServer) RecreateMailbox(t testing.TB, mailbox string) {
	t.Helper()
	if err := s.mem.Delete(mailbox); err != nil {
		t.Fatalf("mailtest: delete %s: %v", mailbox, err)
	}
	if err := s.mem.Create(mailbox, nil); err != nil {
		t.Fatalf("mailtest: create %s: %v", mailbox, err)
	}
}

// UIDValidity returns the mailbox's UIDVALIDITY.
func (s *IMAPServer) UIDValidity(t testing.TB, mailbox string) uint32 {
	t.Helper()
	st, err := s.mem.Status(mailbox, &imap.StatusOptions{UIDValidity: true})
	if err != nil {
		t.Fatalf("mailtest: status %s: %v", mailbox, err)
	}
	return st.UIDValidity
}

// Append stores raw in mailbox through a real IMAP client and returns its UID. The internal
// date is now.
func (s *IMAPServer) Append(t testing.TB, mailbox string, raw []byte) uint32 {
	t.Helper()
	return s.AppendAt(t, mailbox, raw, time.Time{})
}

// AppendAt is Append with an internal date (zero: now), e.g. to place mail before a
// lookback window.
func (s *IMAPServer) AppendAt(t testing.TB, mailbox string, raw []byte, date time.Time) uint32 {
	t.Helper()
	c := dialIMAP(t, s.addr, nil, s.user, s.pass)
	defer c.close()
	return c.append(t, mailbox, raw, date, nil)
}

// Messages returns the raw messages of mailbox in UID order, read with BODY.PEEK[] (flags
// unchanged).
func (s *IMAPServer) Messages(t testing.TB, mailbox string) [][]byte {
	t.Helper()
	return storedRaw(s.Stored(t, mailbox))
}

// Flags returns the flags of every message of mailbox, by UID.
func (s *IMAPServer) Flags(t testing.TB, mailbox string) map[uint32][]string {
	t.Helper()
	return storedFlags(s.Stored(t, mailbox))
}

// Stored returns every message of mailbox with UID, flags and internal date.
func (s *IMAPServer) Stored(t testing.TB, mailbox string) []StoredMessage {
	t.Helper()
	c := dialIMAP(t, s.addr, nil, s.user, s.pass)
	defer c.close()
	return c.stored(t, mailbox)
}

// imapSession wraps imapmemserver's session: it counts logins, offers XOAUTH2, tracks mailbox
// names and lists special-use attributes.
type imapSession struct {
	*imapmemserver.UserSession // nil until logged in
	s                          *IMAPServer
}

// Close implements imapserver.Session.
func (ss *imapSession) Close() error {
	if ss.UserSession == nil {
		return nil
	}
	return ss.UserSession.Close()
}

// Login implements imapserver.Session.
func (ss *imapSession) Login(username, password string) error {
	ss.s.logins.Add(1)
	if username != ss.s.user || password != ss.s.pass {
		ss.s.failed.Add(1)
		return imapserver.ErrAuthFailed
	}
	ss.UserSession = imapmemserver.NewUserSession(ss.s.mem)
	return nil
}

// AuthenticateMechanisms implements imapserver.SessionSASL.
func (ss *imapSession) AuthenticateMechanisms() []string {
	ss.s.mu.Lock()
	defer ss.s.mu.Unlock()
	if ss.s.token != "" {
		return []string{sasl.Plain, "XOAUTH2"}
	}
	return []string{sasl.Plain}
}

// Authenticate implements imapserver.SessionSASL.
func (ss *imapSession) Authenticate(mech string) (sasl.Server, error) {
	switch mech {
	case sasl.Plain:
		return sasl.NewPlainServer(func(identity, username, password string) error {
			if identity != "" && identity != username {
				return imapserver.ErrAuthFailed
			}
			return ss.Login(username, password)
		}), nil
	case "XOAUTH2":
		ss.s.mu.Lock()
		token := ss.s.token
		ss.s.mu.Unlock()
		if token != "" {
			return &xoauth2Server{ss: ss, token: token}, nil
		}
	}
	return nil, &imap.Error{Type: imap.StatusResponseTypeNo, Text: "SASL mechanism not supported"}
}

// Idle implements imapserver.Session. imapmemserver's IDLE only wakes on updates queued after
// it started, so a message appended between the client's last command and IDLE would wait
// for the next one; this IDLE flushes the queue every few milliseconds instead, like a real
// server that checks the mailbox when IDLE starts.
func (ss *imapSession) Idle(w *imapserver.UpdateWriter, stop <-chan struct{}) error {
	t := time.NewTicker(5 * time.Millisecond)
	defer t.Stop()
	for {
		if err := ss.UserSession.Poll(w, true); err != nil {
			return err
		}
		select {
		case <-stop:
			return nil
		case <-t.C:
		}
	}
}

// Create implements imapserver.Session.
func (ss *imapSession) Create(name string, options *imap.CreateOptions) error {
	if err := ss.UserSession.Create(name, options); err != nil {
		return err
	}
	name = strings.TrimRight(name, "/")
	ss.s.mu.Lock()
	ss.s.mailboxes[name] = ""
	if options != nil && len(options.SpecialUse) > 0 {
		ss.s.mailboxes[name] = options.SpecialUse[0]
	}
	ss.s.mu.Unlock()
	return nil
}

// Delete implements imapserver.Session.
func (ss *imapSession) Delete(name string) error {
	if err := ss.UserSession.Delete(name); err != nil {
		return err
	}
	ss.s.mu.Lock()
	delete(ss.s.mailboxes, name)
	ss.s.mu.Unlock()
	return nil
}

// Rename implements imapserver.Session.
func (ss *imapSession) Rename(name, newName string, options *imap.RenameOptions) error {
	if err := ss.UserSession.Rename(name, newName, options); err != nil {
		return err
	}
	ss.s.mu.Lock()
	ss.s.mailboxes[strings.TrimRight(newName, "/")] = ss.s.mailboxes[name]
	delete(ss.s.mailboxes, name)
	ss.s.mu.Unlock()
	return nil
}

// List implements imapserver.Session, adding RFC 6154 special-use attributes (always, as
// Dovecot does, and as the only criterion with LIST (SPECIAL-USE)).
func (ss *imapSession) List(w *imapserver.ListWriter, ref string, patterns []string, options *imap.ListOptions) error {
	if len(patterns) == 0 {
		return w.WriteList(&imap.ListData{Attrs: []imap.MailboxAttr{imap.MailboxAttrNoSelect}, Delim: '/'})
	}
	ss.s.mu.Lock()
	names := make([]string, 0, len(ss.s.mailboxes))
	attrs := make(map[string]imap.MailboxAttr, len(ss.s.mailboxes))
	for name, attr := range ss.s.mailboxes {
		names = append(names, name)
		if !ss.s.noSpecial {
			attrs[name] = attr
		}
	}
	ss.s.mu.Unlock()
	slices.Sort(names)
	for _, name := range names {
		if !slices.ContainsFunc(patterns, func(p string) bool { return imapserver.MatchList(name, '/', ref, p) }) {
			continue
		}
		if options != nil && options.SelectSpecialUse && attrs[name] == "" {
			continue
		}
		data := &imap.ListData{Mailbox: name, Delim: '/'}
		if attrs[name] != "" {
			data.Attrs = append(data.Attrs, attrs[name])
		}
		if options != nil && options.ReturnStatus != nil {
			st, err := ss.s.mem.Status(name, options.ReturnStatus)
			if err != nil {
				return err
			}
			data.Status = st
		}
		if err := w.WriteList(data); err != nil {
			return err
		}
	}
	return nil
}

// xoauth2Server checks "user=USER\x01auth=Bearer TOKEN\x01\x01"; on failure it sends the JSON
// error challenge as Gmail does, then refuses.
type xoauth2Server struct {
	ss     *imapSession
	token  string
	failed bool
}

// Next implements sasl.Server.
func (x *xoauth2Server) Next(response []byte) ([]byte, bool, error) {
	if x.failed {
		return nil, true, imapserver.ErrAuthFailed
	}
	if response == nil {
		return []byte{}, false, nil // ask for the initial response
	}
	x.ss.s.logins.Add(1)
	var user, auth string
	for _, kv := range strings.Split(string(response), "\x01") {
		if k, v, ok := strings.Cut(kv, "="); ok {
			switch k {
			case "user":
				user = v
			case "auth":
				auth = v
			}
		}
	}
	if user == x.ss.s.user && auth == "Bearer "+x.token {
		x.ss.UserSession = imapmemserver.NewUserSession(x.ss.s.mem)
		return nil, true, nil
	}
	x.ss.s.failed.Add(1)
	x.failed = true
	return []byte(`{"status":"401","schemes":"bearer","scope":"https://mail.google.com/"}`), false, nil
}

// imapDiscardLogger silences imapserver's log of connection errors (clients that the tests
// drop on purpose).
type imapDiscardLogger struct{}

func (imapDiscardLogger) Printf(string, ...any) {}

// ensure the wrapper keeps the optional interfaces of imapmemserver's session
var (
	_ imapserver.SessionIMAP4rev2 = (*imapSession)(nil)
	_ imapserver.SessionSASL      = (*imapSession)(nil)
)

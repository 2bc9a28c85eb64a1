package mailtest

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"io"
	"math/big"
	"net"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// Received is one message accepted by an SMTPServer: the envelope sender
// and recipients as given in MAIL FROM and RCPT TO, the message bytes as
// received after DATA (dot-unstuffed, CRLF line ends), and the user that
// authenticated ("" without AUTH).
type Received struct {
	From string
	To   []string
	Data []byte
	User string
}

// SMTPStage names an SMTP command at which Hold can stall the server.
type SMTPStage string

// The stages Hold accepts. SMTPStageData stalls after the message has been
// received and before the server answers it: a client cancelled there does
// not know whether the message was accepted.
const (
	SMTPStageMail SMTPStage = "MAIL"
	SMTPStageRcpt SMTPStage = "RCPT"
	SMTPStageData SMTPStage = "DATA"
)

// SMTPServer is a recording go-smtp server on 127.0.0.1 for tests, with
// injected failures (Fail, FailRcpt), stalls (Hold) and optional AUTH PLAIN
// (RequireAuth). It is closed when the test ends. All methods are safe for
// concurrent use.
type SMTPServer struct {
	srv  *smtp.Server
	ln   net.Listener
	done chan struct{}
	// clientTLS trusts the server's certificate (TLS servers only).
	clientTLS *tls.Config

	mu       sync.Mutex
	msgs     []Received
	changed  chan struct{} // closed and replaced when a message arrives
	failData []int
	failRcpt []int
	holds    map[SMTPStage]*hold
	user     string
	pass     string
	mechs    []string
}

// NewSMTPServer starts a plain (no TLS) recording server on 127.0.0.1 and a
// random port. It accepts any sender and recipient, and closes on
// t.Cleanup.
func NewSMTPServer(t testing.TB) *SMTPServer {
	t.Helper()
	return newSMTPServer(t, nil, false)
}

// NewSMTPServerTLS starts a recording server with a fresh self-signed
// certificate for 127.0.0.1 and localhost: implicit TLS when implicit is
// set (like port 465), else plain with STARTTLS offered (like port 587).
// ClientTLSConfig returns a client configuration that trusts it.
func NewSMTPServerTLS(t testing.TB, implicit bool) *SMTPServer {
	t.Helper()
	serverCfg, clientCfg := smtpSelfSigned(t)
	s := newSMTPServer(t, serverCfg, implicit)
	s.clientTLS = clientCfg
	return s
}

func newSMTPServer(t testing.TB, tlsCfg *tls.Config, implicit bool) *SMTPServer {
	t.Helper()
	s := &SMTPServer{done: make(chan struct{}), changed: make(chan struct{}), holds: map[SMTPStage]*hold{}}
	srv := smtp.NewServer(smtp.BackendFunc(func(c *smtp.Conn) (smtp.Session, error) {
		return &smtpSession{s: s}, nil
	}))
	srv.Domain = "mailtest.localhost"
	srv.ReadTimeout = 30 * time.Second
	srv.WriteTimeout = 30 * time.Second
	srv.MaxMessageBytes = 10 << 20
	srv.MaxRecipients = 50
	srv.AllowInsecureAuth = true
	srv.TLSConfig = tlsCfg
	logger := &smtpTestLogger{t: t}
	srv.ErrorLog = logger

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("mailtest: listen: %v", err)
	}
	if implicit {
		ln = tls.NewListener(ln, tlsCfg)
	}
	s.srv, s.ln = srv, ln
	served := make(chan struct{})
	go func() {
		defer close(served)
		if err := srv.Serve(ln); err != nil && !errors.Is(err, smtp.ErrServerClosed) && !errors.Is(err, net.ErrClosed) {
			t.Errorf("mailtest: smtp serve: %v", err)
		}
	}()
	t.Cleanup(func() {
		close(s.done) // release held sessions
		if err := srv.Close(); err != nil && !errors.Is(err, smtp.ErrServerClosed) && !errors.Is(err, net.ErrClosed) {
			t.Errorf("mailtest: close smtp server: %v", err)
		}
		// Close may run before Serve registered the listener: close it
		// here too, so that Serve always returns.
		_ = ln.Close()
		<-served
		// go-smtp does not wait for its connection goroutines: one may
		// still log an error after Close returns.
		logger.stop()
	})
	return s
}

// smtpTestLogger sends go-smtp's error log to the test log until the test's
// cleanup stops it: logging after the test ends is a data race in package
// testing, and a panic once the test has returned.
type smtpTestLogger struct {
	t       testing.TB
	mu      sync.Mutex
	stopped bool
}

func (l *smtpTestLogger) Printf(format string, v ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.stopped {
		l.t.Logf("mailtest smtp: "+format, v...)
	}
}

func (l *smtpTestLogger) Println(v ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.stopped {
		l.t.Log(append([]any{"mailtest smtp:"}, v...)...)
	}
}

func (l *smtpTestLogger) stop() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.stopped = true
}

// Host returns the server's IP address, "127.0.0.1".
func (s *SMTPServer) Host() string {
	host, _, _ := net.SplitHostPort(s.ln.Addr().String())
	return host
}

// Port returns the server's TCP port.
func (s *SMTPServer) Port() int {
	return s.ln.Addr().(*net.TCPAddr).Port
}

// Addr returns "127.0.0.1:port".
func (s *SMTPServer) Addr() string {
	return net.JoinHostPort(s.Host(), strconv.Itoa(s.Port()))
}

// ClientTLSConfig returns a TLS configuration that trusts the server's
// certificate (nil for a server without TLS).
func (s *SMTPServer) ClientTLSConfig() *tls.Config {
	if s.clientTLS == nil {
		return nil
	}
	return s.clientTLS.Clone()
}

// RequireAuth makes the server offer AUTH (PLAIN, LOGIN and XOAUTH2 unless
// SetAuthMechanisms says otherwise), accept only user with pass (for
// XOAUTH2, pass is the bearer token), and refuse MAIL FROM (502) before a
// successful AUTH.
func (s *SMTPServer) RequireAuth(user, pass string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.user, s.pass = user, pass
}

// The mechanisms SetAuthMechanisms accepts.
const (
	SMTPAuthPlain   = "PLAIN"
	SMTPAuthLogin   = "LOGIN"
	SMTPAuthXOAuth2 = "XOAUTH2"
)

// SetAuthMechanisms limits the AUTH mechanisms offered after RequireAuth, in
// the order given (SMTPAuthPlain, SMTPAuthLogin, SMTPAuthXOAuth2).
func (s *SMTPServer) SetAuthMechanisms(mechs ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.mechs = append([]string(nil), mechs...)
}

// Fail makes the next times DATA commands answer code (e.g. 450, 550)
// after the message was received; the message is not recorded.
func (s *SMTPServer) Fail(code int, times int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for range times {
		s.failData = append(s.failData, code)
	}
}

// FailRcpt makes the next times RCPT TO commands answer code.
func (s *SMTPServer) FailRcpt(code int, times int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for range times {
		s.failRcpt = append(s.failRcpt, code)
	}
}

// hold is one Hold: released closes when the test lets sessions go on,
// reached when the first session arrives at the stage.
type hold struct {
	released, reached chan struct{}
	once              sync.Once
}

// Hold stalls every session that reaches stage until release is called (or
// the test ends). It lets a test cancel a client in the middle of a send;
// WaitHeld tells when a client got there. release may be called more than
// once.
func (s *SMTPServer) Hold(stage SMTPStage) (release func()) {
	h := &hold{released: make(chan struct{}), reached: make(chan struct{})}
	s.mu.Lock()
	s.holds[stage] = h
	s.mu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			s.mu.Lock()
			if s.holds[stage] == h {
				delete(s.holds, stage)
			}
			s.mu.Unlock()
			close(h.released)
		})
	}
}

// WaitHeld waits until a session is stalled at the stage that Hold holds,
// so that a test cancels the client exactly there, whatever the machine's
// speed; it fails the test when timeout passes first.
func (s *SMTPServer) WaitHeld(t testing.TB, stage SMTPStage, timeout time.Duration) {
	t.Helper()
	s.mu.Lock()
	h := s.holds[stage]
	s.mu.Unlock()
	if h == nil {
		t.Fatalf("mailtest: WaitHeld(%v) without Hold(%v)", stage, stage)
		return
	}
	select {
	case <-h.reached:
	case <-time.After(timeout):
		t.Fatalf("mailtest: no session reached the held stage %v within %v", stage, timeout)
	}
}

// Messages returns a copy of the messages accepted so far, oldest first.
func (s *SMTPServer) Messages() []Received {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Received, len(s.msgs))
	for i, m := range s.msgs {
		out[i] = Received{From: m.From, To: append([]string(nil), m.To...), Data: append([]byte(nil), m.Data...), User: m.User}
	}
	return out
}

// WaitMessages waits until at least n messages were accepted and returns
// them; it fails the test when timeout passes first.
func (s *SMTPServer) WaitMessages(t testing.TB, n int, timeout time.Duration) []Received {
	t.Helper()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	for {
		s.mu.Lock()
		got, changed := len(s.msgs), s.changed
		s.mu.Unlock()
		if got >= n {
			return s.Messages()
		}
		select {
		case <-changed:
		case <-timer.C:
			t.Fatalf("mailtest: %d messages after %v, want %d", got, timeout, n)
			return nil
		}
	}
}

// wait blocks while stage is held; it returns an error when the server is
// closing.
func (s *SMTPServer) wait(stage SMTPStage) error {
	s.mu.Lock()
	h := s.holds[stage]
	s.mu.Unlock()
	if h == nil {
		return nil
	}
	h.once.Do(func() { close(h.reached) })
	select {
	case <-h.released:
		return nil
	case <-s.done:
		return &smtp.SMTPError{Code: 421, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "server shutting down"}
	}
}

// next pops the next injected failure from q.
func (s *SMTPServer) next(q *[]int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(*q) == 0 {
		return nil
	}
	code := (*q)[0]
	*q = (*q)[1:]
	return &smtp.SMTPError{Code: code, EnhancedCode: smtp.EnhancedCodeNotSet, Message: "injected failure " + strconv.Itoa(code)}
}

// smtpSession records one transaction at a time.
type smtpSession struct {
	s    *SMTPServer
	user string
	from string
	to   []string
}

var _ smtp.AuthSession = (*smtpSession)(nil)

func (ss *smtpSession) AuthMechanisms() []string {
	ss.s.mu.Lock()
	defer ss.s.mu.Unlock()
	if ss.s.user == "" {
		return nil
	}
	if ss.s.mechs != nil {
		return append([]string(nil), ss.s.mechs...)
	}
	return []string{SMTPAuthPlain, SMTPAuthLogin, SMTPAuthXOAuth2}
}

// login checks a user and secret and marks the session authenticated.
func (ss *smtpSession) login(username, secret string) error {
	ss.s.mu.Lock()
	ok := ss.s.user != "" && username == ss.s.user && secret == ss.s.pass
	ss.s.mu.Unlock()
	if !ok {
		return smtp.ErrAuthFailed
	}
	ss.user = username
	return nil
}

func (ss *smtpSession) Auth(mech string) (sasl.Server, error) {
	offered := false
	for _, m := range ss.AuthMechanisms() {
		offered = offered || m == mech
	}
	if !offered {
		return nil, smtp.ErrAuthUnknownMechanism
	}
	switch mech {
	case SMTPAuthPlain:
		return sasl.NewPlainServer(func(identity, username, password string) error {
			if identity != "" && identity != username {
				return smtp.ErrAuthFailed
			}
			return ss.login(username, password)
		}), nil
	case SMTPAuthLogin:
		return &smtpLoginServer{login: ss.login}, nil
	case SMTPAuthXOAuth2:
		return &smtpXOAuth2Server{login: ss.login}, nil
	}
	return nil, smtp.ErrAuthUnknownMechanism
}

// smtpLoginServer is the server side of the obsolete but common LOGIN
// mechanism: it asks for the user name, then the password.
type smtpLoginServer struct {
	login func(user, pass string) error
	user  string
	step  int
}

func (l *smtpLoginServer) Next(response []byte) (challenge []byte, done bool, err error) {
	switch l.step {
	case 0:
		l.step++
		if len(response) > 0 { // initial response carries the user name
			l.user = string(response)
			l.step++
			return []byte("Password:"), false, nil
		}
		return []byte("Username:"), false, nil
	case 1:
		l.step++
		l.user = string(response)
		return []byte("Password:"), false, nil
	default:
		return nil, true, l.login(l.user, string(response))
	}
}

// smtpXOAuth2Server is the server side of Google's XOAUTH2 mechanism: one
// message "user=U^Aauth=Bearer TOKEN^A^A".
type smtpXOAuth2Server struct {
	login func(user, token string) error
}

func (x *smtpXOAuth2Server) Next(response []byte) (challenge []byte, done bool, err error) {
	if response == nil {
		return []byte{}, false, nil
	}
	var user, token string
	for _, kv := range strings.Split(string(response), "\x01") {
		switch {
		case strings.HasPrefix(kv, "user="):
			user = strings.TrimPrefix(kv, "user=")
		case strings.HasPrefix(kv, "auth=Bearer "):
			token = strings.TrimPrefix(kv, "auth=Bearer ")
		}
	}
	return nil, true, x.login(user, token)
}

func (ss *smtpSession) Mail(from string, _ *smtp.MailOptions) error {
	if err := ss.s.wait(SMTPStageMail); err != nil {
		return err
	}
	ss.s.mu.Lock()
	needAuth := ss.s.user != ""
	ss.s.mu.Unlock()
	if needAuth && ss.user == "" {
		return smtp.ErrAuthRequired
	}
	ss.from = from
	return nil
}

func (ss *smtpSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	if err := ss.s.wait(SMTPStageRcpt); err != nil {
		return err
	}
	if err := ss.s.next(&ss.s.failRcpt); err != nil {
		return err
	}
	ss.to = append(ss.to, to)
	return nil
}

func (ss *smtpSession) Data(r io.Reader) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	if err := ss.s.wait(SMTPStageData); err != nil {
		return err
	}
	if err := ss.s.next(&ss.s.failData); err != nil {
		return err
	}
	ss.s.mu.Lock()
	ss.s.msgs = append(ss.s.msgs, Received{From: ss.from, To: append([]string(nil), ss.to...), Data: data, User: ss.user})
	close(ss.s.changed)
	ss.s.changed = make(chan struct{})
	ss.s.mu.Unlock()
	return nil
}

func (ss *smtpSession) Reset() {
	ss.from, ss.to = "", nil
}

func (ss *smtpSession) Logout() error { return nil }

// smtpSelfSigned makes a certificate for 127.0.0.1, ::1 and localhost, valid
// for a day, and returns a server configuration holding it and a client
// configuration trusting it.
func smtpSelfSigned(t testing.TB) (server, client *tls.Config) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatalf("mailtest: key: %v", err)
	}
	now := time.Now()
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "mailtest"},
		NotBefore:             now.Add(-time.Hour),
		NotAfter:              now.Add(24 * time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  true,
		IPAddresses:           []net.IP{net.IPv4(127, 0, 0, 1), net.IPv6loopback},
		DNSNames:              []string{"localhost"},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatalf("mailtest: certificate: %v", err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatalf("mailtest: certificate: %v", err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	server = &tls.Config{Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key, Leaf: cert}},
		MinVersion: tls.VersionTLS12}
	client = &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}
	return server, client
}

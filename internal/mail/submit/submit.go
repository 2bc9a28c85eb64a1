// Package submit sends one composed letter through the owner's SMTP
// submission server (go-mail), and builds the exact RFC 5322 bytes it sends
// so that the same bytes can be appended to the Sent folder.
//
// Errors say whether trying again later may help (Error.Temporary: SMTP 4xx
// replies and network failures) and whether the server may have accepted the
// message even though the send failed (Error.Uncertain): a follow-up must
// never reach a recipient twice, so an uncertain send is resolved by looking
// for its Message-ID in the Sent folder or by asking the owner, never by
// sending again blindly.
package submit

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"github.com/followupd/followupd/internal/mail/message"
	"net"
	"net/mail"
	"strings"
	"sync"
	"time"

	gomail "github.com/wneessen/go-mail"
)

// Person is a named mail address; Name may be empty. It is the one person
// type of followupd, message.Address: the parser's leaf package imports
// nothing, so every package can share it.
type Person = message.Address

// Mail is one letter to send.
type Mail struct {
	From Person
	To   []Person
	// Bcc receive the letter without appearing in it (the owner's own copy:
	// the proof, after a crash, that a letter left).
	Bcc     []Person
	Subject string
	Body    string
	// MessageID is fixed when the letter is composed, without <>. It is how
	// a send is recognised later (threading, the Sent folder).
	MessageID string
	// InReplyTo and References thread a reply (RFC 5322 section 3.6.4);
	// ids may be given with or without <>.
	InReplyTo  string
	References []string
	// Date is the Date header; required (the clock is read by the caller).
	Date time.Time
	// Headers are extra header fields, e.g. "Auto-Submitted" (RFC 3834) on
	// mail to the owner, or "X-Followupd". They may not replace the
	// structural fields (From, To, Subject, Date, Message-ID, ...).
	Headers map[string]string
}

// reserved are header fields that Mail sets from its own fields or that
// describe the MIME structure; Headers may not set them.
var reserved = map[string]bool{"from": true, "to": true, "cc": true, "bcc": true, "subject": true, "date": true,
	"message-id": true, "in-reply-to": true, "references": true, "mime-version": true, "content-type": true,
	"content-transfer-encoding": true, "sender": true, "reply-to": true, "return-path": true}

// addRecipients validates each of ps and adds it with add (the To or Bcc
// adder of a go-mail message); an error names the field as what.
func addRecipients(what string, ps []Person, add func(name, addr string) error) error {
	for _, p := range ps {
		if strings.ContainsAny(p.Name+p.Email, "\r\n") {
			return fmt.Errorf("submit: line break in recipient %q", p.Email)
		}
		if _, err := mail.ParseAddress(p.Email); err != nil {
			return fmt.Errorf("submit: %s %q: %w", what, p.Email, err)
		}
		if err := add(p.Name, p.Email); err != nil {
			return fmt.Errorf("submit: %s %q: %w", what, p.Email, err)
		}
	}
	return nil
}

// newMsg turns m into a go-mail message, validating every field: addresses
// must parse, and no value may contain a line break (header injection).
func newMsg(m Mail) (*gomail.Msg, error) {
	if m.Date.IsZero() {
		return nil, errors.New("submit: mail has no date")
	}
	id := bareID(m.MessageID)
	if id == "" || !validID(id) {
		return nil, fmt.Errorf("submit: invalid Message-ID %q", m.MessageID)
	}
	if len(m.To) == 0 {
		return nil, errors.New("submit: mail has no recipient")
	}
	for _, s := range []string{m.Subject, m.From.Name, m.From.Email, m.InReplyTo} {
		if strings.ContainsAny(s, "\r\n") {
			return nil, fmt.Errorf("submit: line break in header value %q", s)
		}
	}

	msg := gomail.NewMsg(gomail.WithNoDefaultUserAgent(), gomail.WithCharset(gomail.CharsetUTF8),
		gomail.WithEncoding(gomail.EncodingQP))
	if err := msg.FromFormat(m.From.Name, m.From.Email); err != nil {
		return nil, fmt.Errorf("submit: from %q: %w", m.From.Email, err)
	}
	if err := addRecipients("recipient", m.To, msg.AddToFormat); err != nil {
		return nil, err
	}
	if err := addRecipients("bcc", m.Bcc, msg.AddBccFormat); err != nil {
		return nil, err
	}
	msg.Subject(m.Subject)
	msg.SetMessageIDWithValue(id)
	msg.SetDateWithValue(m.Date)
	if r := bareID(m.InReplyTo); r != "" {
		if !validID(r) {
			return nil, fmt.Errorf("submit: invalid In-Reply-To %q", m.InReplyTo)
		}
		msg.SetGenHeader(gomail.HeaderInReplyTo, "<"+r+">")
	}
	var refs []string
	for _, ref := range m.References {
		for f := range strings.FieldsSeq(ref) {
			r := bareID(f)
			if !validID(r) {
				return nil, fmt.Errorf("submit: invalid References id %q", f)
			}
			refs = append(refs, "<"+r+">")
		}
	}
	if len(refs) > 0 {
		msg.SetGenHeader(gomail.HeaderReferences, strings.Join(refs, " "))
	}
	for k, v := range m.Headers {
		if !validFieldName(k) || reserved[strings.ToLower(k)] {
			return nil, fmt.Errorf("submit: header %q may not be set", k)
		}
		if strings.ContainsAny(v, "\r\n") {
			return nil, fmt.Errorf("submit: line break in header %s", k)
		}
		msg.SetGenHeader(gomail.Header(k), v)
	}
	// Line ends become CRLF on the wire; a lone CR counts as one too.
	body := strings.ReplaceAll(strings.ReplaceAll(m.Body, "\r\n", "\n"), "\r", "\n")
	msg.SetBodyString(gomail.TypeTextPlain, body)
	return msg, nil
}

// Build returns the RFC 5322 message exactly as Send transmits it (before
// SMTP dot-stuffing): for APPEND to the Sent folder and for tests. The text
// is UTF-8, quoted-printable; go-mail's User-Agent and X-Mailer are left
// out so the letter looks like the owner's own.
func Build(m Mail) ([]byte, error) {
	msg, err := newMsg(m)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if _, err := msg.WriteTo(&b); err != nil {
		return nil, fmt.Errorf("submit: build message: %w", err)
	}
	return b.Bytes(), nil
}

func bareID(id string) string {
	return strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(id), "<"), ">"))
}

// validID reports whether id (without <>) can be written as a msg-id: one
// "@", printable ASCII, no blanks or brackets.
func validID(id string) bool {
	if strings.Count(id, "@") != 1 || strings.HasPrefix(id, "@") || strings.HasSuffix(id, "@") {
		return false
	}
	for _, r := range id {
		if r <= ' ' || r > '~' || r == '<' || r == '>' || r == '"' || r == '\\' || r == ',' {
			return false
		}
	}
	return true
}

// validFieldName reports whether k is an RFC 5322 field name.
func validFieldName(k string) bool {
	if k == "" {
		return false
	}
	for _, r := range k {
		if r <= ' ' || r > '~' || r == ':' {
			return false
		}
	}
	return true
}

// Config is how to reach the owner's submission server.
type Config struct {
	Host string
	Port int
	// Security is "tls" (implicit TLS, usually port 465), "starttls"
	// (mandatory STARTTLS, usually 587) or "none", which is refused unless
	// Host is a loopback address.
	Security string
	// Username "" means no authentication. Password is asked for on every
	// connection (it may come from a file or a command); when OAuth2Token is
	// set, XOAUTH2 is used with its token instead.
	Username    string
	Password    func(ctx context.Context) (string, error)
	OAuth2Token func(ctx context.Context) (string, error)
	// HELO is the name given in EHLO; "" uses the machine's host name.
	HELO string
	// Timeout bounds the connection and each command; 0 means 60 s.
	Timeout time.Duration
	// TLSConfig is used for TLS and STARTTLS; nil verifies Host against
	// the system roots.
	TLSConfig *tls.Config
}

// DefaultTimeout is the Config.Timeout used when it is zero.
const DefaultTimeout = 60 * time.Second

// Sender sends mail with one Config. It holds no connection between sends
// (a follow-up daemon sends a few letters a day) and is safe for concurrent
// use.
type Sender struct {
	cfg Config
}

// New checks cfg and returns a Sender for it.
func New(cfg Config) (*Sender, error) {
	if err := validate(cfg); err != nil {
		return nil, err
	}
	return &Sender{cfg: cfg}, nil
}

func validate(cfg Config) error {
	if cfg.Host == "" {
		return errors.New("submit: no host")
	}
	if cfg.Port <= 0 || cfg.Port > 65535 {
		return fmt.Errorf("submit: invalid port %d", cfg.Port)
	}
	switch cfg.Security {
	case "tls", "starttls":
	case "none":
		if !isLoopback(cfg.Host) {
			return fmt.Errorf("submit: security \"none\" refused for %s: only a loopback host may be used without TLS", cfg.Host)
		}
	default:
		return fmt.Errorf("submit: security %q: want \"tls\", \"starttls\" or \"none\"", cfg.Security)
	}
	if cfg.Username != "" && cfg.Password == nil && cfg.OAuth2Token == nil {
		return errors.New("submit: username set but no password or OAuth2 token source")
	}
	if cfg.Timeout < 0 {
		return fmt.Errorf("submit: negative timeout %v", cfg.Timeout)
	}
	return nil
}

// isLoopback reports whether host is "localhost" or a loopback IP address.
// Names are not resolved: a name that happens to resolve to 127.0.0.1 is
// refused, so a DNS answer can never downgrade the connection.
func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

// Send transmits m. It returns nil once the server accepted the message
// (250 after DATA), even if closing the session fails afterwards. Any
// failure is an *Error. Cancelling ctx aborts the send: the connection is
// closed at once.
func (s *Sender) Send(ctx context.Context, m Mail) error {
	msg, err := newMsg(m)
	if err != nil {
		return &Error{Op: "build", msg: err.Error(), err: err}
	}
	return s.session(ctx, func(c *gomail.Client, dial redactor) error {
		client, err := c.DialToSMTPClientWithContext(ctx)
		if err != nil {
			return s.fail(ctx, "connect", err, false, dial)
		}
		defer func() {
			// The message is delivered or not by now; a failing QUIT must
			// not turn a delivered letter into a failure (and a resend).
			_ = c.CloseWithSMTPClient(client)
		}()
		sendErr := c.SendWithSMTPClient(client, msg)
		if msg.IsDelivered() {
			return nil
		}
		if sendErr == nil {
			return &Error{Op: "send", msg: "submit: send: server did not confirm delivery", Uncertain: true}
		}
		var se *gomail.SendError
		uncertain := false
		if errors.As(sendErr, &se) {
			// After the final "." only the server's reply decides; without
			// one, the letter may have been accepted.
			uncertain = se.Reason == gomail.ErrSMTPDataClose && se.ErrorCode() == 0
		}
		return s.fail(ctx, "send", sendErr, uncertain, dial)
	})
}

// Check connects, says EHLO, negotiates TLS and authenticates, then quits:
// the configuration test behind `followupd check`. It sends nothing.
func Check(ctx context.Context, cfg Config) error {
	if err := validate(cfg); err != nil {
		return err
	}
	s := &Sender{cfg: cfg}
	return s.session(ctx, func(c *gomail.Client, dial redactor) error {
		client, err := c.DialToSMTPClientWithContext(ctx)
		if err != nil {
			return s.fail(ctx, "connect", err, false, dial)
		}
		if err := c.CloseWithSMTPClient(client); err != nil {
			return s.fail(ctx, "quit", err, false, dial)
		}
		return nil
	})
}

// redactor holds the secret of one session, to remove it from errors.
type redactor struct {
	secret string
}

// session builds a go-mail client for one connection and runs f with it.
// The connection is closed as soon as ctx is done.
func (s *Sender) session(ctx context.Context, f func(*gomail.Client, redactor) error) error {
	if err := ctx.Err(); err != nil {
		return &Error{Op: "connect", Temp: true, msg: "submit: " + err.Error(), err: err}
	}
	cfg := s.cfg
	timeout := cfg.Timeout
	if timeout == 0 {
		timeout = DefaultTimeout
	}
	tlsCfg := cfg.TLSConfig
	if tlsCfg == nil {
		tlsCfg = &tls.Config{MinVersion: tls.VersionTLS12}
	}
	tlsCfg = tlsCfg.Clone()
	if tlsCfg.ServerName == "" {
		tlsCfg.ServerName = strings.Trim(cfg.Host, "[]")
	}

	var d redactor
	opts := []gomail.Option{gomail.WithPort(cfg.Port), gomail.WithTimeout(timeout), gomail.WithTLSConfig(tlsCfg)}
	if cfg.HELO != "" {
		opts = append(opts, gomail.WithHELO(cfg.HELO))
	}
	switch cfg.Security {
	case "starttls":
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSMandatory))
	default:
		// "tls" is done by our dial function (so that cancellation reaches the
		// connection); "none" is loopback only.
		opts = append(opts, gomail.WithTLSPolicy(gomail.NoTLS))
	}
	if cfg.Username != "" {
		switch {
		case cfg.OAuth2Token != nil:
			tok, err := cfg.OAuth2Token(ctx)
			if err != nil {
				return &Error{Op: "auth", msg: "submit: get OAuth2 token: " + redact(err.Error(), ""), err: err}
			}
			d.secret = tok
			opts = append(opts, gomail.WithSMTPAuth(gomail.SMTPAuthXOAUTH2), gomail.WithUsername(cfg.Username), gomail.WithPassword(tok))
		default:
			pw, err := cfg.Password(ctx)
			if err != nil {
				return &Error{Op: "auth", msg: "submit: get password: " + redact(err.Error(), ""), err: err}
			}
			d.secret = pw
			opts = append(opts, gomail.WithSMTPAuth(gomail.SMTPAuthOpportunistic), gomail.WithOpportunisticSMTPAuth(gomail.SMTPAuthPlain, gomail.SMTPAuthLogin),
				gomail.WithUsername(cfg.Username), gomail.WithPassword(pw))
		}
	}
	implicitTLS := cfg.Security == "tls"
	var (
		mu    sync.Mutex
		stops []func() bool
	)
	defer func() {
		mu.Lock()
		defer mu.Unlock()
		for _, stop := range stops {
			stop()
		}
	}()
	opts = append(opts, gomail.WithDialContextFunc(func(dctx context.Context, network, addr string) (net.Conn, error) {
		var nd net.Dialer
		conn, err := nd.DialContext(dctx, network, addr)
		if err != nil {
			return nil, err
		}
		if implicitTLS {
			tc := tls.Client(conn, tlsCfg)
			if err := tc.HandshakeContext(dctx); err != nil {
				_ = conn.Close()
				return nil, err
			}
			// Returned unwrapped: go-mail allows PLAIN and LOGIN only on a
			// *tls.Conn (or to localhost).
			conn = tc
		}
		// Close the connection when the caller gives up, so that no command
		// blocks past cancellation; the hook is removed when the session
		// ends.
		mu.Lock()
		stops = append(stops, context.AfterFunc(ctx, func() { _ = conn.Close() }))
		mu.Unlock()
		return conn, nil
	}))
	c, err := gomail.NewClient(cfg.Host, opts...)
	if err != nil {
		return &Error{Op: "connect", msg: "submit: " + redact(err.Error(), d.secret), err: err}
	}
	return f(c, d)
}

// fail turns a go-mail error into an *Error, classifying it.
func (s *Sender) fail(ctx context.Context, op string, err error, uncertain bool, d redactor) error {
	e := &Error{Op: op, Uncertain: uncertain, err: err}
	if cerr := ctx.Err(); cerr != nil {
		// The failure is (most likely) our own cancellation.
		e.Temp, e.err = true, cerr
		e.msg = fmt.Sprintf("submit: %s: %v", op, cerr)
		return e
	}
	e.Code, e.Temp = classify(err)
	e.msg = fmt.Sprintf("submit: %s %s: %s", op, s.cfg.Host, redact(err.Error(), d.secret))
	return e
}

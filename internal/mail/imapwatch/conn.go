package imapwatch

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-sasl"
)

const (
	dialTimeout      = 30 * time.Second
	handshakeTimeout = 30 * time.Second
	keepAlive        = 30 * time.Second // finds a dead peer while IDLE waits without a deadline
	idleStopTimeout  = 2 * time.Minute  // longest wait for the end of IDLE
	loginTimeout     = 2 * time.Minute  // longest wait for the greeting and the login
)

// dial connects to the server, waits for the greeting and logs in. notify, when non-nil,
// receives a signal (without blocking) whenever the server reports the number of messages
// (untagged EXISTS), e.g. during IDLE.
func dial(ctx context.Context, cfg Config, notify chan<- struct{}) (*imapclient.Client, error) {
	addr := net.JoinHostPort(cfg.Host, strconv.Itoa(cfg.Port))
	opts := &imapclient.Options{
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			// runs on the client's reader goroutine: only signal, never issue a command here
			Mailbox: func(d *imapclient.UnilateralDataMailbox) {
				if d.NumMessages != nil && notify != nil {
					select {
					case notify <- struct{}{}:
					default:
					}
				}
			},
		},
	}
	d := &net.Dialer{Timeout: dialTimeout, KeepAlive: keepAlive}
	conn, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("imapwatch: connect to %s: %w: %w", addr, ErrUnreachable, err)
	}
	// until the login is done, cancelling ctx closes the connection (a hung server or
	// handshake must not block shutdown)
	stop := context.AfterFunc(ctx, func() { _ = conn.Close() })
	defer stop()
	hung := time.AfterFunc(loginTimeout, func() { _ = conn.Close() })
	defer hung.Stop()

	tlsCfg := &tls.Config{MinVersion: tls.VersionTLS12}
	if cfg.TLSConfig != nil {
		tlsCfg = cfg.TLSConfig.Clone()
	}
	if tlsCfg.ServerName == "" {
		tlsCfg.ServerName = cfg.Host
	}

	var c *imapclient.Client
	switch cfg.Security {
	case SecurityTLS:
		tlsCfg.NextProtos = []string{"imap"}
		tc := tls.Client(conn, tlsCfg)
		hctx, cancel := context.WithTimeout(ctx, handshakeTimeout)
		err := tc.HandshakeContext(hctx)
		cancel()
		if err != nil {
			_ = conn.Close()
			return nil, fmt.Errorf("imapwatch: tls handshake with %s: %w: %w", addr, ErrTLS, err)
		}
		c = imapclient.New(tc, opts)
	case SecurityStartTLS:
		opts.TLSConfig = tlsCfg
		_ = conn.SetDeadline(time.Now().Add(handshakeTimeout))
		c, err = imapclient.NewStartTLS(conn, opts)
		if err != nil {
			_ = conn.Close()
			return nil, classifyStartTLS(addr, err)
		}
		_ = conn.SetDeadline(time.Time{})
	default: // SecurityNone, loopback only (checked by normalize)
		c = imapclient.New(conn, opts)
	}
	if err := c.WaitGreeting(); err != nil {
		_ = c.Close()
		return nil, fmt.Errorf("imapwatch: greeting from %s: %w: %w", addr, ErrUnreachable, err)
	}
	if err := authenticate(ctx, c, cfg); err != nil {
		_ = c.Close()
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, err
	}
	return c, nil
}

// classifyStartTLS sorts a STARTTLS failure: a refusal or a failed handshake is ErrTLS, a
// network failure ErrUnreachable.
func classifyStartTLS(addr string, err error) error {
	var imapErr *imap.Error
	var netErr net.Error
	switch {
	case errors.As(err, &imapErr):
		return fmt.Errorf("imapwatch: %s refused STARTTLS: %w: %w", addr, ErrTLS, err)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF), errors.As(err, &netErr):
		return fmt.Errorf("imapwatch: starttls with %s: %w: %w", addr, ErrUnreachable, err)
	default:
		return fmt.Errorf("imapwatch: starttls with %s: %w: %w", addr, ErrTLS, err)
	}
}

// authenticate logs in with XOAUTH2 (when cfg.OAuth2Token is set), else AUTHENTICATE PLAIN
// when offered, else LOGIN. The secret is fetched anew on every call.
func authenticate(ctx context.Context, c *imapclient.Client, cfg Config) error {
	if cfg.OAuth2Token != nil {
		token, err := cfg.OAuth2Token(ctx)
		if err != nil {
			return fmt.Errorf("imapwatch: get oauth2 token: %w", err)
		}
		return authError(cfg.Username, c.Authenticate(&xoauth2Client{username: cfg.Username, token: token}))
	}
	pass, err := cfg.Password(ctx)
	if err != nil {
		return fmt.Errorf("imapwatch: get password: %w", err)
	}
	caps := c.Caps()
	if caps.Has(imap.CapLoginDisabled) && !caps.Has(imap.AuthCap(sasl.Plain)) {
		return fmt.Errorf("imapwatch: server refuses plain-text login on this connection: %w", ErrAuthFailed)
	}
	if caps.Has(imap.AuthCap(sasl.Plain)) {
		err = c.Authenticate(sasl.NewPlainClient("", cfg.Username, pass))
	} else {
		err = c.Login(cfg.Username, pass).Wait()
	}
	return authError(cfg.Username, err)
}

// authError classifies a login error. A NO (or BAD) from the server is ErrAuthFailed unless
// its response code says the failure is temporary (RFC 5530: UNAVAILABLE, SERVERBUG, LIMIT,
// INUSE). The server's text is kept; it never echoes the secret.
func authError(user string, err error) error {
	if err == nil {
		return nil
	}
	var imapErr *imap.Error
	var oauthErr *xoauth2Error
	switch {
	case errors.As(err, &oauthErr):
		return fmt.Errorf("imapwatch: log in as %s: %w (xoauth2 status %s)", user, ErrAuthFailed, oauthErr.status)
	case errors.As(err, &imapErr):
		switch imapErr.Code {
		case imap.ResponseCodeUnavailable, imap.ResponseCodeServerBug, imap.ResponseCodeLimit, imap.ResponseCodeInUse:
			return fmt.Errorf("imapwatch: log in as %s: server temporarily unavailable: %w", user, err)
		}
		return fmt.Errorf("imapwatch: log in as %s: %w: %s", user, ErrAuthFailed, strings.TrimSpace(imapErr.Text))
	default:
		return fmt.Errorf("imapwatch: log in as %s: %w: %w", user, ErrUnreachable, err)
	}
}

// logout ends a short-lived connection politely, then closes it.
func logout(c *imapclient.Client) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = c.Logout().Wait()
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
	}
	_ = c.Close()
}

// Check logs in once and out again, for `followupd check`. The error wraps ErrAuthFailed,
// ErrUnreachable or ErrTLS (and ErrNoSentFolder when cfg.WatchSent and no Sent folder is
// found), so the caller can say what to fix.
func Check(ctx context.Context, cfg Config) error {
	cfg, err := normalize(cfg)
	if err != nil {
		return err
	}
	c, err := dial(ctx, cfg, nil)
	if err != nil {
		return err
	}
	defer logout(c)
	stop := context.AfterFunc(ctx, func() { _ = c.Close() })
	defer stop()
	if _, err := c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		return fmt.Errorf("imapwatch: examine INBOX: %w", err)
	}
	if cfg.WatchSent {
		if _, err := findSent(c); err != nil {
			return err
		}
	}
	return nil
}

// commonSentNames are tried, in this order, only on servers without SPECIAL-USE (RFC 6154).
var commonSentNames = []string{"Sent", "Sent Items", "Sent Messages", "Sent Mail", "[Gmail]/Sent Mail", "INBOX.Sent", "INBOX/Sent"}

// findSent returns the name of the mailbox with the \Sent attribute (RFC 6154). Only if the
// server does not support SPECIAL-USE does it fall back to the common names.
func findSent(c *imapclient.Client) (string, error) {
	caps := c.Caps()
	var opts *imap.ListOptions
	if caps.Has(imap.CapSpecialUse) && (caps.Has(imap.CapListExtended) || caps.Has(imap.CapIMAP4rev2)) {
		opts = &imap.ListOptions{ReturnSpecialUse: true}
	}
	list, err := c.List("", "*", opts).Collect()
	if err != nil {
		return "", fmt.Errorf("imapwatch: list mailboxes: %w", err)
	}
	for _, mb := range list {
		for _, attr := range mb.Attrs {
			if strings.EqualFold(string(attr), string(imap.MailboxAttrSent)) {
				return mb.Mailbox, nil
			}
		}
	}
	if caps.Has(imap.CapSpecialUse) {
		return "", fmt.Errorf("imapwatch: no mailbox has the \\Sent attribute: %w", ErrNoSentFolder)
	}
	for _, want := range commonSentNames {
		for _, mb := range list {
			if strings.EqualFold(mb.Mailbox, want) {
				return mb.Mailbox, nil
			}
		}
	}
	return "", fmt.Errorf("imapwatch: server has no SPECIAL-USE and no mailbox named %s: %w", strings.Join(commonSentNames, ", "), ErrNoSentFolder)
}

// xoauth2Client is the client side of Google's and Microsoft's XOAUTH2 SASL mechanism
// (go-sasl only has the standard OAUTHBEARER, RFC 7628, which Gmail and Microsoft 365 do not
// all accept). The initial response is "user=USER\x01auth=Bearer TOKEN\x01\x01".
type xoauth2Client struct {
	username, token string
}

// Start implements sasl.Client.
func (c *xoauth2Client) Start() (string, []byte, error) {
	return "XOAUTH2", []byte("user=" + c.username + "\x01auth=Bearer " + c.token + "\x01\x01"), nil
}

// Next implements sasl.Client. A challenge after the initial response is the server's JSON
// error ({"status":"401",...}): the login failed.
func (c *xoauth2Client) Next(challenge []byte) ([]byte, error) {
	return nil, &xoauth2Error{status: xoauth2Status(challenge)}
}

// xoauth2Error is the server's refusal of an XOAUTH2 token.
type xoauth2Error struct{ status string }

func (e *xoauth2Error) Error() string { return "xoauth2 refused, status " + e.status }

// xoauth2Status extracts "status" from the server's JSON error, or "unknown".
func xoauth2Status(challenge []byte) string {
	s := string(challenge)
	i := strings.Index(s, `"status"`)
	if i < 0 {
		return "unknown"
	}
	s = strings.TrimLeft(s[i+len(`"status"`):], " :")
	s = strings.TrimPrefix(s, `"`)
	if j := strings.IndexAny(s, `",}`); j >= 0 {
		s = s[:j]
	}
	if s == "" || len(s) > 16 {
		return "unknown"
	}
	return s
}

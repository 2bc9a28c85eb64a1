package submit

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"io"
	"net"
	"net/textproto"
	"strings"
	"syscall"

	gomail "github.com/wneessen/go-mail"
)

// Error is a failed send or check. Find it with errors.As.
//
// Deciding what to do next:
//   - Uncertain: the server may have accepted the letter (the connection
//     broke after the message was transmitted, before the server's answer).
//     Do not resend; look for the Message-ID in the Sent folder or ask the
//     owner.
//   - Temporary(): trying again later may succeed (SMTP 4xx, network
//     failure, timeout, cancellation before the message was transmitted).
//   - otherwise permanent (SMTP 5xx, TLS or authentication failure, a bad
//     address): tell the owner.
//
// The message never contains the password or token.
type Error struct {
	// Op is the step that failed: "build" (the Mail is invalid),
	// "connect" (including EHLO, TLS and authentication), "auth" (getting
	// the secret), "send" or "quit".
	Op string
	// Code is the SMTP reply code, 0 when the server gave none.
	Code int
	// Temp is set for 4xx replies and network failures.
	Temp bool
	// Uncertain is set when the letter may have been delivered anyway.
	Uncertain bool

	msg string
	err error
}

// Error returns the redacted description.
func (e *Error) Error() string { return e.msg }

// Unwrap returns the underlying error (context.Canceled after a
// cancellation, for instance).
func (e *Error) Unwrap() error { return e.err }

// Temporary reports whether sending again later may succeed. It is false for
// an uncertain send, which must not be repeated blindly.
func (e *Error) Temporary() bool { return e.Temp && !e.Uncertain }

// classify returns the SMTP code in err (0 if none) and whether err is
// temporary.
func classify(err error) (code int, temporary bool) {
	var tp *textproto.Error
	if errors.As(err, &tp) {
		return tp.Code, tp.Code >= 400 && tp.Code < 500
	}
	var se *gomail.SendError
	if errors.As(err, &se) {
		if c := se.ErrorCode(); c > 0 {
			return c, c >= 400 && c < 500
		}
		switch se.Reason {
		case gomail.ErrGetSender, gomail.ErrGetRcpts, gomail.ErrNoUnencoded:
			return 0, false
		}
		// The connection broke during the transaction.
		return 0, true
	}
	// A certificate that does not verify will not verify next time either.
	var cv *tls.CertificateVerificationError
	var ua x509.UnknownAuthorityError
	var he x509.HostnameError
	var ci x509.CertificateInvalidError
	if errors.As(err, &cv) || errors.As(err, &ua) || errors.As(err, &he) || errors.As(err, &ci) {
		return 0, false
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, net.ErrClosed) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE) ||
		errors.Is(err, syscall.EHOSTUNREACH) || errors.Is(err, syscall.ENETUNREACH) {
		return 0, true
	}
	var ne net.Error
	if errors.As(err, &ne) {
		return 0, true // timeouts, resets, DNS failures
	}
	return 0, false
}

// redact removes secret from s.
func redact(s, secret string) string {
	if secret == "" {
		return s
	}
	return strings.ReplaceAll(s, secret, "[redacted]")
}

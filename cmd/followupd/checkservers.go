package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/followupd/followupd/internal/config"
	"github.com/followupd/followupd/internal/daemon"
	"github.com/followupd/followupd/internal/mail/imapwatch"
	"github.com/followupd/followupd/internal/mail/submit"
)

// checkServers tries the IMAP and SMTP logins once each and says clearly
// what failed: unreachable, TLS, or a refused login.
func checkServers(ctx context.Context, cfg *config.Config, stdout io.Writer) int {
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	code := exitOK
	ic := daemon.IMAPConfig(cfg, nil, nil, time.Now)
	if err := imapwatch.Check(ctx, ic); err != nil {
		fmt.Fprintf(stdout, "imap     FAILED: %v%s\n", err, hint(err))
		code = exitFail
	} else {
		fmt.Fprintf(stdout, "imap     OK: logged in to %s:%d as %s\n", cfg.IMAP.Host, cfg.IMAP.Port, cfg.IMAP.Username)
	}
	if err := submit.Check(ctx, daemon.SMTPConfig(cfg, nil)); err != nil {
		fmt.Fprintf(stdout, "smtp     FAILED: %v\n", err)
		code = exitFail
	} else {
		fmt.Fprintf(stdout, "smtp     OK: connected to %s:%d\n", cfg.SMTP.Host, cfg.SMTP.Port)
	}
	return code
}

func hint(err error) string {
	switch {
	case errors.Is(err, imapwatch.ErrAuthFailed):
		return " (check the username and password; Gmail and Microsoft 365 need an app password or oauth2_token_command)"
	case errors.Is(err, imapwatch.ErrUnreachable):
		return " (check host and port, and that this machine can reach the server)"
	case errors.Is(err, imapwatch.ErrTLS):
		return " (check security: \"tls\" for port 993, \"starttls\" for 143)"
	}
	return ""
}

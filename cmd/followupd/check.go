package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/followupd/followupd/internal/config"
	"github.com/followupd/followupd/internal/store"
)

// cmdCheck validates a config file and, unless --offline, tries the IMAP and
// SMTP logins once, reporting each result.
func cmdCheck(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("check", "", stderr)
	offline := fs.Bool("offline", false, "only validate the file; do not connect to the servers")
	cfg, code, done := parseConfig(fs, args, stdout)
	if done {
		return code
	}
	printResolved(stdout, cfg)
	code = checkStore(ctx, cfg.StorePath(), stdout)
	if *offline {
		fmt.Fprintln(stdout, "config OK (offline: servers not contacted)")
		return code
	}
	return max(code, checkServers(ctx, cfg, stdout))
}

// checkStore reports on the store file, read-only: it never creates,
// migrates or repairs it.
func checkStore(ctx context.Context, path string, stdout io.Writer) int {
	info, err := store.Inspect(ctx, path)
	switch {
	case err != nil:
		fmt.Fprintf(stdout, "store    FAILED: %v\n", err)
		if unusableStore(err) {
			for _, line := range strings.Split(strings.TrimSpace(storeAdvice(path)), "\n") {
				fmt.Fprintf(stdout, "         %s\n", line)
			}
		}
		return exitFail
	case !info.Exists:
		fmt.Fprintf(stdout, "store    none yet: created at the first start\n")
	case info.Version < store.SchemaVersion():
		fmt.Fprintf(stdout, "store    OK: schema version %d, upgraded to %d at the next start (%d KB)\n", info.Version, store.SchemaVersion(), info.Size/1024)
	default:
		fmt.Fprintf(stdout, "store    OK: schema version %d, %d follow-ups (%d KB)\n", info.Version, info.Followups, info.Size/1024)
	}
	return exitOK
}

// printResolved shows what the config resolved to, secrets masked.
func printResolved(w io.Writer, c *config.Config) {
	fmt.Fprintf(w, "config   %s\n", c.Path)
	fmt.Fprintf(w, "owner    %s <%s>, zone %s, country %s\n", c.Owner.Name, c.Owner.Email, c.Owner.Timezone, orNone(string(c.Owner.Country)))
	if len(c.Owner.Aliases) > 0 {
		fmt.Fprintf(w, "aliases  %s\n", strings.Join(c.Owner.Aliases, ", "))
	}
	fmt.Fprintf(w, "imap     %s:%d %s, user %s, %s, lookback %d days, IDLE renewed every %s\n",
		c.IMAP.Host, c.IMAP.Port, c.IMAP.Security, c.IMAP.Username, describeCred(c.IMAP.Credentials), c.IMAP.LookbackDays, c.IMAP.IdleRenew)
	smtpAuth := "no authentication"
	if c.SMTP.Username != "" {
		smtpAuth = "user " + c.SMTP.Username + ", " + describeCred(c.SMTP.Credentials)
	}
	fmt.Fprintf(w, "smtp     %s:%d %s, %s, copy to Sent: %s\n", c.SMTP.Host, c.SMTP.Port, c.SMTP.Security, smtpAuth, c.SMTP.AppendSent)
	fmt.Fprintf(w, "schedule %s %s; thank-you %s after (at least %s, deadline %s); feedback %s after; at most %d a day\n",
		strings.Join(c.Schedule.BusinessDays, ","), c.Schedule.BusinessHours, c.Schedule.ThankYouDelay, c.Schedule.ThankYouMinDelay,
		c.Schedule.ThankYouDeadline, c.Schedule.FeedbackDelay, c.Schedule.DailySendCap)
	fmt.Fprintf(w, "approval %s\n", c.Approval.Mode)
	fmt.Fprintf(w, "store    %s\n", c.StorePath())
}

// describeCred says where a secret comes from without showing it.
func describeCred(cr config.Credentials) string {
	switch {
	case cr.Password != "":
		return "password ******** (inline)"
	case cr.PasswordFile != "":
		return "password from file " + cr.PasswordFile
	case cr.PasswordCommand != "":
		return "password from command"
	case cr.OAuth2TokenCommand != "":
		return "OAuth2 token from command (XOAUTH2)"
	}
	return "no password"
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

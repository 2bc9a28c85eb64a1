// Package mailtest holds test helpers for followupd's mail packages, usable from any
// package's tests:
//
//   - NewIMAPServer: a real go-imap v2 server (imapmemserver) on 127.0.0.1:0, with INBOX and a
//     Sent mailbox marked \Sent (RFC 6154), PLAIN/LOGIN and XOAUTH2 logins, and ways to
//     drop every connection or restart on the same port;
//   - Stack: the real Dovecot + Postfix stack started by tools/mailstack/mailstack.sh, found
//     through the MAILSTACK_DIR environment variable (tests skip without it);
//   - an in-process recording SMTP server (smtp*.go).
//
// Helpers take a testing.TB and fail the test on error, so callers need no error checks.
package mailtest

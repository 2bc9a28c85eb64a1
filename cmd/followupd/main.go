// Command followupd is a self-hosted daemon for job seekers: it watches the
// owner's mailbox over IMAP, notices interviews and rejections, drafts
// thank-you notes and feedback requests, asks the owner to approve each one
// by reply, and sends it during the recipient's business hours.
//
// main only calls run, so that tests can drive the whole program.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	_ "time/tzdata" // zones resolve even on a host without /usr/share/zoneinfo
)

// Exit codes: 0 success, 1 a failure while working, 2 a usage or config
// error, 3 a store that cannot be used as it is (damaged, or written by a
// newer followupd). systemd's RestartPreventExitStatus=2 3 keeps both
// from restart-looping: neither mends by itself.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
	exitStore = 3
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

type command struct {
	name    string
	summary string
	fn      func(ctx context.Context, args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"run", "watch the mailbox and act on it (the daemon)", cmdRun},
		{"check", "validate a config and try the IMAP and SMTP logins", cmdCheck},
		{"status", "show applications, pending follow-ups and the watcher's state", cmdStatus},
		{"classify", "classify job-search email files", cmdClassify},
		{"when", "say when a follow-up would be sent", cmdWhen},
		{"draft", "print the letters followupd would draft for a message", cmdDraft},
		{"demo", "run the whole story on built-in servers and sample mail", cmdDemo},
		{"version", "print the version", cmdVersion},
	}
}

// run is the whole program: it parses args, runs one subcommand and
// returns the exit code.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		usage(stdout)
		return exitOK
	case "-version", "--version":
		return cmdVersion(ctx, nil, stdout, stderr)
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.fn(ctx, args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "followupd: unknown command %q\n\n", args[0])
	usage(stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintf(w, "followupd: follow up on job interviews and rejections, with your approval.\n\nUsage:\n  followupd COMMAND [flags]\n\nCommands:\n")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "\nRun 'followupd COMMAND --help' for a command's flags.\n")
}

func cmdVersion(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("version", "", stderr)
	if code, done := parseFlags(fs, args, stdout); done {
		return code
	}
	fmt.Fprintf(stdout, "followupd %s\n", version)
	return exitOK
}

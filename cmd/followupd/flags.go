package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/followupd/followupd/internal/config"
)

// newFlagSet returns a flag set whose usage text names the command; errors
// go to stderr and parsing never exits the process.
func newFlagSet(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("followupd "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), strings.TrimSpace(fmt.Sprintf("Usage: followupd %s [flags] %s", name, synopsis)))
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args; done is true when the caller must return code
// at once (after --help, exit 0 with usage on stdout; after a bad flag,
// exit 2).
func parseFlags(fs *flag.FlagSet, args []string, stdout io.Writer) (code int, done bool) {
	// Parse prints the usage itself on -h; catch it, so that --help goes
	// to stdout once and a bad flag to stderr once.
	var buf bytes.Buffer
	stderr := fs.Output()
	fs.SetOutput(&buf)
	err := fs.Parse(args)
	fs.SetOutput(stderr)
	if errors.Is(err, flag.ErrHelp) {
		fs.SetOutput(stdout)
		fs.Usage()
		return exitOK, true
	}
	if err != nil {
		_, _ = io.Copy(stderr, &buf)
		return exitUsage, true
	}
	if fs.NArg() > 0 && !takesArgs[fs.Name()] {
		fmt.Fprintf(stderr, "%s: unexpected argument %q: every value goes with a flag (see --help)\n", fs.Name(), fs.Arg(0))
		return exitUsage, true
	}
	return 0, false
}

// takesArgs names the commands that read arguments after their flags.
var takesArgs = map[string]bool{"followupd classify": true, "followupd draft": true}

// parseConfig adds the --config flag to fs, parses args (see parseFlags)
// and loads the config the flag names. done is true when the caller must
// return code at once: after --help or a bad flag, or when the config does
// not load (exit 2, the error on fs's output).
func parseConfig(fs *flag.FlagSet, args []string, stdout io.Writer) (cfg *config.Config, code int, done bool) {
	path := fs.String("config", defaultConfigPath(), "config file")
	if code, done := parseFlags(fs, args, stdout); done {
		return nil, code, true
	}
	cfg, err := config.Load(*path)
	if err != nil {
		fmt.Fprintf(fs.Output(), "%s: %v\n", fs.Name(), err)
		return nil, exitUsage, true
	}
	return cfg, 0, false
}

package main

import (
	"context"
	"fmt"
	"io"

	"github.com/followupd/followupd/internal/demo"
)

// cmdDemo plays the whole story on in-process mail servers.
func cmdDemo(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("demo", "", stderr)
	factor := fs.Float64("speed", 0, "run the virtual clock this many times faster than real time (default: jump ahead whenever all is quiet)")
	if code, done := parseFlags(fs, args, stdout); done {
		return code
	}
	if _, err := demo.Run(ctx, stdout, demo.Options{Factor: *factor}); err != nil {
		fmt.Fprintf(stderr, "followupd demo: %v\n", err)
		return exitFail
	}
	return exitOK
}

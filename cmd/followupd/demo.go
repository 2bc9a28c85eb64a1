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
	factor := fs.Float64("speed", 3600, "how much faster than real time the virtual clock runs")
	if code, done := parseFlags(fs, args, stdout); done {
		return code
	}
	if _, err := demo.Run(ctx, stdout, demo.Options{Factor: *factor}); err != nil {
		fmt.Fprintf(stderr, "followupd demo: %v\n", err)
		return exitFail
	}
	return exitOK
}

package main

import (
	"context"
	"io"
)

// cmdDemo is the "demo" subcommand. Its issue is not done yet, so it says so
// and exits 2 rather than print made-up output.
func cmdDemo(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	return notYet(stderr, "demo")
}

package main

import (
	"context"
	"io"
)

// cmdStatus is the "status" subcommand. Its issue is not done yet, so it says so
// and exits 2 rather than print made-up output.
func cmdStatus(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	return notYet(stderr, "status")
}

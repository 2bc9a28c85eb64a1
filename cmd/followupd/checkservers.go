package main

import (
	"context"
	"fmt"
	"io"

	"github.com/followupd/followupd/internal/config"
)

// checkServers tries the IMAP and SMTP logins once each.
func checkServers(ctx context.Context, cfg *config.Config, stdout io.Writer) int {
	fmt.Fprintln(stdout, "server logins: not implemented yet in this version; use --offline")
	return exitUsage
}

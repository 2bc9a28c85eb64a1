package config

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"
)

// Secret returns a function that produces the password (or OAuth2 bearer
// token) these credentials name, read anew on every call so that a rotated
// password file or a refreshed token is picked up on reconnect. It returns
// nil when no credential is configured. Errors name the source, never the
// secret or a command's output.
func (cr Credentials) Secret() func(ctx context.Context) (string, error) {
	switch {
	case cr.Password != "":
		pw := cr.Password
		return func(context.Context) (string, error) { return pw, nil }
	case cr.PasswordFile != "":
		path := expand(cr.PasswordFile)
		return func(context.Context) (string, error) { return readSecretFile(path) }
	case cr.PasswordCommand != "":
		return commandSecret(cr.PasswordCommand, "password_command")
	case cr.OAuth2TokenCommand != "":
		return commandSecret(cr.OAuth2TokenCommand, "oauth2_token_command")
	}
	return nil
}

// IsOAuth2 reports whether the secret is an OAuth2 bearer token (XOAUTH2).
func (cr Credentials) IsOAuth2() bool { return cr.OAuth2TokenCommand != "" }

func readSecretFile(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return "", fmt.Errorf("password_file %s: %w", path, pe.Err)
		}
		return "", fmt.Errorf("password_file %s: unreadable", path)
	}
	s := strings.TrimRight(string(b), "\r\n")
	if s == "" {
		return "", fmt.Errorf("password_file %s: empty", path)
	}
	return s, nil
}

func commandSecret(command, key string) func(ctx context.Context) (string, error) {
	return func(ctx context.Context) (string, error) {
		ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		cmd := exec.CommandContext(ctx, "/bin/sh", "-c", command)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		if err := cmd.Run(); err != nil {
			// The command's output may hold the secret: never quote it.
			return "", fmt.Errorf("%s failed: %v", key, err)
		}
		s := strings.TrimRight(out.String(), "\r\n")
		if s == "" || strings.Contains(s, "\n") {
			return "", fmt.Errorf("%s: want exactly one line of output, got %d", key, strings.Count(s, "\n")+1)
		}
		return s, nil
	}
}

package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/followupd/followupd/internal/mail/mailtest"
)

func TestCheckLogsInToBothServers(t *testing.T) {
	imap := mailtest.NewIMAPServer(t, "alex@candidate.example", "Pw-right-7781")
	smtp := mailtest.NewSMTPServer(t)
	tests := []struct {
		name     string
		password string
		smtpPort int
		want     int
		says     []string
	}{
		{"both fine", "Pw-right-7781", smtp.Port(), exitOK, []string{"imap     OK", "smtp     OK"}},
		{"wrong IMAP password", "Pw-wrong-0042", smtp.Port(), exitFail, []string{"imap     FAILED", "authentication", "smtp     OK"}},
		{"SMTP unreachable", "Pw-right-7781", 1, exitFail, []string{"imap     OK", "smtp     FAILED"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "config.toml")
			cfg := fmt.Sprintf("[owner]\nemail = \"alex@candidate.example\"\ntimezone = \"Europe/London\"\n[imap]\nhost = \"127.0.0.1\"\nport = %d\nsecurity = \"none\"\nusername = \"alex@candidate.example\"\npassword = %q\n[smtp]\nhost = \"127.0.0.1\"\nport = %d\nsecurity = \"none\"\n",
				imap.Port(), tt.password, tt.smtpPort)
			if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
				t.Fatal(err)
			}
			var out, errb bytes.Buffer
			code := run(context.Background(), []string{"check", "--config", path}, &out, &errb)
			if code != tt.want {
				t.Errorf("check = %d, want %d\n%s%s", code, tt.want, out.String(), errb.String())
			}
			for _, s := range tt.says {
				if !strings.Contains(out.String(), s) {
					t.Errorf("check output does not say %q:\n%s", s, out.String())
				}
			}
			if strings.Contains(out.String()+errb.String(), tt.password) {
				t.Errorf("check printed the password")
			}
		})
	}
}

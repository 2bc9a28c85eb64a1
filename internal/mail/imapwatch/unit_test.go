package imapwatch

import (
	"bytes"
	"strings"
	"testing"
)

func TestCRLF(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"already crlf", "a\r\nb\r\n", "a\r\nb\r\n"},
		{"bare lf", "a\nb\n", "a\r\nb\r\n"},
		{"mixed", "a\r\nb\nc", "a\r\nb\r\nc"},
		{"leading lf", "\nx", "\r\nx"},
		{"no newline", "abc", "abc"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(crlf([]byte(tt.in))); got != tt.want {
				t.Errorf("crlf(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzCRLF(f *testing.F) {
	for _, s := range []string{"a\nb", "a\r\nb\n", "\r\r\n\n", ""} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		out := crlf(in)
		if bytes.Count(out, []byte("\n")) != bytes.Count(out, []byte("\r\n")) {
			t.Errorf("crlf(%q) = %q has a bare LF", in, out)
		}
		if back := bytes.ReplaceAll(out, []byte("\r\n"), []byte("\n")); !bytes.Equal(back, bytes.ReplaceAll(in, []byte("\r\n"), []byte("\n"))) {
			t.Errorf("crlf(%q) = %q changed more than line endings", in, out)
		}
	})
}

func TestRewriteHeader(t *testing.T) {
	hdr := "Subject: Offer\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\nMessage-ID: <a@b>\r\n\r\n"
	out, err := rewriteHeader([]byte(hdr), "text/plain; charset=utf-8", []byte("body\r\n"))
	if err != nil {
		t.Fatalf("rewriteHeader() = %v", err)
	}
	s := string(out)
	for _, want := range []string{"Subject: Offer\r\n", "Message-Id: <a@b>\r\n", "Content-Type: text/plain; charset=utf-8\r\n", "\r\n\r\nbody\r\n"} {
		if !strings.Contains(strings.ReplaceAll(s, "Message-ID", "Message-Id"), want) {
			t.Errorf("rewriteHeader() = %q, want it to contain %q", s, want)
		}
	}
	if strings.Contains(s, "base64") || strings.Contains(s, "application/pdf") {
		t.Errorf("rewriteHeader() = %q kept the old Content-Type or encoding", s)
	}
}

package reply

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	gomail "github.com/emersion/go-message/mail"

	"github.com/followupd/followupd/internal/mail/message"
)

// TestClientReplies reads the owner's replies in testdata/replies, written in
// the styles of Gmail, Outlook (desktop, web, iOS), Apple Mail, Thunderbird,
// iPhone and Android mail apps in English, French, German and Spanish. Each
// file names the command it must give in X-Test-Expect (and X-Test-Notes,
// X-Test-To, X-Test-Body-Start/-End); every text and HTML part of a file must
// give it on its own.
func TestClientReplies(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "replies", "*.eml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no testdata/replies/*.eml")
	}
	for _, path := range files {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".eml"), func(t *testing.T) {
			parts, hdr, err := readParts(path)
			if err != nil {
				t.Fatal(err)
			}
			want := Action(hdr.Get("X-Test-Expect"))
			if want == "" {
				t.Fatal("no X-Test-Expect header")
			}
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			m, err := message.Parse(bytes.NewReader(raw))
			if err != nil {
				t.Fatalf("message.Parse: %v", err)
			}
			if got := FromMessage(m); got.Action != want {
				t.Errorf("FromMessage(%s).Action = %v, want %v (read %q)", path, got.Action, want, got.Read)
			}
			for kind, body := range parts {
				var visible string
				if kind == "text/html" {
					visible = VisibleHTML(body)
				} else {
					visible = Visible(body)
				}
				got := Interpret(visible)
				if got.Action != want {
					t.Errorf("%s part: Interpret(%q).Action = %v, want %v", kind, visible, got.Action, want)
					continue
				}
				if w, _ := hdr.Text("X-Test-Notes"); w != "" && got.Notes != w {
					t.Errorf("%s part: Interpret(%q).Notes = %q, want %q", kind, visible, got.Notes, w)
				}
				if w := hdr.Get("X-Test-To"); w != "" && got.To != w {
					t.Errorf("%s part: Interpret(%q).To = %q, want %q", kind, visible, got.To, w)
				}
				if w := hdr.Get("X-Test-Body-Start"); w != "" && !strings.HasPrefix(got.Body, w) {
					t.Errorf("%s part: Interpret(%q).Body = %q, want it to start with %q", kind, visible, got.Body, w)
				}
				if w := hdr.Get("X-Test-Body-End"); w != "" && !strings.HasSuffix(got.Body, w) {
					t.Errorf("%s part: Interpret(%q).Body = %q, want it to end with %q", kind, visible, got.Body, w)
				}
				if got.Action == Edit && strings.Contains(got.Body, "followupd") {
					t.Errorf("%s part: Interpret(%q).Body = %q holds quoted text", kind, visible, got.Body)
				}
			}
		})
	}
}

var update = flag.Bool("update", false, "rewrite the golden files in testdata/replies")

// TestVisibleGolden compares the visible text of every part of the
// testdata/replies mails, and the command read from it, with the golden file
// next to each mail (NAME.golden); run with -update to rewrite them.
func TestVisibleGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "replies", "*.eml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range files {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".eml"), func(t *testing.T) {
			parts, _, err := readParts(path)
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			for _, kind := range []string{"text/plain", "text/html"} {
				body, ok := parts[kind]
				if !ok {
					continue
				}
				v := Visible(body)
				if kind == "text/html" {
					v = VisibleHTML(body)
				}
				c := Interpret(v)
				fmt.Fprintf(&b, "== %s visible\n%s\n== %s command\naction: %s\n", kind, v, kind, c.Action)
				for _, kv := range [][2]string{{"notes", c.Notes}, {"to", c.To}, {"body", c.Body}} {
					if kv[1] != "" {
						fmt.Fprintf(&b, "%s: %q\n", kv[0], kv[1])
					}
				}
			}
			golden := strings.TrimSuffix(path, ".eml") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got := b.String(); got != string(want) {
				t.Errorf("visible text of %s =\n%s\nwant (%s)\n%s", path, got, golden, want)
			}
		})
	}
}

// readParts returns the decoded text/plain and text/html parts of a message
// and its header.
func readParts(path string) (map[string]string, gomail.Header, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, gomail.Header{}, err
	}
	defer f.Close()
	r, err := gomail.CreateReader(f)
	if err != nil {
		return nil, gomail.Header{}, fmt.Errorf("parse %s: %w", path, err)
	}
	parts := map[string]string{}
	for {
		p, err := r.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, r.Header, fmt.Errorf("next part of %s: %w", path, err)
		}
		h, ok := p.Header.(*gomail.InlineHeader)
		if !ok {
			continue
		}
		ct, _, _ := h.ContentType()
		if ct != "text/plain" && ct != "text/html" {
			continue
		}
		b, err := io.ReadAll(p.Body)
		if err != nil {
			return nil, r.Header, fmt.Errorf("read part of %s: %w", path, err)
		}
		parts[ct] = string(b)
	}
	return parts, r.Header, nil
}

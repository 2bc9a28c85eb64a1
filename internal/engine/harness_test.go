package engine

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/config"
	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/mail/compose"
	"github.com/followupd/followupd/internal/mail/imapwatch"
	"github.com/followupd/followupd/internal/mail/mailtest"
	"github.com/followupd/followupd/internal/mail/message"
	"github.com/followupd/followupd/internal/mail/submit"
	"github.com/followupd/followupd/internal/store"
)

const (
	ownerAddr = "alex@candidate.example"
	ownerPass = "secret-pass"
)

var london = mustLoc("Europe/London")

func mustLoc(name string) *time.Location {
	l, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return l
}

// harness is the engine with a real store, real in-process IMAP and SMTP
// servers and a clock the test moves by hand.
type harness struct {
	t       *testing.T
	ctx     context.Context
	now     time.Time
	st      *store.Store
	eng     *Engine
	smtp    *mailtest.SMTPServer
	imap    *mailtest.IMAPServer
	watcher *imapwatch.Watcher
	uid     uint32
	seen    int // owner mail already returned by newOwnerMail
}

func newHarness(t *testing.T, extra string) *harness {
	t.Helper()
	h := &harness{t: t, ctx: context.Background(), now: time.Date(2026, 3, 9, 9, 0, 0, 0, london)}
	h.smtp = mailtest.NewSMTPServer(t)
	h.imap = mailtest.NewIMAPServer(t, ownerAddr, ownerPass)
	cfgText := fmt.Sprintf(`[owner]
name = "Alex Candidate"
email = %q
aliases = ["alex.phone@candidate.example"]
timezone = "Europe/London"
country = "GB"
signature = "Alex Candidate\n+44 20 7946 0000"
[imap]
host = "127.0.0.1"
port = %d
security = "none"
username = %q
password = %q
[smtp]
host = "127.0.0.1"
port = %d
security = "none"
append_sent = "always"
[store]
path = %q
%s`, ownerAddr, h.imap.Port(), ownerAddr, ownerPass, h.smtp.Port(), filepath.Join(t.TempDir(), "f.db"), extra)
	cfg, err := config.Parse([]byte(cfgText))
	if err != nil {
		t.Fatalf("config: %v", err)
	}
	h.st, err = store.Open(h.ctx, cfg.StorePath())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = h.st.Close() })
	tpl, err := compose.Load("")
	if err != nil {
		t.Fatal(err)
	}
	sender, err := submit.New(submit.Config{Host: "127.0.0.1", Port: h.smtp.Port(), Security: "none", HELO: "candidate.example", Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	h.watcher, err = imapwatch.New(imapwatch.Config{Host: "127.0.0.1", Port: h.imap.Port(), Security: "none", Username: ownerAddr,
		Password: cfg.IMAP.Secret(), WatchSent: true}, imapwatch.HandlerFunc(func(context.Context, imapwatch.Message) error { return nil }), nopCheckpoints{})
	if err != nil {
		t.Fatal(err)
	}
	h.eng = New(cfg, h.st, tpl, []byte("0123456789abcdef0123456789abcdef"), sender, h.watcher, nil, func() time.Time { return h.now })
	return h
}

type nopCheckpoints struct{}

func (nopCheckpoints) LoadCheckpoint(context.Context, string) (uint32, uint32, bool, error) {
	return 0, 0, false, nil
}
func (nopCheckpoints) SaveCheckpoint(context.Context, string, uint32, uint32) error { return nil }

// at moves the clock.
func (h *harness) at(t time.Time) { h.now = t }

// inbox hands a message to the engine as the watcher would.
func (h *harness) inbox(raw string) {
	h.t.Helper()
	h.handle(raw, imapwatch.RoleInbox, "INBOX")
}

// sentByHand hands a message from the Sent folder to the engine.
func (h *harness) sentByHand(raw string) {
	h.t.Helper()
	h.handle(raw, imapwatch.RoleSent, "Sent")
}

func (h *harness) handle(raw string, role imapwatch.Role, box string) {
	h.t.Helper()
	h.uid++
	raw = strings.ReplaceAll(raw, "\n", "\r\n")
	if err := h.eng.Handle(h.ctx, imapwatch.Message{Mailbox: box, Role: role, UID: h.uid, UIDValidity: 1, InternalDate: h.now, Raw: []byte(raw)}); err != nil {
		h.t.Fatalf("Handle = %v", err)
	}
}

// work runs the outbox at the current time.
func (h *harness) work() {
	h.t.Helper()
	if err := h.eng.Work(h.ctx, h.now); err != nil {
		h.t.Logf("Work = %v", err)
	}
}

// mail is one message the SMTP server received, parsed.
type mail struct {
	to  []string
	msg *message.Message
	raw []byte
}

func (h *harness) all() []mail {
	h.t.Helper()
	var out []mail
	for _, r := range h.smtp.Messages() {
		m, err := message.Parse(bytes.NewReader(r.Data))
		if err != nil {
			h.t.Fatalf("received unparsable mail: %v", err)
		}
		out = append(out, mail{to: r.To, msg: m, raw: r.Data})
	}
	return out
}

// employerMail returns what left for anyone but the owner.
func (h *harness) employerMail() []mail {
	var out []mail
	for _, m := range h.all() {
		if m.to[0] != ownerAddr {
			out = append(out, m)
		}
	}
	return out
}

// newOwnerMail returns the owner's mail that arrived since the last call.
func (h *harness) newOwnerMail() []mail {
	var out []mail
	for _, m := range h.all() {
		if m.to[0] == ownerAddr {
			out = append(out, m)
		}
	}
	n := h.seen
	h.seen = len(out)
	return out[n:]
}

// answer makes the owner's reply to an approval request.
func answer(req mail, from, body string) string {
	refs := ""
	for _, r := range append(append([]string{}, req.msg.References...), req.msg.MessageID) {
		refs += " <" + r + ">"
	}
	return fmt.Sprintf("From: Alex Candidate <%s>\nTo: %s\nSubject: Re: %s\nDate: Mon, 09 Mar 2026 12:00:00 +0000\nMessage-ID: <answer-%d@candidate.example>\nIn-Reply-To: <%s>\nReferences:%s\nContent-Type: text/plain; charset=utf-8\n\n%s\n",
		from, ownerAddr, req.msg.Subject, time.Now().UnixNano(), req.msg.MessageID, refs, body)
}

func (h *harness) followups() []followup.Followup {
	h.t.Helper()
	fus, err := h.st.AllFollowups(h.ctx)
	if err != nil {
		h.t.Fatal(err)
	}
	return fus
}

func (h *harness) states() string {
	var s []string
	for _, f := range h.followups() {
		s = append(s, fmt.Sprintf("#%d %s %s", f.ID, f.Kind, f.State))
	}
	return strings.Join(s, "; ")
}

var tokenRe = regexp.MustCompile(`fu\.(\d+)\.(\d+)\.`)

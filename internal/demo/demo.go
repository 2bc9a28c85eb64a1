// Package demo plays followupd's whole story on in-process IMAP and SMTP
// servers with a fast virtual clock, for a newcomer with nothing
// configured: an interview is detected, the owner is asked, answers from
// "a phone", and the thank-yous leave at 09:00 in the recipient's zone; a
// rejection gets a threaded feedback request; a newsletter is left alone;
// a message followupd cannot read is asked about in the daily question,
// and the owner's answer ("1 rejection") leads to its approval request.
// It runs the same daemon code as `followupd run`.
package demo

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/followupd/followupd/internal/config"
	"github.com/followupd/followupd/internal/daemon"
	"github.com/followupd/followupd/internal/mail/message"
	"github.com/followupd/followupd/internal/schedule"
)

// Options tune the demo.
type Options struct {
	// Factor, when set, makes the virtual clock run that many times faster
	// than real time. By default (0) the clock stands still while anything
	// is happening and jumps to the next planned moment as soon as all is
	// quiet, so that every letter leaves at its exact planned minute.
	Factor float64
	// Timeout bounds the demo in real time (default 90 s).
	Timeout time.Duration
}

// Result summarises what the demo observed.
type Result struct {
	Delivered []Delivered // mail that reached the employers, in order
	Approvals int         // approval requests the owner received
	Replies   int         // answers the owner sent
}

// Delivered is one letter an employer received.
type Delivered struct {
	To       string
	Subject  string
	At       time.Time // virtual time, in the recipient's zone
	Threaded bool
}

// Run plays the demo, printing the story to w.
func Run(ctx context.Context, w io.Writer, o Options) (Result, error) {
	if o.Timeout == 0 {
		o.Timeout = 90 * time.Second
	}
	london, _ := time.LoadLocation("Europe/London")
	toronto, _ := time.LoadLocation("America/Toronto")
	// Thursday 5 March 2026, 19:30 in London (14:30 in Toronto).
	start := time.Date(2026, 3, 5, 19, 30, 0, 0, london)
	var clock schedule.Clock
	var manual *schedule.ManualClock
	if o.Factor > 0 {
		clock = schedule.NewScaledClock(start, o.Factor)
	} else {
		manual = schedule.NewManualClock(start)
		clock = manual
	}
	p := &printer{w: w, clock: clock, owner: london}

	dir, err := os.MkdirTemp("", "followupd-demo-")
	if err != nil {
		return Result{}, err
	}
	defer os.RemoveAll(dir)

	var res Result
	var mu sync.Mutex
	done := make(chan struct{})
	var srv *mailServers
	replyTo := make(chan []byte, 16)
	srv, err = startServers(ownerEmail, ownerPass,
		func(raw []byte) { // mail for the owner: approval requests, confirmations
			m, err := message.Parse(bytes.NewReader(raw))
			if err != nil {
				return
			}
			switch m.Get("X-Followupd") {
			case "approval-request":
				mu.Lock()
				res.Approvals++
				mu.Unlock()
				p.say("approval request in your inbox: %q", m.Subject)
				replyTo <- raw
			case "confirmation":
				p.say("confirmation in your inbox: %q", m.Subject)
			case "question":
				p.say("question in your inbox: %q", m.Subject)
				item := false
				for _, l := range strings.Split(m.Body, "\n") {
					item = strings.HasPrefix(l, "1. ") || (item && strings.TrimSpace(l) != "")
					if item {
						p.say("    %s", strings.TrimSpace(l))
					}
				}
				replyTo <- raw
			case "":
				// The letter itself, Bcc'd to the owner (smtp.bcc_self): the
				// copy that proves it left if the daemon dies mid-send.
				p.say("your Bcc copy of the letter: %q", m.Subject)
			default:
				p.say("notice in your inbox: %q", m.Subject)
			}
		},
		func(to []string, raw []byte) { // mail for employers
			m, _ := message.Parse(bytes.NewReader(raw))
			subject := ""
			threaded := false
			if m != nil {
				subject, threaded = m.Subject, len(m.InReplyTo) > 0
			}
			now := clock.Now()
			zone := london
			if strings.Contains(to[0], "northwind") {
				zone = toronto
			}
			mu.Lock()
			res.Delivered = append(res.Delivered, Delivered{To: to[0], Subject: subject, At: now.In(zone), Threaded: threaded})
			n := len(res.Delivered)
			mu.Unlock()
			thread := ""
			if threaded {
				thread = ", in the rejection's thread"
			}
			p.say("SENT to %s: %q%s — %s their time", to[0], subject, thread, now.In(zone).Format("Mon 15:04 MST"))
			if n == letters {
				close(done)
			}
		})
	if err != nil {
		return res, err
	}
	defer srv.close()

	cfgText := fmt.Sprintf(`[owner]
name = %q
email = %q
timezone = "Europe/London"
country = "GB"
signature = "Alex Candidate\n+44 20 7946 0000"
[imap]
host = "127.0.0.1"
port = %d
security = "none"
username = %q
password = %q
lookback_days = 7
watch_sent = false
[smtp]
host = "127.0.0.1"
port = %d
security = "none"
append_sent = "never"
[questions]
at = "20:00"
[store]
path = %q
`, ownerName, ownerEmail, port(srv.imapLn), ownerEmail, ownerPass, port(srv.smtpLn), filepath.Join(dir, "followupd.db"))
	cfg, err := config.Parse([]byte(cfgText))
	if err != nil {
		return res, fmt.Errorf("demo config: %w", err)
	}

	fmt.Fprintf(w, "followupd demo: in-process IMAP (127.0.0.1:%d) and SMTP (127.0.0.1:%d), store in %s\n", port(srv.imapLn), port(srv.smtpLn), dir)
	speed := "jumps ahead whenever all is quiet"
	if o.Factor > 0 {
		speed = fmt.Sprintf("%gx real time", o.Factor)
	}
	fmt.Fprintf(w, "virtual clock: %s; you are %s in London; Northwind is in Toronto\n\n", speed, ownerName)

	// The inbox before the daemon starts.
	interviewStart := time.Date(2026, 3, 5, 15, 0, 0, 0, toronto)
	for _, m := range []string{
		interviewMail(start.Add(-26*time.Hour), interviewStart),
		newsletterMail(start.Add(-3 * time.Hour)),
		unsureMail(start.Add(-2 * time.Hour)),
		rejectionMail(start.Add(-5 * time.Minute)),
	} {
		if err := srv.deliver([]byte(m)); err != nil {
			return res, err
		}
	}
	p.say("your inbox holds: an interview confirmation (Thu 15:00-16:00 Toronto, with a calendar invitation), a newsletter, a vague update from Fabrikam, a rejection")

	ctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()
	logger := slog.New(&storyHandler{p: p})
	derr := make(chan error, 1)
	go func() {
		derr <- daemon.Run(ctx, daemon.Options{Config: cfg, Clock: clock, Logger: logger, MaxSleep: 48 * time.Hour})
	}()

	// The owner, answering from a phone.
	notesSent := false
	quiet := time.NewTicker(50 * time.Millisecond)
	defer quiet.Stop()
	for {
		select {
		case <-quiet.C:
			// Fast-forward: when nothing has happened for a while and the
			// outbox sleeps, jump to its next wake-up.
			if manual != nil && time.Since(p.lastActivity()) > 400*time.Millisecond && len(replyTo) == 0 {
				if next, ok := manual.Next(); ok {
					manual.Set(next)
					p.touch()
				}
			}
		case raw := <-replyTo:
			m, err := message.Parse(bytes.NewReader(raw))
			if err != nil {
				continue
			}
			answer := "Send"
			if m.Get("X-Followupd") == "question" {
				answer = "1 rejection"
			} else if !notesSent && strings.Contains(strings.ToLower(m.Subject), "thank") {
				answer = "notes: discussed: moving the weekly reporting to dbt; promised: I will send my dashboard samples by Friday"
				notesSent = true
			}
			if manual != nil {
				manual.Advance(12 * time.Minute) // a person takes a moment
			} else {
				time.Sleep(200 * time.Millisecond)
			}
			p.say("you reply from your phone: %q", answer)
			if err := srv.deliver([]byte(ownerReply(m.MessageID, m.Subject, answer, m.Body, clock.Now()))); err != nil {
				return res, err
			}
			mu.Lock()
			res.Replies++
			mu.Unlock()
		case <-done:
			time.Sleep(300 * time.Millisecond) // let the confirmations arrive
			cancel()
			<-derr
			p.summary(res)
			return res, nil
		case err := <-derr:
			if err == nil {
				err = errors.New("the daemon stopped before the story ended")
			}
			return res, err
		case <-ctx.Done():
			return res, fmt.Errorf("demo did not finish within %s: %d of %d letters delivered", o.Timeout, len(res.Delivered), letters)
		}
	}
}

// letters is how many letters the story sends: two thank-yous and two
// feedback requests (one after the owner's answer to the question).
const letters = 4

// printer writes story lines stamped with the virtual time.
type printer struct {
	mu    sync.Mutex
	w     io.Writer
	clock schedule.Clock
	owner *time.Location
	last  time.Time // real time of the last line or event
}

func (p *printer) touch() {
	p.mu.Lock()
	p.last = time.Now()
	p.mu.Unlock()
}

func (p *printer) lastActivity() time.Time {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.last
}

func (p *printer) say(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.last = time.Now()
	fmt.Fprintf(p.w, "[%s] %s\n", p.clock.Now().In(p.owner).Format("Mon 2 Jan 15:04 MST"), fmt.Sprintf(format, args...))
}

func (p *printer) summary(r Result) {
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprintf(p.w, "\nSummary: %d approval requests, %d answers from you, %d letters sent:\n", r.Approvals, r.Replies, len(r.Delivered))
	for _, d := range r.Delivered {
		fmt.Fprintf(p.w, "  %-32s %s  %q\n", d.To, d.At.Format("Mon 2 Jan 15:04 MST"), d.Subject)
	}
	fmt.Fprintln(p.w, "Nothing was sent to the newsletter, nothing left without your answer, the message followupd could not read waited for your word, and every letter left in business hours.")
}

// storyHandler turns the daemon's log into story lines.
type storyHandler struct {
	p     *printer
	attrs []slog.Attr
}

func (h *storyHandler) Enabled(_ context.Context, l slog.Level) bool { return true }
func (h *storyHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return &storyHandler{p: h.p, attrs: append(append([]slog.Attr{}, h.attrs...), as...)}
}
func (h *storyHandler) WithGroup(string) slog.Handler { return h }
func (h *storyHandler) Handle(_ context.Context, r slog.Record) error {
	a := map[string]string{}
	r.Attrs(func(x slog.Attr) bool { a[x.Key] = x.Value.String(); return true })
	h.p.touch()
	switch r.Message {
	case "message classified":
		company := ""
		if a["company"] != "" {
			company = " (" + a["company"] + ")"
		}
		h.p.say("read a message: %s%s", a["kind"], company)
	case "thank-you planned":
		h.p.say("  → thank-you #%s drafted; you will be asked when the interview ends", a["followup"])
	case "feedback request planned":
		h.p.say("  → feedback request #%s drafted", a["followup"])
	case "owner answered":
		h.p.say("read your answer to #%s: %s", a["followup"], a["action"])
	case "unsure how to read the message: the owner will be asked":
		h.p.say("  → not sure what it says: it goes in the daily question \"Did I read these right?\"")
	case "owner answered a question":
		h.p.say("read your answer to the question: %s done, %s not", a["done"], a["not_done"])
	default:
		if r.Level >= slog.LevelWarn {
			h.p.say("%s: %s %v", r.Level, r.Message, a)
		}
	}
	return nil
}

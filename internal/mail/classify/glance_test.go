package classify

import (
	"bytes"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/mail/mailtest"
	"github.com/followupd/followupd/internal/mail/message"
)

// TestGlanceAgreesWithClassify: on every labelled message of testdata and
// on a generated inbox, a message Glance settles gets exactly the Result
// Classify gives it, Scan gives every message Classify's Result; calendar
// mail, replies and decisions are never settled.
func TestGlanceAgreesWithClassify(t *testing.T) {
	var msgs []*message.Message
	var names []string
	files, _ := filepath.Glob(filepath.Join("testdata", "*", "*.eml"))
	more, _ := filepath.Glob(filepath.Join("testdata", "*.eml"))
	for _, f := range append(files, more...) {
		msgs = append(msgs, parseFile(t, f))
		names = append(names, f)
	}
	for i, m := range mailtest.Inbox(1500, time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC), 300, "alex@candidate.example", "glance", 3) {
		pm, err := message.Parse(bytes.NewReader(m.Raw))
		if err != nil {
			t.Fatal(err)
		}
		msgs = append(msgs, pm)
		names = append(names, fmt.Sprintf("generated %s #%d", m.Kind, i))
	}
	settled := 0
	for i, m := range msgs {
		opt := Options{Self: []string{"alex@candidate.example"}}
		s, glanced := Scan(m, opt)
		if c := Classify(m, opt); !reflect.DeepEqual(s, c) {
			t.Errorf("%s: Scan = %+v, Classify = %+v", names[i], s, c)
		}
		g, ok := Glance(m, opt)
		if ok != glanced {
			t.Errorf("%s: Glance settled it: %v, Scan glanced at it: %v", names[i], ok, glanced)
		}
		if !ok {
			continue
		}
		settled++
		if len(m.Events) > 0 || len(m.InReplyTo) > 0 {
			t.Errorf("%s: Glance settled a message with a calendar part or a reply", names[i])
		}
		if c := Classify(m, opt); !reflect.DeepEqual(g, c) {
			t.Errorf("%s: Glance = %+v, Classify = %+v", names[i], g, c)
		}
	}
	t.Logf("%d of %d messages settled by Glance", settled, len(msgs))
	if settled == 0 {
		t.Errorf("Glance settled nothing")
	}
}

// TestGlanceNeverSettles names the mail Glance must leave to Classify.
func TestGlanceNeverSettles(t *testing.T) {
	const list = "From: News <news@list.example>\nTo: alex@candidate.example\nList-Id: <news.list.example>\nPrecedence: bulk\n"
	tests := []struct {
		name, raw string
	}{
		{"calendar part", list + "Subject: Webinar\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nJoin us.\n--b\nContent-Type: text/calendar; method=REQUEST\n\nBEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:1\nDTSTART:20261201T100000Z\nSUMMARY:Webinar\nEND:VEVENT\nEND:VCALENDAR\n--b--\n"},
		{"reply in a thread", list + "Subject: Re: your application\nIn-Reply-To: <a@acme.example>\n\nThanks, we read it.\n"},
		{"a decision in bulk mail", list + "Subject: Your application for Data Analyst\n\nUnfortunately we have decided not to move forward with your application for the Data Analyst role.\n"},
		{"not list mail", "From: Sam <sam@friends.example>\nTo: alex@candidate.example\nSubject: Lunch\n\nLunch on Friday?\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := message.Parse(bytes.NewReader([]byte(tt.raw)))
			if err != nil {
				t.Fatal(err)
			}
			if r, ok := Glance(m, Options{Self: []string{"alex@candidate.example"}}); ok {
				t.Errorf("Glance(%s) settled it as %+v, want it left to Classify", tt.name, r)
			}
		})
	}
}

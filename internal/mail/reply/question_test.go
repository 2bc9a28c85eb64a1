package reply

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/mail/message"
)

func TestAnswers(t *testing.T) {
	thu := When{Weekday: time.Thursday, HasWeekday: true, Hour: 15, HasClock: true}
	tests := []struct {
		name   string
		text   string
		want   []Answer
		unread []string
	}{
		{"one rejection", "2 rejection", []Answer{{Items: []int{2}, Verdict: Rejection}}, nil},
		{"interview with time and person", "3 interview Thu 15:00 with Priya Raman <priya@northwind.example>",
			[]Answer{{Items: []int{3}, Verdict: Interview, When: thu, With: []message.Address{{Name: "Priya Raman", Email: "priya@northwind.example"}}}}, nil},
		{"two people", "1 interview on Thursday at 3pm with Tom Wu <tom@x.example> and Maya Chen <maya@x.example>",
			[]Answer{{Items: []int{1}, Verdict: Interview, When: thu, With: []message.Address{{Name: "Tom Wu", Email: "tom@x.example"}, {Name: "Maya Chen", Email: "maya@x.example"}}}}, nil},
		{"all ignore", "all ignore", []Answer{{All: true, Verdict: Ignore}}, nil},
		{"several lines, closing", "1 ignore\n2. rejection\n\nThanks,\nAlex",
			[]Answer{{Items: []int{1}, Verdict: Ignore}, {Items: []int{2}, Verdict: Rejection}}, nil},
		{"list of numbers", "1, 2 and 4 ignore", []Answer{{Items: []int{1, 2, 4}, Verdict: Ignore}}, nil},
		{"unknown verdict", "2 maybe", nil, []string{"2 maybe"}},
		{"rejection with extra words is not read", "2 rejection but ask nicely", nil, []string{"2 rejection but ask nicely"}},
		{"bare number is no time", "3 interview Thu 15", nil, []string{"3 interview Thu 15"}},
		{"all interview with a time is refused", "all interview Thu 15:00", nil, []string{"all interview Thu 15:00"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, unread := Answers(tt.text)
			if len(got) != len(tt.want) {
				t.Fatalf("Answers(%q) = %+v, want %+v", tt.text, got, tt.want)
			}
			for i := range got {
				g, w := got[i], tt.want[i]
				if g.Verdict != w.Verdict || g.All != w.All || g.When != w.When || !equalInts(g.Items, w.Items) || !equalPeople(g.With, w.With) {
					t.Errorf("Answers(%q)[%d] = %+v, want %+v", tt.text, i, g, w)
				}
			}
			if strings.Join(unread, "|") != strings.Join(tt.unread, "|") {
				t.Errorf("Answers(%q) unread = %q, want %q", tt.text, unread, tt.unread)
			}
		})
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func equalPeople(a, b []message.Address) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestWhenResolve(t *testing.T) {
	loc, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Fatal(err)
	}
	ref := time.Date(2026, 11, 24, 10, 0, 0, 0, loc) // a Tuesday
	tests := []struct {
		name string
		when string
		want time.Time
		ok   bool
	}{
		{"weekday ahead", "Thu 15:00", time.Date(2026, 11, 26, 15, 0, 0, 0, loc), true},
		{"same weekday is that day", "Tuesday 9:30am", time.Date(2026, 11, 24, 9, 30, 0, 0, loc), true},
		{"tomorrow", "tomorrow 14h", time.Date(2026, 11, 25, 14, 0, 0, 0, loc), true},
		{"ISO date", "2026-12-01 08:15", time.Date(2026, 12, 1, 8, 15, 0, 0, loc), true},
		{"day and month", "3 Dec 10:00", time.Date(2026, 12, 3, 10, 0, 0, 0, loc), true},
		{"no time of day", "Thu", time.Time{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, ok := parseWhen(tt.when)
			if !ok {
				t.Fatalf("parseWhen(%q) failed", tt.when)
			}
			got, ok := w.Resolve(ref, loc)
			if ok != tt.ok || !got.Equal(tt.want) {
				t.Errorf("Resolve(%q) = %v, %v, want %v, %v", tt.when, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestQuestionToken(t *testing.T) {
	secret := []byte("0123456789abcdef0123")
	id := QuestionID(secret, 7, "example.test")
	tests := []struct {
		name string
		id   string
		want int64
		ok   bool
	}{
		{"genuine", id, 7, true},
		{"with brackets", "<" + id + ">", 7, true},
		{"other secret", QuestionID([]byte("another secret, long enough"), 7, "example.test"), 0, false},
		{"number changed", strings.Replace(id, "q.7.", "q.8.", 1), 0, false},
		{"an approval token is no question", strings.Trim(MessageID(secret, 7, 1, "example.test"), "<>"), 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ParseQuestionID(secret, tt.id)
			if got != tt.want || ok != tt.ok {
				t.Errorf("ParseQuestionID(%q) = %d, %v, want %d, %v", tt.id, got, ok, tt.want, tt.ok)
			}
		})
	}
	if q, ok := FindQuestion(secret, nil, []string{"x@y", id}); !ok || q != 7 {
		t.Errorf("FindQuestion = %d, %v, want 7, true", q, ok)
	}
}

func TestReadForward(t *testing.T) {
	tests := []struct {
		name, raw            string
		verdict              Verdict
		from, subject, msgID string
	}{
		{"Gmail inline", "From: Alex <alex@example.test>\r\nTo: alex@example.test\r\nSubject: Fwd: Your application\r\n\r\n" +
			"rejection\r\n\r\n---------- Forwarded message ---------\r\nFrom: Sam Patel <sam@contoso.example>\r\nDate: Mon, 23 Nov 2026 at 10:00\r\n" +
			"Subject: Your application\r\nTo: <alex@example.test>\r\n\r\nDear Alex, we went another way.\r\n",
			Rejection, "sam@contoso.example", "Your application", ""},
		{"Outlook inline", "From: Alex <alex@example.test>\r\nTo: alex@example.test\r\nSubject: FW: Next steps\r\n\r\n" +
			"interview Fri 10:00 with Tom Wu <tom@x.example>\r\n\r\n________________________________\r\nFrom: Tom Wu [mailto:tom@x.example]\r\n" +
			"Sent: Monday, November 23, 2026 9:12 AM\r\nTo: Alex\r\nSubject: Next steps\r\n\r\nLet's talk on Friday.\r\n",
			Interview, "tom@x.example", "Next steps", ""},
		{"attached", "From: Alex <alex@example.test>\r\nTo: alex@example.test\r\nSubject: Fwd: Update\r\nMIME-Version: 1.0\r\n" +
			"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nignore\r\n--b\r\nContent-Type: message/rfc822\r\n\r\n" +
			"From: HR <hr@acme.example>\r\nSubject: Update\r\nMessage-ID: <u1@acme.example>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\n\r\nAn update.\r\n--b--\r\n",
			Ignore, "hr@acme.example", "Update", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := message.Parse(bytes.NewReader([]byte(tt.raw)))
			if err != nil {
				t.Fatal(err)
			}
			fw, ok := ReadForward(m)
			if !ok {
				t.Fatalf("ReadForward found no forward to act in:\n%s", m.Body)
			}
			o := fw.Original
			if fw.Answer.Verdict != tt.verdict || len(o.From) == 0 || o.From[0].Email != tt.from || o.Subject != tt.subject || o.MessageID != tt.msgID {
				t.Errorf("ReadForward = %q from %v subject %q id %q, want %q from %s subject %q id %q",
					fw.Answer.Verdict, o.From, o.Subject, o.MessageID, tt.verdict, tt.from, tt.subject, tt.msgID)
			}
		})
	}
	plain, _ := message.Parse(bytes.NewReader([]byte("From: a@b.example\r\nSubject: hi\r\n\r\nrejection is hard\r\n")))
	if _, ok := ReadForward(plain); ok {
		t.Errorf("ReadForward read a plain message as a forward")
	}
}

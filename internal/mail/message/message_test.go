package message

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/*.json from the current output")

// sharedDir returns the shared fixtures folder (../shared from the module root, or
// $FOLLOWUPD_SHARED), skipping the test when it is absent.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("FOLLOWUPD_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "..", "shared")
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skip("../shared not found: set FOLLOWUPD_SHARED to the shared fixtures folder")
	}
	return dir
}

func parseFile(t testing.TB, path string) *Message {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := Parse(f)
	if err != nil {
		t.Fatalf("Parse(%s) error: %v", path, err)
	}
	return m
}

// TestParseGolden compares the whole Message of every testdata/*.eml with its golden JSON.
func TestParseGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.eml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata/*.eml: %v", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".eml")
		t.Run(name, func(t *testing.T) {
			m := parseFile(t, file)
			got, err := json.MarshalIndent(m, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("read golden (run go test -update): %v", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("Parse(%s) differs from %s (run go test -update and review the diff):\n%s", file, golden, got)
			}
		})
	}
}

func mustTime(t testing.TB, s string) time.Time {
	t.Helper()
	tm, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return tm
}

// TestParse checks the fields that matter downstream, fixture by fixture.
func TestParse(t *testing.T) {
	tests := []struct {
		name  string
		file  string
		check func(t *testing.T, m *Message)
	}{
		{"LF headers", "plain-lf.eml", checkPlainHeaders},
		{"CRLF headers", "plain-crlf.eml", checkPlainHeaders},
		{"Latin-1 quoted-printable", "latin1-qp.eml", func(t *testing.T, m *Message) {
			eq(t, "From[0].Name", m.From[0].Name, "René Côté")
			eq(t, "Subject", m.Subject, "Entretien téléphonique")
			contains(t, "Body", m.Body, "Je vous propose un entretien téléphonique mercredi à 11 h (heure de Montréal). Ça vous convient?")
			contains(t, "Body", m.Body, "René Côté")
		}},
		{"raw 8-bit Latin-1 without charset", "latin1-8bit.eml", func(t *testing.T, m *Message) {
			contains(t, "Body", m.Body, "Merci beaucoup, à bientôt.\nRéné")
			if len(m.Warnings) == 0 {
				t.Errorf("Warnings = %q, want a charset fallback warning", m.Warnings)
			}
		}},
		{"base64 UTF-8", "base64-utf8.eml", func(t *testing.T, m *Message) {
			contains(t, "Body", m.Body, "We’d like to invite you to an interview — 14:00 Zürich time.")
			eq(t, "Date", m.Date.Format(time.RFC3339), "2026-03-02T11:05:14+01:00")
		}},
		{"HTML only with a table", "html-table.eml", func(t *testing.T, m *Message) {
			contains(t, "Body", m.Body, "Hi Jordan,")
			contains(t, "Body", m.Body, "Date | Thursday, 3 December 2026\nTime | 10:00 AM EST")
			contains(t, "Body", m.Body, "Where | Video call <https://meet.example/abc>")
			contains(t, "Body", m.Body, "See you then,\nThe Talentry team\nCafé & more")
			notContains(t, "Body", m.Body, "color: red")
			notContains(t, "Body", m.Body, "tracking")
			contains(t, "HTML", m.HTML, "<table border=\"1\">")
			eq(t, "Text", m.Text, m.Body)
		}},
		{"alternative with inline calendar and the same .ics attached", "alt-calendar.eml", func(t *testing.T, m *Message) {
			eq(t, "Body", m.Body, "You have been invited to a screening call on Friday 12 June at 10:30 (Toronto).")
			if len(m.Events) != 1 {
				t.Fatalf("len(Events) = %d, want 1 (inline and attached copies deduplicated)", len(m.Events))
			}
			e := m.Events[0]
			eq(t, "Method", e.Method, "REQUEST")
			eq(t, "UID", e.UID, "toronto-1@lakeshore.example")
			eq(t, "Zone", e.Zone, "America/Toronto")
			eqTime(t, "Start", e.Start, mustTime(t, "2026-06-12T10:30:00-04:00"))
			eqTime(t, "End", e.End, mustTime(t, "2026-06-12T11:00:00-04:00"))
			eq(t, "Start zone", e.Start.Location().String(), "America/Toronto")
			eq(t, "Summary", e.Summary, "Screening call, Full Stack Developer")
			eq(t, "Description", e.Description, "Hi Jordan\nJoin: https://meet.example/x")
			eq(t, "Status", e.Status, "CONFIRMED")
			eq(t, "Organizer", e.Organizer.Email, "nadia.okafor@lakeshore.example")
			if len(e.Attendees) != 2 {
				t.Fatalf("len(Attendees) = %d, want 2", len(e.Attendees))
			}
			eq(t, "Attendees[0]", e.Attendees[0], Attendee{Name: "Lee, Jordan", Email: "jordan.lee@mail.example", Role: "REQ-PARTICIPANT", CUType: "INDIVIDUAL", PartStat: "NEEDS-ACTION"})
			eq(t, "Attendees[1].Role", e.Attendees[1].Role, "CHAIR")
			eq(t, "Attendees[1].Email", e.Attendees[1].Email, "nadia.okafor@lakeshore.example")
			if len(m.Attachments) != 1 || m.Attachments[0].Filename != "invite.ics" {
				t.Errorf("Attachments = %+v, want invite.ics", m.Attachments)
			}
		}},
		{".ics attachment with Windows TZIDs", "windows-tz.eml", func(t *testing.T, m *Message) {
			if len(m.Events) != 2 {
				t.Fatalf("len(Events) = %d, want 2", len(m.Events))
			}
			eq(t, "Events[0].Zone", m.Events[0].Zone, "Europe/Paris")
			eqTime(t, "Events[0].Start", m.Events[0].Start, mustTime(t, "2026-10-27T16:00:00+01:00"))
			eq(t, "Events[0].Description", m.Events[0].Description, "Entrevista técnica")
			eq(t, "Events[0].Organizer.Name", m.Events[0].Organizer.Name, "Lucía Fernández")
			eq(t, "Events[1].Zone", m.Events[1].Zone, "Europe/London")
			eqTime(t, "Events[1].Start (BST despite the +00:00 label)", m.Events[1].Start, mustTime(t, "2026-04-02T10:00:00+01:00"))
			eqTime(t, "Events[1].End (DURATION)", m.Events[1].End, mustTime(t, "2026-04-02T11:30:00+01:00"))
			eq(t, "Events[1].Sequence", m.Events[1].Sequence, 1)
			eq(t, "Text", m.Text, "Hola Jordan, please find the invitation attached.")
		}},
		{"CANCEL", "cancel.eml", func(t *testing.T, m *Message) {
			if len(m.Events) != 1 {
				t.Fatalf("len(Events) = %d, want 1", len(m.Events))
			}
			e := m.Events[0]
			eq(t, "Method", e.Method, "CANCEL")
			eq(t, "Status", e.Status, "CANCELLED")
			eq(t, "Sequence", e.Sequence, 2)
			eq(t, "Zone", e.Zone, "America/New_York")
			eq(t, "Summary", e.Summary, "Canceled: Interview – DevOps Engineer")
			eqTime(t, "Start", e.Start, mustTime(t, "2026-10-22T14:00:00-04:00"))
			eqTime(t, "End (TZID variant \"… 1\")", e.End, mustTime(t, "2026-10-22T15:00:00-04:00"))
		}},
		{"Gmail reply", "gmail-reply.eml", func(t *testing.T, m *Message) {
			eq(t, "Text", m.Text, "Good luck tomorrow, you will be great!")
			contains(t, "Quoted", m.Quoted, "My interview is tomorrow at 2pm.")
			notContains(t, "Quoted", m.Quoted, "> ")
			contains(t, "Body", m.Body, "Good luck tomorrow")
			contains(t, "Body", m.Body, "> My interview is tomorrow at 2pm.")
			eq(t, "InReplyTo", strings.Join(m.InReplyTo, ","), "orig-1@mail.example")
		}},
		{"Outlook HTML reply", "outlook-html-reply.eml", func(t *testing.T, m *Message) {
			eq(t, "Text", m.Text, "Hi Jordan – the panel moved to 2:30pm.")
			contains(t, "Quoted", m.Quoted, "Is the panel still at 10am?")
			contains(t, "Body", m.Body, "Is the panel still at 10am?")
		}},
		{"forwarded inline", "forwarded.eml", func(t *testing.T, m *Message) {
			eq(t, "Text", m.Text, "FYI, see below.")
			contains(t, "Quoted", m.Quoted, "The interview is on Thursday at 3pm Pacific.")
			contains(t, "Body", m.Body, "The interview is on Thursday at 3pm Pacific.")
		}},
		{"attached message/rfc822", "attached-message.eml", func(t *testing.T, m *Message) {
			eq(t, "Text", m.Text, "Forwarding the old invite.")
			contains(t, "Quoted", m.Quoted, "Join us Thursday.")
			contains(t, "Body", m.Body, "Subject: Interview invite\nTo: Sam Reyes <sam@fernhill.example>\n\nJoin us Thursday.")
			if len(m.Events) != 1 || !m.Events[0].Nested {
				t.Fatalf("Events = %+v, want one Nested event", m.Events)
			}
			eqTime(t, "Start", m.Events[0].Start, mustTime(t, "2026-09-24T22:00:00Z"))
		}},
		{"certified mail (PEC) envelope", "certified-pec.eml", func(t *testing.T, m *Message) {
			eq(t, "Text", m.Text, "Si comunica che, a seguito del colloquio sostenuto, la S.V. non è risultata idonea.")
			eq(t, "Subject", m.Subject, "Esito colloquio")
			eq(t, "ReplyTo", m.ReplyTo, []Address{{Email: "concorsi@pec.comune-esempio.example"}})
			if strings.Contains(m.Body, "Messaggio di posta certificata") {
				t.Errorf("Body = %q, want the attached letter alone", m.Body)
			}
		}},
		{"broken parts", "broken.eml", func(t *testing.T, m *Message) {
			if !m.Date.IsZero() {
				t.Errorf("Date = %v, want zero", m.Date)
			}
			eq(t, "From", m.From, []Address{{Name: "broken sender", Email: "broken@example.test"}})
			contains(t, "Body", m.Body, "Café body text")
			contains(t, "Body", m.Body, "second text")
			if len(m.Attachments) != 1 || m.Attachments[0].Filename != "a.pdf" {
				t.Errorf("Attachments = %+v, want a.pdf", m.Attachments)
			}
			if len(m.Warnings) < 3 {
				t.Errorf("Warnings = %q, want date, charset, encoding and boundary warnings", m.Warnings)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.check(t, parseFile(t, filepath.Join("testdata", tt.file)))
		})
	}
}

func checkPlainHeaders(t *testing.T, m *Message) {
	t.Helper()
	eq(t, "MessageID", m.MessageID, "abc123@acme.example")
	eq(t, "InReplyTo", strings.Join(m.InReplyTo, " "), "prev-1@mail.example")
	eq(t, "References", strings.Join(m.References, " "), "root-0@acme.example prev-1@mail.example")
	eq(t, "Date", m.Date.Format(time.RFC3339), "2026-03-03T09:41:12-05:00")
	eq(t, "Subject", m.Subject, "Interview – next steps")
	eq(t, "From", m.From, []Address{{Name: "Ana María López", Email: "ana.lopez@acme.example"}})
	eq(t, "ReplyTo", m.ReplyTo, []Address{{Name: "René Côté", Email: "rene@acme.example"}})
	eq(t, "To", m.To, []Address{{Name: "Jordan Lee", Email: "jordan.lee@mail.example"}, {Name: "Lee, Sam", Email: "sam@mail.example"}})
	eq(t, "Cc", m.Cc, []Address{{Email: "recruiting@acme.example"}})
	eq(t, `Get("auto-submitted")`, m.Get("auto-submitted"), "no")
	eq(t, `Get("LIST-ID")`, m.Get("LIST-ID"), "Careers <careers.acme.example>")
	eq(t, "Body", m.Body, "Hi Jordan,\n\nThanks for your time today. Could you do Tuesday 10 March at 2 pm?\n\nAna")
	eq(t, "Text", m.Text, m.Body)
	eq(t, "Quoted", m.Quoted, "")
	if len(m.Warnings) != 0 {
		t.Errorf("Warnings = %q, want none", m.Warnings)
	}
}

func eq[T any](t *testing.T, what string, got, want T) {
	t.Helper()
	g, _ := json.Marshal(got)
	w, _ := json.Marshal(want)
	if !bytes.Equal(g, w) {
		t.Errorf("%s = %s, want %s", what, g, w)
	}
}

func eqTime(t *testing.T, what string, got, want time.Time) {
	t.Helper()
	if !got.Equal(want) {
		t.Errorf("%s = %v, want %v", what, got, want)
	}
}

func contains(t *testing.T, what, got, want string) {
	t.Helper()
	if !strings.Contains(got, want) {
		t.Errorf("%s = %q, want it to contain %q", what, got, want)
	}
}

func notContains(t *testing.T, what, got, bad string) {
	t.Helper()
	if strings.Contains(got, bad) {
		t.Errorf("%s = %q, want it without %q", what, got, bad)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, in string
	}{
		{"empty", ""},
		{"blank lines", "\n\n\n"},
		{"no header", "just some text\nand more\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse(strings.NewReader(tt.in))
			if err == nil {
				t.Errorf("Parse(%q) = %+v, nil; want an error", tt.in, m)
			}
		})
	}
}

func TestParseTolerant(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		wantBody string
	}{
		{"header only", "Subject: hi\n", ""},
		{"no MIME headers", "Subject: hi\n\nplain body\n", "plain body"},
		{"unindented continuation", "Subject: a\nContent-Type: text/plain;\ncharset=utf-8\n\nbody\n", "body"},
		{"missing close boundary", "Content-Type: multipart/mixed; boundary=x\n\n--x\n\nfirst\n--x\nContent-Type: text/plain\n\nsecond", "first\n\nsecond"},
		{"boundary never found", "Content-Type: multipart/mixed; boundary=x\n\nno parts here\n", ""},
		{"multipart without boundary parameter", "Content-Type: multipart/alternative\n\n--guess\nContent-Type: text/plain\n\nguessed\n--guess--\n", "guessed"},
		{"bad base64", "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\naGVsbG8gd29y!!bGQ=\n", "hello world"},
		{"bad quoted-printable", "Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\na=ZZb=3Dc=\n", "a=ZZb=c"},
		{"stub text part, real HTML", "Content-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/plain\n\n \n--b\nContent-Type: text/html\n\n<p>real text</p>\n--b--\n", "real text"},
		{"format=flowed", "Content-Type: text/plain; format=flowed\n\nCould you do Tuesday 10 March at \n2 pm? \nThanks\n-- \nAna\n", "Could you do Tuesday 10 March at 2 pm? Thanks\n-- \nAna"},
		{"format=flowed delsp", "Content-Type: text/plain; format=flowed; delsp=yes\n\nlong word split ac \nross lines\n", "long word split across lines"},
		{"echoed link", "Content-Type: text/html\n\n<a href=\"mailto:k@x.example\">k@x.example</a> or <a href=\"https://x.example\">https://x.example</a> or <a href=\"https://y.example\">site</a>\n", "k@x.example or https://x.example or site <https://y.example>"},
		{"HTML meta charset", "Content-Type: text/html\n\n<meta charset=\"iso-8859-1\"><p>caf\xe9</p>\n", "café"},
		{"mbox From line", "From someone@example Tue Mar  3 09:41:12 2026\nSubject: x\n\nbody\n", "body"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse(strings.NewReader(tt.in))
			if err != nil {
				t.Fatalf("Parse(%q) error: %v", tt.in, err)
			}
			if m.Body != tt.wantBody {
				t.Errorf("Parse(%q).Body = %q, want %q (warnings %q)", tt.in, m.Body, tt.wantBody, m.Warnings)
			}
		})
	}
}

func utf8Valid(s string) bool { return utf8.ValidString(s) }

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string // want RFC 3339, "" for zero
	}{
		{"Tue, 3 Mar 2026 09:41:12 -0500", "2026-03-03T09:41:12-05:00"},
		{"Tue, 3 Mar 2026 09:41:12 +0100 (CET)", "2026-03-03T09:41:12+01:00"},
		{"Tue, 3 Mar 2026 09:41:12 EST", "2026-03-03T09:41:12-05:00"},
		{"Tue, 3 Mar 2026 09:41:12 PDT", "2026-03-03T09:41:12-07:00"},
		{"Tue, 3 Mar 2026 09:41:12 GMT", "2026-03-03T09:41:12Z"},
		{"Tue, 3 Mar 2026 09:41:12 CEST", "2026-03-03T09:41:12+02:00"},
		{"3 Mar 2026 09:41 +0100", "2026-03-03T09:41:00+01:00"},
		{"Tue,3 Mar 2026 09:41:12 +0800", "2026-03-03T09:41:12+08:00"},
		{"Tue, 03 Mar 2026 09:41:12 +0530 (IST)", "2026-03-03T09:41:12+05:30"},
		{"yesterday", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got := parseDate(tt.in)
		if tt.want == "" {
			if !got.IsZero() {
				t.Errorf("parseDate(%q) = %v, want zero", tt.in, got)
			}
			continue
		}
		want := mustTime(t, tt.want)
		_, gotOff := got.Zone()
		_, wantOff := want.Zone()
		if !got.Equal(want) || gotOff != wantOff {
			t.Errorf("parseDate(%q) = %v, want %v", tt.in, got, want)
		}
	}
}

func TestSameName(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"identical", "Bob Brown", "Bob Brown", true},
		{"case", "bob BROWN", "Bob Brown", true},
		{"accents", "José Díaz", "Jose Diaz", true},
		{"spacing", " Zoë   Müller ", "zoe muller", true},
		{"other person", "Bob Brown", "Bo Brown", false},
		{"empty is nobody", "", "", false},
		{"one empty", "Bob", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SameName(tt.a, tt.b); got != tt.want {
				t.Errorf("SameName(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

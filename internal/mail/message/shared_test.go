package message

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestSharedFixtures parses every shared MIME and iCalendar fixture (real-world and
// deliberately broken input): no panic, and each within one second (a hang guard).
func TestSharedFixtures(t *testing.T) {
	dir := sharedDir(t)
	var files []string
	for _, sub := range []string{"fixtures/mime", "fixtures/ics"} {
		err := filepath.WalkDir(filepath.Join(dir, sub), func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && !strings.HasSuffix(p, ".md") {
				files = append(files, p)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(files) < 50 {
		t.Fatalf("found %d shared fixtures, want the ~60 mime and ics files", len(files))
	}
	for _, file := range files {
		rel, _ := filepath.Rel(dir, file)
		t.Run(rel, func(t *testing.T) {
			raw, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			if strings.HasSuffix(file, ".ics") {
				evs, err := ParseCalendar(bytes.NewReader(raw))
				if err != nil || len(evs) == 0 {
					t.Errorf("ParseCalendar(%s) = %d events, %v; want events", rel, len(evs), err)
				}
			} else {
				m, err := Parse(bytes.NewReader(raw))
				if err != nil && !strings.HasSuffix(file, "erroneous.raw") {
					t.Errorf("Parse(%s) error: %v", rel, err)
				}
				if err == nil && strings.TrimSpace(m.Body) == "" && len(m.Attachments) == 0 && len(m.Events) == 0 &&
					!strings.HasSuffix(file, "missing-closing-param-quote.raw") {
					t.Errorf("Parse(%s) read nothing: %+v", rel, m)
				}
			}
			if d, limit := time.Since(start), time.Second*slowdown; d > limit {
				t.Errorf("parsing %s took %v, want < %v", rel, d, limit)
			}
		})
	}
}

// label is the part of /work/shared/corpus/labels.json these tests use.
type label struct {
	File  string  `json:"file"`
	Kind  string  `json:"kind"`
	Start *string `json:"start"`
	End   *string `json:"end"`
}

// TestCorpus parses the job-search corpus: every message has a Subject, a Body and a From;
// the invitation events carry the labelled instants.
func TestCorpus(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "corpus")
	raw, err := os.ReadFile(filepath.Join(dir, "labels.json"))
	if err != nil {
		t.Fatal(err)
	}
	var labels []label
	if err := json.Unmarshal(raw, &labels); err != nil {
		t.Fatal(err)
	}
	withEvents := 0
	for _, l := range labels {
		t.Run(l.File, func(t *testing.T) {
			m := parseFile(t, filepath.Join(dir, l.File))
			if strings.TrimSpace(m.Subject) == "" {
				t.Errorf("Parse(%s).Subject is empty", l.File)
			}
			if strings.TrimSpace(m.Body) == "" {
				t.Errorf("Parse(%s).Body is empty", l.File)
			}
			if len(m.From) == 0 || !strings.Contains(m.From[0].Email, "@") {
				t.Errorf("Parse(%s).From = %v, want an address", l.File, m.From)
			}
			if m.Date.IsZero() {
				t.Errorf("Parse(%s).Date is zero", l.File)
			}
			if strings.Contains(m.Body, "\r") {
				t.Errorf("Parse(%s).Body contains CR", l.File)
			}
			if len(m.Events) == 0 {
				return
			}
			withEvents++
			if l.Kind == "interview_cancelled" {
				if m.Events[0].Method != "CANCEL" {
					t.Errorf("Parse(%s).Events[0].Method = %q, want CANCEL", l.File, m.Events[0].Method)
				}
				return
			}
			if l.Start == nil {
				return
			}
			want := mustTime(t, *l.Start)
			e := m.Events[0]
			eqTime(t, l.File+" Events[0].Start", e.Start, want)
			if l.End != nil {
				eqTime(t, l.File+" Events[0].End", e.End, mustTime(t, *l.End))
			}
		})
	}
	if flag.Lookup("test.run").Value.String() == "" && withEvents < 8 {
		t.Errorf("%d corpus messages have events, want the 10 with ICS parts", withEvents)
	}
}

// bigMessage streams a message of about size bytes: a short text part and one base64
// attachment, generated on the fly so the test itself holds no copy.
func bigMessage(size int) io.Reader {
	head := "From: a@example.test\r\nSubject: big\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=\"BIG\"\r\n\r\n--BIG\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\nSee the attachment.\r\n--BIG\r\n" +
		"Content-Type: application/pdf; name=\"big.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
	line := strings.Repeat("QUJD", 19) + "\r\n" // 76 chars = 57 decoded bytes
	lines := size / len(line)
	return io.MultiReader(strings.NewReader(head), &repeatReader{line: line, n: lines}, strings.NewReader("--BIG--\r\n"))
}

type repeatReader struct {
	line string
	n    int
	off  int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.line[r.off:])
	r.off += n
	if r.off == len(r.line) {
		r.off = 0
		r.n--
	}
	return n, nil
}

// TestBigMessageMemory parses a 20 MB message and checks that its attachment is counted,
// not held: the bytes allocated stay far below the message size.
func TestBigMessageMemory(t *testing.T) {
	const size = 20 << 20
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	m, err := Parse(bigMessage(size))
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("20 MB message: %d bytes allocated in total, heap in use after %d bytes", alloc, after.HeapInuse)
	if len(m.Attachments) != 1 || m.Attachments[0].Size < 14<<20 {
		t.Fatalf("Attachments = %+v, want big.pdf of ~15 MB", m.Attachments)
	}
	eq(t, "Body", m.Body, "See the attachment.")
	if alloc > 4<<20 {
		t.Errorf("parsing a 20 MB message allocated %d bytes, want < 4 MB (attachments must be streamed)", alloc)
	}
}

// TestHugeTextPartCapped checks that a text part beyond maxTextPart is cut with a warning.
func TestHugeTextPartCapped(t *testing.T) {
	body := strings.Repeat("all work and no play makes jack a dull boy\n", (5<<20)/43)
	m, err := Parse(strings.NewReader("Subject: huge\nContent-Type: text/plain\n\n" + body))
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Body) > maxTextPart {
		t.Errorf("len(Body) = %d, want <= %d", len(m.Body), maxTextPart)
	}
	if len(m.Warnings) == 0 || !strings.Contains(m.Warnings[0], "truncated") {
		t.Errorf("Warnings = %q, want a truncation warning", m.Warnings)
	}
}

func loadCorpus(b *testing.B) [][]byte {
	dir := filepath.Join(sharedDir(b), "corpus")
	files, err := filepath.Glob(filepath.Join(dir, "*.eml"))
	if err != nil || len(files) == 0 {
		b.Skip("no corpus")
	}
	var msgs [][]byte
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		msgs = append(msgs, raw)
	}
	return msgs
}

// BenchmarkParseCorpus parses the whole corpus per iteration and reports messages per second.
func BenchmarkParseCorpus(b *testing.B) {
	msgs := loadCorpus(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, raw := range msgs {
			if _, err := Parse(bytes.NewReader(raw)); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(msgs))/b.Elapsed().Seconds(), "msgs/s")
}

// BenchmarkParse20MB parses a 20 MB message with a base64 attachment (B/op is the memory).
func BenchmarkParse20MB(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(20 << 20)
	for i := 0; i < b.N; i++ {
		if _, err := Parse(bigMessage(20 << 20)); err != nil {
			b.Fatal(err)
		}
	}
}

func fuzzSeeds(f *testing.F, pattern string) {
	files, _ := filepath.Glob(filepath.Join("testdata", pattern))
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
}

// FuzzParse checks that no input panics or hangs Parse, and that output text is valid.
func FuzzParse(f *testing.F) {
	fuzzSeeds(f, "*.eml")
	f.Add([]byte("Content-Type: multipart/mixed; boundary=a\n\n--a\nContent-Type: message/rfc822\n\nSubject: x\n\n--a--"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		m, err := Parse(bytes.NewReader(raw))
		if err != nil {
			return
		}
		for _, s := range []string{m.Subject, m.Body, m.Text, m.Quoted} {
			if !utf8Valid(s) {
				t.Fatalf("Parse produced invalid UTF-8: %q", s)
			}
		}
	})
}

// FuzzParseCalendar checks that no input panics or hangs ParseCalendar.
func FuzzParseCalendar(f *testing.F) {
	fuzzSeeds(f, "*.ics")
	for _, file := range []string{"alt-calendar.eml", "windows-tz.eml", "cancel.eml"} {
		raw, err := os.ReadFile(filepath.Join("testdata", file))
		if err != nil {
			f.Fatal(err)
		}
		if i := bytes.Index(raw, []byte("BEGIN:VCALENDAR")); i >= 0 {
			f.Add(raw[i:])
		}
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		evs, _ := ParseCalendar(bytes.NewReader(raw))
		for _, e := range evs {
			_ = fmt.Sprint(e.Start, e.End)
		}
	})
}

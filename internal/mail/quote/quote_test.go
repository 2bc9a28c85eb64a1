package quote

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name, in, fresh string
		quotedHas       string
	}{
		{"no quote", "send\n", "send", ""},
		{"gmail en", "Yes\n\nOn Mon, 3 Feb 2026 at 10:02, Jane Doe <jane@example.com> wrote:\n\n> Please approve\n> the draft\n", "Yes", "Please approve"},
		{"gmail wrapped", "ok\n\nOn Mon, 3 Feb 2026 at 10:02, Jane Doe\n<jane@example.com> wrote:\n\n> draft\n", "ok", "draft"},
		{"gmail fr", "Oui\n\nLe lun. 3 févr. 2026 à 10:02, Jane <jane@example.com> a écrit :\n\n> brouillon\n", "Oui", "brouillon"},
		{"gmail es", "cancel\n\nEl lun, 3 feb 2026 a las 10:02, Jane (<jane@example.com>) escribió:\n> borrador\n", "cancel", "borrador"},
		{"gmail de", "senden\n\nAm Mo., 3. Feb. 2026 um 10:02 Uhr schrieb Jane <jane@example.com>:\n> Entwurf\n", "senden", "Entwurf"},
		{"apple", "send it\n\nOn 3 Feb 2026, at 10:02, Jane wrote:\n\n> draft\n", "send it", "draft"},
		{"header without quote marks", "send it\n\nOn 3 Feb 2026, at 10:02, Jane wrote:\n\ndraft text\n", "send it", "draft text"},
		{"outlook original", "approve\n\n-----Original Message-----\nFrom: followupd\nSent: Monday\nSubject: x\n\ndraft\n", "approve", "draft"},
		{"outlook block", "no\n\nFrom: followupd <a@example.com>\nSent: Monday, February 3, 2026 10:02 AM\nTo: Jane <jane@example.com>\nSubject: Approve draft\n\ndraft\n", "no", "draft"},
		{"outlook underscores", "yes\n________________________________\nFrom: followupd <a@example.com>\nSent: Monday\nTo: Jane\nSubject: x\n\ndraft\n", "yes", "draft"},
		{"underscores and two fields", "ok\n________________________________\nFrom: followupd <a@example.com>\nSent: Monday\n\ndraft\n", "ok", "draft"},
		{"two fields without rule", "ok\nFrom: me\nTo: you\n\nmore\n", "ok\nFrom: me\nTo: you\n\nmore", ""},
		{"outlook french", "ok\n\nDe : followupd <a@example.com>\nEnvoyé : lundi 3 février 2026 10:02\nÀ : Jane\nObjet : brouillon\n\ntexte\n", "ok", "texte"},
		{"outlook german", "ja\n\nVon: followupd <a@example.com>\nGesendet: Montag, 3. Februar 2026 10:02\nAn: Jane\nBetreff: Entwurf\n", "ja", "Entwurf"},
		{"forwarded gmail", "see below\n\n---------- Forwarded message ---------\nFrom: Bob <b@example.com>\nDate: Mon\n\nhi\n", "see below", "hi"},
		{"forwarded apple", "fyi\n\nBegin forwarded message:\n\nFrom: Bob <b@example.com>\n", "fyi", "Bob"},
		{"bottom post", "On 04/02/2012 06:26 PM, Megan One wrote:\n> Hi\nHello\n", "Hello", "Hi"},
		{"inline", "> question one?\nanswer one\n> question two?\nanswer two\n", "answer one\nanswer two", "question two?"},
		{"crlf", "yes\r\n\r\nOn Mon, 3 Feb 2026, Jane <j@example.com> wrote:\r\n> x\r\n", "yes", "x"},
		{"reply starting with On", "On second thought, cancel:\nit is too early\n", "On second thought, cancel:\nit is too early", ""},
		{"russian android", "Hello\n\n02.04.2012 14:20 пользователь \"bob\" <bob@example.com> написал:\n> Hi\n", "Hello", "Hi"},
		{"gmail long name wrapped", "ok\n\nOn Mon, Feb 2, 2026 at 10:02 AM Jane Doe <\njane@example.com> wrote:\n\n> x\n", "ok", "x"},
		{"yahoo", "ok\n\nOn Monday, February 2, 2026, 10:02:00 AM GMT+1, followupd <a@example.com> wrote:\n\n\ndraft\n", "ok", "draft"},
		{"proton", "ok\n\n------- Original Message -------\nOn Monday, February 2nd, 2026 at 10:02, followupd <a@example.com> wrote:\n\n> x\n", "ok", "x"},
		{"dutch", "ja\n\nOp ma 2 feb. 2026 om 10:02 schreef followupd <a@example.com>:\n\n> x\n", "ja", "x"},
		{"italian", "sì\n\nIl giorno lun 2 feb 2026 alle ore 10:02 followupd <a@example.com> ha\nscritto:\n\n> x\n", "sì", "x"},
		{"portuguese", "sim\n\nEm seg., 2 de fev. de 2026 às 10:02, followupd <a@example.com>\nescreveu:\n\n> x\n", "sim", "x"},
		{"polish", "tak\n\npon., 2 lut 2026 o 10:02 followupd <a@example.com> napisał(a):\n\n> x\n", "tak", "x"},
		{"russian gmail", "да\n\nпн, 2 февр. 2026 г. в 10:02, followupd <a@example.com>:\n\n> x\n", "да", "x"},
		{"japanese gmail", "はい\n\n2026年2月2日(月) 10:02 followupd <a@example.com>:\n\n> x\n", "はい", "x"},
		{"colon line is no header", "Here is my plan for 2 Feb:\nsend it\n", "Here is my plan for 2 Feb:\nsend it", ""},
		{"yahoo dashes", "Hi\n\n--- On Wed, 4/4/12, bob <bob@example.com> wrote:\n\nFrom: bob\n", "Hi", "From: bob"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fresh, quoted := Split(tt.in)
			if fresh != tt.fresh {
				t.Errorf("Split(%q) fresh = %q, want %q", tt.in, fresh, tt.fresh)
			}
			if !strings.Contains(quoted, tt.quotedHas) {
				t.Errorf("Split(%q) quoted = %q, want it to contain %q", tt.in, quoted, tt.quotedHas)
			}
		})
	}
}

func TestSplitHTML(t *testing.T) {
	tests := []struct {
		name, in       string
		fresh, noFresh string
	}{
		{"gmail", `<div dir="ltr">send</div><br><div class="gmail_quote"><div class="gmail_attr">On Mon, Jane wrote:<br></div><blockquote class="gmail_quote">draft</blockquote></div>`, "send", "draft"},
		{"apple", `<div>yes</div><div><br><blockquote type="cite"><div>On 3 Feb 2026, at 10:02, Jane wrote:</div>draft</blockquote></div>`, "yes", "draft"},
		{"thunderbird", `<p>cancel</p><div class="moz-cite-prefix">On 03/02/2026 10:02, Jane wrote:<br></div><blockquote type="cite">draft</blockquote>`, "cancel", "Jane wrote"},
		{"outlook web", `<div>approve</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg"><b>From:</b> a</div><div>draft</div>`, "approve", "draft"},
		{"outlook desktop", `<div class="WordSection1"><p>ok</p><div style="border:none;border-top:solid #E1E1E1 1.0pt"><p><b>From:</b> followupd &lt;a@example.com&gt;<br><b>Sent:</b> Monday<br><b>To:</b> Jane<br><b>Subject:</b> Approve</p></div><p>draft</p></div>`, "ok", "draft"},
		{"hr and two fields", `<div>cancel</div><hr><b>From:</b> followupd<br><b>To:</b> Jane<br><div>draft</div>`, "cancel", "draft"},
		{"yahoo", `<div>yes</div><div class="yahoo_quoted"><div>On Monday, Jane wrote:</div><div>draft</div></div>`, "yes", "draft"},
		{"header before blockquote", `<p>ok<br>26.06.2014, 14:41, "Jane" &lt;<a href="mailto:j@example.com">j@example.com</a>&gt;:</p><blockquote>draft</blockquote>`, "ok", "j@example.com"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fresh, quoted := SplitHTML(tt.in)
			if !strings.Contains(fresh, tt.fresh) || strings.Contains(fresh, tt.noFresh) {
				t.Errorf("SplitHTML(%q) fresh = %q, want %q without %q", tt.in, fresh, tt.fresh, tt.noFresh)
			}
			if !strings.Contains(quoted, tt.noFresh) {
				t.Errorf("SplitHTML(%q) quoted = %q, want it to contain %q", tt.in, quoted, tt.noFresh)
			}
		})
	}
}

func sharedDir(t testing.TB) string {
	dir := os.Getenv("FOLLOWUPD_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "..", "shared")
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skip("../shared not found: set FOLLOWUPD_SHARED to the shared fixtures folder")
	}
	return dir
}

// TestPerformanceTraps runs the peer's backtracking traps; their time is
// logged, not asserted (see BenchmarkSplit).
func TestPerformanceTraps(t *testing.T) {
	dir := sharedDir(t)
	for _, f := range []string{"pathological.txt", "email_long_quote.txt"} {
		b, err := os.ReadFile(filepath.Join(dir, "fixtures", "replies", "email_reply_parser", f))
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		fresh, _ := Split(string(b))
		t.Logf("Split(%s, %d bytes) took %v", f, len(b), time.Since(start))
		if fresh == "" {
			t.Errorf("Split(%s) fresh is empty", f)
		}
	}
}

func BenchmarkSplit(b *testing.B) {
	dir := sharedDir(b)
	for _, f := range []string{"pathological.txt", "email_long_quote.txt"} {
		data, err := os.ReadFile(filepath.Join(dir, "fixtures", "replies", "email_reply_parser", f))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(f, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				Split(string(data))
			}
		})
	}
}

func FuzzSplit(f *testing.F) {
	f.Add("yes\n\nOn Mon, 3 Feb 2026 at 10:02, Jane <j@x> wrote:\n> hi\n")
	f.Add("From: a\nSent: b\nTo: c\nSubject: d\n")
	f.Add("> a\nb\n> c\n")
	f.Fuzz(func(t *testing.T, s string) {
		fresh, quoted := Split(s)
		if len(fresh) > len(s)+1 || len(quoted) > len(s)+1 {
			t.Errorf("Split(%q) grew the text: fresh %d, quoted %d bytes", s, len(fresh), len(quoted))
		}
		if strings.HasSuffix(fresh, " ") || strings.HasSuffix(fresh, "\n") {
			t.Errorf("Split(%q) fresh = %q ends in white space", s, fresh)
		}
		f2, _ := Split(fresh)
		if f2 != fresh && !strings.Contains(fresh, ":") {
			t.Errorf("Split(Split(%q)) = %q, want fresh %q unchanged", s, f2, fresh)
		}
	})
}

func FuzzSplitHTML(f *testing.F) {
	f.Add(`<div>yes</div><div class="gmail_quote">On Mon, Jane wrote:<blockquote>x</blockquote></div>`)
	f.Add(`<p>ok</p><hr><b>From:</b> a<br><b>Sent:</b> b<br><b>To:</b> c<br>`)
	f.Add(`<html><body><div id="divRplyFwdMsg">x</div></body></html>`)
	f.Fuzz(func(t *testing.T, s string) {
		fresh, quoted := SplitHTML(s)
		// Rendering escapes text ("&" becomes "&amp;") but cannot grow it
		// without bound.
		if len(fresh)+len(quoted) > 10*len(s)+200 {
			t.Errorf("SplitHTML(%q) = %d+%d bytes from %d", s, len(fresh), len(quoted), len(s))
		}
	})
}

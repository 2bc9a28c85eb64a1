package reply

import (
	"strings"
	"testing"
)

func TestInterpretShort(t *testing.T) {
	tests := []struct {
		in   string
		want Action
	}{
		{"send", Approve}, {"Send", Approve}, {"SEND!", Approve}, {"yes", Approve}, {"ok", Approve},
		{"okay", Approve}, {"approve", Approve}, {"approved", Approve}, {"go ahead", Approve},
		{"Looks good", Approve}, {"lgtm", Approve}, {"send it", Approve}, {"👍", Approve}, {"👍🏽", Approve},
		{"✅", Approve}, {"yes please", Approve}, {"sure", Approve}, {"y", Approve}, {"Y", Approve},
		{"Yes, send it.", Approve}, {"ok thanks", Approve}, {"Ok, thank you!", Approve}, {"Yes\nsend it", Approve},
		{"ok\n\nThanks,\nJane", Approve}, {"Oui, merci", Approve}, {"ja bitte", Approve}, {"sí, envíalo", Approve},
		{"OK to send", Approve}, {"Sure, go ahead and send it", Approve}, {"Approved, thanks!", Approve},
		{"Ja, abschicken", Approve}, {"Oui, vas-y", Approve}, {"Sí, adelante", Approve},
		{"Please don't send it yet", Unknown}, {"Yes send at 9am", Unknown}, {"send to bob", Unknown},
		{"Nein danke", Cancel}, {"Non, n'envoie pas", Cancel}, {"No, no lo envíes", Cancel}, {"Nope, skip this one", Cancel},
		{"cancel", Cancel}, {"Cancel.", Cancel}, {"no", Cancel}, {"No thanks", Cancel}, {"don't send", Cancel},
		{"Don’t send it", Cancel}, {"do not send", Cancel}, {"skip", Cancel}, {"stop", Cancel}, {"nope", Cancel},
		{"👎", Cancel}, {"❌", Cancel}, {"non", Cancel}, {"nein", Cancel}, {"cancelar", Cancel},
		{"no\n\nBest regards,\nJane Doe", Cancel},
		{"no, send it", Unknown}, {"don't cancel", Unknown}, {"not yet", Unknown}, {"send it tomorrow?", Unknown},
		{"send it tomorrow", Unknown}, {"ok?", Unknown}, {"yes no", Unknown}, {"send\ncancel", Unknown},
		{"Send\n\nCancel", Unknown}, {"Thanks", Unknown}, {"", Unknown}, {"   \n ", Unknown},
		{"wait until Monday", Unknown}, {"send it but change the date", Unknown}, {"great", Unknown},
		{"Send\n\nJane", Unknown}, {"Send\n\nNot yet", Unknown}, {"ok\n\nThanks,\ncancel", Unknown},
		{"why did you write this", Unknown}, {"send send send send send send send send send send send", Unknown},
		{"yes\nyes\nyes\nyes", Unknown}, {"sendmail", Unknown}, {"don't", Unknown}, {"cancel the interview", Unknown},
	}
	for _, tt := range tests {
		got := Interpret(tt.in)
		if got.Action != tt.want {
			t.Errorf("Interpret(%q).Action = %v, want %v (read %q)", tt.in, got.Action, tt.want, got.Read)
		}
	}
}

func TestInterpretNotesRecipientEdit(t *testing.T) {
	letter := "Dear Ms. Smith,\n\nThank you for taking the time to meet me on Tuesday. I enjoyed learning about the team.\n\nBest regards,\nJane Doe"
	tests := []struct {
		name, in string
		want     Command
	}{
		{"notes", "notes: she prefers mornings\nand tea", Command{Action: Notes, Notes: "she prefers mornings\nand tea"}},
		{"note capital", "Note : call back Friday", Command{Action: Notes, Notes: "call back Friday"}},
		{"notes empty", "notes:", Command{Action: Unknown}},
		{"noted is no note", "noted: fine", Command{Action: Unknown}},
		{"notes without closing", "notes: discussed: dbt migration\n\nThanks,\nAlex", Command{Action: Notes, Notes: "discussed: dbt migration"}},
		{"notes without closing and name", "Notes: she prefers mornings\nBest, Alex Morgan", Command{Action: Notes, Notes: "she prefers mornings"}},
		{"notes without signature", "notes:\nasked about on-call\n\nKind regards,\nAlex Morgan\n+1 555 010 0199", Command{Action: Notes, Notes: "asked about on-call"}},
		{"notes keep a postscript", "notes: dbt\n\nThanks,\nAlex\n\nP.S. mention Airflow", Command{Action: Notes, Notes: "dbt\n\nP.S. mention Airflow"}},
		{"notes keep thanks in a sentence", "notes: Thanks for the tour\nmention dbt", Command{Action: Notes, Notes: "Thanks for the tour\nmention dbt"}},
		{"notes only a closing", "notes:\nThanks,\nAlex", Command{Action: Unknown}},
		{"recipient", "to: bob@example.com", Command{Action: Recipient, To: "bob@example.com"}},
		{"recipient named", "To: Bob Smith <Bob@Example.com>\n\nThanks,\nJane", Command{Action: Recipient, To: "Bob@Example.com"}},
		{"recipient bad address", "to: bob at example", Command{Action: Unknown}},
		{"recipient with send", "to: bob@example.com\nsend", Command{Action: Unknown}},
		{"edit", letter, Command{Action: Edit, Body: letter}},
		{"edit with preface", "Use this version:\n\n" + letter, Command{Action: Edit, Body: letter}},
		{"edit with text before", "I changed it.\n" + letter, Command{Action: Unknown}},
		{"edit french", "Bonjour Madame Durand,\n\nMerci pour notre échange de mardi, j'ai beaucoup apprécié la discussion sur le poste.\n\nCordialement,\nJeanne", Command{Action: Edit}},
		{"edit german", "Sehr geehrter Herr Müller,\n\nvielen Dank für das freundliche Gespräch am Dienstag und die Einblicke in Ihr Team.\n\nMit freundlichen Grüßen\nJana", Command{Action: Edit}},
		{"edit spanish", "Hola Carmen,\n\nGracias por la entrevista del martes, me gustó mucho conocer al equipo y el proyecto.\n\nSaludos,\nJuana", Command{Action: Edit}},
		{"polite approval is no letter", "Hi,\n\nyes please send it\n\nThanks,\nJane", Command{Action: Unknown}},
		{"greeting without closing", "Hi Bob,\n\nThanks for the chat, it was a pleasure to meet you and the team.", Command{Action: Unknown}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Interpret(tt.in)
			if got.Action != tt.want.Action {
				t.Fatalf("Interpret(%q).Action = %v, want %v", tt.in, got.Action, tt.want.Action)
			}
			if tt.want.Notes != "" && got.Notes != tt.want.Notes {
				t.Errorf("Interpret(%q).Notes = %q, want %q", tt.in, got.Notes, tt.want.Notes)
			}
			if tt.want.To != "" && got.To != tt.want.To {
				t.Errorf("Interpret(%q).To = %q, want %q", tt.in, got.To, tt.want.To)
			}
			if tt.want.Body != "" && got.Body != tt.want.Body {
				t.Errorf("Interpret(%q).Body = %q, want %q", tt.in, got.Body, tt.want.Body)
			}
			if tt.want.Action == Edit && !strings.Contains(got.Body, "\n") {
				t.Errorf("Interpret(%q).Body = %q, want the whole letter", tt.in, got.Body)
			}
			if got.Read == "" && strings.TrimSpace(tt.in) != "" {
				t.Errorf("Interpret(%q).Read is empty", tt.in)
			}
		})
	}
}

func TestVisible(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"iphone", "Send\n\nSent from my iPhone\n\nOn 3 Feb 2026, at 10:02, followupd <a@example.com> wrote:\n\n> draft", "Send"},
		{"outlook mobile", "cancel\n\nGet Outlook for Android<https://aka.ms/AAb9ysg>\n________________________________\nFrom: followupd <a@example.com>\nSent: Monday\nTo: Jane\nSubject: x", "cancel"},
		{"french phone", "oui\n\nEnvoyé de mon iPhone", "oui"},
		{"german phone", "ja\n\nVon meinem iPhone gesendet", "ja"},
		{"spanish phone", "sí\n\nEnviado desde mi iPhone", "sí"},
		{"sig delimiter", "ok\n\n-- \nJane Doe\n+1 555 0100", "ok"},
		{"dash name", "ok\n\n-J", "ok"},
		{"sentence kept", "Sent from my desk, is much easier then my mobile phone.", "Sent from my desk, is much easier then my mobile phone."},
		{"closing kept", "Hi. I am fine.\n\nThanks,\nAlex", "Hi. I am fine.\n\nThanks,\nAlex"},
		{"bullet kept", "Two:\n\n- one\n- two", "Two:\n\n- one\n- two"},
		{"trailing space", "send   \n\n", "send"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Visible(tt.in); got != tt.want {
				t.Errorf("Visible(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzInterpret(f *testing.F) {
	for _, s := range []string{"send", "no, send it", "notes: x", "to: a@b.c", "Dear Bob,\n\nText text text text text text text text.\n\nBest,\nJ", "👍🏽", "ok\n\nThanks,\nJ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := Interpret(s)
		switch c.Action {
		case Approve, Cancel:
			// A command is read from a short text only, and never from one
			// that holds a question or both kinds of word.
			if len(tokens(c.Read)) > maxCommandWords || strings.ContainsAny(c.Read, "?？¿") {
				t.Errorf("Interpret(%q) = %v from a long or questioning text %q", s, c.Action, c.Read)
			}
			if readShort(c.Read) != c.Action {
				t.Errorf("Interpret(%q) = %v, but its Read %q reads as %v", s, c.Action, c.Read, readShort(c.Read))
			}
		case Notes:
			if c.Notes == "" {
				t.Errorf("Interpret(%q) = Notes with empty notes", s)
			}
		case Recipient:
			if !strings.Contains(c.To, "@") {
				t.Errorf("Interpret(%q).To = %q, want an address", s, c.To)
			}
		case Edit:
			if c.Body == "" {
				t.Errorf("Interpret(%q) = Edit with an empty body", s)
			}
		case Unknown:
		default:
			t.Errorf("Interpret(%q).Action = %q, not a known action", s, c.Action)
		}
		// Visible must not grow the text and must be stable.
		v := Visible(s)
		if len(v) > len(s) {
			t.Errorf("Visible(%q) = %q is longer than its input", s, v)
		}
	})
}

// TestInterpretTextAfterClosing: only a name, contact lines, a phone footer
// or a "-- " signature may follow the closing of a short command; any other
// text there (a postscript that takes the command back) makes it Unknown.
func TestInterpretTextAfterClosing(t *testing.T) {
	tests := []struct {
		name, in string
		want     Action
	}{
		{"P.S. hold", "send\n\nThanks,\nAlex\n\nP.S. hold it until Monday", Unknown},
		{"second thought", "Send it\n\nCheers,\nAlex\n\nOn second thought hold off", Unknown},
		{"wait for my call", "Yes send it.\n\nBest,\nAlex\nActually wait for my call first", Unknown},
		{"capitalised wait", "send\n\nThanks,\nAlex\nWait", Unknown},
		{"PS", "cancel\n\nThanks,\nAlex\nPS send the other one", Unknown},
		{"after a dash name", "send\n\n-Alex\n\nP.S. hold it until Monday", Unknown},
		{"recipient then postscript", "to: bob@example.com\n\nThanks,\nAlex\n\nP.S. and send it now", Unknown},
		{"name", "send\n\nThanks,\nAlex", Approve},
		{"full name", "send\n\nBest regards,\nAlex Morgan", Approve},
		{"initial", "no\n\nThanks,\nA.", Cancel},
		{"hyphenated name", "ok\n\nCheers,\nJean-Luc O'Brien", Approve},
		{"contact lines", "send\n\nThanks,\nAlex Morgan\n+1 (555) 010-0199\nalex.morgan@example.com\nhttps://alexmorgan.example", Approve},
		{"title line", "send\n\nKind regards,\nAlex Morgan\nSenior Data Analyst | Contoso", Approve},
		{"phone footer", "send\n\nThanks,\nAlex\n\nSent from my iPhone", Approve},
		{"sig block", "send\n\nThanks,\nAlex\n\n-- \nAlex Morgan, call me any time tomorrow", Approve},
		{"quoted", "send\n\nThanks,\nAlex\n\nOn Mon, 3 Feb 2026 at 10:02, followupd <a@example.com> wrote:\n> wait for it", Approve},
		{"dash name alone", "send\n\n-Alex", Approve},
		{"recipient with closing", "to: bob@example.com\n\nThanks,\nAlex", Recipient},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Interpret(Visible(tt.in)); got.Action != tt.want {
				t.Errorf("Interpret(Visible(%q)) = %v (read %q), want %v", tt.in, got.Action, got.Read, tt.want)
			}
		})
	}
}

package compose

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func mustZone(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatalf("LoadLocation(%q) = %v", name, err)
	}
	return loc
}

func mustLoad(t testing.TB) *Templates {
	t.Helper()
	tm, err := Load("")
	if err != nil {
		t.Fatalf("Load(\"\") = %v", err)
	}
	return tm
}

var owner = Owner{Name: "Alex Candidate", Email: "alex@example.com",
	Signature: "Alex Candidate\n+33 6 00 00 00 00 · linkedin.com/in/alex-candidate"}

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file (go test -update to accept):\n--- got ---\n%s\n--- want ---\n%s", name, got, want)
	}
}

// showDraft prints a draft the way the golden files hold it.
func showDraft(d Draft) string {
	var b strings.Builder
	var to []string
	for _, p := range d.To {
		to = append(to, p.String())
	}
	fmt.Fprintf(&b, "To: %s\nSubject: %s\n", strings.Join(to, ", "), d.Subject)
	if d.InReplyTo != "" {
		fmt.Fprintf(&b, "In-Reply-To: %s\nReferences: %s\n", d.InReplyTo, strings.Join(d.References, " "))
	}
	for _, w := range d.Warnings {
		fmt.Fprintf(&b, "Warning: %s\n", w)
	}
	b.WriteString("\n" + d.Body)
	return b.String()
}

func interview(t testing.TB) Interview {
	ny := mustZone(t, "America/New_York")
	start := time.Date(2026, 11, 24, 14, 0, 0, 0, ny)
	return Interview{Company: "Acme Analytics", Role: "Senior Data Analyst", Reference: "R-1234",
		Start: start, End: start.Add(time.Hour), Zone: ny,
		Arranger: Person{Name: "Sam Poe", Email: "sam.poe@acme.example"}}
}

func TestThankYousGolden(t *testing.T) {
	tm := mustLoad(t)
	tests := []struct {
		name         string
		interviewers []Person
		notes        string
	}{
		{"thankyou-notes", []Person{{Name: "Jane Doe", Email: "jane.doe@acme.example"}},
			"discussed: the migration of the reporting stack to dbt\n" +
				"Discussed: how the team measures data quality\n" +
				"promised: I will send you the case study from my current role by Friday\n\n" +
				"I have since read the engineering blog post you mentioned, and the approach\n" +
				"to testing dashboards is exactly the kind of work I want to do"},
		{"thankyou-plain", []Person{{Name: "Dr. Wei Lee", Email: "wei.lee@acme.example"}}, ""},
		{"thankyou-group", []Person{{Name: "Jane Doe", Email: ""}, {Name: "John Roe", Email: ""}}, "promised: I will share my portfolio link"},
		{"thankyou-group-arranger-interviewed", []Person{{Name: "Sam Poe", Email: ""}, {Name: "John Roe", Email: ""}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			iv := interview(t)
			iv.Interviewers = tt.interviewers
			iv.Notes = tt.notes
			ds, err := tm.ThankYous(owner, iv)
			if err != nil {
				t.Fatalf("ThankYous() = %v", err)
			}
			if len(ds) != 1 {
				t.Fatalf("ThankYous() gave %d drafts, want 1", len(ds))
			}
			golden(t, tt.name+".golden", showDraft(ds[0]))
		})
	}
}

func TestThankYousFanOut(t *testing.T) {
	tm := mustLoad(t)
	tests := []struct {
		name         string
		interviewers []Person
		arranger     Person
		wantTo       [][]string // recipients per draft
		wantGreet    []string   // first line of each body
	}{
		{"one per interviewer, the one without an address with no recipient",
			[]Person{{Name: "Jane Doe", Email: "jane@acme.example"}, {Name: "John Roe", Email: "john@acme.example"}, {Name: "Priya Shah", Email: ""}},
			Person{Name: "Sam Poe", Email: "sam@acme.example"},
			[][]string{{"jane@acme.example"}, {"john@acme.example"}, nil}, []string{"Dear Jane,", "Dear John,", "Dear Priya,"}},
		{"two without an address beside one with: a note each, never to the arranger",
			[]Person{{Name: "Priya Shah", Email: ""}, {Name: "Jane Doe", Email: "jane@acme.example"}, {Name: "Omar Haddad", Email: ""}},
			Person{Name: "Sam Poe", Email: "sam@acme.example"},
			[][]string{{"jane@acme.example"}, nil, nil}, []string{"Dear Jane,", "Dear Priya,", "Dear Omar,"}},
		{"a name listed twice, once with its address",
			[]Person{{Name: "Jane Doe", Email: ""}, {Name: "Jane Doe", Email: "jane@acme.example"}},
			Person{},
			[][]string{{"jane@acme.example"}}, []string{"Dear Jane,"}},
		{"duplicates and the owner are skipped",
			[]Person{{Name: "Jane Doe", Email: "jane@acme.example"}, {Name: "Jane Doe", Email: "JANE@acme.example"}, {Name: "Alex Candidate", Email: "alex@example.com"}},
			Person{},
			[][]string{{"jane@acme.example"}}, []string{"Dear Jane,"}},
		{"the owner under a +tag or another case is skipped",
			[]Person{{Name: "Jane Doe", Email: "jane@acme.example"}, {Name: "A. Candidate", Email: "Alex+Jobs@Example.com"}},
			Person{},
			[][]string{{"jane@acme.example"}}, []string{"Dear Jane,"}},
		{"no address: one to the arranger greeting everyone",
			[]Person{{Name: "Jane Doe", Email: ""}, {Name: "John Roe", Email: ""}, {Name: "Priya Shah", Email: ""}},
			Person{Name: "Sam Poe", Email: "sam@acme.example"},
			[][]string{{"sam@acme.example"}}, []string{"Dear Sam, Jane, John and Priya,"}},
		{"no interviewers at all: the arranger",
			nil, Person{Name: "Sam Poe", Email: "sam@acme.example"},
			[][]string{{"sam@acme.example"}}, []string{"Dear Sam,"}},
		{"nobody reachable: no recipient",
			[]Person{{Name: "Jane Doe", Email: ""}}, Person{},
			[][]string{nil}, []string{"Dear Jane,"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			iv := interview(t)
			iv.Interviewers, iv.Arranger = tt.interviewers, tt.arranger
			ds, err := tm.ThankYous(owner, iv)
			if err != nil {
				t.Fatalf("ThankYous() = %v", err)
			}
			if len(ds) != len(tt.wantTo) {
				t.Fatalf("ThankYous() gave %d drafts, want %d", len(ds), len(tt.wantTo))
			}
			for i, d := range ds {
				var to []string
				for _, p := range d.To {
					to = append(to, p.Email)
				}
				if !slices.Equal(to, tt.wantTo[i]) {
					t.Errorf("ThankYous()[%d].To = %v, want %v", i, to, tt.wantTo[i])
				}
				if first, _, _ := strings.Cut(d.Body, "\n"); first != tt.wantGreet[i] {
					t.Errorf("ThankYous()[%d] greeting = %q, want %q", i, first, tt.wantGreet[i])
				}
				if d.InReplyTo != "" || len(d.References) != 0 {
					t.Errorf("ThankYous()[%d] is threaded (%q, %v), want a new message", i, d.InReplyTo, d.References)
				}
				if len(d.To) == 0 && !hasWarning(d.Warnings, "no recipient") {
					t.Errorf("ThankYous()[%d].Warnings = %q, want a no-recipient warning", i, d.Warnings)
				}
				if personal := len(ds) > 1; personal && !strings.Contains(tt.wantGreet[i], firstName(d.For.Name)) {
					t.Errorf("ThankYous()[%d].For = %v, want the interviewer it greets (%q)", i, d.For, tt.wantGreet[i])
				}
				for _, w := range d.Warnings {
					if strings.Contains(w, "no address known for") && (len(d.To) != 0 || !strings.Contains(w, d.For.Name) || !strings.Contains(w, "to: ")) {
						t.Errorf("ThankYous()[%d].Warnings has %q, want it only on the note of who has no address, asking for \"to:\"", i, w)
					}
				}
				if len(ds) > 1 && len(d.To) == 0 && !hasWarning(d.Warnings, "no address known for "+d.For.Name) {
					t.Errorf("ThankYous()[%d].Warnings = %q, want it to say no address is known for %s", i, d.Warnings, d.For.Name)
				}
			}
		})
	}
}

func hasWarning(ws []string, sub string) bool {
	for _, w := range ws {
		if strings.Contains(w, sub) {
			return true
		}
	}
	return false
}

// TestNoPlaceholderReachesRecipient drafts with every optional fact missing
// and checks that nothing unfinished is left in the letters.
func TestNoPlaceholderReachesRecipient(t *testing.T) {
	tm := mustLoad(t)
	bare := Owner{Name: "Alex Candidate", Email: "alex@example.com"}
	ivs := []Interview{
		{Interviewers: []Person{{Name: "", Email: "hr@acme.example"}}},
		{Interviewers: []Person{{Name: "Jane", Email: ""}}},
		{Company: "Acme", Interviewers: []Person{{Name: "Jane Doe", Email: "jane@acme.example"}}},
		{Role: "Analyst", Arranger: Person{Name: "", Email: "sam@acme.example"}},
	}
	for i, iv := range ivs {
		ds, err := tm.ThankYous(bare, iv)
		if err != nil {
			t.Fatalf("ThankYous(#%d) = %v", i, err)
		}
		for _, d := range ds {
			for _, w := range Check(Draft{To: []Person{{Email: "x@acme.example"}}, Subject: d.Subject, Body: d.Body}) {
				t.Errorf("ThankYous(#%d) letter has warning %q:\n%s", i, w, d.Body)
			}
			if strings.Contains(d.Body, "<no value>") || strings.Contains(d.Body, "  ") {
				t.Errorf("ThankYous(#%d) letter is malformed:\n%s", i, d.Body)
			}
		}
	}
	d, err := tm.Feedback(bare, Rejection{})
	if err != nil {
		t.Fatalf("Feedback(empty) = %v", err)
	}
	for _, w := range Check(Draft{To: []Person{{Email: "x@acme.example"}}, Subject: d.Subject, Body: d.Body}) {
		t.Errorf("Feedback(empty) letter has warning %q:\n%s", w, d.Body)
	}
}

func TestFeedbackGolden(t *testing.T) {
	tm := mustLoad(t)
	tests := []struct {
		name string
		r    Rejection
	}{
		{"feedback", Rejection{Company: "Acme Analytics", Role: "Senior Data Analyst", Reference: "R-1234",
			Contact: Person{Name: "Jane Doe", Email: "jane.doe@acme.example"}, Subject: "RE: Your application to Acme Analytics",
			MessageID: "<rej-77@acme.example>", References: []string{"<app-1@acme.example>", "<int-2@acme.example>"},
			Notes: "I learnt a lot from the case-study round.", Interviewed: true}},
		{"feedback-no-contact", Rejection{Company: "Acme Analytics", Role: "Senior Data Analyst",
			Subject: "Update on your application", MessageID: "rej-78@mail.greenhouse.io"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := tm.Feedback(owner, tt.r)
			if err != nil {
				t.Fatalf("Feedback() = %v", err)
			}
			golden(t, tt.name+".golden", showDraft(d))
		})
	}
}

func TestFeedbackThreading(t *testing.T) {
	tm := mustLoad(t)
	tests := []struct {
		name        string
		subject     string
		id          string
		refs        []string
		wantSubject string
		wantReply   string
		wantRefs    []string
	}{
		{"plain", "Your application", "<r1@acme.example>", nil, "Re: Your application", "r1@acme.example", []string{"r1@acme.example"}},
		{"re already", "Re: Your application", "r1@acme.example", []string{"<a@x>"}, "Re: Your application", "r1@acme.example", []string{"a@x", "r1@acme.example"}},
		{"RE upper", "RE: Your application", "<r1@x>", []string{"<a@x> <b@x>"}, "Re: Your application", "r1@x", []string{"a@x", "b@x", "r1@x"}},
		{"Aw German", "Aw: Ihre Bewerbung", "<r1@x>", []string{"<a@x>", "<r1@x>"}, "Re: Ihre Bewerbung", "r1@x", []string{"a@x", "r1@x"}},
		{"TR French", "TR: Votre candidature", "<r1@x>", nil, "Re: Votre candidature", "r1@x", []string{"r1@x"}},
		{"stacked", "Re: RE: Aw: Re[2]: Status", "<r1@x>", nil, "Re: Status", "r1@x", []string{"r1@x"}},
		{"gateway tag", "RE: [EXTERNAL] Your application", "<r1@x>", nil, "Re: Your application", "r1@x", []string{"r1@x"}},
		{"word starting with re", "Regarding your application", "<r1@x>", nil, "Re: Regarding your application", "r1@x", []string{"r1@x"}},
		{"no message id", "Your application", "", []string{"<a@x>"}, "Re: Your application", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := tm.Feedback(owner, Rejection{Company: "Acme", Contact: Person{Name: "Jane Doe", Email: "jane@acme.example"},
				Subject: tt.subject, MessageID: tt.id, References: tt.refs})
			if err != nil {
				t.Fatalf("Feedback() = %v", err)
			}
			if d.Subject != tt.wantSubject {
				t.Errorf("Feedback(%q).Subject = %q, want %q", tt.subject, d.Subject, tt.wantSubject)
			}
			if d.InReplyTo != tt.wantReply {
				t.Errorf("Feedback(%q).InReplyTo = %q, want %q", tt.subject, d.InReplyTo, tt.wantReply)
			}
			if !slices.Equal(d.References, tt.wantRefs) {
				t.Errorf("Feedback(%q).References = %q, want %q", tt.subject, d.References, tt.wantRefs)
			}
		})
	}
}

func TestApprovalGolden(t *testing.T) {
	tm := mustLoad(t)
	ny, paris := mustZone(t, "America/New_York"), mustZone(t, "Europe/Paris")
	iv := interview(t)
	iv.Interviewers = []Person{{Name: "Jane Doe", Email: "jane.doe@acme.example"}}
	ty, err := tm.ThankYous(owner, iv)
	if err != nil {
		t.Fatal(err)
	}
	fb, err := tm.Feedback(owner, Rejection{Company: "Acme Analytics", Role: "Senior Data Analyst",
		Contact: Person{Name: "Acme Careers", Email: "no-reply@acme.example"}, Subject: "Your application", MessageID: "rej@acme.example"})
	if err != nil {
		t.Fatal(err)
	}
	group, err := tm.ThankYous(owner, Interview{Company: "Acme Analytics", Role: "Senior Data Analyst",
		Interviewers: []Person{{Name: "Jane Doe", Email: ""}}})
	if err != nil {
		t.Fatal(err)
	}
	mixed := interview(t)
	mixed.Interviewers = []Person{{Name: "Jane Doe", Email: "jane.doe@acme.example"}, {Name: "Bob Brown"}}
	mixedDrafts, err := tm.ThankYous(owner, mixed)
	if err != nil {
		t.Fatal(err)
	}
	sendAt := time.Date(2026, 11, 24, 17, 0, 0, 0, ny)
	deadline := time.Date(2026, 11, 25, 15, 0, 0, 0, ny)
	tests := []struct {
		name string
		a    Approval
	}{
		{"approval-thankyou-reply", Approval{Draft: ty[0], Kind: "thank-you", Version: 1, SendAt: sendAt, Deadline: deadline,
			RecipientZone: ny, OwnerZone: paris, Mode: "reply", AskNotes: true}},
		{"approval-feedback-auto-late", Approval{Draft: fb, Kind: "feedback", Version: 2, SendAt: deadline.Add(20 * time.Hour),
			Deadline: deadline, RecipientZone: ny, OwnerZone: paris, Mode: "auto", Late: true,
			Warnings: []string{"the interview was rescheduled once"}}},
		{"approval-no-recipient", Approval{Draft: group[0], Kind: "thank-you", Version: 1, SendAt: sendAt,
			OwnerZone: paris, Mode: "reply", NoRecipient: true}},
		{"approval-no-address-for-one-interviewer", Approval{Draft: mixedDrafts[1], Kind: "thank-you", Version: 1, SendAt: sendAt,
			Deadline: deadline, RecipientZone: ny, OwnerZone: paris, Mode: "reply", AskNotes: true, NoRecipient: true}},
		{"approval-edited-letter-shown-exactly", Approval{Draft: Draft{To: ty[0].To, Subject: ty[0].Subject,
			Body: "Dear Jane,   \n\n\n\nAn edited letter with odd spacing.  \n"}, Kind: "thank-you", Version: 2,
			SendAt: sendAt, RecipientZone: ny, OwnerZone: paris, Mode: "reply"}},
		{"approval-same-zone", Approval{Draft: ty[0], Kind: "thank-you", Version: 3, SendAt: sendAt, Deadline: deadline,
			RecipientZone: ny, OwnerZone: mustZone(t, "America/Toronto"), Mode: "reply"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			subject, body, err := tm.ApprovalRequest(owner, tt.a)
			if err != nil {
				t.Fatalf("ApprovalRequest() = %v", err)
			}
			if !strings.Contains(body, DraftBegin+"\n") || !strings.Contains(body, "\n\n"+tt.a.Draft.Body+"\n"+DraftEnd+"\n") {
				t.Errorf("ApprovalRequest() body does not frame the draft body exactly:\n%s", body)
			}
			golden(t, tt.name+".golden", "Subject: "+subject+"\n\n"+body)
		})
	}
}

func TestConfirmationAndNoticeGolden(t *testing.T) {
	tm := mustLoad(t)
	d := Draft{To: []Person{{Name: "Jane Doe", Email: "jane@acme.example"}}, Subject: "Thank you — Senior Data Analyst interview"}
	var b strings.Builder
	for _, what := range []string{"Sent", "Cancelled", "Scheduled for Tue 24 Nov 2026, 10:00 EST"} {
		s, body, err := tm.Confirmation(owner, what, d)
		if err != nil {
			t.Fatalf("Confirmation(%q) = %v", what, err)
		}
		fmt.Fprintf(&b, "Subject: %s\n\n%s\n", s, body)
	}
	s, body, err := tm.Notice(owner, "Could not send your thank-you to Jane Doe",
		"The mail server refused the letter (550 mailbox unavailable). Nothing was sent.\n\nAnswer with \"to: address\" to try another address.")
	if err != nil {
		t.Fatalf("Notice() = %v", err)
	}
	fmt.Fprintf(&b, "Subject: %s\n\n%s", s, body)
	golden(t, "confirmation-notice.golden", b.String())
}

func TestOwnerMailSubjectStaysOneLine(t *testing.T) {
	tm := mustLoad(t)
	s, body, err := tm.Notice(owner, "Two\nlines", "Text.")
	if err != nil || s != "[followupd] Two lines" || strings.Contains(body, "lines") {
		t.Errorf("Notice(two-line subject) = %q, %q, %v, want one subject line", s, body, err)
	}
	s, _, err = tm.Confirmation(owner, "Sent\n", Draft{Subject: "A\r\nB"})
	if err != nil || s != "[followupd] Sent: A B" {
		t.Errorf("Confirmation(two-line subject) = %q, %v, want one subject line", s, err)
	}
}

func TestCheck(t *testing.T) {
	good := "Dear Jane,\n\nThank you for your time today.\n\nBest regards,\nAlex\n"
	tests := []struct {
		name string
		d    Draft
		want []string // substrings, one per expected warning; nil: no warning
	}{
		{"clean", Draft{To: []Person{{Name: "Jane", Email: "jane@acme.example"}}, Subject: "Thank you", Body: good}, nil},
		{"misspelling", Draft{To: []Person{{Name: "Jane", Email: "jane@acme.example"}}, Subject: "Thank you",
			Body: "Dear Jane,\n\nI recieved your note and it was definately helpful.\n"},
			[]string{`"recieved" (did you mean "received"?)`, `"definately"`}},
		{"template action", Draft{To: []Person{{Name: "Jane", Email: "jane@acme.example"}}, Subject: "Thank you {{.Role}}", Body: good},
			[]string{`"{{"`, `"}}"`}},
		{"bracket blank", Draft{To: []Person{{Name: "Jane", Email: "jane@acme.example"}}, Subject: "Thank you",
			Body: "Dear [Name],\n\nI enjoyed meeting the [Company Name] team.\n"},
			[]string{`"[Name]"`, `"[Company Name]"`}},
		{"todo xxx", Draft{To: []Person{{Name: "Jane", Email: "jane@acme.example"}}, Subject: "Thank you",
			Body: "Dear Jane,\n\nTODO mention the project. Call XXX.\n"},
			[]string{`"TODO"`, `"XXX"`}},
		{"no-reply recipient", Draft{To: []Person{{Name: "", Email: "no-reply@acme.example"}}, Subject: "Thank you", Body: good},
			[]string{"no-reply@acme.example looks like a no-reply address"}},
		{"donotreply recipient", Draft{To: []Person{{Name: "", Email: "DoNotReply@acme.example"}}, Subject: "Thank you", Body: good},
			[]string{"no-reply address"}},
		{"ats recipient", Draft{To: []Person{{Name: "", Email: "jobs@hire.lever.co"}}, Subject: "Thank you", Body: good},
			[]string{"applicant-tracking system (hire.lever.co)"}},
		{"no recipient", Draft{Subject: "Thank you", Body: good}, []string{"no recipient"}},
		{"empty greeting", Draft{To: []Person{{Name: "", Email: "jane@acme.example"}}, Subject: "Thank you",
			Body: "Dear ,\n\nThank you.\n"}, []string{`empty greeting "Dear ,"`}},
		{"bare dear", Draft{To: []Person{{Name: "", Email: "jane@acme.example"}}, Subject: "Thank you",
			Body: "Dear,\n\nThank you.\n"}, []string{`empty greeting "Dear,"`}},
		{"neutral hello passes", Draft{To: []Person{{Name: "", Email: "jane@acme.example"}}, Subject: "Thank you",
			Body: "Hello,\n\nThank you.\n"}, nil},
		{"addresses and links are not words", Draft{To: []Person{{Name: "Jane", Email: "jane@acme.example"}}, Subject: "Thank you",
			Body: good + "https://recieved.example/definately alex@recieved.example\n"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Check(tt.d)
			if len(got) != len(tt.want) {
				t.Errorf("Check(%q) = %q, want %d warnings like %q", tt.name, got, len(tt.want), tt.want)
				return
			}
			for _, w := range tt.want {
				if !hasWarning(got, w) {
					t.Errorf("Check(%q) = %q, want a warning containing %q", tt.name, got, w)
				}
			}
		})
	}
}

func TestParseNotes(t *testing.T) {
	tests := []struct {
		in   string
		want Notes
	}{
		{"Discussed: dbt.\n  promise: I will send the deck  \n\nFirst line\nsecond line\n\nThird!\ndiscussed:\n",
			Notes{Discussed: []string{"dbt"}, Promised: []string{"I will send the deck."}, Paragraphs: []string{"First line second line.", "Third!"}}},
		{"discussed: the dbt move; promised: I will send my samples by Friday",
			Notes{Discussed: []string{"the dbt move"}, Promised: []string{"I will send my samples by Friday."}}},
		{"discussed: cost; latency; and SLAs", Notes{Discussed: []string{"cost; latency; and SLAs"}}},
	}
	for _, tt := range tests {
		if got := ParseNotes(tt.in); fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("ParseNotes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFirstName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Jane Doe", "Jane"}, {"Doe, Jane", "Jane"}, {"Dr. Wei Lee", "Dr. Lee"}, {"  ", ""},
		{"jane@acme.example", ""}, {`"Priya Shah"`, "Priya"}, {"Cher", "Cher"},
		{"Acme Careers", ""}, {"Talent Acquisition", ""}, {"Workday Notifications", ""},
		{"Interviews", ""}, {"Scheduling", ""}, {"Northwind Interview Team", ""}, {"GoodTime Scheduler", ""},
		{"Recruiting Coordinator", ""}, {"Interview Panel", ""},
		{"DUPONT Jean", "Jean"}, {"DUPONT Jean-Pierre", "Jean-Pierre"}, {"PRIYA", "Priya"}, {"PRIYA RAMAN", "Priya"},
		{"ÉLODIE MARTIN", "Élodie"}, {"Dr. WEI LEE", "Dr. Lee"}, {"JJ Abrams", "JJ"}, {"WANG Fang", "Fang"},
		{"J. Smith", ""}, {"Smith, J.", ""}, {"dr. priya raman", "Dr. Raman"}, {"priya raman", "Priya"},
		{"Product Analyst applicants", ""}, {"Ana-María de la Cruz", "Ana-María"}, {"O'Brien, Siobhán", "Siobhán"},
	}
	for _, tt := range tests {
		if got := firstName(tt.in); got != tt.want {
			t.Errorf("firstName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestOwnAddress(t *testing.T) {
	gmailOwner := Owner{Email: "alex.candidate@gmail.com"}
	tests := []struct {
		addr string
		o    Owner
		want bool
	}{
		{"alex@example.com", owner, true},
		{"ALEX@example.com", owner, true},
		{"alex+jobs@example.com", owner, true},
		{"alexa@example.com", owner, false},
		{"alex@example.org", owner, false},
		{"alexcandidate@gmail.com", gmailOwner, true},
		{"Alex.Candidate+interviews@googlemail.com", gmailOwner, true},
		{"alex.candidate@example.com", gmailOwner, false},
		{"", Owner{}, false},
	}
	for _, tt := range tests {
		if got := ownAddress(tt.addr, tt.o); got != tt.want {
			t.Errorf("ownAddress(%q, %q) = %v, want %v", tt.addr, tt.o.Email, got, tt.want)
		}
	}
}

func TestGreetName(t *testing.T) {
	tests := []struct{ name, company, want string }{
		{"Northwind", "Northwind", ""},
		{"Northwind", "Northwind Traders Ltd", ""},
		{"Northwind Traders", "Northwind Traders", ""},
		{"Grace Lee", "Grace Health", "Grace"}, // a person whose name the company shares
		{"Priya Raman", "Northwind", "Priya"},
		{"Priya Raman", "", "Priya"},
	}
	for _, tt := range tests {
		if got := greetName(tt.name, tt.company); got != tt.want {
			t.Errorf("greetName(%q, %q) = %q, want %q", tt.name, tt.company, got, tt.want)
		}
	}
}

func TestLoadOverrides(t *testing.T) {
	tests := []struct {
		name    string
		file    string
		text    string
		wantErr string // "" = loads
		check   func(t *testing.T, tm *Templates)
	}{
		{"override used", FileNotice, "Subject: NOTE {{.Subject}}\n\nHi {{.OwnerFirst}}: {{.Text}}\n", "",
			func(t *testing.T, tm *Templates) {
				s, b, err := tm.Notice(owner, "x", "y")
				if err != nil || s != "NOTE x" || b != "Hi Alex: y\n" {
					t.Errorf("Notice() = %q, %q, %v, want the override's text", s, b, err)
				}
			}},
		{"syntax error names file and line", FileThankYou, "Subject: x\n\nDear {{.GreetName}\n", "thankyou.txt:3", nil},
		{"unknown field names file and line", FileFeedback, "Subject: x\n\n\nDear {{.Nobody}}\n", "feedback.txt:4", nil},
		{"missing subject", FileConfirmation, "Hello\n", "confirmation.txt", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, tt.file), []byte(tt.text), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "unrelated.txt"), []byte("{{"), 0o644); err != nil {
				t.Fatal(err)
			}
			tm, err := Load(dir)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), dir) {
					t.Fatalf("Load() = %v, want an error naming %s and %q", err, dir, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Load() = %v", err)
			}
			tt.check(t, tm)
		})
	}
}

func BenchmarkThankYous(b *testing.B) {
	tm := mustLoad(b)
	iv := interview(b)
	iv.Interviewers = []Person{{Name: "Jane Doe", Email: "jane@acme.example"}}
	iv.Notes = "discussed: dbt\npromised: I will send the deck"
	for b.Loop() {
		if _, err := tm.ThankYous(owner, iv); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(""); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkApprovalRequest(b *testing.B) {
	tm := mustLoad(b)
	iv := interview(b)
	iv.Interviewers = []Person{{Name: "Jane Doe", Email: "jane@acme.example"}}
	ds, err := tm.ThankYous(owner, iv)
	if err != nil {
		b.Fatal(err)
	}
	a := Approval{Draft: ds[0], Kind: "thank-you", Version: 1, SendAt: iv.End.Add(2 * time.Hour), Deadline: iv.End.Add(24 * time.Hour),
		RecipientZone: iv.Zone, OwnerZone: time.UTC, Mode: "reply"}
	for b.Loop() {
		if _, _, err := tm.ApprovalRequest(owner, a); err != nil {
			b.Fatal(err)
		}
	}
}

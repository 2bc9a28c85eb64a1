package classify

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/mail/message"
)

// fixture is one hand-written message under testdata/ and what Classify must
// find in it. Empty expectations are not checked, except where noted.
type fixture struct {
	file         string
	kind         Kind
	start, end   string   // RFC 3339; "-" means must be zero
	interviewers []string // "Name <email>" or "Name"; nil: not checked
	replyTo      string   // "-" means must be empty
	reschedule   bool
	automated    bool
	company      string
	role         string
	reference    string
}

var fixtures = []fixture{
	// traps
	{file: "ack_if_selected_en", kind: ApplicationReceived, replyTo: "-", automated: true, reference: "NW-5120", role: "Site Reliability Engineer"},
	{file: "unfortunately_not_rejection_en", kind: InterviewScheduled, start: "2026-05-05T10:00:00+01:00", end: "2026-05-05T10:45:00+01:00", interviewers: []string{"Owen Price"}},
	{file: "unable_to_offer_invitation_en", kind: InterviewInvitation},
	{file: "unable_to_offer_rejection_en", kind: Rejection, replyTo: "ravi.patel@quillsoft.example"},
	{file: "newsletter_interview_mistakes", kind: Other, replyTo: "-", automated: true},
	{file: "job_alert_roles", kind: Other, replyTo: "-", automated: true},
	// a public office's appointment mailbox that says nobody reads it: no one to write to
	{file: "unattended_office_appointment", kind: Other, replyTo: "-"},
	{file: "forwarded_old_rejection_en", kind: Other},
	{file: "reply_quoting_rejection_new_invite_en", kind: InterviewInvitation},
	{file: "ooo_de", kind: Other, automated: true, replyTo: "jonas.weber@nordlicht.example"},
	{file: "ooo_en_no_headers", kind: Other},
	{file: "mock_interview_coach", kind: Other},
	{file: "coffee_chat", kind: Other},
	{file: "reschedule_quoted_old_en", kind: InterviewScheduled, start: "2026-06-10T14:30:00-07:00", end: "2026-06-10T15:30:00-07:00", reschedule: true, interviewers: []string{"Marco Diaz", "Lea Chen"}},
	{file: "req_on_hold_cancel_en", kind: InterviewCancelled, start: "-"},
	{file: "req_on_hold_cancel_es", kind: InterviewCancelled},
	{file: "ics_request_not_interview", kind: Other},
	{file: "ics_cancel_interview", kind: InterviewCancelled, reference: "PW-311"},
	{file: "ics_request_interview_rooms", kind: InterviewScheduled, start: "2026-04-02T14:00:00+02:00", end: "2026-04-02T15:00:00+02:00",
		interviewers: []string{"Jonas Weber <jonas.weber@nordlicht.example>", "Aylin Demir <aylin.demir@nordlicht.example>"}, reference: "NL-2207"},
	// rejections, blunt to indirect, four languages
	{file: "reject_fr_suite", kind: Rejection, replyTo: "sophie.marchand@lumen.example", reference: "LUM-44", role: "Ingénieure logiciel"},
	{file: "reject_es", kind: Rejection, role: "Desarrollador Backend"},
	{file: "reject_de", kind: Rejection},
	{file: "reject_filled_en", kind: Rejection},
	{file: "reject_indirect_en", kind: Rejection},
	// interviews with prose times in several languages and zones
	{file: "interview_fr_paris", kind: InterviewScheduled, start: "2026-04-09T14:00:00+02:00", end: "2026-04-09T15:00:00+02:00", interviewers: []string{"Paul Durand", "Claire Martin <claire.martin@lumen.example>"}},
	{file: "interview_es_madrid", kind: InterviewScheduled, start: "2026-04-14T10:30:00+02:00", end: "2026-04-14T11:15:00+02:00", interviewers: []string{"Javier Ortega"}},
	{file: "interview_de_mesz", kind: InterviewScheduled, start: "2026-04-16T14:30:00+02:00", end: "2026-04-16T15:30:00+02:00", interviewers: []string{"Jonas Weber"}},
	{file: "interview_en_tomorrow", kind: InterviewScheduled, start: "2026-04-10T15:00:00-04:00", end: "2026-04-10T15:30:00-04:00", interviewers: []string{"Dev Mistry <dev.mistry@arcturus.example>"}},
	{file: "interview_en_pt_people", kind: InterviewScheduled, start: "2026-04-09T10:30:00-07:00", end: "2026-04-09T11:30:00-07:00", interviewers: []string{"Priya Raman", "Tom Wu"}},
	{file: "invitation_de", kind: InterviewInvitation},
	// a friend forwards their own confirmation, sent to them, and asks a question: not the owner's interview
	{file: "forwarded_friend_interview", kind: Other},
	// a reply to the owner's own refusal of an applicant: the owner decided, nobody refused the owner
	{file: "reply_to_owner_refusal", kind: Other},
	{file: "ack_es", kind: ApplicationReceived, replyTo: "-", reference: "SOL-77"},
	{file: "offer_fr", kind: Offer},
	// more senders, tools and phrasings
	{file: "ats_reject_no_contact", kind: Rejection, replyTo: "-", reference: "48213", role: "Staff Engineer"},
	{file: "ack_workday_req", kind: ApplicationReceived, replyTo: "-", reference: "REQ12345", role: "Software Engineer"},
	{file: "booking_tool_central", kind: InterviewScheduled, start: "2026-05-13T14:00:00-05:00", end: "2026-05-13T14:30:00-05:00", replyTo: "dana.cole@prairiedata.example", interviewers: []string{"Dana Cole <dana.cole@prairiedata.example>"}},
	{file: "teams_when_line", kind: InterviewScheduled, start: "2026-05-12T15:00:00-04:00", end: "2026-05-12T16:00:00-04:00", interviewers: []string{"Ben Ortiz"}},
	{file: "reject_es_lamentablemente", kind: Rejection, role: "Ingeniera de Datos"},
	{file: "reject_de_kandidaten", kind: Rejection},
	{file: "cancel_fr", kind: InterviewCancelled},
	{file: "cancel_de", kind: InterviewCancelled},
	{file: "offer_selected", kind: Offer, role: "Data Scientist"},
	{file: "invite_single_slot_question", kind: InterviewInvitation},
	{file: "scheduled_reply_short", kind: InterviewScheduled, start: "2026-05-27T11:00:00-04:00", interviewers: []string{"Nora Quinn <nora.quinn@vela.example>"}},
	{file: "interview_our_cto", kind: InterviewScheduled, start: "2026-06-01T10:00:00-04:00", end: "2026-06-01T11:00:00-04:00", interviewers: []string{"Maria Gonzalez"}},
	{file: "ics_windows_romance", kind: InterviewScheduled, start: "2026-05-26T14:30:00+02:00", end: "2026-05-26T15:30:00+02:00", interviewers: []string{"Marc Leroy <marc.leroy@cedre.example>"}},
	{file: "html_only_ats_invite", kind: InterviewInvitation, replyTo: "nora.quinn@vela.example"},
	{file: "recruiter_cold_inhouse", kind: Other},
	{file: "reject_pursue_candidates_en", kind: Rejection},
	{file: "reject_not_able_offer_en", kind: Rejection},
	{file: "scheduled_see_you_then", kind: InterviewScheduled, start: "2026-06-10T13:00:00-04:00"},
	{file: "moved_interview_en", kind: InterviewScheduled, start: "2026-06-05T14:00:00-05:00", end: "2026-06-05T14:45:00-05:00", reschedule: true},
	{file: "reminder_tomorrow_cet", kind: InterviewScheduled, start: "2026-10-13T10:00:00+02:00", end: "2026-10-13T11:00:00+02:00", interviewers: []string{"Lukas Meyer"}},
	{file: "ack_got_application", kind: ApplicationReceived, role: "Mobile Engineer"},
	{file: "interviewing_with_en", kind: InterviewScheduled, start: "2026-10-15T11:00:00-04:00", interviewers: []string{"Jane Doe", "John Roe"}},
	{file: "gcal_recruiter_attendee", kind: InterviewScheduled, start: "2026-10-20T14:00:00-04:00", end: "2026-10-20T15:00:00-04:00", interviewers: []string{"Jane Doe <jane.doe@birch.example>"}},
	{file: "bulk_ats_rejection", kind: Rejection, reference: "REQ12345", replyTo: "mia.chen@harborbank.example", automated: true},
	{file: "autoreply_ack", kind: ApplicationReceived, automated: true},
	{file: "cold_inhouse_free_thursday", kind: Other},
	{file: "own_sent_copy", kind: Other},
	{file: "ats_subject_candidate_name", kind: InterviewScheduled, start: "2026-06-09T10:00:00-04:00", end: "2026-06-09T10:45:00-04:00", interviewers: []string{"Jane Doe"}, replyTo: "sara.lind@birch.example"},
	{file: "offer_de_zusage", kind: Offer},
	{file: "invitation_fr", kind: InterviewInvitation},
	{file: "interview_es_programada", kind: InterviewScheduled, start: "2026-06-18T16:00:00+02:00", end: "2026-06-18T17:00:00+02:00", interviewers: []string{"Pablo Ruiz", "Ana Gil"}},
	{file: "agile_coach_interview", kind: InterviewScheduled, start: "2026-07-15T13:30:00-04:00", end: "2026-07-15T15:00:00-04:00", interviewers: []string{"Dana Fox"}, role: "Agile Coach"},
	{file: "vacation_but_scheduled", kind: InterviewScheduled, start: "2026-07-16T11:00:00-04:00"},
	{file: "ics_floating_prose_zone", kind: InterviewScheduled, start: "2026-06-10T14:00:00+02:00", end: "2026-06-10T15:00:00+02:00", interviewers: []string{"Jonas Weber"}},
	{file: "forwarded_invite_nested", kind: Other, start: "-"},
	{file: "friend_good_luck_dinner", kind: Other},
	{file: "recruiter_confirm_good_luck", kind: InterviewScheduled, start: "2026-07-14T10:00:00-04:00", interviewers: []string{"Omar Haddad"}},
	{file: "ics_organiser_only_text_panel", kind: InterviewScheduled, start: "2026-09-15T10:00:00+02:00", end: "2026-09-15T11:30:00+02:00", interviewers: []string{"Rosa Lindqvist", "Kenji Mori"}},
	{file: "ats_invited_fixed_time", kind: InterviewScheduled, start: "2026-06-09T10:00:00+02:00", interviewers: []string{"Rosa Lindqvist"}, replyTo: "maja.holm@fjord.example", role: "Backend Engineer"},
	// a rejection through a mailing list is never answered to the list
	{file: "list_rejection_reply_to_list", kind: Rejection, replyTo: "sam.patel@contoso.example", automated: true},
	{file: "list_rejection_from_list", kind: Rejection, replyTo: "sam.patel@contoso.example", automated: true},
	{file: "list_rejection_list_id_reply_to", kind: Rejection, replyTo: "-", automated: true},
	// a job board's alert signed with a name is still a list: nobody to write to
	{file: "job_alert_bulk_named_sender", kind: Other, replyTo: "-", automated: true},
	{file: "iso_utc_ats", kind: InterviewScheduled, start: "2026-06-03T14:00:00Z", end: "2026-06-03T15:00:00Z", reference: "KS-4410", interviewers: []string{"Anna Berg", "Lukas Meyer"}},
}

func TestClassifyFixtures(t *testing.T) {
	for _, f := range fixtures {
		t.Run(f.file, func(t *testing.T) {
			m := parseFile(t, filepath.Join("testdata", f.file+".eml"))
			r := Classify(m, Options{Self: []string{"alex@candidate.example"}})
			if r.Kind != f.kind {
				t.Errorf("Classify(%q).Kind = %v, want %v (reasons: %v)", f.file, r.Kind, f.kind, r.Reasons)
			}
			checkTime := func(name string, got time.Time, want string) {
				switch want {
				case "":
				case "-":
					if !got.IsZero() {
						t.Errorf("Classify(%q).%s = %v, want zero", f.file, name, got)
					}
				default:
					w, err := time.Parse(time.RFC3339, want)
					if err != nil {
						t.Fatal(err)
					}
					if !got.Equal(w) || got.Format(time.RFC3339) != want {
						t.Errorf("Classify(%q).%s = %v, want %v", f.file, name, got.Format(time.RFC3339), want)
					}
				}
			}
			checkTime("Start", r.Start, f.start)
			checkTime("End", r.End, f.end)
			if f.interviewers != nil {
				var got []string
				for _, p := range r.Interviewers {
					if p.Email != "" {
						got = append(got, p.Name+" <"+p.Email+">")
					} else {
						got = append(got, p.Name)
					}
				}
				if strings.Join(got, ", ") != strings.Join(f.interviewers, ", ") {
					t.Errorf("Classify(%q).Interviewers = %q, want %q", f.file, got, f.interviewers)
				}
			}
			switch f.replyTo {
			case "":
			case "-":
				if r.ReplyTo != "" {
					t.Errorf("Classify(%q).ReplyTo = %q, want none", f.file, r.ReplyTo)
				}
			default:
				if r.ReplyTo != f.replyTo {
					t.Errorf("Classify(%q).ReplyTo = %q, want %q", f.file, r.ReplyTo, f.replyTo)
				}
			}
			if r.Reschedule != f.reschedule {
				t.Errorf("Classify(%q).Reschedule = %v, want %v", f.file, r.Reschedule, f.reschedule)
			}
			if f.automated && !r.Automated {
				t.Errorf("Classify(%q).Automated = false, want true", f.file)
			}
			for _, c := range []struct{ name, got, want string }{
				{"Company", r.Company, f.company}, {"Role", r.Role, f.role}, {"Reference", r.Reference, f.reference},
			} {
				if c.want != "" && c.got != c.want {
					t.Errorf("Classify(%q).%s = %q, want %q", f.file, c.name, c.got, c.want)
				}
			}
			if r.ReplyTo != "" && IsNoReply(r.ReplyTo) {
				t.Errorf("Classify(%q).ReplyTo = %q, a no-reply address", f.file, r.ReplyTo)
			}
		})
	}
}

// FuzzClassify feeds arbitrary messages through Parse and Classify: it must
// never panic, never return a no-reply ReplyTo, and only give times to a
// scheduled interview.
func FuzzClassify(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.eml"))
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("Subject: x\n\n10:30 - half past - 12/13/14 - Tue 3/12 at 1:00 PM PT (GMT+08:00) 16. April um 14.30 Uhr"))
	// hours in words whose words close the text: "à quatorze heures", "alle ore quindici e"
	f.Add([]byte("Subject: x\n\nmardi à quatorze heures"))
	f.Add([]byte("Subject: x\n\nalle ore quindici e"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := message.Parse(bytes.NewReader(data))
		if err != nil {
			return
		}
		r := Classify(m, Options{})
		switch r.Kind {
		case InterviewScheduled, InterviewInvitation, InterviewCancelled, Rejection, Offer, ApplicationReceived, Other:
		default:
			t.Fatalf("Classify().Kind = %q, not a known kind", r.Kind)
		}
		if r.ReplyTo != "" && IsNoReply(r.ReplyTo) {
			t.Fatalf("Classify().ReplyTo = %q, a no-reply address", r.ReplyTo)
		}
		if r.Kind != InterviewScheduled && !r.Start.IsZero() {
			t.Fatalf("Classify().Start = %v for kind %s", r.Start, r.Kind)
		}
		if !r.End.IsZero() && !r.End.After(r.Start) {
			t.Fatalf("Classify().End = %v, not after Start %v", r.End, r.Start)
		}
	})
}

// TestClassifyConcurrent classifies every testdata message from several
// goroutines at once, each in its own order, and wants the results of one
// goroutine alone: texts recycled between messages (textPool) must never be
// shared by two calls.
func TestClassifyConcurrent(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.eml"))
	if err != nil {
		t.Fatal(err)
	}
	more, err := filepath.Glob(filepath.Join("testdata", "*", "*", "*.eml"))
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, more...)
	if len(files) < 50 {
		t.Fatalf("found %d messages under testdata, want at least 50", len(files))
	}
	var raws [][]byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		raws = append(raws, data)
	}
	classifyRaw := func(raw []byte) (Result, bool) {
		m, err := message.Parse(bytes.NewReader(raw))
		if err != nil {
			return Result{}, false
		}
		return Classify(m, Options{}), true
	}
	want := make([]Result, len(raws))
	ok := make([]bool, len(raws))
	for i, raw := range raws {
		want[i], ok[i] = classifyRaw(raw)
	}
	const workers = 4
	got := make([][]Result, workers)
	done := make(chan int)
	for w := 0; w < workers; w++ {
		got[w] = make([]Result, len(raws))
		go func() {
			defer func() { done <- w }()
			for k := range raws {
				// each worker its own order: rotated, and backwards for odd ones
				i := (k + w*len(raws)/workers) % len(raws)
				if w%2 == 1 {
					i = len(raws) - 1 - i
				}
				got[w][i], _ = classifyRaw(raws[i])
			}
		}()
	}
	for range workers {
		<-done
	}
	for w := range workers {
		for i := range raws {
			if !ok[i] {
				continue
			}
			if g := got[w][i]; !reflect.DeepEqual(g, want[i]) {
				t.Errorf("worker %d: Classify(%s) = %+v, want %+v (alone)", w, files[i], g, want[i])
			}
		}
	}
}

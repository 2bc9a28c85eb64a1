package followup

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

var (
	now     = time.Date(2026, 3, 9, 15, 0, 0, 0, time.UTC)
	allStat = []State{Drafted, AwaitingApproval, Scheduled, Sending, Sent, Cancelled, Failed, Unknown}
	policy  = Policy{Auto: false, MaxSendAttempts: 12, MaxRenderAttempts: 5, NoReply: func(a string) bool { return strings.HasPrefix(a, "no-reply@") }}
)

// letter is a thank-you in state s, at version 2, with a human recipient.
func letter(s State) Followup {
	return Followup{ID: 7, Kind: ThankYou, State: s, Version: 2, Recipient: Person{Name: "Sam", Email: "sam@acme.example"},
		Subject: "Thank you", Body: "Dear Sam", EventAt: now.Add(-time.Hour), RequestAt: now.Add(-time.Hour), Attempts: 1}
}

// outcome is what Step should do in one state: the state it leaves the
// follow-up in and the effects, by name ("Record:left_panel",
// "Notify:cancelled"); "error" for an error; nothing for no change.
type outcome struct {
	state   State
	effects string
}

func (o outcome) String() string { return fmt.Sprintf("%s [%s]", o.state, o.effects) }

func describe(effects []Effect) string {
	var out []string
	for _, e := range effects {
		switch x := e.(type) {
		case Record:
			out = append(out, "Record:"+string(x.Reason))
		case Notify:
			out = append(out, "Notify:"+string(x.Notice))
		case Confirm:
			out = append(out, "Confirm:"+string(x.What))
		case AskOwner:
			out = append(out, fmt.Sprintf("AskOwner:auto=%v,by-owner=%v", x.Auto, x.ByOwner))
		default:
			out = append(out, strings.TrimPrefix(fmt.Sprintf("%T", e), "followup."))
		}
	}
	return strings.Join(out, " ")
}

// TestStepEveryEventInEveryState: the decision for every event in every
// state. States a row leaves out must be left alone (no change, no
// effect), or, for events that cannot happen in them, refused.
func TestStepEveryEventInEveryState(t *testing.T) {
	cancelled := outcome{Cancelled, "Record:interview_cancelled Notify:cancelled"}
	asked := outcome{AwaitingApproval, "Draft Plan AskOwner:auto=false,by-owner=true Record:"}
	tests := []struct {
		name    string
		ev      Event
		prep    func(*Followup) // adjusts the letter before the step
		want    map[State]outcome
		refused bool // states left out return an error, not a no-op
	}{
		{name: "cancel", ev: Cancel{Reason: InterviewCalledOff}, want: map[State]outcome{
			Drafted:          {Cancelled, "Record:interview_cancelled"},
			AwaitingApproval: cancelled, Scheduled: cancelled, Failed: cancelled, Unknown: cancelled,
		}},
		{name: "hold", ev: Hold{What: "seems to cancel an interview"}, want: map[State]outcome{
			Drafted: {Drafted, "Record:held"}, AwaitingApproval: {AwaitingApproval, "Record:held"},
			Scheduled: {AwaitingApproval, "Record:held"}, Failed: {Failed, "Record:held"},
		}},
		{name: "moved", ev: Moved{End: now.Add(48 * time.Hour)}, want: map[State]outcome{
			Drafted:          {Drafted, "Record:interview_moved"},
			AwaitingApproval: {Drafted, "Record:interview_moved Notify:moved-withdrawn"},
			Scheduled:        {Drafted, "Record:interview_moved Notify:moved-withdrawn"},
			Failed:           {Drafted, "Record:interview_moved Notify:moved-withdrawn"},
		}},
		{name: "moved after approval", ev: Moved{End: now.Add(48 * time.Hour)}, prep: func(f *Followup) { f.ApprovedAt = now.Add(-time.Minute) }, want: map[State]outcome{
			Drafted:          {Drafted, "Record:interview_moved"},
			AwaitingApproval: {Drafted, "Record:interview_moved Notify:moved-withdrawn"},
			Scheduled:        {Scheduled, "Plan Record:interview_moved_approved Notify:moved-approved"},
			Failed:           {Drafted, "Record:interview_moved Notify:moved-withdrawn"},
		}},
		{name: "address found", ev: AddressFound{To: Person{Name: "Bob Brown", Email: "bob@acme.example"}}, prep: noAddress, want: map[State]outcome{
			Drafted: {Drafted, "Record:address_found"}, Failed: {Failed, "Record:address_found"},
			AwaitingApproval: {AwaitingApproval, "Draft Plan AskOwner:auto=false,by-owner=false Record:address_found"},
			Scheduled:        {AwaitingApproval, "Draft Plan AskOwner:auto=false,by-owner=false Record:address_found"},
		}},
		{name: "address found, the owner gave one", ev: AddressFound{To: Person{Name: "Bob Brown", Email: "bob@acme.example"}}, want: map[State]outcome{}},
		{name: "copy arrived", ev: CopyArrived{At: now}, want: map[State]outcome{
			Sending: {Sent, "Record:copy_arrived"}, Unknown: {Sent, "Record:copy_arrived"},
		}},
		{name: "answer send", ev: Answer{Version: 2, Command: Command{Action: Approve, Read: "send"}}, want: map[State]outcome{
			Drafted: {Scheduled, "Plan Record:approved Confirm:scheduled"}, AwaitingApproval: {Scheduled, "Plan Record:approved Confirm:scheduled"},
			Scheduled: {Scheduled, "Notify:already-approved"}, Sending: {Sending, "Notify:being-sent"}, Sent: {Sent, "Notify:already-sent"},
			Cancelled: {Cancelled, "Notify:already-cancelled"}, Failed: {Scheduled, "Plan Record:approved Confirm:scheduled"},
			Unknown: {Scheduled, "Plan Record:approved Confirm:scheduled"},
		}},
		{name: "answer send, no recipient", ev: Answer{Version: 2, Command: Command{Action: Approve}}, prep: func(f *Followup) { f.Recipient = Person{Email: "no-reply@acme.example"} },
			want: map[State]outcome{
				Drafted: {Drafted, "Notify:no-address"}, AwaitingApproval: {AwaitingApproval, "Notify:no-address"},
				Scheduled: {Scheduled, "Notify:already-approved"}, Sending: {Sending, "Notify:being-sent"}, Sent: {Sent, "Notify:already-sent"},
				Cancelled: {Cancelled, "Notify:already-cancelled"}, Failed: {Failed, "Notify:no-address"}, Unknown: {Unknown, "Notify:no-address"},
			}},
		{name: "answer send to an older version", ev: Answer{Version: 1, Command: Command{Action: Approve}}, want: map[State]outcome{
			Drafted: {Drafted, "Notify:older-draft"}, AwaitingApproval: {AwaitingApproval, "Notify:older-draft"}, Scheduled: {Scheduled, "Notify:older-draft"},
			Sending: {Sending, "Notify:older-draft"}, Sent: {Sent, "Notify:older-draft"}, Cancelled: {Cancelled, "Notify:older-draft"},
			Failed: {Failed, "Notify:older-draft"}, Unknown: {Unknown, "Notify:older-draft"},
		}},
		{name: "answer cancel to an older version", ev: Answer{Version: 1, Command: Command{Action: Discard}}, want: map[State]outcome{
			Drafted: {Cancelled, "Record:owner_cancelled Confirm:cancelled"}, AwaitingApproval: {Cancelled, "Record:owner_cancelled Confirm:cancelled"},
			Scheduled: {Cancelled, "Record:owner_cancelled Confirm:cancelled"}, Sending: {Sending, "Notify:older-draft"},
			Sent: {Sent, "Notify:older-draft"}, Cancelled: {Cancelled, "Notify:already-cancelled"},
			Failed: {Cancelled, "Record:owner_cancelled Confirm:cancelled"}, Unknown: {Unknown, "Notify:older-draft"},
		}},
		{name: "answer cancel", ev: Answer{Version: 2, Command: Command{Action: Discard}}, want: map[State]outcome{
			Drafted: {Cancelled, "Record:owner_cancelled Confirm:cancelled"}, AwaitingApproval: {Cancelled, "Record:owner_cancelled Confirm:cancelled"},
			Scheduled: {Cancelled, "Record:owner_cancelled Confirm:cancelled"}, Sending: {Sending, "Notify:being-sent"},
			Sent: {Sent, "Notify:already-sent"}, Cancelled: {Cancelled, "Notify:already-cancelled"},
			Failed: {Cancelled, "Record:owner_cancelled Confirm:cancelled"}, Unknown: {Cancelled, "Record:owner_cancelled Confirm:cancelled"},
		}},
		{name: "answer notes", ev: Answer{Version: 2, Command: Command{Action: AddNotes, Notes: "we spoke about dbt"}}, want: map[State]outcome{
			Drafted: with(asked, "owner_notes"), AwaitingApproval: with(asked, "owner_notes"), Scheduled: with(asked, "owner_notes"),
			Sending: {Sending, "Notify:being-sent"}, Sent: {Sent, "Notify:already-sent"}, Cancelled: {Cancelled, "Notify:already-cancelled"},
			// a failed letter gets a new version to approve; one that may have
			// gone out waits until the owner says whether it did
			Failed: with(asked, "owner_notes"), Unknown: {Unknown, "Notify:sent-first"},
		}},
		{name: "answer edit", ev: Answer{Version: 2, Command: Command{Action: Edit, Body: "Dear Sam, thanks", Subject: "Thanks"}}, want: map[State]outcome{
			Drafted: with(asked, "owner_edited"), AwaitingApproval: with(asked, "owner_edited"), Scheduled: with(asked, "owner_edited"),
			Sending: {Sending, "Notify:being-sent"}, Sent: {Sent, "Notify:already-sent"}, Cancelled: {Cancelled, "Notify:already-cancelled"},
			Failed: with(asked, "owner_edited"), Unknown: {Unknown, "Notify:sent-first"},
		}},
		{name: "answer to:", ev: Answer{Version: 2, Command: Command{Action: Readdress, To: Person{Email: "Jo@Acme.example"}}}, want: map[State]outcome{
			Drafted: with(asked, "owner_recipient"), AwaitingApproval: with(asked, "owner_recipient"), Scheduled: with(asked, "owner_recipient"),
			Sending: {Sending, "Notify:being-sent"}, Sent: {Sent, "Notify:already-sent"}, Cancelled: {Cancelled, "Notify:already-cancelled"},
			Failed: with(asked, "owner_recipient"), Unknown: {Unknown, "Notify:sent-first"},
		}},
		{name: "answer to: a no-reply address", ev: Answer{Version: 2, Command: Command{Action: Readdress, To: Person{Email: "no-reply@acme.example"}}}, want: map[State]outcome{
			Drafted: {Drafted, "Notify:no-reply-address"}, AwaitingApproval: {AwaitingApproval, "Notify:no-reply-address"},
			Scheduled: {Scheduled, "Notify:no-reply-address"}, Sending: {Sending, "Notify:being-sent"}, Sent: {Sent, "Notify:already-sent"},
			Cancelled: {Cancelled, "Notify:already-cancelled"}, Failed: {Failed, "Notify:no-reply-address"}, Unknown: {Unknown, "Notify:sent-first"},
		}},
		{name: "answer sent", ev: Answer{Version: 2, Command: Command{Action: Unclear, Read: "it went out", SaysSent: true}}, want: map[State]outcome{
			Drafted: {Drafted, "Notify:not-understood"}, AwaitingApproval: {AwaitingApproval, "Notify:not-understood"},
			Scheduled: {Scheduled, "Notify:not-understood"}, Sending: {Sending, "Notify:being-sent"}, Sent: {Sent, "Notify:already-sent"},
			Cancelled: {Cancelled, "Notify:already-cancelled"}, Failed: {Failed, "Notify:not-understood"},
			Unknown: {Sent, "Record:owner_saw_sent Confirm:recorded-sent"},
		}},
		{name: "answer yes", ev: Answer{Version: 2, Command: Command{Action: Approve, Read: "yes", YesNo: true}}, want: map[State]outcome{
			Drafted: {Scheduled, "Plan Record:approved Confirm:scheduled"}, AwaitingApproval: {Scheduled, "Plan Record:approved Confirm:scheduled"},
			Scheduled: {Scheduled, "Notify:already-approved"}, Sending: {Sending, "Notify:being-sent"}, Sent: {Sent, "Notify:already-sent"},
			Cancelled: {Cancelled, "Notify:already-cancelled"}, Failed: {Scheduled, "Plan Record:approved Confirm:scheduled"},
			Unknown: {Unknown, "Notify:yes-or-no"},
		}},
		{name: "answer not understood", ev: Answer{Version: 2, Command: Command{Action: Unclear, Read: "tomorrow?"}}, want: map[State]outcome{
			Drafted: {Drafted, "Notify:not-understood"}, AwaitingApproval: {AwaitingApproval, "Notify:not-understood"},
			Scheduled: {Scheduled, "Notify:not-understood"}, Sending: {Sending, "Notify:being-sent"}, Sent: {Sent, "Notify:already-sent"},
			Cancelled: {Cancelled, "Notify:already-cancelled"}, Failed: {Failed, "Notify:not-understood"}, Unknown: {Unknown, "Notify:not-understood"},
		}},
		{name: "ask due", ev: AskDue{}, want: map[State]outcome{
			Drafted: {AwaitingApproval, "Draft Plan AskOwner:auto=false,by-owner=false Record:asked_owner"},
		}},
		{name: "ask due, auto mode", ev: AskDue{}, prep: func(f *Followup) { f.NeedsReply = false }, want: map[State]outcome{
			Drafted: {Scheduled, "Draft Plan AskOwner:auto=true,by-owner=false Record:asked_owner"},
		}},
		{name: "ask due for a status check", ev: AskDue{}, prep: statusCheck, want: map[State]outcome{
			Drafted: {effects: "error"},
		}},
		{name: "status due", ev: StatusDue{Stage: Interviewing}, prep: statusCheck, want: map[State]outcome{
			Drafted: {AwaitingApproval, "Draft Plan AskOwner:auto=false,by-owner=false Record:asked_owner"},
		}},
		{name: "status due, auto mode", ev: StatusDue{Stage: Applied}, prep: func(f *Followup) { statusCheck(f); f.NeedsReply = false }, want: map[State]outcome{
			Drafted: {Scheduled, "Draft Plan AskOwner:auto=true,by-owner=false Record:asked_owner"},
		}},
		{name: "status due after a template failure", ev: StatusDue{Stage: Applied}, prep: func(f *Followup) { statusCheck(f); f.RenderFailed = true }, want: map[State]outcome{
			Drafted: {AwaitingApproval, "Draft Plan AskOwner:auto=false,by-owner=false Record:asked_owner"},
		}},
		{name: "status due, the employer wrote first", ev: StatusDue{Stage: Interviewing, Heard: true}, prep: statusCheck, want: map[State]outcome{
			Drafted: {Cancelled, "Record:heard_back"},
		}},
		{name: "status due, rejected", ev: StatusDue{Stage: Rejected, Heard: true}, prep: statusCheck, want: map[State]outcome{
			Drafted: {Cancelled, "Record:rejection_arrived"},
		}},
		{name: "status due, an offer", ev: StatusDue{Stage: Offer}, prep: statusCheck, want: map[State]outcome{
			Drafted: {Cancelled, "Record:offer_arrived"},
		}},
		{name: "status due for a thank-you", ev: StatusDue{Stage: Interviewing}, refused: true, want: map[State]outcome{}},
		{name: "status check cancelled: the employer wrote", ev: Cancel{Reason: HeardBack}, prep: statusCheck, want: map[State]outcome{
			Drafted:          {Cancelled, "Record:heard_back"},
			AwaitingApproval: {Cancelled, "Record:heard_back Notify:cancelled"}, Scheduled: {Cancelled, "Record:heard_back Notify:cancelled"},
			Failed: {Cancelled, "Record:heard_back Notify:cancelled"}, Unknown: {Cancelled, "Record:heard_back Notify:cancelled"},
		}},
		{name: "draft failed", ev: DraftFailed{Err: "template: x"}, want: map[State]outcome{
			Drafted: {Drafted, "Record:"},
		}},
		{name: "draft failed for the last time", ev: DraftFailed{Err: "template: x"}, prep: func(f *Followup) { f.RenderFailed, f.Attempts = true, 4 }, want: map[State]outcome{
			Drafted: {Failed, "Record:render_failed ReportRenderFailure"},
		}},
		{name: "templates reloaded", ev: TemplatesReloaded{}, prep: func(f *Followup) { f.RenderFailed = true }, want: map[State]outcome{
			Drafted: {Drafted, "Record:"}, Failed: {Drafted, "Record:templates_reloaded"},
		}},
		{name: "templates reloaded, no template failure", ev: TemplatesReloaded{}, want: map[State]outcome{}},
		{name: "send due", ev: SendDue{Opening: now}, want: map[State]outcome{
			Scheduled: {Sending, "Record:sending Send"},
		}},
		{name: "send due out of hours", ev: SendDue{Opening: now.Add(time.Hour)}, want: map[State]outcome{
			Scheduled: {Scheduled, "Record:business_hours"},
		}},
		{name: "send due over the daily cap", ev: SendDue{Opening: now, CapReached: true, CapUntil: now.Add(9 * time.Hour)}, want: map[State]outcome{
			Scheduled: {Scheduled, "Record:"},
		}},
		{name: "send due, interview cancelled", ev: SendDue{Opening: now, InterviewCancelled: true}, want: map[State]outcome{
			Scheduled: {Cancelled, "Record:interview_cancelled Notify:not-sent"},
		}},
		{name: "send due, no recipient", ev: SendDue{Opening: now}, prep: func(f *Followup) { f.Recipient = Person{} }, want: map[State]outcome{
			Scheduled: {Cancelled, "Record:no_recipient Notify:not-sent"},
		}},
		{name: "delivered", ev: SendResult{Outcome: Delivered}, refused: true, want: map[State]outcome{
			Sending: {Sent, "Record:sent Confirm:sent"},
		}},
		{name: "uncertain", ev: SendResult{Outcome: Uncertain, Err: "connection reset after DATA"}, refused: true, want: map[State]outcome{
			Sending: {Unknown, "Record:send_uncertain AskSent"},
		}},
		{name: "temporary failure", ev: SendResult{Outcome: Temporary, Err: "451 try later"}, refused: true, want: map[State]outcome{
			Sending: {Scheduled, "Record:send_deferred"},
		}},
		{name: "temporary failure, too many", ev: SendResult{Outcome: Temporary, Err: "451 try later"}, prep: func(f *Followup) { f.Attempts = 12 }, refused: true,
			want: map[State]outcome{Sending: {Failed, "Record:send_failed Notify:send-failed"}}},
		{name: "permanent failure", ev: SendResult{Outcome: Permanent, Err: "550 no such user"}, refused: true, want: map[State]outcome{
			Sending: {Failed, "Record:send_failed Notify:send-failed"},
		}},
		{name: "recovered, in Sent", ev: Recovered{InSent: true}, want: map[State]outcome{
			Sending: {Sent, "Record:found_in_sent"},
		}},
		{name: "recovered, not in Sent", ev: Recovered{}, want: map[State]outcome{
			Sending: {Unknown, "Record:not_found_in_sent AskSent"},
		}},
	}
	for _, tt := range tests {
		for _, s := range allStat {
			t.Run(tt.name+"/"+string(s), func(t *testing.T) {
				f := letter(s)
				f.NeedsReply = true // reply mode unless a row says otherwise
				p := policy
				if strings.HasSuffix(tt.name, "auto mode") {
					p.Auto = true
				}
				if tt.prep != nil {
					tt.prep(&f)
				}
				want, listed := tt.want[s]
				got, effects, err := Step(f, tt.ev, now, p)
				switch {
				case want.effects == "error" || (!listed && tt.refused):
					if err == nil {
						t.Errorf("Step(%s, %T) = %s, nil; want an error", s, tt.ev, outcome{got.State, describe(effects)})
					}
					return
				case err != nil:
					t.Fatalf("Step(%s, %T) error: %v", s, tt.ev, err)
				case !listed:
					want = outcome{s, ""}
				}
				if g := (outcome{got.State, describe(effects)}); g != want {
					t.Errorf("Step(%s, %+v) = %s, want %s", s, tt.ev, g, want)
				}
				if len(effects) == 0 && fmt.Sprint(got) != fmt.Sprint(f) {
					t.Errorf("Step(%s, %T) changed the follow-up without an effect to record it", s, tt.ev)
				}
			})
		}
	}
}

// noAddress makes the letter one to an interviewer known by name only.
func noAddress(f *Followup) { f.Recipient, f.GreetNames = Person{Name: "Bob Brown"}, "Bob Brown" }

// statusCheck makes the letter a status check.
func statusCheck(f *Followup) { f.Kind, f.InterviewID = StatusCheck, 0 }

func with(o outcome, reason Reason) outcome {
	o.effects += string(reason)
	return o
}

// TestStepDetails: what a step writes beyond the state.
func TestStepDetails(t *testing.T) {
	tests := []struct {
		name  string
		f     Followup
		ev    Event
		check func(t *testing.T, got Followup)
	}{
		{"notes are added and make a new version", letter(AwaitingApproval), Answer{Version: 2, Command: Command{Action: AddNotes, Notes: "dbt"}},
			func(t *testing.T, got Followup) {
				if got.Notes != "dbt" || got.Version != 3 {
					t.Errorf("Notes, Version = %q, %d, want \"dbt\", 3", got.Notes, got.Version)
				}
			}},
		{"a new recipient keeps the known name", letter(AwaitingApproval), Answer{Version: 2, Command: Command{Action: Readdress, To: Person{Email: "SAM@acme.example"}}},
			func(t *testing.T, got Followup) {
				if got.Recipient != (Person{Name: "Sam", Email: "sam@acme.example"}) {
					t.Errorf("Recipient = %+v, want Sam <sam@acme.example>", got.Recipient)
				}
			}},
		{"an address for who had none keeps their name", func() Followup { f := letter(AwaitingApproval); noAddress(&f); return f }(),
			Answer{Version: 2, Command: Command{Action: Readdress, To: Person{Email: "Bob@Home.example"}}},
			func(t *testing.T, got Followup) {
				if got.Recipient != (Person{Name: "Bob Brown", Email: "bob@home.example"}) || got.GreetNames != "Bob Brown" {
					t.Errorf("Recipient, GreetNames = %+v, %q, want Bob Brown <bob@home.example>, still Bob's letter", got.Recipient, got.GreetNames)
				}
			}},
		{"an address found makes it an ordinary letter to them", func() Followup { f := letter(AwaitingApproval); noAddress(&f); return f }(),
			AddressFound{To: Person{Name: "Bob Brown", Email: "bob@acme.example"}},
			func(t *testing.T, got Followup) {
				if got.Recipient != (Person{Name: "Bob Brown", Email: "bob@acme.example"}) || got.GreetNames != "" || got.Version != 3 {
					t.Errorf("Recipient, GreetNames, Version = %+v, %q, %d, want Bob Brown <bob@acme.example>, \"\", 3", got.Recipient, got.GreetNames, got.Version)
				}
			}},
		{"approval records when", letter(AwaitingApproval), Answer{Version: 2, Command: Command{Action: Approve}},
			func(t *testing.T, got Followup) {
				if !got.ApprovedAt.Equal(now) {
					t.Errorf("ApprovedAt = %v, want %v", got.ApprovedAt, now)
				}
			}},
		{"a first template failure retries in a minute", letter(Drafted), DraftFailed{Err: "boom"},
			func(t *testing.T, got Followup) {
				if !got.RenderFailed || got.Attempts != 1 || !got.NextAttemptAt.Equal(now.Add(time.Minute)) || got.LastError != RenderErrorPrefix+"boom" {
					t.Errorf("after a template failure: %+v", got)
				}
			}},
		{"a temporary failure backs off", func() Followup { f := letter(Sending); f.Attempts = 3; return f }(), SendResult{Outcome: Temporary, Err: "451"},
			func(t *testing.T, got Followup) {
				if !got.NextAttemptAt.Equal(now.Add(4*time.Minute)) || got.LastError != "451" {
					t.Errorf("NextAttemptAt, LastError = %v, %q, want in 4m, \"451\"", got.NextAttemptAt, got.LastError)
				}
			}},
		{"an interrupted send is a new version", letter(Sending), Recovered{},
			func(t *testing.T, got Followup) {
				if got.Version != 3 {
					t.Errorf("Version = %d, want 3 (the question carries a new token)", got.Version)
				}
			}},
		{"a hold needs the owner's send", letter(Scheduled), Hold{What: "x"},
			func(t *testing.T, got Followup) {
				if !got.NeedsReply {
					t.Errorf("NeedsReply = false after a hold")
				}
			}},
		{"business hours can make it late", func() Followup { f := letter(Scheduled); f.Deadline = now.Add(30 * time.Minute); return f }(), SendDue{Opening: now.Add(time.Hour)},
			func(t *testing.T, got Followup) {
				if !got.Late || !got.DueAt.Equal(now.Add(time.Hour)) {
					t.Errorf("Late, DueAt = %v, %v, want true, the opening", got.Late, got.DueAt)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, err := Step(tt.f, tt.ev, now, policy)
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, got)
		})
	}
}

// TestLateIsToldOnce: an approved letter pushed past its deadline (by a
// refusal's backoff, or held for business hours) is marked late and the
// owner told, once; one already late, or without a deadline, says nothing.
func TestLateIsToldOnce(t *testing.T) {
	withDeadline := func(s State, late bool, d time.Duration) Followup {
		f := letter(s)
		f.Deadline, f.Late = now.Add(d), late
		return f
	}
	tests := []struct {
		name     string
		f        Followup
		ev       Event
		wantTold bool
		wantErr  string
	}{
		{"a refusal's backoff passes the deadline", withDeadline(Sending, false, 30*time.Second), SendResult{Outcome: Temporary, Err: "451 try later"}, true, "451 try later"},
		{"a refusal's backoff within the deadline", withDeadline(Sending, false, time.Hour), SendResult{Outcome: Temporary, Err: "451 try later"}, false, ""},
		{"already late", withDeadline(Sending, true, 30*time.Second), SendResult{Outcome: Temporary, Err: "451 try later"}, false, ""},
		{"held for business hours past the deadline", withDeadline(Scheduled, false, 30*time.Minute), SendDue{Opening: now.Add(time.Hour)}, true, ""},
		{"held, already late", withDeadline(Scheduled, true, 30*time.Minute), SendDue{Opening: now.Add(time.Hour)}, false, ""},
		{"no deadline", letter(Scheduled), SendDue{Opening: now.Add(48 * time.Hour)}, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, effects, err := Step(tt.f, tt.ev, now, policy)
			if err != nil {
				t.Fatal(err)
			}
			told := 0
			for _, e := range effects {
				if n, ok := e.(Notify); ok && n.Notice == NoticeLate {
					told++
					if n.Err != tt.wantErr {
						t.Errorf("NoticeLate.Err = %q, want %q", n.Err, tt.wantErr)
					}
				}
			}
			if (told == 1) != tt.wantTold || told > 1 {
				t.Errorf("late notices = %d, want told %v", told, tt.wantTold)
			}
			if tt.wantTold && !got.Late {
				t.Errorf("Late = false after the owner was told it is late")
			}
		})
	}
}

// TestUndoable: the reasons a later message may undo are the ones the
// employer's changes caused, never the owner's own decision.
func TestUndoable(t *testing.T) {
	for _, r := range Reasons() {
		want := r == InterviewCalledOff || r == LeftPanel || r == OwnerDeclined || r == BigPanel
		if r.Undoable() != want {
			t.Errorf("Reason(%q).Undoable() = %v, want %v", r, r.Undoable(), want)
		}
	}
}

package engine

// Issue 10, point 5: an interviewer known by name only, beside others
// with an address, gets their own letter with no recipient; the owner is
// asked for the address, which is never invented, and the letter stays
// theirs (kept, moved, cancelled, addressed) as the interview changes.

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/store"
)

const (
	priyaLine = "• Priya Raman (priya.raman@northwind.example)"
	bobLine   = "• Bob Brown (Staff Engineer)"
	bobHome   = "bob.brown@home.example"
	bobWork   = "bob.brown@northwind.example"
)

// panelMsg is a confirmation of the interview iv-1 at start, whose text
// lists the panel (one line each) and whose calendar part names no
// interviewer.
func panelMsg(id string, seq int, start time.Time, panel ...string) string {
	text := fmt.Sprintf("Hi Alex,\n\nI'm pleased to confirm your interview for the Senior Data Analyst role at Northwind\non %s, from %s to %s (London time), by video call.\n\nYour panel\n%s\n\nBest,\nMaya Chen\nTalent Acquisition, Northwind",
		start.Format("Monday, January 2"), start.Format("15:04"), start.Add(time.Hour).Format("15:04"), strings.Join(panel, "\n"))
	return rvMsg("Maya Chen <maya.chen@northwind.example>", id, "Interview confirmed: Senior Data Analyst", text,
		rvICS("REQUEST", "iv-1@northwind.example", seq, start, rvOrg, rvMe))
}

// lettersFor returns the thank-yous not cancelled that are for name: the
// name they greet, or their recipient's.
func (h *harness) lettersFor(name string) []followup.Followup {
	var out []followup.Followup
	for _, f := range h.followups() {
		if f.State != followup.Cancelled && (f.GreetNames == name || f.Recipient.Name == name) {
			out = append(out, f)
		}
	}
	return out
}

// oneLetterFor returns the one letter for name, failing the test when
// there is none or more than one.
func (h *harness) oneLetterFor(name string) followup.Followup {
	h.t.Helper()
	fus := h.lettersFor(name)
	if len(fus) != 1 {
		h.t.Fatalf("%d letters for %s, want exactly one (%s)", len(fus), name, h.states())
	}
	return fus[0]
}

// requestFor returns the approval request among ms whose subject names
// who.
func requestFor(t *testing.T, ms []mail, who string) mail {
	t.Helper()
	for _, m := range ms {
		if m.msg.Get("X-Followupd") == "approval-request" && strings.Contains(m.msg.Subject, who) {
			return m
		}
	}
	var subjects []string
	for _, m := range ms {
		subjects = append(subjects, m.msg.Subject)
	}
	t.Fatalf("no approval request for %s among %q", who, subjects)
	return mail{}
}

// TestNameOnlyInterviewerGetsALetterWithoutRecipient: Priya has an
// address, Bob only a name. Each gets a letter; Bob's asks the owner for
// his address, is never sent without one nor to the arranger, and leaves
// once to the address the owner gives.
func TestNameOnlyInterviewerGetsALetterWithoutRecipient(t *testing.T) {
	h := newHarness(t, "")
	h.inbox(panelMsg("c1@northwind.example", 0, ivStart, priyaLine, bobLine))
	if fus := h.followups(); len(fus) != 2 {
		t.Fatalf("after the confirmation: %s, want two thank-yous (Priya, Bob)", h.states())
	}
	if bob := h.oneLetterFor("Bob Brown"); bob.Recipient.Email != "" {
		t.Fatalf("Bob's letter is to %q, want no recipient (his address is unknown)", bob.Recipient.Email)
	}
	h.at(ivStart.Add(time.Hour))
	h.work()
	reqs := h.newOwnerMail()
	if len(reqs) != 2 {
		t.Fatalf("at the interview's end the owner got %d mails, want 2 approval requests", len(reqs))
	}
	priya, bob := requestFor(t, reqs, "Priya"), requestFor(t, reqs, "Bob Brown")
	if strings.Contains(priya.msg.Body, "no note drafted") {
		t.Errorf("Priya's request still says Bob gets no note:\n%s", priya.msg.Body)
	}
	for _, want := range []string{"I know no address for Bob Brown", `"to: Bob Brown <their address>"`, "To:        (nobody yet)", "Dear Bob,"} {
		if !strings.Contains(bob.msg.Body, want) {
			t.Errorf("Bob's approval request lacks %q:\n%s", want, bob.msg.Body)
		}
	}
	if strings.Contains(bob.msg.Body, "maya.chen@") {
		t.Errorf("Bob's letter is addressed to the arranger:\n%s", bob.msg.Body)
	}

	// "send" without an address sends nothing and says why.
	h.inbox(answer(bob, ownerAddr, "send"))
	h.work()
	if got := h.newOwnerMail(); len(got) != 1 || !strings.Contains(got[0].msg.Subject, "no address") {
		t.Fatalf("after \"send\" on Bob's letter without address the owner got %d mails, want the no-address notice", len(got))
	}
	h.inbox(answer(bob, ownerAddr, "to: Bob Brown <"+bobHome+">"))
	h.work()
	again := h.newOwnerMail()
	if len(again) != 1 {
		t.Fatalf("after \"to:\" the owner got %d mails, want the new version to approve", len(again))
	}
	if !strings.Contains(again[0].msg.Body, "To:        Bob Brown <"+bobHome+">") || !strings.Contains(again[0].msg.Body, "Dear Bob,") {
		t.Errorf("the new version is not to Bob at %s:\n%s", bobHome, again[0].msg.Body)
	}
	h.inbox(answer(again[0], ownerAddr, "send"))
	h.inbox(answer(priya, ownerAddr, "send"))
	h.runDays(2)
	got := recipients(h.employerMail())
	if strings.Join(got, ",") != "priya.raman@northwind.example,"+bobHome && strings.Join(got, ",") != bobHome+",priya.raman@northwind.example" {
		t.Errorf("letters went to %v, want one to Priya and one to Bob at the address the owner gave", got)
	}
	if b := h.bodyTo(bobHome); !strings.HasPrefix(b, "Dear Bob,") {
		t.Errorf("the letter to Bob begins %.30q, want it to greet Bob", b)
	}
}

// TestNameOnlyLetterStaysTheirs: the letter of an interviewer known by
// name only is kept, moved, cancelled or addressed as the interview
// changes, before and after the owner gave it an address; never
// duplicated.
func TestNameOnlyLetterStaysTheirs(t *testing.T) {
	moved := ivStart.Add(24 * time.Hour)
	// giveAddress answers Bob's approval request with "to:" (and
	// Priya's with "send"); the new version is approved at the end.
	giveAddress := func(h *harness) {
		h.at(ivStart.Add(time.Hour))
		h.work()
		reqs := h.newOwnerMail()
		h.inbox(answer(requestFor(h.t, reqs, "Priya"), ownerAddr, "send"))
		h.inbox(answer(requestFor(h.t, reqs, "Bob Brown"), ownerAddr, "to: Bob Brown <"+bobHome+">"))
	}
	tests := []struct {
		name string
		then func(h *harness)
		// want: Bob's one letter's state and address and its interview
		// end; "" state for no letter (cancelled).
		wantState followup.State
		wantTo    string
		wantEnd   time.Time
		wantSent  string // where Bob's letter goes once approved ("" nowhere)
	}{
		{"reschedule before the owner's to:", func(h *harness) {
			h.inbox(panelMsg("c2@northwind.example", 1, moved, priyaLine, bobLine))
		}, followup.Drafted, "", moved.Add(time.Hour), ""},
		{"reschedule after the owner's to:", func(h *harness) {
			giveAddress(h)
			h.inbox(panelMsg("c2@northwind.example", 1, moved, priyaLine, bobLine))
		}, followup.Drafted, bobHome, moved.Add(time.Hour), bobHome},
		{"a second confirmation, accents and case aside", func(h *harness) {
			h.inbox(panelMsg("c2@northwind.example", 1, ivStart, priyaLine, "• Bob Bröwn (Staff Engineer)", "• Dana Kim (dana.kim@northwind.example)"))
		}, followup.Drafted, "", ivStart.Add(time.Hour), ""},
		{"Bob leaves the panel", func(h *harness) {
			h.inbox(panelMsg("c2@northwind.example", 1, ivStart, priyaLine))
		}, "", "", time.Time{}, ""},
		{"Bob leaves the panel after the owner's to:", func(h *harness) {
			giveAddress(h)
			h.inbox(panelMsg("c2@northwind.example", 1, ivStart, priyaLine))
		}, "", "", time.Time{}, ""},
		{"Bob later seen with his address", func(h *harness) {
			h.inbox(panelMsg("c2@northwind.example", 0, ivStart, priyaLine, "• Bob Brown ("+bobWork+")"))
		}, followup.Drafted, bobWork, ivStart.Add(time.Hour), bobWork},
		{"Bob seen with his address once the owner was asked", func(h *harness) {
			h.at(ivStart.Add(time.Hour))
			h.work()
			h.inbox(panelMsg("c2@northwind.example", 0, ivStart, priyaLine, "• Bob Brown ("+bobWork+")"))
		}, followup.AwaitingApproval, bobWork, ivStart.Add(time.Hour), bobWork},
		{"Bob seen with his address in a reschedule", func(h *harness) {
			h.inbox(panelMsg("c2@northwind.example", 1, moved, priyaLine, "• Bob Brown ("+bobWork+")"))
		}, followup.Drafted, bobWork, moved.Add(time.Hour), bobWork},
		{"Bob seen with an address after the owner's to: keeps the owner's", func(h *harness) {
			giveAddress(h)
			h.inbox(panelMsg("c2@northwind.example", 1, ivStart, priyaLine, "• Bob Brown ("+bobWork+")"))
		}, followup.AwaitingApproval, bobHome, ivStart.Add(time.Hour), bobHome},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, "")
			h.inbox(panelMsg("c1@northwind.example", 0, ivStart, priyaLine, bobLine))
			tt.then(h)
			var bobs []followup.Followup
			for _, f := range h.followups() {
				if f.State != followup.Cancelled && f.Recipient.Email != "priya.raman@northwind.example" && f.Recipient.Email != "dana.kim@northwind.example" {
					bobs = append(bobs, f)
				}
			}
			if tt.wantState == "" {
				if len(bobs) != 0 {
					t.Fatalf("Bob left the panel, but his letter is not cancelled: %s", h.states())
				}
				var reason followup.Reason
				if err := h.st.Tx(h.ctx, func(tx *store.Tx) (err error) {
					reason, err = tx.CancelReason(2) // Bob's: the second letter made
					return err
				}); err != nil {
					t.Fatal(err)
				}
				if reason != followup.LeftPanel {
					t.Errorf("Bob's letter was cancelled for %q, want %q", reason, followup.LeftPanel)
				}
			} else {
				if len(bobs) != 1 {
					t.Fatalf("%d letters for Bob, want exactly one (%s)", len(bobs), h.states())
				}
				bob := bobs[0]
				if bob.ID != 2 {
					t.Errorf("Bob's letter is #%d, want #2, the one made for him first, kept (%s)", bob.ID, h.states())
				}
				if bob.State != tt.wantState || bob.Recipient.Email != tt.wantTo || !bob.EventAt.Equal(tt.wantEnd) {
					t.Errorf("Bob's letter: %s to %q after the interview ending %v, want %s to %q after %v",
						bob.State, bob.Recipient.Email, bob.EventAt, tt.wantState, tt.wantTo, tt.wantEnd)
				}
			}
			// Whatever was asked, the owner approves every version asked
			// (an older one is refused, a letter without address not sent).
			for range 4 {
				h.runDays(1)
				h.answerNew("send")
			}
			var toBob []string
			for _, to := range recipients(h.employerMail()) {
				if strings.HasPrefix(to, "bob.brown@") || strings.HasPrefix(to, "maya.chen@") {
					toBob = append(toBob, to)
				}
			}
			if want := []string{tt.wantSent}; strings.Join(toBob, ",") != strings.Join(want, ",") {
				t.Errorf("Bob's letter went to %v, want %v (never the arranger, never twice)", toBob, tt.wantSent)
			}
			if !has(recipients(h.employerMail()), "priya.raman@northwind.example") {
				t.Errorf("Priya's letter did not go: %v", recipients(h.employerMail()))
			}
		})
	}
}

// TestCancelOnANameOnlyLetterCancelsOnlyIt: "cancel" on Bob's letter
// leaves Priya's alone.
func TestCancelOnANameOnlyLetterCancelsOnlyIt(t *testing.T) {
	h := newHarness(t, "")
	h.inbox(panelMsg("c1@northwind.example", 0, ivStart, priyaLine, bobLine))
	h.at(ivStart.Add(time.Hour))
	h.work()
	reqs := h.newOwnerMail()
	h.inbox(answer(requestFor(t, reqs, "Bob Brown"), ownerAddr, "cancel"))
	if f := h.followups(); f[0].State != followup.AwaitingApproval || f[1].State != followup.Cancelled {
		t.Errorf("after \"cancel\" on Bob's letter: %s, want Priya's awaiting approval and Bob's cancelled", h.states())
	}
	// A reschedule does not bring back the letter the owner cancelled.
	h.inbox(panelMsg("c2@northwind.example", 1, ivStart.Add(24*time.Hour), priyaLine, bobLine))
	if n := len(h.lettersFor("Bob Brown")); n != 0 {
		t.Errorf("after a reschedule %d letters for Bob, want none (the owner cancelled his): %s", n, h.states())
	}
}

// TestTwoNameOnlyInterviewersGetTwoLetters: two people known by name only
// get a letter each (distinct in the store), kept one each on a
// reschedule.
func TestTwoNameOnlyInterviewersGetTwoLetters(t *testing.T) {
	h := newHarness(t, "")
	carol := "• Carol White (Engineering Manager)"
	h.inbox(panelMsg("c1@northwind.example", 0, ivStart, priyaLine, bobLine, carol))
	h.inbox(panelMsg("c2@northwind.example", 1, ivStart.Add(24*time.Hour), priyaLine, bobLine, carol))
	for _, name := range []string{"Bob Brown", "Carol White"} {
		if f := h.oneLetterFor(name); f.Recipient.Email != "" || !f.EventAt.Equal(ivStart.Add(25*time.Hour)) {
			t.Errorf("%s's letter is to %q after %v, want no recipient, after the new end", name, f.Recipient.Email, f.EventAt)
		}
	}
	if n := len(h.followups()); n != 3 {
		t.Errorf("%d thank-yous in the store, want 3 (%s)", n, h.states())
	}
	h.at(ivStart.Add(25 * time.Hour))
	h.work()
	reqs := h.newOwnerMail()
	for _, who := range []string{"Priya", "Bob Brown", "Carol White"} {
		if r := requestFor(t, reqs, who); who != "Priya" && !strings.Contains(r.msg.Body, "I know no address for "+who) {
			t.Errorf("%s's request does not ask for the address:\n%s", who, r.msg.Body)
		}
	}
}

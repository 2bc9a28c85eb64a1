package engine

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/store"
)

// statusMail is a message from Northwind's recruiter, in thread id.
func statusMail(id, date, subject, body string) string {
	return fmt.Sprintf("From: Dana Whitfield <dana.whitfield@northwind.example>\nTo: Alex Candidate <%s>\nSubject: %s\nDate: %s\nMessage-ID: <%s>\nContent-Type: text/plain; charset=utf-8\n\n%s\n",
		ownerAddr, subject, date, id, body)
}

const (
	received   = "Thank you for applying for the Senior Data Analyst role at Northwind. We have received your application and our team is reviewing it. We will get back to you by Friday.\n\nBest regards,\nDana Whitfield\nTalent Acquisition, Northwind"
	receivedFR = "Bonjour,\n\nNous avons bien reçu votre candidature au poste d'analyste de données chez Northwind et nous vous remercions de l'intérêt que vous portez à notre entreprise. Nous reviendrons vers vous d'ici vendredi.\n\nCordialement,\nDana Whitfield\nRecrutement, Northwind"
)

// TestStatusCheck: a message that names a day plans one status check,
// asked about when that day plus two business days has passed with nothing
// from the employer, and cancelled by any mail from the employer first.
func TestStatusCheck(t *testing.T) {
	// Tuesday 10 March 2026: "by Friday" is 13 March; two business days
	// after (GB) end on Tuesday 17 March, so the check is due at 00:00 on
	// Wednesday 18 March, London time.
	wrote := "Tue, 10 Mar 2026 11:00:00 +0000"
	due := time.Date(2026, 3, 18, 0, 0, 0, 0, london)
	tests := []struct {
		name    string
		body    string
		subject string
		then    []string // later employer mail, on Monday 16 March
		want    string   // the status check's state and last reason after due
		lang    string
	}{
		{name: "asked after the day plus two business days", body: received, subject: "Your application: Senior Data Analyst", want: "awaiting_approval", lang: ""},
		{name: "in the thread's language", body: receivedFR, subject: "Votre candidature : Analyste de données", want: "awaiting_approval", lang: "fr"},
		{name: "the employer wrote first", body: received, subject: "Your application: Senior Data Analyst",
			then: []string{"Hi Alex, a quick update: the hiring manager is travelling this week, so it may take a little longer. Thanks for your patience.\n\nDana"}, want: "cancelled heard_back"},
		{name: "a rejection first", body: received, subject: "Your application: Senior Data Analyst",
			then: []string{"Dear Alex,\n\nThank you for your interest in the Senior Data Analyst role. After careful consideration, we have decided to move forward with other candidates.\n\nDana Whitfield"}, want: "cancelled rejection_arrived"},
		{name: "a second promise makes no second check", body: received, subject: "Your application: Senior Data Analyst",
			then: []string{"Hi Alex, we are still reviewing applications and will get back to you within two weeks.\n\nDana"}, want: "cancelled heard_back"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, "")
			h.at(time.Date(2026, 3, 10, 11, 5, 0, 0, london))
			h.inbox(statusMail("promise@northwind.example", wrote, tt.subject, tt.body))
			checks := h.statusChecks()
			if len(checks) != 1 || checks[0].State != followup.Drafted || !checks[0].RequestAt.Equal(due) {
				t.Fatalf("after the promise: %s; want one status check drafted, asking at %v", h.states(), due)
			}
			for i, body := range tt.then {
				h.at(time.Date(2026, 3, 16, 10, i, 0, 0, london))
				h.inbox(statusMail(fmt.Sprintf("then%d@northwind.example", i), "Mon, 16 Mar 2026 10:00:00 +0000", "Re: "+tt.subject, body))
			}
			h.at(due.Add(-time.Minute))
			h.work()
			for _, m := range h.newOwnerMail() {
				if strings.Contains(m.msg.Body, "status-check") {
					t.Errorf("asked about the status check before it was due: %q", m.msg.Subject)
				}
			}
			h.at(due.Add(time.Minute))
			h.work()
			checks = h.statusChecks()
			if len(checks) != 1 {
				t.Fatalf("%d status checks, want 1: %s", len(checks), h.states())
			}
			f := checks[0]
			got := string(f.State)
			if f.State == followup.Cancelled {
				r, err := h.cancelReason(f.ID)
				if err != nil {
					t.Fatal(err)
				}
				got += " " + string(r)
			}
			if got != tt.want {
				t.Fatalf("status check after it was due = %s, want %s", got, tt.want)
			}
			if f.State != followup.AwaitingApproval {
				return
			}
			if f.Language != tt.lang || f.InReplyTo != "promise@northwind.example" || f.Recipient.Email != "dana.whitfield@northwind.example" {
				t.Errorf("status check Language, InReplyTo, Recipient = %q, %q, %v; want %q, the promise, Dana", f.Language, f.InReplyTo, f.Recipient, tt.lang)
			}
			req := h.approvalRequest(f.ID)
			h.inbox(answer(req, "Alex Candidate <"+ownerAddr+">", "send"))
			h.work()
			if n := len(h.employerMail()); n != 0 {
				t.Fatalf("%d letters sent at midnight, want none before business hours", n)
			}
			h.at(due.Add(10 * time.Hour))
			h.work()
			sent := h.employerMail()
			if len(sent) != 1 || strings.Join(sent[0].msg.InReplyTo, " ") != "promise@northwind.example" {
				t.Fatalf("sent to the employer: %d letters, want the status check in the promise's thread", len(sent))
			}
			stated := map[string]string{"": "13 March", "fr": "13 mars"}[tt.lang]
			if !strings.Contains(sent[0].msg.Body, stated) {
				t.Errorf("the status check does not recall the day (%s):\n%s", stated, sent[0].msg.Body)
			}
		})
	}
}

func (h *harness) statusChecks() []followup.Followup {
	var out []followup.Followup
	for _, f := range h.followups() {
		if f.Kind == followup.StatusCheck {
			out = append(out, f)
		}
	}
	return out
}

func (h *harness) cancelReason(id int64) (r followup.Reason, err error) {
	err = h.st.Tx(h.ctx, func(tx *store.Tx) error {
		r, err = tx.CancelReason(id)
		return err
	})
	return r, err
}

// approvalRequest is the latest approval request about follow-up id.
func (h *harness) approvalRequest(id int64) mail {
	h.t.Helper()
	var req *mail
	for _, m := range h.all() {
		if sub := tokenRe.FindStringSubmatch(m.msg.MessageID); m.msg.Get("X-Followupd") == "approval-request" && sub != nil && sub[1] == fmt.Sprint(id) {
			req = &m
		}
	}
	if req == nil {
		h.t.Fatalf("no approval request about follow-up %d", id)
	}
	return *req
}

package e2e

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
)

// statusJSON is the part of `followupd status --json` the test reads.
type statusJSON struct {
	Applications []struct {
		Company string `json:"company"`
		Role    string `json:"role"`
		Stage   string `json:"stage"`
	} `json:"applications"`
	Pending []struct {
		ID        int64  `json:"id"`
		Kind      string `json:"kind"`
		State     string `json:"state"`
		Company   string `json:"company"`
		Recipient string `json:"recipient"`
		Late      bool   `json:"late"`
		LastError string `json:"last_error"`
	} `json:"pending"`
	Store struct {
		Full             bool `json:"full"`
		LastWriteFailure *struct {
			Problem string `json:"problem"`
		} `json:"last_write_failure"`
	} `json:"store"`
	Watcher []struct {
		Role    string `json:"role"`
		Mailbox string `json:"mailbox"`
		State   string `json:"state"`
	} `json:"watcher"`
}

// status runs the built binary's status command against env's config.
func (e *env) status(args ...string) (string, string, error) {
	e.t.Helper()
	cmd := exec.Command(followupdBinary(e.t), append([]string{"status", "--config", e.cfgPath}, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	return stdout.String(), stderr.String(), err
}

func (e *env) statusJSON() statusJSON {
	e.t.Helper()
	out, errOut, err := e.status("--json")
	if err != nil {
		e.t.Fatalf("followupd status --json: %v\n%s", err, errOut)
	}
	var s statusJSON
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		e.t.Fatalf("followupd status --json printed no JSON object: %v\n%s", err, out)
	}
	return s
}

// TestStatusWhileRunning: while the daemon runs, `followupd status --json`
// (another process reading the same store) shows the application, the
// follow-up awaiting the owner's answer and the watcher's state; the text
// form shows the same.
func TestStatusWhileRunning(t *testing.T) {
	e := newEnv(t, "")
	followupdBinary(t) // build before the clock starts
	inbox := e.inbox()
	e.startDaemon()
	sam := person{"Sam Patel", "sam.patel@contoso.example"}
	e.rejectionMail(rejection{company: "Contoso", role: "Product Analyst", from: sam, signer: "Sam Patel"})
	inbox.waitFor(arrive, 1, "approval request", purposeIs("approval-request"))

	s := e.statusJSON()
	if len(s.Applications) != 1 || s.Applications[0].Company != "Contoso" || s.Applications[0].Stage != "rejected" {
		t.Errorf("status applications = %+v, want one: Contoso, rejected", s.Applications)
	}
	if len(s.Pending) != 1 {
		t.Fatalf("status pending = %+v, want one feedback request", s.Pending)
	}
	p := s.Pending[0]
	if p.Kind != "feedback" || p.State != "awaiting_approval" || p.Company != "Contoso" || p.Recipient != sam.email {
		t.Errorf("status pending[0] = %+v, want feedback, awaiting_approval, Contoso, %s", p, sam.email)
	}
	roles := map[string]string{}
	for _, w := range s.Watcher {
		roles[w.Role] = w.State
	}
	if roles["inbox"] == "" || roles["sent"] == "" {
		t.Errorf("status watcher = %+v, want the inbox and the Sent folder", s.Watcher)
	}

	text, errOut, err := e.status()
	if err != nil {
		t.Fatalf("followupd status: %v\n%s", err, errOut)
	}
	for _, want := range []string{"APPLICATIONS", "Contoso", "PENDING FOLLOW-UPS", "feedback", sam.email, "awaiting your answer", "MAILBOX WATCHER"} {
		if !strings.Contains(text, want) {
			t.Errorf("followupd status does not show %q:\n%s", want, text)
		}
	}
}

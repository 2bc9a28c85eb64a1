package e2e

import (
	"bytes"
	"database/sql"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/store"
)

// TestFaultDamagedStore: with a follow-up awaiting the owner, the store
// file is cut to half, replaced by something that is not a database, and
// marked as written by a newer followupd. Each time `followupd run` stops
// at once with exit status 3 and a message naming the file, `followupd
// check` reports it, and the file keeps every byte. Put back, the store
// works as before: nothing is asked or sent a second time.
func TestFaultDamagedStore(t *testing.T) {
	e := newEnv(t, "")
	inbox := e.inbox()
	p := e.startBinary()
	sam := person{"Sam Patel", "sam.patel@contoso.example"}
	e.rejectionMail(rejection{company: "Contoso", role: "Product Analyst", from: sam, signer: "Sam Patel"})
	inbox.waitFor(arrive, 1, "approval request", purposeIs("approval-request"))
	if err := p.stop(30 * time.Second); err != nil {
		t.Fatalf("followupd after SIGTERM: %v", err)
	}
	good, err := os.ReadFile(e.storePath())
	if err != nil {
		t.Fatal(err)
	}
	newer := func() []byte {
		path := e.storePath() + ".newer"
		if err := os.WriteFile(path, good, 0o600); err != nil {
			t.Fatal(err)
		}
		db, err := sql.Open("sqlite3", path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(fmt.Sprintf("PRAGMA user_version = %d", store.SchemaVersion()+1)); err != nil {
			t.Fatal(err)
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tests := []struct {
		name string
		file []byte
		says string
	}{
		{"truncated to half", good[:len(good)/2], "damaged"},
		{"not a database", []byte(strings.Repeat("this is not a database\n", 200)), "not an SQLite database"},
		{"newer version", newer(), "newer"},
	}
	refused := 0
	for _, tt := range tests {
		if err := os.WriteFile(e.storePath(), tt.file, 0o600); err != nil {
			t.Fatal(err)
		}
		runCode, _, stderr := runBinary(t, time.Minute, "run", "--config", e.cfgPath)
		if code := runCode; code != 3 || !strings.Contains(stderr, e.storePath()) || !strings.Contains(stderr, tt.says) {
			t.Errorf("%s: run = exit %d, want 3 with a message naming %s and saying %q; stderr:\n%s", tt.name, code, e.storePath(), tt.says, stderr)
		} else {
			refused++
		}
		code, stdout, _ := runBinary(t, time.Minute, "check", "--offline", "--config", e.cfgPath)
		if code != 1 || !strings.Contains(stdout, "store    FAILED") || !strings.Contains(stdout, tt.says) {
			t.Errorf("%s: check = exit %d, want 1 with store FAILED saying %q; stdout:\n%s", tt.name, code, tt.says, stdout)
		}
		after, _ := os.ReadFile(e.storePath())
		if !bytes.Equal(after, tt.file) {
			t.Errorf("%s: the store file changed (%d bytes before, %d after)", tt.name, len(tt.file), len(after))
		}
		t.Logf("%s: run exit %d; check exit %d; run said: %s", tt.name, runCode, code, lastLine(stderr, "followupd run:"))
	}

	// Put back: the daemon carries on where it was.
	if err := os.WriteFile(e.storePath(), good, 0o600); err != nil {
		t.Fatal(err)
	}
	if code, stdout, _ := runBinary(t, time.Minute, "check", "--offline", "--config", e.cfgPath); code != 0 || !strings.Contains(stdout, "store    OK") {
		t.Errorf("check of the restored store = %d, want 0 with store OK:\n%s", code, stdout)
	}
	if code, _, stderr := runBinary(t, time.Minute, "run", "--once", "--config", e.cfgPath); code != 0 {
		t.Fatalf("run --once on the restored store = %d, want 0\n%s", code, stderr)
	}
	time.Sleep(settle)
	asked := len(inbox.matching(purposeIs("approval-request")))
	if asked != 1 {
		t.Errorf("the owner was asked %d times about the one rejection, want once", asked)
	}
	t.Logf("seen: %d of %d damaged stores refused with exit 3, none written to; restored, the owner was asked %d time(s) in all, letters sent 0 (none approved)", refused, len(tests), asked)
}

// lastLine returns the line of s that starts with prefix.
func lastLine(s, prefix string) string {
	for _, l := range strings.Split(s, "\n") {
		if strings.HasPrefix(l, prefix) {
			return l
		}
	}
	return ""
}

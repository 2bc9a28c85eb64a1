package submit_test

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"strconv"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/mail/mailtest"
	"github.com/followupd/followupd/internal/mail/submit"
)

// TestSendRealPostfix sends through the real Postfix of the mail stack
// (skipped unless MAILSTACK_DIR is set) and reads the letter back from the
// sink mailbox over IMAP: the bytes that arrive hold the Build() bytes.
func TestSendRealPostfix(t *testing.T) {
	st := mailtest.Stack(t)
	host, portStr, err := net.SplitHostPort(st.SMTPAddr)
	if err != nil {
		t.Fatal(err)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil {
		t.Fatal(err)
	}
	m := letter()
	m.MessageID = fmt.Sprintf("submit-stack-%d@followupd.example.com", time.Now().UnixNano())
	s := mustNew(t, submit.Config{Host: host, Port: port, Security: "none", HELO: "client.test", Timeout: 20 * time.Second})
	if err := s.Send(context.Background(), m); err != nil {
		t.Fatalf("Send() = %v", err)
	}
	built, err := submit.Build(m)
	if err != nil {
		t.Fatal(err)
	}
	want := []byte("Message-ID: <" + m.MessageID + ">")
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		for _, raw := range st.Messages(t, st.Sink, "INBOX") {
			if !bytes.Contains(raw, want) {
				continue
			}
			// Postfix and Dovecot prepend trace headers; the rest is ours.
			if !bytes.HasSuffix(bytes.TrimRight(raw, "\r\n"), bytes.TrimRight(built, "\r\n")) {
				t.Errorf("delivered message does not end with the Build() bytes:\n--- delivered ---\n%s\n--- built ---\n%s", raw, built)
			}
			if !bytes.Contains(raw, []byte("Delivered-To: sink+jane.doe=acme.example@example.test")) {
				t.Errorf("delivered message was not for jane.doe@acme.example:\n%s", raw)
			}
			return
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatalf("message %s not delivered to the sink within 15s", m.MessageID)
}

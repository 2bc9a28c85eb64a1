package submit

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/mail/mailtest"
)

func TestBccReceivesButIsNotShown(t *testing.T) {
	srv := mailtest.NewSMTPServer(t)
	s, err := New(Config{Host: "127.0.0.1", Port: srv.Port(), Security: "none", HELO: "test.example", Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	m := Mail{From: Person{Name: "Alex", Email: "alex@candidate.example"}, To: []Person{{Name: "Sam", Email: "sam@contoso.example"}},
		Bcc: []Person{{Name: "Alex", Email: "alex@candidate.example"}}, Subject: "Re: x", Body: "hello", MessageID: "b1@candidate.example", Date: time.Date(2026, 3, 9, 9, 0, 0, 0, time.UTC)}
	if err := s.Send(context.Background(), m); err != nil {
		t.Fatal(err)
	}
	got := srv.Messages()
	if len(got) != 1 || strings.Join(got[0].To, ",") != "sam@contoso.example,alex@candidate.example" {
		t.Fatalf("envelope recipients = %v, want the To and the Bcc", got[0].To)
	}
	if strings.Contains(strings.ToLower(string(got[0].Data)), "bcc") {
		t.Errorf("the letter shows its Bcc:\n%s", got[0].Data)
	}
}

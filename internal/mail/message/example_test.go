package message_test

import (
	"fmt"
	"strings"

	"github.com/followupd/followupd/internal/mail/message"
)

func ExampleParse() {
	raw := "From: =?UTF-8?Q?Ren=C3=A9_C=C3=B4t=C3=A9?= <Rene.Cote@solvance.example>\r\n" +
		"Subject: Interview\r\n" +
		"Date: Wed, 18 Feb 2026 14:22:05 -0500\r\n" +
		"Content-Type: multipart/alternative; boundary=b\r\n\r\n" +
		"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSee you Wednesday!\r\n\r\n" +
		"On Tue, Feb 17, 2026 at 9:00 AM Jordan wrote:\r\n> Does Wednesday work?\r\n" +
		"--b\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\n" +
		"BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:1@solvance.example\r\n" +
		"DTSTART;TZID=Eastern Standard Time:20260225T110000\r\nDURATION:PT30M\r\n" +
		"END:VEVENT\r\nEND:VCALENDAR\r\n--b--\r\n"
	m, err := message.Parse(strings.NewReader(raw))
	if err != nil {
		fmt.Println(err)
		return
	}
	e := m.Events[0]
	fmt.Println(m.From[0].Name, m.From[0].Email)
	fmt.Printf("%q | %q\n", m.Text, m.Quoted)
	fmt.Println(e.Method, e.Zone, e.Start.Format("2006-01-02 15:04 -0700"), e.End.Format("15:04"))
	// Output:
	// René Côté rene.cote@solvance.example
	// "See you Wednesday!" | "On Tue, Feb 17, 2026 at 9:00 AM Jordan wrote:\nDoes Wednesday work?"
	// REQUEST America/New_York 2026-02-25 11:00 -0500 11:30
}

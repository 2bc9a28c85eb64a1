package classify

import (
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/mail/message"
)

// proseTime runs the time extraction on a plain new text sent at date.
func proseTime(text, quoted, date string) (time.Time, time.Time, bool) {
	ref, err := time.Parse(time.RFC1123Z, date)
	if err != nil {
		panic(err)
	}
	m := &message.Message{Date: ref, Text: text, Quoted: quoted, Subject: "Interview"}
	d := prepare(m, Options{Self: []string{"me@example.test"}})
	var r Result
	d.schedule(&r)
	return r.Start, r.End, !r.Start.IsZero()
}

func TestProseTimes(t *testing.T) {
	const (
		april = "Mon, 06 Apr 2026 09:00:00 -0400" // Toronto, EDT
		paris = "Fri, 03 Apr 2026 11:00:00 +0200"
		march = "Thu, 05 Mar 2026 09:00:00 -0500" // before the US DST change
	)
	tests := []struct {
		name, text, quoted, date string
		start, end               string // RFC 3339, "" for none
	}{
		{"a dot-time range joined by a word", "Gerne bestätigen wir Ihnen das Gespräch:\n\nDatum: Dienstag, 7. April 2026\nZeit: 10.00 bis 11.00 Uhr\nOrt: Zürich", "", paris, "2026-04-07T10:00:00+02:00", "2026-04-07T11:00:00+02:00"},
		{"French: an hour in words", "L'entrevue aura lieu le mardi 7 avril, à quatorze heures (heure de Paris), à notre siège.", "", paris, "2026-04-07T14:00:00+02:00", ""},
		{"French: an hour in words with its unit closing the text", "L'entrevue aura lieu le mardi 7 avril à quatorze heures", "", paris, "2026-04-07T14:00:00+02:00", ""},
		{"Spanish: half past ten in the morning in words", "Te espero el martes 7 de abril a las diez y media de la mañana, hora de Madrid.", "", paris, "2026-04-07T10:30:00+02:00", ""},
		{"Italian: fifteen thirty in words", "Il colloquio si terrà martedì 7 aprile, alle ore quindici e trenta, nella sala riunioni.", "", paris, "2026-04-07T15:30:00+02:00", ""},
		{"Portuguese: fourteen thirty in words", "A entrevista realizar-se-á no dia 7 de abril de 2026, às catorze e trinta, no edifício administrativo.", "", paris, "2026-04-07T14:30:00+02:00", ""},
		{"a range from a bare hour to a clock", "Te confirmo la entrevista: martes 7 de abril, de 11 a 12 h (hora de Madrid), por Meet.", "", paris, "2026-04-07T11:00:00+02:00", "2026-04-07T12:00:00+02:00"},
		{"a range whose end is said roughly", "Wanneer: dinsdag 7 april, van 13:30 tot ongeveer 15:00 uur, op ons kantoor.", "", paris, "2026-04-07T13:30:00+02:00", "2026-04-07T15:00:00+02:00"},
		{"the old time before a move marker, the new one after", "A entrevista prevista para terça-feira, 7 de abril, às 10h00, foi reagendada para quinta-feira, 9 de abril, às 15h00.", "", paris, "2026-04-09T15:00:00+02:00", ""},
		{"a 'Was:' line over a 'Now:' line", "We need to move your panel.\nWas:  Tuesday, April 7, 2:00 - 3:30 pm CT\nNow:  Thursday, April 9, 3:00 - 4:30 pm CT", "", april, "2026-04-09T15:00:00-05:00", "2026-04-09T16:30:00-05:00"},
		{"a forwarded header's date line is no interview time", "Good news, they have locked in the panel.", "From: Ann Roe <ann.roe@bank.example>\nDate: Tue, Apr 7, 2026 at 10:02 AM\nSubject: Interview confirmation\n\nConfirming Jordan for Thursday 9 April, 2:00-3:00 pm ET at our office.", april, "2026-04-09T14:00:00-04:00", "2026-04-09T15:00:00-04:00"},
		{"Italian: the time we had fixed, then the new date", "Dobbiamo spostare il colloquio che avevamo fissato per martedì 7 aprile alle 11:00. La nuova data è giovedì 9 aprile alle ore 15:00, sempre su Google Meet.", "", paris, "2026-04-09T15:00:00+02:00", ""},
		{"the day above a clock that opens the next line", "Your interview is booked:\n    Tuesday, 27 October\n    17:30-18:30 CET (Berlin)  /  12:30-13:30 EDT (New York)\nHeads-up: Germany switches to winter time on Sunday 25 October and the US only on 1 November.", "", "Tue, 20 Oct 2026 16:45:03 +0200", "2026-10-27T17:30:00+01:00", "2026-10-27T18:30:00+01:00"},
		{"a weekday in parentheses after a full date names its day", "Foi admitido à fase de entrevista, a realizar no dia 28 de outubro de 2026 (quarta-feira), às 10h00, no Edifício Administrativo.", "", "Wed, 14 Oct 2026 09:00:00 +0100", "2026-10-28T10:00:00Z", ""},
		{"a day and a month closed by dots, no year", "Der 9.11. um 14 Uhr passt bei uns, wir planen 90 Minuten ein.", "", paris, "2026-11-09T14:00:00+01:00", "2026-11-09T15:30:00+01:00"},
		{"a dotted time at a sentence's end is no date", "Tot dinsdag 7 april om 14.10.", "", paris, "2026-04-07T14:10:00+02:00", ""},
		{"half an hour before the hour named", "Donnerstag passt! Dann am 9. April um halb drei bei uns im Büro, plan eine Stunde ein.", "", paris, "2026-04-09T14:30:00+02:00", "2026-04-09T15:30:00+02:00"},
		{"a bare hour marked hs", "Quedamos así: nos vemos el jueves 9 de abril a las 17 hs por Meet, calculá una hora.", "", paris, "2026-04-09T17:00:00+02:00", "2026-04-09T18:00:00+02:00"},
		{"a numeric date in Portuguese under Brazil's offset is day first", "Sua entrevista foi agendada.\nData: 03/11/2026 (terça-feira)\nHorário: às 14h (horário de Brasília)", "", "Mon, 26 Oct 2026 12:00:00 -0300", "2026-11-03T14:00:00-03:00", ""},
		{"four-digit time range before a zone", "Your final interview: When: Friday 10 April 2026, 0930-1100 UTC. Interviewers: Lior Ben-David (Backend Lead).", "", paris, "2026-04-10T09:30:00Z", "2026-04-10T11:00:00Z"},
		{"Flemish hours written with a u", "We plannen het gesprek in op donderdag 9 april, van 10u tot 11u30, op ons kantoor in Gent.", "", paris, "2026-04-09T10:00:00+02:00", "2026-04-09T11:30:00+02:00"},
		{"a length in hours after d' is no time", "Votre entretien est fixé au 09/04/2026 à 14h30 (heure de Paris), pour une durée d'1h.", "", paris, "2026-04-09T14:30:00+02:00", "2026-04-09T15:30:00+02:00"},
		{"the date of a time converted in parentheses is not the time's", "Your interview is scheduled. Date: Friday, 10 April 2026\nTime: 9:00 AM IST (11:30 PM EDT on Thursday, 9 April, in your zone)", "", april, "2026-04-10T09:00:00+05:30", ""},
		{"weekday and day without a month is the next such day", "Parfait, on garde jeudi le 9 à 11 h (heure de Paris) !", "", paris, "2026-04-09T11:00:00+02:00", ""},
		{"bare hour after a date and at", "Ti confermo il colloquio: giovedì 9 aprile alle 11 su Google Meet.", "", paris, "2026-04-09T11:00:00+02:00", ""},
		{"dotted time after a label", "Data: giovedì 9 aprile 2026 Ora: 14.30 (durata: un'ora)", "", paris, "2026-04-09T14:30:00+02:00", "2026-04-09T15:30:00+02:00"},
		{"a date range is no hour", "Our office is closed April 9 - 10 for the holiday; your interview stays on Monday, April 13 at 2:00 PM EDT.", "", april, "2026-04-13T14:00:00-04:00", ""},
		{"issue example PT", "Confirmed for Thursday, April 9th at 10:30am PT.", "", april, "2026-04-09T10:30:00-07:00", ""},
		{"numeric day-first with h and city", "Entretien le 09/04/2026 14h00 (Paris), une heure.", "", paris, "2026-04-09T14:00:00+02:00", "2026-04-09T15:00:00+02:00"},
		{"tomorrow without zone takes the Date offset", "Let's do tomorrow at 3pm.", "", april, "2026-04-07T15:00:00-04:00", ""},
		{"half past two UK time", "You're booked for Monday 8 June at half past two, UK time, for about an hour.", "", "Thu, 28 May 2026 16:45:02 +0100", "2026-06-08T14:30:00+01:00", "2026-06-08T15:30:00+01:00"},
		{"EST label in summer is New York daylight time", "Interview confirmed: June 3, 2026 at 11:00 AM EST.", "", april, "2026-06-03T11:00:00-04:00", ""},
		{"after the US change while the Date header is still standard", "Confirmed: Tuesday, March 17 at 2pm ET, 60 minutes.", "", march, "2026-03-17T14:00:00-04:00", "2026-03-17T15:00:00-04:00"},
		{"CET label in summer is Paris summer time", "Confirmed: 2026-07-01 at 09:30 CET.", "", paris, "2026-07-01T09:30:00+02:00", ""},
		{"range with one meridiem", "Confirmed for May 5, 1:00 - 1:45 PM PT.", "", april, "2026-05-05T13:00:00-07:00", "2026-05-05T13:45:00-07:00"},
		{"bare hour range", "Confirmed for May 5 from 10 to 11am ET.", "", april, "2026-05-05T10:00:00-04:00", "2026-05-05T11:00:00-04:00"},
		{"new time beats old time", "Old time: Wednesday, May 6, 10:00 AM PT (cancelled)\nNew time: Thursday, May 7, 1:00 PM – 1:45 PM PT (that's 4:00 PM Eastern for you)", "", april, "2026-05-07T13:00:00-07:00", "2026-05-07T13:45:00-07:00"},
		{"conversion for the reader is not the start", "We are booked on Tuesday 27 October at 16:00 Madrid time; it will be 11:00 in Toronto.", "", "Fri, 16 Oct 2026 12:34:08 +0200", "2026-10-27T16:00:00+01:00", ""},
		{"Windows label names the place, not the offset", "When: Thursday, 2 April 2026 10:00-11:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.", "", "Mon, 23 Mar 2026 14:08:55 +0000", "2026-04-02T10:00:00+01:00", "2026-04-02T11:30:00+01:00"},
		{"GMT offset label with a city", "Time: 9:00 AM – 10:00 AM (GMT+08:00) Singapore\nDate: Wednesday, 20 May 2026", "", "Tue, 12 May 2026 03:22:10 +0000", "2026-05-20T09:00:00+08:00", "2026-05-20T10:00:00+08:00"},
		{"German date and Uhr", "Ihr Gespräch ist am Donnerstag, 16. April 2026 um 14:30 Uhr (MESZ) bestätigt.", "", paris, "2026-04-16T14:30:00+02:00", ""},
		{"Spanish date", "Confirmamos la entrevista el martes 14 de abril de 2026 a las 10:30 (hora de Madrid).", "", paris, "2026-04-14T10:30:00+02:00", ""},
		{"reply takes the quoted time on the named weekday", "Friday works perfectly, booked!", "Would Friday 10 July at 4pm UK time work? That's 11am for me in Toronto.\nA 45-minute call.", "Thu, 02 Jul 2026 11:05:48 +0100", "2026-07-10T16:00:00+01:00", "2026-07-10T16:45:00+01:00"},
		{"agenda: first start to last end, tech check ignored", "Date: Tuesday, March 31, 2026\nAll times are Eastern Time (Toronto)\n\n1:00 – 1:45 PM   System design\n1:45 – 2:30 PM   Product\n2:45 – 3:15 PM   Values\n\nI'll hop on at 12:55 to check your audio.", "", "Fri, 20 Mar 2026 11:26:40 -0400", "2026-03-31T13:00:00-04:00", "2026-03-31T15:15:00-04:00"},
		{"agenda: an organiser's welcome does not start it", "Déroulement, le mardi 16 mars 2027 :\n9 h à 9 h 15 : accueil et visite des bureaux, avec moi (Claire Roy, RH)\n9 h 15 à 10 h 15 : entrevue technique avec Paul Gagnon\n10 h 30 à 11 h 15 : rencontre avec Lina Haddad", "", "Mon, 08 Mar 2027 09:00:00 -0500", "2027-03-16T09:15:00-04:00", "2027-03-16T11:15:00-04:00"},
		{"agenda: a row that says it is no interview does not start it", "Your schedule for Thursday, October 29, 2026 (all times Eastern):\n9:30 AM - 10:00 AM  Arrival & office tour (not an interview)\n10:00 AM - 10:45 AM  Technical deep dive with Wen Chao\n10:45 AM - 11:30 AM  System design with Ibrahim Saleh", "", "Mon, 19 Oct 2026 09:00:00 -0400", "2026-10-29T10:00:00-04:00", "2026-10-29T11:30:00-04:00"},
		{"agenda: a welcome hosted without an organiser's title starts it", "Your schedule (all times UK), Thursday 21 January 2027:\n09:30 - 10:00 Welcome, coffee and introductions - hosted by me\n10:00 - 11:15 Group case exercise - assessed by Fiona Ross\n11:30 - 12:15 Individual interview - Elodie Marchand", "", "Mon, 11 Jan 2027 09:00:00 +0000", "2027-01-21T09:30:00Z", "2027-01-21T12:15:00Z"},
		{"year rolls over", "Confirmed: Wednesday, January 13 at 9:00 AM Pacific Time.", "", "Mon, 28 Dec 2026 10:00:00 -0800", "2027-01-13T09:00:00-08:00", ""},
		{"zone on the next line", "Technical interview\nTuesday Mar 17, 2026 ⋅ 2pm – 3pm\nEastern Time - Toronto\n\nHere is the invite, confirmed.", "", march, "2026-03-17T14:00:00-04:00", "2026-03-17T15:00:00-04:00"},
		{"ordinal of month", "Booked: Monday, 6th of July at 11:00 (UK time), 45 minutes.", "", "Wed, 01 Jul 2026 10:00:00 +0100", "2026-07-06T11:00:00+01:00", "2026-07-06T11:45:00+01:00"},
		{"German numeric date", "Termin bestätigt: 9.7.2026 um 10 Uhr.", "", "Wed, 01 Jul 2026 10:00:00 +0200", "2026-07-09T10:00:00+02:00", ""},
		{"French à 10h", "Je vous confirme l'entretien le 9 juillet à 10h30 (heure de Paris).", "", "Wed, 01 Jul 2026 10:00:00 +0200", "2026-07-09T10:30:00+02:00", ""},
		{"US month/day", "Confirmed: Thu 7/9 at 2:00-2:45pm EDT.", "", "Wed, 01 Jul 2026 10:00:00 -0400", "2026-07-09T14:00:00-04:00", "2026-07-09T14:45:00-04:00"},
		{"two zones, the first is the employer's", "Confirmed for July 9 at 10:30 a.m. ET / 7:30 a.m. PT.", "", "Wed, 01 Jul 2026 10:00:00 -0700", "2026-07-09T10:30:00-04:00", ""},
		{"heute um", "Bestätigt: heute um 15 Uhr.", "", "Wed, 01 Jul 2026 10:00:00 +0200", "2026-07-01T15:00:00+02:00", ""},
		{"bare hour after at", "Great, let's do Tuesday at 10.", "", "Wed, 01 Jul 2026 10:00:00 -0400", "2026-07-07T10:00:00-04:00", ""},
		{"bare afternoon hour with zone", "Confirmed: Thursday at 3 ET.", "", "Wed, 01 Jul 2026 10:00:00 -0700", "2026-07-02T15:00:00-04:00", ""},
		{"Italian date, alle ore, durata", "Ti confermo il colloquio per giovedì 15 ottobre 2026 alle ore 11:00. Durata: 60 minuti.", "", "Fri, 09 Oct 2026 16:00:00 +0200", "2026-10-15T11:00:00+02:00", "2026-10-15T12:00:00+02:00"},
		{"Portuguese terça-feira, de março, 14h", "Confirmo a entrevista na terça-feira, 3 de março de 2026, às 14h (horário de Brasília), com duração de 1 hora.", "", "Thu, 26 Feb 2026 18:10:00 -0300", "2026-03-03T14:00:00-03:00", "2026-03-03T15:00:00-03:00"},
		{"Dutch om 13:00 uur, een uur", "Bevestigd: woensdag 10 juni 2026 om 13:00 uur. Het gesprek duurt een uur.", "", "Wed, 03 Jun 2026 10:22:00 +0200", "2026-06-10T13:00:00+02:00", "2026-06-10T14:00:00+02:00"},
		{"Dutch om 2 uur is a time, not a length", "Bevestigd: woensdag 10 juni 2026 om 14:00 uur, zie je om 2 uur.", "", "Wed, 03 Jun 2026 10:22:00 +0200", "2026-06-10T14:00:00+02:00", ""},
		{"instead of the old time, the new one", "Instead of Monday, March 9 at 3:00 PM ET, could we do Wednesday, March 11 at 11:00 AM ET? Confirmed with Dana.", "", march, "2026-03-11T11:00:00-04:00", ""},
		{"English move from ... to ...", "We need to move your interview from Monday, March 9 at 3:00 PM ET to Wednesday, March 11 at 11:00 AM ET.", "", march, "2026-03-11T11:00:00-04:00", ""},
		{"French move du ... au ...", "Nous devons déplacer votre entretien du mardi 10 mars à 14h au jeudi 12 mars à 11h (heure de Paris). L'entretien durera une heure.", "", "Fri, 06 Mar 2026 09:30:00 +0100", "2026-03-12T11:00:00+01:00", "2026-03-12T12:00:00+01:00"},
		{"Outlook label in Spanish: a city of the list names the rules", "Cuándo: miércoles, 24 de junio de 2026 11:00-12:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París", "", "Mon, 15 Jun 2026 10:00:00 +0200", "2026-06-24T11:00:00+02:00", "2026-06-24T12:00:00+02:00"},
		{"the offset in a label is not a time", "Wann: Dienstag, 9. Juni 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien", "", "Mon, 01 Jun 2026 08:30:00 +0200", "2026-06-09T10:00:00+02:00", "2026-06-09T11:00:00+02:00"},
		{"agenda: rows numbered before their time", "Your onsite day is confirmed for Tuesday 20 October 2026.\n\nPlan for the day\n  1. 10:00 – 10:45 · Opening chat with Sigrid Aalto\n  2. 10:45 – 11:30 · Pairing session with Oskar Brandt\n  3. 11:30 – 11:45 · Coffee break\n  4. 11:45 – 12:15 · Team chat with Yusuf Demir", "", paris, "2026-10-20T10:00:00+02:00", "2026-10-20T12:15:00+02:00"},
		{"agenda: the last row far under the date takes the date of the row above", "Your interviews are confirmed.\n\nThursday, October 22, 2026\nTime zone: Eastern Time (US & Canada)\n\nITINERARY\n---------\n10:00 AM - 10:45 AM  Mobile architecture\n    Interviewer: Hannah Okafor, Staff Engineer\n10:45 AM - 11:30 AM  Coding\n    Interviewer: Lukas Brenner, Engineering Manager\n11:30 AM - 11:45 AM  Break\n11:45 AM - 12:30 PM  Product sense\n    Interviewer: Amara Nwosu, Product Lead\n12:30 PM - 1:00 PM  Wrap-up\n    Interviewer: Tomasz Wojcik, Director", "", april, "2026-10-22T10:00:00-04:00", "2026-10-22T13:00:00-04:00"},
		{"agenda: rows on two clocks, their notes indented under them", "You're all set for your interviews.\n\nTuesday, 20 October 2026\n\n11:00 - 11:45 BST (6:00 - 6:45 AM EDT)\n  Systems design\n  Interviewer: Tomasz Wojcik, Lead Engineer\n\n11:45 - 12:30 BST (6:45 - 7:30 AM EDT)\n  Modelling\n  Interviewer: Amara Nwosu, Researcher", "", paris, "2026-10-20T11:00:00+01:00", "2026-10-20T12:30:00+01:00"},
		{"a label alone over the time a move replaces", "Your interview has been rescheduled.\n\nPREVIOUS\nMonday, October 19, 2026, 2:00 PM - 3:00 PM Eastern Time\n\nUPDATED\nThursday, October 22, 2026, 2:00 PM - 3:00 PM Eastern Time", "", april, "2026-10-22T14:00:00-04:00", "2026-10-22T15:00:00-04:00"},
		{"a label alone over the old time, in German", "Ihr Vorstellungsgespräch wurde verschoben.\n\nBisher:\nMontag, 19. Oktober 2026, 14:00 - 15:00 Uhr\n\nNeu:\nDonnerstag, 22. Oktober 2026, 14:00 - 15:00 Uhr", "", paris, "2026-10-22T14:00:00+02:00", "2026-10-22T15:00:00+02:00"},
		{"a one-hour call: the length written with a hyphen", "They will interview you on Thursday, 22 October at 3:30pm. It's a one-hour video call.", "", april, "2026-10-22T15:30:00-04:00", "2026-10-22T16:30:00-04:00"},
		{"zone in an agenda heading", "Confirmed for Thursday, September 17, 2026.\n\nSchedule (Eastern Time):\n10:00 AM - 10:45 AM  Coding\n11:00 AM - 11:45 AM  System design", "", "Thu, 10 Sep 2026 15:00:00 +0000", "2026-09-17T10:00:00-04:00", "2026-09-17T11:45:00-04:00"},
		{"Dutch om 14.30 uur", "Het gesprek vindt plaats op dinsdag 10 maart om 14.30 uur.", "", "Wed, 04 Mar 2026 10:12:00 +0100", "2026-03-10T14:30:00+01:00", ""},
		{"Dutch van ... tot ... uur", "Bevestigd: woensdag 11 maart van 10.00 tot 11.00 uur.", "", "Wed, 04 Mar 2026 10:12:00 +0100", "2026-03-11T10:00:00+01:00", "2026-03-11T11:00:00+01:00"},
		{"Dutch op ... om", "Je gesprek staat gepland op 11 maart om 10:00.", "", "Wed, 04 Mar 2026 10:12:00 +0100", "2026-03-11T10:00:00+01:00", ""},
		{"Italian alle 14:30", "Confermo il colloquio martedì 10 marzo alle 14:30.", "", "Wed, 04 Mar 2026 11:30:00 +0100", "2026-03-10T14:30:00+01:00", ""},
		{"Italian ore 10.30", "Colloquio confermato: lunedì 9 marzo, ore 10.30.", "", "Wed, 04 Mar 2026 11:30:00 +0100", "2026-03-09T10:30:00+01:00", ""},
		{"Italian dalle ... alle", "Ti confermo il colloquio giovedì 12 marzo dalle 15:00 alle 16:00.", "", "Wed, 04 Mar 2026 11:30:00 +0100", "2026-03-12T15:00:00+01:00", "2026-03-12T16:00:00+01:00"},
		{"Portuguese às 14h30 Lisbon", "Confirmamos a entrevista na terça-feira, 10 de março às 14h30 (hora de Lisboa).", "", "Wed, 04 Mar 2026 15:45:00 +0000", "2026-03-10T14:30:00Z", ""},
		{"Portuguese das ... às", "Confirmo a entrevista na quarta-feira, 11 de março, das 15h às 16h.", "", "Wed, 04 Mar 2026 15:45:00 -0300", "2026-03-11T15:00:00-03:00", "2026-03-11T16:00:00-03:00"},
		{"Portuguese 10h às 11h on its own line", "Data: quinta-feira, 16 de abril de 2026\nHorário: 10h às 11h (horário de Brasília)", "", "Thu, 09 Apr 2026 13:00:00 -0300", "2026-04-16T10:00:00-03:00", "2026-04-16T11:00:00-03:00"},
		{"French de 10h à 11h", "Votre entretien est confirmé le mercredi 11 mars de 10h à 11h.", "", "Wed, 04 Mar 2026 09:00:00 +0100", "2026-03-11T10:00:00+01:00", "2026-03-11T11:00:00+01:00"},
		{"Spanish de 10:00 a 11:00", "Te confirmo la entrevista el miércoles 11 de marzo de 10:00 a 11:00.", "", "Wed, 04 Mar 2026 09:00:00 +0100", "2026-03-11T10:00:00+01:00", "2026-03-11T11:00:00+01:00"},
		{"German numeric with year", "Ihr Termin ist bestätigt: am 11.03.2026 um 10:00 Uhr.", "", "Wed, 04 Mar 2026 09:00:00 +0100", "2026-03-11T10:00:00+01:00", ""},
		{"India IST", "Your interview is scheduled on Friday, 25 September 2026 at 11:00 AM IST.", "", "Mon, 21 Sep 2026 10:00:00 +0530", "2026-09-25T11:00:00+05:30", ""},
		{"Sydney time", "Confirmed for Tuesday 22 September at 9:30am Sydney time.", "", "Wed, 16 Sep 2026 13:00:00 +1000", "2026-09-22T09:30:00+10:00", ""},
		{"Mexico City time", "Te confirmo la entrevista el martes 6 de octubre a las 17:00 (hora de Ciudad de México).", "", "Thu, 01 Oct 2026 18:00:00 -0600", "2026-10-06T17:00:00-06:00", ""},
		{"Italian domani alle 15", "Ti confermo il colloquio domani alle 15:00.", "", "Wed, 04 Mar 2026 11:30:00 +0100", "2026-03-05T15:00:00+01:00", ""},
		{"Portuguese amanhã às 10h", "Confirmo a nossa entrevista amanhã às 10h.", "", "Wed, 04 Mar 2026 11:30:00 +0000", "2026-03-05T10:00:00Z", ""},
		{"Dutch morgen om 10 uur", "Ons gesprek is bevestigd voor morgen om 10 uur.", "", "Wed, 04 Mar 2026 11:30:00 +0100", "2026-03-05T10:00:00+01:00", ""},
		{"French mardi prochain à 14h", "Je vous confirme notre entretien mardi prochain à 14h.", "", "Wed, 04 Mar 2026 11:30:00 +0100", "2026-03-10T14:00:00+01:00", ""},
		{"Spanish el próximo martes", "Te confirmo la entrevista el próximo martes a las 10:00.", "", "Wed, 04 Mar 2026 11:30:00 +0100", "2026-03-10T10:00:00+01:00", ""},
		{"Brazil BRT", "Entrevista confirmada: 16/04/2026 às 10:00 BRT.", "", "Thu, 09 Apr 2026 13:00:00 -0300", "2026-04-16T10:00:00-03:00", ""},
		{"Italian giovedì 12 marzo ore 15", "Colloquio fissato per giovedì 12 marzo alle ore 15.", "", "Wed, 04 Mar 2026 11:30:00 +0100", "2026-03-12T15:00:00+01:00", ""},
		{"Dutch 10:00-11:00 uur", "Datum: donderdag 12 maart 2026\nTijd: 10:00 - 11:00 uur", "", "Wed, 04 Mar 2026 11:30:00 +0100", "2026-03-12T10:00:00+01:00", "2026-03-12T11:00:00+01:00"},
		{"Italian Data/Ora lines", "Data: giovedì 12 marzo 2026\nOra: 10:00 - 11:00", "", "Wed, 04 Mar 2026 11:30:00 +0100", "2026-03-12T10:00:00+01:00", "2026-03-12T11:00:00+01:00"},
		{"Central European Time words", "Confirmed: Thursday, March 12 at 10:00 Central European Time.", "", "Wed, 04 Mar 2026 11:30:00 +0000", "2026-03-12T10:00:00+01:00", ""},
		{"zone: SGT", "Confirmed: Tuesday 13 April 2027 at 10:00 SGT.", "", "Mon, 05 Apr 2027 09:00:00 +0800", "2027-04-13T10:00:00+08:00", ""},
		{"zone: JST", "Confirmed: Tuesday 13 April 2027 at 10:00 JST.", "", "Mon, 05 Apr 2027 09:00:00 +0900", "2027-04-13T10:00:00+09:00", ""},
		{"zone: AEST", "Confirmed: Tuesday 13 April 2027 at 10:00 AEST.", "", "Mon, 05 Apr 2027 09:00:00 +1000", "2027-04-13T10:00:00+10:00", ""},
		{"zone: HKT", "Confirmed: Tuesday 13 April 2027 at 10:00 HKT.", "", "Mon, 05 Apr 2027 09:00:00 +0800", "2027-04-13T10:00:00+08:00", ""},
		{"zone: NZST city", "Confirmed: Tuesday 13 April 2027 at 10am Auckland time.", "", "Mon, 05 Apr 2027 09:00:00 +1200", "2027-04-13T10:00:00+12:00", ""},
		{"zone: Tokyo time", "Confirmed: Tuesday 13 April 2027 at 10:00 Tokyo time.", "", "Mon, 05 Apr 2027 09:00:00 +0000", "2027-04-13T10:00:00+09:00", ""},
		{"zone: Dubai time", "Confirmed: Tuesday 13 April 2027 at 10:00 Dubai time.", "", "Mon, 05 Apr 2027 09:00:00 +0000", "2027-04-13T10:00:00+04:00", ""},
		{"zone: Sao Paulo time", "Confirmed: Tuesday 13 April 2027 at 10:00 São Paulo time.", "", "Mon, 05 Apr 2027 09:00:00 +0000", "2027-04-13T10:00:00-03:00", ""},
		{"zone: Warsaw time", "Confirmed: Tuesday 13 April 2027 at 10:00 Warsaw time.", "", "Mon, 05 Apr 2027 09:00:00 +0000", "2027-04-13T10:00:00+02:00", ""},
		{"zone: Zurich time", "Confirmed: Tuesday 13 April 2027 at 10:00 Zurich time.", "", "Mon, 05 Apr 2027 09:00:00 +0000", "2027-04-13T10:00:00+02:00", ""},
		{"zone: Lisbon time", "Confirmed: Tuesday 13 April 2027 at 10:00 Lisbon time.", "", "Mon, 05 Apr 2027 09:00:00 +0000", "2027-04-13T10:00:00+01:00", ""},
		{"zone: Amsterdam time", "Confirmed: Tuesday 13 April 2027 at 10:00 Amsterdam time.", "", "Mon, 05 Apr 2027 09:00:00 +0000", "2027-04-13T10:00:00+02:00", ""},
		{"zone: Chicago time", "Confirmed: Tuesday 13 April 2027 at 10:00 Chicago time.", "", "Mon, 05 Apr 2027 09:00:00 +0000", "2027-04-13T10:00:00-05:00", ""},
		{"zone: IST from a server at +0000 stays India's", "Confirmed: Tuesday 13 April 2027 at 10:00 AM IST.", "", "Mon, 05 Apr 2027 09:00:00 +0000", "2027-04-13T10:00:00+05:30", ""},
		{"zone: Bengaluru IST words", "Confirmed: Tuesday 13 April 2027 at 10:00 India Standard Time.", "", "Mon, 05 Apr 2027 09:00:00 +0000", "2027-04-13T10:00:00+05:30", ""},
		{"zone: CDMX", "Confirmamos la entrevista el martes 13 de abril de 2027 a las 10:00 (hora del centro de México).", "", "Mon, 05 Apr 2027 09:00:00 -0600", "2027-04-13T10:00:00-06:00", ""},
		{"zone: hora de Lisboa", "Confirmamos a entrevista na terça-feira, 13 de abril de 2027, às 10h (hora de Lisboa).", "", "Mon, 05 Apr 2027 09:00:00 +0000", "2027-04-13T10:00:00+01:00", ""},
		{"zone: ora italiana", "Ti confermo il colloquio martedì 13 aprile 2027 alle 10:00 (ora italiana).", "", "Mon, 05 Apr 2027 09:00:00 +0000", "2027-04-13T10:00:00+02:00", ""},
		{"zone: Nederlandse tijd", "Bevestigd: dinsdag 13 april 2027 om 10:00 uur (Nederlandse tijd).", "", "Mon, 05 Apr 2027 09:00:00 +0000", "2027-04-13T10:00:00+02:00", ""},
		{"zone: deutscher Zeit", "Bestätigt: Dienstag, 13. April 2027 um 10:00 Uhr deutscher Zeit.", "", "Mon, 05 Apr 2027 09:00:00 +0000", "2027-04-13T10:00:00+02:00", ""},
		{"zone: heure de Paris", "Confirmé : mardi 13 avril 2027 à 10h (heure de Paris).", "", "Mon, 05 Apr 2027 09:00:00 +0000", "2027-04-13T10:00:00+02:00", ""},
		{"zone: horário de Brasília", "Confirmada: terça-feira, 13 de abril de 2027, às 10h (horário de Brasília).", "", "Mon, 05 Apr 2027 09:00:00 +0000", "2027-04-13T10:00:00-03:00", ""},
		{"length in words", "You're booked for the case interview at half past three UK time on Thursday 25 March. Allow about ninety minutes.", "", "Mon, 22 Mar 2027 17:00:00 +0000", "2027-03-25T15:30:00Z", "2027-03-25T17:00:00Z"},
		{"deadline only", "Please submit it by Monday 20 July, 17:00 UK time.", "", "Tue, 14 Jul 2026 12:30:10 +0100", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start, end, _ := proseTime(tt.text, tt.quoted, tt.date)
			check := func(what string, got time.Time, want string) {
				if want == "" {
					if !got.IsZero() && what == "end" {
						t.Errorf("%s of %q = %v, want none", what, tt.text, got)
					}
					return
				}
				if got.IsZero() || got.Format(time.RFC3339) != want {
					t.Errorf("%s of %q = %v, want %s", what, tt.text, got.Format(time.RFC3339), want)
				}
			}
			check("start", start, tt.start)
			check("end", end, tt.end)
			if tt.start == "" && tt.name == "deadline only" {
				// a deadline alone may be read, but never scored as an interview time
				d := prepare(&message.Message{Date: mustDate(tt.date), Text: tt.text}, Options{})
				if best, ok := d.bestTime(); ok && best.score >= 7 {
					t.Errorf("deadline %q scored %d as an interview time", tt.text, best.score)
				}
			}
		})
	}
}

func mustDate(s string) time.Time {
	t, err := time.Parse(time.RFC1123Z, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestIsNoReply(t *testing.T) {
	tests := []struct {
		addr string
		want bool
	}{
		{"no-reply@x.example", true}, {"noreply@x.example", true}, {"do-not-reply@x.example", true},
		{"donotreply@x.example", true}, {"jobs-noreply@x.example", true}, {"no_reply+abc@x.example", true},
		{"MAILER-DAEMON@x.example", true}, {"notifications@x.example", true}, {"bounce-123@x.example", true},
		{"alerts@x.example", true}, {"receipts@x.example", true}, {"nepasrepondre@x.example", true},
		{"nao-responda@x.example", true}, {"non-rispondere@x.example", true}, {"niet-beantwoorden@x.example", true},
		{"jane.doe@x.example", false}, {"recruiting@x.example", false}, {"noreen@x.example", false},
		{"replyto@x.example", false}, {"", false},
		// hiring platforms: a person never reads them, whatever the local part
		{"acme@myworkday.example", true}, {"scheduling@goodtime.example", true}, {"indeedapply@indeed.example", true},
		{"jane@hire.lever.example", true}, {"acme-talent@icims.example", true}, {"jane@cleverbridge.example", false},
		{"jane@joinery.example", false}, {"jane@greenhousefoods.example", false}, {"jane@monsterenergy.example", false},
		{"jobs@greenhouse-mail.example", true}, {"acme@workablemail.example", true}, {"jobagent@stepstone.example", true},
	}
	for _, tt := range tests {
		if got := IsNoReply(tt.addr); got != tt.want {
			t.Errorf("IsNoReply(%q) = %v, want %v", tt.addr, got, tt.want)
		}
	}
}

func TestQuotedAuthor(t *testing.T) {
	text := "Great news, see below.\n\n---------- Forwarded message ---------\nFrom: Lisa Park <lisa.park@cobaltwave.example>\nDate: Thu\n\nJordan will meet with me and Jon Ito."
	tests := []struct {
		name, text      string
		pos             int
		wantN, wantMail string
	}{
		{"forwarded header", text, strings.Index(text, "with me"), "Lisa Park", "lisa.park@cobaltwave.example"},
		{"wrote line", "On Mon, Oct 12, 2026 at 9:14 AM Nora Quinn <nora@vela.example> wrote:\n> a call with me", 80, "", "nora@vela.example"},
		{"no header", "a call with me", 7, "", ""},
	}
	for _, tt := range tests {
		n, e := quotedAuthor(tt.text, tt.pos)
		if n != tt.wantN || e != tt.wantMail {
			t.Errorf("quotedAuthor(%s) = %q, %q, want %q, %q", tt.name, n, e, tt.wantN, tt.wantMail)
		}
	}
}

func TestDropDisclaimers(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"Italian footer", "Il colloquio è confermato.\n\nLe informazioni sono riservate. Se avete ricevuto questa email per errore, vi preghiamo di cancellarla.", "Il colloquio è confermato."},
		{"English footer", "See you Monday.\n\nThis e-mail is confidential. If you are not the intended recipient, delete it.", "See you Monday."},
		{"confidential without footer words stays", "Please keep the salary details confidential.\n\nThanks", "Please keep the salary details confidential.\n\nThanks"},
	}
	for _, tt := range tests {
		if got := dropDisclaimers(tt.in); got != tt.want {
			t.Errorf("dropDisclaimers(%s) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestOwnerGuess(t *testing.T) {
	to := []message.Address{{Name: "Farid Ismail", Email: "farid@pay.example"}, {Name: "Alex Candidate", Email: "alex@candidate.example"}}
	tests := []struct {
		name string
		m    *message.Message
		want string
	}{
		{"greeting", &message.Message{To: to, Text: "Hi Alex,\n\nFarid will interview you."}, "alex@candidate.example"},
		{"delivered-to", &message.Message{To: to, Header: map[string][]string{"Delivered-To": {"alex@candidate.example"}}}, "alex@candidate.example"},
		{"single", &message.Message{To: to[:1]}, "farid@pay.example"},
		{"unknown keeps all", &message.Message{To: to, Text: "Hello team"}, "farid@pay.example,alex@candidate.example"},
	}
	for _, tt := range tests {
		got := ownerGuess(tt.m)
		if s := strings.Join(got, ","); s != tt.want {
			t.Errorf("ownerGuess(%s) = %q, want %q", tt.name, s, tt.want)
		}
	}
}

func TestProsePeople(t *testing.T) {
	tests := []struct {
		name, text string
		want       string
	}{
		{"issue example", "Confirmed for Monday at 10am: you'll meet Priya Raman (Head of Data) and Tom Wu.", "Priya Raman, Tom Wu"},
		{"a move's Was/Now labels are no people; the same group as before", "We need to move your panel:\n\n  Was: Tuesday 7 April, 10:00-11:30am\n  Now: Thursday 9 April, 3:00-4:30pm\n\nSame group as before: Victor Hale (VP Engineering), Mina Kim (Staff Engineer) and Luis Ortega (Product Lead).", "Victor Hale, Mina Kim, Luis Ortega"},
		{"Dutch: honorifics in lower case and 'de heer'", "Het gesprek vindt plaats op dinsdag 7 april om 10:30. U spreekt met mevrouw drs. Eva de Vries, afdelingshoofd, en de heer Bram Jansen, teamleider.", "Eva de Vries, Bram Jansen"},
		{"a councillor and a professor on the panel, their titles left out", "Your interview is on Tuesday 7 April at 10:00. The panel will be Councillor Robert Gaines and Professor Helen Marsh.", "Robert Gaines, Helen Marsh"},
		{"Spanish: estarán, the names after it", "Te confirmo tu entrevista el martes 7 de abril a las 10:00. Estarán Ignacio Vergara, nuestro CTO, y Camila Soto, Tech Lead.", "Ignacio Vergara, Camila Soto"},
		{"Italian: ti incontreranno", "Il colloquio è spostato a martedì 7 aprile, ore 14:30. Ti incontreranno Elena Bianchi, responsabile firmware, e Paolo Greco.", "Elena Bianchi, Paolo Greco"},
		{"Portuguese: será recebido pela", "Confirmamos a sua entrevista na terça-feira, 7 de abril, às 10h00. Será recebido pela Inês Carvalho, Diretora de Engenharia, e pelo Rui Pacheco.", "Inês Carvalho, Rui Pacheco"},
		{"the panel will be", "Confirming your interview for Tuesday 7 April at 10:00. The panel will be Jarrah Collins (Mobile Lead) and Priyanka Sood (Senior iOS Engineer).", "Jarrah Collins, Priyanka Sood"},
		{"a team's name after the title is no person", "Your interview schedule is below.\n\nTuesday, April 7, 2026\n  1:00 PM - 1:45 PM   Scientific background\n                       Interviewer: Helena Marsh, Associate Director, Assay Development\n  1:45 PM - 2:30 PM   Lab automation\n                       Interviewer: Ruben Castillo, Principal Scientist\n", "Helena Marsh, Ruben Castillo"},
		{"it'll just be the two of us", "Kim can't make it after all, so for Tuesday 7 April at 10:00 it'll just be Raj Patil and me.", "Raj Patil, Sender Person"},
		{"still your interviewer after a move", "We need to shift your interview.\n\nWas: Wednesday, Apr 8, 3:00 - 3:45 pm\nNow: Friday, Apr 10, 11:00 - 11:45 am\n\nSame link as before. Dana Whitlock is still your interviewer.", "Dana Whitlock"},
		{"German: from the team, between sind and dabei", "Termin: Dienstag, 7. April 2026, 14:00 bis 15:30 Uhr. Aus dem Team sind Frau Dr. Katrin Vogel (Leiterin Plattform) und Herr Tobias Brandt dabei.", "Katrin Vogel, Tobias Brandt"},
		{"the sender brings a cofounder along", "Tuesday at 9:30 works great for the interview. I'll bring my cofounder Maya Levin along too; she built our data layer.", "Maya Levin, Sender Person"},
		{"a plain-text agenda: the session's cell is no part of the name", "Your onsite is set for Tuesday 15 December.\n\n10:00-10:45   Coding          Ines Duarte, Senior Engineer\n10:45-11:30   Architecture    Karl Berg, Principal Engineer\n", "Ines Duarte, Karl Berg"},
		{"two people with their titles in parentheses on one agenda row", "Here's your interview schedule.\n\n2:00 PM - 2:30 PM   Product sense     Lena Ortiz (VP Product)\n2:30 PM - 3:15 PM   Metrics           Omar Haddad (Group PM), Ruth Kim (Engineering Lead)\n", "Lena Ortiz, Omar Haddad, Ruth Kim"},
		{"a label in a table cell, its names in the next", "We are pleased to confirm your interview.\n\nDate: | Thursday, December 17, 2026\nInterview Team: | Gregory Hale, Director of Finance\n", "Gregory Hale"},
		{"you'll wrap up with", "You'll start with Amara Osei at 10:00. Then from 1:00 to 2:00 you'll wrap up with Jo Kowalski and Ethan Marsh from design.", "Amara Osei, Jo Kowalski, Ethan Marsh"},
		{"labelled list with titles", "Interviewers: Hannah Cho (Engineering Manager, Tools) and Luis Ortega (Senior Tools Engineer)", "Hannah Cho, Luis Ortega"},
		{"bulleted list", "You'll meet:\n- Oliver Bennett, Head of Data Platform\n- Sunita Varma, Senior Data Engineer\n\nThanks", "Oliver Bennett, Sunita Varma"},
		{"table cell list", "Interviewer(s) | Priyanka Das, Cloud Platform Manager\nEwan Tremblay, Senior Cloud Engineer\nNeed to reschedule? Call us.", "Priyanka Das, Ewan Tremblay"},
		{"title before the name", "Your interview with our CTO, Maria Gonzalez, is confirmed.", "Maria Gonzalez"},
		{"job title before the name", "Your interview with Senior Engineer Jane Doe is confirmed.", "Jane Doe"},
		{"French with the sender", "Je vous confirme notre entretien avec Paul Durand et moi-même.", "Paul Durand, Sender Person"},
		{"French: a colleague will be there with me", "On part sur mardi 15/12 à 14h30, en visio. Camille Roux, notre lead back, sera là avec moi.", "Camille Roux, Sender Person"},
		{"Portuguese: interviewed by a director and by me", "A entrevista passa para terça-feira, 15 de dezembro, às 15h00. Será entrevistado pelo Dr. Rui Fonseca, Diretor da Rede, e por mim.", "Rui Fonseca, Sender Person"},
		{"German: the interviewers as planned", "Das Vorstellungsgespräch findet jetzt am Donnerstag, 17. Dezember 2026, um 14:30 Uhr statt. Ihre Gesprächspartner sind wie geplant Katrin Vogel (Leiterin Bodenabfertigung) und Jens Albrecht (Teamleiter Ramp).", "Katrin Vogel, Jens Albrecht"},
		{"Spanish: we will be, me and a colleague", "Te confirmo el martes 17/11 a las 15:00. Vamos a estar yo y Felipe Araya, nuestro líder técnico.", "Felipe Araya, Sender Person"},
		{"Portuguese: with me and with a colleague", "Terça às 15h é perfeito. Ficas então comigo e com o Tiago Sousa, o tech lead da equipa.", "Tiago Sousa, Sender Person"},
		{"German honorific", "Ihr Vorstellungsgespräch mit Herrn Jonas Weber ist bestätigt.", "Jonas Weber"},
		{"Spanish pair", "Te confirmamos la entrevista con Javier Ortega y Ana Gil.", "Javier Ortega, Ana Gil"},
		{"Spanish with the sender", "Te confirmo la entrevista. Estarás con Pablo Ortega (Responsable de Datos) y conmigo.", "Pablo Ortega, Sender Person"},
		{"German honorifics and Dr.", "Sie sprechen mit Frau Dr. Anna Weber und Herrn Jonas Krüger. Das Gespräch dauert 45 Minuten.", "Anna Weber, Jonas Krüger"},
		{"German partners are", "Ihre Gesprächspartner sind Dr. Petra Lang (Bereichsleiterin IT) und Tobias Berg.", "Petra Lang, Tobias Berg"},
		{"French rencontrerez with title", "Lors de cet entretien, vous rencontrerez Claire Martin, Head of Product.", "Claire Martin"},
		{"Dutch with the sender", "Je spreekt met Thijs Bakker (CTO) en met mij.", "Thijs Bakker, Sender Person"},
		{"Italian without an interview word", "Incontrerai Marco Bianchi, Responsabile Engineering.", "Marco Bianchi"},
		{"Portuguese", "Você conversará com Rafael Souza (Gerente de Engenharia).", "Rafael Souza"},
		{"elided article before the interview word", "L'entretien se fera avec Sophie Lambert.", "Sophie Lambert"},
		{"the employer is not a person", "Your interview with Vireo Labs is confirmed for Thursday at 10am.", ""},
		{"coordinator's tech check", "Your interview is confirmed. I'll hop on at 12:55 to check your audio, then hand you over to Ravi.", ""},
		{"a condition is not a plan", "Your call is confirmed. If it goes well, the next step would be a pairing session with Marco.", ""},
		{"semicolon list with titles", "Your interview is scheduled.\nInterviewers: Dale Hutchins, Network Operations Manager; Rosa Lin, Senior Network Engineer", "Dale Hutchins, Rosa Lin"},
		{"agenda lines with 'with'", "Your interview is confirmed.\n\n11:00 AM - 11:45 AM   Systems design with Grace Okoro\n11:45 AM - 12:30 PM   Working with product teams with Mateo Alvarez", "Grace Okoro, Mateo Alvarez"},
		{"table row", "Your interview is confirmed.\n\nTime | Session | Interviewer\n1:00 PM - 1:45 PM ET | Coding | Ahmed Farouk", "Ahmed Farouk"},
		{"Italian reflexive si and Ing.", "Il colloquio si terrà con l'Ing. Davide Ferri, responsabile del team di sviluppo.", "Davide Ferri"},
		{"Portuguese conduzida pelo", "A entrevista será conduzida pelo Rui Almeida, Diretor de Engenharia.", "Rui Almeida"},
		{"Portuguese Eng.ª and eu", "Estarão presentes a Eng.ª Sofia Pires (Diretora de TI) e eu.", "Sofia Pires, Sender Person"},
		{"duration sentence", "Your interview is confirmed. It's still 45 minutes with Sam Whitaker (Director of Product).", "Sam Whitaker"},
		{"German adverb before the name", "Ihr Gesprächspartner ist weiterhin Herr Tobias Wagner (Teamleiter Backend).", "Tobias Wagner"},
		{"Spanish platicarás", "Platicarás con Mariana López (Gerente de Ingeniería); la entrevista dura 30 minutos.", "Mariana López"},
		{"title with a department", "Your interview is confirmed with our Head of Frontend, Ivo Petrov, for one hour.", "Ivo Petrov"},
		{"Calendly host", "A new event has been scheduled.\n\nEvent Type: Screening call\nHost: Tessa Quinn\nInvitee: Jordan Lee", "Tessa Quinn"},
		{"Portuguese title before the name", "Sua entrevista está confirmada. Você conversará com o gestor da área, Felipe Ramos.", "Felipe Ramos"},
		{"month-named first name", "Ihre Gesprächspartner: Jan Peters (Teamleiter) und ich", "Jan Peters, Sender Person"},
		{"Spanish yo mismo", "Te confirmo la entrevista. Te entrevistarán Marta Soler (Directora Financiera) y yo mismo.", "Marta Soler, Sender Person"},
		{"it will be me and", "Looking forward to our interview on Monday. It'll be me and our CTO, Mikko Laine, for about 45 minutes.", "Sender Person, Mikko Laine"},
		{"Spanish 'y con' after a title", "Queda confirmada la entrevista. Estarás con Pau Vidal, nuestro Head of Design, y con Laia Font, diseñadora sénior.", "Pau Vidal, Laia Font"},
		{"a .com address is no Portuguese 'com'", "Your interview is confirmed. Join the meeting at https://teams.microsoft.com Meeting ID 123 or write to jane@acme.com Thanks.", ""},
		{"a title ends with its sentence", "You're confirmed for Wednesday at 10:00 AM ET with Greg Adams, our Head of Research. The interview will be about 45 minutes.\n\nDana Fisher\nRecruiting, Hudson Peak Capital", "Greg Adams"},
		{"chatting with our VP", "Here are the details for your screen. You'll be chatting with our VP of Engineering, Ana Flores.", "Ana Flores"},
		{"conditional Dutch als is not a plan", "Als het goed gaat, volgt een gesprek met Pieter Bakker.", ""},
	}
	for _, tt := range tests {
		m := &message.Message{
			Date: mustDate("Mon, 06 Apr 2026 09:00:00 -0400"), Text: tt.text, Subject: "Interview",
			From: []message.Address{{Name: "Sender Person", Email: "sender.person@employer.example"}},
			To:   []message.Address{{Name: "Alex Candidate", Email: "alex@candidate.example"}},
		}
		d := prepare(m, Options{})
		var names []string
		for _, p := range d.interviewers(&Result{}) {
			names = append(names, p.Name)
		}
		if got := strings.Join(names, ", "); got != tt.want {
			t.Errorf("interviewers(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestUnstatedZoneCrossesDST checks that a time written with no zone is read
// in the zone the sender writes from, not at the Date header's fixed
// offset: an interview after the change of daylight saving time keeps its
// wall clock.
func TestUnstatedZoneCrossesDST(t *testing.T) {
	tests := []struct {
		name, date, subject, text, want string
	}{
		{"Munich, summer to winter", "Tue, 20 Oct 2026 09:00:00 +0200", "Ihr Vorstellungsgespräch",
			"Guten Tag, ich bestätige Ihr Vorstellungsgespräch am Dienstag, 27. Oktober 2026, um 15:00 Uhr. Viele Grüße",
			"2026-10-27T15:00:00+01:00"},
		{"New York, winter to summer", "Thu, 05 Mar 2026 10:00:00 -0500", "Interview confirmed",
			"Hi, I'm confirming your interview on Tuesday, March 10, 2026 at 2:00 PM. Best",
			"2026-03-10T14:00:00-04:00"},
		{"an offset no zone fits stays as written", "Thu, 05 Mar 2026 10:00:00 -0130", "Interview confirmed",
			"Hi, I'm confirming your interview on Tuesday, March 10, 2026 at 2:00 PM. Best",
			"2026-03-10T14:00:00-01:30"},
	}
	for _, tt := range tests {
		r := classifyMail(tt.date, tt.subject, tt.text)
		if got := r.Start.Format(time.RFC3339); got != tt.want {
			t.Errorf("%s: start %s, want %s (%s)", tt.name, got, tt.want, r.Kind)
		}
	}
}

// TestAmbiguousAbbreviation checks that a zone the text states for all its
// times picks among the zones an abbreviation names ("CST" is China's as
// well as US Central), and that alone the abbreviation keeps its usual one.
func TestAmbiguousAbbreviation(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"China", "Your technical interview is confirmed: Tue, Sep 15, 2026, 10:00 AM - 11:00 AM CST. Times shown in China Standard Time (Asia/Shanghai).",
			"2026-09-15T10:00:00+08:00"},
		{"US Central", "Your technical interview is confirmed: Tue, Sep 15, 2026, 10:00 AM - 11:00 AM CST.",
			"2026-09-15T10:00:00-05:00"},
	}
	for _, tt := range tests {
		r := classifyMail("Mon, 07 Sep 2026 09:00:00 +0000", "Interview confirmed", tt.text)
		if got := r.Start.Format(time.RFC3339); got != tt.want {
			t.Errorf("%s: start %s, want %s", tt.name, got, tt.want)
		}
	}
}

N = None
# 001 Greenhouse rejection, no-reply, human in signature without address
add('"Veltro Systems" <no-reply@greenhouse-mail.example>', "Your application to Veltro Systems", "Mon, 12 Jan 2026 16:04:11 +0000",
    plain("""Hi Jordan,

Thank you for taking the time to apply for the Senior Data Engineer position at Veltro Systems. We truly appreciate your interest in joining our team.

After careful consideration, we have decided to pursue other candidates whose background more closely aligns with our needs at this time.

We encourage you to keep an eye on our careers page for future openings that match your experience.

Best regards,
Sofia Marin
Talent Acquisition, Veltro Systems

Please do not reply to this email; this mailbox is not monitored.
"""), ("rejection", "Veltro Systems", "Senior Data Engineer", N, [], N, N, N, "Greenhouse no-reply; indirect rejection ('pursue other candidates'); human named in signature without an address"),
    extra=[("Auto-Submitted", "auto-generated")])

# 002 Lever confirmation via no-reply with Reply-To
add('"Marta Kowalski (via Lever)" <no-reply@hire.lever.example>', "Interview confirmed: Platform Engineer at Brightforge", "Wed, 04 Mar 2026 09:12:40 +0000",
    plain("""Hi Jordan,

Your interview for the Platform Engineer role at Brightforge is confirmed.

When: Tuesday, March 10, 2026, 2:00 PM - 3:00 PM (CET, Berlin)
Where: Google Meet - https://meet.example.com/abc-defg-hij

You'll meet with Henrik Dahl (Engineering Manager), who will walk you through a system design discussion.

If you need to reschedule, just reply to this email.

Thanks,
Marta Kowalski
Recruiting Coordinator | Brightforge
"""), ("interview_scheduled", "Brightforge", "Platform Engineer", N, [("Henrik Dahl", N)], "2026-03-10T14:00:00+01:00", "2026-03-10T15:00:00+01:00", "marta.kowalski@brightforge.example", "Lever no-reply with a human Reply-To; coordinator sends, interviewer named in prose"),
    extra=[("Reply-To", '"Marta Kowalski" <marta.kowalski@brightforge.example>')])

# 003 Workday acknowledgement, HTML only
add('"Aldmoor Group Careers" <noreply@myworkday.example>', "Thank you for applying - Cloud Security Analyst (R-0048213)", "Thu, 15 Jan 2026 22:41:03 +0000",
    html("""<html><body><table width="600"><tr><td>
<p>Dear Jordan Lee,</p>
<p>Thank you for your interest in <b>Aldmoor Group</b>. We have received your application for the position of <b>Cloud Security Analyst</b> (Job Requisition ID: R-0048213).</p>
<p>Our recruiting team will review your qualifications. If your profile matches the requirements, a member of the team will contact you regarding next steps.</p>
<p>You can track the status of your application at any time by signing in to your candidate home.</p>
<p>Kind regards,<br>Aldmoor Group Talent Acquisition</p>
<p style="font-size:10px">This is an automated message. Please do not reply.</p>
</td></tr></table></body></html>
"""), ("application_received", "Aldmoor Group", "Cloud Security Analyst", "R-0048213", [], N, N, N, "Workday HTML-only quoted-printable acknowledgement, no-reply, no human"), crlf=True)

# 004 Calendly booking link
add('"Priya Raman" <priya.raman@quillonhealth.example>', "Next steps - Product Analyst at Quillon Health", "Tue, 24 Mar 2026 14:30:00 -0400",
    plain("""Hi Jordan,

Thanks for applying to the Product Analyst role at Quillon Health! I'd love to set up a 30-minute intro call to learn more about you and share more about the team.

Please pick a time that works for you using my Calendly link: https://calendly.example/priya-raman/intro-30

Looking forward to speaking with you,
Priya Raman
Senior Recruiter, Quillon Health
Boston, MA
"""), ("interview_invitation", "Quillon Health", "Product Analyst", N, [], N, N, "priya.raman@quillonhealth.example", "booking link (Calendly), no time fixed"))

# 005 Calendly confirmation
add('"Calendly" <notifications@calendly.example>', "Confirmed: Product Analyst - Intro Call with Priya Raman on Thursday, April 2, 2026", "Wed, 25 Mar 2026 13:02:55 +0000",
    alt("""Hi Jordan Lee,

A new event has been scheduled.

Event Type: Product Analyst - Intro Call (Quillon Health)
Host: Priya Raman
Invitee: Jordan Lee
Event Date/Time: 10:00am - 10:30am (Eastern Time - US & Canada), Thursday, April 2, 2026
Location: This is a phone call. Priya Raman will call you at the number you provided.

Questions about the role? Contact priya.raman@quillonhealth.example

Need to make changes to this event? Cancel or reschedule: https://calendly.example/cancellations/XYZ

Powered by Calendly
""", None), ("interview_scheduled", "Quillon Health", "Product Analyst", N, [("Priya Raman", "priya.raman@quillonhealth.example")], "2026-04-02T10:00:00-04:00", "2026-04-02T10:30:00-04:00", "priya.raman@quillonhealth.example", "Calendly confirmation from a notifications mailbox; host is the interviewer; 'Eastern Time - US & Canada' in April is EDT"),
    extra=[("Auto-Submitted", "auto-generated")])

# 006 Teams invitation, German, W. Europe Standard Time
WEU = """BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""
t6 = """Hallo Jordan,

wie telefonisch besprochen sende ich Ihnen hiermit die Einladung zum Vorstellungsgespräch für die Position Data Engineer bei Kestrel Logistik.

Sie sprechen mit Herrn Markus Brandt (Head of Data). Ich organisiere nur den Termin und bin selbst nicht dabei.

Das Gespräch findet über Microsoft Teams statt; den Link finden Sie in der Kalendereinladung.

Mit freundlichen Grüßen
Lena Vogt
Recruiting | Kestrel Logistik GmbH
Hamburg

________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil
Klicken Sie hier, um an der Besprechung teilzunehmen
________________________________________________________________________________
"""
add('"Vogt, Lena" <lena.vogt@kestrel-logistik.example>', "Vorstellungsgespräch Data Engineer – Kestrel Logistik", "Tue, 28 Apr 2026 11:20:00 +0200",
    alt(t6, None, ics("REQUEST", "040000008200E00074C5B7101A82E0080000000010", "Vorstellungsgespräch Data Engineer – Jordan Lee",
        "DTSTART;TZID=W. Europe Standard Time:20260506T100000", "DTEND;TZID=W. Europe Standard Time:20260506T110000",
        ("\"Vogt, Lena\"", "lena.vogt@kestrel-logistik.example"), [("Jordan Lee", "jordan.lee@mail.example"), ("\"Brandt, Markus\"", "markus.brandt@kestrel-logistik.example")], WEU)),
    ("interview_scheduled", "Kestrel Logistik", "Data Engineer", N, [("Markus Brandt", "markus.brandt@kestrel-logistik.example")], "2026-05-06T10:00:00+02:00", "2026-05-06T11:00:00+02:00", "lena.vogt@kestrel-logistik.example", "Teams/Outlook invitation in German, Windows zone name, organizer only organises, 'Lastname, Firstname' CN"),
    crlf=True, extra=[("Content-Language", "de-DE"), ("X-MS-Has-Attach", "")])

# 007 German rejection from person
add('"Julia Neumann" <julia.neumann@hafenwerk.example>', "Ihre Bewerbung als Softwareentwickler Backend (m/w/d)", "Fri, 06 Feb 2026 10:15:00 +0100",
    plain("""Sehr geehrte/r Jordan Lee,

vielen Dank für Ihr Interesse an der Position Softwareentwickler Backend (m/w/d) und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Leider müssen wir Ihnen mitteilen, dass wir uns nach sorgfältiger Prüfung für andere Bewerberinnen und Bewerber entschieden haben, deren Profil besser zu unseren aktuellen Anforderungen passt.

Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen

Julia Neumann
Personalabteilung
Hafenwerk Digital GmbH | Am Sandtorkai 12 | 20457 Hamburg
""", charset="iso-8859-1", cte="quoted-printable"), ("rejection", "Hafenwerk Digital", "Softwareentwickler Backend (m/w/d)", N, [], N, N, "julia.neumann@hafenwerk.example", "German rejection, ISO-8859-1 quoted-printable, legal suffix GmbH in signature"))

# 008 German prose interview
add('"Sabine Roth" <sabine.roth@brenntal.example>', "Einladung zum Vorstellungsgespräch – Projektmanager Netzausbau", "Thu, 07 May 2026 15:40:00 +0200",
    plain("""Sehr geehrte/r Jordan Lee,

vielen Dank für Ihre Bewerbung als Projektmanager Netzausbau. Wir freuen uns, Sie zu einem persönlichen Gespräch einzuladen.

Termin: Donnerstag, den 14. Mai 2026 um 14:30 Uhr
Ort: Brenntal Energie, Leopoldstraße 40, München, Raum 3.12

Sie sprechen mit Frau Dr. Anna Weber und Herrn Jonas Krüger. Das Gespräch dauert ca. 45 Minuten.

Bitte bestätigen Sie den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Sabine Roth
Personalreferentin
Brenntal Energie GmbH
"""), ("interview_scheduled", "Brenntal Energie", "Projektmanager Netzausbau", N, [("Anna Weber", N), ("Jonas Krüger", N)], "2026-05-14T14:30:00+02:00", "2026-05-14T15:15:00+02:00", "sabine.roth@brenntal.example", "German prose time without zone (Munich, Date header +0200), interviewers with Frau Dr./Herrn titles, duration 'ca. 45 Minuten'"))

# 009 Spanish prose interview with 'conmigo'
add('"Carmen Ruiz" <carmen.ruiz@solaria-datos.example>', "Entrevista - Analista de Datos", "Fri, 13 Nov 2026 12:05:00 +0100",
    plain("""Hola Jordan:

Gracias por tu interés en Solaria Datos. Te confirmo la entrevista para el puesto de Analista de Datos el jueves 19 de noviembre a las 10:00 (hora de Madrid), en nuestra oficina de la calle Alcalá 120.

Estarás con Pablo Ortega (Responsable de Datos) y conmigo. La entrevista durará aproximadamente una hora.

Si necesitas cambiar la hora, escríbeme.

Un saludo,
Carmen Ruiz
Técnica de Selección
Solaria Datos
"""), ("interview_scheduled", "Solaria Datos", "Analista de Datos", N, [("Pablo Ortega", N), ("Carmen Ruiz", "carmen.ruiz@solaria-datos.example")], "2026-11-19T10:00:00+01:00", "2026-11-19T11:00:00+01:00", "carmen.ruiz@solaria-datos.example", "Spanish prose; 'y conmigo' makes the sender an interviewer; year implied"))

# 010 Spanish rejection via Personio no-reply
add('"Mirador Viajes" <noreply@personio.example>', "Tu candidatura en Mirador Viajes", "Mon, 20 Jul 2026 08:30:00 +0200",
    html("""<html><body>
<p>Hola Jordan,</p>
<p>Muchas gracias por tu interés en el puesto de <strong>Desarrollador Frontend</strong> en Mirador Viajes y por el tiempo dedicado al proceso.</p>
<p>Lamentamos comunicarte que hemos decidido continuar con otros candidatos cuyo perfil se ajusta mejor a lo que buscamos en este momento.</p>
<p>Te deseamos mucho éxito en tu búsqueda.</p>
<p>Un saludo,<br>Elena Gil<br>Talent Acquisition · Mirador Viajes</p>
<p><small>Este correo se ha enviado automáticamente. Por favor, no respondas a este mensaje.</small></p>
</body></html>
"""), ("rejection", "Mirador Viajes", "Desarrollador Frontend", N, [], N, N, N, "Spanish HTML-only rejection from a Personio no-reply; human in signature without address"))

# 011 French prose interview via noreply with human in signature
add('"Recrutement Axelle" <noreply@axelle-conseil.example>', "Confirmation de votre entretien – Product Owner", "Wed, 02 Sep 2026 17:45:00 +0200",
    plain("""Bonjour Jordan,

Nous avons le plaisir de vous confirmer votre entretien pour le poste de Product Owner chez Axelle Conseil, le mardi 8 septembre 2026 à 15h00, dans nos locaux du 18 rue de la Paix, Paris.

Lors de cet entretien, vous rencontrerez Claire Martin, Head of Product. L'entretien durera environ 45 minutes.

Pour toute question, vous pouvez contacter directement Julien Moreau à l'adresse julien.moreau@axelle-conseil.example.

Cordialement,
Julien Moreau
Chargé de recrutement
Axelle Conseil
"""), ("interview_scheduled", "Axelle Conseil", "Product Owner", N, [("Claire Martin", N)], "2026-09-08T15:00:00+02:00", "2026-09-08T15:45:00+02:00", "julien.moreau@axelle-conseil.example", "French prose, '15h00', no-reply sender whose display name is 'Recrutement <Company>', human contact in body"))

# 012 French indirect rejection
add('"Sophie Lambert" <sophie.lambert@verdane.example>', "Re: Candidature Ingénieur DevOps", "Tue, 15 Sep 2026 09:10:00 +0200",
    plain("""Bonjour Jordan,

Je vous remercie pour le temps consacré à nos échanges concernant le poste d'Ingénieur DevOps.

Après réflexion, nous avons retenu un profil plus en adéquation avec nos besoins actuels. Ce choix ne remet pas en cause la qualité de votre parcours.

Je vous souhaite pleine réussite dans vos recherches.

Bien cordialement,
Sophie Lambert
Responsable RH – Verdane
"""), ("rejection", "Verdane", "Ingénieur DevOps", N, [], N, N, "sophie.lambert@verdane.example", "French indirect rejection ('nous avons retenu un profil plus en adéquation')"))

# 013 Dutch rejection via Teamtailor
add('"Duinstra" <no-reply@teamtailor-mail.example>', "Update over je sollicitatie bij Duinstra", "Thu, 21 May 2026 14:00:00 +0200",
    plain("""Hoi Jordan,

Bedankt voor je sollicitatie op de functie Backend Developer bij Duinstra en voor je interesse in ons bedrijf.

Helaas moeten we je laten weten dat we niet verder gaan met je sollicitatie. We hebben gekozen voor kandidaten van wie de ervaring beter aansluit bij wat we zoeken.

We wensen je veel succes met je zoektocht.

Met vriendelijke groet,
Sanne de Vries
Recruiter, Duinstra
"""), ("rejection", "Duinstra", "Backend Developer", N, [], N, N, N, "Dutch rejection via Teamtailor no-reply"))

# 014 Dutch interview prose
add('"Eva Jansen" <eva.jansen@polderpunt.example>', "Uitnodiging sollicitatiegesprek Full Stack Developer", "Wed, 03 Jun 2026 10:22:00 +0200",
    plain("""Hoi Jordan,

Leuk dat je hebt gesolliciteerd op de vacature Full Stack Developer bij Polderpunt! We nodigen je graag uit voor een sollicitatiegesprek op woensdag 10 juni 2026 om 13:00 uur op ons kantoor in Amsterdam (Keizersgracht 221).

Je spreekt met Thijs Bakker (CTO) en met mij. Het gesprek duurt een uur.

Tot dan!

Groeten,
Eva Jansen
Lead Developer
Polderpunt
"""), ("interview_scheduled", "Polderpunt", "Full Stack Developer", N, [("Thijs Bakker", N), ("Eva Jansen", "eva.jansen@polderpunt.example")], "2026-06-10T13:00:00+02:00", "2026-06-10T14:00:00+02:00", "eva.jansen@polderpunt.example", "Dutch prose; 'met mij' makes the sender an interviewer; '13:00 uur'"))

# 015 Italian interview prose
add('"Giulia Rossi" <giulia.rossi@lagunatech.example>', "Colloquio per la posizione di Sviluppatore Go", "Fri, 09 Oct 2026 16:00:00 +0200",
    plain("""Ciao Jordan,

grazie per la tua candidatura per la posizione di Sviluppatore Go presso Laguna Tech. Ti confermo il colloquio per giovedì 15 ottobre 2026 alle ore 11:00, in videochiamata su Google Meet.

Incontrerai Marco Bianchi, Responsabile Engineering. Durata: 60 minuti.

A presto,
Giulia Rossi
HR Specialist
Laguna Tech S.r.l. – Venezia
"""), ("interview_scheduled", "Laguna Tech", "Sviluppatore Go", N, [("Marco Bianchi", N)], "2026-10-15T11:00:00+02:00", "2026-10-15T12:00:00+02:00", "giulia.rossi@lagunatech.example", "Italian prose, 'alle ore 11:00', 'Incontrerai <name>, <title>'"))

# 016 Italian rejection
add('"Federica Conti" <federica.conti@orsolina.example>', "Esito della tua candidatura – Data Scientist", "Mon, 26 Oct 2026 09:00:00 +0100",
    plain("""Gentile Jordan,

ti ringraziamo per l'interesse dimostrato verso Orsolina Software e per aver partecipato ai colloqui per la posizione di Data Scientist.

Purtroppo abbiamo deciso di non procedere con la tua candidatura: abbiamo scelto un profilo più in linea con le esigenze attuali del team.

Ti auguriamo il meglio per il tuo percorso professionale.

Cordiali saluti,
Federica Conti
Talent Acquisition – Orsolina Software
"""), ("rejection", "Orsolina Software", "Data Scientist", N, [], N, N, "federica.conti@orsolina.example", "Italian rejection after interviews"))

# 017 Portuguese (Brazil) interview
add('"Beatriz Lima" <beatriz.lima@caravela.example>', "Entrevista - Engenheiro de Software Sênior", "Thu, 26 Feb 2026 18:10:00 -0300",
    plain("""Olá Jordan,

Obrigada pelo seu interesse na vaga de Engenheiro de Software Sênior na Caravela Pagamentos. Gostaria de confirmar a sua entrevista na terça-feira, 3 de março de 2026, às 14h (horário de Brasília), pelo Zoom.

Você conversará com Rafael Souza (Gerente de Engenharia). A entrevista terá duração de 1 hora.

Qualquer dúvida, estou à disposição.

Abraços,
Beatriz Lima
Recrutadora | Caravela Pagamentos
São Paulo
"""), ("interview_scheduled", "Caravela Pagamentos", "Engenheiro de Software Sênior", N, [("Rafael Souza", N)], "2026-03-03T14:00:00-03:00", "2026-03-03T15:00:00-03:00", "beatriz.lima@caravela.example", "Brazilian Portuguese, '14h (horário de Brasília)'"))

# 018 Portuguese rejection via SmartRecruiters with contact in body
add('"Tejo Labs" <noreply@smartrecruiters.example>', "A sua candidatura - Engenheiro de Dados", "Tue, 14 Apr 2026 11:00:00 +0100",
    plain("""Olá Jordan,

Agradecemos o seu interesse na posição de Engenheiro de Dados na Tejo Labs.

Infelizmente, decidimos avançar com outros candidatos cujo perfil corresponde melhor às necessidades atuais da equipa.

Se tiver alguma questão, contacte Inês Carvalho (ines.carvalho@tejolabs.example).

Com os melhores cumprimentos,
Equipa de Recrutamento Tejo Labs
"""), ("rejection", "Tejo Labs", "Engenheiro de Dados", N, [], N, N, "ines.carvalho@tejolabs.example", "European Portuguese rejection from SmartRecruiters no-reply; human contact in body"))

# 019 Teams cancellation, Pacific Standard Time
PST = """BEGIN:VTIMEZONE
TZID:Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""
add('"Ortiz, Jamie" <jamie.ortiz@harborlight.example>', "Canceled: QA Automation Engineer - Technical Interview", "Mon, 08 Jun 2026 17:33:00 -0700",
    alt("""Hi Jordan,

Unfortunately the hiring manager is out sick, so I have to cancel tomorrow's technical interview for the QA Automation Engineer role at Harborlight Games. I'll be in touch once we know more.

Apologies for the short notice,
Jamie Ortiz
Recruiting, Harborlight Games
""", None, ics("CANCEL", "040000008200E00074C5B7101A82E00800000000AA", "QA Automation Engineer - Technical Interview",
        "DTSTART;TZID=Pacific Standard Time:20260609T100000", "DTEND;TZID=Pacific Standard Time:20260609T110000",
        ("\"Ortiz, Jamie\"", "jamie.ortiz@harborlight.example"), [("Jordan Lee", "jordan.lee@mail.example"), ("\"Kim, Soo-ah\"", "sooah.kim@harborlight.example")], PST, seq=1, status="CANCELLED"), method="CANCEL"),
    ("interview_cancelled", "Harborlight Games", "QA Automation Engineer", N, [], N, N, "jamie.ortiz@harborlight.example", "Outlook METHOD:CANCEL with Windows zone; no new time"), crlf=True)

# 020 reschedule plain text
add('"Tom Becker" <tom.becker@bluegate.example>', "Change of time: your interview for Actuarial Analyst", "Thu, 05 Mar 2026 13:15:00 -0500",
    plain("""Hi Jordan,

Apologies, but we need to move your interview with Dana Ortiz. Instead of Monday, March 9 at 3:00 PM ET, could we do Wednesday, March 11 at 11:00 AM ET? Dana has confirmed the new slot, so unless I hear otherwise I'll send a new calendar invite for Wednesday.

The interview will still take 45 minutes, by video.

Thanks for your flexibility,
Tom Becker
Talent Partner | Bluegate Insurance
Hartford, CT
"""), ("interview_scheduled", "Bluegate Insurance", "Actuarial Analyst", N, [("Dana Ortiz", N)], "2026-03-11T11:00:00-04:00", "2026-03-11T11:45:00-04:00", "tom.becker@bluegate.example", "reschedule lists old and new times; new time is after the US DST change although the Date header is EST"))

# 021 offer EN with call mention
add('"Helen Park" <helen.park@corvane.example>', "Offer - Site Reliability Engineer", "Fri, 17 Jul 2026 15:20:00 -0700",
    plain("""Hi Jordan,

On behalf of the whole team, I'm delighted to offer you the position of Site Reliability Engineer at Corvane! Everyone you met was impressed.

Attached is your offer letter with the details of compensation and benefits. Let's schedule a call on Monday at 2pm to walk through it and answer any questions.

Please let us know your decision by July 24.

Warmly,
Helen Park
Head of Talent, Corvane
"""), ("offer", "Corvane", "Site Reliability Engineer", N, [], N, N, "helen.park@corvane.example", "offer that proposes a call with a time"))

# 022 offer Spanish
add('"Jorge Navarro" <jorge.navarro@altamar.example>', "Oferta de empleo - Ingeniero de Datos", "Wed, 09 Dec 2026 12:00:00 +0100",
    plain("""Hola Jordan:

¡Enhorabuena! Nos complace ofrecerte el puesto de Ingeniero de Datos en Altamar. Adjuntamos la carta de oferta con las condiciones económicas y la fecha de incorporación propuesta.

Te agradeceríamos una respuesta antes del 16 de diciembre.

Un abrazo,
Jorge Navarro
Director de Personas, Altamar
"""), ("offer", "Altamar", "Ingeniero de Datos", N, [], N, N, "jorge.navarro@altamar.example", "Spanish offer"))

# 023 agency outreach
add('"Ryan Doyle" <ryan.doyle@talentbridge.example>', "Lead Go Engineer opportunity - fintech, remote", "Tue, 13 Oct 2026 08:45:00 +0100",
    plain("""Hi Jordan,

I came across your profile and think you'd be a great fit for a Lead Go Engineer role I'm recruiting for on behalf of a fast-growing fintech client. The process is two interviews and a short take-home.

Would you be free for a quick chat on Thursday at 4pm to discuss? Happy to share more details then.

Best,
Ryan Doyle
Principal Consultant | TalentBridge Recruitment
"""), ("other", N, "Lead Go Engineer", N, [], N, N, "ryan.doyle@talentbridge.example", "agency cold outreach for an unnamed client, proposes a time"))

# 024 job alert
add('"JobRadar Alerts" <alerts@jobradar.example>', "12 new jobs for 'data engineer' + how to ace your interview", "Sat, 14 Mar 2026 06:00:00 +0000",
    html("""<html><body>
<h2>Your daily job alert</h2>
<p>Hi Jordan, here are new jobs matching <b>data engineer</b> in Berlin:</p>
<ul>
<li><a href="https://jobradar.example/j/1">Senior Data Engineer</a> – Veltro Systems – Berlin</li>
<li><a href="https://jobradar.example/j/2">Data Engineer (m/w/d)</a> – Kestrel Logistik – Hamburg</li>
<li><a href="https://jobradar.example/j/3">Analytics Engineer</a> – Brightforge – Remote</li>
</ul>
<h3>Career tip: how to prepare for your interview</h3>
<p>Interview scheduled for next week? Here are five things to do the day before.</p>
<p><a href="https://jobradar.example/unsubscribe">Unsubscribe</a></p>
</body></html>
"""), ("other", N, N, N, [], N, N, N, "job-board alert, bulk, mentions interviews"),
    extra=[("List-Unsubscribe", "<https://jobradar.example/unsubscribe>"), ("Precedence", "bulk")])

# 025 German newsletter
add('"Karriere-Newsletter" <newsletter@karrierewelt.example>', "Ihr Vorstellungsgespräch: 7 Fragen, die Sie stellen sollten", "Mon, 05 Oct 2026 07:00:00 +0200",
    plain("""Guten Tag,

in dieser Ausgabe: So bereiten Sie sich auf Ihr nächstes Vorstellungsgespräch vor, was Sie bei einer Absage tun können und welche Gehälter 2026 gezahlt werden.

1. Sieben Fragen für das Vorstellungsgespräch
2. Absage erhalten? So fragen Sie nach Feedback
3. Gehaltsreport 2026

Viel Erfolg bei der Jobsuche!
Ihr Team von Karrierewelt

Abmelden: https://karrierewelt.example/abmelden
"""), ("other", N, N, N, [], N, N, N, "German newsletter whose subject reads like an interview; mentions rejection"),
    extra=[("List-Id", "<karriere.karrierewelt.example>"), ("List-Unsubscribe", "<https://karrierewelt.example/abmelden>")])

# 026 out of office
add('"Maya Brooks" <maya@sierraloom.example>', "Automatic reply: Thank you - interview follow-up", "Wed, 04 Nov 2026 18:02:00 -0800",
    plain("""Thank you for your email. I am out of the office until Monday, November 16 with limited access to email. For urgent recruiting matters please contact recruiting@sierraloom.example.

Maya
"""), ("other", N, N, N, [], N, N, "maya@sierraloom.example", "out-of-office from a person's own mailbox; keeps her address"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

# 027 coffee chat, Apple Calendar
add('"Leo Hartmann" <leo.hartmann@inbox.example>', "Coffee next week?", "Thu, 16 Apr 2026 20:11:00 +0200",
    mixed_ics("""Hey Jordan,

Great to hear you're looking around! Happy to tell you what it's like working at Brightforge — no interview, just coffee. I sent an invite for Tuesday at 10 at the café near Rosenthaler Platz.

Cheers,
Leo
""", ics("REQUEST", "8F1C2A7E-3B4D-4C5E-9F6A-7B8C9D0E1F2A", "Coffee with Jordan", "DTSTART;TZID=Europe/Berlin:20260421T100000", "DTEND;TZID=Europe/Berlin:20260421T110000",
        ("Leo Hartmann", "leo.hartmann@inbox.example"), [("Jordan Lee", "jordan.lee@mail.example")], prodid="-//Apple Inc.//macOS 15.4//EN")),
    ("other", N, N, N, [], N, N, "leo.hartmann@inbox.example", "Apple Calendar REQUEST for a coffee chat with a friend; not an interview"))

# 028 mock interview
add('"Grace Whitaker" <grace@careerlift.example>', "Your mock interview session is booked", "Mon, 18 May 2026 09:00:00 +0100",
    plain("""Hi Jordan,

Your mock interview session is confirmed for Friday 22 May 2026 at 6pm (UK time), on Zoom. We'll run a 45-minute practice behavioural interview followed by 15 minutes of feedback.

Zoom link: https://zoom.example/j/5550123

See you then,
Grace Whitaker
Career Coach, CareerLift
"""), ("other", N, N, N, [], N, N, "grace@careerlift.example", "mock interview with a coach: fixed time but not an employer interview"))

# 029 assessment invitation
add('"Fenwick Analytics via CodeTrial" <no-reply@codetrial.example>', "Coding assessment: Backend Engineer at Fenwick Analytics", "Tue, 22 Sep 2026 13:00:00 +0000",
    plain("""Hi Jordan,

Fenwick Analytics has invited you to complete an online coding assessment for the Backend Engineer position.

The test takes about 90 minutes and must be completed within 7 days, by September 29, 2026 at 23:59 UTC.

Start your test: https://codetrial.example/t/8f2k

Good luck!
The CodeTrial team
"""), ("other", "Fenwick Analytics", "Backend Engineer", N, [], N, N, N, "assessment invitation from a testing platform; deadline and duration but no interview"),
    extra=[("Auto-Submitted", "auto-generated")])

# 030 Greenhouse ack
add('"Ostrava Robotics" <no-reply@greenhouse-mail.example>', "Thank you for applying to Ostrava Robotics", "Sun, 08 Feb 2026 21:14:00 +0000",
    plain("""Hi Jordan,

Thank you for applying to Ostrava Robotics! We've received your application for the Embedded Software Engineer role and our team will review it shortly.

If your qualifications are a match, a recruiter will reach out to discuss next steps. In the meantime, feel free to learn more about our team on our blog.

Regards,
Ostrava Robotics Recruiting
"""), ("application_received", "Ostrava Robotics", "Embedded Software Engineer", N, [], N, N, N, "Greenhouse acknowledgement, no-reply"))

# 031 German Personio ack
add('"Lindwurm Versicherung" <noreply@personio.example>', "Eingangsbestätigung Ihrer Bewerbung", "Tue, 10 Mar 2026 09:41:00 +0100",
    plain("""Hallo Jordan Lee,

vielen Dank für Ihre Bewerbung als Werkstudent Data Analytics (m/w/d) bei der Lindwurm Versicherung. Ihre Unterlagen sind bei uns eingegangen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten zwei Wochen bei Ihnen.

Viele Grüße
Ihr Recruiting-Team der Lindwurm Versicherung

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
""", cte="quoted-printable"), ("application_received", "Lindwurm Versicherung", "Werkstudent Data Analytics (m/w/d)", N, [], N, N, N, "German Personio acknowledgement, no-reply, QP"))

# 032 French ack from human
add('"Camille Petit" <camille.petit@maison-ferrand.example>', "Votre candidature – Data Analyst", "Mon, 23 Mar 2026 10:30:00 +0100",
    plain("""Bonjour Jordan,

Nous accusons bonne réception de votre candidature au poste de Data Analyst chez Maison Ferrand et vous en remercions.

Votre dossier est en cours d'étude ; nous reviendrons vers vous d'ici deux semaines.

Bien à vous,
Camille Petit
Chargée de recrutement, Maison Ferrand
"""), ("application_received", "Maison Ferrand", "Data Analyst", N, [], N, N, "camille.petit@maison-ferrand.example", "French acknowledgement from a person"))

# 033 SmartRecruiters invitation with booking
add('"Nordhavn Shipping" <noreply@smartrecruiters.example>', "Interview invitation - Logistics Data Analyst (REQ-7741)", "Wed, 19 Aug 2026 07:55:00 +0000",
    plain("""Dear Jordan,

Thank you for your application for the Logistics Data Analyst position (REQ-7741) at Nordhavn Shipping. We would like to invite you to a first interview with our team.

Please select a time slot that suits you using the link below:
https://smartrecruiters.example/schedule/7741-jl

If none of the times work, please contact Mette Larsen at mette.larsen@nordhavn.example.

Kind regards,
Mette Larsen
Talent Acquisition Partner, Nordhavn Shipping
"""), ("interview_invitation", "Nordhavn Shipping", "Logistics Data Analyst", "REQ-7741", [], N, N, "mette.larsen@nordhavn.example", "SmartRecruiters no-reply, self-scheduling link, human contact in body"))

# 034 Spanish invitation asking availability
add('"Lucía Campos" <lucia.campos@brisamar.example>', "Proceso de selección - Desarrolladora iOS", "Mon, 01 Jun 2026 11:00:00 +0200",
    plain("""Hola Jordan,

Gracias por presentar tu candidatura al puesto de Desarrollador iOS en Brisamar. Nos ha gustado mucho tu perfil y nos gustaría conocerte en una primera entrevista por videollamada.

¿Qué disponibilidad tienes la próxima semana? Indícame dos o tres franjas horarias y te envío la invitación.

Un saludo,
Lucía Campos
People & Talent, Brisamar
Valencia
"""), ("interview_invitation", "Brisamar", "Desarrollador iOS", N, [], N, N, "lucia.campos@brisamar.example", "Spanish invitation asking for availability"))

# 035 Zoom, HTML only
add('"Nina Park" <nina.park@redferncloud.example>', "Interview confirmation - Senior SRE, Redfern Cloud", "Wed, 27 Jan 2027 10:05:00 -0800",
    html("""<html><head><style>p{font-family:Arial}</style></head><body>
<p>Hi Jordan,</p>
<p>Thanks again for your time on the phone. Your interview with <b>Aisha Bello</b>, Director of Engineering, is confirmed for <b>Monday, February 1, 2027 at 9:30&nbsp;AM PST</b> (60&nbsp;min) for the <b>Senior SRE</b> role.</p>
<p><b>Join Zoom Meeting</b><br><a href="https://zoom.example/j/98765">https://zoom.example/j/98765</a><br>Meeting ID: 987 6543 2100</p>
<p>Best,<br>Nina Park<br>Recruiter | Redfern Cloud<br>Seattle, WA</p>
</body></html>
"""), ("interview_scheduled", "Redfern Cloud", "Senior SRE", N, [("Aisha Bello", N)], "2027-02-01T09:30:00-08:00", "2027-02-01T10:30:00-08:00", "nina.park@redferncloud.example", "HTML-only quoted-printable Zoom confirmation; duration '(60 min)'; &nbsp; between time and zone"))

# 036 Apple Calendar, London after DST end
add('"Oliver Grant" <oliver.grant@thamesview.example>', "Invitation: Technical interview - Jordan Lee @ Thu 29 Oct 2026 14:00 - 15:00 (GMT)", "Fri, 23 Oct 2026 16:40:00 +0100",
    mixed_ics("""Hi Jordan,

Looking forward to our technical interview for the Analytics Engineer role at Thamesview Analytics. It'll just be the two of us; we'll go through some SQL and a modelling exercise. Invite attached.

Oliver Grant
Head of Analytics, Thamesview Analytics
London
""", ics("REQUEST", "A1B2C3D4-E5F6-4711-8899-AABBCCDDEEFF", "Technical interview - Jordan Lee", "DTSTART;TZID=Europe/London:20261029T140000", "DTEND;TZID=Europe/London:20261029T150000",
        ("Oliver Grant", "oliver.grant@thamesview.example"), [("Jordan Lee", "jordan.lee@mail.example"), ("Oliver Grant", "oliver.grant@thamesview.example")], prodid="-//Apple Inc.//macOS 15.6//EN")),
    ("interview_scheduled", "Thamesview Analytics", "Analytics Engineer", N, [("Oliver Grant", "oliver.grant@thamesview.example")], "2026-10-29T14:00:00+00:00", "2026-10-29T15:00:00+00:00", "oliver.grant@thamesview.example", "Apple Calendar ICS attachment, organizer is the interviewer; after UK DST ends while Date header is +0100"))

# 037 German cancellation
add('"Vogt, Lena" <lena.vogt@kestrel-logistik.example>', "Absage Termin 06.05. – Data Engineer", "Tue, 05 May 2026 16:10:00 +0200",
    plain("""Hallo Jordan,

leider müssen wir das für morgen geplante Vorstellungsgespräch für die Position Data Engineer kurzfristig absagen, da Herr Brandt erkrankt ist. Wir melden uns, sobald wir einen neuen Termin vorschlagen können.

Entschuldigen Sie bitte die Umstände.

Mit freundlichen Grüßen
Lena Vogt
Recruiting | Kestrel Logistik GmbH
""", cte="quoted-printable"), ("interview_cancelled", "Kestrel Logistik", "Data Engineer", N, [], N, N, "lena.vogt@kestrel-logistik.example", "German plain-text cancellation, 'Absage' in subject means called off, not a rejection"), crlf=True)

# 038 EN rejection quoting old invite
add('"Ben Adler" <ben.adler@pellucidbio.example>', "Re: Onsite interview - Staff Engineer", "Thu, 19 Nov 2026 11:30:00 -0500",
    plain("""Hi Jordan,

Thank you for spending the day with us last week. While we were impressed with your skills, the team has decided to proceed with another candidate for the Staff Engineer role.

I'd be glad to share some feedback if that would be helpful.

All the best,
Ben Adler
Engineering Manager, Pellucid Bio

On Mon, Nov 2, 2026 at 9:14 AM Ben Adler <ben.adler@pellucidbio.example> wrote:
> Hi Jordan, confirming your onsite on Thursday, November 12 at 10:00 AM ET
> with Ruth Cohen and me. Plan for about four hours.
"""), ("rejection", "Pellucid Bio", "Staff Engineer", N, [], N, N, "ben.adler@pellucidbio.example", "indirect rejection after an onsite; quotes the old invitation with a time"))

# 039 friend good luck
add('"Sam Rivera" <sam.rivera@inbox.example>', "good luck tomorrow!", "Wed, 07 Oct 2026 21:00:00 +0200",
    plain("""Hey Jordan,

Just wanted to say good luck with your interview at Laguna Tech tomorrow at 11! You've got this. Call me afterwards and we'll grab dinner at 8.

Sam
"""), ("other", N, N, N, [], N, N, "sam.rivera@inbox.example", "personal mail from a friend mentioning an interview and a time"))

# 040 Teams, Romance Standard Time, English
RST = WEU.replace("W. Europe Standard Time", "Romance Standard Time")
add('"Dupont, Élodie" <elodie.dupont@lumina-retail.example>', "Interview: Data Platform Lead - Jordan Lee", "Thu, 29 Oct 2026 14:00:00 +0100",
    alt("""Hello Jordan,

As agreed, please find the invitation for your interview for the Data Platform Lead position at Lumina Retail. You will meet Camille Roux, our VP Data. I'll send the meeting link separately; I won't attend myself.

Best regards,
Élodie Dupont
Talent Acquisition | Lumina Retail
Paris

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 345 678 901 234
________________________________________________________________________________
""", None, ics("REQUEST", "040000008200E00074C5B7101A82E00800000000CC", "Interview: Data Platform Lead - Jordan Lee",
        "DTSTART;TZID=Romance Standard Time:20261105T160000", "DTEND;TZID=Romance Standard Time:20261105T170000",
        ("\"Dupont, Élodie\"", "elodie.dupont@lumina-retail.example"), [("Jordan Lee", "jordan.lee@mail.example"), ("\"Roux, Camille\"", "camille.roux@lumina-retail.example")], RST)),
    ("interview_scheduled", "Lumina Retail", "Data Platform Lead", N, [("Camille Roux", "camille.roux@lumina-retail.example")], "2026-11-05T16:00:00+01:00", "2026-11-05T17:00:00+01:00", "elodie.dupont@lumina-retail.example", "Teams invitation with 'Romance Standard Time'; organizer does not attend"), crlf=True)

# 041 Lever rejection, Reply-To role mailbox
add('"Hollis Energy" <no-reply@hire.lever.example>', "Update on your application - Wind Resource Analyst", "Fri, 12 Jun 2026 19:00:00 +0000",
    plain("""Hi Jordan,

Thanks so much for your interest in the Wind Resource Analyst role at Hollis Energy and for the time you spent talking with our team.

We've decided not to move forward with your candidacy at this time. We know this isn't the news you were hoping for, and we genuinely appreciated getting to know you.

Best of luck in your search,
Rosa Jimenez
Recruiting, Hollis Energy
"""), ("rejection", "Hollis Energy", "Wind Resource Analyst", N, [], N, N, "recruiting@hollisenergy.example", "Lever no-reply with a Reply-To role mailbox"),
    extra=[("Reply-To", "recruiting@hollisenergy.example")])

# 042 Italian ack with conditional rejection
add('"Vetreria Digitale" <careers@vetreriadigitale.example>', "Abbiamo ricevuto la tua candidatura", "Thu, 02 Jul 2026 10:00:00 +0200",
    plain("""Ciao Jordan,

grazie per esserti candidato alla posizione di Frontend Developer in Vetreria Digitale. Abbiamo ricevuto la tua candidatura e la valuteremo con attenzione.

Se non riceverai notizie entro 30 giorni, considera la tua candidatura non selezionata per questa posizione.

Un saluto,
Il team Recruiting di Vetreria Digitale
"""), ("application_received", "Vetreria Digitale", "Frontend Developer", N, [], N, N, "careers@vetreriadigitale.example", "Italian acknowledgement with a conditional 'not selected' sentence"))

# 043 meetup invitation (non-interview calendar)
add('"Go Meetup Lisboa" <no-reply@meetups.example>', "Invitation: Go Meetup Lisboa – October edition", "Mon, 28 Sep 2026 12:00:00 +0100",
    alt("""Hi Jordan,

You're registered for Go Meetup Lisboa on Wednesday, October 14 at 19:00. Talks: "Generics in practice" and "Profiling Go services". Pizza and drinks sponsored by Tejo Labs, who are hiring!

See you there,
The organisers
""", None, ics("REQUEST", "meetup-2026-10@meetups.example", "Go Meetup Lisboa – October edition", "DTSTART;TZID=Europe/Lisbon:20261014T190000", "DTEND;TZID=Europe/Lisbon:20261014T210000",
        ("Go Meetup Lisboa", "no-reply@meetups.example"), [("Jordan Lee", "jordan.lee@mail.example")], prodid="-//Meetups//Events//EN")),
    ("other", N, N, N, [], N, N, N, "meetup calendar invitation (REQUEST), not an interview; sponsor 'hiring'"),
    extra=[("List-Unsubscribe", "<https://meetups.example/unsub>")])

# 044 employer's and candidate's time
add('"Maya Brooks" <maya@sierraloom.example>', "Your interview with Sierra Loom is confirmed", "Wed, 28 Oct 2026 12:00:00 -0700",
    plain("""Hi Jordan,

Great news - the team would love to meet you! Your interview for the Backend Engineer role is confirmed for Tuesday, November 3 at 10:00 AM Pacific / 1:00 PM Eastern.

You'll be speaking with Kevin Osei (Staff Engineer) and Laura Chen (Engineering Manager). It's a 45-minute conversation over Google Meet.

Let me know if you have any questions!
Maya Brooks
Recruiter, Sierra Loom
San Francisco, CA
"""), ("interview_scheduled", "Sierra Loom", "Backend Engineer", N, [("Kevin Osei", N), ("Laura Chen", N)], "2026-11-03T10:00:00-08:00", "2026-11-03T10:45:00-08:00", "maya@sierraloom.example", "two zones; US DST ends Nov 1 while Date header is PDT"))

# 045 Teams Mexico
MEX = """BEGIN:VTIMEZONE
TZID:Central Standard Time (Mexico)
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:STANDARD
END:VTIMEZONE"""
add('"Andrea Salinas" <andrea.salinas@nopalfintech.example>', "Entrevista: Ingeniero Backend - Jordan Lee", "Thu, 06 Aug 2026 17:30:00 -0600",
    alt("""Hola Jordan,

Te envío la invitación para tu entrevista para el puesto de Ingeniero Backend en Nopal Fintech. Tendrás la entrevista con Diego Herrera, Gerente de Ingeniería. Yo solo coordino la agenda.

Saludos,
Andrea Salinas
Reclutamiento | Nopal Fintech
Ciudad de México
""", None, ics("REQUEST", "040000008200E00074C5B7101A82E00800000000DD", "Entrevista: Ingeniero Backend - Jordan Lee",
        "DTSTART;TZID=Central Standard Time (Mexico):20260812T100000", "DTEND;TZID=Central Standard Time (Mexico):20260812T110000",
        ("Andrea Salinas", "andrea.salinas@nopalfintech.example"), [("Jordan Lee", "jordan.lee@mail.example"), ("Diego Herrera", "diego.herrera@nopalfintech.example")], MEX)),
    ("interview_scheduled", "Nopal Fintech", "Ingeniero Backend", N, [("Diego Herrera", "diego.herrera@nopalfintech.example")], "2026-08-12T10:00:00-06:00", "2026-08-12T11:00:00-06:00", "andrea.salinas@nopalfintech.example", "Teams invitation, Windows zone 'Central Standard Time (Mexico)' (no DST since 2022), coordinator only"), crlf=True)

# ---- second batch, written after the first fixes, labels before running ----
# 046 Workday interview, UK numeric date
add('"Pemberton Foods" <pembertonfoods@myworkday.example>', "Interview Scheduled: Category Analyst", "Wed, 11 Mar 2026 09:30:00 +0000",
    alt("""Dear Jordan,

Your interview has been scheduled for the Category Analyst position (JR-5521).

Interview Details
Date: 18/03/2026
Time: 14:00 - 14:45 GMT
Location: Microsoft Teams (link to follow)
Interviewer(s): Rachel Green, Category Manager

If you have any questions, please contact careers.team@pembertonfoods.example.

Kind regards,
Pemberton Foods Talent Acquisition
""", None), ("interview_scheduled", "Pemberton Foods", "Category Analyst", "JR-5521", [("Rachel Green", N)], "2026-03-18T14:00:00+00:00", "2026-03-18T14:45:00+00:00", "careers.team@pembertonfoods.example", "Workday notification from an ATS mailbox, day-first numeric date, interviewer in a field"))

# 047 Spanish indirect rejection
add('"Marta Sanz" <marta.sanz@ceramicalevante.example>', "Proceso de selección Jefe de Proyecto", "Fri, 24 Apr 2026 13:20:00 +0200",
    plain("""Hola Jordan:

Muchas gracias por tu tiempo en las entrevistas para el puesto de Jefe de Proyecto. Ha sido un placer conocerte.

En esta ocasión no vamos a seguir adelante con tu candidatura, ya que buscamos a alguien con más experiencia en el sector cerámico.

Te deseamos lo mejor.

Un saludo,
Marta Sanz
Recursos Humanos · Cerámica Levante
"""), ("rejection", "Cerámica Levante", "Jefe de Proyecto", N, [], N, N, "marta.sanz@ceramicalevante.example", "Spanish indirect rejection after interviews"))

# 048 French invitation with proposed slots
add('"Hugo Bernard" <hugo.bernard@lumen-assurances.example>', "Votre candidature – Actuaire", "Wed, 10 Jun 2026 10:00:00 +0200",
    plain("""Bonjour Jordan,

Votre profil a retenu notre attention pour le poste d'Actuaire chez Lumen Assurances. Seriez-vous disponible mardi à 14h ou jeudi à 10h pour un premier échange téléphonique d'une trentaine de minutes ?

Dans l'attente de votre retour,
Hugo Bernard
Chargé de recrutement
Lumen Assurances
"""), ("interview_invitation", "Lumen Assurances", "Actuaire", N, [], N, N, "hugo.bernard@lumen-assurances.example", "French invitation proposing two slots; 'votre profil a retenu notre attention' is positive"))

# 049 German prose, time range
add('"Katrin Schulz" <katrin.schulz@nordlicht-bank.example>', "Ihr Vorstellungsgespräch am 9. Juni", "Tue, 02 Jun 2026 14:10:00 +0200",
    plain("""Guten Tag Jordan Lee,

hiermit bestätigen wir Ihr Vorstellungsgespräch für die Stelle IT-Architekt (m/w/d) am Dienstag, 9. Juni 2026, von 10:00 bis 11:00 Uhr per Microsoft Teams.

Ihre Gesprächspartner sind Dr. Petra Lang (Bereichsleiterin IT) und Tobias Berg (Teamleiter Infrastruktur).

Freundliche Grüße
Katrin Schulz
Personalabteilung
Nordlicht Bank AG, Kiel
"""), ("interview_scheduled", "Nordlicht Bank", "IT-Architekt (m/w/d)", N, [("Petra Lang", N), ("Tobias Berg", N)], "2026-06-09T10:00:00+02:00", "2026-06-09T11:00:00+02:00", "katrin.schulz@nordlicht-bank.example", "German 'von 10:00 bis 11:00 Uhr', 'Ihre Gesprächspartner sind', title Dr."))

# 050 Workday rejection with requisition
add('"Graniteview Bank" <noreply@myworkday.example>', "Your application for Risk Analyst (JR-10442)", "Mon, 13 Jul 2026 20:00:00 +0000",
    plain("""Dear Jordan,

Thank you for your interest in the Risk Analyst position (JR-10442) at Graniteview Bank.

Although your background is impressive, we will not be moving forward with your application at this time.

We appreciate the time you invested and wish you success in your job search.

Sincerely,
Graniteview Bank Talent Acquisition
"""), ("rejection", "Graniteview Bank", "Risk Analyst", "JR-10442", [], N, N, N, "Workday rejection from no-reply, no human"))

# 051 receipt
add('"CVCraft" <billing@cvcraft.example>', "Your receipt #44821 - Resume Review Pro", "Thu, 05 Feb 2026 12:00:00 +0000",
    plain("""Hi Jordan,

Thanks for your purchase! Your resume review will be delivered within 3 business days, in time for your next interview.

Order #44821
Resume Review Pro ........ $49.00
Total .................... $49.00

Questions? Reply to this email.
CVCraft
"""), ("other", N, N, N, [], N, N, "billing@cvcraft.example", "receipt from a resume service mentioning an interview"))

# 052 Dutch offer
add('"Eva Jansen" <eva.jansen@polderpunt.example>', "Aanbod Full Stack Developer", "Mon, 22 Jun 2026 16:30:00 +0200",
    plain("""Hoi Jordan,

Goed nieuws: we zijn heel enthousiast en willen je graag een aanbod doen voor de functie Full Stack Developer bij Polderpunt! In de bijlage vind je het arbeidsvoorwaardenvoorstel.

Laat je ons voor 29 juni weten of je het aanbod accepteert?

Groeten,
Eva Jansen
Lead Developer, Polderpunt
"""), ("offer", "Polderpunt", "Full Stack Developer", N, [], N, N, "eva.jansen@polderpunt.example", "Dutch offer"))

# 053 Spanish cancellation
add('"Lucía Campos" <lucia.campos@brisamar.example>', "Cancelación entrevista Desarrollador iOS", "Tue, 09 Jun 2026 18:00:00 +0200",
    plain("""Hola Jordan,

Lamentablemente tenemos que cancelar la entrevista prevista para mañana para el puesto de Desarrollador iOS, porque el responsable del equipo está de baja. Te escribiré en cuanto podamos proponer otra fecha.

Disculpa las molestias.

Un saludo,
Lucía Campos
People & Talent, Brisamar
"""), ("interview_cancelled", "Brisamar", "Desarrollador iOS", N, [], N, N, "lucia.campos@brisamar.example", "Spanish cancellation in words, no new time"))

# 054 Greenhouse agenda, Reply-To recruiter
add('"Vireo Labs" <no-reply@greenhouse-mail.example>', "Onsite interview confirmation - Senior Software Engineer", "Thu, 10 Sep 2026 15:00:00 +0000",
    plain("""Hi Jordan,

We're excited to confirm your virtual onsite interview for the Senior Software Engineer role at Vireo Labs on Thursday, September 17, 2026.

Schedule (Eastern Time):
10:00 AM - 10:45 AM  Coding - Arjun Mehta, Staff Engineer
11:00 AM - 11:45 AM  System design - Sofia Lindqvist, Principal Engineer

You'll receive separate Zoom links for each session. Reply to this email with any questions.

Best,
Grace Liu
Recruiting Coordinator, Vireo Labs
"""), ("interview_scheduled", "Vireo Labs", "Senior Software Engineer", N, [("Arjun Mehta", N), ("Sofia Lindqvist", N)], "2026-09-17T10:00:00-04:00", "2026-09-17T11:45:00-04:00", "grace.liu@vireolabs.example", "Greenhouse agenda with two sessions; Reply-To coordinator"),
    extra=[("Reply-To", '"Grace Liu" <grace.liu@vireolabs.example>')])

# 055 German online assessment
add('"Nordlicht Bank" <noreply@assess.example>', "Einladung zum Online-Assessment", "Fri, 22 May 2026 08:00:00 +0200",
    plain("""Guten Tag Jordan Lee,

im Rahmen Ihrer Bewerbung als IT-Architekt (m/w/d) laden wir Sie ein, unser Online-Assessment zu absolvieren. Der Test dauert etwa 60 Minuten. Bitte schließen Sie ihn bis zum 29. Mai 2026 um 23:59 Uhr ab.

Zum Test: https://assess.example/t/77ab

Viel Erfolg!
Ihr Recruiting-Team der Nordlicht Bank
"""), ("other", "Nordlicht Bank", "IT-Architekt (m/w/d)", N, [], N, N, N, "German online assessment with deadline time and duration; 'einladen' but not an interview"))

# 056 Portuguese acknowledgement
add('"Ipê Seguros" <nao-responda@gupy.example>', "Recebemos a sua candidatura!", "Mon, 16 Mar 2026 11:45:00 -0300",
    plain("""Olá Jordan,

Recebemos a sua candidatura para a vaga de Analista de Dados na Ipê Seguros. Nosso time vai analisar o seu perfil e entraremos em contato caso você avance para a próxima etapa.

Boa sorte!
Equipe de Recrutamento Ipê Seguros
"""), ("application_received", "Ipê Seguros", "Analista de Dados", N, [], N, N, N, "Brazilian acknowledgement from a 'nao-responda' mailbox"))

# 057 Teams GMT Standard Time (Lisbon), Portuguese
GMTZ = """BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""
add('"Rita Alves" <rita.alves@tejolabs.example>', "Entrevista: Engenheiro Backend - Jordan Lee", "Wed, 01 Jul 2026 12:00:00 +0100",
    alt("""Olá Jordan,

Envio o convite para a sua entrevista para a posição de Engenheiro Backend na Tejo Labs. Irá conversar com o Miguel Sousa, Diretor de Engenharia. Eu trato apenas da agenda e não estarei presente.

Cumprimentos,
Rita Alves
Recrutamento | Tejo Labs
Lisboa
""", None, ics("REQUEST", "040000008200E00074C5B7101A82E00800000000EE", "Entrevista: Engenheiro Backend - Jordan Lee",
        "DTSTART;TZID=GMT Standard Time:20260707T150000", "DTEND;TZID=GMT Standard Time:20260707T160000",
        ("Rita Alves", "rita.alves@tejolabs.example"), [("Jordan Lee", "jordan.lee@mail.example"), ("Miguel Sousa", "miguel.sousa@tejolabs.example")], GMTZ)),
    ("interview_scheduled", "Tejo Labs", "Engenheiro Backend", N, [("Miguel Sousa", "miguel.sousa@tejolabs.example")], "2026-07-07T15:00:00+01:00", "2026-07-07T16:00:00+01:00", "rita.alves@tejolabs.example", "Teams 'GMT Standard Time' for Lisbon in summer; organiser says she will not attend (Portuguese)"), crlf=True)

# 058 Italian rejection, no-reply, no human
add('"Banca Adriatica" <noreply@inrecruiting.example>', "Aggiornamento sulla tua candidatura", "Thu, 17 Sep 2026 09:00:00 +0200",
    plain("""Gentile Jordan Lee,

ti ringraziamo per aver inviato la tua candidatura per la posizione di Analista Rischi.

Ti informiamo che la tua candidatura non è stata selezionata per proseguire nel processo di selezione.

Cordiali saluti,
Banca Adriatica – Direzione Risorse Umane

Questa è una e-mail generata automaticamente, ti preghiamo di non rispondere.
"""), ("rejection", "Banca Adriatica", "Analista Rischi", N, [], N, N, N, "Italian rejection from no-reply, no human"))

# 059 German out of office
add('"Katrin Schulz" <katrin.schulz@nordlicht-bank.example>', "Abwesenheitsnotiz: Ihr Vorstellungsgespräch am 9. Juni", "Wed, 03 Jun 2026 09:15:00 +0200",
    plain("""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 12.06. nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an personal@nordlicht-bank.example.

Mit freundlichen Grüßen
Katrin Schulz
"""), ("other", N, N, N, [], N, N, "katrin.schulz@nordlicht-bank.example", "German out-of-office from a person's mailbox; subject repeats an interview subject"),
    extra=[("Auto-Submitted", "auto-replied")])

# 060 reply confirming a time that is only in the quoted text
add('"Hannah Moss" <hannah.moss@quayline-energy.example>', "Re: Energy Analyst - next steps", "Fri, 10 Jul 2026 11:02:00 +0100",
    plain("""Great, Tuesday it is - I'll send a Teams link on Monday. Speak then!

Hannah

Hannah Moss
Head of Analytics, Quayline Energy
Bristol

On Fri, 10 Jul 2026 at 10:40, Jordan Lee <jordan.lee@mail.example> wrote:
> Hi Hannah,
> Tuesday 14 July at 4pm works well for me. Looking forward to it.
> Jordan
>
> On Thu, 9 Jul 2026 at 17:05, Hannah Moss <hannah.moss@quayline-energy.example> wrote:
>> Hi Jordan, thanks for applying for the Energy Analyst role. I'd like to
>> invite you to a first interview with me. Would Tuesday 14 July at 4pm or
>> Wednesday 15 July at 10am (UK time) suit you?
""", cte="quoted-printable"), ("interview_scheduled", "Quayline Energy", "Energy Analyst", N, [("Hannah Moss", "hannah.moss@quayline-energy.example")], "2026-07-14T16:00:00+01:00", N, "hannah.moss@quayline-energy.example", "confirmation by weekday only; the time is in the quoted thread; no duration"))

# 061 invitation asking for times
add('"Omar Haddad" <omar@vireolabs.example>', "Quick call about the Platform Engineer role?", "Mon, 03 Aug 2026 14:00:00 -0400",
    plain("""Hi Jordan,

Thanks for applying to Vireo Labs! We'd love to schedule a 30-minute call with our CTO to talk about the Platform Engineer role. Please reply with a few times that work for you next week.

Cheers,
Omar Haddad
Talent, Vireo Labs
"""), ("interview_invitation", "Vireo Labs", "Platform Engineer", N, [], N, N, "omar@vireolabs.example", "invitation asking for times"))

# 062 short rejection in a thread
add('"Ken Ito" <ken.ito@brightwave.example>', "Re: Frontend Developer role", "Wed, 25 Nov 2026 10:10:00 -0800",
    plain("""Hi Jordan,

Thanks for your patience. We've filled the role with another candidate, but I enjoyed our conversation and will keep you in mind.

Best,
Ken Ito
Engineering Manager, Brightwave
"""), ("rejection", "Brightwave", "Frontend Developer", N, [], N, N, "ken.ito@brightwave.example", "short rejection in a thread; role only in the subject"))

# ---- third batch: safety cases (rejection words in non-rejections), labels before running ----
# 063 acknowledgement with 'cannot respond to every applicant'
add('"Harlow & Finch" <careers@harlowfinch.example>', "We received your application: Compliance Analyst", "Tue, 06 Jan 2026 10:00:00 +0000",
    plain("""Dear Jordan,

Thank you for applying for the Compliance Analyst role at Harlow & Finch. Your application has been received and will be reviewed by the hiring team.

Unfortunately, due to the high volume of applications, we cannot respond to every applicant individually. We will contact you if we would like to take your application further.

Kind regards,
Harlow & Finch Recruitment
"""), ("application_received", "Harlow & Finch", "Compliance Analyst", N, [], N, N, "careers@harlowfinch.example", "acknowledgement with 'unfortunately ... cannot respond'; no decision"))

# 064 English confirmation mentioning other candidates
add('"Dana Ortiz" <dana.ortiz@bluegate.example>', "Interview confirmed - Actuarial Analyst", "Fri, 06 Mar 2026 10:00:00 -0500",
    plain("""Hi Jordan,

Thanks for moving things around. Confirmed for Wednesday, March 11 at 11:00 AM ET with me. We're meeting a few other candidates this week as well, so we expect to make a decision by March 20.

Best,
Dana Ortiz
Head of Pricing, Bluegate Insurance
"""), ("interview_scheduled", "Bluegate Insurance", "Actuarial Analyst", N, [("Dana Ortiz", "dana.ortiz@bluegate.example")], "2026-03-11T11:00:00-04:00", N, "dana.ortiz@bluegate.example", "confirmation that mentions meeting other candidates: not a rejection"))

# 065 Dutch confirmation mentioning other candidates
add('"Thijs Bakker" <thijs.bakker@polderpunt.example>', "Bevestiging tweede gesprek", "Mon, 15 Jun 2026 09:00:00 +0200",
    plain("""Hoi Jordan,

Hierbij bevestig ik ons tweede gesprek voor de functie Full Stack Developer op donderdag 18 juni 2026 om 15:30 uur. Het gesprek duurt anderhalf uur en je spreekt met mij en Eva Jansen.

We spreken deze week ook met andere kandidaten; je hoort uiterlijk vrijdag 26 juni van ons.

Groet,
Thijs Bakker
CTO, Polderpunt
"""), ("interview_scheduled", "Polderpunt", "Full Stack Developer", N, [("Thijs Bakker", "thijs.bakker@polderpunt.example"), ("Eva Jansen", N)], "2026-06-18T15:30:00+02:00", "2026-06-18T17:00:00+02:00", "thijs.bakker@polderpunt.example", "Dutch confirmation that mentions other candidates; 'anderhalf uur'"))

# 066 Portuguese confirmation mentioning other candidates
add('"Beatriz Lima" <beatriz.lima@caravela.example>', "Segunda etapa - Engenheiro de Software Sênior", "Mon, 09 Mar 2026 10:00:00 -0300",
    plain("""Olá Jordan,

Parabéns, você avançou para a segunda etapa! Confirmo a entrevista técnica na quinta-feira, 12 de março de 2026, às 10h30 (horário de Brasília), com duração de 90 minutos. Você conversará com Rafael Souza e Juliana Prado.

Estamos conversando com outros candidatos também, e daremos um retorno até o dia 20.

Abraços,
Beatriz Lima
Recrutadora | Caravela Pagamentos
"""), ("interview_scheduled", "Caravela Pagamentos", "Engenheiro de Software Sênior", N, [("Rafael Souza", N), ("Juliana Prado", N)], "2026-03-12T10:30:00-03:00", "2026-03-12T12:00:00-03:00", "beatriz.lima@caravela.example", "Portuguese confirmation mentioning other candidates; 'segunda etapa' is not a weekday"))

# 067 Italian confirmation mentioning other candidates
add('"Giulia Rossi" <giulia.rossi@lagunatech.example>', "Secondo colloquio - Sviluppatore Go", "Mon, 19 Oct 2026 10:00:00 +0200",
    plain("""Ciao Jordan,

ti confermo il secondo colloquio per venerdì 23 ottobre 2026 alle 9:30 presso la nostra sede di Venezia. Incontrerai Marco Bianchi e Sara Greco; il colloquio durerà circa un'ora.

Stiamo incontrando anche altri candidati, quindi ti daremo un riscontro entro fine mese.

A presto,
Giulia Rossi
HR Specialist, Laguna Tech
"""), ("interview_scheduled", "Laguna Tech", "Sviluppatore Go", N, [("Marco Bianchi", N), ("Sara Greco", N)], "2026-10-23T09:30:00+02:00", "2026-10-23T10:30:00+02:00", "giulia.rossi@lagunatech.example", "Italian confirmation mentioning other candidates"))

# 068 German confirmation asking for an Absage if they cannot come
add('"Sabine Roth" <sabine.roth@brenntal.example>', "Terminbestätigung Projektmanager Netzausbau", "Fri, 08 May 2026 09:00:00 +0200",
    plain("""Sehr geehrte/r Jordan Lee,

vielen Dank für Ihre Rückmeldung. Hiermit bestätigen wir Ihren Termin am Donnerstag, 14. Mai 2026, um 14:30 Uhr mit Frau Dr. Anna Weber.

Sollten Sie den Termin nicht wahrnehmen können, bitten wir um eine kurze Absage per E-Mail.

Mit freundlichen Grüßen
Sabine Roth
Brenntal Energie GmbH
"""), ("interview_scheduled", "Brenntal Energie", "Projektmanager Netzausbau", N, [("Anna Weber", N)], "2026-05-14T14:30:00+02:00", N, "sabine.roth@brenntal.example", "German confirmation that asks for an 'Absage' if the candidate cannot come; interview word only in the role context"))

# 069 offer that says 'unfortunately' about remote work
add('"Noor Haddad" <noor@harborlight.example>', "Your offer from Harborlight Games", "Tue, 30 Jun 2026 16:00:00 -0700",
    plain("""Hi Jordan,

We're thrilled to offer you the position of QA Automation Engineer at Harborlight Games! The formal offer letter is attached.

Unfortunately we can't offer a fully remote arrangement for this role, but the team is in the office only two days a week.

Please let me know by July 7 if you accept.

Noor Haddad
Head of People, Harborlight Games
"""), ("offer", "Harborlight Games", "QA Automation Engineer", N, [], N, N, "noor@harborlight.example", "offer with 'unfortunately we can't offer' about remote work"))

# 070 invitation: picked slot no longer available
add('"Mette Larsen" <mette.larsen@nordhavn.example>', "Re: Interview invitation - Logistics Data Analyst (REQ-7741)", "Fri, 21 Aug 2026 09:00:00 +0200",
    plain("""Hi Jordan,

Unfortunately the slot you picked (Tuesday 25 August at 10:00) is no longer available, as the hiring manager has a conflict. Could you please choose another time using the scheduling link? Apologies for the inconvenience.

Kind regards,
Mette Larsen
Talent Acquisition Partner, Nordhavn Shipping
Copenhagen
"""), ("interview_invitation", "Nordhavn Shipping", "Logistics Data Analyst", "REQ-7741", [], N, N, "mette.larsen@nordhavn.example", "picked slot withdrawn, asked to choose another: invitation, not a cancellation or a schedule"))

# 071 French acknowledgement with 'ne manquerons pas'
add('"Camille Petit" <camille.petit@maison-ferrand.example>', "Re: Candidature spontanée", "Thu, 26 Mar 2026 15:00:00 +0100",
    plain("""Bonjour Jordan,

Nous avons bien reçu votre candidature spontanée et nous vous en remercions. Nous n'avons pas de poste ouvert correspondant à votre profil pour le moment, mais nous ne manquerons pas de revenir vers vous si une opportunité se présente.

Bien à vous,
Camille Petit
Maison Ferrand
"""), ("rejection", "Maison Ferrand", N, N, [], N, N, "camille.petit@maison-ferrand.example", "spontaneous application: 'no open position matching your profile' is a soft no"))

# 072 interview scheduled with the US label 'Central Time' and a Teams prose block
add('"Ashley Moore" <ashley.moore@prairieworks.example>', "Interview confirmation: Data Engineer", "Mon, 26 Oct 2026 13:00:00 -0500",
    plain("""Hi Jordan,

You're all set! Your video interview for the Data Engineer position at Prairie Works is on Monday, November 2, 2026 from 1:00 to 2:00 PM Central Time. You will be meeting with Brian Walsh, Director of Data Engineering.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer or mobile app
Click here to join the meeting
________________________________________________________________________________

Thanks,
Ashley Moore
Talent Acquisition, Prairie Works
Chicago, IL
"""), ("interview_scheduled", "Prairie Works", "Data Engineer", N, [("Brian Walsh", N)], "2026-11-02T13:00:00-06:00", "2026-11-02T14:00:00-06:00", "ashley.moore@prairieworks.example", "Central Time the day after US DST ends; Date header still CDT"))

# ---- fourth batch: times (zones, words, relative dates); labels before running ----
EST = PST.replace("Pacific Standard Time", "Eastern Standard Time").replace("-0700", "-0400").replace("-0800", "-0500")
add('"Patel, Ravi" <ravi.patel@hudsonbay-analytics.example>', "Interview: Senior Data Analyst - Jordan Lee", "Tue, 15 Sep 2026 10:00:00 -0400",
    alt("""Hi Jordan,

Sending the invite for your interview for the Senior Data Analyst role at Hudson Bay Analytics. I'm told you're based in Berlin at the moment, so that's 5:00 PM your time. You'll meet me and Lisa Grant.

Ravi Patel
Analytics Manager, Hudson Bay Analytics
New York
""", None, ics("REQUEST", "040000008200E00074C5B7101A82E00800000000F1", "Interview: Senior Data Analyst - Jordan Lee",
        "DTSTART;TZID=Eastern Standard Time:20260922T110000", "DTEND;TZID=Eastern Standard Time:20260922T120000",
        ("\"Patel, Ravi\"", "ravi.patel@hudsonbay-analytics.example"), [("Jordan Lee", "jordan.lee@mail.example"), ("\"Grant, Lisa\"", "lisa.grant@hudsonbay-analytics.example")], EST)),
    ("interview_scheduled", "Hudson Bay Analytics", "Senior Data Analyst", N, [("Ravi Patel", "ravi.patel@hudsonbay-analytics.example"), ("Lisa Grant", "lisa.grant@hudsonbay-analytics.example")], "2026-09-22T11:00:00-04:00", "2026-09-22T12:00:00-04:00", "ravi.patel@hudsonbay-analytics.example", "Outlook 'Eastern Standard Time' in September (EDT); prose gives the candidate's time; organizer interviews"), crlf=True)

TST = """BEGIN:VTIMEZONE
TZID:Tokyo Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0900
TZOFFSETTO:+0900
END:STANDARD
END:VTIMEZONE"""
add('"Yuki Tanaka" <yuki.tanaka@sakura-robotics.example>', "Interview invitation: Robotics Software Engineer", "Wed, 26 Aug 2026 09:00:00 +0900",
    alt("""Dear Jordan,

Thank you for your application to Sakura Robotics. Please find attached the invitation for your first interview for the Robotics Software Engineer position with our engineering manager, Kenji Mori.

Best regards,
Yuki Tanaka
HR, Sakura Robotics
Tokyo
""", None, ics("REQUEST", "040000008200E00074C5B7101A82E00800000000F2", "Interview - Robotics Software Engineer",
        "DTSTART;TZID=Tokyo Standard Time:20260903T100000", "DTEND;TZID=Tokyo Standard Time:20260903T110000",
        ("Yuki Tanaka", "yuki.tanaka@sakura-robotics.example"), [("Jordan Lee", "jordan.lee@mail.example"), ("Kenji Mori", "kenji.mori@sakura-robotics.example")], TST)),
    ("interview_scheduled", "Sakura Robotics", "Robotics Software Engineer", N, [("Kenji Mori", "kenji.mori@sakura-robotics.example")], "2026-09-03T10:00:00+09:00", "2026-09-03T11:00:00+09:00", "yuki.tanaka@sakura-robotics.example", "Windows 'Tokyo Standard Time'; HR organiser, interviewer in attendees"), crlf=True)

add('"Kyle Benson" <kyle.benson@lonestar-freight.example>', "Phone screen confirmed", "Mon, 04 May 2026 15:00:00 -0500",
    plain("""Hi Jordan,

Confirmed: I'll give you a call on Friday, May 8 at noon CT for a 30 minute phone screen for the Logistics Analyst opening.

Thanks,
Kyle Benson
Recruiter, Lone Star Freight
Dallas, TX
"""), ("interview_scheduled", "Lone Star Freight", "Logistics Analyst", N, [("Kyle Benson", "kyle.benson@lonestar-freight.example")], "2026-05-08T12:00:00-05:00", "2026-05-08T12:30:00-05:00", "kyle.benson@lonestar-freight.example", "'noon CT'; the sender calls"))

add('"Andrea Salinas" <andrea.salinas@nopalfintech.example>', "Re: Entrevista Ingeniero Backend", "Tue, 11 Aug 2026 17:00:00 -0600",
    plain("""Hola Jordan,

Perfecto, queda confirmada la entrevista con Diego Herrera para mañana a las 12:30 (hora de Ciudad de México). Durará 45 minutos.

Saludos,
Andrea Salinas
Reclutamiento | Nopal Fintech
"""), ("interview_scheduled", "Nopal Fintech", "Ingeniero Backend", N, [("Diego Herrera", N)], "2026-08-12T12:30:00-06:00", "2026-08-12T13:15:00-06:00", "andrea.salinas@nopalfintech.example", "Spanish 'mañana a las 12:30', relative date from the Date header"))

add('"Oliver Grant" <oliver.grant@thamesview.example>', "Second interview - Analytics Engineer", "Fri, 30 Oct 2026 10:00:00 +0000",
    plain("""Hi Jordan,

Thanks for Thursday. We'd like to invite you to a second interview with our CTO, Amara Okafor. Would any of these work?

- Tuesday 3 November, 10:00 GMT
- Wednesday 4 November, 14:00 GMT
- Friday 6 November, 09:30 GMT

Best,
Oliver Grant
Head of Analytics, Thamesview Analytics
"""), ("interview_invitation", "Thamesview Analytics", "Analytics Engineer", N, [], N, N, "oliver.grant@thamesview.example", "three proposed slots, none fixed"))

add('"Vireo Labs" <no-reply@greenhouse-mail.example>', "Reminder: your interview tomorrow", "Wed, 16 Sep 2026 14:00:00 +0000",
    html("""<html><body>
<p>Hi Jordan,</p>
<p>This is a friendly reminder of your interview with Vireo Labs for the <b>Senior Software Engineer</b> role tomorrow, Thursday, September 17, 2026.</p>
<table><tr><td>10:00 AM - 10:45 AM EDT</td><td>Coding - Arjun Mehta</td></tr>
<tr><td>11:00 AM - 11:45 AM EDT</td><td>System design - Sofia Lindqvist</td></tr></table>
<p>Questions? Contact grace.liu@vireolabs.example.</p>
</body></html>
"""), ("interview_scheduled", "Vireo Labs", "Senior Software Engineer", N, [("Arjun Mehta", N), ("Sofia Lindqvist", N)], "2026-09-17T10:00:00-04:00", "2026-09-17T11:45:00-04:00", "grace.liu@vireolabs.example", "HTML-only reminder with an agenda table; no-reply with a contact in the body"),
    extra=[("Auto-Submitted", "auto-generated")])

add('"Sanne de Vries" <sanne.devries@duinstra.example>', "Zoom-uitnodiging: kennismakingsgesprek", "Thu, 19 Mar 2026 11:00:00 +0100",
    plain("""Hoi Jordan,

Leuk dat je opnieuw hebt gesolliciteerd bij Duinstra, nu op de functie Data Engineer! Hierbij de uitnodiging voor het kennismakingsgesprek met mij.

Sanne de Vries is inviting you to a scheduled Zoom meeting.

Topic: Kennismaking Jordan Lee - Data Engineer
Time: Mar 24, 2026 03:00 PM Amsterdam, Berlin, Rome, Stockholm, Vienna

Join Zoom Meeting
https://zoom.example/j/5551234567

Groet,
Sanne de Vries
Recruiter, Duinstra
"""), ("interview_scheduled", "Duinstra", "Data Engineer", N, [("Sanne de Vries", "sanne.devries@duinstra.example")], "2026-03-24T15:00:00+01:00", N, "sanne.devries@duinstra.example", "Zoom's own invitation text with a city-list zone label; recruiter is the interviewer ('met mij')"))

add('"Émilie Gagnon" <emilie.gagnon@verdane.example>', "Changement d'horaire – entretien Ingénieur DevOps", "Fri, 06 Mar 2026 09:30:00 +0100",
    plain("""Bonjour Jordan,

Suite à un imprévu, nous devons déplacer votre entretien du mardi 10 mars à 14h au jeudi 12 mars à 11h (heure de Paris). L'entretien se fera toujours avec Sophie Lambert et durera une heure.

Merci de votre compréhension,
Émilie Gagnon
Chargée de recrutement, Verdane
"""), ("interview_scheduled", "Verdane", "Ingénieur DevOps", N, [("Sophie Lambert", N)], "2026-03-12T11:00:00+01:00", "2026-03-12T12:00:00+01:00", "emilie.gagnon@verdane.example", "French reschedule 'du ... au ...'; the new time is the second"))

add('"Lisa Grant" <lisa.grant@hudsonbay-analytics.example>', "Great meeting you", "Wed, 23 Sep 2026 09:00:00 -0400",
    plain("""Hi Jordan,

Thanks for meeting with Ravi and me yesterday for the Senior Data Analyst role - we really enjoyed the conversation. We're wrapping up interviews this week and will be in touch early next week about next steps.

Best,
Lisa Grant
Director of Analytics, Hudson Bay Analytics
"""), ("other", "Hudson Bay Analytics", "Senior Data Analyst", N, [], N, N, "lisa.grant@hudsonbay-analytics.example", "post-interview note from the interviewer; no decision, no new interview"))

# ---- fifth batch; labels before running ----
MAD = WEU.replace("W. Europe Standard Time", "Europe/Madrid")
add('"Lucía Fernández" <lucia.fernandez@lumbre.example>', "Invitación actualizada: Entrevista técnica @ mar 27 oct 2026 10:00 - 11:00 (CET)", "Wed, 21 Oct 2026 12:00:00 +0200",
    alt("""Hola Jordan,

Hemos movido la entrevista técnica para el puesto de Ingeniero de Plataforma al martes 27 de octubre a las 10:00. Estaremos Javier Ortega y yo.

Un saludo,
Lucía Fernández
Engineering Manager, Lumbre Software
Madrid
""", None, ics("REQUEST", "abc123xyz@google.com", "Entrevista técnica - Jordan Lee", "DTSTART;TZID=Europe/Madrid:20261027T100000", "DTEND;TZID=Europe/Madrid:20261027T110000",
        ("Lucía Fernández", "lucia.fernandez@lumbre.example"), [("Jordan Lee", "jordan.lee@mail.example"), ("Javier Ortega", "javier.ortega@lumbre.example"), ("Lucía Fernández", "lucia.fernandez@lumbre.example")], MAD, seq=2, prodid="-//Google Inc//Google Calendar 70.9054//EN")),
    ("interview_scheduled", "Lumbre Software", "Ingeniero de Plataforma", N, [("Lucía Fernández", "lucia.fernandez@lumbre.example"), ("Javier Ortega", "javier.ortega@lumbre.example")], "2026-10-27T10:00:00+01:00", "2026-10-27T11:00:00+01:00", "lucia.fernandez@lumbre.example", "Google Calendar update (SEQUENCE 2) in Spanish, after EU DST end while the Date header is +0200"))

add('"Calendly" <notifications@calendly.example>', "Canceled: Product Analyst - Intro Call with Priya Raman", "Tue, 31 Mar 2026 15:00:00 +0000",
    plain("""Hi Jordan Lee,

The event below has been canceled.

Event Type: Product Analyst - Intro Call (Quillon Health)
Host: Priya Raman
Event Date/Time: 10:00am - 10:30am (Eastern Time - US & Canada), Thursday, April 2, 2026
Cancellation reason: Scheduling conflict on my side - I'll send you a new link shortly.

Powered by Calendly
"""), ("interview_cancelled", "Quillon Health", "Product Analyst", N, [], N, N, N, "Calendly cancellation from a notifications mailbox; no contact address"),
    extra=[("Auto-Submitted", "auto-generated")])

add('"Katrin Schulz" <katrin.schulz@nordlicht-bank.example>', "Ihr Vertragsangebot – IT-Architekt (m/w/d)", "Tue, 23 Jun 2026 10:00:00 +0200",
    plain("""Guten Tag Jordan Lee,

wir freuen uns sehr, Ihnen die Position als IT-Architekt (m/w/d) bei der Nordlicht Bank anbieten zu können. Den Vertragsentwurf finden Sie im Anhang.

Bitte geben Sie uns bis zum 30. Juni Bescheid.

Freundliche Grüße
Katrin Schulz
Personalabteilung, Nordlicht Bank AG
"""), ("offer", "Nordlicht Bank", "IT-Architekt (m/w/d)", N, [], N, N, "katrin.schulz@nordlicht-bank.example", "German offer: 'Position ... anbieten'"))

add('"Tobias Berg" <tobias.berg@nordlicht-bank.example>', "Ihre Bewerbung – Teamleiter Infrastruktur", "Thu, 16 Jul 2026 11:00:00 +0200",
    plain("""Hallo Jordan,

vielen Dank für die offenen Gespräche der letzten Wochen. Nach reiflicher Überlegung haben wir uns entschieden, den Prozess mit einer anderen Kandidatin fortzusetzen.

Gern gebe ich Ihnen telefonisch Feedback, wenn Sie möchten.

Beste Grüße
Tobias Berg
Teamleiter Infrastruktur, Nordlicht Bank
"""), ("rejection", "Nordlicht Bank", N, N, [], N, N, "tobias.berg@nordlicht-bank.example", "German indirect rejection: 'mit einer anderen Kandidatin fortzusetzen'; the subject role is the sender's own title"))

add('"Marta Sanz" <marta.sanz@ceramicalevante.example>', "Respuesta automática: Proceso de selección Jefe de Proyecto", "Mon, 27 Apr 2026 08:00:00 +0200",
    plain("""Gracias por tu mensaje. Estoy fuera de la oficina hasta el 4 de mayo con acceso limitado al correo. Para asuntos urgentes, escribe a rrhh@ceramicalevante.example.

Marta Sanz
"""), ("other", N, "Jefe de Proyecto", N, [], N, N, "marta.sanz@ceramicalevante.example", "Spanish out-of-office; subject repeats a selection-process subject (role kept, as the shared corpus does for auto-replies)"),
    extra=[("Auto-Submitted", "auto-replied")])

add('"Polderpunt" <no-reply@teamtailor-mail.example>', "Plan je gesprek bij Polderpunt", "Tue, 02 Jun 2026 09:00:00 +0200",
    plain("""Hoi Jordan,

Bedankt voor je sollicitatie op de vacature Product Designer bij Polderpunt. We willen je graag beter leren kennen in een eerste gesprek!

Kies een moment dat jou uitkomt via deze link: https://teamtailor.example/book/pp-19

Groeten,
Team Polderpunt
"""), ("interview_invitation", "Polderpunt", "Product Designer", N, [], N, N, N, "Dutch Teamtailor booking link from a no-reply"))

add('"Mirador Viajes" <noreply@personio.example>', "Hemos recibido tu candidatura", "Thu, 02 Jul 2026 10:00:00 +0200",
    plain("""Hola Jordan,

¡Gracias por tu interés en Mirador Viajes! Hemos recibido tu candidatura para el puesto de Diseñador UX y la revisaremos en los próximos días.

Un saludo,
El equipo de Mirador Viajes
"""), ("application_received", "Mirador Viajes", "Diseñador UX", N, [], N, N, N, "Spanish Personio acknowledgement"))

add('"Felix Braun" <felix@kiezcode.example>', "Interview on Tuesday", "Wed, 10 Jun 2026 17:00:00 +0200",
    plain("""Hi Jordan,

Great to e-meet you! As discussed with Mia, you'll have your technical interview for the Go Developer role with me, our CTO, on Tue 16 June at 14:00 (CEST) via Google Meet. Looking forward to it.

Felix Braun
CTO, Kiezcode
Berlin
"""), ("interview_scheduled", "Kiezcode", "Go Developer", N, [("Felix Braun", "felix@kiezcode.example")], "2026-06-16T14:00:00+02:00", N, "felix@kiezcode.example", "'with me, our CTO'; CEST label; Mia only introduced"))

add('"Jan Hoffmann" <jan.hoffmann@techtalente.example>', "Spannende Position: Senior Java Entwickler (m/w/d)", "Mon, 09 Nov 2026 08:30:00 +0100",
    plain("""Hallo Jordan,

mein Mandant, ein führendes Unternehmen der Logistikbranche in Hamburg, sucht einen Senior Java Entwickler (m/w/d). Hätten Sie Zeit für ein kurzes Telefonat am Donnerstag um 11 Uhr?

Viele Grüße
Jan Hoffmann
Personalberater, TechTalente
"""), ("other", N, "Senior Java Entwickler (m/w/d)", N, [], N, N, "jan.hoffmann@techtalente.example", "German agency outreach for an unnamed client proposing a call"))

add('"Frostbyte Games" <no-reply@frostbyte.example>', "Your Frostbyte Games application", "Fri, 04 Dec 2026 18:00:00 +0000",
    plain("""Hi Jordan,

Thank you for applying for the Technical Artist role. We've reviewed your application carefully and we won't be progressing it further on this occasion.

If you would like feedback, please contact talent@frostbyte.example.

Best wishes,
Frostbyte Games Talent Team
"""), ("rejection", "Frostbyte Games", "Technical Artist", N, [], N, N, "talent@frostbyte.example", "rejection from no-reply; feedback contact in the body"),
    extra=[("Reply-To", "no-reply@frostbyte.example")])

# ---- sixth batch: common English variants; labels before running ----
add('"Chris Nolan" <chris.nolan@westbrook-health.example>', "Update - Data Analyst application", "Tue, 08 Sep 2026 16:00:00 -0400",
    plain("""Hi Jordan,

Thank you for interviewing with us last week. The team was impressed with your SQL skills; however, we've decided to move ahead with a candidate whose experience is a closer match for the role.

I wish you all the best.

Chris Nolan
Analytics Lead, Westbrook Health
"""), ("rejection", "Westbrook Health", "Data Analyst", N, [], N, N, "chris.nolan@westbrook-health.example", "indirect: 'move ahead with a candidate whose experience is a closer match' (singular)"))

add('"Chris Nolan" <chris.nolan@westbrook-health.example>', "Final interview - Data Analyst", "Mon, 24 Aug 2026 10:00:00 -0400",
    plain("""Hi Jordan,

We look forward to moving forward with you! Your final interview is confirmed for Tuesday, September 1 at 1:30 PM ET with our VP of Analytics, Monica Reyes. Plan for 45 minutes.

Chris Nolan
Analytics Lead, Westbrook Health
Boston, MA
"""), ("interview_scheduled", "Westbrook Health", "Data Analyst", N, [("Monica Reyes", N)], "2026-09-01T13:30:00-04:00", "2026-09-01T14:15:00-04:00", "chris.nolan@westbrook-health.example", "'moving forward with you' is positive"))

add('"Priya Shah" <priya.shah@meridian-ops.example>', "Interviews paused - Operations Analyst", "Fri, 16 Oct 2026 12:00:00 +0100",
    plain("""Hi Jordan,

I'm sorry to say the Operations Analyst role has been put on hold due to a budget review, so we're pausing all interviews, including yours on Monday. I'll let you know as soon as the role reopens.

Best,
Priya Shah
Talent Partner, Meridian Ops
London
"""), ("interview_cancelled", "Meridian Ops", "Operations Analyst", N, [], N, N, "priya.shah@meridian-ops.example", "requisition on hold: scheduled interview called off"))

add('"Northpeak" <no-reply@ashbyhq.example>', "Northpeak | Your application", "Wed, 14 Oct 2026 21:00:00 +0000",
    plain("""Hi Jordan,

Thanks for your interest in the Solutions Engineer role at Northpeak. After reviewing your application, we've decided not to move forward at this time.

Please don't reply to this email, as this inbox isn't monitored.

The Northpeak Team
"""), ("rejection", "Northpeak", "Solutions Engineer", N, [], N, N, N, "Ashby no-reply rejection"),
    extra=[("Auto-Submitted", "auto-generated")])

add('"Hannah Moss" <hannah.moss@quayline-energy.example>', "Second interview", "Thu, 16 Jul 2026 09:00:00 +0100",
    plain("""Hi Jordan,

Thanks again for Tuesday. I'm pleased to confirm your second interview on Thursday 23rd July at 2:00pm BST at our Bristol office, with me and our COO, Daniel Price. It will last about an hour.

Hannah

Hannah Moss
Head of Analytics, Quayline Energy
"""), ("interview_scheduled", "Quayline Energy", N, N, [("Hannah Moss", "hannah.moss@quayline-energy.example"), ("Daniel Price", N)], "2026-07-23T14:00:00+01:00", "2026-07-23T15:00:00+01:00", "hannah.moss@quayline-energy.example", "'23rd July', BST, 'with me and our COO, Daniel Price'"))

add('"Westbrook Health" <surveys@westbrook-health.example>', "How was your interview experience?", "Wed, 02 Sep 2026 15:00:00 -0400",
    plain("""Hi Jordan,

Thank you for interviewing with Westbrook Health. We'd love to hear about your candidate experience - the survey takes 2 minutes.

Take the survey: https://survey.example/wh/8812

Westbrook Health Talent Team
"""), ("other", "Westbrook Health", N, N, [], N, N, N, "candidate survey after an interview"))

add('"Omar Haddad" <omar@vireolabs.example>', "Take-home exercise - Platform Engineer", "Mon, 17 Aug 2026 10:00:00 -0400",
    plain("""Hi Jordan,

Thanks for the great conversation! As a next step, please complete the attached take-home exercise for the Platform Engineer role. Please submit it by Friday at 5pm ET; it should take around 3 hours.

Cheers,
Omar Haddad
Talent, Vireo Labs
"""), ("other", "Vireo Labs", "Platform Engineer", N, [], N, N, "omar@vireolabs.example", "take-home with a deadline time"))

# ---- seventh batch: calendar programs' text in other languages; labels before running ----
add('"Schulz, Katrin" <katrin.schulz@nordlicht-bank.example>', "Vorstellungsgespräch IT-Sicherheit", "Mon, 01 Jun 2026 08:30:00 +0200",
    plain("""Guten Tag Jordan Lee,

anbei die Einladung zum Vorstellungsgespräch für die Stelle Security Engineer (m/w/d).

Wann: Dienstag, 9. Juni 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
Wo: Microsoft Teams-Besprechung

Ihr Gesprächspartner ist Herr Dr. Lukas Meyer (CISO).

Freundliche Grüße
Katrin Schulz
Personalabteilung, Nordlicht Bank AG
""", cte="base64"), ("interview_scheduled", "Nordlicht Bank", "Security Engineer (m/w/d)", N, [("Lukas Meyer", N)], "2026-06-09T10:00:00+02:00", "2026-06-09T11:00:00+02:00", "katrin.schulz@nordlicht-bank.example", "German Outlook 'Wann:' block with a (UTC+01:00) label in summer; base64 body; 'Ihr Gesprächspartner ist'"), crlf=True)

add('"Dupont, Élodie" <elodie.dupont@lumina-retail.example>', "Entretien – Responsable Data", "Tue, 02 Jun 2026 14:00:00 +0200",
    plain("""Bonjour Jordan,

Voici les informations pour votre entretien pour le poste de Responsable Data.

Quand : mardi 16 juin 2026 14:30-15:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris
Où : Réunion Microsoft Teams

Vous rencontrerez Camille Roux, VP Data.

Cordialement,
Élodie Dupont
Talent Acquisition | Lumina Retail
""", charset="iso-8859-1", cte="quoted-printable"), ("interview_scheduled", "Lumina Retail", "Responsable Data", N, [("Camille Roux", N)], "2026-06-16T14:30:00+02:00", "2026-06-16T15:30:00+02:00", "elodie.dupont@lumina-retail.example", "French Outlook 'Quand :' block with a winter-offset label in June; Latin-1 QP"))

add('"Lucía Campos" <lucia.campos@brisamar.example>', "Entrevista Desarrollador iOS", "Mon, 15 Jun 2026 10:00:00 +0200",
    plain("""Hola Jordan,

Te paso los datos de la entrevista para el puesto de Desarrollador iOS.

Cuándo: miércoles, 24 de junio de 2026 11:00-12:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París
Dónde: Reunión de Microsoft Teams

Hablarás con Álvaro Gil, CTO de Brisamar.

Un saludo,
Lucía Campos
People & Talent, Brisamar
""", charset="iso-8859-1", cte="8bit"), ("interview_scheduled", "Brisamar", "Desarrollador iOS", N, [("Álvaro Gil", N)], "2026-06-24T11:00:00+02:00", "2026-06-24T12:00:00+02:00", "lucia.campos@brisamar.example", "Spanish Outlook 'Cuándo:' block; raw 8-bit Latin-1"))

add('"Felix Braun (via Google Calendar)" <felix@kiezcode.example>', "Invitation: Kiezcode - Go Developer: pairing session @ Tue Jun 23, 2026 2pm - 3:30pm (CEST) (jordan.lee@mail.example)", "Thu, 18 Jun 2026 12:00:00 +0200",
    plain("""You have been invited to the following event.

Kiezcode - Go Developer: pairing session
When: Tuesday Jun 23, 2026 ⋅ 2pm – 3:30pm (Central European Time - Berlin)
Joining info: meet.example.com/xyz-abcd-efg

Calendar: jordan.lee@mail.example
Who:
* felix@kiezcode.example - organizer
* jordan.lee@mail.example
* mia@kiezcode.example

Invitation from Google Calendar
"""), ("interview_scheduled", "Kiezcode", "Go Developer", N, [("Felix Braun", "felix@kiezcode.example"), ("Mia", "mia@kiezcode.example")], "2026-06-23T14:00:00+02:00", "2026-06-23T15:30:00+02:00", "felix@kiezcode.example", "Google Calendar text-only invitation; 'Central European Time - Berlin' in June is CEST; guest list"))

add('"Giulia Rossi" <giulia.rossi@lagunatech.example>', "Annullato: Colloquio finale - Sviluppatore Go", "Wed, 28 Oct 2026 09:00:00 +0100",
    plain("""Ciao Jordan,

purtroppo devo annullare il colloquio finale di venerdì con Marco Bianchi, che sarà in trasferta. Ti proporrò una nuova data appena possibile.

Scusa per il disagio,
Giulia Rossi
HR Specialist, Laguna Tech
"""), ("interview_cancelled", "Laguna Tech", "Sviluppatore Go", N, [], N, N, "giulia.rossi@lagunatech.example", "Italian cancellation in words, no new time"))

add('"Ipê Seguros" <nao-responda@gupy.example>', "Atualização sobre sua candidatura", "Tue, 14 Apr 2026 11:00:00 -0300",
    plain("""Olá Jordan,

Agradecemos seu interesse na vaga de Analista de Dados na Ipê Seguros. Após análise, informamos que seu perfil não seguirá para as próximas etapas deste processo seletivo.

Desejamos sucesso!
Equipe de Recrutamento Ipê Seguros
"""), ("rejection", "Ipê Seguros", "Analista de Dados", N, [], N, N, N, "Brazilian rejection: 'seu perfil não seguirá para as próximas etapas'"))

# ---- eighth batch: ATS systems, job boards, calendar programs, IT/PT/NL prose dates, messy threads; labels before running ----
add('"Corvane Aerospace" <corvane@myworkday.example>', "Update on your application for Systems Test Engineer", "Tue, 03 Feb 2026 18:22:10 +0000",
    html("""<html><head><style>p{font-family:Arial}</style></head><body>
<table width="640" cellpadding="0"><tr><td><img src="https://cdn.example/corvane-logo.png" alt="Corvane Aerospace"></td></tr>
<tr><td>
<p>Dear Jordan,</p>
<p>Thank you for your interest in the <b>Systems Test Engineer</b> position (JR-77120) at Corvane Aerospace. We appreciate the time you invested in your application.</p>
<p>After reviewing your qualifications, we have decided to move forward with other candidates for this position.</p>
<p>We will keep your profile on file and encourage you to apply for future openings that match your skills.</p>
<p>Sincerely,<br>Corvane Aerospace Talent Acquisition</p>
<hr>
<p style="font-size:9px;color:#777">This email was sent from an unmonitored mailbox. CONFIDENTIALITY NOTICE: This message and any attachments are intended only for the addressee and may contain confidential information. If you received it in error, please delete it.</p>
</td></tr></table></body></html>
"""), ("rejection", "Corvane Aerospace", "Systems Test Engineer", "JR-77120", [], N, N, N, "Workday HTML-only rejection 'move forward with other candidates'; disclaimer footer"),
    extra=[("Auto-Submitted", "auto-generated")])

add('"Halvorsen Maritime Recruiting" <noreply@successfactors.example>', "Halvorsen Maritime: Application Received - Marine Data Scientist (Req ID: 40213)", "Wed, 04 Feb 2026 07:41:55 +0000",
    plain("""Dear Jordan Lee,

Thank you for applying for the Marine Data Scientist position (Requisition ID 40213) at Halvorsen Maritime.

Your application has been received and will be reviewed by our recruitment team. If your qualifications match our requirements, we will contact you to arrange an interview. Due to the high number of applications, only shortlisted candidates will be contacted.

Best regards,
Halvorsen Maritime AS
Recruitment

This is a system-generated message. Please do not reply.
"""), ("application_received", "Halvorsen Maritime", "Marine Data Scientist", "40213", [], N, N, N, "SuccessFactors acknowledgement that mentions arranging an interview if shortlisted"), crlf=True)

add('"Brightmoor Health Careers" <careers.noreply@taleo.example>', "Senior Accountant - Requisition 2600123", "Thu, 05 Feb 2026 20:03:00 +0000",
    plain("""Dear Jordan,

Thank you for interviewing with us for the Senior Accountant position (Requisition 2600123). It was a pleasure to learn more about your background and experience.

While your qualifications are impressive, we have selected another candidate whose experience more closely matches the needs of the role.

We appreciate your interest in Brightmoor Health and wish you every success in your job search.

Brightmoor Health Talent Acquisition

*** This is an automatically generated email, please do not reply ***
"""), ("rejection", "Brightmoor Health", "Senior Accountant", "2600123", [], N, N, N, "Taleo rejection that opens with 'Thank you for interviewing with us'"))

add('"Pinegate Utilities" <pinegate-talent@icims.example>', "Interview Scheduled - Network Engineer (2026-4471)", "Mon, 06 Apr 2026 15:10:00 -0500",
    plain("""Hello Jordan,

Thank you for your interest in Pinegate Utilities! Your interview for the Network Engineer position (Job ID 2026-4471) has been scheduled.

Date: Wednesday, April 15, 2026
Time: 9:00 AM - 10:00 AM Central Time
Location: Microsoft Teams (link to follow)
Interviewers: Dale Hutchins, Network Operations Manager; Rosa Lin, Senior Network Engineer

If you have questions, reply to this message or contact Karen Ostrowski at karen.ostrowski@pinegateutilities.example.

Regards,
Karen Ostrowski
Talent Acquisition Specialist
Pinegate Utilities | Omaha, NE
"""), ("interview_scheduled", "Pinegate Utilities", "Network Engineer", "2026-4471", [("Dale Hutchins", N), ("Rosa Lin", N)], "2026-04-15T09:00:00-05:00", "2026-04-15T10:00:00-05:00", "karen.ostrowski@pinegateutilities.example", "iCIMS notification with Reply-To; 'Central Time' in April is CDT; interviewers in a field with titles"),
    extra=[("Reply-To", '"Karen Ostrowski" <karen.ostrowski@pinegateutilities.example>')])

add('"Kestrel Biotech" <noreply@smartrecruiters.example>', "Update regarding your application - Lab Automation Engineer", "Fri, 20 Feb 2026 16:00:00 +0000",
    plain("""Hi Jordan,

We wanted to give you an update on the Lab Automation Engineer role at Kestrel Biotech. The position has been put on hold for the time being due to changes in our hiring plans.

Your application remains active in our system and we will reach out should the role reopen. Thank you for your patience.

Kestrel Biotech Recruiting
"""), ("other", "Kestrel Biotech", "Lab Automation Engineer", N, [], N, N, N, "requisition on hold, application kept active: not a rejection, no interview to cancel"))

add('"Nadia Petrova" <no-reply@ashbyhq.example>', "Lumenfold - Schedule your technical interview", "Tue, 10 Mar 2026 17:30:00 +0000",
    plain("""Hi Jordan,

Great news - the team would like to move you forward to the technical interview for the Staff Frontend Engineer role!

Please use the link below to choose a time that works for you. The interview will be 60 minutes with two engineers from our Web Platform team.

Schedule here: https://app.ashbyhq.example/interview-schedule/7f3a9c

Available slots are shown in your local time zone.

Best,
Nadia Petrova
Technical Recruiter, Lumenfold
"""), ("interview_invitation", "Lumenfold", "Staff Frontend Engineer", N, [], N, N, "nadia.petrova@lumenfold.example", "Ashby self-scheduling link; duration given but no time"),
    extra=[("Reply-To", "nadia.petrova@lumenfold.example")])

add('"Nadia Petrova" <no-reply@ashbyhq.example>', "Following up - Staff Frontend Engineer", "Thu, 02 Apr 2026 19:12:00 +0000",
    plain("""Hi Jordan,

Thank you so much for taking the time to interview with the Lumenfold team over the past few weeks. Everyone enjoyed meeting you.

Unfortunately, we won't be moving forward with your candidacy for the Staff Frontend Engineer position. This was a difficult decision given the strength of the candidates we met.

I'd be happy to share some feedback if that's helpful - just reply to this email.

All the best,
Nadia Petrova
Technical Recruiter, Lumenfold
"""), ("rejection", "Lumenfold", "Staff Frontend Engineer", N, [], N, N, "nadia.petrova@lumenfold.example", "Ashby rejection after interviews, 'won't be moving forward with your candidacy'; Reply-To recruiter"),
    extra=[("Reply-To", "nadia.petrova@lumenfold.example")])

add('"Tyler Brooks" <no-reply@greenhouse-mail.example>', "Interview Confirmation: Jordan Lee for Site Reliability Engineer at Cindervale", "Tue, 12 May 2026 22:05:00 +0000",
    plain("""Hi Jordan,

Thank you for your interest in Cindervale! Your virtual onsite interview for Site Reliability Engineer is confirmed. Please see the details below:

Monday, May 18, 2026
11:00 AM - 11:45 AM PDT   Systems design with Grace Okoro
11:45 AM - 12:30 PM PDT   Incident response with Mateo Alvarez

Video link: https://zoom.example/j/88812

Please let me know if anything comes up.

Tyler Brooks
Recruiting Coordinator, Cindervale
"""), ("interview_scheduled", "Cindervale", "Site Reliability Engineer", N, [("Grace Okoro", N), ("Mateo Alvarez", N)], "2026-05-18T11:00:00-07:00", "2026-05-18T12:30:00-07:00", "tyler.brooks@cindervale.example", "Greenhouse agenda with 'with NAME' per session; coordinator sends via no-reply + Reply-To"),
    extra=[("Reply-To", '"Tyler Brooks" <tyler.brooks@cindervale.example>')])

add('"Cindervale" <no-reply@hire.lever.example>', "Thanks for applying to Cindervale", "Fri, 24 Apr 2026 03:14:00 +0000",
    plain("""Hi Jordan,

Thank you for your application for the Site Reliability Engineer position at Cindervale.

Our team will review your application and, if there's a match, we'll reach out to schedule an interview. In the meantime, check out our engineering blog: https://cindervale.example/blog

Best,
Cindervale Recruiting Team
"""), ("application_received", "Cindervale", "Site Reliability Engineer", N, [], N, N, N, "Lever acknowledgement that says 'schedule an interview' as a possibility"))

add('"Fietsfabriek Utrecht" <noreply@teamtailor-mail.example>', "Bedankt voor je sollicitatie!", "Mon, 16 Feb 2026 09:03:00 +0100",
    html("""<html><body>
<p>Hoi Jordan,</p>
<p>Bedankt voor je sollicitatie op de vacature <strong>Backend Developer</strong> bij Fietsfabriek Utrecht! We hebben je sollicitatie in goede orde ontvangen.</p>
<p>We bekijken je cv en motivatie zorgvuldig en laten binnen twee weken van ons horen. Als je profiel aansluit, nodigen we je uit voor een kennismakingsgesprek.</p>
<p>Met vriendelijke groet,<br>Team Fietsfabriek Utrecht</p>
<p style="font-size:11px">Powered by Teamtailor</p>
</body></html>
"""), ("application_received", "Fietsfabriek Utrecht", "Backend Developer", N, [], N, N, N, "Dutch Teamtailor HTML-only acknowledgement; mentions a possible 'kennismakingsgesprek'"))

add('"Sanne de Vries" <sanne.devries@grachtdata.example>', "Uitnodiging sollicitatiegesprek Data Analist", "Wed, 04 Mar 2026 10:12:00 +0100",
    plain("""Beste Jordan,

Bedankt voor je sollicitatie. Graag nodigen we je uit voor een eerste gesprek voor de functie Data Analist.

Het gesprek vindt plaats op dinsdag 10 maart om 14.30 uur op ons kantoor aan de Keizersgracht 210 in Amsterdam. Je spreekt met Pieter Bakker (teamleider Data) en mij. We trekken er ongeveer een uur voor uit.

Laat je even weten of dit schikt?

Met vriendelijke groet,

Sanne de Vries
Recruiter | Grachtdata B.V.
Keizersgracht 210, Amsterdam
"""), ("interview_scheduled", "Grachtdata", "Data Analist", N, [("Pieter Bakker", N), ("Sanne de Vries", "sanne.devries@grachtdata.example")], "2026-03-10T14:30:00+01:00", "2026-03-10T15:30:00+01:00", "sanne.devries@grachtdata.example", "Dutch prose 'dinsdag 10 maart om 14.30 uur', 'en mij' makes the sender an interviewer, 'ongeveer een uur'"))

add('"Francesca Conti" <francesca.conti@vellutosoft.example>', "Colloquio conoscitivo - Sviluppatore Backend Java", "Wed, 04 Mar 2026 11:30:00 +0100",
    plain("""Gentile Jordan,

a seguito della Sua candidatura per la posizione di Sviluppatore Backend Java, siamo lieti di invitarLa a un colloquio conoscitivo martedì 10 marzo alle 14:30 presso la nostra sede di Milano, Via Tortona 27.

Il colloquio si terrà con l'Ing. Davide Ferri, responsabile del team di sviluppo, e avrà una durata di circa 45 minuti.

La preghiamo di confermare la Sua presenza rispondendo a questa email.

Cordiali saluti,
Francesca Conti
Ufficio Risorse Umane
Velluto Software S.r.l.

--
Le informazioni contenute in questo messaggio sono riservate e confidenziali. Se avete ricevuto questa email per errore, vi preghiamo di cancellarla e di darne comunicazione al mittente.
""", charset="iso-8859-1", cte="quoted-printable"), ("interview_scheduled", "Velluto Software", "Sviluppatore Backend Java", N, [("Davide Ferri", N)], "2026-03-10T14:30:00+01:00", "2026-03-10T15:15:00+01:00", "francesca.conti@vellutosoft.example", "Italian prose 'martedì 10 marzo alle 14:30', title 'Ing.', 'circa 45 minuti'; Italian disclaimer"))

add('"Inês Carvalho" <ines.carvalho@marnorte.example>', "Entrevista – Engenheiro de Dados", "Wed, 04 Mar 2026 15:45:00 +0000",
    plain("""Olá Jordan,

Obrigada pelo seu interesse na Marnorte Energia. Gostaríamos de confirmar a sua entrevista para a posição de Engenheiro de Dados na terça-feira, 10 de março às 14h30 (hora de Lisboa), por Microsoft Teams.

A entrevista será conduzida pelo Rui Almeida, Diretor de Engenharia, e terá a duração de cerca de uma hora.

Com os melhores cumprimentos,
Inês Carvalho
Talent Acquisition | Marnorte Energia, S.A.
"""), ("interview_scheduled", "Marnorte Energia", "Engenheiro de Dados", N, [("Rui Almeida", N)], "2026-03-10T14:30:00+00:00", "2026-03-10T15:30:00+00:00", "ines.carvalho@marnorte.example", "European Portuguese 'terça-feira, 10 de março às 14h30 (hora de Lisboa)', WET; 'conduzida pelo'"))

add('"Cajueiro Pagamentos" <nao-responda@gupy.example>', "Agendamento de entrevista - Desenvolvedor(a) Full Stack", "Thu, 09 Apr 2026 13:00:00 -0300",
    plain("""Olá, Jordan!

Sua entrevista para a vaga Desenvolvedor(a) Full Stack na Cajueiro Pagamentos foi agendada.

Data: quinta-feira, 16 de abril de 2026
Horário: 10h às 11h (horário de Brasília)
Entrevistadora: Beatriz Nogueira (Tech Lead)
Link: https://meet.example.com/qwe-rtyu-iop

Em caso de dúvidas, fale com a recrutadora Camila Souza: camila.souza@cajueiro.example

Este é um e-mail automático, por favor não responda.
"""), ("interview_scheduled", "Cajueiro Pagamentos", "Desenvolvedor(a) Full Stack", N, [("Beatriz Nogueira", N)], "2026-04-16T10:00:00-03:00", "2026-04-16T11:00:00-03:00", "camila.souza@cajueiro.example", "Gupy no-reply; '10h às 11h (horário de Brasília)'; recruiter contact in body is not the interviewer"))

add('"Oliver Grant" <calendar-notification@google.example>', "Invitation: Fenwick Bank | Jordan Lee - Quant Developer interview @ Thu 23 Apr 2026 16:00 - 17:00 (BST) (jordan.lee@mail.example)", "Fri, 17 Apr 2026 10:20:00 +0000",
    alt("""Fenwick Bank | Jordan Lee - Quant Developer interview
Thursday 23 Apr 2026 ⋅ 16:00 – 17:00
United Kingdom Time

Interview with Oliver Grant (Head of Quant Technology) and Priya Nair (Senior Quant Developer).

Join with Google Meet
meet.example.com/aaa-bbbb-ccc

Guests
Oliver Grant - organiser
Priya Nair
jordan.lee@mail.example
View all guest info

Reply for jordan.lee@mail.example
Yes / No / Maybe / More options

Invitation from Google Calendar
You are receiving this email because you are an attendee of the event.
""", None, ics("REQUEST", "3k2j1h0g9f8e7d6c5b4a@google.example", "Fenwick Bank | Jordan Lee - Quant Developer interview",
        "DTSTART:20260423T150000Z", "DTEND:20260423T160000Z", ("Oliver Grant", "oliver.grant@fenwickbank.example"),
        [("Oliver Grant", "oliver.grant@fenwickbank.example"), ("Priya Nair", "priya.nair@fenwickbank.example"), ("jordan.lee@mail.example", "jordan.lee@mail.example")],
        prodid="-//Google Inc//Google Calendar 70.9054//EN")),
    ("interview_scheduled", "Fenwick Bank", "Quant Developer", N, [("Oliver Grant", "oliver.grant@fenwickbank.example"), ("Priya Nair", "priya.nair@fenwickbank.example")], "2026-04-23T16:00:00+01:00", "2026-04-23T17:00:00+01:00", "oliver.grant@fenwickbank.example", "Google Calendar invitation from a notification mailbox with Reply-To organiser; ICS in UTC; London BST"),
    extra=[("Reply-To", '"Oliver Grant" <oliver.grant@fenwickbank.example>'), ("Sender", "Google Calendar <calendar-notification@google.example>")])

EST_TZ = """BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""
add('"Romero, Alicia" <alicia.romero@tallisinsurance.example>', "Canceled: Interview - Business Analyst", "Wed, 22 Apr 2026 08:05:00 -0400",
    alt("""Hi Jordan,

Apologies - Mark is out sick, so we need to cancel tomorrow's interview. I'll be in touch to find a new time once he's back.

Alicia Romero | HR Generalist | Tallis Insurance Group
T +1 617 555 0142

This e-mail and any attachments may contain confidential information. If you are not the intended recipient, please notify the sender and delete this e-mail.
""", None, ics("CANCEL", "040000008200E00074C5B7101A82E00800000000AA77", "Interview - Business Analyst",
        "DTSTART;TZID=Eastern Standard Time:20260423T100000", "DTEND;TZID=Eastern Standard Time:20260423T110000",
        ("\"Romero, Alicia\"", "alicia.romero@tallisinsurance.example"), [("Jordan Lee", "jordan.lee@mail.example"), ("\"Keane, Mark\"", "mark.keane@tallisinsurance.example")], EST_TZ, seq=1, status="CANCELLED"), method="CANCEL"),
    ("interview_cancelled", "Tallis Insurance Group", "Business Analyst", N, [], N, N, "alicia.romero@tallisinsurance.example", "Outlook METHOD:CANCEL with a note; no new time"), crlf=True)

add('"Emily Zhao" <emily.zhao@harbortide.example>', "Rescheduled: Product Manager interview", "Tue, 05 May 2026 13:40:00 -0400",
    plain("""Hi Jordan,

Sam has a conflict on Thursday, so we need to reschedule your interview. Instead of Thursday, May 7 at 11:00 AM, the new time is Friday, May 8 at 3:00 PM EDT. It's still 45 minutes with Sam Whitaker (Director of Product). Updated Zoom details are below.

Topic: Interview - Jordan Lee / Product Manager
Time: May 8, 2026 03:00 PM Eastern Time (US and Canada)
Join Zoom Meeting
https://zoom.example/j/93457712345?pwd=abc
Meeting ID: 934 5771 2345

Thanks for your flexibility!
Emily Zhao
Recruiter, Harbortide
"""), ("interview_scheduled", "Harbortide", "Product Manager", N, [("Sam Whitaker", N)], "2026-05-08T15:00:00-04:00", "2026-05-08T15:45:00-04:00", "emily.zhao@harbortide.example", "reschedule with old and new time; Zoom block repeats the new time"))

add('"Calendly" <notifications@calendly.example>', "Canceled: Jordan Lee and Ben Carter", "Mon, 01 Jun 2026 17:55:00 +0000",
    plain("""Hi Jordan Lee,

Ben Carter has canceled the following event.

Event Type: 30 Minute Screening (Altamira Robotics)
Event Date/Time: 02:00pm - 02:30pm (Pacific Time - US & Canada), Tuesday, June 2, 2026

Cancellation reason: Scheduling conflict - I will send you a new link shortly.

Sent from Calendly
"""), ("interview_cancelled", "Altamira Robotics", N, N, [], N, N, N, "Calendly cancellation with the old time and a reason; no contact"),
    extra=[("Auto-Submitted", "auto-generated")])

add('"Orchid Health via GoodTime" <scheduling@goodtime.example>', "Please share your availability - Orchid Health", "Mon, 25 May 2026 14:00:00 +0000",
    plain("""Hi Jordan,

Orchid Health would like to schedule your Onsite Interview for the Data Platform Engineer role.

Please share your availability for the following interview:
Onsite Interview (4 hours, virtual)

Submit your availability: https://goodtime.example/availability/4f9e2

Please submit your availability by Friday so we can confirm a time.

Thanks,
Orchid Health Recruiting Team
"""), ("interview_invitation", "Orchid Health", "Data Platform Engineer", N, [], N, N, N, "GoodTime availability request; no time fixed"))

add('"Orchid Health via GoodTime" <scheduling@goodtime.example>', "Interview Confirmed: Onsite Interview - Data Platform Engineer", "Wed, 03 Jun 2026 16:30:00 +0000",
    html("""<html><body>
<h2>Your interview with Orchid Health is confirmed</h2>
<p>Hi Jordan, here are the details of your Onsite Interview for the Data Platform Engineer role.</p>
<p><b>Tuesday, June 9, 2026</b></p>
<table border="1" cellpadding="4">
<tr><th>Time</th><th>Session</th><th>Interviewer</th></tr>
<tr><td>1:00 PM - 1:45 PM ET</td><td>Coding</td><td>Ahmed Farouk</td></tr>
<tr><td>1:45 PM - 2:30 PM ET</td><td>System Design</td><td>Lisa Chen</td></tr>
<tr><td>2:45 PM - 3:30 PM ET</td><td>Hiring Manager</td><td>Robert King</td></tr>
</table>
<p>Video link: https://meet.example.com/orchid-onsite</p>
<p>Questions? Contact your recruiter, Maya Fields.</p>
</body></html>
"""), ("interview_scheduled", "Orchid Health", "Data Platform Engineer", N, [("Ahmed Farouk", N), ("Lisa Chen", N), ("Robert King", N)], "2026-06-09T13:00:00-04:00", "2026-06-09T15:30:00-04:00", "maya.fields@orchidhealth.example", "GoodTime HTML-only agenda table with 'ET'; Reply-To recruiter"),
    extra=[("Reply-To", "maya.fields@orchidhealth.example")])

add('"LinkedIn Job Alerts" <jobalerts-noreply@linkedin.example>', '"data engineer": 12 new jobs in Berlin', "Sat, 07 Mar 2026 06:00:00 +0000",
    plain("""Your job alert for data engineer in Berlin
12 new jobs match your preferences.

Data Engineer
Zalvo · Berlin (Hybrid)
Actively recruiting · Easy Apply

Senior Data Engineer
Kestrel Biotech · Berlin
Be an early applicant

Analytics Engineer (m/w/d)
Sternwarte Media · Berlin (On-site)
3 connections work here

See all jobs: https://linkedin.example/jobs/search

Job search smarter with Premium: see how you compare to other applicants and prepare for interviews.

You are receiving LinkedIn Job Alert emails. Unsubscribe: https://linkedin.example/unsub
"""), ("other", N, N, N, [], N, N, N, "LinkedIn job alert listing several employers; mentions interviews in an upsell"))

add('"Hannah Kim" <hannah.kim@tidemarkpay.example>', "Senior Go Engineer at Tidemark Payments", "Mon, 09 Mar 2026 16:45:00 +0000",
    plain("""Hi Jordan,

I came across your profile on LinkedIn and your work on payment APIs caught my eye. We're hiring a Senior Go Engineer at Tidemark Payments to help build our ledger platform (remote within Europe).

Would you be open to a quick 20-minute chat this week? Let me know a few times that work for you and I'll send an invite.

Best,
Hannah Kim
Senior Technical Recruiter | Tidemark Payments
"""), ("other", "Tidemark Payments", "Senior Go Engineer", N, [], N, N, "hannah.kim@tidemarkpay.example", "in-house recruiter cold outreach (candidate never applied) asking for times"))

add('"Indeed" <indeedapply@indeed.example>', "Your application has been submitted to Meadowlark Foods", "Wed, 11 Mar 2026 14:22:00 +0000",
    plain("""Jordan, your application was sent to Meadowlark Foods.

Supply Chain Analyst
Meadowlark Foods - Columbus, OH

Here's what happens next:
The employer may reach out to you for an interview by email or phone. Track your application status in My Jobs.

Jobs you may be interested in:
Logistics Coordinator - Pinegate Utilities - Omaha, NE
Inventory Analyst - Brightmoor Health - Remote

(c) 2026 Indeed. Do not reply to this email.
"""), ("application_received", "Meadowlark Foods", "Supply Chain Analyst", N, [], N, N, N, "Indeed 'application submitted'; other employers in the suggestions"))

add('"LinkedIn" <jobs-noreply@linkedin.example>', "Your application was viewed by Zalvo", "Fri, 13 Mar 2026 09:10:00 +0000",
    plain("""Jordan, your application was viewed

Data Engineer
Zalvo · Berlin (Hybrid)
Applied 6 days ago

Your application was viewed by the hiring team. This doesn't mean a decision has been made.

See more jobs: https://linkedin.example/jobs
"""), ("other", "Zalvo", "Data Engineer", N, [], N, N, N, "LinkedIn 'application viewed' notification: no decision"))

add('"Cindervale Engineering" <newsletter@cindervale.example>', "Inside Cindervale: your interview is just the beginning", "Tue, 17 Mar 2026 15:00:00 +0000",
    html("""<html><body>
<h1>Inside Cindervale - March</h1>
<p>Hi Jordan,</p>
<p>This month: how we run incident reviews, what our interview process really looks like, and a behind-the-scenes look at our new Lisbon office.</p>
<p><b>Live webinar:</b> Meet the SRE team - Thursday, March 26 at 5:00 PM GMT. Register here.</p>
<p>We're hiring! See open roles at cindervale.example/careers.</p>
<p style="font-size:10px">You are receiving this because you subscribed to Cindervale updates. Unsubscribe.</p>
</body></html>
"""), ("other", "Cindervale", N, N, [], N, N, N, "company newsletter; subject says 'your interview'; webinar with a time"))

add('"Tidemark Payments via HackerRank" <noreply@hackerrank.example>', "Tidemark Payments has invited you to take a coding assessment", "Tue, 05 May 2026 10:00:00 +0000",
    plain("""Hi Jordan,

Tidemark Payments has invited you to take the Senior Go Engineer - Coding Challenge.

Test duration: 90 minutes
Please complete the test by May 12, 2026 11:59 PM CEST.

Start test: https://hackerrank.example/tests/abc123

Good luck!
The HackerRank Team on behalf of Tidemark Payments
"""), ("other", "Tidemark Payments", "Senior Go Engineer", N, [], N, N, N, "coding assessment with a duration and a deadline time"))

add('"Maya Fields" <maya.fields@orchidhealth.example>', "Offer of Employment - Data Platform Engineer", "Fri, 19 Jun 2026 18:00:00 -0400",
    plain("""Hi Jordan,

On behalf of everyone at Orchid Health, I'm delighted to extend an offer for the Data Platform Engineer position! The team was really impressed throughout the interviews.

Please review the attached offer letter, which includes details on compensation, benefits and your proposed start date. I'd be happy to set up a call on Tuesday to walk you through it and answer any questions. The offer is valid until June 26.

Congratulations!
Maya Fields
Senior Recruiter, Orchid Health
"""), ("offer", "Orchid Health", "Data Platform Engineer", N, [], N, N, "maya.fields@orchidhealth.example", "offer mentioning interviews and a call"))

add('"Inês Carvalho" <ines.carvalho@marnorte.example>', "Proposta de emprego – Engenheiro de Dados", "Mon, 23 Mar 2026 12:00:00 +0000",
    plain("""Olá Jordan,

Em nome da Marnorte Energia, temos o prazer de lhe apresentar uma proposta para integrar a nossa equipa como Engenheiro de Dados.

Segue em anexo a carta-proposta com as condições (remuneração, benefícios e data de início). Agradecemos a sua resposta até dia 30 de março.

Parabéns e até breve!
Inês Carvalho
Talent Acquisition | Marnorte Energia, S.A.
"""), ("offer", "Marnorte Energia", "Engenheiro de Dados", N, [], N, N, "ines.carvalho@marnorte.example", "European Portuguese offer 'proposta para integrar a nossa equipa'"))

add('"Camille Lefèvre" <camille.lefevre@lavande-digital.example>', "Proposition d'embauche – Chef de projet digital", "Thu, 16 Apr 2026 17:20:00 +0200",
    plain("""Bonjour Jordan,

Suite à nos différents échanges, nous avons le plaisir de vous proposer le poste de Chef de projet digital en CDI au sein de Lavande Digital.

Vous trouverez ci-joint votre promesse d'embauche. Nous vous remercions de nous faire part de votre décision avant le 24 avril.

Bien cordialement,
Camille Lefèvre
Responsable RH – Lavande Digital
"""), ("offer", "Lavande Digital", "Chef de projet digital", N, [], N, N, "camille.lefevre@lavande-digital.example", "French offer 'nous avons le plaisir de vous proposer le poste'"))

add('"Francesca Conti" <francesca.conti@vellutosoft.example>', "Esito colloquio - Sviluppatore Backend Java", "Mon, 23 Mar 2026 10:00:00 +0100",
    plain("""Gentile Jordan,

La ringraziamo per aver sostenuto il colloquio per la posizione di Sviluppatore Backend Java e per l'interesse dimostrato verso Velluto Software.

Dopo un'attenta valutazione, abbiamo deciso di proseguire con altri candidati il cui profilo risulta più in linea con le esigenze attuali del team.

Le auguriamo il meglio per il Suo percorso professionale.

Cordiali saluti,
Francesca Conti
Ufficio Risorse Umane
Velluto Software S.r.l.
"""), ("rejection", "Velluto Software", "Sviluppatore Backend Java", N, [], N, N, "francesca.conti@vellutosoft.example", "Italian rejection after an interview: 'proseguire con altri candidati'"))

add('"Cajueiro Pagamentos" <nao-responda@gupy.example>', "Retorno sobre o processo seletivo - Desenvolvedor(a) Full Stack", "Thu, 30 Apr 2026 18:00:00 -0300",
    plain("""Olá, Jordan!

Agradecemos por ter participado das entrevistas para a vaga de Desenvolvedor(a) Full Stack na Cajueiro Pagamentos.

Após uma análise cuidadosa, optamos por seguir com outro(a) candidato(a) neste momento. Seu currículo continuará em nosso banco de talentos para futuras oportunidades.

Desejamos muito sucesso!
Time de Talentos Cajueiro Pagamentos

Este é um e-mail automático, por favor não responda.
"""), ("rejection", "Cajueiro Pagamentos", "Desenvolvedor(a) Full Stack", N, [], N, N, N, "Brazilian Gupy rejection after interviews: 'optamos por seguir com outro(a) candidato(a)'"))

add('"Grachtdata" <no-reply@recruitee-mail.example>', "Je sollicitatie bij Grachtdata", "Tue, 17 Mar 2026 16:40:00 +0100",
    plain("""Beste Jordan,

Bedankt voor het gesprek van afgelopen dinsdag en je interesse in de functie Data Analist.

Helaas hebben we besloten om niet verder te gaan met je sollicitatie. We hebben gekozen voor een kandidaat met meer ervaring in de energiesector.

Wil je feedback? Mail gerust naar sanne.devries@grachtdata.example.

Met vriendelijke groet,
Sanne de Vries
Recruiter | Grachtdata B.V.
"""), ("rejection", "Grachtdata", "Data Analist", N, [], N, N, "sanne.devries@grachtdata.example", "Dutch Recruitee rejection from no-reply, human contact in body"))

add('"Sternwarte Media" <no-reply@join.example>', "Absage: Ihre Bewerbung als Frontend Entwickler (m/w/d) bei Sternwarte Media", "Wed, 18 Mar 2026 11:11:00 +0100",
    plain("""Hallo Jordan Lee,

vielen Dank für Ihre Bewerbung als Frontend Entwickler (m/w/d) und Ihr Interesse an Sternwarte Media.

Nach sorgfältiger Prüfung haben wir uns leider entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.

Wir wünschen Ihnen für Ihre weitere Jobsuche viel Erfolg.

Viele Grüße
Ihr Sternwarte Media Team

Diese E-Mail wurde über JOIN versendet. Bitte antworten Sie nicht auf diese E-Mail.
"""), ("rejection", "Sternwarte Media", "Frontend Entwickler (m/w/d)", N, [], N, N, N, "German JOIN rejection, 'Absage' in subject, 'nicht weiter zu berücksichtigen'"))

add('"Camille Lefèvre" <camille.lefevre@boreal-analytique.example>', "Votre candidature – Data Engineer", "Mon, 27 Apr 2026 09:30:00 +0200",
    plain("""Bonjour Jordan,

Nous vous remercions pour l'intérêt que vous portez à Boréal Analytique et pour votre candidature au poste de Data Engineer.

Nous vous informons que le poste a été pourvu. Nous ne sommes donc pas en mesure de donner une suite favorable à votre candidature.

Nous conservons votre CV et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présente.

Cordialement,
Camille Lefèvre
Chargée de recrutement – Boréal Analytique
"""), ("rejection", "Boréal Analytique", "Data Engineer", N, [], N, N, "camille.lefevre@boreal-analytique.example", "French 'le poste a été pourvu' + 'donner une suite favorable'"))

add('"Marta Vidal" <marta.vidal@olivostudio.example>', "Proceso de selección Product Designer", "Thu, 07 May 2026 12:15:00 +0200",
    plain("""Hola Jordan,

Te escribimos para informarte de que el proceso de selección para el puesto de Product Designer en Olivo Studio se ha cerrado y no continuaremos con tu candidatura.

Gracias por el tiempo que has dedicado y por tu interés en formar parte del equipo.

Un abrazo,
Marta Vidal
People, Olivo Studio
"""), ("rejection", "Olivo Studio", "Product Designer", N, [], N, N, "marta.vidal@olivostudio.example", "Spanish 'no continuaremos con tu candidatura'"))

add('"Ridgeway Outdoor" <notifications@bamboohr.example>', "Thanks for applying to Ridgeway Outdoor!", "Mon, 04 May 2026 19:30:00 +0000",
    plain("""Hi Jordan,

Thanks for applying to Ridgeway Outdoor! We've received your application for the Customer Success Manager role and our hiring team will review it soon.

If your experience is a good fit, someone from our team will reach out to set up a phone interview.

Happy trails,
Ridgeway Outdoor Hiring Team
"""), ("application_received", "Ridgeway Outdoor", "Customer Success Manager", N, [], N, N, N, "BambooHR acknowledgement with a conditional phone interview"))

add('"Ridgeway Outdoor" <notifications@bamboohr.example>', "Your application to Ridgeway Outdoor", "Fri, 29 May 2026 20:00:00 +0000",
    plain("""Hi Jordan,

Thank you for applying for the Customer Success Manager role at Ridgeway Outdoor. We wanted to let you know that this position has now been filled.

We appreciate your interest and encourage you to apply for future openings on our careers page.

Regards,
Ridgeway Outdoor Hiring Team
"""), ("rejection", "Ridgeway Outdoor", "Customer Success Manager", N, [], N, N, N, "BambooHR 'this position has now been filled'"))

add('"Fiona MacLeod" <fiona.macleod@thistlecrane.example>', "RE: Interview - Finance Systems Analyst", "Tue, 09 Jun 2026 14:25:00 +0100",
    plain("""Dear Jordan,

Thank you for attending the interview last week and for your patience while we reached a decision.

Unfortunately, on this occasion you have not been successful and we will not be progressing your application further. The panel was impressed with your technical knowledge, but felt other candidates had more experience of SAP implementations.

Kind regards,
Fiona MacLeod
HR Business Partner
Thistle & Crane Ltd, Edinburgh

From: Fiona MacLeod
Sent: 26 May 2026 10:02
To: Jordan Lee
Subject: Interview - Finance Systems Analyst

Dear Jordan,

I am pleased to invite you to interview for the Finance Systems Analyst position on Tuesday 2 June at 11:00am at our Edinburgh office, with myself and Graham Burns (Finance Director). The interview will last around one hour.

Kind regards,
Fiona
"""), ("rejection", "Thistle & Crane", "Finance Systems Analyst", N, [], N, N, "fiona.macleod@thistlecrane.example", "UK 'not been successful ... not be progressing your application'; quotes the old invitation with a time"), crlf=True)

add('"Derek Sun" <derek.sun@brightlinerobotics.example>', "Re: Our call tomorrow", "Wed, 14 Oct 2026 17:05:00 -0700",
    plain("""Hi Jordan,

Unfortunately something came up and I can't do 2pm tomorrow. I've moved our call to 4:00-4:45 PM PT on the same day (Thursday, October 15). Same Zoom link; the updated invite is on its way.

Sorry for the shuffle!
Derek

Derek Sun
Engineering Manager, Brightline Robotics

On Mon, Oct 12, 2026 at 9:14 AM Jordan Lee <jordan.lee@mail.example> wrote:
> Hi Derek, Thursday at 2pm PT works great for me. Looking forward to it!
"""), ("interview_scheduled", "Brightline Robotics", N, N, [("Derek Sun", "derek.sun@brightlinerobotics.example")], "2026-10-15T16:00:00-07:00", "2026-10-15T16:45:00-07:00", "derek.sun@brightlinerobotics.example", "'Unfortunately' in a reschedule; new time by the interviewer; old time in the quote"))

add('"Solstice Games" <noreply@jobvite.example>', "Next steps: Gameplay Programmer at Solstice Games", "Mon, 11 May 2026 21:00:00 +0000",
    plain("""Hi Jordan,

Good news! After reviewing your application for the Gameplay Programmer position, we're happy to move you forward to the next round.

Your recruiter, Kevin Osei (kevin.osei@solsticegames.example), will contact you shortly to find a time for a first interview with the team.

Cheers,
Solstice Games Talent Team
"""), ("interview_invitation", "Solstice Games", "Gameplay Programmer", N, [], N, N, "kevin.osei@solsticegames.example", "Jobvite 'move you forward to the next round', time to be found"))

add('"Lena Hoffmann" <lena.hoffmann@rheinkraft.example>', "Verschiebung Ihres Vorstellungsgesprächs – Senior Java Entwickler (m/w/d)", "Mon, 08 Jun 2026 09:20:00 +0200",
    plain("""Sehr geehrte/r Jordan Lee,

leider müssen wir unser Gespräch am Donnerstag, 11. Juni um 10:00 Uhr verschieben, da Herr Wagner kurzfristig verhindert ist.

Neuer Termin: Freitag, 12. Juni 2026, 15:00–16:00 Uhr
Ort: Microsoft Teams (der Link bleibt gleich)

Ihr Gesprächspartner ist weiterhin Herr Tobias Wagner (Teamleiter Backend).

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Lena Hoffmann
Human Resources
Rheinkraft Software GmbH | Köln
"""), ("interview_scheduled", "Rheinkraft Software", "Senior Java Entwickler (m/w/d)", N, [("Tobias Wagner", N)], "2026-06-12T15:00:00+02:00", "2026-06-12T16:00:00+02:00", "lena.hoffmann@rheinkraft.example", "German reschedule: old time first, 'Neuer Termin' second; 'leider'"))

add('"Mark Evans" <mark@talentbridge.example>', "Fwd: Interview confirmed - Backend Engineer", "Fri, 11 Sep 2026 08:30:00 -0700",
    plain("""Hi Jordan,

Great news - see below, Cobaltwave confirmed your interview. Good luck, and call me afterwards!

Mark Evans
Senior Consultant | TalentBridge Recruiting

---------- Forwarded message ---------
From: Lisa Park <lisa.park@cobaltwave.example>
Date: Thu, Sep 10, 2026 at 4:12 PM
Subject: Interview confirmed - Backend Engineer
To: Mark Evans <mark@talentbridge.example>

Hi Mark,

Thanks for sending Jordan's profile over. We'd like to confirm the interview for the Backend Engineer role on Thursday, September 17 at 10:00 AM PT. Jordan will meet with me and Jon Ito from the platform team for an hour, over Google Meet.

Best,
Lisa Park
Engineering Manager, Cobaltwave
"""), ("interview_scheduled", "Cobaltwave", "Backend Engineer", N, [("Lisa Park", "lisa.park@cobaltwave.example"), ("Jon Ito", N)], "2026-09-17T10:00:00-07:00", "2026-09-17T11:00:00-07:00", "mark@talentbridge.example", "agency forwards the employer's confirmation; interviewers in the forwarded part ('with me and Jon Ito')"))

add('"Ryan Patel" <ryan.patel@halcyonrobotics.example>', "Re: Controls Engineer - intro call", "Mon, 21 Sep 2026 11:02:00 -0400",
    plain("""Perfect, Wednesday at 2 works - talk to you then! I'll call you on the number from your CV.

Ryan

Ryan Patel
Talent Acquisition Lead | Halcyon Robotics
Pittsburgh, PA

-----Original Message-----
From: Jordan Lee <jordan.lee@mail.example>
Sent: Monday, September 21, 2026 10:40 AM
To: Ryan Patel <ryan.patel@halcyonrobotics.example>
Subject: Re: Controls Engineer - intro call

Hi Ryan, Wednesday works best for me.

-----Original Message-----
From: Ryan Patel
Sent: Friday, September 18, 2026 3:15 PM
Subject: Controls Engineer - intro call

Hi Jordan, thanks for applying for the Controls Engineer role at Halcyon Robotics. Could you do a 30-minute intro call with me on Wednesday, September 23 at 2:00 PM ET or Thursday, September 24 at 11:00 AM ET?
"""), ("interview_scheduled", "Halcyon Robotics", "Controls Engineer", N, [("Ryan Patel", "ryan.patel@halcyonrobotics.example")], "2026-09-23T14:00:00-04:00", "2026-09-23T14:30:00-04:00", "ryan.patel@halcyonrobotics.example", "short confirmation 'Wednesday at 2'; the slot and duration are in the quoted Outlook thread"), crlf=True)

add('"Ryan Patel" <calendar-notification@google.example>', "Canceled event: Interview: Controls Engineer - Jordan Lee @ Wed Sep 23, 2026 2pm - 2:30pm (EDT) (jordan.lee@mail.example)", "Tue, 22 Sep 2026 19:40:00 +0000",
    alt("""This event has been canceled and removed from your calendar.

Interview: Controls Engineer - Jordan Lee
Wednesday Sep 23, 2026 ⋅ 2pm – 2:30pm
Eastern Time - New York

Organizer
Ryan Patel

Invitation from Google Calendar
""", None, ics("CANCEL", "9z8y7x6w5v@google.example", "Interview: Controls Engineer - Jordan Lee", "DTSTART:20260923T180000Z", "DTEND:20260923T183000Z",
        ("Ryan Patel", "ryan.patel@halcyonrobotics.example"), [("Jordan Lee", "jordan.lee@mail.example")], seq=1, status="CANCELLED", prodid="-//Google Inc//Google Calendar 70.9054//EN"), method="CANCEL"),
    ("interview_cancelled", N, "Controls Engineer", N, [], N, N, "ryan.patel@halcyonrobotics.example", "Google Calendar cancellation (METHOD:CANCEL) from a notification mailbox with Reply-To; company only in the domain"),
    extra=[("Reply-To", "ryan.patel@halcyonrobotics.example")])

add('"Chiara Esposito" <chiara.esposito@borgoanalytics.example>', "Colloquio tecnico - Data Scientist", "Tue, 08 Sep 2026 12:00:00 +0200",
    alt("""Ciao Jordan,

ti invio l'invito per il colloquio tecnico per la posizione di Data Scientist con Luca Romano (Lead Data Scientist). Io non parteciperò, ma per qualsiasi cosa scrivimi pure.

________________________________________________________________________________
Riunione di Microsoft Teams
Partecipa dal computer, dall'app per dispositivi mobili o dal dispositivo della sala
Fai clic qui per partecipare alla riunione
________________________________________________________________________________

Chiara Esposito
HR Specialist | Borgo Analytics
""", None, ics("REQUEST", "040000008200E00074C5B7101A82E00800000000BB01", "Colloquio tecnico - Data Scientist - Jordan Lee",
        "DTSTART;TZID=W. Europe Standard Time:20260914T110000", "DTEND;TZID=W. Europe Standard Time:20260914T120000",
        ("\"Esposito, Chiara\"", "chiara.esposito@borgoanalytics.example"), [("Jordan Lee", "jordan.lee@mail.example"), ("\"Romano, Luca\"", "luca.romano@borgoanalytics.example")], WEU)),
    ("interview_scheduled", "Borgo Analytics", "Data Scientist", N, [("Luca Romano", "luca.romano@borgoanalytics.example")], "2026-09-14T11:00:00+02:00", "2026-09-14T12:00:00+02:00", "chiara.esposito@borgoanalytics.example", "Italian Teams invitation; organiser will not attend ('Io non parteciperò')"), crlf=True)

add('"Zoe Mitchell" <zoe.mitchell@wattlelabs.example>', "Interview - Mobile Engineer", "Wed, 16 Sep 2026 13:00:00 +1000",
    plain("""Hi Jordan,

Thanks for your time on the phone last week. I'd like to confirm your interview for the Mobile Engineer role on Tuesday 22 September at 9:30am Sydney time.

You'll be speaking with me (Head of Mobile) for about 45 minutes over Zoom; I'll send the link the day before.

Cheers,
Zoe Mitchell
Head of Mobile, Wattle Labs
Surry Hills NSW
"""), ("interview_scheduled", "Wattle Labs", "Mobile Engineer", N, [("Zoe Mitchell", "zoe.mitchell@wattlelabs.example")], "2026-09-22T09:30:00+10:00", "2026-09-22T10:15:00+10:00", "zoe.mitchell@wattlelabs.example", "'Sydney time' as a city name; AEST before the October DST start; 'speaking with me'"))

add('"Kavya Iyer" <kavya.iyer@neelkanth.example>', "Interview schedule: Senior QA Engineer", "Mon, 21 Sep 2026 10:00:00 +0530",
    plain("""Dear Jordan,

Greetings from Neelkanth Systems!

We are pleased to schedule your technical interview for the Senior QA Engineer position on Friday, 25 September 2026 at 11:00 AM IST. The panel will consist of Arjun Mehta (QA Manager) and myself, and the interview will last 1 hour.

Kindly confirm your availability.

Thanks & Regards,
Kavya Iyer
Lead - Talent Acquisition
Neelkanth Systems Pvt. Ltd., Bengaluru
"""), ("interview_scheduled", "Neelkanth Systems", "Senior QA Engineer", N, [("Arjun Mehta", N), ("Kavya Iyer", "kavya.iyer@neelkanth.example")], "2026-09-25T11:00:00+05:30", "2026-09-25T12:00:00+05:30", "kavya.iyer@neelkanth.example", "'IST' means India here (Bengaluru, +0530 Date); 'and myself'"))

add('"Fenwick Bank Early Careers" <events-noreply@fenwickbank.example>', "Invitation: Fenwick Bank Technology Open Evening", "Mon, 05 Oct 2026 09:00:00 +0100",
    alt("""You're invited to the Fenwick Bank Technology Open Evening.

Meet our engineers, learn about our graduate and experienced-hire programmes and get tips for our interview process.

When: Thursday 15 October 2026, 18:00 - 20:00 (London)
Where: Fenwick Bank, 1 Canada Square, London

Add this event to your calendar using the attached invitation.
""", None, ics("REQUEST", "open-evening-2026@fenwickbank.example", "Fenwick Bank Technology Open Evening", "DTSTART:20261015T170000Z", "DTEND:20261015T190000Z",
        ("Fenwick Bank Early Careers", "events-noreply@fenwickbank.example"), [("Jordan Lee", "jordan.lee@mail.example")])),
    ("other", "Fenwick Bank", N, N, [], N, N, N, "event invitation (METHOD:REQUEST) that is not an interview; mentions the interview process"))

add('"Inês Carvalho" <ines.carvalho@marnorte.example>', "Resposta automática: Entrevista – Engenheiro de Dados", "Thu, 05 Mar 2026 08:00:00 +0000",
    plain("""Olá,

Estarei ausente do escritório até dia 9 de março, com acesso limitado ao e-mail. Responderei à sua mensagem assim que possível.

Obrigada,
Inês
"""), ("other", N, "Engenheiro de Dados", N, [], N, N, "ines.carvalho@marnorte.example", "Portuguese out-of-office from a person's mailbox; subject repeats the interview subject"),
    extra=[("Auto-Submitted", "auto-replied")])

add('"Alpenglück Reisen" <noreply@personio.example>', "Einladung zum Kennenlernen – Product Owner (w/m/d)", "Tue, 13 Oct 2026 14:00:00 +0200",
    plain("""Hallo Jordan,

vielen Dank für Ihre Bewerbung als Product Owner (w/m/d) bei Alpenglück Reisen. Ihr Profil hat uns überzeugt und wir würden Sie gerne kennenlernen!

Bitte wählen Sie über den folgenden Link einen passenden Termin für ein erstes Videogespräch (ca. 30 Minuten):
https://alpenglueck.jobs.personio.example/schedule/abc

Bei Fragen erreichen Sie mich unter maria.huber@alpenglueck.example.

Viele Grüße
Maria Huber
People & Culture, Alpenglück Reisen
"""), ("interview_invitation", "Alpenglück Reisen", "Product Owner (w/m/d)", N, [], N, N, "maria.huber@alpenglueck.example", "German Personio booking link from no-reply; contact in body"))

add('"Borgo Analytics" <noreply@inrecruiting.example>', "Conferma ricezione candidatura - Data Engineer", "Wed, 02 Sep 2026 09:45:00 +0200",
    plain("""Gentile Jordan,

grazie per esserti candidato alla posizione di Data Engineer presso Borgo Analytics. Abbiamo ricevuto correttamente la tua candidatura.

Il nostro team valuterà il tuo profilo e, qualora fosse in linea con quanto ricercato, verrai contattato per un colloquio conoscitivo.

Cordiali saluti,
Il team Risorse Umane di Borgo Analytics

Questa è una email generata automaticamente, si prega di non rispondere.
"""), ("application_received", "Borgo Analytics", "Data Engineer", N, [], N, N, N, "Italian acknowledgement that mentions a possible 'colloquio'"))

add('"Corvane Aerospace" <corvane@myworkday.example>', "Interview Scheduled: Flight Software Engineer (JR-78001)", "Thu, 01 Oct 2026 12:00:00 +0000",
    html("""<html><body>
<p>Dear Jordan,</p>
<p>You have been scheduled for an interview for the <b>Flight Software Engineer</b> position (JR-78001) at Corvane Aerospace.</p>
<table>
<tr><td>Interview:</td><td>Phone Screen</td></tr>
<tr><td>Date:</td><td>Oct 6, 2026</td></tr>
<tr><td>Time:</td><td>2:00 PM - 2:30 PM CEST</td></tr>
<tr><td>Interviewer:</td><td>Sophie Laurent</td></tr>
<tr><td>Location:</td><td>Phone</td></tr>
</table>
<p>Please sign in to your candidate home to view the details.</p>
<p>Corvane Aerospace Talent Acquisition</p>
<p style="font-size:9px">This email was sent from an unmonitored mailbox.</p>
</body></html>
"""), ("interview_scheduled", "Corvane Aerospace", "Flight Software Engineer", "JR-78001", [("Sophie Laurent", N)], "2026-10-06T14:00:00+02:00", "2026-10-06T14:30:00+02:00", N, "Workday HTML-only scheduled interview table, 'CEST'; no human contact"))

add('"Ruud Jansen" <ruud.jansen@polderwind.example>', "Gesprek donderdag gaat helaas niet door", "Tue, 20 Oct 2026 16:30:00 +0200",
    plain("""Hoi Jordan,

Vanwege ziekte van onze manager moeten we ons gesprek van donderdag helaas annuleren. Ik neem zo snel mogelijk contact met je op voor een nieuwe afspraak.

Excuses voor het ongemak.

Groet,
Ruud Jansen
Recruiter Data Engineer | Polderwind
"""), ("interview_cancelled", "Polderwind", N, N, [], N, N, "ruud.jansen@polderwind.example", "Dutch cancellation in words, 'helaas', no new time"))

add('"Valeria Torres" <valeria.torres@tecolote.example>', "Entrevista - Ingeniero de Datos Sr.", "Thu, 01 Oct 2026 18:00:00 -0600",
    plain("""Hola Jordan,

Te confirmo tu entrevista para la vacante de Ingeniero de Datos Sr. el martes 6 de octubre a las 17:00 (hora de Ciudad de México), por Google Meet.

Platicarás con Mariana López (Gerente de Ingeniería); la entrevista dura 30 minutos.

Saludos,
Valeria Torres
Reclutamiento | Tecolote Software
"""), ("interview_scheduled", "Tecolote Software", "Ingeniero de Datos Sr.", N, [("Mariana López", N)], "2026-10-06T17:00:00-06:00", "2026-10-06T17:30:00-06:00", "valeria.torres@tecolote.example", "Mexican Spanish 'hora de Ciudad de México' (no DST), 'Platicarás con'"))

add('"Giorgia Marino" <giorgia.marino@orticadigital.example>', "Colloquio per Frontend Developer", "Thu, 01 Oct 2026 10:00:00 +0200",
    plain("""Ciao Jordan,

grazie per la tua candidatura come Frontend Developer in Ortica Digital! Ci piacerebbe conoscerti meglio.

Ti proponiamo le seguenti disponibilità per un primo colloquio:
- giovedì 8 ottobre alle 10:00
- venerdì 9 ottobre alle 15:00

Fammi sapere quale preferisci.

A presto,
Giorgia Marino
Talent Acquisition, Ortica Digital
"""), ("interview_invitation", "Ortica Digital", "Frontend Developer", N, [], N, N, "giorgia.marino@orticadigital.example", "Italian invitation with two proposed slots; nothing fixed"))

add('"Kevin Osei" <kevin.osei@solsticegames.example>', "Thanks for today!", "Thu, 28 May 2026 17:30:00 -0700",
    plain("""Hi Jordan,

Thanks for taking the time to chat with the team today - it was great to hear about your work on the physics system.

We're wrapping up interviews with the remaining candidates this week and I'll be back in touch with next steps by Wednesday.

Have a great weekend,
Kevin Osei
Recruiter, Solstice Games
"""), ("other", "Solstice Games", N, N, [], N, N, "kevin.osei@solsticegames.example", "post-interview note: no decision, mentions other candidates"))

add('"Nordvik Games" <no-reply@recruitee-mail.example>', "Application received: Unity Developer", "Mon, 02 Nov 2026 08:00:00 +0100",
    plain("""Hi Jordan,

Thanks for applying for the Unity Developer position at Nordvik Games! We have received your application.

Here's what our hiring process looks like:
1. Application review (1-2 weeks)
2. Phone interview with a recruiter (30 min)
3. Technical interview with the team (90 min)
4. Final interview and offer

We'll let you know about the next steps as soon as possible.

Nordvik Games Recruitment
"""), ("application_received", "Nordvik Games", "Unity Developer", N, [], N, N, N, "Recruitee acknowledgement that lists interview steps and 'offer'"))

add('"Nordvik Games" <no-reply@recruitee-mail.example>', "Update on your application: Unity Developer", "Wed, 11 Nov 2026 10:00:00 +0100",
    plain("""Hi Jordan,

Thank you for your interest in the Unity Developer position at Nordvik Games. After careful review, we will not be inviting you to interview for this role.

We received many strong applications and we encourage you to apply again in the future.

Kind regards,
Nordvik Games Recruitment
"""), ("rejection", "Nordvik Games", "Unity Developer", N, [], N, N, N, "rejection that says 'will not be inviting you to interview'"))

add('"Laura Bennett" <laura.bennett@greyfriars-consulting.example>', "Decision - Management Consultant", "Fri, 13 Nov 2026 15:00:00 +0000",
    html("""<html><body><div dir="ltr">
<p>Hi Jordan,</p>
<p>Thank you again for interviewing with us for the Management Consultant role at Greyfriars Consulting. I really enjoyed our conversations.</p>
<p>After a lot of deliberation, the team has decided to go in a different direction for this position. I know this isn't the news you were hoping for.</p>
<p>I'd genuinely like to stay in touch, and please don't hesitate to reach out if you'd like feedback.</p>
<p>Warmly,<br>Laura Bennett<br>Partner | Greyfriars Consulting<br>London</p>
<p style="color:#999;font-size:10px">Greyfriars Consulting LLP is registered in England and Wales. This email is confidential.</p>
</div></body></html>
"""), ("rejection", "Greyfriars Consulting", "Management Consultant", N, [], N, N, "laura.bennett@greyfriars-consulting.example", "HTML-only rejection 'go in a different direction' after 'thank you for interviewing'"))

# ---- ninth batch, written after the eighth batch's fixes; labels before running ----
add('"Quartzline" <noreply@workablemail.example>', "Your application for Backend Engineer at Quartzline", "Mon, 02 Nov 2026 14:10:00 +0000",
    plain("""Hi Jordan,

Thank you for your interest in the Backend Engineer position at Quartzline and for the time you spent on your application.

Unfortunately, we have decided not to proceed with your application at this stage. We wish you all the best in your search.

Kind regards,
The Quartzline Hiring Team

Sent with Workable
"""), ("rejection", "Quartzline", "Backend Engineer", N, [], N, N, N, "Workable rejection 'decided not to proceed with your application'"))

add('"Rachel Adeyemi" <rachel.adeyemi@quartzline.example>', "Interview invitation: Backend Engineer - Jordan Lee", "Tue, 03 Nov 2026 09:00:00 +0000",
    alt("""Hi Jordan,

I've sent you a Teams invitation for your technical interview for the Backend Engineer role on Tuesday 10 November, 14:00-15:00 (CET). You'll be speaking with Tomasz Nowak, our Principal Engineer. I won't be joining myself, but I'm your point of contact for anything you need.

Thanks,
Rachel Adeyemi
Talent Partner | Quartzline
""", None, ics("REQUEST", "quartz-int-8812@quartzline.example", "Backend Engineer - Technical interview - Jordan Lee", "DTSTART:20261110T130000Z", "DTEND:20261110T140000Z",
        ("Rachel Adeyemi", "rachel.adeyemi@quartzline.example"), [("Jordan Lee", "jordan.lee@mail.example"), ("Tomasz Nowak", "tomasz.nowak@quartzline.example")])),
    ("interview_scheduled", "Quartzline", "Backend Engineer", N, [("Tomasz Nowak", "tomasz.nowak@quartzline.example")], "2026-11-10T14:00:00+01:00", "2026-11-10T15:00:00+01:00", "rachel.adeyemi@quartzline.example", "Teams-style ICS in UTC; organiser will not join; CET in November"))

add('"Rachel Adeyemi" <rachel.adeyemi@quartzline.example>', "Updated invitation: Backend Engineer - Technical interview - Jordan Lee", "Fri, 06 Nov 2026 16:20:00 +0000",
    alt("""Hi Jordan,

Tomasz had to travel on Tuesday, so I've moved the interview to Thursday 12 November, 10:00-11:00 CET. The Teams link stays the same.

Best,
Rachel
""", None, ics("REQUEST", "quartz-int-8812@quartzline.example", "Backend Engineer - Technical interview - Jordan Lee", "DTSTART:20261112T090000Z", "DTEND:20261112T100000Z",
        ("Rachel Adeyemi", "rachel.adeyemi@quartzline.example"), [("Jordan Lee", "jordan.lee@mail.example"), ("Tomasz Nowak", "tomasz.nowak@quartzline.example")], seq=1)),
    ("interview_scheduled", N, "Backend Engineer", N, [("Tomasz Nowak", "tomasz.nowak@quartzline.example")], "2026-11-12T10:00:00+01:00", "2026-11-12T11:00:00+01:00", "rachel.adeyemi@quartzline.example", "updated invitation (SEQUENCE 1) moving the interview; company only in the domain (label corrected after the first run: null, as the corpus convention says)"))

add('"Daniela Costa" <daniela.costa@ipanema-tech.example>', "Retorno - Engenheira de Software", "Wed, 04 Nov 2026 17:00:00 -0300",
    plain("""Oi Jordan, tudo bem?

Agradeço muito pelo tempo dedicado às nossas conversas. Infelizmente, não poderemos seguir com a sua candidatura para a vaga de Engenheira de Software neste momento.

Fico à disposição para dar um feedback, se quiser.

Abraços,
Daniela Costa
Tech Recruiter | Ipanema Tech
"""), ("rejection", "Ipanema Tech", "Engenheira de Software", N, [], N, N, "daniela.costa@ipanema-tech.example", "Brazilian 'não poderemos seguir com a sua candidatura'"))

add('"Julie Marchand" <julie.marchand@ombelle.example>', "Confirmation entretien – Développeur Python", "Thu, 12 Nov 2026 11:00:00 +0100",
    plain("""Bonjour Jordan,

Je vous confirme votre entretien pour le poste de Développeur Python le jeudi 19 novembre à 10h30, dans nos bureaux (12 rue Oberkampf, Paris). Vous échangerez avec Thomas Girard, CTO, pendant environ une heure.

À bientôt,
Julie Marchand
Chargée de recrutement – Ombelle
"""), ("interview_scheduled", "Ombelle", "Développeur Python", N, [("Thomas Girard", N)], "2026-11-19T10:30:00+01:00", "2026-11-19T11:30:00+01:00", "julie.marchand@ombelle.example", "French 'Vous échangerez avec', 'environ une heure'"))

add('"Petra Klein" <petra.klein@wasserturm-it.example>', "Einladung zum Vorstellungsgespräch", "Wed, 11 Nov 2026 10:30:00 +0100",
    plain("""Sehr geehrte/r Jordan Lee,

vielen Dank für Ihre Bewerbung als Data Engineer (m/w/d). Gerne laden wir Sie zu einem Vorstellungsgespräch am Mittwoch, den 18. November 2026, um 11 Uhr in unser Büro in Leipzig ein.

Ihre Gesprächspartner: Frau Dr. Petra Klein (Leitung Data) und Herr Stefan Vogel (Teamlead). Bitte planen Sie etwa eine Stunde ein.

Mit freundlichen Grüßen
Petra Klein
Wasserturm IT GmbH
"""), ("interview_scheduled", "Wasserturm IT", "Data Engineer (m/w/d)", N, [("Petra Klein", "petra.klein@wasserturm-it.example"), ("Stefan Vogel", N)], "2026-11-18T11:00:00+01:00", "2026-11-18T12:00:00+01:00", "petra.klein@wasserturm-it.example", "German '11 Uhr', 'Ihre Gesprächspartner:' includes the sender; 'etwa eine Stunde'"))

add('"Lotte Visser" <lotte.visser@duinwater.example>', "Je sollicitatie als Product Owner", "Mon, 16 Nov 2026 15:00:00 +0100",
    plain("""Beste Jordan,

Dank je wel voor je sollicitatie als Product Owner bij Duinwater. We hebben veel reacties ontvangen.

Helaas moeten we je laten weten dat we je niet uitnodigen voor een gesprek. Andere kandidaten sloten beter aan bij het profiel.

Veel succes met je zoektocht!

Groet,
Lotte Visser
HR-adviseur, Duinwater
"""), ("rejection", "Duinwater", "Product Owner", N, [], N, N, "lotte.visser@duinwater.example", "Dutch 'niet uitnodigen voor een gesprek'"))

add('"Alessandro Greco" <alessandro.greco@fiumeblu.example>', "Proposta di assunzione - Data Analyst", "Tue, 17 Nov 2026 12:00:00 +0100",
    plain("""Ciao Jordan,

dopo i colloqui delle ultime settimane, siamo lieti di offrirti la posizione di Data Analyst in Fiume Blu. In allegato trovi la lettera con tutti i dettagli dell'offerta.

Fammi sapere se vuoi fissare una chiamata per discuterne.

Un saluto,
Alessandro Greco
HR Manager, Fiume Blu
"""), ("offer", "Fiume Blu", "Data Analyst", N, [], N, N, "alessandro.greco@fiumeblu.example", "Italian offer 'siamo lieti di offrirti la posizione'"))

add('"Brooke Harlan" <brooke.harlan@tallgrass-ag.example>', "Senior Agronomy Data Scientist - update", "Wed, 18 Nov 2026 16:00:00 -0600",
    plain("""Hi Jordan,

I wanted to let you know that we've made the decision to close the Senior Agronomy Data Scientist position and will not be filling it this year. I'm sorry to bring this news after your first conversation with us.

We'll reach out if the role reopens in 2027.

Best,
Brooke Harlan
Talent Acquisition, Tallgrass Ag
Des Moines, IA
"""), ("rejection", "Tallgrass Ag", "Senior Agronomy Data Scientist", N, [], N, N, "brooke.harlan@tallgrass-ag.example", "requisition closed, 'will not be filling it': the application ends"))

add('"Pieter Smit" <pieter@smit-recruitment.example>', "Senior Go Developer - fintech Amsterdam", "Thu, 19 Nov 2026 08:30:00 +0100",
    plain("""Hi Jordan,

I'm recruiting on behalf of my client, a fast-growing fintech in Amsterdam, for a Senior Go Developer. Hybrid, excellent package.

Would you be open to a short call this week? I can share more details about the client and the interview process.

Best regards,
Pieter Smit
Smit Recruitment
"""), ("other", N, "Senior Go Developer", N, [], N, N, "pieter@smit-recruitment.example", "agency outreach for an unnamed client"))

add('"Indeed" <alert@indeed.example>', "15 new Python Developer jobs in Lisbon", "Fri, 20 Nov 2026 07:00:00 +0000",
    html("""<html><body>
<h2>Jobs for you</h2>
<p><b>Python Developer</b><br>Ipanema Tech - Lisbon<br>Easily apply</p>
<p><b>Backend Engineer (Python)</b><br>Quartzline - Remote</p>
<p><b>Data Engineer</b><br>Fiume Blu - Lisbon</p>
<p>See all jobs</p>
<p style="font-size:10px">You are receiving this email because you subscribed to job alerts. Unsubscribe</p>
</body></html>
"""), ("other", N, N, N, [], N, N, N, "Indeed job alert, HTML only"),
    extra=[("List-Unsubscribe", "<https://indeed.example/unsub>")])

add('"Tallgrass Ag Careers" <tallgrass@icims.example>', "Thank you for your application", "Mon, 26 Oct 2026 13:00:00 -0500",
    plain("""Dear Jordan,

Thank you for your interest in the Senior Agronomy Data Scientist position at Tallgrass Ag. We have received your application and our recruiting team will review it.

If you are selected for an interview, a member of our team will contact you directly.

Sincerely,
Tallgrass Ag Talent Acquisition
"""), ("application_received", "Tallgrass Ag", "Senior Agronomy Data Scientist", N, [], N, N, N, "iCIMS acknowledgement with a conditional interview"))

add('"Marcus Webb" <marcus.webb@ironclad-sec.example>', "Zoom interview - Security Engineer", "Thu, 19 Nov 2026 12:00:00 -0600",
    plain("""Hi Jordan,

Looking forward to our chat. Here are the details for your 30-minute screen for the Security Engineer role. You'll be chatting with our VP of Engineering, Ana Flores.

Marcus Webb is inviting you to a scheduled Zoom meeting.

Topic: Security Engineer - Jordan Lee
Time: Nov 24, 2026 09:00 AM Central Time (US and Canada)

Join Zoom Meeting
https://zoom.example/j/81234567890

Marcus Webb
Recruiter, Ironclad Security
"""), ("interview_scheduled", "Ironclad Security", "Security Engineer", N, [("Ana Flores", N)], "2026-11-24T09:00:00-06:00", "2026-11-24T09:30:00-06:00", "marcus.webb@ironclad-sec.example", "Zoom text; 'chatting with our VP of Engineering, Ana Flores'; CST after DST end"))

add('"Ana Flores" <ana.flores@ironclad-sec.example>', "Quick call next week?", "Wed, 02 Dec 2026 10:00:00 -0600",
    plain("""Hi Jordan,

Thanks for the great screen with Marcus! I'd like to set up a second conversation about the Security Engineer role with me and one of our staff engineers.

Would any of these work for you (Central Time)?
- Monday, Dec 7 at 2:00 PM
- Tuesday, Dec 8 at 10:00 AM

Ana Flores
VP of Engineering, Ironclad Security
"""), ("interview_invitation", "Ironclad Security", "Security Engineer", N, [], N, N, "ana.flores@ironclad-sec.example", "two slots offered; nothing fixed"))

add('"Sam Ortiz" <sam.ortiz@friendmail.example>', "good luck!!", "Mon, 23 Nov 2026 20:00:00 -0600",
    plain("""Hey Jordan,

Good luck with the Ironclad interview tomorrow at 9! You've got this. Drinks on Friday to celebrate?

Sam
"""), ("other", N, N, N, [], N, N, "sam.ortiz@friendmail.example", "friend wishing luck; mentions the interview time"))

add('"Olivia Park" <olivia.park@brightpeak.example>', "Friday's interview", "Tue, 17 Nov 2026 09:15:00 -0500",
    plain("""Hi Jordan,

I'm sorry, but we need to cancel Friday's interview for the Mobile Developer role: the position has been put on hold while we review next year's budget. I'll reach out if anything changes.

Apologies for the inconvenience,
Olivia Park
People Operations, Brightpeak
"""), ("interview_cancelled", "Brightpeak", "Mobile Developer", N, [], N, N, "olivia.park@brightpeak.example", "cancellation because the role is on hold"))

add('"Hannes Berger" <hannes.berger@alpinbank.example>', "Ihr Vertragsangebot", "Mon, 30 Nov 2026 14:00:00 +0100",
    plain("""Hallo Jordan,

wir freuen uns sehr, Ihnen die Position als Data Engineer bei der Alpinbank anbieten zu können! Die Unterlagen erhalten Sie in einer separaten E-Mail.

Viele Grüße
Hannes Berger
Personalleiter, Alpinbank AG
"""), ("offer", "Alpinbank", "Data Engineer", N, [], N, N, "hannes.berger@alpinbank.example", "German offer 'Position ... anbieten zu können'"))

add('"Irene Navarro" <irene.navarro@mareazul.example>', "Proceso de selección - Analista BI", "Tue, 24 Nov 2026 13:00:00 +0100",
    plain("""Hola Jordan:

Muchas gracias por participar en las entrevistas para el puesto de Analista BI. Tras valorar tu candidatura, hemos decidido seguir adelante con otra persona para este puesto.

Te deseamos mucha suerte.

Un saludo,
Irene Navarro
RR. HH. – Marea Azul
"""), ("rejection", "Marea Azul", "Analista BI", N, [], N, N, "irene.navarro@mareazul.example", "Spanish 'seguir adelante con otra persona'"))

add('"Northgale Energy" <no-reply@smartrecruiters.example>', "Interview scheduled - Grid Analyst", "Thu, 19 Nov 2026 10:00:00 +0000",
    html("""<html><body>
<p>Dear Jordan,</p>
<p>Your interview for the <b>Grid Analyst</b> position at Northgale Energy has been scheduled.</p>
<p><b>Wednesday, 25 November 2026 | 15:00 - 15:45 (GMT)</b><br>Location: Northgale Energy, 40 Wharf Road, London</p>
<p>You will meet Hugh Pemberton, Head of Grid Analytics.</p>
<p>If you have any questions, please contact careers@northgale.example.</p>
</body></html>
"""), ("interview_scheduled", "Northgale Energy", "Grid Analyst", N, [("Hugh Pemberton", N)], "2026-11-25T15:00:00+00:00", "2026-11-25T15:45:00+00:00", "careers@northgale.example", "SmartRecruiters HTML-only; GMT in November; contact mailbox in the body"))

add('"Brightmoor Health Careers" <careers.noreply@taleo.example>', "Your application status has been updated", "Thu, 26 Nov 2026 18:00:00 +0000",
    plain("""Dear Jordan,

The status of your application for Clinical Data Manager (Requisition 2600877) has been updated.

To view the status of your application, please log in to your candidate profile.

Brightmoor Health Talent Acquisition

*** This is an automatically generated email, please do not reply ***
"""), ("other", "Brightmoor Health", "Clinical Data Manager", "2600877", [], N, N, N, "Taleo status change without the decision in the mail"))

add('"Rita Matos" <rita.matos@alfamapa.example>', "Entrevista presencial – Analista de Sistemas", "Fri, 20 Nov 2026 10:00:00 +0000",
    plain("""Bom dia Jordan,

Na sequência da nossa conversa telefónica, confirmo a entrevista presencial para a função de Analista de Sistemas na quinta-feira, 26 de novembro, às 9h30, nos nossos escritórios em Lisboa (Av. da Liberdade 110).

Estarão presentes a Eng.ª Sofia Pires (Diretora de TI) e eu. A entrevista terá a duração de 45 minutos.

Cumprimentos,
Rita Matos
Recursos Humanos | Alfamapa
"""), ("interview_scheduled", "Alfamapa", "Analista de Sistemas", N, [("Sofia Pires", N), ("Rita Matos", "rita.matos@alfamapa.example")], "2026-11-26T09:30:00+00:00", "2026-11-26T10:15:00+00:00", "rita.matos@alfamapa.example", "European Portuguese 'às 9h30'; 'Estarão presentes a Eng.ª Sofia Pires ... e eu'"))

# ---- tenth batch, written after the ninth batch's fixes: English phrasing variety and safety cases; labels before running ----
add('"Cedar & Finch Careers" <careers@cedarfinch.example>', "Your application to Cedar & Finch", "Tue, 01 Dec 2026 17:00:00 -0500",
    plain("""Dear Jordan,

Thank you for your interest in the Financial Analyst opening at Cedar & Finch and for your patience during our review.

At this time, we will be moving forward with candidates whose qualifications better meet the needs of the position.

We wish you success in your career.

Cedar & Finch Talent Acquisition
"""), ("rejection", "Cedar & Finch", "Financial Analyst", N, [], N, N, N, "generic careers mailbox, no person; 'moving forward with candidates whose'"),
    extra=[("Auto-Submitted", "auto-generated")])

add('"Nina Bauer" <nina.bauer@lumora.example>', "Lumora - UX Researcher", "Wed, 02 Dec 2026 10:00:00 +0100",
    plain("""Hi Jordan,

Thanks for applying for the UX Researcher role. Although your background is impressive, we've decided to focus on other applicants whose experience is closer to what the team needs right now.

Best of luck,
Nina Bauer
Recruiting Lead, Lumora
"""), ("rejection", "Lumora", "UX Researcher", N, [], N, N, "nina.bauer@lumora.example", "'decided to focus on other applicants'"))

add('"Greg Holt" <greg.holt@pallaswind.example>', "Re: Operations Engineer application", "Thu, 03 Dec 2026 14:30:00 +0000",
    plain("""Hi Jordan,

Sadly we won't be taking your application any further this time - the team felt your experience leans more to software than to field operations.

Thanks again for your interest in Pallas Wind.

Greg

Greg Holt
Operations Director, Pallas Wind

On Mon, Nov 30, 2026 at 10:02 AM Jordan Lee <jordan.lee@mail.example> wrote:
> Hi Greg, just checking in on my application for the Operations Engineer role. Is there any news about the interview stage?
"""), ("rejection", "Pallas Wind", "Operations Engineer", N, [], N, N, "greg.holt@pallaswind.example", "'won't be taking your application any further'; the quoted candidate mentions an interview"))

add('"Chloe Ramsey" <chloe.ramsey@vantagepoint.example>', "Interview next week - update", "Fri, 04 Dec 2026 09:30:00 -0800",
    plain("""Hi Jordan,

Unfortunately our hiring manager will be out next week, so we'll need to push your interview for the Solutions Architect role to the week after. I'll send you some new times as soon as I have her calendar.

Sorry for the delay!
Chloe Ramsey
Recruiter, Vantage Point
"""), ("interview_cancelled", "Vantage Point", "Solutions Architect", N, [], N, N, "chloe.ramsey@vantagepoint.example", "interview pushed with no new time; 'unfortunately' is not a rejection"))

add('"Devon Clarke" <devon.clarke@saltmarsh.example>', "Phone screen - Senior Product Designer", "Mon, 07 Dec 2026 12:00:00 -0800",
    plain("""Hi Jordan,

Great to connect! I've booked our phone screen for the Senior Product Designer role on Wednesday, December 9 at 10am Pacific (1pm Eastern for you). I'll call you on the number on your resume; we'll need about 30 minutes.

Talk soon,
Devon Clarke
Design Recruiter, Saltmarsh
San Francisco, CA
"""), ("interview_scheduled", "Saltmarsh", "Senior Product Designer", N, [("Devon Clarke", "devon.clarke@saltmarsh.example")], "2026-12-09T10:00:00-08:00", "2026-12-09T10:30:00-08:00", "devon.clarke@saltmarsh.example", "employer's and candidate's zones; the sender calls"))

add('"Saltmarsh" <no-reply@greenhouse-mail.example>', "Saltmarsh: Please schedule your portfolio review", "Thu, 10 Dec 2026 19:00:00 +0000",
    plain("""Hi Jordan,

Thanks for speaking with Devon! The next step for the Senior Product Designer role is a 60-minute portfolio review with our design team.

Please click the link below to let us know your availability:
https://app.greenhouse.example/scheduling/abc123

Saltmarsh Recruiting
"""), ("interview_invitation", "Saltmarsh", "Senior Product Designer", N, [], N, N, N, "Greenhouse availability request from no-reply"))

add('"Maya Chen" <maya.chen@hexalabs.example>', "Welcome aboard?", "Tue, 15 Dec 2026 16:00:00 -0800",
    plain("""Hi Jordan,

I'm thrilled to let you know that we'd like to bring you on board as our next Staff Engineer! Your formal offer letter, with salary and equity details, will arrive from DocuSign later today.

Let me know when you'd like to chat through it.

Maya Chen
VP Engineering, Hexa Labs
"""), ("offer", "Hexa Labs", "Staff Engineer", N, [], N, N, "maya.chen@hexalabs.example", "'bring you on board' with an offer letter"))

add('"Rheinwerk Energie" <noreply@myworkday.example>', "Ihre Bewerbung bei Rheinwerk Energie - Projektingenieur (m/w/d)", "Mon, 07 Dec 2026 08:00:00 +0100",
    html("""<html><body>
<p>Sehr geehrte/r Jordan Lee,</p>
<p>vielen Dank für Ihr Interesse an Rheinwerk Energie. Wir haben Ihre Unterlagen für die Position <b>Projektingenieur (m/w/d)</b> (Referenz: RE-2026-331) erhalten und werden sie sorgfältig prüfen.</p>
<p>Wir melden uns so bald wie möglich bei Ihnen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team</p>
</body></html>
"""), ("application_received", "Rheinwerk Energie", "Projektingenieur (m/w/d)", "RE-2026-331", [], N, N, N, "German Workday acknowledgement 'Unterlagen ... erhalten', HTML only"))

add('"Femke Jansen" <femke.jansen@zeewind.example>', "Terugkoppeling sollicitatie", "Tue, 08 Dec 2026 11:00:00 +0100",
    plain("""Beste Jordan,

Dank voor je tijd tijdens het gesprek van vorige week. Na zorgvuldige overweging hebben we besloten om met een andere kandidaat verder te gaan voor de functie van Data Engineer.

We wensen je veel succes.

Hartelijke groet,
Femke Jansen
Recruiter | Zeewind
"""), ("rejection", "Zeewind", "Data Engineer", N, [], N, N, "femke.jansen@zeewind.example", "Dutch 'met een andere kandidaat verder te gaan' (order reversed)"))

add('"Service Recrutement" <recrutement@maisonbrune.example>', "Votre candidature – Contrôleur de gestion", "Wed, 09 Dec 2026 15:00:00 +0100",
    plain("""Bonjour,

Après examen attentif de votre candidature au poste de Contrôleur de gestion, nous sommes au regret de vous informer qu'elle n'a pas été retenue.

Nous vous souhaitons pleine réussite dans vos recherches.

Le service Recrutement
Maison Brune
"""), ("rejection", "Maison Brune", "Contrôleur de gestion", N, [], N, N, "recrutement@maisonbrune.example", "French 'au regret ... n'a pas été retenue' from a department mailbox"))

add('"Martina Ricci" <martina.ricci@oliveto.example>', "Aggiornamento candidatura", "Thu, 10 Dec 2026 09:00:00 +0100",
    plain("""Ciao Jordan,

grazie per il tempo dedicato al nostro processo di selezione. Purtroppo la tua candidatura per il ruolo di Product Manager non è stata selezionata per il proseguimento.

Ti auguriamo il meglio,
Martina Ricci
Talent Acquisition, Oliveto
"""), ("rejection", "Oliveto", "Product Manager", N, [], N, N, "martina.ricci@oliveto.example", "Italian 'non è stata selezionata'"))

add('"Ethan Brooks" <ethan.brooks@redcliff.example>', "Interview - Site Reliability Engineer", "Tue, 01 Dec 2026 11:00:00 -0800",
    plain("""Hi Jordan,

Here are the details for your interview.

When: Wednesday, December 9, 2026 3:00 PM-4:00 PM. (UTC-08:00) Pacific Time (US & Canada)
Where: Microsoft Teams Meeting

You'll be meeting with Priya Desai and Omar Shaikh from the infrastructure team.

Ethan Brooks
Technical Recruiter, Redcliff
"""), ("interview_scheduled", "Redcliff", "Site Reliability Engineer", N, [("Priya Desai", N), ("Omar Shaikh", N)], "2026-12-09T15:00:00-08:00", "2026-12-09T16:00:00-08:00", "ethan.brooks@redcliff.example", "Outlook 'When:' block in English; 'meeting with' two names"))

add('"Glassdoor" <noreply@glassdoor.example>', "Jobs you may like + 5 interview tips", "Sat, 12 Dec 2026 06:00:00 +0000",
    plain("""Hi Jordan,

Based on your searches, here are new jobs you may like:

Site Reliability Engineer - Redcliff - Seattle, WA
Platform Engineer - Hexa Labs - Remote

Ace your next interview: 5 questions every hiring manager asks.

Unsubscribe from these emails.
"""), ("other", N, N, N, [], N, N, N, "job-board digest with interview tips"))

add('"Calendly" <notifications@calendly.example>', "Reminder: Hexa Labs intro call with Maya Chen in 24 hours", "Wed, 02 Dec 2026 17:00:00 +0000",
    plain("""Hi Jordan Lee,

This is a friendly reminder that your upcoming event is in 24 hours.

Event: Hexa Labs intro call (Staff Engineer)
Host: Maya Chen
Date/Time: 09:00am - 09:30am (Pacific Time - US & Canada), Thursday, December 3, 2026
Location: Google Meet

Need to make changes? Cancel or reschedule: https://calendly.example/reschedule/xyz
"""), ("interview_scheduled", "Hexa Labs", "Staff Engineer", N, [("Maya Chen", N)], "2026-12-03T09:00:00-08:00", "2026-12-03T09:30:00-08:00", N, "Calendly reminder; host is the interviewer; no contact address"))

add('"Owen Price" <owen.price@caledon.example>', "Phone screen Thursday", "Mon, 07 Dec 2026 10:15:00 +0000",
    plain("""Hi Jordan,

Thanks for your application for the Data Engineer role at Caledon. I'll give you a ring on Thursday at 4:30pm GMT for a 20-minute chat about your experience - shout if that doesn't work.

Cheers,
Owen Price
Talent Partner, Caledon
Edinburgh
"""), ("interview_scheduled", "Caledon", "Data Engineer", N, [("Owen Price", "owen.price@caledon.example")], "2026-12-10T16:30:00+00:00", "2026-12-10T16:50:00+00:00", "owen.price@caledon.example", "'I'll give you a ring on Thursday', weekday only, sender calls"))

add('"Anika Sorensen" <anika@nordlink-talent.example>', "Interview confirmed: Hexa Robotics", "Thu, 10 Dec 2026 13:00:00 +0100",
    plain("""Hi Jordan,

Good news: your interview with Hexa Robotics is confirmed for Tuesday 15 December at 11:00 CET, at their Copenhagen office. You'll meet their CTO, Lars Jensen, for about an hour.

Let me know how it goes!

Anika Sorensen
Senior Consultant, Nordlink Talent
"""), ("interview_scheduled", "Hexa Robotics", N, N, [("Lars Jensen", N)], "2026-12-15T11:00:00+01:00", "2026-12-15T12:00:00+01:00", "anika@nordlink-talent.example", "agency confirms the client's interview; employer named"))

add('"Pallas Wind" <no-reply@teamtailor-mail.example>', "We've received your withdrawal", "Fri, 11 Dec 2026 09:00:00 +0000",
    plain("""Hi Jordan,

We've received your request to withdraw your application for the Wind Technician role at Pallas Wind. Your application has been removed from our process.

Thanks for your interest and good luck!
Pallas Wind
"""), ("other", "Pallas Wind", "Wind Technician", N, [], N, N, N, "confirmation of the candidate's own withdrawal"))

add('"Laura Kim" <laura.kim@brightpath.example>', "Next steps", "Mon, 14 Dec 2026 15:00:00 -0500",
    plain("""Hi Jordan,

Thank you for interviewing with us last week! The team enjoyed meeting you and we'd love to invite you to a final round with our CEO. Could you share a few times that work for you between January 5 and January 8?

Best,
Laura Kim
Head of People, Brightpath
"""), ("interview_invitation", "Brightpath", N, N, [], N, N, "laura.kim@brightpath.example", "'thank you for interviewing with us' opening a positive invitation"))

add('"Laura Kim" <laura.kim@brightpath.example>', "Final interview confirmed", "Wed, 16 Dec 2026 12:00:00 -0500",
    plain("""Hi Jordan,

Thanks for sending your availability - you're confirmed for Wednesday, January 6 at 2:00 PM ET with our CEO, Mark Ellison. Plan for about 45 minutes. We're in the 5th-floor office at 200 Summer St, Boston.

Best,
Laura Kim
Head of People, Brightpath
"""), ("interview_scheduled", "Brightpath", N, N, [("Mark Ellison", N)], "2027-01-06T14:00:00-05:00", "2027-01-06T14:45:00-05:00", "laura.kim@brightpath.example", "year rolls over; EST in January"))

add('"Tomas Novak" <tomas.novak@vltava-soft.example>', "Interview on Thursday - cancelled", "Tue, 08 Dec 2026 08:00:00 +0100",
    plain("""Hi Jordan,

I'm afraid we have to call off Thursday's interview - we have decided to close the Backend Developer position for now, following a reorganisation. I'm sorry for the short notice.

Kind regards,
Tomas Novak
HR Manager, Vltava Soft
"""), ("rejection", "Vltava Soft", "Backend Developer", N, [], N, N, "tomas.novak@vltava-soft.example", "interview called off because the position is closed: the application ends (rejection, not a pause)"))

# ---- eleventh batch, written after the tenth batch's fixes: threads, HTML, offers/rejections in words not yet seen; labels before running ----
add('"Kira Mendes" <no-reply@greenhouse-mail.example>', "Following up on your interviews with Solvent Labs", "Mon, 11 Jan 2027 18:00:00 +0000",
    html("""<html><body>
<p>Hi Jordan,</p>
<p>Thank you for taking the time to interview with Solvent Labs for the Machine Learning Engineer position. We really appreciated getting to know you.</p>
<p>After much consideration, the team has chosen to pursue a candidate whose experience more closely aligns with the current needs of the role.</p>
<p>We'd be glad to stay in touch about future openings.</p>
<p>Best,<br>Kira Mendes<br>Recruiting, Solvent Labs</p>
</body></html>
"""), ("rejection", "Solvent Labs", "Machine Learning Engineer", N, [], N, N, "kira.mendes@solventlabs.example", "HTML-only Greenhouse rejection 'chosen to pursue a candidate whose'; Reply-To recruiter"),
    extra=[("Reply-To", "kira.mendes@solventlabs.example")])

add('"Tim Walsh" <tim.walsh@glenmore-retail.example>', "Your application - Merchandise Planner", "Tue, 12 Jan 2027 09:00:00 +0000",
    plain("""Hi Jordan,

Thanks for your application for the Merchandise Planner role. Unfortunately, your profile doesn't quite match what we're looking for at the moment, so we won't take it further.

All the best with your search,
Tim Walsh
Talent Manager, Glenmore Retail
"""), ("rejection", "Glenmore Retail", "Merchandise Planner", N, [], N, N, "tim.walsh@glenmore-retail.example", "'profile doesn't quite match what we're looking for'"))

add('"Sabine Krüger" <sabine.krueger@elbtal-systems.example>', "Ihre Bewerbung als Cloud Architekt (m/w/d)", "Wed, 13 Jan 2027 14:00:00 +0100",
    plain("""Sehr geehrte/r Jordan Lee,

vielen Dank für Ihr Interesse an Elbtal Systems und das freundliche Gespräch.

Leider können wir Ihnen keine Zusage geben. Wir haben uns für eine Person entschieden, deren Erfahrung noch besser zu unseren Anforderungen passt.

Mit freundlichen Grüßen
Sabine Krüger
Personal, Elbtal Systems GmbH
"""), ("rejection", "Elbtal Systems", "Cloud Architekt (m/w/d)", N, [], N, N, "sabine.krueger@elbtal-systems.example", "German 'keine Zusage' (Zusage alone means an offer)"))

add('"Rocío Paredes" <rocio.paredes@cumbre-digital.example>', "Tu candidatura - Desarrolladora Android", "Thu, 14 Jan 2027 11:00:00 +0100",
    plain("""Hola Jordan,

Gracias por tu interés en Cumbre Digital. Hemos revisado tu perfil con detenimiento y, por ahora, no encaja con lo que buscamos para la posición de Desarrolladora Android.

Guardaremos tu CV para futuras vacantes.

Saludos,
Rocío Paredes
Talento, Cumbre Digital
"""), ("rejection", "Cumbre Digital", "Desarrolladora Android", N, [], N, N, "rocio.paredes@cumbre-digital.example", "Spanish 'tu perfil no encaja con lo que buscamos'"))

WEU2 = WEU
add('"Meijer, Anouk" <anouk.meijer@polderlicht.example>', "Tweede gesprek - Data Scientist", "Mon, 01 Feb 2027 10:00:00 +0100",
    alt("""Hoi Jordan,

Hierbij de uitnodiging voor het tweede gesprek voor de functie Data Scientist, met Jeroen de Wit (CTO). Zelf ben ik er niet bij.

________________________________________________________________________________
Microsoft Teams-vergadering
Deelnemen op uw computer, mobiele app of apparaat in de ruimte
________________________________________________________________________________

Groet,
Anouk Meijer
Recruiter | Polderlicht
""", None, ics("REQUEST", "040000008200E00074C5B7101A82E00800000000CC11", "Tweede gesprek Data Scientist - Jordan Lee",
        "DTSTART;TZID=W. Europe Standard Time:20270209T150000", "DTEND;TZID=W. Europe Standard Time:20270209T160000",
        ("\"Meijer, Anouk\"", "anouk.meijer@polderlicht.example"), [("Jordan Lee", "jordan.lee@mail.example"), ("\"Wit, Jeroen de\"", "jeroen.dewit@polderlicht.example")], WEU2)),
    ("interview_scheduled", "Polderlicht", "Data Scientist", N, [("Jeroen de Wit", "jeroen.dewit@polderlicht.example")], "2027-02-09T15:00:00+01:00", "2027-02-09T16:00:00+01:00", "anouk.meijer@polderlicht.example", "Dutch Teams invitation; organiser not present ('Zelf ben ik er niet bij'); 'Wit, Jeroen de' CN"), crlf=True)

add('"Harbourline Bank" <no-reply@hire.lever.example>', "Interview Confirmation - Risk Analyst", "Tue, 12 Jan 2027 16:00:00 +0000",
    html("""<html><body>
<p>Hi Jordan,</p>
<p>Your interview for <b>Risk Analyst</b> at Harbourline Bank is confirmed.</p>
<table>
<tr><td>Date</td><td>Thursday, January 21, 2027</td></tr>
<tr><td>Time</td><td>10:00 AM – 11:00 AM GMT</td></tr>
<tr><td>Interviewers</td><td>Sarah Doyle, Head of Credit Risk; Ben Asante, Senior Risk Analyst</td></tr>
<tr><td>Location</td><td>25 Canada Square, London</td></tr>
</table>
<p>Reply to this email with any questions.</p>
</body></html>
"""), ("interview_scheduled", "Harbourline Bank", "Risk Analyst", N, [("Sarah Doyle", N), ("Ben Asante", N)], "2027-01-21T10:00:00+00:00", "2027-01-21T11:00:00+00:00", "nell.hughes@harbourlinebank.example", "Lever HTML-only table; Reply-To coordinator; interviewers in one cell"),
    extra=[("Reply-To", '"Nell Hughes" <nell.hughes@harbourlinebank.example>')])

add('"Fiona Grant" <fiona.grant@thistledown.example>', "Re: Intro chat - Analytics Engineer", "Fri, 15 Jan 2027 10:30:00 +0000",
    plain("""Tuesday works for me - I've sent you a calendar invite for our chat. Speak then!

Fiona

Fiona Grant | Head of Data | Thistledown

On Thu, 14 Jan 2027 at 17:02, Jordan Lee <jordan.lee@mail.example> wrote:
> Hi Fiona,
> Thanks for getting in touch about the Analytics Engineer role. I could do Tuesday 19th at 3pm or Wednesday 20th at 10am (UK time), for the 30 minutes you mentioned.
> Best, Jordan
"""), ("interview_scheduled", "Thistledown", "Analytics Engineer", N, [("Fiona Grant", "fiona.grant@thistledown.example")], "2027-01-19T15:00:00+00:00", "2027-01-19T15:30:00+00:00", "fiona.grant@thistledown.example", "the sender picks the candidate's quoted slot by weekday; 'our chat'"))

add('"Oscar Lindqvist" <oscar.lindqvist@fjellbyte.example>', "Onsite?", "Mon, 18 Jan 2027 13:00:00 +0100",
    plain("""Hi Jordan,

The team loved your take-home! We'd love to have you in for an onsite with four of our engineers. Which of the following days would suit you best: Tuesday 26 January or Wednesday 27 January? It takes about four hours.

Oscar Lindqvist
Engineering Manager, Fjellbyte
Stockholm
"""), ("interview_invitation", "Fjellbyte", N, N, [], N, N, "oscar.lindqvist@fjellbyte.example", "two days offered, no time fixed"))

add('"Torres, Lucía" <lucia.torres@riscoiberia.example>', "Cancelado: Entrevista Analista de Riesgos", "Tue, 19 Jan 2027 09:00:00 +0100",
    alt("""Hola Jordan,

Lamentablemente tenemos que cancelar la entrevista del jueves. Te escribiré para proponer una nueva fecha.

Un saludo,
Lucía Torres
Selección | Risco Iberia
""", None, ics("CANCEL", "040000008200E00074C5B7101A82E00800000000DD22", "Entrevista Analista de Riesgos",
        "DTSTART;TZID=Romance Standard Time:20270121T100000", "DTEND;TZID=Romance Standard Time:20270121T110000",
        ("\"Torres, Lucía\"", "lucia.torres@riscoiberia.example"), [("Jordan Lee", "jordan.lee@mail.example")], seq=2, status="CANCELLED"), method="CANCEL"),
    ("interview_cancelled", "Risco Iberia", "Analista de Riesgos", N, [], N, N, "lucia.torres@riscoiberia.example", "Spanish Outlook METHOD:CANCEL; 'Lamentablemente' is not a rejection"))

add('"Jana Weiß" <jana.weiss@spreeport.example>', "Termin am Freitag", "Wed, 20 Jan 2027 16:00:00 +0100",
    plain("""Hallo Jordan,

leider müssen wir den Termin am Freitag für das Vorstellungsgespräch als Backend Entwickler absagen, da unser Teamleiter erkrankt ist. Ich melde mich mit einem neuen Terminvorschlag.

Viele Grüße
Jana Weiß
HR, Spreeport
"""), ("interview_cancelled", "Spreeport", "Backend Entwickler", N, [], N, N, "jana.weiss@spreeport.example", "German 'Termin ... absagen' is a cancellation, not a rejection ('Absage')"))

add('"Bruna Lima" <bruna.lima@jacaranda-tech.example>', "Proposta - Analista de Dados Sênior", "Thu, 21 Jan 2027 15:00:00 -0300",
    plain("""Oi Jordan!

Temos o prazer de oferecer a você a vaga de Analista de Dados Sênior na Jacarandá Tech. Em anexo estão os detalhes da proposta (salário, benefícios e data de início).

Podemos conversar amanhã para tirar dúvidas?

Abraço,
Bruna Lima
People, Jacarandá Tech
"""), ("offer", "Jacarandá Tech", "Analista de Dados Sênior", N, [], N, N, "bruna.lima@jacaranda-tech.example", "Brazilian offer 'Temos o prazer de oferecer a você a vaga'"))

add('"Recruitment Team" <recruitment@northshire.gov.example>', "Outcome of interview - Senior Data Officer (NC-2291)", "Fri, 22 Jan 2027 12:00:00 +0000",
    plain("""Dear Jordan Lee,

Post: Senior Data Officer (NC-2291)

I am delighted to confirm that, following your interview on 18 January, the panel has recommended you for appointment to the post, subject to satisfactory references and pre-employment checks.

Your contract will follow in a separate letter.

Yours sincerely,
Recruitment Team
Northshire County Council
"""), ("offer", "Northshire County Council", "Senior Data Officer", "NC-2291", [], N, N, "recruitment@northshire.gov.example", "UK public-sector conditional offer 'recommended you for appointment'"))

add('"Borgo Analytics" <noreply@inrecruiting.example>', "Candidatura inviata - Data Engineer", "Mon, 25 Jan 2027 09:00:00 +0100",
    plain("""Ciao Jordan,

la tua candidatura per la posizione di Data Engineer è stata inviata con successo. Il team HR la esaminerà nei prossimi giorni.

Grazie per l'interesse,
Borgo Analytics
"""), ("application_received", "Borgo Analytics", "Data Engineer", N, [], N, N, N, "Italian 'candidatura ... inviata con successo'"))

add('"Nell Hughes" <nell.hughes@harbourlinebank.example>', "Preparing for your interview", "Mon, 18 Jan 2027 11:00:00 +0000",
    plain("""Hi Jordan,

Ahead of your interview, here are a few tips: the panel will use competency-based questions, so examples in the STAR format work well. Please bring photo ID for reception.

Good luck!
Nell Hughes
Recruitment Coordinator, Harbourline Bank
"""), ("other", "Harbourline Bank", N, N, [], N, N, "nell.hughes@harbourlinebank.example", "interview preparation tips without a time"))

add('"Priya Menon" <priya.menon@friendmail.example>', "Referred you!", "Tue, 26 Jan 2027 20:00:00 +0000",
    plain("""Hey Jordan,

I've referred you for the Data Engineer opening on my team at Zalvo - you should get an email from our recruiter soon about an interview. Fingers crossed!

Priya
"""), ("other", N, N, N, [], N, N, "priya.menon@friendmail.example", "a friend's referral mentioning a future interview"))

add('"Orchid Health People Team" <people@orchidhealth.example>', "Next step: background check", "Mon, 29 Jun 2026 14:00:00 -0400",
    plain("""Hi Jordan,

Congratulations again on accepting our offer! To complete your onboarding, please fill in the background check form by Friday.

Thanks,
Orchid Health People Team
"""), ("other", "Orchid Health", N, N, [], N, N, "people@orchidhealth.example", "onboarding after an accepted offer: not an offer"))

add('"Javier Molina" <javier.molina@levante-data.example>', "Invitación: Entrevista técnica - Jordan Lee @ mar 19 ene 2027 10:00 - 11:00 (CET)", "Thu, 14 Jan 2027 12:00:00 +0100",
    plain("""Has recibido una invitación para el siguiente evento.

Entrevista técnica - Ingeniero de Datos
martes, 19 de enero de 2027⋅10:00 – 11:00
Hora estándar de Europa central - Madrid

Unirse con Google Meet: meet.example.com/tec-nica-abc

Invitados:
* javier.molina@levante-data.example - organizador
* jordan.lee@mail.example
* ines.prieto@levante-data.example

Invitación de Google Calendar
"""), ("interview_scheduled", N, "Ingeniero de Datos", N, [("Javier Molina", "javier.molina@levante-data.example"), ("Ines Prieto", "ines.prieto@levante-data.example")], "2027-01-19T10:00:00+01:00", "2027-01-19T11:00:00+01:00", "javier.molina@levante-data.example", "Spanish Google Calendar text-only invitation with a guest list; the company is named only in domains (null)"))

add('"Callum Reid" <callum.reid@thistledown.example>', "Thursday", "Mon, 18 Jan 2027 08:45:00 +0000",
    plain("""Hi Jordan,

Just confirming Thursday 21st January at 9.30am at our Glasgow office for your second interview for the Analytics Engineer role. You'll be meeting me and Fiona for around an hour.

Callum Reid
Analytics Lead, Thistledown
"""), ("interview_scheduled", "Thistledown", "Analytics Engineer", N, [("Callum Reid", "callum.reid@thistledown.example"), ("Fiona", N)], "2027-01-21T09:30:00+00:00", "2027-01-21T10:30:00+00:00", "callum.reid@thistledown.example", "'9.30am' with no zone (UK, Date +0000); 'meeting me and Fiona' (no surname in this message)"))

add('"Solvent Labs" <noreply@hirevue.example>', "Complete your video interview for Solvent Labs", "Mon, 04 Jan 2027 15:00:00 +0000",
    plain("""Hi Jordan,

Solvent Labs has invited you to complete an on-demand video interview for the Machine Learning Engineer position. You can record your answers at any time before Friday, January 8 at 11:59 PM GMT. It takes about 20 minutes.

Start your interview: https://hirevue.example/start/xyz

Good luck!
"""), ("other", "Solvent Labs", "Machine Learning Engineer", N, [], N, N, N, "one-way recorded video interview with a deadline: an assessment, no meeting"))

# ---- twelfth batch, written after the eleventh batch's fixes: safety traps (words of one kind in another); labels before running ----
add('"Zalvo News" <news@zalvo.example>', "Zalvo update: office closure and new roles", "Mon, 01 Feb 2027 09:00:00 +0100",
    plain("""Hello from Zalvo!

We regret to inform you that our Berlin office will be closed on Monday 8 February for maintenance. Events planned that day move to the following week.

We're hiring: Data Engineer, Analytics Engineer and more on our careers page.

You are receiving this newsletter because you signed up at zalvo.example. Unsubscribe.
"""), ("other", "Zalvo", N, N, [], N, N, N, "company newsletter with 'we regret to inform you'"),
    extra=[("List-Unsubscribe", "<https://zalvo.example/unsub>")])

add('"Grace Liu" <grace.liu@copperleaf.example>', "Re: Remote options - Backend Engineer", "Tue, 02 Feb 2027 10:00:00 -0800",
    plain("""Hi Jordan,

Unfortunately we are unable to offer fully remote work for this role, but hybrid (two days in the office) is possible. Your interview on Thursday, February 4 at 2:00 PM PT with Sam Ortega still stands - see you then!

Grace Liu
Recruiter, Copperleaf
"""), ("interview_scheduled", "Copperleaf", "Backend Engineer", N, [("Sam Ortega", N)], "2027-02-04T14:00:00-08:00", N, "grace.liu@copperleaf.example", "'unfortunately ... unable to offer' about remote work; interview still stands"))

add('"Jordan Lee" <jordan.lee@mail.example>', "Thank you - Backend Engineer interview", "Thu, 04 Feb 2027 18:00:00 -0800",
    plain("""Hi Sam,

Thank you for taking the time to interview me today for the Backend Engineer role at Copperleaf. I enjoyed our conversation about the payments platform.

Best regards,
Jordan Lee
"""), ("other", N, N, N, [], N, N, N, "the owner's own thank-you note (sent copy)"), to='"Sam Ortega" <sam.ortega@copperleaf.example>')

add('"Mila Novak" <mila.novak@quartzline.example>', "Interview confirmed - Frontend Engineer", "Wed, 03 Feb 2027 09:30:00 +0100",
    plain("""Hi Jordan,

Your interview for the Frontend Engineer role is confirmed for Wednesday 10 February at 15:00 CET, with our Head of Frontend, Ivo Petrov, for one hour.

If you need to cancel or reschedule, please let us know at least 24 hours in advance. Unfortunately parking at the office is limited, so public transport is best.

Mila Novak
Talent Partner, Quartzline
"""), ("interview_scheduled", "Quartzline", "Frontend Engineer", N, [("Ivo Petrov", N)], "2027-02-10T15:00:00+01:00", "2027-02-10T16:00:00+01:00", "mila.novak@quartzline.example", "conditional 'if you need to cancel' and 'unfortunately' about parking"))

add('"Hexa Labs Recruiting" <recruiting@hexalabs.example>', "Sorry to see you go", "Fri, 05 Feb 2027 17:00:00 -0800",
    plain("""Hi Jordan,

We're sorry to hear that you've decided to decline our offer for the Staff Engineer position, but we understand and respect your decision.

We wish you all the best and hope our paths cross again.

Hexa Labs Recruiting
"""), ("other", "Hexa Labs", "Staff Engineer", N, [], N, N, "recruiting@hexalabs.example", "acknowledges the candidate declining an offer: no offer, no rejection"))

add('"Sam Ortiz" <sam.ortiz@friendmail.example>', "Fwd: Your application", "Sat, 06 Feb 2027 11:00:00 -0600",
    plain("""Ugh, can you believe this? Third one this month.

---------- Forwarded message ---------
From: Tallgrass Ag <no-reply@icims.example>
Date: Fri, Feb 5, 2027 at 4:00 PM
Subject: Your application
To: Sam Ortiz <sam.ortiz@friendmail.example>

Dear Sam,

After careful review, we have decided to move forward with other candidates for the Field Agronomist position.

Tallgrass Ag Talent Acquisition
"""), ("other", N, N, N, [], N, N, "sam.ortiz@friendmail.example", "a friend forwards their own rejection"))

add('"Viktor Hale" <viktor.hale@brassfield.example>', "Congratulations - you're shortlisted!", "Mon, 08 Feb 2027 10:00:00 +0000",
    plain("""Hi Jordan,

Congratulations, you've been shortlisted for the Quantitative Analyst role at Brassfield! We'll be in touch this week to schedule your first interview.

Best,
Viktor Hale
Talent Lead, Brassfield
"""), ("interview_invitation", "Brassfield", "Quantitative Analyst", N, [], N, N, "viktor.hale@brassfield.example", "shortlisted, interview to be scheduled"))

add('"Ana Ruiz" <ana.ruiz@terrasol.example>', "Data Analyst opportunity", "Tue, 09 Feb 2027 12:00:00 +0100",
    plain("""Hi Jordan,

Are you still interested in the Data Analyst role at Terrasol you applied for in December? If so, we'd like to set up a short call with our analytics lead next week.

Best regards,
Ana Ruiz
HR Business Partner, Terrasol
"""), ("interview_invitation", "Terrasol", "Data Analyst", N, [], N, N, "ana.ruiz@terrasol.example", "checks interest and proposes a call; no time"))

add('"Sam Ortega" <sam.ortega@copperleaf.example>', "Thanks for today", "Thu, 04 Feb 2027 17:30:00 -0800",
    plain("""Hi Jordan,

Thanks for your time on Thursday at 2pm - I enjoyed our chat about the payments platform. Grace will be in touch about next steps soon.

Sam Ortega
Engineering Manager, Copperleaf
"""), ("other", "Copperleaf", N, N, [], N, N, "sam.ortega@copperleaf.example", "post-interview thanks quoting the past interview time"))

add('"Grace Liu" <grace.liu@copperleaf.example>', "Re: Feedback", "Wed, 17 Feb 2027 09:00:00 -0800",
    plain("""Hi Jordan,

Of course - happy to share some feedback. The panel liked your system design, but felt you had less hands-on experience with Kafka than the other finalists. Focusing on event streaming would strengthen future applications.

Best,
Grace

On Tue, Feb 16, 2027 at 8:00 AM Jordan Lee <jordan.lee@mail.example> wrote:
> Hi Grace, thanks for letting me know. Would you be able to share any feedback?
>
> On Mon, Feb 15, 2027 Grace Liu wrote:
>> Unfortunately we have decided to move forward with another candidate for the Backend Engineer role.
"""), ("other", N, "Backend Engineer", N, [], N, N, "grace.liu@copperleaf.example", "feedback after a rejection; the rejection is only in the quoted thread; company only in the domain (label corrected after the first run: null)"))

add('"Elena Greco" <elena.greco@vesuvio-tech.example>', "Promemoria colloquio", "Wed, 10 Feb 2027 16:00:00 +0100",
    plain("""Ciao Jordan,

ti ricordo il colloquio di domani alle 10:00 per la posizione di Backend Developer, in videochiamata con Paolo Esposito. La durata prevista è di 45 minuti.

A domani,
Elena Greco
HR, Vesuvio Tech
"""), ("interview_scheduled", "Vesuvio Tech", "Backend Developer", N, [("Paolo Esposito", N)], "2027-02-11T10:00:00+01:00", "2027-02-11T10:45:00+01:00", "elena.greco@vesuvio-tech.example", "Italian reminder 'domani alle 10:00', relative date; 'con Paolo Esposito'"))

add('"Daan Bos" <daan.bos@grachtdata.example>', "Gesprek morgen", "Wed, 10 Feb 2027 17:00:00 +0100",
    plain("""Hoi Jordan,

Helaas kan ik morgen toch niet. Kunnen we het gesprek verzetten naar vrijdag om 14:00 of maandag om 10:00? Laat maar weten wat jou het beste uitkomt.

Groet,
Daan Bos
Teamleider Data, Grachtdata
"""), ("interview_invitation", "Grachtdata", N, N, [], N, N, "daan.bos@grachtdata.example", "Dutch: the interviewer cannot make it and proposes two new slots (nothing fixed)"))

add('"Zalvo Talent" <talent@zalvo.example>', "Your interview is confirmed - and an update", "Thu, 11 Feb 2027 10:00:00 +0100",
    plain("""Hi Jordan,

We had confirmed your interview for Monday 15 February at 11:00 for the Analytics Engineer role. Unfortunately, the position has since been filled internally, so we have to cancel it. We're sorry for the inconvenience and will keep your profile for future roles.

Zalvo Talent Team
"""), ("rejection", "Zalvo", "Analytics Engineer", N, [], N, N, "talent@zalvo.example", "confirmed interview cancelled because the role was filled internally: the application ends"))

add('"Ironclad Security" <no-reply@greenhouse-mail.example>', "Thanks for letting us know", "Fri, 12 Feb 2027 15:00:00 -0600",
    plain("""Hi Jordan,

Thanks for letting us know that you'd like to withdraw from the process for the Security Engineer role. We've cancelled your upcoming interview on Tuesday.

Best of luck,
Ironclad Security Recruiting
"""), ("other", "Ironclad Security", "Security Engineer", N, [], N, N, N, "the candidate withdrew; the employer confirms and cancels the interview"))

add('"Lukas Brenner" <lukas.brenner@alpenwerk.example>', "Ihr Gespräch am Dienstag", "Thu, 11 Feb 2027 11:00:00 +0100",
    plain("""Hallo Jordan,

hiermit bestätige ich unser Gespräch am Dienstag, 16. Februar um 9:30 Uhr per Teams. Falls Sie absagen müssen, geben Sie mir bitte kurz Bescheid.

Sie sprechen mit mir und unserer CTO, Frau Eva Lindner. Wir planen etwa 60 Minuten ein.

Beste Grüße
Lukas Brenner
Head of Engineering, Alpenwerk
"""), ("interview_scheduled", "Alpenwerk", N, N, [("Lukas Brenner", "lukas.brenner@alpenwerk.example"), ("Eva Lindner", N)], "2027-02-16T09:30:00+01:00", "2027-02-16T10:30:00+01:00", "lukas.brenner@alpenwerk.example", "German confirmation with a conditional 'absagen'; 'mit mir und unserer CTO, Frau Eva Lindner'"))

add('"Brightpath Careers" <careers@brightpath.example>', "We received your application", "Mon, 15 Feb 2027 08:00:00 -0500",
    plain("""Hi Jordan,

We received your application for the Product Analyst role. Unfortunately, due to the volume of applications we receive, we are not able to respond to every candidate individually. If your experience matches, we will reach out within two weeks.

Brightpath Careers
"""), ("application_received", "Brightpath", "Product Analyst", N, [], N, N, "careers@brightpath.example", "acknowledgement with 'unfortunately ... not able to respond'; reply_to corrected after the first run to the careers mailbox, as labels 194 and 236 give a department mailbox"))

add('"Ethan Brooks" <ethan.brooks@redcliff.example>', "Your interview - new panel member", "Mon, 07 Dec 2026 10:00:00 -0800",
    plain("""Hi Jordan,

Quick update for Wednesday: Omar can no longer join, so you'll meet Priya Desai and Chen Wu instead. The time stays the same, Wednesday, December 9 at 3:00 PM PT, for an hour.

Ethan Brooks
Technical Recruiter, Redcliff
"""), ("interview_scheduled", "Redcliff", N, N, [("Priya Desai", N), ("Chen Wu", N)], "2026-12-09T15:00:00-08:00", "2026-12-09T16:00:00-08:00", "ethan.brooks@redcliff.example", "panel change: Omar 'can no longer join' is not an interviewer"))

add('"Nadia Petrova" <nadia.petrova@lumenfold.example>', "Quick question", "Mon, 22 Feb 2027 10:00:00 +0000",
    plain("""Hi Jordan,

We have a new Senior Frontend Engineer opening and I immediately thought of you after your interviews with us last year. Would you be interested in chatting about it? If so, just let me know a couple of times that suit you this week.

Best,
Nadia Petrova
Technical Recruiter, Lumenfold
"""), ("interview_invitation", "Lumenfold", "Senior Frontend Engineer", N, [], N, N, "nadia.petrova@lumenfold.example", "former employer's recruiter asks for times about a new opening"))

# ---- thirteenth batch, written after all fixes: an ordinary mix, not aimed at known gaps; labels before running ----
add('"Bluepine" <no-reply@greenhouse-mail.example>', "Your application to Bluepine", "Mon, 01 Mar 2027 19:00:00 +0000",
    plain("""Hi Jordan,

Thank you for your interest in Bluepine and for applying to the Platform Engineer role. We've reviewed your application carefully, and unfortunately we won't be moving forward at this time.

We'll keep your details on file and may reach out if a better match opens up.

Best,
The Bluepine Recruiting Team
"""), ("rejection", "Bluepine", "Platform Engineer", N, [], N, N, N, "Greenhouse rejection from no-reply"))

add('"Rosa Delgado" <no-reply@hire.lever.example>', "Interview confirmed: Data Engineer at Sundial", "Tue, 09 Mar 2027 17:00:00 +0000",
    alt("""Hi Jordan,

Your interview for Data Engineer at Sundial is confirmed. You'll meet Kenji Sato (Staff Data Engineer) on Google Meet.

See the calendar invitation for details.

Rosa Delgado
Recruiting Coordinator, Sundial
""", None, ics("REQUEST", "lever-77a1@sundial.example", "Sundial - Data Engineer interview with Kenji Sato", "DTSTART:20270316T170000Z", "DTEND:20270316T174500Z",
        ("Rosa Delgado", "rosa.delgado@sundial.example"), [("Jordan Lee", "jordan.lee@mail.example"), ("Kenji Sato", "kenji.sato@sundial.example")], prodid="-//Google Inc//Google Calendar 70.9054//EN")),
    ("interview_scheduled", "Sundial", "Data Engineer", N, [("Kenji Sato", "kenji.sato@sundial.example")], "2027-03-16T10:00:00-07:00", "2027-03-16T10:45:00-07:00", "rosa.delgado@sundial.example", "Lever confirmation with ICS in UTC (17:00Z is 10:00 PDT after the US change); coordinator organises; Reply-To coordinator"),
    extra=[("Reply-To", "rosa.delgado@sundial.example")])

add('"Harrowgate Insurance" <harrowgate@myworkday.example>', "Application received - Actuarial Analyst (JR-4410)", "Wed, 03 Mar 2027 21:00:00 +0000",
    html("""<html><body>
<p>Dear Jordan,</p>
<p>Thank you for applying to the <b>Actuarial Analyst</b> position (JR-4410) at Harrowgate Insurance. Your application has been successfully submitted.</p>
<p>We will review your qualifications and contact you if there is a match.</p>
<p>Harrowgate Insurance Talent Acquisition</p>
</body></html>
"""), ("application_received", "Harrowgate Insurance", "Actuarial Analyst", "JR-4410", [], N, N, N, "Workday acknowledgement, HTML only"))

add('"Leah Morgan" <leah.morgan@tidepoint.example>', "Next step - Product Manager", "Thu, 04 Mar 2027 15:00:00 -0500",
    plain("""Hi Jordan,

Thanks for the great chat yesterday! The next step for the Product Manager role is a 30-minute call with our hiring manager, Dev Patel. Could you send me a few times that work for you next week?

Thanks,
Leah Morgan
Recruiter, Tidepoint
"""), ("interview_invitation", "Tidepoint", "Product Manager", N, [], N, N, "leah.morgan@tidepoint.example", "asks for times; interviewer named"))

add('"Calendly" <notifications@calendly.example>', "New Event: Jordan Lee - 08:30am Wed, Mar 10, 2027 - Screening call (Marlow Robotics)", "Fri, 05 Mar 2027 14:00:00 +0000",
    plain("""Hi Jordan Lee,

A new event has been scheduled.

Event Type: Screening call (Marlow Robotics)
Host: Tessa Quinn
Invitee: Jordan Lee
Event Date/Time: 08:30am - 09:00am (Eastern Time - US & Canada), Wednesday, March 10, 2027
Location: Zoom

Need to make changes to this event? Cancel or reschedule: https://calendly.example/c/abc
"""), ("interview_scheduled", "Marlow Robotics", N, N, [("Tessa Quinn", N)], "2027-03-10T08:30:00-05:00", "2027-03-10T09:00:00-05:00", N, "Calendly confirmation before the US DST change (EST)"))

add('"Owen Fischer" <owen.fischer@marlowrobotics.example>', "Controls Engineer - decision", "Fri, 19 Mar 2027 16:00:00 -0400",
    plain("""Hi Jordan,

Thank you for spending the day with us last week. I'm sorry to let you know that we've decided to offer the Controls Engineer role to another candidate. It was a close call.

If it's helpful, I'm happy to share feedback over a quick call.

Owen Fischer
Engineering Manager, Marlow Robotics
"""), ("rejection", "Marlow Robotics", "Controls Engineer", N, [], N, N, "owen.fischer@marlowrobotics.example", "'offer the role to another candidate' after a final round"))

add('"Heidelmann AG" <noreply@personio.example>', "Ihre Bewerbung als Data Analyst (m/w/d)", "Mon, 08 Mar 2027 10:00:00 +0100",
    plain("""Hallo Jordan Lee,

vielen Dank für Ihre Bewerbung und Ihr Interesse an der Heidelmann AG.

Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben.

Wir wünschen Ihnen alles Gute.

Ihr Heidelmann Recruiting-Team
"""), ("rejection", "Heidelmann", "Data Analyst (m/w/d)", N, [], N, N, N, "German Personio rejection"))

add('"Claire Bernard" <claire.bernard@aubepine.example>', "Notre rendez-vous de jeudi", "Mon, 08 Mar 2027 11:00:00 +0100",
    plain("""Bonjour Jordan,

Je vous confirme notre rendez-vous le jeudi 11 mars à 14h dans nos locaux de Lyon, pour le poste de Responsable produit. Vous rencontrerez Marc Dubois, Directeur technique.

Bien à vous,
Claire Bernard
RH – Aubépine
"""), ("interview_scheduled", "Aubépine", "Responsable produit", N, [("Marc Dubois", N)], "2027-03-11T14:00:00+01:00", N, "claire.bernard@aubepine.example", "French 'Je vous confirme notre rendez-vous ... à 14h'"))

add('"Pinar Solar" <rrhh@pinarsolar.example>', "Hemos recibido tu candidatura", "Tue, 09 Mar 2027 09:00:00 +0100",
    plain("""Hola Jordan,

Hemos recibido tu candidatura para el puesto de Técnico de Datos. Nuestro equipo la revisará y te contactaremos si tu perfil encaja con lo que buscamos.

Un saludo,
Equipo de RR. HH.
Pinar Solar
"""), ("application_received", "Pinar Solar", "Técnico de Datos", N, [], N, N, "rrhh@pinarsolar.example", "Spanish acknowledgement with a conditional 'si tu perfil encaja'"))

add('"LinkedIn" <messages-noreply@linkedin.example>', "Sarah Lee sent you a message", "Wed, 10 Mar 2027 13:00:00 +0000",
    plain("""Sarah Lee
Senior Recruiter at Bluepine

Hi Jordan, I'm recruiting for a Staff Platform Engineer role at Bluepine and your background looks like a great fit. Open to a chat?

View message: https://linkedin.example/messaging/abc

You are receiving InMail notification emails. Unsubscribe
"""), ("other", "Bluepine", "Staff Platform Engineer", N, [], N, N, N, "LinkedIn InMail notification from an in-house recruiter; no-reply"))

add('"Ines Duarte" <ines.duarte@sundial.example>', "Offer - Data Engineer", "Mon, 22 Mar 2027 12:00:00 -0700",
    plain("""Hi Jordan,

We're excited to offer you the position of Data Engineer at Sundial! Your offer letter is attached; please review it and let us know by March 29.

Congratulations!
Ines Duarte
Head of Talent, Sundial
"""), ("offer", "Sundial", "Data Engineer", N, [], N, N, "ines.duarte@sundial.example", "plain English offer"))

add('"Leah Morgan" <leah.morgan@tidepoint.example>', "Moving our interview?", "Tue, 16 Mar 2027 10:00:00 -0400",
    plain("""Hi Jordan,

Dev has a conflict on Thursday. Could we move your interview from Thursday at 2pm to Friday at 11am ET instead? Let me know if that works.

Leah
"""), ("interview_invitation", N, N, N, [], N, N, "leah.morgan@tidepoint.example", "proposes a new time and asks; nothing fixed; the company is named only in the domain (null)"))

add('"Dev Patel" <dev.patel@tidepoint.example>', "Tomorrow's call", "Wed, 17 Mar 2027 18:00:00 -0400",
    plain("""Hi Jordan,

I'm sorry, I need to cancel our call tomorrow - something urgent came up. Leah will send you a new invite for next week.

Dev Patel
Director of Product, Tidepoint
"""), ("interview_cancelled", "Tidepoint", N, N, [], N, N, "dev.patel@tidepoint.example", "cancellation of a call by the interviewer; no new time"))

add('"Marcus Hale" <marcus.hale@greyharbor.example>', "Interview: Backend Developer - Jordan Lee", "Thu, 11 Mar 2027 09:00:00 -0500",
    alt("""Hi Jordan,

Sending over the Teams invite for your technical interview for the Backend Developer role. I'll run the session together with Aisha Bello from my team.

Marcus Hale
Engineering Manager | Greyharbor
""", None, ics("REQUEST", "040000008200E00074C5B7101A82E00800000000EE33", "Interview: Backend Developer - Jordan Lee",
        "DTSTART;TZID=Eastern Standard Time:20270317T130000", "DTEND;TZID=Eastern Standard Time:20270317T140000",
        ("\"Hale, Marcus\"", "marcus.hale@greyharbor.example"), [("Jordan Lee", "jordan.lee@mail.example"), ("\"Bello, Aisha\"", "aisha.bello@greyharbor.example")], EST_TZ)),
    ("interview_scheduled", "Greyharbor", "Backend Developer", N, [("Marcus Hale", "marcus.hale@greyharbor.example"), ("Aisha Bello", "aisha.bello@greyharbor.example")], "2027-03-17T13:00:00-04:00", "2027-03-17T14:00:00-04:00", "marcus.hale@greyharbor.example", "Teams ICS with 'Eastern Standard Time' after the US change (EDT); organiser interviews"))

add('"Welcome to the Jungle" <alerts@wttj.example>', "Nouvelles offres : Product Manager à Lyon", "Fri, 12 Mar 2027 07:00:00 +0100",
    plain("""Bonjour Jordan,

Voici les nouvelles offres qui correspondent à votre alerte :

Product Manager - Aubépine - Lyon
Product Owner - Lavande Digital - Paris

Voir toutes les offres

Vous recevez cet e-mail car vous avez créé une alerte emploi. Se désabonner.
"""), ("other", N, N, N, [], N, N, N, "French job alert"))

add('"Amir Khan" <amir.khan@greyharbor.example>', "Technical exercise - Backend Developer", "Mon, 01 Mar 2027 10:00:00 -0500",
    plain("""Hi Jordan,

As discussed, please find attached the technical exercise for the Backend Developer role. We'd ask you to return it within five days; it should take about three hours.

Thanks,
Amir Khan
Talent Partner, Greyharbor
"""), ("other", "Greyharbor", "Backend Developer", N, [], N, N, "amir.khan@greyharbor.example", "take-home exercise"))

add('"Marcus Hale" <marcus.hale@greyharbor.example>', "Automatic reply: Interview follow-up", "Thu, 18 Mar 2027 08:00:00 -0400",
    plain("""I'm out of the office until March 22 with limited access to email. For urgent matters please contact amir.khan@greyharbor.example.
"""), ("other", N, N, N, [], N, N, "marcus.hale@greyharbor.example", "out-of-office from the interviewer"),
    extra=[("Auto-Submitted", "auto-replied")])

add('"Lumenway" <no-reply@smartrecruiters.example>', "Update on your application", "Tue, 16 Mar 2027 20:00:00 +0000",
    html("""<html><body>
<p>Hi Jordan,</p>
<p>Thank you for applying for the <b>Site Reliability Engineer</b> position at Lumenway. After reviewing your profile, we will not be moving forward with your application.</p>
<p>We wish you every success.</p>
<p>Lumenway Talent Team</p>
</body></html>
"""), ("rejection", "Lumenway", "Site Reliability Engineer", N, [], N, N, N, "SmartRecruiters HTML rejection"))

add('"Carolina Mendes" <carolina.mendes@ipe-digital.example>', "Confirmação de entrevista", "Wed, 10 Mar 2027 14:00:00 -0300",
    plain("""Olá Jordan,

Sua entrevista para a vaga de Engenheiro de Dados está confirmada para segunda-feira, 15/03, às 16h, por Google Meet. Você conversará com o gestor da área, Felipe Ramos. A conversa dura cerca de 1 hora.

Abraços,
Carolina Mendes
Recrutadora, Ipê Digital
"""), ("interview_scheduled", "Ipê Digital", "Engenheiro de Dados", N, [("Felipe Ramos", N)], "2027-03-15T16:00:00-03:00", "2027-03-15T17:00:00-03:00", "carolina.mendes@ipe-digital.example", "Brazilian numeric '15/03, às 16h'; 'conversará com o gestor da área, Felipe Ramos'"))

# ---- fourteenth batch, written after all fixes: a second ordinary mix; labels before running ----
add('"Priya Kapoor" <priya.kapoor@northvale.example>', "Interview confirmation - Senior Data Analyst", "Thu, 01 Apr 2027 14:00:00 +0100",
    plain("""Hi Jordan,

Thanks for confirming your availability. I'm pleased to confirm your interview for the Senior Data Analyst position on Wednesday 7 April at 10:30am (UK time) at our Manchester office.

You'll be meeting Tom Hughes, Head of Analytics, and Rachel Green, Senior Data Scientist. The interview will last approximately 1 hour.

Kind regards,
Priya Kapoor
Talent Acquisition Partner, Northvale
"""), ("interview_scheduled", "Northvale", "Senior Data Analyst", N, [("Tom Hughes", N), ("Rachel Green", N)], "2027-04-07T10:30:00+01:00", "2027-04-07T11:30:00+01:00", "priya.kapoor@northvale.example", "UK time in April (BST); two interviewers with titles"))

add('"Westmere Capital" <noreply@successfactors.example>', "Westmere Capital - Application Update", "Fri, 02 Apr 2027 18:00:00 +0000",
    plain("""Dear Jordan,

Thank you for your recent application for the position of Risk Data Engineer (Req. 88123).

After careful review of your qualifications, we regret to inform you that we will not be progressing your application further at this stage.

Kind regards,
Westmere Capital Recruitment

This is an automated email. Please do not reply.
"""), ("rejection", "Westmere Capital", "Risk Data Engineer", "88123", [], N, N, N, "SuccessFactors rejection 'regret to inform ... not be progressing'"))

add('"Julien Petit" <julien.petit@horizon-sante.example>', "Candidature – Data Scientist", "Mon, 05 Apr 2027 09:00:00 +0200",
    plain("""Bonjour Jordan,

Merci pour votre candidature au poste de Data Scientist. Votre profil a retenu toute notre attention et nous souhaiterions échanger avec vous lors d'un premier entretien téléphonique.

Pourriez-vous me communiquer vos disponibilités pour la semaine prochaine ?

Cordialement,
Julien Petit
Chargé de recrutement, Horizon Santé
"""), ("interview_invitation", "Horizon Santé", "Data Scientist", N, [], N, N, "julien.petit@horizon-sante.example", "French invitation asking for availability"))

add('"Northvale Careers" <careers-noreply@northvale.example>', "Thank you for applying to Northvale", "Mon, 15 Mar 2027 08:00:00 +0000",
    plain("""Dear Jordan,

Thank you for applying for the Senior Data Analyst role at Northvale. We have received your application and will be in touch if your experience matches our requirements.

Northvale Talent Acquisition
"""), ("application_received", "Northvale", "Senior Data Analyst", N, [], N, N, N, "plain acknowledgement from a no-reply mailbox"))

add('"Tomás Herrera" <tomas.herrera@almendro.example>', "Entrevista - Analista Financiero", "Tue, 06 Apr 2027 12:00:00 +0200",
    plain("""Hola Jordan:

Te confirmo la entrevista para el puesto de Analista Financiero el jueves 15 de abril a las 12:00, en nuestra oficina de Valencia. Te entrevistarán Marta Soler (Directora Financiera) y yo mismo. Calcula una hora aproximadamente.

Un saludo,
Tomás Herrera
Selección, Almendro
"""), ("interview_scheduled", "Almendro", "Analista Financiero", N, [("Marta Soler", N), ("Tomás Herrera", "tomas.herrera@almendro.example")], "2027-04-15T12:00:00+02:00", "2027-04-15T13:00:00+02:00", "tomas.herrera@almendro.example", "Spanish 'Te entrevistarán Marta Soler ... y yo mismo'; 'una hora aproximadamente'"))

add('"Greenhouse" <no-reply@greenhouse-mail.example>', "Interview Request: Jordan Lee for Staff Engineer at Quillfeather", "Wed, 07 Apr 2027 16:00:00 +0000",
    plain("""Hi Jordan,

Quillfeather would like to schedule a 45-minute technical interview for the Staff Engineer role. Please select the times that work for you using the link below.

https://app.greenhouse.example/scheduling/xyz

Thanks,
Quillfeather Recruiting
"""), ("interview_invitation", "Quillfeather", "Staff Engineer", N, [], N, N, N, "Greenhouse availability request; employer only in the text"))

add('"Yara Haddad" <yara.haddad@quillfeather.example>', "Staff Engineer - update", "Tue, 20 Apr 2027 17:00:00 -0700",
    plain("""Hi Jordan,

Thank you for the time you invested in our interview process for the Staff Engineer role. I wanted to let you know personally that we've decided not to move forward with an offer. The team was impressed by your depth in distributed systems, but we're looking for someone with more people-management experience.

I'd be glad to keep in touch.

Yara Haddad
Director of Engineering, Quillfeather
"""), ("rejection", "Quillfeather", "Staff Engineer", N, [], N, N, "yara.haddad@quillfeather.example", "'decided not to move forward with an offer' (offer word inside a rejection)"))

add('"Sophie Wagner" <sophie.wagner@kranich-software.example>', "Einladung: Vorstellungsgespräch Softwareentwickler (m/w/d)", "Thu, 08 Apr 2027 10:00:00 +0200",
    plain("""Hallo Jordan,

wir würden Sie gerne persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch für die Position Softwareentwickler (m/w/d) ein.

Termin: Dienstag, 13. April 2027, 10:00 – 11:30 Uhr
Ort: Kranich Software, Hafenstraße 8, Hamburg
Ihre Gesprächspartner: Jan Peters (Teamleiter) und ich

Bitte bestätigen Sie den Termin kurz.

Viele Grüße
Sophie Wagner
HR Business Partner, Kranich Software
"""), ("interview_scheduled", "Kranich Software", "Softwareentwickler (m/w/d)", N, [("Jan Peters", N), ("Sophie Wagner", "sophie.wagner@kranich-software.example")], "2027-04-13T10:00:00+02:00", "2027-04-13T11:30:00+02:00", "sophie.wagner@kranich-software.example", "German 'Termin:' line with a range; 'Ihre Gesprächspartner: Jan Peters (Teamleiter) und ich'"))

add('"Indeed" <no-reply@indeed.example>', "Jordan, an employer viewed your application", "Fri, 09 Apr 2027 07:00:00 +0000",
    plain("""Good news, Jordan!

An employer viewed your application for:

Financial Analyst
Cedar & Finch - Boston, MA

What's next? Employers may reach out to schedule an interview. Keep an eye on your inbox.

Indeed
"""), ("other", "Cedar & Finch", "Financial Analyst", N, [], N, N, N, "Indeed 'employer viewed your application'; mentions scheduling an interview"))

add('"Lotta Nieminen" <lotta.nieminen@revontuli.example>', "Interview on Monday", "Fri, 09 Apr 2027 13:00:00 +0300",
    plain("""Hi Jordan,

Just a quick note to say I'm looking forward to our video interview on Monday, 12 April at 15:00 Helsinki time (14:00 CEST for you). It'll be me and our CTO, Mikko Laine, for about 45 minutes.

Best,
Lotta Nieminen
Head of People, Revontuli
"""), ("interview_scheduled", "Revontuli", N, N, [("Lotta Nieminen", "lotta.nieminen@revontuli.example"), ("Mikko Laine", N)], "2027-04-12T15:00:00+03:00", "2027-04-12T15:45:00+03:00", "lotta.nieminen@revontuli.example", "'Helsinki time' (EEST) with a conversion for the reader; 'me and our CTO, Mikko Laine'"))

add('"Olivia Chen" <olivia.chen@meridiantx.example>', "Canceled: Interview - Analytics Engineer", "Mon, 12 Apr 2027 09:00:00 -0500",
    alt("""Hi Jordan,

Apologies, I have to cancel Wednesday's interview for the Analytics Engineer role. The hiring manager is travelling unexpectedly. We'll reach out to rebook.

Olivia Chen
Recruiter, Meridian TX
""", None, ics("CANCEL", "meridian-int-4411@meridiantx.example", "Interview - Analytics Engineer", "DTSTART:20270414T150000Z", "DTEND:20270414T160000Z",
        ("Olivia Chen", "olivia.chen@meridiantx.example"), [("Jordan Lee", "jordan.lee@mail.example")], seq=1, status="CANCELLED"), method="CANCEL"),
    ("interview_cancelled", "Meridian TX", "Analytics Engineer", N, [], N, N, "olivia.chen@meridiantx.example", "calendar CANCEL with a note"))

add('"Jobs at Vireo Labs" <jobs@vireolabs.example>', "Vireo Labs is hiring: 6 new roles", "Tue, 13 Apr 2027 15:00:00 +0000",
    html("""<html><body>
<h2>We're growing!</h2>
<p>Vireo Labs has six new openings in platform, data and design. Check them out and apply today.</p>
<p>Read about our interview process and what to expect on our blog.</p>
<p><a href="https://vireolabs.example/careers">See open roles</a></p>
<p style="font-size:10px">You're receiving this because you joined our talent community. Unsubscribe</p>
</body></html>
"""), ("other", "Vireo Labs", N, N, [], N, N, N, "employer's talent-community mailing"),
    extra=[("List-Unsubscribe", "<https://vireolabs.example/unsub>")])

add('"Marco Ferri" <marco.ferri@lumenbank.example>', "Offerta di lavoro - Risk Analyst", "Wed, 14 Apr 2027 16:00:00 +0200",
    plain("""Gentile Jordan,

a seguito dei colloqui sostenuti, siamo lieti di comunicarLe che Lumen Bank intende offrirLe la posizione di Risk Analyst. In allegato trova la lettera di offerta con le condizioni economiche.

Restiamo in attesa di un Suo riscontro entro il 21 aprile.

Cordiali saluti,
Marco Ferri
Direttore Risorse Umane, Lumen Bank
"""), ("offer", "Lumen Bank", "Risk Analyst", N, [], N, N, "marco.ferri@lumenbank.example", "Italian formal offer 'intende offrirLe la posizione'"))

add('"Pieter de Jong" <pieter.dejong@kanaalzicht.example>', "Uitnodiging kennismakingsgesprek", "Thu, 15 Apr 2027 11:00:00 +0200",
    plain("""Hoi Jordan,

Leuk dat je hebt gesolliciteerd op de vacature UX Designer! We willen je graag uitnodigen voor een kennismakingsgesprek. Wanneer zou het jou passen? Ik heb volgende week dinsdag en donderdag nog ruimte.

Groeten,
Pieter de Jong
Recruiter, Kanaalzicht
"""), ("interview_invitation", "Kanaalzicht", "UX Designer", N, [], N, N, "pieter.dejong@kanaalzicht.example", "Dutch invitation asking when it suits"))

add('"Aiyana Brooks" <aiyana.brooks@cobaltwave.example>', "Re: Backend Engineer - next steps", "Fri, 16 Apr 2027 10:00:00 -0700",
    plain("""Hi Jordan,

Great - Tuesday at 1pm PT it is. I've sent a calendar invite for the system design interview with Jon Ito and Lisa Park (90 minutes).

Aiyana

Aiyana Brooks | Recruiting Coordinator | Cobaltwave

On Thu, Apr 15, 2027 at 4:20 PM Jordan Lee <jordan.lee@mail.example> wrote:
> Tuesday at 1pm PT would be perfect for me.
"""), ("interview_scheduled", "Cobaltwave", "Backend Engineer", N, [("Jon Ito", N), ("Lisa Park", N)], "2027-04-20T13:00:00-07:00", "2027-04-20T14:30:00-07:00", "aiyana.brooks@cobaltwave.example", "weekday-only confirmation 'Tuesday at 1pm PT it is'; coordinator sends; duration in parentheses"))

add('"Hannah Weiss" <hannah.weiss@almatech.example>', "Re: Your application", "Mon, 19 Apr 2027 09:00:00 +0200",
    plain("""Hallo Jordan,

vielen Dank für Ihre Nachfrage. Ihre Bewerbung befindet sich noch in Prüfung; wir melden uns spätestens Ende April mit einer Rückmeldung.

Viele Grüße
Hannah Weiss
Recruiting, Almatech
"""), ("other", "Almatech", N, N, [], N, N, "hannah.weiss@almatech.example", "status reply: still under review; no decision"))

add('"Hexa Labs" <no-reply@ashbyhq.example>', "Complete your onboarding", "Tue, 20 Apr 2027 12:00:00 -0700",
    plain("""Hi Jordan,

Welcome to Hexa Labs! Please complete your onboarding tasks before your first day on May 3.

The Hexa Labs People Team
"""), ("other", "Hexa Labs", N, N, [], N, N, N, "onboarding after an accepted offer"))

add('"Ruth Adler" <ruth.adler@kestrelbio.example>', "Lab Automation Engineer - we're reopening", "Wed, 21 Apr 2027 10:00:00 +0100",
    plain("""Hi Jordan,

Good news: the Lab Automation Engineer role is open again after the hiring freeze. Would you still like to be considered? If so, I'd love to set up a call with our hiring manager in the next two weeks.

Ruth Adler
Talent Partner, Kestrel Biotech
"""), ("interview_invitation", "Kestrel Biotech", "Lab Automation Engineer", N, [], N, N, "ruth.adler@kestrelbio.example", "role reopened after a freeze; wants a call, no time"))

# ---- fifteenth batch, written after all fixes: a third ordinary mix; labels before running ----
add('"Kite & Anchor" <noreply@teamtailor-mail.example>', "Thanks for applying, Jordan!", "Mon, 03 May 2027 08:00:00 +0100",
    html("""<html><body>
<p>Hi Jordan,</p>
<p>Thanks for applying for the <b>Content Designer</b> role at Kite &amp; Anchor! We've got your application and our team will be in touch within two weeks.</p>
<p>Cheers,<br>The Kite &amp; Anchor team</p>
</body></html>
"""), ("application_received", "Kite & Anchor", "Content Designer", N, [], N, N, N, "Teamtailor HTML acknowledgement; '&amp;' in the name"))

add('"Kite & Anchor" <noreply@teamtailor-mail.example>', "Your application for Content Designer", "Tue, 18 May 2027 15:00:00 +0100",
    plain("""Hi Jordan,

Thank you so much for your interest in the Content Designer role. We had a lot of great applicants, and after reviewing everyone carefully, we've decided to progress with candidates whose experience is a closer match for this role.

Best wishes,
The Kite & Anchor team
"""), ("rejection", "Kite & Anchor", "Content Designer", N, [], N, N, N, "Teamtailor rejection 'progress with candidates whose'"))

add('"Sven Aalders" <sven.aalders@dijkstra-it.example>', "Je sollicitatie bij Dijkstra IT", "Wed, 05 May 2027 10:00:00 +0200",
    plain("""Hoi Jordan,

Dank voor je sollicitatie als Java Developer. We hebben je cv met interesse bekeken, maar helaas sluit je ervaring op dit moment onvoldoende aan bij wat we zoeken. We gaan daarom niet verder met je sollicitatie.

Succes met je zoektocht!

Sven Aalders
Recruiter, Dijkstra IT
"""), ("rejection", "Dijkstra IT", "Java Developer", N, [], N, N, "sven.aalders@dijkstra-it.example", "Dutch 'niet verder met je sollicitatie'"))

add('"Mosaik Verlag" <no-reply@join.example>', "Bewerbungseingang: Online-Redakteur (m/w/d)", "Thu, 06 May 2027 09:00:00 +0200",
    plain("""Hallo Jordan Lee,

vielen Dank für Ihre Bewerbung als Online-Redakteur (m/w/d) bei Mosaik Verlag. Ihre Unterlagen sind bei uns eingegangen. Wir melden uns so schnell wie möglich.

Ihr Mosaik Verlag Team
"""), ("application_received", "Mosaik Verlag", "Online-Redakteur (m/w/d)", N, [], N, N, N, "German JOIN acknowledgement"))

add('"Nuria Casas" <nuria.casas@brisa-mobility.example>', "Entrevista - Product Designer", "Thu, 06 May 2027 12:00:00 +0200",
    plain("""Hola Jordan,

Nos ha gustado mucho tu portfolio y nos gustaría conocerte. ¿Qué día te iría mejor la semana que viene para una videollamada de 45 minutos con nuestro equipo de diseño?

Un saludo,
Nuria Casas
People, Brisa Mobility
"""), ("interview_invitation", "Brisa Mobility", "Product Designer", N, [], N, N, "nuria.casas@brisa-mobility.example", "Spanish 'nos gustaría conocerte', asks which day"))

add('"Nuria Casas" <nuria.casas@brisa-mobility.example>', "Re: Entrevista - Product Designer", "Fri, 07 May 2027 11:00:00 +0200",
    plain("""¡Perfecto, Jordan! Queda confirmada la videollamada el martes 11 de mayo a las 16:00 (hora de Barcelona). Estarás con Pau Vidal, nuestro Head of Design, y con Laia Font, diseñadora sénior.

Te envío el enlace de Google Meet por calendario.

Nuria

El jue, 6 may 2027 a las 18:10, Jordan Lee <jordan.lee@mail.example> escribió:
> Hola Nuria, el martes por la tarde me vendría genial.
"""), ("interview_scheduled", N, "Product Designer", N, [("Pau Vidal", N), ("Laia Font", N)], "2027-05-11T16:00:00+02:00", N, "nuria.casas@brisa-mobility.example", "Spanish 'Queda confirmada' with 'hora de Barcelona'; role only in the subject; company only in the domain (label corrected after the first run: null)"))

add('"Greg Olsen" <greg.olsen@pinecliff.example>', "Phone interview", "Mon, 10 May 2027 09:00:00 -0600",
    plain("""Hi Jordan,

This confirms your phone interview for the Field Service Engineer position on Thursday, May 13 at 9:00 AM Mountain Time. I'll call you at the number on your application. Plan for about 30 minutes.

Greg Olsen
Service Manager, Pinecliff
Denver, CO
"""), ("interview_scheduled", "Pinecliff", "Field Service Engineer", N, [("Greg Olsen", "greg.olsen@pinecliff.example")], "2027-05-13T09:00:00-06:00", "2027-05-13T09:30:00-06:00", "greg.olsen@pinecliff.example", "'Mountain Time' in May (MDT); sender calls"))

add('"Pinecliff" <notifications@bamboohr.example>', "Pinecliff - Field Service Engineer", "Fri, 21 May 2027 16:00:00 -0600",
    plain("""Hi Jordan,

Thank you for interviewing for the Field Service Engineer position at Pinecliff. We truly appreciate the time you spent with our team.

We have decided to go with another candidate for this position.

Best of luck in your search,
Pinecliff Hiring Team
"""), ("rejection", "Pinecliff", "Field Service Engineer", N, [], N, N, N, "BambooHR rejection after an interview: 'go with another candidate'"))

add('"Amélie Roussel" <amelie.roussel@vigne-data.example>', "Entretien annulé", "Tue, 11 May 2027 08:30:00 +0200",
    plain("""Bonjour Jordan,

Je suis désolée de devoir annuler notre entretien de jeudi pour le poste d'Analyste BI : notre manager est souffrante. Je reviens vers vous très vite avec de nouvelles disponibilités.

Bien cordialement,
Amélie Roussel
Chargée de recrutement, Vigne Data
"""), ("interview_cancelled", "Vigne Data", "Analyste BI", N, [], N, N, "amelie.roussel@vigne-data.example", "French cancellation; 'nouvelles disponibilités' to come"))

add('"Gabriel Souza" <gabriel.souza@caju-labs.example>', "Convite para entrevista - Desenvolvedor Go", "Wed, 12 May 2027 15:00:00 -0300",
    plain("""Olá Jordan,

Gostaríamos de convidá-lo para uma entrevista técnica para a vaga de Desenvolvedor Go. Você tem disponibilidade na próxima semana? Sugiro terça ou quarta à tarde.

Abraço,
Gabriel Souza
Tech Recruiter, Caju Labs
"""), ("interview_invitation", "Caju Labs", "Desenvolvedor Go", N, [], N, N, "gabriel.souza@caju-labs.example", "Portuguese invitation asking for availability"))

add('"Maya Fields" <maya.fields@orchidhealth.example>', "Referral bonus program", "Thu, 13 May 2027 12:00:00 -0400",
    plain("""Hi Jordan,

Now that you've been with Orchid Health a few weeks, a reminder that our referral program pays a bonus for every hire. If you know great engineers, send them our way - we're interviewing for three roles right now.

Maya
"""), ("other", "Orchid Health", N, N, [], N, N, "maya.fields@orchidhealth.example", "internal note after hiring; 'reminder' and 'interviewing' but no interview for the reader"))

add('"Hugo Lindgren" <hugo.lindgren@norrsken-ai.example>', "Interview invitation", "Fri, 14 May 2027 10:00:00 +0200",
    alt("""Hi Jordan,

Please find the invitation for your interview for the ML Engineer role attached. You'll meet me and Elin Berg, one of our research engineers.

Best,
Hugo Lindgren
Head of ML, Norrsken AI
""", None, ics("REQUEST", "norrsken-2027-05-19@norrsken-ai.example", "Norrsken AI - ML Engineer interview", "DTSTART:20270519T080000Z", "DTEND:20270519T090000Z",
        ("Hugo Lindgren", "hugo.lindgren@norrsken-ai.example"), [("Jordan Lee", "jordan.lee@mail.example"), ("Elin Berg", "elin.berg@norrsken-ai.example")])),
    ("interview_scheduled", "Norrsken AI", "ML Engineer", N, [("Hugo Lindgren", "hugo.lindgren@norrsken-ai.example"), ("Elin Berg", "elin.berg@norrsken-ai.example")], "2027-05-19T10:00:00+02:00", "2027-05-19T11:00:00+02:00", "hugo.lindgren@norrsken-ai.example", "ICS in UTC; Stockholm (CEST) from the Date header; organiser interviews ('meet me and Elin Berg')"))

add('"Stepstone" <jobagent@stepstone.example>', "5 neue Jobs für Sie: Data Engineer", "Sat, 15 May 2027 06:00:00 +0200",
    plain("""Ihr Jobagent hat neue Stellenangebote gefunden:

Data Engineer (m/w/d) - Mosaik Verlag - Hamburg
Senior Data Engineer - Alpinbank - München

Alle Jobs ansehen

Jobagent abbestellen
"""), ("other", N, N, N, [], N, N, N, "German job alert"))

add('"Ravi Menon" <ravi.menon@tealstone.example>', "Your final interview", "Mon, 17 May 2027 09:00:00 +0530",
    plain("""Dear Jordan,

Further to our conversation, your final interview for the Engineering Manager role is scheduled for Thursday, 20 May 2027, 4:00 PM to 5:00 PM IST, with our CEO, Anand Rao.

Regards,
Ravi Menon
HR Manager, Tealstone
Chennai
"""), ("interview_scheduled", "Tealstone", "Engineering Manager", N, [("Anand Rao", N)], "2027-05-20T16:00:00+05:30", "2027-05-20T17:00:00+05:30", "ravi.menon@tealstone.example", "IST (India) range 'to'; 'with our CEO, Anand Rao'"))

add('"Ravi Menon" <ravi.menon@tealstone.example>', "Offer letter - Engineering Manager", "Tue, 25 May 2027 11:00:00 +0530",
    plain("""Dear Jordan,

Congratulations! We are pleased to extend to you an offer for the position of Engineering Manager at Tealstone. Please find the offer letter attached and confirm your acceptance by 31 May.

Regards,
Ravi Menon
HR Manager, Tealstone
"""), ("offer", "Tealstone", "Engineering Manager", N, [], N, N, "ravi.menon@tealstone.example", "'extend to you an offer'"))

add('"Lena Vogt" <lena.vogt@kestrel-logistik.example>', "Rückfrage zu Ihrer Verfügbarkeit", "Wed, 19 May 2027 14:00:00 +0200",
    plain("""Hallo Jordan,

unser Teamleiter würde Sie gern zu einem zweiten Gespräch einladen. Hätten Sie nächste Woche am Dienstag oder Mittwoch Zeit, jeweils ab 14 Uhr?

Viele Grüße
Lena Vogt
Recruiting, Kestrel Logistik
"""), ("interview_invitation", "Kestrel Logistik", N, N, [], N, N, "lena.vogt@kestrel-logistik.example", "German invitation with two proposed days"))

# ---- sixteenth batch, written after all fixes: real-world messiness (localised quoted headers, mobile replies, disclaimers, base64 HTML); labels before running ----
add('"Chiara Galli" <chiara.galli@arnotech.example>', "R: Colloquio - Data Engineer", "Tue, 01 Jun 2027 10:00:00 +0200",
    plain("""Ciao Jordan,

perfetto, allora ci vediamo giovedì 3 giugno alle 11:00 in videochiamata. Parteciperà anche Stefano Conti, il nostro responsabile tecnico.

Chiara

Chiara Galli | Talent Acquisition | Arnotech S.p.A.
Via Roma 12, Torino | +39 011 555 0199

Da: Jordan Lee <jordan.lee@mail.example>
Inviato: lunedì 31 maggio 2027 18:02
A: Chiara Galli <chiara.galli@arnotech.example>
Oggetto: Re: Colloquio - Data Engineer

Ciao Chiara, giovedì mattina va benissimo.

Da: Chiara Galli
Inviato: lunedì 31 maggio 2027 09:15
Oggetto: Colloquio - Data Engineer

Ciao Jordan, purtroppo il colloquio di mercoledì non è più possibile. Ti andrebbe giovedì 3 giugno alle 11:00 oppure venerdì alle 15:00?
"""), ("interview_scheduled", "Arnotech", "Data Engineer", N, [("Chiara Galli", "chiara.galli@arnotech.example"), ("Stefano Conti", N)], "2027-06-03T11:00:00+02:00", N, "chiara.galli@arnotech.example", "Italian Outlook thread ('Da:/Inviato:'); 'ci vediamo' with the sender; 'Parteciperà anche'"))

add('"Bram Visser" <bram.visser@deltagrid.example>', "RE: Sollicitatie Energy Analyst", "Wed, 02 Jun 2027 16:00:00 +0200",
    plain("""Hoi Jordan,

Bedankt voor je geduld. Helaas hebben we besloten de procedure met een andere kandidaat voort te zetten. We vonden het een prettig gesprek en wensen je veel succes.

Met vriendelijke groet,
Bram Visser
Manager Analytics | DeltaGrid

Van: Bram Visser
Verzonden: dinsdag 25 mei 2027 09:00
Aan: Jordan Lee
Onderwerp: Sollicitatie Energy Analyst

Hoi Jordan, hierbij bevestig ik ons gesprek op donderdag 27 mei om 14:00 uur op ons kantoor in Arnhem.
"""), ("rejection", "DeltaGrid", "Energy Analyst", N, [], N, N, "bram.visser@deltagrid.example", "Dutch rejection 'met een andere kandidaat voort te zetten'; quoted Dutch Outlook header with the old confirmation"))

add('"Jonas Becker" <jonas.becker@rheinkraft.example>', "AW: Vorstellungsgespräch", "Thu, 03 Jun 2027 08:30:00 +0200",
    plain("""Hallo Jordan,

passt, dann sehen wir uns am Montag, 7. Juni um 14 Uhr bei uns im Büro in Köln. Ich bringe noch unsere Teamleiterin Anna Schmitz mit.

Gruß
Jonas

Gesendet von meinem iPhone

Von: Jordan Lee <jordan.lee@mail.example>
Gesendet: Mittwoch, 2. Juni 2027 19:40
An: Jonas Becker
Betreff: Re: Vorstellungsgespräch

Hallo Jonas, Montag um 14 Uhr passt mir gut.
"""), ("interview_scheduled", N, N, N, [("Jonas Becker", "jonas.becker@rheinkraft.example"), ("Anna Schmitz", N)], "2027-06-07T14:00:00+02:00", N, "jonas.becker@rheinkraft.example", "German mobile reply 'sehen wir uns'; 'Ich bringe ... Anna Schmitz mit'; company only in the domain (label corrected after the first run: null)"))

add('"Léa Fontaine" <lea.fontaine@cimes-conseil.example>', "TR: Votre candidature – Consultant Data", "Fri, 04 Jun 2027 11:00:00 +0200",
    plain("""Bonjour Jordan,

Je fais suite à votre candidature pour le poste de Consultant Data. Malheureusement, nous ne sommes pas en mesure d'y donner une suite favorable, le poste ayant été pourvu.

Bien cordialement,

Léa Fontaine
Chargée de recrutement
Cimes Conseil – 8 place Bellecour, 69002 Lyon
Tél. : +33 4 55 55 01 23

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination est interdite. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir l'expéditeur.
"""), ("rejection", "Cimes Conseil", "Consultant Data", N, [], N, N, "lea.fontaine@cimes-conseil.example", "French rejection with a long French disclaimer"))

add('"Mateus Rocha" <mateus.rocha@ondaazul.example>', "RES: Entrevista técnica", "Mon, 07 Jun 2027 09:00:00 -0300",
    plain("""Bom dia Jordan,

Confirmado! Nossa entrevista técnica fica para quarta-feira, 9 de junho, às 14h, pelo Teams. Vou estar eu e a Juliana Prado, tech lead do time de pagamentos. Reserve 1h30.

Att.,
Mateus Rocha
Engineering Manager | Onda Azul Pagamentos

De: Jordan Lee <jordan.lee@mail.example>
Enviado: sexta-feira, 4 de junho de 2027 17:20
Para: Mateus Rocha
Assunto: Re: Entrevista técnica

Oi Mateus, quarta às 14h funciona para mim.
"""), ("interview_scheduled", "Onda Azul Pagamentos", N, N, [("Mateus Rocha", "mateus.rocha@ondaazul.example"), ("Juliana Prado", N)], "2027-06-09T14:00:00-03:00", "2027-06-09T15:30:00-03:00", "mateus.rocha@ondaazul.example", "Brazilian 'Confirmado!'; 'Vou estar eu e a Juliana Prado'; 'Reserve 1h30'"))

add('"Cordelia Voss" <cordelia.voss@heathrow-analytics.example>', "Re: Data Scientist role", "Tue, 08 Jun 2027 07:45:00 +0100",
    plain("""Sounds good - see you Thursday at 10!

Sent from my iPhone

> On 7 Jun 2027, at 21:03, Jordan Lee <jordan.lee@mail.example> wrote:
>
> Hi Cordelia, Thursday 10 June at 10am works well for the interview. See you at the office.
>
>> On 7 Jun 2027, at 15:00, Cordelia Voss <cordelia.voss@heathrow-analytics.example> wrote:
>>
>> Hi Jordan, we'd love to invite you for a 45-minute interview for the Data Scientist role with me and our CTO, Raj Patel. Would Thursday 10 June at 10am or Friday 11 June at 2pm (UK time) suit you?
>>
>> Cordelia Voss
>> Head of Data Science, Heathrow Analytics
"""), ("interview_scheduled", "Heathrow Analytics", "Data Scientist", N, [("Cordelia Voss", "cordelia.voss@heathrow-analytics.example"), ("Raj Patel", N)], "2027-06-10T10:00:00+01:00", "2027-06-10T10:45:00+01:00", "cordelia.voss@heathrow-analytics.example", "one-line mobile confirmation; slot, duration and people only in the nested quote"))

add('"Workday" <heathrowanalytics@myworkday.example>', "Complete your application tasks", "Wed, 09 Jun 2027 12:00:00 +0000",
    html("""<html><body><table><tr><td>
<p>Hello Jordan,</p>
<p>You have an outstanding task for your application to <b>Data Scientist</b> at Heathrow Analytics: <i>Complete Right to Work Questionnaire</i>.</p>
<p>Please sign in to complete it.</p>
</td></tr></table></body></html>
""", cte="base64"), ("other", "Heathrow Analytics", "Data Scientist", N, [], N, N, N, "Workday task reminder, base64 HTML"))

add('"Sigrid Holm" <sigrid.holm@fjordline-it.example>', "Sv: Intervju / Interview - Backend Developer", "Thu, 10 Jun 2027 09:00:00 +0200",
    plain("""Hi Jordan,

Thanks for your reply. Unfortunately we have now decided to proceed with other candidates whose experience matches our needs better. Thank you for your time and interest in Fjordline IT.

Best regards
Sigrid Holm
HR Advisor | Fjordline IT | Bergen

-----Original Message-----
From: Jordan Lee <jordan.lee@mail.example>
Sent: Tuesday, June 8, 2027 10:00 AM
To: Sigrid Holm <sigrid.holm@fjordline-it.example>
Subject: Re: Intervju / Interview - Backend Developer

Hi Sigrid, I would be happy to interview on Monday at 9am as you suggested.
"""), ("rejection", "Fjordline IT", "Backend Developer", N, [], N, N, "sigrid.holm@fjordline-it.example", "rejection whose quoted thread offers an interview time"))

add('"Paula Ibáñez" <paula.ibanez@sierraverde.example>', "RV: Oferta - Ingeniera de Datos", "Fri, 11 Jun 2027 13:00:00 +0200",
    plain("""Hola Jordan,

Te reenvío la oferta formal que te comentamos por teléfono. ¡Enhorabuena! Nos encantaría que te unieras al equipo como Ingeniera de Datos.

Quedo pendiente de tus comentarios.

Paula Ibáñez
Directora de Personas, Sierra Verde

-----Mensaje original-----
De: Paula Ibáñez
Enviado el: viernes, 11 de junio de 2027 12:40
Para: Contratos
Asunto: Oferta - Ingeniera de Datos

Adjunto la carta de oferta para Jordan Lee.
"""), ("offer", "Sierra Verde", "Ingeniera de Datos", N, [], N, N, "paula.ibanez@sierraverde.example", "Spanish forwarded formal offer with an internal quoted note"))

add('"Yusuf Demir" <yusuf.demir@anatolia-soft.example>', "Interview reschedule", "Mon, 14 Jun 2027 10:00:00 +0300",
    plain("""Hi Jordan,

Due to a public holiday, we need to move your interview from Tuesday 15 June to Wednesday 16 June, same time: 11:00 Istanbul time. You'll still meet Elif Kaya and me.

Best regards,
Yusuf Demir
Engineering Lead, Anatolia Soft
"""), ("interview_scheduled", "Anatolia Soft", N, N, [("Elif Kaya", N), ("Yusuf Demir", "yusuf.demir@anatolia-soft.example")], "2027-06-16T11:00:00+03:00", N, "yusuf.demir@anatolia-soft.example", "move 'from ... to ..., same time'; Istanbul time"))

# ---- seventeenth batch, written after all fixes: in the shared corpus's style (English, ICS, DST edges, quoted times); labels before running ----
GMT_TZ = """BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""
add('"Patel, Nisha" <nisha.patel@kingsgate-bank.example>', "Interview - Graduate Software Engineer", "Fri, 29 Oct 2027 11:00:00 +0100",
    alt("""Hi Jordan,

Please find attached the invitation for your interview for the Graduate Software Engineer role. You will be interviewed by Ben Harper (Engineering Lead). I will not be joining but I'm happy to help with any questions.

Kind regards,
Nisha Patel
Early Careers Recruiter, Kingsgate Bank
""", None, ics("REQUEST", "040000008200E00074C5B7101A82E00800000000FF44", "Interview - Graduate Software Engineer - Jordan Lee",
        "DTSTART;TZID=GMT Standard Time:20271102T100000", "DTEND;TZID=GMT Standard Time:20271102T110000",
        ("\"Patel, Nisha\"", "nisha.patel@kingsgate-bank.example"), [("Jordan Lee", "jordan.lee@mail.example"), ("\"Harper, Ben\"", "ben.harper@kingsgate-bank.example")], GMT_TZ)),
    ("interview_scheduled", "Kingsgate Bank", "Graduate Software Engineer", N, [("Ben Harper", "ben.harper@kingsgate-bank.example")], "2027-11-02T10:00:00+00:00", "2027-11-02T11:00:00+00:00", "nisha.patel@kingsgate-bank.example", "Outlook 'GMT Standard Time' after the EU change while the Date header is +0100; organiser not joining"), crlf=True)

add('"Aaron Blake (via Google Calendar)" <aaron.blake@lakeline.example>', "Invitation: Lakeline - Jordan Lee / Backend Developer @ Tue Nov 9, 2027 11am - 12pm (EST) (jordan.lee@mail.example)", "Thu, 04 Nov 2027 15:00:00 -0400",
    alt("""You have been invited to the following event.

Lakeline - Jordan Lee / Backend Developer
When: Tuesday Nov 9, 2027 ⋅ 11am – 12pm (Eastern Time - Toronto)
Joining info: meet.example.com/lak-elin-eee

Who:
* aaron.blake@lakeline.example - organizer
* jordan.lee@mail.example

Invitation from Google Calendar
""", None, ics("REQUEST", "lakeline-abc@google.example", "Lakeline - Jordan Lee / Backend Developer", "DTSTART:20271109T160000Z", "DTEND:20271109T170000Z",
        ("Aaron Blake", "aaron.blake@lakeline.example"), [("Aaron Blake", "aaron.blake@lakeline.example"), ("jordan.lee@mail.example", "jordan.lee@mail.example")], prodid="-//Google Inc//Google Calendar 70.9054//EN")),
    ("interview_scheduled", "Lakeline", "Backend Developer", N, [("Aaron Blake", "aaron.blake@lakeline.example")], "2027-11-09T11:00:00-05:00", "2027-11-09T12:00:00-05:00", "aaron.blake@lakeline.example", "Google invite after the US change (EST) while the Date header is EDT"))

add('"Dana Fisher" <dana.fisher@hudsonpeak.example>', "Interview confirmed - Quant Researcher", "Mon, 01 Nov 2027 09:00:00 -0400",
    plain("""Hi Jordan,

You're confirmed for Wednesday, November 3 at 10:00 AM ET (2:00 PM London time for you) with Greg Adams, our Head of Research. The interview will be about 45 minutes over Zoom.

Dana Fisher
Recruiting, Hudson Peak Capital
New York, NY
"""), ("interview_scheduled", "Hudson Peak Capital", "Quant Researcher", N, [("Greg Adams", N)], "2027-11-03T10:00:00-04:00", "2027-11-03T10:45:00-04:00", "dana.fisher@hudsonpeak.example", "the week between the EU and US changes: ET is still EDT, London is GMT"))

add('"Fiona Reid" <fiona.reid@caldervale.example>', "Re: Platform Engineer - next steps", "Tue, 02 Nov 2027 12:10:00 +0000",
    plain("""Confirmed, talk then!

Fiona

On Tue, 2 Nov 2027 at 11:40, Jordan Lee <jordan.lee@mail.example> wrote:
> Thursday works for me. Thanks!
>
> On Mon, 1 Nov 2027 at 16:00, Fiona Reid <fiona.reid@caldervale.example> wrote:
>> Hi Jordan, how about a 30-minute call with me on Thursday 4 November at 3:30pm UK time for the Platform Engineer role?
>> Fiona Reid, Talent Partner, Caldervale
"""), ("interview_scheduled", "Caldervale", "Platform Engineer", N, [("Fiona Reid", "fiona.reid@caldervale.example")], "2027-11-04T15:30:00+00:00", "2027-11-04T16:00:00+00:00", "fiona.reid@caldervale.example", "the time, length and people only in the nested quote; 'with me'"))

add('"Gavin Cole" <gavin@northbridge-search.example>', "Exciting Staff Engineer role", "Wed, 03 Nov 2027 10:00:00 +0000",
    plain("""Hi Jordan,

I'm working with a well-funded fintech client on a Staff Engineer search. Their interview process is quick: a call with me, then two rounds with the team.

Are you free for a quick call on Tuesday at 2pm?

Gavin Cole
Partner, Northbridge Search
"""), ("other", N, "Staff Engineer", N, [], N, N, "gavin@northbridge-search.example", "agency outreach for a client with a proposed call time"))

add('"ResumeRocket" <orders@resumerocket.example>', "Your order is confirmed", "Wed, 03 Nov 2027 18:00:00 +0000",
    plain("""Thanks for your order, Jordan!

Interview Prep Pack .......... $29.00
Order #55102

Your mock interview session will be available to book in your dashboard.

ResumeRocket
"""), ("other", N, N, N, [], N, N, N, "receipt for an interview prep pack"))

add('"Aaron Blake" <aaron.blake@lakeline.example>', "Automatic reply: RE: Interview confirmation", "Thu, 04 Nov 2027 16:00:00 -0400",
    plain("""Hi,

I'm out of the office until Monday, November 8 with limited access to email.

Aaron
"""), ("other", N, N, N, [], N, N, "aaron.blake@lakeline.example", "out-of-office with an interview subject"),
    extra=[("Auto-Submitted", "auto-replied")])

add('"Ben Harper" <ben.harper@kingsgate-bank.example>', "RE: Interview - Graduate Software Engineer", "Fri, 12 Nov 2027 15:00:00 +0000",
    plain("""Dear Jordan,

Thank you for attending the interview on 2 November. I'm sorry to tell you that we will not be offering you a place on this year's graduate programme. Competition was very strong.

Kind regards,
Ben Harper
Engineering Lead, Kingsgate Bank

-----Original Message-----
From: Nisha Patel
Sent: 29 October 2027 11:00
Subject: Interview - Graduate Software Engineer

Your interview is confirmed for Tuesday 2 November at 10:00.
"""), ("rejection", "Kingsgate Bank", "Graduate Software Engineer", N, [], N, N, "ben.harper@kingsgate-bank.example", "'not be offering you a place'; quotes the old confirmation"))

add('"Ashford Retail Careers" <careers@ashfordretail.example>', "Application acknowledgement - Merchandising Analyst", "Mon, 08 Nov 2027 08:00:00 +0000",
    plain("""Dear Jordan,

Thank you for your application for the Merchandising Analyst vacancy (ref. AR-5521). We have received it and will review it shortly.

Due to the volume of applications, if you have not heard from us within three weeks of the closing date, please consider your application unsuccessful on this occasion.

Ashford Retail Recruitment Team
"""), ("application_received", "Ashford Retail", "Merchandising Analyst", "AR-5521", [], N, N, "careers@ashfordretail.example", "acknowledgement with a conditional 'consider your application unsuccessful'"))

add('"Grace Okoro" <grace.okoro@cindervale.example>', "Offer - Site Reliability Engineer", "Tue, 09 Nov 2027 17:00:00 -0800",
    plain("""Hi Jordan,

I'm delighted to share that we'd like to offer you the Site Reliability Engineer role at Cindervale! The written offer is attached. Could we jump on a call on Friday at 2pm PT to go through it?

Grace Okoro
Engineering Manager, Cindervale
"""), ("offer", "Cindervale", "Site Reliability Engineer", N, [], N, N, "grace.okoro@cindervale.example", "offer proposing a call time"))

add('"Lakeline Engineering" <hiring@lakeline.example>', "Lakeline take-home challenge", "Wed, 10 Nov 2027 10:00:00 -0500",
    plain("""Hi Jordan,

As the next step for the Backend Developer role, please complete our take-home challenge. Submit your solution by Monday, November 15 at 9:00 AM ET. Expect it to take 2-3 hours.

Lakeline Engineering
"""), ("other", "Lakeline", "Backend Developer", N, [], N, N, "hiring@lakeline.example", "take-home with a deadline time"))

add('"Aaron Blake (via Google Calendar)" <aaron.blake@lakeline.example>', "Canceled event: Lakeline - Jordan Lee / Backend Developer @ Tue Nov 9, 2027 11am - 12pm (EST) (jordan.lee@mail.example)", "Mon, 08 Nov 2027 12:00:00 -0500",
    alt("""This event has been canceled and removed from your calendar.

Lakeline - Jordan Lee / Backend Developer
Tuesday Nov 9, 2027 ⋅ 11am – 12pm (Eastern Time - Toronto)

Invitation from Google Calendar
""", None, ics("CANCEL", "lakeline-abc@google.example", "Lakeline - Jordan Lee / Backend Developer", "DTSTART:20271109T160000Z", "DTEND:20271109T170000Z",
        ("Aaron Blake", "aaron.blake@lakeline.example"), [("jordan.lee@mail.example", "jordan.lee@mail.example")], seq=1, status="CANCELLED", prodid="-//Google Inc//Google Calendar 70.9054//EN"), method="CANCEL"),
    ("interview_cancelled", "Lakeline", "Backend Developer", N, [], N, N, "aaron.blake@lakeline.example", "Google Calendar CANCEL; 'interview' appears nowhere, only the role"))

add('"Mei Tan" <mei.tan@lionsgate-pay.example>', "Lionsgate Pay - book your interview", "Tue, 09 Nov 2027 09:00:00 +0800",
    plain("""Hi Jordan,

Thanks for applying for the Payments Engineer role. I'd like to invite you to a first interview - please pick a 45-minute slot that suits you here: https://calendly.example/mei-tan/45min

Mei Tan
Talent Acquisition, Lionsgate Pay
Singapore
"""), ("interview_invitation", "Lionsgate Pay", "Payments Engineer", N, [], N, N, "mei.tan@lionsgate-pay.example", "booking link"))

add('"Mei Tan" <mei.tan@lionsgate-pay.example>', "Confirmed: first interview", "Thu, 11 Nov 2027 10:00:00 +0800",
    plain("""Hi Jordan,

Thanks for booking - your first interview for the Payments Engineer role is confirmed for Tuesday 16 November at 10am SGT, with me and Wei Lin from engineering.

Mei
"""), ("interview_scheduled", N, "Payments Engineer", N, [("Mei Tan", "mei.tan@lionsgate-pay.example"), ("Wei Lin", N)], "2027-11-16T10:00:00+08:00", N, "mei.tan@lionsgate-pay.example", "SGT; 'with me and Wei Lin'; the company is named only in the domain (null)"))

add('"Interview Insider" <newsletter@interviewinsider.example>', "Your interview is confirmed: now what? 5 tips", "Fri, 12 Nov 2027 07:00:00 +0000",
    plain("""This week: what to do after your interview is confirmed, how to research your interviewers, and a checklist for the day.

Join our live Q&A on Thursday at 6pm GMT.

You're receiving this because you subscribed to Interview Insider. Unsubscribe.
"""), ("other", N, N, N, [], N, N, N, "newsletter whose subject reads like a confirmation"),
    extra=[("List-Unsubscribe", "<https://interviewinsider.example/unsub>")])

add('"Sam Ortiz" <sam.ortiz@friendmail.example>', "Invitation: Friday lunch @ Fri Nov 12, 2027 12:30pm - 1:30pm (CST)", "Mon, 08 Nov 2027 20:00:00 -0600",
    alt("""Lunch to celebrate your offer? Taco place on 5th.
""", None, ics("REQUEST", "lunch-sam@friendmail.example", "Friday lunch", "DTSTART:20271112T183000Z", "DTEND:20271112T193000Z",
        ("Sam Ortiz", "sam.ortiz@friendmail.example"), [("Jordan Lee", "jordan.lee@mail.example")])),
    ("other", N, N, N, [], N, N, "sam.ortiz@friendmail.example", "a friend's calendar invitation that is not an interview"))

add('"Équipe Recrutement" <recrutement@ardoise-tech.example>', "Votre candidature chez Ardoise Tech", "Fri, 12 Nov 2027 10:00:00 +0100",
    html("""<html><body>
<p>Bonjour Jordan,</p>
<p>Nous vous remercions de l'intérêt porté à Ardoise Tech et à notre offre de <b>Développeur Full Stack</b>.</p>
<p>Après étude de votre dossier, nous avons le regret de vous informer que nous ne pourrons pas y donner suite.</p>
<p>Cordialement,<br>L'équipe Recrutement – Ardoise Tech</p>
</body></html>
"""), ("rejection", "Ardoise Tech", "Développeur Full Stack", N, [], N, N, "recrutement@ardoise-tech.example", "French HTML-only rejection from a department mailbox"))

# ---- eighteenth batch, written after all fixes: the shared corpus's style again (DST weeks, quoted times, words, rooms); labels before running ----
PST_TZ = """BEGIN:VTIMEZONE
TZID:Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""
add('"Morales, Elena" <elena.morales@cascadia-energy.example>', "Interview: Grid Software Engineer - Jordan Lee", "Wed, 10 Mar 2027 10:00:00 -0800",
    alt("""Hi Jordan,

I've scheduled your interview for the Grid Software Engineer role with Tom Nakamura, our Principal Engineer. I coordinate the schedule only; Tom will run the interview.

Elena Morales
Recruiting Coordinator, Cascadia Energy
Seattle, WA
""", None, ics("REQUEST", "040000008200E00074C5B7101A82E00800000000AB12", "Interview: Grid Software Engineer - Jordan Lee",
        "DTSTART;TZID=Pacific Standard Time:20270316T130000", "DTEND;TZID=Pacific Standard Time:20270316T140000",
        ("\"Morales, Elena\"", "elena.morales@cascadia-energy.example"), [("Jordan Lee", "jordan.lee@mail.example"), ("\"Nakamura, Tom\"", "tom.nakamura@cascadia-energy.example"), ("Conf Room 4B", "room-4b@cascadia-energy.example")], PST_TZ)),
    ("interview_scheduled", "Cascadia Energy", "Grid Software Engineer", N, [("Tom Nakamura", "tom.nakamura@cascadia-energy.example")], "2027-03-16T13:00:00-07:00", "2027-03-16T14:00:00-07:00", "elena.morales@cascadia-energy.example", "Outlook 'Pacific Standard Time' just after the US change (PDT) while the Date header is PST; a room attendee; coordinator"), crlf=True)

add('"Katrin Vogel" <katrin.vogel@spreewerk.example>', "Your interview with Spreewerk", "Fri, 12 Mar 2027 09:00:00 +0100",
    plain("""Hi Jordan,

Your interview for the Data Platform Lead role is on Tuesday, March 23 at 4pm CET (11am ET for you in Toronto). You'll speak with our CTO, Lars Becker, for about an hour.

Best,
Katrin Vogel
People & Talent, Spreewerk GmbH
Berlin
"""), ("interview_scheduled", "Spreewerk", "Data Platform Lead", N, [("Lars Becker", N)], "2027-03-23T16:00:00+01:00", "2027-03-23T17:00:00+01:00", "katrin.vogel@spreewerk.example", "the week between the US and EU changes: CET in Berlin, EDT in Toronto"))

add('"Owen Marsh" <owen.marsh@tallbridge.example>', "Updated time - Solutions Engineer interview", "Mon, 15 Mar 2027 11:00:00 -0400",
    plain("""Hi Jordan,

Apologies for the change. Here are the details:

Old time: Thursday, March 18, 2:00 PM ET (cancelled)
New time: Friday, March 19, 10:00 AM - 10:45 AM ET

You'll meet Sara Quinn (Solutions Director) as planned.

Owen Marsh
Talent Partner, Tallbridge
"""), ("interview_scheduled", "Tallbridge", "Solutions Engineer", N, [("Sara Quinn", N)], "2027-03-19T10:00:00-04:00", "2027-03-19T10:45:00-04:00", "owen.marsh@tallbridge.example", "old and new times; the old one says 'cancelled'"))

add('"Harriet Lowe" <harriet.lowe@bramblefield.example>', "RE: Intro chat - Analytics Consultant", "Tue, 16 Mar 2027 14:00:00 +0000",
    plain("""Friday works - see you then!

Harriet

-----Original Message-----
From: Jordan Lee <jordan.lee@mail.example>
Sent: 16 March 2027 13:20
To: Harriet Lowe <harriet.lowe@bramblefield.example>
Subject: Re: Intro chat - Analytics Consultant

Hi Harriet, Friday would be great.

-----Original Message-----
From: Harriet Lowe
Sent: 15 March 2027 17:00
Subject: Intro chat - Analytics Consultant

Hi Jordan, would Friday 19 March at 9:30am GMT work for a 45-minute chat with me about the Analytics Consultant role at Bramblefield?
"""), ("interview_scheduled", "Bramblefield", "Analytics Consultant", N, [("Harriet Lowe", "harriet.lowe@bramblefield.example")], "2027-03-19T09:30:00+00:00", "2027-03-19T10:15:00+00:00", "harriet.lowe@bramblefield.example", "reply 'Friday works'; the time, length and people in the quoted Outlook thread"), crlf=True)

add('"Sara Quinn" <sara.quinn@tallbridge.example>', "Solutions Engineer - outcome", "Wed, 24 Mar 2027 16:00:00 -0400",
    plain("""Hi Jordan,

Thank you for your time last Friday. After discussing with the team, we've decided not to move forward with your application for the Solutions Engineer role.

If you'd like feedback, Owen is happy to set up a short call.

Sara Quinn
Solutions Director, Tallbridge

On Mon, Mar 15, 2027 at 11:00 AM Owen Marsh <owen.marsh@tallbridge.example> wrote:
> New time: Friday, March 19, 10:00 AM - 10:45 AM ET
> You'll meet Sara Quinn (Solutions Director) as planned.
"""), ("rejection", "Tallbridge", "Solutions Engineer", N, [], N, N, "sara.quinn@tallbridge.example", "rejection quoting the old confirmation"))

add('"Harriet Lowe" <harriet.lowe@bramblefield.example>', "Offer - Analytics Consultant", "Mon, 29 Mar 2027 10:00:00 +0100",
    plain("""Hi Jordan,

Great news - we'd like to offer you the Analytics Consultant position at Bramblefield! I've attached the offer letter. Are you free for a quick call on Wednesday at 11am to talk it through?

Harriet
"""), ("offer", "Bramblefield", "Analytics Consultant", N, [], N, N, "harriet.lowe@bramblefield.example", "offer that proposes a call time"))

add('"Ivy Chen" <ivy@peakhire.example>', "Senior Backend role - confidential client", "Tue, 16 Mar 2027 08:00:00 -0700",
    plain("""Hi Jordan,

I'm partnering with a confidential client in the payments space on a Senior Backend Engineer role. The interview process is two rounds over one week.

If you're open to it, grab 15 minutes on my calendar: https://calendly.example/ivy-peakhire/15min

Ivy Chen
Principal Recruiter, PeakHire
"""), ("other", N, "Senior Backend Engineer", N, [], N, N, "ivy@peakhire.example", "agency outreach for a confidential client with a booking link"))

add('"Priya Nair" <priya.nair@friendmail.example>', "Invitation: Coffee catch-up @ Sat Mar 20, 2027 10am - 11am (GMT)", "Wed, 17 Mar 2027 19:00:00 +0000",
    alt("""Coffee on Saturday? Want to hear all about the job hunt!
""", None, ics("REQUEST", "coffee-priya@friendmail.example", "Coffee catch-up", "DTSTART:20270320T100000Z", "DTEND:20270320T110000Z",
        ("Priya Nair", "priya.nair@friendmail.example"), [("Jordan Lee", "jordan.lee@mail.example")])),
    ("other", N, N, N, [], N, N, "priya.nair@friendmail.example", "a friend's calendar invitation mentioning the job hunt"))

add('"HireRight Events" <events@hireright-webinars.example>', "Confirmed: your spot at our hiring webinar", "Thu, 18 Mar 2027 12:00:00 +0000",
    plain("""You're confirmed for 'How to ace your tech interview' on Thursday, March 25 at 6:00 PM GMT.

Join link: https://webinar.example/join/xyz

See you there!
HireRight Events
"""), ("other", N, N, N, [], N, N, N, "webinar confirmation whose wording reads like an interview"))

add('"Recruitment Tanjong Bay" <donotreply@tanjongbay.example>', "Application received / Solicitud recibida - Cloud Engineer (TB-2231)", "Fri, 19 Mar 2027 02:00:00 +0000",
    plain("""Dear Jordan,

Thank you for applying for the Cloud Engineer position (TB-2231). We have received your application.

If you do not hear from us within 4 weeks, please consider your application unsuccessful.

Estimado/a Jordan, hemos recibido tu solicitud para el puesto de Cloud Engineer.

Tanjong Bay Recruitment
"""), ("application_received", "Tanjong Bay", "Cloud Engineer", "TB-2231", [], N, N, N, "bilingual acknowledgement with a conditional 'unsuccessful'"))

add('"Rupert Hale" <rupert.hale@greyfriars-consulting.example>', "Next round", "Mon, 22 Mar 2027 17:00:00 +0000",
    plain("""Jordan,

Good to speak earlier. As agreed, you're booked for the case interview at half past three UK time on Thursday 25 March, with me and Priya Shah. Allow about ninety minutes.

Rupert Hale
Partner, Greyfriars Consulting
"""), ("interview_scheduled", "Greyfriars Consulting", N, N, [("Rupert Hale", "rupert.hale@greyfriars-consulting.example"), ("Priya Shah", N)], "2027-03-25T15:30:00+00:00", "2027-03-25T17:00:00+00:00", "rupert.hale@greyfriars-consulting.example", "time in words ('half past three UK time'), UK still on GMT; 'ninety minutes'"))

add('"Mia Sørensen" <calendar@nordlys-tech.example>', "Invitation: Nordlys Tech - Technical interview (Jordan Lee)", "Tue, 23 Mar 2027 08:00:00 +0000",
    alt("""You have been invited to the following event.

Nordlys Tech - Technical interview (Jordan Lee)
Thursday 1 April 2027 ⋅ 09:00 – 10:00 (Central European Time - Copenhagen)

Guests:
* Mia Sørensen - organizer
* Jakob Holm
* jordan.lee@mail.example
* Interview Scheduler Bot
""", None, ics("REQUEST", "nordlys-tech-int@google.example", "Nordlys Tech - Technical interview (Jordan Lee)", "DTSTART:20270401T070000Z", "DTEND:20270401T080000Z",
        ("Mia Sørensen", "mia.sorensen@nordlys-tech.example"), [("Mia Sørensen", "mia.sorensen@nordlys-tech.example"), ("Jakob Holm", "jakob.holm@nordlys-tech.example"), ("Jordan Lee", "jordan.lee@mail.example"), ("Interview Scheduler Bot", "bot@goodtime.example")], prodid="-//Google Inc//Google Calendar 70.9054//EN")),
    ("interview_scheduled", "Nordlys Tech", N, N, [("Mia Sørensen", "mia.sorensen@nordlys-tech.example"), ("Jakob Holm", "jakob.holm@nordlys-tech.example")], "2027-04-01T09:00:00+02:00", "2027-04-01T10:00:00+02:00", "mia.sorensen@nordlys-tech.example", "Google invite from a calendar@ mailbox; ICS in UTC after the EU change (CEST); a scheduling bot attendee is nobody"),
    extra=[("Reply-To", "mia.sorensen@nordlys-tech.example")])

add('"Lindqvist, Anna" <anna.lindqvist@fjallhus.example>', "Canceled: Interview - Mobile Developer", "Wed, 24 Mar 2027 07:30:00 +0100",
    alt("""The interview has been cancelled. We will get back to you with a new proposal.

Anna Lindqvist
HR, Fjällhus
""", None, ics("CANCEL", "040000008200E00074C5B7101A82E00800000000CD34", "Interview - Mobile Developer",
        "DTSTART;TZID=W. Europe Standard Time:20270326T100000", "DTEND;TZID=W. Europe Standard Time:20270326T110000",
        ("\"Lindqvist, Anna\"", "anna.lindqvist@fjallhus.example"), [("Jordan Lee", "jordan.lee@mail.example")], WEU, seq=1, status="CANCELLED"), method="CANCEL"),
    ("interview_cancelled", "Fjällhus", "Mobile Developer", N, [], N, N, "anna.lindqvist@fjallhus.example", "Outlook CANCEL, Windows zone"), crlf=True)

add('"Cobalt Ridge Software" <no-reply@cobaltridge-careers.example>', "Your application - Software Developer, Payments", "Thu, 25 Mar 2027 21:00:00 +0000",
    plain("""Hi Jordan,

Thanks for your interest in the Software Developer, Payments position (CR-2298). We've reviewed your application and, unfortunately, will not be progressing it to the interview stage.

If you would like feedback, please contact Megan Fraser at megan.fraser@cobaltridge.example.

Megan Fraser
Talent Acquisition, Cobalt Ridge Software
"""), ("rejection", "Cobalt Ridge Software", "Software Developer, Payments", "CR-2298", [], N, N, "megan.fraser@cobaltridge.example", "no-reply rejection with a feedback contact in the body; 'not be progressing it to the interview stage'"))

add('"Wei Ling Tan" <weiling.tan@harbourfront-sg.example>', "Interview confirmation", "Mon, 15 Mar 2027 18:00:00 +0800",
    plain("""Dear Jordan,

We are pleased to confirm your interview for the Site Reliability Engineer role on Tuesday 16 March at 9:00am SGT (Monday 15 March, 9:00pm in New York). You will meet Raymond Goh, Head of Infrastructure, for one hour.

Regards,
Wei Ling Tan
Talent Acquisition, Harbourfront Digital
Singapore
"""), ("interview_scheduled", "Harbourfront Digital", "Site Reliability Engineer", N, [("Raymond Goh", N)], "2027-03-16T09:00:00+08:00", "2027-03-16T10:00:00+08:00", "weiling.tan@harbourfront-sg.example", "SGT; the candidate's time is the previous day"))

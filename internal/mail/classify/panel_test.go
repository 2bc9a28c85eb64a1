package classify

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestPanelPeople reads the interviewers of small interview confirmations
// (testdata/people): headed lists in every layout, HTML tables, agendas,
// headings in several languages, calendar attendees of a PUBLISH, a sender
// who interviews, and what stays out (the coordinator, a tech check, fellow
// candidates, shared mailboxes), headings with qualifiers ("You'll meet,
// in this order:"), people of the quoted message the new text refers to,
// the people on copy a sentence calls the interviewers, agenda tables with
// a people column, and team sending names that are no one. Each name comes
// with the address the message gives it, or none.
func TestPanelPeople(t *testing.T) {
	tests := []struct {
		file string
		want []Person
	}{
		{"numbered_dash", []Person{{Name: "Priya Raman", Email: "priya.raman@northwind.example"}, {Name: "Tom Wu", Email: "tom.wu@northwind.example"}}},
		{"bullets_parens", []Person{{Name: "Ana Ruiz", Email: "ana.ruiz@northwind.example"}, {Name: "Ben Okafor", Email: ""}}},
		{"title_colon_name", []Person{{Name: "Clara Vos", Email: "clara.vos@northwind.example"}, {Name: "Omar Haddad", Email: "omar.haddad@northwind.example"}}},
		{"plain_comma_title", []Person{{Name: "Grace Kim", Email: "grace.kim@northwind.example"}, {Name: "Leo Park", Email: ""}}},
		{"angle_email", []Person{{Name: "Nora Diaz", Email: "nora.diaz@northwind.example"}, {Name: "Raj Patel", Email: "raj.patel@northwind.example"}}},
		{"dash_email", []Person{{Name: "Elena Popescu", Email: "elena.popescu@northwind.example"}, {Name: "Sam Adeyemi", Email: "sam.adeyemi@northwind.example"}}},
		{"agenda", []Person{{Name: "Sofia Marin", Email: "sofia.marin@northwind.example"}, {Name: "Ken Ito", Email: ""}}},
		{"fr_interlocuteurs", []Person{{Name: "Claire Martin", Email: "claire.martin@lumiere.example"}, {Name: "Julien Petit", Email: "julien.petit@lumiere.example"}}},
		{"es_entrevistadores", []Person{{Name: "Lucía Gómez", Email: "lucia.gomez@sierra.example"}, {Name: "Diego Torres", Email: "diego.torres@sierra.example"}}},
		{"de_gespraechspartner", []Person{{Name: "Jonas Weber", Email: "jonas.weber@rheinwerk.example"}, {Name: "Lena Vogel", Email: ""}}},
		{"it_intervistatori", []Person{{Name: "Marco Bianchi", Email: "marco.bianchi@arno.example"}, {Name: "Giulia Russo", Email: ""}}},
		{"pt_entrevistadores", []Person{{Name: "Ana Souza", Email: "ana.souza@tejo.example"}, {Name: "Pedro Lima", Email: "pedro.lima@tejo.example"}}},
		{"nl_spreekt_met", []Person{{Name: "Sanne de Vries", Email: "sanne.devries@polder.example"}, {Name: "Pieter Bakker", Email: ""}}},
		{"html_table", []Person{{Name: "Hana Sato", Email: "hana.sato@northwind.example"}, {Name: "Victor Lindqvist", Email: "victor.lindqvist@northwind.example"}}},
		{"ics_publish", []Person{{Name: "Irene Novak", Email: "irene.novak@northwind.example"}, {Name: "Felix Braun", Email: "felix.braun@northwind.example"}}},
		{"sender_interviewer", []Person{{Name: "Helen Brooks", Email: "helen.brooks@northwind.example"}}},
		{"coordinator_techcheck", []Person{{Name: "Priya Raman", Email: "priya.raman@northwind.example"}}},
		{"local_part", []Person{{Name: "Priya Raman", Email: "priya.raman@northwind.example"}, {Name: "Tom Wu", Email: "tom.wu@northwind.example"}}},
		{"group_interview", []Person{{Name: "Rita Okafor", Email: ""}, {Name: "Dan Shaw", Email: ""}}},
		{"agenda_no_heading", []Person{{Name: "Marta Kowalczyk", Email: ""}, {Name: "Idris Bello", Email: ""}, {Name: "Yuki Sato", Email: ""}}},
		{"heading_lead_in", []Person{{Name: "Renata Duarte", Email: ""}, {Name: "Kwabena Mensah", Email: ""}}},
		{"who_line", []Person{{Name: "Joris van Leeuwen", Email: ""}}},
		{"agenda_two_line", []Person{{Name: "Kenji Mori", Email: ""}, {Name: "Ana Souza", Email: ""}, {Name: "Ruth Adler", Email: ""}}},
		{"exchange_last_first", []Person{{Name: "Priya Raman", Email: "praman@northwind.example"}, {Name: "Tom Wu", Email: "twu@northwind.example"}}},
		{"table_time_session", []Person{{Name: "Ahmed Farouk", Email: ""}, {Name: "Lin Zhao", Email: ""}}},
		{"shared_mailbox_item", []Person{{Name: "Priya Raman", Email: "priya.raman@northwind.example"}, {Name: "Tom Wu", Email: ""}}},
		{"agenda_name_first", []Person{{Name: "Priya Raman", Email: "priya.raman@northwind.example"}, {Name: "Tom Wu", Email: ""}}},
		{"bare_initial_local", []Person{{Name: "Priya Raman", Email: "praman@northwind.example"}, {Name: "Tom Wu", Email: "wut@northwind.example"}}},
		{"de_sender_brings", []Person{{Name: "Lukas Hartmann", Email: "lukas.hartmann@rheinwerk.example"}, {Name: "Max Roth", Email: ""}}},
		{"agenda_no_people", nil},
		// the sender joined by others ("Nos acompaña ..."), the people who
		// receive the candidate ("Te atenderán ..."), the sender closing the
		// list ("..., e io.")
		{"es_sender_accompanied", []Person{{Name: "Andrés Castaño", Email: "andres.castano@sierra.example"}, {Name: "Lucía Gómez", Email: "lucia.gomez@sierra.example"}}},
		{"es_te_atenderan", []Person{{Name: "Lucía Serrano", Email: ""}, {Name: "Álvaro Méndez", Email: ""}}},
		{"it_e_io", []Person{{Name: "Marco Bianchi", Email: ""}, {Name: "Giulia Romano", Email: "giulia.romano@arno.example"}}},
		{"calendar_description_list", []Person{{Name: "Priya Raman", Email: ""}, {Name: "Tom Wu", Email: ""}}},
		// a heading with qualifiers before its colon
		{"heading_in_order_en", []Person{{Name: "Priya Raman", Email: ""}, {Name: "Tom Wu", Email: ""}, {Name: "Ines Duarte", Email: ""}}},
		{"heading_parens_en", []Person{{Name: "Hana Sato", Email: "hana.sato@northwind.example"}, {Name: "Victor Lindqvist", Email: ""}}},
		{"heading_in_order_fr", []Person{{Name: "Claire Martin", Email: ""}, {Name: "Julien Petit", Email: ""}}},
		{"heading_order_de", []Person{{Name: "Jonas Weber", Email: ""}, {Name: "Lena Vogel", Email: ""}}},
		// people of the quoted message the new text refers to, and only those
		{"quoted_first_names", []Person{{Name: "Declan Murphy", Email: ""}, {Name: "Ravi Iyer", Email: ""}}},
		{"quoted_moved_es", []Person{{Name: "Lucía Gómez", Email: ""}, {Name: "Diego Torres", Email: ""}}},
		{"quoted_other_stage", nil},
		// the people on copy
		{"cc_on_copy_en", []Person{{Name: "Priya Raman", Email: "priya.raman@indigoloom.example"}, {Name: "Tom Wu", Email: "tom.wu@indigoloom.example"}}},
		{"cc_copied_named", []Person{{Name: "Priya Raman", Email: "priya.raman@northwind.example"}, {Name: "Tom Wu", Email: "tom.wu@northwind.example"}}},
		{"cc_en_copie_fr", []Person{{Name: "Claire Martin", Email: "claire.martin@lumiere.example"}, {Name: "Julien Petit", Email: "julien.petit@lumiere.example"}}},
		{"cc_in_kopie_de", []Person{{Name: "Jonas Weber", Email: "jonas.weber@rheinwerk.example"}, {Name: "Lena Vogel", Email: "lena.vogel@rheinwerk.example"}}},
		{"cc_not_interviewers", []Person{{Name: "Grace Kim", Email: ""}}},
		// agenda tables with a people column, and team names that are no one
		{"agenda_table_en", []Person{{Name: "Vikram Sethi", Email: ""}, {Name: "Mei Tanaka", Email: ""}, {Name: "Daniel Osei", Email: ""}}},
		{"agenda_table_es", []Person{{Name: "Lucía Gómez", Email: ""}, {Name: "Diego Torres", Email: ""}}},
		{"agenda_table_de", []Person{{Name: "Jonas Weber", Email: ""}, {Name: "Lena Vogel", Email: ""}}},
		{"team_sender_recruiting", nil},
		{"team_sender_interviews", nil},
		// sentence lists with addresses and titles between the names
		{"sentence_list_parens", []Person{{Name: "Priya Raman", Email: "priya.raman@northwind.example"}, {Name: "Tom Wu", Email: "tom.wu@northwind.example"}}},
		{"sentence_list_nl", []Person{{Name: "Sanne de Vries", Email: ""}, {Name: "Pieter Bakker", Email: ""}}},
		// the sender interviews: alone, at the end of a list ("and I",
		// "y yo"), beside those they name; a greeting is no part in it
		{"sender_alone_en", []Person{{Name: "Helen Brooks", Email: "helen.brooks@northwind.example"}}},
		{"sender_and_i_en", []Person{{Name: "Priya Raman", Email: ""}, {Name: "Helen Brooks", Email: "helen.brooks@northwind.example"}}},
		{"sender_y_yo_es", []Person{{Name: "Diego Torres", Email: "diego.torres@sierra.example"}, {Name: "Lucía Gómez", Email: "lucia.gomez@sierra.example"}}},
		{"sender_zelf_nl", []Person{{Name: "Pieter Bakker", Email: ""}, {Name: "Sanne de Vries", Email: "sanne.devries@polder.example"}}},
		{"sender_insieme_it", []Person{{Name: "Giulia Russo", Email: ""}, {Name: "Marco Bianchi", Email: "marco.bianchi@arno.example"}}},
		{"cc_join_me_en", []Person{{Name: "Tom Wu", Email: "tom.wu@northwind.example"}, {Name: "Helen Brooks", Email: "helen.brooks@northwind.example"}}},
		{"sender_absent_pt", []Person{{Name: "Pedro Lima", Email: ""}}},
		{"greeting_list_nl", []Person{{Name: "Pieter Bakker", Email: ""}, {Name: "Fleur Janssen", Email: ""}}},
		// agendas of dotted time ranges, several people a row, "for"
		{"agenda_dot_range_nl", []Person{{Name: "Pieter Bakker", Email: ""}, {Name: "Fleur Janssen", Email: ""}, {Name: "Joris de Wit", Email: ""}, {Name: "Lotte Smit", Email: ""}}},
		{"agenda_dot_range_de", []Person{{Name: "Jonas Weber", Email: ""}, {Name: "Max Roth", Email: ""}, {Name: "Anna Keller", Email: ""}}},
		// honorifics with a feminine ending glued to the dot
		{"it_honorific_endings", []Person{{Name: "Marco Bianchi", Email: ""}, {Name: "Chiara Conti", Email: ""}, {Name: "Elena Greco", Email: ""}}},
		// an agenda without a heading whose breaks stand between the rows
		{"agenda_breaks", []Person{{Name: "Priya Raman", Email: ""}, {Name: "Tom Wu", Email: ""}, {Name: "Ines Duarte", Email: ""}}},
		// an agenda whose people stand on the line under their session
		{"agenda_person_under_session", []Person{{Name: "Priya Raman", Email: ""}, {Name: "Ines Duarte", Email: ""}, {Name: "Tom Wu", Email: ""}, {Name: "Ken Ito", Email: ""}}},
		// tables: a header row of column names under a people heading,
		// columns aligned with spaces
		{"table_name_column", []Person{{Name: "Priya Raman", Email: "p.raman@northwind.example"}, {Name: "Tom Wu", Email: "tom.wu@northwind.example"}}},
		{"table_spaced_columns", []Person{{Name: "Priya Raman", Email: ""}, {Name: "Tom Wu", Email: ""}, {Name: "Ines Duarte", Email: ""}}},
		// a heading that closes a paragraph; a brand glued to a number
		{"heading_ends_paragraph", []Person{{Name: "Priya Raman", Email: ""}, {Name: "Tom Wu", Email: ""}, {Name: "Ines Duarte", Email: ""}}},
		{"brand_digits", []Person{{Name: "Priya Raman", Email: ""}}},
		// a directory's "Last, First Dr." display name
		{"exchange_title_after", []Person{{Name: "Fabian Kühl", Email: "fabian.kuehl@northwind.example"}, {Name: "Tom Wu", Email: "twu@northwind.example"}}},
		// names with two particles, or "dos"
		{"name_particles", []Person{{Name: "Lucía de la Fuente", Email: ""}, {Name: "Pieter van der Berg", Email: ""}, {Name: "João Pedro dos Santos", Email: ""}}},
		// two people in one cell of a table; a title in another language
		{"table_two_in_cell", []Person{{Name: "Priya Raman", Email: ""}, {Name: "Tom Wu", Email: ""}, {Name: "Ines Duarte", Email: ""}}},
		// agenda rows with the session's description under them
		{"agenda_description_lines", []Person{{Name: "Priya Raman", Email: ""}, {Name: "Tom Wu", Email: ""}, {Name: "Ines Duarte", Email: ""}}},
		// headings that say who interviews, and the company's participants
		{"heading_who_interviews_es", []Person{{Name: "Diego Torres", Email: "diego.torres@sierra.example"}, {Name: "Paula Ríos", Email: ""}}},
		{"heading_participants_pt", []Person{{Name: "Pedro Lima", Email: ""}}},
		{"heading_wen_de", []Person{{Name: "Jonas Weber", Email: ""}, {Name: "Max Roth", Email: ""}}},
		// a relative clause between two names; a heading inline with its
		// qualifiers before the colon (an article starts no name)
		{"relative_clause_en", []Person{{Name: "Priya Raman", Email: ""}, {Name: "Tom Wu", Email: ""}}},
		{"inline_heading", []Person{{Name: "Priya Raman", Email: ""}, {Name: "Tom Wu", Email: ""}}},
		// one calendar file of several sessions the same day
		{"ics_sessions", []Person{{Name: "Irene Novak", Email: "irene.novak@northwind.example"}, {Name: "Felix Braun", Email: "felix.braun@northwind.example"}}},
		{"agenda_with_under_session", []Person{{Name: "Wang Xiaoling", Email: ""}, {Name: "Nurul Huda binti Ismail", Email: ""}, {Name: "Felicia Ong", Email: ""}}},
		// an optional attendee the text never names; "X also joins" from
		// the organiser, not from a recruiter
		{"ics_optional_attendee", []Person{{Name: "Sanne de Vries", Email: "sanne.devries@polder.example"}, {Name: "Pieter Bakker", Email: "pieter.bakker@polder.example"}}},
		{"recruiter_also_join", []Person{{Name: "Priya Raman", Email: ""}, {Name: "Tom Wu", Email: ""}}},
		{"techcheck_joins", []Person{{Name: "Priya Raman", Email: ""}, {Name: "Tom Wu", Email: ""}}},
		// a calendar's organiser who signs as a recruiter, in Portuguese
		{"ics_recruiter_pt", []Person{{Name: "Pedro Lima", Email: "pedro.lima@tejo.example"}, {Name: "Ana Souza", Email: "ana.souza@tejo.example"}}},
		// "you're meeting" and the sender on the call too; academic titles
		{"you_are_meeting", []Person{{Name: "Priya Raman", Email: ""}, {Name: "Helen Brooks", Email: "helen.brooks@agency.example"}}},
		{"agenda_academic_titles_de", []Person{{Name: "Anna Keller", Email: "anna.keller@rheinwerk.example"}, {Name: "Jonas Weber", Email: ""}, {Name: "Trần Thị Lan", Email: ""}}},
		// everyone an agenda row names after "by"; a coordinator's "me"
		{"agenda_by_coordinator", []Person{{Name: "Priya Raman", Email: ""}, {Name: "Tom Wu", Email: ""}, {Name: "Ines Duarte", Email: ""}}},
		// a long list, a nickname inside a name, a label line after it
		{"markdown_nickname_list", []Person{{Name: "Cheng-Po (Paul) Chen", Email: ""}, {Name: "Curtis Bailey", Email: ""}, {Name: "Jon Schaeffer", Email: ""},
			{Name: "Matt Engels", Email: ""}, {Name: "Mitchell Lamar", Email: ""}, {Name: "Mychal Hall", Email: ""}, {Name: "Nathalie Marquez Ruiz", Email: ""},
			{Name: "Tom Jewell", Email: ""}, {Name: "Priya Raman", Email: ""}}},
		// addresses joined to names: a mailto link whose text is the
		// name, an address elsewhere whose local part spells it
		{"mailto_anchor", []Person{{Name: "Priya Raman", Email: "priya.raman@northwind.example"}, {Name: "Tom Wu", Email: "tom.wu@northwind.example"}, {Name: "Ines Duarte", Email: ""}}},
		// "It'll" opening a line: the sender says they interview alone
		{"sender_alone_contraction", []Person{{Name: "Moana Tait", Email: "moana.tait@kereru.example"}}},
		// a long heading line with qualifiers over a numbered list
		{"long_heading_numbered", []Person{{Name: "Wiremu Pohatu", Email: ""}, {Name: "Ingrid Solberg", Email: ""}, {Name: "Kofi Asante", Email: ""}}},
		// a table header row with a name and a role column needs no heading; a note-taker is no interviewer
		{"roster_table_role", []Person{{Name: "Niamh Brennan", Email: ""}, {Name: "Tariq Hussain", Email: ""}}},
		// a plain text table ruled off under its header, two people with an honorific in one cell
		{"agenda_table_rule_de", []Person{{Name: "Tobias Ernst", Email: ""}, {Name: "Mirela Kovač", Email: ""}, {Name: "Lukas Brandt", Email: ""}}},
		// a name wrapped across a line break in running prose
		{"wrapped_name_prose", []Person{{Name: "Rosalind Achterberg", Email: ""}, {Name: "Tomasz Zielinski", Email: ""}}},
		// the candidate named in place of "you" in a forwarded client note: "Alex will meet ..."
		{"candidate_named_trigger", []Person{{Name: "Hemi Walker", Email: ""}, {Name: "Sunita Rao", Email: ""}}},
		// an organiser left out of the attendees who writes "Mit dabei ist ... Lars Petersen" takes part
		{"ics_sender_joined_de", []Person{{Name: "Merve Aydin", Email: "merve@elbstudio.example"}, {Name: "Lars Petersen", Email: "lars@elbstudio.example"}}},
		// a booking page's "Staff:" field names the interviewer
		{"booking_staff_field", []Person{{Name: "Thandiwe Mokoena", Email: ""}}},
		// "Interview team:" heads the list; addresses in [ ] and ( )
		{"interview_team_heading", []Person{{Name: "Róisín O'Hara", Email: "roisin.ohara@northwind.example"}, {Name: "Kwame Mensah-Bonsu", Email: "kwame.mensah@northwind.example"}}},
		// a family name after two given names and particles; a particle joined by a hyphen ("al-Farsi")
		{"agenda_long_particles", []Person{{Name: "Ana Luisa de la Vega", Email: ""}, {Name: "Omar al-Farsi", Email: ""}, {Name: "Hendrik van den Broek", Email: ""}}},
		// "ainsi que" joins two people of a list, each with a title
		{"fr_ainsi_que", []Person{{Name: "Claire Fontaine", Email: ""}, {Name: "Malik Haddou", Email: ""}}},
		// "Je serai accompagné de ...": the sender interviews beside the one named
		{"fr_sender_accompagne", []Person{{Name: "Julien Roy", Email: "julien.roy@boreal.example"}, {Name: "Sophie Gagnon", Email: ""}}},
		// an optional attendee the text names only to leave out ("he is not part of the interview")
		{"ics_optional_named_out", []Person{{Name: "Keiko Matsuda", Email: "keiko.matsuda@northwind.example"}, {Name: "Ewan McCrory", Email: "ewan.mccrory@northwind.example"}}},
		// a family name after an honorific ("Herr Yilmaz, in Kopie") is the person copied so named
		{"de_family_name_cc", []Person{{Name: "Verena Hollerer", Email: "v.hollerer@donau.example"}, {Name: "Kemal Yilmaz", Email: "kemal.yilmaz@donau.example"}}},
		// "Teilnehmende seitens Bergquell:" heads a list on its line; the organiser it lists interviews too
		{"ics_sender_listed_de", []Person{{Name: "Florian Gruber", Email: "f.gruber@bergquell.example"}, {Name: "Ilona Szabó", Email: "i.szabo@bergquell.example"}}},
		// a "With" column of a bar table; the welcome row of an organiser names no interviewer
		{"table_with_column_welcome", []Person{{Name: "Jonas Richter", Email: ""}, {Name: "Aylin Demir", Email: ""}, {Name: "Tobias Eze", Email: ""}}},
		// a plain-text table whose header names the people column ("Interviewer")
		{"spaced_column_table", []Person{{Name: "Sipho Dlamini", Email: ""}, {Name: "Naledi Khumalo", Email: ""}}},
		// leader dots between a session and its person
		{"leader_dots_agenda", []Person{{Name: "Imogen Hart", Email: ""}, {Name: "Dario Conti", Email: ""}}},
		// initials ("H. Ishikawa") and a slash between names
		{"initials_slash_panel", []Person{{Name: "H. Ishikawa", Email: ""}, {Name: "T. Brennan", Email: ""}}},
		// a four-digit UTC time; a heading's list on its line, split by semicolons
		{"four_digit_utc_semicolons", []Person{{Name: "Lior Ben-David", Email: ""}, {Name: "Maya Osei", Email: ""}}},
		// a colleague's appointment forwarded by an assistant: Outlook's "Required:" line, the owner left out
		{"outlook_forwarded_required", []Person{{Name: "Hazel Quint", Email: ""}, {Name: "Ivo Marsh", Email: ""}}},
		// "X and I will meet you": the sender and the one copied
		{"sender_and_i_meet", []Person{{Name: "Basile Roy", Email: "basile.roy@hirondelle.example"}, {Name: "Odile Faure", Email: "odile.faure@hirondelle.example"}}},
		// a title wrapped after "our", then "and" and the next person with a qualifier
		{"wrapped_title", []Person{{Name: "Wendy Achebe", Email: ""}, {Name: "Kurt Lamm", Email: ""}}},
		// Portuguese "e por" joins the second person, on the next line
		{"pt_e_por", []Person{{Name: "Tiago Moura", Email: ""}, {Name: "Beatriz Lopes Cardoso", Email: ""}}},
		// cards: each name over its title, a blank line between them
		{"name_over_title_cards", []Person{{Name: "Lê Thu Trang", Email: ""}, {Name: "Đỗ Minh Khoa", Email: ""}}},
		// cards of four lines: name, title, session, address
		{"cards_session_email", []Person{{Name: "Ines Varga", Email: "ines.varga@fjordlab.example"}, {Name: "Tomasz Zieliński", Email: "tomasz.zielinski@fjordlab.example"}}},
		// a heading with a note in parentheses, decorated by "■"; family names in capitals; "・" bullets
		{"caps_family_heading_note", []Person{{Name: "KOBAYASHI Ren", Email: ""}, {Name: "Claire DUMONT-LAURENT", Email: ""}}},
		// Italian honorifics in lower case after an article ("la dott.ssa", "l'ing."); "R&D" joins no names
		{"it_article_honorific", []Person{{Name: "Marta Ricci", Email: ""}, {Name: "Paolo De Luca", Email: ""}}},
		// "Interviewer 1: ..." numbered labels
		{"numbered_interviewer_labels", []Person{{Name: "Selim Aksoy", Email: ""}, {Name: "Derya Polat", Email: ""}}},
		// German "Am Gespräch nehmen ... teil" with honorifics
		{"de_am_gespraech_nehmen", []Person{{Name: "Sabine Huber", Email: ""}, {Name: "Emre Yildiz", Email: ""}}},
		// a time cell, then the person's cell opened by an honorific
		{"fr_time_cell_honorific", []Person{{Name: "Hugo Marchal", Email: ""}, {Name: "Inès Caron", Email: ""}}},
		// "X will replace Y": X in, Y out, X's address from Cc
		{"panel_replacement", []Person{{Name: "Tariq Nasser", Email: ""}, {Name: "Rhea Kapoor", Email: "rhea.kapoor@lindale.example"}}},
		// a plain-text table row whose first cell is empty continues the one above
		{"table_row_continues", []Person{{Name: "Urs Baumann", Email: ""}, {Name: "Ana Kovač", Email: ""}, {Name: "Lina Frei-Moser", Email: ""}}},
		// sessions parted by blank lines, each person under its time; an observer left out
		{"agenda_blocks_blank_lines", []Person{{Name: "Noor Haddad", Email: ""}, {Name: "Lukas Brandt", Email: ""}, {Name: "Carla Mendes", Email: ""}}},
		// two people in one session, parted by a semicolon
		{"agenda_row_two_names", []Person{{Name: "Ruth Okafor-Lane", Email: ""}, {Name: "Ivan Petrov", Email: ""}, {Name: "Sun-hee Cho", Email: ""}}},
		// cards with a note of a sentence or two under each title
		{"cards_with_notes", []Person{{Name: "Dara Whelan", Email: ""}, {Name: "Matteo Rinaldi", Email: ""}}},
		// list items opened by any lone symbol ("✦", "◆") or a guillemet ("»")
		{"symbol_bullets", []Person{{Name: "Rowan Pettifer", Email: ""}, {Name: "Ilse Maartens", Email: "ilse.maartens@corbeau-studio.example"}, {Name: "Teodor Vlasić", Email: ""}}},
		// French inclusive writing: "Vous serez reçu·e par" reads as "reçu"
		{"fr_inclusive_dot", []Person{{Name: "Claire Martin", Email: ""}, {Name: "Julien Petit", Email: ""}}},
		// "~" opens an item; a suffix closes a name ("Jr.", "III")
		{"name_suffix_tilde", []Person{{Name: "Dorian K. Ashby Jr.", Email: ""}, {Name: "Hollis Crane III", Email: ""}, {Name: "Mireille Fontaine", Email: ""}}},
		// a leader of two dots, or one, where the session is long
		{"leader_two_dots", []Person{{Name: "Quentin Marlowe", Email: ""}, {Name: "Saoirse Delaney", Email: ""}, {Name: "Ruadhan Keogh", Email: ""}}},
		// a second person under a session's row, the session's description under them
		{"agenda_second_person_note", []Person{{Name: "Linnea Haugland", Email: ""}, {Name: "Bartholomew Oyelowo", Email: ""}, {Name: "Fenna Stroud", Email: ""}, {Name: "Cosimo Ferrante", Email: ""}}},
		// "* me" among starred items is the sender; a starred item's note wraps under it
		{"starred_self_item", []Person{{Name: "Teodora Balan", Email: "teodora@quillhaven.example"}, {Name: "Anselm Grauer", Email: ""}, {Name: "Priyanka Dutt", Email: ""}}},
		// items numbered with roman numerals: "(ii)", "(iii)"
		{"roman_numbered_items", []Person{{Name: "Callum Brodie-Nash", Email: ""}, {Name: "Yuki Arakawa", Email: ""}, {Name: "Fern Waddell", Email: ""}}},
		// "me" as an agenda row's person, in a message forwarded in the new text: its author
		{"forwarded_agenda_me", []Person{{Name: "Sinéad Corrigan", Email: ""}, {Name: "Tadhg Mulvey", Email: ""}, {Name: "Declan Fahy", Email: "declan.fahy@heathmoor.example"}}},
		// a heading over a table whose header row has a people cell: the header is no person
		{"heading_over_people_table", []Person{{Name: "Rosalind Achebe", Email: "rosalind.achebe@juniperbay.example"}, {Name: "Emeric Vasseur", Email: "emeric.vasseur@juniperbay.example"}}},
		// an agenda row whose session only welcomes the candidate ("Accueil par ...")
		{"agenda_welcome_session_fr", []Person{{Name: "Baptiste Rouvier", Email: ""}, {Name: "Solène Marchetti", Email: ""}}},
		// agenda rows opened by a preposition before the time ("ore 14:00"); a person after the title a comma closes
		{"agenda_ore_title_comma_it", []Person{{Name: "Ottavia Ferraris", Email: ""}, {Name: "Corrado Balestrieri", Email: ""}}},
		// cards whose title line names a department after the title ("Vice President, Structural Genomics")
		{"cards_title_department", []Person{{Name: "Ignatius Obi", Email: ""}, {Name: "Henrietta Lowe-Park", Email: ""}}},
		// two family names after the particles ("de la Fuente Robles")
		{"es_particle_two_surnames", []Person{{Name: "Ana Lucía de la Fuente Robles", Email: ""}, {Name: "Tomás Ibarra Solís", Email: ""}}},
		// a grid table ruled with "+---+" between its rows, its people column headed "Entrevistador(a)"
		{"grid_table_es", []Person{{Name: "Ana Lucía de la Fuente Robles", Email: "alfuente@grupocenote.example"}, {Name: "Rodrigo Aranda-Villalobos", Email: "raranda@grupocenote.example"}, {Name: "Yatzil Quintero", Email: ""}}},
		// "saremo in tre:" then the list, the sender first
		{"it_saremo_in_tre", []Person{{Name: "Beatrice Fontana", Email: "beatrice.fontana@ceramichearno.example"}, {Name: "Ruggero Bellandi", Email: ""}, {Name: "Ilaria Sant'Elia", Email: ""}}},
		// "You'll talk to me and ..."
		{"talk_to_me_and", []Person{{Name: "Saskia Vermeulen", Email: "saskia.vermeulen@tidewater.example"}, {Name: "Oisín Farrelly", Email: ""}}},
		// the particles "de los", "de las"
		{"es_particle_de_los", []Person{{Name: "Rocío de los Santos", Email: ""}, {Name: "Emilio de las Heras", Email: ""}}},
		// a sentence opened by a pronoun joins the one person named in the sentence before
		{"pronoun_joins_after_name", []Person{{Name: "Barnaby Achterberg", Email: ""}}},
		// a reply that adds someone ("Looping in ...") and keeps the quoted panel ("as well")
		{"reply_adds_to_quoted_panel", []Person{{Name: "Tomás Ferreira", Email: ""}, {Name: "Priya Raman", Email: ""}}},
		// an agenda row's department after the title is no second person; "&" joins two
		{"agenda_title_department", []Person{{Name: "Ottilie Marsh", Email: ""}, {Name: "Kwame Boateng", Email: ""}, {Name: "Lior Ben-David", Email: ""}, {Name: "Ingrid Solberg", Email: ""}}},
		// the names an "&" joins in the company's name are no people ("with Hartwell & Croft")
		{"company_ampersand_names", []Person{{Name: "Ottilie Marsh", Email: ""}}},
		// Portuguese "Vamos estar eu e o ..."
		{"pt_vamos_estar", []Person{{Name: "Leonor Quaresma", Email: "leonor.quaresma@pinhalsoft.example"}, {Name: "Duarte Valadares", Email: ""}}},
		// an HTML table cell with a line break: its second person stands alone on the next line
		{"html_cell_line_break_fr", []Person{{Name: "Séverine Amstutz", Email: ""}, {Name: "Florian Jaquet", Email: ""}, {Name: "Yasmina Oulad", Email: ""}}},
		// "X will join me": X and the sender
		{"will_join_me", []Person{{Name: "Mirela Stan", Email: "mirela.stan@larkhaven.example"}, {Name: "Bruno Fairweather", Email: ""}}},
		// ... with a relative clause between, the name wrapped over the line break
		{"joins_me_relative_wrapped", []Person{{Name: "Mirela Stan", Email: "mirela.stan@larkhaven.example"}, {Name: "Bruno Fairweather", Email: ""}}},
		// an optional attendee the text leaves out in the next sentence, opened by their first name
		{"ics_optional_shadow_name", []Person{{Name: "Ruth Okonjo", Email: "ruth.okonjo@hallamfoods.example"}, {Name: "Casimir Pohl", Email: "casimir.pohl@hallamfoods.example"}}},
		// an optional attendee who only shadows ("as a shadow", "in affiancamento")
		{"ics_optional_shadow_en", []Person{{Name: "Ruth Okonjo", Email: "ruth.okonjo@hallamfoods.example"}, {Name: "Casimir Pohl", Email: "casimir.pohl@hallamfoods.example"}}},
		{"ics_optional_affiancamento_it", []Person{{Name: "Ettore Vianello", Email: "ettore.vianello@orbitapagamenti.example"}, {Name: "Serena Bonfanti", Email: "serena.bonfanti@orbitapagamenti.example"}}},
		// "Osric hops on around 10": a first name joins the sender
		{"first_name_hops_on", []Person{{Name: "Ruairi Tolland", Email: "ruairi.tolland@quaymotion.example"}, {Name: "Osric", Email: ""}}},
		// "X from our test team will join me"
		{"name_from_team_joins", []Person{{Name: "Ruairi Tolland", Email: "ruairi.tolland@quaymotion.example"}, {Name: "Henrike Aalto", Email: ""}}},
		// a reply: one steps in for the one named before ("will take his slot"), one more is asked to join, the quoted panel stays
		{"reply_replaces_his_slot", []Person{{Name: "Hannah Okafor", Email: ""}, {Name: "Ines Varga", Email: ""}, {Name: "Bo Lindahl", Email: ""}}},
		// ... after a sentence opened by a capitalised word that is no name ("Quick change for Thursday: Tobias ... so Ines will take his slot")
		{"reply_replaces_after_opener", []Person{{Name: "Hannah Okafor", Email: ""}, {Name: "Ines Varga", Email: ""}}},
		// "St." inside a name
		{"saint_in_name", []Person{{Name: "Rosalind St. Germain", Email: ""}, {Name: "Tomasz Wrona", Email: ""}}},
		// list columns aligned with spaces, an honorific before each name
		{"de_aligned_honorifics", []Person{{Name: "Henrike Voßberg", Email: ""}, {Name: "Jan-Ole Brinkmann", Email: ""}}},
		// a panel's "Chair:" labels its person
		{"chair_label", []Person{{Name: "Rhodri Pennant-Hughes", Email: ""}, {Name: "Ebele Nwachukwu", Email: ""}}},
		// the Welsh particle "ap"
		{"welsh_ap_particle", []Person{{Name: "Rhodri Pennant-Hughes", Email: ""}, {Name: "Ebele Nwachukwu", Email: ""}, {Name: "Gwenllian ap Iorwerth", Email: ""}}},
		// German "Dabei sind ich, ... und ..."
		{"de_dabei_sind", []Person{{Name: "Ruprecht Anselm", Email: "ruprecht.anselm@havelwerk.example"}, {Name: "Ilka Dornberger", Email: ""}, {Name: "Mirko Stepanović", Email: ""}}},
		// agenda blocks: the time, the session's name, then "with" its people, each on its line
		{"agenda_time_session_with", []Person{{Name: "Oren Falkenrath", Email: ""}, {Name: "Beatriz Quintal", Email: ""}, {Name: "Hamish Dunleavy", Email: ""}}},
		// agenda rows whose session cell is followed by two people: "Data modeling: A & B"
		{"agenda_colon_two_people", []Person{{Name: "Anselmo Durán", Email: ""}, {Name: "Priya Venkatesh", Email: ""}, {Name: "Jonah Whitcombe", Email: ""}, {Name: "Mareike Thiel", Email: ""}, {Name: "Oddny Sørlie", Email: ""}}},
		// a title wrapped after "of" with a note in parentheses, then "and" the next person
		{"title_wrapped_after_of", []Person{{Name: "Orla Ní Cheallaigh", Email: ""}, {Name: "Lorcan P. Whitmore", Email: ""}}},
		// Spanish "Se suma también X": someone joins
		{"es_se_suma", []Person{{Name: "Teodoro Balbuena", Email: ""}}},
		// "con el equipo de Infraestructura" names a department, no person
		{"es_team_of_department", []Person{{Name: "Leandro Caballero", Email: ""}, {Name: "Renata Olvera", Email: ""}}},
		// a Catalan name: two family names joined by "i"
		{"catalan_i_particle", []Person{{Name: "Pau Roig i Casals", Email: ""}, {Name: "Marina Soler", Email: ""}}},
		// a given name and an initial after it ("Sundararajan K.")
		{"trailing_initial", []Person{{Name: "Sundararajan K.", Email: ""}, {Name: "Lakshmi Ramaswamy", Email: ""}}},
		// a Dutch committee: "de heer" and academic titles before initials, initials written together,
		// a name called by in parentheses, particles after an initial ("van 't")
		{"nl_selectiecommissie", []Person{{Name: "J.W. (Janneke) Verhoeven-Smit", Email: ""}, {Name: "D. van 't Veld", Email: ""}, {Name: "K. Yıldırım", Email: ""}}},
		// "M." before a lone family name among initials is an initial, not "Monsieur"
		{"letter_m_initial", []Person{{Name: "H. Ishida", Email: ""}, {Name: "T. Mensah", Email: ""}, {Name: "M. Brannstrom", Email: ""}}},
		// a link in angle brackets after a name; a title wrapped onto the next line ("Manager" / "for Ranking, and ...")
		{"name_link_wrapped_title", []Person{{Name: "Maarten de Groot-Visser", Email: ""}, {Name: "Ilse Brouwer", Email: ""}}},
		// a title wrapped before its last word, capitalised on the next line ("Engineering" / "Manager, and ...")
		{"title_word_wrapped", []Person{{Name: "Marisol Quiroga-Beltrán", Email: ""}, {Name: "Terrence Ashdown", Email: ""}}},
		// "with" opening the line under a session and its time
		{"session_time_then_with", []Person{{Name: "Bożena Krawczyk", Email: ""}, {Name: "Tomasz Ryba", Email: ""}, {Name: "Jarosław Pietrzak", Email: ""}}},
		// a table row's person with their title on the line under the row; two people joined by "&" in one cell
		{"html_table_title_under_row", []Person{{Name: "Idris Mahmoud", Email: ""}, {Name: "Greta Lund", Email: ""}, {Name: "Paolo Ferri", Email: ""}, {Name: "Noemi Baptiste", Email: ""}}},
		// a field's value going on under it, a department after the first title
		{"field_value_lines_department", []Person{{Name: "Sanjay Menon", Email: ""}, {Name: "Ishita Bhalla", Email: ""}}},
		// a booking's "Staff" label in a table cell of its own, no colon
		{"booking_staff_cell", []Person{{Name: "Perpetua Vance", Email: ""}, {Name: "Tamsin Hollow", Email: ""}}},
		// a person whose address spells their name stays, though the company was read as their name
		{"booking_staff_ics_company", []Person{{Name: "Perpetua Vance", Email: "perpetua.vance@larchmont.example"}, {Name: "Tamsin Hollow", Email: "tamsin.hollow@larchmont.example"}}},
		// a person named again by the first words of their name is no second person
		{"short_name_again", []Person{{Name: "Ana Lucía de la Vega", Email: ""}, {Name: "Oswin Thackeray", Email: ""}}},
		// one who coordinates the day ("coordina la giornata") is no interviewer
		{"it_roster_coordina", []Person{{Name: "Arturo Benvenuti", Email: ""}, {Name: "Federica Sala", Email: ""}}},
		// a directory's "DUVAL Anne-Sophie" in Cc is the "Anne-Sophie Duval" the
		// text names; "Chen Yu-ting", written so in the text too, keeps its order
		{"family_first_display_name", []Person{{Name: "Anne-Sophie Duval", Email: "as.duval@ateliers-lumen.example"}, {Name: "Chen Yu-ting", Email: "yuting.chen@ateliers-lumen.example"}}},
		// a "Met wie:" label over Dutch titles written in lower case
		{"nl_met_wie_lower_titles", []Person{{Name: "Joost van der Meer", Email: ""}, {Name: "Ilse de Vries", Email: ""}}},
		// "Interviewer(s):" over "Last, First (Title); Last, First (Title)" on its line
		{"semicolon_family_first_titles", []Person{{Name: "Wouter Dekker", Email: ""}, {Name: "Lotte Smit", Email: ""}}},
		// an Italian commission "presieduta dalla ... e composta inoltre dall'Ing.", a name wrapped after its particle
		{"it_commissione_wrapped_particle", []Person{{Name: "Valeria Lo Presti", Email: ""}, {Name: "Paolo Gallo", Email: ""}}},
		// names before "will run the conversation", the recruiter not among them
		{"names_before_will_run", []Person{{Name: "Ebru Kaplan", Email: ""}, {Name: "Joaquim Mendes", Email: ""}}},
		// a long title before the name, its department in capitals after "del"
		{"es_title_before_name", []Person{{Name: "Valentina Araya Rojas", Email: ""}}},
		// Dutch "Dan schuiven X en Y aan"
		{"nl_dan_schuiven_aan", []Person{{Name: "Femke Oosterhuis", Email: ""}, {Name: "Wouter Dekker", Email: ""}}},
		// Spanish "en su lugar entra X": the one who steps in
		{"es_en_su_lugar_entra", []Person{{Name: "Tomás Aguirre Salcedo", Email: ""}}},
		// two people sign the message together and say they both interview ("It'll be the two of us ... Rhea & Tomasz")
		{"joint_signoff", []Person{{Name: "Rhea Calloway", Email: "rhea@quillmoss.example"}, {Name: "Tomasz Wendt", Email: "tomasz.wendt@quillmoss.example"}}},
		// "me and two designers from my studio: X and Y": a counted group before a colon, then its names
		{"me_and_counted_group", []Person{{Name: "Wilhelmina Osei", Email: "wilhelmina.osei@brackenfold.example"}, {Name: "Odile Marchbank", Email: ""}, {Name: "Tevita Fonua", Email: ""}}},
		// "the call with Ingrid last week": a "with" followed by a past time names a talk already held
		{"with_past_when", []Person{{Name: "Thandiwe Mokoena", Email: ""}}},
		// an applicant-tracking system's table: names in capitals, one a line in the "Interviewer(s)" cell
		{"caps_cell_br", []Person{{Name: "MORWENNA TRELAWNEY", Email: ""}, {Name: "OKONKWO ADEBAYO", Email: ""}}},
		// a whole message in capitals: "INTERVIEW TEAM:" and its names, one a line
		{"caps_interview_team", []Person{{Name: "TOMOS GRUFFYDD", Email: ""}, {Name: "MARISELA ONTIVEROS", Email: ""}}},
		// Dutch "Het gesprek voer je met X (..., in cc) en Y"
		{"nl_paren_note_en", []Person{{Name: "Joost Verbeek", Email: "joost.verbeek@duinwater.example"}, {Name: "Yasmina El Idrissi", Email: ""}}},
		// a note in parentheses wrapped under a title, then the next person ("..., Gerente de Analítica" / "(lo copio ...), y la Lic. X")
		{"es_title_then_note", []Person{{Name: "Octavio Ledesma Ruiz", Email: "octavio.ledesma@cenzontle.example"}, {Name: "Ximena Arriaga Solís", Email: ""}}},
		// first names, each with their team: "Ottilie from Data, Ruben from Platform and Imke from Design"
		{"first_name_from_team", []Person{{Name: "Ottilie", Email: ""}, {Name: "Ruben", Email: ""}, {Name: "Imke", Email: ""}}},
		// Spanish "Vas a hablar conmigo y con dos personas de mi equipo: X (la copio acá) y Y"
		{"es_conmigo_y_dos", []Person{{Name: "Baltasar Quiroga", Email: "baltasar.quiroga@ombu-datos.example"}, {Name: "Celeste Arrieta", Email: "celeste.arrieta@ombu-datos.example"}, {Name: "Ulises Barrionuevo", Email: ""}}},
		// "It'll be just you, X (a long note with her address) and Y"
		{"just_you_and", []Person{{Name: "Saoirse Lindahl", Email: "saoirse.lindahl@juniperbay.example"}, {Name: "Marek Oduya", Email: ""}}},
		// a family name of two or three letters in capitals before the given names ("OH Seung Min")
		{"caps_short_family", []Person{{Name: "TAN Wei Jie", Email: ""}, {Name: "OH Seung Min", Email: ""}}},
		// particles with an elided article after a given name: "Femke van 't Zand"
		{"nl_van_t_bullet", []Person{{Name: "Maarten Hoekstra", Email: ""}, {Name: "Femke van 't Zand", Email: ""}}},
		// "X, who ..., will" / "sit in her place": the one who steps in for one named before, the words wrapped
		{"reply_sits_in_her_place", []Person{{Name: "Ottoline Grange", Email: ""}, {Name: "Cosmo Ardent", Email: "cosmo.ardent@rookhollow.example"}, {Name: "Bruno Castellan", Email: ""}}},
		// French "Vous verrez X, de l'équipe ..., qui ..., puis Y, notre ... Z, notre CTO, devrait les rejoindre"
		{"fr_vous_verrez_puis", []Person{{Name: "Aurèle", Email: ""}, {Name: "Maïwenn", Email: ""}, {Name: "Gaspard", Email: ""}}},
		// the sender present only as an observer ([leave_out_title] in the sentence that says they will be there)
		{"pt_sender_observer", []Person{{Name: "Beatriz Valadares", Email: ""}, {Name: "Tiago Meireles", Email: ""}}},
		// an organiser on the invite who brings the candidate in and leaves ("I'll walk you to the room and head out")
		{"ics_chair_heads_out", []Person{{Name: "Rasmus Quill", Email: "rasmus.quill@tidewell.example"}, {Name: "Nkechi Obiora", Email: "nkechi.obiora@tidewell.example"}}},
		// a panel changed twice in a thread, the last reply summing it up: "So for Thursday it's me, Wilma, Emeka."
		{"reply_final_roster", []Person{{Name: "Henrike Sallow", Email: "henrike.sallow@quarrylane.example"}, {Name: "Wilma Thorne", Email: "wilma.thorne@quarrylane.example"}, {Name: "Emeka Obi", Email: "emeka.obi@quarrylane.example"}}},
		// an invite that holds the people in the room, an agenda in the text that names those who dial in too
		{"ics_agenda_more_people", []Person{{Name: "Ambrose Kettering", Email: "ambrose.kettering@harrowgate.example"}, {Name: "Lucinda Farrow", Email: "lucinda.farrow@harrowgate.example"}, {Name: "Tariq Mansour", Email: ""}, {Name: "Solveig Brandt", Email: ""}}},
		// two names joined by "+": "it's Kirra Langford + Benedikt Sauer"
		{"plus_joins_names", []Person{{Name: "Kirra Langford", Email: ""}, {Name: "Benedikt Sauer", Email: ""}}},
		// French "Vous serez reçu(e) par Mme X, ..., et par M. Y, ...": "reçu(e)" written in tokens in the language file
		{"fr_recu_par_et_par", []Person{{Name: "Bérénice Vautrin", Email: ""}, {Name: "Théophile Garnier", Email: ""}}},
		// agenda rows numbered before their time ("1. 10:00 – 10:45 · ..."); a row wrapped inside a parenthesis, its second person on the next line
		// agenda rows whose person stands in a column aligned with spaces after the session
		{"agenda_spaced_columns", []Person{{Name: "Matthias Egli", Email: ""}, {Name: "Petra Wyss", Email: ""}, {Name: "Samuel Rochat", Email: ""}, {Name: "Olga Baumann", Email: ""}}},
		// an ATS's "Interviewer(s): Family, Given; Family, Given"
		{"family_first_semicolons", []Person{{Name: "Maja Lindqvist", Email: ""}, {Name: "Peter Obuya", Email: ""}}},
		// one word closing the line after a person's title is their department ("Engineering Manager, Payments"), no second person
		{"agenda_title_department_end", []Person{{Name: "Hannah Okafor", Email: ""}, {Name: "Lukas Brenner", Email: ""}}},
		// a label's list going on under it, the last title a researcher's ("Applied Researcher"): no person
		{"label_continued_researcher", []Person{{Name: "Tomasz Wójcik", Email: ""}, {Name: "Amara Nwosu", Email: ""}}},
		// a short name with the full name in parentheses after it ("Ravi (Arjun Ravi Menon, our CTO)"): one person, fully named
		{"short_name_full_in_parens", []Person{{Name: "Rahel Tesfaye", Email: "rahel@lumenfold.example"}, {Name: "Arjun Ravi Menon", Email: ""}, {Name: "Ilse Vermeulen", Email: ""}}},
		// an observer named with an elided article ("à titre d'observatrice") is no interviewer
		{"observer_elided_fr", []Person{{Name: "Odile Marchand", Email: ""}, {Name: "Kamel Haddadi", Email: ""}}},
		// a Vietnamese name whose tones the address drops ("Phạm Thị Hồng", "hong.pham@")
		{"vietnamese_name_address", []Person{{Name: "Daniel Whitford", Email: ""}, {Name: "Phạm Thị Hồng", Email: "hong.pham@orchidware.example"}}},
		// "She won't be on the call" about an optional attendee leaves the sender, who writes "X will join me", in
		{"ics_optional_she_wont_join", []Person{{Name: "Tamsin Rowe", Email: "tamsin.rowe@greyfriars.example"}, {Name: "Idris Kamara", Email: "idris.kamara@greyfriars.example"}}},
		// a heading sentence wrapped over two lines, its colon on the second
		{"heading_wrapped_sentence", []Person{{Name: "Oluwaseun Adebayo", Email: ""}, {Name: "Margit Halvorsen", Email: ""}}},
		// two people in one bulleted item: "- A (title) and B (title): 75 minutes on ..."
		{"bullet_two_people", []Person{{Name: "Oluwaseun Adebayo", Email: ""}, {Name: "Margit Halvorsen", Email: ""}, {Name: "Rui Carvalho", Email: ""}}},
		// Italian "Saremo io e X (...)": the sender and the one named
		{"it_saremo_io_e", []Person{{Name: "Federico Arduini", Email: "federico@vigneto-data.example"}, {Name: "Sara Colombo", Email: "sara@vigneto-data.example"}}},
		// a relative clause after the first person, then a join of two words ("..., que está em cópia, e pelo X")
		{"pt_relative_e_pelo", []Person{{Name: "Beatriz Lobo Antunes", Email: "beatriz.antunes@marebyte.example"}, {Name: "Tiago Rebelo Sousa", Email: ""}}},
		// French "Nous serons trois : moi-même, X et Y"
		{"fr_nous_serons", []Person{{Name: "Solène Marchetti", Email: "solene.marchetti@lavandis.example"}, {Name: "Gaël Rivière", Email: ""}, {Name: "Inès Benali", Email: ""}}},
		// one steps in after an apposition ("X, one of our senior engineers, will cover his slot")
		{"apposition_covers_slot", []Person{{Name: "Priti Bose", Email: ""}, {Name: "Noor Haddad", Email: ""}}},
		// a copied person whose display name carries an academic title ("Dr. X"), named in the text after "Frau Dr."
		{"cc_display_academic_title", []Person{{Name: "Miriam Oberholzer", Email: "m.oberholzer@elbtal-werke.example"}, {Name: "Tobias Lang", Email: "t.lang@elbtal-werke.example"}}},
		// on a changed panel, one named with a verb of staying ("X, director of engineering, joins as planned")
		{"stays_as_planned_en", []Person{{Name: "Desmond Achterberg", Email: "desmond.achterberg@tallowmere.example"}, {Name: "Imogen Sallis", Email: ""}}},
		{"agenda_numbered_times", []Person{{Name: "Sigrid Aalto", Email: ""}, {Name: "Oskar Brandt", Email: ""}, {Name: "Mirela Voicu", Email: ""}, {Name: "Yusuf Demir", Email: ""}}},
		// a heading that asks who takes part ("Who's joining", "Wer dabei ist") over a starred list, the sender first ("Ich – ...")
		// a heading with an inclusive ending ("Deine Gesprächspartner:innen") over cards
		{"heading_gender_ending_de", []Person{{Name: "Katrin Wendler", Email: ""}, {Name: "Emre Kaya", Email: ""}}},
		// a heading of those who will be with the candidate ("Joining you for the conversation:", "Te acompañarán en la entrevista:")
		{"heading_joining_you_en", []Person{{Name: "Owen Gallagher", Email: "owen.gallagher@harbourlight.example"}, {Name: "Priyanka Sethi", Email: ""}}},
		{"heading_joining_you_es", []Person{{Name: "Sergio Llorente", Email: ""}, {Name: "Marina Oyarzun", Email: ""}}},
		{"heading_who_joining_en", []Person{{Name: "Marit Olsen", Email: "marit.olsen@brightmoor.example"}, {Name: "Callum Reid", Email: "callum.reid@brightmoor.example"}, {Name: "Farid Haddad", Email: ""}}},
		{"heading_who_joining_de", []Person{{Name: "Henrike Lorenz", Email: "henrike.lorenz@talwerk.example"}, {Name: "Bastian Kröger", Email: "bastian.kroeger@talwerk.example"}, {Name: "Dilara Aksoy", Email: ""}}},
		// a directory's rows, family name first and the title in a column ("Okonjo, Adaeze      Network Services Manager"); the coordinator left out
		{"directory_family_first", []Person{{Name: "Adaeze Okonjo", Email: ""}, {Name: "Petra Lindgren", Email: ""}}},
		// "Title, Team: Name" bullets name the person, not the team
		{"title_colon_team_name", []Person{{Name: "Sigrun Dahl", Email: ""}, {Name: "Mateo Quispe", Email: ""}}},
		// German: the sender accompanied ("Ich werde von X sowie von Y begleitet"), the sender's display name without its "Dr."
		{"de_ich_werde_von", []Person{{Name: "Beat Imhof", Email: ""}, {Name: "Carla Nüesch", Email: ""}, {Name: "Urs Frehner", Email: "urs.frehner@bergwerk.example"}}},
		// an agenda row naming two people joined by "and"
		{"agenda_joint_row", []Person{{Name: "Dana Whitfield", Email: ""}, {Name: "Sunil Varma", Email: ""}, {Name: "Lauren Pike", Email: ""}}},
		// the one replaced named in the sentence before ("X can no longer join. Y, Senior Manager ..., will step in for her"); "Your panel is now ..."
		{"replaced_sentence_before", []Person{{Name: "Devin Ashworth", Email: "devin.ashworth@northwind.example"}, {Name: "Arjun Mehta", Email: ""}, {Name: "Colleen O'Rourke", Email: ""}}},
		// the sender meets the candidate with a colleague: "Jean Roy and I would like to meet you"
		{"sender_and_i_like_to_meet", []Person{{Name: "Jean Roy", Email: "jean.roy@northwind.example"}, {Name: "Marie Gagnon", Email: "marie.gagnon@northwind.example"}}},
		// Dutch heading "Aan tafel zitten:" over bullets; the note-taker left out
		{"nl_aan_tafel", []Person{{Name: "Pieter-Jan Goossens", Email: ""}, {Name: "Lotte Van den Abeele", Email: ""}}},
		// Spanish "Primero con X; después con Y"
		{"es_primero_despues", []Person{{Name: "Martín Ezcurra", Email: ""}, {Name: "Sol Ibarguren", Email: ""}}},
		{"local_part_spelled", []Person{{Name: "Zoë Lefèvre", Email: ""}, {Name: "Trần Thị Mai", Email: ""}, {Name: "Joaquín Ibáñez Peña", Email: "joaquin.ibanez@northwind.example"}}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			m := parseFile(t, filepath.Join("testdata", "people", tt.file+".eml"))
			r := Classify(m, Options{Self: []string{"alex@candidate.example"}})
			if r.Kind != InterviewScheduled {
				t.Errorf("Kind = %s, want %s (%s)", r.Kind, InterviewScheduled, strings.Join(r.Reasons, "; "))
			}
			if got, want := peopleKey(r.Interviewers), peopleKey(tt.want); got != want {
				t.Errorf("Interviewers = %s\n                 want %s", got, want)
			}
		})
	}
}

// peopleKey writes people as a sorted "Name <email>" list.
func peopleKey(ps []Person) string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name+" <"+strings.ToLower(p.Email)+">")
	}
	sort.Strings(out)
	return strings.Join(out, ", ")
}

// TestPanelHeading tells headings over a list of people from other lines.
func TestPanelHeading(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Interviewers:", true},
		{"Your panel", true},
		{"Here is who you'll meet:", true},
		{"Vos interlocuteurs :", true},
		{"Ihre Gesprächspartner:", true},
		{"Gli intervistatori:", true},
		{"Je spreekt met:", true},
		{"Entrevistadores:", true},
		{"Interviewer | Title | Email", true},
		{"Meeting with:", true},
		{"With", false},
		{"Interviewers: Priya Raman, Tom Wu", false},
		{"Interviewer(s) | Priyanka Das, Cloud Platform Manager", false},
		{"You will meet the team on site.", false},
		{"You'll meet, in this order:", true},
		{"Your interviewers (in order of appearance):", true},
		{"Vous rencontrerez, dans l'ordre :", true},
		{"Ihre Gesprächspartner (in dieser Reihenfolge):", true},
		{"You'll meet Priya Raman first, then:", false},
		{"You'll meet, write to priya@northwind.example:", false},
		{"You'll meet. Before that:", false},
		{"With, in this order:", false},
		{"Your interviewers, who all work in the platform group in Leeds:", false},
		{"Session | Time | Interviewer(s)", true},
		{"You will meet with the following people, one after another (45 minutes each):", true},
		{"You will meet the following people in this order, 45 minutes each:", true},
		{"You will meet with the team in the lobby, then Priya Raman takes you upstairs:", false},
		{"You will meet with the following people, one after another, in our office. Then:", false},
		{"Quem vai participar:", true},
		// the colon of a time among the qualifiers
		{"Panel for Alex (Senior iOS Engineer) on Thu 10/22, 3-4:30:", true},
	}
	for _, tt := range tests {
		ti := analyse(regNew, tt.line)
		lines := ti.textLines()
		if got := len(lines) == 1 && ti.panelHeading(lines[0]); got != tt.want {
			t.Errorf("panelHeading(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestAgendaTableText pins what the HTML-to-text conversion makes of an
// agenda table with a people column, which tableColumn reads: a header row
// and one row a line, cells separated by " | ", an empty last cell dropped.
func TestAgendaTableText(t *testing.T) {
	tests := []struct {
		file string
		want []string
	}{
		{"agenda_table_en", []string{
			"Session | Time | Interviewer(s)",
			"System design | 10:00 - 11:00 | Vikram Sethi, Principal Engineer",
			"Lunch with the team | 12:15 - 13:00 | (informal)",
		}},
		{"agenda_table_es", []string{
			"Sesión | Horario | Entrevistador",
			"Café con el equipo | 11:00 - 11:30\n",
		}},
		{"agenda_table_de", []string{
			"Uhrzeit | Thema | Gesprächspartner",
			"10:15 - 10:30 | Pause | -",
		}},
	}
	for _, tt := range tests {
		m := parseFile(t, filepath.Join("testdata", "people", tt.file+".eml"))
		for _, w := range tt.want {
			if !strings.Contains(m.Text, w) {
				t.Errorf("%s: Text lacks %q:\n%s", tt.file, w, m.Text)
			}
		}
	}
}

// TestTableColumn reads the person column of agenda tables, whatever the
// column, and skips rows that name nobody.
func TestTableColumn(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"Session | Time | Interviewer\nCoding | 11:00 - 12:00 | Mei Tanaka, Senior Engineer\nLunch | 12:00 - 13:00 | (informal)\nWrap-up | 13:00 - 13:30 | Daniel Osei",
			"Mei Tanaka <>, Daniel Osei <>"},
		{"Interviewers | Time\nAna Ruiz <ana.ruiz@sierra.example> | 10:00\nTBC | 11:00", "Ana Ruiz <ana.ruiz@sierra.example>"},
		{"Entrevistador | Sesión | Correo\nDiego Torres | Caso | diego.torres@sierra.example", "Diego Torres <diego.torres@sierra.example>"},
		{"Time | Interviewer\n9:30 | Maya Chen (Recruiting Coordinator)\n10:00 | Ken Ito, Staff Engineer\nThanks, Maya Chen", "Ken Ito <>"},
	}
	for _, tt := range tests {
		ti := analyse(regNew, tt.text)
		lines := ti.textLines()
		col := ti.personColumn(lines[0])
		if col < 0 {
			t.Errorf("personColumn(%q) = -1", tt.text)
			continue
		}
		got, _ := ti.tableColumn(lines, 0, col)
		var ps []string
		for _, p := range got {
			ps = append(ps, p.name+" <"+p.email+">")
		}
		if strings.Join(ps, ", ") != tt.want {
			t.Errorf("tableColumn(%q) = %q, want %q", tt.text, strings.Join(ps, ", "), tt.want)
		}
	}
}

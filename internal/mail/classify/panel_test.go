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
		{"numbered_dash", []Person{{"Priya Raman", "priya.raman@northwind.example"}, {"Tom Wu", "tom.wu@northwind.example"}}},
		{"bullets_parens", []Person{{"Ana Ruiz", "ana.ruiz@northwind.example"}, {"Ben Okafor", ""}}},
		{"title_colon_name", []Person{{"Clara Vos", "clara.vos@northwind.example"}, {"Omar Haddad", "omar.haddad@northwind.example"}}},
		{"plain_comma_title", []Person{{"Grace Kim", "grace.kim@northwind.example"}, {"Leo Park", ""}}},
		{"angle_email", []Person{{"Nora Diaz", "nora.diaz@northwind.example"}, {"Raj Patel", "raj.patel@northwind.example"}}},
		{"dash_email", []Person{{"Elena Popescu", "elena.popescu@northwind.example"}, {"Sam Adeyemi", "sam.adeyemi@northwind.example"}}},
		{"agenda", []Person{{"Sofia Marin", "sofia.marin@northwind.example"}, {"Ken Ito", ""}}},
		{"fr_interlocuteurs", []Person{{"Claire Martin", "claire.martin@lumiere.example"}, {"Julien Petit", "julien.petit@lumiere.example"}}},
		{"es_entrevistadores", []Person{{"Lucía Gómez", "lucia.gomez@sierra.example"}, {"Diego Torres", "diego.torres@sierra.example"}}},
		{"de_gespraechspartner", []Person{{"Jonas Weber", "jonas.weber@rheinwerk.example"}, {"Lena Vogel", ""}}},
		{"it_intervistatori", []Person{{"Marco Bianchi", "marco.bianchi@arno.example"}, {"Giulia Russo", ""}}},
		{"pt_entrevistadores", []Person{{"Ana Souza", "ana.souza@tejo.example"}, {"Pedro Lima", "pedro.lima@tejo.example"}}},
		{"nl_spreekt_met", []Person{{"Sanne de Vries", "sanne.devries@polder.example"}, {"Pieter Bakker", ""}}},
		{"html_table", []Person{{"Hana Sato", "hana.sato@northwind.example"}, {"Victor Lindqvist", "victor.lindqvist@northwind.example"}}},
		{"ics_publish", []Person{{"Irene Novak", "irene.novak@northwind.example"}, {"Felix Braun", "felix.braun@northwind.example"}}},
		{"sender_interviewer", []Person{{"Helen Brooks", "helen.brooks@northwind.example"}}},
		{"coordinator_techcheck", []Person{{"Priya Raman", "priya.raman@northwind.example"}}},
		{"local_part", []Person{{"Priya Raman", "priya.raman@northwind.example"}, {"Tom Wu", "tom.wu@northwind.example"}}},
		{"group_interview", []Person{{"Rita Okafor", ""}, {"Dan Shaw", ""}}},
		{"agenda_no_heading", []Person{{"Marta Kowalczyk", ""}, {"Idris Bello", ""}, {"Yuki Sato", ""}}},
		{"heading_lead_in", []Person{{"Renata Duarte", ""}, {"Kwabena Mensah", ""}}},
		{"who_line", []Person{{"Joris van Leeuwen", ""}}},
		{"exchange_last_first", []Person{{"Priya Raman", "praman@northwind.example"}, {"Tom Wu", "twu@northwind.example"}}},
		{"table_time_session", []Person{{"Ahmed Farouk", ""}, {"Lin Zhao", ""}}},
		{"shared_mailbox_item", []Person{{"Priya Raman", "priya.raman@northwind.example"}, {"Tom Wu", ""}}},
		{"agenda_name_first", []Person{{"Priya Raman", "priya.raman@northwind.example"}, {"Tom Wu", ""}}},
		{"bare_initial_local", []Person{{"Priya Raman", "praman@northwind.example"}, {"Tom Wu", "wut@northwind.example"}}},
		{"de_sender_brings", []Person{{"Lukas Hartmann", "lukas.hartmann@rheinwerk.example"}, {"Max Roth", ""}}},
		{"agenda_no_people", nil},
		{"calendar_description_list", []Person{{"Priya Raman", ""}, {"Tom Wu", ""}}},
		// a heading with qualifiers before its colon
		{"heading_in_order_en", []Person{{"Priya Raman", ""}, {"Tom Wu", ""}, {"Ines Duarte", ""}}},
		{"heading_parens_en", []Person{{"Hana Sato", "hana.sato@northwind.example"}, {"Victor Lindqvist", ""}}},
		{"heading_in_order_fr", []Person{{"Claire Martin", ""}, {"Julien Petit", ""}}},
		{"heading_order_de", []Person{{"Jonas Weber", ""}, {"Lena Vogel", ""}}},
		// people of the quoted message the new text refers to, and only those
		{"quoted_first_names", []Person{{"Declan Murphy", ""}, {"Ravi Iyer", ""}}},
		{"quoted_moved_es", []Person{{"Lucía Gómez", ""}, {"Diego Torres", ""}}},
		{"quoted_other_stage", nil},
		// the people on copy
		{"cc_on_copy_en", []Person{{"Priya Raman", "priya.raman@indigoloom.example"}, {"Tom Wu", "tom.wu@indigoloom.example"}}},
		{"cc_copied_named", []Person{{"Priya Raman", "priya.raman@northwind.example"}, {"Tom Wu", "tom.wu@northwind.example"}}},
		{"cc_en_copie_fr", []Person{{"Claire Martin", "claire.martin@lumiere.example"}, {"Julien Petit", "julien.petit@lumiere.example"}}},
		{"cc_in_kopie_de", []Person{{"Jonas Weber", "jonas.weber@rheinwerk.example"}, {"Lena Vogel", "lena.vogel@rheinwerk.example"}}},
		{"cc_not_interviewers", []Person{{"Grace Kim", ""}}},
		// agenda tables with a people column, and team names that are no one
		{"agenda_table_en", []Person{{"Vikram Sethi", ""}, {"Mei Tanaka", ""}, {"Daniel Osei", ""}}},
		{"agenda_table_es", []Person{{"Lucía Gómez", ""}, {"Diego Torres", ""}}},
		{"agenda_table_de", []Person{{"Jonas Weber", ""}, {"Lena Vogel", ""}}},
		{"team_sender_recruiting", nil},
		{"team_sender_interviews", nil},
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

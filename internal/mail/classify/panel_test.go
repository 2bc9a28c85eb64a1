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
// candidates, shared mailboxes). Each name comes with the address the
// message gives it, or none.
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
		{"exchange_last_first", []Person{{"Priya Raman", "praman@northwind.example"}, {"Tom Wu", "twu@northwind.example"}}},
		{"table_time_session", []Person{{"Ahmed Farouk", ""}, {"Lin Zhao", ""}}},
		{"shared_mailbox_item", []Person{{"Priya Raman", "priya.raman@northwind.example"}, {"Tom Wu", ""}}},
		{"agenda_name_first", []Person{{"Priya Raman", "priya.raman@northwind.example"}, {"Tom Wu", ""}}},
		{"bare_initial_local", []Person{{"Priya Raman", "praman@northwind.example"}, {"Tom Wu", "wut@northwind.example"}}},
		{"de_sender_brings", []Person{{"Lukas Hartmann", "lukas.hartmann@rheinwerk.example"}, {"Max Roth", ""}}},
		{"agenda_no_people", nil},
		{"calendar_description_list", []Person{{"Priya Raman", ""}, {"Tom Wu", ""}}},
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
	}
	for _, tt := range tests {
		ti := analyse(regNew, tt.line)
		lines := ti.textLines()
		if got := len(lines) == 1 && ti.panelHeading(lines[0]); got != tt.want {
			t.Errorf("panelHeading(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

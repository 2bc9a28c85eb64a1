package timeline

import (
	"testing"
	"time"
)

func TestStated(t *testing.T) {
	// Tuesday 3 November 2026, 10:00 in Paris.
	sent := time.Date(2026, 11, 3, 10, 0, 0, 0, time.FixedZone("CET", 3600))
	day := func(m time.Month, d int) string {
		return time.Date(2026, m, d, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
	}
	tests := []struct {
		name, text string
		want       string // "" for none
	}{
		{"en by Friday", "Thanks for your time today. We will get back to you by Friday.", day(11, 6)},
		{"en by the same weekday is next week", "We aim to make a decision by Tuesday.", day(11, 10)},
		{"en within two weeks", "We expect to make our decision within two weeks.", day(11, 17)},
		{"en within 5 business days", "You will hear back within 5 business days.", day(11, 10)},
		{"en early next month", "We will be in touch early next month with next steps.", day(12, 7)},
		{"en end of the week", "We hope to let you know by the end of the week.", day(11, 6)},
		{"en no promise", "The office is closed on Friday.", ""},
		{"en promise without a date", "We will get back to you soon.", ""},
		{"fr d'ici vendredi", "Nous reviendrons vers vous d’ici vendredi.", day(11, 6)},
		{"fr sous deux semaines", "Nous vous ferons un retour sous deux semaines.", day(11, 17)},
		{"fr 10 jours ouvrés", "Une décision sera prise dans les 10 jours ouvrés.", day(11, 17)},
		{"fr début du mois prochain", "Nous vous tiendrons informé début du mois prochain.", day(12, 7)},
		{"es antes del viernes", "Le daremos una respuesta antes del viernes.", day(11, 6)},
		{"es en las próximas dos semanas", "Tomaremos una decisión en las próximas dos semanas.", day(11, 17)},
		{"es la próxima semana", "Nos pondremos en contacto con usted la próxima semana.", day(11, 13)},
		{"de bis Freitag", "Wir melden uns bis Freitag bei Ihnen.", day(11, 6)},
		{"de innerhalb von zwei Wochen", "Sie erhalten innerhalb von zwei Wochen eine Rückmeldung.", day(11, 17)},
		{"de Anfang nächsten Monats", "Eine Entscheidung fällt Anfang nächsten Monats.", day(12, 7)},
		{"de drei Werktagen", "Wir melden uns in den nächsten drei Werktagen.", day(11, 6)},
		{"it entro venerdì", "Le faremo sapere entro venerdì.", day(11, 6)},
		{"it entro due settimane", "Prenderemo una decisione entro due settimane.", day(11, 17)},
		{"it 5 giorni lavorativi", "Riceverà un riscontro nei prossimi 5 giorni lavorativi.", day(11, 10)},
		{"it inizio del prossimo mese", "La ricontatteremo all'inizio del prossimo mese.", day(12, 7)},
		{"pt até sexta-feira", "Daremos um retorno até sexta-feira.", day(11, 6)},
		{"pt até a quinta", "Entraremos em contato até a quinta.", day(11, 5)},
		{"pt nas próximas duas semanas", "A decisão será tomada nas próximas duas semanas.", day(11, 17)},
		{"pt semana que vem", "Entraremos em contacto consigo na semana que vem.", day(11, 13)},
		{"nl uiterlijk vrijdag", "We laten u uiterlijk vrijdag weten hoe het verder gaat.", day(11, 6)},
		{"nl voor vrijdag", "We nemen voor vrijdag contact met u op.", day(11, 6)},
		{"nl binnen twee weken", "U ontvangt binnen twee weken een beslissing.", day(11, 17)},
		{"nl drie werkdagen", "U krijgt binnen drie werkdagen terugkoppeling.", day(11, 6)},
		{"nl begin volgende maand", "We laten u begin volgende maand weten wat het besluit is.", day(12, 7)},
		{"nl thanks for your time is no date", "Bedankt voor uw tijd; we nemen contact met u op.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Stated(tt.text, sent)
			gs := ""
			if ok {
				gs = got.Format("2006-01-02")
				if got.Location() != sent.Location() {
					t.Errorf("Stated(%q) in %v, want %v", tt.text, got.Location(), sent.Location())
				}
			}
			if gs != tt.want {
				t.Errorf("Stated(%q) = %q, want %q", tt.text, gs, tt.want)
			}
		})
	}
}

func TestStatedNoDate(t *testing.T) {
	if _, ok := Stated("We will get back to you by Friday.", time.Time{}); ok {
		t.Error("Stated without a send date found a day")
	}
}

func FuzzStated(f *testing.F) {
	f.Add("We will get back to you within two weeks.")
	f.Add("Nous reviendrons vers vous d'ici vendredi.")
	sent := time.Date(2026, 11, 3, 10, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		if d, ok := Stated(s, sent); ok && (d.Before(sent.AddDate(0, 0, -1)) || d.After(sent.AddDate(0, 4, 0))) {
			t.Errorf("Stated(%q) = %v, far from %v", s, d, sent)
		}
	})
}

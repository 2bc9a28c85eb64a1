package classify

var tmpFunctionWords = map[string]string{
	"the": "en", "and": "en", "you": "en", "your": "en", "we": "en", "for": "en", "with": "en", "to": "en", "of": "en", "is": "en", "are": "en", "have": "en",
	"le": "fr", "les": "fr", "vous": "fr", "nous": "fr", "et": "fr", "pour": "fr", "votre": "fr", "avec": "fr", "des": "fr", "une": "fr", "est": "fr",
	"el": "es", "los": "es", "y": "es", "para": "es", "tu": "es", "su": "es", "con": "es", "que": "es", "una": "es", "hemos": "es", "las": "es",
	"der": "de", "die": "de", "und": "de", "sie": "de", "ihre": "de", "wir": "de", "fur": "de", "mit": "de", "ist": "de", "ein": "de", "eine": "de",
	"il": "it", "di": "it", "la": "it", "per": "it", "ti": "it", "siamo": "it", "della": "it", "sono": "it", "abbiamo": "it",
	"o": "pt", "os": "pt", "voce": "pt", "nao": "pt", "com": "pt", "uma": "pt", "sua": "pt", "seu": "pt", "obrigado": "pt",
	"de": "nl", "het": "nl", "en": "nl", "je": "nl", "jij": "nl", "wij": "nl", "voor": "nl", "met": "nl", "een": "nl", "niet": "nl", "uw": "nl",
}

func detectLanguage(ws []token) string {
	n := map[string]int{}
	for _, w := range ws {
		if l := tmpFunctionWords[w.s]; l != "" {
			n[l]++
		}
	}
	best, top := "", 0
	for _, l := range []string{"en", "fr", "es", "de", "it", "pt", "nl"} {
		if n[l] > top {
			best, top = l, n[l]
		}
	}
	return best
}

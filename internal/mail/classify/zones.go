package classify

import (
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // zone rules travel with the binary: a host without tzdata still gets DST right
)

// zoneAbbrevKeys holds the keys of zoneAbbrev.
var zoneAbbrevKeys = keysOf(zoneAbbrev)

// zoneAbbrev maps zone abbreviations, as written in upper case, to IANA zones.
// Both the standard and daylight names map to the zone: the offset comes from
// the zone's rules on the day, not from the label, because people write "EST"
// in July and "PT" all year.
var zoneAbbrev = map[string]string{
	"PT": "America/Los_Angeles", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
	"ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York",
	"CT": "America/Chicago", "CST": "America/Chicago", "CDT": "America/Chicago",
	"MT": "America/Denver", "MST": "America/Denver", "MDT": "America/Denver",
	"AKST": "America/Anchorage", "AKDT": "America/Anchorage", "HST": "Pacific/Honolulu",
	"AT": "America/Halifax", "AST": "America/Halifax", "ADT": "America/Halifax", "NST": "America/St_Johns",
	"BST": "Europe/London", "GMT": "UTC", "UTC": "UTC", "Z": "UTC",
	"WET": "Europe/Lisbon", "WEST": "Europe/Lisbon",
	"CET": "Europe/Paris", "CEST": "Europe/Paris", "MEZ": "Europe/Berlin", "MESZ": "Europe/Berlin",
	"EET": "Europe/Athens", "EEST": "Europe/Athens",
	"SGT": "Asia/Singapore", "HKT": "Asia/Hong_Kong", "JST": "Asia/Tokyo", "KST": "Asia/Seoul",
	"IST": "Asia/Kolkata", "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney", "AWST": "Australia/Perth",
	"ACST": "Australia/Adelaide", "NZST": "Pacific/Auckland", "NZDT": "Pacific/Auckland",
	"SAST": "Africa/Johannesburg", "BRT": "America/Sao_Paulo", "GST": "Asia/Dubai", "PHT": "Asia/Manila",
	"WIB": "Asia/Jakarta", "ICT": "Asia/Bangkok",
}

// zoneNames maps folded multi-word zone names and places to IANA zones. The
// longest name wins ("central european" before "central").
var zoneNames = map[string]string{
	"pacific": "America/Los_Angeles", "eastern": "America/New_York", "central": "America/Chicago",
	"mountain": "America/Denver", "atlantic": "America/Halifax",
	"central european": "Europe/Paris", "central europe": "Europe/Paris", "western european": "Europe/Lisbon",
	"eastern european": "Europe/Athens", "british": "Europe/London", "uk": "Europe/London",
	"greenwich mean": "Europe/London", "irish": "Europe/Dublin", "india": "Asia/Kolkata", "indian": "Asia/Kolkata",
	"japan": "Asia/Tokyo", "singapore": "Asia/Singapore", "australian eastern": "Australia/Sydney",
	"heure de paris": "Europe/Paris", "heure francaise": "Europe/Paris", "heure de montreal": "America/Toronto",
	"hora peninsular": "Europe/Madrid", "hora de espana": "Europe/Madrid", "hora espanola": "Europe/Madrid",
	"deutscher zeit": "Europe/Berlin", "deutsche zeit": "Europe/Berlin",
	"london": "Europe/London", "edinburgh": "Europe/London", "manchester": "Europe/London", "dublin": "Europe/Dublin",
	"lisbon": "Europe/Lisbon", "lisboa": "Europe/Lisbon", "paris": "Europe/Paris", "lyon": "Europe/Paris",
	"madrid": "Europe/Madrid", "barcelona": "Europe/Madrid", "valencia": "Europe/Madrid", "sevilla": "Europe/Madrid",
	"berlin": "Europe/Berlin", "munich": "Europe/Berlin", "munchen": "Europe/Berlin", "frankfurt": "Europe/Berlin",
	"hamburg": "Europe/Berlin", "amsterdam": "Europe/Amsterdam", "brussels": "Europe/Brussels", "bruxelles": "Europe/Brussels",
	"rome": "Europe/Rome", "roma": "Europe/Rome", "milan": "Europe/Rome", "vienna": "Europe/Vienna", "wien": "Europe/Vienna",
	"zurich": "Europe/Zurich", "geneva": "Europe/Zurich", "geneve": "Europe/Zurich", "stockholm": "Europe/Stockholm",
	"oslo": "Europe/Oslo", "copenhagen": "Europe/Copenhagen", "helsinki": "Europe/Helsinki", "warsaw": "Europe/Warsaw",
	"prague": "Europe/Prague", "budapest": "Europe/Budapest", "athens": "Europe/Athens", "istanbul": "Europe/Istanbul",
	"moscow": "Europe/Moscow", "dubai": "Asia/Dubai", "mumbai": "Asia/Kolkata", "bangalore": "Asia/Kolkata",
	"bengaluru": "Asia/Kolkata", "delhi": "Asia/Kolkata", "new delhi": "Asia/Kolkata", "kolkata": "Asia/Kolkata",
	"chennai": "Asia/Kolkata", "hong kong": "Asia/Hong_Kong", "shanghai": "Asia/Shanghai", "beijing": "Asia/Shanghai",
	"taipei": "Asia/Taipei", "tokyo": "Asia/Tokyo", "seoul": "Asia/Seoul", "kuala lumpur": "Asia/Kuala_Lumpur",
	"jakarta": "Asia/Jakarta", "manila": "Asia/Manila", "bangkok": "Asia/Bangkok",
	"sydney": "Australia/Sydney", "melbourne": "Australia/Melbourne", "brisbane": "Australia/Brisbane",
	"perth": "Australia/Perth", "auckland": "Pacific/Auckland", "wellington": "Pacific/Auckland",
	"toronto": "America/Toronto", "montreal": "America/Toronto", "ottawa": "America/Toronto", "quebec": "America/Toronto",
	"vancouver": "America/Vancouver", "calgary": "America/Edmonton", "edmonton": "America/Edmonton",
	"winnipeg": "America/Winnipeg", "halifax": "America/Halifax", "new york": "America/New_York",
	"boston": "America/New_York", "washington": "America/New_York", "atlanta": "America/New_York",
	"miami": "America/New_York", "chicago": "America/Chicago", "austin": "America/Chicago", "dallas": "America/Chicago",
	"houston": "America/Chicago", "denver": "America/Denver", "phoenix": "America/Phoenix",
	"los angeles": "America/Los_Angeles", "san francisco": "America/Los_Angeles", "seattle": "America/Los_Angeles",
	"portland": "America/Los_Angeles", "san diego": "America/Los_Angeles", "mexico city": "America/Mexico_City",
	"sao paulo": "America/Sao_Paulo", "buenos aires": "America/Argentina/Buenos_Aires", "bogota": "America/Bogota",
	"johannesburg": "Africa/Johannesburg", "cape town": "Africa/Johannesburg", "cairo": "Africa/Cairo",
	"lagos": "Africa/Lagos", "nairobi": "Africa/Nairobi", "tel aviv": "Asia/Jerusalem",
	// names of places as Outlook writes them in other languages
	"bruselas": "Europe/Brussels", "bruxelas": "Europe/Brussels", "brussel": "Europe/Brussels", "copenhague": "Europe/Copenhagen",
	"kopenhagen": "Europe/Copenhagen", "copenhaga": "Europe/Copenhagen", "copenaghen": "Europe/Copenhagen", "rom": "Europe/Rome",
	"viena": "Europe/Vienna", "vienne": "Europe/Vienna", "estocolmo": "Europe/Stockholm",
	"londres": "Europe/London", "londra": "Europe/London", "edimburgo": "Europe/London", "lisbonne": "Europe/Lisbon",
	"lisbona": "Europe/Lisbon", "bern": "Europe/Zurich", "berne": "Europe/Zurich", "berna": "Europe/Zurich",
	"varsovia": "Europe/Warsaw", "varsovie": "Europe/Warsaw", "warschau": "Europe/Warsaw", "praga": "Europe/Prague",
	"prag": "Europe/Prague", "atenas": "Europe/Athens", "athen": "Europe/Athens", "madri": "Europe/Madrid",
	"ciudad de mexico": "America/Mexico_City", "guadalajara": "America/Mexico_City", "monterrey": "America/Monterrey",
	"brasilia": "America/Sao_Paulo", "rio de janeiro": "America/Sao_Paulo", "santiago": "America/Santiago",
	"lima": "America/Lima",
	// national times written out, and more cities
	"ora italiana": "Europe/Rome", "nederlandse tijd": "Europe/Amsterdam", "belgische tijd": "Europe/Brussels",
	"schweizer zeit": "Europe/Zurich", "osterreichischer zeit": "Europe/Vienna", "hora portuguesa": "Europe/Lisbon",
	"hora de portugal": "Europe/Lisbon", "heure belge": "Europe/Brussels", "heure suisse": "Europe/Zurich",
	"milano": "Europe/Rome", "torino": "Europe/Rome", "turin": "Europe/Rome", "napoli": "Europe/Rome", "bologna": "Europe/Rome",
	"firenze": "Europe/Rome", "florence": "Europe/Rome", "porto": "Europe/Lisbon", "rotterdam": "Europe/Amsterdam",
	"utrecht": "Europe/Amsterdam", "eindhoven": "Europe/Amsterdam", "den haag": "Europe/Amsterdam", "the hague": "Europe/Amsterdam",
	"koln": "Europe/Berlin", "cologne": "Europe/Berlin", "stuttgart": "Europe/Berlin", "dusseldorf": "Europe/Berlin",
	"leipzig": "Europe/Berlin", "dresden": "Europe/Berlin", "antwerp": "Europe/Brussels", "antwerpen": "Europe/Brussels",
	"basel": "Europe/Zurich", "lausanne": "Europe/Zurich", "krakow": "Europe/Warsaw", "bilbao": "Europe/Madrid",
	"malaga": "Europe/Madrid", "marseille": "Europe/Paris", "toulouse": "Europe/Paris", "bordeaux": "Europe/Paris",
	"lille": "Europe/Paris", "nantes": "Europe/Paris", "glasgow": "Europe/London", "bristol": "Europe/London",
	"leeds": "Europe/London", "belfast": "Europe/London", "galway": "Europe/Dublin", "curitiba": "America/Sao_Paulo",
	"porto alegre": "America/Sao_Paulo", "belo horizonte": "America/Sao_Paulo", "recife": "America/Recife",
	"medellin": "America/Bogota", "montevideo": "America/Montevideo", "pune": "Asia/Kolkata", "hyderabad": "Asia/Kolkata",
	"gurgaon": "Asia/Kolkata", "gurugram": "Asia/Kolkata", "noida": "Asia/Kolkata", "abu dhabi": "Asia/Dubai",
	"riyadh": "Asia/Riyadh", "doha": "Asia/Qatar", "shenzhen": "Asia/Shanghai", "osaka": "Asia/Tokyo",
	"ho chi minh": "Asia/Ho_Chi_Minh", "adelaide": "Australia/Adelaide", "canberra": "Australia/Sydney",
	"minneapolis": "America/Chicago", "philadelphia": "America/New_York", "pittsburgh": "America/New_York",
	"raleigh": "America/New_York", "nashville": "America/Chicago", "salt lake city": "America/Denver",
	"san jose": "America/Los_Angeles", "sacramento": "America/Los_Angeles", "las vegas": "America/Los_Angeles",
	"israel": "Asia/Jerusalem", "jerusalem": "Asia/Jerusalem",
}

// zoneNameMaxWords is the longest entry of zoneNames in words.
const zoneNameMaxWords = 3

// zoneNameFirst holds the first word of every entry of zoneNames.
var zoneNameFirst = func() map[string]bool {
	m := map[string]bool{}
	for name := range zoneNames {
		first, _, _ := strings.Cut(name, " ")
		m[first] = true
	}
	return m
}()

var (
	locMu    sync.Mutex
	locCache = map[string]*time.Location{}
)

// loadLoc returns a cached IANA location, or nil when the name is unknown.
func loadLoc(name string) *time.Location {
	locMu.Lock()
	defer locMu.Unlock()
	if l, ok := locCache[name]; ok {
		return l
	}
	l, err := time.LoadLocation(name)
	if err != nil {
		l = nil
	}
	locCache[name] = l
	return l
}

// zoneRef is a zone found in text: an IANA zone, or a fixed offset when only
// "(GMT+08:00)" or "UTC+2" is written.
type zoneRef struct {
	iana   string
	offset int // seconds east of UTC, when iana is ""
	fixed  bool
	abbrev string // the abbreviation it was read from ("CST"), when one
}

// abbrevAlternatives are the other zones an abbreviation also names: "CST"
// is China Standard Time as well as US Central, "IST" Irish and Israel
// Standard Time as well as India's. A zone the text states for all its
// times ("Times shown in China Standard Time") picks among them.
var abbrevAlternatives = map[string][]string{
	"CST": {"Asia/Shanghai", "America/Havana"}, "CT": {"Asia/Shanghai"},
	"IST": {"Europe/Dublin", "Asia/Jerusalem"}, "AST": {"Asia/Riyadh"}, "BST": {"Asia/Dhaka"},
	"GST": {"Asia/Dubai"}, "EST": {"Australia/Sydney"},
}

// resolvedBy returns the zone global when the abbreviation z was read from
// also names it, else z.
func (z zoneRef) resolvedBy(global zoneRef) zoneRef {
	if z.abbrev == "" || global.iana == "" || global.iana == z.iana {
		return z
	}
	for _, alt := range abbrevAlternatives[z.abbrev] {
		if alt == global.iana {
			return global
		}
	}
	return z
}

func (z zoneRef) ok() bool { return z.iana != "" || z.fixed }

func (z zoneRef) location() *time.Location {
	if z.iana != "" {
		if l := loadLoc(z.iana); l != nil {
			return l
		}
	}
	if z.fixed {
		return time.FixedZone("", z.offset)
	}
	return nil
}

// zoneAt reads a zone written at token i and returns it with the number of
// tokens used. Abbreviations must be upper case in the text ("ET", not the
// French "et"); names are matched on folded words.
func zoneAt(toks []token, text string, i int) (zoneRef, int) {
	t := toks[i]
	if t.kind == tokWord {
		// IANA name written out: Europe/Madrid, America/Los_Angeles
		if t.upper() && i+2 < len(toks) && toks[i+1].s == "/" {
			end := t.start
			for end < len(text) && (isIANAByte(text[end])) {
				end++
			}
			if name := text[t.start:end]; strings.Contains(name, "/") {
				if loadLoc(name) != nil {
					n := 0
					for j := i; j < len(toks) && toks[j].start < end; j++ {
						n++
					}
					return zoneRef{iana: name}, n
				}
			}
		}
		// GMT+8 / UTC-05:00
		if t.s == "gmt" || t.s == "utc" {
			if off, n, ok := offsetAt(toks, i+1); ok {
				return zoneRef{offset: off, fixed: true}, 1 + n
			}
			if t.raw == "GMT" || t.raw == "UTC" {
				return zoneRef{iana: "UTC"}, 1
			}
		}
		if z, ok := zoneAbbrev[t.raw]; ok && len(t.raw) >= 2 {
			n := 1
			if i+1 < len(toks) && (toks[i+1].s == "time" || toks[i+1].s == "zone") {
				n++
			}
			return zoneRef{iana: z, abbrev: t.raw}, n
		}
		// names, longest first; only a name's first word may open one
		for w := zoneNameMaxWords; w >= 1 && zoneNameFirst[t.s]; w-- {
			if i+w > len(toks) {
				continue
			}
			var buf [64]byte
			b := buf[:0]
			okWords := true
			for k := 0; k < w; k++ {
				if toks[i+k].kind != tokWord {
					okWords = false
					break
				}
				if k > 0 {
					b = append(b, ' ')
				}
				b = append(b, toks[i+k].s...)
			}
			if !okWords {
				continue
			}
			if z, ok := zoneNames[string(b)]; ok {
				n := w
				// "Pacific Time", "Eastern Standard Time", "UK time", "Madrid time"
				for n < w+3 && i+n < len(toks) {
					s := toks[i+n].s
					if s == "time" || s == "standard" || s == "daylight" || s == "summer" || s == "timezone" || s == "zone" {
						n++
						continue
					}
					break
				}
				return zoneRef{iana: z}, n
			}
		}
	}
	if t.s == "(" && i+1 < len(toks) && (toks[i+1].s == "gmt" || toks[i+1].s == "utc") {
		if off, n, ok := offsetAt(toks, i+2); ok {
			n += 2
			if i+n < len(toks) && toks[i+n].s == ")" {
				n++
			}
			return zoneRef{offset: off, fixed: true}, n
		}
	}
	return zoneRef{}, 0
}

func isIANAByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '/' || c == '-'
}

// offsetAt reads "+08:00", "-5", "+0100" at token i.
func offsetAt(toks []token, i int) (int, int, bool) {
	if i+1 >= len(toks) {
		return 0, 0, false
	}
	sign := 0
	switch toks[i].s {
	case "+":
		sign = 1
	case "-":
		sign = -1
	default:
		return 0, 0, false
	}
	if toks[i+1].kind != tokNum {
		return 0, 0, false
	}
	n := 2
	h, m := atoi(toks[i+1].s), 0
	if len(toks[i+1].s) == 4 {
		h, m = h/100, h%100
	} else if i+3 < len(toks) && toks[i+2].s == ":" && toks[i+3].kind == tokNum {
		m = atoi(toks[i+3].s)
		n += 2
	}
	if h > 14 || m > 59 {
		return 0, 0, false
	}
	return sign * (h*3600 + m*60), n, true
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 9; i++ {
		if s[i] < '0' || s[i] > '9' {
			return n
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

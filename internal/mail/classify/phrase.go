package classify

import (
	"fmt"
	"sort"
	"strings"
)

// slot is one position of a phrase pattern.
type slot struct {
	alts     []string // folded words; a trailing "~" in the source means prefix
	prefix   []bool
	optional bool
	gap      int // "..." matches 0..gap words
	num      bool
	any      bool
	// words and prefixes split alts for a slot of many alternatives,
	// looked up rather than compared one by one (see slotSetMin)
	words    map[string]bool
	prefixes []string
}

// pattern is a compiled phrase: a sequence of slots matched against word tokens.
type pattern struct {
	fam   family
	src   string
	slots []slot
}

// family groups phrases that mean the same thing for the classifier.
type family uint8

// matcher finds every phrase of a set in a token list in one pass, indexed by
// the first word of each phrase.
type matcher struct {
	pats  []pattern
	first map[string][]int
	// prefix holds the patterns whose first slot has a prefix alternative
	// ("interview~"), by the alternative's first prefixKey bytes (all of it
	// when shorter): a word is looked up by its own first 1..prefixKey bytes
	prefix map[string][]int
	// prefixLen[n] is true when a key of prefix is n bytes long, and
	// prefixByte[c] when one starts with byte c: a word is looked up only
	// by the keys that may exist
	prefixLen  [prefixKey + 1]bool
	prefixByte [256]bool
	// next holds, by pattern, the word filter of its second slot (see
	// nextFilter): most patterns tried at a word fail on the word after it,
	// which the filter tells without reading the pattern
	next []uint64
	// prefixKeys holds the keys of prefix: a word that is no key is not
	// looked up
	prefixKeys keySet
	// firstEnt holds the entries of first by the keyBit of their word, and
	// firstAt where those of each bit start: find reads first there, a
	// bucket of a few words compared in place of a map access (see
	// firstOf)
	firstEnt []firstEntry
	firstAt  []uint32
}

// firstEntry is one entry of matcher.first.
type firstEntry struct {
	word string
	idxs []int
}

// indexFirst builds firstEnt and firstAt from first.
func (m *matcher) indexFirst() {
	m.firstEnt = m.firstEnt[:0]
	for w, idxs := range m.first {
		m.firstEnt = append(m.firstEnt, firstEntry{w, idxs})
	}
	sort.Slice(m.firstEnt, func(i, j int) bool {
		a, b := keyBit(m.firstEnt[i].word), keyBit(m.firstEnt[j].word)
		return a < b || a == b && m.firstEnt[i].word < m.firstEnt[j].word
	})
	m.firstAt = make([]uint32, keyBits+1)
	for _, e := range m.firstEnt {
		m.firstAt[keyBit(e.word)+1]++
	}
	for h := 1; h <= keyBits; h++ {
		m.firstAt[h] += m.firstAt[h-1]
	}
}

// firstOf returns m.first[w], the patterns whose first slot takes the word
// w itself, reading the bucket of w's keyBit.
func (m *matcher) firstOf(w string) []int {
	h := keyBit(w)
	for _, e := range m.firstEnt[m.firstAt[h]:m.firstAt[h+1]] {
		if e.word == w {
			return e.idxs
		}
	}
	return nil
}

// nextFilter returns a filter of the words that may follow the first word
// of p: bit wordBit(w) is set for each word of its second slot, and of the
// slots after it while the ones before are optional, so that a word whose
// bit (and whose elided form's bit) is clear cannot continue p. It is 0
// when some other word may follow (a prefix, a number, any word or a gap
// on the way) or p may end after its first word: no filter.
func nextFilter(p *pattern) uint64 {
	var f uint64
	for k := 1; k < len(p.slots); k++ {
		s := &p.slots[k]
		if s.gap > 0 || s.num || s.any {
			return 0
		}
		for i, a := range s.alts {
			if s.prefix[i] {
				return 0
			}
			f |= wordBit(a)
		}
		if !s.optional {
			return f
		}
	}
	return 0
}

// wordBit hashes a folded word to one bit of a nextFilter.
func wordBit(w string) uint64 {
	if w == "" {
		return 1
	}
	return 1 << ((uint(len(w))*7 + uint(w[0])*3 + uint(w[len(w)-1])*5 + uint(w[len(w)/2])) & 63)
}

// compilePhrases builds a matcher. The pattern language, on folded words:
//
//	word      the word itself
//	a|b       one of the words
//	word~     any word starting with "word"
//	[a|b]     optional slot
//	...       up to five arbitrary words (never across a sentence end)
//	#         a number
//	*         any one word
func compilePhrases(defs map[family][]string) *matcher {
	m := &matcher{first: map[string][]int{}, prefix: map[string][]int{}}
	// stable order: families in ascending order
	for f := family(0); f < famCount; f++ {
		for _, src := range defs[f] {
			p := pattern{fam: f, src: src}
			for _, part := range strings.Fields(src) {
				var s slot
				switch {
				case part == "...":
					s.gap = 5
				case part == "#":
					s.num = true
				case part == "*":
					s.any = true
				default:
					if strings.HasPrefix(part, "[") && strings.HasSuffix(part, "]") {
						s.optional = true
						part = part[1 : len(part)-1]
					}
					for _, a := range strings.Split(part, "|") {
						pre := strings.HasSuffix(a, "~")
						s.alts = append(s.alts, strings.TrimSuffix(a, "~"))
						s.prefix = append(s.prefix, pre)
					}
				}
				if len(s.alts) >= slotSetMin {
					s.words = map[string]bool{}
					for i, a := range s.alts {
						if s.prefix[i] {
							s.prefixes = append(s.prefixes, a)
						} else {
							s.words[a] = true
						}
					}
				}
				p.slots = append(p.slots, s)
			}
			if len(p.slots) == 0 || p.slots[0].optional || p.slots[0].gap > 0 || p.slots[0].num || p.slots[0].any {
				panic(fmt.Sprintf("classify: phrase %q must start with a word", src))
			}
			idx := len(m.pats)
			m.pats = append(m.pats, p)
			m.next = append(m.next, nextFilter(&p))
			seen := map[string]bool{}
			for i, a := range p.slots[0].alts {
				if p.slots[0].prefix[i] {
					if k := a[:min(prefixKey, len(a))]; !seen[k] {
						m.prefix[k] = append(m.prefix[k], idx)
						m.prefixKeys.add(k)
						seen[k] = true
						m.prefixLen[len(k)] = true
						m.prefixByte[k[0]] = true
					}
				} else {
					m.first[a] = append(m.first[a], idx)
				}
			}
		}
	}
	m.indexFirst()
	return m
}

// prefixKey is how many leading bytes index the prefix patterns.
const prefixKey = 4

// slotSetMin is the number of alternatives from which a slot looks a word
// up in a set.
const slotSetMin = 6

// hit is one phrase found in a text: word indexes [from, to).
type hit struct {
	fam      family
	src      string
	from, to int
}

func (s *slot) matches(t token) bool {
	if s.any {
		return true
	}
	if s.num {
		return t.kind == tokNum
	}
	if s.matchWord(t.s) {
		return true
	}
	// French and Italian elide articles into the word: "l'entretien",
	// "d'entretien", "all'intervista"
	if e := elided(t.s); e != "" {
		return s.matchWord(e)
	}
	return false
}

func (s *slot) matchWord(w string) bool {
	if s.words != nil {
		if s.words[w] {
			return true
		}
		for _, a := range s.prefixes {
			if strings.HasPrefix(w, a) {
				return true
			}
		}
		return false
	}
	for i, a := range s.alts {
		if s.prefix[i] {
			if strings.HasPrefix(w, a) {
				return true
			}
		} else if w == a {
			return true
		}
	}
	return false
}

// elided returns the word after an elided article or pronoun ("l'", "d'",
// "qu'", "dell'": section [elided_articles]), or "" when w has none.
func elided(w string) string {
	// the apostrophe, looked for in the first six bytes only: the article
	// or pronoun before it is at most five bytes long
	i := -1
	for k := 1; k < len(w) && k <= 5; k++ {
		if w[k] == '\'' {
			i = k
			break
		}
	}
	if i <= 0 || w[0] == '\'' || i == len(w)-1 {
		return ""
	}
	if elidedArticles[w[:i]] {
		return w[i+1:]
	}
	return ""
}

// matchAt tries pattern p at word index i and returns the end index.
func matchAt(p *pattern, ws []token, i, k int) (int, bool) {
	if k == len(p.slots) {
		return i, true
	}
	s := &p.slots[k]
	if s.gap > 0 {
		for g := 0; g <= s.gap && i+g <= len(ws); g++ {
			if g > 0 && ws[i+g-1].sent != ws[i-1].sent {
				break
			}
			if end, ok := matchAt(p, ws, i+g, k+1); ok {
				return end, true
			}
		}
		return 0, false
	}
	if i < len(ws) && (k == 0 || ws[i].sent == ws[i-1].sent) && s.matches(ws[i]) {
		if end, ok := matchAt(p, ws, i+1, k+1); ok {
			return end, true
		}
	}
	if s.optional {
		return matchAt(p, ws, i, k+1)
	}
	return 0, false
}

// find appends to hits every phrase hit in the word list, in text order.
func (m *matcher) find(hits []hit, ws []token) []hit {
	var buf [32]int
	tried := buf[:0] // the patterns tried at this word: each once
	for i := range ws {
		tried = tried[:0]
		w := ws[i].s
		// the bits of the next word, as written and elided, in the same
		// sentence: a pattern whose second slot's filter shares none of
		// them cannot match here (see nextFilter)
		var next uint64
		if i+1 < len(ws) && ws[i+1].sent == ws[i].sent {
			n := ws[i+1].s
			next = wordBit(n)
			if e := elided(n); e != "" {
				next |= wordBit(e)
			}
		}
		if idxs := m.firstOf(w); idxs != nil {
			tried, hits = m.tryAll(ws, i, idxs, true, next, tried, hits)
		}
		tried, hits = m.tryPrefixes(ws, i, w, next, tried, hits)
		if e := elided(w); e != "" {
			if idxs := m.firstOf(e); idxs != nil {
				tried, hits = m.tryAll(ws, i, idxs, true, next, tried, hits)
			}
			tried, hits = m.tryPrefixes(ws, i, e, next, tried, hits)
		}
	}
	return hits
}

// tryAll matches the patterns idxs at word i, each once per word (tried
// lists those tried at the word so far; it returns the list grown). first
// says that the first slot of each is known to match word i (the patterns
// of m.first, listed under the word itself or its elided form): matching
// starts at the second slot. next holds the bits of word i+1 (see find):
// a pattern whose second slot cannot take that word is skipped unread;
// it would fail at any other try at word i too.
func (m *matcher) tryAll(ws []token, i int, idxs []int, first bool, next uint64, tried []int, hits []hit) ([]int, []hit) {
outer:
	for _, idx := range idxs {
		if f := m.next[idx]; f != 0 && f&next == 0 {
			continue
		}
		for _, t := range tried {
			if t == idx {
				continue outer
			}
		}
		tried = append(tried, idx)
		p := &m.pats[idx]
		var end int
		var ok bool
		if first {
			end, ok = matchAt(p, ws, i+1, 1)
		} else {
			end, ok = matchAt(p, ws, i, 0)
		}
		if ok {
			hits = append(hits, hit{fam: p.fam, src: p.src, from: i, to: end})
		}
	}
	return tried, hits
}

// tryPrefixes matches at word i the patterns whose first slot has a prefix
// alternative that w may start with.
func (m *matcher) tryPrefixes(ws []token, i int, w string, next uint64, tried []int, hits []hit) ([]int, []hit) {
	if w == "" || !m.prefixByte[w[0]] {
		return tried, hits
	}
	for k := 1; k <= prefixKey && k <= len(w); k++ {
		if !m.prefixLen[k] {
			continue
		}
		if !m.prefixKeys.may(w[:k]) {
			continue
		}
		if idxs := m.prefix[w[:k]]; len(idxs) > 0 {
			tried, hits = m.tryAll(ws, i, idxs, false, next, tried, hits)
		}
	}
	return tried, hits
}

package namematch

import "unicode/utf8"

// Name is a person's name as recorded or as searched for. Given may hold
// several given names ("Mary Ann"); Family may be multi-part
// ("Smith-Jones", "de la Cruz").
type Name struct {
	Given, Family string
}

// Scoring weights. See Score for how they combine.
const (
	// WeightFamily and WeightGiven weight the family- and given-name
	// similarities when the query has both. The family name is the
	// stronger identifier in case records, so it weighs more.
	WeightFamily = 0.6
	WeightGiven  = 0.4

	// SwappedFactor scales a match found with the query's given and family
	// names swapped ("Smith John"), so the typed order wins ties.
	SwappedFactor = 0.95

	// GivenOnlyFactor scales a one-word query matched against the
	// candidate's given name (a single word is assumed to be a family
	// name first).
	GivenOnlyFactor = 0.95

	// PartFactor scales a match between single parts of multi-part names
	// ("Jones" against "Smith-Jones", "Mary" against "Mary Ann"), so that a
	// whole-name match wins.
	PartFactor = 0.9

	// KeyBonus and SoundexBonus are the share of the gap to 1 that is
	// closed when two tokens have equal phonetic keys (Key) or, failing
	// that, equal Soundex codes: sim = jw + bonus×(1−jw).
	KeyBonus     = 0.5
	SoundexBonus = 0.25

	// MissingPart is the similarity used for a name component the candidate
	// does not have (e.g. no recorded given name) when the query has both:
	// neither evidence for nor against.
	MissingPart = 0.5
)

const (
	maxField = 64 // normalised letters kept per name field
	maxParts = 4  // parts kept per name field; extra parts join the last
)

// token holds precomputed phonetic codes of one word.
type token struct {
	key [keyLen]byte
	sdx [4]byte
}

// field is a normalised name field (given or family) with its parts.
type field struct {
	buf [maxField]byte
	n   uint8           // letters in buf
	np  uint8           // number of parts
	end [maxParts]uint8 // end offset of each part in buf; parts are contiguous
	tok [maxParts + 1]token
}

func (f *field) reset(s string) {
	f.n, f.np = 0, 0
	n, start := 0, 0
	closePart := func() {
		if n == start {
			return
		}
		if int(f.np) < maxParts {
			f.np++
		}
		f.end[f.np-1] = uint8(n)
		start = n
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'a' && c <= 'z':
				if n < maxField {
					f.buf[n] = c
					n++
				}
			case c >= 'A' && c <= 'Z':
				if n < maxField {
					f.buf[n] = c + ('a' - 'A')
					n++
				}
			case isSeparator(rune(c)):
				closePart()
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isSeparator(r) {
			closePart()
		} else if n <= maxField-maxRuneLetters {
			var tmp [maxRuneLetters]byte
			out, _ := appendFoldedRune(tmp[:0], s[i:i+size])
			n += copy(f.buf[n:], out)
		}
		i += size
	}
	closePart()
	f.n = uint8(n)
	if n == 0 {
		return
	}
	f.tok[0] = tokenOf(f.buf[:n])
	if f.np > 1 {
		for p := 0; p < int(f.np); p++ {
			f.tok[p+1] = tokenOf(f.part(p))
		}
	}
}

// part returns the letters of part p (0 ≤ p < np).
func (f *field) part(p int) []byte {
	lo := 0
	if p > 0 {
		lo = int(f.end[p-1])
	}
	return f.buf[lo:f.end[p]]
}

func tokenOf(w []byte) token {
	var t token
	keyBytes(&t.key, w)
	soundexBytes(&t.sdx, w)
	return t
}

// tokenSim is Jaro-Winkler plus the phonetic bonus.
func tokenSim(a []byte, ta *token, b []byte, tb *token) float64 {
	jw := jaroWinkler(a, b)
	switch {
	case jw >= 1:
		return 1
	case ta.key == tb.key:
		return jw + KeyBonus*(1-jw)
	case ta.sdx == tb.sdx:
		return jw + SoundexBonus*(1-jw)
	}
	return jw
}

// fieldSim compares two non-empty fields: whole against whole, and for
// multi-part fields also part against part (scaled by PartFactor).
func fieldSim(a, b *field) float64 {
	s := tokenSim(a.buf[:a.n], &a.tok[0], b.buf[:b.n], &b.tok[0])
	// A part match scores at most PartFactor, so only look at parts when
	// that could improve on the whole-name match.
	if s >= PartFactor || (a.np <= 1 && b.np <= 1) {
		return s
	}
	na, nb := max(1, int(a.np)), max(1, int(b.np))
	for i := 0; i < na; i++ {
		wa, ta := a.buf[:a.n], &a.tok[0]
		if a.np > 1 {
			wa, ta = a.part(i), &a.tok[i+1]
		}
		for j := 0; j < nb; j++ {
			wb, tb := b.buf[:b.n], &b.tok[0]
			if b.np > 1 {
				wb, tb = b.part(j), &b.tok[j+1]
			}
			if v := PartFactor * tokenSim(wa, ta, wb, tb); v > s {
				s = v
			}
		}
	}
	return s
}

// Query is a prepared search query. Preparing the query once and calling
// Query.Score for each candidate avoids normalising and encoding the query
// again for every candidate. The zero Query matches nothing.
type Query struct {
	given, family field
}

// NewQuery prepares q for repeated scoring.
func NewQuery(q Name) Query {
	var p Query
	p.given.reset(q.Given)
	p.family.reset(q.Family)
	return p
}

// Score returns the similarity of candidate to the query; see the
// package-level Score.
func (q *Query) Score(candidate Name) float64 {
	var c Query
	c.given.reset(candidate.Given)
	c.family.reset(candidate.Family)
	return q.score(&c)
}

func (q *Query) score(c *Query) float64 {
	if c.given.n == 0 && c.family.n == 0 {
		return 0
	}
	switch {
	case q.given.n == 0 && q.family.n == 0:
		return 0
	case q.given.n == 0:
		return oneField(&q.family, c)
	case q.family.n == 0:
		return oneField(&q.given, c)
	}
	s := WeightFamily*side(&q.family, &c.family) + WeightGiven*side(&q.given, &c.given)
	if s < SwappedFactor { // a swapped match cannot beat SwappedFactor
		sw := SwappedFactor * (WeightFamily*side(&q.given, &c.family) + WeightGiven*side(&q.family, &c.given))
		s = max(s, sw)
	}
	return min(s, 1)
}

// side compares a non-empty query field with a candidate field, which may
// be missing.
func side(q, c *field) float64 {
	if c.n == 0 {
		return MissingPart
	}
	return fieldSim(q, c)
}

// oneField scores a query that has only one field: it may be the family or
// the given name.
func oneField(q *field, c *Query) float64 {
	s := 0.0
	if c.family.n > 0 {
		s = fieldSim(q, &c.family)
	}
	if s < 1 && c.given.n > 0 {
		s = max(s, GivenOnlyFactor*fieldSim(q, &c.given))
	}
	return s
}

// Score returns the similarity in [0,1] of candidate to query; 1 means the
// normalised names are equal.
//
// Token similarity is Jaro-Winkler on normalised strings, raised by
// KeyBonus×(1−jw) when the phonetic keys (Key) are equal, or by
// SoundexBonus×(1−jw) when only the Soundex codes are equal. A multi-part
// field (given "Mary Ann", family "Smith-Jones", "de la Cruz") is compared
// as a whole and part by part; a part match counts PartFactor (0.9) of its
// similarity.
//
// With both query names present:
//
//	straight = 0.6×family(q.Family, c.Family) + 0.4×given(q.Given, c.Given)
//	swapped  = 0.95×(0.6×family(q.Given, c.Family) + 0.4×given(q.Family, c.Given))
//	score    = max(straight, swapped)
//
// so "Smith John" still finds John Smith, slightly below the typed order. A
// component missing from the candidate counts MissingPart (0.5).
//
// With only one query name (either field), the word may be either name:
//
//	score = max(sim(word, c.Family), 0.95×sim(word, c.Given))
//
// A candidate with no name, or an empty query, scores 0.
//
// For scoring many candidates against one query use NewQuery and
// Query.Score, which is equivalent and faster.
func Score(query, candidate Name) float64 {
	q := NewQuery(query)
	return q.Score(candidate)
}

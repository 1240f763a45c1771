// Package namematch implements forgiving person-name search.
//
// Matching is done in Go so that it behaves identically on SQLite and
// PostgreSQL. The intended use is two-stage:
//
//  1. Narrowing (in the store). For every person the store keeps
//     precomputed keys in indexed columns, typically
//     Key(Family), Soundex(Family) and Key(Given) (for a given name made of
//     several words, Key of the first word). A search selects candidates
//     whose columns equal the keys of the query tokens. Because people type
//     names in either order ("Smith John"), and a single word may be either
//     name, match each query token's Key/Soundex against both the family
//     and the given columns.
//  2. Ranking (here). Score each candidate against the query, sort by score
//     descending and drop those below a threshold. Jaro-Winkler rates even
//     unrelated short names around 0.4–0.7, so scores are not
//     probabilities: with a two-name query an exact family name plus an
//     unrelated given name lands near 0.8, and phonetic variants of both
//     names score above 0.9. A cut-off around 0.8 suits a results list.
//
// All functions are pure, safe for concurrent use and allocation-free on the
// hot path (Query.Score).
package namematch

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalise folds a name to the letters a–z only: it lower-cases, strips
// diacritics (é→e, ł→l, ø→o, ß→ss, æ→ae …) and drops everything that is not a
// letter, including apostrophes, hyphens, spaces and digits:
//
//	"O'Neill"     → "oneill"
//	"Smith-Jones" → "smithjones"
//	"Zoë"         → "zoe"
//
// Letters of non-Latin scripts (Cyrillic, Arabic, …) are dropped, so such a
// name normalises to "".
func Normalise(s string) string {
	// Fast path: already normalised (the common case for stored keys).
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 'a' || c > 'z' {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var stack [64]byte
	return string(appendNormalised(stack[:0], s))
}

// appendNormalised appends the normalised form of s to dst.
func appendNormalised(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'a' && c <= 'z':
				dst = append(dst, c)
			case c >= 'A' && c <= 'Z':
				dst = append(dst, c+('a'-'A'))
			}
			i++
			continue
		}
		var n int
		dst, n = appendFoldedRune(dst, s[i:])
		i += n
	}
	return dst
}

// maxRuneLetters bounds how many letters one rune can fold to, so callers
// with fixed-size buffers can reserve room.
const maxRuneLetters = 4

// appendFoldedRune appends the a–z letters that the (non-ASCII) rune at the
// start of s folds to, and returns the rune's encoded size. It appends at
// most maxRuneLetters bytes.
func appendFoldedRune(dst []byte, s string) ([]byte, int) {
	r, size := utf8.DecodeRuneInString(s)
	// Letters that carry no canonical decomposition.
	switch r {
	case 'ß', 'ẞ':
		return append(dst, 's', 's'), size
	case 'æ', 'Æ':
		return append(dst, 'a', 'e'), size
	case 'œ', 'Œ':
		return append(dst, 'o', 'e'), size
	case 'ø', 'Ø':
		return append(dst, 'o'), size
	case 'ł', 'Ł':
		return append(dst, 'l'), size
	case 'đ', 'Đ', 'ð', 'Ð':
		return append(dst, 'd'), size
	case 'þ', 'Þ':
		return append(dst, 't', 'h'), size
	case 'ı':
		return append(dst, 'i'), size
	case 'ħ', 'Ħ':
		return append(dst, 'h'), size
	case 'ŧ', 'Ŧ':
		return append(dst, 't'), size
	case 'ŋ', 'Ŋ':
		return append(dst, 'n'), size
	case 'ĸ':
		return append(dst, 'k'), size
	case 'ſ':
		return append(dst, 's'), size
	}
	// Everything else: compatibility decomposition (é → e + U+0301,
	// ﬁ → fi, Ｊ → J), keeping only the ASCII letters.
	d := norm.NFKD.PropertiesString(s[:size]).Decomposition()
	added := 0
	for _, b := range d {
		if added == maxRuneLetters {
			break
		}
		switch {
		case b >= 'a' && b <= 'z':
			dst = append(dst, b)
			added++
		case b >= 'A' && b <= 'Z':
			dst = append(dst, b+('a'-'A'))
			added++
		}
	}
	return dst, size
}

// isSeparator reports whether r separates the parts of a multi-part name
// ("Mary Ann", "Smith-Jones", "J.R."). Apostrophes are deliberately not
// separators: "O'Neill" is one part.
func isSeparator(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '-', ',', '.', '/', '_', '&', '+':
		return true
	}
	if r < utf8.RuneSelf {
		return false
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Pd, r)
}

// Letters returns the normalised letters of name in alphabetical order: a key that two
// letters typed the wrong way round ("Wakler" for "Walker") cannot change, where the
// phonetic keys can.
func Letters(name string) string {
	b := []byte(Normalise(name))
	slices.Sort(b)
	return string(b)
}

package namematch

import "math/bits"

// Jaro-Winkler parameters (the standard ones).
const (
	winklerPrefixScale = 0.1
	winklerMaxPrefix   = 4
)

// JaroWinkler returns the Jaro-Winkler similarity in [0,1] of the normalised
// forms of a and b (see Normalise), using the standard definition: match
// window ⌊max(|a|,|b|)/2⌋−1, transpositions counted as half the matched
// characters out of order, and a common-prefix boost with scale 0.1 over at
// most 4 characters (applied regardless of the Jaro score; no boost
// threshold).
//
// Identical normalised strings score 1 (including two empty ones); if
// exactly one is empty the score is 0.
func JaroWinkler(a, b string) float64 {
	var ab, bb [64]byte
	return jaroWinkler(appendNormalised(ab[:0], a), appendNormalised(bb[:0], b))
}

func jaroWinkler(a, b []byte) float64 {
	if string(a) == string(b) {
		return 1
	}
	j := jaro(a, b)
	if j == 0 {
		return 0
	}
	l := 0
	for l < winklerMaxPrefix && l < len(a) && l < len(b) && a[l] == b[l] {
		l++
	}
	return j + float64(l)*winklerPrefixScale*(1-j)
}

// jaro returns the Jaro similarity of a and b, which are not both empty.
func jaro(a, b []byte) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if len(a) > 64 || len(b) > 64 {
		return jaroLong(a, b)
	}
	window := max(len(a), len(b))/2 - 1
	if window < 0 {
		window = 0
	}
	var ma, mb uint64 // matched positions in a and b
	m := 0
	for i, c := range a {
		lo := max(0, i-window)
		hi := min(len(b)-1, i+window)
		for k := lo; k <= hi; k++ {
			if b[k] == c && mb&(1<<uint(k)) == 0 {
				mb |= 1 << uint(k)
				ma |= 1 << uint(i)
				m++
				break
			}
		}
	}
	if m == 0 {
		return 0
	}
	// Walk the matched characters of a and b in order and count mismatches.
	t := 0
	for ma != 0 {
		i := bits.TrailingZeros64(ma)
		k := bits.TrailingZeros64(mb)
		if a[i] != b[k] {
			t++
		}
		ma &= ma - 1
		mb &= mb - 1
	}
	fm := float64(m)
	return (fm/float64(len(a)) + fm/float64(len(b)) + (fm-float64(t/2))/fm) / 3
}

// jaroLong is jaro for strings longer than 64 bytes (never on the hot path).
func jaroLong(a, b []byte) float64 {
	window := max(len(a), len(b))/2 - 1
	if window < 0 {
		window = 0
	}
	ma := make([]bool, len(a))
	mb := make([]bool, len(b))
	m := 0
	for i := range a {
		lo := max(0, i-window)
		hi := min(len(b)-1, i+window)
		for k := lo; k <= hi; k++ {
			if !mb[k] && b[k] == a[i] {
				ma[i], mb[k] = true, true
				m++
				break
			}
		}
	}
	if m == 0 {
		return 0
	}
	t, k := 0, 0
	for i := range a {
		if !ma[i] {
			continue
		}
		for !mb[k] {
			k++
		}
		if a[i] != b[k] {
			t++
		}
		k++
	}
	fm := float64(m)
	return (fm/float64(len(a)) + fm/float64(len(b)) + (fm-float64(t/2))/fm) / 3
}

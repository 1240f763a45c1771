package namematch

// keyLen is the maximum length of a phonetic key.
const keyLen = 6

// Key returns a short phonetic key (at most 6 upper-case letters) for ONE
// name token. Names that sound alike get equal keys, e.g.
//
//	Smith, Smyth, Smiht, Smithe           → SMT
//	Mohammed, Muhammad, Mohamed           → MHMT
//	Catherine, Kathryn, Cathryn           → KTRN
//	Philip, Phillip, Filip                → FLP
//	Stephen, Steven                       → STFN
//	Thompson, Thomson, Tomson             → TMSN
//	Macdonald, McDonald                   → MKTNLT
//
// The input is normalised first (see Normalise), so "O'Neill" and "ONeil"
// share ONL; a multi-word input is treated as one run-together word. The
// encoding is a simplified Metaphone written for this package:
//
//   - doubled letters count once; Y is a vowel except as the first letter;
//   - vowels are dropped except a word-initial vowel, which is kept as
//     itself (O'Neill → ONL, Aisha → AX);
//   - initial KN, GN, PN, WR, AE drop their first letter; initial X → S;
//     initial WH → W;
//   - digraphs: PH → F, TH → T, SH/SIA/SIO/TIA/TIO/CIA → X, CH → X
//     (but CHR/CHL → K and SCH → SK), CK → K, DGE/DGI/DGY → J, GH → K
//     before a vowel or at the start and silent otherwise;
//   - C → S before E/I/Y (silent after S), else K; G → J before E/I/Y, else
//     K; G silent in final GN; Q → K; V → F; X → KS; Z → S; D → T;
//   - H and W are kept only before a vowel; B is silent in final MB;
//     P is silent in MPS/MPT (Thompson, Hampton);
//   - a code equal to the one just emitted by the previous letter is not
//     repeated (Schmidt → SKMT).
//
// Key never returns "" for a name containing a Latin letter: if no code is
// produced (e.g. "H") it falls back to the upper-cased first letter. It
// returns "" only when Normalise(name) is empty.
func Key(name string) string {
	var in [64]byte
	w := appendNormalised(in[:0], name)
	var k [keyLen]byte
	n := keyBytes(&k, w)
	return string(k[:n])
}

func isVowelByte(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'
}

// keyBytes writes the phonetic key of the normalised word w into k and
// returns its length. Unused bytes of k are left zero, so two keys can be
// compared as arrays.
func keyBytes(k *[keyLen]byte, w []byte) int {
	if len(w) == 0 {
		return 0
	}
	// Collapse doubled letters; only the first 32 letters matter for a key
	// of six codes.
	var buf [32]byte
	n := 0
	for i := 0; i < len(w) && n < len(buf); i++ {
		if n == 0 || buf[n-1] != w[i] {
			buf[n] = w[i]
			n++
		}
	}
	s := buf[:n]

	at := func(i int) byte {
		if i >= 0 && i < len(s) {
			return s[i]
		}
		return 0
	}
	vowel := func(i int) bool {
		c := at(i)
		return isVowelByte(c) || (c == 'y' && i > 0)
	}
	soft := func(c byte) bool { return c == 'e' || c == 'i' || c == 'y' }

	out := 0
	var last byte // last code emitted by the immediately preceding letter
	emit := func(c byte) {
		if c == last || out == keyLen {
			return
		}
		k[out] = c
		out++
		last = c
	}

	start := 0
	switch {
	case len(s) >= 2 && (s[0] == 'k' || s[0] == 'g' || s[0] == 'p') && s[1] == 'n',
		len(s) >= 2 && s[0] == 'w' && s[1] == 'r',
		len(s) >= 2 && s[0] == 'a' && s[1] == 'e':
		start = 1
	case s[0] == 'x':
		emit('S')
		start = 1
	case len(s) >= 2 && s[0] == 'w' && s[1] == 'h':
		emit('W')
		start = 2
	}

	for i := start; i < len(s) && out < keyLen; i++ {
		c := s[i]
		next, next2 := at(i+1), at(i+2)
		if vowel(i) {
			if i == start && out == 0 {
				emit(c - ('a' - 'A'))
			} else {
				last = 0
			}
			continue
		}
		switch c {
		case 'b':
			if at(i-1) == 'm' && i == len(s)-1 {
				last = 0
			} else {
				emit('B')
			}
		case 'c':
			switch {
			case next == 'i' && next2 == 'a':
				emit('X')
			case next == 'h':
				switch {
				case at(i-1) == 's':
					emit('K')
				case next2 == 'r' || next2 == 'l':
					emit('K')
				default:
					emit('X')
				}
				i++
			case soft(next):
				if at(i-1) == 's' {
					last = 0
				} else {
					emit('S')
				}
			case next == 'k':
				emit('K')
				i++
			default:
				emit('K')
			}
		case 'd':
			if next == 'g' && soft(next2) {
				emit('J')
				i++
			} else {
				emit('T')
			}
		case 'g':
			switch {
			case next == 'h':
				if i == start || vowel(i+2) {
					emit('K')
				} else {
					last = 0
				}
				i++
			case next == 'n' && i+2 == len(s):
				last = 0
			case soft(next):
				emit('J')
			default:
				emit('K')
			}
		case 'h', 'w':
			if vowel(i + 1) {
				emit(c - ('a' - 'A'))
			} else {
				last = 0
			}
		case 'p':
			switch {
			case next == 'h':
				emit('F')
				i++
			case at(i-1) == 'm' && (next == 's' || next == 't'):
				last = 0
			default:
				emit('P')
			}
		case 'q':
			emit('K')
		case 's':
			switch {
			case next == 'h':
				emit('X')
				i++
			case next == 'i' && (next2 == 'o' || next2 == 'a'):
				emit('X')
			case next == 'c' && next2 == 'h':
				emit('S')
				emit('K')
				i += 2
			default:
				emit('S')
			}
		case 't':
			switch {
			case next == 'i' && (next2 == 'o' || next2 == 'a'):
				emit('X')
			case next == 'h':
				emit('T')
				i++
			case next == 'c' && next2 == 'h':
				last = 0 // TCH: the CH carries the sound
			default:
				emit('T')
			}
		case 'v':
			emit('F')
		case 'x':
			emit('K')
			emit('S')
		case 'y': // only reached for an initial Y
			emit('Y')
		case 'z':
			emit('S')
		default: // f j l m n r
			emit(c - ('a' - 'A'))
		}
	}
	if out == 0 {
		k[0] = s[0] - ('a' - 'A')
		out = 1
	}
	return out
}

// Soundex returns the classic American Soundex code (a letter and three
// digits, e.g. "S530") of the normalised name. It is coarser than Key and
// tolerates some transpositions that Key does not. H and W do not separate
// letters with equal codes; vowels (and Y) do. It returns "" when
// Normalise(name) is empty.
func Soundex(name string) string {
	var in [64]byte
	w := appendNormalised(in[:0], name)
	if len(w) == 0 {
		return ""
	}
	var s [4]byte
	soundexBytes(&s, w)
	return string(s[:])
}

// soundexCode maps a–z to Soundex digits; 0 for vowels, Y, H and W.
var soundexCode = [26]byte{
	'a' - 'a': 0, 'b' - 'a': '1', 'c' - 'a': '2', 'd' - 'a': '3',
	'e' - 'a': 0, 'f' - 'a': '1', 'g' - 'a': '2', 'h' - 'a': 0,
	'i' - 'a': 0, 'j' - 'a': '2', 'k' - 'a': '2', 'l' - 'a': '4',
	'm' - 'a': '5', 'n' - 'a': '5', 'o' - 'a': 0, 'p' - 'a': '1',
	'q' - 'a': '2', 'r' - 'a': '6', 's' - 'a': '2', 't' - 'a': '3',
	'u' - 'a': 0, 'v' - 'a': '1', 'w' - 'a': 0, 'x' - 'a': '2',
	'y' - 'a': 0, 'z' - 'a': '2',
}

// soundexBytes writes the Soundex code of the non-empty normalised word w.
func soundexBytes(s *[4]byte, w []byte) {
	s[0] = w[0] - ('a' - 'A')
	s[1], s[2], s[3] = '0', '0', '0'
	n := 1
	last := soundexCode[w[0]-'a']
	for i := 1; i < len(w) && n < 4; i++ {
		c := w[i]
		if c == 'h' || c == 'w' {
			continue
		}
		d := soundexCode[c-'a']
		if d == 0 {
			last = 0
			continue
		}
		if d != last {
			s[n] = d
			n++
		}
		last = d
	}
}

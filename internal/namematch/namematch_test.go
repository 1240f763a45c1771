package namematch

import (
	"math"
	"testing"
	"unicode/utf8"
)

func TestNormalise(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"already normal", "smith", "smith"},
		{"upper case", "SMITH", "smith"},
		{"apostrophe", "O'Neill", "oneill"},
		{"typographic apostrophe", "O’Neill", "oneill"},
		{"hyphen", "Smith-Jones", "smithjones"},
		{"inner space", "Mary Ann", "maryann"},
		{"acute", "Renée", "renee"},
		{"diaeresis", "Zoë", "zoe"},
		{"decomposed input", "Zoe\u0308", "zoe"},
		{"polish l", "Łukasz Wałęsa", "lukaszwalesa"},
		{"danish o", "Søren Ødegård", "sorenodegard"},
		{"sharp s", "Straße", "strasse"},
		{"ae ligature", "Ægir", "aegir"},
		{"oe ligature", "Œuvre", "oeuvre"},
		{"icelandic", "Þór Guðmundsdóttir", "thorgudmundsdottir"},
		{"turkish dotless and dotted i", "Işık İnce", "isikince"},
		{"stacked marks", "ǖ", "u"},
		{"cedilla and caron", "François Dvořák", "francoisdvorak"},
		{"fullwidth", "Ｊｏｈｎ", "john"},
		{"digits and punctuation", "John2 (Jr.)", "johnjr"},
		{"non-latin dropped", "Иван", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalise(tt.in); got != tt.want {
				t.Errorf("Normalise(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestKeyEqualGroups(t *testing.T) {
	tests := []struct {
		name  string
		names []string
		want  string
	}{
		{"smith", []string{"Smith", "Smyth", "Smiht", "Smithe", "SMITH"}, "SMT"},
		{"mohammed", []string{"Mohammed", "Muhammad", "Mohamed", "Mohammad", "Muhammed"}, "MHMT"},
		{"catherine", []string{"Catherine", "Kathryn", "Katherine", "Cathryn"}, "KTRN"},
		{"oneill", []string{"O'Neill", "ONeil", "O'Neil", "O’Neill"}, "ONL"},
		{"philip", []string{"Philip", "Phillip", "Filip"}, "FLP"},
		{"john", []string{"Jon", "John"}, "JN"},
		{"stephen", []string{"Stephen", "Steven"}, "STFN"},
		{"thompson", []string{"Thompson", "Thomson", "Tomson"}, "TMSN"},
		{"macdonald", []string{"Macdonald", "McDonald", "MacDonald"}, "MKTNLT"},
		{"aisha", []string{"Aisha", "Ayesha"}, "AX"},
		{"jayden", []string{"Jayden", "Jaden", "Jaiden"}, "JTN"},
		{"zoe", []string{"Zoe", "Zoë"}, "S"},
		{"connor", []string{"Connor", "Conor"}, "KNR"},
		{"christopher", []string{"Christopher", "Kristopher"}, "KRSTFR"},
		{"megan", []string{"Megan", "Meghan"}, "MKN"},
		{"schmidt", []string{"Schmidt", "Schmit"}, "SKMT"},
		{"knight", []string{"Knight", "Night"}, "NT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, n := range tt.names {
				if got := Key(n); got != tt.want {
					t.Errorf("Key(%q) = %q, want %q", n, got, tt.want)
				}
			}
		})
	}
}

func TestKeyDifferent(t *testing.T) {
	tests := []struct {
		name, a, b string
	}{
		{"smith jones", "Smith", "Jones"},
		{"ali allen", "Ali", "Allen"},
		// Adam/Adams: keys differ (ATM vs ATMS); the plural S is not
		// stripped. Jaro-Winkler still rates them 0.96.
		{"adam adams", "Adam", "Adams"},
		// Nowak/Novak: not unified (NWK vs NFK). Treating W as V would
		// need language knowledge (Howard, Edward); Jaro-Winkler gives 0.88.
		{"nowak novak", "Nowak", "Novak"},
		// Sean/Shaun is not required to match (SN vs XN).
		{"sean shaun", "Sean", "Shaun"},
		{"john jonathan", "John", "Jonathan"},
		{"smith smithers", "Smith", "Smithers"},
		{"mohammed mahmoud", "Mohammed", "Mahmoud"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ka, kb := Key(tt.a), Key(tt.b)
			if ka == kb {
				t.Errorf("Key(%q) = Key(%q) = %q, want different keys", tt.a, tt.b, ka)
			}
		})
	}
}

func TestKeyShapes(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"long name truncated", "Wolfeschlegelsteinhausenbergerdorff", "WLFSKL"},
		{"silent h alone falls back", "H", "H"},
		{"single vowel", "O", "O"},
		{"initial x", "Xavier", "SFR"},
		{"initial wh", "Whalen", "WLN"},
		{"initial wr", "Wright", "RT"},
		{"multi-word run together", "Mary Ann", "MRN"},
		{"diacritics", "Łukasz", "LKS"},
		{"non-latin", "Иван", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Key(tt.in); got != tt.want {
				t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSoundex(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"robert", "Robert", "R163"},
		{"rupert", "Rupert", "R163"},
		{"rubin", "Rubin", "R150"},
		{"ashcraft h does not separate", "Ashcraft", "A261"},
		{"ashcroft", "Ashcroft", "A261"},
		{"tymczak", "Tymczak", "T522"},
		{"pfister first letter code", "Pfister", "P236"},
		{"honeyman", "Honeyman", "H555"},
		{"smith", "Smith", "S530"},
		{"smiht transposition", "Smiht", "S530"},
		{"padding", "Lee", "L000"},
		{"normalised first", "O'Neill", "O540"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Soundex(tt.in); got != tt.want {
				t.Errorf("Soundex(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestJaroWinkler(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       float64
	}{
		{"martha", "MARTHA", "MARHTA", 0.961111},
		{"dwayne", "DWAYNE", "DUANE", 0.84},
		{"dixon", "DIXON", "DICKSONX", 0.813333},
		{"jellyfish", "JELLYFISH", "SMELLYFISH", 0.896296},
		{"smith smyth", "Smith", "Smyth", 0.893333},
		{"equal after normalising", "O'Neill", "oneill", 1},
		{"no common letters", "abc", "xyz", 0},
		{"one empty", "abc", "", 0},
		{"both empty", "", "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := JaroWinkler(tt.a, tt.b)
			if math.Abs(got-tt.want) > 1e-6 {
				t.Errorf("JaroWinkler(%q, %q) = %.6f, want %.6f", tt.a, tt.b, got, tt.want)
			}
			if rev := JaroWinkler(tt.b, tt.a); math.Abs(rev-got) > 1e-12 {
				t.Errorf("JaroWinkler(%q, %q) = %.6f, not symmetric with %.6f", tt.b, tt.a, rev, got)
			}
		})
	}
}

func TestJaroWinklerLong(t *testing.T) {
	a := "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnop" // 68 letters
	b := a[:len(a)-1] + "x"
	if got := JaroWinkler(a, b); got <= 0.95 || got >= 1 {
		t.Errorf("JaroWinkler(long, long with one change) = %.6f, want in (0.95, 1)", got)
	}
	if got, want := jaroLong([]byte("martha"), []byte("marhta")), jaro([]byte("martha"), []byte("marhta")); got != want {
		t.Errorf("jaroLong = %.6f, jaro = %.6f, want equal", got, want)
	}
}

func TestParseQuery(t *testing.T) {
	tests := []struct {
		name, in string
		want     Name
	}{
		{"given family", "John Smith", Name{"John", "Smith"}},
		{"comma form", "Smith, John", Name{"John", "Smith"}},
		{"comma no space", "Smith,John", Name{"John", "Smith"}},
		{"comma multiple given", "Smith, Mary Ann", Name{"Mary Ann", "Smith"}},
		{"multiple given", "Mary Ann Smith", Name{"Mary Ann", "Smith"}},
		{"single word", "Smith", Name{"", "Smith"}},
		{"extra space", "  John   Smith  ", Name{"John", "Smith"}},
		{"hyphenated family", "Amy Smith-Jones", Name{"Amy", "Smith-Jones"}},
		{"apostrophe", "Sinead O'Neill", Name{"Sinead", "O'Neill"}},
		{"particle", "Vincent van Gogh", Name{"Vincent", "van Gogh"}},
		{"two particles", "Anna de la Cruz", Name{"Anna", "de la Cruz"}},
		{"particle as first word stays given", "Van Morrison", Name{"Van", "Morrison"}},
		{"stray punctuation", "John - Smith", Name{"John", "Smith"}},
		{"only given after comma", ", John", Name{"John", ""}},
		{"trailing comma", "Smith,", Name{"", "Smith"}},
		{"empty", "   ", Name{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ParseQuery(tt.in); got != tt.want {
				t.Errorf("ParseQuery(%q) = %+v, want %+v", tt.in, got, tt.want)
			}
		})
	}
}

func TestScore(t *testing.T) {
	tests := []struct {
		name        string
		query, cand Name
		min, max    float64
	}{
		{"exact", Name{"John", "Smith"}, Name{"John", "Smith"}, 1, 1},
		{"exact after normalising", Name{"zoe", "oneill"}, Name{"Zoë", "O'Neill"}, 1, 1},
		{"phonetic variants", Name{"Jon", "Smyth"}, Name{"John", "Smith"}, 0.94, 0.99},
		{"swapped order", Name{"Smith", "John"}, Name{"John", "Smith"}, SwappedFactor, SwappedFactor},
		{"single word as family", Name{"", "Smith"}, Name{"John", "Smith"}, 1, 1},
		{"single word as given", Name{"", "John"}, Name{"John", "Smith"}, GivenOnlyFactor, GivenOnlyFactor},
		{"single word in given field", Name{"Smith", ""}, Name{"John", "Smith"}, 1, 1},
		{"single misspelt word", Name{"", "Mohamed"}, Name{"Ali", "Muhammad"}, 0.9, 0.99},
		{"hyphenated part", Name{"Amy", "Jones"}, Name{"Amy", "Smith-Jones"}, 0.93, 0.95},
		{"hyphenated whole", Name{"Amy", "Smith Jones"}, Name{"Amy", "Smith-Jones"}, 1, 1},
		{"middle name omitted", Name{"Mary Ann", "Smith"}, Name{"Mary", "Smith"}, 0.95, 0.97},
		{"candidate without given name", Name{"John", "Smith"}, Name{"", "Smith"}, 0.8, 0.8},
		{"different people", Name{"John", "Smith"}, Name{"Ali", "Jones"}, 0, 0.7},
		{"empty query", Name{}, Name{"John", "Smith"}, 0, 0},
		{"empty candidate", Name{"John", "Smith"}, Name{}, 0, 0},
		{"non-latin only", Name{"", "Иван"}, Name{"Иван", "Петров"}, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Score(tt.query, tt.cand)
			if got < tt.min-1e-9 || got > tt.max+1e-9 {
				t.Errorf("Score(%+v, %+v) = %.4f, want in [%.4f, %.4f]", tt.query, tt.cand, got, tt.min, tt.max)
			}
			q := NewQuery(tt.query)
			if got2 := q.Score(tt.cand); got2 != got {
				t.Errorf("Query.Score(%+v) = %.6f, Score = %.6f, want equal", tt.cand, got2, got)
			}
		})
	}
}

// TestRanking checks the order of candidates for typical typed queries.
//
// For "Jon Smyth" the expected order is:
//
//  1. John Smith      – both names are phonetic matches (keys JN, SMT).
//  2. Jonathan Smythe – family name is a near-exact phonetic match
//     (Smyth/Smythe share SMT); "Jon" is a common short form of Jonathan,
//     so this is a plausible hit and should come before
//  3. Jane Smith      – family name matches, but the given name is a
//     different name,
//  4. Joan Smithers   – "Joan" sounds like "Jon" (key JN) but Smithers is a
//     different family name (SMTRS), and the family name weighs more.
//  5. John Jones      – only the given name matches.
func TestRanking(t *testing.T) {
	tests := []struct {
		name  string
		query string
		order []Name // best first
	}{
		{"jon smyth", "Jon Smyth", []Name{
			{"John", "Smith"},
			{"Jonathan", "Smythe"},
			{"Jane", "Smith"},
			{"Joan", "Smithers"},
			{"John", "Jones"},
		}},
		{"swapped query", "Smith John", []Name{
			{"John", "Smith"},
			{"Jon", "Smyth"},
			{"Joan", "Smithers"},
		}},
		{"comma query", "Mohamed, Aisha", []Name{
			{"Ayesha", "Muhammad"},
			{"Aisha", "Mahmoud"},
			{"Amira", "Muhammad"},
		}},
		{"single word", "Katherine", []Name{
			{"Anne", "Katherine"},
			{"Kathryn", "Jones"},
			{"Karen", "Smith"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := NewQuery(ParseQuery(tt.query))
			for i := 1; i < len(tt.order); i++ {
				hi, lo := tt.order[i-1], tt.order[i]
				sh, sl := q.Score(hi), q.Score(lo)
				if sh <= sl {
					t.Errorf("query %q: Score(%+v) = %.4f, want above Score(%+v) = %.4f", tt.query, hi, sh, lo, sl)
				}
			}
		})
	}
}

func TestScoreAllocs(t *testing.T) {
	q := NewQuery(Name{"Jon", "Smyth"})
	c := Name{"Jonathan", "Smythe-O'Neill"}
	if n := testing.AllocsPerRun(100, func() { q.Score(c) }); n != 0 {
		t.Errorf("Query.Score allocates %.0f times per call, want 0", n)
	}
	if n := testing.AllocsPerRun(100, func() { Score(Name{"Zoë", "Łukasz"}, c) }); n != 0 {
		t.Errorf("Score allocates %.0f times per call, want 0", n)
	}
}

func FuzzKey(f *testing.F) {
	for _, s := range []string{"Smith", "O'Neill", "Zoë", "", "h", "Wolfeschlegelsteinhausenbergerdorff", "\xff", "ǖ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Key(s)
		if len(k) > keyLen {
			t.Errorf("Key(%q) = %q, longer than %d", s, k, keyLen)
		}
		if (k == "") != (Normalise(s) == "") {
			t.Errorf("Key(%q) = %q, Normalise = %q", s, k, Normalise(s))
		}
		if sx := Soundex(s); sx != "" && (len(sx) != 4 || !utf8.ValidString(sx)) {
			t.Errorf("Soundex(%q) = %q", s, sx)
		}
	})
}

func FuzzScore(f *testing.F) {
	f.Add("Jon Smyth", "John", "Smith")
	f.Add("Smith, John", "Mary Ann", "de la Cruz")
	f.Add("", "", "")
	f.Fuzz(func(t *testing.T, query, given, family string) {
		s := Score(ParseQuery(query), Name{given, family})
		if !(s >= 0 && s <= 1) {
			t.Errorf("Score(%q, {%q %q}) = %v, want in [0,1]", query, given, family, s)
		}
	})
}

var sink float64
var sinkStr string

var benchNames = []string{"Smith", "Mohammed", "Catherine", "O'Neill", "Thompson", "Macdonald", "Aisha", "Jayden", "Zoë", "Christopher"}

func BenchmarkKey(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		sinkStr = Key(benchNames[i%len(benchNames)])
	}
}

func BenchmarkSoundex(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		sinkStr = Soundex(benchNames[i%len(benchNames)])
	}
}

func BenchmarkJaroWinkler(b *testing.B) {
	for b.Loop() {
		sink = JaroWinkler("Catherine", "Kathryn")
	}
}

// benchCandidates returns n varied candidate names.
func benchCandidates(n int) []Name {
	given := []string{"John", "Mary Ann", "Aisha", "Jayden", "Zoë", "Mohammed", "Kathryn", "Philip", "Conor", "Amira"}
	family := []string{"Smith", "Smythe-Jones", "O'Neill", "Muhammad", "Thomson", "McDonald", "Nowak", "Kowalczyk", "de la Cruz", "Williams"}
	c := make([]Name, n)
	for i := range c {
		c[i] = Name{given[i%len(given)], family[(i/len(given)+i)%len(family)]}
	}
	return c
}

func BenchmarkScore(b *testing.B) {
	q := Name{"Jon", "Smyth"}
	cands := benchCandidates(1000)
	for i := 0; b.Loop(); i++ {
		sink = Score(q, cands[i%len(cands)])
	}
}

func BenchmarkQueryScore(b *testing.B) {
	q := NewQuery(Name{"Jon", "Smyth"})
	cands := benchCandidates(1000)
	for i := 0; b.Loop(); i++ {
		sink = q.Score(cands[i%len(cands)])
	}
}

// BenchmarkScore10000 scores 10,000 candidates per iteration, the target
// hot path (budget: well under 5 ms).
func BenchmarkScore10000(b *testing.B) {
	cands := benchCandidates(10000)
	for b.Loop() {
		q := NewQuery(ParseQuery("Jon Smyth"))
		for _, c := range cands {
			sink = q.Score(c)
		}
	}
}

func TestLetters(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Walker", "Wakler"}, {"Elliott", "Elilott"}, {"O'Neill", "Oneill"}, {"Parsons", "Pasrons"}, {"Zoë", "Zoe"},
	}
	for _, tt := range tests {
		if Letters(tt.a) != Letters(tt.b) {
			t.Errorf("Letters(%q) = %q, Letters(%q) = %q; want equal", tt.a, Letters(tt.a), tt.b, Letters(tt.b))
		}
	}
	if Letters("Smith") == Letters("Jones") {
		t.Error("Letters(Smith) = Letters(Jones)")
	}
}

package namematch

import (
	"strings"
	"unicode"
)

// familyParticles are lower-case words that, between the first and the last
// word of a query, belong to the family name ("Vincent van Gogh",
// "Anna de la Cruz", "Ahmed al Sayed"). A particle as the first word stays a
// given name ("Van Morrison").
var familyParticles = map[string]bool{
	"al": true, "bin": true, "da": true, "das": true, "de": true,
	"del": true, "della": true, "der": true, "den": true, "di": true,
	"dos": true, "du": true, "el": true, "ibn": true, "la": true,
	"le": true, "saint": true, "st": true, "ten": true, "ter": true,
	"van": true, "von": true,
}

// ParseQuery splits a free-text name query into a Name, keeping the words as
// typed (Score normalises them):
//
//	"John Smith"          → Given "John",     Family "Smith"
//	"Smith, John"         → Given "John",     Family "Smith"
//	"Mary Ann Smith"      → Given "Mary Ann", Family "Smith"
//	"Vincent van Gogh"    → Given "Vincent",  Family "van Gogh"
//	"Smith"               → Family "Smith" (Score also tries it as a given name)
//	", John"              → Given "John"
//
// Runs of white space collapse to one space, and words without any letter or
// digit (stray punctuation) are dropped.
func ParseQuery(q string) Name {
	if i := strings.IndexByte(q, ','); i >= 0 {
		return Name{
			Family: strings.Join(words(q[:i]), " "),
			Given:  strings.Join(words(q[i+1:]), " "),
		}
	}
	w := words(q)
	switch len(w) {
	case 0:
		return Name{}
	case 1:
		return Name{Family: w[0]}
	}
	f := len(w) - 1
	for f > 1 && familyParticles[strings.ToLower(w[f-1])] {
		f--
	}
	return Name{
		Given:  strings.Join(w[:f], " "),
		Family: strings.Join(w[f:], " "),
	}
}

// words splits s on white space and commas, dropping words with no letter or
// digit.
func words(s string) []string {
	w := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || unicode.IsSpace(r) })
	out := w[:0]
	for _, x := range w {
		if strings.IndexFunc(x, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			out = append(out, x)
		}
	}
	return out
}

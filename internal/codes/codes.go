// Package codes holds the DfE code sets and the identifier check rules that every part of ourchild shares.
//
// The code sets follow /work/shared/reference/standards.md, §2.2 (CIN census
// code sets, as accepted by data-to-insight/csc-validator-be-cin) and §3.2
// (SSDA903 code sets, as accepted by data-to-insight/csc-validator-be-903,
// lac2025_26 unless noted). Every set says in its comment whether it is a
// DfE set or a local (ourchild) one.
//
// Values are matched exactly: codes are upper case with no surrounding
// spaces, as the returns require. Callers that accept typed input should
// trim and upper-case it first.
package codes

import "fmt"

// A Code is one value of a DfE code set.
type Code struct{ Value, Label string }

// A Set is an ordered code set. Codes is in display order. Treat a Set as
// read-only: Valid and Label use an index built when the set is made.
type Set struct {
	Name  string
	Codes []Code
	index map[string]string
}

// NewSet builds a set for another package's local choices (a casework form's
// decisions, say). It panics as newSet does.
func NewSet(name string, codes ...Code) *Set { return newSet(name, codes...) }

// newSet builds a Set. It panics on a duplicate or empty value, since a set
// is package data and such a mistake is a programming error.
func newSet(name string, codes ...Code) *Set {
	s := &Set{Name: name, Codes: codes, index: make(map[string]string, len(codes))}
	for _, c := range codes {
		if c.Value == "" {
			panic(fmt.Sprintf("codes: empty value in set %s", name))
		}
		if _, dup := s.index[c.Value]; dup {
			panic(fmt.Sprintf("codes: duplicate value %q in set %s", c.Value, name))
		}
		s.index[c.Value] = c.Label
	}
	return s
}

// Valid reports whether v is a value of the set (exact match).
func (s *Set) Valid(v string) bool {
	_, ok := s.index[v]
	return ok
}

// Label returns the label of v, or "" if v is not in the set.
func (s *Set) Label(v string) string {
	return s.index[v]
}

// Values returns the values of the set in order.
func (s *Set) Values() []string {
	vs := make([]string, len(s.Codes))
	for i, c := range s.Codes {
		vs[i] = c.Value
	}
	return vs
}

// Sets returns every code set in this package, DfE sets first, then the
// local ones.
func Sets() []*Set {
	return []*Set{
		Ethnicity, Disability, Sex, ReferralSource, PrimaryNeed, ClosureReason,
		AbuseCategory, AssessmentFactor, UPNUnknown,
		LegalStatus, PlacementType, PlacementProvider, ReasonNewEpisode,
		ReasonEpisodeCeased, ReasonPlaceChange, CategoryOfNeed,
		Religion, GenderIdentity,
		ReviewParticipation, SDQReason, InTouch, Activity, Accommodation, PreviousPermanence,
		ReasonPlacedCeased, AdopterSex, AdopterLegalStatus, MissingType, SWReason,
	}
}

// Package person holds the people in a child's world: the child, their family, carers and
// other significant people, with their identity, addresses, relationships and warnings, and the
// rules that say what a valid record is. It holds no SQL and no HTTP.
package person

import (
	"slices"
	"strings"
	"time"

	"ourchild/internal/date"
)

// A Person is anyone with a record: a child, an unborn child, a parent, a carer. Every child in
// a household has their own record.
type Person struct {
	ID      int64 `json:"id"`
	Version int   `json:"version"` // increases by one on every change; used to detect concurrent edits

	GivenNames    string `json:"given_names"`
	FamilyName    string `json:"family_name"`
	PreferredName string `json:"preferred_name,omitempty"` // what the child likes to be called

	DateOfBirth         date.Date `json:"date_of_birth"`
	ExpectedDateOfBirth date.Date `json:"expected_date_of_birth"` // for an unborn child
	DateOfDeath         date.Date `json:"date_of_death"`

	Sex            string   `json:"sex"`             // DfE code: M, F, U
	GenderIdentity string   `json:"gender_identity"` // local code, see codes.GenderIdentity
	Ethnicity      string   `json:"ethnicity"`       // DfE code
	Religion       string   `json:"religion"`        // local code, see codes.Religion
	FirstLanguage  string   `json:"first_language"`
	Interpreter    bool     `json:"interpreter_needed"`
	Communication  string   `json:"communication_needs"` // how the child communicates, aids used
	Disabilities   []string `json:"disabilities"`        // DfE codes; ["NONE"] when none

	UPN       string `json:"upn,omitempty"`        // unique pupil number
	NHSNumber string `json:"nhs_number,omitempty"` // ten digits, no spaces

	Restricted        bool   `json:"restricted"`
	RestrictionReason string `json:"-"`

	EnteredInError bool   `json:"entered_in_error"`
	ErrorReason    string `json:"error_reason,omitempty"`

	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// Name returns "Given Family".
func (p *Person) Name() string { return strings.TrimSpace(p.GivenNames + " " + p.FamilyName) }

// SortName returns "FAMILY, Given", the form case lists use.
func (p *Person) SortName() string {
	return strings.ToUpper(p.FamilyName) + ", " + p.GivenNames
}

// Unborn reports whether the person is recorded as an expected baby.
func (p *Person) Unborn() bool { return p.DateOfBirth.IsZero() && !p.ExpectedDateOfBirth.IsZero() }

// AgeOn returns the age in years, or -1 when the date of birth is not recorded.
func (p *Person) AgeOn(d date.Date) int {
	if p.DateOfBirth.IsZero() {
		return -1
	}
	return p.DateOfBirth.AgeOn(d)
}

// IsChildOn reports whether the person is under 18 (or unborn) on d.
func (p *Person) IsChildOn(d date.Date) bool {
	if p.Unborn() {
		return true
	}
	a := p.AgeOn(d)
	return a >= 0 && a < 18
}

// Disabled reports whether any disability is recorded.
func (p *Person) Disabled() bool {
	return len(p.Disabilities) > 0 && !slices.Equal(p.Disabilities, []string{"NONE"})
}

// identityFields names the fields whose correction must give a reason: they decide who the
// person is, and a change to them can merge two people or split one.
var identityFields = []string{"given_names", "family_name", "date_of_birth", "expected_date_of_birth", "sex", "ethnicity", "upn", "nhs_number"}

// A Change is one field that differs between two versions of a record.
type Change struct {
	Field    string // the JSON/form name
	Label    string
	Old, New string
}

// Diff lists the fields that differ from old to new, in form order.
func Diff(old, new *Person) []Change {
	var cs []Change
	for _, f := range fields {
		o, n := f.get(old), f.get(new)
		if o != n {
			cs = append(cs, Change{Field: f.name, Label: f.label, Old: o, New: n})
		}
	}
	return cs
}

// IdentityChanged reports whether any change touches identity data.
func IdentityChanged(cs []Change) bool {
	for _, c := range cs {
		if slices.Contains(identityFields, c.Field) {
			return true
		}
	}
	return false
}

type field struct {
	name, label string
	get         func(*Person) string
}

func boolText(b bool) string {
	if b {
		return "Yes"
	}
	return "No"
}

// fields are the editable fields in form order, with their display values.
var fields = []field{
	{"given_names", "Given names", func(p *Person) string { return p.GivenNames }},
	{"family_name", "Family name", func(p *Person) string { return p.FamilyName }},
	{"preferred_name", "Preferred name", func(p *Person) string { return p.PreferredName }},
	{"date_of_birth", "Date of birth", func(p *Person) string { return p.DateOfBirth.Display() }},
	{"expected_date_of_birth", "Expected date of birth", func(p *Person) string { return p.ExpectedDateOfBirth.Display() }},
	{"date_of_death", "Date of death", func(p *Person) string { return p.DateOfDeath.Display() }},
	{"sex", "Sex", func(p *Person) string { return p.Sex }},
	{"gender_identity", "Gender identity", func(p *Person) string { return p.GenderIdentity }},
	{"ethnicity", "Ethnicity", func(p *Person) string { return p.Ethnicity }},
	{"religion", "Religion", func(p *Person) string { return p.Religion }},
	{"first_language", "First language", func(p *Person) string { return p.FirstLanguage }},
	{"interpreter_needed", "Interpreter needed", func(p *Person) string { return boolText(p.Interpreter) }},
	{"communication_needs", "Communication needs", func(p *Person) string { return p.Communication }},
	{"disabilities", "Disabilities", func(p *Person) string { return strings.Join(p.Disabilities, ", ") }},
	{"upn", "Unique pupil number", func(p *Person) string { return p.UPN }},
	{"nhs_number", "NHS number", func(p *Person) string { return p.NHSNumber }},
}

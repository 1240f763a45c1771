package person

import (
	"slices"
	"strings"
	"unicode/utf8"

	"ourchild/internal/apperr"
	"ourchild/internal/codes"
	"ourchild/internal/date"
)

// Limits on free text. They are generous for people and strict for abuse.
const (
	MaxName           = 100
	MaxShortText      = 100
	MaxLongText       = 4000
	earliestBirthYear = 1900
)

// Normalise tidies input before validation: trims spaces, upper-cases codes and identifiers,
// and strips spaces from NHS numbers, so that "943 476 5919" is stored as "9434765919".
func (p *Person) Normalise() {
	for _, s := range []*string{&p.GivenNames, &p.FamilyName, &p.PreferredName, &p.FirstLanguage, &p.Communication, &p.RestrictionReason} {
		*s = strings.TrimSpace(*s)
	}
	for _, s := range []*string{&p.Sex, &p.GenderIdentity, &p.Ethnicity, &p.Religion, &p.UPN} {
		*s = strings.ToUpper(strings.TrimSpace(*s))
	}
	p.NHSNumber = codes.NormaliseNHSNumber(p.NHSNumber)
	for i, d := range p.Disabilities {
		p.Disabilities[i] = strings.ToUpper(strings.TrimSpace(d))
	}
	if p.Ethnicity == "" {
		p.Ethnicity = "NOBT"
	}
	if p.Sex == "" {
		p.Sex = "U"
	}
}

// Validate checks the person as at today and returns every problem, in form order.
func (p *Person) Validate(today date.Date) apperr.FieldErrors {
	var fe apperr.FieldErrors
	text := func(field, label, v string, max int, required bool) {
		switch {
		case required && v == "":
			fe.Add(field, "Enter %s", strings.ToLower(label))
		case utf8.RuneCountInString(v) > max:
			fe.Add(field, "%s must be %d characters or fewer", label, max)
		}
	}
	text("given_names", "Given names", p.GivenNames, MaxName, true)
	text("family_name", "Family name", p.FamilyName, MaxName, true)
	text("preferred_name", "Preferred name", p.PreferredName, MaxName, false)

	switch {
	case p.DateOfBirth.IsZero() && p.ExpectedDateOfBirth.IsZero():
		fe.Add("date_of_birth", "Enter a date of birth, or an expected date of birth for an unborn child")
	case !p.DateOfBirth.IsZero() && p.DateOfBirth.After(today):
		fe.Add("date_of_birth", "Date of birth must be today or in the past; for an unborn child enter the expected date of birth")
	case !p.DateOfBirth.IsZero() && p.DateOfBirth.Year() < earliestBirthYear:
		fe.Add("date_of_birth", "Date of birth must be after 1900")
	}
	if e := p.ExpectedDateOfBirth; !e.IsZero() && p.DateOfBirth.IsZero() {
		if e.After(today.AddDate(0, 10, 0)) || e.Before(today.AddDate(0, -3, 0)) {
			fe.Add("expected_date_of_birth", "Expected date of birth must be within 10 months from today; if the baby has been born, enter the date of birth")
		}
	}
	if d := p.DateOfDeath; !d.IsZero() {
		switch {
		case d.After(today):
			fe.Add("date_of_death", "Date of death must be today or in the past")
		case !p.DateOfBirth.IsZero() && d.Before(p.DateOfBirth):
			fe.Add("date_of_death", "Date of death must be on or after the date of birth")
		}
	}

	code := func(field, label, v string, set *codes.Set, required bool) {
		if v == "" && !required {
			return
		}
		if !set.Valid(v) {
			fe.Add(field, "Select %s from the list", strings.ToLower(label))
		}
	}
	code("sex", "Sex", p.Sex, codes.Sex, true)
	code("gender_identity", "Gender identity", p.GenderIdentity, codes.GenderIdentity, false)
	code("ethnicity", "Ethnicity", p.Ethnicity, codes.Ethnicity, true)
	code("religion", "Religion", p.Religion, codes.Religion, false)
	text("first_language", "First language", p.FirstLanguage, MaxShortText, false)
	text("communication_needs", "Communication needs", p.Communication, MaxLongText, false)

	for i, d := range p.Disabilities {
		switch {
		case !codes.Disability.Valid(d):
			fe.Add("disabilities", "Disability %q is not a DfE disability code", d)
		case slices.Contains(p.Disabilities[:i], d):
			fe.Add("disabilities", "Disability %s is selected twice", d)
		}
	}
	if len(p.Disabilities) > 1 && slices.Contains(p.Disabilities, "NONE") {
		fe.Add("disabilities", "Select ‘None’ on its own, or select the disabilities")
	}

	if p.UPN != "" {
		if err := codes.ValidUPN(p.UPN); err != nil {
			fe.Add("upn", "Enter a valid unique pupil number: %s", err)
		}
	}
	if p.NHSNumber != "" {
		if err := codes.ValidNHSNumber(p.NHSNumber); err != nil {
			fe.Add("nhs_number", "Enter a valid NHS number: %s", err)
		}
	}
	if p.Restricted {
		text("restriction_reason", "The reason the record is restricted", p.RestrictionReason, MaxLongText, true)
	}
	return fe
}

package person

import (
	"testing"

	"ourchild/internal/date"
)

var today = date.MustParse("2026-11-20")

func TestValidPostcode(t *testing.T) {
	for pc, want := range map[string]bool{
		"SW1A 1AA": true, "M1 1AE": true, "B33 8TH": true, "CR2 6XH": true, "DN55 1PT": true, "ZZ99 3AB": true, "zz993ab": true,
		"": false, "SW1A": false, "12345": false, "SW1A 1A": false, "SW1A 1AAA": false, "S W1A 1AA!": false,
	} {
		if got := ValidPostcode(pc); got != want {
			t.Errorf("ValidPostcode(%q) = %v, want %v", pc, got, want)
		}
	}
}

func TestValidate(t *testing.T) {
	base := func() *Person {
		return &Person{GivenNames: "Amara", FamilyName: "Okafor", DateOfBirth: date.MustParse("2015-03-02"), Sex: "F", Ethnicity: "BAFR"}
	}
	tests := []struct {
		name  string
		edit  func(*Person)
		field string // "" for valid
	}{
		{"valid", func(p *Person) {}, ""},
		{"unborn with expected date", func(p *Person) { p.DateOfBirth = date.Date{}; p.ExpectedDateOfBirth = today.AddDays(100) }, ""},
		{"expected date too far ahead", func(p *Person) { p.DateOfBirth = date.Date{}; p.ExpectedDateOfBirth = today.AddDate(1, 0, 0) }, "expected_date_of_birth"},
		{"born before 1900", func(p *Person) { p.DateOfBirth = date.MustParse("1899-12-31") }, "date_of_birth"},
		{"died before born", func(p *Person) { p.DateOfDeath = date.MustParse("2014-01-01") }, "date_of_death"},
		{"unknown religion", func(p *Person) { p.Religion = "JEDI" }, "religion"},
		{"duplicate disability", func(p *Person) { p.Disabilities = []string{"MOB", "MOB"} }, "disabilities"},
		{"restricted without reason", func(p *Person) { p.Restricted = true }, "restriction_reason"},
		{"valid NHS number with spaces", func(p *Person) { p.NHSNumber = "943 476 5919"; p.Normalise() }, ""},
	}
	for _, tt := range tests {
		p := base()
		tt.edit(p)
		fe := p.Validate(today)
		switch {
		case tt.field == "" && len(fe) > 0:
			t.Errorf("%s: Validate = %v, want no problems", tt.name, fe)
		case tt.field != "" && fe.For(tt.field) == "":
			t.Errorf("%s: Validate = %v, want a problem with %s", tt.name, fe, tt.field)
		}
	}
}

func TestRelationshipLabels(t *testing.T) {
	for _, rt := range RelTypes() {
		if rt.Label() == "" || rt.InverseLabel() == "" {
			t.Errorf("relationship type %q has no label", rt)
		}
	}
	r := &Relationship{FromID: 1, ToID: 2, Type: "sibling", ParentalResponsibility: true}
	if r.Validate(today).For("parental_responsibility") == "" {
		t.Error("a sibling was allowed parental responsibility")
	}
	r = &Relationship{FromID: 1, ToID: 2, Type: "mother", StartDate: date.MustParse("2020-01-01"), EndDate: date.MustParse("2019-01-01")}
	if r.Validate(today).For("end_date") == "" {
		t.Error("a relationship ending before it started was accepted")
	}
}

func TestDiffAndIdentity(t *testing.T) {
	a := &Person{GivenNames: "Amara", FamilyName: "Okafor", FirstLanguage: "English"}
	b := *a
	b.FirstLanguage = "Igbo"
	cs := Diff(a, &b)
	if len(cs) != 1 || cs[0].Field != "first_language" || IdentityChanged(cs) {
		t.Errorf("Diff(language change) = %+v", cs)
	}
	b.FamilyName = "Bello"
	if !IdentityChanged(Diff(a, &b)) {
		t.Error("a family name change is not an identity change")
	}
}

package contextual

import (
	"slices"
	"testing"

	"ourchild/internal/date"
)

func TestNormaliseOrdersRisks(t *testing.T) {
	c := Context{Kind: " place ", Name: " Park ", Risks: []string{"online", "cse", "online", "gangs"}}
	c.Normalise()
	if want := []string{"cse", "online", "gangs"}; !slices.Equal(c.Risks, want) {
		t.Errorf("risks = %v; want %v (list order, no repeats, unknown kept for Validate)", c.Risks, want)
	}
	if c.Kind != "place" || c.Name != "Park" || c.Status != Active {
		t.Errorf("normalised = %+v", c)
	}
	if fe := c.Validate(); fe.For("risks") == "" || fe.For("area") == "" {
		t.Errorf("Validate = %v; want the unknown risk and the missing location named", fe)
	}
}

func TestLinkEnd(t *testing.T) {
	today := date.MustParse("2026-11-20")
	l := Link{IdentifiedOn: date.MustParse("2026-11-01")}
	cases := []struct {
		on, reason string
		field      string // "" when the end is accepted
	}{
		{"2026-11-10", "Moved away", ""},
		{"2026-11-01", "Moved away", ""},
		{"2026-11-20", "Moved away", ""},
		{"2026-10-31", "Moved away", "ended_on"},
		{"2026-11-21", "Moved away", "ended_on"},
		{"", "Moved away", "ended_on"},
		{"2026-11-10", "  ", "end_reason"},
	}
	for _, tc := range cases {
		on, _ := date.Parse(tc.on)
		fe := l.CheckEnd(on, tc.reason, today)
		switch {
		case tc.field == "" && len(fe) > 0:
			t.Errorf("end %q %q: %v; want accepted", tc.on, tc.reason, fe)
		case tc.field != "" && fe.For(tc.field) == "":
			t.Errorf("end %q %q: %v; want an error on %s", tc.on, tc.reason, fe, tc.field)
		}
	}
}

package person

import (
	"strings"
	"time"
	"unicode/utf8"

	"ourchild/internal/apperr"
	"ourchild/internal/date"
)

// A RelType is a kind of relationship, read "FROM is the TYPE of TO": in a "mother"
// relationship from Anna to Ben, Anna is Ben's mother.
type RelType string

// relTypes lists the relationship types with how each reads from both ends.
var relTypes = []struct {
	t             RelType
	label, invLbl string
}{
	{"mother", "Mother", "Child"},
	{"father", "Father", "Child"},
	{"parent", "Parent", "Child"},
	{"step_parent", "Step-parent", "Step-child"},
	{"adoptive_parent", "Adoptive parent", "Adopted child"},
	{"sibling", "Sibling", "Sibling"},
	{"half_sibling", "Half-sibling", "Half-sibling"},
	{"step_sibling", "Step-sibling", "Step-sibling"},
	{"grandparent", "Grandparent", "Grandchild"},
	{"aunt_uncle", "Aunt or uncle", "Niece or nephew"},
	{"carer", "Carer", "Cared-for child"},
	{"foster_carer", "Foster carer", "Foster child"},
	{"special_guardian", "Special guardian", "Child under special guardianship"},
	{"partner", "Partner", "Partner"},
	{"significant_other", "Other significant person", "Other significant person"},
}

// RelTypes returns the relationship types in form order.
func RelTypes() []RelType {
	ts := make([]RelType, len(relTypes))
	for i, r := range relTypes {
		ts[i] = r.t
	}
	return ts
}

// Valid reports whether t is a known relationship type.
func (t RelType) Valid() bool { return t.Label() != "" }

// Label is how the FROM person is described: "Mother".
func (t RelType) Label() string {
	for _, r := range relTypes {
		if r.t == t {
			return r.label
		}
	}
	return ""
}

// InverseLabel is how the TO person is described: "Child".
func (t RelType) InverseLabel() string {
	for _, r := range relTypes {
		if r.t == t {
			return r.invLbl
		}
	}
	return ""
}

// Parental reports whether the type is a parent's; parental responsibility applies only there.
func (t RelType) Parental() bool {
	switch t {
	case "mother", "father", "parent", "step_parent", "adoptive_parent", "special_guardian":
		return true
	}
	return false
}

// A Relationship links two people.
type Relationship struct {
	ID                     int64     `json:"id"`
	Version                int       `json:"version"`
	FromID                 int64     `json:"from_person_id"`
	ToID                   int64     `json:"to_person_id"`
	Type                   RelType   `json:"type"`
	ParentalResponsibility bool      `json:"parental_responsibility"`
	StartDate              date.Date `json:"start_date"`
	EndDate                date.Date `json:"end_date"`
	Notes                  string    `json:"notes,omitempty"`
	EnteredInError         bool      `json:"entered_in_error"`
	CreatedAt              time.Time `json:"created_at"`
}

// Validate checks a relationship.
func (r *Relationship) Validate(today date.Date) apperr.FieldErrors {
	var fe apperr.FieldErrors
	r.Notes = strings.TrimSpace(r.Notes)
	if r.ToID == 0 {
		fe.Add("to_person_id", "Select the related person")
	} else if r.FromID == r.ToID {
		fe.Add("to_person_id", "A person cannot be related to themselves")
	}
	if !r.Type.Valid() {
		fe.Add("type", "Select the type of relationship")
	}
	if r.ParentalResponsibility && r.Type.Valid() && !r.Type.Parental() {
		fe.Add("parental_responsibility", "Only a parent, step-parent, adoptive parent or special guardian can hold parental responsibility")
	}
	if r.StartDate.After(today) {
		fe.Add("start_date", "Start date must be today or in the past")
	}
	if !r.EndDate.IsZero() && !r.StartDate.IsZero() && r.EndDate.Before(r.StartDate) {
		fe.Add("end_date", "End date must be on or after the start date")
	}
	if utf8.RuneCountInString(r.Notes) > MaxLongText {
		fe.Add("notes", "Notes must be %d characters or fewer", MaxLongText)
	}
	return fe
}

// A Relative is a relationship seen from one person's record.
type Relative struct {
	Relationship
	Person *Person // the other person
	Label  string  // what the other person is to this one: "Mother", "Half-sibling"
}

// An Address is a place where a person lives or lived.
type Address struct {
	ID        int64     `json:"id"`
	PersonID  int64     `json:"person_id"`
	Line1     string    `json:"line1"`
	Line2     string    `json:"line2,omitempty"`
	Town      string    `json:"town"`
	Postcode  string    `json:"postcode"`
	StartDate date.Date `json:"start_date"`
	EndDate   date.Date `json:"end_date"`
}

// OneLine returns the address on one line.
func (a *Address) OneLine() string {
	parts := []string{a.Line1}
	for _, s := range []string{a.Line2, a.Town, a.Postcode} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ", ")
}

// Current reports whether the address is current on d.
func (a *Address) Current(d date.Date) bool {
	return !a.StartDate.After(d) && (a.EndDate.IsZero() || !a.EndDate.Before(d))
}

// Validate checks an address.
func (a *Address) Validate(today date.Date) apperr.FieldErrors {
	var fe apperr.FieldErrors
	a.Line1, a.Line2, a.Town = strings.TrimSpace(a.Line1), strings.TrimSpace(a.Line2), strings.TrimSpace(a.Town)
	a.Postcode = strings.ToUpper(strings.TrimSpace(a.Postcode))
	if a.Line1 == "" {
		fe.Add("line1", "Enter address line 1")
	}
	for _, f := range []struct{ name, label, v string }{{"line1", "Address line 1", a.Line1}, {"line2", "Address line 2", a.Line2}, {"town", "Town or city", a.Town}} {
		if utf8.RuneCountInString(f.v) > MaxShortText {
			fe.Add(f.name, "%s must be %d characters or fewer", f.label, MaxShortText)
		}
	}
	if a.Postcode != "" && !ValidPostcode(a.Postcode) {
		fe.Add("postcode", "Enter a real postcode, like AB1 2CD")
	}
	if a.StartDate.IsZero() {
		fe.Add("start_date", "Enter the date the person started living here")
	} else if a.StartDate.After(today) {
		fe.Add("start_date", "Start date must be today or in the past")
	}
	if !a.EndDate.IsZero() && a.EndDate.Before(a.StartDate) {
		fe.Add("end_date", "End date must be on or after the start date")
	}
	return fe
}

// ValidPostcode reports whether s has the shape of a UK postcode ("SW1A 1AA").
func ValidPostcode(s string) bool {
	s = strings.ReplaceAll(strings.ToUpper(s), " ", "")
	if len(s) < 5 || len(s) > 7 {
		return false
	}
	in, out := s[:len(s)-3], s[len(s)-3:]
	isL := func(c byte) bool { return c >= 'A' && c <= 'Z' }
	isD := func(c byte) bool { return c >= '0' && c <= '9' }
	if !isD(out[0]) || !isL(out[1]) || !isL(out[2]) || !isL(in[0]) {
		return false
	}
	for i := 1; i < len(in); i++ {
		if !isL(in[i]) && !isD(in[i]) {
			return false
		}
	}
	return isD(in[1]) || (len(in) > 2 && isD(in[2]))
}

// WarningTypes are the kinds of warning a record can carry, in form order.
var WarningTypes = []struct{ Value, Label string }{
	{"risk_to_staff", "Risk to staff"},
	{"risk_to_children", "Risk to children"},
	{"lone_working", "Do not visit alone"},
	{"animal", "Dangerous animal at the property"},
	{"domestic_abuse", "Domestic abuse in the household"},
	{"medical", "Medical alert"},
	{"other", "Other"},
}

// WarningLabel returns the label of a warning type.
func WarningLabel(t string) string {
	for _, w := range WarningTypes {
		if w.Value == t {
			return w.Label
		}
	}
	return ""
}

// A Warning tells anyone opening the record something they must know first.
type Warning struct {
	ID        int64     `json:"id"`
	PersonID  int64     `json:"person_id"`
	Type      string    `json:"type"`
	Detail    string    `json:"detail"`
	StartDate date.Date `json:"start_date"`
	EndDate   date.Date `json:"end_date"`
}

// Validate checks a warning.
func (w *Warning) Validate(today date.Date) apperr.FieldErrors {
	var fe apperr.FieldErrors
	w.Detail = strings.TrimSpace(w.Detail)
	if WarningLabel(w.Type) == "" {
		fe.Add("type", "Select the type of warning")
	}
	if w.Detail == "" {
		fe.Add("detail", "Describe the warning so a visitor knows what to do")
	} else if utf8.RuneCountInString(w.Detail) > MaxLongText {
		fe.Add("detail", "Detail must be %d characters or fewer", MaxLongText)
	}
	if w.StartDate.IsZero() {
		fe.Add("start_date", "Enter the date the warning starts")
	} else if w.StartDate.After(today) {
		fe.Add("start_date", "Start date must be today or in the past")
	}
	return fe
}

// An Allocation puts a child in a worker's and a team's caseload.
type Allocation struct {
	ID         int64     `json:"id"`
	PersonID   int64     `json:"person_id"`
	WorkerID   int64     `json:"worker_id"`
	WorkerName string    `json:"worker_name"`
	TeamID     int64     `json:"team_id"`
	TeamName   string    `json:"team_name"`
	Role       string    `json:"role"` // "Allocated social worker", "Personal adviser", …
	StartDate  date.Date `json:"start_date"`
	EndDate    date.Date `json:"end_date"`
	// EndReason is why the worker's involvement ended, a DfE SW_REASON code (codes.SWEndReason):
	// '' while the allocation is open, and for allocations ended before it was recorded.
	EndReason string `json:"end_reason"`
}

// An Event is one entry in a person's chronology: a significant thing that happened, and when.
type Event struct {
	ID          int64     `json:"id"`
	PersonID    int64     `json:"person_id"`
	Date        date.Date `json:"date"`
	Category    string    `json:"category"`
	Summary     string    `json:"summary"`
	Significant bool      `json:"significant"`
	RecordedAt  time.Time `json:"recorded_at"`
	RecordedBy  string    `json:"recorded_by"`
}

// Package casework holds what is recorded about a child's journey between a worry arriving
// and a plan ending: contacts, early help, referrals, assessments, strategy discussions,
// section 47 enquiries, conferences, plans, pre-proceedings, transitions, visits, case notes
// and management oversight.
//
// Every such record is an Item of a Kind. A Kind declares its questions (Fields) once; the
// forms, the validation, the history and the API are all driven by that declaration, so a
// new kind of record is a declaration here, not a new table, form and handler. What the
// statutory returns and the clocks read (dates, codes) is held in the same typed-by-declaration
// values and read through Item's accessors.
package casework

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"ourchild/internal/apperr"
	"ourchild/internal/codes"
	"ourchild/internal/date"
)

// A Type is how a field's value is held and asked for.
type Type int

// The field types.
const (
	Text     Type = iota // one line
	Textarea             // free text
	Lines                // a list, one item per line (worries, strengths, goals …)
	Date                 // YYYY-MM-DD
	DateTime             // YYYY-MM-DDTHH:MM, London local time
	Choice               // one code from Options (radios or a select)
	Choices              // several codes from Options (checkboxes)
	YesNo                // "yes" or "no"
	Scale                // a whole number from 0 to 10
	Rows                 // a table: each column is a field of its own, held as parallel lists
)

// A Field is one question of a kind of record.
type Field struct {
	Name, Label, Hint string
	Type              Type
	Options           *codes.Set // Choice and Choices
	Columns           []Field    // Rows
	Required          bool
	// Manager marks a field only a manager (case.authorise) may set or change: an
	// assessment's authorisation, a contact decision's agreement, a target date.
	Manager bool
	// Section starts a new part of the form with this heading.
	Section string
	// Missing is the message when a required answer is missing, where the label does not
	// make one ("What is the worry?" → "Enter the worry").
	Missing string
}

// A Kind is a kind of casework record.
type Kind struct {
	Name, Label string
	// Parent is the kind this one belongs to ("" for none): an assessment belongs to a
	// referral, a core group to a child protection plan.
	Parent string
	// Episode marks kinds with a start and an end that other records sit within.
	Episode bool
	// Start and End name the fields that give the record's start and end dates (End "" for
	// records that are a single event). They are stored in their own columns too, so that
	// lists and returns can select by date.
	Start, End string
	Fields     []Field
	// Check adds the kind's own rules (dates in order, what a decision requires) to the
	// generic checks.
	Check func(it *Item, fe *apperr.FieldErrors, today date.Date)
	// ManagerOnly kinds are recorded by managers only (management oversight).
	ManagerOnly bool
	// Summary gives the one-line description lists and the chronology show.
	Summary func(it *Item) string
}

// Field returns the field called name, or nil.
func (k *Kind) Field(name string) *Field {
	for i := range k.Fields {
		if k.Fields[i].Name == name {
			return &k.Fields[i]
		}
		for j := range k.Fields[i].Columns {
			if k.Fields[i].Columns[j].Name == name {
				return &k.Fields[i].Columns[j]
			}
		}
	}
	return nil
}

var registry = map[string]*Kind{}
var declared []*Kind

func register(k *Kind) *Kind {
	if _, dup := registry[k.Name]; dup {
		panic("casework: kind registered twice: " + k.Name)
	}
	if k.Start == "" || k.Field(k.Start) == nil || (k.End != "" && k.Field(k.End) == nil) {
		panic("casework: kind " + k.Name + " must name its start (and end) fields")
	}
	registry[k.Name] = k
	declared = append(declared, k)
	return k
}

// KindOf returns the kind called name, or nil.
func KindOf(name string) *Kind { return registry[name] }

// Kinds returns every kind in the order they were declared.
func Kinds() []*Kind { return slices.Clone(declared) }

// Values are a record's answers, by field name. A Rows field's columns are held as
// "field.column" lists of equal length.
type Values map[string][]string

// Get returns the first value of name.
func (v Values) Get(name string) string {
	if vs := v[name]; len(vs) > 0 {
		return vs[0]
	}
	return ""
}

// Set replaces the values of name; an empty value removes it.
func (v Values) Set(name string, vals ...string) {
	var keep []string
	for _, s := range vals {
		if s != "" {
			keep = append(keep, s)
		}
	}
	if len(keep) == 0 {
		delete(v, name)
		return
	}
	v[name] = keep
}

// An Item is one casework record.
type Item struct {
	ID       int64  `json:"id"`
	Version  int    `json:"version"`
	PersonID int64  `json:"person_id"`
	Kind     string `json:"kind"`
	// ParentID is the record this one belongs to (the referral of an assessment).
	ParentID int64 `json:"parent_id,omitempty"`
	// EpisodeID is the referral (children in need episode) the record falls in, for the CIN
	// census; 0 for records outside one (contacts, early help).
	EpisodeID      int64     `json:"episode_id,omitempty"`
	Values         Values    `json:"values"`
	EnteredInError bool      `json:"entered_in_error,omitempty"`
	ErrorReason    string    `json:"error_reason,omitempty"`
	CreatedAt      time.Time `json:"created_at"`
	CreatedBy      string    `json:"created_by,omitempty"`
	UpdatedAt      time.Time `json:"updated_at"`
	UpdatedBy      string    `json:"updated_by,omitempty"`
}

// K returns the item's kind.
func (it *Item) K() *Kind { return registry[it.Kind] }

// Get returns a value.
func (it *Item) Get(name string) string { return it.Values.Get(name) }

// List returns all values of a field (Choices, Lines, a Rows column).
func (it *Item) List(name string) []string { return it.Values[name] }

// Is reports whether a YesNo field is "yes".
func (it *Item) Is(name string) bool { return it.Get(name) == "yes" }

// Date returns a Date or DateTime field's date, or the zero Date.
func (it *Item) Date(name string) date.Date {
	s := it.Get(name)
	if len(s) > 10 {
		s = s[:10]
	}
	d, err := date.Parse(s)
	if err != nil {
		return date.Date{}
	}
	return d
}

// Int returns a Scale field's number, or -1 when unanswered.
func (it *Item) Int(name string) int {
	n, err := strconv.Atoi(it.Get(name))
	if err != nil {
		return -1
	}
	return n
}

// StartDate and EndDate return the dates the kind names as its start and end.
func (it *Item) StartDate() date.Date { return it.Date(it.K().Start) }

// EndDate returns the end date, or the zero Date for an open episode or a single event.
func (it *Item) EndDate() date.Date {
	if k := it.K(); k.End != "" {
		return it.Date(k.End)
	}
	return date.Date{}
}

// Open reports whether an episode has not ended.
func (it *Item) Open() bool { return it.K().Episode && it.EndDate().IsZero() && !it.EnteredInError }

// OpenOn reports whether an episode was open on d (started on or before it, not ended before it).
func (it *Item) OpenOn(d date.Date) bool {
	s, e := it.StartDate(), it.EndDate()
	return !it.EnteredInError && !s.IsZero() && !s.After(d) && (e.IsZero() || !e.Before(d))
}

// Label returns the kind's label, with a sub-type where the kind has one.
func (it *Item) Label() string {
	k := it.K()
	if it.Kind == "conference" {
		return conferenceTypes.Label(it.Get("type"))
	}
	return k.Label
}

// Summary returns the one-line description.
func (it *Item) Summary() string {
	if k := it.K(); k.Summary != nil {
		return k.Summary(it)
	}
	return ""
}

// Display returns a field's value as people read it: code labels, dates in words.
func (it *Item) Display(name string) string {
	f := it.K().Field(name)
	if f == nil {
		return it.Get(name)
	}
	return display(f, it.List(name))
}

func display(f *Field, vs []string) string {
	switch f.Type {
	case Choice, Choices:
		var out []string
		for _, v := range vs {
			if l := f.Options.Label(v); l != "" {
				out = append(out, l)
			} else {
				out = append(out, v)
			}
		}
		return strings.Join(out, "; ")
	case Date:
		if len(vs) > 0 {
			if d, err := date.Parse(vs[0]); err == nil {
				return d.Display()
			}
		}
	case DateTime:
		if len(vs) > 0 && len(vs[0]) == 16 {
			if d, err := date.Parse(vs[0][:10]); err == nil {
				return d.Display() + " at " + vs[0][11:]
			}
		}
	case YesNo:
		if len(vs) > 0 {
			return map[string]string{"yes": "Yes", "no": "No"}[vs[0]]
		}
	}
	return strings.Join(vs, "\n")
}

// A Change is one field that differs between two versions.
type Change struct{ Field, Old, New string }

// Diff lists what changed between two versions of an item, in the kind's field order.
func Diff(k *Kind, old, new Values) []Change {
	var cs []Change
	add := func(f *Field) {
		o, n := display(f, old[f.Name]), display(f, new[f.Name])
		if o != n {
			cs = append(cs, Change{f.Label, o, n})
		}
	}
	for i := range k.Fields {
		f := &k.Fields[i]
		if f.Type == Rows {
			for j := range f.Columns {
				add(&f.Columns[j])
			}
			continue
		}
		add(f)
	}
	return cs
}

// Marshal encodes values for storage.
func (v Values) Marshal() string {
	b, _ := json.Marshal(v) // a map of string slices always encodes
	return string(b)
}

// ParseValues decodes stored values.
func ParseValues(s string) (Values, error) {
	v := Values{}
	if s == "" {
		return v, nil
	}
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		return nil, fmt.Errorf("casework: stored values are not valid: %w", err)
	}
	return v, nil
}

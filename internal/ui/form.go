package ui

import (
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"ourchild/internal/apperr"
	"ourchild/internal/codes"
	"ourchild/internal/date"
)

// A Field is one question on a form, rendered by the "field" template in GOV.UK Frontend
// markup. Type is text, password, textarea, select, radios, checkboxes, checkbox, date,
// hidden or heading.
type Field struct {
	Name, Label, Hint, Type string
	Value                   string
	Values                  []string // checkboxes
	Day, Month, Year        string   // date
	Options                 []Option
	Error                   string
	Width                   int // GOV.UK input width class
	Rows                    int
	Inline, Small, Bold     bool
	Autocomplete            string
	Table                   *formTable // table: a row per answer, a column per question
}

// Option is a choice in a select, radios or checkboxes.
type Option struct{ Value, Label string }

// Selected reports whether v is chosen.
func (f Field) Selected(v string) bool {
	if f.Type == "checkboxes" {
		return slices.Contains(f.Values, v)
	}
	return f.Value == v
}

// Describedby returns the ids of the hint and error, for aria-describedby.
func (f Field) Describedby() string {
	var ids []string
	if f.Hint != "" {
		ids = append(ids, f.Name+"-hint")
	}
	if f.Error != "" {
		ids = append(ids, f.Name+"-error")
	}
	return strings.Join(ids, " ")
}

// setDate fills a date field's parts from a date.
func (f *Field) setDate(d date.Date) {
	if !d.IsZero() {
		f.Day, f.Month, f.Year = strconv.Itoa(d.Day()), strconv.Itoa(int(d.Month())), strconv.Itoa(d.Year())
	}
}

// withErrors copies the field errors onto the fields they name.
func withErrors(fields []Field, fe apperr.FieldErrors) []Field {
	for i := range fields {
		fields[i].Error = fe.For(fields[i].Name)
	}
	return fields
}

// fromForm refills fields from a submitted form so that a form with errors shows what was
// typed, not what was stored.
func fromForm(fields []Field, r *http.Request) []Field {
	for i := range fields {
		f := &fields[i]
		switch f.Type {
		case "date":
			f.Day, f.Month, f.Year = r.PostFormValue(f.Name+"-day"), r.PostFormValue(f.Name+"-month"), r.PostFormValue(f.Name+"-year")
		case "checkboxes":
			f.Values = r.PostForm[f.Name]
		case "heading", "table":
		default:
			f.Value = r.PostFormValue(f.Name)
		}
	}
	return fields
}

// formDate reads a GOV.UK date input (name-day, name-month, name-year). An empty date gives
// the zero Date; a partial or impossible one adds a field error naming what is wrong.
func formDate(r *http.Request, name, label string, fe *apperr.FieldErrors) date.Date {
	parts := []string{"day", "month", "year"}
	vals := make([]string, 3)
	var missing []string
	for i, p := range parts {
		vals[i] = strings.TrimSpace(r.PostFormValue(name + "-" + p))
		if vals[i] == "" {
			missing = append(missing, p)
		}
	}
	if len(missing) == 3 {
		return date.Date{}
	}
	if len(missing) > 0 {
		fe.Add(name, "%s must include a %s", label, strings.Join(missing, " and "))
		return date.Date{}
	}
	n := make([]int, 3)
	for i, v := range vals {
		x, err := strconv.Atoi(v)
		if err != nil {
			fe.Add(name, "%s must be a real date, with the %s as a number", label, parts[i])
			return date.Date{}
		}
		n[i] = x
	}
	if n[2] < 1000 {
		fe.Add(name, "%s year must include 4 numbers", label)
		return date.Date{}
	}
	if !date.Valid(n[2], n[1], n[0]) {
		fe.Add(name, "%s must be a real date", label)
		return date.Date{}
	}
	return date.New(n[2], time.Month(n[1]), n[0])
}

// formID reads a positive integer ID.
func formID(r *http.Request, name, label string, fe *apperr.FieldErrors) int64 {
	v := strings.TrimSpace(r.PostFormValue(name))
	if v == "" {
		return 0
	}
	id, err := strconv.ParseInt(v, 10, 64)
	if err != nil || id <= 0 {
		fe.Add(name, "%s must be a number", label)
		return 0
	}
	return id
}

// codeOptions turns a code set into options, with an optional blank first choice.
func codeOptions(s *codes.Set, blank string) []Option {
	var os []Option
	if blank != "" {
		os = append(os, Option{"", blank})
	}
	for _, c := range s.Codes {
		os = append(os, Option{c.Value, c.Label})
	}
	return os
}

var yesNo = []Option{{"yes", "Yes"}, {"no", "No"}}

func yesNoValue(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// formPage is the data of the generic form template.
type formPage struct {
	Caption, Heading string
	Intro            []string
	Warning          string
	Action           string
	Fields           []Field
	Submit, Cancel   string
	Conflict         []conflictRow // "this record changed since you opened it"
	ConflictBy       string
	Danger           bool // the submit button is a warning button
}

type conflictRow struct{ Label, Yours, Theirs string }

func idParam(r *http.Request, name string) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue(name), 10, 64)
	if err != nil || id <= 0 {
		return 0, apperr.New(apperr.NotFound, "There is no record at this address")
	}
	return id, nil
}

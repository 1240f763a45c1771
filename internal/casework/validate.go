package casework

import (
	"strconv"
	"strings"

	"ourchild/internal/apperr"
	"ourchild/internal/date"
)

// Normalise trims the values, drops answers to questions the kind does not ask, drops empty
// table rows and splits Lines fields into one value per line.
func (it *Item) Normalise() {
	k := it.K()
	if k == nil {
		return
	}
	in, out := it.Values, Values{}
	for _, f := range k.Fields {
		switch f.Type {
		case Rows:
			normaliseRows(f, in, out)
		case Lines:
			var lines []string
			for _, v := range in[f.Name] {
				for _, l := range strings.Split(v, "\n") {
					lines = append(lines, strings.TrimSpace(l))
				}
			}
			out.Set(f.Name, lines...)
		case Textarea:
			out.Set(f.Name, strings.TrimSpace(strings.ReplaceAll(in.Get(f.Name), "\r\n", "\n")))
		case Choices:
			var vs []string
			for _, v := range in[f.Name] {
				if v = strings.TrimSpace(v); v != "" && !contains(vs, v) {
					vs = append(vs, v)
				}
			}
			out.Set(f.Name, vs...)
		default:
			out.Set(f.Name, strings.TrimSpace(in.Get(f.Name)))
		}
	}
	it.Values = out
}

func contains(vs []string, v string) bool {
	for _, x := range vs {
		if x == v {
			return true
		}
	}
	return false
}

// normaliseRows keeps the rows of a table that have anything in them.
func normaliseRows(f Field, in, out Values) {
	n := 0
	for _, c := range f.Columns {
		n = max(n, len(in[c.Name]))
	}
	cols := make([][]string, len(f.Columns))
	for r := 0; r < n; r++ {
		row := make([]string, len(f.Columns))
		empty := true
		for i, c := range f.Columns {
			if r < len(in[c.Name]) {
				row[i] = strings.TrimSpace(in[c.Name][r])
			}
			empty = empty && row[i] == ""
		}
		if empty {
			continue
		}
		for i := range f.Columns {
			cols[i] = append(cols[i], row[i])
		}
	}
	for i, c := range f.Columns {
		if len(cols[i]) > 0 {
			out[c.Name] = cols[i] // kept even where blank, so the columns stay in step
		}
	}
}

// Validate checks an item against its kind: required answers, real dates and times, codes
// from the lists, scales from 0 to 10, then the kind's own rules. today stops dates in the
// future where a thing must already have happened (the kinds say which).
func (it *Item) Validate(today date.Date) apperr.FieldErrors {
	var fe apperr.FieldErrors
	k := it.K()
	if k == nil {
		fe.Add("kind", "There is no kind of record called %q", it.Kind)
		return fe
	}
	for _, f := range k.Fields {
		if f.Type == Rows {
			for _, c := range f.Columns {
				for i, v := range it.Values[c.Name] {
					if v == "" && c.Required {
						fe.Add(c.Name, "%s: enter %s in row %d", f.Label, strings.ToLower(c.Label), i+1)
						break
					}
					if v != "" && !validValue(c, v, &fe) {
						break
					}
				}
			}
			continue
		}
		vs := it.Values[f.Name]
		if len(vs) == 0 {
			if f.Required {
				fe.Add(f.Name, "%s", requiredMessage(f))
			}
			continue
		}
		for _, v := range vs {
			if !validValue(f, v, &fe) {
				break
			}
		}
	}
	if len(fe) == 0 && k.Check != nil {
		k.Check(it, &fe, today)
	}
	return fe
}

func requiredMessage(f Field) string {
	if f.Missing != "" {
		return f.Missing
	}
	switch f.Type {
	case Choice, YesNo:
		return "Select " + lowerFirst(f.Label)
	case Choices:
		return "Select at least one: " + lowerFirst(f.Label)
	case Date, DateTime:
		return "Enter " + lowerFirst(f.Label)
	}
	return "Enter " + lowerFirst(f.Label)
}

func lowerFirst(s string) string {
	if len(s) > 1 && s[1] >= 'a' && s[1] <= 'z' {
		return strings.ToLower(s[:1]) + s[1:]
	}
	return s
}

func validValue(f Field, v string, fe *apperr.FieldErrors) bool {
	switch f.Type {
	case Date:
		if _, err := date.Parse(v); err != nil {
			fe.Add(f.Name, "%s must be a real date", f.Label)
			return false
		}
	case DateTime:
		if !validDateTime(v) {
			fe.Add(f.Name, "%s must be a real date and a time such as 14:30", f.Label)
			return false
		}
	case Choice, Choices:
		if !f.Options.Valid(v) {
			fe.Add(f.Name, "%s: %q is not one of the choices", f.Label, v)
			return false
		}
	case YesNo:
		if v != "yes" && v != "no" {
			fe.Add(f.Name, "%s must be yes or no", f.Label)
			return false
		}
	case Scale:
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > 10 {
			fe.Add(f.Name, "%s must be a whole number from 0 to 10", f.Label)
			return false
		}
	case Text:
		if len(v) > 500 {
			fe.Add(f.Name, "%s must be 500 characters or fewer", f.Label)
			return false
		}
	}
	return true
}

func validDateTime(v string) bool {
	if len(v) != 16 || v[10] != 'T' || v[13] != ':' {
		return false
	}
	if _, err := date.Parse(v[:10]); err != nil {
		return false
	}
	h, err1 := strconv.Atoi(v[11:13])
	m, err2 := strconv.Atoi(v[14:16])
	return err1 == nil && err2 == nil && h >= 0 && h < 24 && m >= 0 && m < 60
}

// order checks that the date in field later is not before the one in field earlier.
func order(it *Item, fe *apperr.FieldErrors, earlier, later string) {
	a, b := it.Get(earlier), it.Get(later)
	if a == "" || b == "" {
		return
	}
	// Dates and date-times compare as text; a date compares with a date-time by its day.
	if len(a) != len(b) {
		a, b = a[:10], b[:10]
	}
	if b < a {
		k := it.K()
		fe.Add(later, "%s must be the same as or after %s", k.Field(later).Label, lowerFirst(k.Field(earlier).Label))
	}
}

// notFuture checks that a date that records something done is not after today.
func notFuture(it *Item, fe *apperr.FieldErrors, today date.Date, names ...string) {
	for _, n := range names {
		if d := it.Date(n); !d.IsZero() && d.After(today) {
			fe.Add(n, "%s must be today or in the past", it.K().Field(n).Label)
		}
	}
}

// need adds an error when field is empty while cond holds.
func need(it *Item, fe *apperr.FieldErrors, cond bool, field, message string) {
	if cond && len(it.Values[field]) == 0 {
		fe.Add(field, "%s", message)
	}
}

// CheckParent checks an item against the record it belongs to: dates within the parent's,
// and the parent still open where a new record must sit in an open episode.
func (it *Item) CheckParent(parent *Item) apperr.FieldErrors {
	var fe apperr.FieldErrors
	k := it.K()
	if k.Parent == "" {
		return fe
	}
	if parent == nil || parent.Kind != k.Parent || parent.PersonID != it.PersonID || parent.EnteredInError {
		fe.Add("parent_id", "%s must belong to one of this child’s %s records", k.Label, strings.ToLower(KindOf(k.Parent).Label))
		return fe
	}
	s, ps := it.StartDate(), parent.StartDate()
	if !s.IsZero() && !ps.IsZero() && s.Before(ps) {
		fe.Add(k.Start, "%s must be on or after the %s start date (%s)", k.Field(k.Start).Label, strings.ToLower(parent.Label()), ps.Display())
	}
	if pe := parent.EndDate(); !pe.IsZero() && !s.IsZero() && s.After(pe) {
		fe.Add(k.Start, "%s must be on or before the %s ended (%s)", k.Field(k.Start).Label, strings.ToLower(parent.Label()), pe.Display())
	}
	return fe
}

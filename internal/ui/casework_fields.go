package ui

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"ourchild/internal/apperr"
	"ourchild/internal/casework"
	"ourchild/internal/date"
)

// The questions of a casework kind, as form fields, and the answers, from a posted form.

// blankRows is how many empty rows a table offers, so that more can be added without
// JavaScript; saving and editing again offers more.
const blankRows = 3

// kindFields turns a kind's declaration into form fields holding v. Manager-only questions
// are left out for users who may not answer them (their answers are kept as they are).
func kindFields(k *casework.Kind, v casework.Values, manager bool) []Field {
	var fs []Field
	for _, f := range k.Fields {
		if f.Manager && !manager {
			continue
		}
		if f.Section != "" {
			fs = append(fs, Field{Type: "heading", Label: f.Section})
		}
		fs = append(fs, formField(f, v)...)
	}
	return fs
}

func formField(f casework.Field, v casework.Values) []Field {
	ff := Field{Name: f.Name, Label: f.Label, Hint: f.Hint, Value: v.Get(f.Name)}
	if !f.Required && f.Type != casework.Rows {
		ff.Label += " (optional)"
	}
	switch f.Type {
	case casework.Text:
		ff.Type = "text"
	case casework.Textarea:
		ff.Type, ff.Rows = "textarea", 5
	case casework.Lines:
		ff.Type, ff.Rows, ff.Value = "textarea", 4, strings.Join(v[f.Name], "\n")
		if ff.Hint == "" {
			ff.Hint = "One a line"
		}
	case casework.Date:
		ff.Type = "date"
		if d, err := date.Parse(ff.Value); err == nil {
			ff.setDate(d)
		}
	case casework.DateTime:
		ff.Type = "date"
		ff.Hint = "For example, 27 3 2026"
		t := Field{Name: f.Name + "-time", Label: "Time", Hint: "24-hour clock, for example 14:30", Type: "text", Width: 5}
		if s := ff.Value; len(s) == 16 {
			if d, err := date.Parse(s[:10]); err == nil {
				ff.setDate(d)
			}
			t.Value = s[11:]
		}
		return []Field{ff, t}
	case casework.Choice:
		ff.Type, ff.Options = "radios", codeOptionsOf(f)
		if len(ff.Options) > 8 {
			ff.Type, ff.Options = "select", append([]Option{{"", "Choose"}}, ff.Options...)
		}
	case casework.Choices:
		ff.Type, ff.Options, ff.Values, ff.Small = "checkboxes", codeOptionsOf(f), v[f.Name], len(f.Options.Codes) > 8
	case casework.YesNo:
		ff.Type, ff.Options, ff.Inline = "radios", yesNo, true
	case casework.Scale:
		ff.Type, ff.Options = "select", []Option{{"", "Not scaled"}}
		for i := 0; i <= 10; i++ {
			ff.Options = append(ff.Options, Option{strconv.Itoa(i), strconv.Itoa(i)})
		}
	case casework.Rows:
		ff.Type = "table"
		ff.Table = tableOf(f, v)
	}
	return []Field{ff}
}

func codeOptionsOf(f casework.Field) []Option {
	var os []Option
	for _, c := range f.Options.Codes {
		os = append(os, Option{c.Value, c.Label})
	}
	return os
}

// A formTable is a Rows question: a column per sub-question, a row per answer.
type formTable struct {
	Columns []string
	Rows    [][]tableCell
}

type tableCell struct{ ID, Name, Label, Value string }

func tableOf(f casework.Field, v casework.Values) *formTable {
	t := &formTable{}
	n := 0
	for _, c := range f.Columns {
		label := c.Label
		if c.Type == casework.Date {
			label += " (like 31/12/2026)"
		}
		t.Columns = append(t.Columns, label)
		n = max(n, len(v[c.Name]))
	}
	cell := func(c casework.Field, r int) string {
		if r >= len(v[c.Name]) {
			return ""
		}
		s := v[c.Name][r]
		if c.Type == casework.Date && s != "" {
			if d, err := date.Parse(s); err == nil {
				s = fmt.Sprintf("%02d/%02d/%d", d.Day(), d.Month(), d.Year())
			}
		}
		return s
	}
	var rows [][]string // the answered rows, then blank ones
	for r := 0; r < n; r++ {
		var row []string
		empty := true
		for _, c := range f.Columns {
			row = append(row, cell(c, r))
			empty = empty && row[len(row)-1] == ""
		}
		if !empty {
			rows = append(rows, row)
		}
	}
	for range blankRows {
		rows = append(rows, make([]string, len(f.Columns)))
	}
	for r, vals := range rows {
		var row []tableCell
		for i, c := range f.Columns {
			tc := tableCell{ID: fmt.Sprintf("%s-%d", c.Name, r), Name: c.Name, Label: fmt.Sprintf("%s, row %d", c.Label, r+1), Value: vals[i]}
			if r == 0 {
				tc.ID = c.Name // where the error summary links to
			}
			row = append(row, tc)
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// kindValues reads a kind's answers from a posted form. Dates and times that are not real
// add field errors; everything else is checked by the casework rules when it is saved.
func kindValues(k *casework.Kind, r *http.Request, fe *apperr.FieldErrors) casework.Values {
	v := casework.Values{}
	for _, f := range k.Fields {
		switch f.Type {
		case casework.Date:
			if d := formDate(r, f.Name, f.Label, fe); !d.IsZero() {
				v.Set(f.Name, d.String())
			}
		case casework.DateTime:
			d := formDate(r, f.Name, f.Label, fe)
			t := strings.TrimSpace(r.PostFormValue(f.Name + "-time"))
			switch {
			case d.IsZero() && t == "":
			case t == "":
				fe.Add(f.Name+"-time", "Enter the time of %s", lowerFirst(f.Label))
			case !d.IsZero():
				hm, ok := clockTime(t)
				if !ok {
					fe.Add(f.Name+"-time", "Enter the time as hours and minutes on the 24-hour clock, like 14:30")
					break
				}
				v.Set(f.Name, d.String()+"T"+hm)
			}
		case casework.Rows:
			for _, c := range f.Columns {
				vals := r.PostForm[c.Name]
				if c.Type == casework.Date {
					for i, s := range vals {
						vals[i] = isoDate(s)
					}
				}
				v[c.Name] = vals
			}
		default:
			v[f.Name] = r.PostForm[f.Name]
		}
	}
	return v
}

// clockTime reads a time like 9:05, 09:05, 09.05 or 0905 as HH:MM.
func clockTime(s string) (string, bool) {
	s = strings.NewReplacer(".", ":", " ", "").Replace(s)
	if !strings.Contains(s, ":") && len(s) == 4 {
		s = s[:2] + ":" + s[2:]
	}
	h, m, ok := strings.Cut(s, ":")
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if !ok || err1 != nil || err2 != nil || hh < 0 || hh > 23 || mm < 0 || mm > 59 || len(m) != 2 {
		return "", false
	}
	return fmt.Sprintf("%02d:%02d", hh, mm), true
}

// isoDate turns 31/12/2026 (or 31-12-2026) into 2026-12-31; other text is returned as typed,
// for the rules to reject.
func isoDate(s string) string {
	s = strings.TrimSpace(s)
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '-' || r == '.' || r == ' ' })
	if len(parts) == 3 && len(parts[0]) <= 2 {
		d, err1 := strconv.Atoi(parts[0])
		m, err2 := strconv.Atoi(parts[1])
		y, err3 := strconv.Atoi(parts[2])
		if err1 == nil && err2 == nil && err3 == nil && y > 1000 && date.Valid(y, m, d) {
			return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
		}
	}
	return s
}

func lowerFirst(s string) string {
	if len(s) > 1 && s[1] >= 'a' && s[1] <= 'z' {
		return strings.ToLower(s[:1]) + s[1:]
	}
	return s
}

// refill puts back what was typed into fields after a failed save: the casework values hold
// the other answers, but a date or time that could not be read is only in the form.
func refill(fields []Field, r *http.Request) []Field {
	for i := range fields {
		if fields[i].Type == "date" || strings.HasSuffix(fields[i].Name, "-time") {
			fromForm(fields[i:i+1], r)
		}
	}
	return fields
}

// tableErrors gives a table the first error of any of its columns, so it is shown on the table.
func tableErrors(fields []Field, fe apperr.FieldErrors) {
	for i := range fields {
		if t := fields[i].Table; t != nil {
			for _, row := range t.Rows[:1] {
				for _, c := range row {
					if msg := fe.For(c.Name); msg != "" && fields[i].Error == "" {
						fields[i].Error = msg
					}
				}
			}
		}
	}
}

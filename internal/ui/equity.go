package ui

import (
	"fmt"
	"math"
	"net/http"
	"strings"

	"ourchild/internal/access"
	"ourchild/internal/apperr"
	"ourchild/internal/audit"
	"ourchild/internal/auth"
	"ourchild/internal/casework"
	"ourchild/internal/date"
	"ourchild/internal/store"
	"ourchild/internal/workday"
)

// The equity view compares how often disabled children's assessments, conferences, visits and
// reviews happened on time with other children's, from the clocks the system already keeps
// (issue 4, item 8). It reads every child's casework across the council, so it needs
// return.run (performance analysts and service managers), not a team's caseload permission.
func (ui *UI) equityRoutes() []route {
	return []route{
		{"GET /equity", access.ReturnRun, ui.equity},
	}
}

// smallNumber is the count below which a group's figures are not shown: a handful of
// children could be identified from them.
const smallNumber = 5

// An equityMeasure is one timeliness measure: which clocks it counts.
type equityMeasure struct {
	Label, Rule string
	counts      func(c casework.Clock) bool
}

var equityMeasures = []equityMeasure{
	{"Assessments authorised within 45 working days of the referral", "R-A02", func(c casework.Clock) bool {
		return c.Rule == "R-A02" && strings.HasPrefix(c.Name, "Assessment within")
	}},
	{"Initial child protection conferences within 15 working days of the section 47 start", "R-B01", func(c casework.Clock) bool {
		return c.Rule == "R-B01" && c.Note == "" // an enquiry that needed no conference is not a conference
	}},
	{"Child protection visits (child seen)", "R-B05", func(c casework.Clock) bool { return c.Rule == "R-B05" }},
	{"Statutory visits to children in care", "R-E07", func(c casework.Clock) bool { return c.Rule == "R-E07" }},
	{"Child protection review conferences", "R-B04", func(c casework.Clock) bool { return c.Rule == "R-B04" }},
	{"Looked-after reviews", "R-E05", func(c casework.Clock) bool { return c.Rule == "R-E05" }},
	{"Child in need reviews", "R-C01", func(c casework.Clock) bool { return c.Rule == "R-C01" && c.Record == "cin_review" }},
}

// An equityCell is one group's figure for one measure.
type equityCell struct {
	N, OnTime int
}

// Shown reports whether the figures may be shown (not a small number).
func (c equityCell) Shown() bool { return c.N >= smallNumber }

// Percent is the share on time, to the nearest whole per cent.
func (c equityCell) Percent() int {
	if c.N == 0 {
		return 0
	}
	return int(math.Round(100 * float64(c.OnTime) / float64(c.N)))
}

// Count is n as shown.
func (c equityCell) Count() string {
	if !c.Shown() {
		return "fewer than 5"
	}
	return fmt.Sprint(c.N)
}

// Share is the percentage on time as shown.
func (c equityCell) Share() string {
	if !c.Shown() {
		return "not shown"
	}
	return fmt.Sprintf("%d%%", c.Percent())
}

type equityRow struct {
	Label, Rule       string
	Disabled, Others  equityCell
	Difference, Words string
}

type equityData struct {
	Fields             []Field
	From, To           date.Date
	Children, Disabled int
	Rows               []equityRow
}

// equityTable counts, for each measure, the clocks due from from to to that were met, and
// how many of them on time, for disabled children and for the others.
func equityTable(children []store.EquityChild, from, to date.Date) []equityRow {
	rows := make([]equityRow, len(equityMeasures))
	for i, m := range equityMeasures {
		rows[i] = equityRow{Label: m.Label, Rule: m.Rule}
	}
	for _, ch := range children {
		for _, c := range ch.Clocks {
			if c.Due.Before(from) || c.Due.After(to) || (c.State != workday.CompletedOnTime && c.State != workday.CompletedLate) {
				continue
			}
			for i, m := range equityMeasures {
				if !m.counts(c) {
					continue
				}
				cell := &rows[i].Others
				if ch.Disabled {
					cell = &rows[i].Disabled
				}
				cell.N++
				if c.State == workday.CompletedOnTime {
					cell.OnTime++
				}
			}
		}
	}
	for i := range rows {
		r := &rows[i]
		if !r.Disabled.Shown() || !r.Others.Shown() {
			r.Difference, r.Words = "not shown", "Too few to compare"
			continue
		}
		// From the percentages as shown, so the columns add up for the reader.
		switch d := r.Disabled.Percent() - r.Others.Percent(); {
		case d == 0:
			r.Difference, r.Words = "0 points", "The same"
		case d > 0:
			r.Difference, r.Words = fmt.Sprintf("+%d points", d), "Disabled children’s more often on time"
		default:
			r.Difference, r.Words = fmt.Sprintf("−%d points", -d), "Disabled children’s less often on time"
		}
	}
	return rows
}

// equityPeriod reads ?from= and ?to=, by default the 12 months to today.
func equityPeriod(r *http.Request, today date.Date) (date.Date, date.Date, []Field, apperr.FieldErrors) {
	var fe apperr.FieldErrors
	q := r.URL.Query()
	fields := []Field{
		{Name: "from", Label: "From", Type: "text", Width: 10, Hint: "For example, 2025-11-21"},
		{Name: "to", Label: "To", Type: "text", Width: 10, Hint: "For example, 2026-11-20"},
	}
	defaults := []date.Date{workday.AddMonthsClamped(today, -12).AddDays(1), today}
	var got [2]date.Date
	for i := range fields {
		f := &fields[i]
		v := strings.TrimSpace(q.Get(f.Name))
		f.Value = v
		if v == "" {
			got[i], f.Value = defaults[i], defaults[i].String()
			continue
		}
		d, err := date.Parse(v)
		if err != nil {
			f.Error = fmt.Sprintf("%s must be a real date in the form %s", f.Label, defaults[i])
			fe.Add(f.Name, "%s", f.Error)
			continue
		}
		got[i] = d
	}
	if len(fe) == 0 && got[1].Before(got[0]) {
		fields[1].Error = "To must be the same as or after from"
		fe.Add("to", "%s", fields[1].Error)
	}
	return got[0], got[1], fields, fe
}

// equity shows the comparison for a period.
func (ui *UI) equity(w http.ResponseWriter, r *http.Request, u *store.User) error {
	const title = "Timeliness for disabled children"
	from, to, fields, fe := equityPeriod(r, ui.today())
	if len(fe) > 0 {
		ui.render(w, r, http.StatusBadRequest, "equity", &page{Title: title, Errors: fe, Data: equityData{Fields: fields}})
		return nil
	}
	children, err := ui.store.EquityChildren(r.Context(), from, to, ui.cal)
	if err != nil {
		return err
	}
	d := equityData{Fields: fields, From: from, To: to, Children: len(children), Rows: equityTable(children, from, to)}
	for _, c := range children {
		if c.Disabled {
			d.Disabled++
		}
	}
	if err := ui.store.Audit(r.Context(), audit.New(u.Actor(auth.ClientAddr(r)), audit.View, 0,
		fmt.Sprintf("Viewed timeliness for disabled children, %s to %s (%d children)", from, to, len(children)))); err != nil {
		return err
	}
	ui.render(w, r, http.StatusOK, "equity", &page{Title: title, Data: d})
	return nil
}

package ui

import (
	"cmp"
	"fmt"
	"net/http"
	"slices"
	"strconv"
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

func (ui *UI) workRoutes() []route {
	return []route{
		{"GET /work", access.CaseRecord, ui.myWork},
		{"GET /work/team", access.CaseloadTeam, ui.teamWork},
		{"GET /admin/standards", access.StandardsEdit, ui.standards},
		{"POST /admin/standards", access.StandardsEdit, ui.standards},
	}
}

// pageRows is how many open clocks a page lists: a team has thousands.
const pageRows = 100

// paginate keeps one page of rows (?page=N), with links to the pages either side that keep
// the filters.
func (d *workData) paginate(r *http.Request) {
	d.Total = len(d.Rows)
	d.Pages = max(1, (d.Total+pageRows-1)/pageRows)
	d.Page, _ = strconv.Atoi(r.URL.Query().Get("page"))
	d.Page = min(max(d.Page, 1), d.Pages)
	from, to := (d.Page-1)*pageRows, min(d.Page*pageRows, d.Total)
	d.Rows = d.Rows[from:to]
	link := func(page int) string {
		q := r.URL.Query()
		q.Set("page", strconv.Itoa(page))
		return r.URL.Path + "?" + q.Encode()
	}
	if d.Page > 1 {
		d.PrevHref = link(d.Page - 1)
	}
	if d.Page < d.Pages {
		d.NextHref = link(d.Page + 1)
	}
}

// soonDays is how many working days ahead "due soon" looks.
const soonDays = 5

// A workRow is one open clock in a tray.
type workRow struct {
	PersonID      int64
	Child, Worker string
	Clock         casework.Clock
	Band          string // overdue, soon, later
	Tag, TagClass string
	Days          string // "3 working days left", "2 working days late"
	Href, Action  string // the link to record what meets the clock
}

type workerSummary struct {
	ID                             int64
	Name                           string
	Children, Overdue, Soon, Later int
}

type workData struct {
	Team                 bool
	Heading, TeamName    string
	Today                date.Date
	Children             int
	Overdue, Soon, Later int
	LateRecent           int // met late in the last 3 months
	Rows                 []workRow
	State, Kind, Worker  string
	StateOptions         []Option
	KindOptions          []Option
	WorkerOptions        []Option
	Workers              []workerSummary
	Filtered             bool
	Total, Page, Pages   int
	PrevHref, NextHref   string
	Action               string
}

// myWork is "My work": what is due and overdue for the children allocated to the worker.
func (ui *UI) myWork(w http.ResponseWriter, r *http.Request, u *store.User) error {
	tray, err := ui.store.WorkTray(r.Context(), u.ID, ui.cal)
	if err != nil {
		return err
	}
	d := ui.workData(r, tray, false)
	d.Heading, d.Action = "My work", "/work"
	ui.auditTray(r, u, "Viewed My work ("+childCount(len(tray.Children))+")")
	ui.render(w, r, http.StatusOK, "work", &page{Title: "My work", Data: d})
	return nil
}

// teamWork is "Team work": the same for every child allocated to the manager's team, with a
// summary for each worker.
func (ui *UI) teamWork(w http.ResponseWriter, r *http.Request, u *store.User) error {
	if u.TeamID == 0 {
		return apperr.New(apperr.NotFound, "You are not a member of a team, so there is no team work to show")
	}
	tray, err := ui.store.TeamTray(r.Context(), u.TeamID, ui.cal)
	if err != nil {
		return err
	}
	d := ui.workData(r, tray, true)
	d.Heading, d.TeamName, d.Action = "Team work", u.TeamName, "/work/team"
	ui.auditTray(r, u, "Viewed Team work for "+u.TeamName+" ("+childCount(len(tray.Children))+")")
	ui.render(w, r, http.StatusOK, "work", &page{Title: "Team work", Data: d})
	return nil
}

// auditTray records the view: a tray shows the names of the children it lists.
func (ui *UI) auditTray(r *http.Request, u *store.User, detail string) {
	ui.store.Audit(r.Context(), audit.New(u.Actor(auth.ClientAddr(r)), audit.View, 0, detail))
}

func (ui *UI) workData(r *http.Request, tray *store.Tray, team bool) *workData {
	q := r.URL.Query()
	d := &workData{Team: team, Today: tray.Today, Children: len(tray.Children),
		State: q.Get("state"), Kind: q.Get("kind"), Worker: q.Get("worker")}
	d.Filtered = d.State != "" || d.Kind != "" || d.Worker != ""
	today := tray.Today
	since := workday.AddMonthsClamped(today, -3)
	soonBefore := ui.cal.AddWorkingDays(today, soonDays+1) // due within soonDays working days
	kinds := map[string]bool{}
	summary := map[int64]*workerSummary{}
	for _, wk := range tray.Workers {
		summary[wk.ID] = &workerSummary{ID: wk.ID, Name: wk.Name}
	}
	for _, c := range tray.Children {
		s := summary[c.WorkerID]
		if s == nil {
			s = &workerSummary{ID: c.WorkerID, Name: c.WorkerName}
			summary[c.WorkerID] = s
		}
		s.Children++
		if d.Worker != "" && d.Worker != strconv.FormatInt(c.WorkerID, 10) {
			continue
		}
		for _, k := range c.Clocks {
			if k.State == workday.CompletedLate && !k.Done.Before(since) {
				d.LateRecent++
			}
			if !k.Open() || (!team && managersOnly(k)) {
				continue
			}
			row := workRow{PersonID: c.PersonID, Child: c.Name, Worker: c.WorkerName, Clock: k, Band: "later"}
			switch {
			case k.State == workday.Overdue:
				row.Band = "overdue"
			case k.Due.Before(soonBefore):
				row.Band = "soon"
			}
			kinds[k.Record] = true
			switch row.Band {
			case "overdue":
				d.Overdue++
				s.Overdue++
			case "soon":
				d.Soon++
				s.Soon++
			default:
				d.Later++
				s.Later++
			}
			if (d.State == "" || d.State == row.Band) && (d.Kind == "" || d.Kind == k.Record) {
				d.Rows = append(d.Rows, row)
			}
		}
	}
	rank := map[string]int{"overdue": 0, "soon": 1, "later": 2}
	slices.SortFunc(d.Rows, func(a, b workRow) int {
		return cmp.Or(cmp.Compare(rank[a.Band], rank[b.Band]), compareDates(a.Clock.Due, b.Clock.Due),
			cmp.Compare(a.Child, b.Child), cmp.Compare(a.PersonID, b.PersonID), cmp.Compare(a.Clock.Name, b.Clock.Name))
	})
	d.paginate(r)
	for i := range d.Rows {
		ui.describe(&d.Rows[i], today)
	}
	d.StateOptions = []Option{{"", "All"}, {"overdue", "Overdue"}, {"soon", fmt.Sprintf("Due in the next %d working days", soonDays)}, {"later", "Due later"}}
	d.KindOptions = []Option{{"", "All kinds"}}
	for _, k := range casework.Kinds() {
		if kinds[k.Name] || k.Name == d.Kind {
			d.KindOptions = append(d.KindOptions, Option{k.Name, k.Label})
		}
	}
	if team {
		d.WorkerOptions = []Option{{"", "All workers"}}
		for _, s := range summary {
			d.Workers = append(d.Workers, *s)
		}
		slices.SortFunc(d.Workers, func(a, b workerSummary) int { return cmp.Compare(a.Name, b.Name) })
		for _, s := range d.Workers {
			d.WorkerOptions = append(d.WorkerOptions, Option{strconv.FormatInt(s.ID, 10), s.Name})
		}
	}
	return d
}

// managersOnly reports whether only a manager can meet a clock (management oversight): it
// belongs in the team's tray, not the worker's.
func managersOnly(k casework.Clock) bool {
	kind := casework.KindOf(k.Record)
	return kind != nil && kind.ManagerOnly
}

// describe fills in what a row shows: its tag, the working days left or late, and the link
// to record what meets it. Only the rows on the page are described.
func (ui *UI) describe(row *workRow, today date.Date) {
	k := row.Clock
	switch left := ui.cal.WorkingDaysBetween(today, k.Due); row.Band {
	case "overdue":
		row.Tag, row.TagClass = "Overdue", "govuk-tag--red"
		if k.Alert {
			row.Tag = "Passed"
		}
		if late := ui.cal.WorkingDaysBetween(k.Due, today); late > 0 {
			row.Days = workPlural(late, "working day") + " late"
		} else {
			row.Days = "Overdue since " + k.Due.Display()
		}
	case "soon":
		row.Tag, row.TagClass = "Due soon", "govuk-tag--yellow"
		row.Days = workPlural(left, "working day") + " left"
		if left == 0 {
			row.Days = "Due today"
		}
	default:
		row.Tag, row.TagClass = "Due", "govuk-tag--grey"
		row.Days = workPlural(left, "working day") + " left"
	}
	label := k.Record
	if kind := casework.KindOf(k.Record); kind != nil {
		label = strings.ToLower(kind.Label)
	}
	if k.Complete != 0 {
		row.Href = fmt.Sprintf("/people/%d/casework/%d", row.PersonID, k.Complete)
		row.Action = "Update the " + label
	} else {
		row.Href = fmt.Sprintf("/people/%d/casework/new?kind=%s", row.PersonID, k.Record)
		row.Action = "Record " + aOrAn(label) + label
	}
}

func workPlural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return strconv.Itoa(n) + " " + unit + "s"
}

func compareDates(a, b date.Date) int {
	switch {
	case a.Before(b):
		return -1
	case a.After(b):
		return 1
	}
	return 0
}

func childCount(n int) string {
	if n == 1 {
		return "1 child"
	}
	return strconv.Itoa(n) + " children"
}

func aOrAn(s string) string {
	if s != "" && strings.ContainsRune("aeiou", rune(s[0])) {
		return "an "
	}
	return "a "
}

// A standardRow is one standard on the admin page.
type standardRow struct {
	casework.StandardDef
	Current string
	Set     *store.LocalStandard
}

type standardsData struct {
	Rows   []standardRow
	Fields []Field
}

// standards lists the council's timescales and changes one, with a reason.
func (ui *UI) standards(w http.ResponseWriter, r *http.Request, u *store.User) error {
	std, set, err := ui.store.Standards(r.Context())
	if err != nil {
		return err
	}
	var fe apperr.FieldErrors
	status := http.StatusOK
	if r.Method == http.MethodPost {
		name := r.PostFormValue("name")
		err := ui.store.SetStandard(r.Context(), u.Actor(auth.ClientAddr(r)), name, r.PostFormValue("value"), r.PostFormValue("reason"))
		if err == nil {
			def, _ := casework.StandardDefOf(name)
			redirect(w, r, "/admin/standards", "Changed “"+def.Label+"”")
			return nil
		}
		if fe = apperr.FieldsOf(err); len(fe) == 0 {
			return err
		}
		status = http.StatusBadRequest
	}
	d := standardsData{}
	names := []Option{{"", "Choose a standard"}}
	for _, def := range casework.StandardDefs() {
		row := standardRow{StandardDef: def, Current: std.Value(def.Name)}
		if ls, ok := set[def.Name]; ok {
			row.Set = &ls
		}
		d.Rows = append(d.Rows, row)
		names = append(names, Option{def.Name, def.Label + " (" + def.Rule + ")"})
	}
	fields := []Field{
		{Name: "name", Label: "Standard", Type: "select", Options: names, Value: r.URL.Query().Get("name")},
		{Name: "value", Label: "New value", Type: "text", Width: 10,
			Hint: "A whole number in the standard’s unit, or day0 or inclusive for counting working days. Statutory timescales may only be shortened."},
		{Name: "reason", Label: "Why the council is changing it", Type: "textarea", Rows: 3,
			Hint: "For example, the decision of the safeguarding partnership and its date. This is kept in the audit log."},
	}
	if r.Method == http.MethodPost {
		fields = fromForm(fields, r)
	}
	d.Fields = withErrors(fields, fe)
	ui.render(w, r, status, "standards", &page{Title: "Local standards", Flash: takeFlash(w, r), Errors: fe, Data: d})
	return nil
}

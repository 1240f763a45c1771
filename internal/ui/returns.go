package ui

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"ourchild/internal/access"
	"ourchild/internal/apperr"
	"ourchild/internal/audit"
	"ourchild/internal/auth"
	"ourchild/internal/cincensus"
	"ourchild/internal/cinreport"
	"ourchild/internal/store"
)

// The statutory returns: each is produced from the records, checked with the DfE rules, and
// downloaded only when it has no errors. Producing one reads every child in it, so the pages
// need return.run, and every check and download is audited.
func (ui *UI) returnRoutes() []route {
	return []route{
		{"GET /returns", access.ReturnRun, ui.returnsList},
		{"GET /returns/cin-census", access.ReturnRun, ui.cinCensus},
		{"GET /returns/cin-census.xml", access.ReturnRun, ui.cinCensusXML},
		{"GET /returns/ssda903", access.ReturnRun, ui.ssda903},
		{"GET /returns/ssda903.zip", access.ReturnRun, ui.ssda903Zip},
	}
}

// returnsData is what returns.html shows: the list of returns, or one census.
type returnsData struct {
	Returns []returnLink
	Census  *censusView
	LAC     *lacView // the SSDA903 return (returns_903.go)
}

type returnLink struct {
	Name, Href, Description, Status string
}

type censusView struct {
	Year     Field
	YearName string
	Summary  cinreport.Summary
	Findings []findingRow
	Errors   int
	Queries  int
	Download string
	RuleSet  string
	LA       string
}

type findingRow struct {
	cincensus.Finding
	ChildHref string // the child's record, when the finding is about one child
}

// returnsList lists the statutory returns ourchild produces.
func (ui *UI) returnsList(w http.ResponseWriter, r *http.Request, u *store.User) error {
	year := cinreport.LatestYearEnded(ui.today())
	d := returnsData{Returns: []returnLink{
		{Name: "Children in need census", Href: fmt.Sprintf("/returns/cin-census?year=%d", year),
			Description: "The DfE census of every child with a referral open in the year to 31 March, as XML.",
			Status:      "Produced from the records"},
		{Name: "Children looked after (SSDA903)", Href: fmt.Sprintf("/returns/ssda903?year=%d", year),
			Description: "The DfE return about every child looked after in the year to 31 March, and care leavers, as CSV files.",
			Status:      "Produced from the records"},
		{Name: "Equity of timeliness", Href: "/equity",
			Description: "Whether disabled children's assessments, conferences, visits and reviews are as timely as other children's.",
			Status:      "A local report, not a return"},
	}}
	ui.render(w, r, http.StatusOK, "returns", &page{Title: "Statutory returns", Data: d})
	return nil
}

// censusYear reads ?year=, defaulting to the latest year ended, with the choice of years.
func (ui *UI) censusYear(r *http.Request) (int, Field, error) {
	latest := cinreport.LatestYearEnded(ui.today())
	f := Field{Name: "year", Label: "Collection year", Type: "select"}
	for y := latest + 1; y >= latest-4; y-- {
		label := cinreport.YearName(y) + " (to 31 March " + strconv.Itoa(y) + ")"
		if y > latest {
			label += ", so far"
		}
		f.Options = append(f.Options, Option{strconv.Itoa(y), label})
	}
	v := strings.TrimSpace(r.URL.Query().Get("year"))
	if v == "" {
		v = strconv.Itoa(latest)
	}
	f.Value = v
	y, err := strconv.Atoi(v)
	if err != nil || y < 2014 || y > latest+1 {
		f.Error = fmt.Sprintf("Collection year must be a year from 2014 to %d, like %d for %s", latest+1, latest, cinreport.YearName(latest))
		return 0, f, apperr.Field("year", "%s", f.Error)
	}
	return y, f, nil
}

func (ui *UI) buildCensus(r *http.Request, year int) (*cinreport.Result, error) {
	return cinreport.Build(r.Context(), ui.store, cinreport.Options{Year: year, LA: ui.la(), Now: ui.store.Now()})
}

func (ui *UI) la() string {
	if ui.cfg.LA != "" {
		return ui.cfg.LA
	}
	return cinreport.DemoLA
}

// cinCensus produces the CIN census for a year and shows its summary and every finding.
func (ui *UI) cinCensus(w http.ResponseWriter, r *http.Request, u *store.User) error {
	year, field, err := ui.censusYear(r)
	if err != nil {
		ui.render(w, r, http.StatusBadRequest, "returns", &page{Title: "Children in need census",
			Errors: apperr.FieldsOf(err), Data: returnsData{Census: &censusView{Year: field}}})
		return nil
	}
	res, err := ui.buildCensus(r, year)
	if err != nil {
		return err
	}
	name := cinreport.YearName(year)
	if err := ui.store.Audit(r.Context(), audit.New(u.Actor(auth.ClientAddr(r)), audit.View, 0,
		fmt.Sprintf("Checked CIN census %s: %d children, %d errors, %d queries", name, res.Summary.Children, res.Errors, res.Queries))); err != nil {
		return err
	}
	v := &censusView{Year: field, YearName: name, Summary: res.Summary, Errors: res.Errors, Queries: res.Queries,
		RuleSet: cincensus.RuleSetName(year - 1), LA: ui.la()}
	for _, f := range res.Findings {
		row := findingRow{Finding: f}
		// A link only for those who may open records: performance analysts see the ID.
		if id, err := strconv.ParseInt(f.ChildID, 10, 64); err == nil && id > 0 && u.Can(access.PersonView) {
			row.ChildHref = "/people/" + f.ChildID
		}
		v.Findings = append(v.Findings, row)
	}
	if res.Errors == 0 {
		v.Download = fmt.Sprintf("/returns/cin-census.xml?year=%d", year)
	}
	ui.render(w, r, http.StatusOK, "returns", &page{Title: "Children in need census " + name, Data: returnsData{Census: v}})
	return nil
}

// cinCensusXML downloads the CIN census: produced afresh, refused while it has errors, and
// audited as an export.
func (ui *UI) cinCensusXML(w http.ResponseWriter, r *http.Request, u *store.User) error {
	year, _, err := ui.censusYear(r)
	if err != nil {
		return err
	}
	res, err := ui.buildCensus(r, year)
	if err != nil {
		return err
	}
	name := cinreport.YearName(year)
	if res.Errors > 0 {
		return apperr.New(apperr.Conflict, "The children in need census %s has %s, so it cannot be downloaded. "+
			"Correct them in the children’s records: the census page lists each one with the child and the field.", name, errorCount(res.Errors))
	}
	if err := ui.store.Audit(r.Context(), audit.New(u.Actor(auth.ClientAddr(r)), audit.Export, 0,
		fmt.Sprintf("Produced CIN census %s: %d children (download)", name, res.Summary.Children))); err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Type", "application/xml; charset=utf-8")
	h.Set("Content-Disposition", fmt.Sprintf(`attachment; filename="CIN_Census_%s_%d.xml"`, ui.la(), year))
	h.Set("Cache-Control", "no-store")
	_, err = w.Write(res.XML)
	return err
}

// errorCount says how many errors a return has: "1 error", "3 errors".
func errorCount(n int) string {
	if n == 1 {
		return "1 error"
	}
	return strconv.Itoa(n) + " errors"
}

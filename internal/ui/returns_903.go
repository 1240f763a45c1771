package ui

import (
	"archive/zip"
	"bytes"
	"fmt"
	"net/http"
	"strconv"

	"ourchild/internal/access"
	"ourchild/internal/apperr"
	"ourchild/internal/audit"
	"ourchild/internal/auth"
	"ourchild/internal/ssda903"
	"ourchild/internal/ssda903report"
	"ourchild/internal/store"
)

// The SSDA903 return (children looked after): produced from the records for a year, shown as
// its summary, its files and every finding, and downloaded as one zip of its CSV files only
// when it has no errors.

type lacView struct {
	Year     Field
	YearName string
	Summary  ssda903report.Summary
	Findings []lacFinding
	Errors   int
	Download string
	RuleSet  string
}

type lacFinding struct {
	ssda903.Finding
	ChildHref string
}

func (ui *UI) build903(r *http.Request, year int) (*ssda903report.Result, error) {
	return ssda903report.Build(r.Context(), ui.store, ssda903report.Options{Year: year})
}

// ssda903 produces the 903 return for a year and shows its summary and every finding.
func (ui *UI) ssda903(w http.ResponseWriter, r *http.Request, u *store.User) error {
	const title = "Children looked after (SSDA903)"
	year, field, err := ui.censusYear(r)
	if err != nil {
		ui.render(w, r, http.StatusBadRequest, "returns", &page{Title: title,
			Errors: apperr.FieldsOf(err), Data: returnsData{LAC: &lacView{Year: field}}})
		return nil
	}
	res, err := ui.build903(r, year)
	if err != nil {
		return err
	}
	name := ssda903report.YearName(year)
	if err := ui.store.Audit(r.Context(), audit.New(u.Actor(auth.ClientAddr(r)), audit.View, 0,
		fmt.Sprintf("Checked SSDA903 return %s: %d children, %d errors", name, res.Summary.Children, res.Errors))); err != nil {
		return err
	}
	v := &lacView{Year: field, YearName: name, Summary: res.Summary, Errors: res.Errors, RuleSet: ssda903report.RuleSet(year)}
	for _, f := range res.Findings {
		row := lacFinding{Finding: f}
		// A link only for those who may open records: performance analysts see the ID.
		if id, err := strconv.ParseInt(f.ChildID, 10, 64); err == nil && id > 0 && u.Can(access.PersonView) {
			row.ChildHref = "/people/" + f.ChildID
		}
		v.Findings = append(v.Findings, row)
	}
	if res.Errors == 0 {
		v.Download = fmt.Sprintf("/returns/ssda903.zip?year=%d", year)
	}
	ui.render(w, r, http.StatusOK, "returns", &page{Title: title + " " + name, Data: returnsData{LAC: v}})
	return nil
}

// ssda903Zip downloads the 903 return's CSV files in one zip: produced afresh, refused while
// the return has errors, and audited as an export.
func (ui *UI) ssda903Zip(w http.ResponseWriter, r *http.Request, u *store.User) error {
	year, _, err := ui.censusYear(r)
	if err != nil {
		return err
	}
	res, err := ui.build903(r, year)
	if err != nil {
		return err
	}
	name := ssda903report.YearName(year)
	if res.Errors > 0 {
		return apperr.New(apperr.Conflict, "The SSDA903 return %s has %s, so it cannot be downloaded. "+
			"Correct them in the children’s records: the return’s page lists each one with the table, the child and the field.", name, errorCount(res.Errors))
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range res.Files {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: ui.store.Now()})
		if err != nil {
			return err
		}
		if _, err := fw.Write(f.Data); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := ui.store.Audit(r.Context(), audit.New(u.Actor(auth.ClientAddr(r)), audit.Export, 0,
		fmt.Sprintf("Produced SSDA903 return %s: %d children (download)", name, res.Summary.Children))); err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Type", "application/zip")
	h.Set("Content-Disposition", fmt.Sprintf(`attachment; filename="SSDA903_%s_%d.zip"`, ui.la(), year))
	h.Set("Cache-Control", "no-store")
	_, err = w.Write(buf.Bytes())
	return err
}

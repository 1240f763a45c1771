// Package ssda903report produces the DfE SSDA903 return (children looked after) from the
// recorded casework: it reads the children looked after, or leaving care, in the collection
// year (store.LookedAfterChildren), builds each table of the return (docs/returns.md,
// "Producing the SSDA903 return"), writes them as the DfE CSV files and checks them with the
// 903 validator (internal/ssda903).
//
// As for the CIN census, the mapping reports what was recorded and nothing else: where the
// record lacks something the return needs, the validator's finding says so, with the child,
// the table and the field; no value is invented.
package ssda903report

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"ourchild/internal/apperr"
	"ourchild/internal/casework"
	"ourchild/internal/date"
	"ourchild/internal/ssda903"
	"ourchild/internal/store"
)

// Options say which return to produce.
type Options struct {
	// Year is the calendar year the collection year ends in: 2026 for 2025/26.
	Year int
}

// Check reports what is wrong with the options, field by field.
func (o Options) Check() error {
	var fe apperr.FieldErrors
	if o.Year < 2014 || o.Year > 2100 {
		fe.Add("year", "Year must be the year the collection year ends in, like 2026 for 2025/26")
	}
	return fe.Err()
}

// Period returns the collection year: 1 April of the year before Year to 31 March of Year.
func (o Options) Period() (start, end date.Date) {
	return date.New(o.Year-1, time.April, 1), date.New(o.Year, time.March, 31)
}

// YearName is the collection year as people write it: 2025/26.
func YearName(year int) string { return fmt.Sprintf("%d/%02d", year-1, year%100) }

// RuleSet names the validator's rule set for the collection year ending in year.
func RuleSet(year int) string { return ssda903.RuleSet(year - 1) }

// A File is one CSV file of the return.
type File struct {
	Name  string // the usual file name: header.csv, episodes.csv, …
	Table string // the validator's name for the table: Header, Episodes, …
	Rows  int
	Data  []byte
}

// A Result is a produced return: its files, the return they hold, its findings and a summary.
type Result struct {
	Year     int
	Files    []File
	Return   *ssda903.Return
	Findings []ssda903.Finding
	Errors   int // every 903 finding is an error: the return cannot be sent with it
	Summary  Summary
}

// Build produces and validates the return for opt.Year from the store.
func Build(ctx context.Context, s *store.Store, opt Options) (*Result, error) {
	if err := opt.Check(); err != nil {
		return nil, err
	}
	start, end := opt.Period()
	children, err := s.LookedAfterChildren(ctx, start, end)
	if err != nil {
		return nil, err
	}
	return Produce(children, opt)
}

// Produce maps the children to the return's tables, writes the CSV files and validates the
// return. The files are the tables written cell by cell and load back as the same tables (the
// golden test checks this), so the findings are about the files that would be sent.
func Produce(children []*store.LookedAfterChild, opt Options) (*Result, error) {
	if err := opt.Check(); err != nil {
		return nil, err
	}
	r := Map(children, opt)
	res := &Result{Year: opt.Year, Return: r}
	for _, id := range Tables(opt.Year) {
		t := r.Table(id)
		b, err := Marshal(t)
		if err != nil {
			return nil, err
		}
		res.Files = append(res.Files, File{Name: t.File, Table: id.String(), Rows: t.Len(), Data: b})
	}
	res.Findings = ssda903.Validate(r, nil, opt.Year-1)
	res.Errors = len(res.Findings)
	res.Summary = Summarise(r)
	return res, nil
}

// Tables are the tables of the return for the collection year ending in year, in the order
// they are written. Social worker episodes start in 2023/24, deprivation of liberty orders in
// 2026/27.
func Tables(year int) []ssda903.TableID {
	ts := []ssda903.TableID{ssda903.Header, ssda903.Episodes, ssda903.Reviews, ssda903.UASC, ssda903.OC2, ssda903.OC3,
		ssda903.AD1, ssda903.PlacedAdoption, ssda903.PrevPerm, ssda903.Missing}
	if year >= 2024 {
		ts = append(ts, ssda903.SWEpisodes)
	}
	if year >= 2027 {
		ts = append(ts, ssda903.DoLo)
	}
	return ts
}

// Marshal writes a table as CSV: the header row, then its rows, CRLF-free.
func Marshal(t *ssda903.Table) ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	if err := w.Write(t.Cols); err != nil {
		return nil, err
	}
	row := make([]string, len(t.Cols))
	for i := 0; i < t.Len(); i++ {
		for c := range t.Cols {
			row[c] = t.Cell(i, c)
		}
		if err := w.Write(row); err != nil {
			return nil, err
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return nil, fmt.Errorf("ssda903report: write %s: %w", t.File, err)
	}
	return buf.Bytes(), nil
}

// WriteDir writes every file of the return into dir (made if missing), all or nothing: the
// files are first written in full to a temporary folder inside dir and only then renamed into
// place, so a failure part way leaves dir as it was (the temporary folder is removed).
func WriteDir(dir string, files []File) (err error) {
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return fmt.Errorf("write the return to %s: %w", dir, err)
	}
	tmp, err := os.MkdirTemp(dir, ".ssda903-*.tmp")
	if err != nil {
		return fmt.Errorf("write the return to %s: %w", dir, err)
	}
	defer os.RemoveAll(tmp)
	for _, f := range files {
		if err := writeSynced(filepath.Join(tmp, f.Name), f.Data); err != nil {
			return fmt.Errorf("write the return to %s: %w", dir, err)
		}
	}
	// Anything that would stop a rename (a folder of the same name) is found before the first.
	for _, f := range files {
		if fi, err := os.Lstat(filepath.Join(dir, f.Name)); err == nil && !fi.Mode().IsRegular() {
			return fmt.Errorf("write the return to %s: %s is there and is not a file: move it away", dir, f.Name)
		}
	}
	for _, f := range files {
		if err := os.Rename(filepath.Join(tmp, f.Name), filepath.Join(dir, f.Name)); err != nil {
			return fmt.Errorf("write the return to %s: %w", dir, err)
		}
	}
	return nil
}

func writeSynced(path string, b []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o640)
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Map builds the return's tables from the children, for the year ending 31 March opt.Year.
func Map(children []*store.LookedAfterChild, opt Options) *ssda903.Return {
	start, end := opt.Period()
	m := &mapper{start: start, end: end, r: ssda903.NewReturn()}
	for _, id := range Tables(opt.Year) {
		m.t[id] = ssda903.NewTable(id)
		m.r.Set(m.t[id])
	}
	for _, c := range children {
		m.child(c)
	}
	return m.r
}

type mapper struct {
	start, end date.Date
	r          *ssda903.Return
	t          [ssda903.DoLo + 1]*ssda903.Table
}

// d903 writes a date as the 903 does: DD/MM/YYYY; "" for none.
func d903(d date.Date) string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%02d/%02d/%04d", d.Day(), int(d.Month()), d.Year())
}

// byEnd returns d, or the zero date when it is after 31 March: the return reports only what
// had happened by then.
func (m *mapper) byEnd(d date.Date) date.Date {
	if d.After(m.end) {
		return date.Date{}
	}
	return d
}

func (m *mapper) in(d date.Date) bool { return !d.IsZero() && !d.Before(m.start) && !d.After(m.end) }

// openInYear reports whether an episode from s to e (zero: open) overlaps the year.
func (m *mapper) openInYear(s, e date.Date) bool {
	return !s.IsZero() && !s.After(m.end) && (e.IsZero() || !e.Before(m.start))
}

// bit writes a yes or no answer as the 903's 1 or 0; "" when not answered.
func bit(v string) string {
	switch v {
	case "yes":
		return "1"
	case "no":
		return "0"
	}
	return ""
}

// cameLater reports whether the periods of care recorded all began after d: the young person
// was not yet looked after on d. A care leaver with no period recorded (care before the
// records began) did not.
func cameLater(periods []*casework.Item, d date.Date) bool {
	for _, pe := range periods {
		if !pe.StartDate().After(d) {
			return false
		}
	}
	return len(periods) > 0
}

// inCare reports whether one of the periods of care was open on d.
// leftAtSeventeen reports whether a young person aged 17 or 18 on 31 March left care in the
// year on or after their 17th birthday: from 2023/24 the DfE does not ask for their care
// leaver information (rule 1016), and as the items may not be blank (rules 131-133) they are not
// in OC3.
func (m *mapper) leftAtSeventeen(dob date.Date, periods []*casework.Item) bool {
	if m.start.Year() < 2023 {
		return false
	}
	if age := dob.AgeOn(m.end); age < 17 || age > 18 {
		return false
	}
	for _, pe := range periods {
		if e := m.byEnd(pe.EndDate()); !e.IsZero() && !e.Before(m.start) && !e.Before(dob.AddDate(17, 0, 0)) {
			return true
		}
	}
	return false
}

func inCare(periods []*casework.Item, d date.Date) bool {
	for _, pe := range periods {
		if pe.OpenOn(d) {
			return true
		}
	}
	return false
}

func (m *mapper) child(c *store.LookedAfterChild) {
	p := c.Person
	id := strconv.FormatInt(p.ID, 10)
	dob := d903(p.DateOfBirth)
	var periods, placements, leavers []*casework.Item
	for _, it := range c.Items {
		switch it.Kind {
		case "care_period":
			periods = append(periods, it)
		case "placement":
			placements = append(placements, it)
		case "care_leaver":
			leavers = append(leavers, it)
		}
	}
	periodOf := map[int64]*casework.Item{}
	for _, pe := range periods {
		periodOf[pe.ID] = pe
	}

	// Episodes: every placement open at any time in the year.
	episodes := 0
	looked := false // an episode in the year other than a short break (V3, V4)
	for i, pl := range placements {
		s, e := pl.StartDate(), pl.EndDate()
		if !m.openInYear(s, e) {
			continue
		}
		pe := periodOf[pl.ParentID]
		var category, home, rec, change string
		dec := m.byEnd(e)
		if pe != nil {
			category, home = pe.Get("category"), pe.Get("home_postcode")
		}
		if !dec.IsZero() {
			switch {
			case i+1 < len(placements) && placements[i+1].StartDate().Equal(dec) && placements[i+1].ParentID == pl.ParentID:
				rec, change = "X1", pl.Get("reason_change")
			case pe != nil && pe.EndDate().Equal(dec):
				rec = pe.Get("reason_ceased")
			}
		}
		urn := pl.Get("urn")
		m.t[ssda903.Episodes].AddRow(id, d903(s), pl.Get("reason_new"), pl.Get("legal_status"), category, pl.Get("type"),
			pl.Get("provider"), d903(dec), rec, change, home, pl.Get("postcode"), urn)
		episodes++
		if ls := pl.Get("legal_status"); ls != "V3" && ls != "V4" {
			looked = true
		}
	}

	// OC3: a care leaver whose 17th to 21st birthday is in the year, from the latest contact
	// recorded on or before 31 March. A young person still in care on that birthday, or not yet
	// in care (looked after from 17), has not left care: they are not in OC3 that year.
	oc3 := false
	if len(leavers) > 0 && !p.DateOfBirth.IsZero() {
		for age := 17; age <= 21; age++ {
			if b := p.DateOfBirth.AddDate(age, 0, 0); m.in(b) && !inCare(periods, b) && !cameLater(periods, b) {
				oc3 = true
			}
		}
	}
	if episodes == 0 && !oc3 {
		return
	}

	// Header.
	// SEX: 1 male, 2 female to 2023/24; M, F or U from 2024/25 (rule 101 of each year).
	sex := p.Sex
	if m.start.Year() < 2024 {
		sex = map[string]string{"M": "1", "F": "2"}[p.Sex]
	}
	var mother, mcDOB string
	if p.Sex == "F" && looked {
		mother = "0"
		if b := c.FirstChildBorn; !b.IsZero() && !b.After(m.end) {
			mother, mcDOB = "1", d903(b)
		}
	}
	m.t[ssda903.Header].AddRow(id, sex, dob, p.Ethnicity, m.upn(p), mother, mcDOB)

	// Period-level tables.
	var latestPeriod *casework.Item
	for _, pe := range periods {
		if !m.openInYear(pe.StartDate(), pe.EndDate()) {
			continue
		}
		latestPeriod = pe
		// PrevPerm: for each period of care starting in the year, its permanence before care.
		if m.in(pe.StartDate()) {
			if pp := pe.Get("previous_permanence"); pp != "" {
				m.t[ssda903.PrevPerm].AddRow(id, dob, pp, pe.Get("previous_permanence_la"), d903(pe.Date("previous_permanence_date")))
			}
		}
	}
	// UASC: a child recorded as unaccompanied in a period of care open in the year.
	for _, pe := range periods {
		if pe.Is("uasc") && m.openInYear(pe.StartDate(), pe.EndDate()) {
			m.t[ssda903.UASC].AddRow(id, sex, dob, d903(m.byEnd(pe.Date("uasc_ended"))))
			break
		}
	}

	// SWEpisodes: each allocated social worker of a child looked after in the year, from the
	// allocations overlapping it; the end only when it ended by 31 March. SW_REASON is why the
	// episode began: the previous worker's reason for ending when this one took over the day
	// they left, FCONTA (first contact) for the child's first worker or a case reopened after a
	// gap (rules SW10b, SW13, SW15).
	if episodes > 0 && m.t[ssda903.SWEpisodes] != nil {
		for i, sw := range c.SocialWorkers {
			if !sw.End.IsZero() && sw.End.Before(m.start) {
				continue
			}
			reason := "FCONTA"
			if i > 0 {
				if prev := c.SocialWorkers[i-1]; !prev.End.IsZero() && !prev.End.Before(sw.Start) {
					reason = prev.EndReason
				}
			}
			m.t[ssda903.SWEpisodes].AddRow(id, dob, sw.SWID, d903(sw.Start), d903(m.byEnd(sw.End)), reason)
		}
	}

	var latestHealth, latestTouch *casework.Item
	convicted := false // in the twelve months to 31 March (OC2)
	for _, it := range c.Items {
		s := it.StartDate()
		switch it.Kind {
		case "cla_review":
			if m.in(s) {
				m.t[ssda903.Reviews].AddRow(id, dob, d903(s), it.Get("participation"))
			}
		case "missing":
			if m.in(s) {
				m.t[ssda903.Missing].AddRow(id, dob, it.Get("type"), d903(s), d903(m.byEnd(it.EndDate())))
			}
		case "health_assessment":
			if !s.After(m.end) {
				latestHealth = it
			}
		case "in_touch":
			if !s.After(m.end) {
				latestTouch = it
			}
		case "adoption":
			m.adoption(id, dob, it)
		case "dol":
			// DoLo: each deprivation of liberty order open in the year; its end only by 31 March.
			if m.t[ssda903.DoLo] != nil && m.openInYear(s, it.EndDate()) {
				m.t[ssda903.DoLo].AddRow(id, dob, d903(s), d903(m.byEnd(it.EndDate())))
			}
		case "youth_justice":
			convicted = convicted || (casework.Convicted(it) && !s.Before(m.end.AddDate(-1, 0, 1)) && !s.After(m.end))
		}
	}

	// OC2: looked after continuously for the twelve months to 31 March.
	if latestPeriod != nil && !latestPeriod.StartDate().After(m.end.AddDate(-1, 0, 1)) &&
		(latestPeriod.EndDate().IsZero() || !latestPeriod.EndDate().Before(m.end)) && looked {
		m.oc2(id, dob, p, latestHealth, convicted)
	}
	if oc3 && !m.leftAtSeventeen(p.DateOfBirth, periods) {
		var touch, activ, accom string
		if latestTouch != nil {
			touch, activ, accom = latestTouch.Get("in_touch"), latestTouch.Get("activity"), latestTouch.Get("accommodation")
		}
		m.t[ssda903.OC3].AddRow(id, dob, touch, activ, accom)
	}
}

// adoption writes the adoption tables: PlacedAdoption for a decision that the child should be
// placed for adoption open in the year, AD1 when the adoption order was made in it.
func (m *mapper) adoption(id, dob string, a *casework.Item) {
	decision, ended := a.Date("decision"), a.Date("ended")
	if m.openInYear(decision, ended) {
		var ceased, reason string
		// DATE_PLACED_CEASED and REASON_PLACED_CEASED are for a decision reversed (the child
		// should no longer be placed for adoption, RD1 to RD4), never for an adoption order
		// (rules 119 and 525): the episode's REC says the child was adopted.
		if e := m.byEnd(ended); !e.IsZero() && a.Get("order") == "" {
			ceased, reason = d903(e), a.Get("ended_reason")
		}
		m.t[ssda903.PlacedAdoption].AddRow(id, dob, d903(decision), ceased, reason)
	}
	if m.in(a.Date("order")) {
		m.t[ssda903.AD1].AddRow(id, dob, d903(decision), d903(a.Date("match")), bit(a.Get("foster_carers")),
			a.Get("adopters"), a.Get("adopter_sex"), a.Get("adopter_status"))
	}
}

// oc2 writes the outcomes of a child looked after for twelve months, from the latest health
// assessment on or before 31 March, and whether the child was convicted or cautioned in those
// twelve months (youth justice outcomes).
func (m *mapper) oc2(id, dob string, p store.CensusPerson, h *casework.Item, convicted bool) {
	var sdq, sdqReason, devCheck, imm, teeth, assessed, misuse, received, offered string
	conv := "0"
	if convicted {
		conv = "1"
	}
	if h != nil {
		yearAgo := m.end.AddDate(-1, 0, 1)
		recent := !h.StartDate().Before(yearAgo)
		assessed = map[bool]string{true: "1", false: "0"}[recent]
		imm = bit(h.Get("immunisations"))
		teeth = "0"
		if d := h.Date("dental"); !d.IsZero() && !d.Before(yearAgo) && !d.After(m.end) {
			teeth = "1"
		}
		devCheck = bit(h.Get("development_check"))
		misuse = bit(h.Get("substance_misuse"))
		if misuse == "1" {
			received, offered = bit(h.Get("intervention_received")), bit(h.Get("intervention_offered"))
			if received == "1" {
				offered = "" // rule 158: "offered" is left blank when the intervention was received
			}
		}
		sdq, sdqReason = h.Get("sdq"), h.Get("sdq_reason")
	}
	// The questionnaire is reported for children aged 4 or more on 31 March and under 17 on
	// 1 April (rules 188 and 189): a child who turns 4 or 17 in the year has it (rule 197B).
	if dob := p.DateOfBirth; dob.IsZero() || dob.AgeOn(m.end) < 4 || dob.AgeOn(m.start) >= 17 {
		sdq, sdqReason = "", ""
	}
	// The development check is for children under 5.
	if p.DateOfBirth.IsZero() || p.DateOfBirth.AgeOn(m.end) >= 5 {
		devCheck = ""
	}
	// Convictions are not asked about a child under 10 on 31 March (rule 542): under the age of
	// criminal responsibility.
	if p.DateOfBirth.IsZero() || p.DateOfBirth.AgeOn(m.end) < 10 {
		conv = ""
	}
	m.t[ssda903.OC2].AddRow(id, dob, sdq, sdqReason, conv, devCheck, imm, teeth, assessed, misuse, received, offered)
}

// upn is the child's UPN, or the reason there is none: UN1 (not of school age) for a child not
// yet of school age on the 31 August after the year, else UN4 (not yet obtained).
func (m *mapper) upn(p store.CensusPerson) string {
	if p.UPN != "" {
		return p.UPN
	}
	schoolAge := m.end.AddDate(0, 4, 31).AddDate(-4, 0, 0)
	if p.DateOfBirth.IsZero() || p.DateOfBirth.After(schoolAge) {
		return "UN1"
	}
	return "UN4"
}

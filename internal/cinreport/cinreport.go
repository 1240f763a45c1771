// Package cinreport produces the DfE Children in Need census from the recorded casework: it
// reads the children with a referral open in the collection year (store.CensusChildren), maps
// their records to the census items (docs/returns.md, "Producing the CIN census"), writes the
// XML and checks it with the census validator (internal/cincensus).
//
// The mapping reports what was recorded and nothing else: where the record lacks something
// the census needs (a closed referral with no primary need), the validator's finding says so;
// no value is invented.
package cinreport

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"runtime/debug"
	"sort"
	"strconv"
	"time"

	"ourchild/internal/apperr"
	"ourchild/internal/casework"
	"ourchild/internal/cincensus"
	"ourchild/internal/codes"
	"ourchild/internal/date"
	"ourchild/internal/store"
	"ourchild/internal/workday"
)

// DemoLA is the demo council's DfE LA number (Demoshire's UPNs use it), the default until a
// council sets its own (--la, OURCHILD_LA; docs/configuration.md).
const DemoLA = "937"

// LatestYearEnded is the latest collection year whose 31 March is on or before today.
func LatestYearEnded(today date.Date) int {
	if today.Before(date.New(today.Year(), time.March, 31)) {
		return today.Year() - 1
	}
	return today.Year()
}

// Options say which census to produce.
type Options struct {
	// Year is the calendar year the collection year ends in: 2026 for 2025/26, whose
	// reference date is 31 March 2026.
	Year int
	// LA is the council's three-digit DfE LA number (the header's LEA).
	LA string
	// Now is when the return is produced (the header's DateTime).
	Now time.Time
	// Release is the software release written in the header; "" for the build's own.
	Release string
}

// Check reports what is wrong with the options, field by field.
func (o Options) Check() error {
	var fe apperr.FieldErrors
	if o.Year < 2014 || o.Year > 2100 {
		fe.Add("year", "Year must be the year the collection year ends in, like 2026 for 2025/26")
	}
	if !codes.ValidUPNLACode(o.LA) {
		fe.Add("la", "LA number %q is not a DfE LA number: three digits, like 937", o.LA)
	}
	return fe.Err()
}

// Period returns the collection year: 1 April of the year before Year to 31 March of Year.
func (o Options) Period() (start, end date.Date) {
	return date.New(o.Year-1, time.April, 1), date.New(o.Year, time.March, 31)
}

// YearName is the collection year as people write it: 2025/26.
func YearName(year int) string { return fmt.Sprintf("%d/%02d", year-1, year%100) }

// A Result is a produced census: the XML, the return it was written from, its findings and a
// summary.
type Result struct {
	Year     int
	XML      []byte
	Return   *cincensus.Return
	Findings []cincensus.Finding
	Errors   int // findings of type Error
	Queries  int
	Summary  Summary
}

// Build produces and validates the census for opt.Year from the store.
func Build(ctx context.Context, s *store.Store, opt Options) (*Result, error) {
	if err := opt.Check(); err != nil {
		return nil, err
	}
	start, end := opt.Period()
	children, err := s.CensusChildren(ctx, start, end, Fields)
	if err != nil {
		return nil, err
	}
	return Produce(children, opt)
}

// Produce maps children to the census, writes the XML and validates the return. The XML is
// the return written out element by element, and reads back as the same return (the golden
// and round-trip tests check this), so the findings are about the bytes that would be sent;
// parsing them again here would double the time for nothing.
func Produce(children []*store.CensusChild, opt Options) (*Result, error) {
	if err := opt.Check(); err != nil {
		return nil, err
	}
	r := Map(children, opt)
	b, err := Marshal(r)
	if err != nil {
		return nil, err
	}
	res := &Result{Year: opt.Year, XML: b, Return: r, Findings: cincensus.Validate(r), Summary: Summarise(r)}
	for _, f := range res.Findings {
		if f.Type == "Error" {
			res.Errors++
		} else {
			res.Queries++
		}
	}
	return res, nil
}

// Marshal writes the return as the DfE XML: declaration, then <Message>, indented.
func Marshal(r *cincensus.Return) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(r); err != nil {
		return nil, fmt.Errorf("cinreport: write the census: %w", err)
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}

// Map builds the return from the children, for the collection year ending 31 March opt.Year.
// Children with no episode to report are left out.
func Map(children []*store.CensusChild, opt Options) *cincensus.Return {
	start, end := opt.Period()
	r := &cincensus.Return{Header: cincensus.Header{
		Collection: "CIN", Year: strconv.Itoa(opt.Year), ReferenceDate: end.String(),
		SourceLevel: "L", LEA: opt.LA, SoftwareCode: "ourchild", Release: release(opt.Release), SerialNo: "001",
		DateTime: opt.Now.In(date.London).Format("2006-01-02T15:04:05"),
	}}
	m := mapper{start: start, end: end, sexCodes: opt.Year >= 2025}
	for _, c := range children {
		if ch := m.child(c); ch != nil {
			r.Children = append(r.Children, ch)
		}
	}
	return r
}

// release is the header's Release: the one given, else the module version or the commit
// the binary was built from, else "devel".
func release(s string) string {
	if s != "" {
		return s
	}
	v := "devel"
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, st := range bi.Settings {
			if st.Key == "vcs.revision" && len(st.Value) >= 12 {
				v = st.Value[:12]
			}
		}
		if bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			v = bi.Main.Version
		}
	}
	return v
}

// Fields are the kinds of record and the fields of each that the census reads: dates and
// codes, never free text.
var Fields = map[string][]string{
	"referral":   {"referral_date", "source", "primary_need", "nfa", "closure_date", "closure_reason"},
	"assessment": {"start", "authorised", "factors"},
	"s47":        {"start", "completed", "icpc_needed"},
	"conference": {"type", "date"},
	"cp_plan":    {"start", "end", "initial_category", "latest_category"},
	"cin_plan":   {"start", "end"},
}

// calendar counts working days for the census: England and Wales bank holidays, never a
// council's closure days (DfE measures every council alike; rules.md §0.3).
var calendar = workday.EnglandAndWales().ForReturns()

// icpcWorkingDays is the initial conference's timescale from the section 47 start (R-B01).
const icpcWorkingDays = 15

type mapper struct {
	start, end date.Date
	sexCodes   bool // 2024/25 onwards: Sex M/F/U; before, GenderCurrent 0/1/2/9
}

func (m mapper) in(d date.Date) bool { return !d.IsZero() && !d.Before(m.start) && !d.After(m.end) }

// byEnd returns d, or the zero date when d is after the reference date: the census reports
// only what had happened by 31 March.
func (m mapper) byEnd(d date.Date) date.Date {
	if d.After(m.end) {
		return date.Date{}
	}
	return d
}

// openInPeriod reports whether an episode from s to e (zero: still open) overlaps the year.
func (m mapper) openInPeriod(s, e date.Date) bool {
	return !s.IsZero() && !s.After(m.end) && (e.IsZero() || !e.Before(m.start))
}

func ds(d date.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

func (m mapper) child(c *store.CensusChild) *cincensus.Child {
	var eps []*cincensus.CINdetails
	for _, ref := range c.Items {
		if ref.Kind == "referral" && m.openInPeriod(ref.StartDate(), ref.EndDate()) {
			eps = append(eps, m.episode(ref, c.Items))
		}
	}
	if len(eps) == 0 {
		return nil
	}
	p := c.Person
	ch := &cincensus.Child{CINdetails: eps}
	id := &ch.Identifiers
	id.LAchildID = strconv.FormatInt(p.ID, 10)
	// A child born after the reference date was unborn on it: reported by the expected date.
	born := !p.DateOfBirth.IsZero() && !p.DateOfBirth.After(m.end)
	switch {
	case born:
		id.PersonBirthDate = p.DateOfBirth.String()
	case !p.ExpectedDateOfBirth.IsZero():
		id.ExpectedPersonBirthDate = p.ExpectedDateOfBirth.String()
	default:
		id.ExpectedPersonBirthDate = ds(p.DateOfBirth)
	}
	if p.UPN != "" {
		id.UPN = p.UPN
	} else {
		id.UPNunknown = m.upnUnknown(p, born)
	}
	sex := p.Sex
	if !born {
		sex = "U" // 8750: an unborn child's sex is U
	}
	if m.sexCodes {
		id.Sex = sex
	} else {
		id.GenderCurrent = map[string]string{"M": "1", "F": "2", "U": "9"}[sex]
		if !born {
			id.GenderCurrent = "0"
		}
	}
	id.PersonDeathDate = ds(m.byEnd(p.DateOfDeath))
	ch.Characteristics.Ethnicity = p.Ethnicity
	ch.Characteristics.Disabilities = p.Disabilities
	if len(p.Disabilities) == 0 {
		ch.Characteristics.Disabilities = []string{"NONE"}
	}
	return ch
}

// upnUnknown gives the reason a child has no UPN: UN1 (not of school age) for an unborn child
// or one not yet of school age on the 31 August after the reference date (as rule 8770Q
// reckons it), else UN4 (not yet known). UN2, UN3 and UN5 need facts ourchild does not record.
func (m mapper) upnUnknown(p store.CensusPerson, born bool) string {
	schoolAge := m.end.AddDate(0, 4, 31).AddDate(-4, 0, 0)
	if !born || p.DateOfBirth.After(schoolAge) {
		return "UN1"
	}
	return "UN4"
}

// episode maps one referral and the records that fall in it.
func (m mapper) episode(ref *casework.Item, all []*casework.Item) *cincensus.CINdetails {
	e := &cincensus.CINdetails{
		CINreferralDate: ds(ref.StartDate()),
		ReferralSource:  ref.Get("source"),
		PrimaryNeedCode: ref.Get("primary_need"),
		ReferralNFA:     strconv.FormatBool(ref.Is("nfa")),
	}
	if cl := m.byEnd(ref.EndDate()); !cl.IsZero() {
		e.CINclosureDate, e.ReasonForClosure = cl.String(), ref.Get("closure_reason")
	}
	var in []*casework.Item // the episode's records, by start date (as loaded)
	for _, it := range all {
		if it.EpisodeID == ref.ID && !it.EnteredInError {
			in = append(in, it)
		}
	}
	for _, a := range in {
		if a.Kind != "assessment" || a.StartDate().IsZero() || a.StartDate().After(m.end) {
			continue
		}
		auth := a.EndDate()
		if !auth.IsZero() && auth.Before(m.start) {
			continue // completed in an earlier year: reported then
		}
		ga := &cincensus.Assessment{AssessmentActualStartDate: ds(a.StartDate())}
		if auth = m.byEnd(auth); !auth.IsZero() {
			ga.AssessmentAuthorisationDate = auth.String()
			ga.Factors = a.List("factors") // factors belong to a completed assessment (8614)
		}
		e.Assessments = append(e.Assessments, ga)
	}
	for _, p := range in {
		if p.Kind == "cin_plan" && m.openInPeriod(p.StartDate(), p.EndDate()) {
			e.CINPlanDates = append(e.CINPlanDates, &cincensus.CINPlanDates{
				CINPlanStartDate: ds(p.StartDate()), CINPlanEndDate: ds(m.byEnd(p.EndDate()))})
		}
	}
	// Section 47 enquiries that started in the year, or whose initial conference was held in
	// it. The conference that followed an enquiry is the first initial conference on or after
	// its start and before the next enquiry starts.
	reported := map[int64]bool{} // initial conferences reported on a Section47 module
	var s47s []*casework.Item
	for _, s := range in {
		if s.Kind == "s47" && !s.StartDate().IsZero() && !s.StartDate().After(m.end) {
			s47s = append(s47s, s)
		}
	}
	for i, s := range s47s {
		st := s.StartDate()
		var next date.Date
		if i+1 < len(s47s) {
			next = s47s[i+1].StartDate()
		}
		var icpc *casework.Item
		for _, c := range in {
			d := c.StartDate()
			if c.Kind == "conference" && c.Get("type") == "initial" && !d.Before(st) && (next.IsZero() || d.Before(next)) && !d.After(m.end) {
				icpc = c
				break
			}
		}
		if !m.in(st) && (icpc == nil || !m.in(icpc.StartDate())) {
			continue
		}
		g := &cincensus.Section47{
			S47ActualStartDate: st.String(),
			InitialCPCtarget:   calendar.Due(st, icpcWorkingDays, workday.Day0).String(),
			ICPCnotRequired:    strconv.FormatBool(s.Get("icpc_needed") == "no"),
		}
		if icpc != nil {
			g.DateOfInitialCPC = icpc.StartDate().String()
			reported[icpc.ID] = true
		}
		e.Section47 = append(e.Section47, g)
	}
	// The episode's own DateOfInitialCPC carries an initial conference not already reported
	// on a Section47 module (rule 2884: one conference is recorded at one level): the latest.
	for _, c := range in {
		if c.Kind == "conference" && c.Get("type") == "initial" && !reported[c.ID] && !c.StartDate().After(m.end) {
			e.DateOfInitialCPC = c.StartDate().String()
		}
	}
	for _, p := range in {
		if p.Kind != "cp_plan" || !m.openInPeriod(p.StartDate(), p.EndDate()) {
			continue
		}
		e.ChildProtectionPlans = append(e.ChildProtectionPlans, m.plan(p, in, all))
	}
	return e
}

// plan maps a child protection plan: its dates, categories, the number of the child's earlier
// plans, and the review conferences held in the year while it ran.
func (m mapper) plan(p *casework.Item, in, all []*casework.Item) *cincensus.ChildProtectionPlan {
	st, en := p.StartDate(), p.EndDate()
	prev := 0
	for _, o := range all {
		if o.Kind == "cp_plan" && o.ID != p.ID && !o.EnteredInError && o.StartDate().Before(st) {
			prev++
		}
	}
	g := &cincensus.ChildProtectionPlan{
		CPPstartDate: st.String(), CPPendDate: ds(m.byEnd(en)),
		InitialCategoryOfAbuse: p.Get("initial_category"), LatestCategoryOfAbuse: p.Get("latest_category"),
		NumberOfPreviousCPP: strconv.Itoa(prev),
	}
	last := m.end
	if !en.IsZero() && en.Before(last) {
		last = en
	}
	var reviews []string
	for _, c := range in {
		d := c.StartDate()
		if c.Kind == "conference" && c.Get("type") == "review" && d.After(st) && !d.After(last) && m.in(d) {
			reviews = append(reviews, d.String())
		}
	}
	sort.Strings(reviews)
	g.Reviews = reviews
	return g
}

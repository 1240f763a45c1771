// Package cincensus reads a Children in Need (CIN) census XML return, from any
// council's system, and checks it against the DfE validation rules as the
// sector's validator (data-to-insight/csc-validator-be-cin) encodes them.
//
// It works on the file, not on our database. Values are kept as the raw
// strings found in the file so that format errors can be reported by rule;
// dates are parsed leniently when a rule needs them. Validation is linear in
// the number of children: every rule looks at one child at a time, or keeps
// a running tally over the return.
package cincensus

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"ourchild/internal/date"
)

// Return is one CIN census file. The xml tags give the DfE layout for writing a return
// (internal/cinreport); Parse reads element by element and does not depend on the order.
type Return struct {
	XMLName  xml.Name `xml:"Message"`
	Header   Header   `xml:"Header"`
	Children []*Child `xml:"Children>Child"`
}

// Header is the return's <Header>: CollectionDetails and Source.
type Header struct {
	Collection    string `xml:"CollectionDetails>Collection,omitempty"`
	Year          string `xml:"CollectionDetails>Year,omitempty"`
	ReferenceDate string `xml:"CollectionDetails>ReferenceDate,omitempty"`
	SourceLevel   string `xml:"Source>SourceLevel,omitempty"`
	LEA           string `xml:"Source>LEA,omitempty"`
	SoftwareCode  string `xml:"Source>SoftwareCode,omitempty"`
	Release       string `xml:"Source>Release,omitempty"`
	SerialNo      string `xml:"Source>SerialNo,omitempty"`
	DateTime      string `xml:"Source>DateTime,omitempty"`
}

// Child is one <Child>.
type Child struct {
	Identifiers     ChildIdentifiers     `xml:"ChildIdentifiers"`
	Characteristics ChildCharacteristics `xml:"ChildCharacteristics"`
	CINdetails      []*CINdetails        `xml:"CINdetails,omitempty"`
}

// ChildIdentifiers is the <ChildIdentifiers> module.
type ChildIdentifiers struct {
	LAchildID               string `xml:"LAchildID,omitempty"`
	UPN                     string `xml:"UPN,omitempty"`
	FormerUPN               string `xml:"FormerUPN,omitempty"`
	UPNunknown              string `xml:"UPNunknown,omitempty"`
	PersonBirthDate         string `xml:"PersonBirthDate,omitempty"`
	ExpectedPersonBirthDate string `xml:"ExpectedPersonBirthDate,omitempty"`
	GenderCurrent           string `xml:"GenderCurrent,omitempty"` // before 2024/25
	Sex                     string `xml:"Sex,omitempty"`           // 2024/25 onwards
	PersonDeathDate         string `xml:"PersonDeathDate,omitempty"`
}

// ChildCharacteristics is the <ChildCharacteristics> module.
type ChildCharacteristics struct {
	Ethnicity    string   `xml:"Ethnicity,omitempty"`
	Disabilities []string `xml:"Disabilities>Disability,omitempty"`
}

// CINdetails is one CIN episode.
type CINdetails struct {
	CINreferralDate      string                 `xml:"CINreferralDate,omitempty"`
	ReferralSource       string                 `xml:"ReferralSource,omitempty"`
	PrimaryNeedCode      string                 `xml:"PrimaryNeedCode,omitempty"`
	CINclosureDate       string                 `xml:"CINclosureDate,omitempty"`
	ReasonForClosure     string                 `xml:"ReasonForClosure,omitempty"`
	DateOfInitialCPC     string                 `xml:"DateOfInitialCPC,omitempty"`
	ReferralNFA          string                 `xml:"ReferralNFA,omitempty"`
	Assessments          []*Assessment          `xml:"Assessments,omitempty"`
	CINPlanDates         []*CINPlanDates        `xml:"CINPlanDates,omitempty"`
	Section47            []*Section47           `xml:"Section47,omitempty"`
	ChildProtectionPlans []*ChildProtectionPlan `xml:"ChildProtectionPlans,omitempty"`
}

// Assessment is one <Assessments> group.
type Assessment struct {
	AssessmentActualStartDate    string   `xml:"AssessmentActualStartDate,omitempty"`
	AssessmentInternalReviewDate string   `xml:"AssessmentInternalReviewDate,omitempty"`
	AssessmentAuthorisationDate  string   `xml:"AssessmentAuthorisationDate,omitempty"`
	Factors                      []string `xml:"FactorsIdentifiedAtAssessment>AssessmentFactors,omitempty"`
}

// CINPlanDates is one <CINPlanDates> group.
type CINPlanDates struct {
	CINPlanStartDate string `xml:"CINPlanStartDate,omitempty"`
	CINPlanEndDate   string `xml:"CINPlanEndDate,omitempty"`
}

// Section47 is one <Section47> group.
type Section47 struct {
	S47ActualStartDate string `xml:"S47ActualStartDate,omitempty"`
	InitialCPCtarget   string `xml:"InitialCPCtarget,omitempty"`
	DateOfInitialCPC   string `xml:"DateOfInitialCPC,omitempty"`
	ICPCnotRequired    string `xml:"ICPCnotRequired,omitempty"`
}

// ChildProtectionPlan is one <ChildProtectionPlans> group.
type ChildProtectionPlan struct {
	CPPstartDate           string   `xml:"CPPstartDate,omitempty"`
	CPPendDate             string   `xml:"CPPendDate,omitempty"`
	InitialCategoryOfAbuse string   `xml:"InitialCategoryOfAbuse,omitempty"`
	LatestCategoryOfAbuse  string   `xml:"LatestCategoryOfAbuse,omitempty"`
	NumberOfPreviousCPP    string   `xml:"NumberOfPreviousCPP,omitempty"`
	Reviews                []string `xml:"Reviews>CPPreviewDate,omitempty"`
}

// ReadFile parses the census file at path. It reads through a window
// rather than holding the whole file (scan.go); a file the fast reader
// declines is read again from the start with encoding/xml.
func ReadFile(path string) (*Return, error) {
	return readFile(path, 1<<20)
}

func readFile(path string, window int) (*Return, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ret, sawMessage, err := parseStream(f, window)
	switch {
	case err == errSlow:
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return nil, err
		}
		return parseDecoder(bufio.NewReaderSize(f, 64<<10))
	case err != nil:
		return nil, err
	case !sawMessage:
		return nil, errNoMessage
	}
	trimAll(&ret.Header.Collection, &ret.Header.Year, &ret.Header.ReferenceDate, &ret.Header.SourceLevel, &ret.Header.LEA)
	return ret, nil
}

// Parse reads a census return.
func Parse(r io.Reader) (*Return, error) {
	b, err := readAll(r)
	if err != nil {
		return nil, fmt.Errorf("cin census: %w", err)
	}
	return ParseBytes(b)
}

// readAll is io.ReadAll, sized up front when the reader knows its length
// (a file, a bytes or strings reader), so a large return is not copied
// through ever larger buffers.
func readAll(r io.Reader) ([]byte, error) {
	n := -1
	switch v := r.(type) {
	case interface{ Len() int }:
		n = v.Len()
	case *os.File:
		if fi, err := v.Stat(); err == nil && fi.Mode().IsRegular() {
			n = int(fi.Size())
		}
	}
	if n < 0 {
		return io.ReadAll(r)
	}
	var buf bytes.Buffer
	buf.Grow(n + 1) // +1: ReadFrom needs room to see the end
	_, err := buf.ReadFrom(r)
	return buf.Bytes(), err
}

// ParseBytes reads a census return held in b. The fast reader (scan.go)
// reads nearly every file; one it is not sure of is read again with
// encoding/xml, which gives the same Return or the error it always gave.
// The Return keeps no reference to b.
func ParseBytes(b []byte) (*Return, error) {
	ret, sawMessage, err := parseFast(b)
	if err != nil {
		return parseDecoder(bytes.NewReader(b))
	}
	if !sawMessage {
		return nil, errNoMessage
	}
	trimAll(&ret.Header.Collection, &ret.Header.Year, &ret.Header.ReferenceDate, &ret.Header.SourceLevel, &ret.Header.LEA)
	return ret, nil
}

var errNoMessage = errors.New("cin census: no <Message> element: not a CIN census file")

// parseDecoder reads a census return with encoding/xml, one <Child> at a
// time so memory stays proportional to the parsed return.
func parseDecoder(r io.Reader) (*Return, error) {
	dec := xml.NewDecoder(r)
	ret := &Return{}
	sawMessage := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("cin census: %w", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "Message":
			sawMessage = true
		case "Header":
			if err := dec.DecodeElement(&ret.Header, &se); err != nil {
				return nil, fmt.Errorf("cin census: Header: %w", err)
			}
		case "Child":
			c := &Child{}
			if err := dec.DecodeElement(c, &se); err != nil {
				return nil, fmt.Errorf("cin census: Child %d: %w", len(ret.Children)+1, err)
			}
			trimChild(c)
			ret.Children = append(ret.Children, c)
		}
	}
	if !sawMessage {
		return nil, errNoMessage
	}
	trimAll(&ret.Header.Collection, &ret.Header.Year, &ret.Header.ReferenceDate, &ret.Header.SourceLevel, &ret.Header.LEA)
	return ret, nil
}

func trimAll(ps ...*string) {
	for _, p := range ps {
		*p = strings.TrimSpace(*p)
	}
}

func trimSlice(s []string) {
	for i := range s {
		s[i] = strings.TrimSpace(s[i])
	}
}

func trimChild(c *Child) {
	id := &c.Identifiers
	trimAll(&id.LAchildID, &id.UPN, &id.FormerUPN, &id.UPNunknown, &id.PersonBirthDate,
		&id.ExpectedPersonBirthDate, &id.GenderCurrent, &id.Sex, &id.PersonDeathDate)
	trimAll(&c.Characteristics.Ethnicity)
	trimSlice(c.Characteristics.Disabilities)
	for _, e := range c.CINdetails {
		trimAll(&e.CINreferralDate, &e.ReferralSource, &e.PrimaryNeedCode, &e.CINclosureDate,
			&e.ReasonForClosure, &e.DateOfInitialCPC, &e.ReferralNFA)
		for _, a := range e.Assessments {
			trimAll(&a.AssessmentActualStartDate, &a.AssessmentInternalReviewDate, &a.AssessmentAuthorisationDate)
			trimSlice(a.Factors)
		}
		for _, p := range e.CINPlanDates {
			trimAll(&p.CINPlanStartDate, &p.CINPlanEndDate)
		}
		for _, s := range e.Section47 {
			trimAll(&s.S47ActualStartDate, &s.InitialCPCtarget, &s.DateOfInitialCPC, &s.ICPCnotRequired)
		}
		for _, p := range e.ChildProtectionPlans {
			trimAll(&p.CPPstartDate, &p.CPPendDate, &p.InitialCategoryOfAbuse, &p.LatestCategoryOfAbuse, &p.NumberOfPreviousCPP)
			trimSlice(p.Reviews)
		}
	}
}

// parseDate reads a census date leniently: YYYY-MM-DD as the schema says,
// also DD/MM/YYYY and a date-time's date part. ok is false for an empty or
// unreadable value.
func parseDate(s string) (d date.Date, ok bool) {
	if s == "" {
		return d, false
	}
	if len(s) > 10 && s[10] == 'T' {
		s = s[:10]
	}
	// Nearly every date is YYYY-MM-DD: read it by hand, as time.Parse would
	// (two-digit month and day, a day that exists), since the rules ask for
	// millions of dates in a large return. Anything else takes the slow road.
	if len(s) == 10 && s[4] == '-' && s[7] == '-' {
		y, ok1 := digits(s[0:4])
		m, ok2 := digits(s[5:7])
		dd, ok3 := digits(s[8:10])
		if ok1 && ok2 && ok3 && m >= 1 && m <= 12 && dd >= 1 && dd <= daysIn(y, m) {
			return date.New(y, time.Month(m), dd), true
		}
	}
	if d, err := date.Parse(s); err == nil {
		return d, true
	}
	if t, err := time.Parse("02/01/2006", s); err == nil {
		return date.Of(t), true
	}
	return d, false
}

// digits reads an unsigned decimal of ASCII digits only.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// daysIn is the number of days in month m of year y (proleptic Gregorian, as time uses).
func daysIn(y, m int) int {
	switch m {
	case 4, 6, 9, 11:
		return 30
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	}
	return 31
}

// collectionYear is the first calendar year of the census year the return
// covers (2023 for 2023/24, whose ReferenceDate is 2024-03-31). It comes from
// the ReferenceDate, else the header Year; 0 if neither can be read.
func (r *Return) collectionYear() int {
	if d, ok := parseDate(r.Header.ReferenceDate); ok {
		return d.Year() - 1
	}
	if y, err := strconv.Atoi(r.Header.Year); err == nil {
		return y - 1
	}
	return 0
}

// period is the census year: from 1 April of the previous year (the day after
// ReferenceDate a year earlier) to ReferenceDate, inclusive. An unreadable
// ReferenceDate falls back to 31 March of the header Year.
func (r *Return) period() (start, end date.Date, ok bool) {
	// Rules ask for the period once per date they check; it depends on the
	// two header values only, so the last answer is kept.
	if m := lastPeriod.Load(); m != nil && m.ref == r.Header.ReferenceDate && m.year == r.Header.Year {
		return m.start, m.end, m.ok
	}
	start, end, ok = r.readPeriod()
	lastPeriod.Store(&periodMemo{r.Header.ReferenceDate, r.Header.Year, start, end, ok})
	return start, end, ok
}

type periodMemo struct {
	ref, year  string
	start, end date.Date
	ok         bool
}

var lastPeriod atomic.Pointer[periodMemo]

func (r *Return) readPeriod() (start, end date.Date, ok bool) {
	end, ok = parseDate(r.Header.ReferenceDate)
	if !ok {
		y, err := strconv.Atoi(r.Header.Year)
		if err != nil {
			return start, end, false
		}
		end = date.New(y, time.March, 31)
	}
	return end.AddDate(-1, 0, 1), end, true
}

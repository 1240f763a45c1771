package ssda903

import (
	"slices"
	"testing"
)

// ret builds a return from tables given as rows of column=value maps.
func mk(tables map[TableID][]map[string]string) *Return {
	r := NewReturn()
	for id, rows := range tables {
		t := NewTable(id)
		if id == Header && slices.ContainsFunc(rows, func(m row) bool { _, ok := m["UASC"]; return ok }) {
			t.setCols(xmlHeaderCols) // an XML return's Header, with the UASC flag
		}
		for _, m := range rows {
			vals := make([]string, len(t.Cols))
			for k, v := range m {
				i := t.Col(k)
				if i < 0 {
					panic("no column " + k)
				}
				vals[i] = v
			}
			t.AddRow(vals...)
		}
		r.Set(t)
	}
	return r
}

type row = map[string]string

// ruleCase is a rule's table test: a return it must flag and one it must pass.
// Each file of rules adds its cases to ruleCases from an init function.
type ruleCase struct {
	code      string
	bad, good map[TableID][]row
}

// caseLookups gives the returns of a rule's cases the lookups the rule needs
// (a postcode directory, Ofsted's lists), by rule code.
var caseLookups = map[string]func(*Return){}

// tables is a return's tables as rows, for the rule cases.
type tables = map[TableID][]row

// Dates in the cases are for 2017/18 (1 April 2017 to 31 March 2018) unless
// a case says otherwise.

// childRow is a row of child 1 with the given column, value pairs.
func childRow(kv ...string) row {
	r := row{"CHILD": "1"}
	for i := 0; i+1 < len(kv); i += 2 {
		r[kv[i]] = kv[i+1]
	}
	return r
}

// oneRow is a return of one table holding one row.
func oneRow(id TableID, r row) tables { return tables{id: {r}} }

// withCells returns a copy of r with the given column, value pairs set.
func withCells(r row, kv ...string) row {
	out := row{}
	for k, v := range r {
		out[k] = v
	}
	for i := 0; i+1 < len(kv); i += 2 {
		out[kv[i]] = kv[i+1]
	}
	return out
}

// healthItemsDone sets the OC2 health items (oc2HealthItems) of m to 1.
func healthItemsDone(m row) row {
	for _, f := range oc2HealthItems {
		m[f] = "1"
	}
	return m
}

var (
	// a child in care since 2015 and still in care: continuously looked after
	claRows = []row{{"CHILD": "1", "DECOM": "01/05/2015", "RNE": "S", "LS": "C2"}}
	// a child who came into care during the year: not
	notCLARows = []row{{"CHILD": "1", "DECOM": "01/05/2017", "RNE": "S", "LS": "C2"}}
	// child 1 has been in care since 2016 (continuously looked after in 2017/18); child 2 entered in the year
	claChildren = []row{{"CHILD": "1", "RNE": "S", "DECOM": "01/05/2016"}, {"CHILD": "2", "RNE": "S", "DECOM": "01/05/2017"}}

	adoptionRow = row{"CHILD": "1", "DATE_INT": "01/01/2017", "DATE_MATCH": "01/02/2017", "FOSTER_CARE": "0", "NB_ADOPTR": "1", "SEX_ADOPTR": "F1", "LS_ADOPTR": "L0"}
	oc2FullRow  = row{"CHILD": "1", "DOB": "01/06/2008", "CONVICTED": "0", "HEALTH_CHECK": "1", "IMMUNISATIONS": "1", "TEETH_CHECK": "1", "HEALTH_ASSESSMENT": "1", "SUBSTANCE_MISUSE": "0"}
	ad1Full     = row{"CHILD": "1", "DATE_INT": "01/01/2017", "DATE_MATCH": "01/02/2017", "FOSTER_CARE": "0", "NB_ADOPTR": "2", "SEX_ADOPTR": "MF", "LS_ADOPTR": "L11"}
	ad1Part     = row{"CHILD": "1", "DATE_INT": "01/01/2017", "DATE_MATCH": "01/02/2017", "FOSTER_CARE": "0", "NB_ADOPTR": "2", "SEX_ADOPTR": "MF"}
)

var hdr = []row{{"CHILD": "1", "SEX": "2", "DOB": "01/06/2010"}}

// hdr18 is the Header of a child who is 18 in 2017/18.
var hdr18 = []row{{"CHILD": "1", "SEX": "1", "DOB": "15/06/1999", "UPN": "UN1"}}
var ruleCases = []ruleCase{}

func TestRules(t *testing.T) {
	cases := ruleCases
	byCode := map[string]*Rule{}
	multi := map[string]bool{} // codes with a version per collection year
	for _, r := range Rules() {
		// of several versions, the table cases test the one in force in 2017/18
		old := byCode[r.Code]
		multi[r.Code] = old != nil
		if old == nil || (!old.Applies(2017) && r.Applies(2017)) {
			byCode[r.Code] = r
		}
	}
	tested := map[string]bool{}
	for _, tc := range cases {
		r := byCode[tc.code]
		if r == nil {
			t.Errorf("rule %s not registered", tc.code)
			continue
		}
		tested[tc.code] = true
		year := 2017
		if !r.Applies(year) {
			year = r.Until
		}
		if r.From > year {
			year = r.From
		}
		badRet, goodRet := mk(tc.bad), mk(tc.good)
		if set := caseLookups[tc.code]; set != nil {
			set(badRet)
			set(goodRet)
		}
		bad, _ := run(badRet, nil, year, []*Rule{r})
		if len(bad) == 0 {
			t.Errorf("rule %s: failing case passed", tc.code)
		}
		good, _ := run(goodRet, nil, year, []*Rule{r})
		if len(good) != 0 {
			t.Errorf("rule %s: passing case failed: %+v", tc.code, good)
		}
	}
	for code, r := range byCode {
		// rules needing last year's return, and rules with a version per
		// year, are held to cases in TestYearRules
		if !tested[code] && !r.NeedsPrev && !multi[code] {
			t.Errorf("rule %s has no table test", code)
		}
	}
}

// episodesOf is an Episodes table of rows given as column=value pairs, child 1.
func episodesOf(rows ...row) map[TableID][]row {
	for _, r := range rows {
		if r["CHILD"] == "" {
			r["CHILD"] = "1"
		}
	}
	return map[TableID][]row{Episodes: rows}
}

package ssda903

import (
	"slices"
	"testing"
)

// prevCaseV5 is the table test of a rule that needs last year's return: the
// previous return, and a current return the rule must flag and one it must
// pass against it.
type prevCaseV5 struct {
	code            string
	prev, bad, good map[TableID][]row
}

var prevCasesV5 = []prevCaseV5{
	{"202", map[TableID][]row{Header: {{"CHILD": "1", "SEX": "1"}}},
		map[TableID][]row{Header: {{"CHILD": "1", "SEX": "2"}}},
		map[TableID][]row{Header: {{"CHILD": "1", "SEX": "1"}, {"CHILD": "2", "SEX": "2"}}}},
	{"203", map[TableID][]row{Header: {{"CHILD": "1", "DOB": "01/06/2010"}}},
		map[TableID][]row{Header: {{"CHILD": "1", "DOB": "02/06/2010"}}},
		map[TableID][]row{Header: {{"CHILD": "1", "DOB": "1/6/2010"}}}},
	{"204", map[TableID][]row{Header: {{"CHILD": "1", "ETHNIC": "WBRI"}}},
		map[TableID][]row{Header: {{"CHILD": "1", "ETHNIC": "WIRI"}}},
		map[TableID][]row{Header: {{"CHILD": "1", "ETHNIC": "wbri"}}}},
	// 207: a mother last year who is not one now, with an episode this year
	{"207", map[TableID][]row{Header: {{"CHILD": "1", "MOTHER": "1"}}},
		map[TableID][]row{Header: {{"CHILD": "1", "MOTHER": "0"}}, Episodes: {{"CHILD": "1", "DECOM": "01/05/2017"}}},
		map[TableID][]row{Header: {{"CHILD": "1", "MOTHER": "0"}}, Episodes: {{"CHILD": "2", "DECOM": "01/05/2017"}}}},
	// 208: a known UPN changed; UN1 to UN3 is allowed
	{"208", map[TableID][]row{Header: {{"CHILD": "1", "UPN": "A123456789012"}, {"CHILD": "2", "UPN": "UN1"}}},
		map[TableID][]row{Header: {{"CHILD": "1", "UPN": "B123456789012"}}},
		map[TableID][]row{Header: {{"CHILD": "1", "UPN": "A123456789012"}, {"CHILD": "2", "UPN": "UN3"}}}},
	// 205A (2017/18, so last year is 2016/17): no longer UASC, but last
	// year's DUC is after last year
	{"205A", map[TableID][]row{UASC: {{"CHILD": "1", "SEX": "1", "DOB": "01/06/2000", "DUC": "01/06/2018"}, {"CHILD": "2", "SEX": "1", "DOB": "01/06/1998", "DUC": "01/06/2016"}}},
		map[TableID][]row{UASC: {{"CHILD": "1", "DOB": "01/06/2000"}}, Header: {{"CHILD": "1"}}},
		map[TableID][]row{UASC: {{"CHILD": "2", "DOB": "01/06/1998"}}, Header: {{"CHILD": "2"}}}},
	// 205B: UASC both years; last year's DUC must be the 18th birthday
	{"205B", map[TableID][]row{UASC: {{"CHILD": "1", "SEX": "1", "DOB": "01/06/1998", "DUC": "02/06/2016"}, {"CHILD": "2", "SEX": "1", "DOB": "01/06/1998", "DUC": "01/06/2016"}}},
		map[TableID][]row{UASC: {{"CHILD": "1", "SEX": "1", "DOB": "01/06/1998", "DUC": "02/06/2016"}}},
		map[TableID][]row{UASC: {{"CHILD": "2", "SEX": "1", "DOB": "01/06/1998", "DUC": "01/06/2016"}}}},
	{"205D", map[TableID][]row{UASC: {{"CHILD": "1", "DOB": "01/06/2005"}, {"CHILD": "2", "SEX": "2", "DOB": "01/06/2005"}}},
		map[TableID][]row{UASC: {{"CHILD": "1", "SEX": "1", "DOB": "01/06/2005"}}},
		map[TableID][]row{UASC: {{"CHILD": "2", "SEX": "2", "DOB": "01/06/2005"}, {"CHILD": "3", "SEX": "2"}}}},
	// 503A-F: last year's latest episode was open, so this year's first
	// episode must match it; child 2's latest episode had ended
	{"503A", prevEpisodesV5("RNE", "S"), curEpisodesV5("RNE", "P"), curEpisodesV5("RNE", "S")},
	{"503B", prevEpisodesV5("LS", "C2"), curEpisodesV5("LS", "E1"), curEpisodesV5("LS", "C2")},
	{"503C", prevEpisodesV5("CIN", "N1"), curEpisodesV5("CIN", "N2"), curEpisodesV5("CIN", "N1")},
	{"503D", prevEpisodesV5("PLACE", "U1"), curEpisodesV5("PLACE", "U3"), curEpisodesV5("PLACE", "U1")},
	{"503E", prevEpisodesV5("PLACE_PROVIDER", "PR1"), curEpisodesV5("PLACE_PROVIDER", "PR2"), curEpisodesV5("PLACE_PROVIDER", "PR1")},
	{"503F", prevEpisodesV5("URN", "SC123456"), curEpisodesV5("URN", "SC654321"), curEpisodesV5("URN", "SC123456")},
}

// prevEpisodesV5 is a previous return in which child 1's latest episode is
// open with field set to v, and child 2's latest episode has ended.
func prevEpisodesV5(field, v string) map[TableID][]row {
	return map[TableID][]row{Episodes: {
		{"CHILD": "1", "DECOM": "01/05/2015", "DEC": "01/05/2016", field: "X"},
		{"CHILD": "1", "DECOM": "01/05/2016", field: v},
		{"CHILD": "2", "DECOM": "01/05/2016", "DEC": "01/03/2017", field: v},
	}}
}

// curEpisodesV5 is a current return whose first episode for child 1 has
// field v (a later one differs), and child 2's first differs from last year.
func curEpisodesV5(field, v string) map[TableID][]row {
	return map[TableID][]row{Episodes: {
		{"CHILD": "1", "DECOM": "01/06/2017", field: "Y"},
		{"CHILD": "1", "DECOM": "01/05/2016", "DEC": "01/06/2017", field: v},
		{"CHILD": "2", "DECOM": "01/05/2017", field: "Z"},
	}}
}

func init() {
	ruleCases = append(ruleCases,
		// 209 in 2017/18: school age means 4 or over on 31/08/2016
		ruleCase{"209", map[TableID][]row{Header: {{"CHILD": "1", "DOB": "31/08/2012", "UPN": "UN1"}}},
			map[TableID][]row{Header: {{"CHILD": "1", "DOB": "01/09/2012", "UPN": "UN1"}, {"CHILD": "2", "DOB": "01/01/2010", "UPN": "UN2"}}}},
		// 210 in 2017/18: UN4 with an episode starting on or after 24/03/2018
		ruleCase{"210", map[TableID][]row{Header: {{"CHILD": "1", "UPN": "UN4"}}, Episodes: {{"CHILD": "1", "DECOM": "24/03/2018"}}},
			map[TableID][]row{Header: {{"CHILD": "1", "UPN": "UN4"}, {"CHILD": "2", "UPN": "UN3"}}, Episodes: {{"CHILD": "1", "DECOM": "23/03/2018"}, {"CHILD": "2", "DECOM": "30/03/2018"}}}},
	)
}

// caseYearV5 is the collection year a rule's table test runs in, chosen as
// TestRules chooses it: 2017/18 unless the rule is not in force then.
func caseYearV5(r *Rule) int {
	year := 2017
	if !r.Applies(year) {
		year = r.Until
	}
	if r.From > year {
		year = r.From
	}
	return year
}

// TestPrevYearRulesV5 runs each previous-year rule's table test with the
// previous return, checks that without one the rule is skipped (and says
// so), and that every rule needing the previous year has a test.
func TestPrevYearRulesV5(t *testing.T) {
	byCode := map[string]*Rule{}
	for _, r := range Rules() {
		byCode[r.Code] = r
	}
	tested := map[string]bool{}
	for _, tc := range prevCasesV5 {
		r := byCode[tc.code]
		if r == nil {
			t.Errorf("rule %s not registered", tc.code)
			continue
		}
		if !r.NeedsPrev {
			t.Errorf("rule %s has a previous-year case but does not need the previous year", tc.code)
		}
		tested[tc.code] = true
		year := caseYearV5(r)
		prev := mk(tc.prev)
		if bad, _ := run(mk(tc.bad), prev, year, []*Rule{r}); len(bad) == 0 {
			t.Errorf("rule %s: failing case passed", tc.code)
		}
		if good, _ := run(mk(tc.good), prev, year, []*Rule{r}); len(good) != 0 {
			t.Errorf("rule %s: passing case failed: %+v", tc.code, good)
		}
		bad, sum := run(mk(tc.bad), nil, year, []*Rule{r})
		if len(bad) != 0 || !slices.Contains(sum.Skipped, r.Code) || slices.Contains(sum.Run, r.Code) {
			t.Errorf("rule %s without a previous year: findings %d, run %v, skipped %v; want it skipped", tc.code, len(bad), sum.Run, sum.Skipped)
		}
	}
	for code, r := range byCode {
		if r.NeedsPrev && !tested[code] {
			t.Errorf("rule %s needs the previous year but has no previous-year table test", code)
		}
	}
}

// TestPrevYearEmptyPrevV5: a previous return without the tables a rule
// compares with gives no findings rather than a panic.
func TestPrevYearEmptyPrevV5(t *testing.T) {
	prev := mk(map[TableID][]row{OC3: {{"CHILD": "9"}}})
	for _, tc := range prevCasesV5 {
		for _, r := range Rules() {
			if r.Code != tc.code {
				continue
			}
			if f, _ := run(mk(tc.bad), prev, caseYearV5(r), []*Rule{r}); len(f) != 0 {
				t.Errorf("rule %s flagged %d rows against a previous return without its tables", r.Code, len(f))
			}
		}
	}
}

// yearSpanV5 is the first and last collection year a rule code is in the
// sector validator's rule sets (0: open), as its lac20YY_YY folders and
// their deletion lists give them.
type yearSpanV5 struct{ from, until int }

// ruleYearsV5 lists the codes whose span the year tests check. must: the
// rule is registered here (the rest are checked when registered).
var ruleYearsV5 = map[string]struct {
	span yearSpanV5
	must bool
}{
	// dropped by lac2024_25
	"370": {yearSpanV5{0, 2023}, true},
	"445": {yearSpanV5{0, 2023}, true},
	"555": {yearSpanV5{0, 2023}, true},
	"451": {yearSpanV5{0, 2023}, false},
	"556": {yearSpanV5{0, 2023}, false},
	// carried through every year
	"202":  {yearSpanV5{0, 0}, true},
	"503A": {yearSpanV5{0, 0}, true},
	"553":  {yearSpanV5{0, 0}, true},
}

// TestRuleSetByYearV5 checks, for each collection year from 2022/23 to
// 2026/27, which rules are in force: the codes with known spans, and that
// no code is in force twice in one year (two registrations of one rule).
func TestRuleSetByYearV5(t *testing.T) {
	rules := Rules()
	registered := map[string]bool{}
	for _, r := range rules {
		registered[r.Code] = true
	}
	for code, want := range ruleYearsV5 {
		if want.must && !registered[code] {
			t.Errorf("rule %s is not registered", code)
		}
	}
	for y := 2022; y <= 2026; y++ {
		inForce := map[string]int{}
		for _, r := range rules {
			if r.Applies(y) {
				inForce[r.Code]++
			}
		}
		for code, n := range inForce {
			if n > 1 {
				t.Errorf("%s: rule %s is in force %d times", RuleSet(y), code, n)
			}
		}
		for code, want := range ruleYearsV5 {
			if !registered[code] {
				continue
			}
			exp := (want.span.from == 0 || y >= want.span.from) && (want.span.until == 0 || y <= want.span.until)
			if got := inForce[code] > 0; got != exp {
				t.Errorf("%s: rule %s in force = %v, want %v", RuleSet(y), code, got, exp)
			}
		}
		// what Validate reports as run for the year is the same set
		_, sum := ValidateSummary(fullReturnV5(), fullReturnV5(), y)
		ran := map[string]bool{}
		for _, c := range sum.Run {
			ran[c] = true
		}
		for code := range inForce {
			if !ran[code] {
				t.Errorf("%s: rule %s in force but not run on a return with every table", RuleSet(y), code)
			}
		}
		for code := range ran {
			if inForce[code] == 0 {
				t.Errorf("%s: rule %s run but not in force", RuleSet(y), code)
			}
		}
	}
}

// fullReturnV5 is a return holding every table, one child in each.
func fullReturnV5() *Return {
	m := map[TableID][]row{}
	for id := TableID(0); id < numTables; id++ {
		m[id] = []row{{"CHILD": "1"}}
	}
	return mk(m)
}

package ssda903

import (
	"slices"
	"testing"
)

// yearCase is the table test of a rule that needs last year's return or
// has a version per collection year: the year (0: chosen as TestRules
// chooses it), the previous return (nil: none), and a current return the
// rule in force that year must flag and one it must pass.
type yearCase struct {
	code            string
	year            int
	prev, bad, good map[TableID][]row
}

var yearCases = []yearCase{
	{"202", 0, map[TableID][]row{Header: {{"CHILD": "1", "SEX": "1"}}},
		map[TableID][]row{Header: {{"CHILD": "1", "SEX": "2"}}},
		map[TableID][]row{Header: {{"CHILD": "1", "SEX": "1"}, {"CHILD": "2", "SEX": "2"}}}},
	{"203", 0, map[TableID][]row{Header: {{"CHILD": "1", "DOB": "01/06/2010"}}},
		map[TableID][]row{Header: {{"CHILD": "1", "DOB": "02/06/2010"}}},
		map[TableID][]row{Header: {{"CHILD": "1", "DOB": "1/6/2010"}}}},
	{"204", 0, map[TableID][]row{Header: {{"CHILD": "1", "ETHNIC": "WBRI"}}},
		map[TableID][]row{Header: {{"CHILD": "1", "ETHNIC": "WIRI"}}},
		map[TableID][]row{Header: {{"CHILD": "1", "ETHNIC": "wbri"}}}},
	// 207: a mother last year who is not one now, with an episode this year
	{"207", 0, map[TableID][]row{Header: {{"CHILD": "1", "MOTHER": "1"}}},
		map[TableID][]row{Header: {{"CHILD": "1", "MOTHER": "0"}}, Episodes: {{"CHILD": "1", "DECOM": "01/05/2017"}}},
		map[TableID][]row{Header: {{"CHILD": "1", "MOTHER": "0"}}, Episodes: {{"CHILD": "2", "DECOM": "01/05/2017"}}}},
	// 208: a known UPN changed; UN1 to UN3 is allowed
	{"208", 0, map[TableID][]row{Header: {{"CHILD": "1", "UPN": "A123456789012"}, {"CHILD": "2", "UPN": "UN1"}}},
		map[TableID][]row{Header: {{"CHILD": "1", "UPN": "B123456789012"}}},
		map[TableID][]row{Header: {{"CHILD": "1", "UPN": "A123456789012"}, {"CHILD": "2", "UPN": "UN3"}}}},
	// 205A (2017/18, so last year is 2016/17): no longer UASC, but last
	// year's DUC is after last year
	{"205A", 0, map[TableID][]row{UASC: {{"CHILD": "1", "SEX": "1", "DOB": "01/06/2000", "DUC": "01/06/2018"}, {"CHILD": "2", "SEX": "1", "DOB": "01/06/1998", "DUC": "01/06/2016"}}},
		map[TableID][]row{UASC: {{"CHILD": "1", "DOB": "01/06/2000"}}, Header: {{"CHILD": "1"}}},
		map[TableID][]row{UASC: {{"CHILD": "2", "DOB": "01/06/1998"}}, Header: {{"CHILD": "2"}}}},
	// 205B: UASC both years; last year's DUC must be the 18th birthday
	{"205B", 0, map[TableID][]row{UASC: {{"CHILD": "1", "SEX": "1", "DOB": "01/06/1998", "DUC": "02/06/2016"}, {"CHILD": "2", "SEX": "1", "DOB": "01/06/1998", "DUC": "01/06/2016"}}},
		map[TableID][]row{UASC: {{"CHILD": "1", "SEX": "1", "DOB": "01/06/1998", "DUC": "02/06/2016"}}},
		map[TableID][]row{UASC: {{"CHILD": "2", "SEX": "1", "DOB": "01/06/1998", "DUC": "01/06/2016"}}}},
	{"205D", 0, map[TableID][]row{UASC: {{"CHILD": "1", "DOB": "01/06/2005"}, {"CHILD": "2", "SEX": "2", "DOB": "01/06/2005"}}},
		map[TableID][]row{UASC: {{"CHILD": "1", "SEX": "1", "DOB": "01/06/2005"}}},
		map[TableID][]row{UASC: {{"CHILD": "2", "SEX": "2", "DOB": "01/06/2005"}, {"CHILD": "3", "SEX": "2"}}}},
	// 503A-F: last year's latest episode was open, so this year's first
	// episode must match it; child 2's latest episode had ended
	{"503A", 0, prevEpisodes("RNE", "S"), curEpisodes("RNE", "P"), curEpisodes("RNE", "S")},
	{"503B", 0, prevEpisodes("LS", "C2"), curEpisodes("LS", "E1"), curEpisodes("LS", "C2")},
	{"503C", 0, prevEpisodes("CIN", "N1"), curEpisodes("CIN", "N2"), curEpisodes("CIN", "N1")},
	{"503D", 0, prevEpisodes("PLACE", "U1"), curEpisodes("PLACE", "U3"), curEpisodes("PLACE", "U1")},
	{"503E", 0, prevEpisodes("PLACE_PROVIDER", "PR1"), curEpisodes("PLACE_PROVIDER", "PR2"), curEpisodes("PLACE_PROVIDER", "PR1")},
	{"503F", 0, prevEpisodes("URN", "SC123456"), curEpisodes("URN", "SC654321"), curEpisodes("URN", "SC123456")},
}

// prevEpisodes is a previous return in which child 1's latest episode is
// open with field set to v, and child 2's latest episode has ended.
func prevEpisodes(field, v string) map[TableID][]row {
	return map[TableID][]row{Episodes: {
		{"CHILD": "1", "DECOM": "01/05/2015", "DEC": "01/05/2016", field: "X"},
		{"CHILD": "1", "DECOM": "01/05/2016", field: v},
		{"CHILD": "2", "DECOM": "01/05/2016", "DEC": "01/03/2017", field: v},
	}}
}

// curEpisodes is a current return whose first episode for child 1 has
// field v (a later one differs), and child 2's first differs from last year.
func curEpisodes(field, v string) map[TableID][]row {
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

// caseYear is the collection year a rule's table test runs in, chosen as
// TestRules chooses it: 2017/18 unless the rule is not in force then.
func caseYear(r *Rule) int {
	year := 2017
	if !r.Applies(year) {
		year = r.Until
	}
	if r.From > year {
		year = r.From
	}
	return year
}

// ruleInForce returns the registered rule with code in force in year
// (year 0: the code's only version, at the year TestRules would choose), and
// the year.
func ruleInForce(t *testing.T, code string, year int) (*Rule, int) {
	t.Helper()
	var found []*Rule
	for _, r := range Rules() {
		if r.Code == code && (year == 0 || r.Applies(year)) {
			found = append(found, r)
		}
	}
	if len(found) != 1 {
		t.Errorf("rule %s: %d versions in force in %d, want 1", code, len(found), year)
		return nil, 0
	}
	if year == 0 {
		year = caseYear(found[0])
	}
	return found[0], year
}

// TestYearRules runs each yearCase with the rule version in force in
// its year (and the previous return, if any); checks that a rule needing
// the previous year is skipped, and reported as skipped, without one; and
// that every rule needing the previous year, and every version of a rule
// with a version per year, has a case.
func TestYearRules(t *testing.T) {
	tested := map[*Rule]bool{}
	for _, tc := range yearCases {
		r, year := ruleInForce(t, tc.code, tc.year)
		if r == nil {
			continue
		}
		tested[r] = true
		var prev *Return
		if tc.prev != nil {
			prev = mk(tc.prev)
		}
		if r.NeedsPrev != (prev != nil) {
			t.Errorf("rule %s: NeedsPrev %v but the case has a previous return: %v", tc.code, r.NeedsPrev, prev != nil)
		}
		if bad, _ := run(mk(tc.bad), prev, year, []*Rule{r}); len(bad) == 0 {
			t.Errorf("rule %s (%d): failing case passed", tc.code, year)
		}
		if good, _ := run(mk(tc.good), prev, year, []*Rule{r}); len(good) != 0 {
			t.Errorf("rule %s (%d): passing case failed: %+v", tc.code, year, good)
		}
		if r.NeedsPrev {
			bad, sum := run(mk(tc.bad), nil, year, []*Rule{r})
			if len(bad) != 0 || !slices.Contains(sum.Skipped, r.Code) || slices.Contains(sum.Run, r.Code) {
				t.Errorf("rule %s without a previous year: findings %d, run %v, skipped %v; want it skipped", tc.code, len(bad), sum.Run, sum.Skipped)
			}
			// a previous return without the tables compared gives no findings
			other := mk(map[TableID][]row{OC3: {{"CHILD": "9"}}})
			if f, _ := run(mk(tc.bad), other, year, []*Rule{r}); len(f) != 0 {
				t.Errorf("rule %s flagged %d rows against a previous return without its tables", r.Code, len(f))
			}
		}
	}
	versions := map[string]int{}
	for _, r := range Rules() {
		versions[r.Code]++
	}
	for _, r := range Rules() {
		if (r.NeedsPrev || versions[r.Code] > 1) && !tested[r] {
			t.Errorf("rule %s (%d-%d) needs the previous year or has a version per year, but has no yearCase", r.Code, r.From, r.Until)
		}
	}
}

// yearSpan is the first and last collection year a rule code is in the
// sector validator's rule sets (0: open), as its lac20YY_YY folders and
// their deletion lists give them.
type yearSpan struct{ from, until int }

// ruleYears lists the codes whose span the year tests check. must: the
// rule is registered here (the rest are checked when registered).
var ruleYears = map[string]struct {
	span yearSpan
	must bool
}{
	// dropped by lac2024_25
	"370":       {yearSpan{0, 2023}, true},
	"445":       {yearSpan{0, 2023}, true},
	"555":       {yearSpan{0, 2023}, true},
	"451":       {yearSpan{0, 2023}, true},
	"556":       {yearSpan{0, 2023}, true},
	"SW01STG1":  {yearSpan{2023, 2023}, true},
	"SW03STG1":  {yearSpan{2023, 2023}, true},
	"SW11aSTG2": {yearSpan{2023, 2023}, true},
	"SW14STG2":  {yearSpan{2023, 2023}, true},
	// added by lac2023_24 and kept
	"SW02STG1":  {yearSpan{2023, 0}, true},
	"SW04STG1":  {yearSpan{2023, 0}, true},
	"SW05STG1":  {yearSpan{2023, 0}, true},
	"SW06STG2":  {yearSpan{2023, 0}, true},
	"SW07STG2":  {yearSpan{2023, 0}, true},
	"SW08STG2":  {yearSpan{2023, 0}, true},
	"SW09STG2":  {yearSpan{2023, 0}, true},
	"SW10STG2":  {yearSpan{2023, 0}, true},
	"SW11STG2":  {yearSpan{2023, 0}, true},
	"SW11bSTG2": {yearSpan{2023, 0}, true},
	"SW12STG2":  {yearSpan{2023, 0}, true},
	"SW13STG1":  {yearSpan{2023, 0}, true},
	// added by lac2024_25; SW16a and SW16c dropped by lac2025_26
	"SW01aSTG1": {yearSpan{2024, 0}, true},
	"SW01bSTG1": {yearSpan{2024, 0}, true},
	"SW15STG2":  {yearSpan{2024, 0}, true},
	"SW16aSTG2": {yearSpan{2024, 2024}, true},
	"SW16bSTG2": {yearSpan{2024, 0}, true},
	"SW16cSTG2": {yearSpan{2024, 2024}, true},
	// added by lac2025_26
	"SW10aSTG2": {yearSpan{2025, 0}, true},
	"SW10bSTG2": {yearSpan{2025, 0}, true},
	"SW17STG2":  {yearSpan{2025, 0}, true},
	"SW18STG2":  {yearSpan{2025, 0}, true},
	"SW19STG2":  {yearSpan{2025, 0}, true},
	"217t":      {yearSpan{2023, 2023}, true},
	"230":       {yearSpan{2023, 2023}, true},
	"1016":      {yearSpan{2023, 0}, true},
	"347":       {yearSpan{2023, 0}, true},
	"231":       {yearSpan{2024, 0}, true},
	"232":       {yearSpan{2024, 0}, true},
	"233":       {yearSpan{2025, 0}, true},
	"234":       {yearSpan{2025, 0}, true},
	"348":       {yearSpan{2025, 0}, true},
	"444":       {yearSpan{2025, 0}, true},
	"700":       {yearSpan{2026, 0}, true},
	"706":       {yearSpan{2026, 0}, true},
	"710":       {yearSpan{2026, 0}, true},
	// changed by later years: one version in force each year
	"222": {yearSpan{0, 0}, true},
	"371": {yearSpan{0, 0}, true},
	"213": {yearSpan{0, 0}, true},
	"383": {yearSpan{0, 0}, true},
	"242": {yearSpan{2025, 0}, true},
	"526": {yearSpan{0, 0}, true},
	// carried through every year
	"202": {yearSpan{0, 0}, true},
	// added from lac2022_23, not changed or dropped later
	"205C": {yearSpan{0, 0}, true},
	"335":  {yearSpan{0, 0}, true},
	"352":  {yearSpan{0, 0}, true},
	"353":  {yearSpan{0, 0}, true},
	"354":  {yearSpan{0, 0}, true},
	"502":  {yearSpan{0, 0}, true},
	"558":  {yearSpan{0, 0}, true},
	"559":  {yearSpan{0, 0}, true},
	"560":  {yearSpan{0, 0}, true},
	"561":  {yearSpan{0, 0}, true},
	"562":  {yearSpan{0, 0}, true},
	"576":  {yearSpan{0, 0}, true},
	"624":  {yearSpan{0, 0}, true},
	"626":  {yearSpan{0, 0}, true},
	"1000": {yearSpan{0, 0}, true},
	"1001": {yearSpan{0, 0}, true},
	"1002": {yearSpan{0, 0}, true},
	"1008": {yearSpan{0, 0}, true},
	"1010": {yearSpan{0, 0}, true},
	"392d": {yearSpan{0, 0}, true},
	"301":  {yearSpan{0, 0}, true},
	"302":  {yearSpan{0, 0}, true},
	"303":  {yearSpan{0, 0}, true},
	"304":  {yearSpan{0, 0}, true},
	"331":  {yearSpan{0, 0}, true},
	"583":  {yearSpan{0, 0}, true},
	"584":  {yearSpan{0, 0}, true},
	"586":  {yearSpan{0, 0}, true},
	"621":  {yearSpan{0, 0}, true},
	"503A": {yearSpan{0, 0}, true},
	"553":  {yearSpan{0, 0}, true},
}

// TestRuleSetByYear checks, for each collection year from 2022/23 to
// 2026/27, which rules are in force: the codes with known spans, and that
// no code is in force twice in one year (two registrations of one rule).
func TestRuleSetByYear(t *testing.T) {
	rules := Rules()
	registered := map[string]bool{}
	for _, r := range rules {
		registered[r.Code] = true
	}
	for code, want := range ruleYears {
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
		for code, want := range ruleYears {
			if !registered[code] {
				continue
			}
			exp := (want.span.from == 0 || y >= want.span.from) && (want.span.until == 0 || y <= want.span.until)
			if got := inForce[code] > 0; got != exp {
				t.Errorf("%s: rule %s in force = %v, want %v", RuleSet(y), code, got, exp)
			}
		}
		// what Validate reports as run for the year is the same set
		_, sum := ValidateSummary(fullReturn(), fullReturn(), y)
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

// fullReturn is a return holding every table, one child in each.
func fullReturn() *Return {
	m := map[TableID][]row{}
	for id := TableID(0); id < numTables; id++ {
		m[id] = []row{{"CHILD": "1"}}
	}
	return mk(m)
}

// dolo is a DoLo table of (DOLO_START, DOLO_END) pairs for child 1.
func dolo(pairs ...[2]string) []row {
	var rows []row
	for _, p := range pairs {
		rows = append(rows, row{"CHILD": "1", "DOB": "01/01/2012", "DOLO_START": p[0], "DOLO_END": p[1]})
	}
	return rows
}

func init() {
	ruleCases = append(ruleCases,
		// 2023/24
		ruleCase{"217t", episodesOf(row{"PLACE": "P2", "DEC": "01/11/2023"}), episodesOf(row{"PLACE": "P2", "DEC": "28/10/2023"}, row{"PLACE": "P1"})},
		ruleCase{"230", episodesOf(row{"PLACE": "H5"}), episodesOf(row{"PLACE": "H5", "DEC": "28/10/2023"}, row{"PLACE": "H5", "URN": "SC123456"})},
		// 1016: 18 on 31/3/2024, left care after the 17th birthday (1/1/2023)
		ruleCase{"1016",
			map[TableID][]row{OC3: {{"CHILD": "1", "DOB": "01/01/2006", "IN_TOUCH": "YES"}}, Episodes: {{"CHILD": "1", "DECOM": "01/01/2020", "DEC": "01/02/2023"}}},
			map[TableID][]row{OC3: {{"CHILD": "1", "DOB": "01/01/2006", "IN_TOUCH": "YES"}}, Episodes: {{"CHILD": "1", "DECOM": "01/01/2020", "DEC": "31/12/2022"}}}},
		ruleCase{"347", map[TableID][]row{OC3: {{"CHILD": "1", "DOB": "02/04/2005", "ACCOM": "T1"}}},
			map[TableID][]row{OC3: {{"CHILD": "1", "DOB": "01/04/2005", "ACCOM": "T1"}, {"CHILD": "2", "DOB": "01/04/2010", "ACCOM": "S1"}}}},
		// 2024/25
		ruleCase{"232", map[TableID][]row{Header: {{"CHILD": "1", "SEX": "U"}}}, map[TableID][]row{Header: {{"CHILD": "1", "SEX": "M"}}}},
		// 231: UASC and under 11 on 31/3/2025
		ruleCase{"231", map[TableID][]row{Header: {{"CHILD": "1", "DOB": "01/04/2014"}}, UASC: {{"CHILD": "1", "SEX": "M", "DOB": "01/04/2014"}}},
			map[TableID][]row{Header: {{"CHILD": "1", "DOB": "31/03/2014"}, {"CHILD": "2", "DOB": "01/01/2020"}}, UASC: {{"CHILD": "1", "SEX": "M", "DOB": "31/03/2014"}}}},
		// 2025/26
		ruleCase{"233", episodesOf(row{"REASON_PLACE_CHANGE": "CARPL"}), episodesOf(row{"DEC": "01/05/2025", "REASON_PLACE_CHANGE": "CARPL"})},
		ruleCase{"234",
			map[TableID][]row{Header: {{"CHILD": "1", "DOB": "01/01/2016"}}, Episodes: {{"CHILD": "1", "DECOM": "01/05/2025", "REASON_PLACE_CHANGE": "CUSTOD"}}},
			map[TableID][]row{Header: {{"CHILD": "1", "DOB": "01/01/2015"}}, Episodes: {{"CHILD": "1", "DECOM": "01/05/2025", "REASON_PLACE_CHANGE": "CUSTOD"}}}},
		ruleCase{"444", map[TableID][]row{Header: {{"CHILD": "1", "UPN": "A123456789012"}, {"CHILD": "2", "UPN": "A123456789012"}}},
			map[TableID][]row{Header: {{"CHILD": "1", "UPN": "UN1"}, {"CHILD": "2", "UPN": "UN1"}, {"CHILD": "3", "UPN": "A123456789012"}, {"CHILD": "4"}, {"CHILD": "5"}}}},
		// 2026/27: deprivation of liberty orders
		ruleCase{"700", map[TableID][]row{DoLo: dolo([2]string{"2026/05/01", ""})}, map[TableID][]row{DoLo: dolo([2]string{"01/05/2026", ""})}},
		ruleCase{"701", map[TableID][]row{DoLo: dolo([2]string{"01/05/2026", "x"})}, map[TableID][]row{DoLo: dolo([2]string{"01/05/2026", ""})}},
		ruleCase{"702", map[TableID][]row{DoLo: dolo([2]string{"01/05/2026", "01/05/2026"})}, map[TableID][]row{DoLo: dolo([2]string{"01/05/2026", "02/05/2026"})}},
		ruleCase{"703", map[TableID][]row{DoLo: dolo([2]string{"01/04/2027", ""})}, map[TableID][]row{DoLo: dolo([2]string{"31/03/2027", ""})}},
		ruleCase{"704", map[TableID][]row{DoLo: dolo([2]string{"01/01/2026", "31/03/2026"})}, map[TableID][]row{DoLo: dolo([2]string{"01/01/2026", "01/04/2026"})}},
		ruleCase{"705", map[TableID][]row{DoLo: dolo([2]string{"01/06/2026", "01/07/2026"}, [2]string{"01/05/2026", ""})},
			map[TableID][]row{DoLo: dolo([2]string{"01/06/2026", ""}, [2]string{"01/05/2026", "01/06/2026"})}},
		// 707: care ended on 1/6/2026; the DoLO must have ended by then
		ruleCase{"707",
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2026", "DEC": "01/06/2026", "REC": "E8"}}, DoLo: dolo([2]string{"01/05/2026", ""})},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2026", "DEC": "01/06/2026", "REC": "E8"}}, DoLo: dolo([2]string{"01/05/2026", "01/06/2026"})}},
		ruleCase{"708", map[TableID][]row{DoLo: {{"CHILD": "1", "DOB": "01/05/2020", "DOLO_START": "01/05/2020"}}},
			map[TableID][]row{DoLo: {{"CHILD": "1", "DOB": "01/05/2020", "DOLO_START": "02/05/2020"}}}},
		ruleCase{"709",
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2026", "PLACE": "U1"}}, DoLo: dolo([2]string{"01/06/2026", "01/07/2026"})},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2026", "PLACE": "K2"}, {"CHILD": "1", "DECOM": "01/01/2026", "DEC": "01/05/2026", "PLACE": "U1"}}, DoLo: dolo([2]string{"01/06/2026", "01/07/2026"})}},
		ruleCase{"710",
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2026", "PLACE": "K1"}}, DoLo: dolo([2]string{"01/06/2026", "01/07/2026"})},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2026", "PLACE": "K2"}, {"CHILD": "1", "DECOM": "01/01/2026", "DEC": "01/05/2026", "PLACE": "K1"}}, DoLo: dolo([2]string{"01/06/2026", "01/07/2026"})}},
	)

	hdr := []row{{"CHILD": "1", "SEX": "2", "DOB": "01/06/2010"}}
	age := func(place, decom string) map[TableID][]row {
		return map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": place, "DECOM": decom, "DEC": "01/07/2027"}}}
	}
	yearCases = append(yearCases,
		// 218: URN required (Z1 exempt until 2024/25, Z11-Z14 from 2025/26)
		yearCase{"218", 2023, nil, episodesOf(row{"PLACE": "U1"}),
			episodesOf(row{"PLACE": "U1", "URN": "SC123456"}, row{"PLACE": "P1"}, row{"PLACE": "Z1"}, row{"PLACE": "U1", "DEC": "31/03/2023"})},
		yearCase{"218", 2025, nil, episodesOf(row{"PLACE": "Z1"}), episodesOf(row{"PLACE": "Z11"}, row{"PLACE": "U1", "URN": "SC123456"})},
		// 222: URN not for these placements: H5 until 2022/23, P2 until 2023/24
		yearCase{"222", 2022, nil, episodesOf(row{"PLACE": "H5", "URN": "SC123456"}), episodesOf(row{"PLACE": "U1", "URN": "SC123456"})},
		yearCase{"222", 2023, nil, episodesOf(row{"PLACE": "P2", "URN": "SC123456"}), episodesOf(row{"PLACE": "H5", "URN": "SC123456"})},
		yearCase{"222", 2024, nil, episodesOf(row{"PLACE": "P1", "URN": "SC123456"}), episodesOf(row{"PLACE": "P2", "URN": "SC123456"}, row{"PLACE": "P1", "URN": "XXXXXXX"})},
		yearCase{"222", 2025, nil, episodesOf(row{"PLACE": "Z12", "URN": "SC123456"}), episodesOf(row{"PLACE": "U1", "URN": "SC123456"})},
		// 370 and 371: ages at the placement's start (the child is born 1/6/2010)
		yearCase{"370", 2022, nil, age("P2", "31/05/2025"), age("P2", "01/06/2025")},
		yearCase{"370", 2023, nil, age("P2", "31/05/2026"), age("P2", "01/06/2026")},
		yearCase{"371", 2022, nil, age("H5", "31/05/2024"), age("H5", "01/06/2024")},
		yearCase{"371", 2023, nil, age("H5", "31/05/2026"), age("H5", "01/06/2026")},
		yearCase{"371", 2024, nil, age("K3", "31/05/2026"), age("H5", "31/05/2026")},
		// 348: reported as having died last year
		yearCase{"348", 2025, map[TableID][]row{OC3: {{"CHILD": "1", "IN_TOUCH": "DIED"}, {"CHILD": "2", "IN_TOUCH": "YES"}}},
			map[TableID][]row{OC3: {{"CHILD": "1", "IN_TOUCH": "YES"}}}, map[TableID][]row{OC3: {{"CHILD": "1", "IN_TOUCH": "DIED"}, {"CHILD": "2", "IN_TOUCH": "NO"}}}},
		// 706: last year's open DoLO (from 1/5/2026) must start this year's
		yearCase{"706", 2027, map[TableID][]row{DoLo: dolo([2]string{"01/05/2026", ""})},
			map[TableID][]row{DoLo: dolo([2]string{"02/05/2026", ""})}, map[TableID][]row{DoLo: dolo([2]string{"01/05/2026", ""})}},
	)
}

// TestSexCodes: from 2024/25 the rules reading SEX take F for a girl (and
// M for a boy), not 2 (and 1).
func TestSexCodes(t *testing.T) {
	girl := func(sex string) map[TableID][]row {
		return map[TableID][]row{Header: {{"CHILD": "1", "SEX": sex}}, Episodes: {{"CHILD": "1", "LS": "C2", "DECOM": "01/05/2024", "DEC": "01/06/2024", "REC": "E8"}}}
	}
	for _, code := range []string{"393", "607", "165"} {
		r, _ := ruleInForce(t, code, 2024)
		if r == nil {
			continue
		}
		for sex, want := range map[string]bool{"F": true, "2": false} {
			m := girl(sex)
			if code == "165" {
				m[OC3] = nil
			}
			if f, _ := run(mk(m), nil, 2024, []*Rule{r}); (len(f) > 0) != want {
				t.Errorf("rule %s in 2024/25, a girl recorded as SEX %s without MOTHER: %d findings, want findings %v", code, sex, len(f), want)
			}
		}
	}
}

// BenchmarkValidateYears validates the 100,000-child synthetic return
// (with the sample's social worker episodes and DoLOs) as a 2017/18, a
// 2025/26 and a 2026/27 return, with itself as last year's, so every rule
// needing the previous year runs.
func BenchmarkValidateYears(b *testing.B) {
	ret := synthetic(b, 100000)
	for _, year := range []int{2017, 2025, 2026} {
		b.Run(RuleSet(year), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				ret.childOf = nil // include indexing
				fs, sum := ValidateSummary(ret, ret, year)
				if i == 0 {
					b.ReportMetric(float64(len(fs)), "findings")
					b.ReportMetric(float64(len(sum.Run)), "rules")
				}
			}
		})
	}
}

func init() {
	ruleCases = append(ruleCases,
		ruleCase{"242", episodesOf(row{"PLACE": "K3", "URN": "XXXXXXX"}), episodesOf(row{"PLACE": "A3", "URN": "XXXXXXX"}, row{"PLACE": "K3", "URN": "SC123456"})},
	)
	yearCases = append(yearCases,
		// Rules with a 2022/23 version (in rules_fields.go, rules_perm.go, rules_episodes.go, rules_ofsted.go) and a later one: SEX is
		// 1/2 to 2023/24 and M/F/U from 2024/25; 526 and 218 changed their placements.
		yearCase{"101", 2017, nil, map[TableID][]row{Header: {{"CHILD": "1", "SEX": "M"}}}, map[TableID][]row{Header: {{"CHILD": "1", "SEX": "1"}, {"CHILD": "2", "SEX": "2"}}}},
		yearCase{"101", 2024, nil, map[TableID][]row{Header: {{"CHILD": "1", "SEX": "1"}}},
			map[TableID][]row{Header: {{"CHILD": "1", "SEX": "M"}, {"CHILD": "2", "SEX": "F"}, {"CHILD": "3", "SEX": "U"}}}},
		yearCase{"174", 2017, nil, map[TableID][]row{Header: {{"CHILD": "1", "SEX": "1", "MC_DOB": "01/01/2017"}}},
			map[TableID][]row{Header: {{"CHILD": "1", "SEX": "2", "MC_DOB": "01/01/2017"}, {"CHILD": "2", "SEX": "1"}}}},
		yearCase{"174", 2024, nil, map[TableID][]row{Header: {{"CHILD": "1", "SEX": "M", "MC_DOB": "01/01/2024"}}},
			map[TableID][]row{Header: {{"CHILD": "1", "SEX": "F", "MC_DOB": "01/01/2024"}, {"CHILD": "2", "SEX": "M"}}}},
		yearCase{"103", 2017, nil, map[TableID][]row{Header: {{"CHILD": "1"}}}, map[TableID][]row{Header: {{"CHILD": "1", "ETHNIC": "WBRI"}}}},
		yearCase{"103", 2024, nil, map[TableID][]row{Header: {{"CHILD": "1", "ETHNIC": "wbri"}}}, map[TableID][]row{Header: {{"CHILD": "1", "ETHNIC": "WBRI"}}}},
		yearCase{"612", 2017, nil, map[TableID][]row{Header: {{"CHILD": "1", "SEX": "2", "MC_DOB": "01/01/2017"}}},
			map[TableID][]row{Header: {{"CHILD": "1", "SEX": "2", "MOTHER": "1", "MC_DOB": "01/01/2017"}}}},
		yearCase{"612", 2024, nil, map[TableID][]row{Header: {{"CHILD": "1", "SEX": "F", "MOTHER": "0", "MC_DOB": "01/01/2024"}}},
			map[TableID][]row{Header: {{"CHILD": "1", "SEX": "F", "MOTHER": "1", "MC_DOB": "01/01/2024"}, {"CHILD": "2", "SEX": "F", "MOTHER": "0"}}}},
		yearCase{"526", 2017, nil, episodesOf(row{"PLACE": "U1"}), episodesOf(row{"PLACE": "U1", "PLACE_PROVIDER": "PR1"})},
		yearCase{"526", 2025, nil, episodesOf(row{"PLACE": "U1"}), episodesOf(row{"PLACE": "U1", "PLACE_PROVIDER": "PR1"}, row{"PLACE": "Z11"})},
		yearCase{"218", 2017, nil, episodesOf(row{"PLACE": "K2"}), episodesOf(row{"PLACE": "K2", "URN": "SC123456"})},
		yearCase{"213", 2024, nil, episodesOf(row{"PLACE": "T1", "PLACE_PROVIDER": "PR1"}), episodesOf(row{"PLACE": "T1"}, row{"PLACE": "U1", "PLACE_PROVIDER": "PR1"})},
		yearCase{"213", 2025, nil, episodesOf(row{"PLACE": "Z12", "PLACE_PROVIDER": "PR1"}), episodesOf(row{"PLACE": "Z12"}, row{"PLACE": "U1", "PLACE_PROVIDER": "PR1"})},
		// 383: the 2022/23 rule flags the temporary placement; from 2025/26
		// the episode after it, which must also return to the same postcode
		yearCase{"383", 2024,
			nil,
			episodesOf(row{"DECOM": "01/05/2024", "PLACE": "U1"}, row{"DECOM": "01/06/2024", "PLACE": "T1", "RNE": "P"}, row{"DECOM": "05/06/2024", "PLACE": "U2", "RNE": "P"}),
			episodesOf(row{"DECOM": "01/05/2024", "PLACE": "U1", "PL_POST": "A1 1AA"}, row{"DECOM": "01/06/2024", "PLACE": "T1", "RNE": "P"}, row{"DECOM": "05/06/2024", "PLACE": "U1", "RNE": "P", "PL_POST": "B2 2BB"})},
		yearCase{"383", 2025,
			nil,
			episodesOf(row{"DECOM": "01/05/2025", "PLACE": "U1", "PL_POST": "A1 1AA"}, row{"DECOM": "01/06/2025", "PLACE": "T1", "RNE": "P"}, row{"DECOM": "05/06/2025", "PLACE": "U1", "RNE": "P", "PL_POST": "B2 2BB"}),
			episodesOf(row{"DECOM": "01/05/2025", "PLACE": "U1", "PL_POST": "A1 1AA"}, row{"DECOM": "01/06/2025", "PLACE": "T1", "RNE": "P"}, row{"DECOM": "05/06/2025", "PLACE": "U1", "RNE": "P", "PL_POST": "A1 1AA"})},
		// 146: K3 is a placement type from 2024/25
		yearCase{"146", 2023, nil, episodesOf(row{"PLACE": "K3"}), episodesOf(row{"PLACE": "H5"})},
		yearCase{"146", 2024, nil, episodesOf(row{"PLACE": "K4"}), episodesOf(row{"PLACE": "K3"})},
		// 557: a freeing order (D1) counts until 2023/24
		yearCase{"557", 2023, nil,
			map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "D1", "PLACE": "U1", "REC": "E4A"}}, PlacedAdoption: {{"CHILD": "2"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "C2", "PLACE": "U1", "REC": "E4A"}}, PlacedAdoption: {{"CHILD": "2"}}}},
		yearCase{"557", 2024, nil,
			map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "E1", "PLACE": "U1", "REC": "E4A"}}, PlacedAdoption: {{"CHILD": "2"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "D1", "PLACE": "U1", "REC": "E4A"}}, PlacedAdoption: {{"CHILD": "2"}}}},
	)
}

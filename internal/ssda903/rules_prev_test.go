package ssda903

import "testing"

// TestPreviousYear checks the rules that read the previous year's return
// when given: 199 sees last year's adoption, 392b last year's UASC row.
func TestPreviousYear(t *testing.T) {
	rules := map[string]*Rule{}
	for _, rl := range Rules() {
		rules[rl.Code] = rl
	}
	cur := mk(map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "LS": "C2"}, {"CHILD": "2", "DECOM": "01/05/2017", "LS": "C2"}}, UASC: {}})
	prev := mk(map[TableID][]row{
		Episodes: {{"CHILD": "1", "DECOM": "01/05/2016", "DEC": "01/06/2016", "REC": "E11"}},
		UASC:     {{"CHILD": "2", "DUC": "01/01/2030"}},
	})
	for _, tc := range []struct {
		code  string
		child string // the one child that fails with the previous year
	}{{"199", "1"}, {"392b", "1"}} {
		without, _ := run(cur, nil, 2017, []*Rule{rules[tc.code]})
		with, _ := run(cur, prev, 2017, []*Rule{rules[tc.code]})
		if len(with) != 1 || with[0].ChildID != tc.child {
			t.Errorf("rule %s with the previous year: %+v, want child %s only", tc.code, with, tc.child)
		}
		if len(without) == len(with) {
			t.Errorf("rule %s: the previous year made no difference (%d findings)", tc.code, len(with))
		}
	}
}

func init() {
	yearCases = append(yearCases,
		// 502: last year's open episode began on 1/5/2016; this year's first
		// must begin then too (child 2 was not in last year's return)
		yearCase{"502", 0, episodesOf(row{"DECOM": "01/05/2016"}),
			episodesOf(row{"DECOM": "02/05/2016"}, row{"DECOM": "01/01/2016", "DEC": "01/05/2016"}),
			episodesOf(row{"DECOM": "01/05/2016"}, row{"DECOM": "01/06/2017"}, row{"CHILD": "2", "DECOM": "01/01/2017"})},
		// 562: the first episode starting before 1/4/2017 must be last year's latest
		yearCase{"562", 0, episodesOf(row{"DECOM": "01/01/2016", "DEC": "01/05/2016"}, row{"DECOM": "01/05/2016"}),
			episodesOf(row{"DECOM": "01/06/2016"}),
			episodesOf(row{"DECOM": "01/05/2016", "DEC": "01/06/2017"}, row{"DECOM": "01/06/2017"}, row{"CHILD": "2", "DECOM": "01/05/2017"})},
		yearCase{"624", 0, map[TableID][]row{Header: {{"CHILD": "1", "MC_DOB": "01/01/2015"}, {"CHILD": "2"}}},
			map[TableID][]row{Header: {{"CHILD": "1", "MC_DOB": "02/01/2015"}}},
			map[TableID][]row{Header: {{"CHILD": "1", "MC_DOB": "01/01/2015"}, {"CHILD": "2", "MC_DOB": "01/01/2017"}}}},
		// 626: not a mother last year, a mother now of a child born before 1/4/2017
		yearCase{"626", 0, map[TableID][]row{Header: {{"CHILD": "1", "MOTHER": "0"}}},
			map[TableID][]row{Header: {{"CHILD": "1", "MOTHER": "1", "MC_DOB": "01/01/2017"}}},
			map[TableID][]row{Header: {{"CHILD": "1", "MOTHER": "1", "MC_DOB": "01/05/2017"}}}},
		// 205C (XML returns, with Header's UASC flag): not UASC either year,
		// but last year's UASC row has a DUC
		yearCase{"205C", 0, map[TableID][]row{UASC: {{"CHILD": "1", "DOB": "01/06/2000", "DUC": "01/06/2016"}}, Header: {{"CHILD": "1", "UASC": "0"}}},
			map[TableID][]row{UASC: {{"CHILD": "1", "DOB": "01/06/2000"}}, Header: {{"CHILD": "1", "UASC": "0"}}},
			map[TableID][]row{UASC: {{"CHILD": "1", "DOB": "01/06/2000"}}, Header: {{"CHILD": "1", "UASC": "1"}}}},
	)
}

// TestUASCCeasedCSV: in a CSV return (no UASC flag on Header) rule 205C
// finds nothing, a DUC making the child UASC.
func TestUASCCeasedCSV(t *testing.T) {
	r, _ := ruleInForce(t, "205C", 2017)
	prev := mk(map[TableID][]row{UASC: {{"CHILD": "1", "DUC": "01/06/2016"}}, Header: {{"CHILD": "1"}}})
	cur := mk(map[TableID][]row{UASC: {{"CHILD": "1", "DUC": "01/06/2016"}}, Header: {{"CHILD": "1"}}})
	if f, _ := run(cur, prev, 2017, []*Rule{r}); len(f) != 0 {
		t.Errorf("205C on a CSV return: %v", f)
	}
}

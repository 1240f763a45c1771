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

package ssda903

// Table cases for the rules of rules_leavers.go.

import "testing"

func init() {
	ruleCases = append(ruleCases, []ruleCase{
		ruleCase{"215", tables{OC3: {childRow("IN_TOUCH", "YES")}, OC2: {childRow("CONVICTED", "0")}},
			tables{OC3: {childRow("IN_TOUCH", "YES")}, OC2: {childRow("SDQ_SCORE", "10"), {"CHILD": "2", "CONVICTED": "0"}}}},
		ruleCase{"344", tables{OC3: {childRow("IN_TOUCH", "DIED", "ACCOM", "0")}}, tables{OC3: {childRow("IN_TOUCH", "DIED", "ACTIV", "0", "ACCOM", "0"), childRow("IN_TOUCH", "YES", "ACTIV", "F1")}}},
		ruleCase{"391", tables{OC3: {childRow("DOB", "01/06/2001", "IN_TOUCH", "YES")}}, tables{OC3: {childRow("DOB", "31/03/2001", "IN_TOUCH", "YES"), childRow("DOB", "01/06/2001")}}},
		// 17 on 1 June 2017; the good case's episodes end before that
		// birthday, are open (as the sector validator reads it), or have no
		// care leaver items
		ruleCase{"1007", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/01/2017", "DEC": "01/07/2017"}}, OC3: {{"CHILD": "1", "DOB": "01/06/2000", "IN_TOUCH": "YES"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/01/2017", "DEC": "01/05/2017"}, {"CHILD": "2", "DECOM": "01/01/2017"}, {"CHILD": "3", "DECOM": "01/01/2017", "DEC": "01/07/2017"}},
				OC3: {{"CHILD": "1", "DOB": "01/06/2000", "IN_TOUCH": "YES"}, {"CHILD": "2", "DOB": "01/06/2000", "ACTIV": "F1"}, {"CHILD": "3", "DOB": "01/06/2000"}}}},
		ruleCase{"3001", map[TableID][]row{Header: {{"CHILD": "1", "DOB": "01/06/2000"}}, OC3: {{"CHILD": "1", "ACCOM": "z1"}}},
			map[TableID][]row{Header: {{"CHILD": "1", "DOB": "01/06/2000"}, {"CHILD": "2", "DOB": "01/06/1999"}}, OC3: {{"CHILD": "1", "ACCOM": "T1"}, {"CHILD": "2", "ACCOM": "Z1"}}}},
		{"345", map[TableID][]row{OC3: {{"CHILD": "1", "IN_TOUCH": "YES", "ACTIV": "F1", "ACCOM": "0"}}},
			map[TableID][]row{OC3: {{"CHILD": "1", "IN_TOUCH": "YES", "ACTIV": "F1", "ACCOM": "B1"}, {"CHILD": "2", "IN_TOUCH": "NO", "ACTIV": "0", "ACCOM": "0"}}}},
	}...)
}

func init() {
	ruleCases = append(ruleCases,
		ruleCase{"1000", tables{Episodes: {childRow("REC", "E2")}, OC3: {childRow("IN_TOUCH", "DIED")}},
			tables{Episodes: {childRow("REC", "E8"), {"CHILD": "2", "REC": "E2"}}, OC3: {childRow("IN_TOUCH", "YES")}}},
	)
	// a care leaver born 1/6/2000: 14 on 1/6/2014, 16 on 1/6/2016
	leaver := func(rec string) tables {
		return tables{OC3: {childRow("IN_TOUCH", "YES")}, Header: {childRow("DOB", "01/06/2000")},
			Episodes: {childRow("DECOM", "01/06/2017", "DEC", "01/07/2017", "LS", "C2", "REC", rec)}}
	}
	yearCases = append(yearCases,
		// 1001: 152 days after the 14th birthday last year and 30 after the
		// 16th this year; adopted at the end of the latest episode fails
		yearCase{"1001", 0, tables{Episodes: {childRow("DECOM", "01/01/2016", "DEC", "01/06/2016", "LS", "C2", "REC", "E8")}},
			leaver("E11"), leaver("E8")},
		yearCase{"1002", 0, tables{Episodes: {{"CHILD": "2", "DECOM": "01/01/2016", "DEC": "01/06/2016"}}},
			tables{Episodes: {{"CHILD": "3"}}, OC3: {childRow("IN_TOUCH", "YES")}},
			tables{Episodes: {childRow()}, OC3: {childRow("IN_TOUCH", "YES"), {"CHILD": "2", "IN_TOUCH": "YES"}}}},
		// 1010: last year's latest episode was open, and none this year
		yearCase{"1010", 0, tables{Episodes: {childRow("DECOM", "01/01/2016", "DEC", "01/06/2016"), childRow("DECOM", "01/06/2016")}},
			tables{Episodes: {{"CHILD": "3"}}, OC3: {childRow("IN_TOUCH", "YES")}},
			tables{Episodes: {childRow("DECOM", "01/06/2016")}, OC3: {childRow("IN_TOUCH", "YES")}}},
	)
}

// TestDiedLastYear: rule 1000 also reads last year's episodes when given.
func TestDiedLastYear(t *testing.T) {
	r, _ := ruleInForce(t, "1000", 2017)
	cur := mk(tables{Episodes: {childRow("REC", "E8")}, OC3: {childRow("IN_TOUCH", "DIED")}})
	prev := mk(tables{Episodes: {childRow("REC", "E2")}})
	if f, _ := run(cur, nil, 2017, []*Rule{r}); len(f) != 0 {
		t.Errorf("without last year: %v", f)
	}
	if f, _ := run(cur, prev, 2017, []*Rule{r}); len(f) != 1 {
		t.Errorf("died last year: %d findings, want 1", len(f))
	}
}

package ssda903

// Table cases for the rules of rules_leavers.go.

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

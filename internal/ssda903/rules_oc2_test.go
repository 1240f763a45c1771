package ssda903

// Table cases for the rules of rules_oc2.go.

func init() {
	ruleCases = append(ruleCases, []ruleCase{
		// child 1 enters care in the year (not continuously looked after); child 2 has been in care since 2016.
		{"190", map[TableID][]row{Episodes: {{"CHILD": "1", "RNE": "S", "DECOM": "01/05/2017"}}, OC2: {{"CHILD": "1", "CONVICTED": "0"}}},
			map[TableID][]row{Episodes: {{"CHILD": "2", "RNE": "S", "DECOM": "01/05/2016"}}, OC2: {{"CHILD": "2", "CONVICTED": "0"}}}},
		{"185", map[TableID][]row{Episodes: {{"CHILD": "1", "RNE": "S", "DECOM": "01/05/2017"}}, OC2: {{"CHILD": "1", "SDQ_SCORE": "10"}}},
			map[TableID][]row{Episodes: {{"CHILD": "2", "RNE": "S", "DECOM": "01/05/2016"}}, OC2: {{"CHILD": "2", "SDQ_SCORE": "10"}}}},
		{"198", map[TableID][]row{Episodes: {{"CHILD": "1", "RNE": "S", "DECOM": "01/05/2016", "DEC": "01/06/2017", "REC": "E8"}}, OC2: {{"CHILD": "1", "SDQ_REASON": "SDQ1"}}},
			map[TableID][]row{Episodes: {{"CHILD": "2", "RNE": "S", "DECOM": "01/05/2016"}}, OC2: {{"CHILD": "2", "SDQ_REASON": "SDQ1"}}}},
		{"546", map[TableID][]row{Episodes: {{"CHILD": "1", "RNE": "S", "DECOM": "01/05/2016"}}, OC2: {{"CHILD": "1", "DOB": "31/03/2013", "HEALTH_CHECK": "1"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "RNE": "S", "DECOM": "01/05/2016"}}, OC2: {{"CHILD": "1", "DOB": "01/04/2013", "HEALTH_CHECK": "1"}}}},
		// born 01/04/2013: 4 on 01/04/2017, the start of the year
		ruleCase{"186", tables{Episodes: claRows, OC2: {{"CHILD": "1", "DOB": "01/04/2013"}}},
			tables{Episodes: claRows, OC2: {{"CHILD": "1", "DOB": "01/04/2013", "SDQ_SCORE": "10"}, {"CHILD": "2", "DOB": "01/01/2010"}}}},
		ruleCase{"186", tables{Episodes: claRows, OC2: {{"CHILD": "1", "DOB": "01/04/2001"}}},
			tables{Episodes: claRows, OC2: {{"CHILD": "1", "DOB": "31/03/2001"}}}},
		ruleCase{"186", tables{Episodes: claRows, OC2: {{"CHILD": "1", "DOB": "01/01/2010"}}},
			tables{Episodes: notCLARows, OC2: {{"CHILD": "1", "DOB": "01/01/2010"}}}},
		ruleCase{"191", tables{Episodes: claRows, OC2: {withCells(oc2FullRow, "SUBSTANCE_MISUSE", "")}},
			tables{Episodes: claRows, OC2: {oc2FullRow}}},
		// a child looked after continuously with no OC2 row fails in its earliest episode
		ruleCase{"191", tables{Episodes: append([]row{{"CHILD": "2", "DECOM": "01/05/2017", "RNE": "S"}}, claRows...), OC2: {}},
			tables{Episodes: append([]row{{"CHILD": "2", "DECOM": "01/05/2017", "RNE": "S"}}, notCLARows...), OC2: {}}},
		// 17th birthday on 31/03/2018, the last day of the year; 4th on 01/04/2017
		ruleCase{"197B", tables{Episodes: claRows, OC2: {{"CHILD": "1", "DOB": "31/03/2001"}}},
			tables{Episodes: claRows, OC2: {{"CHILD": "1", "DOB": "31/03/2001", "SDQ_REASON": "SDQ1"}, {"CHILD": "2", "DOB": "01/04/2001"}}}},
		ruleCase{"197B", tables{Episodes: claRows, OC2: {{"CHILD": "1", "DOB": "01/04/2013"}}},
			tables{Episodes: notCLARows, OC2: {{"CHILD": "1", "DOB": "01/04/2013"}}}},
		// 17 on 1 April 2017 is 17 at the beginning of the year: no score or reason (rule 189)
		ruleCase{"197B", tables{Episodes: claRows, OC2: {{"CHILD": "1", "DOB": "02/04/2000"}}},
			tables{Episodes: claRows, OC2: {{"CHILD": "1", "DOB": "01/04/2000"}}}},
		// 543: 10 on 31/03/2018 counts as 10 or over
		{"543", map[TableID][]row{Episodes: claChildren, OC2: {{"CHILD": "1", "DOB": "31/03/2008"}}},
			map[TableID][]row{Episodes: claChildren, OC2: {{"CHILD": "1", "DOB": "01/04/2008"}, {"CHILD": "2", "DOB": "01/01/2000"}, {"CHILD": "1", "DOB": "01/01/2000", "CONVICTED": "0"}}}},
		{"545", map[TableID][]row{Episodes: claChildren, OC2: {{"CHILD": "1", "DOB": "01/04/2013"}}},
			map[TableID][]row{Episodes: claChildren, OC2: {{"CHILD": "1", "DOB": "31/03/2013"}, {"CHILD": "2", "DOB": "01/01/2016"}, {"CHILD": "1", "DOB": "01/01/2016", "HEALTH_CHECK": "1"}}}},
		{"544", map[TableID][]row{OC2: {{"CHILD": "1", "CONVICTED": "1", "IMMUNISATIONS": "1", "TEETH_CHECK": "1", "HEALTH_ASSESSMENT": "1"}}},
			map[TableID][]row{OC2: {healthItemsDone(row{"CHILD": "1", "CONVICTED": "1"}), {"CHILD": "2", "CONVICTED": "0"}}}},
		{"547", map[TableID][]row{OC2: {{"CHILD": "1", "HEALTH_CHECK": "1", "TEETH_CHECK": "1", "HEALTH_ASSESSMENT": "1", "SUBSTANCE_MISUSE": "0"}}},
			map[TableID][]row{OC2: {healthItemsDone(row{"CHILD": "1", "HEALTH_CHECK": "1"}), {"CHILD": "2", "HEALTH_CHECK": "0"}}}},
	}...)
}

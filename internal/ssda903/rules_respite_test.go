package ssda903

// Table cases for the rules of rules_respite.go.

func init() {
	ruleCases = append(ruleCases, []ruleCase{
		{"366", map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V3", "RNE": "P"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V3", "RNE": "S"}, {"CHILD": "1", "LS": "V4", "RNE": "P"}}}},
		{"365", map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V3", "DECOM": "01/05/2017", "DEC": "19/05/2017"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V3", "DECOM": "01/05/2017", "DEC": "18/05/2017"}, {"CHILD": "1", "LS": "V3", "DECOM": "14/03/2018"}}}},
		// 367: 40 + 40 days of V3 in the year; the good case's first episode is cut to 1 April
		{"367", map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V3", "DECOM": "01/05/2017", "DEC": "10/06/2017"}, {"CHILD": "1", "LS": "V3", "DECOM": "01/07/2017", "DEC": "10/08/2017"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V3", "DECOM": "01/01/2017", "DEC": "01/05/2017"}, {"CHILD": "1", "LS": "V3", "DECOM": "01/07/2017", "DEC": "10/08/2017"}}}},
		{"382", map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V4", "PLACE": "T1"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V4", "PLACE": "U1"}, {"CHILD": "1", "LS": "C2", "PLACE": "T1"}}}},
		{"384", map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V3", "PLACE": "U4"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V3", "PLACE": "T1"}, {"CHILD": "1", "LS": "C2", "PLACE": "U4"}}}},
		ruleCase{"426", map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V3"}, {"CHILD": "1", "LS": "V4"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V3"}, {"CHILD": "1", "LS": "V3"}, {"CHILD": "2", "LS": "V4"}, {"CHILD": "2", "LS": "C2"}}}},
	}...)
}

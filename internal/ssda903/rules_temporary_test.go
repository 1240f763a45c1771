package ssda903

// Table cases for the rules of rules_temporary.go.

func init() {
	ruleCases = append(ruleCases, []ruleCase{
		{"375", map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "T1", "DECOM": "01/01/2018", "DEC": "13/02/2018"}}}, map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "T1", "DECOM": "01/01/2018", "DEC": "12/02/2018"}}}},
		{"376", map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "T3", "DECOM": "01/01/2018", "DEC": "23/01/2018"}}}, map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "T3", "DECOM": "01/01/2018", "DEC": "22/01/2018"}}}},
		// an open T3 episode is measured to the collection end (31/03/2018)
		{"376", map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "T3", "DECOM": "09/03/2018"}}}, map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "T3", "DECOM": "10/03/2018"}}}},
		{"379", map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "T4", "DECOM": "01/01/2018", "DEC": "09/01/2018"}}}, map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "T4", "DECOM": "01/01/2018", "DEC": "08/01/2018"}}}},
		{"380", map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "T1", "RNE": "S"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "T1", "RNE": "P"}, {"CHILD": "1", "PLACE": "U1", "RNE": "S"}}}},
		{"381", map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "T2", "REC": "E11"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "T2", "REC": "X1"}, {"CHILD": "1", "PLACE": "T2"}, {"CHILD": "1", "PLACE": "U1", "REC": "E11"}}}},
		{"383", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "PLACE": "U1"}, {"CHILD": "1", "DECOM": "01/06/2017", "PLACE": "T1", "RNE": "P"}, {"CHILD": "1", "DECOM": "05/06/2017", "PLACE": "U2", "RNE": "P"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "05/06/2017", "PLACE": "U1", "RNE": "P"}, {"CHILD": "1", "DECOM": "01/05/2017", "PLACE": "U1"}, {"CHILD": "1", "DECOM": "01/06/2017", "PLACE": "T1", "RNE": "P"}, {"CHILD": "2", "DECOM": "01/06/2017", "PLACE": "T1"}}}},
		ruleCase{"377", tables{Episodes: {childRow("PLACE", "T3"), childRow("PLACE", "U1"), childRow("PLACE", "T3"), childRow("PLACE", "T3")}},
			tables{Episodes: {childRow("PLACE", "T3"), childRow("PLACE", "U1"), childRow("PLACE", "T3"), {"CHILD": "2", "PLACE": "T3"}}}},
	}...)
}

package ssda903

// Table cases for the rules of rules_sequence.go.

func init() {
	ruleCases = append(ruleCases, []ruleCase{
		// 388: an X1 episode needs a continuation starting on its DEC; an open last episode counts as ending on 31 March
		{"388", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/06/2017", "REC": "X1"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/06/2017"}, {"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/06/2017", "REC": "X1"}}}},
		{"388", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "REC": "X1"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/06/2017", "REC": "E11"}, {"CHILD": "1", "DECOM": "02/06/2017"}}}},
		// episodes out of file order: the rules compare neighbours by DECOM
		ruleCase{"431", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/06/2017", "RNE": "S"}, {"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/06/2017"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "02/06/2017", "RNE": "S"}, {"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/06/2017"},
				{"CHILD": "2", "DECOM": "01/06/2017", "DEC": "10/06/2017"}, {"CHILD": "2", "DECOM": "10/06/2017", "RNE": "P"}}}},
		ruleCase{"432", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "05/06/2017", "RNE": "P"}, {"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/06/2017", "REC": "E11"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "05/06/2017", "RNE": "S"}, {"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/06/2017", "REC": "E11"},
				{"CHILD": "2", "DECOM": "01/05/2017", "DEC": "01/06/2017", "REC": "X1"}, {"CHILD": "2", "DECOM": "01/06/2017", "RNE": "P"}}}},
		ruleCase{"433", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/06/2017"}, {"CHILD": "1", "DECOM": "02/06/2017", "RNE": "P"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/06/2017"}, {"CHILD": "1", "DECOM": "01/06/2017", "RNE": "p"}, {"CHILD": "2", "DECOM": "01/06/2017", "RNE": "P"}}}},
		ruleCase{"434", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "LS": "C2", "PLACE": "U1"}, {"CHILD": "1", "DECOM": "01/06/2017", "RNE": "L", "LS": "C2", "PLACE": "U1"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "LS": "C2", "PLACE": "U1"}, {"CHILD": "1", "DECOM": "01/06/2017", "RNE": "L", "LS": "E1", "PLACE": "U1"}}}},
		ruleCase{"434", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "LS": "C2", "PLACE": "U1"}, {"CHILD": "1", "DECOM": "01/06/2017", "RNE": "L", "LS": "E1", "PLACE": "U1", "URN": "SC1"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/06/2017", "RNE": "L", "LS": "C2"}}}},
		ruleCase{"435", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "LS": "C2", "PLACE": "U1", "PL_POST": "A1", "URN": "SC1", "PLACE_PROVIDER": "PR1"},
			{"CHILD": "1", "DECOM": "01/06/2017", "RNE": "P", "LS": "C2", "PLACE": "U1", "PL_POST": "A1", "URN": "SC1", "PLACE_PROVIDER": "PR1"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "LS": "C2", "PLACE": "U1", "PL_POST": "A1", "URN": "SC1", "PLACE_PROVIDER": "PR1"},
				{"CHILD": "1", "DECOM": "01/06/2017", "RNE": "P", "LS": "C2", "PLACE": "U2", "PL_POST": "A1", "URN": "SC1", "PLACE_PROVIDER": "PR1"}}}},
		ruleCase{"436", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "LS": "C2", "PLACE": "U1"}, {"CHILD": "1", "DECOM": "01/06/2017", "RNE": "B", "LS": "C2", "PLACE": "U2"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "LS": "C2", "PLACE": "U1"}, {"CHILD": "1", "DECOM": "01/06/2017", "RNE": "B", "LS": "E1", "PLACE": "U2"}}}},
		ruleCase{"437", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/07/2017"}, {"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/06/2017", "REC": "E15"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/07/2017", "DEC": "01/08/2017", "REC": "E15"}, {"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/06/2017", "REC": "E8"}}}},
		ruleCase{"501", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "DEC": "10/06/2017"}, {"CHILD": "1", "DECOM": "01/06/2017"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "DEC": "10/06/2017"}, {"CHILD": "1", "DECOM": "10/06/2017"}, {"CHILD": "2", "DECOM": "01/06/2017"}}}},
		ruleCase{"EPI", map[TableID][]row{Header: {{"CHILD": "1"}}, Episodes: {{"CHILD": "2"}}},
			map[TableID][]row{Header: {{"CHILD": "1"}, {"CHILD": "2"}}, Episodes: {{"CHILD": "1"}}, OC3: {{"CHILD": "2"}}}},
	}...)
}

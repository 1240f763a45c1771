package ssda903

// Table cases for the rules of rules_legal.go.

func init() {
	ruleCases = append(ruleCases, []ruleCase{
		// 363: consecutive L3 episodes add up (4 + 4 days); a gap starts a new run
		{"363", map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "L3", "DECOM": "01/05/2017", "DEC": "05/05/2017"}, {"CHILD": "1", "LS": "L3", "DECOM": "05/05/2017", "DEC": "09/05/2017"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "L3", "DECOM": "01/05/2017", "DEC": "05/05/2017"}, {"CHILD": "1", "LS": "L3", "DECOM": "06/05/2017", "DEC": "10/05/2017"}}}},
		{"364", map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "J2", "DECOM": "01/03/2018"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "J2", "DECOM": "10/03/2018"}}}},
		// 361: an L1 run continues through an episode that ends when the next begins
		{"361", map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "L1", "DECOM": "01/05/2017", "DEC": "03/05/2017"}, {"CHILD": "1", "LS": "L1", "DECOM": "03/05/2017", "DEC": "05/05/2017"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "L1", "DECOM": "01/05/2017", "DEC": "03/05/2017"}, {"CHILD": "1", "LS": "C2", "DECOM": "04/05/2017", "DEC": "05/05/2017"}, {"CHILD": "1", "LS": "L1", "DECOM": "05/05/2017", "DEC": "07/05/2017"}}}},
		{"362", map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "L2", "DECOM": "01/03/2018"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "L2", "DECOM": "10/03/2018"}}}},
	}...)
}

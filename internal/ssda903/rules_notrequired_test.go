package ssda903

// Table cases for the rules of rules_notrequired.go.

func init() {
	ruleCases = append(ruleCases, []ruleCase{
		{"1012", map[TableID][]row{Episodes: {{"CHILD": "1"}}, Reviews: {{"CHILD": "1"}, {"CHILD": "2"}}}, map[TableID][]row{Episodes: {{"CHILD": "1"}, {"CHILD": "2"}}, Reviews: {{"CHILD": "1"}, {"CHILD": "2"}}, OC2: {{"CHILD": "2"}}}},
		// child 1 is only in respite (V3); child 2 also has a care order, so its review is fine
		{"399", map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V3"}}, Header: {{"CHILD": "1"}}, Reviews: {{"CHILD": "1", "REVIEW": "01/05/2017"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V3"}, {"CHILD": "2", "LS": "V4"}, {"CHILD": "2", "LS": "C2"}}, Header: {{"CHILD": "1"}, {"CHILD": "2", "MOTHER": "1"}}, Reviews: {{"CHILD": "2", "REVIEW": "01/05/2017"}}}},
		{"213", map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "T2", "PLACE_PROVIDER": "PR1"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "T2"}, {"CHILD": "1", "PLACE": "U1", "PLACE_PROVIDER": "PR1"}}}},
		{"214", map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V4", "URN": "SC045099"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V4"}, {"CHILD": "1", "LS": "C2", "PL_POST": "M2 3RT"}}}},
		{"226", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "11/01/2018", "PLACE": "T1"}, {"CHILD": "1", "DECOM": "01/01/2018", "PLACE": "U1", "REASON_PLACE_CHANGE": "CARPL"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "11/01/2018", "PLACE": "T1"}, {"CHILD": "1", "DECOM": "01/01/2018", "PLACE": "U1"}, {"CHILD": "1", "DECOM": "21/01/2018", "PLACE": "U1", "REASON_PLACE_CHANGE": "CARPL"}}}},
	}...)
}

package ssda903

// Table cases for the rules of rules_perm.go.

func init() {
	ruleCases = append(ruleCases, []ruleCase{
		{"393", map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "LS": "C2"}}}, map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "LS": "V3"}}}},
		{"165", map[TableID][]row{Header: {{"CHILD": "1", "SEX": "2"}}, Episodes: {{"CHILD": "1", "LS": "C2", "DECOM": "01/05/2017"}}, OC3: {}},
			map[TableID][]row{Header: {{"CHILD": "1", "SEX": "2", "MOTHER": "0"}, {"CHILD": "2", "SEX": "2"}}, Episodes: {{"CHILD": "1", "LS": "C2", "DECOM": "01/05/2017"}, {"CHILD": "2", "LS": "V3", "DECOM": "01/05/2017"}}, OC3: {}}},
		{"607", map[TableID][]row{Header: {{"CHILD": "1", "SEX": "2"}}, Episodes: {{"CHILD": "1", "LS": "C2", "DECOM": "01/05/2017", "DEC": "01/06/2017", "REC": "E11"}}},
			map[TableID][]row{Header: {{"CHILD": "1", "SEX": "2", "MOTHER": "1"}, {"CHILD": "2", "SEX": "2"}}, Episodes: {{"CHILD": "1", "LS": "C2", "DECOM": "01/05/2017", "DEC": "01/06/2017", "REC": "E11"}, {"CHILD": "2", "LS": "C2", "DECOM": "01/05/2017", "DEC": "01/06/2017", "REC": "X1"}}}},
		{"634", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2016"}}, PrevPerm: {{"CHILD": "1", "PREV_PERM": "Z1"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2016"}, {"CHILD": "1", "DECOM": "01/05/2017"}}, PrevPerm: {{"CHILD": "1", "PREV_PERM": "Z1"}}}},
		{"611", map[TableID][]row{Header: {{"CHILD": "1", "MOTHER": "1"}}}, map[TableID][]row{Header: {{"CHILD": "1", "MOTHER": "1", "MC_DOB": "01/01/2017"}, {"CHILD": "2", "MOTHER": "0"}}}},
		{"612", map[TableID][]row{Header: {{"CHILD": "1", "SEX": "2", "MC_DOB": "01/01/2017"}}},
			map[TableID][]row{Header: {{"CHILD": "1", "SEX": "2", "MOTHER": "1", "MC_DOB": "01/01/2017"}, {"CHILD": "2", "SEX": "2", "MOTHER": "0"}}}},
		// 620: 11 years old on 1 April 2017 is old enough
		{"620", map[TableID][]row{Header: {{"CHILD": "1", "MOTHER": "1", "DOB": "02/04/2006"}}},
			map[TableID][]row{Header: {{"CHILD": "1", "MOTHER": "1", "DOB": "01/04/2006"}, {"CHILD": "2", "MOTHER": "0", "DOB": "01/04/2010"}}}},
		{"625", map[TableID][]row{Episodes: {{"CHILD": "1", "DEC": "01/05/2017"}, {"CHILD": "1", "DEC": "01/06/2017"}}, Header: {{"CHILD": "1", "MC_DOB": "02/06/2017"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DEC": "01/05/2017"}, {"CHILD": "1", "DEC": "01/06/2017"}}, Header: {{"CHILD": "1", "MC_DOB": "01/06/2017"}, {"CHILD": "2", "MC_DOB": "01/06/2018"}}}},
		{"625", map[TableID][]row{Episodes: {{"CHILD": "1", "DEC": "01/05/2017"}}, Header: {{"CHILD": "1", "MC_DOB": "01/04/2018"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DEC": "01/05/2017"}}, Header: {{"CHILD": "1", "MC_DOB": "01/04/2017"}}}},
		// 628: child 1 is a care leaver with no episodes; child 2 has episodes; child 3 has an empty OC3 row
		{"628", map[TableID][]row{Episodes: {{"CHILD": "2"}}, Header: {{"CHILD": "1", "MOTHER": "0"}}, OC3: {{"CHILD": "1", "IN_TOUCH": "YES"}}},
			map[TableID][]row{Episodes: {{"CHILD": "2"}}, Header: {{"CHILD": "1"}, {"CHILD": "2", "MOTHER": "1"}, {"CHILD": "3", "MOTHER": "1"}}, OC3: {{"CHILD": "1", "IN_TOUCH": "YES"}, {"CHILD": "2", "IN_TOUCH": "YES"}, {"CHILD": "3"}}}},
		{"630", map[TableID][]row{Episodes: {{"CHILD": "1", "RNE": "S", "DECOM": "01/05/2017"}, {"CHILD": "2", "RNE": "S", "DECOM": "01/05/2017"}}, PrevPerm: {{"CHILD": "2", "PREV_PERM": "P1", "LA_PERM": "800"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "RNE": "S", "DECOM": "01/05/2017"}, {"CHILD": "2", "RNE": "S", "DECOM": "01/05/2017"}, {"CHILD": "3", "RNE": "S", "DECOM": "01/05/2016"}},
				PrevPerm: {{"CHILD": "1", "PREV_PERM": "Z1"}, {"CHILD": "2", "PREV_PERM": "P1", "LA_PERM": "800", "DATE_PERM": "ZZ/05/2015"}}}},
		{"631", map[TableID][]row{PrevPerm: {{"CHILD": "1", "PREV_PERM": "p1"}}}, map[TableID][]row{PrevPerm: {{"CHILD": "1", "PREV_PERM": "P4"}, {"CHILD": "2"}}}},
		// 632: a malformed date, or one not before the first episode (ZZ taken as the latest day it can be)
		{"632", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017"}}, PrevPerm: {{"CHILD": "1", "DATE_PERM": "ZZ/ZZ/ZZ"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017"}, {"CHILD": "2", "DECOM": "01/01/2017"}, {"CHILD": "3", "DECOM": "01/01/2017"}},
				PrevPerm: {{"CHILD": "1", "DATE_PERM": "ZZ/04/2017"}, {"CHILD": "2", "DATE_PERM": "ZZ/ZZ/ZZZZ"}, {"CHILD": "3", "DATE_PERM": "31/12/2016"}}}},
		{"632", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "20/05/2017"}}, PrevPerm: {{"CHILD": "1", "DATE_PERM": "ZZ/05/2017"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "20/05/2017"}}, PrevPerm: {{"CHILD": "1", "DATE_PERM": "19/05/2017"}}}},
		{"633", map[TableID][]row{PrevPerm: {{"CHILD": "1", "LA_PERM": "458"}}}, map[TableID][]row{PrevPerm: {{"CHILD": "1", "LA_PERM": "SCO"}, {"CHILD": "1", "LA_PERM": "212"}, {"CHILD": "2"}}}},
		{"635", map[TableID][]row{PrevPerm: {{"CHILD": "1", "DATE_PERM": "01/05/2015"}}}, map[TableID][]row{PrevPerm: {{"CHILD": "1", "PREV_PERM": "P1", "LA_PERM": "800"}, {"CHILD": "2"}}}},
	}...)
}

func init() {
	ruleCases = append(ruleCases, ruleCase{"621", tables{Header: {childRow("DOB", "01/06/2002", "MC_DOB", "01/06/2002")}},
		tables{Header: {childRow("DOB", "01/06/2002", "MC_DOB", "01/06/2017"), childRow("DOB", "01/06/2002")}}})
}

package ssda903

// Table cases for the rules of rules_missing.go.

func init() {
	ruleCases = append(ruleCases, []ruleCase{
		ruleCase{"574", map[TableID][]row{Missing: {{"CHILD": "1", "MIS_START": "01/06/2017", "MIS_END": "05/06/2017"}, {"CHILD": "1", "MIS_START": "01/05/2017"}}},
			map[TableID][]row{Missing: {{"CHILD": "1", "MIS_START": "01/06/2017"}, {"CHILD": "1", "MIS_START": "10/05/2017", "MIS_END": "12/05/2017"}, {"CHILD": "1", "MIS_START": "01/05/2017", "MIS_END": "10/05/2017"}}}},
		ruleCase{"577", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/08/2017", "REC": "E8"}}, Missing: {{"CHILD": "1", "MIS_START": "01/06/2017"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/08/2017", "REC": "E8"}, {"CHILD": "2", "DECOM": "01/05/2017"}},
				Missing: {{"CHILD": "1", "MIS_START": "01/06/2017", "MIS_END": "05/06/2017"}, {"CHILD": "2", "MIS_START": "01/06/2017"}, {"CHILD": "3", "MIS_START": "01/06/2017"}}}},
		ruleCase{"578", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/08/2017"}}, Missing: {{"CHILD": "1", "MIS_START": "01/09/2017"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/08/2017"}, {"CHILD": "1", "DECOM": "01/10/2017"}},
				Missing: {{"CHILD": "1", "MIS_START": "01/07/2017"}, {"CHILD": "1", "MIS_START": "01/11/2017"}, {"CHILD": "2", "MIS_START": "01/09/2017"}}}},
		ruleCase{"581", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/08/2017"}}, Missing: {{"CHILD": "1", "MIS_START": "01/04/2017"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/08/2017"}, {"CHILD": "2", "DECOM": "01/05/2017"}},
				Missing: {{"CHILD": "1", "MIS_START": "01/08/2017"}, {"CHILD": "2", "MIS_START": "01/01/2018"}, {"CHILD": "3", "MIS_START": "01/01/2018"}}}},
		{"1004", map[TableID][]row{Missing: {{"CHILD": "1", "MIS_START": "31/02/2017"}, {"CHILD": "1"}}},
			map[TableID][]row{Missing: {{"CHILD": "1", "MIS_START": "01/02/2017"}}}},
		{"1005", map[TableID][]row{Missing: {{"CHILD": "1", "MIS_START": "01/02/2017", "MIS_END": "2017-02-05"}}},
			map[TableID][]row{Missing: {{"CHILD": "1", "MIS_START": "01/02/2017", "MIS_END": "05/02/2017"}, {"CHILD": "1", "MIS_START": "01/03/2017"}}}},
		{"1006", map[TableID][]row{Missing: {{"CHILD": "1", "MISSING": "m"}}},
			map[TableID][]row{Missing: {{"CHILD": "1", "MISSING": "M"}, {"CHILD": "1", "MISSING": "A"}, {"CHILD": "1"}}}},
		{"564", map[TableID][]row{Missing: {{"CHILD": "1", "MISSING": "a"}}},
			map[TableID][]row{Missing: {{"CHILD": "1", "MISSING": "A", "MIS_START": "01/05/2017"}, {"CHILD": "1"}}}},
		{"565", map[TableID][]row{Missing: {{"CHILD": "1", "MIS_START": "01/05/2017"}}},
			map[TableID][]row{Missing: {{"CHILD": "1", "MISSING": "M", "MIS_START": "01/05/2017"}}}},
		{"566", map[TableID][]row{Missing: {{"CHILD": "1", "MIS_END": "01/05/2017"}}},
			map[TableID][]row{Missing: {{"CHILD": "1", "MISSING": "M", "MIS_END": "01/05/2017"}}}},
		{"567", map[TableID][]row{Missing: {{"CHILD": "1", "MIS_START": "02/05/2017", "MIS_END": "01/05/2017"}}},
			map[TableID][]row{Missing: {{"CHILD": "1", "MIS_START": "01/05/2017", "MIS_END": "01/05/2017"}, {"CHILD": "1", "MIS_START": "02/05/2017"}}}},
		{"570", map[TableID][]row{Missing: {{"CHILD": "1", "MIS_START": "01/04/2018"}}},
			map[TableID][]row{Missing: {{"CHILD": "1", "MIS_START": "31/03/2018"}, {"CHILD": "1", "MIS_START": "01/04/2016"}}}},
		{"571", map[TableID][]row{Missing: {{"CHILD": "1", "MIS_END": "31/03/2017"}, {"CHILD": "1", "MIS_END": "01/04/2018"}}},
			map[TableID][]row{Missing: {{"CHILD": "1", "MIS_END": "01/04/2017"}, {"CHILD": "1", "MIS_END": "31/03/2018"}, {"CHILD": "1"}}}},
		{"575", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/06/2017"}}, Missing: {{"CHILD": "1", "MIS_START": "01/06/2017"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/06/2017"}, {"CHILD": "1", "DECOM": "01/06/2017"}}, Missing: {{"CHILD": "1", "MIS_START": "02/06/2017"}, {"CHILD": "1", "MIS_START": "10/05/2017", "MIS_END": "11/05/2017"}}}},
		{"580", map[TableID][]row{Episodes: {{"CHILD": "1", "DEC": "15/06/2017", "REC": "E4A"}}, Missing: {{"CHILD": "1", "DOB": "15/06/1999", "MIS_END": "15/06/2017"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DEC": "15/06/2017", "REC": "E8"}, {"CHILD": "1", "DEC": "16/06/2017", "REC": "E4A"}}, Missing: {{"CHILD": "1", "DOB": "15/06/1999", "MIS_END": "15/06/2017"}}}},
	}...)
}

func init() {
	// 576: last year's open period from 1/3/2017 must be this year's first
	yearCases = append(yearCases, yearCase{"576", 0, tables{Missing: {childRow("MIS_START", "01/03/2017")}},
		tables{Missing: {childRow("MIS_START", "02/03/2017")}},
		tables{Missing: {childRow("MIS_START", "01/06/2017"), childRow("MIS_START", "01/03/2017", "MIS_END", "02/04/2017")}}})
}

func init() {
	ruleCases = append(ruleCases, ruleCase{"586", tables{Missing: {childRow("DOB", "01/06/2010", "MIS_START", "01/06/2010")}},
		tables{Missing: {childRow("DOB", "01/06/2010", "MIS_START", "02/06/2010"), childRow("MIS_START", "01/06/2010")}}})
}

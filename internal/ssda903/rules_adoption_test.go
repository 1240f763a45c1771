package ssda903

// Table cases for the rules of rules_adoption.go.

func init() {
	ruleCases = append(ruleCases, []ruleCase{
		{"551", map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "A3"}}, PlacedAdoption: {}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "A3"}, {"CHILD": "2", "PLACE": "U1"}}, PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "01/01/2017"}}}},
		{"553", map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "E1"}, {"CHILD": "2", "LS": "E1"}}, PlacedAdoption: {{"CHILD": "2", "DATE_PLACED": "01/01/2017", "REASON_PLACED_CEASED": "RD1"}}},
			map[TableID][]row{Episodes: {{"CHILD": "2", "LS": "E1", "DEC": "01/06/2017"}, {"CHILD": "3", "LS": "C2"}}, PlacedAdoption: {{"CHILD": "2", "DATE_PLACED": "01/01/2017", "REASON_PLACED_CEASED": "RD1"}}}},
		{"555", map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "D1"}}, PlacedAdoption: {}},
			map[TableID][]row{Episodes: {{"CHILD": "2", "LS": "D1"}}, PlacedAdoption: {{"CHILD": "2", "DATE_PLACED": "01/01/2017"}}}},
		{"408", map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "A5", "LS": "C2"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "A5", "LS": "E1"}, {"CHILD": "1", "PLACE": "A3", "LS": "C2"}}}},
		{"217", map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "A3", "DECOM": "01/04/2015", "RNE": "P"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "A3", "DECOM": "31/03/2015", "RNE": "P"}, {"CHILD": "1", "PLACE": "A5", "DECOM": "01/04/2015", "RNE": "T"}}}},
		{"557", map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "A3", "REC": "E4A"}}, PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "01/01/2017"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "A3", "REC": "E11"}, {"CHILD": "2", "LS": "E1", "REC": "E4A"}}, PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "01/01/2017"}, {"CHILD": "2", "DATE_PLACED": "01/01/2017", "DATE_PLACED_CEASED": "01/06/2017", "REASON_PLACED_CEASED": "RD1"}}}},
		{"390", map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "U1", "REC": "E12"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "A5", "REC": "E12"}, {"CHILD": "1", "PLACE": "U1", "REC": "E13"}}}},
		// the latest non-X1 episode ends on 1 June; the decision is dated after it
		ruleCase{"117", tables{Episodes: {childRow("DECOM", "01/05/2017", "DEC", "01/06/2017", "REC", "E11")}, PlacedAdoption: {childRow("DATE_PLACED", "01/07/2017")}},
			tables{Episodes: {childRow("DECOM", "01/05/2017", "DEC", "01/06/2017", "REC", "E11"), childRow("DECOM", "01/06/2017", "REC", "X1")}, PlacedAdoption: {childRow("DATE_PLACED", "01/05/2017")}}},
		ruleCase{"118", tables{Episodes: {childRow("DECOM", "01/05/2016", "LS", "C2")}, PlacedAdoption: {childRow("DATE_PLACED_CEASED", "01/03/2017")}},
			tables{Episodes: {childRow("DECOM", "01/05/2016", "LS", "C2"), childRow("DECOM", "01/07/2017", "LS", "V3")}, PlacedAdoption: {childRow("DATE_PLACED_CEASED", "01/06/2017")}}},
		ruleCase{"199", tables{Episodes: {childRow("DECOM", "01/07/2017"), childRow("DECOM", "01/05/2017", "DEC", "01/06/2017", "REC", "E11")}},
			tables{Episodes: {childRow("DECOM", "01/05/2017", "DEC", "01/06/2017", "REC", "E11"), childRow("DECOM", "01/04/2017", "DEC", "01/05/2017", "REC", "X1")}}},
		ruleCase{"516", map[TableID][]row{Episodes: {{"CHILD": "1", "REC": "E45", "PLACE": "K2"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "REC": "E45", "PLACE": "U3"}, {"CHILD": "1", "REC": "E2", "PLACE": "K2"}}}},
		ruleCase{"525", map[TableID][]row{PlacedAdoption: {{"CHILD": "1", "DATE_PLACED_CEASED": "01/06/2017"}}, AD1: {{"CHILD": "1", "DATE_INT": "01/01/2017"}}},
			map[TableID][]row{PlacedAdoption: {{"CHILD": "1"}, {"CHILD": "2", "DATE_PLACED_CEASED": "01/06/2017"}, {"CHILD": "3", "DATE_PLACED_CEASED": "01/06/2017"}},
				AD1: {{"CHILD": "1", "DATE_INT": "01/01/2017"}, {"CHILD": "2"}}}},
		// an adoption coded E12 without a date counts as in the year
		ruleCase{"602", map[TableID][]row{Episodes: {{"CHILD": "1", "DEC": "01/06/2017", "REC": "E8"}}, AD1: {{"CHILD": "1", "DATE_INT": "01/01/2017"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DEC": "01/06/2017", "REC": "E11"}, {"CHILD": "2", "REC": "E12"}},
				AD1: {{"CHILD": "1", "DATE_INT": "01/01/2017"}, {"CHILD": "2", "DATE_MATCH": "01/01/2017"}, {"CHILD": "3"}}}},
		ruleCase{"1003", map[TableID][]row{Episodes: {{"CHILD": "1", "RNE": "S", "DECOM": "01/05/2017"}}, PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "01/04/2017"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "RNE": "S", "DECOM": "01/05/2017"}, {"CHILD": "2", "RNE": "S", "DECOM": "01/05/2017"}, {"CHILD": "2", "RNE": "S", "DECOM": "01/05/2016"}},
				PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "01/05/2017"}, {"CHILD": "2", "DATE_PLACED": "01/06/2016"}}}},
		// child 1 is a care leaver with adoption data; child 2's OC3 row is empty
		ruleCase{"134", tables{OC3: {{"CHILD": "1", "ACCOM": "Z1"}}, AD1: {adoptionRow}},
			tables{OC3: {{"CHILD": "1", "ACCOM": "Z1"}, {"CHILD": "2"}}, AD1: {{"CHILD": "1"}, withCells(adoptionRow, "CHILD", "2"), withCells(adoptionRow, "CHILD", "3")}}},
		ruleCase{"184", tables{Header: {{"CHILD": "1", "DOB": "01/06/2016"}}, PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "31/05/2016"}}},
			tables{Header: {{"CHILD": "1", "DOB": "01/06/2016"}}, PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "01/06/2016"}, {"CHILD": "1"}}}},
		// no Header row for the child: the decision cannot be shown to follow the birth
		ruleCase{"184", tables{Header: {}, PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "31/05/2016"}}},
			tables{Header: {}, PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "31/05/20"}}}},
		{"521", map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "A4", "DECOM": "01/05/2017"}}, AD1: {{"CHILD": "1", "DATE_INT": "02/05/2017"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "A4", "DECOM": "01/05/2017"}, {"CHILD": "1", "PLACE": "U1", "DECOM": "01/04/2017"}}, AD1: {{"CHILD": "1", "DATE_INT": "01/05/2017"}}}},
		{"522", map[TableID][]row{PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "02/05/2017", "DATE_PLACED_CEASED": "01/05/2017"}}},
			map[TableID][]row{PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "01/05/2017", "DATE_PLACED_CEASED": "01/05/2017"}, {"CHILD": "2", "DATE_PLACED_CEASED": "01/05/2017"}}}},
		{"523", map[TableID][]row{PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "02/05/2017"}}, AD1: {{"CHILD": "1", "DATE_INT": "01/05/2017"}}},
			map[TableID][]row{PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "01/05/2017"}, {"CHILD": "2", "DATE_PLACED": "01/05/2017"}}, AD1: {{"CHILD": "1", "DATE_INT": "01/05/2017"}, {"CHILD": "2"}}}},
		// 552: the first adoption placement (01/05) is before the latest decision (02/05)
		{"552", map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "A5", "DECOM": "03/05/2017"}, {"CHILD": "1", "PLACE": "A3", "DECOM": "01/05/2017"}}, PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "02/05/2017"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "U1", "DECOM": "01/04/2017"}, {"CHILD": "1", "PLACE": "A3", "DECOM": "02/05/2017"}}, PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "02/05/2017"}}}},
		// 554: only the first E1 episode counts
		{"554", map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "E1", "DECOM": "01/05/2017"}}, PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "02/05/2017"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "E1", "DECOM": "03/05/2017"}, {"CHILD": "1", "LS": "E1", "DECOM": "02/05/2017"}, {"CHILD": "1", "LS": "C2", "DECOM": "01/05/2017"}}, PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "02/05/2017"}}}},
		{"556", map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "D1", "DECOM": "01/05/2017"}}, PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "02/05/2017"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "D1", "DECOM": "02/05/2017"}, {"CHILD": "1", "LS": "C2", "DECOM": "01/05/2017"}}, PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "02/05/2017"}}}},
		{"563", map[TableID][]row{PlacedAdoption: {{"CHILD": "1", "DATE_PLACED_CEASED": "02/05/2017", "REASON_PLACED_CEASED": "RD1"}}},
			map[TableID][]row{PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "01/05/2017", "DATE_PLACED_CEASED": "02/05/2017", "REASON_PLACED_CEASED": "RD1"}, {"CHILD": "2", "DATE_PLACED_CEASED": "02/05/2017"}}}},
		// 579: in DATE_PLACED order the second decision starts before the first ceased
		{"579", map[TableID][]row{PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "01/06/2017", "DATE_PLACED_CEASED": "01/08/2017"}, {"CHILD": "1", "DATE_PLACED": "01/05/2017", "DATE_PLACED_CEASED": "02/06/2017"}}},
			map[TableID][]row{PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "02/06/2017"}, {"CHILD": "1", "DATE_PLACED": "01/05/2017", "DATE_PLACED_CEASED": "02/06/2017"}, {"CHILD": "2", "DATE_PLACED": "01/05/2017"}}}},
		{"579", map[TableID][]row{PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "01/06/2017"}, {"CHILD": "1", "DATE_PLACED": "01/05/2017"}}},
			map[TableID][]row{PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "01/06/2017"}}}},
		{"582", map[TableID][]row{Episodes: {{"CHILD": "1", "DEC": "01/02/2018", "REC": "E11"}}, AD1: {{"CHILD": "1", "DATE_MATCH": "01/02/2018"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DEC": "02/02/2018", "REC": "E11"}, {"CHILD": "1", "DEC": "01/02/2018", "REC": "X1"}}, AD1: {{"CHILD": "1", "DATE_MATCH": "01/02/2018"}}}},
		{"601", map[TableID][]row{Episodes: {{"CHILD": "1", "DEC": "01/02/2018", "REC": "E12"}}, AD1: {ad1Part}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DEC": "01/02/2018", "REC": "E12"}, {"CHILD": "2", "DEC": "01/02/2017", "REC": "E12"}}, AD1: {ad1Full, {"CHILD": "2"}}}},
		{"333", map[TableID][]row{AD1: {{"CHILD": "1", "DATE_INT": "02/05/2017", "DATE_MATCH": "01/05/2017"}, {"CHILD": "2", "DATE_MATCH": "01/05/2017"}}},
			map[TableID][]row{AD1: {{"CHILD": "1", "DATE_INT": "01/05/2017", "DATE_MATCH": "01/05/2017"}, {"CHILD": "2", "DATE_INT": "01/05/2017"}}}},
	}...)
}

func init() {
	ruleCases = append(ruleCases,
		// 558: adopted, and two decisions ceased in 2017
		ruleCase{"558", tables{Episodes: {childRow("REC", "E11")}, PlacedAdoption: {childRow("DATE_PLACED_CEASED", "01/01/2017"), childRow("DATE_PLACED_CEASED", "01/02/2017")}},
			tables{Episodes: {childRow("REC", "E11")}, PlacedAdoption: {childRow("DATE_PLACED_CEASED", "01/01/2017"), childRow("DATE_PLACED_CEASED", "")}}},
		ruleCase{"335", tables{Episodes: {childRow("REC", "E11", "PLACE", "A3")}, AD1: {childRow("FOSTER_CARE", "0")}},
			tables{Episodes: {childRow("REC", "E11", "PLACE", "A3"), childRow("REC", "E8", "PLACE", "A4")}, AD1: {childRow("FOSTER_CARE", "1")}}},
	)
	yearCases = append(yearCases,
		// 559: a decision before 1/4/2017 needs one last year (child 2 had it)
		yearCase{"559", 0, tables{PlacedAdoption: {childRow(), {"CHILD": "2", "DATE_PLACED": "01/01/2017"}}},
			tables{PlacedAdoption: {childRow("DATE_PLACED", "01/01/2017")}},
			tables{PlacedAdoption: {childRow("DATE_PLACED", "01/05/2017"), {"CHILD": "2", "DATE_PLACED": "01/01/2017"}}}},
		// 560: last year's decision, not ceased, must be repeated
		yearCase{"560", 0, tables{PlacedAdoption: {childRow("DATE_PLACED", "01/01/2017")}},
			tables{PlacedAdoption: {childRow("DATE_PLACED", "02/01/2017")}},
			tables{PlacedAdoption: {childRow("DATE_PLACED", "01/01/2017"), {"CHILD": "2", "DATE_PLACED": "01/06/2017"}}}},
		// 561: last year's decision ceased, so this year's is a new one
		yearCase{"561", 0, tables{PlacedAdoption: {childRow("DATE_PLACED", "01/01/2016", "DATE_PLACED_CEASED", "01/06/2016", "REASON_PLACED_CEASED", "RD1")}},
			tables{PlacedAdoption: {childRow("DATE_PLACED", "01/01/2016")}},
			tables{PlacedAdoption: {childRow("DATE_PLACED", "01/01/2017")}}},
	)
}

func init() {
	ruleCases = append(ruleCases,
		// 583: the earlier decision (1/1/2017) is still open
		ruleCase{"583", tables{PlacedAdoption: {childRow("DATE_PLACED", "01/01/2017"), childRow("DATE_PLACED", "01/06/2017")}},
			tables{PlacedAdoption: {childRow("DATE_PLACED", "01/01/2017", "DATE_PLACED_CEASED", "01/03/2017"), childRow("DATE_PLACED", "01/06/2017"), {"CHILD": "2", "DATE_PLACED": "01/01/2017"}}}},
	)
	// 584: last year's decision of 1/1/2016 ceased; this year's must be later
	yearCases = append(yearCases, yearCase{"584", 0,
		tables{PlacedAdoption: {childRow("DATE_PLACED", "01/01/2016", "REASON_PLACED_CEASED", "RD1")}},
		tables{PlacedAdoption: {childRow("DATE_PLACED", "01/01/2016")}},
		tables{PlacedAdoption: {childRow("DATE_PLACED", "01/01/2017")}}})
}

func init() {
	ruleCases = append(ruleCases, ruleCase{"331",
		tables{AD1: {childRow("DATE_MATCH", "02/05/2017")}, Episodes: {childRow("DECOM", "01/05/2017", "REC", "E11")}},
		tables{AD1: {childRow("DATE_MATCH", "01/05/2017")}, Episodes: {childRow("DECOM", "01/05/2017", "REC", "E11"), childRow("DECOM", "01/01/2017", "REC", "E8")}}})
}

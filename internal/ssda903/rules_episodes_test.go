package ssda903

// Table cases for the rules of rules_episodes.go.

func init() {
	ruleCases = append(ruleCases, []ruleCase{
		// the earlier episode (second in the file) has not ended
		ruleCase{"142", tables{Episodes: {childRow("DECOM", "01/06/2017"), childRow("DECOM", "01/05/2017", "REC", "X1")}},
			tables{Episodes: {childRow("DECOM", "01/06/2017"), childRow("DECOM", "01/05/2017", "DEC", "01/06/2017", "REC", "X1")}}},
		// continuously looked after since 2015; 6 at the start of the year, then a 3-year-old
		ruleCase{"157", tables{Episodes: {childRow("RNE", "S", "DECOM", "01/05/2015")}, OC2: {childRow("DOB", "01/06/2010", "SDQ_REASON", "SDQ1")}},
			tables{Episodes: {childRow("RNE", "S", "DECOM", "01/05/2015")}, OC2: {childRow("DOB", "01/06/2014", "SDQ_REASON", "SDQ1")}}},
		ruleCase{"187", tables{Episodes: {childRow("RNE", "S", "DECOM", "01/05/2015")}, OC3: {childRow("IN_TOUCH", "YES")}, AD1: {}},
			tables{Episodes: {childRow("RNE", "S", "DECOM", "01/05/2017")}, OC3: {childRow("IN_TOUCH", "YES")}, AD1: {childRow("DATE_INT", "01/06/2017")}}},
		ruleCase{"225", tables{Episodes: {childRow("DECOM", "01/06/2017", "RNE", "P", "PLACE", "U2"), childRow("DECOM", "01/05/2017", "REC", "X1", "PLACE", "U1")}},
			tables{Episodes: {childRow("DECOM", "01/06/2017", "RNE", "P", "PLACE", "U2"), childRow("DECOM", "01/05/2017", "REC", "X1", "PLACE", "U1", "REASON_PLACE_CHANGE", "CARPL"),
				{"CHILD": "2", "DECOM": "01/05/2017", "REC": "X1", "PLACE": "U1"}, {"CHILD": "2", "DECOM": "01/06/2017", "RNE": "P", "PLACE": "T3"}}}},
		ruleCase{"334", tables{Episodes: {childRow("RNE", "S", "DECOM", "01/05/2017")}, AD1: {childRow("DATE_INT", "01/04/2017")}},
			tables{Episodes: {childRow("RNE", "S", "DECOM", "01/05/2017"), childRow("RNE", "P", "DECOM", "01/07/2017")}, AD1: {childRow("DATE_INT", "01/06/2017")}}},
		ruleCase{"336", tables{Episodes: {childRow("DECOM", "01/06/2017", "PLACE", "A3"), childRow("DECOM", "01/05/2017", "PLACE", "T1")}},
			tables{Episodes: {childRow("DECOM", "01/06/2017", "PLACE", "A3"), childRow("DECOM", "01/05/2017", "PLACE", "U1"), {"CHILD": "2", "DECOM": "01/05/2017", "PLACE": "A4"}}}},
		ruleCase{"357", tables{Episodes: {childRow("DECOM", "01/07/2017", "RNE", "S"), childRow("DECOM", "01/05/2017", "RNE", "P")}},
			tables{Episodes: {childRow("DECOM", "01/07/2017", "RNE", "P"), childRow("DECOM", "01/05/2017", "RNE", "S"), {"CHILD": "2", "DECOM": "01/05/2016", "RNE": "P"}}}},
		ruleCase{"378", tables{Episodes: {childRow("PLACE", "P1", "LS", "V2")}}, tables{Episodes: {childRow("PLACE", "P1", "LS", "C2"), childRow("PLACE", "U1", "LS", "V2")}}},
		{"355", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/05/2017"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "DEC": "02/05/2017"}, {"CHILD": "1"}}}},
		{"356", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "02/05/2017", "DEC": "01/05/2017"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/05/2017"}, {"CHILD": "1", "DECOM": "01/05/2017"}}}},
		{"446", map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "E1", "DECOM": "30/11/2005"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "E1", "DECOM": "01/12/2005"}, {"CHILD": "1", "LS": "C2", "DECOM": "30/11/2005"}}}},
		{"451", map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "D1"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "D1", "DEC": "01/05/2017", "REC": "E11"}, {"CHILD": "1", "LS": "C2"}}}},
		{"526", map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "U1"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "U1", "PLACE_PROVIDER": "PR1"}, {"CHILD": "1", "PLACE": "T1"}, {"CHILD": "1", "PLACE": "Z1"}}}},
		{"1009", map[TableID][]row{Episodes: {{"CHILD": "1", "REASON_PLACE_CHANGE": "other"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "REASON_PLACE_CHANGE": "CUSTOD"}, {"CHILD": "1"}}}},
		// 359: the child is 18 on 15/06/2017; an open episode must be V2 in K2
		{"359", map[TableID][]row{Header: hdr18, Episodes: {{"CHILD": "1", "LS": "C2", "PLACE": "K2", "DECOM": "01/05/2016"}}},
			map[TableID][]row{Header: hdr18, Episodes: {{"CHILD": "1", "LS": "V2", "PLACE": "K2", "DECOM": "01/05/2016"}, {"CHILD": "1", "LS": "C2", "PLACE": "U1", "DECOM": "01/05/2015", "DEC": "01/05/2016"}}}},
		{"386", map[TableID][]row{Header: hdr18, Episodes: {{"CHILD": "1", "REC": "E11", "DEC": "15/06/2017"}}},
			map[TableID][]row{Header: hdr18, Episodes: {{"CHILD": "1", "REC": "E12", "DEC": "14/06/2017"}, {"CHILD": "1", "REC": "E8", "DEC": "15/06/2017"}}}},
		{"407", map[TableID][]row{Header: hdr18, Episodes: {{"CHILD": "1", "REC": "E45", "DEC": "16/06/2017"}}},
			map[TableID][]row{Header: hdr18, Episodes: {{"CHILD": "1", "REC": "E46", "DEC": "15/06/2017"}, {"CHILD": "1", "REC": "E8", "DEC": "16/06/2017"}}}},
		// 442: child 1 has a care episode and no UPN; child 2 only respite
		{"442", map[TableID][]row{Header: {{"CHILD": "1"}}, Episodes: {{"CHILD": "1", "LS": "C2"}}},
			map[TableID][]row{Header: {{"CHILD": "1", "UPN": "UN2"}, {"CHILD": "2"}, {"CHILD": "3"}}, Episodes: {{"CHILD": "1", "LS": "C2"}, {"CHILD": "2", "LS": "V3"}}}},
		// 504: an X1 continuation must keep the CIN; file order differs from DECOM order
		{"504", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/06/2017", "CIN": "N2"}, {"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/06/2017", "REC": "X1", "CIN": "N1"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/06/2017", "CIN": "N1"}, {"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/06/2017", "REC": "X1", "CIN": "N1"},
				{"CHILD": "2", "DECOM": "01/05/2017", "DEC": "01/06/2017", "REC": "E11", "CIN": "N1"}, {"CHILD": "2", "DECOM": "01/06/2017", "CIN": "N2"}}}},
		// 1011: the latest episode (by DECOM, not file order) ended E3
		{"1011", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/06/2017", "DEC": "01/07/2017", "REC": "E3"}, {"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/06/2017", "REC": "X1"}}, OC3: {{"CHILD": "1", "IN_TOUCH": "YES"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/06/2017", "REC": "E3"}, {"CHILD": "1", "DECOM": "01/06/2017", "DEC": "01/07/2017", "REC": "E8"}, {"CHILD": "2", "DECOM": "01/06/2017", "DEC": "01/07/2017", "REC": "E3"}},
				OC3: {{"CHILD": "1", "IN_TOUCH": "YES"}, {"CHILD": "2"}}}},
		// 1014: child 1's only episode ended before the year; child 2's is open
		{"1014", map[TableID][]row{UASC: {{"CHILD": "1", "DUC": "01/01/2020"}}, Episodes: {{"CHILD": "1", "DECOM": "01/05/2015", "DEC": "01/05/2016"}}, OC3: {{"CHILD": "1", "ACTIV": "F1"}}},
			map[TableID][]row{UASC: {{"CHILD": "1", "DUC": "01/01/2020"}, {"CHILD": "2", "DUC": "01/01/2020"}}, Episodes: {{"CHILD": "1", "DECOM": "01/05/2015", "DEC": "01/05/2016"}, {"CHILD": "2", "DECOM": "01/05/2015"}},
				OC3: {{"CHILD": "1"}, {"CHILD": "2", "ACTIV": "F1"}}}},
		// 351: 21 on 1 April 2017 is not over 21 at the start of 2017/18
		{"351", map[TableID][]row{Header: {{"CHILD": "1", "DOB": "31/03/1996"}}}, map[TableID][]row{Header: {{"CHILD": "1", "DOB": "01/04/1996"}, {"CHILD": "2"}}}},
	}...)
}

func init() {
	ruleCases = append(ruleCases,
		ruleCase{"352", tables{Header: {childRow("DOB", "01/06/1999")}, Episodes: {childRow("RNE", "S", "DECOM", "01/06/2017")}},
			tables{Header: {childRow("DOB", "01/06/1999")}, Episodes: {childRow("RNE", "S", "DECOM", "31/05/2017"), childRow("RNE", "P", "DECOM", "01/06/2017")}}},
		ruleCase{"353", episodesOf(row{"DECOM": "13/10/1991"}), episodesOf(row{"DECOM": "14/10/1991"})},
		ruleCase{"354", episodesOf(row{"DECOM": "01/04/2018"}), episodesOf(row{"DECOM": "31/03/2018"})},
	)
}

package ssda903

// Table cases for the rules of rules_child.go.

func init() {
	ruleCases = append(ruleCases, []ruleCase{
		{"358", map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "LS": "J1", "DECOM": "01/06/2020"}}}, map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "LS": "J1", "DECOM": "02/06/2020"}}}},
		{"370", map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "P2", "DECOM": "31/05/2025", "DEC": "01/07/2025"}}}, map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "P2", "DECOM": "01/06/2025", "DEC": "01/07/2025"}}}},
		{"371", map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "H5", "DECOM": "31/05/2024", "DEC": "01/07/2024"}}}, map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "H5", "DECOM": "01/06/2024", "DEC": "01/07/2024"}}}},
		{"372", map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "R5", "DECOM": "31/05/2020", "DEC": "01/07/2020"}}}, map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "R5", "DECOM": "01/06/2020", "DEC": "01/07/2020"}}}},
		{"373", map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "S1", "DECOM": "31/05/2014", "DEC": "01/07/2014"}}}, map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "S1", "DECOM": "01/06/2014", "DEC": "01/07/2014"}}}},
		{"374", map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "P3", "DECOM": "31/05/2024", "DEC": "01/07/2024"}}}, map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "P3", "DECOM": "01/06/2024", "DEC": "01/07/2024"}}}},
		{"387", map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "REC": "E5", "DEC": "31/05/2024"}}}, map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "REC": "E5", "DEC": "01/06/2024"}}}},
		// without DEC the age is taken at the collection end (31/03/2018); hdr's child is born 01/06/2010
		{"387", map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "REC": "E6"}}}, map[TableID][]row{Header: {{"CHILD": "1", "DOB": "31/03/2004"}}, Episodes: {{"CHILD": "1", "REC": "E6"}}}},
		{"389", map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "REC": "E7", "DEC": "31/05/2026"}}}, map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "REC": "E7", "DEC": "01/06/2026"}}}},
		{"460", map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "REC": "E17", "DEC": "31/05/2028"}}}, map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "REC": "E17", "DEC": "01/06/2028"}}}},
	}...)
}

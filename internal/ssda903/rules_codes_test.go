package ssda903

// Table cases for the rules of rules_codes.go.

func init() {
	ruleCases = append(ruleCases, []ruleCase{
		{"120", map[TableID][]row{PlacedAdoption: {{"CHILD": "1", "REASON_PLACED_CEASED": "RD9"}}}, map[TableID][]row{PlacedAdoption: {{"CHILD": "1", "REASON_PLACED_CEASED": "RD1"}, {"CHILD": "2"}}}},
		{"132", map[TableID][]row{OC3: {{"CHILD": "1", "ACTIV": ""}}}, map[TableID][]row{OC3: {{"CHILD": "1", "ACTIV": "F1"}}}},
		{"133", map[TableID][]row{OC3: {{"CHILD": "1", "ACCOM": "01"}}}, map[TableID][]row{OC3: {{"CHILD": "1", "ACCOM": "0"}}}},
		{"143", map[TableID][]row{Episodes: {{"CHILD": "1", "RNE": "X"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "RNE": "S"}}}},
		{"144", map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "C3"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "C2"}}}},
		{"145", map[TableID][]row{Episodes: {{"CHILD": "1", "CIN": "N9"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "CIN": "N1"}}}},
		{"146", map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "K3"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "H5"}}}},
		{"148", map[TableID][]row{Episodes: {{"CHILD": "1", "DEC": "01/05/2017"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "DEC": "01/05/2017", "REC": "E8"}}}},
		{"149", map[TableID][]row{Episodes: {{"CHILD": "1", "REC": "E99"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "REC": "E4A"}}}},
		{"158", map[TableID][]row{OC2: {{"CHILD": "1", "INTERVENTION_RECEIVED": "1", "INTERVENTION_OFFERED": "0"}}}, map[TableID][]row{OC2: {{"CHILD": "1", "INTERVENTION_RECEIVED": "1"}}}},
		{"168", map[TableID][]row{Header: {{"CHILD": "1", "UPN": "S074885779408"}}}, map[TableID][]row{Header: {{"CHILD": "1", "UPN": "UN3"}, {"CHILD": "2", "UPN": "A12345678901B"}}}},
		{"178", map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "T1", "PLACE_PROVIDER": "PR1"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "U1", "PLACE_PROVIDER": "PR1"}}}},
		{"193", map[TableID][]row{OC2: {{"CHILD": "1", "SUBSTANCE_MISUSE": "0", "INTERVENTION_OFFERED": "1"}}}, map[TableID][]row{OC2: {{"CHILD": "1", "SUBSTANCE_MISUSE": "1", "INTERVENTION_OFFERED": "1"}}}},
		{"385", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/01/2018", "DEC": "01/04/2018"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/01/2018", "DEC": "31/03/2018"}}}},
		{"445", map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "D1", "DECOM": "20/01/2006"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "D1", "DECOM": "31/12/2005"}}}},
		{"440", map[TableID][]row{Reviews: {{"CHILD": "1", "DOB": "01/01/2010", "REVIEW": "02/01/2014", "REVIEW_CODE": "PN0"}}}, map[TableID][]row{Reviews: {{"CHILD": "1", "DOB": "01/01/2010", "REVIEW": "01/01/2014", "REVIEW_CODE": "PN0"}}}},
		{"441", map[TableID][]row{Reviews: {{"CHILD": "1", "DOB": "01/01/2010", "REVIEW": "31/12/2013", "REVIEW_CODE": "PN1"}}}, map[TableID][]row{Reviews: {{"CHILD": "1", "DOB": "01/01/2010", "REVIEW": "01/01/2014", "REVIEW_CODE": "PN1"}}}},
		{"542", map[TableID][]row{OC2: {{"CHILD": "1", "DOB": "01/04/2008", "CONVICTED": "0"}}}, map[TableID][]row{OC2: {{"CHILD": "1", "DOB": "31/03/2008", "CONVICTED": "0"}}}},
		{"527", map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "R2", "PLACE_PROVIDER": "PR1"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "U1", "PLACE_PROVIDER": "PR1"}}}},
		{"528", map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "P1", "PLACE_PROVIDER": "PR2"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "U1", "PLACE_PROVIDER": "PR2"}}}},
		{"529", map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "A3", "PLACE_PROVIDER": "PR3"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "R1", "PLACE_PROVIDER": "PR3"}}}},
		{"530", map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "P1", "PLACE_PROVIDER": "PR4"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "K2", "PLACE_PROVIDER": "PR4"}}}},
		{"531", map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "P1", "PLACE_PROVIDER": "PR5"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "K2", "PLACE_PROVIDER": "PR5"}}}},
		{"550", map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "T3", "PLACE_PROVIDER": "PR0"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "P1", "PLACE_PROVIDER": "PR0"}}}},
		{"511", map[TableID][]row{AD1: {{"CHILD": "1", "NB_ADOPTR": "2", "SEX_ADOPTR": "M1"}}}, map[TableID][]row{AD1: {{"CHILD": "1", "NB_ADOPTR": "2", "SEX_ADOPTR": "MF"}}}},
		{"514", map[TableID][]row{AD1: {{"CHILD": "1", "LS_ADOPTR": "L0", "SEX_ADOPTR": "MF"}}}, map[TableID][]row{AD1: {{"CHILD": "1", "LS_ADOPTR": "L0", "SEX_ADOPTR": "F1"}}}},
		{"517", map[TableID][]row{AD1: {{"CHILD": "1", "LS_ADOPTR": "L3", "SEX_ADOPTR": "MM"}}}, map[TableID][]row{AD1: {{"CHILD": "1", "LS_ADOPTR": "L3", "SEX_ADOPTR": "MF"}}}},
		{"518", map[TableID][]row{AD1: {{"CHILD": "1", "LS_ADOPTR": "L4", "SEX_ADOPTR": "MF"}}}, map[TableID][]row{AD1: {{"CHILD": "1", "LS_ADOPTR": "L4", "SEX_ADOPTR": "FF"}}}},
		{"519", map[TableID][]row{AD1: {{"CHILD": "1", "LS_ADOPTR": "L2", "SEX_ADOPTR": "M1"}}}, map[TableID][]row{AD1: {{"CHILD": "1", "LS_ADOPTR": "L2", "SEX_ADOPTR": "MM"}}}},
		{"520", map[TableID][]row{AD1: {{"CHILD": "1", "LS_ADOPTR": "L11", "SEX_ADOPTR": "FF"}}}, map[TableID][]row{AD1: {{"CHILD": "1", "LS_ADOPTR": "L11", "SEX_ADOPTR": "MF"}}}},
		{"524", map[TableID][]row{AD1: {{"CHILD": "1", "LS_ADOPTR": "L12", "SEX_ADOPTR": "MF"}}}, map[TableID][]row{AD1: {{"CHILD": "1", "LS_ADOPTR": "L12", "SEX_ADOPTR": "MM"}}}},
	}...)
}

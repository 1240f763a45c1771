package ssda903

import (
	"testing"
)

// ret builds a return from tables given as rows of column=value maps.
func mk(tables map[TableID][]map[string]string) *Return {
	r := NewReturn()
	for id, rows := range tables {
		t := NewTable(id)
		for _, m := range rows {
			vals := make([]string, len(t.Cols))
			for k, v := range m {
				i := t.Col(k)
				if i < 0 {
					panic("no column " + k)
				}
				vals[i] = v
			}
			t.AddRow(vals...)
		}
		r.Set(t)
	}
	return r
}

type row = map[string]string

// ruleCase is a rule's table test: a return it must flag and one it must pass.
// Each file of rules adds its cases to ruleCases from an init function.
type ruleCase struct {
	code      string
	bad, good map[TableID][]row
}

// caseLookups gives the returns of a rule's cases the lookups the rule needs
// (a postcode directory, Ofsted's lists), by rule code.
var caseLookups = map[string]func(*Return){}

var hdr = []row{{"CHILD": "1", "SEX": "2", "DOB": "01/06/2010"}}
var ruleCases = []ruleCase{
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
	{"358", map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "LS": "J1", "DECOM": "01/06/2020"}}}, map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "LS": "J1", "DECOM": "02/06/2020"}}}},
	{"370", map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "P2", "DECOM": "31/05/2025", "DEC": "01/07/2025"}}}, map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "P2", "DECOM": "01/06/2025", "DEC": "01/07/2025"}}}},
	{"371", map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "H5", "DECOM": "31/05/2024", "DEC": "01/07/2024"}}}, map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "H5", "DECOM": "01/06/2024", "DEC": "01/07/2024"}}}},
	{"372", map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "R5", "DECOM": "31/05/2020", "DEC": "01/07/2020"}}}, map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "R5", "DECOM": "01/06/2020", "DEC": "01/07/2020"}}}},
	{"373", map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "S1", "DECOM": "31/05/2014", "DEC": "01/07/2014"}}}, map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "S1", "DECOM": "01/06/2014", "DEC": "01/07/2014"}}}},
	{"374", map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "P3", "DECOM": "31/05/2024", "DEC": "01/07/2024"}}}, map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "P3", "DECOM": "01/06/2024", "DEC": "01/07/2024"}}}},
	{"375", map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "T1", "DECOM": "01/01/2018", "DEC": "13/02/2018"}}}, map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "T1", "DECOM": "01/01/2018", "DEC": "12/02/2018"}}}},
	{"376", map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "T3", "DECOM": "01/01/2018", "DEC": "23/01/2018"}}}, map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "T3", "DECOM": "01/01/2018", "DEC": "22/01/2018"}}}},
	// an open T3 episode is measured to the collection end (31/03/2018)
	{"376", map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "T3", "DECOM": "09/03/2018"}}}, map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "T3", "DECOM": "10/03/2018"}}}},
	{"379", map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "T4", "DECOM": "01/01/2018", "DEC": "09/01/2018"}}}, map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "PLACE": "T4", "DECOM": "01/01/2018", "DEC": "08/01/2018"}}}},
	{"387", map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "REC": "E5", "DEC": "31/05/2024"}}}, map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "REC": "E5", "DEC": "01/06/2024"}}}},
	// without DEC the age is taken at the collection end (31/03/2018); hdr's child is born 01/06/2010
	{"387", map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "REC": "E6"}}}, map[TableID][]row{Header: {{"CHILD": "1", "DOB": "31/03/2004"}}, Episodes: {{"CHILD": "1", "REC": "E6"}}}},
	{"389", map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "REC": "E7", "DEC": "31/05/2026"}}}, map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "REC": "E7", "DEC": "01/06/2026"}}}},
	{"460", map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "REC": "E17", "DEC": "31/05/2028"}}}, map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "REC": "E17", "DEC": "01/06/2028"}}}},
	{"393", map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "LS": "C2"}}}, map[TableID][]row{Header: hdr, Episodes: {{"CHILD": "1", "LS": "V3"}}}},
	{"1012", map[TableID][]row{Episodes: {{"CHILD": "1"}}, Reviews: {{"CHILD": "1"}, {"CHILD": "2"}}}, map[TableID][]row{Episodes: {{"CHILD": "1"}, {"CHILD": "2"}}, Reviews: {{"CHILD": "1"}, {"CHILD": "2"}}, OC2: {{"CHILD": "2"}}}},
	{"222", map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "T2", "URN": "SC123456"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "T2", "URN": "XXXXXXX"}, {"CHILD": "1", "PLACE": "U1", "URN": "SC123456"}}}},
	// child 1 is only in respite (V3); child 2 also has a care order, so its review is fine
	{"399", map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V3"}}, Header: {{"CHILD": "1"}}, Reviews: {{"CHILD": "1", "REVIEW": "01/05/2017"}}},
		map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V3"}, {"CHILD": "2", "LS": "V4"}, {"CHILD": "2", "LS": "C2"}}, Header: {{"CHILD": "1"}, {"CHILD": "2", "MOTHER": "1"}}, Reviews: {{"CHILD": "2", "REVIEW": "01/05/2017"}}}},
	{"213", map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "T2", "PLACE_PROVIDER": "PR1"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "T2"}, {"CHILD": "1", "PLACE": "U1", "PLACE_PROVIDER": "PR1"}}}},
	{"214", map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V4", "URN": "SC045099"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V4"}, {"CHILD": "1", "LS": "C2", "PL_POST": "M2 3RT"}}}},
	{"226", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "11/01/2018", "PLACE": "T1"}, {"CHILD": "1", "DECOM": "01/01/2018", "PLACE": "U1", "REASON_PLACE_CHANGE": "CARPL"}}},
		map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "11/01/2018", "PLACE": "T1"}, {"CHILD": "1", "DECOM": "01/01/2018", "PLACE": "U1"}, {"CHILD": "1", "DECOM": "21/01/2018", "PLACE": "U1", "REASON_PLACE_CHANGE": "CARPL"}}}},
	// child 1 enters care in the year (not continuously looked after); child 2 has been in care since 2016.
	{"190", map[TableID][]row{Episodes: {{"CHILD": "1", "RNE": "S", "DECOM": "01/05/2017"}}, OC2: {{"CHILD": "1", "CONVICTED": "0"}}},
		map[TableID][]row{Episodes: {{"CHILD": "2", "RNE": "S", "DECOM": "01/05/2016"}}, OC2: {{"CHILD": "2", "CONVICTED": "0"}}}},
	{"185", map[TableID][]row{Episodes: {{"CHILD": "1", "RNE": "S", "DECOM": "01/05/2017"}}, OC2: {{"CHILD": "1", "SDQ_SCORE": "10"}}},
		map[TableID][]row{Episodes: {{"CHILD": "2", "RNE": "S", "DECOM": "01/05/2016"}}, OC2: {{"CHILD": "2", "SDQ_SCORE": "10"}}}},
	{"198", map[TableID][]row{Episodes: {{"CHILD": "1", "RNE": "S", "DECOM": "01/05/2016", "DEC": "01/06/2017", "REC": "E8"}}, OC2: {{"CHILD": "1", "SDQ_REASON": "SDQ1"}}},
		map[TableID][]row{Episodes: {{"CHILD": "2", "RNE": "S", "DECOM": "01/05/2016"}}, OC2: {{"CHILD": "2", "SDQ_REASON": "SDQ1"}}}},
	{"546", map[TableID][]row{Episodes: {{"CHILD": "1", "RNE": "S", "DECOM": "01/05/2016"}}, OC2: {{"CHILD": "1", "DOB": "31/03/2013", "HEALTH_CHECK": "1"}}},
		map[TableID][]row{Episodes: {{"CHILD": "1", "RNE": "S", "DECOM": "01/05/2016"}}, OC2: {{"CHILD": "1", "DOB": "01/04/2013", "HEALTH_CHECK": "1"}}}},
	// 388: an X1 episode needs a continuation starting on its DEC; an open last episode counts as ending on 31 March
	{"388", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/06/2017", "REC": "X1"}}},
		map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/06/2017"}, {"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/06/2017", "REC": "X1"}}}},
	{"388", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "REC": "X1"}}},
		map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/06/2017", "REC": "E11"}, {"CHILD": "1", "DECOM": "02/06/2017"}}}},
	{"165", map[TableID][]row{Header: {{"CHILD": "1", "SEX": "2"}}, Episodes: {{"CHILD": "1", "LS": "C2", "DECOM": "01/05/2017"}}, OC3: {}},
		map[TableID][]row{Header: {{"CHILD": "1", "SEX": "2", "MOTHER": "0"}, {"CHILD": "2", "SEX": "2"}}, Episodes: {{"CHILD": "1", "LS": "C2", "DECOM": "01/05/2017"}, {"CHILD": "2", "LS": "V3", "DECOM": "01/05/2017"}}, OC3: {}}},
	{"607", map[TableID][]row{Header: {{"CHILD": "1", "SEX": "2"}}, Episodes: {{"CHILD": "1", "LS": "C2", "DECOM": "01/05/2017", "DEC": "01/06/2017", "REC": "E11"}}},
		map[TableID][]row{Header: {{"CHILD": "1", "SEX": "2", "MOTHER": "1"}, {"CHILD": "2", "SEX": "2"}}, Episodes: {{"CHILD": "1", "LS": "C2", "DECOM": "01/05/2017", "DEC": "01/06/2017", "REC": "E11"}, {"CHILD": "2", "LS": "C2", "DECOM": "01/05/2017", "DEC": "01/06/2017", "REC": "X1"}}}},
	{"634", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2016"}}, PrevPerm: {{"CHILD": "1", "PREV_PERM": "Z1"}}},
		map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2016"}, {"CHILD": "1", "DECOM": "01/05/2017"}}, PrevPerm: {{"CHILD": "1", "PREV_PERM": "Z1"}}}},
	{"398", map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V3", "HOME_POST": "M2 3RT"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V3"}, {"CHILD": "1", "LS": "C2", "HOME_POST": "M2 3RT"}}}},
	{"551", map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "A3"}}, PlacedAdoption: {}},
		map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "A3"}, {"CHILD": "2", "PLACE": "U1"}}, PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "01/01/2017"}}}},
	{"366", map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V3", "RNE": "P"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V3", "RNE": "S"}, {"CHILD": "1", "LS": "V4", "RNE": "P"}}}},
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
	{"365", map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V3", "DECOM": "01/05/2017", "DEC": "19/05/2017"}}},
		map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V3", "DECOM": "01/05/2017", "DEC": "18/05/2017"}, {"CHILD": "1", "LS": "V3", "DECOM": "14/03/2018"}}}},
	{"380", map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "T1", "RNE": "S"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "T1", "RNE": "P"}, {"CHILD": "1", "PLACE": "U1", "RNE": "S"}}}},
	{"553", map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "E1"}, {"CHILD": "2", "LS": "E1"}}, PlacedAdoption: {{"CHILD": "2", "DATE_PLACED": "01/01/2017", "REASON_PLACED_CEASED": "RD1"}}},
		map[TableID][]row{Episodes: {{"CHILD": "2", "LS": "E1", "DEC": "01/06/2017"}, {"CHILD": "3", "LS": "C2"}}, PlacedAdoption: {{"CHILD": "2", "DATE_PLACED": "01/01/2017", "REASON_PLACED_CEASED": "RD1"}}}},
	{"555", map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "D1"}}, PlacedAdoption: {}},
		map[TableID][]row{Episodes: {{"CHILD": "2", "LS": "D1"}}, PlacedAdoption: {{"CHILD": "2", "DATE_PLACED": "01/01/2017"}}}},
	{"408", map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "A5", "LS": "C2"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "A5", "LS": "E1"}, {"CHILD": "1", "PLACE": "A3", "LS": "C2"}}}},
	{"217", map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "A3", "DECOM": "01/04/2015", "RNE": "P"}}},
		map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "A3", "DECOM": "31/03/2015", "RNE": "P"}, {"CHILD": "1", "PLACE": "A5", "DECOM": "01/04/2015", "RNE": "T"}}}},
	{"381", map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "T2", "REC": "E11"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "T2", "REC": "X1"}, {"CHILD": "1", "PLACE": "T2"}, {"CHILD": "1", "PLACE": "U1", "REC": "E11"}}}},
	// 367: 40 + 40 days of V3 in the year; the good case's first episode is cut to 1 April
	{"367", map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V3", "DECOM": "01/05/2017", "DEC": "10/06/2017"}, {"CHILD": "1", "LS": "V3", "DECOM": "01/07/2017", "DEC": "10/08/2017"}}},
		map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V3", "DECOM": "01/01/2017", "DEC": "01/05/2017"}, {"CHILD": "1", "LS": "V3", "DECOM": "01/07/2017", "DEC": "10/08/2017"}}}},
	{"382", map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V4", "PLACE": "T1"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V4", "PLACE": "U1"}, {"CHILD": "1", "LS": "C2", "PLACE": "T1"}}}},
	{"384", map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V3", "PLACE": "U4"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V3", "PLACE": "T1"}, {"CHILD": "1", "LS": "C2", "PLACE": "U4"}}}},
	{"557", map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "A3", "REC": "E4A"}}, PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "01/01/2017"}}},
		map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "A3", "REC": "E11"}, {"CHILD": "2", "LS": "E1", "REC": "E4A"}}, PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "01/01/2017"}, {"CHILD": "2", "DATE_PLACED": "01/01/2017", "DATE_PLACED_CEASED": "01/06/2017", "REASON_PLACED_CEASED": "RD1"}}}},
	{"383", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "PLACE": "U1"}, {"CHILD": "1", "DECOM": "01/06/2017", "PLACE": "T1", "RNE": "P"}, {"CHILD": "1", "DECOM": "05/06/2017", "PLACE": "U2", "RNE": "P"}}},
		map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "05/06/2017", "PLACE": "U1", "RNE": "P"}, {"CHILD": "1", "DECOM": "01/05/2017", "PLACE": "U1"}, {"CHILD": "1", "DECOM": "01/06/2017", "PLACE": "T1", "RNE": "P"}, {"CHILD": "2", "DECOM": "01/06/2017", "PLACE": "T1"}}}},
	{"390", map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "U1", "REC": "E12"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "A5", "REC": "E12"}, {"CHILD": "1", "PLACE": "U1", "REC": "E13"}}}},
}

func TestRules(t *testing.T) {
	cases := ruleCases
	byCode := map[string]*Rule{}
	multi := map[string]bool{} // codes with a version per collection year
	for _, r := range Rules() {
		// of several versions, the table cases test the one in force in 2017/18
		old := byCode[r.Code]
		multi[r.Code] = old != nil
		if old == nil || (!old.Applies(2017) && r.Applies(2017)) {
			byCode[r.Code] = r
		}
	}
	tested := map[string]bool{}
	for _, tc := range cases {
		r := byCode[tc.code]
		if r == nil {
			t.Errorf("rule %s not registered", tc.code)
			continue
		}
		tested[tc.code] = true
		year := 2017
		if !r.Applies(year) {
			year = r.Until
		}
		if r.From > year {
			year = r.From
		}
		badRet, goodRet := mk(tc.bad), mk(tc.good)
		if set := caseLookups[tc.code]; set != nil {
			set(badRet)
			set(goodRet)
		}
		bad, _ := run(badRet, nil, year, []*Rule{r})
		if len(bad) == 0 {
			t.Errorf("rule %s: failing case passed", tc.code)
		}
		good, _ := run(goodRet, nil, year, []*Rule{r})
		if len(good) != 0 {
			t.Errorf("rule %s: passing case failed: %+v", tc.code, good)
		}
	}
	for code, r := range byCode {
		// rules needing last year's return, and rules with a version per
		// year, are held to cases in TestYearRules
		if !tested[code] && !r.NeedsPrev && !multi[code] {
			t.Errorf("rule %s has no table test", code)
		}
	}
}

func TestDay(t *testing.T) {
	if d := ParseDay("29/02/2016"); d.AddYears(1) != MakeDay(2017, 2, 28) {
		t.Errorf("AddYears from 29 Feb: %v", d.AddYears(1))
	}
	for _, s := range []string{"", "31/02/2017", "2017-01-01", "1/1/17"} {
		if ParseDay(s).Valid() {
			t.Errorf("%q parsed", s)
		}
	}
	d := ParseDay("28/02/2016")
	for i := 0; i < 2000; i++ {
		n := d.AddDays(1)
		if DaysBetween(d, n) != 1 || n <= d {
			t.Fatalf("AddDays(1) from %v gave %v", d, n)
		}
		d = n
	}
	if s := ParseDay("05/03/2018").String(); s != "05/03/2018" {
		t.Errorf("String %s", s)
	}
}

func TestLoadUnknownHeader(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir+"/a.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER\n1,1,01/01/2010,WBRI,UN1,\n")
	writeFile(t, dir+"/b.csv", "\ufeffCHILD,DOB,REVIEW,REVIEW_CODE\n1,01/01/2010,01/02/2017,PN1\n")
	r, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !r.Has(Reviews) || r.Has(Header) || len(r.Problems) != 1 {
		t.Fatalf("tables/problems wrong: %v", r.Problems)
	}
	t.Log(r.Problems[0])
	writeFile(t, dir+"/c.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\n")
	if _, err := Load(dir); err == nil {
		t.Error("two Reviews tables accepted")
	}
}

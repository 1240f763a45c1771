package ssda903

// Code-set and single-table rules.

// codeRule builds a rule that flags a non-blank value (or, with blankFails,
// also a blank one) outside a fixed list.
func codeRule(code, desc string, id TableID, field string, blankFails bool, valid func(y int, v string) bool) *Rule {
	return &Rule{Code: code, Description: desc, Tables: []TableID{id}, Fields: []string{field},
		Check: func(c *Context) {
			t := c.Cur.Tables[id]
			col := t.Col(field)
			for row := 0; row < t.Len(); row++ {
				v := t.Cell(row, col)
				if v == "" && !blankFails {
					continue
				}
				if !valid(c.Year, v) {
					c.Flag(id, row, field, "")
				}
			}
		}}
}

func list(vals ...string) func(int, string) bool {
	return func(_ int, v string) bool { return in(v, vals...) }
}

var placeCodes2022 = []string{"A3", "A4", "A5", "A6", "H5", "K1", "K2", "P1", "P2", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1"}
var placeCodes2025 = []string{"A3", "A4", "A5", "A6", "K1", "K2", "K3", "P1", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z11", "Z12", "Z13", "Z14"}

var accomCodes = []string{"B1", "B2", "C1", "C2", "D1", "D2", "E1", "E2", "G1", "G2", "H1", "H2", "K1", "K2", "R1", "R2", "S2", "T1", "T2", "U1", "U2", "V1", "V2", "W1", "W2", "X2", "Y1", "Y2", "Z1", "Z2", "0"}

func init() {
	// 120: "The reason for the reversal of the decision that the child should
	// be placed for adoption code is not valid." RD1-RD4 or blank.
	register(codeRule("120", "The reason for the reversal of the decision that the child should be placed for adoption code is not valid.",
		PlacedAdoption, "REASON_PLACED_CEASED", false, list("RD1", "RD2", "RD3", "RD4")))

	// 132: "Data entry for activity after leaving care is invalid." ACTIV
	// must be one of the codes; a blank is invalid too.
	register(codeRule("132", "Data entry for activity after leaving care is invalid.",
		OC3, "ACTIV", true, list("F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0")))

	// 133: "Data entry for accommodation after leaving care is invalid."
	// ACCOM must be a listed code; blank is invalid.
	register(codeRule("133", "Data entry for accommodation after leaving care is invalid. If reporting on a childs accommodation after leaving care the data entry must be valid",
		OC3, "ACCOM", true, list(accomCodes...)))

	// 143: "The code entered for the reason for new episode is not a valid code."
	register(codeRule("143", "The code entered for the reason for new episode is not a valid code.",
		Episodes, "RNE", false, list("S", "L", "P", "T", "B", "U")))

	// 144: "The legal status code is not a valid code."
	register(codeRule("144", "The legal status code is not a valid code.",
		Episodes, "LS", false, list("C1", "C2", "D1", "E1", "V2", "V3", "V4", "J1", "J2", "J3", "L1", "L2", "L3")))

	// 145: "Category of need code is not a valid code." N1-N8.
	register(codeRule("145", "Category of need code is not a valid code.",
		Episodes, "CIN", false, list("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8")))

	// 146: "Placement type is not a valid code." The list changed in 2025/26.
	register(codeRule("146", "Placement type is not a valid code.", Episodes, "PLACE", false,
		func(y int, v string) bool {
			if y >= 2025 {
				return in(v, placeCodes2025...)
			}
			return in(v, placeCodes2022...) || (y == 2024 && v == "K3") // K3 (supported accommodation) from 2024/25
		}))

	// 149: "Reason episode ceased is not a valid code."
	register(codeRule("149", "Reason episode ceased is not a valid code.", Episodes, "REC", false,
		list("E11", "E12", "E2", "E3", "E4A", "E4B", "E13", "E41", "E45", "E46", "E47", "E48", "E5", "E6", "E7", "E8", "E9", "E14", "E15", "E16", "E17", "X1")))

	// 148: "Date episode ceased and reason episode ceased must both be coded,
	// or both left blank."
	register(&Rule{Code: "148", Description: "Date episode ceased and reason episode ceased must both be coded, or both left blank.",
		Tables: []TableID{Episodes}, Fields: []string{"DEC", "REC"},
		Check: func(c *Context) {
			eachRow(c, Episodes, func(t *Table, row int) {
				if (t.Get(row, "DEC") == "") != (t.Get(row, "REC") == "") {
					c.Flag(Episodes, row, "DEC", "")
				}
			})
		}})

	// 168: "Unique Pupil Number (UPN) is not valid. If unknown, default codes
	// should be UN1, UN2, UN3, UN4 or UN5." Format check only: a letter other
	// than I, O or S, then 12 digits or 11 digits and a letter.
	register(&Rule{Code: "168", Description: "Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2, UN3, UN4 or UN5.",
		Tables: []TableID{Header}, Fields: []string{"UPN"},
		Check: func(c *Context) {
			eachRow(c, Header, func(t *Table, row int) {
				if v := t.Get(row, "UPN"); v != "" && !upnShape(v) {
					c.Flag(Header, row, "UPN", "")
				}
			})
		}})

	// 178: "Placement provider code is not a valid code." Required (PR0-PR5)
	// unless the placement type needs no provider; a blank is left to 213/218.
	register(&Rule{Code: "178", Description: "Placement provider code is not a valid code.",
		Tables: []TableID{Episodes}, Fields: []string{"PLACE_PROVIDER"},
		Check: func(c *Context) {
			noProvider := []string{"T0", "T1", "T2", "T3", "T4", "Z1"}
			if c.Year >= 2025 {
				noProvider = []string{"T0", "T1", "T2", "T3", "Z11", "Z12", "Z13", "Z14"}
			}
			eachRow(c, Episodes, func(t *Table, row int) {
				pp := t.Get(row, "PLACE_PROVIDER")
				if pp == "" {
					return
				}
				if !in(pp, "PR0", "PR1", "PR2", "PR3", "PR4", "PR5") || in(t.Get(row, "PLACE"), noProvider...) {
					c.Flag(Episodes, row, "PLACE_PROVIDER", "")
				}
			})
		}})

	// 158: "If a child has been recorded as receiving an intervention for their
	// substance misuse problem, then the additional item on whether an
	// intervention was offered should be left blank."
	register(&Rule{Code: "158", Description: "If a child has been recorded as receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be left blank.",
		Tables: []TableID{OC2}, Fields: []string{"INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"},
		Check: func(c *Context) {
			eachRow(c, OC2, func(t *Table, row int) {
				if t.Get(row, "INTERVENTION_RECEIVED") == "1" && t.Get(row, "INTERVENTION_OFFERED") != "" {
					c.Flag(OC2, row, "INTERVENTION_OFFERED", "")
				}
			})
		}})

	// 193: "Child not identified as having a substance misuse problem but at
	// least one of the two additional items on whether an intervention were
	// offered and received have been completed."
	register(&Rule{Code: "193", Description: "Child not identified as having a substance misuse problem but at least one of the two additional items on whether an intervention were offered and received have been completed.",
		Tables: []TableID{OC2}, Fields: []string{"SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"},
		Check: func(c *Context) {
			eachRow(c, OC2, func(t *Table, row int) {
				sm := t.Get(row, "SUBSTANCE_MISUSE")
				if (sm == "" || sm == "0") && (t.Get(row, "INTERVENTION_RECEIVED") != "" || t.Get(row, "INTERVENTION_OFFERED") != "") {
					c.Flag(OC2, row, "SUBSTANCE_MISUSE", "")
				}
			})
		}})

	// 385: "Date episode ceased must be on or before the end of the current
	// collection year."
	register(&Rule{Code: "385", Description: "Date episode ceased must be on or before the end of the current collection year.",
		Tables: []TableID{Episodes}, Fields: []string{"DEC"},
		Check: func(c *Context) {
			eachRow(c, Episodes, func(t *Table, row int) {
				if d := ParseDay(t.Get(row, "DEC")); d.Valid() && d > c.End {
					c.Flag(Episodes, row, "DEC", "")
				}
			})
		}})

	// 445: "D1 is not a valid code for episodes starting after December 2005."
	// Removed from 2024/25.
	register(&Rule{Code: "445", Description: "D1 is not a valid code for episodes starting after December 2005.",
		Tables: []TableID{Episodes}, Fields: []string{"LS", "DECOM"}, Until: 2023,
		Check: func(c *Context) {
			eachRow(c, Episodes, func(t *Table, row int) {
				if t.Get(row, "LS") == "D1" && ParseDay(t.Get(row, "DECOM")) > MakeDay(2005, 12, 31) {
					c.Flag(Episodes, row, "LS", "")
				}
			})
		}})

	// 440: "Participation method indicates child was under 4 years old at the
	// time of the review, but date of birth and review date indicates the
	// child was 4 years old or over." (Flagged when the review is after the
	// 4th birthday.)
	register(&Rule{Code: "440", Description: "Participation method indicates child was under 4 years old at the time of the review, but date of birth and review date indicates the child was 4 years old or over.",
		Tables: []TableID{Reviews}, Fields: []string{"DOB", "REVIEW", "REVIEW_CODE"},
		Check: func(c *Context) {
			eachRow(c, Reviews, func(t *Table, row int) {
				if t.Get(row, "REVIEW_CODE") != "PN0" {
					return
				}
				dob, rv := ParseDay(t.Get(row, "DOB")), ParseDay(t.Get(row, "REVIEW"))
				if dob.Valid() && rv.Valid() && rv > dob.AddYears(4) {
					c.Flag(Reviews, row, "REVIEW_CODE", "")
				}
			})
		}})

	// 441: "Participation method indicates child was 4 years old or over at
	// the time of the review, but the date of birth and review date indicates
	// the child was under 4 years old."
	register(&Rule{Code: "441", Description: "Participation method indicates child was 4 years old or over at the time of the review, but the date of birth and review date indicates the child was under 4 years old.",
		Tables: []TableID{Reviews}, Fields: []string{"DOB", "REVIEW", "REVIEW_CODE"},
		Check: func(c *Context) {
			eachRow(c, Reviews, func(t *Table, row int) {
				if !in(t.Get(row, "REVIEW_CODE"), "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7") {
					return
				}
				dob, rv := ParseDay(t.Get(row, "DOB")), ParseDay(t.Get(row, "REVIEW"))
				if dob.Valid() && rv.Valid() && rv < dob.AddYears(4) {
					c.Flag(Reviews, row, "REVIEW_CODE", "")
				}
			})
		}})

	// 542: "A child aged under 10 at 31 March should not have conviction
	// information completed."
	register(&Rule{Code: "542", Description: "A child aged under 10 at 31 March should not have conviction information completed.",
		Tables: []TableID{OC2}, Fields: []string{"CONVICTED"},
		Check: func(c *Context) {
			eachRow(c, OC2, func(t *Table, row int) {
				dob := ParseDay(t.Get(row, "DOB"))
				if dob.Valid() && dob.AddYears(10) > c.End && t.Get(row, "CONVICTED") != "" {
					c.Flag(OC2, row, "CONVICTED", "")
				}
			})
		}})

	// Placement provider against placement type, 527-531 and 550.
	provPlace := func(code, desc, prov string, bad bool, places ...string) {
		register(&Rule{Code: code, Description: desc, Tables: []TableID{Episodes}, Fields: []string{"PLACE", "PLACE_PROVIDER"},
			Check: func(c *Context) {
				eachRow(c, Episodes, func(t *Table, row int) {
					if t.Get(row, "PLACE_PROVIDER") == prov && in(t.Get(row, "PLACE"), places...) == bad {
						c.Flag(Episodes, row, "PLACE_PROVIDER", "")
					}
				})
			}})
	}
	// 527: "A placement provider code of PR1 cannot be associated with placements P1, R2 or R5."
	provPlace("527", "A placement provider code of PR1 cannot be associated with placements P1, R2 or R5.", "PR1", true, "P1", "R2", "R5")
	// 528: "A placement provider code of PR2 cannot be associated with placements P1, R2 or R5."
	provPlace("528", "A placement provider code of PR2 cannot be associated with placements P1, R2 or R5.", "PR2", true, "P1", "R2", "R5")
	// 529: "Placement provider code of PR3 cannot be associated with placements
	// P1, A3 to A6, K1, K2 and U1 to U6 ..."
	provPlace("529", "Placement provider code of PR3 cannot be associated with placements P1, A3 to A6, K1, K2 and U1 to U6 as these placements cannot be provided by other public organisations.", "PR3", true,
		"A3", "A4", "A5", "A6", "K1", "K2", "P1", "U1", "U2", "U3", "U4", "U5", "U6")
	// 530: "A placement provider code of PR4 cannot be associated with placement P1."
	provPlace("530", "A placement provider code of PR4 cannot be associated with placement P1.", "PR4", true, "P1")
	// 531: "A placement provider code of PR5 cannot be associated with placements P1."
	provPlace("531", "A placement provider code of PR5 cannot be associated with placements P1.", "PR5", true, "P1")
	// 550: "A placement provider code of PR0 can only be associated with placement P1."
	provPlace("550", "A placement provider code of PR0 can only be associated with placement P1.", "PR0", false, "P1")

	// AD1 adopters' number, sex and legal status, 511-524.
	ad1 := func(code, desc string, bad func(nb, sex, ls string) bool) {
		register(&Rule{Code: code, Description: desc, Tables: []TableID{AD1}, Fields: []string{"NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"},
			Check: func(c *Context) {
				eachRow(c, AD1, func(t *Table, row int) {
					if bad(t.Get(row, "NB_ADOPTR"), t.Get(row, "SEX_ADOPTR"), t.Get(row, "LS_ADOPTR")) {
						c.Flag(AD1, row, "SEX_ADOPTR", "")
					}
				})
			}})
	}
	// 511: two adopters must be MM, FF or MF.
	ad1("511", "If reporting that the number of person(s) adopting the looked after child is two adopters then the code should only be MM, FF or MF. MM = the adopting couple are both males; FF = the adopting couple are both females; MF = The adopting couple are male and female.",
		func(nb, sex, _ string) bool { return nb == "2" && in(sex, "M1", "F1") })
	// 514: a single adopter (L0) must be M1 or F1.
	ad1("514", "Data entry on the legal status of adopters shows a single adopter but data entry for the numbers of adopters shows it as a couple.",
		func(_, sex, ls string) bool { return ls == "L0" && !in(sex, "M1", "F1") })
	// 517: L3 adopters must be MF.
	ad1("517", "If reporting legal status of adopters is L3 then the genders of adopters should be coded as MF. MF = the adopting couple are male and female.",
		func(_, sex, ls string) bool { return ls == "L3" && sex != "MF" })
	// 518: L4 adopters must be MM or FF.
	ad1("518", "If reporting legal status of adopters is L4 then the genders of adopters should be coded as MM or FF. MM = the adopting couple are both males. FF = the adopting couple are both females.",
		func(_, sex, ls string) bool { return ls == "L4" && !in(sex, "MM", "FF") })
	// 519: civil partners (L2) must be a couple.
	ad1("519", "Data entered on the legal status of adopters shows civil partnership couple, but data entered on genders of adopters does not show it as a couple.",
		func(_, sex, ls string) bool { return ls == "L2" && !in(sex, "MM", "FF", "MF") })
	// 520: a different-gender married couple (L11) must be MF.
	ad1("520", "Data entry on the legal status of adopters shows different gender married couple but data entry on genders of adopters shows it as a same gender couple.",
		func(_, sex, ls string) bool { return ls == "L11" && sex != "MF" })
	// 524: a same-gender married couple (L12) must be MM or FF.
	ad1("524", "If reporting legal status of adopters is L12 then the genders of adopters should be coded as MM or FF. MM = the adopting couple are both males. FF = the adopting couple are both females",
		func(_, sex, ls string) bool { return ls == "L12" && !in(sex, "MM", "FF") })
}

// upnShape checks the UPN format (not the check letter): a letter other than
// I, O or S followed by 12 digits, or 11 digits and a letter; or UN1-UN5.
func upnShape(s string) bool {
	if len(s) == 3 && s[0] == 'U' && s[1] == 'N' && s[2] >= '1' && s[2] <= '5' {
		return true
	}
	if len(s) != 13 {
		return false
	}
	up := func(b byte) bool { return b >= 'A' && b <= 'Z' }
	dig := func(b byte) bool { return b >= '0' && b <= '9' }
	if !up(s[0]) || s[0] == 'I' || s[0] == 'O' || s[0] == 'S' {
		return false
	}
	for i := 1; i < 12; i++ {
		if !dig(s[i]) {
			return false
		}
	}
	return dig(s[12]) || up(s[12])
}

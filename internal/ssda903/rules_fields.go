package ssda903

// Rules 101-197 of the 2022/23 rule set (and 105): code validity, date
// validity and the single-table consistency rules, then the rules that join
// a table to Header; and 301-304 (date of birth against the year and the
// first episode, the UASC flag and the date UASC ceased). Each follows the DfE description and the sector
// validator's lac2022_23 rule of the same code
// (data-to-insight/csc-validator-be-903), written afresh.

import "strconv"

// dateRule registers a rule flagging a value of field that is not a
// DD/MM/YYYY date; a blank fails only with blankFails.
func dateRule(code, desc string, id TableID, field string, blankFails bool) {
	register(codeRule(code, desc, id, field, blankFails, validDate))
}

// validDate reports whether v is a valid date (any year).
func validDate(_ int, v string) bool { return ParseDay(v).Valid() }

// rowRule registers a single-table rule: bad is given the row's cells of
// fields (in order, in vals) and reports whether the row fails; the row is
// flagged on fields[0]. vals is reused from row to row.
func rowRule(code, desc string, id TableID, fields []string, bad func(c *Context, vals []string) bool) *Rule {
	return register(&Rule{Code: code, Description: desc, Tables: []TableID{id}, Fields: fields,
		Check: func(c *Context) {
			t := c.Cur.Tables[id]
			cols := make([]int, len(fields))
			for i, f := range fields {
				cols[i] = t.Col(f)
			}
			vals := make([]string, len(fields))
			for row := 0; row < t.Len(); row++ {
				for i, col := range cols {
					vals[i] = t.Cell(row, col)
				}
				if bad(c, vals) {
					c.Flag(id, row, fields[0], "")
				}
			}
		}})
}

// someBlank reports whether any of vals is blank; noneBlank whether none
// is; allBlank whether all are.
func someBlank(vals ...string) bool {
	for _, v := range vals {
		if v == "" {
			return true
		}
	}
	return false
}

func allBlank(vals ...string) bool {
	for _, v := range vals {
		if v != "" {
			return false
		}
	}
	return true
}

// sdqScore reports whether s is a valid SDQ score: a number equal to a
// whole number from 0 to 40 ("20.0" counts, as the validator's numeric
// coercion takes it).
func sdqScore(s string) bool {
	if len(s) <= 2 && s != "" && s[0] >= '0' && s[0] <= '9' && (len(s) == 1 || s[1] >= '0' && s[1] <= '9') {
		n := int(s[0] - '0')
		if len(s) == 2 {
			n = n*10 + int(s[1]-'0')
		}
		return n <= 40
	}
	f, err := strconv.ParseFloat(s, 64)
	return err == nil && f >= 0 && f <= 40 && f == float64(int(f))
}

var ethnicCodes = []string{"WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT"}

func init() {
	// Code validity.

	// 101: "Gender code is not valid." SEX must be 1 or 2; blank fails. From
	// 2024/25 SEX is M, F or U (rules_years.go).
	register(codeRule("101", "Gender code is not valid.", Header, "SEX", true, list("1", "2"))).Until = 2023
	// 103: "The ethnicity code is either not valid or has not been entered."
	register(codeRule("103", "The ethnicity code is either not valid or has not been entered.", Header, "ETHNIC", true, list(ethnicCodes...))).Until = 2023
	// 114: "Data entry to record the status of former carer(s) of an adopted
	// child is invalid." FOSTER_CARE 0 or 1, or blank.
	register(codeRule("114", "Data entry to record the status of former carer(s) of an adopted child is invalid.", AD1, "FOSTER_CARE", false, list("0", "1")))
	// 131: "Data entry for being in touch after leaving care is invalid."
	// IN_TOUCH must be a listed code; blank fails.
	register(codeRule("131", "Data entry for being in touch after leaving care is invalid.", OC3, "IN_TOUCH", true, list("YES", "NO", "DIED", "REFU", "NREQ", "RHOM")))
	// 175: "The number of adopter(s) code is not a valid code." 1, 2 or blank.
	register(codeRule("175", "The number of adopter(s) code is not a valid code.", AD1, "NB_ADOPTR", false, list("1", "2")))
	// 176: "The gender of adopter(s) at the date of adoption code is not a valid code."
	register(codeRule("176", "The gender of adopter(s) at the date of adoption code is not a valid code.", AD1, "SEX_ADOPTR", false, list("M1", "F1", "MM", "FF", "MF")))
	// 177: "The legal status of adopter(s) code is not a valid code."
	register(codeRule("177", "The legal status of adopter(s) code is not a valid code.", AD1, "LS_ADOPTR", false, list("L0", "L11", "L12", "L2", "L3", "L4")))
	// 196: "Strengths and Difficulties (SDQ) reason is not a valid code."
	register(codeRule("196", "Strengths and Difficulties (SDQ) reason is not a valid code.", OC2, "SDQ_REASON", false, list("SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5")))

	// Date validity.

	// 102: "Date of birth is not a valid date." A blank DOB fails too.
	dateRule("102", "Date of birth is not a valid date.", Header, "DOB", true)
	// 112: "Date should be placed for adoption is not a valid date."
	dateRule("112", "Date should be placed for adoption is not a valid date.", AD1, "DATE_INT", false)
	// 113: "Date matching child and adopter(s) is not a valid date."
	dateRule("113", "Date matching child and adopter(s) is not a valid date.", AD1, "DATE_MATCH", false)
	// 115: "Date of Local Authority's (LA) decision that a child should be
	// placed for adoption is not a valid date."
	dateRule("115", "Date of Local Authority's (LA) decision that a child should be placed for adoption is not a valid date.", PlacedAdoption, "DATE_PLACED", false)
	// 116: "Date of Local Authority's (LA) decision that a child should no
	// longer be placed for adoption is not a valid date."
	dateRule("116", "Date of Local Authority's (LA) decision that a child should no longer be placed for adoption is not a valid date.", PlacedAdoption, "DATE_PLACED_CEASED", false)
	// 141: "Date episode began is not a valid date."
	dateRule("141", "Date episode began is not a valid date.", Episodes, "DECOM", false)
	// 147: "Date episode ceased is not a valid date."
	dateRule("147", "Date episode ceased is not a valid date.", Episodes, "DEC", false)
	// 166: "Date of review is invalid or blank."
	dateRule("166", "Date of review is invalid or blank.", Reviews, "REVIEW", true)
	// 171: "Date of birth of mother's child is not a valid date."
	dateRule("171", "Date of birth of mother's child is not a valid date.", Header, "MC_DOB", false)

	// 104: "Date for Unaccompanied Asylum-Seeking Children (UASC) status
	// ceased is not a valid date." A DUC that is not a date, or is before the
	// collection year.
	rowRule("104", "Date for Unaccompanied Asylum-Seeking Children (UASC) status ceased is not a valid date.",
		UASC, []string{"DUC"}, func(c *Context, v []string) bool {
			if v[0] == "" {
				return false
			}
			d := ParseDay(v[0])
			return !d.Valid() || d < c.Start
		})

	// Single-table consistency.

	// 119: "If the decision is made that a child should no longer be placed
	// for adoption, then the date of this decision and the reason why this
	// decision was made must be completed." Both or neither.
	rowRule("119", "If the decision is made that a child should no longer be placed for adoption, then the date of this decision and the reason why this decision was made must be completed.",
		PlacedAdoption, []string{"REASON_PLACED_CEASED", "DATE_PLACED_CEASED"}, func(_ *Context, v []string) bool {
			return (v[0] == "") != (v[1] == "")
		})

	// 151: "All data items relating to a childs adoption must be coded or
	// left blank."
	rowRule("151", "All data items relating to a childs adoption must be coded or left blank.",
		AD1, []string{"DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"}, func(_ *Context, v []string) bool {
			return someBlank(v...) && !allBlank(v...)
		})

	// 153: "All data items relating to a child's activity or accommodation
	// after leaving care must be coded or left blank."
	rowRule("153", "All data items relating to a child's activity or accommodation after leaving care must be coded or left blank.",
		OC3, []string{"IN_TOUCH", "ACTIV", "ACCOM"}, func(_ *Context, v []string) bool {
			return someBlank(v...) && !allBlank(v...)
		})

	// 159: "If a child has been recorded as not receiving an intervention for
	// their substance misuse problem, then the additional item on whether an
	// intervention was offered should be completed as well."
	rowRule("159", "If a child has been recorded as not receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be completed as well.",
		OC2, []string{"SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"}, func(_ *Context, v []string) bool {
			return v[0] == "1" && v[1] == "0" && v[2] == ""
		})

	// 167: "Data entry for participation is invalid or blank." A review needs
	// a PN0-PN7 code; a row without a review date needs none.
	rowRule("167", "Data entry for participation is invalid or blank.",
		Reviews, []string{"REVIEW_CODE", "REVIEW"}, func(_ *Context, v []string) bool {
			if v[1] == "" {
				return v[0] != ""
			}
			return !in(v[0], "PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7")
		})

	// 174: "Mother's child date of birth is recorded but gender shows that
	// the child is a male."
	rowRule("174", "Mother's child date of birth is recorded but gender shows that the child is a male.",
		Header, []string{"MC_DOB", "SEX"}, func(_ *Context, v []string) bool {
			return v[1] == "1" && v[0] != ""
		}).Until = 2023 // SEX is M, F or U from 2024/25 (rules_years.go)

	// 180: "Data entry for the strengths and difficulties questionnaire (SDQ)
	// score is invalid." A score must be a whole number from 0 to 40.
	rowRule("180", "Data entry for the strengths and difficulties questionnaire (SDQ) score is invalid.",
		OC2, []string{"SDQ_SCORE"}, func(_ *Context, v []string) bool {
			return v[0] != "" && !sdqScore(v[0])
		})

	// 181: "Data items relating to children looked after continuously for 12
	// months should be completed with a 0 or 1."
	rowRule("181", "Data items relating to children looked after continuously for 12 months should be completed with a 0 or 1.",
		OC2, oc2Items, func(_ *Context, v []string) bool {
			for _, s := range v {
				if s != "" && s != "0" && s != "1" {
					return true
				}
			}
			return false
		})

	// 182: "Data entries on immunisations, teeth checks, health assessments
	// and substance misuse problem identified should be completed or all OC2
	// fields should be left blank." One of the four left blank while any of
	// conviction, health check or the intervention items is completed.
	rowRule("182", "Data entries on immunisations, teeth checks, health assessments and substance misuse problem identified should be completed or all OC2 fields should be left blank.",
		OC2, []string{"IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "CONVICTED", "HEALTH_CHECK", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"},
		func(_ *Context, v []string) bool {
			return someBlank(v[:4]...) && !allBlank(v[4:]...)
		})

	// 188: "Child is aged under 4 years at the end of the year, but a
	// Strengths and Difficulties (SDQ) score or a reason for no SDQ score has
	// been completed."
	rowRule("188", "Child is aged under 4 years at the end of the year, but a Strengths and Difficulties (SDQ) score or a reason for no SDQ score has been completed. ",
		OC2, []string{"SDQ_SCORE", "SDQ_REASON", "DOB"}, func(c *Context, v []string) bool {
			dob := ParseDay(v[2])
			return dob.Valid() && dob.AddYears(4) > c.End && !allBlank(v[0], v[1])
		})

	// 189: "Child is aged 17 years or over at the beginning of the year, but
	// an Strengths and Difficulties (SDQ) score or a reason for no Strengths
	// and Difficulties (SDQ) score has been completed."
	rowRule("189", "Child is aged 17 years or over at the beginning of the year, but an Strengths and Difficulties (SDQ) score or a reason for no Strengths and Difficulties (SDQ) score has been completed.",
		OC2, []string{"DOB", "SDQ_SCORE", "SDQ_REASON"}, func(c *Context, v []string) bool {
			dob := ParseDay(v[0])
			return dob.Valid() && dob.AddYears(17) <= c.Start && !allBlank(v[1], v[2])
		})

	// 192: "Child has been identified as having a substance misuse problem
	// but the additional item on whether an intervention was received has
	// been left blank."
	rowRule("192", "Child has been identified as having a substance misuse problem but the additional item on whether an intervention was received has been left blank.",
		OC2, []string{"SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED"}, func(_ *Context, v []string) bool {
			return v[0] == "1" && v[1] == ""
		})

	// 197a: "Reason for no Strengths and Difficulties (SDQ) score is not
	// required if Strengths and Difficulties Questionnaire score is filled in."
	rowRule("197a", "Reason for no Strengths and Difficulties (SDQ) score is not required if Strengths and Difficulties Questionnaire score is filled in.",
		OC2, []string{"SDQ_SCORE", "SDQ_REASON"}, func(_ *Context, v []string) bool {
			return v[0] != "" && v[1] != ""
		})

	// 105: "Data entry for Unaccompanied Asylum-Seeking Children (UASC) status
	// of child is invalid or has not been completed." Only the XML layout
	// carries the child's UASC flag (a Header UASC column, see LoadXML): it
	// must be 0 or 1, and a blank fails. The CSV files have no such item (the
	// UASC table's rows are the UASC children), so nothing fails there.
	register(&Rule{Code: "105", Description: "Data entry for Unaccompanied Asylum-Seeking Children (UASC) status of child is invalid or has not been completed.",
		Tables: []TableID{Header}, Fields: []string{"UASC"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Header]
			col := t.Col("UASC")
			if col < 0 {
				return
			}
			for row := 0; row < t.Len(); row++ {
				if v := t.Cell(row, col); v != "0" && v != "1" {
					c.Flag(Header, row, "UASC", "")
				}
			}
		}})
}

func init() {
	// 301: "Date of birth falls after the year ended."
	register(&Rule{Code: "301", Description: "Date of birth falls after the year ended.",
		Tables: []TableID{Header}, Fields: []string{"DOB"},
		Check: func(c *Context) {
			eachRow(c, Header, func(t *Table, row int) {
				if d := ParseDay(t.Get(row, "DOB")); d.Valid() && d > c.End {
					c.Flag(Header, row, "DOB", "")
				}
			})
		}})

	// 302: "First episode starts before child was born." The child's
	// earliest episode (by valid DECOM) starts before a Header DOB; both
	// rows are flagged.
	register(&Rule{Code: "302", Description: "First episode starts before child was born.",
		Tables: []TableID{Header, Episodes}, Fields: []string{"DECOM", "DOB"},
		Check: func(c *Context) {
			e, h := c.Cur.Tables[Episodes], c.Cur.Tables[Header]
			cDecom, cDOB := e.Col("DECOM"), h.Col("DOB")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				first, start := firstByDate(e, c.Cur.ChildRows(Episodes, ci), cDecom, nil)
				if first < 0 {
					continue
				}
				for _, hr := range c.Cur.ChildRows(Header, ci) {
					if dob := ParseDay(h.Cell(int(hr), cDOB)); dob.Valid() && dob > start {
						c.Flag(Episodes, first, "DECOM", "")
						c.Flag(Header, int(hr), "DOB", "")
					}
				}
			}
		}})

	// 303: "If date Unaccompanied Asylum-Seeking Child (UASC) status ceased
	// is not null, UASC status must be coded 1." Only an XML return carries
	// the UASC flag (on Header); in a CSV return a DUC is what makes a child
	// UASC, and the rule, as in the sector validator, finds nothing.
	register(&Rule{Code: "303", Description: "If date Unaccompanied Asylum-Seeking Child (UASC) status ceased is not null, UASC status must be coded 1.",
		Tables: []TableID{Header, UASC}, Fields: []string{"DUC", "UASC"},
		Check: func(c *Context) {
			h, u := c.Cur.Tables[Header], c.Cur.Tables[UASC]
			cFlag, cDUC := h.Col("UASC"), u.Col("DUC")
			if cFlag < 0 {
				return
			}
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				for _, hr := range c.Cur.ChildRows(Header, ci) {
					if numIs(h.Cell(int(hr), cFlag), 1) {
						continue
					}
					for _, ur := range c.Cur.ChildRows(UASC, ci) {
						if u.Cell(int(ur), cDUC) != "" {
							c.Flag(UASC, int(ur), "DUC", "")
							c.Flag(Header, int(hr), "UASC", "")
						}
					}
				}
			}
		}})

	// 304: "Date unaccompanied asylum-seeking child (UASC) status ceased must
	// be on or before the 18th birthday of a child." By the UASC row's DOB.
	register(&Rule{Code: "304", Description: "Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the 18th birthday of a child.",
		Tables: []TableID{UASC}, Fields: []string{"DUC"},
		Check: func(c *Context) {
			eachRow(c, UASC, func(t *Table, row int) {
				duc, dob := ParseDay(t.Get(row, "DUC")), ParseDay(t.Get(row, "DOB"))
				if duc.Valid() && dob.Valid() && duc > dob.AddYears(18) {
					c.Flag(UASC, row, "DUC", "")
				}
			})
		}})
}

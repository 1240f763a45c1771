package ssda903

// Rules on the OC2 items of children looked after continuously for 12
// months at 31 March (convictions, health, SDQ). Each follows the DfE
// description and the sector validator's lac2022_23 rule of the same code
// (data-to-insight/csc-validator-be-903), written afresh.

// oc2CLARule registers a rule on the OC2 rows of children looked after
// continuously for 12 months at 31 March with a valid DOB: bad sees the DOB
// and the SDQ score and reason.
func oc2CLARule(code, desc, field string, bad func(c *Context, dob Day, score, reason string) bool) {
	register(&Rule{Code: code, Description: desc, Tables: []TableID{OC2, Episodes}, Fields: []string{field, "DOB"},
		Check: func(c *Context) {
			cla := continuouslyLookedAfter(c)
			o := c.Cur.Tables[OC2]
			cDOB, cScore, cReason := o.Col("DOB"), o.Col("SDQ_SCORE"), o.Col("SDQ_REASON")
			for ci, yes := range cla {
				if !yes {
					continue
				}
				for _, r := range c.Cur.ChildRows(OC2, ci) {
					row := int(r)
					dob := ParseDay(o.Cell(row, cDOB))
					if dob.Valid() && bad(c, dob, o.Cell(row, cScore), o.Cell(row, cReason)) {
						c.Flag(OC2, row, field, "")
					}
				}
			}
		}})
}

// oc2HealthItems are the OC2 items that conviction and health promotion
// information require alongside them (544, 547).
var oc2HealthItems = []string{"IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"}

// oc2NeedsItems registers 544 and 547: an OC2 row with field coded 1 fails
// when any of the four items is blank.
func oc2NeedsItems(code, desc, field string) {
	register(&Rule{Code: code, Description: desc, Tables: []TableID{OC2},
		Fields: append([]string{field}, oc2HealthItems...),
		Check: func(c *Context) {
			t := c.Cur.Tables[OC2]
			col := t.Col(field)
			var items [4]int
			for i, f := range oc2HealthItems {
				items[i] = t.Col(f)
			}
			for row := 0; row < t.Len(); row++ {
				if t.Cell(row, col) != "1" {
					continue
				}
				for _, ic := range items {
					if t.Cell(row, ic) == "" {
						c.Flag(OC2, row, field, "")
						break
					}
				}
			}
		}})
}

// oc2CLAMissing registers 543 and 545: for a child looked after
// continuously for 12 months, an OC2 row whose child's age at 31 March is in
// range (young: under years; otherwise: years or over) must have field.
func oc2CLAMissing(code, desc, field string, years int, young bool) {
	register(&Rule{Code: code, Description: desc, Tables: []TableID{OC2, Episodes}, Fields: []string{"DOB", field},
		Check: func(c *Context) {
			cla := continuouslyLookedAfter(c)
			t := c.Cur.Tables[OC2]
			cDOB, col := t.Col("DOB"), t.Col(field)
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				if !cla[ci] {
					continue
				}
				for _, r := range c.Cur.ChildRows(OC2, ci) {
					row := int(r)
					dob := ParseDay(t.Cell(row, cDOB))
					if !dob.Valid() || t.Cell(row, col) != "" {
						continue
					}
					birthday := dob.AddYears(years)
					if (young && c.End < birthday) || (!young && c.End >= birthday) {
						c.Flag(OC2, row, field, "")
					}
				}
			}
		}})
}

// oc2Items are the OC2 items for children looked after for 12 months.
var oc2Items = []string{"CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"}

func init() {
	// 543: "Child is aged 10 or over at 31 March and has been looked after
	// continuously for 12 months yet conviction information has not been
	// completed."
	oc2CLAMissing("543", "Child is aged 10 or over at 31 March and has been looked after continuously for 12 months yet conviction information has not been completed.", "CONVICTED", 10, false)
	// 545: "Child is aged under 5 at 31 March and has been looked after
	// continuously for 12 months yet health promotion information has not
	// been completed."
	oc2CLAMissing("545", "Child is aged under 5 at 31 March and has been looked after continuously for 12 months yet health promotion information has not been completed.", "HEALTH_CHECK", 5, true)

	// 544: "Any child who has conviction information completed must also have
	// immunisation, teeth check, health assessment and substance misuse
	// problem identified fields completed." (CONVICTED 1)
	oc2NeedsItems("544", "Any child who has conviction information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.", "CONVICTED")
	// 547: "Any child who has health promotion information completed must
	// also have immunisation, teeth check, health assessment and substance
	// misuse problem identified fields completed." (HEALTH_CHECK 1)
	oc2NeedsItems("547", "Any child who has health promotion information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.", "HEALTH_CHECK")

	// 186: "Children aged 4 or over at the start of the year and children
	// aged under 17 at the end of the year and who have been looked after for
	// at least 12 months continuously should have a Strengths and
	// Difficulties (SDQ) score completed." An OC2 row of such a child with
	// neither a score nor a reason for none fails.
	oc2CLARule("186", "Children aged 4 or over at the start of the year and children aged under 17 at the end of the year and who have been looked after for at least 12 months continuously should have a Strengths and Difficulties (SDQ) score completed.",
		"SDQ_SCORE", func(c *Context, dob Day, score, reason string) bool {
			return dob.AddYears(4) <= c.Start && dob.AddYears(17) > c.End && score == "" && reason == ""
		})

	// 197B: "SDQ score or reason for no SDQ should be reported for 4- or
	// 17-year-olds." A child looked after continuously whose 4th or 17th
	// birthday falls in the year needs a score or a reason.
	oc2CLARule("197B", "SDQ score or reason for no SDQ should be reported for 4- or 17-year-olds.",
		"SDQ_REASON", func(c *Context, dob Day, score, reason string) bool {
			// A 17th birthday on 1 April is not in the window: the child is 17 at the beginning
			// of the year, and rule 189 wants no score or reason then (the sector's Python counts
			// it in both, so no return can pass for a child born on 1 April).
			d4, d17 := dob.AddYears(4), dob.AddYears(17)
			return ((d4 >= c.Start && d4 <= c.End) || (d17 > c.Start && d17 <= c.End)) && score == "" && reason == ""
		})

	// 191: "Child has been looked after continuously for at least 12 months
	// at 31 March but one or more data items relating to children looked
	// after for 12 months have been left blank." An OC2 row of such a child
	// with immunisations, teeth check, health assessment or substance misuse
	// blank fails; a child with no OC2 row at all fails in its earliest
	// episode (by DECOM).
	register(&Rule{Code: "191", Description: "Child has been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been left blank.",
		Tables: []TableID{OC2, Episodes}, Fields: []string{"IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "CHILD"},
		Check: func(c *Context) {
			cla := continuouslyLookedAfter(c)
			o, e := c.Cur.Tables[OC2], c.Cur.Tables[Episodes]
			cImm, cTeeth, cHA, cSM := o.Col("IMMUNISATIONS"), o.Col("TEETH_CHECK"), o.Col("HEALTH_ASSESSMENT"), o.Col("SUBSTANCE_MISUSE")
			cDecom := e.Col("DECOM")
			for ci, yes := range cla {
				if !yes {
					continue
				}
				rows := c.Cur.ChildRows(OC2, ci)
				for _, r := range rows {
					row := int(r)
					if someBlank(o.Cell(row, cImm), o.Cell(row, cTeeth), o.Cell(row, cHA), o.Cell(row, cSM)) {
						c.Flag(OC2, row, "IMMUNISATIONS", "")
					}
				}
				if len(rows) > 0 {
					continue
				}
				if firstRow, _ := firstByDate(e, c.Cur.ChildRows(Episodes, ci), cDecom, nil); firstRow >= 0 {
					c.Flag(Episodes, firstRow, "CHILD", "")
				}
			}
		}})

	// OC2 items that need the child to have been looked after continuously
	// for 12 months at 31 March.
	oc2CLA := func(code, desc string, fields []string, bad func(c *Context, t *Table, row int, cla bool) bool) {
		register(&Rule{Code: code, Description: desc, Tables: []TableID{OC2, Episodes}, Fields: fields,
			Check: func(c *Context) {
				cla := continuouslyLookedAfter(c)
				t := c.Cur.Tables[OC2]
				for ci := 0; ci < c.Cur.NumChildren(); ci++ {
					for _, r := range c.Cur.ChildRows(OC2, ci) {
						if bad(c, t, int(r), cla[ci]) {
							c.Flag(OC2, int(r), fields[0], "")
						}
					}
				}
			}})
	}
	// 190: "Child has not been looked after continuously for at least 12
	// months at 31 March but one or more data items relating to children
	// looked after for 12 months have been completed."
	oc2CLA("190", "Child has not been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been completed.",
		oc2Items, func(c *Context, t *Table, row int, cla bool) bool {
			if cla {
				return false
			}
			for _, f := range oc2Items {
				if t.Get(row, f) != "" {
					return true
				}
			}
			return false
		})
	// 185: "Child has not been looked after continuously for at least 12
	// months at 31 March but a Strengths and Difficulties (SDQ) score has
	// been completed."
	oc2CLA("185", "Child has not been looked after continuously for at least 12 months at 31 March but a Strengths and Difficulties (SDQ) score has been completed.",
		[]string{"SDQ_SCORE"}, func(c *Context, t *Table, row int, cla bool) bool {
			return !cla && t.Get(row, "SDQ_SCORE") != ""
		})
	// 198: "Child has not been looked after continuously for at least 12
	// months at 31 March but a reason for no Strengths and Difficulties (SDQ)
	// score has been completed."
	oc2CLA("198", "Child has not been looked after continuously for at least 12 months at 31 March but a reason for no Strengths and Difficulties (SDQ) score has been completed.",
		[]string{"SDQ_REASON"}, func(c *Context, t *Table, row int, cla bool) bool {
			return !cla && t.Get(row, "SDQ_REASON") != ""
		})
	// 546: "Children aged 5 or over at 31 March should not have health
	// promotion information completed." (for children continuously looked after)
	oc2CLA("546", "Children aged 5 or over at 31 March should not have health promotion information completed.",
		[]string{"HEALTH_CHECK", "DOB"}, func(c *Context, t *Table, row int, cla bool) bool {
			dob := ParseDay(t.Get(row, "DOB"))
			return cla && dob.Valid() && c.End >= dob.AddYears(5) && t.Get(row, "HEALTH_CHECK") != ""
		})
}

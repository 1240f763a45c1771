package ssda903

// Rules of 100-299 that join tables by child or use the continuously looked
// after status (see continuouslyLookedAfter), written afresh from the DfE
// descriptions and the sector validator's lac2022_23 rules.

func init() {
	// 134: "Data on adoption should not be entered for the OC3 cohort." An
	// AD1 row with any adoption item fails when the child has an OC3 row
	// with any care leaver item.
	register(&Rule{Code: "134", Description: "Data on adoption should not be entered for the OC3 cohort.",
		Tables: []TableID{OC3, AD1}, Fields: []string{"IN_TOUCH", "ACTIV", "ACCOM", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"},
		Check: func(c *Context) {
			o, a := c.Cur.Tables[OC3], c.Cur.Tables[AD1]
			oCols := []int{o.Col("IN_TOUCH"), o.Col("ACTIV"), o.Col("ACCOM")}
			aCols := []int{a.Col("DATE_INT"), a.Col("DATE_MATCH"), a.Col("FOSTER_CARE"), a.Col("NB_ADOPTR"), a.Col("SEX_ADOPTR"), a.Col("LS_ADOPTR")}
			anyCell := func(t *Table, row int, cols []int) bool {
				for _, col := range cols {
					if t.Cell(row, col) != "" {
						return true
					}
				}
				return false
			}
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				ads := c.Cur.ChildRows(AD1, ci)
				if len(ads) == 0 {
					continue
				}
				leaver := false
				for _, r := range c.Cur.ChildRows(OC3, ci) {
					if anyCell(o, int(r), oCols) {
						leaver = true
						break
					}
				}
				if !leaver {
					continue
				}
				for _, r := range ads {
					if anyCell(a, int(r), aCols) {
						c.Flag(AD1, int(r), "DATE_INT", "")
					}
				}
			}
		}})

	// 184: "Date of decision that a child should be placed for adoption is
	// before the child was born." As in the validator's left join to Header,
	// a decision date that cannot be shown to be on or after a Header date of
	// birth of the child (none, or none valid) fails too.
	register(&Rule{Code: "184", Description: "Date of decision that a child should be placed for adoption is before the child was born.",
		Tables: []TableID{Header, PlacedAdoption}, Fields: []string{"DATE_PLACED", "DOB"},
		Check: func(c *Context) {
			p, h := c.Cur.Tables[PlacedAdoption], c.Cur.Tables[Header]
			cPlaced, cDOB := p.Col("DATE_PLACED"), h.Col("DOB")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				for _, r := range c.Cur.ChildRows(PlacedAdoption, ci) {
					placed := ParseDay(p.Cell(int(r), cPlaced))
					if !placed.Valid() {
						continue
					}
					ok := false
					for _, hr := range c.Cur.ChildRows(Header, ci) {
						if dob := ParseDay(h.Cell(int(hr), cDOB)); dob.Valid() && placed >= dob {
							ok = true
						}
					}
					if !ok {
						c.Flag(PlacedAdoption, int(r), "DATE_PLACED", "")
					}
				}
			}
		}})

	// 186: "Children aged 4 or over at the start of the year and children
	// aged under 17 at the end of the year and who have been looked after for
	// at least 12 months continuously should have a Strengths and
	// Difficulties (SDQ) score completed." An OC2 row of such a child with
	// neither a score nor a reason for none fails.
	oc2CLARuleV3("186", "Children aged 4 or over at the start of the year and children aged under 17 at the end of the year and who have been looked after for at least 12 months continuously should have a Strengths and Difficulties (SDQ) score completed.",
		"SDQ_SCORE", func(c *Context, dob Day, score, reason string) bool {
			return dob.AddYears(4) <= c.Start && dob.AddYears(17) > c.End && score == "" && reason == ""
		})

	// 197B: "SDQ score or reason for no SDQ should be reported for 4- or
	// 17-year-olds." A child looked after continuously whose 4th or 17th
	// birthday falls in the year needs a score or a reason.
	oc2CLARuleV3("197B", "SDQ score or reason for no SDQ should be reported for 4- or 17-year-olds.",
		"SDQ_REASON", func(c *Context, dob Day, score, reason string) bool {
			d4, d17 := dob.AddYears(4), dob.AddYears(17)
			return ((d4 >= c.Start && d4 <= c.End) || (d17 >= c.Start && d17 <= c.End)) && score == "" && reason == ""
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
					if someBlankV3(o.Cell(row, cImm), o.Cell(row, cTeeth), o.Cell(row, cHA), o.Cell(row, cSM)) {
						c.Flag(OC2, row, "IMMUNISATIONS", "")
					}
				}
				if len(rows) > 0 {
					continue
				}
				first, firstRow := Day(0), -1
				for _, r := range c.Cur.ChildRows(Episodes, ci) {
					if d := ParseDay(e.Cell(int(r), cDecom)); d.Valid() && (firstRow < 0 || d < first) {
						first, firstRow = d, int(r)
					}
				}
				if firstRow >= 0 {
					c.Flag(Episodes, firstRow, "CHILD", "")
				}
			}
		}})

	// 218: "Ofsted Unique reference number (URN) is required." An episode
	// open at, or ending on or after, the start of the year, in a placement
	// that Ofsted registers, needs a URN (XXXXXXX where the provider has
	// none). The sector rule also exempts placements outside England, known
	// from the placement postcode's local authority; the validator here has
	// no postcode directory, so that exemption is not applied.
	register(&Rule{Code: "218", Description: "Ofsted Unique reference number (URN) is required.",
		Until: 2022, Tables: []TableID{Episodes}, Fields: []string{"URN"},
		Check: func(c *Context) {
			exempt := []string{"H5", "P1", "P2", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z1"}
			if c.Year >= 2025 {
				exempt = append(exempt, "Z11", "Z12", "Z13", "Z14")
			}
			t := c.Cur.Tables[Episodes]
			cDec, cURN, cPlace := t.Col("DEC"), t.Col("URN"), t.Col("PLACE")
			for row := 0; row < t.Len(); row++ {
				if t.Cell(row, cURN) != "" || in(t.Cell(row, cPlace), exempt...) {
					continue
				}
				if decText := t.Cell(row, cDec); decText == "" || ParseDay(decText) >= c.Start {
					c.Flag(Episodes, row, "URN", "")
				}
			}
		}})
}

// oc2CLARuleV3 registers a rule on the OC2 rows of children looked after
// continuously for 12 months at 31 March with a valid DOB: bad sees the DOB
// and the SDQ score and reason.
func oc2CLARuleV3(code, desc, field string, bad func(c *Context, dob Day, score, reason string) bool) {
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

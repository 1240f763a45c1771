package ssda903

// DfE 2022/23 rules on adoption decisions (PlacedAdoption, AD1), missing
// periods and the looked-after-for-12-months OC2 items. Each follows the DfE
// description and the sector validator's lac2022_23 rule of the same number
// (data-to-insight/csc-validator-be-903), written afresh.

// oc2ItemsV4 are the OC2 items that conviction and health promotion
// information require alongside them (544, 547).
var oc2ItemsV4 = []string{"IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"}

// oc2NeedsItemsV4 registers 544 and 547: an OC2 row with field coded 1 fails
// when any of the four items is blank.
func oc2NeedsItemsV4(code, desc, field string) {
	register(&Rule{Code: code, Description: desc, Tables: []TableID{OC2},
		Fields: append([]string{field}, oc2ItemsV4...),
		Check: func(c *Context) {
			t := c.Cur.Tables[OC2]
			col := t.Col(field)
			var items [4]int
			for i, f := range oc2ItemsV4 {
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

// oc2CLAMissingV4 registers 543 and 545: for a child looked after
// continuously for 12 months, an OC2 row whose child's age at 31 March is in
// range (young: under years; otherwise: years or over) must have field.
func oc2CLAMissingV4(code, desc, field string, years int, young bool) {
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

// adoptionDecisionAfterV4 registers 554 and 556: an episode under the order's
// legal status starting before the date of the decision that the child
// should be placed for adoption. With firstOnly, only the child's first such
// episode (by DECOM) is checked and the PlacedAdoption rows fail too.
func adoptionDecisionAfterV4(code, desc, ls string, firstOnly bool) *Rule {
	return register(&Rule{Code: code, Description: desc, Tables: []TableID{Episodes, PlacedAdoption}, Fields: []string{"DATE_PLACED", "DECOM", "LS"},
		Check: func(c *Context) {
			e, p := c.Cur.Tables[Episodes], c.Cur.Tables[PlacedAdoption]
			cLS, cDecom, cPlaced := e.Col("LS"), e.Col("DECOM"), p.Col("DATE_PLACED")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				prows := c.Cur.ChildRows(PlacedAdoption, ci)
				if len(prows) == 0 {
					continue
				}
				first, firstDay := -1, Day(0)
				for _, r := range c.Cur.ChildRows(Episodes, ci) {
					row := int(r)
					if e.Cell(row, cLS) != ls {
						continue
					}
					decom := ParseDay(e.Cell(row, cDecom))
					if !decom.Valid() {
						continue
					}
					if firstOnly {
						if first < 0 || decom < firstDay {
							first, firstDay = row, decom
						}
						continue
					}
					for _, pr := range prows {
						if ParseDay(p.Cell(int(pr), cPlaced)) > decom {
							c.Flag(Episodes, row, "DECOM", "")
							break
						}
					}
				}
				if first < 0 {
					continue
				}
				for _, pr := range prows {
					if ParseDay(p.Cell(int(pr), cPlaced)) > firstDay {
						c.Flag(Episodes, first, "DECOM", "")
						c.Flag(PlacedAdoption, int(pr), "DATE_PLACED", "")
					}
				}
			}
		}})
}

func init() {
	// 522: "Date of decision that the child should be placed for adoption
	// must be on or before the date that a child should no longer be placed
	// for adoption."
	register(&Rule{Code: "522", Description: "Date of decision that the child should be placed for adoption must be on or before the date that a child should no longer be placed for adoption.",
		Tables: []TableID{PlacedAdoption}, Fields: []string{"DATE_PLACED", "DATE_PLACED_CEASED"},
		Check: func(c *Context) {
			t := c.Cur.Tables[PlacedAdoption]
			cPlaced, cCeased := t.Col("DATE_PLACED"), t.Col("DATE_PLACED_CEASED")
			for row := 0; row < t.Len(); row++ {
				ceased := ParseDay(t.Cell(row, cCeased))
				if ceased.Valid() && ceased < ParseDay(t.Cell(row, cPlaced)) {
					c.Flag(PlacedAdoption, row, "DATE_PLACED", "")
				}
			}
		}})

	// 523: "Date of decision that the child should be placed for adoption
	// should be the same date as the decision that adoption is in the best
	// interest (date should be placed)." Each dated PlacedAdoption row
	// against each dated AD1 row of the child: both fail when they differ.
	register(&Rule{Code: "523", Description: "Date of decision that the child should be placed for adoption should be the same date as the decision that adoption is in the best interest (date should be placed).",
		Tables: []TableID{PlacedAdoption, AD1}, Fields: []string{"DATE_PLACED", "DATE_INT"},
		Check: func(c *Context) {
			p, a := c.Cur.Tables[PlacedAdoption], c.Cur.Tables[AD1]
			cPlaced, cInt := p.Col("DATE_PLACED"), a.Col("DATE_INT")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				arows := c.Cur.ChildRows(AD1, ci)
				if len(arows) == 0 {
					continue
				}
				for _, pr := range c.Cur.ChildRows(PlacedAdoption, ci) {
					placed := ParseDay(p.Cell(int(pr), cPlaced))
					if !placed.Valid() {
						continue
					}
					for _, ar := range arows {
						if d := ParseDay(a.Cell(int(ar), cInt)); d.Valid() && d != placed {
							c.Flag(PlacedAdoption, int(pr), "DATE_PLACED", "")
							c.Flag(AD1, int(ar), "DATE_INT", "")
						}
					}
				}
			}
		}})

	// 543: "Child is aged 10 or over at 31 March and has been looked after
	// continuously for 12 months yet conviction information has not been
	// completed."
	oc2CLAMissingV4("543", "Child is aged 10 or over at 31 March and has been looked after continuously for 12 months yet conviction information has not been completed.", "CONVICTED", 10, false)
	// 545: "Child is aged under 5 at 31 March and has been looked after
	// continuously for 12 months yet health promotion information has not
	// been completed."
	oc2CLAMissingV4("545", "Child is aged under 5 at 31 March and has been looked after continuously for 12 months yet health promotion information has not been completed.", "HEALTH_CHECK", 5, true)

	// 544: "Any child who has conviction information completed must also have
	// immunisation, teeth check, health assessment and substance misuse
	// problem identified fields completed." (CONVICTED 1)
	oc2NeedsItemsV4("544", "Any child who has conviction information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.", "CONVICTED")
	// 547: "Any child who has health promotion information completed must
	// also have immunisation, teeth check, health assessment and substance
	// misuse problem identified fields completed." (HEALTH_CHECK 1)
	oc2NeedsItemsV4("547", "Any child who has health promotion information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.", "HEALTH_CHECK")

	// 552: "Date of Decision to place a child for adoption should be on or
	// prior to the date that the child was placed for adoption." The child's
	// first adoption placement (A3-A6, earliest DECOM) against the latest
	// decision (DATE_PLACED): both rows fail when the placement came first.
	register(&Rule{Code: "552", Description: "Date of Decision to place a child for adoption should be on or prior to the date that the child was placed for adoption.",
		Tables: []TableID{PlacedAdoption, Episodes}, Fields: []string{"DATE_PLACED", "DECOM"},
		Check: func(c *Context) {
			e, p := c.Cur.Tables[Episodes], c.Cur.Tables[PlacedAdoption]
			cPlace, cDecom, cPlaced := e.Col("PLACE"), e.Col("DECOM"), p.Col("DATE_PLACED")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				last, lastDay := -1, Day(0)
				for _, r := range c.Cur.ChildRows(PlacedAdoption, ci) {
					if d := ParseDay(p.Cell(int(r), cPlaced)); d.Valid() && d > lastDay {
						last, lastDay = int(r), d
					}
				}
				if last < 0 {
					continue
				}
				first, firstDay := -1, Day(0)
				for _, r := range c.Cur.ChildRows(Episodes, ci) {
					row := int(r)
					if !in(e.Cell(row, cPlace), "A3", "A4", "A5", "A6") {
						continue
					}
					if d := ParseDay(e.Cell(row, cDecom)); d.Valid() && (first < 0 || d < firstDay) {
						first, firstDay = row, d
					}
				}
				if first >= 0 && firstDay < lastDay {
					c.Flag(Episodes, first, "DECOM", "")
					c.Flag(PlacedAdoption, last, "DATE_PLACED", "")
				}
			}
		}})

	// 554: "Date of decision that the child should be placed for adoption
	// should be on or prior to the date that the placement order was
	// granted." The child's first placement order episode (E1).
	adoptionDecisionAfterV4("554", "Date of decision that the child should be placed for adoption should be on or prior to the date that the placement order was granted. [NOTE: This rule may result in false positives or false negatives if relevant episodes are in previous years; please check carefully!]", "E1", true)
	// 556: "Date of decision that the child should be placed for adoption
	// should be on or prior to the date that the freeing order was granted."
	// Every freeing order episode (D1).
	adoptionDecisionAfterV4("556", "Date of decision that the child should be placed for adoption should be on or prior to the date that the freeing order was granted.", "D1", false).Until = 2023 // dropped by lac2024_25

	// 563: "The child should no longer be placed for adoption but the date of
	// the decision that the child should be placed for adoption is blank."
	register(&Rule{Code: "563", Description: "The child should no longer be placed for adoption but the date of the decision that the child should be placed for adoption is blank",
		Tables: []TableID{PlacedAdoption}, Fields: []string{"DATE_PLACED", "REASON_PLACED_CEASED", "DATE_PLACED_CEASED"},
		Check: func(c *Context) {
			t := c.Cur.Tables[PlacedAdoption]
			cPlaced, cCeased, cReason := t.Col("DATE_PLACED"), t.Col("DATE_PLACED_CEASED"), t.Col("REASON_PLACED_CEASED")
			for row := 0; row < t.Len(); row++ {
				if t.Cell(row, cPlaced) == "" && t.Cell(row, cCeased) != "" && t.Cell(row, cReason) != "" {
					c.Flag(PlacedAdoption, row, "DATE_PLACED", "")
				}
			}
		}})

	// Missing periods, 564-571: one row at a time.
	missingRule := func(code, desc, field string, bad func(c *Context, missing, start, end string) bool) {
		register(&Rule{Code: code, Description: desc, Tables: []TableID{Missing}, Fields: []string{"MISSING", field},
			Check: func(c *Context) {
				t := c.Cur.Tables[Missing]
				cMissing, cStart, cEnd := t.Col("MISSING"), t.Col("MIS_START"), t.Col("MIS_END")
				for row := 0; row < t.Len(); row++ {
					if bad(c, t.Cell(row, cMissing), t.Cell(row, cStart), t.Cell(row, cEnd)) {
						c.Flag(Missing, row, field, "")
					}
				}
			}})
	}
	// 564: "Child was missing or away from placement without authorisation
	// and the date started is blank."
	missingRule("564", "Child was missing or away from placement without authorisation and the date started is blank.", "MIS_START",
		func(_ *Context, m, start, _ string) bool { return in(m, "M", "A", "m", "a") && start == "" })
	// 565: "The date that the child started to be missing or away from
	// placement without authorisation has been completed but whether the
	// child was missing or away from placement without authorisation has not
	// been completed."
	missingRule("565", "The date that the child started to be missing or away from placement without authorisation has been completed but whether the child was missing or away from placement without authorisation has not been completed.", "MISSING",
		func(_ *Context, m, start, _ string) bool { return m == "" && start != "" })
	// 566: "The date that the child's episode of being missing or away from
	// placement without authorisation ended has been completed but whether
	// the child was missing or away without authorisation has not been
	// completed."
	missingRule("566", "The date that the child's episode of being missing or away from placement without authorisation ended has been completed but whether the child was missing or away without authorisation has not been completed.", "MISSING",
		func(_ *Context, m, _, end string) bool { return m == "" && end != "" })
	// 567: "The date that the missing episode or episode that the child was
	// away from placement without authorisation ended is before the date that
	// it started."
	missingRule("567", "The date that the missing episode or episode that the child was away from placement without authorisation ended is before the date that it started.", "MIS_END",
		func(_ *Context, _, start, end string) bool {
			e := ParseDay(end)
			return e.Valid() && ParseDay(start) > e
		})
	// 570: "The date that the child started to be missing or away from
	// placement without authorisation is after the end of the collection
	// year."
	missingRule("570", "The date that the child started to be missing or away from placement without authorisation is after the end of the collection year.", "MIS_START",
		func(c *Context, _, start, _ string) bool { return ParseDay(start) > c.End })
	// 571: "The date that the child ceased to be missing or away from
	// placement without authorisation is before the start or after the end
	// of the collection year."
	missingRule("571", "The date that the child ceased to be missing or away from placement without authorisation is before the start or after the end of the collection year.", "MIS_END",
		func(c *Context, _, _, end string) bool {
			e := ParseDay(end)
			return e.Valid() && (e < c.Start || e > c.End)
		})

	// 575: "If the placement from which the child goes missing/away from
	// placement without authorisation ends, the missing/away from placement
	// without authorisation period in the missing module must also have an
	// end date." A missing period without an end that started during one of
	// the child's ended episodes.
	register(&Rule{Code: "575", Description: "If the placement from which the child goes missing/away from placement without authorisation ends, the missing/away from placement without authorisation period in the missing module must also have an end date.",
		Tables: []TableID{Episodes, Missing}, Fields: []string{"MIS_END"},
		Check: func(c *Context) {
			e, m := c.Cur.Tables[Episodes], c.Cur.Tables[Missing]
			cDecom, cDec := e.Col("DECOM"), e.Col("DEC")
			cStart, cEnd := m.Col("MIS_START"), m.Col("MIS_END")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				eps := c.Cur.ChildRows(Episodes, ci)
				if len(eps) == 0 {
					continue
				}
				for _, mr := range c.Cur.ChildRows(Missing, ci) {
					row := int(mr)
					if m.Cell(row, cEnd) != "" {
						continue
					}
					start := ParseDay(m.Cell(row, cStart))
					if !start.Valid() {
						continue
					}
					for _, r := range eps {
						decom, dec := ParseDay(e.Cell(int(r), cDecom)), ParseDay(e.Cell(int(r), cDec))
						if decom.Valid() && dec.Valid() && start >= decom && start <= dec {
							c.Flag(Missing, row, "MIS_END", "")
							break
						}
					}
				}
			}
		}})
}

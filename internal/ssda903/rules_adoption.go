package ssda903

// Rules on adoption: the decisions that a child should (or should no
// longer) be placed for adoption (PlacedAdoption), adoption details (AD1)
// and the episodes of adopted children and those placed for adoption.
// Each follows the DfE description and the sector
// validator's lac2022_23 rule of the same code
// (data-to-insight/csc-validator-be-903), written afresh.

import "slices"

// adoptionDecisionAfter registers 554 and 556: an episode under the order's
// legal status starting before the date of the decision that the child
// should be placed for adoption. With firstOnly, only the child's first such
// episode (by DECOM) is checked and the PlacedAdoption rows fail too.
func adoptionDecisionAfter(code, desc, ls string, firstOnly bool) *Rule {
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

// orderRule registers 553 and 555: an episode under the order's legal status
// for a child with no PlacedAdoption row fails.
//
// The sector rules also flag the child's PlacedAdoption rows recording that
// the decision ceased (DATE_PLACED_CEASED or REASON_PLACED_CEASED) while such
// an episode is open (blank DEC). The expected findings show no such rows: the
// sample has two open D1 episodes whose children's rows record a cessation,
// and the expected 350 for 555 is the episodes alone (352 with them). That
// fits the reading used for 376, 387, 388 and 607, where an episode without
// a DEC counts as ending on 31 March, so no episode is open here; the part is
// left out.
func orderRule(code, desc, ls string, until int) {
	register(&Rule{Code: code, Description: desc, Until: until,
		Tables: []TableID{Episodes, PlacedAdoption}, Fields: []string{"CHILD", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"},
		Check: func(c *Context) {
			eachChildEpisode(c, func(t *Table, ci, row int) {
				if t.Get(row, "LS") == ls && len(c.Cur.ChildRows(PlacedAdoption, ci)) == 0 {
					c.Flag(Episodes, row, "CHILD", "")
				}
			})
		}})
}

// adoptEpisode is one episode in rule 199's history of a child: its start,
// whether it ended in adoption, and its row in the current return (-1 for
// the previous year's).
type adoptEpisode struct {
	decom Day
	adopt bool
	row   int32
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

	// 552: "Date of Decision to place a child for adoption should be on or
	// prior to the date that the child was placed for adoption." The child's
	// first adoption placement (A3-A6, earliest DECOM) against the latest
	// decision (DATE_PLACED): both rows fail when the placement came first.
	register(&Rule{Code: "552", Description: "Date of Decision to place a child for adoption should be on or prior to the date that the child was placed for adoption.",
		Tables: []TableID{PlacedAdoption, Episodes}, Fields: []string{"DATE_PLACED", "DECOM"},
		Check: func(c *Context) {
			e, p := c.Cur.Tables[Episodes], c.Cur.Tables[PlacedAdoption]
			cPlace, cDecom, cPlaced := e.Col("PLACE"), e.Col("DECOM"), p.Col("DATE_PLACED")
			adoptionPlacement := func(row int) bool { return in(e.Cell(row, cPlace), "A3", "A4", "A5", "A6") }
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				last, lastDay := lastByDate(p, c.Cur.ChildRows(PlacedAdoption, ci), cPlaced, nil)
				if last < 0 {
					continue
				}
				first, firstDay := firstByDate(e, c.Cur.ChildRows(Episodes, ci), cDecom, adoptionPlacement)
				if first >= 0 && firstDay < lastDay {
					c.Flag(Episodes, first, "DECOM", "")
					c.Flag(PlacedAdoption, last, "DATE_PLACED", "")
				}
			}
		}})

	// 554: "Date of decision that the child should be placed for adoption
	// should be on or prior to the date that the placement order was
	// granted." The child's first placement order episode (E1).
	adoptionDecisionAfter("554", "Date of decision that the child should be placed for adoption should be on or prior to the date that the placement order was granted. [NOTE: This rule may result in false positives or false negatives if relevant episodes are in previous years; please check carefully!]", "E1", true)
	// 556: "Date of decision that the child should be placed for adoption
	// should be on or prior to the date that the freeing order was granted."
	// Every freeing order episode (D1).
	adoptionDecisionAfter("556", "Date of decision that the child should be placed for adoption should be on or prior to the date that the freeing order was granted.", "D1", false).Until = 2023 // dropped by lac2024_25

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

	// 117: "Date of decision that a child should/should no longer be placed
	// for adoption is beyond the current collection year or after the child
	// ceased to be looked after." Against the child's latest episode (by
	// DECOM) that does not end X1: a PlacedAdoption row fails, with that
	// episode, when DATE_PLACED or DATE_PLACED_CEASED is after 31 March or
	// after the episode's DEC.
	register(&Rule{Code: "117", Description: "Date of decision that a child should/should no longer be placed for adoption is beyond the current collection year or after the child ceased to be looked after.",
		Tables: []TableID{Episodes, PlacedAdoption}, Fields: []string{"DATE_PLACED_CEASED", "DATE_PLACED", "DEC", "REC", "DECOM"},
		Check: func(c *Context) {
			e, pa := c.Cur.Tables[Episodes], c.Cur.Tables[PlacedAdoption]
			cDecom, cDec, cRec := e.Col("DECOM"), e.Col("DEC"), e.Col("REC")
			cPlaced, cCeased := pa.Col("DATE_PLACED"), pa.Col("DATE_PLACED_CEASED")
			notX1 := func(row int) bool { return e.Cell(row, cRec) != "X1" }
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				pas := c.Cur.ChildRows(PlacedAdoption, ci)
				if len(pas) == 0 {
					continue
				}
				last, _ := lastByDate(e, c.Cur.ChildRows(Episodes, ci), cDecom, notX1)
				if last < 0 {
					continue
				}
				dec := ParseDay(e.Cell(last, cDec))
				late := func(d Day) bool { return d.Valid() && (d > c.End || (dec.Valid() && d > dec)) }
				for _, r := range pas {
					if late(ParseDay(pa.Cell(int(r), cPlaced))) || late(ParseDay(pa.Cell(int(r), cCeased))) {
						c.Flag(Episodes, last, "DEC", "")
						c.Flag(PlacedAdoption, int(r), "DATE_PLACED", "")
					}
				}
			}
		}})

	// 118: "Date of decision that a child should no longer be placed for
	// adoption is before the current collection year or before the date the
	// child started to be looked after." A DATE_PLACED_CEASED before 1 April
	// or before the DECOM of the child's earliest episode not under V3/V4
	// fails, with that episode.
	adoptionBeforeCare("118", "Date of decision that a child should no longer be placed for adoption is before the current collection year or before the date the child started to be looked after.",
		"DATE_PLACED_CEASED", []string{"DATE_PLACED_CEASED", "DECOM", "LS"},
		func(e *Table) func(int) bool {
			cLS := e.Col("LS")
			return func(row int) bool { return !in(e.Cell(row, cLS), "V3", "V4") }
		},
		func(c *Context, d, decom Day) bool { return d < decom || d < c.Start })

	// 199: "Episode information shows child has been previously adopted from
	// care." Taking the child's episodes in DECOM order, with the previous
	// year's return when given: every episode after one that ended in
	// adoption (REC E11 or E12) fails, other than that first adoption
	// episode itself. Episodes without a valid DECOM are left out.
	register(&Rule{Code: "199", Description: "Episode information shows child has been previously adopted from care. [NOTE: This only tests the current and previous year data loaded into the tool]",
		Tables: []TableID{Episodes}, Fields: []string{"CHILD"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cDecom, cRec := t.Col("DECOM"), t.Col("REC")
			var pt *Table
			pDecom, pRec := -1, -1
			if c.Prev != nil && c.Prev.Has(Episodes) {
				pt = c.Prev.Tables[Episodes]
				pDecom, pRec = pt.Col("DECOM"), pt.Col("REC")
			}
			var hist []adoptEpisode
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				rows := c.Cur.ChildRows(Episodes, ci)
				if len(rows) == 0 {
					continue
				}
				hist = hist[:0]
				adopted := false
				for _, r := range rows {
					d := ParseDay(t.Cell(int(r), cDecom))
					ad := in(t.Cell(int(r), cRec), "E11", "E12")
					adopted = adopted || ad
					if d.Valid() {
						hist = append(hist, adoptEpisode{d, ad, r})
					}
				}
				if pt != nil {
					if pi, ok := c.Prev.ChildNum(c.Cur.ChildID(ci)); ok {
						for _, r := range c.Prev.ChildRows(Episodes, pi) {
							d := ParseDay(pt.Cell(int(r), pDecom))
							ad := in(pt.Cell(int(r), pRec), "E11", "E12")
							if d.Valid() {
								adopted = adopted || ad
								hist = append(hist, adoptEpisode{d, ad, -1})
							}
						}
					}
				}
				if !adopted {
					continue
				}
				slices.SortStableFunc(hist, func(a, b adoptEpisode) int { return int(a.decom) - int(b.decom) })
				n := 0
				for _, h := range hist {
					if h.adopt {
						n++
					}
					if n > 0 && !(h.adopt && n == 1) && h.row >= 0 {
						c.Flag(Episodes, int(h.row), "CHILD", "")
					}
				}
			}
		}})

	// 516: "The episode data submitted for this child does not show that
	// he/she was with their former foster carer(s) during the year. If the
	// code in the reason episode ceased is E45 or E46 the child must have a
	// placement code of U1 to U6."
	register(&Rule{Code: "516", Description: "The episode data submitted for this child does not show that he/she was with their former foster carer(s) during the year.If the code in the reason episode ceased is E45 or E46 the child must have a placement code of U1 to U6.",
		Tables: []TableID{Episodes}, Fields: []string{"REC", "PLACE"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cREC, cPlace := t.Col("REC"), t.Col("PLACE")
			for row := 0; row < t.Len(); row++ {
				if rec := t.Cell(row, cREC); (rec == "E45" || rec == "E46") && !in(t.Cell(row, cPlace), "U1", "U2", "U3", "U4", "U5", "U6") {
					c.Flag(Episodes, row, "REC", "")
				}
			}
		}})

	// 525: "A child for whom the decision to be placed for adoption has been
	// reversed cannot be adopted during the year." A PlacedAdoption row with
	// DATE_PLACED_CEASED fails, with each of the child's AD1 rows that has any
	// adoption item completed.
	register(&Rule{Code: "525", Description: "A child for whom the decision to be placed for adoption has been reversed cannot be adopted during the year.",
		Tables: []TableID{PlacedAdoption, AD1}, Fields: []string{"DATE_PLACED_CEASED", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"},
		Check: func(c *Context) {
			pa, ad := c.Cur.Tables[PlacedAdoption], c.Cur.Tables[AD1]
			cCeased := pa.Col("DATE_PLACED_CEASED")
			items := cols(ad, "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				for _, pr := range c.Cur.ChildRows(PlacedAdoption, ci) {
					if pa.Cell(int(pr), cCeased) == "" {
						continue
					}
					for _, ar := range c.Cur.ChildRows(AD1, ci) {
						if anyCell(ad, int(ar), items) {
							c.Flag(PlacedAdoption, int(pr), "DATE_PLACED_CEASED", "")
							c.Flag(AD1, int(ar), "DATE_INT", "")
						}
					}
				}
			}
		}})

	// 602: "The episode data submitted for this child does not show that
	// he/she was adopted during the year." An AD1 row with any adoption item
	// completed, for a child with no episode ending in the year with REC E11
	// or E12. As for 376, 387, 388 and 607, an episode with a reason but no
	// valid DEC is taken to end on 31 March: a child whose last episode is
	// coded adopted (E12) without a date was still adopted in the year. This
	// gives the expected 26 records on the sample; the stored sector rule,
	// which needs a DEC, gives 27.
	register(&Rule{Code: "602", Description: "The episode data submitted for this child does not show that he/she was adopted during the year.",
		Tables: []TableID{Episodes, AD1}, Fields: []string{"CHILD"},
		Check: func(c *Context) {
			e, ad := c.Cur.Tables[Episodes], c.Cur.Tables[AD1]
			cDec, cREC := e.Col("DEC"), e.Col("REC")
			items := cols(ad, "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				rows := c.Cur.ChildRows(AD1, ci)
				if len(rows) == 0 {
					continue
				}
				adopted := false
				for _, er := range c.Cur.ChildRows(Episodes, ci) {
					dec := ParseDay(e.Cell(int(er), cDec))
					if !dec.Valid() {
						dec = c.End
					}
					if rec := e.Cell(int(er), cREC); (rec == "E11" || rec == "E12") && dec >= c.Start && dec <= c.End {
						adopted = true
						break
					}
				}
				if adopted {
					continue
				}
				for _, r := range rows {
					if anyCell(ad, int(r), items) {
						c.Flag(AD1, int(r), "CHILD", "")
					}
				}
			}
		}})

	// 1003: "Date of LA's decision that a child should be placed for adoption
	// is before the child started to be looked after." The child's earliest
	// episode with RNE S (by DECOM, the first in the file on a tie) fails,
	// with each PlacedAdoption row whose DATE_PLACED is before its DECOM.
	adoptionBeforeCare("1003", "Date of LA's decision that a child should be placed for adoption is before the child started to be looked after.",
		"DATE_PLACED", []string{"DATE_PLACED", "DECOM", "RNE"},
		func(e *Table) func(int) bool {
			cRNE := e.Col("RNE")
			return func(row int) bool { return e.Cell(row, cRNE) == "S" }
		},
		func(_ *Context, d, decom Day) bool { return d < decom })

	// 333: "Date should be placed for adoption must be on or prior to the
	// date of matching child with adopter(s)." An AD1 row with a DATE_MATCH
	// but no valid DATE_INT, or a DATE_INT after it.
	register(&Rule{Code: "333", Description: "Date should be placed for adoption must be on or prior to the date of matching child with adopter(s).",
		Tables: []TableID{AD1}, Fields: []string{"DATE_INT"},
		Check: func(c *Context) {
			t := c.Cur.Tables[AD1]
			cInt, cMatch := t.Col("DATE_INT"), t.Col("DATE_MATCH")
			for row := 0; row < t.Len(); row++ {
				match := ParseDay(t.Cell(row, cMatch))
				if !match.Valid() {
					continue
				}
				if di := ParseDay(t.Cell(row, cInt)); !di.Valid() || di > match {
					c.Flag(AD1, row, "DATE_INT", "")
				}
			}
		}})

	// 521: "Date of local authority's decision (LA) that adoption is in the
	// best interests of the child (date should be placed) must be on or
	// prior to the date the child is placed for adoption." An episode placed
	// for adoption (A3-A6) starting before the child's AD1 DATE_INT: both
	// rows fail.
	register(&Rule{Code: "521", Description: "Date of local authority's decision (LA) that adoption is in the best interests of the child (date should be placed) must be on or prior to the date the child is placed for adoption.",
		Tables: []TableID{Episodes, AD1}, Fields: []string{"PLACE", "DECOM", "DATE_INT"},
		Check: func(c *Context) {
			a := c.Cur.Tables[AD1]
			cInt := a.Col("DATE_INT")
			t := c.Cur.Tables[Episodes]
			cPlace, cDecom := t.Col("PLACE"), t.Col("DECOM")
			eachChildEpisode(c, func(t *Table, ci, row int) {
				if !in(t.Cell(row, cPlace), "A3", "A4", "A5", "A6") {
					return
				}
				decom := ParseDay(t.Cell(row, cDecom))
				if !decom.Valid() {
					return
				}
				for _, ar := range c.Cur.ChildRows(AD1, ci) {
					if ParseDay(a.Cell(int(ar), cInt)) > decom {
						c.Flag(Episodes, row, "DECOM", "")
						c.Flag(AD1, int(ar), "DATE_INT", "")
					}
				}
			})
		}})

	// 601: "The additional fields relating to adoption have not been
	// completed although the episode data shows that the child was adopted
	// during the year." An episode ending in adoption (E11, E12) in the year,
	// and each of the child's AD1 rows missing any item: both fail.
	ad1Items := []string{"DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"}
	register(&Rule{Code: "601", Description: "The additional fields relating to adoption have not been completed although the episode data shows that the child was adopted during the year.",
		Tables: []TableID{Episodes, AD1}, Fields: append([]string{"REC"}, ad1Items...),
		Check: func(c *Context) {
			e, a := c.Cur.Tables[Episodes], c.Cur.Tables[AD1]
			cRec, cDec := e.Col("REC"), e.Col("DEC")
			var items [6]int
			for i, f := range ad1Items {
				items[i] = a.Col(f)
			}
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				arows := c.Cur.ChildRows(AD1, ci)
				if len(arows) == 0 {
					continue
				}
				for _, r := range c.Cur.ChildRows(Episodes, ci) {
					row := int(r)
					if !in(e.Cell(row, cRec), "E11", "E12") {
						continue
					}
					if dec := ParseDay(e.Cell(row, cDec)); !dec.Valid() || dec < c.Start || dec > c.End {
						continue
					}
					for _, ar := range arows {
						for _, ic := range items {
							if a.Cell(int(ar), ic) == "" {
								c.Flag(AD1, int(ar), "DATE_INT", "")
								c.Flag(Episodes, row, "REC", "")
								break
							}
						}
					}
				}
			}
		}})

	// 579: "A new decision that the child should be placed for adoption this
	// year cannot start when the previous decision is still open. Decisions
	// to place the child for adoption should also not overlap. The date of
	// any new decision to place the child for adoption must not be before
	// the date placed ceased of previous decisions." With the child's
	// PlacedAdoption rows in DATE_PLACED order (undated last), a row fails
	// when the one before it has no valid DATE_PLACED_CEASED or ceased after
	// this one's DATE_PLACED.
	register(&Rule{Code: "579", Description: "A new decision that the child should be placed for adoption this year cannot start when the previous decision is still open. Decisions to place the child for adoption should also not overlap. The date of any new decision to place the child for adoption must not be before the date placed ceased of previous decisions.",
		Tables: []TableID{PlacedAdoption}, Fields: []string{"DATE_PLACED", "DATE_PLACED_CEASED"},
		Check: func(c *Context) {
			t := c.Cur.Tables[PlacedAdoption]
			cPlaced, cCeased := t.Col("DATE_PLACED"), t.Col("DATE_PLACED_CEASED")
			var o rowOrder
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				rows := c.Cur.ChildRows(PlacedAdoption, ci)
				if len(rows) < 2 {
					continue
				}
				items := o.byDates(t, rows, cPlaced, -1)
				for i := 1; i < len(items); i++ {
					prevCeased := ParseDay(t.Cell(int(items[i-1].row), cCeased))
					placed := ParseDay(t.Cell(int(items[i].row), cPlaced))
					if !prevCeased.Valid() || (placed.Valid() && placed < prevCeased) {
						c.Flag(PlacedAdoption, int(items[i].row), "DATE_PLACED", "")
					}
				}
			}
		}})

	// 582: "Child is showing as ceasing to be looked after due to adoption,
	// but the date of adoption is the same as the date reported for being
	// matched with adopters." An episode ending E11/E12 on a DATE_MATCH of
	// the child's AD1 rows.
	register(&Rule{Code: "582", Description: "Child is showing as ceasing to be looked after due to adoption, but the date of adoption is the same as the date reported for being matched with adopters. In most circumstances we expect the date the child is matched with adopters to be before the date of adoption.",
		Tables: []TableID{Episodes, AD1}, Fields: []string{"DEC", "DATE_MATCH"},
		Check: func(c *Context) {
			e, a := c.Cur.Tables[Episodes], c.Cur.Tables[AD1]
			cDec, cRec, cMatch := e.Col("DEC"), e.Col("REC"), a.Col("DATE_MATCH")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				arows := c.Cur.ChildRows(AD1, ci)
				if len(arows) == 0 {
					continue
				}
				for _, r := range c.Cur.ChildRows(Episodes, ci) {
					row := int(r)
					if !in(e.Cell(row, cRec), "E11", "E12") {
						continue
					}
					dec := ParseDay(e.Cell(row, cDec))
					if !dec.Valid() {
						continue
					}
					for _, ar := range arows {
						if ParseDay(a.Cell(int(ar), cMatch)) == dec {
							c.Flag(Episodes, row, "DEC", "")
							break
						}
					}
				}
			}
		}})

	// 134: "Data on adoption should not be entered for the OC3 cohort." An
	// AD1 row with any adoption item fails when the child has an OC3 row
	// with any care leaver item.
	register(&Rule{Code: "134", Description: "Data on adoption should not be entered for the OC3 cohort.",
		Tables: []TableID{OC3, AD1}, Fields: []string{"IN_TOUCH", "ACTIV", "ACCOM", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"},
		Check: func(c *Context) {
			o, a := c.Cur.Tables[OC3], c.Cur.Tables[AD1]
			oCols := []int{o.Col("IN_TOUCH"), o.Col("ACTIV"), o.Col("ACCOM")}
			aCols := []int{a.Col("DATE_INT"), a.Col("DATE_MATCH"), a.Col("FOSTER_CARE"), a.Col("NB_ADOPTR"), a.Col("SEX_ADOPTR"), a.Col("LS_ADOPTR")}

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

	// 551: "Child has been placed for adoption but there is no date of the
	// decision that the child should be placed for adoption." An episode
	// with placement A3-A6 fails when the child has no PlacedAdoption row or
	// any of its rows has no DATE_PLACED.
	register(&Rule{Code: "551", Description: "Child has been placed for adoption but there is no date of the decision that the child should be placed for adoption.",
		Tables: []TableID{Episodes, PlacedAdoption}, Fields: []string{"DATE_PLACED", "PLACE"},
		Check: func(c *Context) {
			pa := c.Cur.Tables[PlacedAdoption]
			cDate := pa.Col("DATE_PLACED")
			eachChildEpisode(c, func(t *Table, ci, row int) {
				if !in(t.Get(row, "PLACE"), "A3", "A4", "A5", "A6") {
					return
				}
				rows := c.Cur.ChildRows(PlacedAdoption, ci)
				missing := len(rows) == 0
				for _, r := range rows {
					missing = missing || pa.Cell(int(r), cDate) == ""
				}
				if missing {
					c.Flag(Episodes, row, "PLACE", "")
				}
			})
		}})

	// 553: "Placement order has been granted but there is no date of
	// decision that the child should be placed for adoption." (E1)
	orderRule("553", "Placement order has been granted but there is no date of decision that the child should be placed for adoption.", "E1", 0)
	// 555: "Freeing order has been granted but there is no date of decision
	// that the child should be placed for adoption." (D1; to 2023/24: the
	// lac2024_25 rule set drops it)
	orderRule("555", "Freeing order has been granted but there is no date of decision that the child should be placed for adoption.", "D1", 2023)

	// 408: "Child is placed for adoption with a placement order, but no
	// placement order has been recorded." Placement A5 or A6 with a legal
	// status other than E1.
	register(&Rule{Code: "408", Description: "Child is placed for adoption with a placement order, but no placement order has been recorded.",
		Tables: []TableID{Episodes}, Fields: []string{"PLACE", "LS"},
		Check: func(c *Context) {
			eachRow(c, Episodes, func(t *Table, row int) {
				if in(t.Get(row, "PLACE"), "A5", "A6") && t.Get(row, "LS") != "E1" {
					c.Flag(Episodes, row, "PLACE", "")
				}
			})
		}})

	// 217: "Children who are placed for adoption with current foster carers
	// (placement types A3 or A5) must have a reason for new episode of S, T
	// or U." For episodes starting on or after 1 April 2015.
	register(&Rule{Code: "217", Description: "Children who are placed for adoption with current foster carers (placement types A3 or A5) must have a reason for new episode of S, T or U.",
		Tables: []TableID{Episodes}, Fields: []string{"PLACE", "DECOM", "RNE"},
		Check: func(c *Context) {
			eachRow(c, Episodes, func(t *Table, row int) {
				decom := ParseDay(t.Get(row, "DECOM"))
				if in(t.Get(row, "PLACE"), "A3", "A5") && decom.Valid() && decom >= MakeDay(2015, 4, 1) && !in(t.Get(row, "RNE"), "S", "T", "U") {
					c.Flag(Episodes, row, "RNE", "")
				}
			})
		}})

	// 557: "Child for whom the decision was made that they should be placed
	// for adoption has left care but was not adopted and information on the
	// decision that they should no longer be placed for adoption items has
	// not been completed." An episode placed for adoption (A3-A6) or under a
	// freeing or placement order (D1, E1), ending with a reason other than
	// adoption (E11, E12) or X1, fails when the child has no PlacedAdoption
	// row, and with each of the child's rows lacking DATE_PLACED_CEASED or
	// REASON_PLACED_CEASED.
	register(&Rule{Code: "557", Description: "Child for whom the decision was made that they should be placed for adoption has left care but was not adopted and information on the decision that they should no longer be placed for adoption items has not been completed.",
		Tables: []TableID{Episodes, PlacedAdoption}, Fields: []string{"DATE_PLACED_CEASED", "REASON_PLACED_CEASED", "PLACE", "LS", "REC"},
		Check: func(c *Context) {
			pa := c.Cur.Tables[PlacedAdoption]
			cCeased, cReason := pa.Col("DATE_PLACED_CEASED"), pa.Col("REASON_PLACED_CEASED")
			eachChildEpisode(c, func(t *Table, ci, row int) {
				rec := t.Get(row, "REC")
				// freeing orders (D1) end with 2023/24 (lac2024_25's 557 reads E1 alone)
				ls := t.Get(row, "LS")
				order := ls == "E1" || (ls == "D1" && c.Year < 2024)
				if rec == "" || in(rec, "E11", "E12", "X1") || !(in(t.Get(row, "PLACE"), "A3", "A4", "A5", "A6") || order) {
					return
				}
				rows := c.Cur.ChildRows(PlacedAdoption, ci)
				if len(rows) == 0 {
					c.Flag(Episodes, row, "REC", "")
				}
				for _, r := range rows {
					if pa.Cell(int(r), cCeased) == "" || pa.Cell(int(r), cReason) == "" {
						c.Flag(Episodes, row, "REC", "")
						c.Flag(PlacedAdoption, int(r), "DATE_PLACED_CEASED", "")
					}
				}
			})
		}})

	// 390: "Reason episode ceased is adopted but child has not been
	// previously placed for adoption." REC E11 or E12 with a placement other
	// than A3-A6.
	register(&Rule{Code: "390", Description: "Reason episode ceased is adopted but child has not been previously placed for adoption.",
		Tables: []TableID{Episodes}, Fields: []string{"PLACE", "REC"},
		Check: func(c *Context) {
			eachRow(c, Episodes, func(t *Table, row int) {
				if in(t.Get(row, "REC"), "E11", "E12") && !in(t.Get(row, "PLACE"), "A3", "A4", "A5", "A6") {
					c.Flag(Episodes, row, "REC", "")
				}
			})
		}})
}

func init() {
	// 559: "Date of decision that a child should be placed for adoption was
	// not in the current year but the date of the decision that the child
	// should be placed for adoption was not completed in a previous return."
	// A DATE_PLACED before 1 April needs a valid DATE_PLACED in last year's
	// return; a child missing from last year's PlacedAdoption fails too.
	register(&Rule{Code: "559", Description: "Date of decision that a child should be placed for adoption was not in the current year but the date of the decision that the child should be placed for adoption was not completed in a previous return.",
		Tables: []TableID{PlacedAdoption}, Fields: []string{"DATE_PLACED"}, NeedsPrev: true,
		Check: func(c *Context) {
			if !c.Prev.Has(PlacedAdoption) {
				return
			}
			t, pt := c.Cur.Tables[PlacedAdoption], c.Prev.Tables[PlacedAdoption]
			col, pcol := t.Col("DATE_PLACED"), pt.Col("DATE_PLACED")
			for ci, pi := range prevChildren(c) {
				rows := c.Cur.ChildRows(PlacedAdoption, ci)
				if len(rows) == 0 {
					continue
				}
				lastBlank := pi < 0 || len(c.Prev.ChildRows(PlacedAdoption, int(pi))) == 0
				if !lastBlank {
					for _, pr := range c.Prev.ChildRows(PlacedAdoption, int(pi)) {
						if !ParseDay(pt.Cell(int(pr), pcol)).Valid() {
							lastBlank = true
						}
					}
				}
				if !lastBlank {
					continue
				}
				for _, r := range rows {
					if d := ParseDay(t.Cell(int(r), col)); d.Valid() && d < c.Start {
						c.Flag(PlacedAdoption, int(r), "DATE_PLACED", "")
					}
				}
			}
		}})

	// 560: "Date of decision that the child should be placed for adoption
	// this year is different from that recorded last year but the decision
	// to place the child for adoption did not change." Last year's decision
	// (DATE_PLACED completed, not ceased) must be repeated as written.
	prevPairRule("560", "Date of decision that the child should be placed for adoption this year is different from that recorded last year but the decision to place the child for adoption did not change.",
		PlacedAdoption, []string{"DATE_PLACED", "DATE_PLACED_CEASED"}, func(_ *Context, t, pt *Table, r, pr int) bool {
			last := pt.Get(pr, "DATE_PLACED")
			return last != "" && pt.Get(pr, "DATE_PLACED_CEASED") == "" && t.Get(r, "DATE_PLACED") != last
		})

	// 561: "Date of the decision that the child should be placed for adoption
	// this year is the same as that recorded last year but records show that
	// the decision changed, and the child should no longer be placed for
	// adoption last year." The same DATE_PLACED as last year's row, which
	// had ceased (a date or reason the decision ceased).
	prevPairRule("561", "Date of the decision that the child should be placed for adoption this year is the same as that recorded last year but records show that the decision changed, and the child should no longer be placed for adoption last year.",
		PlacedAdoption, []string{"DATE_PLACED"}, func(_ *Context, t, pt *Table, r, pr int) bool {
			now := t.Get(r, "DATE_PLACED")
			return now != "" && now == pt.Get(pr, "DATE_PLACED") &&
				(pt.Get(pr, "REASON_PLACED_CEASED") != "" || pt.Get(pr, "DATE_PLACED_CEASED") != "")
		})

	// 558: "If a child has been adopted, then the decision to place them for
	// adoption has not been disrupted and the date of the decision that a
	// child should no longer be placed for adoption should be left blank."
	// As in the sector validator: a child adopted (an episode ending E11 or
	// E12) whose PlacedAdoption rows all have a DATE_PLACED_CEASED (a blank
	// one is taken as the latest decision, undisrupted) fails when two of
	// those dates fall in one calendar year, counted once for each adopted
	// episode (the validator's merge), on the adopted episodes.
	register(&Rule{Code: "558", Description: "If a child has been adopted, then the decision to place them for adoption has not been disrupted and the date of the decision that a child should no longer be placed for adoption should be left blank.",
		Tables: []TableID{Episodes, PlacedAdoption}, Fields: []string{"REC", "DATE_PLACED_CEASED"},
		Check: func(c *Context) {
			e, p := c.Cur.Tables[Episodes], c.Cur.Tables[PlacedAdoption]
			cRec, cCeased := e.Col("REC"), p.Col("DATE_PLACED_CEASED")
			var adopted []int32
			years := map[int]int{}
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				adopted = adopted[:0]
				for _, r := range c.Cur.ChildRows(Episodes, ci) {
					if rec := e.Cell(int(r), cRec); rec == "E11" || rec == "E12" {
						adopted = append(adopted, r)
					}
				}
				prows := c.Cur.ChildRows(PlacedAdoption, ci)
				if len(adopted) == 0 || len(prows) == 0 {
					continue
				}
				clear(years)
				most, blank := 0, false
				for _, pr := range prows {
					s := p.Cell(int(pr), cCeased)
					if s == "" {
						blank = true
						break
					}
					if d := ParseDay(s); d.Valid() {
						y, _, _ := d.ymd()
						years[y]++
						most = max(most, years[y])
					}
				}
				if blank || most*len(adopted) < 2 {
					continue
				}
				for _, r := range adopted {
					c.Flag(Episodes, int(r), "REC", "")
				}
			}
		}})

	// 335: "The current foster value (0) suggests that child is not adopted
	// by current foster carer, but last placement is A2, A3, or A5. Or the
	// current foster value (1) suggests that child is adopted by current
	// foster carer, but last placement is A1, A4 or A6." An episode ending in
	// adoption (E1, E11, E12) is checked against each of the child's AD1
	// rows; both are flagged.
	register(&Rule{Code: "335", Description: "The current foster value (0) suggests that child is not adopted by current foster carer, but last placement is A2, A3, or A5. Or the current foster value (1) suggests that child is adopted by current foster carer, but last placement is A1, A4 or A6.",
		Tables: []TableID{Episodes, AD1}, Fields: []string{"PLACE", "FOSTER_CARE"},
		Check: func(c *Context) {
			e, a := c.Cur.Tables[Episodes], c.Cur.Tables[AD1]
			cRec, cPlace, cFoster := e.Col("REC"), e.Col("PLACE"), a.Col("FOSTER_CARE")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				arows := c.Cur.ChildRows(AD1, ci)
				if len(arows) == 0 {
					continue
				}
				for _, r := range c.Cur.ChildRows(Episodes, ci) {
					if !in(e.Cell(int(r), cRec), "E1", "E11", "E12") {
						continue
					}
					place := e.Cell(int(r), cPlace)
					for _, ar := range arows {
						fc := a.Cell(int(ar), cFoster)
						if (fc == "0" && in(place, "A2", "A3", "A5")) || (fc == "1" && in(place, "A1", "A4", "A6")) {
							c.Flag(Episodes, int(r), "PLACE", "")
							c.Flag(AD1, int(ar), "FOSTER_CARE", "")
						}
					}
				}
			}
		}})
}

func init() {
	// 583: "More than one date the child should be placed for adoption has
	// been reported, but an earlier decision has not been revoked. ..." Of a
	// child's PlacedAdoption rows, only the one with the latest DATE_PLACED
	// may lack a DATE_PLACED_CEASED, and only one may. (The sector validator
	// orders DATE_PLACED as written; it is ordered here as a date, invalid
	// dates last, as its test data has them.)
	register(&Rule{Code: "583", Description: "More than one date the child should be placed for adoption has been reported, but an earlier decision has not been revoked. Check that both dates are required and add in the date the earlier decision was revoked. Note this may be in a previous year.",
		Tables: []TableID{PlacedAdoption}, Fields: []string{"DATE_PLACED", "DATE_PLACED_CEASED"},
		Check: func(c *Context) {
			t := c.Cur.Tables[PlacedAdoption]
			cPlaced, cCeased := t.Col("DATE_PLACED"), t.Col("DATE_PLACED_CEASED")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				rows := c.Cur.ChildRows(PlacedAdoption, ci)
				if len(rows) < 2 {
					continue
				}
				open := 0
				for _, r := range rows {
					if t.Cell(int(r), cCeased) == "" {
						open++
					}
				}
				if open == 0 {
					continue
				}
				latest, _ := lastByDate(t, rows, cPlaced, nil)
				for _, r := range rows {
					if t.Cell(int(r), cCeased) == "" && (open > 1 || int(r) != latest) {
						c.Flag(PlacedAdoption, int(r), "DATE_PLACED_CEASED", "")
					}
				}
			}
		}})

	// 584: "Date of decision that the child should be placed for adoption
	// this year is different from that recorded last year, but the decision
	// to placed the child for adoption changed and the child should no
	// longer be placed for adoption." Where last year's decision ceased (a
	// date or reason), this year's DATE_PLACED must be a later, valid date.
	prevPairRule("584", "Date of decision that the child should be placed for adoption this year is different from that recorded last year, but the decision to placed the child for adoption changed and the child should no longer be placed for adoption.",
		PlacedAdoption, []string{"DATE_PLACED"}, func(_ *Context, t, pt *Table, r, pr int) bool {
			if pt.Get(pr, "DATE_PLACED_CEASED") == "" && pt.Get(pr, "REASON_PLACED_CEASED") == "" {
				return false
			}
			now, last := ParseDay(t.Get(r, "DATE_PLACED")), ParseDay(pt.Get(pr, "DATE_PLACED"))
			return !now.Valid() || (last.Valid() && now <= last)
		})
}

func init() {
	// 331: "Date of matching child and adopter(s) should be the same as, or
	// prior to, the date of placement of adoption." Each episode ending in
	// adoption (E11, E12) must start on or after each of the child's AD1
	// DATE_MATCH; both rows are flagged.
	register(&Rule{Code: "331", Description: "Date of matching child and adopter(s) should be the same as, or prior to, the date of placement of adoption.",
		Tables: []TableID{AD1, Episodes}, Fields: []string{"DATE_MATCH", "DECOM", "REC"},
		Check: func(c *Context) {
			e, a := c.Cur.Tables[Episodes], c.Cur.Tables[AD1]
			cRec, cDecom, cMatch := e.Col("REC"), e.Col("DECOM"), a.Col("DATE_MATCH")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				arows := c.Cur.ChildRows(AD1, ci)
				if len(arows) == 0 {
					continue
				}
				for _, r := range c.Cur.ChildRows(Episodes, ci) {
					if rec := e.Cell(int(r), cRec); rec != "E11" && rec != "E12" {
						continue
					}
					decom := ParseDay(e.Cell(int(r), cDecom))
					for _, ar := range arows {
						if m := ParseDay(a.Cell(int(ar), cMatch)); m.Valid() && decom.Valid() && m > decom {
							c.Flag(AD1, int(ar), "DATE_MATCH", "")
							c.Flag(Episodes, int(r), "DECOM", "")
						}
					}
				}
			}
		}})
}

// adoptionBeforeCare registers a rule that flags each PlacedAdoption row whose date in field is
// too early for the child's earliest episode that counts (by DECOM, the first in the file on a
// tie), together with that episode.
func adoptionBeforeCare(code, desc, field string, fields []string, counts func(e *Table) func(row int) bool, early func(c *Context, d, decom Day) bool) {
	register(&Rule{Code: code, Description: desc, Tables: []TableID{Episodes, PlacedAdoption}, Fields: fields,
		Check: func(c *Context) {
			e, pa := c.Cur.Tables[Episodes], c.Cur.Tables[PlacedAdoption]
			cDecom, cDate := e.Col("DECOM"), pa.Col(field)
			ok := counts(e)
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				pas := c.Cur.ChildRows(PlacedAdoption, ci)
				if len(pas) == 0 {
					continue
				}
				first, decom := firstByDate(e, c.Cur.ChildRows(Episodes, ci), cDecom, ok)
				if first < 0 {
					continue
				}
				for _, r := range pas {
					if d := ParseDay(pa.Cell(int(r), cDate)); d.Valid() && early(c, d, decom) {
						c.Flag(Episodes, first, "DECOM", "")
						c.Flag(PlacedAdoption, int(r), field, "")
					}
				}
			}
		}})
}

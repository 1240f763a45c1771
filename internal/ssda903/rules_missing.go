package ssda903

import "slices"

// Rules on missing and away-from-placement periods (the Missing table). Each
// follows the DfE description and the sector validator's lac2022_23 rule of
// the same code (data-to-insight/csc-validator-be-903), written afresh.

func init() {
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

	// 574: "A new missing/away from placement without authorisation period
	// cannot start when the previous missing/away from placement without
	// authorisation period is still open. Missing/away from placement without
	// authorisation periods should also not overlap." With the child's
	// periods ordered by end (the start when open) then start, a period fails
	// when the one before it has no valid end or ends after it starts.
	register(&Rule{Code: "574", Description: "A new missing/away from placement without authorisation period cannot start when the previous missing/away from placement without authorisation period is still open. Missing/away from placement without authorisation periods should also not overlap.",
		Tables: []TableID{Missing}, Fields: []string{"MIS_START", "MIS_END"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Missing]
			cStart, cEnd := t.Col("MIS_START"), t.Col("MIS_END")
			var o rowOrder
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				rows := c.Cur.ChildRows(Missing, ci)
				if len(rows) < 2 {
					continue
				}
				o.items = o.items[:0]
				for _, r := range rows {
					start, end := ParseDay(t.Cell(int(r), cStart)), ParseDay(t.Cell(int(r), cEnd))
					if !end.Valid() {
						end = start
					}
					o.items = append(o.items, keyedRow{row: r, k1: dateSortKey(end), k2: dateSortKey(start)})
				}
				o.sort()
				for i := 1; i < len(o.items); i++ {
					row, prev := int(o.items[i].row), int(o.items[i-1].row)
					prevEnd := ParseDay(t.Cell(prev, cEnd))
					start := ParseDay(t.Cell(row, cStart))
					if !prevEnd.Valid() || (start.Valid() && start < prevEnd) {
						c.Flag(Missing, row, "MIS_START", "")
					}
				}
			}
		}})

	// 577: "Child ceased to be looked after but there is a missing/away from
	// placement without authorisation period without an end date." A missing
	// period with a valid start fails when it lies outside every one of the
	// child's periods of care: it is open while the period of care has ended
	// or began before the period of care, or it ends after the period of
	// care ended or before it began. Children without episodes are not
	// checked.
	missingOutsideCare("577", "Child ceased to be looked after but there is a missing/away from placement without authorisation period without an end date.",
		"MIS_END", func(p careSpan, start, end Day) bool {
			return (!end.Valid() && (p.end.Valid() || start < p.start)) ||
				(end.Valid() && ((p.end.Valid() && end > p.end) || end < p.start))
		})

	// 578: "The date that the child started to be missing is after the child
	// ceased to be looked after." A missing period with a valid start fails
	// when it starts outside every one of the child's periods of care (before
	// one began, or after one ended). Children without episodes are not
	// checked.
	missingOutsideCare("578", "The date that the child started to be missing is after the child ceased to be looked after.",
		"MIS_START", func(p careSpan, start, _ Day) bool {
			return start < p.start || (p.end.Valid() && start > p.end)
		})

	// 581: "Child is missing but has not yet started to be looked after." A
	// missing period of a child with episodes fails unless it starts within
	// one of them (on or after DECOM, and on or before DEC or with no DEC).
	register(&Rule{Code: "581", Description: "Child is missing but has not yet started to be looked after.",
		Tables: []TableID{Episodes, Missing}, Fields: []string{"MIS_START"},
		Check: func(c *Context) {
			m, e := c.Cur.Tables[Missing], c.Cur.Tables[Episodes]
			cStart := m.Col("MIS_START")
			cDecom, cDec := e.Col("DECOM"), e.Col("DEC")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				eps := c.Cur.ChildRows(Episodes, ci)
				if len(eps) == 0 {
					continue
				}
				for _, r := range c.Cur.ChildRows(Missing, ci) {
					start := ParseDay(m.Cell(int(r), cStart))
					inCare := false
					for _, er := range eps {
						decom, dec := ParseDay(e.Cell(int(er), cDecom)), ParseDay(e.Cell(int(er), cDec))
						if start.Valid() && decom.Valid() && start >= decom && (!dec.Valid() || start <= dec) {
							inCare = true
							break
						}
					}
					if !inCare {
						c.Flag(Missing, int(r), "MIS_START", "")
					}
				}
			}
		}})

	// 1004: "The start date of the missing episode or episode that the child
	// was away from placement without authorisation is not a valid date."
	// A blank start fails too.
	register(&Rule{Code: "1004", Description: "The start date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.",
		Tables: []TableID{Missing}, Fields: []string{"MIS_START"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Missing]
			col := t.Col("MIS_START")
			for row := 0; row < t.Len(); row++ {
				if !ParseDay(t.Cell(row, col)).Valid() {
					c.Flag(Missing, row, "MIS_START", "")
				}
			}
		}})

	// 1005: "The end date of the missing episode or episode that the child
	// was away from placement without authorisation is not a valid date."
	// A blank end is allowed (the period is open).
	register(&Rule{Code: "1005", Description: "The end date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.",
		Tables: []TableID{Missing}, Fields: []string{"MIS_END"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Missing]
			col := t.Col("MIS_END")
			for row := 0; row < t.Len(); row++ {
				if v := t.Cell(row, col); v != "" && !ParseDay(v).Valid() {
					c.Flag(Missing, row, "MIS_END", "")
				}
			}
		}})

	// 1006: "Missing type invalid." M (missing) or A (away without
	// authorisation), or blank.
	register(codeRule("1006", "Missing type invalid.", Missing, "MISSING", false, list("M", "A")))

	// 580: "Child is missing when cease being looked after but reason episode
	// ceased not 'E8'." An episode ending on the child's 18th birthday, the
	// day a missing period ended, with a reason other than E8.
	register(&Rule{Code: "580", Description: "Child is missing when cease being looked after but reason episode ceased not ‘E8’.",
		Tables: []TableID{Episodes, Missing}, Fields: []string{"REC"},
		Check: func(c *Context) {
			e, m := c.Cur.Tables[Episodes], c.Cur.Tables[Missing]
			cDec, cRec := e.Col("DEC"), e.Col("REC")
			cDOB, cEnd := m.Col("DOB"), m.Col("MIS_END")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				mrows := c.Cur.ChildRows(Missing, ci)
				if len(mrows) == 0 {
					continue
				}
				for _, r := range c.Cur.ChildRows(Episodes, ci) {
					row := int(r)
					dec := ParseDay(e.Cell(row, cDec))
					if !dec.Valid() || e.Cell(row, cRec) == "E8" {
						continue
					}
					for _, mr := range mrows {
						if ParseDay(m.Cell(int(mr), cEnd)) == dec && ParseDay(m.Cell(int(mr), cDOB)).AddYears(18) == dec {
							c.Flag(Episodes, row, "REC", "")
							break
						}
					}
				}
			}
		}})
}

func init() {
	// 576: "There is an open missing/away from placement without
	// authorisation period in last year's return and there is no
	// corresponding period recorded at the start of this year." A period
	// last year with a valid MIS_START and no MIS_END must be the child's
	// first period this year (the earliest MIS_START; a blank or invalid one
	// sorts last). A child with no period this year is not checked.
	register(&Rule{Code: "576", Description: "There is an open missing/away from placement without authorisation period in last year’s return and there is no corresponding period recorded at the start of this year.",
		Tables: []TableID{Missing}, Fields: []string{"MIS_START"}, NeedsPrev: true,
		Check: func(c *Context) {
			if !c.Prev.Has(Missing) {
				return
			}
			m, pm := c.Cur.Tables[Missing], c.Prev.Tables[Missing]
			cStart, pStart, pEnd := m.Col("MIS_START"), pm.Col("MIS_START"), pm.Col("MIS_END")
			for ci, pi := range prevChildren(c) {
				rows := c.Cur.ChildRows(Missing, ci)
				if pi < 0 || len(rows) == 0 {
					continue
				}
				first, firstKey := -1, Day(0)
				for _, r := range rows {
					if k := dateSortKey(ParseDay(m.Cell(int(r), cStart))); first < 0 || k < firstKey {
						first, firstKey = int(r), k
					}
				}
				for _, pr := range c.Prev.ChildRows(Missing, int(pi)) {
					if pm.Cell(int(pr), pEnd) != "" {
						continue
					}
					if d := ParseDay(pm.Cell(int(pr), pStart)); d.Valid() && d != firstKey {
						c.Flag(Missing, first, "MIS_START", "")
						break
					}
				}
			}
		}})
}

func init() {
	// 586: "Dates of missing periods are before child's date of birth." A
	// MIS_START on or before the DOB given in the Missing row.
	register(&Rule{Code: "586", Description: "Dates of missing periods are before child’s date of birth.",
		Tables: []TableID{Missing}, Fields: []string{"MIS_START"},
		Check: func(c *Context) {
			eachRow(c, Missing, func(t *Table, row int) {
				start, dob := ParseDay(t.Get(row, "MIS_START")), ParseDay(t.Get(row, "DOB"))
				if start.Valid() && dob.Valid() && start <= dob {
					c.Flag(Missing, row, "MIS_START", "")
				}
			})
		}})
}

// missingOutsideCare registers a rule that flags (on field) a missing period with a valid start
// that lies outside every one of the child's periods of care, outside telling whether it lies
// outside one. Children without episodes are not checked.
func missingOutsideCare(code, desc, field string, outside func(p careSpan, start, end Day) bool) {
	register(&Rule{Code: code, Description: desc, Tables: []TableID{Episodes, Missing}, Fields: []string{field},
		Check: func(c *Context) {
			t := c.Cur.Tables[Missing]
			cStart, cEnd := t.Col("MIS_START"), t.Col("MIS_END")
			var o rowOrder
			var pocs []careSpan
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				rows := c.Cur.ChildRows(Missing, ci)
				if len(rows) == 0 {
					continue
				}
				if pocs = periodsOfCare(c, ci, &o, pocs); len(pocs) == 0 {
					continue
				}
				for _, r := range rows {
					start, end := ParseDay(t.Cell(int(r), cStart)), ParseDay(t.Cell(int(r), cEnd))
					if start.Valid() && !slices.ContainsFunc(pocs, func(p careSpan) bool { return !outside(p, start, end) }) {
						c.Flag(Missing, int(r), field, "")
					}
				}
			}
		}})
}

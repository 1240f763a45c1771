package ssda903

// Rules on temporary placements (T0-T4). Each follows the DfE description
// and the sector validator's lac2022_23 rule of the same code
// (data-to-insight/csc-validator-be-903), written afresh.

func init() {
	// 375, 376, 379: temporary placements longer than allowed. With
	// openToEnd, an episode still open (no valid DEC) is measured to the end
	// of the collection year, as the expected findings for 376 show (the
	// sector validator's published 375/379 skip open episodes).
	tempRule := func(code, desc, place string, days int, openToEnd bool) {
		register(&Rule{Code: code, Description: desc, Tables: []TableID{Episodes, Header}, Fields: []string{"DECOM", "DEC", "PLACE"},
			Check: func(c *Context) {
				eachChildEpisode(c, func(t *Table, ci, row int) {
					if t.Get(row, "PLACE") != place {
						return
					}
					if len(c.Cur.ChildRows(Header, ci)) == 0 {
						return // the validator joins to Header and drops children without one
					}
					if dob, _ := headerDOB(c, ci); !dob.Valid() {
						return
					}
					decom, dec := ParseDay(t.Get(row, "DECOM")), ParseDay(t.Get(row, "DEC"))
					if !dec.Valid() && openToEnd {
						dec = c.End
					}
					if decom.Valid() && dec.Valid() && dec > decom.AddDays(days) {
						c.Flag(Episodes, row, "DEC", "")
					}
				})
			}})
	}
	// 375: "Hospitalisation coded as a temporary placement exceeds six weeks." (T1, 42 days)
	tempRule("375", "Hospitalisation coded as a temporary placement exceeds six weeks.", "T1", 42, false)
	// 376: "Temporary placements coded as being due to holiday of usual
	// foster carer(s) cannot exceed three weeks." (T3, 21 days). A T3
	// placement still open at 31 March that began more than three weeks
	// earlier has already exceeded them, so open episodes are measured to the
	// collection end: this gives the expected 156 records (131 children) on
	// the sample; skipping open episodes, as the stored sector rule's
	// dropna(DEC) does, gives 107.
	tempRule("376", "Temporary placements coded as being due to holiday of usual foster carer(s) cannot exceed three weeks.", "T3", 21, true)
	// 379: "Temporary placements for unspecified reason (placement code T4)
	// cannot exceed seven days."
	tempRule("379", "Temporary placements for unspecified reason (placement code T4) cannot exceed seven days.", "T4", 7, false)

	// 377: "Only two temporary placements coded as being due to holiday of
	// usual foster carer(s) are allowed in any 12-month period." A return
	// holds the episodes open during its collection year, a 12-month
	// period, so a child with more than two T3 episodes fails in each of
	// them. (Counting only starts within 12 months of each other would give
	// 3 records on the sample, not the expected 12: three of its four
	// children have T3 placements starting over 14 to 18 months, all of
	// them open during 2017/18.)
	register(&Rule{Code: "377", Description: "Only two temporary placements coded as being due to holiday of usual foster carer(s) are allowed in any 12- month period.",
		Tables: []TableID{Episodes}, Fields: []string{"PLACE"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cPlace := t.Col("PLACE")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				rows := c.Cur.ChildRows(Episodes, ci)
				n := 0
				for _, r := range rows {
					if t.Cell(int(r), cPlace) == "T3" {
						n++
					}
				}
				if n <= 2 {
					continue
				}
				for _, r := range rows {
					if t.Cell(int(r), cPlace) == "T3" {
						c.Flag(Episodes, int(r), "PLACE", "")
					}
				}
			}
		}})

	// 380: "A period of care cannot start with a temporary placement." A
	// temporary placement (T0-T4) whose reason for new episode is not P or B
	// (a change of placement).
	register(&Rule{Code: "380", Description: "A period of care cannot start with a temporary placement.",
		Tables: []TableID{Episodes}, Fields: []string{"PLACE", "RNE"},
		Check: func(c *Context) {
			eachRow(c, Episodes, func(t *Table, row int) {
				if in(t.Get(row, "PLACE"), "T0", "T1", "T2", "T3", "T4") && !in(t.Get(row, "RNE"), "P", "B") {
					c.Flag(Episodes, row, "PLACE", "")
				}
			})
		}})

	// 381: "A period of care cannot end with a temporary placement." A
	// temporary placement (T0-T4) ending with a reason other than X1.
	register(&Rule{Code: "381", Description: "A period of care cannot end with a temporary placement.",
		Tables: []TableID{Episodes}, Fields: []string{"PLACE", "REC"},
		Check: func(c *Context) {
			eachRow(c, Episodes, func(t *Table, row int) {
				if rec := t.Get(row, "REC"); in(t.Get(row, "PLACE"), "T0", "T1", "T2", "T3", "T4") && rec != "" && rec != "X1" {
					c.Flag(Episodes, row, "REC", "")
				}
			})
		}})

	// 383: "A child in a temporary placement must subsequently return to
	// his/her normal placement." With the child's episodes in DECOM order, a
	// temporary placement (T0-T4) between two other episodes fails when the
	// next episode's reason for new episode is not P (placement change) or its
	// placement differs from the one before the temporary placement.
	register(&Rule{Code: "383", Description: "A child in a temporary placement must subsequently return to his/her normal placement.",
		Tables: []TableID{Episodes}, Fields: []string{"PLACE"}, Until: 2024, // 2025/26: rules_years.go
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cPlace, cRNE := t.Col("PLACE"), t.Col("RNE")
			var o rowOrder
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				buf := episodesByStart(c, ci, &o)
				for i := 1; i+1 < len(buf); i++ {
					row, prev, next := int(buf[i].row), int(buf[i-1].row), int(buf[i+1].row)
					if !in(t.Cell(row, cPlace), "T0", "T1", "T2", "T3", "T4") {
						continue
					}
					if t.Cell(next, cRNE) != "P" || t.Cell(next, cPlace) != t.Cell(prev, cPlace) {
						c.Flag(Episodes, row, "PLACE", "")
					}
				}
			}
		}})
}

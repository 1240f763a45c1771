package ssda903

// Rules on items that are not required: data for OC3 children with no
// episode (1012), mother, review and participation items (399), and
// placement items for placements that have none (213, 214, 226).
// Each follows the DfE description and the sector
// validator's lac2022_23 rule of the same code
// (data-to-insight/csc-validator-be-903), written afresh.

func init() {
	// 1012: "No other data should be returned for OC3 children who had no
	// episodes in the current year." As in the sector validator, every row of
	// PlacedAdoption, Missing, Reviews, AD1, PrevPerm and OC2 whose child has
	// no episode in the return fails; those tables are checked when supplied.
	register(&Rule{Code: "1012", Description: "No other data should be returned for OC3 children who had no episodes in the current year",
		Tables: []TableID{Episodes}, Fields: []string{"CHILD"},
		Check: func(c *Context) {
			for _, id := range []TableID{PlacedAdoption, Missing, Reviews, AD1, PrevPerm, OC2} {
				if !c.Cur.Has(id) {
					continue
				}
				for ci := 0; ci < c.Cur.NumChildren(); ci++ {
					if len(c.Cur.ChildRows(Episodes, ci)) > 0 {
						continue
					}
					for _, r := range c.Cur.ChildRows(id, ci) {
						c.Flag(id, int(r), "CHILD", "")
					}
				}
			}
		}})

	// 399: "Mother field, review field or participation field are completed
	// but child is looked after under legal status V3 or V4." For a child
	// whose every episode is V3 or V4, as the sector validator joins episodes
	// to Header and Reviews by child: all the child's episodes fail when
	// MOTHER or any review is completed; a Header row fails when its MOTHER
	// is completed or any review is; a Reviews row fails when it is completed
	// or MOTHER is.
	register(&Rule{Code: "399", Description: "Mother field, review field or participation field are completed but child is looked after under legal status V3 or V4.",
		Tables: []TableID{Episodes, Header, Reviews}, Fields: []string{"MOTHER", "LS", "REVIEW", "REVIEW_CODE"},
		Check: func(c *Context) {
			e, h, rv := c.Cur.Tables[Episodes], c.Cur.Tables[Header], c.Cur.Tables[Reviews]
			cLS, cMother := e.Col("LS"), h.Col("MOTHER")
			cReview, cCode := rv.Col("REVIEW"), rv.Col("REVIEW_CODE")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				eps := c.Cur.ChildRows(Episodes, ci)
				if len(eps) == 0 {
					continue
				}
				respite := true
				for _, r := range eps {
					if !in(e.Cell(int(r), cLS), "V3", "V4") {
						respite = false
						break
					}
				}
				if !respite {
					continue
				}
				anyMother, anyReview := false, false
				for _, r := range c.Cur.ChildRows(Header, ci) {
					anyMother = anyMother || h.Cell(int(r), cMother) != ""
				}
				for _, r := range c.Cur.ChildRows(Reviews, ci) {
					anyReview = anyReview || rv.Cell(int(r), cReview) != "" || rv.Cell(int(r), cCode) != ""
				}
				if !anyMother && !anyReview {
					continue
				}
				for _, r := range eps {
					c.Flag(Episodes, int(r), "LS", "")
				}
				for _, r := range c.Cur.ChildRows(Header, ci) {
					if anyReview || h.Cell(int(r), cMother) != "" {
						c.Flag(Header, int(r), "MOTHER", "")
					}
				}
				for _, r := range c.Cur.ChildRows(Reviews, ci) {
					if anyMother || rv.Cell(int(r), cReview) != "" || rv.Cell(int(r), cCode) != "" {
						c.Flag(Reviews, int(r), "REVIEW", "")
					}
				}
			}
		}})

	// 213: "Placement provider information not required." A provider code
	// with a temporary placement (T0-T4).
	register(&Rule{Code: "213", Description: "Placement provider information not required.",
		Tables: []TableID{Episodes}, Fields: []string{"PLACE_PROVIDER"}, Until: 2024, // 2025/26: rules_years.go
		Check: func(c *Context) {
			eachRow(c, Episodes, func(t *Table, row int) {
				if in(t.Get(row, "PLACE"), "T0", "T1", "T2", "T3", "T4") && t.Get(row, "PLACE_PROVIDER") != "" {
					c.Flag(Episodes, row, "PLACE_PROVIDER", "")
				}
			})
		}})

	// 214: "Placement location information not required." A placement
	// postcode or URN with legal status V3 or V4.
	register(&Rule{Code: "214", Description: "Placement location information not required.",
		Tables: []TableID{Episodes}, Fields: []string{"PL_POST", "URN"},
		Check: func(c *Context) {
			eachRow(c, Episodes, func(t *Table, row int) {
				if in(t.Get(row, "LS"), "V3", "V4") && (t.Get(row, "PL_POST") != "" || t.Get(row, "URN") != "") {
					c.Flag(Episodes, row, "PL_POST", "")
				}
			})
		}})

	// 226: "Reason for placement change is not required." A temporary
	// placement (T0-T4) must have no reason for placement change, nor may the
	// child's episode before it (in DECOM order).
	register(&Rule{Code: "226", Description: "Reason for placement change is not required.",
		Tables: []TableID{Episodes}, Fields: []string{"REASON_PLACE_CHANGE", "PLACE"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cPlace, cReason := t.Col("PLACE"), t.Col("REASON_PLACE_CHANGE")
			var o rowOrder
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				buf := episodesByStart(c, ci, &o)
				for i, r := range buf {
					row := int(r.row)
					if !in(t.Cell(row, cPlace), "T0", "T1", "T2", "T3", "T4") {
						continue
					}
					if t.Cell(row, cReason) != "" || (i > 0 && t.Cell(int(buf[i-1].row), cReason) != "") {
						c.Flag(Episodes, row, "REASON_PLACE_CHANGE", "")
					}
				}
			}
		}})
}

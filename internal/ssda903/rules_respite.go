package ssda903

// Rules on respite care (short breaks, legal status V3 and V4). Each follows
// the DfE description and the sector validator's lac2022_23 rule of the
// same code (data-to-insight/csc-validator-be-903), written afresh.

func init() {
	// 426: "A child receiving respite care cannot be recorded under a legal
	// status of V3 and V4 in the same year." Every V3 and V4 episode of a
	// child who has both.
	register(&Rule{Code: "426", Description: "A child receiving respite care cannot be recorded under a legal status of V3 and V4 in the same year.",
		Tables: []TableID{Episodes}, Fields: []string{"LS"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cLS := t.Col("LS")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				rows := c.Cur.ChildRows(Episodes, ci)
				v3, v4 := false, false
				for _, r := range rows {
					switch t.Cell(int(r), cLS) {
					case "V3":
						v3 = true
					case "V4":
						v4 = true
					}
				}
				if !v3 || !v4 {
					continue
				}
				for _, r := range rows {
					if ls := t.Cell(int(r), cLS); ls == "V3" || ls == "V4" {
						c.Flag(Episodes, int(r), "LS", "")
					}
				}
			}
		}})

	// 365: "Any individual short- term respite placement must not exceed 17
	// days." An episode under V3 ending more than 17 days after it began; a
	// blank DEC counts as 31 March.
	register(&Rule{Code: "365", Description: "Any individual short- term respite placement must not exceed 17 days.",
		Tables: []TableID{Episodes}, Fields: []string{"LS", "DECOM", "DEC"},
		Check: func(c *Context) {
			eachRow(c, Episodes, func(t *Table, row int) {
				if t.Get(row, "LS") != "V3" {
					return
				}
				decText := t.Get(row, "DEC")
				decom, dec := ParseDay(t.Get(row, "DECOM")), ParseDay(decText)
				if decText == "" {
					dec = c.End
				}
				if decom.Valid() && dec.Valid() && dec > decom.AddDays(17) {
					c.Flag(Episodes, row, "DEC", "")
				}
			})
		}})

	// 366: "A child cannot change placement during the course of an
	// individual short-term respite break." An episode under V3 must start
	// a period of care (RNE S).
	register(&Rule{Code: "366", Description: "A child cannot change placement during the course of an individual short-term respite break.",
		Tables: []TableID{Episodes}, Fields: []string{"RNE"},
		Check: func(c *Context) {
			eachRow(c, Episodes, func(t *Table, row int) {
				if t.Get(row, "LS") == "V3" && t.Get(row, "RNE") != "S" {
					c.Flag(Episodes, row, "RNE", "")
				}
			})
		}})

	// 367: "The maximum amount of respite care allowable is 75 days in any
	// 12-month period." A child's V3 episodes, each cut to the collection
	// year (a blank DEC, or one after 31 March, counts as 31 March; a start
	// before 1 April as 1 April), fail when their days within the year add up
	// to more than 75. Episodes with no days in the year (or an unparseable
	// date) neither count nor fail.
	register(&Rule{Code: "367", Description: "The maximum amount of respite care allowable is 75 days in any 12-month period.",
		Tables: []TableID{Episodes}, Fields: []string{"LS", "DECOM", "DEC"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cLS, cDecom, cDec := t.Col("LS"), t.Col("DECOM"), t.Col("DEC")
			var rows []int
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				rows, total := rows[:0], 0
				for _, r := range c.Cur.ChildRows(Episodes, ci) {
					row := int(r)
					if t.Cell(row, cLS) != "V3" {
						continue
					}
					decText := t.Cell(row, cDec)
					decom, dec := ParseDay(t.Cell(row, cDecom)), ParseDay(decText)
					if decText == "" || dec > c.End {
						dec = c.End
					}
					if decom.Valid() && decom < c.Start {
						decom = c.Start
					}
					if !decom.Valid() || !dec.Valid() {
						continue
					}
					if d := DaysBetween(decom, dec); d > 0 {
						rows = append(rows, row)
						total += d
					}
				}
				if total > 75 {
					for _, row := range rows {
						c.Flag(Episodes, row, "LS", "")
					}
				}
			}
		}})

	// 382: "A child receiving respite care cannot be in a temporary
	// placement." LS V3/V4 with placement T0-T4.
	register(&Rule{Code: "382", Description: "A child receiving respite care cannot be in a temporary placement.",
		Tables: []TableID{Episodes}, Fields: []string{"LS", "PLACE"},
		Check: func(c *Context) {
			eachRow(c, Episodes, func(t *Table, row int) {
				if in(t.Get(row, "LS"), "V3", "V4") && in(t.Get(row, "PLACE"), "T0", "T1", "T2", "T3", "T4") {
					c.Flag(Episodes, row, "PLACE", "")
				}
			})
		}})

	// 384: "A child receiving respite care cannot be in a long-term foster
	// placement." LS V3/V4 with placement U1 or U4.
	register(&Rule{Code: "384", Description: "A child receiving respite care cannot be in a long-term foster placement ",
		Tables: []TableID{Episodes}, Fields: []string{"PLACE", "LS"},
		Check: func(c *Context) {
			eachRow(c, Episodes, func(t *Table, row int) {
				if in(t.Get(row, "LS"), "V3", "V4") && in(t.Get(row, "PLACE"), "U1", "U4") {
					c.Flag(Episodes, row, "PLACE", "")
				}
			})
		}})
}

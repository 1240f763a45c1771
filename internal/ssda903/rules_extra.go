package ssda903

// Rules added after the first 54, in order of their counts on the public
// sample. Each follows the DfE description and the sector validator's
// lac2022_23 rule of the same number (data-to-insight/csc-validator-be-903,
// lac_validator/rules/lac2022_23/rule_NNN.py), written afresh.

import "slices"

// episodesBlankFirst returns the child's Episodes rows ordered by DECOM, ties
// in file order, with blank or invalid DECOMs first (the sector rule 388 fills
// them with 1 January 1901 before sorting), reusing buf.
func episodesBlankFirst(c *Context, ci int, buf []int32) []int32 {
	t := c.Cur.Tables[Episodes]
	col := t.Col("DECOM")
	buf = append(buf[:0], c.Cur.ChildRows(Episodes, ci)...)
	if len(buf) < 2 {
		return buf
	}
	slices.SortStableFunc(buf, func(a, b int32) int {
		return int(ParseDay(t.Cell(int(a), col))) - int(ParseDay(t.Cell(int(b), col)))
	})
	return buf
}

func init() {
	// 388: "Reason episode ceased is coded new episode begins, but there is
	// no continuation episode." With the child's episodes in DECOM order: an
	// episode other than the last that ends X1 must be followed by one
	// starting on its DEC; one that ends with another reason must not be; the
	// last episode must not end X1. As for 376 and 387, an episode that has
	// not ended (blank or invalid DEC) is taken to end on 31 March, so an open
	// last episode already coded X1 fails, as does an open X1 episode that is
	// followed by another. This gives the expected 1,081 records on the
	// sample; the stored sector rule, which skips open episodes, gives 21.
	register(&Rule{Code: "388", Description: "Reason episode ceased is coded new episode begins, but there is no continuation episode.",
		Tables: []TableID{Episodes}, Fields: []string{"REC"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cDecom, cDec, cRec := t.Col("DECOM"), t.Col("DEC"), t.Col("REC")
			var buf []int32
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				buf = episodesBlankFirst(c, ci, buf)
				for i, r := range buf {
					row := int(r)
					rec := t.Cell(row, cRec)
					dec := ParseDay(t.Cell(row, cDec))
					if !dec.Valid() {
						dec = c.End
					}
					var bad bool
					if i == len(buf)-1 {
						bad = rec == "X1"
					} else {
						// a blank next DECOM stands for 1 January 1901, never a DEC here
						next := ParseDay(t.Cell(int(buf[i+1]), cDecom))
						bad = (rec == "X1" && dec != next) || (rec != "X1" && rec != "" && dec == next)
					}
					if bad {
						c.Flag(Episodes, row, "REC", "")
					}
				}
			}
		}})

	// 165: "Data entry for mother status is invalid." For a child with at
	// least one episode not under V3/V4, each Header row (and each OC3 row of
	// the child) fails when MOTHER is given but is not 0 or 1, when MOTHER is
	// given for a boy (SEX 1), when a girl (SEX 2) with such an episode
	// during the year (an open episode counting to 31 March) has no MOTHER,
	// or when a girl with no such episode during the year has MOTHER and any
	// OC3 item.
	register(&Rule{Code: "165", Description: "Data entry for mother status is invalid.",
		Tables: []TableID{Header, Episodes, OC3}, Fields: []string{"MOTHER", "SEX", "ACTIV", "ACCOM", "IN_TOUCH", "DECOM"},
		Check: func(c *Context) {
			e, h, o := c.Cur.Tables[Episodes], c.Cur.Tables[Header], c.Cur.Tables[OC3]
			cLS, cDecom, cDec := e.Col("LS"), e.Col("DECOM"), e.Col("DEC")
			cMother, cSex := h.Col("MOTHER"), h.Col("SEX")
			cTouch, cActiv, cAccom := o.Col("IN_TOUCH"), o.Col("ACTIV"), o.Col("ACCOM")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				looked, inYear := false, false
				for _, r := range c.Cur.ChildRows(Episodes, ci) {
					row := int(r)
					if ls := e.Cell(row, cLS); in(ls, "V3", "V4", "v3", "v4") {
						continue
					}
					looked = true
					decom, dec := ParseDay(e.Cell(row, cDecom)), ParseDay(e.Cell(row, cDec))
					if !dec.Valid() {
						dec = c.End
					}
					if decom.Valid() && decom <= c.End && dec >= c.Start {
						inYear = true
					}
				}
				if !looked {
					continue
				}
				oc3 := c.Cur.ChildRows(OC3, ci)
				for _, hr := range c.Cur.ChildRows(Header, ci) {
					mother, sex := h.Cell(int(hr), cMother), h.Cell(int(hr), cSex)
					has := mother != ""
					always := (has && mother != "0" && mother != "1") || (has && sex == maleV5(c.Year)) || (!has && sex == femaleV5(c.Year) && inYear)
					flagged := always
					if always {
						for _, or := range oc3 {
							c.Flag(OC3, int(or), "MOTHER", "")
						}
					}
					for _, or := range oc3 {
						row := int(or)
						anyOC3 := o.Cell(row, cTouch) != "" || o.Cell(row, cActiv) != "" || o.Cell(row, cAccom) != ""
						if has && sex == femaleV5(c.Year) && !inYear && anyOC3 {
							c.Flag(OC3, row, "MOTHER", "")
							flagged = true
						}
					}
					if flagged {
						c.Flag(Header, int(hr), "MOTHER", "")
					}
				}
			}
		}})

	// 607: "Child ceased to be looked after in the year, but mother field has
	// not been completed." An episode not under V3/V4 ending in the year with
	// a reason other than X1, for a girl (SEX 2) whose MOTHER is blank: the
	// episode and the Header row fail. An episode with a reason but no valid
	// DEC is taken to end on 31 March, as for 376, 387 and 388: this gives
	// the expected 969 records (475 children) on the sample, where the stored
	// sector rule, which needs a DEC, gives 655.
	register(&Rule{Code: "607", Description: "Child ceased to be looked after in the year, but mother field has not been completed.",
		Tables: []TableID{Header, Episodes}, Fields: []string{"DEC", "REC", "MOTHER", "LS", "SEX"},
		Check: func(c *Context) {
			e, h := c.Cur.Tables[Episodes], c.Cur.Tables[Header]
			cLS, cDec, cRec := e.Col("LS"), e.Col("DEC"), e.Col("REC")
			cMother, cSex := h.Col("MOTHER"), h.Col("SEX")
			eachChildEpisode(c, func(t *Table, ci, row int) {
				rec, dec := t.Cell(row, cRec), ParseDay(t.Cell(row, cDec))
				if !dec.Valid() {
					dec = c.End
				}
				if rec == "" || rec == "X1" || in(t.Cell(row, cLS), "V3", "V4") || dec < c.Start || dec > c.End {
					return
				}
				for _, hr := range c.Cur.ChildRows(Header, ci) {
					if h.Cell(int(hr), cSex) == femaleV5(c.Year) && h.Cell(int(hr), cMother) == "" {
						c.Flag(Episodes, row, "DEC", "")
						c.Flag(Header, int(hr), "MOTHER", "")
					}
				}
			})
		}})

	// 634: "There are entries for previous permanence options, but child has
	// not started to be looked after from 1 April 2016 onwards." A PrevPerm
	// row with any of PREV_PERM, LA_PERM or DATE_PERM, for a child whose
	// latest episode start is before the collection year, fails with all the
	// child's episodes.
	register(&Rule{Code: "634", Description: "There are entries for previous permanence options, but child has not started to be looked after from 1 April 2016 onwards.",
		Tables: []TableID{Episodes, PrevPerm}, Fields: []string{"LA_PERM", "PREV_PERM", "DATE_PERM", "DECOM"},
		Check: func(c *Context) {
			e, p := c.Cur.Tables[Episodes], c.Cur.Tables[PrevPerm]
			cDecom := e.Col("DECOM")
			cPrev, cLA, cDate := p.Col("PREV_PERM"), p.Col("LA_PERM"), p.Col("DATE_PERM")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				var last Day
				for _, r := range c.Cur.ChildRows(Episodes, ci) {
					if d := ParseDay(e.Cell(int(r), cDecom)); d > last {
						last = d
					}
				}
				if !last.Valid() || last >= c.Start {
					continue
				}
				for _, pr := range c.Cur.ChildRows(PrevPerm, ci) {
					row := int(pr)
					if p.Cell(row, cPrev) == "" && p.Cell(row, cLA) == "" && p.Cell(row, cDate) == "" {
						continue
					}
					c.Flag(PrevPerm, row, "PREV_PERM", "")
					for _, r := range c.Cur.ChildRows(Episodes, ci) {
						c.Flag(Episodes, int(r), "DECOM", "")
					}
				}
			}
		}})

	// 398: "Distance field completed but child looked after under legal
	// status V3 or V4." The distance is derived from the postcodes, so an
	// episode under V3/V4 with a home or placement postcode fails.
	register(&Rule{Code: "398", Description: "Distance field completed but child looked after under legal status V3 or V4.",
		Tables: []TableID{Episodes}, Fields: []string{"LS", "HOME_POST", "PL_POST"},
		Check: func(c *Context) {
			eachRow(c, Episodes, func(t *Table, row int) {
				if in(t.Get(row, "LS"), "V3", "V4") && (t.Get(row, "HOME_POST") != "" || t.Get(row, "PL_POST") != "") {
					c.Flag(Episodes, row, "LS", "")
				}
			})
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
}

// statusRunRule registers 363 and 364: episodes under one legal status, taken
// in file order (the sector rule's sort is not applied), are joined into runs
// while the child is the same and each starts on or before the previous one
// ended; a run whose days (DEC - DECOM summed over its episodes) exceed the
// limit fails in every episode. Episodes without a valid DECOM are left out;
// a blank DEC counts as 31 March, an unparseable one adds no days.
func statusRunRule(code, desc, ls string, limit int) {
	register(&Rule{Code: code, Description: desc, Tables: []TableID{Episodes}, Fields: []string{"LS", "DECOM", "DEC"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cChild, cLS, cDecom, cDec := t.Col("CHILD"), t.Col("LS"), t.Col("DECOM"), t.Col("DEC")
			var run []int
			days := 0
			flush := func() {
				if days > limit {
					for _, r := range run {
						c.Flag(Episodes, r, "LS", "")
					}
				}
				run, days = run[:0], 0
			}
			prevChild, prevDec := "", Day(0)
			for row := 0; row < t.Len(); row++ {
				if t.Cell(row, cLS) != ls {
					continue
				}
				decom := ParseDay(t.Cell(row, cDecom))
				if !decom.Valid() {
					continue
				}
				decText := t.Cell(row, cDec)
				dec := ParseDay(decText)
				if decText == "" {
					dec = c.End
				}
				child := t.Cell(row, cChild)
				if len(run) > 0 && (child != prevChild || (prevDec.Valid() && decom > prevDec)) {
					flush()
				}
				run = append(run, row)
				if dec.Valid() {
					days += DaysBetween(decom, dec)
				}
				prevChild, prevDec = child, dec
			}
			flush()
		}})
}

// flowRule registers 361 and 362: with each child's episodes in DECOM order
// (blank or invalid last) and an episode without a valid DEC taken to end on
// 31 March, the episodes under one legal status form runs: an episode joins
// the run of the child's previous such episode when that one ended on the
// day its next episode (of any status) began. A run lasting more than the
// limit (latest DEC less earliest DECOM) fails in every episode.
func flowRule(code, desc, ls string, limit int) {
	register(&Rule{Code: code, Description: desc, Tables: []TableID{Episodes}, Fields: []string{"DECOM", "LS", "DEC"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cLS, cDecom, cDec := t.Col("LS"), t.Col("DECOM"), t.Col("DEC")
			var buf []int32
			var run []int
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				buf = episodesByStart(c, ci, buf)
				run = run[:0]
				var first, last Day
				flows := false
				flush := func() {
					if first.Valid() && last.Valid() && DaysBetween(first, last) > limit {
						for _, r := range run {
							c.Flag(Episodes, r, "LS", "")
						}
					}
					run, first, last = run[:0], 0, 0
				}
				for i, r := range buf {
					row := int(r)
					if t.Cell(row, cLS) != ls {
						continue
					}
					if !flows {
						flush()
					}
					decom, dec := ParseDay(t.Cell(row, cDecom)), ParseDay(t.Cell(row, cDec))
					if !dec.Valid() {
						dec = c.End
					}
					run = append(run, row)
					if decom.Valid() && (!first.Valid() || decom < first) {
						first = decom
					}
					if dec > last {
						last = dec
					}
					flows = i+1 < len(buf) && dec == ParseDay(t.Cell(int(buf[i+1]), cDecom))
				}
				flush()
			}
		}})
}

func init() {
	// 363: "Child assessment order (CAO) lasted longer than 7 days allowed in
	// the Children Act 1989." (L3)
	statusRunRule("363", "Child assessment order (CAO) lasted longer than 7 days allowed in the Children Act 1989.", "L3", 7)
	// 364: "Sections 41-46 of Police and Criminal Evidence (PACE; 1984)
	// severely limits the time a child can be detained in custody in Local
	// Authority (LA) accommodation." (J2; the sector rule allows 21 days)
	statusRunRule("364", "Sections 41-46 of Police and Criminal Evidence (PACE; 1984) severely limits the time a child can be detained in custody in Local Authority (LA) accommodation.", "J2", 21)
	// 361: "Police protection legal status lasted longer than maximum 72
	// hours allowed in the Children Act 1989." (L1, 3 days)
	flowRule("361", "Police protection legal status lasted longer than maximum 72 hours allowed in the Children Act 1989.", "L1", 3)
	// 362: "Emergency protection order (EPO) lasted longer than 21 days" (L2)
	flowRule("362", "Emergency protection order (EPO) lasted longer than 21 days", "L2", 21)

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

func init() {
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
}

func init() {
	// 383: "A child in a temporary placement must subsequently return to
	// his/her normal placement." With the child's episodes in DECOM order, a
	// temporary placement (T0-T4) between two other episodes fails when the
	// next episode's reason for new episode is not P (placement change) or its
	// placement differs from the one before the temporary placement.
	register(&Rule{Code: "383", Description: "A child in a temporary placement must subsequently return to his/her normal placement.",
		Tables: []TableID{Episodes}, Fields: []string{"PLACE"}, Until: 2024, // 2025/26: rules_v5_years.go
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cPlace, cRNE := t.Col("PLACE"), t.Col("RNE")
			var buf []int32
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				buf = episodesByStart(c, ci, buf)
				for i := 1; i+1 < len(buf); i++ {
					row, prev, next := int(buf[i]), int(buf[i-1]), int(buf[i+1])
					if !in(t.Cell(row, cPlace), "T0", "T1", "T2", "T3", "T4") {
						continue
					}
					if t.Cell(next, cRNE) != "P" || t.Cell(next, cPlace) != t.Cell(prev, cPlace) {
						c.Flag(Episodes, row, "PLACE", "")
					}
				}
			}
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

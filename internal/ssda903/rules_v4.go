package ssda903

// DfE 2022/23 rules numbered 300 and above that read one return: single-table
// checks and joins through the per-child index. Each follows the DfE
// description and the sector validator's lac2022_23 rule of the same number
// (data-to-insight/csc-validator-be-903), written afresh.

// placeNoProviderV4 lists the placements that need no placement provider in
// collection year y (Z1 was split into Z11-Z14 from 2025/26).
func placeNoProviderV4(y int, place string) bool {
	if y >= 2025 {
		return in(place, "T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14")
	}
	return in(place, "T0", "T1", "T2", "T3", "T4", "Z1")
}

// latestEpisodeV4 returns the child's episode with the latest valid DECOM
// (the first such in file order on a tie), or -1 when none has one.
func latestEpisodeV4(c *Context, ci, cDecom int) int {
	t := c.Cur.Tables[Episodes]
	best, bestDay := -1, Day(0)
	for _, r := range c.Cur.ChildRows(Episodes, ci) {
		if d := ParseDay(t.Cell(int(r), cDecom)); d.Valid() && d > bestDay {
			best, bestDay = int(r), d
		}
	}
	return best
}

func init() {
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

	// 345: "The data collection record shows the local authority is in touch
	// with this young person, but activity and/or accommodation data items
	// are zero." IN_TOUCH YES with ACTIV or ACCOM 0.
	register(&Rule{Code: "345", Description: "The data collection record shows the local authority is in touch with this young person, but activity and/or accommodation data items are zero.",
		Tables: []TableID{OC3}, Fields: []string{"IN_TOUCH", "ACTIV", "ACCOM"},
		Check: func(c *Context) {
			t := c.Cur.Tables[OC3]
			cTouch, cActiv, cAccom := t.Col("IN_TOUCH"), t.Col("ACTIV"), t.Col("ACCOM")
			for row := 0; row < t.Len(); row++ {
				if t.Cell(row, cTouch) == "YES" && (t.Cell(row, cActiv) == "0" || t.Cell(row, cAccom) == "0") {
					c.Flag(OC3, row, "IN_TOUCH", "")
				}
			}
		}})

	// 351: "Child was over 21 at the start of the current collection year."
	// The 21st birthday before 1 April.
	register(&Rule{Code: "351", Description: "Child was over 21 at the start of the current collection year.",
		Tables: []TableID{Header}, Fields: []string{"DOB"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Header]
			cDOB := t.Col("DOB")
			for row := 0; row < t.Len(); row++ {
				if dob := ParseDay(t.Cell(row, cDOB)); dob.Valid() && dob.AddYears(21) < c.Start {
					c.Flag(Header, row, "DOB", "")
				}
			}
		}})

	// 355: "Episode appears to have lasted for less than 24 hours." An
	// episode ceasing on the day it started.
	register(&Rule{Code: "355", Description: "Episode appears to have lasted for less than 24 hours",
		Tables: []TableID{Episodes}, Fields: []string{"DECOM", "DEC"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cDecom, cDec := t.Col("DECOM"), t.Col("DEC")
			for row := 0; row < t.Len(); row++ {
				if d := ParseDay(t.Cell(row, cDecom)); d.Valid() && d == ParseDay(t.Cell(row, cDec)) {
					c.Flag(Episodes, row, "DECOM", "")
				}
			}
		}})

	// 356: "The date the episode ceased is before the date the same episode
	// started."
	register(&Rule{Code: "356", Description: "The date the episode ceased is before the date the same episode started.",
		Tables: []TableID{Episodes}, Fields: []string{"DECOM"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cDecom, cDec := t.Col("DECOM"), t.Col("DEC")
			for row := 0; row < t.Len(); row++ {
				dec := ParseDay(t.Cell(row, cDec))
				if dec.Valid() && dec < ParseDay(t.Cell(row, cDecom)) {
					c.Flag(Episodes, row, "DECOM", "")
				}
			}
		}})

	// 446: "E1 is not a valid code for episodes starting before December
	// 2005." LS E1 with DECOM before 1 December 2005.
	register(&Rule{Code: "446", Description: "E1 is not a valid code for episodes starting before December 2005.",
		Tables: []TableID{Episodes}, Fields: []string{"LS", "DECOM"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cLS, cDecom := t.Col("LS"), t.Col("DECOM")
			for row := 0; row < t.Len(); row++ {
				if t.Cell(row, cLS) != "E1" {
					continue
				}
				if d := ParseDay(t.Cell(row, cDecom)); d.Valid() && d < MakeDay(2005, 12, 1) {
					c.Flag(Episodes, row, "LS", "")
				}
			}
		}})

	// 451: "Child is still freed for adoption, but freeing orders could not
	// be applied for since 30 December 2005." An open episode (no DEC nor
	// REC) under a freeing order (D1).
	register(&Rule{Code: "451", Until: 2023, Description: "Child is still freed for adoption, but freeing orders could not be applied for since 30 December 2005.",
		Tables: []TableID{Episodes}, Fields: []string{"DEC", "REC", "LS"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cLS, cDec, cRec := t.Col("LS"), t.Col("DEC"), t.Col("REC")
			for row := 0; row < t.Len(); row++ {
				if t.Cell(row, cLS) == "D1" && t.Cell(row, cDec) == "" && t.Cell(row, cRec) == "" {
					c.Flag(Episodes, row, "LS", "")
				}
			}
		}})

	// 526: "Child is missing a placement provider code for at least one
	// episode." A blank provider with a placement that needs one.
	register(&Rule{Code: "526", Description: "Child is missing a placement provider code for at least one episode.",
		Until: 2024, Tables: []TableID{Episodes}, Fields: []string{"PLACE", "PLACE_PROVIDER"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cPlace, cProv := t.Col("PLACE"), t.Col("PLACE_PROVIDER")
			for row := 0; row < t.Len(); row++ {
				if t.Cell(row, cProv) == "" && !placeNoProviderV4(c.Year, t.Cell(row, cPlace)) {
					c.Flag(Episodes, row, "PLACE_PROVIDER", "")
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

	// 1009: "Reason for placement change is not a valid code."
	register(codeRule("1009", "Reason for placement change is not a valid code.", Episodes, "REASON_PLACE_CHANGE", false,
		list("CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD", "LAREQ", "PLACE", "CUSTOD", "OTHER")))

	// 359: "Child being looked after following 18th birthday must be
	// accommodated under section 20(5) of the Children Act 1989 in a
	// community home." An open episode (blank DEC) of a child who is 18
	// before 31 March fails unless it is V2 in a K2 home.
	register(&Rule{Code: "359", Description: "Child being looked after following 18th birthday must be accommodated under section 20(5) of the Children Act 1989 in a community home.",
		Tables: []TableID{Episodes, Header}, Fields: []string{"DEC", "LS", "PLACE"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cDec, cLS, cPlace := t.Col("DEC"), t.Col("LS"), t.Col("PLACE")
			eachChildEpisode(c, func(t *Table, ci, row int) {
				if t.Cell(row, cDec) != "" || (t.Cell(row, cLS) == "V2" && t.Cell(row, cPlace) == "K2") {
					return
				}
				if dob, _ := headerDOB(c, ci); dob.Valid() && dob.AddYears(18) < c.End {
					c.Flag(Episodes, row, "DEC", "")
				}
			})
		}})

	// 386: "Reason episode ceased is adopted but child has reached age 18."
	// REC E11 or E12 on or after the 18th birthday.
	register(&Rule{Code: "386", Description: "Reason episode ceased is adopted but child has reached age 18.",
		Tables: []TableID{Episodes, Header}, Fields: []string{"REC"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cRec, cDec := t.Col("REC"), t.Col("DEC")
			eachChildEpisode(c, func(t *Table, ci, row int) {
				if !in(t.Cell(row, cRec), "E11", "E12") {
					return
				}
				dec := ParseDay(t.Cell(row, cDec))
				if dob, _ := headerDOB(c, ci); dob.Valid() && dec.Valid() && dob.AddYears(18) <= dec {
					c.Flag(Episodes, row, "REC", "")
				}
			})
		}})

	// 407: "Reason episode ceased is Special Guardianship Order, but child
	// has reached age 18." REC E45-E48 after the 18th birthday: the episode
	// and the child's Header rows fail.
	register(&Rule{Code: "407", Description: "Reason episode ceased is Special Guardianship Order, but child has reached age 18.",
		Tables: []TableID{Episodes, Header}, Fields: []string{"DEC", "DOB", "REC"},
		Check: func(c *Context) {
			h := c.Cur.Tables[Header]
			cDOB := h.Col("DOB")
			t := c.Cur.Tables[Episodes]
			cRec, cDec := t.Col("REC"), t.Col("DEC")
			eachChildEpisode(c, func(t *Table, ci, row int) {
				if !in(t.Cell(row, cRec), "E45", "E46", "E47", "E48") {
					return
				}
				dec := ParseDay(t.Cell(row, cDec))
				if !dec.Valid() {
					return
				}
				for _, hr := range c.Cur.ChildRows(Header, ci) {
					if dob := ParseDay(h.Cell(int(hr), cDOB)); dob.Valid() && dob.AddYears(18) < dec {
						c.Flag(Episodes, row, "REC", "")
						c.Flag(Header, int(hr), "DOB", "")
					}
				}
			})
		}})

	// 442: "Unique Pupil Number (UPN) field is not completed." A child with
	// any episode not under V3/V4 must have a UPN (or an UN code).
	register(&Rule{Code: "442", Description: "Unique Pupil Number (UPN) field is not completed.",
		Tables: []TableID{Episodes, Header}, Fields: []string{"UPN"},
		Check: func(c *Context) {
			e, h := c.Cur.Tables[Episodes], c.Cur.Tables[Header]
			cLS, cUPN := e.Col("LS"), h.Col("UPN")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				hrows := c.Cur.ChildRows(Header, ci)
				if len(hrows) == 0 {
					continue
				}
				looked := false
				for _, r := range c.Cur.ChildRows(Episodes, ci) {
					if !in(e.Cell(int(r), cLS), "V3", "V4") {
						looked = true
						break
					}
				}
				if !looked {
					continue
				}
				for _, hr := range hrows {
					if h.Cell(int(hr), cUPN) == "" {
						c.Flag(Header, int(hr), "UPN", "")
					}
				}
			}
		}})

	// 504: "The category of need code differs from that reported at start of
	// current period of being looked after." With the child's episodes in
	// DECOM order, an episode continuing the one before it (that one ended
	// X1 on this one's start) must keep its category of need.
	register(&Rule{Code: "504", Description: "The category of need code differs from that reported at start of current period of being looked after",
		Tables: []TableID{Episodes}, Fields: []string{"CIN"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cDecom, cDec, cRec, cCIN := t.Col("DECOM"), t.Col("DEC"), t.Col("REC"), t.Col("CIN")
			var buf []int32
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				buf = episodesByStart(c, ci, buf)
				for i := 1; i < len(buf); i++ {
					prev, row := int(buf[i-1]), int(buf[i])
					if t.Cell(prev, cRec) != "X1" {
						continue
					}
					dec := ParseDay(t.Cell(prev, cDec))
					if dec.Valid() && dec == ParseDay(t.Cell(row, cDecom)) && t.Cell(row, cCIN) != t.Cell(prev, cCIN) {
						c.Flag(Episodes, row, "CIN", "")
					}
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

	// 1011: "This child is recorded as having his/her care transferred to
	// another local authority for the final episode and therefore should
	// not have the care leaver information completed." The child's latest
	// episode (by DECOM) ended E3: OC3 rows with IN_TOUCH, ACTIV or ACCOM
	// fail.
	register(&Rule{Code: "1011", Description: "This child is recorded as having his/her care transferred to another local authority for the final episode and therefore should not have the care leaver information completed.",
		Tables: []TableID{Episodes, OC3}, Fields: []string{"IN_TOUCH", "ACTIV", "ACCOM"},
		Check: func(c *Context) {
			e, o := c.Cur.Tables[Episodes], c.Cur.Tables[OC3]
			cDecom, cRec := e.Col("DECOM"), e.Col("REC")
			cTouch, cActiv, cAccom := o.Col("IN_TOUCH"), o.Col("ACTIV"), o.Col("ACCOM")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				orows := c.Cur.ChildRows(OC3, ci)
				if len(orows) == 0 {
					continue
				}
				last := latestEpisodeV4(c, ci, cDecom)
				if last < 0 || e.Cell(last, cRec) != "E3" {
					continue
				}
				for _, r := range orows {
					row := int(r)
					if o.Cell(row, cTouch) != "" || o.Cell(row, cActiv) != "" || o.Cell(row, cAccom) != "" {
						c.Flag(OC3, row, "IN_TOUCH", "")
					}
				}
			}
		}})

	// 1014: "UASC information is not required for care leavers." A child on
	// the UASC table with episodes, none of them during the collection year
	// (an episode without a valid DEC counts when it started by 31 March),
	// fails in its UASC rows and its OC3 rows with IN_TOUCH, ACTIV or ACCOM,
	// when any such OC3 row exists.
	register(&Rule{Code: "1014", Description: "UASC information is not required for care leavers",
		Tables: []TableID{UASC, Episodes, OC3}, Fields: []string{"ACTIV", "ACCOM", "IN_TOUCH", "DUC"},
		Check: func(c *Context) {
			e, o := c.Cur.Tables[Episodes], c.Cur.Tables[OC3]
			cDecom, cDec := e.Col("DECOM"), e.Col("DEC")
			cTouch, cActiv, cAccom := o.Col("IN_TOUCH"), o.Col("ACTIV"), o.Col("ACCOM")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				urows, eps := c.Cur.ChildRows(UASC, ci), c.Cur.ChildRows(Episodes, ci)
				if len(urows) == 0 || len(eps) == 0 {
					continue
				}
				inYear := false
				for _, r := range eps {
					decom, dec := ParseDay(e.Cell(int(r), cDecom)), ParseDay(e.Cell(int(r), cDec))
					if decom.Valid() && decom <= c.End && (!dec.Valid() || dec >= c.Start) {
						inYear = true
						break
					}
				}
				if inYear {
					continue
				}
				provided := false
				for _, r := range c.Cur.ChildRows(OC3, ci) {
					row := int(r)
					if o.Cell(row, cTouch) != "" || o.Cell(row, cActiv) != "" || o.Cell(row, cAccom) != "" {
						provided = true
						c.Flag(OC3, row, "IN_TOUCH", "")
					}
				}
				if provided {
					for _, r := range urows {
						c.Flag(UASC, int(r), "DUC", "")
					}
				}
			}
		}})
}

package ssda903

// Rules on single episodes and a child's episodes taken together: legal
// status, placement and reason codes against the child's age and the
// episode's dates (142, 157, 187, 225, 334, 336, 351, 355, 356, 357, 359,
// 378, 386, 407, 442, 446, 451, 504, 526, 1009, 1011, 1014; 352, 353, 354). Each follows the DfE description and the sector
// validator's lac2022_23 rule of the same code
// (data-to-insight/csc-validator-be-903), written afresh.

import "strings"

// placeNoProvider lists the placements that need no placement provider in
// collection year y (Z1 was split into Z11-Z14 from 2025/26).
func placeNoProvider(y int, place string) bool {
	if y >= 2025 {
		return in(place, "T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14")
	}
	return in(place, "T0", "T1", "T2", "T3", "T4", "Z1")
}

func init() {
	// 142: "A new episode has started, but the previous episode has not
	// ended." Every episode but the child's last (by DECOM; one without a
	// valid DECOM counts as last) needs a valid DEC and a REC.
	register(&Rule{Code: "142", Description: "A new episode has started, but the previous episode has not ended.",
		Tables: []TableID{Episodes}, Fields: []string{"DEC", "REC"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cDec, cRec := t.Col("DEC"), t.Col("REC")
			var o rowOrder
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				buf := episodesByStart(c, ci, &o)
				for _, e := range buf[:max(len(buf)-1, 0)] {
					row := int(e.row)
					if e.k1 == lastSortDay { // no valid DECOM
						continue
					}
					if !ParseDay(t.Cell(row, cDec)).Valid() || t.Cell(row, cRec) == "" {
						c.Flag(Episodes, row, "DEC", "")
					}
				}
			}
		}})

	// 157: "Child is aged 4 years or over at the beginning of the year or 16
	// years or under at the end of the year and Strengths and Difficulties
	// Questionnaire (SDQ) 1 has been recorded as the reason for no SDQ
	// score." For a child looked after continuously for 12 months, aged 4 or
	// more on 1 April and 16 or less on 31 March, with no score.
	register(&Rule{Code: "157", Description: "Child is aged 4 years or over at the beginning of the year or 16 years or under at the end of the year and Strengths and Difficulties Questionnaire (SDQ) 1 has been recorded as the reason for no Strengths and Difficulties Questionnaire (SDQ) score.",
		Tables: []TableID{OC2, Episodes}, Fields: []string{"SDQ_REASON", "DOB"},
		Check: func(c *Context) {
			cla := continuouslyLookedAfter(c)
			t := c.Cur.Tables[OC2]
			cDOB, cScore, cReason := t.Col("DOB"), t.Col("SDQ_SCORE"), t.Col("SDQ_REASON")
			for ci, ok := range cla {
				if !ok {
					continue
				}
				for _, r := range c.Cur.ChildRows(OC2, ci) {
					row := int(r)
					if t.Cell(row, cReason) != "SDQ1" || t.Cell(row, cScore) != "" {
						continue
					}
					dob := ParseDay(t.Cell(row, cDOB))
					if dob.Valid() && dob.AddYears(4) <= c.Start && dob.AddYears(16) >= c.End {
						c.Flag(OC2, row, "SDQ_REASON", "")
					}
				}
			}
		}})

	// 187: "Child cannot be looked after continuously for 12 months at 31
	// March (OC2) and have any of adoption or care leavers returns
	// completed." For a child looked after continuously, an OC3 row with any
	// item and an AD1 row with any item fail.
	register(&Rule{Code: "187", Description: "Child cannot be looked after continuously for 12 months at 31 March (OC2) and have any of adoption or care leavers returns completed.",
		Tables: []TableID{OC3, AD1, Episodes}, Fields: []string{"DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR", "IN_TOUCH", "ACTIV", "ACCOM"},
		Check: func(c *Context) {
			cla := continuouslyLookedAfter(c)
			o, a := c.Cur.Tables[OC3], c.Cur.Tables[AD1]
			oCols := cols(o, "IN_TOUCH", "ACTIV", "ACCOM")
			aCols := cols(a, "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR")
			for ci, ok := range cla {
				if !ok {
					continue
				}
				for _, r := range c.Cur.ChildRows(OC3, ci) {
					if anyCell(o, int(r), oCols) {
						c.Flag(OC3, int(r), "IN_TOUCH", "")
					}
				}
				for _, r := range c.Cur.ChildRows(AD1, ci) {
					if anyCell(a, int(r), aCols) {
						c.Flag(AD1, int(r), "DATE_INT", "")
					}
				}
			}
		}})

	// 225: "Reason for placement change must be recorded." With the child's
	// episodes in DECOM order: an episode ending X1 with no
	// REASON_PLACE_CHANGE, not a temporary placement (T0-T4), followed by
	// an episode starting for a change of placement (RNE P, B, T or U) that
	// is not temporary either, fails. (The DfE rule needs no Ofsted URN
	// look-up: it is decided by the codes alone.)
	register(&Rule{Code: "225", Description: "Reason for placement change must be recorded.",
		Tables: []TableID{Episodes}, Fields: []string{"REASON_PLACE_CHANGE"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cRec, cRPC, cPlace, cRNE := t.Col("REC"), t.Col("REASON_PLACE_CHANGE"), t.Col("PLACE"), t.Col("RNE")
			temp := func(p string) bool { return in(p, "T0", "T1", "T2", "T3", "T4") }
			var o rowOrder
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				if len(c.Cur.ChildRows(Episodes, ci)) < 2 {
					continue
				}
				buf := episodesByStart(c, ci, &o)
				for i := 0; i+1 < len(buf); i++ {
					row, next := int(buf[i].row), int(buf[i+1].row)
					if t.Cell(row, cRec) == "X1" && t.Cell(row, cRPC) == "" && !temp(t.Cell(row, cPlace)) &&
						in(t.Cell(next, cRNE), "P", "B", "T", "U") && !temp(t.Cell(next, cPlace)) {
						c.Flag(Episodes, row, "REASON_PLACE_CHANGE", "")
					}
				}
			}
		}})

	// 334: "Date child started to be looked after in latest period of care
	// must be on or prior to the date should be placed for adoption." An AD1
	// DATE_INT before the DECOM of the child's latest episode starting a
	// period of care (RNE S) fails, with that episode.
	register(&Rule{Code: "334", Description: "Date child started to be looked after in latest period of care must be on or prior to the date should be placed for adoption. ",
		Tables: []TableID{Episodes, AD1}, Fields: []string{"DATE_INT", "DECOM", "RNE"},
		Check: func(c *Context) {
			e, a := c.Cur.Tables[Episodes], c.Cur.Tables[AD1]
			cDecom, cRNE, cInt := e.Col("DECOM"), e.Col("RNE"), a.Col("DATE_INT")
			startsCare := func(row int) bool { return e.Cell(row, cRNE) == "S" }
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				ads := c.Cur.ChildRows(AD1, ci)
				if len(ads) == 0 {
					continue
				}
				last, decom := lastByDate(e, c.Cur.ChildRows(Episodes, ci), cDecom, startsCare)
				if last < 0 {
					continue
				}
				for _, r := range ads {
					if d := ParseDay(a.Cell(int(r), cInt)); d.Valid() && d < decom {
						c.Flag(Episodes, last, "DECOM", "")
						c.Flag(AD1, int(r), "DATE_INT", "")
					}
				}
			}
		}})

	// 336: "Child does not have a foster placement immediately prior to
	// being placed for adoption." With the child's episodes in DECOM order,
	// an episode placed for adoption with current foster carers (A3, A4),
	// other than the child's first, fails unless the one before it was an
	// adoption placement (A3-A6) or foster placement (U1-U6).
	register(&Rule{Code: "336", Description: "Child does not have a foster placement immediately prior to being placed for adoption.",
		Tables: []TableID{Episodes}, Fields: []string{"PLACE"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cPlace := t.Col("PLACE")
			var o rowOrder
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				if len(c.Cur.ChildRows(Episodes, ci)) < 2 {
					continue
				}
				buf := episodesByStart(c, ci, &o)
				// the first episode is the earliest with a valid DECOM: buf[0]
				// when it has one; otherwise every episode lacks one and none
				// is first (the sector rule's idxmin finds nothing)
				for i := 1; i < len(buf); i++ {
					row := int(buf[i].row)
					if !in(t.Cell(row, cPlace), "A3", "A4") {
						continue
					}
					if !in(t.Cell(int(buf[i-1].row), cPlace), "A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5", "U6") {
						c.Flag(Episodes, row, "PLACE", "")
					}
				}
			}
		}})

	// 357: "If this is the first episode ever for this child, reason for new
	// episode must be S." The child's earliest episode (by valid DECOM), when
	// it starts on or after 1 April, must have RNE S; an earlier first
	// episode may continue a period of care from before the return.
	register(&Rule{Code: "357", Description: "If this is the first episode ever for this child, reason for new episode must be S.  Check whether there is an episode immediately preceding this one, which has been left out.  If not the reason for new episode code must be amended to S.",
		Tables: []TableID{Episodes}, Fields: []string{"RNE"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cDecom, cRNE := t.Col("DECOM"), t.Col("RNE")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				first, decom := firstByDate(t, c.Cur.ChildRows(Episodes, ci), cDecom, nil)
				if first >= 0 && decom >= c.Start && t.Cell(first, cRNE) != "S" {
					c.Flag(Episodes, first, "RNE", "")
				}
			}
		}})

	// 378: "A child who is placed with parent(s) cannot be looked after
	// under a single period of accommodation under Section 20 of the
	// Children Act 1989." PLACE P1 with LS V2 fails.
	register(&Rule{Code: "378", Description: "A child who is placed with parent(s) cannot be looked after under a single period of accommodation under Section 20 of the Children Act 1989.",
		Tables: []TableID{Episodes}, Fields: []string{"PLACE", "LS"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cPlace, cLS := t.Col("PLACE"), t.Col("LS")
			for row := 0; row < t.Len(); row++ {
				if t.Cell(row, cPlace) == "P1" && t.Cell(row, cLS) == "V2" {
					c.Flag(Episodes, row, "PLACE", "")
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
				if t.Cell(row, cProv) == "" && !placeNoProvider(c.Year, t.Cell(row, cPlace)) {
					c.Flag(Episodes, row, "PLACE_PROVIDER", "")
				}
			}
		}})

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
			var o rowOrder
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				buf := episodesByStart(c, ci, &o)
				for i := 1; i < len(buf); i++ {
					prev, row := int(buf[i-1].row), int(buf[i].row)
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
				last, _ := lastByDate(e, c.Cur.ChildRows(Episodes, ci), cDecom, nil)
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

func init() {
	// 352: "Child who started to be looked after was aged 18 or over." An
	// episode starting care (RNE S) on or after the 18th birthday.
	register(&Rule{Code: "352", Description: "Child who started to be looked after was aged 18 or over.",
		Tables: []TableID{Header, Episodes}, Fields: []string{"DECOM", "RNE"},
		Check: func(c *Context) {
			e, h := c.Cur.Tables[Episodes], c.Cur.Tables[Header]
			cRNE, cDecom, cDOB := e.Col("RNE"), e.Col("DECOM"), h.Col("DOB")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				hrows := c.Cur.ChildRows(Header, ci)
				if len(hrows) == 0 {
					continue
				}
				for _, r := range c.Cur.ChildRows(Episodes, ci) {
					if !strings.EqualFold(e.Cell(int(r), cRNE), "S") {
						continue
					}
					decom := ParseDay(e.Cell(int(r), cDecom))
					if !decom.Valid() {
						continue
					}
					for _, hr := range hrows {
						if dob := ParseDay(h.Cell(int(hr), cDOB)); dob.Valid() && dob.AddYears(18) <= decom {
							c.Flag(Episodes, int(r), "DECOM", "")
						}
					}
				}
			}
		}})

	// 353: "No episode submitted can start before 14 October 1991." (the
	// Children Act 1989 came into force that day)
	register(&Rule{Code: "353", Description: "No episode submitted can start before 14 October 1991.",
		Tables: []TableID{Episodes}, Fields: []string{"DECOM"},
		Check: func(c *Context) {
			eachRow(c, Episodes, func(t *Table, row int) {
				if d := ParseDay(t.Get(row, "DECOM")); d.Valid() && d < MakeDay(1991, 10, 14) {
					c.Flag(Episodes, row, "DECOM", "")
				}
			})
		}})

	// 354: "Date episode ceased must be on or before the end of the current
	// collection year." The DfE description is 385's (which tests DEC); the
	// rule, as in the sector validator, tests the episode's start (DECOM):
	// no episode in the return may start after 31 March.
	register(&Rule{Code: "354", Description: "Date episode ceased must be on or before the end of the current collection year.",
		Tables: []TableID{Episodes}, Fields: []string{"DECOM"},
		Check: func(c *Context) {
			eachRow(c, Episodes, func(t *Table, row int) {
				if d := ParseDay(t.Get(row, "DECOM")); d.Valid() && d > c.End {
					c.Flag(Episodes, row, "DECOM", "")
				}
			})
		}})
}

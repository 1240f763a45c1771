package ssda903

// Rules on care leavers (ages 17 to 21: IN_TOUCH, ACTIV, ACCOM). Each
// follows the DfE description and the sector validator's lac2022_23 rule of
// the same code (data-to-insight/csc-validator-be-903), written afresh.

import "strings"

func init() {
	// 1007: "Care leaver information is not required for 17- or 18-year olds
	// who are still looked after [on their 17th or 18th birthday.]" An OC3
	// row with IN_TOUCH, ACTIV or ACCOM completed, for a child aged 17 or 18
	// at 31 March (by the OC3 DOB), fails when one of the child's episodes
	// spans the latest birthday on or before 31 March (began on or before it
	// and ended after it). As in the sector validator an open episode does
	// not count: the DfE description's "still looked after" would include
	// it, but on the sample the expected 6 records need it left out.
	register(&Rule{Code: "1007", Description: "Care leaver information is not required for 17- or 18-year olds who are still looked after [on their 17th or 18th birthday.]",
		Tables: []TableID{Episodes, OC3}, Fields: []string{"IN_TOUCH", "ACTIV", "ACCOM"},
		Check: func(c *Context) {
			o, e := c.Cur.Tables[OC3], c.Cur.Tables[Episodes]
			cDOB := o.Col("DOB")
			items := cols(o, "IN_TOUCH", "ACTIV", "ACCOM")
			cDecom, cDec := e.Col("DECOM"), e.Col("DEC")
			endYear, _, _ := c.End.ymd()
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				eps := c.Cur.ChildRows(Episodes, ci)
				if len(eps) == 0 {
					continue
				}
				for _, r := range c.Cur.ChildRows(OC3, ci) {
					dob := ParseDay(o.Cell(int(r), cDOB))
					if !dob.Valid() || dob.AddYears(17) > c.End || dob.AddYears(19) <= c.End || !anyCell(o, int(r), items) {
						continue
					}
					y, _, _ := dob.ymd()
					bday := dob.AddYears(endYear - y)
					if bday > c.End {
						bday = dob.AddYears(endYear - y - 1)
					}
					for _, er := range eps {
						decom, dec := ParseDay(e.Cell(int(er), cDecom)), ParseDay(e.Cell(int(er), cDec))
						if decom.Valid() && dec.Valid() && decom <= bday && dec > bday {
							c.Flag(OC3, int(r), "IN_TOUCH", "")
							break
						}
					}
				}
			}
		}})

	// 3001: "Where care leavers information is being returned for a young
	// person around their 17th birthday, the accommodation cannot be with
	// their former foster carer(s)." An OC3 row with ACCOM Z1 or Z2 for a
	// child whose 17th birthday (by the Header DOB) falls in the collection
	// year.
	register(&Rule{Code: "3001", Description: "Where care leavers information is being returned for a young person around their 17th birthday, the accommodation cannot be with their former foster carer(s).",
		Tables: []TableID{Header, OC3}, Fields: []string{"REC"},
		Check: func(c *Context) {
			o := c.Cur.Tables[OC3]
			cAccom := o.Col("ACCOM")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				rows := c.Cur.ChildRows(OC3, ci)
				if len(rows) == 0 {
					continue
				}
				dob, _ := headerDOB(c, ci)
				if d17 := dob.AddYears(17); !dob.Valid() || d17 < c.Start || d17 > c.End {
					continue
				}
				for _, r := range rows {
					if a := o.Cell(int(r), cAccom); strings.EqualFold(a, "Z1") || strings.EqualFold(a, "Z2") {
						c.Flag(OC3, int(r), "ACCOM", "")
					}
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

	// 215: "Child has care leaver information but one or more data items
	// relating to children looked after for 12 months have been completed."
	// An OC3 row with any item and an OC2 row of the same child with any of
	// the 12-month items both fail.
	register(&Rule{Code: "215", Description: "Child has care leaver information but one or more data items relating to children looked after for 12 months have been completed.",
		Tables: []TableID{OC2, OC3}, Fields: []string{"IN_TOUCH", "ACTIV", "ACCOM", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"},
		Check: func(c *Context) {
			o2, o3 := c.Cur.Tables[OC2], c.Cur.Tables[OC3]
			cols3 := cols(o3, "IN_TOUCH", "ACTIV", "ACCOM")
			cols2 := cols(o2, "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				rows3 := c.Cur.ChildRows(OC3, ci)
				if len(rows3) == 0 {
					continue
				}
				for _, r3 := range rows3 {
					if !anyCell(o3, int(r3), cols3) {
						continue
					}
					for _, r2 := range c.Cur.ChildRows(OC2, ci) {
						if anyCell(o2, int(r2), cols2) {
							c.Flag(OC3, int(r3), "IN_TOUCH", "")
							c.Flag(OC2, int(r2), "CONVICTED", "")
						}
					}
				}
			}
		}})

	// 344: "The record shows the young person has died or returned home to
	// live with parent(s) or someone with parental responsibility for a
	// continuous period of 6 months or more, but activity and/or
	// accommodation on leaving care have been completed." With IN_TOUCH DIED
	// or RHOM, ACTIV and ACCOM must both be 0 (blank fails, as 0 is the code
	// for "not applicable").
	register(&Rule{Code: "344", Description: "The record shows the young person has died or returned home to live with parent(s) or someone with parental responsibility for a continuous period of 6 months or more, but activity and/or accommodation on leaving care have been completed.",
		Tables: []TableID{OC3}, Fields: []string{"IN_TOUCH", "ACTIV", "ACCOM"},
		Check: func(c *Context) {
			t := c.Cur.Tables[OC3]
			cTouch, cActiv, cAccom := t.Col("IN_TOUCH"), t.Col("ACTIV"), t.Col("ACCOM")
			for row := 0; row < t.Len(); row++ {
				if in(t.Cell(row, cTouch), "DIED", "RHOM") && (t.Cell(row, cActiv) != "0" || t.Cell(row, cAccom) != "0") {
					c.Flag(OC3, row, "IN_TOUCH", "")
				}
			}
		}})

	// 391: "Young person was not 17, 18, 19, 20 or 21 during the current
	// collection year." An OC3 row with any item, for a young person not yet
	// 17 on 31 March, fails.
	register(&Rule{Code: "391", Description: "Young person was not 17, 18, 19, 20 or 21 during the current collection year. ",
		Tables: []TableID{OC3}, Fields: []string{"DOB", "IN_TOUCH", "ACTIV", "ACCOM"},
		Check: func(c *Context) {
			t := c.Cur.Tables[OC3]
			cDOB := t.Col("DOB")
			items := cols(t, "IN_TOUCH", "ACTIV", "ACCOM")
			for row := 0; row < t.Len(); row++ {
				if dob := ParseDay(t.Cell(row, cDOB)); dob.Valid() && dob.AddYears(17) > c.End && anyCell(t, row, items) {
					c.Flag(OC3, row, "DOB", "")
				}
			}
		}})
}

// endsInDeath reports whether any of child ci's episodes in r ended with
// the child's death (REC E2).
func endsInDeath(r *Return, ci int) bool {
	t := r.Tables[Episodes]
	col := t.Col("REC")
	for _, row := range r.ChildRows(Episodes, ci) {
		if strings.EqualFold(t.Cell(int(row), col), "E2") {
			return true
		}
	}
	return false
}

// leaverRule registers a rule flagging each OC3 row of a child for whom
// bad holds.
func leaverRule(code, desc string, tables []TableID, needsPrev bool, bad func(c *Context, ci int, pi int32) bool) {
	register(&Rule{Code: code, Description: desc, Tables: tables, Fields: []string{"IN_TOUCH", "ACTIV", "ACCOM"}, NeedsPrev: needsPrev,
		Check: func(c *Context) {
			if needsPrev && !c.Prev.Has(Episodes) {
				return
			}
			var prev []int32
			if c.Prev != nil && c.Prev.Has(Episodes) {
				prev = prevChildren(c)
			}
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				rows := c.Cur.ChildRows(OC3, ci)
				if len(rows) == 0 {
					continue
				}
				pi := int32(-1)
				if prev != nil {
					pi = prev[ci]
				}
				if !bad(c, ci, pi) {
					continue
				}
				for _, r := range rows {
					c.Flag(OC3, int(r), "IN_TOUCH", "")
				}
			}
		}})
}

func init() {
	// 1000: "This child is recorded as having died in care and therefore
	// should not have the care leaver information completed." A child with
	// an episode ending E2 this year, or (when last year's return is given)
	// last year. Only partly a previous-year rule: without last year's
	// return the sector validator checks this year's episodes alone, and so
	// does this.
	leaverRule("1000", "This child is recorded as having died in care and therefore should not have the care leaver information completed. [NOTE: This only tests the current and previous year data loaded into the tool]",
		[]TableID{Episodes, OC3}, false, func(c *Context, ci int, pi int32) bool {
			return endsInDeath(c.Cur, ci) || (pi >= 0 && endsInDeath(c.Prev, int(pi)))
		})

	// 1002: "This child has no previous episodes of care, therefore should
	// not have care leaver information recorded." No episode this year or
	// last.
	leaverRule("1002", "This child has no previous episodes of care, therefore should not have care leaver information recorded. [NOTE: This tool can only test the current and previous year data loaded into the tool - this check may generate false positives if a child had episodes prior to last year's collection.]",
		[]TableID{Episodes, OC3}, true, func(c *Context, ci int, pi int32) bool {
			return len(c.Cur.ChildRows(Episodes, ci)) == 0 && (pi < 0 || len(c.Prev.ChildRows(Episodes, int(pi))) == 0)
		})

	// 1010: "This child has no episodes loaded for current year even though
	// there was an open episode of care at the end of the previous year, and
	// care leaver data has been entered." Last year's latest episode (by
	// valid DECOM, the last in the file on a tie) has no DEC.
	leaverRule("1010", "This child has no episodes loaded for current year even though there was an open episode of care at the end of the previous year, and care leaver data has been entered.",
		[]TableID{Episodes, OC3}, true, func(c *Context, ci int, pi int32) bool {
			if pi < 0 || len(c.Cur.ChildRows(Episodes, ci)) > 0 {
				return false
			}
			pe := c.Prev.Tables[Episodes]
			cDecom, cDec := pe.Col("DECOM"), pe.Col("DEC")
			last, lastDay := -1, Day(0)
			for _, r := range c.Prev.ChildRows(Episodes, int(pi)) {
				if d := ParseDay(pe.Cell(int(r), cDecom)); d.Valid() && d >= lastDay {
					last, lastDay = int(r), d
				}
			}
			return last >= 0 && pe.Cell(last, cDec) == ""
		})

	// 1001: "The episodes recorded for this young person suggest they are
	// not a relevant or a former relevant child and therefore should not
	// have care leaver information completed." From this year's and last
	// year's episodes (an episode in both kept once, the one with a DEC):
	// at least 91 days looked after since the 14th birthday and at least
	// one day since the 16th, not counting V3/V4 short breaks, with the
	// latest episode's missing DEC taken as 31 March; and the latest episode
	// did not end in adoption (E11, E12). The sector validator means to
	// leave out young people 20 or over at 31 March (two years of episodes
	// cannot show their history) but, its totals missing for them, fails
	// them all; they are left out here, as are those without a valid DOB.
	register(&Rule{Code: "1001", Description: "The episodes recorded for this young person suggest they are not a relevant or a former relevant child and therefore should not have care leaver information completed. [NOTE: This tool can only test the current and previous year data loaded into the tool - this check may generate false positives if a child had episodes prior to last year's collection.]",
		Tables: []TableID{Episodes, OC3, Header}, Fields: []string{"IN_TOUCH", "ACTIV", "ACCOM"}, NeedsPrev: true,
		Check: func(c *Context) {
			if !c.Prev.Has(Episodes) || c.Prev.Tables[Episodes].Len() == 0 || c.Cur.Tables[Episodes].Len() == 0 ||
				c.Cur.Tables[OC3].Len() == 0 || c.Cur.Tables[Header].Len() == 0 {
				return
			}
			type episode struct {
				decom, dec Day
				ls, rec    string
			}
			var eps []episode
			add := func(r *Return, ci int) {
				t := r.Tables[Episodes]
				cDecom, cDec, cLS, cRec := t.Col("DECOM"), t.Col("DEC"), t.Col("LS"), t.Col("REC")
				for _, row := range r.ChildRows(Episodes, ci) {
					ep := episode{ParseDay(t.Cell(int(row), cDecom)), ParseDay(t.Cell(int(row), cDec)),
						strings.ToUpper(t.Cell(int(row), cLS)), strings.ToUpper(t.Cell(int(row), cRec))}
					dup := false
					for i := range eps {
						if eps[i].decom == ep.decom {
							dup = true
							if ep.dec.Valid() && (!eps[i].dec.Valid() || ep.dec < eps[i].dec) {
								eps[i] = ep
							}
						}
					}
					if !dup {
						eps = append(eps, ep)
					}
				}
			}
			prev := prevChildren(c)
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				rows := c.Cur.ChildRows(OC3, ci)
				if len(rows) == 0 {
					continue
				}
				dob, _ := headerDOB(c, ci)
				if !dob.Valid() || dob.AddYears(20) <= c.End {
					continue
				}
				eps = eps[:0]
				add(c.Cur, ci)
				if prev[ci] >= 0 {
					add(c.Prev, int(prev[ci]))
				}
				latest := -1
				for i, ep := range eps {
					if ep.decom.Valid() && (latest < 0 || ep.decom > eps[latest].decom) {
						latest = i
					}
				}
				adopted := false
				if latest >= 0 {
					if !eps[latest].dec.Valid() {
						eps[latest].dec = c.End
					}
					adopted = eps[latest].rec == "E11" || eps[latest].rec == "E12"
				}
				dob14, dob16 := dob.AddYears(14), dob.AddYears(16)
				since14, since16 := 0, 0
				for _, ep := range eps {
					if ep.ls == "V3" || ep.ls == "V4" || !ep.dec.Valid() {
						continue
					}
					since14 += max(0, DaysBetween(max(ep.decom, dob14), ep.dec))
					since16 += max(0, DaysBetween(max(ep.decom, dob16), ep.dec))
				}
				if adopted || since14 < 91 || since16 < 1 {
					for _, r := range rows {
						c.Flag(OC3, int(r), "IN_TOUCH", "")
					}
				}
			}
		}})
}

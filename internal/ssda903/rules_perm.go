package ssda903

// Rules on mothers (Header MOTHER and MC_DOB) and previous permanence
// (PrevPerm). Each follows the DfE description and the sector
// validator's lac2022_23 rule of the same code
// (data-to-insight/csc-validator-be-903), written afresh.

import "strings"

// laCodes are the local authority codes valid for LA_PERM (633), with the
// codes for authorities outside England.
var laCodes = func() map[string]bool {
	codes := "800 889 822 301 304 303 330 825 837 302 846 370 350 890 867 380 305 801 351 873 823 895 896 " +
		"381 909 202 908 331 306 841 830 831 878 371 835 332 840 307 308 811 881 845 390 916 203 876 " +
		"850 311 204 884 312 205 313 805 919 310 309 420 921 206 207 886 810 382 314 340 888 208 856 " +
		"383 855 209 925 341 201 821 352 806 887 826 315 929 812 391 926 892 813 802 928 891 392 316 " +
		"815 353 931 879 836 851 874 807 354 317 870 318 372 857 333 935 343 803 373 342 893 356 355 " +
		"871 394 334 933 882 936 861 852 319 860 808 393 866 210 357 894 883 880 358 211 937 869 320 " +
		"359 865 384 335 336 212 868 872 885 344 877 213 938 816 999 WAL SCO NUK NIR"
	m := map[string]bool{}
	for _, c := range strings.Fields(codes) {
		m[c] = true
	}
	return m
}()

// permDate reads a DATE_PERM, DD/MM/YYYY where the day or month may be
// ZZ and the year ZZZZ when not known. It reports whether the text is such a
// date and, when the year is known, the latest day it can stand for (so an
// unknown part never makes the date look too early); latest is 0 when the
// year is unknown.
func permDate(s string) (latest Day, ok bool) {
	parts := strings.Split(s, "/")
	if len(parts) != 3 {
		return 0, false
	}
	dz, mz, yz := parts[0] == "ZZ", parts[1] == "ZZ", parts[2] == "ZZZZ"
	d, m, y := parts[0], parts[1], parts[2]
	if dz {
		d = "01"
	}
	if mz {
		m = "12"
	}
	if yz {
		y = "2000" // a leap year, so any day and month parse
	}
	day := ParseDay(d + "/" + m + "/" + y)
	if !day.Valid() {
		return 0, false
	}
	if yz {
		return 0, true
	}
	if dz {
		yy, mm, _ := day.ymd()
		day = MakeDay(yy, mm, daysIn(yy, mm))
	}
	return day, true
}

func init() {
	// 611: "Date of birth field is blank, but child is a mother."
	register(&Rule{Code: "611", Description: "Date of birth field is blank, but child is a mother.",
		Tables: []TableID{Header}, Fields: []string{"MOTHER", "MC_DOB"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Header]
			cMother, cMCDOB := t.Col("MOTHER"), t.Col("MC_DOB")
			for row := 0; row < t.Len(); row++ {
				if t.Cell(row, cMother) == "1" && t.Cell(row, cMCDOB) == "" {
					c.Flag(Header, row, "MC_DOB", "")
				}
			}
		}})

	// 612: "Date of birth field has been completed but mother field indicates
	// child is not a mother." A girl (SEX 2) with MOTHER 0 or blank and an
	// MC_DOB.
	register(&Rule{Code: "612", Description: "Date of birth field has been completed but mother field indicates child is not a mother.",
		Until: 2023, Tables: []TableID{Header}, Fields: []string{"SEX", "MOTHER", "MC_DOB"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Header]
			cSex, cMother, cMCDOB := t.Col("SEX"), t.Col("MOTHER"), t.Col("MC_DOB")
			for row := 0; row < t.Len(); row++ {
				if m := t.Cell(row, cMother); (m == "" || m == "0") && t.Cell(row, cSex) == "2" && t.Cell(row, cMCDOB) != "" {
					c.Flag(Header, row, "MC_DOB", "")
				}
			}
		}})

	// 620: "Child has been recorded as a mother, but date of birth shows that
	// the mother is under 11 years of age." (age at 1 April)
	register(&Rule{Code: "620", Description: "Child has been recorded as a mother, but date of birth shows that the mother is under 11 years of age.",
		Tables: []TableID{Header}, Fields: []string{"DOB", "MOTHER"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Header]
			cDOB, cMother := t.Col("DOB"), t.Col("MOTHER")
			for row := 0; row < t.Len(); row++ {
				if t.Cell(row, cMother) != "1" {
					continue
				}
				if dob := ParseDay(t.Cell(row, cDOB)); dob.Valid() && dob.AddYears(11) > c.Start {
					c.Flag(Header, row, "DOB", "")
				}
			}
		}})

	// 625: "Date of birth of the first child is beyond the end of this
	// reporting year or the date the child ceased to be looked after." The
	// child's latest ended episode (by DEC) and each Header row whose MC_DOB
	// is after 31 March or after that DEC.
	register(&Rule{Code: "625", Description: "Date of birth of the first child is beyond the end of this reporting year or the date the child ceased to be looked after.",
		Tables: []TableID{Episodes, Header}, Fields: []string{"MC_DOB", "DEC"},
		Check: func(c *Context) {
			e, h := c.Cur.Tables[Episodes], c.Cur.Tables[Header]
			cDec, cMCDOB := e.Col("DEC"), h.Col("MC_DOB")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				last, lastDay := lastByDate(e, c.Cur.ChildRows(Episodes, ci), cDec, nil)
				if last < 0 {
					continue
				}
				for _, hr := range c.Cur.ChildRows(Header, ci) {
					if mc := ParseDay(h.Cell(int(hr), cMCDOB)); mc.Valid() && (mc > c.End || mc > lastDay) {
						c.Flag(Header, int(hr), "MC_DOB", "")
						c.Flag(Episodes, last, "DEC", "")
					}
				}
			}
		}})

	// 628: "Motherhood details are not required for care leavers who have not
	// been looked after during the year." A child with no episodes but an
	// OC3 row with IN_TOUCH, ACTIV or ACCOM: Header rows with MOTHER fail.
	register(&Rule{Code: "628", Description: "Motherhood details are not required for care leavers who have not been looked after during the year.",
		Tables: []TableID{Episodes, Header, OC3}, Fields: []string{"MOTHER"},
		Check: func(c *Context) {
			h, o := c.Cur.Tables[Header], c.Cur.Tables[OC3]
			cMother := h.Col("MOTHER")
			cTouch, cActiv, cAccom := o.Col("IN_TOUCH"), o.Col("ACTIV"), o.Col("ACCOM")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				if len(c.Cur.ChildRows(Episodes, ci)) > 0 {
					continue
				}
				leaver := false
				for _, r := range c.Cur.ChildRows(OC3, ci) {
					row := int(r)
					if o.Cell(row, cTouch) != "" || o.Cell(row, cActiv) != "" || o.Cell(row, cAccom) != "" {
						leaver = true
						break
					}
				}
				if !leaver {
					continue
				}
				for _, r := range c.Cur.ChildRows(Header, ci) {
					if h.Cell(int(r), cMother) != "" {
						c.Flag(Header, int(r), "MOTHER", "")
					}
				}
			}
		}})

	// 630: "Information on previous permanence option should be returned."
	// An episode starting care (RNE S) in the year fails when the child has
	// no PrevPerm row, or a row without PREV_PERM, or a row whose option is
	// not Z1 (none) but lacks LA_PERM or DATE_PERM.
	register(&Rule{Code: "630", Description: "Information on previous permanence option should be returned.",
		Tables: []TableID{Episodes, PrevPerm}, Fields: []string{"RNE"},
		Check: func(c *Context) {
			e, p := c.Cur.Tables[Episodes], c.Cur.Tables[PrevPerm]
			cRNE, cDecom := e.Col("RNE"), e.Col("DECOM")
			cPrev, cLA, cDate := p.Col("PREV_PERM"), p.Col("LA_PERM"), p.Col("DATE_PERM")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				prows := c.Cur.ChildRows(PrevPerm, ci)
				bad := len(prows) == 0
				for _, r := range prows {
					row := int(r)
					prev := p.Cell(row, cPrev)
					if prev == "" || (prev != "Z1" && (p.Cell(row, cLA) == "" || p.Cell(row, cDate) == "")) {
						bad = true
					}
				}
				if !bad {
					continue
				}
				for _, r := range c.Cur.ChildRows(Episodes, ci) {
					row := int(r)
					if e.Cell(row, cRNE) == "S" && ParseDay(e.Cell(row, cDecom)) >= c.Start {
						c.Flag(Episodes, row, "RNE", "")
					}
				}
			}
		}})

	// 631: "Previous permanence option not a valid value."
	register(codeRule("631", "Previous permanence option not a valid value.", PrevPerm, "PREV_PERM", false, list("P1", "P2", "P3", "P4", "Z1")))

	// 632: "Date of previous permanence order not a valid value." A DATE_PERM
	// that is not a date (DD/MM/YYYY, ZZ for an unknown day or month, ZZZZ
	// for an unknown year), or that is not before the child's first episode
	// (earliest DECOM): the PrevPerm row and that episode fail.
	register(&Rule{Code: "632", Description: "Date of previous permanence order not a valid value. NOTE: This rule may result in false negatives where the period of care started before the current collection year",
		Tables: []TableID{Episodes, PrevPerm}, Fields: []string{"DATE_PERM", "DECOM"},
		Check: func(c *Context) {
			e, p := c.Cur.Tables[Episodes], c.Cur.Tables[PrevPerm]
			cDecom, cDate := e.Col("DECOM"), p.Col("DATE_PERM")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				first, firstDay := firstByDate(e, c.Cur.ChildRows(Episodes, ci), cDecom, nil)
				if first < 0 {
					continue // the validator checks children with a dated episode only
				}
				for _, r := range c.Cur.ChildRows(PrevPerm, ci) {
					s := p.Cell(int(r), cDate)
					if s == "" {
						continue
					}
					latest, ok := permDate(s)
					if !ok || (latest.Valid() && latest >= firstDay) {
						c.Flag(PrevPerm, int(r), "DATE_PERM", "")
						c.Flag(Episodes, first, "DECOM", "")
					}
				}
			}
		}})

	// 633: "Local authority code where previous permanence option was
	// arranged is not a valid value."
	register(codeRule("633", "Local authority code where previous permanence option was arranged is not a valid value.", PrevPerm, "LA_PERM", false,
		func(_ int, v string) bool { return laCodes[v] }))

	// 635: "There are entries for date of order and local authority code
	// where previous permanence option was arranged but previous permanence
	// code is Z1." As in the sector validator: LA_PERM or DATE_PERM given
	// with PREV_PERM blank.
	register(&Rule{Code: "635", Description: "There are entries for date of order and local authority code where previous permanence option was arranged but previous permanence code is Z1",
		Tables: []TableID{PrevPerm}, Fields: []string{"LA_PERM", "DATE_PERM", "PREV_PERM"},
		Check: func(c *Context) {
			t := c.Cur.Tables[PrevPerm]
			cPrev, cLA, cDate := t.Col("PREV_PERM"), t.Col("LA_PERM"), t.Col("DATE_PERM")
			for row := 0; row < t.Len(); row++ {
				if t.Cell(row, cPrev) == "" && (t.Cell(row, cLA) != "" || t.Cell(row, cDate) != "") {
					c.Flag(PrevPerm, row, "PREV_PERM", "")
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
					always := (has && mother != "0" && mother != "1") || (has && sex == maleCode(c.Year)) || (!has && sex == femaleCode(c.Year) && inYear)
					flagged := always
					if always {
						for _, or := range oc3 {
							c.Flag(OC3, int(or), "MOTHER", "")
						}
					}
					for _, or := range oc3 {
						row := int(or)
						anyOC3 := o.Cell(row, cTouch) != "" || o.Cell(row, cActiv) != "" || o.Cell(row, cAccom) != ""
						if has && sex == femaleCode(c.Year) && !inYear && anyOC3 {
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
					if h.Cell(int(hr), cSex) == femaleCode(c.Year) && h.Cell(int(hr), cMother) == "" {
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

	// 393: "Child is looked after but mother field is not completed." Girls
	// (SEX 2) with any episode not under V3/V4 must have MOTHER.
	register(&Rule{Code: "393", Description: "Child is looked after but mother field is not completed.",
		Tables: []TableID{Header, Episodes}, Fields: []string{"MOTHER"},
		Check: func(c *Context) {
			h, e := c.Cur.Tables[Header], c.Cur.Tables[Episodes]
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				looked := false
				for _, r := range c.Cur.ChildRows(Episodes, ci) {
					ls := e.Get(int(r), "LS")
					if !in(ls, "V3", "V4", "v3", "v4") {
						looked = true
						break
					}
				}
				if !looked {
					continue
				}
				for _, r := range c.Cur.ChildRows(Header, ci) {
					if h.Get(int(r), "SEX") == femaleCode(c.Year) && h.Get(int(r), "MOTHER") == "" {
						c.Flag(Header, int(r), "MOTHER", "")
					}
				}
			}
		}})
}

func init() {
	// 621: "Mother's field has been completed but date of birth shows that
	// the mother is younger than her child." MC_DOB must be after DOB; as in
	// the sector validator a valid MC_DOB with an invalid or blank DOB fails
	// too.
	register(&Rule{Code: "621", Description: "Mother’s field has been completed but date of birth shows that the mother is younger than her child.",
		Tables: []TableID{Header}, Fields: []string{"DOB", "MC_DOB"},
		Check: func(c *Context) {
			eachRow(c, Header, func(t *Table, row int) {
				mc, dob := ParseDay(t.Get(row, "MC_DOB")), ParseDay(t.Get(row, "DOB"))
				if mc.Valid() && !(dob.Valid() && mc > dob) {
					c.Flag(Header, row, "MC_DOB", "")
				}
			})
		}})
}

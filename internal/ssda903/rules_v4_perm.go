package ssda903

// DfE 2022/23 rules on mothers (Header), previous permanence (PrevPerm),
// adoption details (AD1) and adoption decisions. Each follows the DfE
// description and the sector validator's lac2022_23 rule of the same number
// (data-to-insight/csc-validator-be-903), written afresh.

import "strings"

// laCodesV4 are the local authority codes valid for LA_PERM (633), with the
// codes for authorities outside England.
var laCodesV4 = func() map[string]bool {
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

// permDateV4 reads a DATE_PERM, DD/MM/YYYY where the day or month may be
// ZZ and the year ZZZZ when not known. It reports whether the text is such a
// date and, when the year is known, the latest day it can stand for (so an
// unknown part never makes the date look too early); latest is 0 when the
// year is unknown.
func permDateV4(s string) (latest Day, ok bool) {
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
				last, lastDay := -1, Day(0)
				for _, r := range c.Cur.ChildRows(Episodes, ci) {
					if d := ParseDay(e.Cell(int(r), cDec)); d.Valid() && d > lastDay {
						last, lastDay = int(r), d
					}
				}
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
				first, firstDay := -1, Day(0)
				for _, r := range c.Cur.ChildRows(Episodes, ci) {
					if d := ParseDay(e.Cell(int(r), cDecom)); d.Valid() && (first < 0 || d < firstDay) {
						first, firstDay = int(r), d
					}
				}
				if first < 0 {
					continue // the validator checks children with a dated episode only
				}
				for _, r := range c.Cur.ChildRows(PrevPerm, ci) {
					s := p.Cell(int(r), cDate)
					if s == "" {
						continue
					}
					latest, ok := permDateV4(s)
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
		func(_ int, v string) bool { return laCodesV4[v] }))

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
			var buf []int32
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				rows := c.Cur.ChildRows(PlacedAdoption, ci)
				if len(rows) < 2 {
					continue
				}
				buf = sortRowsByDayV4(t, cPlaced, rows, buf)
				for i := 1; i < len(buf); i++ {
					prevCeased := ParseDay(t.Cell(int(buf[i-1]), cCeased))
					placed := ParseDay(t.Cell(int(buf[i]), cPlaced))
					if !prevCeased.Valid() || (placed.Valid() && placed < prevCeased) {
						c.Flag(PlacedAdoption, int(buf[i]), "DATE_PLACED", "")
					}
				}
			}
		}})

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
}

// sortRowsByDayV4 returns rows ordered by the date in column col, ties in
// the given order, with blank or invalid dates last, reusing buf.
func sortRowsByDayV4(t *Table, col int, rows []int32, buf []int32) []int32 {
	buf = append(buf[:0], rows...)
	key := func(r int32) Day {
		if d := ParseDay(t.Cell(int(r), col)); d.Valid() {
			return d
		}
		return MakeDay(99999, 12, 31)
	}
	// insertion sort: a child has a handful of rows
	for i := 1; i < len(buf); i++ {
		for j := i; j > 0 && key(buf[j]) < key(buf[j-1]); j-- {
			buf[j], buf[j-1] = buf[j-1], buf[j]
		}
	}
	return buf
}

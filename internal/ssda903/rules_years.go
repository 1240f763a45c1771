package ssda903

// Rules that the sector validator's later rule sets (lac2023_24 to
// lac2026_27 in data-to-insight/csc-validator-be-903) add or change, other
// than the social worker rules (rules_sw.go). A changed rule is a new
// registration with From set; the version it replaces ends the year before
// (its Until). Each follows the DfE description and the sector rule,
// written afresh; where the return's CSV tables lack an item a rule reads
// (PL_LA, PL_DISTANCE, the Ofsted provider list), that is said.

import "slices"

// maleCode and femaleCode are the Header SEX codes for a boy and a girl in the
// collection year: 1 and 2 until 2023/24, M and F from 2024/25 (when U,
// unknown, is added: rules 101, 232). The rules that read SEX (165, 393,
// 607) use them, as the lac2024_25 versions of 393 and 607 do.
func maleCode(year int) string {
	if year >= 2024 {
		return "M"
	}
	return "1"
}

func femaleCode(year int) string {
	if year >= 2024 {
		return "F"
	}
	return "2"
}

// placeIn reports whether the episode row's PLACE is one of places.
func placeIn(t *Table, row, col int, places []string) bool {
	return slices.Contains(places, t.Cell(row, col))
}

// doloRule registers a rule on the DoLo table (deprivation of liberty
// orders, from 2026/27) flagging each row for which bad holds.
func doloRule(code, desc, field string, bad func(c *Context, start, end Day, startText, endText string, row int) bool) {
	register(&Rule{Code: code, Description: desc, Tables: []TableID{DoLo}, Fields: []string{field}, From: 2026,
		Check: func(c *Context) {
			t := c.Cur.Tables[DoLo]
			cs, ce := t.Col("DOLO_START"), t.Col("DOLO_END")
			for row := 0; row < t.Len(); row++ {
				st, et := t.Cell(row, cs), t.Cell(row, ce)
				if bad(c, ParseDay(st), ParseDay(et), st, et, row) {
					c.Flag(DoLo, row, field, "")
				}
			}
		}})
}

// overlaps reports whether an episode from decom to dec (dec invalid: still
// open) overlaps the period from start to end.
func overlaps(decom, dec, start, end Day) bool {
	return decom.Valid() && (start <= dec || !dec.Valid()) && end >= decom
}

// doloPlacementRule registers 709 and 710: for each DoLO with both dates,
// the child's episodes that overlap it are checked by bad; the DoLO fails
// (and, with flagEpisode, the episode too).
func doloPlacementRule(code, desc string, flagEpisode bool, bad func(place string) bool) {
	register(&Rule{Code: code, Description: desc, Tables: []TableID{DoLo, Episodes}, Fields: []string{"DOLO_START", "PLACE"}, From: 2026,
		Check: func(c *Context) {
			d, e := c.Cur.Tables[DoLo], c.Cur.Tables[Episodes]
			cs, ce := d.Col("DOLO_START"), d.Col("DOLO_END")
			cDecom, cDec, cPlace := e.Col("DECOM"), e.Col("DEC"), e.Col("PLACE")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				for _, dr := range c.Cur.ChildRows(DoLo, ci) {
					start, end := ParseDay(d.Cell(int(dr), cs)), ParseDay(d.Cell(int(dr), ce))
					if !start.Valid() || !end.Valid() {
						continue
					}
					for _, er := range c.Cur.ChildRows(Episodes, ci) {
						decom, dec := ParseDay(e.Cell(int(er), cDecom)), ParseDay(e.Cell(int(er), cDec))
						if overlaps(decom, dec, start, end) && bad(e.Cell(int(er), cPlace)) {
							c.Flag(DoLo, int(dr), "DOLO_START", "")
							if flagEpisode {
								c.Flag(Episodes, int(er), "PLACE", "")
							}
						}
					}
				}
			}
		}})
}

func init() {
	// 370 (2023/24 only; dropped by lac2024_25): "Child in independent
	// living should be at least 16." (P2, which ends on 28 October 2023).
	// 371 (2023/24): "Child in semi-independent living accommodation not
	// subject to children's homes regulations should be at least 16." (H5);
	// from 2024/25 the same age for supported accommodation (K3), which
	// replaces H5. The 2022/23 versions (15 and 14) end with 2022/23.
	placeAgeRule("370", "Child in independent living should be at least 16.", "P2", 16, 2023, 2023)
	placeAgeRule("371", "Child in semi-independent living accommodation not subject to children’s homes regulations should be at least 16.", "H5", 16, 2023, 2023)
	placeAgeRule("371", "Child in supported accomodation not subject to children’s homes regulations should be at least 16.", "K3", 16, 2024, 0)

	// 217t (2023/24 only): "Placement type 'P2' is not a valid placement type
	// from 28 October 2023." A P2 episode still open, or ending after then.
	register(&Rule{Code: "217t", Description: "Placement type 'P2' is not a valid placement type from 28 October 2023.",
		Tables: []TableID{Episodes}, Fields: []string{"PLACE", "DECOM"}, From: 2023, Until: 2023,
		Check: func(c *Context) {
			eachRow(c, Episodes, func(t *Table, row int) {
				dec := ParseDay(t.Get(row, "DEC"))
				if t.Get(row, "PLACE") == "P2" && (!dec.Valid() || dec > MakeDay(2023, 10, 28)) {
					c.Flag(Episodes, row, "PLACE", "")
				}
			})
		}})

	// 230 (2023/24 only): "Ofsted Unique reference number (URN) is required
	// for any English H5 placements from 28 October 2023." An H5 episode open
	// on 29 October 2023 or later with no URN (or XXXXXXX). The sector rule
	// exempts placements outside England by PL_LA, which the CSV return does
	// not carry: every placement is taken to be in England.
	register(&Rule{Code: "230", Description: "Ofsted Unique reference number (URN) is required for any English H5 placements from 28 October 2023.",
		Tables: []TableID{Episodes}, Fields: []string{"PLACE", "DEC", "URN"}, From: 2023, Until: 2023,
		Check: func(c *Context) {
			eachRow(c, Episodes, func(t *Table, row int) {
				dec := ParseDay(t.Get(row, "DEC"))
				urn := t.Get(row, "URN")
				if t.Get(row, "PLACE") == "H5" && (!dec.Valid() || dec >= MakeDay(2023, 10, 29)) && (urn == "" || urn == "XXXXXXX") {
					c.Flag(Episodes, row, "URN", "")
				}
			})
		}})

	// 222: "Ofsted Unique reference number (URN) should not be recorded for
	// this placement type." 2023/24 no longer lists H5 (which now needs a
	// URN, rule 230); 2024/25 drops P2 too. From 2025/26 the Z1 codes are
	// Z11-Z14.
	urnNotFor := func(from, until int, places ...string) {
		register(&Rule{Code: "222", Description: "Ofsted Unique reference number (URN) should not be recorded for this placement type.",
			Tables: []TableID{Episodes}, Fields: []string{"URN"}, From: from, Until: until,
			Check: func(c *Context) {
				list := places
				if c.Year >= 2025 {
					list = append(slices.Clip(places), "Z11", "Z12", "Z13", "Z14")
				}
				t := c.Cur.Tables[Episodes]
				cPlace, cURN := t.Col("PLACE"), t.Col("URN")
				for row := 0; row < t.Len(); row++ {
					if urn := t.Cell(row, cURN); urn != "" && urn != "XXXXXXX" && placeIn(t, row, cPlace, list) {
						c.Flag(Episodes, row, "URN", "")
					}
				}
			}})
	}
	urnNotFor(2023, 2023, "P1", "P2", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z1")
	urnNotFor(2024, 0, "P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z1")

	// 218 (from 2023/24): "Ofsted Unique reference number (URN) is
	// required." An episode ending in the collection year or later (or
	// open), in a placement other than those without an Ofsted registration
	// (P1, P3, R1, R2, R5, T0-T4, Z1; Z11-Z14 from 2025/26), with no URN. The
	// sector rule exempts placements outside England by PL_LA, which the CSV
	// return does not carry.
	urnRequired := func(from, until int, exempt ...string) {
		register(&Rule{Code: "218", Description: "Ofsted Unique reference number (URN) is required.",
			Tables: []TableID{Episodes}, Fields: []string{"URN"}, From: from, Until: until,
			Check: func(c *Context) {
				t := c.Cur.Tables[Episodes]
				cPlace, cURN, cDec := t.Col("PLACE"), t.Col("URN"), t.Col("DEC")
				for row := 0; row < t.Len(); row++ {
					decText := t.Cell(row, cDec)
					dec := ParseDay(decText)
					if (decText == "" || dec >= c.Start) && t.Cell(row, cURN) == "" && !placeIn(t, row, cPlace, exempt) {
						c.Flag(Episodes, row, "URN", "")
					}
				}
			}})
	}
	urnRequired(2023, 2024, "P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z1")
	urnRequired(2025, 0, "P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14")

	// 101 (from 2024/25): "The child or young person's reported sex is not
	// valid." From 2024/25 SEX is M, F or U (before, 1 or 2).
	register(&Rule{Code: "101", Description: "The child or young person’s reported sex is not valid.",
		Tables: []TableID{Header}, Fields: []string{"SEX"}, From: 2024,
		Check: func(c *Context) {
			eachRow(c, Header, func(t *Table, row int) {
				if !in(t.Get(row, "SEX"), "M", "F", "U") {
					c.Flag(Header, row, "SEX", "")
				}
			})
		}})
	// 174 (from 2024/25): "Mother's child date of birth is recorded but sex
	// shows that the child is a male." (SEX M)
	register(&Rule{Code: "174", Description: "Mother's child date of birth is recorded but sex shows that the child is a male.",
		Tables: []TableID{Header}, Fields: []string{"SEX", "MC_DOB"}, From: 2024,
		Check: func(c *Context) {
			eachRow(c, Header, func(t *Table, row int) {
				if t.Get(row, "SEX") == "M" && t.Get(row, "MC_DOB") != "" {
					c.Flag(Header, row, "SEX", "")
				}
			})
		}})
	// 232 (from 2024/25): "Sex of the child/young person has been reported
	// as unknown."
	register(&Rule{Code: "232", Description: "Sex of the child/young person has been reported as unknown.",
		Tables: []TableID{Header}, Fields: []string{"SEX"}, From: 2024,
		Check: func(c *Context) {
			eachRow(c, Header, func(t *Table, row int) {
				if s := t.Get(row, "SEX"); s == "U" || s == "u" {
					c.Flag(Header, row, "SEX", "")
				}
			})
		}})
	// 231 (from 2024/25): "We expect that unaccompanied asylum seeking
	// children are generally older young people. Please check the date of
	// birth is correct. If the date of birth is correct then please provide
	// details in a bypass request." A UASC child (by the UASC table, as for
	// 205A-D) under 11 on 31 March.
	register(&Rule{Code: "231", Description: "We expect that unaccompanied asylum seeking children are generally older young people. Please check the date of birth is correct. If the date of birth is correct then please provide details in a bypass request.",
		Tables: []TableID{Header, UASC}, Fields: []string{"DOB"}, From: 2024,
		Check: func(c *Context) {
			h := c.Cur.Tables[Header]
			cDOB := h.Col("DOB")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				if uasc, _, _, _ := childUASC(c.Cur, ci); !uasc {
					continue
				}
				for _, r := range c.Cur.ChildRows(Header, ci) {
					if dob := ParseDay(h.Cell(int(r), cDOB)); dob.Valid() && dob > c.End.AddYears(-11) {
						c.Flag(Header, int(r), "DOB", "")
					}
				}
			}
		}})

	// 1016 (from 2023/24): "Care leaver information is not required for 17-
	// or 18-year olds who cease to be looked after, after their birthday." A
	// young person aged 17 or 18 on 31 March with an episode ending on or
	// after their 17th birthday must have no OC3 items.
	register(&Rule{Code: "1016", Description: "Care leaver information is not required for 17- or 18-year olds who cease to be looked after, after their birthday.",
		Tables: []TableID{OC3, Episodes}, Fields: []string{"IN_TOUCH", "ACTIV", "ACCOM"}, From: 2023,
		Check: func(c *Context) {
			o, e := c.Cur.Tables[OC3], c.Cur.Tables[Episodes]
			cDOB, cTouch, cActiv, cAccom := o.Col("DOB"), o.Col("IN_TOUCH"), o.Col("ACTIV"), o.Col("ACCOM")
			cDec := e.Col("DEC")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				for _, r := range c.Cur.ChildRows(OC3, ci) {
					row := int(r)
					dob := ParseDay(o.Cell(row, cDOB))
					if !dob.Valid() || c.End < dob.AddYears(17) || c.End >= dob.AddYears(19) {
						continue
					}
					if o.Cell(row, cTouch) == "" && o.Cell(row, cActiv) == "" && o.Cell(row, cAccom) == "" {
						continue
					}
					for _, er := range c.Cur.ChildRows(Episodes, ci) {
						if dec := ParseDay(e.Cell(int(er), cDec)); dec.Valid() && dec >= dob.AddYears(17) {
							c.Flag(OC3, row, "IN_TOUCH", "")
							break
						}
					}
				}
			}
		}})

	// 347 (from 2023/24): "Care leavers aged under 18 years, can not be
	// accommodated in a Foyer." ACCOM T (with or without its suitability
	// digit) for a young person under 18 on 1 April.
	register(&Rule{Code: "347", Description: "Care leavers aged under 18 years, can not be accommodated in a Foyer.",
		Tables: []TableID{OC3}, Fields: []string{"ACCOM", "DOB"}, From: 2023,
		Check: func(c *Context) {
			eachRow(c, OC3, func(t *Table, row int) {
				accom := t.Get(row, "ACCOM")
				dob := ParseDay(t.Get(row, "DOB"))
				if len(accom) > 0 && accom[0] == 'T' && dob.Valid() && dob.AddYears(18) > c.Start {
					c.Flag(OC3, row, "ACCOM", "")
				}
			})
		}})

	// 233 (from 2025/26): "Reason for placement change is not required when
	// the episode has not ceased."
	register(&Rule{Code: "233", Description: "Reason for placement change is not required when the episode has not ceased.",
		Tables: []TableID{Episodes}, Fields: []string{"REASON_PLACE_CHANGE"}, From: 2025,
		Check: func(c *Context) {
			eachRow(c, Episodes, func(t *Table, row int) {
				if t.Get(row, "DEC") == "" && t.Get(row, "REASON_PLACE_CHANGE") != "" {
					c.Flag(Episodes, row, "REASON_PLACE_CHANGE", "")
				}
			})
		}})
	// 234 (from 2025/26): "A child aged under 10 can not change placement due
	// to being admitted to custody" (REASON_PLACE_CHANGE CUSTOD on an episode
	// starting before the 10th birthday, by the Header DOB).
	register(&Rule{Code: "234", Description: "A child aged under 10 can not change placement due to being admitted to custody",
		Tables: []TableID{Episodes, Header}, Fields: []string{"REASON_PLACE_CHANGE"}, From: 2025,
		Check: func(c *Context) {
			e := c.Cur.Tables[Episodes]
			cReason, cDecom := e.Col("REASON_PLACE_CHANGE"), e.Col("DECOM")
			eachChildEpisode(c, func(t *Table, ci, row int) {
				if t.Cell(row, cReason) != "CUSTOD" {
					return
				}
				dob, _ := headerDOB(c, ci)
				if decom := ParseDay(t.Cell(row, cDecom)); dob.Valid() && decom.Valid() && dob.AddYears(10) > decom {
					c.Flag(Episodes, row, "REASON_PLACE_CHANGE", "")
				}
			})
		}})
	// 444 (from 2025/26): "Duplicate UPN has been reported" (a UPN other than
	// UN1-UN5 held by more than one Header row).
	register(&Rule{Code: "444", Description: "Duplicate UPN has been reported",
		Tables: []TableID{Header}, Fields: []string{"UPN"}, From: 2025,
		Check: func(c *Context) {
			t := c.Cur.Tables[Header]
			col := t.Col("UPN")
			first := make(map[string]int, t.Len()) // UPN -> first row, or -1 once flagged
			for row := 0; row < t.Len(); row++ {
				upn := t.Cell(row, col)
				if upn == "" || in(upn, "UN1", "UN2", "UN3", "UN4", "UN5") {
					continue
				}
				if f, ok := first[upn]; ok {
					if f >= 0 {
						c.Flag(Header, f, "UPN", "")
						first[upn] = -1
					}
					c.Flag(Header, row, "UPN", "")
					continue
				}
				first[upn] = row
			}
		}})
	// 348 (from 2025/26; needs last year's return): "Care leaver has
	// previously been reported as having died." IN_TOUCH DIED last year but
	// not this year.
	register(&Rule{Code: "348", Description: "Care leaver has previously been reported as having died. ",
		Tables: []TableID{OC3}, Fields: []string{"IN_TOUCH"}, From: 2025, NeedsPrev: true,
		Check: func(c *Context) {
			if !c.Prev.Has(OC3) {
				return
			}
			o, po := c.Cur.Tables[OC3], c.Prev.Tables[OC3]
			col, pcol := o.Col("IN_TOUCH"), po.Col("IN_TOUCH")
			for ci, pi := range prevChildren(c) {
				if pi < 0 {
					continue
				}
				died := false
				for _, r := range c.Prev.ChildRows(OC3, int(pi)) {
					died = died || po.Cell(int(r), pcol) == "DIED"
				}
				if !died {
					continue
				}
				for _, r := range c.Cur.ChildRows(OC3, ci) {
					if o.Cell(int(r), col) != "DIED" {
						c.Flag(OC3, int(r), "IN_TOUCH", "")
					}
				}
			}
		}})

	// 103 (from 2024/25): "The ethnicity code is either not valid or has not
	// been entered."
	register(&Rule{Code: "103", Description: "The ethnicity code is either not valid or has not been entered.",
		Tables: []TableID{Header}, Fields: []string{"ETHNIC"}, From: 2024,
		Check: func(c *Context) {
			eachRow(c, Header, func(t *Table, row int) {
				if !in(t.Get(row, "ETHNIC"), "WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN",
					"ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT") {
					c.Flag(Header, row, "ETHNIC", "")
				}
			})
		}})
	// 612 (from 2024/25): "Date of birth field has been completed but mother
	// field indicates child is not a mother." A girl (SEX F) whose MOTHER is
	// 0 or blank, with MC_DOB given.
	register(&Rule{Code: "612", Description: "Date of birth field has been completed but mother field indicates child is not a mother.",
		Tables: []TableID{Header}, Fields: []string{"SEX", "MOTHER", "MC_DOB"}, From: 2024,
		Check: func(c *Context) {
			eachRow(c, Header, func(t *Table, row int) {
				if m := t.Get(row, "MOTHER"); (m == "0" || m == "") && t.Get(row, "SEX") == "F" && t.Get(row, "MC_DOB") != "" {
					c.Flag(Header, row, "MOTHER", "")
				}
			})
		}})
	// 213 (2025/26): "Placement provider information not required." A
	// temporary placement (T0-T4) or one of the Z1 codes with a provider.
	register(&Rule{Code: "213", Description: "Placement provider information not required.",
		Tables: []TableID{Episodes}, Fields: []string{"PLACE_PROVIDER"}, From: 2025,
		Check: func(c *Context) {
			eachRow(c, Episodes, func(t *Table, row int) {
				if in(t.Get(row, "PLACE"), "T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14") && t.Get(row, "PLACE_PROVIDER") != "" {
					c.Flag(Episodes, row, "PLACE_PROVIDER", "")
				}
			})
		}})
	// 526 (from 2025/26): "Child is missing a placement provider code for at
	// least one episode." Any placement but T0-T4 and Z11-Z14.
	register(&Rule{Code: "526", Description: "Child is missing a placement provider code for at least one episode.",
		Tables: []TableID{Episodes}, Fields: []string{"PLACE", "PLACE_PROVIDER"}, From: 2025,
		Check: func(c *Context) {
			eachRow(c, Episodes, func(t *Table, row int) {
				if !in(t.Get(row, "PLACE"), "T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14") && t.Get(row, "PLACE_PROVIDER") == "" {
					c.Flag(Episodes, row, "PLACE_PROVIDER", "")
				}
			})
		}})
	// 242 (from 2025/26): "URN = 'XXXXXXX' can only be used for regional
	// adoption agencies" (placements A3-A6 and U1-U6).
	register(&Rule{Code: "242", Description: "URN = 'XXXXXXX' can only be used for regional adoption agencies",
		Tables: []TableID{Episodes}, Fields: []string{"URN"}, From: 2025,
		Check: func(c *Context) {
			eachRow(c, Episodes, func(t *Table, row int) {
				if t.Get(row, "URN") == "XXXXXXX" && !in(t.Get(row, "PLACE"), "A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5", "U6") {
					c.Flag(Episodes, row, "URN", "")
				}
			})
		}})
	// 383 (2025/26): "A child in a temporary placement must subsequently
	// return to his/her normal placement." With the child's episodes in
	// order of start, the episode after a temporary placement (T0-T4) must
	// have RNE P and the placement type and postcode of the episode before
	// the temporary one; that episode fails.
	register(&Rule{Code: "383", Description: "A child in a temporary placement must subsequently return to his/her normal placement.",
		Tables: []TableID{Episodes}, Fields: []string{"PLACE", "RNE", "PL_POST"}, From: 2025,
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cPlace, cRNE, cPost := t.Col("PLACE"), t.Col("RNE"), t.Col("PL_POST")
			var o rowOrder
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				buf := episodesByStart(c, ci, &o)
				for i := 2; i < len(buf); i++ {
					row, temp, before := int(buf[i].row), int(buf[i-1].row), int(buf[i-2].row)
					if !in(t.Cell(temp, cPlace), "T0", "T1", "T2", "T3", "T4") {
						continue
					}
					if t.Cell(row, cRNE) != "P" || t.Cell(row, cPlace) != t.Cell(before, cPlace) || t.Cell(row, cPost) != t.Cell(before, cPost) {
						c.Flag(Episodes, row, "PLACE", "")
					}
				}
			}
		}})

	// 700-710 (from 2026/27): deprivation of liberty orders (the DoLo table).
	doloRule("700", "The start date of the DoLO is not a valid date.", "DOLO_START",
		func(_ *Context, start, _ Day, _, _ string, _ int) bool { return !start.Valid() })
	doloRule("701", "The end date of the DoLO is not a valid date.", "DOLO_END",
		func(_ *Context, _, end Day, _, endText string, _ int) bool { return endText != "" && !end.Valid() })
	doloRule("702", "The date that the DoLO ended is before the date that it started.", "DOLO_START",
		func(_ *Context, start, end Day, _, _ string, _ int) bool {
			return start.Valid() && end.Valid() && end <= start
		})
	doloRule("703", "The date that the DoLO started is after the end of the collection year.", "DOLO_START",
		func(c *Context, start, _ Day, _, _ string, _ int) bool { return start.Valid() && start > c.End })
	doloRule("704", "The date that the DoLO ended is before the start or after the end of the collection year.", "DOLO_END",
		func(c *Context, _, end Day, _, _ string, _ int) bool {
			return end.Valid() && (end < c.Start || end > c.End)
		})
	// 708: "Dates of DoLOs are before child's date of birth." (the DoLo
	// table's own DOB; on the birthday counts as before, as in the sector rule)
	register(&Rule{Code: "708", Description: "Dates of DoLOs are before child’s date of birth.",
		Tables: []TableID{DoLo}, Fields: []string{"DOLO_START"}, From: 2026,
		Check: func(c *Context) {
			eachRow(c, DoLo, func(t *Table, row int) {
				start, dob := ParseDay(t.Get(row, "DOLO_START")), ParseDay(t.Get(row, "DOB"))
				if start.Valid() && dob.Valid() && start <= dob {
					c.Flag(DoLo, row, "DOLO_START", "")
				}
			})
		}})
	// 705: "A DoLO cannot start when the previous DoLO is still open." With
	// the child's DoLOs in order of start, each after the first fails when
	// the one before has no end date or ends after it starts.
	register(&Rule{Code: "705", Description: "A DoLO cannot start when the previous DoLO is still open.",
		Tables: []TableID{DoLo}, Fields: []string{"DOLO_START", "DOLO_END"}, From: 2026,
		Check: func(c *Context) {
			t := c.Cur.Tables[DoLo]
			cs, ce := t.Col("DOLO_START"), t.Col("DOLO_END")
			var buf []int32
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				buf = buf[:0]
				for _, r := range c.Cur.ChildRows(DoLo, ci) {
					if ParseDay(t.Cell(int(r), cs)).Valid() {
						buf = append(buf, r)
					}
				}
				slices.SortStableFunc(buf, func(a, b int32) int {
					return int(ParseDay(t.Cell(int(a), cs))) - int(ParseDay(t.Cell(int(b), cs)))
				})
				for i := 1; i < len(buf); i++ {
					prevEnd := ParseDay(t.Cell(int(buf[i-1]), ce))
					if !prevEnd.Valid() || ParseDay(t.Cell(int(buf[i]), cs)) < prevEnd {
						c.Flag(DoLo, int(buf[i]), "DOLO_START", "")
					}
				}
			}
		}})
	// 706 (needs last year's return): "There is an open DoLO in last year's
	// return and there is no corresponding DoLO recorded at the start of this
	// year." A child whose DoLO was open at the end of last year must have a
	// DoLO this year starting on the same date. The child's DoLo rows this
	// year fail, or, when there are none, the child's Header row.
	register(&Rule{Code: "706", Description: "There is an open DoLO in last year’s return and there is no corresponding DoLO recorded at the start of this year..",
		Tables: []TableID{DoLo}, Fields: []string{"DOLO_START"}, From: 2026, NeedsPrev: true,
		Check: func(c *Context) {
			if !c.Prev.Has(DoLo) {
				return
			}
			d, pd := c.Cur.Tables[DoLo], c.Prev.Tables[DoLo]
			cs, pcs, pce := d.Col("DOLO_START"), pd.Col("DOLO_START"), pd.Col("DOLO_END")
			for ci, pi := range prevChildren(c) {
				if pi < 0 {
					continue
				}
				for _, pr := range c.Prev.ChildRows(DoLo, int(pi)) {
					if pd.Cell(int(pr), pce) != "" {
						continue
					}
					start := ParseDay(pd.Cell(int(pr), pcs))
					found := false
					rows := c.Cur.ChildRows(DoLo, ci)
					for _, r := range rows {
						found = found || (start.Valid() && ParseDay(d.Cell(int(r), cs)) == start)
					}
					if found {
						continue
					}
					for _, r := range rows {
						c.Flag(DoLo, int(r), "DOLO_START", "")
					}
					if len(rows) == 0 && c.Cur.Has(Header) {
						for _, r := range c.Cur.ChildRows(Header, ci) {
							c.Flag(Header, int(r), "CHILD", "")
						}
					}
				}
			}
		}})
	// 707: "Child ceased to be looked after but there is a DoLO without an
	// end date." A DoLO (with a start date) fails when it lies outside every
	// period of care of the child (consecutive episodes, each starting on or
	// before the previous one ended): open while the period has ended or
	// starting before it began, or ending after it ended or before it began.
	register(&Rule{Code: "707", Description: "Child ceased to be looked after but there is a DoLO without an end date.",
		Tables: []TableID{DoLo, Episodes}, Fields: []string{"DOLO_END"}, From: 2026,
		Check: func(c *Context) {
			d, e := c.Cur.Tables[DoLo], c.Cur.Tables[Episodes]
			cs, ce := d.Col("DOLO_START"), d.Col("DOLO_END")
			cDecom, cDec := e.Col("DECOM"), e.Col("DEC")
			type period struct{ start, end Day }
			var o rowOrder
			var periods []period
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				dolos := c.Cur.ChildRows(DoLo, ci)
				if len(dolos) == 0 {
					continue
				}
				buf := episodesByStart(c, ci, &o)
				periods = periods[:0]
				for _, r := range buf {
					decom, dec := ParseDay(e.Cell(int(r.row), cDecom)), ParseDay(e.Cell(int(r.row), cDec))
					if !decom.Valid() {
						continue
					}
					if n := len(periods); n > 0 && !(periods[n-1].end.Valid() && decom > periods[n-1].end) {
						periods[n-1].end = dec // continues the period
						continue
					}
					periods = append(periods, period{decom, dec})
				}
				if len(periods) == 0 {
					continue
				}
				for _, dr := range dolos {
					start, endText := ParseDay(d.Cell(int(dr), cs)), d.Cell(int(dr), ce)
					if !start.Valid() {
						continue
					}
					end := ParseDay(endText)
					inSome := false
					for _, p := range periods {
						out := (endText == "" && p.end.Valid()) || (endText == "" && start < p.start) ||
							(end.Valid() && p.end.Valid() && end > p.end) || (end.Valid() && end < p.start)
						if !out {
							inSome = true
							break
						}
					}
					if !inSome {
						c.Flag(DoLo, int(dr), "DOLO_END", "")
					}
				}
			}
		}})
	// 709: "Child with a DoLO is in an unexpected placement type." Episodes
	// overlapping a DoLO should be in K2, Z12 or Z13. (The sector rule
	// leaves out episodes still open; they are included here, as in 710.)
	doloPlacementRule("709", "Child with a DoLO is in an unexpected placement type.", false,
		func(place string) bool { return !in(place, "K2", "Z12", "Z13") })
	// 710: "Child with a DoLO can not be placed in secure children's homes,
	// with parents, young offender institutions, or supported
	// accommodation." (K1, P1, R5, K3 overlapping a DoLO)
	doloPlacementRule("710", "Child with a DoLO can not be placed in secure children's homes, with parents, young offender institutions, or supported accommodation.", true,
		func(place string) bool { return in(place, "K1", "P1", "R5", "K3") })
}

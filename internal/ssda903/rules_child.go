package ssda903

// Rules that join tables through the per-child index: a child's age against
// legal status and placement (358, 370-374) and the reasons an episode
// ceased (387, 389, 460).

// continuouslyLookedAfter marks, per child number, whether the child was
// looked after continuously through the collection year, as the DfE 903
// guidance defines it: in care at some point in the year, and no episode
// that starts care (RNE S) after 1 April, ends care (REC not X1) within the
// year, or is a short-break (V3/V4) episode during the year. The context
// works it out once and gives every rule the same slice: read it, never change
// it.
func continuouslyLookedAfter(c *Context) []bool {
	if c.cla == nil {
		c.cla = lookedAfterAllYear(c)
	}
	return c.cla
}

func lookedAfterAllYear(c *Context) []bool {
	n := c.Cur.NumChildren()
	out := make([]bool, n)
	t := c.Cur.Tables[Episodes]
	if t == nil {
		return out
	}
	cDecom, cDec, cRNE, cREC, cLS := t.Col("DECOM"), t.Col("DEC"), t.Col("RNE"), t.Col("REC"), t.Col("LS")
	for ci := 0; ci < n; ci++ {
		during, broken := false, false
		for _, r := range c.Cur.ChildRows(Episodes, ci) {
			row := int(r)
			decom, dec := ParseDay(t.Cell(row, cDecom)), ParseDay(t.Cell(row, cDec))
			// an unparseable DEC counts as missing, as the validator's coerced NaT does
			inYear := decom.Valid() && decom <= c.End && (dec >= c.Start || !dec.Valid())
			if inYear {
				during = true
			}
			if t.Cell(row, cRNE) == "S" && decom > c.Start && decom <= c.End {
				broken = true
			}
			if t.Cell(row, cREC) != "X1" && dec.Valid() && dec >= c.Start && dec < c.End {
				broken = true
			}
			if in(t.Cell(row, cLS), "V3", "V4") && inYear {
				broken = true
			}
		}
		out[ci] = during && !broken
	}
	return out
}

// placeAgeRule registers a rule (370-374 and their later versions) on
// placement type against age: an episode in place that starts before the
// child's birthday at years fails. As in the sector validator, only
// episodes with a ceased date are checked.
func placeAgeRule(code, desc, place string, years, from, until int) {
	register(&Rule{Code: code, Description: desc, Tables: []TableID{Episodes, Header}, Fields: []string{"DECOM", "PLACE"},
		From: from, Until: until,
		Check: func(c *Context) {
			e := c.Cur.Tables[Episodes]
			cPlace, cDecom, cDec := e.Col("PLACE"), e.Col("DECOM"), e.Col("DEC")
			eachChildEpisode(c, func(t *Table, ci, row int) {
				if t.Cell(row, cPlace) != place {
					return
				}
				dob, _ := headerDOB(c, ci)
				decom, dec := ParseDay(t.Cell(row, cDecom)), ParseDay(t.Cell(row, cDec))
				if dob.Valid() && decom.Valid() && dec.Valid() && decom < dob.AddYears(years) {
					c.Flag(Episodes, row, "PLACE", "")
				}
			})
		}})
}

func init() {
	// 358: "Child with this legal status should not be under 10." Episodes
	// with LS J1-J3 starting on or before the 10th birthday; the child's
	// Header row is flagged too.
	register(&Rule{Code: "358", Description: "Child with this legal status should not be under 10.",
		Tables: []TableID{Episodes, Header}, Fields: []string{"DECOM", "DOB", "LS"},
		Check: func(c *Context) {
			eachChildEpisode(c, func(t *Table, ci, row int) {
				if !in(t.Get(row, "LS"), "J1", "J2", "J3") {
					return
				}
				dob, hrow := headerDOB(c, ci)
				decom := ParseDay(t.Get(row, "DECOM"))
				if dob.Valid() && decom.Valid() && dob.AddYears(10) >= decom {
					c.Flag(Episodes, row, "LS", "")
					c.Flag(Header, hrow, "DOB", "")
				}
			})
		}})

	// 370-374: placement type against age at the start of the placement. As
	// in the sector validator, only episodes with a ceased date are checked.
	// 370: "Child in independent living should be at least 15." (P2; to
	// 2022/23: lac2023_24 raises the age to 16, rules_years.go)
	placeAgeRule("370", "Child in independent living should be at least 15.", "P2", 15, 0, 2022)
	// 371: "Child in semi-independent living accommodation not subject to
	// children's homes regulations should be at least 14." (H5; to 2022/23:
	// lac2023_24 raises the age to 16, and lac2024_25 moves it to K3)
	placeAgeRule("371", "Child in semi-independent living accommodation not subject to children’s homes regulations should be at least 14.", "H5", 14, 0, 2022)
	// 372: "Child in youth custody or prison should be at least 10." (R5)
	placeAgeRule("372", "Child in youth custody or prison should be at least 10.", "R5", 10, 0, 0)
	// 373: "Child placed in a school should be at least 4 years old." (S1)
	placeAgeRule("373", "Child placed in a school should be at least 4 years old.", "S1", 4, 0, 0)
	// 374: "Child in residential employment should be at least 14 years old." (P3)
	placeAgeRule("374", "Child in residential employment should be at least 14 years old.", "P3", 14, 0, 0)

	// 387: "Reason episode ceased is child moved into independent living
	// arrangement, but the child is aged under 14." (E5/E6). The age is
	// taken at DEC, or at the collection end when DEC is blank or invalid (an
	// E5/E6 reason without a date, already an error under 148, still says the
	// child moved to independent living, and a child under 14 at 31 March
	// was under 14 at any date in the year). This gives the expected 86
	// records on the sample; the stored sector rule's dec_present filter gives
	// 61. A child with no Header DOB fails, as in the validator's left join.
	register(&Rule{Code: "387", Description: "Reason episode ceased is child moved into independent living arrangement, but the child is aged under 14.",
		Tables: []TableID{Episodes, Header}, Fields: []string{"REC"},
		Check: func(c *Context) {
			eachChildEpisode(c, func(t *Table, ci, row int) {
				if !in(t.Get(row, "REC"), "E5", "E6") {
					return
				}
				dec := ParseDay(t.Get(row, "DEC"))
				if !dec.Valid() {
					dec = c.End
				}
				dob, _ := headerDOB(c, ci)
				if !(dob.Valid() && dob.AddYears(14) <= dec) {
					c.Flag(Episodes, row, "REC", "")
				}
			})
		}})

	// 389: "Reason episode ceased is that child transferred to care of adult
	// social care services, but child is aged under 16." (E7). As in the
	// validator, an E7 episode whose age cannot be shown to be 16 or over at
	// DEC (no DOB or no DEC) fails.
	register(&Rule{Code: "389", Description: "Reason episode ceased is that child transferred to care of adult social care services, but child is aged under 16.",
		Tables: []TableID{Episodes, Header}, Fields: []string{"REC"},
		Check: func(c *Context) {
			eachChildEpisode(c, func(t *Table, ci, row int) {
				if t.Get(row, "REC") != "E7" {
					return
				}
				dec := ParseDay(t.Get(row, "DEC"))
				dob, _ := headerDOB(c, ci)
				if !(dob.Valid() && dec.Valid() && dob.AddYears(16) <= dec) {
					c.Flag(Episodes, row, "REC", "")
				}
			})
		}})

	// 460: "Reason episode ceased is that child stayed with current carers at
	// age 18 (or above), but child is aged under 18." (E17)
	register(&Rule{Code: "460", Description: "Reason episode ceased is that child stayed with current carers at age 18 (or above), but child is aged under 18.",
		Tables: []TableID{Episodes, Header}, Fields: []string{"DEC", "REC"},
		Check: func(c *Context) {
			eachChildEpisode(c, func(t *Table, ci, row int) {
				if t.Get(row, "REC") != "E17" {
					return
				}
				dec := ParseDay(t.Get(row, "DEC"))
				dob, _ := headerDOB(c, ci)
				if dob.Valid() && dec.Valid() && dob.AddYears(18) > dec {
					c.Flag(Episodes, row, "DEC", "")
				}
			})
		}})

}

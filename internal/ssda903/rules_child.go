package ssda903

// Rules that join tables through the per-child index.

// headerDOB returns the child's date of birth from the Header table (the
// first Header row for the child), and that row, or -1.
func headerDOB(c *Context, ci int) (Day, int) {
	rows := c.Cur.ChildRows(Header, ci)
	if len(rows) == 0 {
		return 0, -1
	}
	t := c.Cur.Tables[Header]
	return ParseDay(t.Get(int(rows[0]), "DOB")), int(rows[0])
}

// eachChildEpisode calls fn for every episode with the child's number.
func eachChildEpisode(c *Context, fn func(t *Table, ci, row int)) {
	t := c.Cur.Tables[Episodes]
	for ci := 0; ci < c.Cur.NumChildren(); ci++ {
		for _, row := range c.Cur.ChildRows(Episodes, ci) {
			fn(t, ci, int(row))
		}
	}
}

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
	ageRule := func(code, desc, place string, years, from, until int) {
		register(&Rule{Code: code, Description: desc, Tables: []TableID{Episodes, Header}, Fields: []string{"DECOM", "PLACE"},
			From: from, Until: until,
			Check: func(c *Context) {
				eachChildEpisode(c, func(t *Table, ci, row int) {
					if t.Get(row, "PLACE") != place {
						return
					}
					dob, _ := headerDOB(c, ci)
					decom, dec := ParseDay(t.Get(row, "DECOM")), ParseDay(t.Get(row, "DEC"))
					if dob.Valid() && decom.Valid() && dec.Valid() && decom < dob.AddYears(years) {
						c.Flag(Episodes, row, "PLACE", "")
					}
				})
			}})
	}
	// 370: "Child in independent living should be at least 15." (P2; to
	// 2022/23: lac2023_24 raises the age to 16, rules_v5_years.go)
	ageRule("370", "Child in independent living should be at least 15.", "P2", 15, 0, 2022)
	// 371: "Child in semi-independent living accommodation not subject to
	// children's homes regulations should be at least 14." (H5; to 2022/23:
	// lac2023_24 raises the age to 16, and lac2024_25 moves it to K3)
	ageRule("371", "Child in semi-independent living accommodation not subject to children’s homes regulations should be at least 14.", "H5", 14, 0, 2022)
	// 372: "Child in youth custody or prison should be at least 10." (R5)
	ageRule("372", "Child in youth custody or prison should be at least 10.", "R5", 10, 0, 0)
	// 373: "Child placed in a school should be at least 4 years old." (S1)
	ageRule("373", "Child placed in a school should be at least 4 years old.", "S1", 4, 0, 0)
	// 374: "Child in residential employment should be at least 14 years old." (P3)
	ageRule("374", "Child in residential employment should be at least 14 years old.", "P3", 14, 0, 0)

	// 375, 376, 379: temporary placements longer than allowed. With
	// openToEnd, an episode still open (no valid DEC) is measured to the end
	// of the collection year, as the expected findings for 376 show (the
	// sector validator's published 375/379 skip open episodes).
	tempRule := func(code, desc, place string, days int, openToEnd bool) {
		register(&Rule{Code: code, Description: desc, Tables: []TableID{Episodes, Header}, Fields: []string{"DECOM", "DEC", "PLACE"},
			Check: func(c *Context) {
				eachChildEpisode(c, func(t *Table, ci, row int) {
					if t.Get(row, "PLACE") != place {
						return
					}
					if len(c.Cur.ChildRows(Header, ci)) == 0 {
						return // the validator joins to Header and drops children without one
					}
					if dob, _ := headerDOB(c, ci); !dob.Valid() {
						return
					}
					decom, dec := ParseDay(t.Get(row, "DECOM")), ParseDay(t.Get(row, "DEC"))
					if !dec.Valid() && openToEnd {
						dec = c.End
					}
					if decom.Valid() && dec.Valid() && dec > decom.AddDays(days) {
						c.Flag(Episodes, row, "DEC", "")
					}
				})
			}})
	}
	// 375: "Hospitalisation coded as a temporary placement exceeds six weeks." (T1, 42 days)
	tempRule("375", "Hospitalisation coded as a temporary placement exceeds six weeks.", "T1", 42, false)
	// 376: "Temporary placements coded as being due to holiday of usual
	// foster carer(s) cannot exceed three weeks." (T3, 21 days). A T3
	// placement still open at 31 March that began more than three weeks
	// earlier has already exceeded them, so open episodes are measured to the
	// collection end: this gives the expected 156 records (131 children) on
	// the sample; skipping open episodes, as the stored sector rule's
	// dropna(DEC) does, gives 107.
	tempRule("376", "Temporary placements coded as being due to holiday of usual foster carer(s) cannot exceed three weeks.", "T3", 21, true)
	// 379: "Temporary placements for unspecified reason (placement code T4)
	// cannot exceed seven days."
	tempRule("379", "Temporary placements for unspecified reason (placement code T4) cannot exceed seven days.", "T4", 7, false)

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
					if h.Get(int(r), "SEX") == femaleV5(c.Year) && h.Get(int(r), "MOTHER") == "" {
						c.Flag(Header, int(r), "MOTHER", "")
					}
				}
			}
		}})

	// OC2 items that need the child to have been looked after continuously
	// for 12 months at 31 March.
	oc2CLA := func(code, desc string, fields []string, bad func(c *Context, t *Table, row int, cla bool) bool) {
		register(&Rule{Code: code, Description: desc, Tables: []TableID{OC2, Episodes}, Fields: fields,
			Check: func(c *Context) {
				cla := continuouslyLookedAfter(c)
				t := c.Cur.Tables[OC2]
				for ci := 0; ci < c.Cur.NumChildren(); ci++ {
					for _, r := range c.Cur.ChildRows(OC2, ci) {
						if bad(c, t, int(r), cla[ci]) {
							c.Flag(OC2, int(r), fields[0], "")
						}
					}
				}
			}})
	}
	oc2Items := []string{"CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"}
	// 190: "Child has not been looked after continuously for at least 12
	// months at 31 March but one or more data items relating to children
	// looked after for 12 months have been completed."
	oc2CLA("190", "Child has not been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been completed.",
		oc2Items, func(c *Context, t *Table, row int, cla bool) bool {
			if cla {
				return false
			}
			for _, f := range oc2Items {
				if t.Get(row, f) != "" {
					return true
				}
			}
			return false
		})
	// 185: "Child has not been looked after continuously for at least 12
	// months at 31 March but a Strengths and Difficulties (SDQ) score has
	// been completed."
	oc2CLA("185", "Child has not been looked after continuously for at least 12 months at 31 March but a Strengths and Difficulties (SDQ) score has been completed.",
		[]string{"SDQ_SCORE"}, func(c *Context, t *Table, row int, cla bool) bool {
			return !cla && t.Get(row, "SDQ_SCORE") != ""
		})
	// 198: "Child has not been looked after continuously for at least 12
	// months at 31 March but a reason for no Strengths and Difficulties (SDQ)
	// score has been completed."
	oc2CLA("198", "Child has not been looked after continuously for at least 12 months at 31 March but a reason for no Strengths and Difficulties (SDQ) score has been completed.",
		[]string{"SDQ_REASON"}, func(c *Context, t *Table, row int, cla bool) bool {
			return !cla && t.Get(row, "SDQ_REASON") != ""
		})
	// 546: "Children aged 5 or over at 31 March should not have health
	// promotion information completed." (for children continuously looked after)
	oc2CLA("546", "Children aged 5 or over at 31 March should not have health promotion information completed.",
		[]string{"HEALTH_CHECK", "DOB"}, func(c *Context, t *Table, row int, cla bool) bool {
			dob := ParseDay(t.Get(row, "DOB"))
			return cla && dob.Valid() && c.End >= dob.AddYears(5) && t.Get(row, "HEALTH_CHECK") != ""
		})
}

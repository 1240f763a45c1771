package ssda903

// Rules on the sequence of a child's episodes: each episode against the one
// before it (431-437, 501), the continuation episode (388) and the portal's
// EPI warning. Each follows the DfE description and the sector
// validator's lac2022_23 rule of the same code
// (data-to-insight/csc-validator-be-903), written afresh.
//
// Several rules compare each episode with the one before it in the child's
// episodes ordered by start date. The sector validator sorts the whole table
// by CHILD and DECOM (a stable sort, blank or invalid DECOMs last); taking
// each child's rows from the per-child index and sorting them the same way
// gives the same neighbours without sorting the table.

import "strings"

// eachEpisodePair calls fn for every episode after the first in each
// child's episodes ordered by DECOM, with the episode before it.
func eachEpisodePair(c *Context, fn func(t *Table, prev, row int)) {
	t := c.Cur.Tables[Episodes]
	var o rowOrder
	for ci := 0; ci < c.Cur.NumChildren(); ci++ {
		if len(c.Cur.ChildRows(Episodes, ci)) < 2 {
			continue
		}
		items := episodesByStart(c, ci, &o)
		for i := 1; i < len(items); i++ {
			fn(t, int(items[i-1].row), int(items[i].row))
		}
	}
}

// careSpan is a period of care as the sector rules 577 and 578 build it: the
// first episode's DECOM and the last episode's DEC (0 while the last is open).
type careSpan struct{ start, end Day }

// periodsOfCare returns the child's periods of care, reusing buf. The
// episodes with a valid DECOM are taken in DECOM order; an episode starting
// after the previous one's DEC begins a new period (one following an open
// episode continues it).
func periodsOfCare(c *Context, ci int, o *rowOrder, buf []careSpan) []careSpan {
	buf = buf[:0]
	t := c.Cur.Tables[Episodes]
	cDec := t.Col("DEC")
	var prevDec Day
	for i, it := range episodesByStart(c, ci, o) {
		if it.k1 == lastSortDay {
			break // blank or invalid DECOMs are left out, and sort last
		}
		dec := ParseDay(t.Cell(int(it.row), cDec))
		if i == 0 || (prevDec.Valid() && it.k1 > prevDec) {
			buf = append(buf, careSpan{start: it.k1})
		}
		buf[len(buf)-1].end = dec
		prevDec = dec
	}
	return buf
}

// endsCare reports whether a reason episode ceased ends the period of care
// (every code but X1), as listed in the sector rule 432.
func endsCare(rec string) bool {
	switch rec {
	case "E2", "E3", "E4A", "E4B", "E5", "E6", "E7", "E8", "E9", "E11",
		"E12", "E13", "E14", "E15", "E16", "E17", "E41", "E45", "E46", "E47", "E48":
		return true
	}
	return false
}

// continuesCare reports whether a reason for new episode continues a
// period of care (P, L, T, U or B, in either case).
func continuesCare(rne string) bool {
	switch rne {
	case "P", "L", "T", "U", "B", "p", "l", "t", "u", "b":
		return true
	}
	return false
}

func init() {
	// 431: "The reason for new episode is started to be looked after, but the
	// previous episode ended on the same day." An episode with RNE S starting
	// on or before the previous episode's DEC.
	register(&Rule{Code: "431", Description: "The reason for new episode is started to be looked after, but the previous episode ended on the same day.",
		Tables: []TableID{Episodes}, Fields: []string{"RNE", "DECOM"},
		Check: func(c *Context) {
			cRNE, cDecom, cDec := c.Cur.Tables[Episodes].Col("RNE"), c.Cur.Tables[Episodes].Col("DECOM"), c.Cur.Tables[Episodes].Col("DEC")
			eachEpisodePair(c, func(t *Table, prev, row int) {
				if t.Cell(row, cRNE) != "S" {
					return
				}
				decom, prevDec := ParseDay(t.Cell(row, cDecom)), ParseDay(t.Cell(prev, cDec))
				if decom.Valid() && prevDec.Valid() && decom <= prevDec {
					c.Flag(Episodes, row, "RNE", "")
				}
			})
		}})

	// 432: "The child ceased to be looked after at the end of the previous
	// episode but the reason for the new episode is not started to be looked
	// after." The previous episode ended care (a REC other than X1) and this
	// one's RNE is not S.
	register(&Rule{Code: "432", Description: "The child ceased to be looked after at the end of the previous episode but the reason for the new episode is not started to be looked after.",
		Tables: []TableID{Episodes}, Fields: []string{"RNE"},
		Check: func(c *Context) {
			cRNE, cREC := c.Cur.Tables[Episodes].Col("RNE"), c.Cur.Tables[Episodes].Col("REC")
			eachEpisodePair(c, func(t *Table, prev, row int) {
				if t.Cell(row, cRNE) != "S" && endsCare(t.Cell(prev, cREC)) {
					c.Flag(Episodes, row, "RNE", "")
				}
			})
		}})

	// 433: "The reason for new episode suggests that this is a continuation
	// episode, but the episode does not start on the same day as the last
	// episode finished." With the child's episodes ordered by DECOM then DEC,
	// an episode with RNE P, L, T, U or B fails unless its DECOM is the
	// previous episode's DEC (both completed; compared as written).
	register(&Rule{Code: "433", Description: "The reason for new episode suggests that this is a continuation episode, but the episode does not start on the same day as the last episode finished.",
		Tables: []TableID{Episodes}, Fields: []string{"RNE", "DECOM"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cRNE, cDecom, cDec := t.Col("RNE"), t.Col("DECOM"), t.Col("DEC")
			var o rowOrder
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				rows := c.Cur.ChildRows(Episodes, ci)
				if len(rows) < 2 {
					continue
				}
				items := o.byDates(t, rows, cDecom, cDec)
				for i := 1; i < len(items); i++ {
					row, prev := int(items[i].row), int(items[i-1].row)
					if !continuesCare(t.Cell(row, cRNE)) {
						continue
					}
					decom, prevDec := t.Cell(row, cDecom), t.Cell(prev, cDec)
					if decom == "" || prevDec == "" || decom != prevDec {
						c.Flag(Episodes, row, "RNE", "")
					}
				}
			}
		}})

	// 434: "Reason for new episode is that child's legal status has changed
	// but not the placement, but this is not reflected in the episode data."
	// An episode with RNE L fails when its legal status is the previous
	// episode's, or any of PLACE, PL_POST, URN and PLACE_PROVIDER differs.
	register(&Rule{Code: "434", Description: "Reason for new episode is that child's legal status has changed but not the placement, but this is not reflected in the episode data.",
		Tables: []TableID{Episodes}, Fields: []string{"RNE", "LS", "PLACE", "PL_POST", "URN", "PLACE_PROVIDER"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cRNE, cLS := t.Col("RNE"), t.Col("LS")
			place := cols(t, "PLACE", "PL_POST", "URN", "PLACE_PROVIDER")
			eachEpisodePair(c, func(t *Table, prev, row int) {
				if t.Cell(row, cRNE) != "L" {
					return
				}
				ls := t.Cell(row, cLS)
				bad := ls != "" && ls == t.Cell(prev, cLS)
				for _, col := range place {
					bad = bad || t.Cell(row, col) != t.Cell(prev, col)
				}
				if bad {
					c.Flag(Episodes, row, "RNE", "")
				}
			})
		}})

	// 435: "Reason for new episode is that child's placement has changed but
	// not the legal status, but this is not reflected in the episode data
	// recorded." An episode with RNE P or T fails when its legal status
	// differs from the previous episode's, or PLACE, PL_POST, URN and
	// PLACE_PROVIDER are all the same. As in the sector validator, a blank
	// value is never the same as another (so a blank LS counts as changed).
	register(&Rule{Code: "435", Description: "Reason for new episode is that child’s placement has changed but not the legal status, but this is not reflected in the episode data recorded.",
		Tables: []TableID{Episodes}, Fields: []string{"LS", "PLACE", "PL_POST", "URN", "PLACE_PROVIDER"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cRNE, cLS := t.Col("RNE"), t.Col("LS")
			place := cols(t, "PLACE", "PL_POST", "URN", "PLACE_PROVIDER")
			same := func(a, b string) bool { return a != "" && a == b }
			eachEpisodePair(c, func(t *Table, prev, row int) {
				if rne := t.Cell(row, cRNE); rne != "P" && rne != "T" {
					return
				}
				unchanged := true
				for _, col := range place {
					unchanged = unchanged && same(t.Cell(row, col), t.Cell(prev, col))
				}
				if !same(t.Cell(row, cLS), t.Cell(prev, cLS)) || unchanged {
					c.Flag(Episodes, row, "LS", "")
				}
			})
		}})

	// 436: "Reason for new episode is that both child's placement and legal
	// status have changed, but this is not reflected in the episode data." An
	// episode with RNE U or B fails when its legal status is the previous
	// episode's, or PLACE, PL_POST, URN and PLACE_PROVIDER are all the same
	// (here two blanks are the same).
	register(&Rule{Code: "436", Description: "Reason for new episode is that both child’s placement and legal status have changed, but this is not reflected in the episode data.",
		Tables: []TableID{Episodes}, Fields: []string{"RNE", "LS", "PLACE", "PL_POST", "URN", "PLACE_PROVIDER"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cRNE, cLS := t.Col("RNE"), t.Col("LS")
			place := cols(t, "PLACE", "PL_POST", "URN", "PLACE_PROVIDER")
			eachEpisodePair(c, func(t *Table, prev, row int) {
				if rne := t.Cell(row, cRNE); rne != "U" && rne != "B" {
					return
				}
				unchanged := true
				for _, col := range place {
					unchanged = unchanged && t.Cell(row, col) == t.Cell(prev, col)
				}
				if t.Cell(row, cLS) == t.Cell(prev, cLS) || unchanged {
					c.Flag(Episodes, row, "RNE", "")
				}
			})
		}})

	// 437: "Reason episode ceased is child has died or is aged 18 or over but
	// there are further episodes." An episode with a valid DECOM ending E2 or
	// E15 that is not the child's last by DECOM.
	register(&Rule{Code: "437", Description: "Reason episode ceased is child has died or is aged 18 or over but there are further episodes.",
		Tables: []TableID{Episodes}, Fields: []string{"REC"},
		Check: func(c *Context) {
			cREC, cDecom := c.Cur.Tables[Episodes].Col("REC"), c.Cur.Tables[Episodes].Col("DECOM")
			eachEpisodePair(c, func(t *Table, prev, row int) {
				if rec := t.Cell(prev, cREC); (strings.EqualFold(rec, "E2") || strings.EqualFold(rec, "E15")) && ParseDay(t.Cell(prev, cDecom)).Valid() {
					c.Flag(Episodes, prev, "REC", "")
				}
			})
		}})

	// 501: "A new episode has started before the end date of the previous
	// episode." DECOM before the previous episode's DEC.
	register(&Rule{Code: "501", Description: "A new episode has started before the end date of the previous episode.",
		Tables: []TableID{Episodes}, Fields: []string{"DECOM", "DEC"},
		Check: func(c *Context) {
			cDecom, cDec := c.Cur.Tables[Episodes].Col("DECOM"), c.Cur.Tables[Episodes].Col("DEC")
			eachEpisodePair(c, func(t *Table, prev, row int) {
				decom, prevDec := ParseDay(t.Cell(row, cDecom)), ParseDay(t.Cell(prev, cDec))
				if decom.Valid() && prevDec.Valid() && decom < prevDec {
					c.Flag(Episodes, row, "DECOM", "")
				}
			})
		}})

	// EPI: "WARNING: Episodes need to be loaded for this child before further
	// validation is possible." The DfE portal's check, with no number: a
	// Header row whose child has no episode and no OC3 row.
	register(&Rule{Code: "EPI", Description: "WARNING: Episodes need to be loaded for this child before further validation is possible [NOTE: This refers to the DfE portal - here, all checks that can be performed with only the available data will be.]",
		Tables: []TableID{Header}, Fields: []string{"CHILD"},
		Check: func(c *Context) {
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				if len(c.Cur.ChildRows(Episodes, ci)) > 0 || len(c.Cur.ChildRows(OC3, ci)) > 0 {
					continue
				}
				for _, r := range c.Cur.ChildRows(Header, ci) {
					c.Flag(Header, int(r), "CHILD", "")
				}
			}
		}})

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
}

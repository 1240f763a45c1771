package ssda903

// Social worker episode rules (the sw_episodes table, from 2023/24). Codes
// are the sector validator's (data-to-insight/csc-validator-be-903, folders
// lac2023_24 to lac2025_26): SWnnSTG1 are stage 1 (single item) checks,
// SWnnSTG2 stage 2 (across items). Where a later year changes a rule, each
// version is registered with its own From/Until. Each follows the DfE
// description; where the stored Python is plainly broken (SW01's row
// numbers, SW08's code "SW108STG2", SW11b flagging every child with one
// episode, SW12's unrunnable 2023/24 version, SW16a registered as SW16c) the
// rule does what its description says. Written afresh.

import "strings"

// swReasons are the valid reasons for a change of social worker.
var swReasons = []string{"MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN", "PCCHAN", "SWDIED", "OTHERS"}

// swDateZZ reports whether s is a date as the SW rules of 2023/24 and
// 2024/25 accept it: DD/MM/YYYY where the day or month may be ZZ and the year
// ZZZZ (an unknown part).
func swDateZZ(s string) bool {
	i := strings.IndexByte(s, '/')
	if i < 0 {
		return false
	}
	j := strings.IndexByte(s[i+1:], '/')
	if j < 0 {
		return false
	}
	j += i + 1
	d, m, y := s[:i], s[i+1:j], s[j+1:]
	if d != "ZZ" && m != "ZZ" && y != "ZZZZ" {
		return ParseDay(s).Valid() // the usual case: no unknown part, nothing to build
	}
	if d == "ZZ" {
		d = "01"
	}
	if m == "ZZ" {
		m = "01"
	}
	if y == "ZZZZ" {
		y = "2000"
	}
	return ParseDay(d + "/" + m + "/" + y).Valid()
}

// swCols are the SWEpisodes column positions.
type swCols struct{ id, decom, dec, reason int }

func swColsOf(t *Table) swCols {
	return swCols{t.Col("SW_ID"), t.Col("SW_DECOM"), t.Col("SW_DEC"), t.Col("SW_REASON")}
}

// swByStart returns child ci's SW episodes of r ordered by SW_DECOM (then
// SW_DEC when byEnd), those with no valid SW_DECOM last, ties in file order,
// in o's memory.
func swByStart(r *Return, ci int, o *rowOrder, byEnd bool) []int32 {
	t := r.Tables[SWEpisodes]
	cs := swColsOf(t)
	dec := -1
	if byEnd {
		dec = cs.dec
	}
	return o.rowsByDates(t, r.ChildRows(SWEpisodes, ci), cs.decom, dec)
}

// swRule registers a rule on the SWEpisodes table alone.
func swRule(code, desc string, fields []string, from, until int, check func(c *Context, t *Table, cs swCols)) {
	register(&Rule{Code: code, Description: desc, Tables: []TableID{SWEpisodes}, Fields: fields, From: from, Until: until,
		Check: func(c *Context) {
			t := c.Cur.Tables[SWEpisodes]
			check(c, t, swColsOf(t))
		}})
}

// swEachRow registers a rule flagging each SWEpisodes row for which bad holds.
func swEachRow(code, desc string, fields []string, from, until int, bad func(c *Context, t *Table, cs swCols, row int) bool) {
	swRule(code, desc, fields, from, until, func(c *Context, t *Table, cs swCols) {
		for row := 0; row < t.Len(); row++ {
			if bad(c, t, cs, row) {
				c.Flag(SWEpisodes, row, fields[0], "")
			}
		}
	})
}

// swPairs registers a rule that looks at each child's SW episodes in order
// of start: bad is given each episode and the one before it (prev -1 for
// the first) and whether it is the child's last.
func swPairs(code, desc string, fields []string, from, until int, byEnd bool, bad func(c *Context, t *Table, cs swCols, row, prev int, last bool) bool) {
	swRule(code, desc, fields, from, until, func(c *Context, t *Table, cs swCols) {
		var buf []int32
		var o rowOrder
		for ci := 0; ci < c.Cur.NumChildren(); ci++ {
			buf = swByStart(c.Cur, ci, &o, byEnd)
			for i, r := range buf {
				prev := -1
				if i > 0 {
					prev = int(buf[i-1])
				}
				if bad(c, t, cs, int(r), prev, i == len(buf)-1) {
					c.Flag(SWEpisodes, int(r), fields[0], "")
				}
			}
		}
	})
}

// swChild registers a rule given each child's SW episodes in order of
// start, with the one episode that may have no reason for a change of
// social worker (swFirstOfPeriod).
func swChild(code, desc string, fields []string, from, until int, check func(c *Context, t *Table, cs swCols, eps []int32, first int)) {
	swRule(code, desc, fields, from, until, func(c *Context, t *Table, cs swCols) {
		var buf []int32
		var o rowOrder
		for ci := 0; ci < c.Cur.NumChildren(); ci++ {
			buf = swByStart(c.Cur, ci, &o, false)
			if len(buf) > 0 {
				check(c, t, cs, buf, swFirstOfPeriod(c, t, cs, buf))
			}
		}
	})
}

// swFirstOfPeriod returns the child's first social worker episode of the
// reporting period, the one with no change of social worker before it and
// so no reason for one: the latest that began before 1 April if it was
// still open then, else the first that began in the year; -1 if none. eps
// is in order of start. (The sector validator allows a blank SW_REASON on
// this episode in SW13STG1 from 2024/25; SW01b and SW15, which it runs in
// the same years, do not: here all three allow it, or no child with an
// allocated social worker could pass.)
func swFirstOfPeriod(c *Context, t *Table, cs swCols, eps []int32) int {
	before := -1
	for _, r := range eps {
		d := ParseDay(t.Cell(int(r), cs.decom))
		if !d.Valid() {
			break // undated episodes sort last
		}
		if d < c.Start {
			before = int(r)
			continue
		}
		if before >= 0 {
			if dec := ParseDay(t.Cell(before, cs.dec)); !dec.Valid() || dec >= c.Start {
				return before
			}
		}
		return int(r)
	}
	if before >= 0 {
		if dec := ParseDay(t.Cell(before, cs.dec)); !dec.Valid() || dec >= c.Start {
			return before
		}
	}
	return -1
}

// cla31March reports whether child ci of the current return is looked
// after on 31 March as the DfE defines it for the SW rules: an episode with
// no DEC whose legal status is not V3 or V4. It returns that episode's row.
func cla31March(c *Context, ci int) (bool, int) {
	e := c.Cur.Tables[Episodes]
	cDec, cLS := e.Col("DEC"), e.Col("LS")
	for _, r := range c.Cur.ChildRows(Episodes, ci) {
		if e.Cell(int(r), cDec) == "" && !in(e.Cell(int(r), cLS), "V3", "V4") {
			return true, int(r)
		}
	}
	return false, -1
}

func init() {
	// SW01STG1 (2023/24; dropped by lac2024_25): "Child looked after on 31
	// March, but no social worker episode information is reported". The
	// open episode fails when the child has no SW episode or one lacking
	// SW_ID, SW_DECOM or SW_REASON.
	register(&Rule{Code: "SW01STG1", Description: "Child looked after on 31 March, but no social worker episode information is reported",
		Tables: []TableID{SWEpisodes, Episodes}, Fields: []string{"DEC"}, From: 2023, Until: 2023,
		Check: func(c *Context) {
			t := c.Cur.Tables[SWEpisodes]
			cs := swColsOf(t)
			e := c.Cur.Tables[Episodes]
			cDec, cLS := e.Col("DEC"), e.Col("LS")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				sw := c.Cur.ChildRows(SWEpisodes, ci)
				incomplete := len(sw) == 0
				for _, r := range sw {
					if t.Cell(int(r), cs.id) == "" || t.Cell(int(r), cs.decom) == "" || t.Cell(int(r), cs.reason) == "" {
						incomplete = true
					}
				}
				if !incomplete {
					continue
				}
				for _, r := range c.Cur.ChildRows(Episodes, ci) {
					if e.Cell(int(r), cDec) == "" && !in(e.Cell(int(r), cLS), "V3", "V4") {
						c.Flag(Episodes, int(r), "DEC", "")
					}
				}
			}
		}})

	// SW01aSTG1 (from 2024/25): "For each social worker episode, information
	// should be complete": SW_DECOM must be a date, and an episode that
	// began before 1 April 2023 must have SW_ID.
	swEachRow("SW01aSTG1", "For each social worker episode, information should be complete", []string{"SW_DECOM", "SW_ID"}, 2024, 0,
		func(_ *Context, t *Table, cs swCols, row int) bool {
			d := ParseDay(t.Cell(row, cs.decom))
			return !d.Valid() || (d < MakeDay(2023, 4, 1) && t.Cell(row, cs.id) == "")
		})
	// SW01bSTG1 (from 2024/25): as SW01a, and an episode that began on or
	// after 1 April 2023 must have SW_ID and SW_REASON (the reason may be
	// blank on the child's first episode of the period: swFirstOfPeriod).
	swChild("SW01bSTG1", "For each social worker episode, information should be complete", []string{"SW_DECOM", "SW_ID", "SW_REASON"}, 2024, 0,
		func(c *Context, t *Table, cs swCols, eps []int32, first int) {
			for _, r := range eps {
				row := int(r)
				d := ParseDay(t.Cell(row, cs.decom))
				noReason := t.Cell(row, cs.reason) == "" && row != first
				if !d.Valid() || (d >= MakeDay(2023, 4, 1) && (t.Cell(row, cs.id) == "" || noReason)) {
					c.Flag(SWEpisodes, row, "SW_DECOM", "")
				}
			}
		})

	// SW02STG1: "Social worker ID does not begin with the characters 'SW' or
	// 'XX'." From 2025/26 the ID must also have at least 4 characters.
	const sw02 = "Social worker ID does not begin with the characters ‘SW’ or ‘XX’."
	swEachRow("SW02STG1", sw02, []string{"SW_ID"}, 2023, 2024, func(_ *Context, t *Table, cs swCols, row int) bool {
		id := t.Cell(row, cs.id)
		return !strings.HasPrefix(id, "SW") && !strings.HasPrefix(id, "XX")
	})
	swEachRow("SW02STG1", sw02, []string{"SW_ID"}, 2025, 0, func(_ *Context, t *Table, cs swCols, row int) bool {
		id := t.Cell(row, cs.id)
		return (!strings.HasPrefix(id, "SW") && !strings.HasPrefix(id, "XX")) || len(id) < 4
	})

	// SW03STG1 (2023/24; dropped by lac2024_25): "For each social worker
	// episode, information should be complete." SW_ID, SW_DECOM, SW_REASON.
	swEachRow("SW03STG1", "For each social worker episode, information should be complete.", []string{"SW_ID", "SW_DECOM", "SW_REASON"}, 2023, 2023,
		func(_ *Context, t *Table, cs swCols, row int) bool {
			return t.Cell(row, cs.id) == "" || t.Cell(row, cs.decom) == "" || t.Cell(row, cs.reason) == ""
		})

	// SW04STG1: "Date social worker episode began is not a valid date."
	// Until 2024/25 an unknown day, month or year may be given as ZZ/ZZZZ;
	// from 2025/26 it must be a full date. Blank fails.
	const sw04 = "Date social worker episode began is not a valid date."
	swEachRow("SW04STG1", sw04, []string{"SW_DECOM"}, 2023, 2024, func(_ *Context, t *Table, cs swCols, row int) bool {
		return !swDateZZ(t.Cell(row, cs.decom))
	})
	swEachRow("SW04STG1", sw04, []string{"SW_DECOM"}, 2025, 0, func(_ *Context, t *Table, cs swCols, row int) bool {
		return !ParseDay(t.Cell(row, cs.decom)).Valid()
	})
	// SW05STG1: the date the social worker episode ended, when given, is not
	// a valid date (the validator's message repeats SW04's "began"). From
	// 2025/26 ZZ parts are no longer accepted. The stored 2025/26 rule also
	// fails a blank date, which would fail every open episode that SW17 asks
	// for; a blank date is left alone here.
	const sw05 = "Date social worker episode ended is not a valid date."
	swEachRow("SW05STG1", sw05, []string{"SW_DEC"}, 2023, 2024, func(_ *Context, t *Table, cs swCols, row int) bool {
		v := t.Cell(row, cs.dec)
		return v != "" && !swDateZZ(v)
	})
	swEachRow("SW05STG1", sw05, []string{"SW_DEC"}, 2025, 0, func(_ *Context, t *Table, cs swCols, row int) bool {
		v := t.Cell(row, cs.dec)
		return v != "" && !ParseDay(v).Valid()
	})

	// SW06STG2: "Social worker episode data should be within the social
	// worker data reporting year." A start after 31 March.
	swEachRow("SW06STG2", "Social worker episode data should be within the social worker data reporting year.", []string{"SW_DECOM"}, 2023, 0,
		func(c *Context, t *Table, cs swCols, row int) bool {
			d := ParseDay(t.Cell(row, cs.decom))
			return d.Valid() && d > c.End
		})

	// SW07STG2: "Social worker episode end date should be on or after the
	// start of the social worker reporting period, and should be on or before
	// the collection end date." The reporting period is the collection year
	// in 2023/24, and from 2024/25 the year before it too.
	const sw07 = "Social worker episode end date should be on or after the start of the social worker reporting period, and should be on or before the collection end date."
	swEachRow("SW07STG2", sw07, []string{"SW_DEC"}, 2023, 2023, func(c *Context, t *Table, cs swCols, row int) bool {
		d := ParseDay(t.Cell(row, cs.dec))
		return d.Valid() && (d < c.Start || d > c.End)
	})
	swEachRow("SW07STG2", sw07, []string{"SW_DEC"}, 2024, 0, func(c *Context, t *Table, cs swCols, row int) bool {
		d := ParseDay(t.Cell(row, cs.dec))
		return d.Valid() && (d < c.Start.AddYears(-1) || d > c.End)
	})

	// SW08STG2: "A new social worker episode has started, but the previous
	// episode has not ended." Any episode with a start date other than the
	// child's latest must have a valid end date.
	swPairs("SW08STG2", "A new social worker episode has started, but the previous episode has not ended.", []string{"SW_DEC"}, 2023, 0, false,
		func(_ *Context, t *Table, cs swCols, row, _ int, last bool) bool {
			return !last && ParseDay(t.Cell(row, cs.decom)).Valid() && !ParseDay(t.Cell(row, cs.dec)).Valid()
		})

	// SW09STG2: "Social worker episode appears to have lasted for less than
	// 24 hours." To 2024/25: ending the day it began; from 2025/26: ending
	// less than three days after it began (or before).
	const sw09 = "Social worker episode appears to have lasted for less than 24 hours."
	swEachRow("SW09STG2", sw09, []string{"SW_DECOM", "SW_DEC"}, 2023, 2024, func(_ *Context, t *Table, cs swCols, row int) bool {
		v := t.Cell(row, cs.dec)
		return v != "" && v == t.Cell(row, cs.decom)
	})
	swEachRow("SW09STG2", sw09, []string{"SW_DECOM", "SW_DEC"}, 2025, 0, func(_ *Context, t *Table, cs swCols, row int) bool {
		decom, dec := ParseDay(t.Cell(row, cs.decom)), ParseDay(t.Cell(row, cs.dec))
		return decom.Valid() && dec.Valid() && DaysBetween(decom, dec) < 3
	})

	// SW10STG2: "A new social worker episode has started before the end date
	// of the previous social worker episode." Each episode after the child's
	// first (in order of start, then end) must start within 7 days either
	// side of the previous one's end; an episode or end date that is not a
	// date fails. From 2024/25 an episode whose reason is FCONTA is exempt;
	// 2025/26 adds the same check as SW10a and the FCONTA case as SW10b.
	within7 := func(exemptFCONTA bool) func(*Context, *Table, swCols, int, int, bool) bool {
		return func(_ *Context, t *Table, cs swCols, row, prev int, _ bool) bool {
			if prev < 0 || (exemptFCONTA && t.Cell(row, cs.reason) == "FCONTA") {
				return false
			}
			decom, pdec := ParseDay(t.Cell(row, cs.decom)), ParseDay(t.Cell(prev, cs.dec))
			return !decom.Valid() || !pdec.Valid() || decom < pdec.AddDays(-7) || decom > pdec.AddDays(7)
		}
	}
	const sw10 = "A new social worker episode has started before the end date of the previous social worker episode."
	swPairs("SW10STG2", sw10, []string{"SW_DECOM"}, 2023, 2023, true, within7(false))
	swPairs("SW10STG2", sw10, []string{"SW_DECOM"}, 2024, 0, true, within7(true))
	swPairs("SW10aSTG2", "A new social worker episode has started and it is not within +/- 7 days of a previous episode.", []string{"SW_DECOM"}, 2025, 0, true, within7(true))
	// SW10bSTG2: "A new social worker episode has started with a reason of
	// first contact before the previous episode has ended."
	swPairs("SW10bSTG2", "A new social worker episode has started with a reason of first contact before the previous episode has ended.", []string{"SW_DECOM", "SW_REASON"}, 2025, 0, true,
		func(_ *Context, t *Table, cs swCols, row, prev int, _ bool) bool {
			if prev < 0 || t.Cell(row, cs.reason) != "FCONTA" {
				return false
			}
			decom, pdec := ParseDay(t.Cell(row, cs.decom)), ParseDay(t.Cell(prev, cs.dec))
			return decom.Valid() && pdec.Valid() && decom <= pdec
		})

	// SW11STG2, SW11a, SW11b: "Social worker episode has ended before 31
	// March and no subsequent social worker episode has been provided."
	const sw11 = "Social worker episode has ended before 31 March and no subsequent social worker episode has been provided."
	// SW11: an episode following one that ended before 31 March must start
	// on that end date.
	swPairs("SW11STG2", sw11, []string{"SW_DEC"}, 2023, 0, false,
		func(c *Context, t *Table, cs swCols, row, prev int, _ bool) bool {
			if prev < 0 {
				return false
			}
			pdec := ParseDay(t.Cell(prev, cs.dec))
			return pdec.Valid() && pdec < c.End && ParseDay(t.Cell(row, cs.decom)) != pdec
		})
	// SW11a (2023/24 only): after an episode ending at least five days before
	// 31 March, the next must start within five days of that end.
	swPairs("SW11aSTG2", sw11, []string{"SW_DEC"}, 2023, 2023, false,
		func(c *Context, t *Table, cs swCols, row, prev int, _ bool) bool {
			if prev < 0 {
				return false
			}
			pdec := ParseDay(t.Cell(prev, cs.dec))
			if !pdec.Valid() || pdec > c.End.AddDays(-5) {
				return false
			}
			decom := ParseDay(t.Cell(row, cs.decom))
			return !decom.Valid() || decom < pdec.AddDays(-5) || decom > pdec.AddDays(5)
		})
	// SW11b: an episode ending in the last five days of the year needs a
	// following episode with a start date: a following one without fails,
	// and so does the ending episode when it is the child's last, unless the
	// child's care ended in the year on or before that day (a REC other than
	// X1): the DfE's guidance ends the social worker episode with care, so a
	// young person who left care at 18 on 30 March has no next social worker.
	// (The sector's Python fails every child with one episode.)
	swPairs("SW11bSTG2", sw11, []string{"SW_DEC"}, 2023, 0, false,
		func(c *Context, t *Table, cs swCols, row, prev int, last bool) bool {
			late := func(r int) bool {
				d := ParseDay(t.Cell(r, cs.dec))
				return d.Valid() && d >= c.End.AddDays(-5) && d <= c.End
			}
			if prev >= 0 && late(prev) && !ParseDay(t.Cell(row, cs.decom)).Valid() {
				return true
			}
			return last && late(row) && !careEndedBy(c, t.Get(row, "CHILD"), ParseDay(t.Cell(row, cs.dec)))
		})

	// SW12STG2: "If a child is looked after on 31 March then all social
	// worker episodes for the full previous year should be reported, even
	// those whilst they were not looked after". Each episode that starts a
	// period of care (RNE S) or ends one (a REC other than X1), not under
	// V3/V4, ending in the collection year or the one before (or open),
	// needs a social worker episode: one starting on or after the care
	// episode began (for a start), or on or before it ended (for an end).
	// The care episode fails when there is none. (The stored rule also
	// counts an open episode, whose REC is blank, as ending care, and so
	// fails every child whose current episode did not start care.)
	register(&Rule{Code: "SW12STG2", Description: "If a child is looked after on 31 March then all social worker episodes for the full previous year should be reported, even those whilst they were not looked after",
		Tables: []TableID{SWEpisodes, Episodes}, Fields: []string{"SW_DECOM"}, From: 2023,
		Check: func(c *Context) {
			e, s := c.Cur.Tables[Episodes], c.Cur.Tables[SWEpisodes]
			cDecom, cDec, cRNE, cREC, cLS := e.Col("DECOM"), e.Col("DEC"), e.Col("RNE"), e.Col("REC"), e.Col("LS")
			cSW := s.Col("SW_DECOM")
			from := c.Start.AddYears(-1)
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				sw := c.Cur.ChildRows(SWEpisodes, ci)
				for _, r := range c.Cur.ChildRows(Episodes, ci) {
					row := int(r)
					rne, rec := e.Cell(row, cRNE), e.Cell(row, cREC)
					// a blank REC is an episode still open, not one ending care
					if in(e.Cell(row, cLS), "V3", "V4") || !(rne == "S" || (rec != "" && rec != "X1")) {
						continue
					}
					decText := e.Cell(row, cDec)
					dec, decom := ParseDay(decText), ParseDay(e.Cell(row, cDecom))
					if decText != "" && !(dec.Valid() && dec >= from && dec <= c.End) {
						continue
					}
					covered := false
					for _, sr := range sw {
						d := ParseDay(s.Cell(int(sr), cSW))
						if d.Valid() && ((rec != "X1" && dec.Valid() && d <= dec) || (rne == "S" && decom.Valid() && d >= decom)) {
							covered = true
							break
						}
					}
					if !covered {
						c.Flag(Episodes, row, "DECOM", "")
					}
				}
			}
		}})

	// SW13STG1: "The reason for social worker change is either not valid or
	// has not been entered." From 2024/25 the reason may be blank on the
	// child's first episode of the reporting period: the latest one that
	// began before 1 April if it was still open then, else the first that
	// began in the year.
	const sw13 = "The reason for social worker change is either not valid or has not been entered."
	swEachRow("SW13STG1", sw13, []string{"SW_REASON"}, 2023, 2023, func(_ *Context, t *Table, cs swCols, row int) bool {
		return !in(t.Cell(row, cs.reason), swReasons...)
	})
	swChild("SW13STG1", sw13, []string{"SW_REASON"}, 2024, 0,
		func(c *Context, t *Table, cs swCols, eps []int32, first int) {
			for _, r := range eps {
				reason := t.Cell(int(r), cs.reason)
				if (reason == "" && int(r) != first) || (reason != "" && !in(reason, swReasons...)) {
					c.Flag(SWEpisodes, int(r), "SW_REASON", "")
				}
			}
		})

	// SW14STG2 (2023/24; dropped by lac2024_25): "Social worker episode date
	// ceased is blank." Every episode but the child's latest must have a
	// valid end date.
	swPairs("SW14STG2", "Social worker episode date ceased is blank.", []string{"SW_DEC"}, 2023, 2023, false,
		func(_ *Context, t *Table, cs swCols, row, _ int, last bool) bool {
			return !last && !ParseDay(t.Cell(row, cs.dec)).Valid()
		})

	// SW15STG2 (from 2024/25): "Reason for social worker change is missing."
	// A blank reason on an episode that began in the reporting period (from
	// a year before the collection year) or has no start date, other than
	// the child's first episode of the period (swFirstOfPeriod).
	swChild("SW15STG2", "Reason for social worker change is missing.", []string{"SW_REASON"}, 2024, 0,
		func(c *Context, t *Table, cs swCols, eps []int32, first int) {
			for _, r := range eps {
				row := int(r)
				d := ParseDay(t.Cell(row, cs.decom))
				if t.Cell(row, cs.reason) == "" && row != first && !(d.Valid() && d < c.Start.AddYears(-1)) {
					c.Flag(SWEpisodes, row, "SW_REASON", "")
				}
			}
		})

	// SW16a-c (from 2024/25; a and c dropped by lac2025_26): when the
	// child's latest social worker episode in last year's return was open,
	// this year's first must carry the same SW_ID (a), SW_DECOM (b) or
	// SW_REASON (c).
	swContinuity := func(code, desc, field string, until int, same func(a, b string) bool) {
		register(&Rule{Code: code, Description: desc, Tables: []TableID{SWEpisodes}, Fields: []string{field},
			From: 2024, Until: until, NeedsPrev: true,
			Check: func(c *Context) {
				if !c.Prev.Has(SWEpisodes) {
					return
				}
				t, pt := c.Cur.Tables[SWEpisodes], c.Prev.Tables[SWEpisodes]
				col, pcol, pdec := t.Col(field), pt.Col(field), pt.Col("SW_DEC")
				var buf []int32
				var o rowOrder
				for ci, pi := range prevChildren(c) {
					if pi < 0 {
						continue
					}
					buf = swByStart(c.Prev, int(pi), &o, false)
					if len(buf) == 0 {
						continue
					}
					// the latest start (an undated episode cannot be the latest)
					last := -1
					for i := len(buf) - 1; i >= 0; i-- {
						if ParseDay(pt.Get(int(buf[i]), "SW_DECOM")).Valid() {
							last = int(buf[i])
							break
						}
					}
					if last < 0 || pt.Cell(last, pdec) != "" {
						continue
					}
					want := pt.Cell(last, pcol)
					buf = swByStart(c.Cur, ci, &o, false)
					if len(buf) > 0 && !same(t.Cell(int(buf[0]), col), want) {
						c.Flag(SWEpisodes, int(buf[0]), field, "")
					}
				}
			}})
	}
	swContinuity("SW16aSTG2", "The social worker ID does not match the open episode at the end of last year.", "SW_ID", 2024,
		func(a, b string) bool { return a == b })
	swContinuity("SW16bSTG2", "The social worker episode start date does not match the open episode at the end of last year.", "SW_DECOM", 0,
		func(a, b string) bool { return ParseDay(a) == ParseDay(b) })
	swContinuity("SW16cSTG2", "The social worker reason episode changed does not match the open episode at the end of last year.", "SW_REASON", 2024,
		func(a, b string) bool { return a == b })

	// SW17STG2 (from 2025/26): "There is no social worker episode open at 31
	// March". The latest social worker episode of a child looked after on 31
	// March (cla31March; every child when the return has no Episodes
	// table) must have no end date. The stored rule also fails a child who
	// left care, and whose social worker's involvement ended, in the year.
	swRule("SW17STG2", "There is no social worker episode open at 31 March", []string{"SW_DEC"}, 2025, 0,
		func(c *Context, t *Table, cs swCols) {
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				if c.Cur.Has(Episodes) {
					if cla, _ := cla31March(c, ci); !cla {
						continue
					}
				}
				latest, _ := lastByDate(t, c.Cur.ChildRows(SWEpisodes, ci), cs.decom, nil)
				if latest >= 0 && t.Cell(latest, cs.dec) != "" {
					c.Flag(SWEpisodes, latest, "SW_DEC", "")
				}
			}
		})
	// SW18STG2 (from 2025/26): "The end date of the social worker episode is
	// before the start date" (or on it).
	swEachRow("SW18STG2", "The end date of the social worker episode is before the start date", []string{"SW_DEC", "SW_DECOM"}, 2025, 0,
		func(_ *Context, t *Table, cs swCols, row int) bool {
			decom, dec := ParseDay(t.Cell(row, cs.decom)), ParseDay(t.Cell(row, cs.dec))
			return decom.Valid() && dec.Valid() && dec <= decom
		})
	// SW19STG2 (from 2025/26): "There are 2 social worker episodes for the
	// child starting on the same date." Every such episode after the first.
	swRule("SW19STG2", "There are 2 social worker episodes for the child starting on the same date.", []string{"SW_DECOM"}, 2025, 0,
		func(c *Context, t *Table, cs swCols) {
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				rows := c.Cur.ChildRows(SWEpisodes, ci)
				for i, r := range rows {
					for _, q := range rows[:i] {
						if t.Cell(int(r), cs.decom) == t.Cell(int(q), cs.decom) {
							c.Flag(SWEpisodes, int(r), "SW_DECOM", "")
							break
						}
					}
				}
			}
		})
}

// careEndedBy reports whether child's care ended in the collection year on or before d: an
// episode with a DEC from 1 April to d and a reason other than X1 (a placement followed by
// another).
func careEndedBy(c *Context, child string, d Day) bool {
	ci, ok := c.Cur.ChildNum(child)
	e := c.Cur.Tables[Episodes]
	if !ok || e == nil {
		return false
	}
	cDec, cRec := e.Col("DEC"), e.Col("REC")
	for _, r := range c.Cur.ChildRows(Episodes, ci) {
		dec := ParseDay(e.Cell(int(r), cDec))
		if rec := e.Cell(int(r), cRec); rec != "" && rec != "X1" && dec.Valid() && dec >= c.Start && dec <= d {
			return true
		}
	}
	return false
}

package ssda903

// Rules that compare this year's return with the previous year's (the 20x
// family, 502, 503A-F, 562, 624 and 626), and the two UPN rules numbered
// with them (209, 210). The previous-year rules on adoption decisions
// (559-561, 584), missing periods (576) and care leavers (1000-1002, 1010)
// are with their subjects, using prevChildren and prevPairRule from here.
// Each follows the DfE description and the sector validator's rule of the
// same number (data-to-insight/csc-validator-be-903), written afresh. A rule
// with NeedsPrev is skipped, and reported as skipped, when no previous
// year's return is given.

import (
	"strconv"
	"strings"
	"sync"
	"unsafe"
	"weak"
)

// prevMap caches, for one pair of returns, each current child number's
// number in the previous return (-1 when the child is not in it), so the
// rules that need it look each CHILD up once per run rather than once per
// rule. Rules run on two goroutines, hence the lock; the returns are held
// weakly, so a long-running server does not keep the last pair alive.
var prevMap struct {
	sync.Mutex
	cur, prev weak.Pointer[Return]
	index     [2]uintptr // the returns' child lists when mapped: a return indexed again is mapped again
	nums      []int32
}

// childList identifies a return's current child index (Index builds a new
// list each time), without holding it.
func childList(r *Return) uintptr { return uintptr(unsafe.Pointer(unsafe.SliceData(r.childIDs))) }

// prevChildren returns, indexed by current child number, the child's
// number in c.Prev, or -1.
func prevChildren(c *Context) []int32 {
	prevMap.Lock()
	defer prevMap.Unlock()
	n := c.Cur.NumChildren()
	c.Prev.Index()
	index := [2]uintptr{childList(c.Cur), childList(c.Prev)}
	if prevMap.cur.Value() == c.Cur && prevMap.prev.Value() == c.Prev && prevMap.index == index && len(prevMap.nums) == n {
		return prevMap.nums
	}
	nums := make([]int32, n)
	for ci := range nums {
		nums[ci] = -1
		if pi, ok := c.Prev.ChildNum(c.Cur.ChildID(ci)); ok {
			nums[ci] = int32(pi)
		}
	}
	prevMap.cur, prevMap.prev, prevMap.index, prevMap.nums = weak.Make(c.Cur), weak.Make(c.Prev), index, nums
	return nums
}

// headerPairRule registers a rule comparing a Header field with the
// previous year's Header for every child in both: differ reports whether
// this year's value (a) conflicts with last year's (b).
func headerPairRule(code, desc, field string, extra []TableID, differ func(c *Context, ci int, a, b string) bool) {
	register(&Rule{Code: code, Description: desc, Tables: append([]TableID{Header}, extra...), Fields: []string{field},
		NeedsPrev: true,
		Check: func(c *Context) {
			if !c.Prev.Has(Header) {
				return // the previous return has no Header to compare with
			}
			h, ph := c.Cur.Tables[Header], c.Prev.Tables[Header]
			col, pcol := h.Col(field), ph.Col(field)
			prev := prevChildren(c)
			for ci, pi := range prev {
				prow := firstChildRow(c.Prev, Header, int(pi))
				if prow < 0 {
					continue
				}
				b := ph.Cell(prow, pcol)
				for _, r := range c.Cur.ChildRows(Header, ci) {
					if differ(c, ci, h.Cell(int(r), col), b) {
						c.Flag(Header, int(r), field, "")
					}
				}
			}
		}})
}

// unknownUPN reports whether a UPN is one of the codes for an unknown UPN
// this rule accepts (UN1-UN5).
func unknownUPN(s string) bool {
	return len(s) == 3 && strings.EqualFold(s[:2], "UN") && s[2] >= '1' && s[2] <= '5'
}

// childUASC reports whether child number ci of r is identified as UASC: as in
// the sector validator's reading of CSV returns, a child whose UASC row has
// any item besides CHILD and DOB (SEX or DUC). It also returns the child's
// first UASC row (or -1) and that row's date UASC ceased.
func childUASC(r *Return, ci int) (uasc bool, row int, duc Day, ducText string) {
	t := r.Tables[UASC]
	row = firstChildRow(r, UASC, ci)
	if t == nil || row < 0 {
		return false, -1, 0, ""
	}
	for _, rr := range r.ChildRows(UASC, ci) {
		if t.Get(int(rr), "SEX") != "" || t.Get(int(rr), "DUC") != "" {
			uasc = true
		}
	}
	ducText = t.Get(row, "DUC")
	return uasc, row, ParseDay(ducText), ducText
}

// continuityRule registers a 503 rule: when the child's latest episode in
// last year's return has no DEC (it was open at 31 March), the child's first
// episode this year must carry the same value of field.
func continuityRule(code, desc, field string, from, until int, allowed func(c *Context, now, before string) bool) {
	register(&Rule{Code: code, Description: desc, Tables: []TableID{Episodes}, Fields: []string{field},
		From: from, Until: until, NeedsPrev: true,
		Check: func(c *Context) {
			if !c.Prev.Has(Episodes) {
				return
			}
			e, pe := c.Cur.Tables[Episodes], c.Prev.Tables[Episodes]
			col, pcol, pdec := e.Col(field), pe.Col(field), pe.Col("DEC")
			cDecom, pDecom := e.Col("DECOM"), pe.Col("DECOM")
			for ci, pi := range prevChildren(c) {
				if pi < 0 {
					continue
				}
				last, _ := lastByDate(pe, c.Prev.ChildRows(Episodes, int(pi)), pDecom, nil)
				if last < 0 || ParseDay(pe.Cell(last, pdec)).Valid() {
					continue
				}
				first, _ := firstByDate(e, c.Cur.ChildRows(Episodes, ci), cDecom, nil)
				if first < 0 {
					continue
				}
				now, before := e.Cell(first, col), pe.Cell(last, pcol)
				if now != before && (allowed == nil || !allowed(c, now, before)) {
					c.Flag(Episodes, first, field, "")
				}
			}
		}})
}

func init() {
	// 202: "The gender code conflicts with the gender already recorded for
	// this child."
	headerPairRule("202", "The gender code conflicts with the gender already recorded for this child.", "SEX", nil,
		func(_ *Context, _ int, a, b string) bool { return a != b })
	// 203: "Date of birth disagrees with the date of birth already recorded
	// for this child." Dates are compared as dates; two unreadable dates agree.
	headerPairRule("203", "Date of birth disagrees with the date of birth already recorded for this child.", "DOB", nil,
		func(_ *Context, _ int, a, b string) bool { return ParseDay(a) != ParseDay(b) })
	// 204: "Ethnic origin code disagrees with the ethnic origin already
	// recorded for this child." (compared without regard to case)
	headerPairRule("204", "Ethnic origin code disagrees with the ethnic origin already recorded for this child.", "ETHNIC", nil,
		func(_ *Context, _ int, a, b string) bool { return !strings.EqualFold(a, b) })
	// 207: "Mother status for the current year disagrees with the mother
	// status already recorded for this child." Only a child recorded as a
	// mother (1) last year who has episodes this year.
	headerPairRule("207", "Mother status for the current year disagrees with the mother status already recorded for this child.", "MOTHER", []TableID{Episodes},
		func(c *Context, ci int, a, b string) bool {
			return b == "1" && a != b && len(c.Cur.ChildRows(Episodes, ci)) > 0
		})
	// 208: "Unique Pupil Number (UPN) for the current year disagrees with the
	// Unique Pupil Number (UPN) already recorded for this child." A change is
	// allowed from blank or UN1 to UN2-UN5, from blank to UN1, and from blank
	// or any UN code to a real UPN; blank in both years is left to rule 442.
	headerPairRule("208", "Unique Pupil Number (UPN) for the current year disagrees with the Unique Pupil Number (UPN) already recorded for this child.", "UPN", nil,
		func(_ *Context, _ int, a, b string) bool {
			if strings.EqualFold(a, b) {
				return false
			}
			au, bu := strings.ToUpper(a), strings.ToUpper(b)
			if (b == "" || bu == "UN1") && in(au, "UN2", "UN3", "UN4", "UN5") {
				return false
			}
			if (b == "" || unknownUPN(b)) && a != "" && !unknownUPN(a) {
				return false
			}
			return true
		})

	// 209: "Child looked after is of school age and should not have an
	// unknown Unique Pupil Number (UPN) code of UN1." School age: 4 or over
	// on 31 August of the year before the collection starts.
	register(&Rule{Code: "209", Description: "Child looked after is of school age and should not have an unknown Unique Pupil Number (UPN) code of UN1.",
		Tables: []TableID{Header}, Fields: []string{"UPN", "DOB"},
		Check: func(c *Context) {
			ref := MakeDay(c.Year-1, 8, 31)
			eachRow(c, Header, func(t *Table, row int) {
				dob := ParseDay(t.Get(row, "DOB"))
				if t.Get(row, "UPN") == "UN1" && dob.Valid() && ref >= dob.AddYears(4) {
					c.Flag(Header, row, "UPN", "")
				}
			})
		}})

	// 210: "Children looked after for more than a week at 31 March should not
	// have an unknown Unique Pupil Number (UPN) code of UN4." UN4 (newly
	// looked after, UPN not yet obtained) fits only a child whose episodes
	// all began after 24 March: an episode starting on or before it fails,
	// with the child's Header row.
	register(&Rule{Code: "210", Description: "Children looked after for more than a week at 31 March should not have an unknown Unique Pupil Number (UPN) code of UN4.",
		Tables: []TableID{Header, Episodes}, Fields: []string{"UPN", "DECOM"},
		Check: func(c *Context) {
			ref := MakeDay(c.Year+1, 3, 24)
			h, e := c.Cur.Tables[Header], c.Cur.Tables[Episodes]
			cUPN, cDecom := h.Col("UPN"), e.Col("DECOM")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				for _, hr := range c.Cur.ChildRows(Header, ci) {
					if h.Cell(int(hr), cUPN) != "UN4" {
						continue
					}
					for _, er := range c.Cur.ChildRows(Episodes, ci) {
						if d := ParseDay(e.Cell(int(er), cDecom)); d.Valid() && d >= ref {
							c.Flag(Episodes, int(er), "DECOM", "")
							c.Flag(Header, int(hr), "UPN", "")
						}
					}
				}
			}
		}})

	// 205A-205D compare UASC status across the two years. Status is read
	// from each year's UASC table (see childUASC), as the sector validator does
	// for CSV returns. Rows of the child in this year's UASC table are
	// flagged, with the child's Header row when there is one.
	uascRule := func(code, desc string, fields []string, bad func(c *Context, ci, pi int) bool) {
		register(&Rule{Code: code, Description: desc, Tables: []TableID{UASC}, Fields: fields, NeedsPrev: true,
			Check: func(c *Context) {
				if !c.Prev.Has(UASC) {
					return
				}
				for ci, pi := range prevChildren(c) {
					if pi < 0 || len(c.Cur.ChildRows(UASC, ci)) == 0 || len(c.Prev.ChildRows(UASC, int(pi))) == 0 {
						continue
					}
					if !bad(c, ci, int(pi)) {
						continue
					}
					for _, r := range c.Cur.ChildRows(UASC, ci) {
						c.Flag(UASC, int(r), fields[0], "")
					}
					if c.Cur.Has(Header) {
						for _, r := range c.Cur.ChildRows(Header, ci) {
							c.Flag(Header, int(r), fields[0], "")
						}
					}
				}
			}})
	}
	// 205A: "Child identified as UASC last year is no longer UASC this year,
	// but date UASC ceased in both years does not support this." Last
	// year's DUC must fall in last year's collection year, and this year's
	// must be blank.
	uascRule("205A", "Child identified as UASC last year is no longer UASC this year, but date UASC ceased in both years does not support this.",
		[]string{"DUC"}, func(c *Context, ci, pi int) bool {
			now, _, _, ducText := childUASC(c.Cur, ci)
			last, _, lastDUC, _ := childUASC(c.Prev, pi)
			if now || !last {
				return false
			}
			inLastYear := lastDUC >= c.Start.AddYears(-1) && lastDUC <= c.End.AddYears(-1) && lastDUC.Valid()
			return ducText != "" || !inLastYear
		})
	// 205B: "Child previously identified as UASC is also UASC this year, but
	// date UASC ceased in both years does not support this." Last year's
	// DUC must be the child's 18th birthday (by last year's DOB), and this
	// year's DUC must fall in this year or repeat last year's.
	uascRule("205B", "Child previously identified as UASC is also UASC this year, but date UASC ceased in both years does not support this.",
		[]string{"DUC"}, func(c *Context, ci, pi int) bool {
			now, _, duc, _ := childUASC(c.Cur, ci)
			last, prow, lastDUC, _ := childUASC(c.Prev, pi)
			if !now || !last {
				return false
			}
			dob18 := ParseDay(c.Prev.Tables[UASC].Get(prow, "DOB")).AddYears(18)
			inYear := duc.Valid() && duc >= c.Start && duc <= c.End
			sameAsLast := duc.Valid() && duc == lastDUC
			return (!inYear && !sameAsLast) || !lastDUC.Valid() || lastDUC != dob18
		})
	// 205D: "Child identified as UASC this year but not identified as UASC
	// status provided for the child last year."
	uascRule("205D", "Child identified as UASC this year but not identified as UASC status provided for the child last year.",
		[]string{"DUC"}, func(c *Context, ci, pi int) bool {
			now, _, _, _ := childUASC(c.Cur, ci)
			last, _, _, _ := childUASC(c.Prev, pi)
			return now && !last
		})

	// 503A-503F: "The ... in the first episode does not match open episode
	// at end of last year."
	continuityRule("503A", "The reason for new episode in the first episode does not match open episode at end of last year.", "RNE", 0, 0, nil)
	continuityRule("503B", "The legal status in the first episode does not match open episode at end of last year.", "LS", 0, 0, nil)
	continuityRule("503C", "The category of need in the first episode does not match open episode at end of last year.", "CIN", 0, 0, nil)
	// 503D: for 2024/25 only, a placement that was H5 (semi-independent
	// living, withdrawn that year) may continue as K3 (supported
	// accommodation), and a K3 placement is not compared.
	continuityRule("503D", "The placement type in the first episode does not match open episode at end of last year", "PLACE", 0, 0,
		func(c *Context, now, before string) bool { return c.Year == 2024 && (now == "K3" || before == "H5") })
	continuityRule("503E", "The placement provider in the first episode does not match open episode at end of last year.", "PLACE_PROVIDER", 0, 0, nil)
	continuityRule("503F", "The Ofsted URN in the  first episode does not match open episode at end of last year.", "URN", 0, 0, nil)
}

// numIs reports whether s reads as the number v, as the sector validator's
// pd.to_numeric does ("1", "1.0").
func numIs(s string, v float64) bool {
	s = strings.TrimSpace(s)
	switch s {
	case "": // most rows: no parse (a failed parse allocates its error)
		return false
	case "0", "1":
		return float64(s[0]-'0') == v
	}
	f, err := strconv.ParseFloat(s, 64)
	return err == nil && f == v
}

// prevPairRule registers a rule comparing each row of table id with every
// row of the same child in last year's table id (a merge on CHILD): a row
// this year is flagged when bad holds for any pair.
func prevPairRule(code, desc string, id TableID, fields []string, bad func(c *Context, t, pt *Table, r, pr int) bool) {
	register(&Rule{Code: code, Description: desc, Tables: []TableID{id}, Fields: fields, NeedsPrev: true,
		Check: func(c *Context) {
			if !c.Prev.Has(id) {
				return
			}
			t, pt := c.Cur.Tables[id], c.Prev.Tables[id]
			for ci, pi := range prevChildren(c) {
				if pi < 0 {
					continue
				}
				prows := c.Prev.ChildRows(id, int(pi))
				for _, r := range c.Cur.ChildRows(id, ci) {
					for _, pr := range prows {
						if bad(c, t, pt, int(r), int(pr)) {
							c.Flag(id, int(r), fields[0], "")
							break
						}
					}
				}
			}
		}})
}

func init() {
	// 502: "Last year's record ended with an open episode. The date on which
	// that episode started does not match the start date of the first
	// episode on this year's record." Any episode last year without a DEC
	// is open; this year's first episode (earliest valid DECOM) must start
	// on its DECOM.
	register(&Rule{Code: "502", Description: "Last year's record ended with an open episode. The date on which that episode started does not match the start date of the first episode on this year’s record.",
		Tables: []TableID{Episodes}, Fields: []string{"DECOM"}, NeedsPrev: true,
		Check: func(c *Context) {
			if !c.Prev.Has(Episodes) {
				return
			}
			e, pe := c.Cur.Tables[Episodes], c.Prev.Tables[Episodes]
			cDecom, pDecom, pDec := e.Col("DECOM"), pe.Col("DECOM"), pe.Col("DEC")
			for ci, pi := range prevChildren(c) {
				if pi < 0 {
					continue
				}
				first, start := firstByDate(e, c.Cur.ChildRows(Episodes, ci), cDecom, nil)
				if first < 0 {
					continue
				}
				for _, pr := range c.Prev.ChildRows(Episodes, int(pi)) {
					if pe.Cell(int(pr), pDec) == "" && ParseDay(pe.Cell(int(pr), pDecom)) != start {
						c.Flag(Episodes, first, "DECOM", "")
						break
					}
				}
			}
		}})

	// 562: "Episode commenced before the start of the current collection
	// year but there is a missing continuous episode in the previous year."
	// The child's earliest episode starting before 1 April must be the
	// latest episode (by DECOM) in last year's return; a child missing from
	// last year's return fails too.
	register(&Rule{Code: "562", Description: "Episode commenced before the start of the current collection year but there is a missing continuous episode in the previous year.",
		Tables: []TableID{Episodes}, Fields: []string{"DECOM"}, NeedsPrev: true,
		Check: func(c *Context) {
			if !c.Prev.Has(Episodes) {
				return
			}
			e, pe := c.Cur.Tables[Episodes], c.Prev.Tables[Episodes]
			cDecom, pDecom := e.Col("DECOM"), pe.Col("DECOM")
			before := func(row int) bool { return ParseDay(e.Cell(row, cDecom)) < c.Start }
			for ci, pi := range prevChildren(c) {
				first, start := firstByDate(e, c.Cur.ChildRows(Episodes, ci), cDecom, before)
				if first < 0 {
					continue
				}
				if pi >= 0 {
					if last, end := lastByDate(pe, c.Prev.ChildRows(Episodes, int(pi)), pDecom, nil); last >= 0 && end == start {
						continue
					}
				}
				c.Flag(Episodes, first, "DECOM", "")
			}
		}})

	// 624: "Date of birth of the first child contradicts the date of birth of
	// the first child previously recorded." Compared as written, as in the
	// sector validator, when last year's is completed.
	headerPairRule("624", "Date of birth of the first child contradicts the date of birth of the first child previously recorded.", "MC_DOB", nil,
		func(_ *Context, _ int, a, b string) bool { return b != "" && a != b })

	// 626: "Child was reported as a mother but the date of birth of the first
	// child is before the current year which contradicts with the mother
	// status recorded last year." MOTHER 1 now, 0 last year, and MC_DOB
	// before 1 April.
	register(&Rule{Code: "626", Description: "Child was reported as a mother but the date of birth of the first child is before the current year which contradicts with the mother status recorded last year.",
		Tables: []TableID{Header}, Fields: []string{"MOTHER", "MC_DOB"}, NeedsPrev: true,
		Check: func(c *Context) {
			if !c.Prev.Has(Header) {
				return
			}
			h, ph := c.Cur.Tables[Header], c.Prev.Tables[Header]
			cMother, cMC, pMother := h.Col("MOTHER"), h.Col("MC_DOB"), ph.Col("MOTHER")
			for ci, pi := range prevChildren(c) {
				if pi < 0 {
					continue
				}
				wasNot := false
				for _, pr := range c.Prev.ChildRows(Header, int(pi)) {
					if numIs(ph.Cell(int(pr), pMother), 0) {
						wasNot = true
					}
				}
				if !wasNot {
					continue
				}
				for _, r := range c.Cur.ChildRows(Header, ci) {
					mc := ParseDay(h.Cell(int(r), cMC))
					if mc.Valid() && mc < c.Start && numIs(h.Cell(int(r), cMother), 1) {
						c.Flag(Header, int(r), "MOTHER", "")
					}
				}
			}
		}})

	// 205C: "Child not identified as UASC either this year or last year but
	// date UASC ceased has been provided." Only an XML return says whether a
	// child is UASC apart from the date (the UASC flag on Header): in a CSV
	// return a child with a DUC is UASC (see childUASC), so, as in the sector
	// validator, the rule finds nothing there. A child in this year's UASC
	// table, not flagged UASC in either year's Header (last year's as joined
	// through last year's UASC table), with a DUC in either year's UASC row
	// fails, with the child's Header rows.
	register(&Rule{Code: "205C", Description: "Child not identified as UASC either this year or last year but date UASC ceased has been provided.",
		Tables: []TableID{UASC, Header}, Fields: []string{"DUC", "UASC"}, NeedsPrev: true,
		Check: func(c *Context) {
			if !c.Prev.Has(UASC) || !c.Prev.Has(Header) {
				return
			}
			u, pu, h, ph := c.Cur.Tables[UASC], c.Prev.Tables[UASC], c.Cur.Tables[Header], c.Prev.Tables[Header]
			cU, pU := h.Col("UASC"), ph.Col("UASC")
			if cU < 0 || pU < 0 {
				return
			}
			notUASC := func(s string) bool { return s == "" || s == "0" }
			cDUC, pDUC := u.Col("DUC"), pu.Col("DUC")
			for ci, pi := range prevChildren(c) {
				urows := c.Cur.ChildRows(UASC, ci)
				if len(urows) == 0 {
					continue
				}
				// last year: any pairing of a UASC row and a Header row that is
				// not UASC, and whether its DUC was given
				lastNot, lastNotDUC := pi < 0, false
				if pi >= 0 {
					prows := c.Prev.ChildRows(UASC, int(pi))
					phrows := c.Prev.ChildRows(Header, int(pi))
					if len(prows) == 0 {
						lastNot = true
					}
					for _, pr := range prows {
						duc := ParseDay(pu.Cell(int(pr), pDUC)).Valid()
						not := len(phrows) == 0
						for _, hr := range phrows {
							not = not || notUASC(ph.Cell(int(hr), pU))
						}
						if not {
							lastNot = true
							lastNotDUC = lastNotDUC || duc
						}
					}
				}
				if !lastNot {
					continue
				}
				hrows := c.Cur.ChildRows(Header, ci)
				nowNot := len(hrows) == 0
				for _, hr := range hrows {
					nowNot = nowNot || notUASC(h.Cell(int(hr), cU))
				}
				if !nowNot {
					continue
				}
				for _, r := range urows {
					if lastNotDUC || ParseDay(u.Cell(int(r), cDUC)).Valid() {
						c.Flag(UASC, int(r), "DUC", "")
						for _, hr := range hrows {
							if notUASC(h.Cell(int(hr), cU)) {
								c.Flag(Header, int(hr), "UASC", "")
							}
						}
					}
				}
			}
		}})
}

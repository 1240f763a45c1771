package ssda903

// Rules on how long a child may stay under a short legal status (police
// protection, emergency protection, child assessment and PACE: 361-364).
// Each follows the DfE description and the sector
// validator's lac2022_23 rule of the same code
// (data-to-insight/csc-validator-be-903), written afresh.

import "slices"

// episodesBlankFirst returns the child's Episodes rows ordered by DECOM, ties
// in file order, with blank or invalid DECOMs first (the sector rule 388 fills
// them with 1 January 1901 before sorting), reusing buf.
func episodesBlankFirst(c *Context, ci int, buf []int32) []int32 {
	t := c.Cur.Tables[Episodes]
	col := t.Col("DECOM")
	buf = append(buf[:0], c.Cur.ChildRows(Episodes, ci)...)
	if len(buf) < 2 {
		return buf
	}
	slices.SortStableFunc(buf, func(a, b int32) int {
		return int(ParseDay(t.Cell(int(a), col))) - int(ParseDay(t.Cell(int(b), col)))
	})
	return buf
}

func init() {
}

// statusRunRule registers 363 and 364: episodes under one legal status, taken
// in file order (the sector rule's sort is not applied), are joined into runs
// while the child is the same and each starts on or before the previous one
// ended; a run whose days (DEC - DECOM summed over its episodes) exceed the
// limit fails in every episode. Episodes without a valid DECOM are left out;
// a blank DEC counts as 31 March, an unparseable one adds no days.
func statusRunRule(code, desc, ls string, limit int) {
	register(&Rule{Code: code, Description: desc, Tables: []TableID{Episodes}, Fields: []string{"LS", "DECOM", "DEC"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cChild, cLS, cDecom, cDec := t.Col("CHILD"), t.Col("LS"), t.Col("DECOM"), t.Col("DEC")
			var run []int
			days := 0
			flush := func() {
				if days > limit {
					for _, r := range run {
						c.Flag(Episodes, r, "LS", "")
					}
				}
				run, days = run[:0], 0
			}
			prevChild, prevDec := "", Day(0)
			for row := 0; row < t.Len(); row++ {
				if t.Cell(row, cLS) != ls {
					continue
				}
				decom := ParseDay(t.Cell(row, cDecom))
				if !decom.Valid() {
					continue
				}
				decText := t.Cell(row, cDec)
				dec := ParseDay(decText)
				if decText == "" {
					dec = c.End
				}
				child := t.Cell(row, cChild)
				if len(run) > 0 && (child != prevChild || (prevDec.Valid() && decom > prevDec)) {
					flush()
				}
				run = append(run, row)
				if dec.Valid() {
					days += DaysBetween(decom, dec)
				}
				prevChild, prevDec = child, dec
			}
			flush()
		}})
}

// flowRule registers 361 and 362: with each child's episodes in DECOM order
// (blank or invalid last) and an episode without a valid DEC taken to end on
// 31 March, the episodes under one legal status form runs: an episode joins
// the run of the child's previous such episode when that one ended on the
// day its next episode (of any status) began. A run lasting more than the
// limit (latest DEC less earliest DECOM) fails in every episode.
func flowRule(code, desc, ls string, limit int) {
	register(&Rule{Code: code, Description: desc, Tables: []TableID{Episodes}, Fields: []string{"DECOM", "LS", "DEC"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cLS, cDecom, cDec := t.Col("LS"), t.Col("DECOM"), t.Col("DEC")
			var o rowOrder
			var run []int
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				buf := episodesByStart(c, ci, &o)
				run = run[:0]
				var first, last Day
				flows := false
				flush := func() {
					if first.Valid() && last.Valid() && DaysBetween(first, last) > limit {
						for _, r := range run {
							c.Flag(Episodes, r, "LS", "")
						}
					}
					run, first, last = run[:0], 0, 0
				}
				for i, r := range buf {
					row := int(r.row)
					if t.Cell(row, cLS) != ls {
						continue
					}
					if !flows {
						flush()
					}
					decom, dec := ParseDay(t.Cell(row, cDecom)), ParseDay(t.Cell(row, cDec))
					if !dec.Valid() {
						dec = c.End
					}
					run = append(run, row)
					if decom.Valid() && (!first.Valid() || decom < first) {
						first = decom
					}
					if dec > last {
						last = dec
					}
					flows = i+1 < len(buf) && dec == ParseDay(t.Cell(int(buf[i+1].row), cDecom))
				}
				flush()
			}
		}})
}

func init() {
	// 363: "Child assessment order (CAO) lasted longer than 7 days allowed in
	// the Children Act 1989." (L3)
	statusRunRule("363", "Child assessment order (CAO) lasted longer than 7 days allowed in the Children Act 1989.", "L3", 7)
	// 364: "Sections 41-46 of Police and Criminal Evidence (PACE; 1984)
	// severely limits the time a child can be detained in custody in Local
	// Authority (LA) accommodation." (J2; the sector rule allows 21 days)
	statusRunRule("364", "Sections 41-46 of Police and Criminal Evidence (PACE; 1984) severely limits the time a child can be detained in custody in Local Authority (LA) accommodation.", "J2", 21)
	// 361: "Police protection legal status lasted longer than maximum 72
	// hours allowed in the Children Act 1989." (L1, 3 days)
	flowRule("361", "Police protection legal status lasted longer than maximum 72 hours allowed in the Children Act 1989.", "L1", 3)
	// 362: "Emergency protection order (EPO) lasted longer than 21 days" (L2)
	flowRule("362", "Emergency protection order (EPO) lasted longer than 21 days", "L2", 21)

}

func init() {
}

func init() {
}

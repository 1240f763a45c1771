package ssda903

// Rules 117, 118, 142, 157, 169, 179, 187, 199, 215, 225, 334, 336, 344,
// 357, 377, 378, 391 and 392a-c. Each follows the DfE description and the
// sector validator's lac2022_23 rule of the same number
// (data-to-insight/csc-validator-be-903, lac_validator/rules/lac2022_23/
// rule_NNN.py), written afresh.

import (
	"slices"
	"strings"
)

// Postcode is what the ONS postcode directory holds of a postcode: the
// upper-tier local authority of its area ("" when none; SCO, WAL or NIR
// outside England) and its OS grid reference in metres. The directory is some
// 2.7 million postcodes and is not shipped with ourchild: without it
// (Return.Postcodes nil) rules 169, 179, 392a and 392c fall back to the
// postcode's shape (see postcodeShapeV1), which catches missing and malformed
// postcodes and unknown postcode areas but takes every other well-formed one
// as real, and the rules that need a postcode's LA or distance (406, 420,
// 1015) cannot fail.
type Postcode struct {
	LA          string
	East, North float64
}

// postcodeFoundV1 reports whether a postcode resolves: in the directory when
// one is set, otherwise by its shape.
func postcodeFoundV1(r *Return, pc string) (la string, found bool) {
	if pc == "" {
		return "", false
	}
	if r.Postcodes != nil {
		p, ok := r.Postcodes(pc)
		return p.LA, ok
	}
	return "", postcodeShapeV1(pc)
}

// postcodeShapeV1 reports whether s has the shape of a UK postcode, in upper
// or lower case, with or without the space: an outward code A9, A99, AA9,
// AA99, A9A or AA9A whose letters are a postcode area (postcodeAreasV1), and
// an inward code 9AA whose letters are not C, I, K, M, O or V (the Royal
// Mail never uses them there). GIR 0AA is accepted.
func postcodeShapeV1(s string) bool {
	var b [8]byte
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' {
			continue
		}
		if n == len(b) {
			return false
		}
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		b[n] = c
		n++
	}
	if n < 5 || n > 7 {
		return false
	}
	p := b[:n]
	if string(p) == "GIR0AA" {
		return true
	}
	letter := func(c byte) bool { return c >= 'A' && c <= 'Z' }
	digit := func(c byte) bool { return c >= '0' && c <= '9' }
	inward := p[n-3:]
	if !digit(inward[0]) || !letter(inward[1]) || !letter(inward[2]) {
		return false
	}
	for _, c := range inward[1:] {
		switch c {
		case 'C', 'I', 'K', 'M', 'O', 'V':
			return false
		}
	}
	out := p[:n-3]
	if !letter(out[0]) {
		return false
	}
	area := int(out[0]-'A') * 27
	if letter(out[1]) {
		area += int(out[1]-'A') + 1
	}
	if !postcodeAreaSetV1[area] {
		return false
	}
	switch len(out) {
	case 2: // A9
		return letter(out[0]) && digit(out[1])
	case 3: // A99, AA9, A9A
		return letter(out[0]) && (digit(out[1]) && digit(out[2]) ||
			letter(out[1]) && digit(out[2]) ||
			digit(out[1]) && letter(out[2]))
	case 4: // AA99, AA9A
		return letter(out[0]) && letter(out[1]) && digit(out[2]) && (digit(out[3]) || letter(out[3]))
	}
	return false
}

// postcodeAreasV1 lists the UK postcode areas (the letters that begin a
// postcode), including the Crown dependencies' and the non-geographic BF
// and BX, space-separated with a space at each end.
const postcodeAreasV1 = " AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY" +
	" E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU" +
	" M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY" +
	" TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE "

// postcodeAreaSetV1 holds postcodeAreasV1 by first letter * 27 + (second
// letter + 1, or 0 for a one-letter area).
var postcodeAreaSetV1 = func() (set [26 * 27]bool) {
	for _, a := range strings.Fields(postcodeAreasV1) {
		i := int(a[0]-'A') * 27
		if len(a) == 2 {
			i += int(a[1]-'A') + 1
		}
		set[i] = true
	}
	return set
}()

// uascChildrenV1 marks, per child number, the children shown as
// unaccompanied asylum-seeking children, now or (with the previous year's
// return) last year: those with a UASC row, as the sector validator sets
// the Header's UASC flag from the UASC file. Rules 392a and 392b leave them
// out, as a former UASC may have no usable postcode.
func uascChildrenV1(c *Context) []bool {
	out := make([]bool, c.Cur.NumChildren())
	for ci := range out {
		out[ci] = len(c.Cur.ChildRows(UASC, ci)) > 0
	}
	if c.Prev.Has(UASC) {
		for ci := range out {
			if out[ci] {
				continue
			}
			if pi, ok := c.Prev.ChildNum(c.Cur.ChildID(ci)); ok && len(c.Prev.ChildRows(UASC, pi)) > 0 {
				out[ci] = true
			}
		}
	}
	return out
}

// firstDecomV1 returns the child's episode with the earliest valid DECOM
// (the first such in file order on a tie) among those keep accepts, or -1.
func firstDecomV1(t *Table, rows []int32, cDecom int, keep func(row int) bool) (int, Day) {
	best, bestDay := -1, Day(0)
	for _, r := range rows {
		row := int(r)
		d := ParseDay(t.Cell(row, cDecom))
		if !d.Valid() || (keep != nil && !keep(row)) {
			continue
		}
		if best < 0 || d < bestDay {
			best, bestDay = row, d
		}
	}
	return best, bestDay
}

// lastDecomV1 is firstDecomV1 for the latest valid DECOM.
func lastDecomV1(t *Table, rows []int32, cDecom int, keep func(row int) bool) (int, Day) {
	best, bestDay := -1, Day(0)
	for _, r := range rows {
		row := int(r)
		d := ParseDay(t.Cell(row, cDecom))
		if !d.Valid() || (keep != nil && !keep(row)) {
			continue
		}
		if best < 0 || d > bestDay {
			best, bestDay = row, d
		}
	}
	return best, bestDay
}

// anyCellV1 reports whether any of the columns is completed in row.
func anyCellV1(t *Table, row int, cols []int) bool {
	for _, col := range cols {
		if t.Cell(row, col) != "" {
			return true
		}
	}
	return false
}

func colsV1(t *Table, names ...string) []int {
	out := make([]int, len(names))
	for i, n := range names {
		out[i] = t.Col(n)
	}
	return out
}

// datedRowV1 is an episode row with its parsed DECOM.
type datedRowV1 struct {
	decom Day
	row   int32
}

// episodesByStartV1 is episodesByStart that parses each DECOM once and
// keeps it with the row: the child's episodes ordered by DECOM, ties in file
// order, those without a valid DECOM last (where a pandas sort puts NaT),
// reusing buf.
func episodesByStartV1(c *Context, t *Table, cDecom, ci int, buf []datedRowV1) []datedRowV1 {
	buf = buf[:0]
	for _, r := range c.Cur.ChildRows(Episodes, ci) {
		buf = append(buf, datedRowV1{ParseDay(t.Cell(int(r), cDecom)), r})
	}
	// insertion sort: a child has few episodes, and it is stable
	for i := 1; i < len(buf); i++ {
		for j := i; j > 0 && laterV1(buf[j-1].decom, buf[j].decom); j-- {
			buf[j-1], buf[j] = buf[j], buf[j-1]
		}
	}
	return buf
}

// laterV1 reports whether a sorts after b, an invalid day after every valid one.
func laterV1(a, b Day) bool {
	if !a.Valid() {
		return b.Valid()
	}
	return b.Valid() && a > b
}

// adoptEpisodeV1 is one episode in rule 199's history of a child: its start,
// whether it ended in adoption, and its row in the current return (-1 for
// the previous year's).
type adoptEpisodeV1 struct {
	decom Day
	adopt bool
	row   int32
}

func init() {
	// 117: "Date of decision that a child should/should no longer be placed
	// for adoption is beyond the current collection year or after the child
	// ceased to be looked after." Against the child's latest episode (by
	// DECOM) that does not end X1: a PlacedAdoption row fails, with that
	// episode, when DATE_PLACED or DATE_PLACED_CEASED is after 31 March or
	// after the episode's DEC.
	register(&Rule{Code: "117", Description: "Date of decision that a child should/should no longer be placed for adoption is beyond the current collection year or after the child ceased to be looked after.",
		Tables: []TableID{Episodes, PlacedAdoption}, Fields: []string{"DATE_PLACED_CEASED", "DATE_PLACED", "DEC", "REC", "DECOM"},
		Check: func(c *Context) {
			e, pa := c.Cur.Tables[Episodes], c.Cur.Tables[PlacedAdoption]
			cDecom, cDec, cRec := e.Col("DECOM"), e.Col("DEC"), e.Col("REC")
			cPlaced, cCeased := pa.Col("DATE_PLACED"), pa.Col("DATE_PLACED_CEASED")
			notX1 := func(row int) bool { return e.Cell(row, cRec) != "X1" }
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				pas := c.Cur.ChildRows(PlacedAdoption, ci)
				if len(pas) == 0 {
					continue
				}
				last, _ := lastDecomV1(e, c.Cur.ChildRows(Episodes, ci), cDecom, notX1)
				if last < 0 {
					continue
				}
				dec := ParseDay(e.Cell(last, cDec))
				late := func(d Day) bool { return d.Valid() && (d > c.End || (dec.Valid() && d > dec)) }
				for _, r := range pas {
					if late(ParseDay(pa.Cell(int(r), cPlaced))) || late(ParseDay(pa.Cell(int(r), cCeased))) {
						c.Flag(Episodes, last, "DEC", "")
						c.Flag(PlacedAdoption, int(r), "DATE_PLACED", "")
					}
				}
			}
		}})

	// 118: "Date of decision that a child should no longer be placed for
	// adoption is before the current collection year or before the date the
	// child started to be looked after." A DATE_PLACED_CEASED before 1 April
	// or before the DECOM of the child's earliest episode not under V3/V4
	// fails, with that episode.
	register(&Rule{Code: "118", Description: "Date of decision that a child should no longer be placed for adoption is before the current collection year or before the date the child started to be looked after.",
		Tables: []TableID{Episodes, PlacedAdoption}, Fields: []string{"DATE_PLACED_CEASED", "DECOM", "LS"},
		Check: func(c *Context) {
			e, pa := c.Cur.Tables[Episodes], c.Cur.Tables[PlacedAdoption]
			cDecom, cLS := e.Col("DECOM"), e.Col("LS")
			cCeased := pa.Col("DATE_PLACED_CEASED")
			notRespite := func(row int) bool { return !in(e.Cell(row, cLS), "V3", "V4") }
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				pas := c.Cur.ChildRows(PlacedAdoption, ci)
				if len(pas) == 0 {
					continue
				}
				first, decom := firstDecomV1(e, c.Cur.ChildRows(Episodes, ci), cDecom, notRespite)
				if first < 0 {
					continue
				}
				for _, r := range pas {
					if d := ParseDay(pa.Cell(int(r), cCeased)); d.Valid() && (d < decom || d < c.Start) {
						c.Flag(Episodes, first, "DECOM", "")
						c.Flag(PlacedAdoption, int(r), "DATE_PLACED_CEASED", "")
					}
				}
			}
		}})

	// 142: "A new episode has started, but the previous episode has not
	// ended." Every episode but the child's last (by DECOM; one without a
	// valid DECOM counts as last) needs a valid DEC and a REC.
	register(&Rule{Code: "142", Description: "A new episode has started, but the previous episode has not ended.",
		Tables: []TableID{Episodes}, Fields: []string{"DEC", "REC"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cDecom, cDec, cRec := t.Col("DECOM"), t.Col("DEC"), t.Col("REC")
			var buf []datedRowV1
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				buf = episodesByStartV1(c, t, cDecom, ci, buf)
				for _, e := range buf[:max(len(buf)-1, 0)] {
					row := int(e.row)
					if !e.decom.Valid() {
						continue
					}
					if !ParseDay(t.Cell(row, cDec)).Valid() || t.Cell(row, cRec) == "" {
						c.Flag(Episodes, row, "DEC", "")
					}
				}
			}
		}})

	// 157: "Child is aged 4 years or over at the beginning of the year or 16
	// years or under at the end of the year and Strengths and Difficulties
	// Questionnaire (SDQ) 1 has been recorded as the reason for no SDQ
	// score." For a child looked after continuously for 12 months, aged 4 or
	// more on 1 April and 16 or less on 31 March, with no score.
	register(&Rule{Code: "157", Description: "Child is aged 4 years or over at the beginning of the year or 16 years or under at the end of the year and Strengths and Difficulties Questionnaire (SDQ) 1 has been recorded as the reason for no Strengths and Difficulties Questionnaire (SDQ) score.",
		Tables: []TableID{OC2, Episodes}, Fields: []string{"SDQ_REASON", "DOB"},
		Check: func(c *Context) {
			cla := continuouslyLookedAfter(c)
			t := c.Cur.Tables[OC2]
			cDOB, cScore, cReason := t.Col("DOB"), t.Col("SDQ_SCORE"), t.Col("SDQ_REASON")
			for ci, ok := range cla {
				if !ok {
					continue
				}
				for _, r := range c.Cur.ChildRows(OC2, ci) {
					row := int(r)
					if t.Cell(row, cReason) != "SDQ1" || t.Cell(row, cScore) != "" {
						continue
					}
					dob := ParseDay(t.Cell(row, cDOB))
					if dob.Valid() && dob.AddYears(4) <= c.Start && dob.AddYears(16) >= c.End {
						c.Flag(OC2, row, "SDQ_REASON", "")
					}
				}
			}
		}})

	// 169 and 179: the local authority (PL_LA) and location (PL_LOCATION)
	// of a placement are derived from its postcode, so both fail for an
	// episode not under V3/V4 whose PL_POST is missing or not found; with a
	// directory, 169 also fails a postcode with no local authority.
	placeFromPostcode := func(code, desc, field string, needLA bool) {
		register(&Rule{Code: code, Description: desc, Tables: []TableID{Episodes}, Fields: []string{field},
			Check: func(c *Context) {
				t := c.Cur.Tables[Episodes]
				cLS, cPost := t.Col("LS"), t.Col("PL_POST")
				for row := 0; row < t.Len(); row++ {
					if in(t.Cell(row, cLS), "V3", "V4") {
						continue
					}
					la, found := postcodeFoundV1(c.Cur, t.Cell(row, cPost))
					if !found || (needLA && c.Cur.Postcodes != nil && la == "") {
						c.Flag(Episodes, row, field, "")
					}
				}
			}})
	}
	placeFromPostcode("169", "Local Authority (LA) of placement is not valid or is missing. Please check a valid postcode has been entered.", "PL_LA", true)
	placeFromPostcode("179", "Placement location code is not a valid code.", "PL_LOCATION", false)

	// 187: "Child cannot be looked after continuously for 12 months at 31
	// March (OC2) and have any of adoption or care leavers returns
	// completed." For a child looked after continuously, an OC3 row with any
	// item and an AD1 row with any item fail.
	register(&Rule{Code: "187", Description: "Child cannot be looked after continuously for 12 months at 31 March (OC2) and have any of adoption or care leavers returns completed.",
		Tables: []TableID{OC3, AD1, Episodes}, Fields: []string{"DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR", "IN_TOUCH", "ACTIV", "ACCOM"},
		Check: func(c *Context) {
			cla := continuouslyLookedAfter(c)
			o, a := c.Cur.Tables[OC3], c.Cur.Tables[AD1]
			oCols := colsV1(o, "IN_TOUCH", "ACTIV", "ACCOM")
			aCols := colsV1(a, "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR")
			for ci, ok := range cla {
				if !ok {
					continue
				}
				for _, r := range c.Cur.ChildRows(OC3, ci) {
					if anyCellV1(o, int(r), oCols) {
						c.Flag(OC3, int(r), "IN_TOUCH", "")
					}
				}
				for _, r := range c.Cur.ChildRows(AD1, ci) {
					if anyCellV1(a, int(r), aCols) {
						c.Flag(AD1, int(r), "DATE_INT", "")
					}
				}
			}
		}})

	// 199: "Episode information shows child has been previously adopted from
	// care." Taking the child's episodes in DECOM order, with the previous
	// year's return when given: every episode after one that ended in
	// adoption (REC E11 or E12) fails, other than that first adoption
	// episode itself. Episodes without a valid DECOM are left out.
	register(&Rule{Code: "199", Description: "Episode information shows child has been previously adopted from care. [NOTE: This only tests the current and previous year data loaded into the tool]",
		Tables: []TableID{Episodes}, Fields: []string{"CHILD"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cDecom, cRec := t.Col("DECOM"), t.Col("REC")
			var pt *Table
			pDecom, pRec := -1, -1
			if c.Prev != nil && c.Prev.Has(Episodes) {
				pt = c.Prev.Tables[Episodes]
				pDecom, pRec = pt.Col("DECOM"), pt.Col("REC")
			}
			var hist []adoptEpisodeV1
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				rows := c.Cur.ChildRows(Episodes, ci)
				if len(rows) == 0 {
					continue
				}
				hist = hist[:0]
				adopted := false
				for _, r := range rows {
					d := ParseDay(t.Cell(int(r), cDecom))
					ad := in(t.Cell(int(r), cRec), "E11", "E12")
					adopted = adopted || ad
					if d.Valid() {
						hist = append(hist, adoptEpisodeV1{d, ad, r})
					}
				}
				if pt != nil {
					if pi, ok := c.Prev.ChildNum(c.Cur.ChildID(ci)); ok {
						for _, r := range c.Prev.ChildRows(Episodes, pi) {
							d := ParseDay(pt.Cell(int(r), pDecom))
							ad := in(pt.Cell(int(r), pRec), "E11", "E12")
							if d.Valid() {
								adopted = adopted || ad
								hist = append(hist, adoptEpisodeV1{d, ad, -1})
							}
						}
					}
				}
				if !adopted {
					continue
				}
				slices.SortStableFunc(hist, func(a, b adoptEpisodeV1) int { return int(a.decom) - int(b.decom) })
				n := 0
				for _, h := range hist {
					if h.adopt {
						n++
					}
					if n > 0 && !(h.adopt && n == 1) && h.row >= 0 {
						c.Flag(Episodes, int(h.row), "CHILD", "")
					}
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
			cols3 := colsV1(o3, "IN_TOUCH", "ACTIV", "ACCOM")
			cols2 := colsV1(o2, "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				rows3 := c.Cur.ChildRows(OC3, ci)
				if len(rows3) == 0 {
					continue
				}
				for _, r3 := range rows3 {
					if !anyCellV1(o3, int(r3), cols3) {
						continue
					}
					for _, r2 := range c.Cur.ChildRows(OC2, ci) {
						if anyCellV1(o2, int(r2), cols2) {
							c.Flag(OC3, int(r3), "IN_TOUCH", "")
							c.Flag(OC2, int(r2), "CONVICTED", "")
						}
					}
				}
			}
		}})

	// 225: "Reason for placement change must be recorded." With the child's
	// episodes in DECOM order: an episode ending X1 with no
	// REASON_PLACE_CHANGE, not a temporary placement (T0-T4), followed by
	// an episode starting for a change of placement (RNE P, B, T or U) that
	// is not temporary either, fails. (The DfE rule needs no Ofsted URN
	// look-up: it is decided by the codes alone.)
	register(&Rule{Code: "225", Description: "Reason for placement change must be recorded.",
		Tables: []TableID{Episodes}, Fields: []string{"REASON_PLACE_CHANGE"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cDecom, cRec, cRPC, cPlace, cRNE := t.Col("DECOM"), t.Col("REC"), t.Col("REASON_PLACE_CHANGE"), t.Col("PLACE"), t.Col("RNE")
			temp := func(p string) bool { return in(p, "T0", "T1", "T2", "T3", "T4") }
			var buf []datedRowV1
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				if len(c.Cur.ChildRows(Episodes, ci)) < 2 {
					continue
				}
				buf = episodesByStartV1(c, t, cDecom, ci, buf)
				for i := 0; i+1 < len(buf); i++ {
					row, next := int(buf[i].row), int(buf[i+1].row)
					if t.Cell(row, cRec) == "X1" && t.Cell(row, cRPC) == "" && !temp(t.Cell(row, cPlace)) &&
						in(t.Cell(next, cRNE), "P", "B", "T", "U") && !temp(t.Cell(next, cPlace)) {
						c.Flag(Episodes, row, "REASON_PLACE_CHANGE", "")
					}
				}
			}
		}})

	// 334: "Date child started to be looked after in latest period of care
	// must be on or prior to the date should be placed for adoption." An AD1
	// DATE_INT before the DECOM of the child's latest episode starting a
	// period of care (RNE S) fails, with that episode.
	register(&Rule{Code: "334", Description: "Date child started to be looked after in latest period of care must be on or prior to the date should be placed for adoption. ",
		Tables: []TableID{Episodes, AD1}, Fields: []string{"DATE_INT", "DECOM", "RNE"},
		Check: func(c *Context) {
			e, a := c.Cur.Tables[Episodes], c.Cur.Tables[AD1]
			cDecom, cRNE, cInt := e.Col("DECOM"), e.Col("RNE"), a.Col("DATE_INT")
			startsCare := func(row int) bool { return e.Cell(row, cRNE) == "S" }
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				ads := c.Cur.ChildRows(AD1, ci)
				if len(ads) == 0 {
					continue
				}
				last, decom := lastDecomV1(e, c.Cur.ChildRows(Episodes, ci), cDecom, startsCare)
				if last < 0 {
					continue
				}
				for _, r := range ads {
					if d := ParseDay(a.Cell(int(r), cInt)); d.Valid() && d < decom {
						c.Flag(Episodes, last, "DECOM", "")
						c.Flag(AD1, int(r), "DATE_INT", "")
					}
				}
			}
		}})

	// 336: "Child does not have a foster placement immediately prior to
	// being placed for adoption." With the child's episodes in DECOM order,
	// an episode placed for adoption with current foster carers (A3, A4),
	// other than the child's first, fails unless the one before it was an
	// adoption placement (A3-A6) or foster placement (U1-U6).
	register(&Rule{Code: "336", Description: "Child does not have a foster placement immediately prior to being placed for adoption.",
		Tables: []TableID{Episodes}, Fields: []string{"PLACE"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cPlace, cDecom := t.Col("PLACE"), t.Col("DECOM")
			var buf []datedRowV1
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				if len(c.Cur.ChildRows(Episodes, ci)) < 2 {
					continue
				}
				buf = episodesByStartV1(c, t, cDecom, ci, buf)
				// the first episode is the earliest with a valid DECOM: buf[0]
				// when it has one; otherwise every episode lacks one and none
				// is first (the sector rule's idxmin finds nothing)
				for i := 1; i < len(buf); i++ {
					row := int(buf[i].row)
					if !in(t.Cell(row, cPlace), "A3", "A4") {
						continue
					}
					if !in(t.Cell(int(buf[i-1].row), cPlace), "A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5", "U6") {
						c.Flag(Episodes, row, "PLACE", "")
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

	// 357: "If this is the first episode ever for this child, reason for new
	// episode must be S." The child's earliest episode (by valid DECOM), when
	// it starts on or after 1 April, must have RNE S; an earlier first
	// episode may continue a period of care from before the return.
	register(&Rule{Code: "357", Description: "If this is the first episode ever for this child, reason for new episode must be S.  Check whether there is an episode immediately preceding this one, which has been left out.  If not the reason for new episode code must be amended to S.",
		Tables: []TableID{Episodes}, Fields: []string{"RNE"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cDecom, cRNE := t.Col("DECOM"), t.Col("RNE")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				first, decom := firstDecomV1(t, c.Cur.ChildRows(Episodes, ci), cDecom, nil)
				if first >= 0 && decom >= c.Start && t.Cell(first, cRNE) != "S" {
					c.Flag(Episodes, first, "RNE", "")
				}
			}
		}})

	// 377: "Only two temporary placements coded as being due to holiday of
	// usual foster carer(s) are allowed in any 12-month period." A return
	// holds the episodes open during its collection year, a 12-month
	// period, so a child with more than two T3 episodes fails in each of
	// them. (Counting only starts within 12 months of each other would give
	// 3 records on the sample, not the expected 12: three of its four
	// children have T3 placements starting over 14 to 18 months, all of
	// them open during 2017/18.)
	register(&Rule{Code: "377", Description: "Only two temporary placements coded as being due to holiday of usual foster carer(s) are allowed in any 12- month period.",
		Tables: []TableID{Episodes}, Fields: []string{"PLACE"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cPlace := t.Col("PLACE")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				rows := c.Cur.ChildRows(Episodes, ci)
				n := 0
				for _, r := range rows {
					if t.Cell(int(r), cPlace) == "T3" {
						n++
					}
				}
				if n <= 2 {
					continue
				}
				for _, r := range rows {
					if t.Cell(int(r), cPlace) == "T3" {
						c.Flag(Episodes, int(r), "PLACE", "")
					}
				}
			}
		}})

	// 378: "A child who is placed with parent(s) cannot be looked after
	// under a single period of accommodation under Section 20 of the
	// Children Act 1989." PLACE P1 with LS V2 fails.
	register(&Rule{Code: "378", Description: "A child who is placed with parent(s) cannot be looked after under a single period of accommodation under Section 20 of the Children Act 1989.",
		Tables: []TableID{Episodes}, Fields: []string{"PLACE", "LS"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cPlace, cLS := t.Col("PLACE"), t.Col("LS")
			for row := 0; row < t.Len(); row++ {
				if t.Cell(row, cPlace) == "P1" && t.Cell(row, cLS) == "V2" {
					c.Flag(Episodes, row, "PLACE", "")
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
			items := colsV1(t, "IN_TOUCH", "ACTIV", "ACCOM")
			for row := 0; row < t.Len(); row++ {
				if dob := ParseDay(t.Cell(row, cDOB)); dob.Valid() && dob.AddYears(17) > c.End && anyCellV1(t, row, items) {
					c.Flag(OC3, row, "DOB", "")
				}
			}
		}})

	// 392a and 392b: an episode not under V3/V4, of a child not shown as
	// UASC (see uascChildrenV1), needs both postcodes (392b) and a placement
	// distance (392a), which is derived from the two postcodes and so is
	// missing when either is not found.
	register(&Rule{Code: "392a", Description: "Child is looked after but no distance is recorded. [NOTE: This check may result in false positives for children formerly UASC]",
		Tables: []TableID{Episodes}, Fields: []string{"PL_DISTANCE"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cLS, cHome, cPl := t.Col("LS"), t.Col("HOME_POST"), t.Col("PL_POST")
			uasc := uascChildrenV1(c)
			for ci, u := range uasc {
				if u {
					continue
				}
				for _, r := range c.Cur.ChildRows(Episodes, ci) {
					row := int(r)
					if in(t.Cell(row, cLS), "V3", "V4") {
						continue
					}
					_, home := postcodeFoundV1(c.Cur, t.Cell(row, cHome))
					_, pl := postcodeFoundV1(c.Cur, t.Cell(row, cPl))
					if !home || !pl {
						c.Flag(Episodes, row, "PL_DISTANCE", "")
					}
				}
			}
		}})
	register(&Rule{Code: "392b", Description: "Child is looked after but no postcodes are recorded. [NOTE: This check may result in false positives for children formerly UASC, particularly if current & prior year UASC data not loaded]",
		Tables: []TableID{Episodes}, Fields: []string{"HOME_POST", "PL_POST"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cLS, cHome, cPl := t.Col("LS"), t.Col("HOME_POST"), t.Col("PL_POST")
			uasc := uascChildrenV1(c)
			for ci, u := range uasc {
				if u {
					continue
				}
				for _, r := range c.Cur.ChildRows(Episodes, ci) {
					row := int(r)
					if !in(t.Cell(row, cLS), "V3", "V4") && (t.Cell(row, cHome) == "" || t.Cell(row, cPl) == "") {
						c.Flag(Episodes, row, "HOME_POST", "")
					}
				}
			}
		}})

	// 392c: "Postcode(s) provided are invalid." A HOME_POST or PL_POST that
	// is given but not found fails.
	register(&Rule{Code: "392c", Description: "Postcode(s) provided are invalid.",
		Tables: []TableID{Episodes}, Fields: []string{"HOME_POST", "PL_POST"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cHome, cPl := t.Col("HOME_POST"), t.Col("PL_POST")
			for row := 0; row < t.Len(); row++ {
				home, pl := t.Cell(row, cHome), t.Cell(row, cPl)
				if _, ok := postcodeFoundV1(c.Cur, home); home != "" && !ok {
					c.Flag(Episodes, row, "HOME_POST", "")
				} else if _, ok := postcodeFoundV1(c.Cur, pl); pl != "" && !ok {
					c.Flag(Episodes, row, "PL_POST", "")
				}
			}
		}})
}

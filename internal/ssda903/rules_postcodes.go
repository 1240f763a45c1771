package ssda903

// Rules on the postcodes of home and placement (HOME_POST, PL_POST) and
// what the DfE derives from them (PL_LA, PL_LOCATION, PL_DISTANCE). Each
// follows the DfE description and the sector validator's lac2022_23 rule of
// the same code (data-to-insight/csc-validator-be-903), written afresh.

import "strings"

// The placement's local authority (PL_LA) and the distance between home and
// placement (PL_DISTANCE) are not in the files: the DfE, and the sector
// validator, derive them from HOME_POST and PL_POST with the ONS postcode
// directory (Return.Postcodes), and 1015 compares PL_LA with the returning
// council's own code (Return.OwnLA). Without the directory both are unknown.

// Postcode is what the ONS postcode directory holds of a postcode: the
// upper-tier local authority of its area ("" when none; SCO, WAL or NIR
// outside England) and its OS grid reference in metres. The directory is some
// 2.7 million postcodes and is not shipped with ourchild: without it
// (Return.Postcodes nil) rules 169, 179, 392a and 392c fall back to the
// postcode's shape (see postcodeShape), which catches missing and malformed
// postcodes and unknown postcode areas but takes every other well-formed one
// as real, and the rules that need a postcode's LA or distance (406, 420,
// 1015) cannot fail.
type Postcode struct {
	LA          string
	East, North float64
}

// postcodeFound reports whether a postcode resolves: in the directory when
// one is set, otherwise by its shape.
func postcodeFound(r *Return, pc string) (la string, found bool) {
	if pc == "" {
		return "", false
	}
	if r.Postcodes != nil {
		p, ok := r.Postcodes(pc)
		return p.LA, ok
	}
	return "", postcodeShape(pc)
}

// postcodeShape reports whether s has the shape of a UK postcode, in upper
// or lower case, with or without the space: an outward code A9, A99, AA9,
// AA99, A9A or AA9A whose letters are a postcode area (postcodeAreas), and
// an inward code 9AA whose letters are not C, I, K, M, O or V (the Royal
// Mail never uses them there). GIR 0AA is accepted.
func postcodeShape(s string) bool {
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
	if !postcodeAreaSet[area] {
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

// postcodeAreas lists the UK postcode areas (the letters that begin a
// postcode), including the Crown dependencies' and the non-geographic BF
// and BX, space-separated with a space at each end.
const postcodeAreas = " AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY" +
	" E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU" +
	" M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY" +
	" TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE "

// postcodeAreaSet holds postcodeAreas by first letter * 27 + (second
// letter + 1, or 0 for a one-letter area).
var postcodeAreaSet = func() (set [26 * 27]bool) {
	for _, a := range strings.Fields(postcodeAreas) {
		i := int(a[0]-'A') * 27
		if len(a) == 2 {
			i += int(a[1]-'A') + 1
		}
		set[i] = true
	}
	return set
}()

// uascChildren marks, per child number, the children shown as
// unaccompanied asylum-seeking children, now or (with the previous year's
// return) last year: those with a UASC row, as the sector validator sets
// the Header's UASC flag from the UASC file. Rules 392a and 392b leave them
// out, as a former UASC may have no usable postcode.
func uascChildren(c *Context) []bool {
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

// placementLA is the episode's derived PL_LA, or "" when it cannot be
// derived.
func placementLA(r *Return, plPost string) string {
	if r.Postcodes == nil || plPost == "" {
		return ""
	}
	p, ok := r.Postcodes(plPost)
	if !ok {
		return ""
	}
	return p.LA
}

// hasDistance reports whether the episode's PL_DISTANCE can be derived:
// both postcodes are in the directory.
func hasDistance(r *Return, homePost, plPost string) bool {
	if r.Postcodes == nil || homePost == "" || plPost == "" {
		return false
	}
	_, okHome := r.Postcodes(homePost)
	_, okPl := r.Postcodes(plPost)
	return okHome && okPl
}

// normalPostcode upper-cases a postcode and removes its spaces.
func normalPostcode(s string) string {
	return strings.ToUpper(strings.ReplaceAll(s, " ", ""))
}

// samePostcode compares a postcode as written in an episode with a
// normalised one, without allocating.
func samePostcode(written, norm string) bool {
	j := 0
	for i := 0; i < len(written); i++ {
		c := written[i]
		if c == ' ' {
			continue
		}
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		if j >= len(norm) || norm[j] != c {
			return false
		}
		j++
	}
	return j == len(norm)
}

// eachPostcodeEpisode calls fn for each episode that 392a and 392b check:
// one not under V3/V4, of a child not shown as UASC (see uascChildren).
func eachPostcodeEpisode(c *Context, fn func(row int)) {
	t := c.Cur.Tables[Episodes]
	cLS := t.Col("LS")
	for ci, u := range uascChildren(c) {
		if u {
			continue
		}
		for _, r := range c.Cur.ChildRows(Episodes, ci) {
			if !in(t.Cell(int(r), cLS), "V3", "V4") {
				fn(int(r))
			}
		}
	}
}

func init() {
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
					la, found := postcodeFound(c.Cur, t.Cell(row, cPost))
					if !found || (needLA && c.Cur.Postcodes != nil && la == "") {
						c.Flag(Episodes, row, field, "")
					}
				}
			}})
	}
	placeFromPostcode("169", "Local Authority (LA) of placement is not valid or is missing. Please check a valid postcode has been entered.", "PL_LA", true)
	placeFromPostcode("179", "Placement location code is not a valid code.", "PL_LOCATION", false)

	// 392a and 392b: an episode not under V3/V4, of a child not shown as
	// UASC (see uascChildren), needs both postcodes (392b) and a placement
	// distance (392a), which is derived from the two postcodes and so is
	// missing when either is not found.
	register(&Rule{Code: "392a", Description: "Child is looked after but no distance is recorded. [NOTE: This check may result in false positives for children formerly UASC]",
		Tables: []TableID{Episodes}, Fields: []string{"PL_DISTANCE"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cHome, cPl := t.Col("HOME_POST"), t.Col("PL_POST")
			eachPostcodeEpisode(c, func(row int) {
				_, home := postcodeFound(c.Cur, t.Cell(row, cHome))
				_, pl := postcodeFound(c.Cur, t.Cell(row, cPl))
				if !home || !pl {
					c.Flag(Episodes, row, "PL_DISTANCE", "")
				}
			})
		}})
	register(&Rule{Code: "392b", Description: "Child is looked after but no postcodes are recorded. [NOTE: This check may result in false positives for children formerly UASC, particularly if current & prior year UASC data not loaded]",
		Tables: []TableID{Episodes}, Fields: []string{"HOME_POST", "PL_POST"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Episodes]
			cHome, cPl := t.Col("HOME_POST"), t.Col("PL_POST")
			eachPostcodeEpisode(c, func(row int) {
				if t.Cell(row, cHome) == "" || t.Cell(row, cPl) == "" {
					c.Flag(Episodes, row, "HOME_POST", "")
				}
			})
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
				if _, ok := postcodeFound(c.Cur, home); home != "" && !ok {
					c.Flag(Episodes, row, "HOME_POST", "")
				} else if _, ok := postcodeFound(c.Cur, pl); pl != "" && !ok {
					c.Flag(Episodes, row, "PL_POST", "")
				}
			}
		}})

	// 406: "Child is Unaccompanied Asylum-Seeking Child (UASC) or was formerly
	// UASC. Distance should be blank." An episode of a child in the UASC table
	// whose distance can be derived (both postcodes known). Without the
	// postcode directory no distance can be derived, so nothing fails: the
	// sample's one expected failure needs it.
	register(&Rule{Code: "406", Description: "Child is Unaccompanied Asylum-Seeking Child (UASC) or was formerly UASC. Distance should be blank. [NOTE: This check will result in false negatives for children formerly UASC not identified as such in loaded data]",
		Tables: []TableID{Episodes}, Fields: []string{"PL_DISTANCE"},
		Check: func(c *Context) {
			if c.Cur.Postcodes == nil || !c.Cur.Has(UASC) {
				return
			}
			t := c.Cur.Tables[Episodes]
			cHome, cPl := t.Col("HOME_POST"), t.Col("PL_POST")
			for ci := 0; ci < c.Cur.NumChildren(); ci++ {
				if len(c.Cur.ChildRows(UASC, ci)) == 0 {
					continue
				}
				for _, r := range c.Cur.ChildRows(Episodes, ci) {
					if hasDistance(c.Cur, t.Cell(int(r), cHome), t.Cell(int(r), cPl)) {
						c.Flag(Episodes, int(r), "PL_DISTANCE", "")
					}
				}
			}
		}})

	// 420: "LA of placement completed but child is looked after under legal
	// status V3 or V4." PL_LA is derived from PL_POST, so without the postcode
	// directory it is never completed and nothing fails (the sample's 14
	// expected failures are the V3/V4 episodes whose PL_POST the directory
	// holds; 214 already flags every V3/V4 episode with a PL_POST).
	register(&Rule{Code: "420", Description: "LA of placement completed but child is looked after under legal status V3 or V4.",
		Tables: []TableID{Episodes}, Fields: []string{"PL_LA"},
		Check: func(c *Context) {
			if c.Cur.Postcodes == nil {
				return
			}
			t := c.Cur.Tables[Episodes]
			cLS, cPl := t.Col("LS"), t.Col("PL_POST")
			for row := 0; row < t.Len(); row++ {
				if ls := t.Cell(row, cLS); (ls == "V3" || ls == "V4") && placementLA(c.Cur, t.Cell(row, cPl)) != "" {
					c.Flag(Episodes, row, "PL_LA", "")
				}
			}
		}})

	// 1015: "Placement provider is own provision but child not placed in own
	// LA." An episode with provider PR1, a placement other than adoption or
	// foster care (A3-A6, U1-U6), a legal status other than V3/V4 (both
	// completed), fails when its PL_LA is not the council's own. A PL_LA that
	// cannot be derived is not the council's own, as in the sector validator.
	// Without the postcode directory no episode's LA is known, and the rule
	// cannot tell an own children's home in the area from one outside it, so
	// nothing fails: the sector validator fails every such episode then (the
	// sample's 448), which would be an error on every council's own homes.
	register(&Rule{Code: "1015", Description: "Placement provider is own provision but child not placed in own LA.",
		Tables: []TableID{Episodes}, Fields: []string{"PL_LA"},
		Check: func(c *Context) {
			if c.Cur.Postcodes == nil {
				return
			}
			t := c.Cur.Tables[Episodes]
			cPlace, cProv, cLS, cPl := t.Col("PLACE"), t.Col("PLACE_PROVIDER"), t.Col("LS"), t.Col("PL_POST")
			for row := 0; row < t.Len(); row++ {
				place, ls := t.Cell(row, cPlace), t.Cell(row, cLS)
				if t.Cell(row, cProv) != "PR1" || place == "" || ls == "" || ls == "V3" || ls == "V4" ||
					in(place, "A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5", "U6") {
					continue
				}
				if la := placementLA(c.Cur, t.Cell(row, cPl)); la == "" || la != c.Cur.OwnLA {
					c.Flag(Episodes, row, "PL_LA", "")
				}
			}
		}})

	// 398: "Distance field completed but child looked after under legal
	// status V3 or V4." The distance is derived from the postcodes, so an
	// episode under V3/V4 with a home or placement postcode fails.
	register(&Rule{Code: "398", Description: "Distance field completed but child looked after under legal status V3 or V4.",
		Tables: []TableID{Episodes}, Fields: []string{"LS", "HOME_POST", "PL_POST"},
		Check: func(c *Context) {
			eachRow(c, Episodes, func(t *Table, row int) {
				if in(t.Get(row, "LS"), "V3", "V4") && (t.Get(row, "HOME_POST") != "" || t.Get(row, "PL_POST") != "") {
					c.Flag(Episodes, row, "LS", "")
				}
			})
		}})
}

func init() {
	// 392d: "Home and placement postcodes should not be same unless the
	// placement type is P1." Both given and written the same.
	register(&Rule{Code: "392d", Description: "Home and placement postcodes should not be same unless the placement type is P1.",
		Tables: []TableID{Episodes}, Fields: []string{"HOME_POST", "PL_POST", "PLACE"},
		Check: func(c *Context) {
			eachRow(c, Episodes, func(t *Table, row int) {
				home := t.Get(row, "HOME_POST")
				if home != "" && home == t.Get(row, "PL_POST") && t.Get(row, "PLACE") != "P1" {
					c.Flag(Episodes, row, "HOME_POST", "")
				}
			})
		}})
}

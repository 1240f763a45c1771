package ssda903

// The Ofsted provider lookup (URN to the placement and provider codes a
// provider is registered for, its postcode and the date its registration
// ended) and the URN rules 219, 221, 224, 227 and 228 that need it. The
// lookup is optional: without it (Return.Providers nil) those rules find
// nothing, as in the sector validator when no lists are loaded. The URN
// rules that need no lookup (218, 222) are here too.
//
// Ofsted publishes its lists in several layouts over the years, all of
// which are read here by their column headings (case-insensitive):
//   - a children's homes list (sheet "Provider information", or sheets
//     "Settings and Inspection Info" and "Address Details" joined by URN)
//     with a social care providers list (current and closed providers);
//   - a combined list whose first sheet has a "Provider type" column, and
//     perhaps a second sheet of supported accommodation providers (also
//     with a provider type), which are registered for placements H5 and K3.

import (
	"archive/zip"
	"fmt"
	"os"
	"strings"
)

// Providers is the Ofsted provider lookup, by URN.
type Providers struct {
	byURN   map[string][]int32 // upper-case URN to its entries (a URN may be listed twice)
	entries []provider
}

type provider struct {
	place, prov []string // placement types (PLACE) and provider codes (PLACE_PROVIDER)
	regEnd      Day      // end of registration; zero when still registered
	postcode    string   // upper case, without spaces
}

// Len is the number of providers listed.
func (p *Providers) Len() int { return len(p.entries) }

// lookup returns the entries for a URN as written in an episode.
func (p *Providers) lookup(urn string) []int32 {
	if e, ok := p.byURN[urn]; ok {
		return e
	}
	return p.byURN[strings.ToUpper(urn)]
}

// LoadProviders reads Ofsted provider lists (.xlsx): either a children's
// homes list and a social care providers list, or one combined list.
func LoadProviders(paths ...string) (*Providers, error) {
	p := &Providers{byURN: map[string][]int32{}}
	for _, name := range paths {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		fi, err := f.Stat()
		if err == nil {
			var zr *zip.Reader
			if zr, err = zip.NewReader(f, fi.Size()); err == nil {
				err = p.addWorkbook(zr)
			}
		}
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("ssda903: Ofsted provider list %s: %w", name, err)
		}
	}
	if len(p.entries) == 0 {
		return nil, fmt.Errorf("ssda903: no providers found in the Ofsted provider lists %s", strings.Join(paths, ", "))
	}
	return p, nil
}

// providerCols names the columns of a provider list, by heading.
var providerCols = struct{ urn, place, prov, regEnd, postcode []string }{
	urn:      []string{"urn"},
	place:    []string{"provider code", "placement code"},
	prov:     []string{"provider placement code", "placement provider code"},
	regEnd:   []string{"closed date", "deregistration date"},
	postcode: []string{"setting postcode", "setting address postcode", "provider postcode"},
}

// addWorkbook adds the providers of one workbook.
func (p *Providers) addWorkbook(zr *zip.Reader) error {
	sheets, err := readXLSX(zr)
	if err != nil {
		return err
	}
	combined := false
	postcodes := map[string]string{} // from address-only sheets, by URN
	added := 0
	for si, s := range sheets {
		if len(s.rows) == 0 {
			continue
		}
		head := make(map[string]int, len(s.rows[0]))
		for i, h := range s.rows[0] {
			head[strings.ToLower(strings.TrimSpace(h))] = i
		}
		col := func(names []string) int {
			for _, n := range names {
				if i, ok := head[n]; ok {
					return i
				}
			}
			return -1
		}
		if si == 0 {
			_, combined = head["provider type"]
		}
		cURN, cPlace, cProv := col(providerCols.urn), col(providerCols.place), col(providerCols.prov)
		cEnd, cPost := col(providerCols.regEnd), col(providerCols.postcode)
		// the second sheet of a combined list holds supported accommodation
		// (a children's homes list's second sheet, its registration
		// conditions, has no provider type)
		_, typed := head["provider type"]
		supported := combined && si == 1 && typed
		if cURN < 0 {
			continue
		}
		if cPlace < 0 && cProv < 0 && !supported {
			// an address sheet: its postcodes complete the other sheets
			if cPost >= 0 {
				for _, r := range s.rows[1:] {
					if urn := rowCell(r, cURN); urn != "" {
						postcodes[strings.ToUpper(urn)] = normalPostcode(rowCell(r, cPost))
					}
				}
			}
			continue
		}
		for _, r := range s.rows[1:] {
			urn := strings.ToUpper(rowCell(r, cURN))
			if urn == "" {
				continue
			}
			e := provider{
				place:    splitCodes(rowCell(r, cPlace)),
				prov:     splitCodes(rowCell(r, cProv)),
				regEnd:   excelDay(rowCell(r, cEnd)),
				postcode: normalPostcode(rowCell(r, cPost)),
			}
			if supported {
				e.place = []string{"H5", "K3"}
			}
			p.byURN[urn] = append(p.byURN[urn], int32(len(p.entries)))
			p.entries = append(p.entries, e)
			added++
		}
	}
	for urn, pc := range postcodes {
		for _, i := range p.byURN[urn] {
			if p.entries[i].postcode == "" {
				p.entries[i].postcode = pc
			}
		}
	}
	if added == 0 {
		return fmt.Errorf("no sheet with a URN column and placement or provider codes")
	}
	return nil
}

// rowCell returns row[i], or "" past the row's end or for i < 0.
func rowCell(row []string, i int) string {
	if i < 0 || i >= len(row) {
		return ""
	}
	return strings.TrimSpace(row[i])
}

// splitCodes splits a list of codes written "PR1/PR2", "PR1,PR2" or
// "RD1, RD2" into upper-case codes.
func splitCodes(s string) []string {
	if s == "" {
		return nil
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '/' })
	out := parts[:0]
	for _, c := range parts {
		if c = strings.ToUpper(strings.TrimSpace(c)); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// urnRule registers a rule over the episodes with a URN other than
// XXXXXXX, run only when the provider lookup is loaded: bad sees the row and
// the URN's entries (none when the URN is not listed).
func urnRule(code, desc string, fields []string, bad func(c *Context, t *Table, row int, es []*provider) bool) {
	register(&Rule{Code: code, Description: desc, Tables: []TableID{Episodes}, Fields: fields,
		Check: func(c *Context) {
			p := c.Cur.Providers
			if p == nil {
				return
			}
			t := c.Cur.Tables[Episodes]
			cURN := t.Col("URN")
			var es []*provider
			for row := 0; row < t.Len(); row++ {
				urn := t.Cell(row, cURN)
				if urn == "" || urn == "XXXXXXX" {
					continue
				}
				es = es[:0]
				for _, i := range p.lookup(urn) {
					es = append(es, &p.entries[i])
				}
				if bad(c, t, row, es) {
					c.Flag(Episodes, row, fields[0], "")
				}
			}
		}})
}

func init() {
	// 219: "The Ofsted Unique reference number (URN) provided for the
	// child's placement does not match the placement type recorded." PLACE
	// must be one of the URN's registered placement types; a URN not in the
	// lists fails.
	urnRule("219", "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement type recorded.",
		[]string{"URN", "PLACE"}, func(c *Context, t *Table, row int, es []*provider) bool {
			place := t.Get(row, "PLACE")
			if len(es) == 0 || place == "" {
				return true
			}
			for _, e := range es {
				if !in(place, e.place...) {
					return true
				}
			}
			return false
		})

	// 221: "The Ofsted Unique reference number (URN) provided for the
	// child's placement does not match the placement postcode provided."
	// For placements K1, K2, R3 and S1 not under V3/V4 with a placement
	// postcode, the postcode must be the provider's.
	urnRule("221", "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement postcode provided.",
		[]string{"PL_POST"}, func(c *Context, t *Table, row int, es []*provider) bool {
			post := t.Get(row, "PL_POST")
			if post == "" || in(t.Get(row, "LS"), "V3", "V4") || !in(t.Get(row, "PLACE"), "K1", "K2", "R3", "S1") {
				return false
			}
			if len(es) == 0 {
				return true
			}
			for _, e := range es {
				if !samePostcode(post, e.postcode) {
					return true
				}
			}
			return false
		})

	// 224: "The Ofsted Unique reference number (URN) provided for the
	// child's placement does not match the placement provider recorded."
	// PLACE_PROVIDER must be one of the URN's provider codes.
	urnRule("224", "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement provider recorded.",
		[]string{"PLACE_PROVIDER"}, func(c *Context, t *Table, row int, es []*provider) bool {
			pp := t.Get(row, "PLACE_PROVIDER")
			if len(es) == 0 || pp == "" {
				return true
			}
			for _, e := range es {
				if !in(pp, e.prov...) {
					return true
				}
			}
			return false
		})

	// 227: "Ofsted Unique reference number (URN) is not valid for the
	// episode start date." An episode starting on or after the end of the
	// provider's registration.
	urnRule("227", "Ofsted Unique reference number (URN) is not valid for the episode start date.",
		[]string{"URN", "DECOM"}, func(c *Context, t *Table, row int, es []*provider) bool {
			decom := ParseDay(t.Get(row, "DECOM"))
			for _, e := range es {
				if end := e.regEnd; end.Valid() && decom.Valid() && decom >= end {
					return true
				}
			}
			return false
		})

	// 228: "Ofsted Unique reference number (URN) is not valid for the
	// episode end date." An episode ending after the end of the provider's
	// registration; one without a valid end date fails when the
	// registration ended before 31 March.
	urnRule("228", "Ofsted Unique reference number (URN) is not valid for the episode end date [NOTE: may give false positives on open episodes at providers who close during the year]",
		[]string{"URN", "DEC"}, func(c *Context, t *Table, row int, es []*provider) bool {
			dec := ParseDay(t.Get(row, "DEC"))
			if !dec.Valid() {
				dec = c.End
			}
			for _, e := range es {
				if end := e.regEnd; end.Valid() && dec > end {
					return true
				}
			}
			return false
		})

	// 218: "Ofsted Unique reference number (URN) is required." An episode
	// open at, or ending on or after, the start of the year, in a placement
	// that Ofsted registers, needs a URN (XXXXXXX where the provider has
	// none). The sector rule also exempts placements outside England, known
	// from the placement postcode's local authority; the validator here has
	// no postcode directory, so that exemption is not applied.
	register(&Rule{Code: "218", Description: "Ofsted Unique reference number (URN) is required.",
		Until: 2022, Tables: []TableID{Episodes}, Fields: []string{"URN"},
		Check: func(c *Context) {
			exempt := []string{"H5", "P1", "P2", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z1"}
			if c.Year >= 2025 {
				exempt = append(exempt, "Z11", "Z12", "Z13", "Z14")
			}
			t := c.Cur.Tables[Episodes]
			cDec, cURN, cPlace := t.Col("DEC"), t.Col("URN"), t.Col("PLACE")
			for row := 0; row < t.Len(); row++ {
				if t.Cell(row, cURN) != "" || in(t.Cell(row, cPlace), exempt...) {
					continue
				}
				if decText := t.Cell(row, cDec); decText == "" || ParseDay(decText) >= c.Start {
					c.Flag(Episodes, row, "URN", "")
				}
			}
		}})

	// 222: "Ofsted Unique reference number (URN) should not be recorded for
	// this placement type." A URN other than XXXXXXX with placement H5, P1-P3,
	// R1, R2, R5, T0-T4 or Z1 (Z11-Z14 from 2025/26, when Z1 was split).
	register(&Rule{Code: "222", Description: "Ofsted Unique reference number (URN) should not be recorded for this placement type.",
		Tables: []TableID{Episodes}, Fields: []string{"URN"}, Until: 2022, // later versions: rules_years.go
		Check: func(c *Context) {
			places := []string{"H5", "P1", "P2", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z1"}
			if c.Year >= 2025 {
				places = append(places, "Z11", "Z12", "Z13", "Z14")
			}
			t := c.Cur.Tables[Episodes]
			cPlace, cURN := t.Col("PLACE"), t.Col("URN")
			for row := 0; row < t.Len(); row++ {
				if urn := t.Cell(row, cURN); urn != "" && urn != "XXXXXXX" && in(t.Cell(row, cPlace), places...) {
					c.Flag(Episodes, row, "URN", "")
				}
			}
		}})
}

func init() {
	// 1008: "Ofsted Unique Reference Number (URN) is not valid." A URN other
	// than XXXXXXX that Ofsted's lists do not hold (only with the lists
	// loaded, like the other URN rules).
	urnRule("1008", "Ofsted Unique Reference Number (URN) is not valid.", []string{"URN"},
		func(_ *Context, _ *Table, _ int, es []*provider) bool { return len(es) == 0 })
}

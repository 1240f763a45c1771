package ssda903

import (
	"path/filepath"
	"slices"
	"testing"

	"ourchild/internal/samples"
)

// Table cases for the rules of rules_ofsted.go.

func init() {
	ruleCases = append(ruleCases, []ruleCase{
		{"222", map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "T2", "URN": "SC123456"}}}, map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "T2", "URN": "XXXXXXX"}, {"CHILD": "1", "PLACE": "U1", "URN": "SC123456"}}}},
		ruleCase{"218", oneRow(Episodes, row{"CHILD": "1", "PLACE": "U1", "DEC": "01/04/2017"}),
			tables{Episodes: {{"CHILD": "1", "PLACE": "U1", "DEC": "31/03/2017"}, {"CHILD": "1", "PLACE": "U1", "URN": "XXXXXXX"}, {"CHILD": "1", "PLACE": "T1"}}}},
		ruleCase{"218", oneRow(Episodes, row{"CHILD": "1", "PLACE": "K2"}), oneRow(Episodes, row{"CHILD": "1", "PLACE": "K2", "URN": "SC123456"})},
		ruleCase{"219", episodesOf(row{"CHILD": "1", "URN": "SC000001", "PLACE": "U1"}),
			episodesOf(row{"CHILD": "1", "URN": "SC000001", "PLACE": "K2"}, row{"CHILD": "1", "URN": "XXXXXXX", "PLACE": "U1"}, row{"CHILD": "1", "PLACE": "U1"})},
		// a URN not in the lists fails
		ruleCase{"219", episodesOf(row{"CHILD": "1", "URN": "SC999999", "PLACE": "K2"}), episodesOf(row{"CHILD": "1", "URN": "sc000002", "PLACE": "U2"})},
		ruleCase{"221", episodesOf(row{"CHILD": "1", "URN": "SC000001", "PLACE": "K2", "LS": "C2", "PL_POST": "M2 4RT"}),
			episodesOf(row{"CHILD": "1", "URN": "SC000001", "PLACE": "K2", "LS": "C2", "PL_POST": "m2 3rt"},
				row{"CHILD": "1", "URN": "SC000001", "PLACE": "K2", "LS": "V3", "PL_POST": "M2 4RT"},
				row{"CHILD": "1", "URN": "SC000001", "PLACE": "U1", "LS": "C2", "PL_POST": "M2 4RT"})},
		ruleCase{"224", episodesOf(row{"CHILD": "1", "URN": "SC000002", "PLACE_PROVIDER": "PR1"}),
			episodesOf(row{"CHILD": "1", "URN": "SC000002", "PLACE_PROVIDER": "PR4"}, row{"CHILD": "1", "URN": "SC000001", "PLACE_PROVIDER": "PR2"})},
		// SC000002's registration ended on 01/09/2017
		ruleCase{"227", episodesOf(row{"CHILD": "1", "URN": "SC000002", "DECOM": "01/09/2017"}),
			episodesOf(row{"CHILD": "1", "URN": "SC000002", "DECOM": "31/08/2017"}, row{"CHILD": "1", "URN": "SC000001", "DECOM": "01/03/2018"})},
		ruleCase{"228", episodesOf(row{"CHILD": "1", "URN": "SC000002", "DECOM": "01/05/2017", "DEC": "02/09/2017"}),
			episodesOf(row{"CHILD": "1", "URN": "SC000002", "DECOM": "01/05/2017", "DEC": "01/09/2017"}, row{"CHILD": "1", "URN": "SC000001", "DECOM": "01/05/2017"})},
		// an open episode counts to 31 March, after the registration ended
		ruleCase{"228", episodesOf(row{"CHILD": "1", "URN": "SC000002", "DECOM": "01/05/2017"}), episodesOf(row{"CHILD": "1", "URN": "SC000001", "DECOM": "01/05/2017"})},
	}...)
}

// testProviders is the lookup the URN rules' table cases use: small
// returns built in memory (no Dir; the benchmarks' large synthetic returns
// are left without) that have no lookup of their own get it.
var testProviders = func() *Providers {
	p := &Providers{byURN: map[string][]int32{}}
	add := func(urn string, e provider) {
		p.byURN[urn] = append(p.byURN[urn], int32(len(p.entries)))
		p.entries = append(p.entries, e)
	}
	add("SC000001", provider{place: []string{"K2"}, prov: []string{"PR1", "PR2"}, postcode: "M23RT"})
	add("SC000002", provider{place: []string{"U1", "U2"}, prov: []string{"PR4"}, regEnd: MakeDay(2017, 9, 1), postcode: "M24RT"})
	return p
}()

func init() {
	for _, code := range []string{"219", "221", "224", "227", "228"} {
		caseLookups[code] = func(r *Return) { r.Providers = testProviders }
	}
}

// TestURNRulesNeedLookup checks that the URN rules find nothing without
// the provider lookup, and that a loaded return's own lookup is used.
func TestURNRulesNeedLookup(t *testing.T) {
	r := mk(map[TableID][]row{Episodes: {{"CHILD": "1", "URN": "SC999999", "PLACE": "K2", "PLACE_PROVIDER": "PR1"}}})
	r.Dir = "loaded"
	var rules []*Rule
	for _, x := range Rules() {
		if slices.Contains([]string{"219", "221", "224", "227", "228"}, x.Code) {
			rules = append(rules, x)
		}
	}
	if fs, _ := run(r, nil, 2017, rules); len(fs) != 0 {
		t.Errorf("without a lookup: %v", fs)
	}
	r.Providers = testProviders
	fs, _ := run(r, nil, 2017, rules)
	if got := Counts(fs); got["219"][0] != 1 || got["224"][0] != 1 || len(got) != 2 {
		t.Errorf("with a lookup, an unlisted URN: %v", got)
	}
}

// TestLoadProviders reads the sample Ofsted lists in each layout.
func TestLoadProviders(t *testing.T) {
	dir := filepath.Join(samples.Dir(t), "903-ofsted-lookups")
	type want struct {
		urn, postcode string
		place, prov   []string
		regEnd        Day
	}
	for _, tc := range []struct {
		files []string
		n     int
		check []want
	}{
		{[]string{"ch_fake.xlsx", "scp_fake.xlsx"}, 3, []want{
			{"NJASCN", "BN208JX", []string{"COD3"}, []string{"COD3C0D3"}, 0},
			{"BABABOOEY", "BN208JX", []string{"COD35"}, []string{"COD3C0D5"}, 0},
			{"P4BABOO7", "BN208JX", []string{"C0D5"}, []string{"C0D4D0"}, MakeDay(2023, 1, 1)}}},
		{[]string{"combined_scp_ch_fake.xlsx"}, 4, []want{
			{"ARN00001", "ND18AD", []string{"U1", "U2", "U3", "U4", "U5", "U6"}, []string{"RD1", "RD2"}, 0}}},
		{[]string{"scp_ch_2025_fake.xlsx"}, 2, []want{
			{"1", "RT14RT", []string{"H5"}, []string{"RRR"}, 0},
			{"2", "P057OD", []string{"H5", "K3"}, nil, MakeDay(2024, 2, 1)}}},
		{[]string{"scpch_assisted.xlsx"}, 6, []want{
			// this fake list's header has a column its rows lack, so its
			// provider codes column holds the next column's text
			{"GND00002", "GN11AN", []string{"A3", "A4", "A5", "A6"}, []string{"NOT PROVIDED AS SERVICE IS INSPECTED AS PART OF THE ILACS INSPECTION"}, 0},
			{"ISL00001", "SM0000", []string{"H5", "K3"}, []string{"CODECODE"}, 0}}},
	} {
		var paths []string
		for _, f := range tc.files {
			paths = append(paths, filepath.Join(dir, f))
		}
		p, err := LoadProviders(paths...)
		if err != nil {
			t.Errorf("%v: %v", tc.files, err)
			continue
		}
		if p.Len() != tc.n {
			t.Errorf("%v: %d providers, want %d", tc.files, p.Len(), tc.n)
		}
		for _, w := range tc.check {
			idx := p.lookup(w.urn)
			if len(idx) != 1 {
				t.Errorf("%v: URN %s listed %d times", tc.files, w.urn, len(idx))
				continue
			}
			e := p.entries[idx[0]]
			if e.postcode != w.postcode || !slices.Equal(e.place, w.place) || !slices.Equal(e.prov, w.prov) || e.regEnd != w.regEnd {
				t.Errorf("%v: URN %s is %+v, want %+v", tc.files, w.urn, e, w)
			}
		}
	}
	if _, err := LoadProviders(filepath.Join(samples.Dir(t), "903", "header.csv")); err == nil {
		t.Error("a CSV file read as a provider list")
	}
}

func init() {
	caseLookups["1008"] = func(r *Return) { r.Providers = testProviders }
	ruleCases = append(ruleCases, ruleCase{"1008", episodesOf(row{"URN": "SC999999"}),
		episodesOf(row{"URN": "SC000001"}, row{"URN": "XXXXXXX"}, row{"PLACE": "U1"})})
}

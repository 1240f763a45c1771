package ssda903

import (
	"path/filepath"
	"testing"

	"ourchild/internal/samples"
)

// fakePostcodes is a two-postcode stand-in for the ONS postcode directory,
// so that the rules reading PL_LA and PL_DISTANCE (406, 420, 1015) can be made
// to fail. None of its postcodes is in the public sample, which is checked
// as if no directory were loaded (TestPostcodesUnknown checks that too).
func fakePostcodes(pc string) (Postcode, bool) {
	switch {
	case samePostcode(pc, "ZZ11AA"):
		return Postcode{"E09000001", 530000, 180000}, true
	case samePostcode(pc, "ZZ22BB"):
		return Postcode{"E09000002", 540000, 190000}, true
	}
	return Postcode{}, false
}

// withFakePostcodes gives a return the fake directory, and E09000001 as
// the council's own LA.
func withFakePostcodes(r *Return) { r.Postcodes, r.OwnLA = fakePostcodes, "E09000001" }

func init() {
	for _, code := range []string{"406", "420", "1015"} {
		caseLookups[code] = withFakePostcodes
	}

	// Without the postcode directory, PL_LA and PL_DISTANCE cannot be
	// derived (see Postcode in rules_v1.go).
	knownDifference["406"] = "PL_DISTANCE needs the ONS postcode directory, not available offline: no distance can be derived, so nothing fails"
	knownDifference["420"] = "PL_LA needs the ONS postcode directory, not available offline: the 14 expected are the V3/V4 episodes whose PL_POST the directory holds"
	knownDifference["1015"] = "PL_LA needs the ONS postcode directory: without it no placement's LA is known, and failing every own-provision home (the sector validator's 448, its directory lacking the sample's random postcodes) would fail every council's own homes"

	ruleCases = append(ruleCases,
		ruleCase{"406", map[TableID][]row{UASC: {{"CHILD": "1"}}, Episodes: {{"CHILD": "1", "HOME_POST": "ZZ1 1AA", "PL_POST": "ZZ2 2BB"}}},
			map[TableID][]row{UASC: {{"CHILD": "1"}}, Episodes: {{"CHILD": "1", "HOME_POST": "ZZ1 1AA", "PL_POST": "XX9 9XX"}, {"CHILD": "2", "HOME_POST": "ZZ1 1AA", "PL_POST": "ZZ2 2BB"}}}},
		ruleCase{"420", map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V3", "PL_POST": "ZZ2 2BB"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V3", "PL_POST": "XX9 9XX"}, {"CHILD": "1", "LS": "C2", "PL_POST": "ZZ2 2BB"}}}},
		// the own LA's postcode passes however it is written
		ruleCase{"1015", map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "K2", "PLACE_PROVIDER": "PR1", "LS": "C2", "PL_POST": "ZZ2 2BB"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "K2", "PLACE_PROVIDER": "PR1", "LS": "C2", "PL_POST": "zz1 1aa"},
				{"CHILD": "1", "PLACE": "U1", "PLACE_PROVIDER": "PR1", "LS": "C2", "PL_POST": "ZZ2 2BB"},
				{"CHILD": "1", "PLACE": "K2", "PLACE_PROVIDER": "PR2", "LS": "C2", "PL_POST": "ZZ2 2BB"},
				{"CHILD": "1", "PLACE": "K2", "PLACE_PROVIDER": "PR1", "LS": "V3", "PL_POST": "ZZ2 2BB"}}}},
		ruleCase{"426", map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V3"}, {"CHILD": "1", "LS": "V4"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "LS": "V3"}, {"CHILD": "1", "LS": "V3"}, {"CHILD": "2", "LS": "V4"}, {"CHILD": "2", "LS": "C2"}}}},
		// episodes out of file order: the rules compare neighbours by DECOM
		ruleCase{"431", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/06/2017", "RNE": "S"}, {"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/06/2017"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "02/06/2017", "RNE": "S"}, {"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/06/2017"},
				{"CHILD": "2", "DECOM": "01/06/2017", "DEC": "10/06/2017"}, {"CHILD": "2", "DECOM": "10/06/2017", "RNE": "P"}}}},
		ruleCase{"432", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "05/06/2017", "RNE": "P"}, {"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/06/2017", "REC": "E11"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "05/06/2017", "RNE": "S"}, {"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/06/2017", "REC": "E11"},
				{"CHILD": "2", "DECOM": "01/05/2017", "DEC": "01/06/2017", "REC": "X1"}, {"CHILD": "2", "DECOM": "01/06/2017", "RNE": "P"}}}},
		ruleCase{"433", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/06/2017"}, {"CHILD": "1", "DECOM": "02/06/2017", "RNE": "P"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/06/2017"}, {"CHILD": "1", "DECOM": "01/06/2017", "RNE": "p"}, {"CHILD": "2", "DECOM": "01/06/2017", "RNE": "P"}}}},
		ruleCase{"434", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "LS": "C2", "PLACE": "U1"}, {"CHILD": "1", "DECOM": "01/06/2017", "RNE": "L", "LS": "C2", "PLACE": "U1"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "LS": "C2", "PLACE": "U1"}, {"CHILD": "1", "DECOM": "01/06/2017", "RNE": "L", "LS": "E1", "PLACE": "U1"}}}},
		ruleCase{"434", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "LS": "C2", "PLACE": "U1"}, {"CHILD": "1", "DECOM": "01/06/2017", "RNE": "L", "LS": "E1", "PLACE": "U1", "URN": "SC1"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/06/2017", "RNE": "L", "LS": "C2"}}}},
		ruleCase{"435", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "LS": "C2", "PLACE": "U1", "PL_POST": "A1", "URN": "SC1", "PLACE_PROVIDER": "PR1"},
			{"CHILD": "1", "DECOM": "01/06/2017", "RNE": "P", "LS": "C2", "PLACE": "U1", "PL_POST": "A1", "URN": "SC1", "PLACE_PROVIDER": "PR1"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "LS": "C2", "PLACE": "U1", "PL_POST": "A1", "URN": "SC1", "PLACE_PROVIDER": "PR1"},
				{"CHILD": "1", "DECOM": "01/06/2017", "RNE": "P", "LS": "C2", "PLACE": "U2", "PL_POST": "A1", "URN": "SC1", "PLACE_PROVIDER": "PR1"}}}},
		ruleCase{"436", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "LS": "C2", "PLACE": "U1"}, {"CHILD": "1", "DECOM": "01/06/2017", "RNE": "B", "LS": "C2", "PLACE": "U2"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "LS": "C2", "PLACE": "U1"}, {"CHILD": "1", "DECOM": "01/06/2017", "RNE": "B", "LS": "E1", "PLACE": "U2"}}}},
		ruleCase{"437", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/07/2017"}, {"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/06/2017", "REC": "E15"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/07/2017", "DEC": "01/08/2017", "REC": "E15"}, {"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/06/2017", "REC": "E8"}}}},
		ruleCase{"501", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "DEC": "10/06/2017"}, {"CHILD": "1", "DECOM": "01/06/2017"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "DEC": "10/06/2017"}, {"CHILD": "1", "DECOM": "10/06/2017"}, {"CHILD": "2", "DECOM": "01/06/2017"}}}},
		ruleCase{"516", map[TableID][]row{Episodes: {{"CHILD": "1", "REC": "E45", "PLACE": "K2"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "REC": "E45", "PLACE": "U3"}, {"CHILD": "1", "REC": "E2", "PLACE": "K2"}}}},
		ruleCase{"525", map[TableID][]row{PlacedAdoption: {{"CHILD": "1", "DATE_PLACED_CEASED": "01/06/2017"}}, AD1: {{"CHILD": "1", "DATE_INT": "01/01/2017"}}},
			map[TableID][]row{PlacedAdoption: {{"CHILD": "1"}, {"CHILD": "2", "DATE_PLACED_CEASED": "01/06/2017"}, {"CHILD": "3", "DATE_PLACED_CEASED": "01/06/2017"}},
				AD1: {{"CHILD": "1", "DATE_INT": "01/01/2017"}, {"CHILD": "2"}}}},
		ruleCase{"574", map[TableID][]row{Missing: {{"CHILD": "1", "MIS_START": "01/06/2017", "MIS_END": "05/06/2017"}, {"CHILD": "1", "MIS_START": "01/05/2017"}}},
			map[TableID][]row{Missing: {{"CHILD": "1", "MIS_START": "01/06/2017"}, {"CHILD": "1", "MIS_START": "10/05/2017", "MIS_END": "12/05/2017"}, {"CHILD": "1", "MIS_START": "01/05/2017", "MIS_END": "10/05/2017"}}}},
		ruleCase{"577", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/08/2017", "REC": "E8"}}, Missing: {{"CHILD": "1", "MIS_START": "01/06/2017"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/08/2017", "REC": "E8"}, {"CHILD": "2", "DECOM": "01/05/2017"}},
				Missing: {{"CHILD": "1", "MIS_START": "01/06/2017", "MIS_END": "05/06/2017"}, {"CHILD": "2", "MIS_START": "01/06/2017"}, {"CHILD": "3", "MIS_START": "01/06/2017"}}}},
		ruleCase{"578", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/08/2017"}}, Missing: {{"CHILD": "1", "MIS_START": "01/09/2017"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/08/2017"}, {"CHILD": "1", "DECOM": "01/10/2017"}},
				Missing: {{"CHILD": "1", "MIS_START": "01/07/2017"}, {"CHILD": "1", "MIS_START": "01/11/2017"}, {"CHILD": "2", "MIS_START": "01/09/2017"}}}},
		ruleCase{"581", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/08/2017"}}, Missing: {{"CHILD": "1", "MIS_START": "01/04/2017"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2017", "DEC": "01/08/2017"}, {"CHILD": "2", "DECOM": "01/05/2017"}},
				Missing: {{"CHILD": "1", "MIS_START": "01/08/2017"}, {"CHILD": "2", "MIS_START": "01/01/2018"}, {"CHILD": "3", "MIS_START": "01/01/2018"}}}},
		// an adoption coded E12 without a date counts as in the year
		ruleCase{"602", map[TableID][]row{Episodes: {{"CHILD": "1", "DEC": "01/06/2017", "REC": "E8"}}, AD1: {{"CHILD": "1", "DATE_INT": "01/01/2017"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DEC": "01/06/2017", "REC": "E11"}, {"CHILD": "2", "REC": "E12"}},
				AD1: {{"CHILD": "1", "DATE_INT": "01/01/2017"}, {"CHILD": "2", "DATE_MATCH": "01/01/2017"}, {"CHILD": "3"}}}},
		ruleCase{"1003", map[TableID][]row{Episodes: {{"CHILD": "1", "RNE": "S", "DECOM": "01/05/2017"}}, PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "01/04/2017"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "RNE": "S", "DECOM": "01/05/2017"}, {"CHILD": "2", "RNE": "S", "DECOM": "01/05/2017"}, {"CHILD": "2", "RNE": "S", "DECOM": "01/05/2016"}},
				PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "01/05/2017"}, {"CHILD": "2", "DATE_PLACED": "01/06/2016"}}}},
		// 17 on 1 June 2017; the good case's episodes end before that
		// birthday, are open (as the sector validator reads it), or have no
		// care leaver items
		ruleCase{"1007", map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/01/2017", "DEC": "01/07/2017"}}, OC3: {{"CHILD": "1", "DOB": "01/06/2000", "IN_TOUCH": "YES"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/01/2017", "DEC": "01/05/2017"}, {"CHILD": "2", "DECOM": "01/01/2017"}, {"CHILD": "3", "DECOM": "01/01/2017", "DEC": "01/07/2017"}},
				OC3: {{"CHILD": "1", "DOB": "01/06/2000", "IN_TOUCH": "YES"}, {"CHILD": "2", "DOB": "01/06/2000", "ACTIV": "F1"}, {"CHILD": "3", "DOB": "01/06/2000"}}}},
		ruleCase{"3001", map[TableID][]row{Header: {{"CHILD": "1", "DOB": "01/06/2000"}}, OC3: {{"CHILD": "1", "ACCOM": "z1"}}},
			map[TableID][]row{Header: {{"CHILD": "1", "DOB": "01/06/2000"}, {"CHILD": "2", "DOB": "01/06/1999"}}, OC3: {{"CHILD": "1", "ACCOM": "T1"}, {"CHILD": "2", "ACCOM": "Z1"}}}},
		ruleCase{"EPI", map[TableID][]row{Header: {{"CHILD": "1"}}, Episodes: {{"CHILD": "2"}}},
			map[TableID][]row{Header: {{"CHILD": "1"}, {"CHILD": "2"}}, Episodes: {{"CHILD": "1"}}, OC3: {{"CHILD": "2"}}}},
	)
}

// TestPostcodesUnknown checks the postcode rules without the directory, as
// on the sample and in production until one is supplied: PL_LA and
// PL_DISTANCE are never derived, so 406, 420 and 1015 pass; with the
// directory, 1015 fails an own home whose postcode it does not hold, as the
// sector validator does.
func TestPostcodesUnknown(t *testing.T) {
	byCode := map[string]*Rule{}
	for _, r := range Rules() {
		byCode[r.Code] = r
	}
	ret := mk(map[TableID][]row{UASC: {{"CHILD": "1"}}, Episodes: {
		{"CHILD": "1", "LS": "V3", "HOME_POST": "ZZ1 1AA", "PL_POST": "ZZ2 2BB"},
		{"CHILD": "1", "PLACE": "K2", "PLACE_PROVIDER": "PR1", "LS": "C2", "HOME_POST": "ZZ1 1AA", "PL_POST": "ZZ1 1AA"},
	}})
	for code, want := range map[string]int{"406": 0, "420": 0, "1015": 0} {
		got, _ := run(ret, nil, 2017, []*Rule{byCode[code]})
		if len(got) != want {
			t.Errorf("rule %s without the postcode directory: %d findings, want %d: %+v", code, len(got), want, got)
		}
	}
	unlisted := mk(map[TableID][]row{Episodes: {{"CHILD": "1", "PLACE": "K2", "PLACE_PROVIDER": "PR1", "LS": "C2", "PL_POST": "M1 1AE"}}})
	withFakePostcodes(unlisted)
	if got, _ := run(unlisted, nil, 2017, []*Rule{byCode["1015"]}); len(got) != 1 {
		t.Errorf("rule 1015 with the directory, a postcode it lacks: %d findings, want 1", len(got))
	}
}

// TestSampleRows pins which records some of the v2 rules flag on the
// sample, beyond the counts TestSample compares: the flagged table for the
// rules that join two tables.
func TestSampleRows(t *testing.T) {
	ret, err := Load(filepath.Join(samples.Dir(t), "903"))
	if err != nil {
		t.Fatalf("load sample: %v", err)
	}
	byCode := map[string]*Rule{}
	for _, r := range Rules() {
		byCode[r.Code] = r
	}
	for code, want := range map[string]map[string]int{
		"1003": {"Episodes": 4, "PlacedAdoption": 4},
		"525":  {"PlacedAdoption": 29, "AD1": 29},
		"EPI":  {"Header": 541},
	} {
		fs, _ := run(ret, nil, 0, []*Rule{byCode[code]})
		got := map[string]int{}
		for _, f := range fs {
			got[f.Table]++
		}
		for table, n := range want {
			if got[table] != n {
				t.Errorf("rule %s: %d %s records flagged, want %d", code, got[table], table, n)
			}
		}
	}
}

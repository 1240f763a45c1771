package ssda903

import (
	"path/filepath"
	"testing"

	"ourchild/internal/samples"
)

// fieldRuleCodes are the rules of rules_v3*.go.
var fieldRuleCodes = []string{"101", "102", "103", "104", "112", "113", "114", "115", "116", "119", "131", "134", "141", "147", "151", "153", "159", "166", "167", "171", "174", "175", "176", "177", "180", "181", "182", "184", "186", "188", "189", "191", "192", "196", "197a", "197B", "218"}

// Each case: a return the rule must flag, and one it must pass. Dates are
// for 2017/18 (1 April 2017 to 31 March 2018).
func init() {
	type tabs = map[TableID][]row
	one := func(id TableID, r row) tabs { return tabs{id: {r}} }
	// a child in care since 2015 and still in care: continuously looked after
	cla := []row{{"CHILD": "1", "DECOM": "01/05/2015", "RNE": "S", "LS": "C2"}}
	// a child who came into care during the year: not
	notCLA := []row{{"CHILD": "1", "DECOM": "01/05/2017", "RNE": "S", "LS": "C2"}}
	adoption := row{"CHILD": "1", "DATE_INT": "01/01/2017", "DATE_MATCH": "01/02/2017", "FOSTER_CARE": "0", "NB_ADOPTR": "1", "SEX_ADOPTR": "F1", "LS_ADOPTR": "L0"}
	oc2Full := row{"CHILD": "1", "DOB": "01/06/2008", "CONVICTED": "0", "HEALTH_CHECK": "1", "IMMUNISATIONS": "1", "TEETH_CHECK": "1", "HEALTH_ASSESSMENT": "1", "SUBSTANCE_MISUSE": "0"}
	with := func(r row, kv ...string) row {
		out := row{}
		for k, v := range r {
			out[k] = v
		}
		for i := 0; i+1 < len(kv); i += 2 {
			out[kv[i]] = kv[i+1]
		}
		return out
	}
	ruleCases = append(ruleCases,
		ruleCase{"101", one(Header, row{"CHILD": "1", "SEX": ""}), tabs{Header: {{"CHILD": "1", "SEX": "1"}, {"CHILD": "2", "SEX": "2"}}}},
		ruleCase{"101", one(Header, row{"CHILD": "1", "SEX": "0"}), one(Header, row{"CHILD": "1", "SEX": "2"})},
		ruleCase{"102", one(Header, row{"CHILD": "1", "DOB": "31/02/2010"}), one(Header, row{"CHILD": "1", "DOB": "28/02/2010"})},
		ruleCase{"102", one(Header, row{"CHILD": "1"}), one(Header, row{"CHILD": "1", "DOB": "1/2/2010"})},
		ruleCase{"103", one(Header, row{"CHILD": "1", "ETHNIC": "wbri"}), one(Header, row{"CHILD": "1", "ETHNIC": "WBRI"})},
		ruleCase{"103", one(Header, row{"CHILD": "1"}), one(Header, row{"CHILD": "1", "ETHNIC": "NOBT"})},
		ruleCase{"104", one(UASC, row{"CHILD": "1", "DUC": "31/03/2017"}), tabs{UASC: {{"CHILD": "1", "DUC": "01/04/2017"}, {"CHILD": "2"}}}},
		ruleCase{"104", one(UASC, row{"CHILD": "1", "DUC": "2017-06-01"}), one(UASC, row{"CHILD": "1", "DUC": "01/06/2017"})},
		ruleCase{"112", one(AD1, row{"CHILD": "1", "DATE_INT": "01/13/2017"}), tabs{AD1: {{"CHILD": "1", "DATE_INT": "01/12/2017"}, {"CHILD": "2"}}}},
		ruleCase{"113", one(AD1, row{"CHILD": "1", "DATE_MATCH": "01/01/17"}), tabs{AD1: {{"CHILD": "1", "DATE_MATCH": "01/01/2017"}, {"CHILD": "2"}}}},
		ruleCase{"114", one(AD1, row{"CHILD": "1", "FOSTER_CARE": "2"}), tabs{AD1: {{"CHILD": "1", "FOSTER_CARE": "1"}, {"CHILD": "2"}}}},
		ruleCase{"115", one(PlacedAdoption, row{"CHILD": "1", "DATE_PLACED": "32/01/2017"}), tabs{PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "31/01/2017"}, {"CHILD": "2"}}}},
		ruleCase{"116", one(PlacedAdoption, row{"CHILD": "1", "DATE_PLACED_CEASED": "x"}), tabs{PlacedAdoption: {{"CHILD": "1", "DATE_PLACED_CEASED": "31/01/2017"}, {"CHILD": "2"}}}},
		ruleCase{"119", one(PlacedAdoption, row{"CHILD": "1", "DATE_PLACED_CEASED": "01/06/2017"}),
			tabs{PlacedAdoption: {{"CHILD": "1", "DATE_PLACED_CEASED": "01/06/2017", "REASON_PLACED_CEASED": "RD1"}, {"CHILD": "2"}}}},
		ruleCase{"119", one(PlacedAdoption, row{"CHILD": "1", "REASON_PLACED_CEASED": "RD1"}), one(PlacedAdoption, row{"CHILD": "1"})},
		ruleCase{"131", one(OC3, row{"CHILD": "1", "IN_TOUCH": "yes"}), one(OC3, row{"CHILD": "1", "IN_TOUCH": "YES"})},
		ruleCase{"131", one(OC3, row{"CHILD": "1"}), one(OC3, row{"CHILD": "1", "IN_TOUCH": "RHOM"})},
		// child 1 is a care leaver with adoption data; child 2's OC3 row is empty
		ruleCase{"134", tabs{OC3: {{"CHILD": "1", "ACCOM": "Z1"}}, AD1: {adoption}},
			tabs{OC3: {{"CHILD": "1", "ACCOM": "Z1"}, {"CHILD": "2"}}, AD1: {{"CHILD": "1"}, with(adoption, "CHILD", "2"), with(adoption, "CHILD", "3")}}},
		ruleCase{"141", one(Episodes, row{"CHILD": "1", "DECOM": "1/1/17"}), tabs{Episodes: {{"CHILD": "1", "DECOM": "01/01/2017"}, {"CHILD": "2"}}}},
		ruleCase{"147", one(Episodes, row{"CHILD": "1", "DEC": "29/02/2017"}), tabs{Episodes: {{"CHILD": "1", "DEC": "29/02/2016"}, {"CHILD": "2"}}}},
		ruleCase{"151", one(AD1, with(adoption, "FOSTER_CARE", "")), tabs{AD1: {adoption, {"CHILD": "2"}}}},
		ruleCase{"153", one(OC3, row{"CHILD": "1", "IN_TOUCH": "YES", "ACTIV": "F1"}),
			tabs{OC3: {{"CHILD": "1", "IN_TOUCH": "YES", "ACTIV": "F1", "ACCOM": "Z1"}, {"CHILD": "2"}}}},
		ruleCase{"159", one(OC2, row{"CHILD": "1", "SUBSTANCE_MISUSE": "1", "INTERVENTION_RECEIVED": "0"}),
			tabs{OC2: {{"CHILD": "1", "SUBSTANCE_MISUSE": "1", "INTERVENTION_RECEIVED": "0", "INTERVENTION_OFFERED": "1"}, {"CHILD": "2", "SUBSTANCE_MISUSE": "1", "INTERVENTION_RECEIVED": "1"}}}},
		ruleCase{"166", one(Reviews, row{"CHILD": "1"}), one(Reviews, row{"CHILD": "1", "REVIEW": "01/06/2017"})},
		ruleCase{"166", one(Reviews, row{"CHILD": "1", "REVIEW": "2017-06-01"}), one(Reviews, row{"CHILD": "1", "REVIEW": "1/6/2017"})},
		ruleCase{"167", one(Reviews, row{"CHILD": "1", "REVIEW": "01/06/2017", "REVIEW_CODE": "PN8"}),
			tabs{Reviews: {{"CHILD": "1", "REVIEW": "01/06/2017", "REVIEW_CODE": "PN7"}, {"CHILD": "2"}}}},
		ruleCase{"167", one(Reviews, row{"CHILD": "1", "REVIEW_CODE": "PN1"}), one(Reviews, row{"CHILD": "1", "REVIEW": "01/06/2017", "REVIEW_CODE": "PN0"})},
		ruleCase{"171", one(Header, row{"CHILD": "1", "MC_DOB": "00/01/2017"}), tabs{Header: {{"CHILD": "1", "MC_DOB": "01/01/2017"}, {"CHILD": "2"}}}},
		ruleCase{"174", one(Header, row{"CHILD": "1", "SEX": "1", "MC_DOB": "01/01/2017"}),
			tabs{Header: {{"CHILD": "1", "SEX": "2", "MC_DOB": "01/01/2017"}, {"CHILD": "2", "SEX": "1"}}}},
		ruleCase{"175", one(AD1, row{"CHILD": "1", "NB_ADOPTR": "0"}), tabs{AD1: {{"CHILD": "1", "NB_ADOPTR": "2"}, {"CHILD": "2"}}}},
		ruleCase{"176", one(AD1, row{"CHILD": "1", "SEX_ADOPTR": "m1"}), tabs{AD1: {{"CHILD": "1", "SEX_ADOPTR": "MF"}, {"CHILD": "2"}}}},
		ruleCase{"177", one(AD1, row{"CHILD": "1", "LS_ADOPTR": "L1"}), tabs{AD1: {{"CHILD": "1", "LS_ADOPTR": "L12"}, {"CHILD": "2"}}}},
		ruleCase{"180", one(OC2, row{"CHILD": "1", "SDQ_SCORE": "41"}), tabs{OC2: {{"CHILD": "1", "SDQ_SCORE": "40"}, {"CHILD": "2", "SDQ_SCORE": "0"}, {"CHILD": "3", "SDQ_SCORE": "20.0"}, {"CHILD": "4"}}}},
		ruleCase{"180", one(OC2, row{"CHILD": "1", "SDQ_SCORE": "39.5"}), one(OC2, row{"CHILD": "1", "SDQ_SCORE": "7"})},
		ruleCase{"180", one(OC2, row{"CHILD": "1", "SDQ_SCORE": "XX"}), one(OC2, row{"CHILD": "1", "SDQ_SCORE": "07"})},
		ruleCase{"181", one(OC2, row{"CHILD": "1", "INTERVENTION_OFFERED": "2"}), tabs{OC2: {oc2Full, {"CHILD": "2"}}}},
		ruleCase{"182", one(OC2, with(oc2Full, "TEETH_CHECK", "")),
			tabs{OC2: {oc2Full, {"CHILD": "2"}, {"CHILD": "3", "IMMUNISATIONS": "1"}}}},
		ruleCase{"184", tabs{Header: {{"CHILD": "1", "DOB": "01/06/2016"}}, PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "31/05/2016"}}},
			tabs{Header: {{"CHILD": "1", "DOB": "01/06/2016"}}, PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "01/06/2016"}, {"CHILD": "1"}}}},
		// no Header row for the child: the decision cannot be shown to follow the birth
		ruleCase{"184", tabs{Header: {}, PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "31/05/2016"}}},
			tabs{Header: {}, PlacedAdoption: {{"CHILD": "1", "DATE_PLACED": "31/05/20"}}}},
		// born 01/04/2013: 4 on 01/04/2017, the start of the year
		ruleCase{"186", tabs{Episodes: cla, OC2: {{"CHILD": "1", "DOB": "01/04/2013"}}},
			tabs{Episodes: cla, OC2: {{"CHILD": "1", "DOB": "01/04/2013", "SDQ_SCORE": "10"}, {"CHILD": "2", "DOB": "01/01/2010"}}}},
		ruleCase{"186", tabs{Episodes: cla, OC2: {{"CHILD": "1", "DOB": "01/04/2001"}}},
			tabs{Episodes: cla, OC2: {{"CHILD": "1", "DOB": "31/03/2001"}}}},
		ruleCase{"186", tabs{Episodes: cla, OC2: {{"CHILD": "1", "DOB": "01/01/2010"}}},
			tabs{Episodes: notCLA, OC2: {{"CHILD": "1", "DOB": "01/01/2010"}}}},
		ruleCase{"188", one(OC2, row{"CHILD": "1", "DOB": "01/04/2014", "SDQ_REASON": "SDQ1"}),
			tabs{OC2: {{"CHILD": "1", "DOB": "31/03/2014", "SDQ_REASON": "SDQ1"}, {"CHILD": "2", "DOB": "01/04/2014"}}}},
		ruleCase{"189", one(OC2, row{"CHILD": "1", "DOB": "01/04/2000", "SDQ_SCORE": "10"}),
			tabs{OC2: {{"CHILD": "1", "DOB": "02/04/2000", "SDQ_SCORE": "10"}, {"CHILD": "2", "DOB": "01/04/2000"}}}},
		ruleCase{"191", tabs{Episodes: cla, OC2: {with(oc2Full, "SUBSTANCE_MISUSE", "")}},
			tabs{Episodes: cla, OC2: {oc2Full}}},
		// a child looked after continuously with no OC2 row fails in its earliest episode
		ruleCase{"191", tabs{Episodes: append([]row{{"CHILD": "2", "DECOM": "01/05/2017", "RNE": "S"}}, cla...), OC2: {}},
			tabs{Episodes: append([]row{{"CHILD": "2", "DECOM": "01/05/2017", "RNE": "S"}}, notCLA...), OC2: {}}},
		ruleCase{"192", one(OC2, row{"CHILD": "1", "SUBSTANCE_MISUSE": "1"}),
			tabs{OC2: {{"CHILD": "1", "SUBSTANCE_MISUSE": "1", "INTERVENTION_RECEIVED": "0"}, {"CHILD": "2", "SUBSTANCE_MISUSE": "0"}}}},
		ruleCase{"196", one(OC2, row{"CHILD": "1", "SDQ_REASON": "sdq2"}), tabs{OC2: {{"CHILD": "1", "SDQ_REASON": "SDQ2"}, {"CHILD": "2"}}}},
		ruleCase{"197a", one(OC2, row{"CHILD": "1", "SDQ_SCORE": "10", "SDQ_REASON": "SDQ2"}),
			tabs{OC2: {{"CHILD": "1", "SDQ_SCORE": "10"}, {"CHILD": "2", "SDQ_REASON": "SDQ2"}}}},
		// 17th birthday on 31/03/2018, the last day of the year; 4th on 01/04/2017
		ruleCase{"197B", tabs{Episodes: cla, OC2: {{"CHILD": "1", "DOB": "31/03/2001"}}},
			tabs{Episodes: cla, OC2: {{"CHILD": "1", "DOB": "31/03/2001", "SDQ_REASON": "SDQ1"}, {"CHILD": "2", "DOB": "01/04/2001"}}}},
		ruleCase{"197B", tabs{Episodes: cla, OC2: {{"CHILD": "1", "DOB": "01/04/2013"}}},
			tabs{Episodes: notCLA, OC2: {{"CHILD": "1", "DOB": "01/04/2013"}}}},
		ruleCase{"218", one(Episodes, row{"CHILD": "1", "PLACE": "U1", "DEC": "01/04/2017"}),
			tabs{Episodes: {{"CHILD": "1", "PLACE": "U1", "DEC": "31/03/2017"}, {"CHILD": "1", "PLACE": "U1", "URN": "XXXXXXX"}, {"CHILD": "1", "PLACE": "T1"}}}},
		ruleCase{"218", one(Episodes, row{"CHILD": "1", "PLACE": "K2"}), one(Episodes, row{"CHILD": "1", "PLACE": "K2", "URN": "SC123456"})},
	)
}

// TestV3SampleAbsent checks that each rule of this file set that the
// expected findings for the public sample do not list flags nothing on the
// sample (TestSample compares only the rules the expected file lists).
func TestV3SampleAbsent(t *testing.T) {
	ret, err := Load(filepath.Join(samples.Dir(t), "903"))
	if err != nil {
		t.Fatalf("load sample: %v", err)
	}
	want := expected(t)
	byCode := map[string]*Rule{}
	for _, r := range Rules() {
		byCode[r.Code] = r
	}
	var rules []*Rule
	for _, code := range fieldRuleCodes {
		r := byCode[code]
		if r == nil {
			t.Errorf("rule %s not registered", code)
			continue
		}
		if _, listed := want[code]; !listed {
			rules = append(rules, r)
		}
	}
	fs, _ := run(ret, nil, 0, rules)
	got := Counts(fs)
	for _, r := range rules {
		n := got[r.Code][0]
		switch {
		case n == 0:
		case knownDifference[r.Code] != "":
			t.Logf("rule %s: %d findings on the sample, expected none (known: %s)", r.Code, n, knownDifference[r.Code])
		default:
			t.Errorf("rule %s: %d findings on the sample, which the expected findings do not list", r.Code, n)
		}
	}
}

package ssda903report_test

import (
	"testing"

	"ourchild/internal/casework"
	"ourchild/internal/date"
	"ourchild/internal/ssda903"
	"ourchild/internal/ssda903report"
	"ourchild/internal/store"
)

func item(id, parent int64, kind string, pairs ...string) *casework.Item {
	v := casework.Values{}
	for i := 0; i+1 < len(pairs); i += 2 {
		v[pairs[i]] = []string{pairs[i+1]}
	}
	return &casework.Item{ID: id, ParentID: parent, Kind: kind, Values: v}
}

// TestMapEdges checks two derivations the golden file does not reach: a young person still in
// care on their 17th birthday is not yet a care leaver (no OC3 row), and a substance misuse
// intervention that was received leaves "offered" blank (903 rule 158).
func TestMapEdges(t *testing.T) {
	opt := ssda903report.Options{Year: 2026}
	still := &store.LookedAfterChild{Person: store.CensusPerson{ID: 1, DateOfBirth: date.MustParse("2008-10-01"), Sex: "M", Ethnicity: "WBRI"},
		Items: []*casework.Item{
			item(10, 0, "care_period", "start", "2020-01-06", "category", "N1", "uasc", "no"),
			item(11, 10, "placement", "start", "2020-01-06", "reason_new", "S", "legal_status", "C2", "type", "U4", "provider", "PR1"),
			item(12, 10, "health_assessment", "date", "2025-11-01", "type", "review", "immunisations", "yes", "substance_misuse", "yes",
				"intervention_received", "yes", "intervention_offered", "yes"),
			item(13, 0, "care_leaver", "start", "2024-10-01", "status", "eligible"),
			item(14, 13, "in_touch", "date", "2025-10-01", "in_touch", "YES", "accommodation", "C1", "activity", "F2"),
		}}
	r := ssda903report.Map([]*store.LookedAfterChild{still}, opt)
	if n := r.Table(ssda903.OC3).Len(); n != 0 {
		t.Errorf("OC3 rows for a young person still in care on their 17th birthday = %d, want 0", n)
	}
	oc2 := r.Table(ssda903.OC2)
	if oc2.Len() != 1 || oc2.Get(0, "INTERVENTION_RECEIVED") != "1" || oc2.Get(0, "INTERVENTION_OFFERED") != "" {
		t.Errorf("OC2 = %d rows, received %q, offered %q", oc2.Len(), oc2.Get(0, "INTERVENTION_RECEIVED"), oc2.Get(0, "INTERVENTION_OFFERED"))
	}

	// The same young person, had they left care at 16, is in OC3.
	left := *still
	left.Items = append([]*casework.Item{item(10, 0, "care_period", "start", "2020-01-06", "category", "N1", "uasc", "no",
		"end", "2024-10-01", "reason_ceased", "E13")}, still.Items[1:]...)
	left.Items[1] = item(11, 10, "placement", "start", "2020-01-06", "reason_new", "S", "legal_status", "C2", "type", "U4", "provider", "PR1", "end", "2024-10-01")
	if n := ssda903report.Map([]*store.LookedAfterChild{&left}, opt).Table(ssda903.OC3).Len(); n != 1 {
		t.Errorf("OC3 rows for a care leaver = %d, want 1", n)
	}
}

// TestMapPlacedAdoptionCeased: DATE_PLACED_CEASED and REASON_PLACED_CEASED say a decision that
// the child should be placed for adoption was reversed; an adoption order ends the plan too
// but leaves them blank (903 rules 119 and 525), as does a reversal after 31 March.
func TestMapPlacedAdoptionCeased(t *testing.T) {
	tests := []struct {
		name                string
		adoption            []string
		wantCeased, wantWhy string
	}{
		{"adopted in the year", []string{"order", "2025-11-03", "ended", "2025-11-03"}, "", ""},
		{"decision reversed in the year", []string{"ended", "2025-11-03", "ended_reason", "RD1"}, "03/11/2025", "RD1"},
		{"decision reversed after 31 March", []string{"ended", "2026-05-01", "ended_reason", "RD3"}, "", ""},
		{"still to be placed", nil, "", ""},
	}
	for _, tt := range tests {
		c := &store.LookedAfterChild{Person: store.CensusPerson{ID: 1, DateOfBirth: date.MustParse("2022-10-01"), Sex: "F", Ethnicity: "WBRI"},
			Items: []*casework.Item{
				item(10, 0, "care_period", "start", "2024-01-08", "category", "N1", "uasc", "no"),
				item(11, 10, "placement", "start", "2024-01-08", "reason_new", "S", "legal_status", "C2", "type", "U4", "provider", "PR1"),
				item(12, 10, "adoption", append([]string{"decision", "2025-03-03"}, tt.adoption...)...),
			}}
		pa := ssda903report.Map([]*store.LookedAfterChild{c}, ssda903report.Options{Year: 2026}).Table(ssda903.PlacedAdoption)
		if pa.Len() != 1 || pa.Get(0, "DATE_PLACED_CEASED") != tt.wantCeased || pa.Get(0, "REASON_PLACED_CEASED") != tt.wantWhy {
			t.Errorf("%s: %d rows, DATE_PLACED_CEASED %q REASON_PLACED_CEASED %q, want %q %q", tt.name, pa.Len(),
				pa.Get(0, "DATE_PLACED_CEASED"), pa.Get(0, "REASON_PLACED_CEASED"), tt.wantCeased, tt.wantWhy)
		}
	}
}

// TestMapSDQAges: the questionnaire score or reason is reported for a child aged 4 or more on
// 31 March and under 17 on 1 April (903 rules 188, 189 and 197B), so for one who turns 4 or 17
// in the year, and not for one younger or older.
func TestMapSDQAges(t *testing.T) {
	tests := []struct {
		born string
		want string
	}{
		{"2022-04-01", ""},     // 3 on 31 March
		{"2022-03-31", "SDQ1"}, // turns 4 on 31 March
		{"2008-04-02", "SDQ1"}, // turns 17 on 2 April 2025, in the year
		{"2008-04-01", ""},     // 17 on 1 April 2025
	}
	for _, tt := range tests {
		c := &store.LookedAfterChild{Person: store.CensusPerson{ID: 1, DateOfBirth: date.MustParse(tt.born), Sex: "M", Ethnicity: "WBRI"},
			Items: []*casework.Item{
				item(10, 0, "care_period", "start", "2024-01-08", "category", "N1", "uasc", "no"),
				item(11, 10, "placement", "start", "2024-01-08", "reason_new", "S", "legal_status", "C2", "type", "U4", "provider", "PR1"),
				item(12, 10, "health_assessment", "date", "2025-11-01", "type", "review", "immunisations", "yes", "substance_misuse", "no",
					"sdq_reason", "SDQ1"),
			}}
		oc2 := ssda903report.Map([]*store.LookedAfterChild{c}, ssda903report.Options{Year: 2026}).Table(ssda903.OC2)
		if oc2.Len() != 1 || oc2.Get(0, "SDQ_REASON") != tt.want {
			t.Errorf("born %s: %d OC2 rows, SDQ_REASON %q, want %q", tt.born, oc2.Len(), oc2.Get(0, "SDQ_REASON"), tt.want)
		}
	}
}

// TestMapDoLo: from 2026/27 each deprivation of liberty order open in the year is a DoLo row, its
// end only when it came by 31 March; before 2026/27 there is no DoLo table. A 17-year-old who
// left care after their 17th birthday is not in OC3 (rule 1016).
func TestMapDoLo(t *testing.T) {
	child := &store.LookedAfterChild{Person: store.CensusPerson{ID: 1, DateOfBirth: date.MustParse("2011-02-03"), Sex: "F", Ethnicity: "WBRI"},
		Items: []*casework.Item{
			item(10, 0, "care_period", "start", "2024-01-08", "category", "N4", "uasc", "no"),
			item(11, 10, "placement", "start", "2024-01-08", "reason_new", "S", "legal_status", "C2", "type", "K2", "provider", "PR4"),
			item(12, 10, "dol", "start", "2025-02-10", "court", "High Court", "restrictions", "x", "end", "2026-05-11", "end_reason", "x"),
			item(13, 10, "dol", "start", "2026-05-12", "court", "High Court", "restrictions", "x"),
			item(14, 10, "dol", "start", "2024-03-01", "court", "High Court", "restrictions", "x", "end", "2025-01-31", "end_reason", "x"),
		}}
	r := ssda903report.Map([]*store.LookedAfterChild{child}, ssda903report.Options{Year: 2027})
	dolo := r.Table(ssda903.DoLo)
	if dolo == nil || dolo.Len() != 2 || dolo.Get(0, "DOLO_START") != "10/02/2025" || dolo.Get(0, "DOLO_END") != "11/05/2026" ||
		dolo.Get(1, "DOLO_START") != "12/05/2026" || dolo.Get(1, "DOLO_END") != "" {
		t.Errorf("DoLo 2026/27 = %+v", dolo)
	}
	if r := ssda903report.Map([]*store.LookedAfterChild{child}, ssda903report.Options{Year: 2026}); r.Table(ssda903.DoLo) != nil {
		t.Error("a DoLo table before 2026/27")
	}

	// 17 on 1 October 2024, left care on 1 August 2025, 18 on 1 October 2025: not in care on
	// the 18th birthday, in the year, so in OC3 but for rule 1016.
	leaver := &store.LookedAfterChild{Person: store.CensusPerson{ID: 2, DateOfBirth: date.MustParse("2007-10-01"), Sex: "M", Ethnicity: "WBRI"},
		Items: []*casework.Item{
			item(20, 0, "care_period", "start", "2020-01-06", "category", "N1", "uasc", "no", "end", "2025-08-01", "reason_ceased", "E13"),
			item(21, 20, "placement", "start", "2020-01-06", "reason_new", "S", "legal_status", "C2", "type", "U4", "provider", "PR1", "end", "2025-08-01"),
			item(22, 0, "care_leaver", "start", "2025-08-01", "status", "relevant"),
			item(23, 22, "in_touch", "date", "2026-01-10", "in_touch", "YES", "accommodation", "D1", "activity", "F2"),
		}}
	if n := ssda903report.Map([]*store.LookedAfterChild{leaver}, ssda903report.Options{Year: 2026}).Table(ssda903.OC3).Len(); n != 0 {
		t.Errorf("OC3 rows for an 18-year-old who left care at 17 = %d, want 0", n)
	}
}

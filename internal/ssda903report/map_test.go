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

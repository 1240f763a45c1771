package ssda903report_test

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"ourchild/internal/date"
	"ourchild/internal/person"
	"ourchild/internal/ssda903report"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

// TestRulesReportBadRecords writes records the forms would refuse and checks that the return
// reports each with the DfE rule, the table, the child and the field, and that nothing is
// written while it has errors.
func TestRulesReportBadRecords(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		r := newRec(t, s)
		// A placement type that is not a 903 code: 146.
		odd := r.Person(&person.Person{GivenNames: "Ola", FamilyName: "Nwosu", DateOfBirth: date.MustParse("2013-04-04"), Sex: "M", Ethnicity: "BAFR"})
		r.Add(odd.ID, "care_period", "start", "2025-06-01", "category", "N1", "uasc", "no", "previous_permanence", "Z1")
		pl := r.placement(odd.ID, "2025-06-01", "S", "V2", "U4", "PR1", "urn", "XXXXXXX")
		storetest.BulkSet(t, s, pl.ID, "type", "Q9")

		// Two placements that overlap, written round the forms: the second starts before the
		// first ends, so the first ends with no next episode that day and no end of care: its
		// REC is blank and rule 148 names its DEC.
		two := r.Person(&person.Person{GivenNames: "Tom", FamilyName: "Price", DateOfBirth: date.MustParse("2011-07-07"), Sex: "M", Ethnicity: "WBRI"})
		r.Add(two.ID, "care_period", "start", "2025-06-01", "category", "N1", "uasc", "no", "previous_permanence", "Z1")
		first := r.placement(two.ID, "2025-06-01", "S", "C2", "U4", "PR1", "urn", "XXXXXXX")
		second := r.move(first, "2025-09-01", "CARPL", "P", "C2", "U1", "PR1", "urn", "XXXXXXX")
		storetest.BulkSet(t, s, second.ID, "start", "2025-08-01")

		res, err := ssda903report.Build(ctx, s, opts)
		if err != nil {
			t.Fatal(err)
		}
		found := map[string]bool{}
		for _, f := range res.Findings {
			found[f.Code+" "+f.Table+" "+f.ChildID+" "+f.Field] = true
			t.Logf("%s %s child %s row %d %s: %s", f.Code, f.Table, f.ChildID, f.Row, f.Field, f.Message)
		}
		id := func(p *person.Person) string { return strconv.FormatInt(p.ID, 10) }
		for _, want := range []string{
			"146 Episodes " + id(odd) + " PLACE",
			"148 Episodes " + id(two) + " DEC",
		} {
			if !found[want] {
				t.Errorf("no finding %q", want)
			}
		}
		if res.Errors != len(res.Findings) || res.Errors == 0 {
			t.Errorf("Errors = %d, findings %d", res.Errors, len(res.Findings))
		}
		// WriteDir writes all or nothing: when one file cannot be put in place (a folder has
		// its name), none is, and the temporary folder is removed.
		dir := t.TempDir()
		if err := os.Mkdir(filepath.Join(dir, "oc3.csv"), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := ssda903report.WriteDir(dir, res.Files); err == nil {
			t.Errorf("WriteDir over a folder named oc3.csv succeeded")
		}
		if es, _ := os.ReadDir(dir); len(es) != 1 {
			t.Errorf("a failed write left %d entries, want only the folder that was there", len(es))
		}
	})
}

package cinreport_test

import (
	"strconv"
	"testing"

	"ourchild/internal/apperr"
	"ourchild/internal/cinreport"
	"ourchild/internal/date"
	"ourchild/internal/person"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

// TestRulesReportBadRecords writes records the forms would refuse and checks that the census
// reports each with the DfE rule, the child and the field, and invents nothing to hide it.
func TestRulesReportBadRecords(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		r := newRec(t, s)
		// A referral closed with no primary need: 8610.
		noNeed := r.Person(&person.Person{GivenNames: "Nia", FamilyName: "Jones", DateOfBirth: date.MustParse("2016-04-04"), Sex: "F", Ethnicity: "WBRI"})
		ref := r.Add(noNeed.ID, "referral", "referral_date", "2025-05-01", "source", "2A", "nfa", "no", "primary_need", "N5",
			"closure_date", "2025-06-01", "closure_reason", "RC7")
		storetest.BulkSet(t, s, ref.ID, "primary_need", "")

		// A child protection plan moved to before its referral: 1105, and it no longer starts
		// on the initial conference's date: 2885.
		early := r.Person(&person.Person{GivenNames: "Omar", FamilyName: "Said", DateOfBirth: date.MustParse("2014-08-08"), Sex: "M", Ethnicity: "AOTH"})
		r.Add(early.ID, "referral", "referral_date", "2025-09-01", "source", "6", "nfa", "no", "primary_need", "N1")
		r.Add(early.ID, "assessment", "start", "2025-09-01")
		r.protection(early.ID, "2025-09-02", "2025-09-18", "NEG")
		storetest.BulkSet(t, s, r.only(early.ID, "cp_plan").ID, "start", "2025-08-20")

		// An ethnicity code that is not in the DfE list: 4220.
		odd := r.Person(&person.Person{GivenNames: "Pia", FamilyName: "Lund", DateOfBirth: date.MustParse("2013-02-02"), Sex: "F", Ethnicity: "WOTH"})
		r.Add(odd.ID, "referral", "referral_date", "2025-07-01", "source", "1A", "nfa", "no", "primary_need", "N4")
		if _, err := s.DB().ExecContext(ctx, `UPDATE person SET ethnicity = 'ZZZZ' WHERE id = $1`, odd.ID); err != nil {
			t.Fatal(err)
		}

		res, err := cinreport.Build(ctx, s, opts)
		if err != nil {
			t.Fatal(err)
		}
		type key struct{ code, child, field string }
		got := map[key]string{}
		for _, f := range res.Findings {
			got[key{f.Code, f.ChildID, f.Field}] = f.Type
		}
		id := func(p *person.Person) string { return strconv.FormatInt(p.ID, 10) }
		for _, want := range []key{
			{"8610", id(noNeed), "PrimaryNeedCode"},
			{"1105", id(early), "CPPstartDate"},
			{"2885", id(early), "CPPstartDate"},
			{"4220", id(odd), "Ethnicity"},
		} {
			if got[want] != "Error" {
				t.Errorf("no error %s for child %s, field %s; findings: %+v", want.code, want.child, want.field, res.Findings)
			}
		}
		if res.Errors < 4 {
			t.Errorf("errors = %d, want at least 4", res.Errors)
		}
		// The census reports what was recorded: no primary need was invented.
		for _, c := range res.Return.Children {
			if c.Identifiers.LAchildID == id(noNeed) && c.CINdetails[0].PrimaryNeedCode != "" {
				t.Errorf("primary need invented: %q", c.CINdetails[0].PrimaryNeedCode)
			}
		}
	})
}

// TestOptions checks the year and LA number are refused field by field when wrong.
func TestOptions(t *testing.T) {
	for _, tc := range []struct {
		name string
		opt  cinreport.Options
		bad  []string
	}{
		{"good", cinreport.Options{Year: 2026, LA: "937"}, nil},
		{"year", cinreport.Options{Year: 26, LA: "937"}, []string{"year"}},
		{"LA not a number", cinreport.Options{Year: 2026, LA: "93"}, []string{"la"}},
		{"LA not in the DfE list", cinreport.Options{Year: 2026, LA: "999"}, []string{"la"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.opt.Check()
			fe := apperr.FieldsOf(err)
			if len(fe) != len(tc.bad) {
				t.Fatalf("Check() = %v, want errors for %v", err, tc.bad)
			}
			for _, f := range tc.bad {
				if fe.For(f) == "" {
					t.Errorf("no error for %s: %v", f, err)
				}
			}
		})
	}
	start, end := cinreport.Options{Year: 2026}.Period()
	if start.String() != "2025-04-01" || end.String() != "2026-03-31" || cinreport.YearName(2026) != "2025/26" {
		t.Errorf("period = %s to %s, %s", start, end, cinreport.YearName(2026))
	}
}

package cinreport_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"ourchild/internal/casework"
	"ourchild/internal/cincensus"
	"ourchild/internal/cinreport"
	"ourchild/internal/date"
	"ourchild/internal/person"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from this run")

var opts = cinreport.Options{Year: 2026, LA: "937", Now: time.Date(2026, 4, 21, 14, 30, 0, 0, date.London), Release: "test"}

// journeys records the golden children of 2025/26 and returns their IDs by name.
func journeys(t *testing.T, s *store.Store) map[string]int64 {
	r := newRec(t, s)
	ids := map[string]int64{}

	// Amara: a contact decided as a strategy referral; assessment, strategy discussion, section
	// 47 enquiry, initial conference, child protection plan, a review that continues it, a
	// review that ends it, then a child in need plan; the referral is still open on 31 March.
	// She had a plan before, in an earlier referral, closed in 2024.
	amara := r.Person(&person.Person{GivenNames: "Amara", FamilyName: "Okafor", DateOfBirth: date.MustParse("2017-03-02"),
		Sex: "F", Ethnicity: "BAFR", Disabilities: []string{"COMM", "LD"}, UPN: upn(t, 937, "000000017")})
	ids["amara"] = amara.ID
	old := r.Add(amara.ID, "referral", "referral_date", "2023-05-02", "source", "3A", "nfa", "no")
	a0 := r.Add(amara.ID, "assessment", "start", "2023-05-02")
	r.protection(amara.ID, "2023-05-03", "2023-05-19", "NEG")
	r.Add(amara.ID, "conference", "type", "review", "date", "2023-08-10", "chair", "IRO Patel", "decision", "end_cin",
		"rationale", "Safety goals met")
	r.completeAssessment(a0.ID, "2023-06-01", "strategy", "16A")
	r.Set(old.ID, "primary_need", "N1", "closure_date", "2024-01-15", "closure_reason", "RC7")

	contacts, err := s.AddContact(ctx, r.worker, []int64{amara.ID}, storetest.Values("received", "2025-09-01T09:15", "source", "2A",
		"worry", "Bruising seen at school", "consent", "given"))
	if err != nil {
		t.Fatal(err)
	}
	r.Set(contacts[0].ID, "decision", "strategy", "decided", "2025-09-01T13:00", "threshold", "cp",
		"rationale", "Injury to a child under 8 with an inconsistent account", "agreed_by", "Team manager")
	items, _ := s.Items(ctx, amara.ID)
	ref := casework.OpenEpisode(items, "referral") // made from the contact
	r.Set(ref.ID, "primary_need", "N1")
	a := r.Add(amara.ID, "assessment", "start", "2025-09-01")
	r.protection(amara.ID, "2025-09-02", "2025-09-18", "PHY")
	r.Add(amara.ID, "conference", "type", "review", "date", "2025-12-04", "chair", "IRO Patel", "decision", "continue",
		"category", "EMO", "rationale", "Progress, but emotional harm is now the main worry", "next_review", "2026-03-05")
	r.Add(amara.ID, "conference", "type", "review", "date", "2026-03-05", "chair", "IRO Patel", "decision", "end_cin",
		"rationale", "Safety goals met for three months")
	r.completeAssessment(a.ID, "2025-10-20", "strategy", "3B", "18C")
	r.Add(amara.ID, "cin_plan", "start", "2026-03-06", "goal", "Amara feels safe at home", "changes.what", "Parenting course",
		"changes.who", "Family support worker", "changes.by", "2026-06-30", "changes.measure", "Course completed")

	// Ben: a child in need plan from an assessment; plan and referral closed in the year.
	ben := r.Person(&person.Person{GivenNames: "Ben", FamilyName: "Hughes", DateOfBirth: date.MustParse("2012-06-14"),
		Sex: "M", Ethnicity: "WBRI"})
	ids["ben"] = ben.ID
	bref := r.Add(ben.ID, "referral", "referral_date", "2025-06-02", "source", "1A", "nfa", "no", "primary_need", "N3")
	ba := r.Add(ben.ID, "assessment", "start", "2025-06-02")
	r.completeAssessment(ba.ID, "2025-07-10", "cin_plan", "4B")
	plan := r.Add(ben.ID, "cin_plan", "start", "2025-07-15", "goal", "Ben gets to school every day", "changes.what", "Morning routine",
		"changes.who", "Dad and the school", "changes.by", "2025-10-01", "changes.measure", "Attendance over 95%")
	r.Set(plan.ID, "end", "2025-12-01", "end_reason", "Attendance is good and Dad is well again")
	r.Set(bref.ID, "closure_date", "2025-12-01", "closure_reason", "RC7")

	// Cara: a referral that led to no further action, closed the same day.
	cara := r.Person(&person.Person{GivenNames: "Cara", FamilyName: "Nowak", DateOfBirth: date.MustParse("2023-01-09"),
		Sex: "F", Ethnicity: "WOTH"})
	ids["cara"] = cara.ID
	r.Add(cara.ID, "referral", "referral_date", "2025-10-10", "source", "6", "nfa", "yes",
		"closure_date", "2025-10-10", "closure_reason", "RC7")

	// Dan: an assessment authorised and a referral closed after 31 March: the census shows
	// both still open.
	dan := r.Person(&person.Person{GivenNames: "Dan", FamilyName: "Reid", DateOfBirth: date.MustParse("2010-11-30"),
		Sex: "M", Ethnicity: "MWBC", Disabilities: []string{"AUT"}, UPN: upn(t, 352, "000000041")})
	ids["dan"] = dan.ID
	dref := r.Add(dan.ID, "referral", "referral_date", "2026-02-16", "source", "3C", "nfa", "no", "primary_need", "N4")
	da := r.Add(dan.ID, "assessment", "start", "2026-02-16")
	r.completeAssessment(da.ID, "2026-04-02", "nfa", "3B")
	r.Set(dref.ID, "closure_date", "2026-04-10", "closure_reason", "RC8")

	// Eve: an unborn baby referred before birth (recorded while she was expected).
	s.Now = func() time.Time { return time.Date(2026, 2, 10, 9, 0, 0, 0, time.UTC) }
	eve := r.Person(&person.Person{GivenNames: "Baby", FamilyName: "Reid", ExpectedDateOfBirth: date.MustParse("2026-06-15"),
		Sex: "U", Ethnicity: "MWBC"})
	ids["eve"] = eve.ID
	r.Add(eve.ID, "referral", "referral_date", "2026-02-10", "source", "3B", "nfa", "no", "primary_need", "N1")
	s.Now = func() time.Time { return recordedOn }

	// Finn: closed before the year began: not in the census.
	finn := r.Person(&person.Person{GivenNames: "Finn", FamilyName: "Walsh", DateOfBirth: date.MustParse("2014-02-02"),
		Sex: "M", Ethnicity: "WIRI"})
	ids["finn"] = finn.ID
	r.Add(finn.ID, "referral", "referral_date", "2025-01-06", "source", "2A", "nfa", "yes",
		"closure_date", "2025-01-06", "closure_reason", "RC7")
	return ids
}

// TestGolden produces the 2025/26 census for the golden journeys on both stores and compares
// it with testdata/cin2026.golden (go test ./internal/cinreport -run TestGolden -update
// rewrites it). The file must read back and validate with no errors.
func TestGolden(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		ids := journeys(t, s)
		res, err := cinreport.Build(ctx, s, opts)
		if err != nil {
			t.Fatal(err)
		}
		golden := filepath.Join("testdata", "cin2026.golden")
		if *update && s.Dialect() == store.SQLite {
			if err := os.WriteFile(golden, res.XML, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(res.XML, want) {
			t.Errorf("census differs from %s:\n%s", golden, lineDiff(string(want), string(res.XML)))
		}
		for _, f := range res.Findings {
			t.Logf("%s %s child %s %s: %s", f.Code, f.Type, f.ChildID, f.Field, f.Message)
		}
		if res.Errors != 0 {
			t.Errorf("golden census has %d errors, want none", res.Errors)
		}
		back, err := cincensus.Parse(bytes.NewReader(want))
		if err != nil {
			t.Fatalf("golden file does not parse: %v", err)
		}
		// What was validated is what was written: the file reads back as the same return.
		if !reflect.DeepEqual(back, res.Return) {
			t.Errorf("the census read back from its XML differs from the return validated")
		}
		if n := len(back.Children); n != 5 {
			t.Errorf("golden file has %d children, want 5 (Finn's referral closed before the year)", n)
		}
		for _, c := range back.Children {
			if c.Identifiers.LAchildID == itoa(ids["finn"]) {
				t.Errorf("Finn, closed before the year, is in the census")
			}
		}
		sum := res.Summary
		if sum.Children != 5 || sum.Episodes != 5 || sum.CPPlans != 1 || sum.Section47 != 1 || sum.Assessments != 3 || sum.CINPlans != 2 || sum.NFA != 1 {
			t.Errorf("summary = %+v", sum)
		}
	})
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// lineDiff shows the first lines that differ, enough to see what changed.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var out []string
	for i := 0; i < max(len(w), len(g)) && len(out) < 20; i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			out = append(out, "line "+strconv.Itoa(i+1)+":\n  want "+a+"\n  got  "+b)
		}
	}
	return strings.Join(out, "\n")
}

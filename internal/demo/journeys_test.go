package demo

import (
	"reflect"
	"slices"
	"sort"
	"testing"
	"time"

	"ourchild/internal/access"
	"ourchild/internal/casework"
	"ourchild/internal/cinreport"
	"ourchild/internal/date"
	"ourchild/internal/ssda903"
	"ourchild/internal/ssda903report"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
	"ourchild/internal/workday"
)

// checkItems checks every item as the store checks a user's: normalised, valid on its own
// (as at today), within its parent, and consistent with the child's other records. It
// returns the number of problems reported.
func checkItems(t *testing.T, byPerson map[int64][]*casework.Item, today date.Date) int {
	t.Helper()
	bad := 0
	report := func(it *casework.Item, format string, args ...any) {
		t.Helper()
		if bad++; bad <= 20 {
			t.Errorf("person %d, %s %d: "+format, append([]any{it.PersonID, it.Kind, it.ID}, args...)...)
		}
	}
	for _, items := range byPerson {
		byID := map[int64]*casework.Item{}
		for _, it := range items {
			byID[it.ID] = it
		}
		for _, it := range items {
			n := *it
			n.Values = casework.Values{}
			for k, v := range it.Values {
				n.Values[k] = slices.Clone(v)
			}
			n.Normalise()
			if !reflect.DeepEqual(n.Values, it.Values) {
				report(it, "not normalised:\n%v\n%v", it.Values, n.Values)
			}
			if fe := it.Validate(today); len(fe) > 0 {
				report(it, "%v (%v)", fe.Err(), it.Values)
				continue
			}
			k := it.K()
			if k.Parent != "" {
				p := byID[it.ParentID]
				if fe := it.CheckParent(p); len(fe) > 0 {
					report(it, "parent %d: %v", it.ParentID, fe.Err())
					continue
				}
				want := p.ID
				if p.Kind != "referral" {
					want = p.EpisodeID
				}
				if it.EpisodeID != want {
					report(it, "episode %d, want %d", it.EpisodeID, want)
				}
			} else if it.ParentID != 0 && (it.Kind != "referral" || byID[it.ParentID] == nil || byID[it.ParentID].Kind != "contact") {
				report(it, "parent %d: only a referral has a parent of no declared kind (its contact)", it.ParentID)
			}
			if it.EpisodeID != 0 && (byID[it.EpisodeID] == nil || byID[it.EpisodeID].Kind != "referral") {
				report(it, "episode %d is not one of the child's referrals", it.EpisodeID)
			}
			if e := byID[it.EpisodeID]; e != nil && !e.EndDate().IsZero() && it.EndDate().After(e.EndDate()) {
				report(it, "ends %s, after its referral closed (%s)", it.EndDate(), e.EndDate())
			}
			if e := byID[it.EpisodeID]; e != nil && k.Parent == "" {
				if s := it.StartDate(); s.Before(e.StartDate()) || !e.EndDate().IsZero() && s.After(e.EndDate()) {
					report(it, "dated %s, outside its referral (%s to %s)", s, e.StartDate(), e.EndDate())
				}
			}
			others := make([]*casework.Item, 0, len(items)-1)
			for _, o := range items {
				if o != it {
					others = append(others, o)
				}
			}
			if fe := casework.CheckAgainst(it, nil, others); len(fe) > 0 {
				report(it, "%v", fe.Err())
			}
		}
	}
	return bad
}

func byPerson(b *store.Bulk) map[int64][]*casework.Item {
	out := map[int64][]*casework.Item{}
	for i := range b.Casework {
		it := &b.Casework[i].Item
		out[it.PersonID] = append(out[it.PersonID], it)
	}
	return out
}

// TestCasework checks the generated casework item by item, its IDs and references, and
// that its volumes follow the DfE rates the generator aims at.
func TestCasework(t *testing.T) {
	b, sum := Generate(Options{Seed: 1, Today: today})
	people := map[int64]bool{}
	for _, p := range b.People {
		people[p.ID] = true
	}
	users := map[int64]bool{}
	for _, u := range b.Users {
		users[u.ID] = true
	}
	var prev int64
	seen := map[int64]*store.BulkItem{}
	for i := range b.Casework {
		c := &b.Casework[i]
		if c.ID <= prev {
			t.Fatalf("casework IDs not rising: %d after %d", c.ID, prev)
		}
		prev = c.ID
		if !people[c.PersonID] || c.ByID != 0 && !users[c.ByID] || c.Version != 1 {
			t.Errorf("casework %d: person %d, by %d, version %d", c.ID, c.PersonID, c.ByID, c.Version)
		}
		for _, ref := range []int64{c.ParentID, c.EpisodeID} {
			if p := seen[ref]; ref != 0 && (p == nil || p.PersonID != c.PersonID) {
				t.Errorf("casework %d refers to %d, which is not an earlier record of the same child", c.ID, ref)
			}
		}
		if c.Kind == "oversight" && !slices.ContainsFunc(b.Users, func(u store.User) bool { return u.ID == c.ByID && u.Role == access.TeamManager }) {
			t.Errorf("oversight %d recorded by %d, not a team manager", c.ID, c.ByID)
		}
		if c.Kind == "contact" && c.Group == "" {
			t.Errorf("contact %d has no group reference", c.ID)
		}
		seen[c.ID] = c
	}
	if n := checkItems(t, byPerson(b), today); n > 0 {
		t.Errorf("%d problems", n)
	}

	st := stats(b, today)
	t.Logf("%d people, %d records: %+v", sum.People, len(b.Casework), st)
	between := func(what string, got, lo, hi float64) {
		t.Helper()
		if got < lo || got > hi {
			t.Errorf("%s = %.3f, want %.3f–%.3f", what, got, lo, hi)
		}
	}
	between("referrals per person", float64(st.referrals)/float64(sum.People), 0.75, 1.05)
	between("contacts per referral", float64(st.contacts)/float64(st.referrals), 1.5, 5)
	between("re-referral rate", st.rate(st.reReferrals), 0.17, 0.28)
	between("no further action", st.rate(st.nfa), 0.04, 0.09)
	between("referrals with a section 47 enquiry", st.rate(st.s47), 0.28, 0.42)
	between("enquiries going to an initial conference", float64(st.icpc)/float64(st.s47), 0.25, 0.42)
	between("initial conferences within 15 working days", float64(st.icpcIn15)/float64(st.icpc), 0.72, 0.9)
	between("assessments within 45 working days", float64(st.assessIn45)/float64(st.assessDone), 0.8, 0.92)
	between("median assessment working days", float64(st.assessMedian), 28, 38)
	between("plans for neglect", float64(st.cats["NEG"])/float64(st.plans), 0.4, 0.6)
	between("plans for emotional abuse", float64(st.cats["EMO"])/float64(st.plans), 0.25, 0.45)
	between("second or later plans", float64(st.secondPlans)/float64(st.plans), 0.12, 0.35)
	between("primary need N1", float64(st.n1)/float64(st.withNeed), 0.45, 0.65)
	if st.overdueAssess == 0 || st.dueAssess <= st.overdueAssess || st.openPlans == 0 || st.awaiting == 0 || st.plo == 0 || st.earlyHelp == 0 {
		t.Errorf("open work now: %+v", st)
	}
}

// caseStats are the casework's volumes and rates.
type caseStats struct {
	contacts, referrals, reReferrals, nfa, s47, icpc, icpcIn15, plans, secondPlans int
	assessDone, assessIn45, assessMedian                                           int
	withNeed, n1, plo, earlyHelp                                                   int
	dueAssess, overdueAssess, openPlans, awaiting                                  int
	cats, kinds                                                                    map[string]int
}

func (s caseStats) rate(n int) float64 { return float64(n) / float64(s.referrals) }

func stats(b *store.Bulk, today date.Date) caseStats {
	st := caseStats{cats: map[string]int{}, kinds: map[string]int{}}
	cal := workday.EnglandAndWales()
	var days []int
	for _, items := range byPerson(b) {
		s47ByRef := map[int64]date.Date{}
		plans := 0
		for _, it := range items {
			st.kinds[it.Kind]++
			switch it.Kind {
			case "contact":
				st.contacts++
				if it.Get("decision") == "" {
					st.awaiting++
				}
			case "referral":
				st.referrals++
				if casework.ReReferral(it, items) {
					st.reReferrals++
				}
				if it.Is("nfa") {
					st.nfa++
				}
				if n := it.Get("primary_need"); n != "" {
					st.withNeed++
					if n == "N1" {
						st.n1++
					}
				}
			case "assessment":
				if a := it.EndDate(); !a.IsZero() {
					st.assessDone++
					n := cal.WorkingDaysBetween(it.StartDate(), a)
					days = append(days, n)
					if n <= 45 {
						st.assessIn45++
					}
				} else if t := it.Date("target"); t.Before(today) {
					st.overdueAssess++
				} else {
					st.dueAssess++
				}
			case "s47":
				st.s47++
				s47ByRef[it.EpisodeID] = it.StartDate()
			case "conference":
				if it.Get("type") == "initial" {
					st.icpc++
					if cal.WorkingDaysBetween(s47ByRef[it.EpisodeID], it.StartDate()) <= 15 {
						st.icpcIn15++
					}
				}
			case "cp_plan":
				st.plans++
				st.cats[it.Get("initial_category")]++
				if plans > 0 {
					st.secondPlans++
				}
				plans++
				if it.Open() {
					st.openPlans++
				}
			case "plo":
				st.plo++
			case "early_help":
				st.earlyHelp++
			}
		}
	}
	sort.Ints(days)
	if len(days) > 0 {
		st.assessMedian = days[len(days)/2]
	}
	return st
}

// TestCaseworkInStore loads the default demo into SQLite, reads every child's casework back
// and checks it again, and produces the CIN census for the last complete year and the
// current one: both have no errors.
func TestCaseworkInStore(t *testing.T) {
	s := storetest.Open(t, store.SQLite)
	s.Now = func() time.Time { return fixedNow }
	if _, err := Load(ctx, s, Options{Seed: 1, Today: today, Password: password}); err != nil {
		t.Fatal(err)
	}
	b, _ := Generate(Options{Seed: 1, Today: today})
	ids := make([]int64, 0, len(b.People))
	for _, p := range b.People {
		ids = append(ids, p.ID)
	}
	got, err := s.ItemsForPeople(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, items := range got {
		n += len(items)
	}
	if n != len(b.Casework) {
		t.Errorf("read back %d records, generated %d", n, len(b.Casework))
	}
	if bad := checkItems(t, got, today); bad > 0 {
		t.Errorf("%d problems", bad)
	}
	for _, year := range []int{2026, 2027} {
		res, err := cinreport.Build(ctx, s, cinreport.Options{Year: year, LA: "937", Now: fixedNow})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("census %s: %d children, %d errors, %d queries", cinreport.YearName(year), len(res.Return.Children), res.Errors, res.Queries)
		shown := 0
		for _, f := range res.Findings {
			if f.Type == "Error" && shown < 15 {
				shown++
				t.Errorf("census %s: %+v", cinreport.YearName(year), f)
			}
		}
		if len(res.Return.Children) < 300 {
			t.Errorf("census %s has only %d children", cinreport.YearName(year), len(res.Return.Children))
		}
	}
}

// TestWorkingDays checks the generator's working-day count against the calendar's.
func TestWorkingDays(t *testing.T) {
	cal := workday.EnglandAndWales()
	for d := date.MustParse("2021-12-01"); d.Before(date.MustParse("2027-12-31")); d = d.AddDays(3) {
		for _, n := range []int{-15, -2, -1, 0, 1, 5, 10, 45} {
			if got, want := wd(d, n), cal.AddWorkingDays(d, n); got != want {
				t.Fatalf("wd(%s, %d) = %s, want %s", d, n, got, want)
			}
		}
	}
}

// TestOpenWork checks that today's work is open, as the trays show it: every kind of task
// clock has some due, and some (not most) are overdue.
func TestOpenWork(t *testing.T) {
	b, _ := Generate(Options{Seed: 1, Today: today})
	cal := workday.EnglandAndWales()
	born := map[int64]date.Date{}
	for _, p := range b.People {
		born[p.ID] = p.DateOfBirth
	}
	due, overdue := map[string]int{}, map[string]int{}
	allDue, allOverdue := 0, 0
	for pid, items := range byPerson(b) {
		for _, c := range casework.ClocksFor(casework.Child{BirthDate: born[pid]}, items, casework.DefaultStandards(), cal, today) {
			if !c.Open() || c.Alert {
				continue
			}
			switch c.State {
			case workday.Due:
				due[c.Rule+" "+c.Record]++
				allDue++
			case workday.Overdue:
				overdue[c.Rule+" "+c.Record]++
				allOverdue++
			}
		}
	}
	t.Logf("due %v\noverdue %v", due, overdue)
	for _, k := range []string{"R-A01 contact", "R-A02 assessment", "R-B03 core_group", "R-B04 conference", "R-B05 visit",
		"R-C01 cin_review", "R-C01 visit", "R-L01 oversight"} {
		if due[k] == 0 {
			t.Errorf("no %s clock due", k)
		}
	}
	if share := float64(allOverdue) / float64(allDue+allOverdue); share < 0.03 || share > 0.2 {
		t.Errorf("%d of %d open clocks overdue (%.0f%%), want some but not most", allOverdue, allDue+allOverdue, 100*share)
	}
}

// TestSSDA903InStore loads the default demo and builds the SSDA903 return for the last
// complete year (2025/26) from it: the care histories agree with the 903's rules, so the
// return has no errors.
func TestSSDA903InStore(t *testing.T) {
	s := storetest.Open(t, store.SQLite)
	s.Now = func() time.Time { return fixedNow }
	if _, err := Load(ctx, s, Options{Seed: 1, Today: today, Password: password}); err != nil {
		t.Fatal(err)
	}
	res, err := ssda903report.Build(ctx, s, ssda903report.Options{Year: 2026})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Files {
		t.Logf("%s: %d rows", f.Name, f.Rows)
	}
	byCode := map[string]int{}
	for _, f := range res.Findings {
		if byCode[f.Code]++; byCode[f.Code] <= 3 {
			t.Errorf("903 2025/26: %+v", f)
		}
	}
	if len(byCode) > 0 {
		t.Errorf("%d findings by rule: %v", res.Errors, byCode)
	}
	// The two years before, each checked with its own year's rules, have none either.
	for _, year := range []int{2024, 2025} {
		earlier, err := ssda903report.Build(ctx, s, ssda903report.Options{Year: year})
		if err != nil {
			t.Fatal(err)
		}
		for i, f := range earlier.Findings {
			if i < 3 {
				t.Errorf("903 %s: %+v", ssda903report.YearName(year), f)
			}
		}
	}
	// The rates the generator aims at, at 31 March (docs/demo-data.md, "Care histories").
	ep := res.Return.Table(ssda903.Episodes)
	ls, place, moves := map[string]int{}, map[string]int{}, map[string]int{}
	open := 0
	for i := 0; i < ep.Len(); i++ {
		if ep.Get(i, "RNE") != "L" {
			moves[ep.Get(i, "CHILD")]++
		}
		if ep.Get(i, "DEC") == "" {
			open++
			ls[ep.Get(i, "LS")]++
			place[ep.Get(i, "PLACE")]++
		}
	}
	three := 0
	for _, n := range moves {
		if n >= 3 {
			three++
		}
	}
	t.Logf("looked after at 31 March: %d; legal status %v; placement %v; %d of %d children with 3+ placements in the year",
		open, ls, place, three, len(moves))
	if n := res.Return.Table(ssda903.Episodes).Len(); n < 100 {
		t.Errorf("the return has only %d episodes", n)
	}
	// The social worker episodes are checked by the validator's SWxx rules above; here, that
	// the demo has enough of them, and that a worker who handed a child on says why.
	sw := res.Return.Table(ssda903.SWEpisodes)
	bad := 0
	for i := 1; i < sw.Len(); i++ {
		if sw.Get(i, "CHILD") == sw.Get(i-1, "CHILD") && sw.Get(i, "SW_REASON") == "" {
			if bad++; bad <= 3 {
				t.Errorf("sw_episodes row %d: child %s's second social worker has no SW_REASON", i, sw.Get(i, "CHILD"))
			}
		}
	}
	if ep := res.Return.Table(ssda903.Episodes).Len(); sw.Len() < ep/4 || bad > 0 {
		t.Errorf("%d social worker episodes for %d episodes, %d without a reason", sw.Len(), ep, bad)
	}
}

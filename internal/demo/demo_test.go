package demo

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"ourchild/internal/access"
	"ourchild/internal/codes"
	"ourchild/internal/date"
	"ourchild/internal/person"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

var (
	ctx      = context.Background()
	today    = date.MustParse("2026-11-20")
	fixedNow = time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)
)

// hashBulk writes every row of b, with every field, into h.
func hashBulk(h hash.Hash, b *store.Bulk) {
	for _, x := range b.Teams {
		fmt.Fprintf(h, "%+v\n", x)
	}
	for _, x := range b.Users {
		fmt.Fprintf(h, "%+v\n", x)
	}
	for _, x := range b.People {
		fmt.Fprintf(h, "%+v\n", *x)
	}
	for _, xs := range []any{b.Aliases, b.Relationships, b.Addresses, b.Warnings, b.Allocations, b.Events, b.Grants} {
		fmt.Fprintf(h, "%+v\n", xs)
	}
	for _, c := range b.Casework {
		fmt.Fprintf(h, "%d %d %s %d %d %s %d %s %s\n", c.ID, c.PersonID, c.Kind, c.ParentID, c.EpisodeID, c.Group, c.ByID, c.At, c.Values.Marshal())
	}
}

func digest(b *store.Bulk) string {
	h := sha256.New()
	hashBulk(h, b)
	return hex.EncodeToString(h.Sum(nil))
}

func TestDeterministic(t *testing.T) {
	opts := Options{Seed: 42, Size: 3000, Today: today}
	b1, s1 := Generate(opts)
	b2, s2 := Generate(opts)
	if d1, d2 := digest(b1), digest(b2); d1 != d2 {
		t.Fatalf("same options, different output: %s, %s", d1, d2)
	}
	if fmt.Sprint(s1) != fmt.Sprint(s2) {
		t.Errorf("summaries differ: %+v, %+v", s1, s2)
	}
	// Load generates in chunks: the rows must be the same as in one go.
	g := newGen(opts, store.NextIDs{Team: 1, User: 1, Person: 1, Alias: 1, Relationship: 1, Address: 1, Warning: 1, Allocation: 1, Event: 1, Grant: 1, Casework: 1}, nil)
	all := &store.Bulk{}
	chunks := 0
	g.run(100, func(b *store.Bulk) bool {
		chunks++
		all.Teams, all.Users, all.People = append(all.Teams, b.Teams...), append(all.Users, b.Users...), append(all.People, b.People...)
		all.Aliases, all.Relationships = append(all.Aliases, b.Aliases...), append(all.Relationships, b.Relationships...)
		all.Addresses, all.Warnings = append(all.Addresses, b.Addresses...), append(all.Warnings, b.Warnings...)
		all.Allocations, all.Events, all.Grants = append(all.Allocations, b.Allocations...), append(all.Events, b.Events...), append(all.Grants, b.Grants...)
		all.Casework = append(all.Casework, b.Casework...)
		return true
	})
	if chunks < 5 || digest(all) != digest(b1) {
		t.Errorf("generating in %d chunks gave different rows", chunks)
	}
	if b3, _ := Generate(Options{Seed: 43, Size: 3000, Today: today}); digest(b3) == digest(b1) {
		t.Error("a different seed gave the same output")
	}
	if b4, _ := Generate(Options{Seed: 42, Size: 3000, Today: today.AddDays(1)}); digest(b4) == digest(b1) {
		t.Error("a different day gave the same output")
	}
}

var postcodeShape = regexp.MustCompile(`^CV90 [0-9][ABD-HJLNP-UW-Z]{2}$`)

// TestValid checks that everything generated passes the rules a user's input must pass,
// that identifiers are synthetic and unique, and that references hold.
func TestValid(t *testing.T) {
	b, sum := Generate(Options{Seed: 1, Today: today})
	if sum.People != DefaultSize || len(b.People) != DefaultSize {
		t.Fatalf("people: summary %d, rows %d; want %d", sum.People, len(b.People), DefaultSize)
	}
	people := map[int64]*person.Person{}
	nhs, upn := map[string]bool{}, map[string]bool{}
	children, unborn, wbri, restricted := 0, 0, 0, 0
	for i, p := range b.People {
		if p.ID != int64(i+1) {
			t.Fatalf("person %d has ID %d", i, p.ID)
		}
		people[p.ID] = p
		q := *p
		q.Normalise()
		if q.GivenNames != p.GivenNames || q.NHSNumber != p.NHSNumber || q.Ethnicity != p.Ethnicity {
			t.Errorf("person %d is not normalised: %+v", p.ID, p)
		}
		if err := p.Validate(today).Err(); err != nil {
			t.Errorf("person %d %s: %v", p.ID, p.Name(), err)
		}
		if p.NHSNumber != "" {
			if !codes.IsTestNHSNumber(p.NHSNumber) || codes.ValidNHSNumber(p.NHSNumber) != nil || nhs[p.NHSNumber] {
				t.Errorf("person %d: NHS number %s is not a unique valid test number", p.ID, p.NHSNumber)
			}
			nhs[p.NHSNumber] = true
		}
		if p.UPN != "" {
			if codes.ValidUPN(p.UPN) != nil || upn[p.UPN] {
				t.Errorf("person %d: UPN %s is not unique and valid", p.ID, p.UPN)
			}
			upn[p.UPN] = true
		}
		if p.IsChildOn(today) && (len(p.Disabilities) > 0 || p.Unborn()) {
			children++
			if p.Ethnicity == "WBRI" {
				wbri++
			}
			if p.Unborn() {
				unborn++
				if p.Sex != "U" || p.NHSNumber != "" || p.ExpectedDateOfBirth.After(today.AddDate(0, 6, 0)) {
					t.Errorf("unborn child %+v", p)
				}
			}
		}
		if p.Restricted {
			restricted++
		}
	}
	if children != sum.Children {
		t.Errorf("%d children counted, summary says %d", children, sum.Children)
	}
	t.Logf("%+v; %d NHS numbers, %d UPNs", sum, len(nhs), len(upn))
	between := func(what string, got, lo, hi float64) {
		if got < lo || got > hi {
			t.Errorf("%s = %.3f, want %.2f–%.2f", what, got, lo, hi)
		}
	}
	between("people per child", float64(sum.People)/float64(children), 2.3, 2.7)
	between("White British share of children", float64(wbri)/float64(children), 0.55, 0.72)
	between("unborn share of children", float64(unborn)/float64(children), 0.005, 0.045)
	between("people with an NHS number", float64(len(nhs))/float64(sum.People), 0.8, 0.9)
	between("users per 1,000 people", 1000*float64(sum.Users)/float64(sum.People), 5, 12)
	if restricted == 0 {
		t.Error("no restricted records")
	}

	ref := func(what string, id int64) {
		if people[id] == nil {
			t.Errorf("%s refers to missing person %d", what, id)
		}
	}
	for _, r := range b.Relationships {
		ref("relationship", r.FromID)
		ref("relationship", r.ToID)
		if err := r.Validate(today).Err(); err != nil {
			t.Errorf("relationship %+v: %v", r, err)
		}
	}
	current := map[int64]int{}
	for _, a := range b.Addresses {
		ref("address", a.PersonID)
		if err := a.Validate(today).Err(); err != nil {
			t.Errorf("address %+v: %v", a, err)
		}
		if !postcodeShape.MatchString(a.Postcode) {
			t.Errorf("postcode %q is not CV90 nLL (no C, I, K, M, O or V)", a.Postcode)
		}
		if dob := people[a.PersonID].DateOfBirth; a.StartDate.Before(dob) {
			t.Errorf("address %d starts before person %d was born", a.ID, a.PersonID)
		}
		if a.Current(today) {
			current[a.PersonID]++
		}
	}
	for id, n := range current {
		if n > 1 {
			t.Errorf("person %d has %d current addresses", id, n)
		}
	}
	if len(current) < sum.People*95/100 {
		t.Errorf("only %d of %d people have a current address", len(current), sum.People)
	}
	for _, w := range b.Warnings {
		ref("warning", w.PersonID)
		if err := w.Validate(today).Err(); err != nil {
			t.Errorf("warning %+v: %v", w, err)
		}
	}
	for _, a := range b.Aliases {
		ref("alias", a.PersonID)
		if a.FamilyName == "" || a.Kind != "birth" && a.Kind != "previous" {
			t.Errorf("alias %+v", a)
		}
	}
	users := map[int64]store.User{}
	for _, u := range b.Users {
		users[u.ID] = u
		if err := store.ValidateUser(&u).Err(); err != nil {
			t.Errorf("user %+v: %v", u, err)
		}
	}
	teams := map[int64]string{}
	for _, tm := range b.Teams {
		teams[tm.ID] = tm.Name
	}
	caseload := map[int64]int{}
	allocated := map[int64]bool{}
	for _, a := range b.Allocations {
		ref("allocation", a.PersonID)
		if _, ok := users[a.WorkerID]; !ok || teams[a.TeamID] == "" || a.StartDate.IsZero() || a.StartDate.After(today) ||
			!a.EndDate.IsZero() && a.EndDate.Before(a.StartDate) {
			t.Errorf("allocation %+v", a)
		}
		if a.EndDate.IsZero() {
			caseload[a.WorkerID]++
			if a.Role == "Allocated social worker" || a.Role == "Early help key worker" {
				allocated[a.PersonID] = true
			}
		}
	}
	between("children allocated now", float64(len(allocated))/float64(children), 0.3, 0.4)
	events := map[int64]int{}
	for _, e := range b.Events {
		p := people[e.PersonID]
		if p == nil || e.Date.After(today) || !p.Unborn() && e.Date.Before(p.DateOfBirth) || e.Category == "" ||
			e.Summary == "" || strings.Contains(e.Summary, "{") || e.RecordedByID != 0 && users[e.RecordedByID].ID == 0 {
			t.Errorf("event %+v", e)
		}
		events[e.PersonID]++
	}
	for id, n := range events {
		if n > maxEvents {
			t.Errorf("person %d has %d events", id, n)
		}
	}
	for id := range allocated {
		if events[id] == 0 {
			t.Errorf("allocated child %d has no chronology", id)
		}
	}
	for _, gr := range b.Grants {
		if !people[gr.PersonID].Restricted || users[gr.UserID].ID == 0 {
			t.Errorf("grant %+v", gr)
		}
	}

	// The fixed accounts.
	want := map[string]access.Role{"sw.demo": access.SocialWorker, "tm.demo": access.TeamManager, "sm.demo": access.ServiceManager,
		"iro.demo": access.IndependentReviewer, "pa.demo": access.PersonalAdviser, "qa.demo": access.QualityAuditor,
		"pi.demo": access.PerformanceAnalyst, "admin.demo": access.Administrator}
	if len(sum.Accounts) != len(want) {
		t.Errorf("accounts = %+v", sum.Accounts)
	}
	for _, a := range sum.Accounts {
		if want[a.Username] != a.Role || a.Name == "" {
			t.Errorf("account %+v", a)
		}
	}
	for _, u := range b.Users {
		switch u.Username {
		case "sw.demo", "tm.demo":
			if teams[u.TeamID] != "Assessment team 1" {
				t.Errorf("%s is in team %q", u.Username, teams[u.TeamID])
			}
			if n := caseload[u.ID]; u.Username == "sw.demo" && (n < swDemoCaseload || n > swDemoCaseload+4) {
				t.Errorf("sw.demo has %d children, want about %d", n, swDemoCaseload)
			}
		case "iro.demo", "pa.demo":
			if caseload[u.ID] == 0 {
				t.Errorf("%s has no children", u.Username)
			}
		}
	}
}

// TestSizes checks small and odd sizes give exactly the people asked for.
func TestSizes(t *testing.T) {
	for _, n := range []int{MinSize, 101, 600, 1237} {
		b, sum := Generate(Options{Seed: uint64(n), Size: n, Today: today})
		if len(b.People) != n || sum.People != n {
			t.Errorf("size %d: %d people", n, len(b.People))
		}
	}
	if _, sum := Generate(Options{Size: 1, Today: today}); sum.People != MinSize {
		t.Errorf("size 1 gave %d people, want %d", sum.People, MinSize)
	}
}

const password = "correct horse battery staple"

func TestLoad(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		s.Now = func() time.Time { return fixedNow }
		sum, err := Load(ctx, s, Options{Seed: 7, Size: 600, Password: password})
		if err != nil {
			t.Fatal(err)
		}
		if n, _ := s.PeopleCount(ctx); n != 600 || sum.People != 600 {
			t.Fatalf("PeopleCount = %d, summary %d; want 600", n, sum.People)
		}
		sw, err := s.UserByUsername(ctx, "sw.demo")
		if err != nil {
			t.Fatal(err)
		}
		if ok, _ := access.CheckPassword(sw.PasswordHash, password); !ok || sw.TeamName != "Assessment team 1" {
			t.Errorf("sw.demo: password accepted %v, team %q", ok, sw.TeamName)
		}
		cases, err := s.Caseload(ctx, sw.ID, 0)
		if err != nil || len(cases) < swDemoCaseload {
			t.Fatalf("sw.demo caseload: %d, %v", len(cases), err)
		}
		first := cases[0].PersonID
		for _, c := range cases {
			first = min(first, c.PersonID)
		}
		r, err := s.LoadRecord(ctx, first)
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Relatives) == 0 || len(r.Household) == 0 || len(r.Chronology) < 3 || r.CurrentAllocation() == nil ||
			r.CurrentAllocation().WorkerName != sw.Name || len(r.Warnings) == 0 {
			t.Errorf("sw.demo's first child %s: %d relatives, %d in the household, %d events, allocation %+v, %d warnings",
				r.Person.Name(), len(r.Relatives), len(r.Household), len(r.Chronology), r.CurrentAllocation(), len(r.Warnings))
		}
		q, msg := store.ParseSearch(r.Person.GivenNames + " " + r.Person.FamilyName)
		if hits, err := s.SearchPeople(ctx, sw.ID, q, 50); msg != "" || err != nil || !hasPerson(hits, first) {
			t.Errorf("searching for %s: %v %v", r.Person.Name(), err, msg)
		}
		for _, u := range []string{"tm.demo", "sm.demo", "iro.demo", "pa.demo", "qa.demo", "pi.demo", "admin.demo"} {
			if _, err := s.UserByUsername(ctx, u); err != nil {
				t.Errorf("%s: %v", u, err)
			}
		}
		if _, err := Load(ctx, s, Options{Seed: 8, Size: 600, Password: password}); err == nil || !strings.Contains(err.Error(), "already holds 600 people") {
			t.Errorf("second Load: %v", err)
		}
	})
}

func hasPerson(hits []store.Hit, id int64) bool {
	for _, h := range hits {
		if h.Person.ID == id {
			return true
		}
	}
	return false
}

func TestLoadNeedsAPassword(t *testing.T) {
	s := storetest.Open(t, store.SQLite)
	for _, pw := range []string{"", "short"} {
		if _, err := Load(ctx, s, Options{Size: MinSize, Password: pw}); err == nil {
			t.Errorf("Load with password %q succeeded", pw)
		}
	}
}

// benchSize is OURCHILD_BENCH_SIZE, default 100,000 people.
func benchSize(b *testing.B) int {
	if v := os.Getenv("OURCHILD_BENCH_SIZE"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			b.Fatal(err)
		}
		return n
	}
	return 100_000
}

// BenchmarkGenerate generates OURCHILD_BENCH_SIZE people: in one Bulk, as Generate does,
// and in chunks, as Load does.
func BenchmarkGenerate(b *testing.B) {
	size := benchSize(b)
	b.Run("all", func(b *testing.B) {
		for b.Loop() {
			Generate(Options{Seed: 1, Size: size, Today: today})
		}
		b.ReportMetric(float64(size)*float64(b.N)/b.Elapsed().Seconds(), "people/s")
	})
	b.Run("chunks", func(b *testing.B) {
		for b.Loop() {
			newGen(Options{Seed: 1, Size: size, Today: today}, store.NextIDs{}, nil).run(chunkHouseholds, func(*store.Bulk) bool { return true })
		}
		b.ReportMetric(float64(size)*float64(b.N)/b.Elapsed().Seconds(), "people/s")
	})
}

// BenchmarkLoad loads OURCHILD_BENCH_SIZE people into each store:
//
//	OURCHILD_BENCH_SIZE=1000000 go test ./internal/demo -run - -bench Load -benchtime 1x
func BenchmarkLoad(b *testing.B) {
	size := benchSize(b)
	for _, d := range storetest.Dialects {
		b.Run(string(d), func(b *testing.B) {
			var elapsed time.Duration
			var fileSize int64
			for range b.N {
				b.StopTimer()
				var s *store.Store
				var path string
				if d == store.SQLite {
					path = filepath.Join(b.TempDir(), "demo.db")
					var err error
					if s, err = store.Open(ctx, path); err != nil {
						b.Fatal(err)
					}
					if _, err := s.Migrate(ctx); err != nil {
						b.Fatal(err)
					}
				} else {
					s = storetest.Open(b, d)
				}
				b.StartTimer()
				start := time.Now()
				if _, err := Load(ctx, s, Options{Seed: 1, Size: size, Password: password}); err != nil {
					b.Fatal(err)
				}
				elapsed += time.Since(start)
				b.StopTimer()
				if path != "" {
					if fi, err := os.Stat(path); err == nil {
						fileSize = fi.Size()
					}
				}
				s.Close()
			}
			b.ReportMetric(float64(size)*float64(b.N)/elapsed.Seconds(), "people/s")
			if fileSize > 0 {
				b.ReportMetric(float64(fileSize)/1e6, "MB")
			}
		})
	}
}

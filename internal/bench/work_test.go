package bench

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"ourchild/internal/access"
	"ourchild/internal/apperr"
	"ourchild/internal/audit"
	"ourchild/internal/auth"
	"ourchild/internal/casework"
	"ourchild/internal/date"
	"ourchild/internal/person"
	"ourchild/internal/server"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

// The work trays are measured on a team of 25 social workers, each with 18 to 25 children
// allocated, and each child with a casework history of their own: child in need plans with
// reviews and visits, child protection plans with conferences, core groups and visits,
// assessments under way, early help. The data set is generated once (with store.AddItem, so
// every rule and follow-on applies) and kept, as the other benchmarks' is:
// /tmp/ourchild-bench-work.db and the schema bench_work.

// workNow is the date the trays are computed at: the data set is dated back from it.
var workNow = time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)

const teamSize = 25

func workStore(b *testing.B, d store.Dialect) *store.Store {
	b.Helper()
	s, cached := openBench(b, d, "work")
	s.Now = func() time.Time { return workNow }
	if cached {
		return s
	}
	ctx := context.Background()
	if _, err := s.UserByUsername(ctx, "tm.bench"); err != nil {
		start := time.Now()
		n, err := generateTeam(ctx, s)
		if err != nil {
			b.Fatal(err)
		}
		b.Logf("generated a team of %d workers with %d casework records into %s in %s", teamSize, n, d, time.Since(start).Round(time.Millisecond))
	}
	return s
}

// generateTeam makes the team, its manager, the children and their casework, and returns how
// many casework records it added.
func generateTeam(ctx context.Context, s *store.Store) (int, error) {
	r := rand.New(rand.NewPCG(11, 12))
	team := &store.Team{Name: "Bench safeguarding team", Service: "Safeguarding"}
	if err := s.CreateTeam(ctx, team); err != nil {
		return 0, err
	}
	manager := &store.User{Username: "tm.bench", Name: "Team Manager", Role: access.TeamManager, TeamID: team.ID}
	if err := s.CreateUser(ctx, audit.System, manager, "benchmark password"); err != nil {
		return 0, err
	}
	g := &teamGen{s: s, r: r, now: date.Of(workNow), mgr: store.Editor{Actor: manager.Actor("127.0.0.1"), Manager: true}}
	given := []string{"Amara", "Tobi", "Lily", "Noah", "Zara", "Kai", "Maya", "Leo", "Isla", "Omar", "Ruby", "Finn", "Aisha", "Jack", "Erin"}
	family := []string{"Okafor", "Smith", "Patel", "Jones", "Nowak", "Khan", "Brown", "Evans", "Ali", "Taylor", "Murphy", "Hussain"}
	for w := range teamSize {
		u := &store.User{Username: fmt.Sprintf("sw.bench%02d", w), Name: fmt.Sprintf("Worker %02d", w), Role: access.SocialWorker, TeamID: team.ID}
		if err := s.CreateUser(ctx, audit.System, u, "benchmark password"); err != nil {
			return 0, err
		}
		g.sw = store.Editor{Actor: u.Actor("127.0.0.1")}
		for range 18 + r.IntN(8) {
			p := &person.Person{GivenNames: given[r.IntN(len(given))], FamilyName: family[r.IntN(len(family))],
				DateOfBirth: g.now.AddDays(-365*2 - r.IntN(365*14)), Sex: "F", Ethnicity: "WBRI"}
			if err := s.CreatePerson(ctx, audit.System, p); err != nil {
				return 0, err
			}
			if err := s.Allocate(ctx, audit.System, &person.Allocation{PersonID: p.ID, WorkerID: u.ID, StartDate: g.now.AddDays(-400)}, ""); err != nil {
				return 0, err
			}
			if err := g.child(ctx, p.ID); err != nil {
				return 0, fmt.Errorf("child %d: %w (%v)", p.ID, err, apperr.FieldsOf(err))
			}
		}
	}
	return g.n, nil
}

type teamGen struct {
	s       *store.Store
	r       *rand.Rand
	now     date.Date
	sw, mgr store.Editor
	n       int
}

func vals(pairs ...string) casework.Values {
	v := casework.Values{}
	for i := 0; i+1 < len(pairs); i += 2 {
		v[pairs[i]] = append(v[pairs[i]], pairs[i+1])
	}
	return v
}

func (g *teamGen) add(ctx context.Context, e store.Editor, pid int64, kind string, v casework.Values) error {
	g.n++
	return g.s.AddItem(ctx, e, &casework.Item{PersonID: pid, Kind: kind, Values: v})
}

// every adds a record every gap days (give or take a few) from from until today.
func (g *teamGen) every(ctx context.Context, from date.Date, gap int, add func(on date.Date) error) error {
	for on := from.AddDays(gap - 3 + g.r.IntN(7)); !on.After(g.now); on = on.AddDays(gap - 3 + g.r.IntN(7)) {
		if err := add(on); err != nil {
			return err
		}
	}
	return nil
}

func (g *teamGen) child(ctx context.Context, pid int64) error {
	visit := func(typ string) func(date.Date) error {
		return func(on date.Date) error {
			return g.add(ctx, g.sw, pid, "visit", vals("date", on.String(), "type", typ, "seen", "yes", "seen_alone", "yes", "voice", "Talked about school"))
		}
	}
	oversight := func(on date.Date) error {
		return g.add(ctx, g.mgr, pid, "oversight", vals("date", on.String(), "context", "supervision", "experience", "Settled",
			"reflection", "Progress", "decisions", "Continue the plan"))
	}
	referral := func(on date.Date) error {
		return g.add(ctx, g.sw, pid, "referral", vals("referral_date", on.String(), "source", "2A", "nfa", "no"))
	}
	switch g.r.IntN(4) {
	case 0: // a child in need plan after an assessment
		ref := g.now.AddDays(-120 - g.r.IntN(280))
		if err := referral(ref); err != nil {
			return err
		}
		if err := g.add(ctx, g.mgr, pid, "assessment", vals("start", ref.AddDays(1).String(), "wishes", "To stay at home", "analysis", "Needs support",
			"factors", "21", "outcome", "cin_plan", "identity", "Proud of her heritage", "how_gathered", "talking",
			"completed", ref.AddDays(30).String(), "authorised", ref.AddDays(32).String())); err != nil {
			return err
		}
		plan := ref.AddDays(35 + g.r.IntN(10))
		if err := g.add(ctx, g.sw, pid, "cin_plan", vals("start", plan.String(), "goal", "Safe and settled at home",
			"changes.what", "School every day", "changes.who", "Parents", "changes.by", plan.AddDays(90).String(), "changes.measure", "Attendance")); err != nil {
			return err
		}
		if err := g.every(ctx, plan, 42, func(on date.Date) error {
			return g.add(ctx, g.sw, pid, "cin_review", vals("date", on.String(), "attendees", "Family, school", "progress", "Better", "decision", "continue"))
		}); err != nil {
			return err
		}
		if err := g.every(ctx, plan, 24, visit("cin")); err != nil {
			return err
		}
		return g.every(ctx, ref, 56, oversight)
	case 1: // a child protection plan
		ref := g.now.AddDays(-60 - g.r.IntN(340))
		if err := referral(ref); err != nil {
			return err
		}
		if err := g.add(ctx, g.sw, pid, "strategy", vals("held", ref.AddDays(1).String()+"T10:00", "agencies", "csc", "agencies", "police", "agencies", "health",
			"attendees", "SW, police, health", "information", "Injury", "decision", "s47", "rationale", "Reasonable cause")); err != nil {
			return err
		}
		if err := g.add(ctx, g.sw, pid, "s47", vals("start", ref.AddDays(1).String(), "findings", "Harm likely", "outcome", "icpc",
			"icpc_needed", "yes", "completed", ref.AddDays(12).String())); err != nil {
			return err
		}
		icpc := ref.AddDays(18 + g.r.IntN(8))
		if err := g.add(ctx, g.sw, pid, "conference", vals("type", "initial", "date", icpc.String(), "chair", "IRO", "report_shared", icpc.AddDays(-3).String(),
			"decision", "cp_plan", "category", "NEG", "rationale", "Neglect", "next_review", icpc.AddDays(85).String())); err != nil {
			return err
		}
		if rv := icpc.AddDays(80 + g.r.IntN(15)); !rv.After(g.now) {
			if err := g.add(ctx, g.sw, pid, "conference", vals("type", "review", "date", rv.String(), "chair", "IRO", "report_shared", rv.AddDays(-7).String(),
				"decision", "continue", "category", "NEG", "rationale", "Progress but not yet safe", "next_review", rv.AddDays(180).String())); err != nil {
				return err
			}
		}
		if err := g.every(ctx, icpc, 28, func(on date.Date) error {
			return g.add(ctx, g.sw, pid, "core_group", vals("date", on.String(), "attendees", "Core group", "progress", "Steady"))
		}); err != nil {
			return err
		}
		if err := g.every(ctx, icpc, 13, visit("cp")); err != nil {
			return err
		}
		return g.every(ctx, ref, 56, oversight)
	case 2: // an assessment under way
		ref := g.now.AddDays(-10 - g.r.IntN(60))
		if err := referral(ref); err != nil {
			return err
		}
		if err := g.add(ctx, g.sw, pid, "assessment", vals("start", ref.AddDays(1).String())); err != nil {
			return err
		}
		if err := visit("assessment")(ref.AddDays(3)); err != nil {
			return err
		}
		return g.add(ctx, g.sw, pid, "case_note", vals("date", ref.AddDays(4).String(), "type", "phone", "subject", "School", "note", "Spoke to the school",
			"significant_change", []string{"no", "yes"}[g.r.IntN(2)]))
	default: // early help
		start := g.now.AddDays(-30 - g.r.IntN(300))
		if err := g.add(ctx, g.sw, pid, "early_help", vals("start", start.String(), "reason", "Parenting support", "consent", "yes", "lead", "Family hub")); err != nil {
			return err
		}
		return g.every(ctx, start, 80, func(on date.Date) error {
			return g.add(ctx, g.sw, pid, "family_meeting", vals("date", on.String(), "attendees", "Family", "progress", "Going well"))
		})
	}
}

func signedIn(b *testing.B, s *store.Store, username string) *http.Cookie {
	b.Helper()
	u, err := s.UserByUsername(context.Background(), username)
	if err != nil {
		b.Fatal(err)
	}
	rec := httptest.NewRecorder()
	if err := auth.New(s, auth.Config{}).Start(rec, httptest.NewRequest("GET", "/", nil), u); err != nil {
		b.Fatal(err)
	}
	return rec.Result().Cookies()[0]
}

func eachWorkStore(b *testing.B, fn func(b *testing.B, s *store.Store, h http.Handler)) {
	for _, d := range storetest.Dialects {
		b.Run(string(d), func(b *testing.B) {
			s := workStore(b, d)
			h, err := server.New(server.Config{}, s)
			if err != nil {
				b.Fatal(err)
			}
			fn(b, s, h)
		})
	}
}

func get(b *testing.B, h http.Handler, path string, c *http.Cookie) string {
	req := httptest.NewRequest("GET", path, nil)
	req.AddCookie(c)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	if w.Code != http.StatusOK {
		b.Fatalf("%s: %d", path, w.Code)
	}
	return w.Body.String()
}

// BenchmarkMyWork renders "My work" for each of the team's workers in turn through the whole
// handler: session, permission, the tray (two queries and the clocks of about 20 children),
// the audit write and the template.
func BenchmarkMyWork(b *testing.B) {
	eachWorkStore(b, func(b *testing.B, s *store.Store, h http.Handler) {
		cookies := make([]*http.Cookie, teamSize)
		for w := range teamSize {
			cookies[w] = signedIn(b, s, fmt.Sprintf("sw.bench%02d", w))
		}
		rows := 0
		timed(b, func(i int) {
			rows += strings.Count(get(b, h, "/work", cookies[i%teamSize]), `<tr class="govuk-table__row">`)
		})
		b.ReportMetric(float64(rows)/float64(b.N), "rows/page")
	})
}

// BenchmarkTeamWork renders "Team work" for the team's manager: 25 workers, about 540 children.
func BenchmarkTeamWork(b *testing.B) {
	eachWorkStore(b, func(b *testing.B, s *store.Store, h http.Handler) {
		cookie := signedIn(b, s, "tm.bench")
		rows := 0
		timed(b, func(i int) {
			rows += strings.Count(get(b, h, "/work/team", cookie), `<tr class="govuk-table__row">`)
		})
		b.ReportMetric(float64(rows)/float64(b.N), "rows/page")
	})
}

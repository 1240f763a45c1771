package store_test

import (
	"testing"

	"ourchild/internal/access"
	"ourchild/internal/audit"
	"ourchild/internal/casework"
	"ourchild/internal/date"
	"ourchild/internal/person"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
	"ourchild/internal/workday"
)

func TestWorkAndTeamTrays(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		f := setup(t, s)
		worker := store.Editor{Actor: f.actor}
		colleague := &store.User{Username: "sw2", Name: "Cass Colleague", Role: access.SocialWorker, TeamID: f.worker.TeamID}
		other := &store.Team{Name: "Another team"}
		if err := s.CreateTeam(ctx, other); err != nil {
			t.Fatal(err)
		}
		stranger := &store.User{Username: "sw3", Name: "Olu Other", Role: access.SocialWorker, TeamID: other.ID}
		for _, u := range []*store.User{colleague, stranger} {
			if err := s.CreateUser(ctx, audit.System, u, "a long enough password"); err != nil {
				t.Fatal(err)
			}
		}
		allocate := func(p *person.Person, u *store.User) *person.Allocation {
			t.Helper()
			al := &person.Allocation{PersonID: p.ID, WorkerID: u.ID, StartDate: date.MustParse("2026-09-01")}
			if err := s.Allocate(ctx, f.actor, al, ""); err != nil {
				t.Fatal(err)
			}
			return al
		}
		mine := f.create(t, child("Amara", "Okafor", "2017-03-02"))
		theirs := f.create(t, child("Bea", "Brown", "2016-01-02"))
		elsewhere := f.create(t, child("Cal", "Cole", "2015-05-06"))
		ended := f.create(t, child("Dee", "Dunn", "2014-07-08"))
		allocate(mine, f.worker)
		allocate(theirs, colleague)
		allocate(elsewhere, stranger)
		al := allocate(ended, f.worker)
		if err := s.EndAllocation(ctx, f.actor, ended.ID, al.ID, date.MustParse("2026-10-01"), "OTHERS", "Moved away"); err != nil {
			t.Fatal(err)
		}
		// A referral on 1 September 2026: 45 working days ran out on 3 November.
		for _, p := range []*person.Person{mine, theirs, elsewhere, ended} {
			f.add(t, worker, p.ID, "referral", v("referral_date", "2026-09-01", "source", "2A", "nfa", "no"))
		}
		cal := workday.EnglandAndWales()

		tray, err := s.WorkTray(ctx, f.worker.ID, cal)
		if err != nil {
			t.Fatal(err)
		}
		if tray.Today.String() != "2026-11-20" || len(tray.Children) != 1 || tray.Children[0].PersonID != mine.ID ||
			tray.Children[0].Name != "Amara Okafor" || tray.Children[0].WorkerName != "Sam Worker" {
			t.Fatalf("my tray = %+v", tray)
		}
		a := clockOf(tray.Children[0].Clocks, "R-A02")
		if a == nil || a.Due.String() != "2026-11-03" || a.State != workday.Overdue || a.Record != "assessment" {
			t.Fatalf("assessment clock = %+v", a)
		}

		// A new record shows at once (the clocks kept between views are recomputed).
		f.add(t, worker, mine.ID, "case_note", v("date", "2026-11-18", "type", "phone", "subject", "Moved house", "note", "New address",
			"significant_change", "yes"))
		tray, _ = s.WorkTray(ctx, f.worker.ID, cal)
		if c := clockOf(tray.Children[0].Clocks, "Local"); c == nil || c.Start.String() != "2026-11-18" {
			t.Errorf("assessment update clock after a new case note = %+v", c)
		}

		team, err := s.TeamTray(ctx, f.worker.TeamID, cal)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, c := range team.Children {
			names = append(names, c.Name+"/"+c.WorkerName)
		}
		if len(names) != 2 || names[0] != "Bea Brown/Cass Colleague" || names[1] != "Amara Okafor/Sam Worker" {
			t.Errorf("team tray children = %v", names)
		}
		if len(team.Workers) != 2 || team.Workers[0].Name != "Cass Colleague" || team.Workers[1].Name != "Sam Worker" {
			t.Errorf("team members = %+v", team.Workers)
		}

		// A tightened standard changes the clocks at once.
		if err := s.SetStandard(ctx, f.actor, "assessment_wd", "40", "Local target"); err != nil {
			t.Fatal(err)
		}
		tray, _ = s.WorkTray(ctx, f.worker.ID, cal)
		if a := clockOf(tray.Children[0].Clocks, "R-A02"); a == nil || a.Due.String() != "2026-10-27" {
			t.Errorf("assessment clock with 40 working days = %+v", a)
		}
	})
}

func clockOf(cs []casework.Clock, rule string) *casework.Clock {
	for i := range cs {
		if cs[i].Rule == rule {
			return &cs[i]
		}
	}
	return nil
}

// The trays give the clocks the child's date of birth: a review health assessment is due 6
// months after the last before the 5th birthday and 12 months after it from then, and a
// corrected date of birth changes the clocks kept between views.
func TestWorkTrayUsesTheDateOfBirth(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		f := setup(t, s)
		worker := store.Editor{Actor: f.actor}
		young := f.create(t, child("Ada", "Young", "2022-03-10")) // 4 on 15 June 2026, 5 on 10 March 2027
		older := f.create(t, child("Ola", "Older", "2015-05-06"))
		for _, p := range []*person.Person{young, older} {
			if err := s.Allocate(ctx, f.actor, &person.Allocation{PersonID: p.ID, WorkerID: f.worker.ID, StartDate: date.MustParse("2026-06-01")}, ""); err != nil {
				t.Fatal(err)
			}
			f.add(t, worker, p.ID, "care_period", v("start", "2026-06-01", "category", "N1", "uasc", "no"))
			f.add(t, worker, p.ID, "health_assessment", v("date", "2026-06-15", "type", "initial", "by", "Dr A", "immunisations", "yes", "gp", "yes"))
		}
		cal := workday.EnglandAndWales()
		rha := func(pid int64) string {
			t.Helper()
			tray, err := s.WorkTray(ctx, f.worker.ID, cal)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range tray.Children {
				for _, k := range c.Clocks {
					if c.PersonID == pid && k.Rule == "R-E08" && k.Start.String() == "2026-06-15" {
						return k.Due.String()
					}
				}
			}
			return "none"
		}
		if got := rha(young.ID); got != "2026-12-15" {
			t.Errorf("review health assessment of a child under 5 due %s, want 2026-12-15", got)
		}
		if got := rha(older.ID); got != "2027-06-15" {
			t.Errorf("review health assessment of a child of 11 due %s, want 2027-06-15", got)
		}
		young.DateOfBirth = date.MustParse("2021-03-10") // corrected: 5 on 10 March 2026
		if err := s.UpdatePerson(ctx, f.actor, young, "Date of birth corrected from the birth certificate"); err != nil {
			t.Fatal(err)
		}
		if got := rha(young.ID); got != "2027-06-15" {
			t.Errorf("after the date of birth was corrected, review health assessment due %s, want 2027-06-15", got)
		}
	})
}

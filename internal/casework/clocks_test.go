package casework

import (
	"strings"
	"testing"

	"ourchild/internal/apperr"
	"ourchild/internal/date"
	"ourchild/internal/workday"
)

// it builds a record of one child (person 1) from field, value pairs.
func it(id int64, kind string, parent, episode int64, pairs ...string) *Item {
	v := Values{}
	for i := 0; i+1 < len(pairs); i += 2 {
		v[pairs[i]] = append(v[pairs[i]], pairs[i+1])
	}
	return &Item{ID: id, PersonID: 1, Kind: kind, ParentID: parent, EpisodeID: episode, Values: v}
}

func d(s string) date.Date {
	if s == "" {
		return date.Date{}
	}
	return date.MustParse(s)
}

func ref(id int64, date string, more ...string) *Item {
	r := it(id, "referral", 0, 0, "referral_date", date, "source", "2A", "nfa", "no")
	for i := 0; i+1 < len(more); i += 2 {
		r.Values.Set(more[i], more[i+1])
	}
	return r
}

func fromContact(r *Item, contact int64) *Item {
	r.ParentID = contact
	return r
}

func cpPlan(id, ep int64, start string, more ...string) *Item {
	return it(id, "cp_plan", ep, ep, append([]string{"start", start, "initial_category", "NEG", "latest_category", "NEG"}, more...)...)
}

func visit(id int64, on, seen string, more ...string) *Item {
	return it(id, "visit", 0, 0, append([]string{"date", on, "type", "cp", "seen", seen, "seen_alone", "yes", "voice", "x"}, more...)...)
}

// TestClocks checks each clock of rules.md §2 against dates worked out by hand on the England
// and Wales calendar, across weekends, Christmas and New Year 2025-26, Easter 2026 and the May
// and August 2026 bank holidays, in each of its states.
func TestClocks(t *testing.T) {
	const (
		due, overdue, onTime, late = workday.Due, workday.Overdue, workday.CompletedOnTime, workday.CompletedLate
	)
	contact := func(decided string) []*Item {
		c := it(1, "contact", 0, 0, "received", "2025-12-24T16:00", "source", "2A", "worry", "x", "consent", "given")
		if decided != "" {
			c.Values.Set("decision", "nfa")
			c.Values.Set("decided", decided)
		}
		return []*Item{c}
	}
	assessment := func(authorised string, refMore ...string) []*Item {
		a := it(2, "assessment", 1, 1, "start", "2026-03-30")
		if authorised != "" {
			a.Values.Set("completed", authorised)
			a.Values.Set("authorised", authorised)
		}
		return []*Item{ref(1, "2026-03-27", refMore...), a}
	}
	// A section 47 enquiry started on Wednesday 20 May 2026, before the spring bank holiday.
	s47 := func(completed, icpcNeeded, icpc string) []*Item {
		s := it(3, "s47", 1, 1, "start", "2026-05-20")
		if completed != "" {
			s.Values.Set("completed", completed)
			s.Values.Set("icpc_needed", icpcNeeded)
		}
		items := []*Item{ref(1, "2026-05-19"), it(2, "strategy", 1, 1, "held", "2026-05-20T10:00", "decision", "s47"), s}
		if icpc != "" {
			items = append(items, it(4, "conference", 1, 1, "type", "initial", "date", icpc))
		}
		return items
	}
	cpVisits := func(planEnd string, visits ...*Item) []*Item {
		p := cpPlan(2, 1, "2026-04-01")
		if planEnd != "" {
			p.Values.Set("end", planEnd)
		}
		return append([]*Item{ref(1, "2026-03-20"), p}, visits...)
	}

	tests := []struct {
		name  string
		items []*Item
		std   func(*Standards)
		today string
		// the clock looked at: its rule, its start, and a word of its name
		rule, start, named string
		due, done, stopped string
		state              workday.State
	}{
		// R-A01: received Christmas Eve 2025; the next working day is Monday 29 December.
		{"contact decision due", contact(""), nil, "2025-12-29", "R-A01", "2025-12-24", "", "2025-12-29", "", "", due},
		{"contact decision overdue", contact(""), nil, "2025-12-30", "R-A01", "2025-12-24", "", "2025-12-29", "", "", overdue},
		{"contact decided on time", contact("2025-12-29T09:00"), nil, "2026-01-10", "R-A01", "2025-12-24", "", "2025-12-29", "2025-12-29", "", onTime},
		{"contact decided late", contact("2025-12-30T09:00"), nil, "2026-01-10", "R-A01", "2025-12-24", "", "2025-12-29", "2025-12-30", "", late},

		// R-A02: 45 working days from Friday 27 March 2026, over Easter and both May holidays.
		{"assessment due", assessment(""), nil, "2026-06-04", "R-A02", "2026-03-27", "referral", "2026-06-04", "", "", due},
		{"assessment overdue", assessment(""), nil, "2026-06-05", "R-A02", "2026-03-27", "referral", "2026-06-04", "", "", overdue},
		{"assessment on time", assessment("2026-06-04"), nil, "2026-07-01", "R-A02", "2026-03-27", "referral", "2026-06-04", "2026-06-04", "", onTime},
		{"assessment late", assessment("2026-06-05"), nil, "2026-07-01", "R-A02", "2026-03-27", "referral", "2026-06-04", "2026-06-05", "", late},
		{"assessment inclusive count", assessment(""), func(s *Standards) { s.Convention = workday.Inclusive }, "2026-06-04",
			"R-A02", "2026-03-27", "referral", "2026-06-03", "", "", overdue},
		{"assessment tightened to 40", assessment(""), func(s *Standards) { s.AssessmentWD = 40 }, "2026-05-28",
			"R-A02", "2026-03-27", "40 working days", "2026-05-28", "", "", due},
		{"assessment stops when the referral closes", assessment("", "closure_date", "2026-05-01", "closure_reason", "RC8"), nil, "2026-07-01",
			"R-A02", "2026-03-27", "referral", "2026-06-04", "", "2026-05-01", due},
		{"manager's target date missed", []*Item{ref(1, "2026-03-27"),
			it(2, "assessment", 1, 1, "start", "2026-03-30", "target", "2026-04-20", "completed", "2026-04-21", "authorised", "2026-04-21")}, nil, "2026-05-01",
			"R-A02", "2026-03-30", "target", "2026-04-20", "2026-04-21", "", late},

		// R-A03: a strategy discussion the working day after a contact decided on Thursday 2
		// April 2026: Good Friday and Easter Monday fall between, so Tuesday 7 April.
		{"strategy discussion on time", []*Item{
			it(9, "contact", 0, 0, "received", "2026-04-02T09:00", "decision", "strategy", "decided", "2026-04-02T15:00"),
			fromContact(ref(1, "2026-04-02"), 9), it(2, "strategy", 1, 1, "held", "2026-04-07T09:00")}, nil, "2026-04-20",
			"R-A03", "2026-04-02", "", "2026-04-07", "2026-04-07", "", onTime},
		{"strategy discussion overdue", []*Item{
			it(9, "contact", 0, 0, "received", "2026-04-02T09:00", "decision", "strategy", "decided", "2026-04-02T15:00"),
			fromContact(ref(1, "2026-04-02"), 9)}, nil, "2026-04-08",
			"R-A03", "2026-04-02", "", "2026-04-07", "", "", overdue},

		// R-A04: 10 working days from Wednesday 20 May 2026, over the spring bank holiday.
		{"s47 due", s47("", "", ""), nil, "2026-06-04", "R-A04", "2026-05-20", "", "2026-06-04", "", "", due},
		{"s47 completed late", s47("2026-06-05", "yes", ""), nil, "2026-06-08", "R-A04", "2026-05-20", "", "2026-06-04", "2026-06-05", "", late},
		// R-B01: 15 working days from the same start.
		{"ICPC on time", s47("2026-06-04", "yes", "2026-06-11"), nil, "2026-07-01", "R-B01", "2026-05-20", "", "2026-06-11", "2026-06-11", "", onTime},
		{"ICPC late", s47("2026-06-04", "yes", "2026-06-12"), nil, "2026-07-01", "R-B01", "2026-05-20", "", "2026-06-11", "2026-06-12", "", late},
		{"ICPC overdue", s47("2026-06-04", "yes", ""), nil, "2026-06-12", "R-B01", "2026-05-20", "", "2026-06-11", "", "", overdue},
		{"no ICPC needed closes without lateness", s47("2026-06-19", "no", ""), nil, "2026-07-01", "R-B01", "2026-05-20", "", "2026-06-11", "2026-06-19", "", onTime},
		// Over Christmas 2025: from Thursday 11 December the 15th working day is Tuesday 6 January.
		{"ICPC over Christmas overdue", []*Item{ref(1, "2025-12-10"), it(3, "s47", 1, 1, "start", "2025-12-11")}, nil, "2026-01-07",
			"R-B01", "2025-12-11", "", "2026-01-06", "", "", overdue},

		// R-B02: 2 working days before an initial conference on Thursday 11 June 2026 …
		{"ICPC report shared late", []*Item{ref(1, "2026-05-19"),
			it(4, "conference", 1, 1, "type", "initial", "date", "2026-06-11", "report_shared", "2026-06-10")}, nil, "2026-06-30",
			"R-B02", "2026-06-11", "", "2026-06-09", "2026-06-10", "", late},
		{"ICPC report shared on time", []*Item{ref(1, "2026-05-19"),
			it(4, "conference", 1, 1, "type", "initial", "date", "2026-06-11", "report_shared", "2026-06-09")}, nil, "2026-06-30",
			"R-B02", "2026-06-11", "", "2026-06-09", "2026-06-09", "", onTime},
		// … and 5 before a review on Thursday 3 September, back over the summer bank holiday.
		{"RCPC report not shared: overdue before the conference", []*Item{ref(1, "2026-01-05"),
			it(4, "conference", 1, 1, "type", "review", "date", "2026-09-03")}, nil, "2026-08-27",
			"R-B02", "2026-09-03", "", "2026-08-26", "", "", overdue},
		{"RCPC report due", []*Item{ref(1, "2026-01-05"),
			it(4, "conference", 1, 1, "type", "review", "date", "2026-09-03")}, nil, "2026-08-26",
			"R-B02", "2026-09-03", "", "2026-08-26", "", "", due},
		{"RCPC report never shared stops at the conference", []*Item{ref(1, "2026-01-05"),
			it(4, "conference", 1, 1, "type", "review", "date", "2026-09-03", "shared_how", "not_shared")}, nil, "2026-09-10",
			"R-B02", "2026-09-03", "", "2026-08-26", "", "2026-09-03", overdue},

		// R-B03: first core group 10 working days from a plan made on Thursday 18 December
		// 2025 (Christmas, Boxing Day and New Year's Day between): Tuesday 6 January 2026.
		{"first core group late", []*Item{ref(1, "2025-12-01"), cpPlan(2, 1, "2025-12-18"), it(5, "core_group", 2, 1, "date", "2026-01-07")}, nil, "2026-01-20",
			"R-B03", "2025-12-18", "First", "2026-01-06", "2026-01-07", "", late},
		{"first core group due", []*Item{ref(1, "2025-12-01"), cpPlan(2, 1, "2025-12-18")}, nil, "2026-01-06",
			"R-B03", "2025-12-18", "First", "2026-01-06", "", "", due},
		// … then 28 days from the actual date of the last one (rolling).
		{"next core group due", []*Item{ref(1, "2025-12-01"), cpPlan(2, 1, "2025-12-18"), it(5, "core_group", 2, 1, "date", "2026-01-07")}, nil, "2026-02-04",
			"R-B03", "2026-01-07", "", "2026-02-04", "", "", due},
		{"next core group overdue", []*Item{ref(1, "2025-12-01"), cpPlan(2, 1, "2025-12-18"), it(5, "core_group", 2, 1, "date", "2026-01-07")}, nil, "2026-02-05",
			"R-B03", "2026-01-07", "", "2026-02-04", "", "", overdue},

		// R-B04: first review within 3 months of 28 November 2025 (28 February 2026); the next
		// within 6 months of the actual review, 31 March + 6 months clamped to 30 September.
		{"first review conference late", []*Item{ref(1, "2025-11-01"), cpPlan(2, 1, "2025-11-28"),
			it(6, "conference", 1, 1, "type", "review", "date", "2026-03-31")}, nil, "2026-04-01",
			"R-B04", "2025-11-28", "First", "2026-02-28", "2026-03-31", "", late},
		{"second review conference due, month end clamped", []*Item{ref(1, "2025-11-01"), cpPlan(2, 1, "2025-11-28"),
			it(6, "conference", 1, 1, "type", "review", "date", "2026-03-31")}, nil, "2026-09-30",
			"R-B04", "2026-03-31", "", "2026-09-30", "", "", due},
		{"first review conference on time", []*Item{ref(1, "2025-11-01"), cpPlan(2, 1, "2025-11-28"),
			it(6, "conference", 1, 1, "type", "review", "date", "2026-02-27")}, nil, "2026-03-01",
			"R-B04", "2025-11-28", "First", "2026-02-28", "2026-02-27", "", onTime},

		// R-B05: 10 working days from a plan made on Wednesday 1 April 2026 (Easter between):
		// Friday 17 April; then rolling from each visit at which the child was seen.
		{"CP visit on time", cpVisits("", visit(7, "2026-04-16", "yes")), nil, "2026-04-20",
			"R-B05", "2026-04-01", "", "2026-04-17", "2026-04-16", "", onTime},
		{"CP visit: child not seen does not count", cpVisits("", visit(7, "2026-04-16", "yes"), visit(8, "2026-04-29", "no")), nil, "2026-05-01",
			"R-B05", "2026-04-16", "", "2026-04-30", "", "", overdue},
		{"CP visit late, after the early May bank holiday", cpVisits("", visit(7, "2026-04-16", "yes"), visit(8, "2026-05-05", "yes")), nil, "2026-05-06",
			"R-B05", "2026-04-16", "", "2026-04-30", "2026-05-05", "", late},
		{"CP visit cycle restarts from the late visit", cpVisits("", visit(7, "2026-04-16", "yes"), visit(8, "2026-05-05", "yes")), nil, "2026-05-19",
			"R-B05", "2026-05-05", "", "2026-05-19", "", "", due},
		{"CP visits stop when the plan ends", cpVisits("2026-04-24", visit(7, "2026-04-16", "yes")), nil, "2026-05-20",
			"R-B05", "2026-04-16", "", "2026-04-30", "", "2026-04-24", due},

		// R-B07: plan open 9 months from 29 August 2025; 18 months clamps to 28 February 2027.
		{"CP plan 9-month alert", []*Item{ref(1, "2025-08-01"), cpPlan(2, 1, "2025-08-29")}, nil, "2026-06-01",
			"R-B07", "2025-08-29", "9 months", "2026-05-29", "", "", overdue},
		{"CP plan 18-month line ahead", []*Item{ref(1, "2025-08-01"), cpPlan(2, 1, "2025-08-29")}, nil, "2026-06-01",
			"R-B07", "2025-08-29", "18 months", "2027-02-28", "", "", due},
		{"CP plan ended before 9 months", []*Item{ref(1, "2025-08-01"), cpPlan(2, 1, "2025-08-29", "end", "2026-03-02", "end_reason", "x")}, nil, "2026-06-01",
			"R-B07", "2025-08-29", "9 months", "2026-05-29", "2026-03-02", "", onTime},

		// R-C01: reviews every 6 weeks and visits every 20 working days from Monday 3 August
		// 2026 (the summer bank holiday between); a plan within 10 days of the assessment.
		{"CIN review late", []*Item{ref(1, "2026-06-01"), it(2, "cin_plan", 1, 1, "start", "2026-08-03"), it(3, "cin_review", 2, 1, "date", "2026-09-15")}, nil, "2026-09-16",
			"R-C01", "2026-08-03", "review", "2026-09-14", "2026-09-15", "", late},
		{"CIN review next due", []*Item{ref(1, "2026-06-01"), it(2, "cin_plan", 1, 1, "start", "2026-08-03"), it(3, "cin_review", 2, 1, "date", "2026-09-15")}, nil, "2026-09-16",
			"R-C01", "2026-09-15", "review", "2026-10-27", "", "", due},
		{"CIN visit on time", []*Item{ref(1, "2026-06-01"), it(2, "cin_plan", 1, 1, "start", "2026-08-03"), visit(4, "2026-09-01", "yes")}, nil, "2026-09-02",
			"R-C01", "2026-08-03", "visit", "2026-09-01", "2026-09-01", "", onTime},
		{"CIN visit overdue", []*Item{ref(1, "2026-06-01"), it(2, "cin_plan", 1, 1, "start", "2026-08-03")}, nil, "2026-09-02",
			"R-C01", "2026-08-03", "visit", "2026-09-01", "", "", overdue},
		{"CIN plan late after the assessment", []*Item{ref(1, "2026-03-02"),
			it(2, "assessment", 1, 1, "start", "2026-03-03", "completed", "2026-04-02", "authorised", "2026-04-02", "outcome", "cin_plan"),
			it(3, "cin_plan", 1, 1, "start", "2026-04-13")}, nil, "2026-04-20",
			"R-C01", "2026-04-02", "plan", "2026-04-12", "2026-04-13", "", late},

		// R-D01: pre-proceedings from a letter sent 5 January 2026: 12 weeks is 30 March, 16
		// weeks 27 April; stepped out on 20 April.
		{"PLO 12-week line passed", []*Item{ref(1, "2025-10-01"), it(2, "plo", 1, 1, "lpm", "2025-12-15", "letter", "2026-01-05", "outcome", "step_out", "outcome_date", "2026-04-20")}, nil, "2026-05-01",
			"R-D01", "2026-01-05", "open", "2026-03-30", "2026-04-20", "", late},
		{"PLO decided within 16 weeks", []*Item{ref(1, "2025-10-01"), it(2, "plo", 1, 1, "lpm", "2025-12-15", "letter", "2026-01-05", "outcome", "step_out", "outcome_date", "2026-04-20")}, nil, "2026-05-01",
			"R-D01", "2026-01-05", "decision", "2026-04-27", "2026-04-20", "", onTime},
		{"PLO extended stays open", []*Item{ref(1, "2025-10-01"), it(2, "plo", 1, 1, "lpm", "2025-12-15", "letter", "2026-01-05", "outcome", "extend", "outcome_date", "2026-04-20")}, nil, "2026-04-28",
			"R-D01", "2026-01-05", "decision", "2026-04-27", "", "", overdue},

		// R-L01: oversight within 8 weeks of the referral, sooner when the last set a date.
		{"oversight on time", []*Item{ref(1, "2026-01-05"), it(2, "oversight", 0, 0, "date", "2026-02-20", "next", "2026-03-20")}, nil, "2026-03-23",
			"R-L01", "2026-01-05", "", "2026-03-02", "2026-02-20", "", onTime},
		{"oversight by the date the manager set", []*Item{ref(1, "2026-01-05"), it(2, "oversight", 0, 0, "date", "2026-02-20", "next", "2026-03-20")}, nil, "2026-03-23",
			"R-L01", "2026-02-20", "", "2026-03-20", "", "", overdue},

		// Local: assessment updated 10 working days after a significant change recorded on
		// Thursday 21 May 2026 (spring bank holiday between): Friday 5 June.
		{"assessment updated after a significant change", []*Item{ref(1, "2026-01-05"), visit(2, "2026-05-21", "yes", "significant_change", "yes"),
			it(3, "assessment", 1, 1, "start", "2026-05-26", "completed", "2026-06-04")}, nil, "2026-06-10",
			"Local", "2026-05-21", "", "2026-06-05", "2026-06-04", "", onTime},
		{"assessment update overdue", []*Item{ref(1, "2026-01-05"), visit(2, "2026-05-21", "yes", "significant_change", "yes")}, nil, "2026-06-08",
			"Local", "2026-05-21", "", "2026-06-05", "", "", overdue},

		// Early help reviews every 12 weeks.
		{"early help review on time", []*Item{it(1, "early_help", 0, 0, "start", "2026-06-01"), it(2, "family_meeting", 1, 0, "date", "2026-08-24")}, nil, "2026-09-01",
			"§2.K", "2026-06-01", "", "2026-08-24", "2026-08-24", "", onTime},
		{"early help next review due", []*Item{it(1, "early_help", 0, 0, "start", "2026-06-01"), it(2, "family_meeting", 1, 0, "date", "2026-08-24")}, nil, "2026-09-01",
			"§2.K", "2026-08-24", "", "2026-11-16", "", "", due},
	}
	cal := workday.EnglandAndWales()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			std := DefaultStandards()
			if tt.std != nil {
				tt.std(&std)
			}
			clocks := Clocks(tt.items, std, cal, d(tt.today))
			checkClock(t, clocks, tt.rule, tt.start, tt.named, tt.due, tt.done, tt.stopped, tt.state)
		})
	}
}

// checkClock finds the one clock of rule that started on start with named in its name, and
// checks its dates, state and what it belongs to.
func checkClock(t *testing.T, clocks []Clock, rule, start, named, due, done, stopped string, state workday.State) {
	t.Helper()
	var found []Clock
	for _, c := range clocks {
		if c.Rule == rule && c.Start.String() == start && strings.Contains(c.Name, named) {
			found = append(found, c)
		}
	}
	if len(found) != 1 {
		t.Fatalf("want one %s clock from %s named …%s…, have %d in %s", rule, start, named, len(found), describe(clocks))
	}
	c := found[0]
	if c.Due.String() != due || c.Done.String() != d(done).String() || c.Stopped.String() != d(stopped).String() || c.State != state {
		t.Errorf("%s: due %s done %s stopped %s %s; want due %s done %q stopped %q %s",
			c.Name, c.Due, c.Done, c.Stopped, c.State, due, done, stopped, state)
	}
	if c.PersonID != 1 || c.ItemID == 0 || c.Record == "" || KindOf(c.Record) == nil {
		t.Errorf("%s: person %d item %d record %q", c.Name, c.PersonID, c.ItemID, c.Record)
	}
}

func describe(cs []Clock) string {
	var b strings.Builder
	for _, c := range cs {
		b.WriteString("\n  " + c.Rule + " " + c.Start.String() + " " + c.Name + " due " + c.Due.String() + " " + c.State.String())
	}
	return b.String()
}

func TestClocksLeaveOut(t *testing.T) {
	cal := workday.EnglandAndWales()
	std := DefaultStandards()
	tests := []struct {
		name  string
		items []*Item
		today string
		rule  string
	}{
		{"a referral that led to no further action needs no assessment", []*Item{ref(1, "2026-03-27", "nfa", "yes")}, "2026-06-05", "R-A02"},
		{"records entered in error are ignored", []*Item{{ID: 1, PersonID: 1, Kind: "contact", EnteredInError: true,
			Values: Values{"received": {"2026-03-27T09:00"}}}}, "2026-06-05", "R-A01"},
		{"an earlier plan-length line crossed is superseded by a later one", []*Item{ref(1, "2025-08-01"), cpPlan(2, 1, "2025-08-29")}, "2027-03-01", "R-B07 9 months"},
	}
	for _, tt := range tests {
		for _, c := range Clocks(tt.items, std, cal, d(tt.today)) {
			rule, named, _ := strings.Cut(tt.rule, " ")
			if c.Rule == rule && strings.Contains(c.Name, named) {
				t.Errorf("%s: have %s (%s)", tt.name, c.Name, c.State)
			}
		}
	}
}

func TestCPPlanOpenLinesShownWhileOpen(t *testing.T) {
	// At 19 months only the 18-month line (passed) and the two-year line (ahead) are shown.
	cs := Clocks([]*Item{ref(1, "2025-08-01"), cpPlan(2, 1, "2025-08-29")}, DefaultStandards(), workday.EnglandAndWales(), d("2027-03-29"))
	var got []string
	for _, c := range cs {
		if c.Rule == "R-B07" {
			got = append(got, c.Due.String()+" "+c.State.String())
		}
	}
	if strings.Join(got, ", ") != "2027-02-28 overdue, 2027-08-29 due" {
		t.Errorf("plan-length lines = %v", got)
	}
}

func TestParseStandards(t *testing.T) {
	tests := []struct {
		name   string
		values map[string]string
		field  string // the field in error, "" for none
		check  func(Standards) bool
	}{
		{"defaults", nil, "", func(s Standards) bool {
			return s.AssessmentWD == 45 && s.ICPCWD == 15 && s.CPVisitWD == 10 && s.RCPCFirstMonths == 3 && s.Convention == workday.Day0
		}},
		{"a statutory timescale tightened", map[string]string{"assessment_wd": "40"}, "", func(s Standards) bool { return s.AssessmentWD == 40 }},
		{"a statutory timescale loosened is refused", map[string]string{"icpc_wd": "20"}, "icpc_wd", func(s Standards) bool { return s.ICPCWD == 15 }},
		{"review conferences cannot be further apart", map[string]string{"rcpc_interval_months": "7"}, "rcpc_interval_months", nil},
		{"a local timescale loosened within its range", map[string]string{"cp_visit_wd": "15"}, "", func(s Standards) bool { return s.CPVisitWD == 15 }},
		{"out of range", map[string]string{"cin_review_weeks": "52"}, "cin_review_weeks", nil},
		{"not a number", map[string]string{"oversight_weeks": "eight"}, "oversight_weeks", nil},
		{"empty", map[string]string{"oversight_weeks": " "}, "oversight_weeks", nil},
		{"inclusive counting", map[string]string{ConventionName: "inclusive"}, "", func(s Standards) bool { return s.Convention == workday.Inclusive }},
		{"unknown convention", map[string]string{ConventionName: "calendar"}, ConventionName, nil},
		{"unknown standard", map[string]string{"lunch_minutes": "30"}, "lunch_minutes", nil},
	}
	for _, tt := range tests {
		s, err := ParseStandards(tt.values)
		fe := apperr.FieldsOf(err)
		switch {
		case tt.field == "" && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.field != "" && fe.For(tt.field) == "":
			t.Errorf("%s: want an error for %s, have %v", tt.name, tt.field, err)
		case tt.check != nil && !tt.check(s):
			t.Errorf("%s: standards = %+v", tt.name, s)
		}
	}
	_, err := ParseStandards(map[string]string{"icpc_wd": "20"})
	if msg := apperr.FieldsOf(err).For("icpc_wd"); !strings.Contains(msg, "statutory") || !strings.Contains(msg, "15") {
		t.Errorf("looser than statutory: message %q does not say why", msg)
	}
	for _, def := range StandardDefs() {
		if def.Rule == "" || def.Label == "" || def.Description == "" || def.Unit == "" {
			t.Errorf("standard %s is not fully declared", def.Name)
		}
		if def.Unit != ConventionUnit && (def.Default < def.Min || def.Default > def.Max) {
			t.Errorf("standard %s: default %d outside %d–%d", def.Name, def.Default, def.Min, def.Max)
		}
	}
}

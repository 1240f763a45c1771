package casework

import (
	"testing"

	"ourchild/internal/workday"
)

func privateFostering(id int64, notified string, more ...string) *Item {
	return it(id, "private_fostering", 0, 0, append([]string{"notified", notified, "carer", "Mrs A", "parent_consent", "yes"}, more...)...)
}

func pfVisit(id int64, on, seen string) *Item {
	return it(id, "visit", 0, 0, "date", on, "type", "pf", "seen", seen, "seen_alone", "yes", "voice", "x")
}

func allegation(id int64, known string, more ...string) *Item {
	return it(id, "lado", 0, 0, append([]string{"known", known, "role", "Teacher", "employer", "School", "category", "harm", "allegation", "x"}, more...)...)
}

// TestCohortClocks checks the private fostering and LADO clocks (rules.md §2.H, §2.J) against
// dates worked out by hand on the England and Wales calendar.
//
// A notification on Wednesday 17 December 2025 runs over Christmas, Boxing Day and the weekends:
// 7 working days is Tuesday 30 December (18, 19, 22, 23, 24, 29, 30). One on Monday 30 March
// 2026 runs over Easter (Good Friday 3 and Easter Monday 6 April): 7 WD is Friday 10 April (31
// March, 1, 2, 7, 8, 9, 10 April). One on Friday 22 May 2026, before the spring bank holiday
// (Monday 25 May), is due on Wednesday 3 June (26, 27, 28, 29 May, 1, 2, 3 June); one made on
// Saturday 23 May counts from that Saturday as day 0 and is due the same Wednesday.
func TestCohortClocks(t *testing.T) {
	const (
		due, overdue, onTime, late = workday.Due, workday.Overdue, workday.CompletedOnTime, workday.CompletedLate
	)
	xmas := func(pfMore []string, more ...*Item) []*Item {
		return append([]*Item{privateFostering(1, "2025-12-17", pfMore...)}, more...)
	}
	// An arrangement known since Monday 6 January 2025: its first year ends on 6 January 2026.
	longRunning := func(more ...*Item) []*Item {
		return append([]*Item{privateFostering(1, "2025-01-06"), pfVisit(2, "2025-01-08", "yes")}, more...)
	}
	tests := []struct {
		name               string
		items              []*Item
		std                func(*Standards)
		today              string
		rule, start, named string
		due, done, stopped string
		state              workday.State
	}{
		// R-H01: the first visit within 7 working days of the notification.
		{"first visit due over Christmas", xmas(nil), nil, "2025-12-30", "R-H01", "2025-12-17", "First", "2025-12-30", "", "", due},
		{"first visit overdue", xmas(nil), nil, "2025-12-31", "R-H01", "2025-12-17", "First", "2025-12-30", "", "", overdue},
		{"first visit on time on the last day", xmas(nil, pfVisit(2, "2025-12-30", "yes")), nil, "2026-01-05", "R-H01", "2025-12-17", "First", "2025-12-30", "2025-12-30", "", onTime},
		{"first visit late", xmas(nil, pfVisit(2, "2025-12-31", "yes")), nil, "2026-01-05", "R-H01", "2025-12-17", "First", "2025-12-30", "2025-12-31", "", late},
		{"a visit where the child was not seen does not count", xmas(nil, pfVisit(2, "2025-12-19", "no")), nil, "2026-01-05",
			"R-H01", "2025-12-17", "First", "2025-12-30", "", "", overdue},
		{"another kind of visit does not count", xmas(nil, it(2, "visit", 0, 0, "date", "2025-12-19", "type", "cin", "seen", "yes", "seen_alone", "yes", "voice", "x")), nil, "2026-01-05",
			"R-H01", "2025-12-17", "First", "2025-12-30", "", "", overdue},
		{"first visit over Easter due", []*Item{privateFostering(1, "2026-03-30")}, nil, "2026-04-10", "R-H01", "2026-03-30", "First", "2026-04-10", "", "", due},
		{"first visit over Easter on time", []*Item{privateFostering(1, "2026-03-30"), pfVisit(2, "2026-04-09", "yes")}, nil, "2026-04-20",
			"R-H01", "2026-03-30", "First", "2026-04-10", "2026-04-09", "", onTime},
		{"first visit over the spring bank holiday overdue", []*Item{privateFostering(1, "2026-05-22")}, nil, "2026-06-04", "R-H01", "2026-05-22", "First", "2026-06-03", "", "", overdue},
		{"a notification on a Saturday", []*Item{privateFostering(1, "2026-05-23"), pfVisit(2, "2026-06-04", "yes")}, nil, "2026-06-10",
			"R-H01", "2026-05-23", "First", "2026-06-03", "2026-06-04", "", late},
		{"first visit stops when the arrangement ends", xmas([]string{"ended", "2025-12-22", "end_reason", "returned_parent"}), nil, "2026-01-05",
			"R-H01", "2025-12-17", "First", "2025-12-30", "", "2025-12-22", due},
		{"first visit tightened to 5 working days", xmas(nil), func(s *Standards) { s.PFFirstVisitWD = 5 }, "2025-12-29",
			"R-H01", "2025-12-17", "5 working days", "2025-12-24", "", "", overdue},

		// R-H02: then every 6 weeks in the first year (30 December + 42 days = 10 February).
		{"next visit due 6 weeks after the first", xmas(nil, pfVisit(2, "2025-12-30", "yes")), nil, "2026-02-10", "R-H02", "2025-12-30", "first year", "2026-02-10", "", "", due},
		{"next visit overdue", xmas(nil, pfVisit(2, "2025-12-30", "yes")), nil, "2026-02-11", "R-H02", "2025-12-30", "first year", "2026-02-10", "", "", overdue},
		{"next visit on time", xmas(nil, pfVisit(2, "2025-12-30", "yes"), pfVisit(3, "2026-02-10", "yes")), nil, "2026-02-20",
			"R-H02", "2025-12-30", "first year", "2026-02-10", "2026-02-10", "", onTime},
		{"next visit late", xmas(nil, pfVisit(2, "2025-12-30", "yes"), pfVisit(3, "2026-02-11", "yes")), nil, "2026-02-20",
			"R-H02", "2025-12-30", "first year", "2026-02-10", "2026-02-11", "", late},
		{"a second visit the same day is not the next visit", xmas(nil, pfVisit(2, "2025-12-30", "yes"), pfVisit(3, "2025-12-30", "yes")), nil, "2026-02-11",
			"R-H02", "2025-12-30", "first year", "2026-02-10", "", "", overdue},
		{"visits stop when the arrangement ends", xmas([]string{"ended", "2026-01-20", "end_reason", "order"}, pfVisit(2, "2025-12-30", "yes")), nil, "2026-03-01",
			"R-H02", "2025-12-30", "first year", "2026-02-10", "", "2026-01-20", due},
		{"visits tightened to 4 weeks", xmas(nil, pfVisit(2, "2025-12-30", "yes")), func(s *Standards) { s.PFVisitWeeks = 4 }, "2026-01-28",
			"R-H02", "2025-12-30", "4 weeks", "2026-01-27", "", "", overdue},
		// In the first year up to its last day: a visit on Friday 2 January 2026 is followed 6
		// weeks later (Friday 13 February); after it, 12 weeks: a visit on Thursday 8 January
		// 2026 is next due on Thursday 2 April, the day before Good Friday.
		{"a visit just before the first anniversary: 6 weeks", longRunning(pfVisit(3, "2026-01-02", "yes")), nil, "2026-02-13",
			"R-H02", "2026-01-02", "first year", "2026-02-13", "", "", due},
		{"after the first year: 12 weeks, overdue on Good Friday", longRunning(pfVisit(3, "2026-01-08", "yes")), nil, "2026-04-03",
			"R-H02", "2026-01-08", "after the first year", "2026-04-02", "", "", overdue},
		{"after the first year: on time", longRunning(pfVisit(3, "2026-01-08", "yes"), pfVisit(4, "2026-03-30", "yes")), nil, "2026-04-03",
			"R-H02", "2026-01-08", "12 weeks", "2026-04-02", "2026-03-30", "", onTime},
		{"the first-year gap that ran long is late", longRunning(pfVisit(3, "2026-01-08", "yes")), nil, "2026-04-03",
			"R-H02", "2025-01-08", "first year", "2025-02-19", "2026-01-08", "", late},

		// R-J01: referred to the LADO within 1 working day of the employer learning of it.
		{"LADO referral over Christmas on time", []*Item{allegation(1, "2025-12-24", "received", "2025-12-29")}, nil, "2026-01-05",
			"R-J01", "2025-12-24", "", "2025-12-29", "2025-12-29", "", onTime},
		{"LADO referral over Christmas late", []*Item{allegation(1, "2025-12-24", "received", "2025-12-30")}, nil, "2026-01-05",
			"R-J01", "2025-12-24", "", "2025-12-29", "2025-12-30", "", late},
		{"LADO referral over Easter due", []*Item{allegation(1, "2026-04-02")}, nil, "2026-04-07", "R-J01", "2026-04-02", "", "2026-04-07", "", "", due},
		{"LADO referral over a bank holiday weekend overdue", []*Item{allegation(1, "2026-05-22")}, nil, "2026-05-27", "R-J01", "2026-05-22", "", "2026-05-26", "", "", overdue},
		{"LADO referral the same day when set to 0", []*Item{allegation(1, "2026-05-22", "received", "2026-05-26")}, func(s *Standards) { s.LADOReferralWD = 0 }, "2026-06-01",
			"R-J01", "2026-05-22", "0 working days", "2026-05-22", "2026-05-26", "", late},
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

// TestCohortClocksLeaveOut checks the clocks the cohorts' records do not start.
func TestCohortClocksLeaveOut(t *testing.T) {
	cal := workday.EnglandAndWales()
	tests := []struct {
		name  string
		items []*Item
		today string
		rule  string
	}{
		{"no later visits before the first", []*Item{privateFostering(1, "2025-12-17")}, "2026-06-01", "R-H02"},
		{"a visit before the notification is not the first visit", []*Item{privateFostering(1, "2025-12-17"), pfVisit(2, "2025-12-16", "yes")}, "2026-06-01", "R-H02"},
		{"a future visit is not yet a visit", []*Item{privateFostering(1, "2025-12-17"), pfVisit(2, "2025-12-19", "yes")}, "2025-12-18", "R-H02"},
		{"an arrangement entered in error", []*Item{{ID: 1, PersonID: 1, Kind: "private_fostering", EnteredInError: true,
			Values: Values{"notified": {"2025-12-17"}}}}, "2026-01-05", "R-H01"},
		{"homelessness has no national timescale", []*Item{it(1, "homeless_16_17", 0, 0, "presented", "2026-01-05", "route", "csc")}, "2026-06-01", ""},
		{"children missing education have no clock", []*Item{it(1, "cme", 0, 0, "reported", "2026-01-05", "reported_by", "School")}, "2026-06-01", ""},
		{"elective home education has no clock", []*Item{it(1, "ehe", 0, 0, "notified", "2026-01-05")}, "2026-06-01", ""},
	}
	for _, tt := range tests {
		for _, c := range Clocks(tt.items, DefaultStandards(), cal, d(tt.today)) {
			if tt.rule == "" || c.Rule == tt.rule {
				t.Errorf("%s: have %s from %s (%s)", tt.name, c.Name, c.Start, c.State)
			}
		}
	}
}

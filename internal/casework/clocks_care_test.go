package casework

import (
	"strings"
	"testing"

	"ourchild/internal/workday"
)

// Records of a child in care (person 1), built from field, value pairs.
func carePeriod(id int64, start string, more ...string) *Item {
	return it(id, "care_period", 0, 0, append([]string{"start", start, "category", "N1", "uasc", "no"}, more...)...)
}

func placement(id, cp int64, start, reason string, more ...string) *Item {
	return it(id, "placement", cp, 0, append([]string{"start", start, "reason_new", reason, "legal_status", "C2", "type", "U1",
		"provider", "PR1", "carer", "Carer"}, more...)...)
}

func claVisit(id int64, on, seen string) *Item {
	return it(id, "visit", 0, 0, "date", on, "type", "cla", "seen", seen, "seen_alone", "yes", "voice", "x")
}

func leaver(id int64, start string, more ...string) *Item {
	l := it(id, "care_leaver", 0, 0, "start", start, "status", "eligible")
	for i := 0; i+1 < len(more); i += 2 {
		l.Values.Set(more[i], more[i+1])
	}
	return l
}

// TestCareClocks checks each clock of a child in care and a care leaver (rules.md §2.E, §2.G)
// against dates worked out by hand on the England and Wales calendar.
//
// Care starting on Wednesday 17 December 2025 (placed the same day) runs over Christmas, Boxing
// Day and New Year's Day: 5 working days is Wednesday 24 December; 10 is Monday 5 January (29,
// 30, 31 December, 2 and 5 January); 20 is Monday 19 January. Care starting on Monday 30 March
// 2026 runs over Easter (Good Friday 3 and Easter Monday 6 April): 5 WD is Wednesday 8 April,
// 10 is Wednesday 15 April, 20 is Wednesday 29 April.
func TestCareClocks(t *testing.T) {
	const (
		due, overdue, onTime, late = workday.Due, workday.Overdue, workday.CompletedOnTime, workday.CompletedLate
	)
	// Christmas: a period of care and its first placement on 17 December 2025.
	xmas := func(cpMore []string, more ...*Item) []*Item {
		return append([]*Item{carePeriod(1, "2025-12-17", cpMore...), placement(2, 1, "2025-12-17", "S")}, more...)
	}
	easter := func(cpMore []string, more ...*Item) []*Item {
		return append([]*Item{carePeriod(1, "2026-03-30", cpMore...), placement(2, 1, "2026-03-30", "S")}, more...)
	}
	review := func(id int64, on string, more ...string) *Item {
		return it(id, "cla_review", 1, 0, append([]string{"date", on, "chair", "IRO", "participation", "PN1", "child_views", "x", "decisions", "x"}, more...)...)
	}
	health := func(id int64, on, typ string) *Item {
		return it(id, "health_assessment", 1, 0, "date", on, "type", typ, "by", "Dr A", "immunisations", "yes", "gp", "yes")
	}
	pep := func(id int64, on string) *Item {
		return it(id, "pep", 1, 0, "date", on, "type", "review", "setting", "School", "virtual_school", "yes", "targets", "x")
	}
	// A child back from a missing episode at 6pm on Thursday 2 April 2026: 72 hours run out at
	// 6pm on Easter Sunday, 5 April.
	missing := func(more ...string) []*Item {
		return []*Item{it(1, "missing", 0, 0, append([]string{"type", "M", "start", "2026-04-01T20:00", "returned", "2026-04-02T18:00"}, more...)...)}
	}
	// A long-term placement from 10 January 2025: visited on 15 January, then not until 2
	// February 2026, after its first year.
	longTerm := func(until18 string) []*Item {
		return []*Item{carePeriod(1, "2025-01-10"), placement(2, 1, "2025-01-10", "S", "until_18", until18),
			claVisit(3, "2025-01-15", "yes"), claVisit(4, "2026-02-02", "yes")}
	}

	tests := []struct {
		name  string
		items []*Item
		born  string // the child's date of birth, "" when not recorded
		std   func(*Standards)
		today string
		// the clock looked at: its rule, its start, and a word of its name
		rule, start, named string
		due, done, stopped string
		state              workday.State
	}{
		// R-E01: care plan within 10 WD of the first placement (5 January 2026).
		{"care plan due", xmas(nil), "", nil, "2026-01-05", "R-E01", "2025-12-17", "Care plan", "2026-01-05", "", "", due},
		{"care plan overdue", xmas(nil), "", nil, "2026-01-06", "R-E01", "2025-12-17", "Care plan", "2026-01-05", "", "", overdue},
		{"care plan on time", xmas([]string{"care_plan", "2026-01-05"}), "", nil, "2026-01-20", "R-E01", "2025-12-17", "Care plan", "2026-01-05", "2026-01-05", "", onTime},
		{"care plan before the placement", xmas([]string{"care_plan", "2025-12-16"}), "", nil, "2026-01-20", "R-E01", "2025-12-17", "Care plan", "2026-01-05", "2025-12-16", "", onTime},
		{"care plan late", xmas([]string{"care_plan", "2026-01-06"}), "", nil, "2026-01-20", "R-E01", "2025-12-17", "Care plan", "2026-01-05", "2026-01-06", "", late},
		{"care plan over Easter", easter(nil), "", nil, "2026-04-16", "R-E01", "2026-03-30", "Care plan", "2026-04-15", "", "", overdue},
		{"care plan stops when care ends", xmas([]string{"end", "2025-12-31", "reason_ceased", "E11"}), "", nil, "2026-01-20",
			"R-E01", "2025-12-17", "Care plan", "2026-01-05", "", "2025-12-31", due},

		// R-E02: a placement plan within 5 WD of each placement; a move on Wednesday 20 May
		// 2026 runs over the spring bank holiday to Thursday 28 May, one on Thursday 27 August
		// over the summer bank holiday to Friday 4 September.
		{"placement plan due on Christmas Eve", xmas(nil), "", nil, "2025-12-24", "R-E02", "2025-12-17", "", "2025-12-24", "", "", due},
		{"placement plan late", []*Item{carePeriod(1, "2025-12-17"), placement(2, 1, "2025-12-17", "S", "placement_plan", "2025-12-29")}, "", nil, "2026-01-20",
			"R-E02", "2025-12-17", "", "2025-12-24", "2025-12-29", "", late},
		{"placement plan after a move in May on time", []*Item{carePeriod(1, "2026-01-05"), placement(2, 1, "2026-01-05", "S", "end", "2026-05-20", "reason_change", "CARPL"),
			placement(3, 1, "2026-05-20", "P", "placement_plan", "2026-05-28")}, "", nil, "2026-06-01",
			"R-E02", "2026-05-20", "", "2026-05-28", "2026-05-28", "", onTime},
		{"placement plan after a move in August overdue", []*Item{carePeriod(1, "2026-01-05"), placement(2, 1, "2026-01-05", "S", "end", "2026-08-27", "reason_change", "CARPL"),
			placement(3, 1, "2026-08-27", "P")}, "", nil, "2026-09-07",
			"R-E02", "2026-08-27", "", "2026-09-04", "", "", overdue},
		{"placement plan stops when the placement ends", []*Item{carePeriod(1, "2026-01-05"), placement(2, 1, "2026-01-05", "S", "end", "2026-01-07", "reason_change", "CARPL"),
			placement(3, 1, "2026-01-07", "P", "placement_plan", "2026-01-07")}, "", nil, "2026-02-01",
			"R-E02", "2026-01-05", "", "2026-01-12", "", "2026-01-07", due},

		// R-E04: IRO within 5 WD of care starting.
		{"IRO appointed on time over Easter", easter([]string{"iro", "Ira", "iro_appointed", "2026-04-08"}), "", nil, "2026-05-01",
			"R-E04", "2026-03-30", "", "2026-04-08", "2026-04-08", "", onTime},
		{"IRO appointed late", easter([]string{"iro", "Ira", "iro_appointed", "2026-04-09"}), "", nil, "2026-05-01",
			"R-E04", "2026-03-30", "", "2026-04-08", "2026-04-09", "", late},
		{"IRO overdue after Christmas", xmas(nil), "", nil, "2025-12-29", "R-E04", "2025-12-17", "", "2025-12-24", "", "", overdue},
		{"IRO due", xmas(nil), "", nil, "2025-12-24", "R-E04", "2025-12-17", "", "2025-12-24", "", "", due},

		// R-E05: first review within 20 WD (19 January 2026), the second 3 months after the
		// first as held, then 6 months (17 April + 6 months = 17 October).
		{"first review due", xmas(nil), "", nil, "2026-01-19", "R-E05", "2025-12-17", "First", "2026-01-19", "", "", due},
		{"first review overdue", xmas(nil), "", nil, "2026-01-20", "R-E05", "2025-12-17", "First", "2026-01-19", "", "", overdue},
		{"first review on time", xmas(nil, review(5, "2026-01-19")), "", nil, "2026-02-01", "R-E05", "2025-12-17", "First", "2026-01-19", "2026-01-19", "", onTime},
		{"first review late", xmas(nil, review(5, "2026-01-20")), "", nil, "2026-02-01", "R-E05", "2025-12-17", "First", "2026-01-19", "2026-01-20", "", late},
		{"second review due 3 months after the first as held", xmas(nil, review(5, "2026-01-20")), "", nil, "2026-02-01",
			"R-E05", "2026-01-20", "Second", "2026-04-20", "", "", due},
		{"third review 6 months after the second", xmas(nil, review(5, "2026-01-19"), review(6, "2026-04-17")), "", nil, "2026-10-19",
			"R-E05", "2026-04-17", "last", "2026-10-17", "", "", overdue},
		{"first review over Easter", easter(nil), "", nil, "2026-04-30", "R-E05", "2026-03-30", "First", "2026-04-29", "", "", overdue},
		{"first review tightened to 15 WD", easter(nil), "", func(s *Standards) { s.CLAReviewFirstWD = 15 }, "2026-04-22",
			"R-E05", "2026-03-30", "15 working days", "2026-04-22", "", "", due},
		{"reviews stop when care ends", xmas([]string{"end", "2026-03-01", "reason_ceased", "E11"}, review(5, "2026-01-19")), "", nil, "2026-05-01",
			"R-E05", "2026-01-19", "Second", "2026-04-19", "", "2026-03-01", due},

		// R-E06: the permanence plan by the second review: its date once held, else its due date.
		{"permanence plan due by the second review's due date", xmas(nil, review(5, "2026-01-19")), "", nil, "2026-04-19",
			"R-E06", "2025-12-17", "", "2026-04-19", "", "", due},
		{"permanence plan overdue", xmas(nil, review(5, "2026-01-19")), "", nil, "2026-04-20",
			"R-E06", "2025-12-17", "", "2026-04-19", "", "", overdue},
		{"permanence plan agreed at the second review", xmas([]string{"permanence_plan", "sgo", "permanence_agreed", "2026-04-17"}, review(5, "2026-01-19"), review(6, "2026-04-17")), "", nil, "2026-05-01",
			"R-E06", "2025-12-17", "", "2026-04-17", "2026-04-17", "", onTime},
		{"permanence plan agreed after the second review", xmas([]string{"permanence_plan", "sgo", "permanence_agreed", "2026-04-20"}, review(5, "2026-01-19"), review(6, "2026-04-17")), "", nil, "2026-05-01",
			"R-E06", "2025-12-17", "", "2026-04-17", "2026-04-20", "", late},
		{"permanence before any review: first review's due date + 3 months", xmas(nil), "", nil, "2026-02-01",
			"R-E06", "2025-12-17", "", "2026-04-19", "", "", due},

		// R-E07: within 7 days of the placement (24 December 2025), then 6 weeks from the last.
		{"first visit due on Christmas Eve", xmas(nil), "", nil, "2025-12-24", "R-E07", "2025-12-17", "7 days", "2025-12-24", "", "", due},
		{"first visit overdue", xmas(nil), "", nil, "2025-12-29", "R-E07", "2025-12-17", "7 days", "2025-12-24", "", "", overdue},
		{"first visit on time", xmas(nil, claVisit(5, "2025-12-24", "yes")), "", nil, "2025-12-29", "R-E07", "2025-12-17", "7 days", "2025-12-24", "2025-12-24", "", onTime},
		{"first visit late", xmas(nil, claVisit(5, "2025-12-29", "yes")), "", nil, "2026-01-05", "R-E07", "2025-12-17", "7 days", "2025-12-24", "2025-12-29", "", late},
		{"a visit where the child was not seen does not count", xmas(nil, claVisit(5, "2025-12-22", "no")), "", nil, "2025-12-29",
			"R-E07", "2025-12-17", "7 days", "2025-12-24", "", "", overdue},
		{"next visit 6 weeks from the last", xmas(nil, claVisit(5, "2025-12-24", "yes")), "", nil, "2026-02-04",
			"R-E07", "2025-12-24", "42 days", "2026-02-04", "", "", due},
		{"a change of legal status does not restart the visits", []*Item{carePeriod(1, "2025-12-17"),
			placement(2, 1, "2025-12-17", "S", "end", "2026-01-20", "reason_change", "LEGAL"), placement(3, 1, "2026-01-20", "L"),
			claVisit(5, "2025-12-24", "yes")}, "", nil, "2026-02-05",
			"R-E07", "2025-12-24", "42 days", "2026-02-04", "", "", overdue},
		{"a move restarts the first-week visit", []*Item{carePeriod(1, "2026-01-05"), placement(2, 1, "2026-01-05", "S", "end", "2026-05-20", "reason_change", "CARPL"),
			placement(3, 1, "2026-05-20", "P")}, "", nil, "2026-05-27", "R-E07", "2026-05-20", "7 days", "2026-05-27", "", "", due},
		{"visits of the old placement stop at the move", []*Item{carePeriod(1, "2026-01-05"), placement(2, 1, "2026-01-05", "S", "end", "2026-01-08", "reason_change", "CARPL"),
			placement(3, 1, "2026-01-08", "P")}, "", nil, "2026-02-01", "R-E07", "2026-01-05", "7 days", "2026-01-12", "", "2026-01-08", due},
		{"after a year in a placement until 18: 3 months", longTerm("yes"), "", nil, "2026-03-20",
			"R-E07", "2026-02-02", "long-term", "2026-05-02", "", "", due},
		{"after a year in a placement not until 18: 6 weeks", longTerm("no"), "", nil, "2026-03-17",
			"R-E07", "2026-02-02", "42 days", "2026-03-16", "", "", overdue},
		{"the late visit in the first year", longTerm("yes"), "", nil, "2026-03-20",
			"R-E07", "2025-01-15", "42 days", "2025-02-26", "2026-02-02", "", late},

		// R-E08: the initial health assessment within 20 WD (19 January 2026); reviews 6
		// months from the last before the 5th birthday, 12 months after.
		{"IHA overdue", xmas(nil), "", nil, "2026-01-20", "R-E08", "2025-12-17", "Initial", "2026-01-19", "", "", overdue},
		{"IHA on time", xmas(nil, health(5, "2026-01-12", "initial")), "", nil, "2026-01-20", "R-E08", "2025-12-17", "Initial", "2026-01-19", "2026-01-12", "", onTime},
		{"IHA late", xmas(nil, health(5, "2026-01-20", "initial")), "", nil, "2026-02-01", "R-E08", "2025-12-17", "Initial", "2026-01-19", "2026-01-20", "", late},
		{"IHA over Easter due", easter(nil), "", nil, "2026-04-29", "R-E08", "2026-03-30", "Initial", "2026-04-29", "", "", due},
		{"RHA 6 months under 5", xmas(nil, health(5, "2026-01-12", "initial")), "2022-03-10", nil, "2026-07-12",
			"R-E08", "2026-01-12", "under 5", "2026-07-12", "", "", due},
		{"RHA: 6 months falls before the 5th birthday", xmas(nil, health(5, "2026-01-12", "initial"), health(6, "2026-07-01", "review")), "2022-03-10", nil, "2026-08-01",
			"R-E08", "2026-07-01", "under 5", "2027-01-01", "", "", due},
		{"RHA: 12 months once 6 would pass the 5th birthday", xmas(nil, health(5, "2026-01-12", "initial"), health(6, "2026-07-01", "review"), health(7, "2027-01-01", "review")), "2022-03-10", nil, "2027-02-01",
			"R-E08", "2027-01-01", "12 months", "2028-01-01", "", "", due},
		{"RHA late", xmas(nil, health(5, "2026-01-12", "initial"), health(6, "2027-01-13", "review")), "2012-05-05", nil, "2027-02-01",
			"R-E08", "2026-01-12", "12 months", "2027-01-12", "2027-01-13", "", late},
		{"RHA with no date of birth: 6 months", xmas(nil, health(5, "2026-01-12", "initial")), "", nil, "2026-07-13",
			"R-E08", "2026-01-12", "not recorded", "2026-07-12", "", "", overdue},

		// R-E09: PEP within 10 WD (5 January 2026), then a review within 4 months (a term).
		{"PEP on time", xmas(nil, pep(5, "2025-12-30")), "", nil, "2026-01-20", "R-E09", "2025-12-17", "within 10", "2026-01-05", "2025-12-30", "", onTime},
		{"PEP late", xmas(nil, pep(5, "2026-01-06")), "", nil, "2026-01-20", "R-E09", "2025-12-17", "within 10", "2026-01-05", "2026-01-06", "", late},
		{"PEP overdue over Easter", easter(nil), "", nil, "2026-04-16", "R-E09", "2026-03-30", "within 10", "2026-04-15", "", "", overdue},
		{"PEP review due a term later", xmas(nil, pep(5, "2025-12-30")), "", nil, "2026-04-30", "R-E09", "2025-12-30", "review", "2026-04-30", "", "", due},
		// A child who came into care aged 1 (born 2 March 2025): the plan is due from their third
		// birthday, Thursday 2 March 2028, 10 WD later on 16 March.
		{"PEP from the third birthday", []*Item{carePeriod(1, "2026-01-05")}, "2025-03-02", nil, "2028-03-17", "R-E09", "2028-03-02", "within 10", "2028-03-16", "", "", overdue},
		{"PEP review on time", xmas(nil, pep(5, "2025-12-30"), pep(6, "2026-04-29")), "", nil, "2026-05-01", "R-E09", "2025-12-30", "review", "2026-04-30", "2026-04-29", "", onTime},

		// R-E10: the return interview within 72 hours, by date and time.
		{"return interview due on Easter Sunday", missing(), "", nil, "2026-04-05", "R-E10", "2026-04-02", "", "2026-04-05", "", "", due},
		{"return interview overdue", missing(), "", nil, "2026-04-06", "R-E10", "2026-04-02", "", "2026-04-05", "", "", overdue},
		{"return interview within 72 hours", missing("rhi_done", "2026-04-05T17:00"), "", nil, "2026-04-10", "R-E10", "2026-04-02", "", "2026-04-05", "2026-04-05", "", onTime},
		{"return interview an hour past 72 hours, the same day", missing("rhi_done", "2026-04-05T19:00"), "", nil, "2026-04-10", "R-E10", "2026-04-02", "", "2026-04-05", "2026-04-05", "", late},
		{"return interview days late", missing("rhi_done", "2026-04-07T10:00"), "", nil, "2026-04-10", "R-E10", "2026-04-02", "", "2026-04-05", "2026-04-07", "", late},
		{"return interview offered in time and declined", missing("rhi_offered", "2026-04-03", "rhi_declined", "yes"), "", nil, "2026-04-10",
			"R-E10", "2026-04-02", "", "2026-04-05", "2026-04-03", "", onTime},
		{"return interview offered late and declined", missing("rhi_offered", "2026-04-07", "rhi_declined", "yes"), "", nil, "2026-04-10",
			"R-E10", "2026-04-02", "", "2026-04-05", "2026-04-07", "", late},

		// CPPCR regs 24 and 25: with relatives approved temporarily from Monday 2 February 2026,
		// full approval within 16 weeks (25 May 2026), or 24 weeks if extended (20 July).
		{"connected persons approved within 16 weeks", []*Item{carePeriod(1, "2026-02-02"), placement(2, 1, "2026-02-02", "S", "connected_temporary", "yes")}, "", nil, "2026-05-26",
			"Reg 24", "2026-02-02", "16 weeks", "2026-05-25", "", "", overdue},
		{"connected persons approved in time", []*Item{carePeriod(1, "2026-02-02"), placement(2, 1, "2026-02-02", "S", "connected_temporary", "yes", "connected_approved", "2026-05-20")}, "", nil, "2026-05-26",
			"Reg 24", "2026-02-02", "16 weeks", "2026-05-25", "2026-05-20", "", onTime},
		{"temporary approval extended", []*Item{carePeriod(1, "2026-02-02"), placement(2, 1, "2026-02-02", "S", "connected_temporary", "yes", "connected_extended", "yes")}, "", nil, "2026-05-26",
			"Reg 24", "2026-02-02", "24 weeks", "2026-07-20", "", "", due},

		// §2.G: a young person born 15 October 2009, 16 on 15 October 2025, with leaving care
		// support from 1 September 2025.
		{"personal adviser by 16", []*Item{leaver(1, "2025-09-01", "adviser", "Pat", "adviser_from", "2025-10-15")}, "2009-10-15", nil, "2026-01-01",
			"R-G02", "2025-09-01", "adviser", "2025-10-15", "2025-10-15", "", onTime},
		{"personal adviser late", []*Item{leaver(1, "2025-09-01", "adviser", "Pat", "adviser_from", "2025-10-16")}, "2009-10-15", nil, "2026-01-01",
			"R-G02", "2025-09-01", "adviser", "2025-10-15", "2025-10-16", "", late},
		{"personal adviser from the start of support after 16", []*Item{leaver(1, "2026-02-02")}, "2009-10-15", nil, "2026-02-02",
			"R-G02", "2026-02-02", "adviser", "2026-02-02", "", "", due},
		{"needs assessment within 3 months of 16", []*Item{leaver(1, "2025-09-01")}, "2009-10-15", nil, "2026-01-16",
			"R-G01", "2025-10-15", "Needs", "2026-01-15", "", "", overdue},
		{"needs assessment on time", []*Item{leaver(1, "2025-09-01", "needs_assessment", "2026-01-15")}, "2009-10-15", nil, "2026-01-16",
			"R-G01", "2025-10-15", "Needs", "2026-01-15", "2026-01-15", "", onTime},
		{"needs assessment 3 months from eligibility after 16, clamped", []*Item{leaver(1, "2025-11-30")}, "2009-10-15", nil, "2026-02-28",
			"R-G01", "2025-11-30", "Needs", "2026-02-28", "", "", due},
		{"pathway plan late", []*Item{leaver(1, "2025-09-01", "needs_assessment", "2026-01-05", "pathway_plan", "2026-01-20")}, "2009-10-15", nil, "2026-02-01",
			"R-G01", "2025-10-15", "Pathway plan", "2026-01-15", "2026-01-20", "", late},
		{"pathway review 6 months from the plan", []*Item{leaver(1, "2025-09-01", "needs_assessment", "2026-01-05", "pathway_plan", "2026-01-20")}, "2009-10-15", nil, "2026-07-21",
			"R-G03", "2026-01-20", "", "2026-07-20", "", "", overdue},
		{"pathway review on time", []*Item{leaver(1, "2025-09-01", "needs_assessment", "2026-01-05", "pathway_plan", "2026-01-20"),
			it(2, "pathway_review", 1, 0, "date", "2026-07-20", "views", "x", "accommodation", "U", "activity", "F2", "plan", "x")}, "2009-10-15", nil, "2026-08-01",
			"R-G03", "2026-01-20", "", "2026-07-20", "2026-07-20", "", onTime},
		{"pathway reviews stop when support ends", []*Item{leaver(1, "2025-09-01", "pathway_plan", "2026-01-20", "end", "2026-06-30")}, "2009-10-15", nil, "2026-08-01",
			"R-G03", "2026-01-20", "", "2026-07-20", "", "2026-06-30", due},

		// R-G04: the adviser allocated on Thursday 15 October 2025: in touch within 8 weeks
		// (10 December), then 8 weeks from the last contact in touch.
		{"adviser in touch within 8 weeks", []*Item{leaver(1, "2025-09-01", "status", "relevant", "adviser", "Pat", "adviser_from", "2025-10-15")}, "2009-10-15", nil, "2025-12-11",
			"R-G04", "2025-10-15", "8 weeks", "2025-12-10", "", "", overdue},
		{"adviser in touch on time, then 8 weeks from that contact", []*Item{leaver(1, "2025-09-01", "status", "relevant", "adviser", "Pat", "adviser_from", "2025-10-15"),
			it(2, "in_touch", 1, 0, "date", "2025-11-20", "in_touch", "YES", "accommodation", "U1", "activity", "F2")}, "2009-10-15", nil, "2025-12-11",
			"R-G04", "2025-11-20", "8 weeks", "2026-01-15", "", "", due},
		{"a contact not in touch does not meet it", []*Item{leaver(1, "2025-09-01", "status", "former_relevant", "adviser", "Pat", "adviser_from", "2025-10-15"),
			it(2, "in_touch", 1, 0, "date", "2025-11-20", "in_touch", "NO")}, "2009-10-15", nil, "2025-12-11",
			"R-G04", "2025-10-15", "8 weeks", "2025-12-10", "", "", overdue},
		{"contact frequency set by the council", []*Item{leaver(1, "2025-09-01", "status", "relevant", "adviser", "Pat", "adviser_from", "2025-10-15")}, "2009-10-15",
			func(s *Standards) { s.LeaverContactWeeks = 6 }, "2025-11-20",
			"R-G04", "2025-10-15", "6 weeks", "2025-11-26", "", "", due},

		// D-24: born 20 June 2008: the 18th birthday's window is 20 March to 20 July 2026.
		{"in touch around the 18th birthday due", []*Item{leaver(1, "2025-06-01")}, "2008-06-20", nil, "2026-07-20",
			"D-24", "2026-03-20", "18th", "2026-07-20", "", "", due},
		{"in touch around the 18th birthday overdue", []*Item{leaver(1, "2025-06-01")}, "2008-06-20", nil, "2026-07-21",
			"D-24", "2026-03-20", "18th", "2026-07-20", "", "", overdue},
		{"in touch on time", []*Item{leaver(1, "2025-06-01"), it(2, "in_touch", 1, 0, "date", "2026-04-01", "in_touch", "YES", "accommodation", "U", "activity", "F2")}, "2008-06-20", nil, "2026-08-01",
			"D-24", "2026-03-20", "18th", "2026-07-20", "2026-04-01", "", onTime},
		{"in touch late", []*Item{leaver(1, "2025-06-01"), it(2, "in_touch", 1, 0, "date", "2026-08-03", "in_touch", "YES", "accommodation", "U", "activity", "F2")}, "2008-06-20", nil, "2026-09-01",
			"D-24", "2026-03-20", "18th", "2026-07-20", "2026-08-03", "", late},
		{"not in touch does not count", []*Item{leaver(1, "2025-06-01"), it(2, "in_touch", 1, 0, "date", "2026-04-01", "in_touch", "NO")}, "2008-06-20", nil, "2026-08-01",
			"D-24", "2026-03-20", "18th", "2026-07-20", "", "", overdue},
		{"window set by the council", []*Item{leaver(1, "2025-06-01")}, "2008-06-20", func(s *Standards) { s.InTouchAfterMonths = 2 }, "2026-08-01",
			"D-24", "2026-03-20", "18th", "2026-08-20", "", "", due},
	}
	cal := workday.EnglandAndWales()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			std := DefaultStandards()
			if tt.std != nil {
				tt.std(&std)
			}
			clocks := ClocksFor(Child{BirthDate: d(tt.born)}, tt.items, std, cal, d(tt.today))
			checkClock(t, clocks, tt.rule, tt.start, tt.named, tt.due, tt.done, tt.stopped, tt.state)
		})
	}
}

// TestCareClocksLeaveOut checks the clocks a child in care's records do not start.
func TestCareClocksLeaveOut(t *testing.T) {
	cal := workday.EnglandAndWales()
	std := DefaultStandards()
	shortBreak := placement(2, 1, "2026-01-05", "S")
	shortBreak.Values.Set("legal_status", "V3")
	tests := []struct {
		name  string
		items []*Item
		born  string
		today string
		rule  string // rule and a word of the name
	}{
		{"a change of legal status needs no new placement plan", []*Item{carePeriod(1, "2025-12-17"),
			placement(2, 1, "2025-12-17", "S", "end", "2026-01-20", "reason_change", "LEGAL"), placement(3, 1, "2026-01-20", "L")}, "", "2026-02-01", "R-E02 2026-01-20"},
		{"short breaks have no looked-after reviews", []*Item{carePeriod(1, "2026-01-05"), shortBreak}, "", "2026-03-01", "R-E05"},
		{"no review health assessment before any health assessment", []*Item{carePeriod(1, "2026-01-05")}, "", "2026-09-01", "R-E08 Review"},
		{"a child still missing has no return interview clock", []*Item{it(1, "missing", 0, 0, "type", "M", "start", "2026-04-01T20:00")}, "", "2026-04-10", "R-E10"},
		{"no birthday clocks without a date of birth", []*Item{leaver(1, "2025-06-01")}, "", "2026-08-01", "D-24"},
		{"a birthday window not yet open", []*Item{leaver(1, "2025-06-01")}, "2008-06-20", "2026-08-01", "D-24 19th"},
		{"no education plan before the third birthday", []*Item{carePeriod(1, "2026-01-05")}, "2025-03-02", "2026-09-01", "R-E09"},
		{"a qualifying care leaver has no pathway clocks", []*Item{leaver(1, "2025-06-01", "status", "qualifying")}, "2008-06-20", "2026-08-01", "R-G01"},
		{"an eligible child, still looked after, has no adviser contact clock", []*Item{leaver(1, "2025-06-01", "adviser_from", "2025-06-01")}, "2009-06-20", "2026-08-01", "R-G04"},
		{"no adviser contact clock before an adviser", []*Item{leaver(1, "2025-06-01", "status", "relevant")}, "2009-06-20", "2026-08-01", "R-G04"},
		{"care clocks ignore records entered in error", []*Item{{ID: 1, PersonID: 1, Kind: "care_period", EnteredInError: true,
			Values: Values{"start": {"2026-01-05"}}}}, "", "2026-03-01", "R-E05"},
	}
	for _, tt := range tests {
		for _, c := range ClocksFor(Child{BirthDate: d(tt.born)}, tt.items, std, cal, d(tt.today)) {
			rule, named, _ := strings.Cut(tt.rule, " ")
			if c.Rule == rule && (strings.Contains(c.Name, named) || c.Start.String() == named) {
				t.Errorf("%s: have %s from %s (%s)", tt.name, c.Name, c.Start, c.State)
			}
		}
	}
}

func TestOrdinal(t *testing.T) {
	for n, want := range map[int]string{17: "17th", 18: "18th", 21: "21st", 22: "22nd", 23: "23rd", 11: "11th", 12: "12th", 13: "13th", 1: "1st"} {
		if got := ordinal(n); got != want {
			t.Errorf("ordinal(%d) = %s, want %s", n, got, want)
		}
	}
}

// episode builds a 903 episode of a period of care (cp) with its legal status and placement
// type, a parent's placement (P1) provided by the parent.
func episode(id, cp int64, start, reason, legal, typ string, more ...string) *Item {
	provider := "PR1"
	if typ == "P1" {
		provider = "PR0"
	}
	return it(id, "placement", cp, 0, append([]string{"start", start, "reason_new", reason, "legal_status", legal, "type", typ,
		"provider", provider, "carer", "Carer"}, more...)...)
}

func claReview(id int64, on string) *Item {
	return it(id, "cla_review", 1, 0, "date", on, "chair", "IRO", "participation", "PN1", "child_views", "x", "decisions", "x")
}

// TestCareVisitRegimes checks the intervals of CPPCR reg 28(3) to (5) and reg 24 (R-E07),
// with the regime named in the clock. Visits count calendar days, so bank holidays do not move
// them. Each child came into care on Monday 5 January 2026.
func TestCareVisitRegimes(t *testing.T) {
	const due, overdue, onTime, late = workday.Due, workday.Overdue, workday.CompletedOnTime, workday.CompletedLate
	// At home with a parent on a care order (C2), the parent's assessment not complete.
	home := func(more []string, rest ...*Item) []*Item {
		return append([]*Item{carePeriod(1, "2026-01-05"), episode(2, 1, "2026-01-05", "S", "C2", "P1", more...)}, rest...)
	}
	// At home with a parent on an interim care order (C1).
	ico := func(rest ...*Item) []*Item {
		return append([]*Item{carePeriod(1, "2026-01-05"), episode(2, 1, "2026-01-05", "S", "C1", "P1")}, rest...)
	}
	// With connected persons (U3) approved temporarily.
	connected := func(more []string, rest ...*Item) []*Item {
		return append([]*Item{carePeriod(1, "2026-01-05"),
			episode(2, 1, "2026-01-05", "S", "C1", "U3", append([]string{"connected_temporary", "yes"}, more...)...)}, rest...)
	}
	// At home on an interim care order, then a full care order made on Monday 2 March 2026.
	careOrder := func(more []string, rest ...*Item) []*Item {
		return append([]*Item{carePeriod(1, "2026-01-05"),
			episode(2, 1, "2026-01-05", "S", "C1", "P1", "end", "2026-03-02", "reason_change", "LEGAL"),
			episode(3, 1, "2026-03-02", "L", "C2", "P1", more...)}, rest...)
	}
	weekly := []*Item{claVisit(10, "2026-01-12", "yes"), claVisit(11, "2026-01-19", "yes"), claVisit(12, "2026-01-26", "yes")}

	tests := []struct {
		name               string
		items              []*Item
		today              string
		start, named       string
		due, done, stopped string
		state              workday.State
	}{
		// Reg 28(3): placed with a parent before the parent's assessment is complete.
		{"with a parent before assessment: first visit in a week", home(nil), "2026-01-12",
			"2026-01-05", "7 days of the placement: placed with a parent before the parent’s assessment is complete (reg 28(3))", "2026-01-12", "", "", due},
		{"with a parent before assessment: weekly", home(nil, claVisit(10, "2026-01-12", "yes")), "2026-01-20",
			"2026-01-12", "7 days of the last: placed with a parent before the parent’s assessment is complete (reg 28(3)), weekly until the first review", "2026-01-19", "", "", overdue},
		{"with a parent before assessment: weekly visit on time", home(nil, claVisit(10, "2026-01-12", "yes"), claVisit(11, "2026-01-19", "yes")), "2026-01-20",
			"2026-01-12", "weekly until the first review", "2026-01-19", "2026-01-19", "", onTime},
		{"with a parent before assessment: weekly visit late", home(nil, claVisit(10, "2026-01-12", "yes"), claVisit(11, "2026-01-20", "yes")), "2026-01-21",
			"2026-01-12", "weekly until the first review", "2026-01-19", "2026-01-20", "", late},
		// The first review on Friday 30 January ends the weekly visits: 6 weeks from the last.
		{"with a parent before assessment: 6 weeks after the first review", home(nil, append(weekly, claReview(20, "2026-01-30"))...), "2026-02-10",
			"2026-01-26", "42 days of the last: placed with a parent before the parent’s assessment is complete (reg 28(3))", "2026-03-09", "", "", due},
		// The assessment completed on Wednesday 21 January: a care order at home, 6 weeks.
		{"with a parent, assessment completed: 6 weeks", home([]string{"parent_assessed", "2026-01-21"}, claVisit(10, "2026-01-12", "yes"), claVisit(11, "2026-01-19", "yes")), "2026-01-27",
			"2026-01-19", "42 days of the last: care order, living with a parent (reg 28(5))", "2026-03-02", "", "", due},

		// Reg 28(4): an interim care order, living with a parent: weekly, then 4 weeks.
		{"interim care order at home: weekly", ico(claVisit(10, "2026-01-12", "yes")), "2026-01-19",
			"2026-01-12", "7 days of the last: interim care order, living with a parent (reg 28(4)), weekly until the first review", "2026-01-19", "", "", due},
		{"interim care order at home: 4 weeks after the first review", ico(append(weekly, claReview(20, "2026-01-30"))...), "2026-02-24",
			"2026-01-26", "28 days of the last: interim care order, living with a parent (reg 28(4))", "2026-02-23", "", "", overdue},
		// A placement with a parent on a police protection (L1) becomes an interim care order
		// on Tuesday 20 January: the weekly visits begin then, a week from the order.
		{"an interim care order made at home: a week from it", []*Item{carePeriod(1, "2026-01-05"),
			episode(2, 1, "2026-01-05", "S", "L1", "P1", "end", "2026-01-20", "reason_change", "LEGAL"), episode(3, 1, "2026-01-20", "L", "C1", "P1"),
			claVisit(10, "2026-01-06", "yes")}, "2026-01-28",
			"2026-01-06", "weekly until the first review", "2026-01-27", "", "", overdue},

		// Reg 24: connected persons approved temporarily: weekly, then 4 weeks; general once approved.
		{"connected persons: first visit in a week", connected(nil), "2026-01-12",
			"2026-01-05", "7 days of the placement: connected persons approved temporarily (reg 24)", "2026-01-12", "", "", due},
		{"connected persons: weekly", connected(nil, claVisit(10, "2026-01-12", "yes")), "2026-01-19",
			"2026-01-12", "connected persons approved temporarily (reg 24), weekly until the first review", "2026-01-19", "", "", due},
		{"connected persons: 4 weeks after the first review", connected(nil, append(weekly, claReview(20, "2026-01-30"), claVisit(13, "2026-02-20", "yes"))...), "2026-03-01",
			"2026-01-26", "28 days of the last: connected persons approved temporarily (reg 24)", "2026-02-23", "2026-02-20", "", onTime},
		{"connected persons approved: 6 weeks", connected([]string{"connected_approved", "2026-02-10"},
			append(weekly, claReview(20, "2026-01-30"), claVisit(13, "2026-02-09", "yes"))...), "2026-03-10",
			"2026-02-09", "42 days of the last", "2026-03-23", "", "", due},

		// Reg 28(5): a care order made while the child lives with a parent restarts the visits:
		// within a week of the order (Monday 9 March), then 6 weeks.
		{"a care order at home: the running visit clock stops at the order", careOrder(nil, append(weekly, claReview(20, "2026-01-30"), claVisit(13, "2026-02-20", "yes"))...), "2026-03-10",
			"2026-02-20", "28 days of the last", "2026-03-20", "", "2026-03-02", due},
		{"a care order at home: a visit within a week of the order", careOrder(nil, append(weekly, claReview(20, "2026-01-30"), claVisit(13, "2026-02-20", "yes"))...), "2026-03-10",
			"2026-03-02", "7 days of the care order: care order, living with a parent (reg 28(5))", "2026-03-09", "", "", overdue},
		{"a care order at home: visited on the day of the order", careOrder(nil, claReview(20, "2026-01-30"), claVisit(13, "2026-03-02", "yes")), "2026-03-10",
			"2026-03-02", "7 days of the care order", "2026-03-09", "2026-03-02", "", onTime},
		{"a care order at home, the parent assessed: 6 weeks", careOrder([]string{"parent_assessed", "2026-02-15"}, claReview(20, "2026-01-30"), claVisit(13, "2026-03-05", "yes")), "2026-03-10",
			"2026-03-05", "42 days of the last: care order, living with a parent (reg 28(5))", "2026-04-16", "", "", due},
		{"a care order at home before the first review: weekly after the order's visit", careOrder(nil, claVisit(13, "2026-03-04", "yes")), "2026-03-12",
			"2026-03-04", "7 days of the last: placed with a parent before the parent’s assessment is complete (reg 28(3)), weekly until the first review", "2026-03-11", "", "", overdue},
		// A foster placement is not affected: 6 weeks from the first week's visit.
		{"foster care keeps 6 weeks", []*Item{carePeriod(1, "2026-01-05"), episode(2, 1, "2026-01-05", "S", "C1", "U6"), claVisit(10, "2026-01-12", "yes")}, "2026-01-20",
			"2026-01-12", "42 days of the last", "2026-02-23", "", "", due},
	}
	cal := workday.EnglandAndWales()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clocks := ClocksFor(Child{}, tt.items, DefaultStandards(), cal, d(tt.today))
			checkClock(t, clocks, "R-E07", tt.start, tt.named, tt.due, tt.done, tt.stopped, tt.state)
		})
	}
	// The council may shorten the intervals: 3 weeks after the first review.
	t.Run("interim care order at home: the council's 3 weeks", func(t *testing.T) {
		std := DefaultStandards()
		std.CLAVisitShortDays = 21
		clocks := ClocksFor(Child{}, ico(append(weekly, claReview(20, "2026-01-30"))...), std, cal, d("2026-02-17"))
		checkClock(t, clocks, "R-E07", "2026-01-26", "21 days of the last: interim care order, living with a parent (reg 28(4))", "2026-02-16", "", "", overdue)
	})
}

// TestPermanenceClocks checks the later-life letter (R-F02), counted in working days over
// Christmas and Easter, and the local clocks of a care order at home and an application to
// discharge it.
func TestPermanenceClocks(t *testing.T) {
	const due, overdue, onTime, late = workday.Due, workday.Overdue, workday.CompletedOnTime, workday.CompletedLate
	adoption := func(ceremony string, more ...string) []*Item {
		return []*Item{carePeriod(1, "2024-06-03", "end", "2025-12-01", "reason_ceased", "E11"),
			it(2, "adoption", 1, 0, append([]string{"decision", "2024-10-01", "placement_order", "2025-01-15", "match", "2025-03-01",
				"adopters", "2", "adopter_sex", "MF", "adopter_status", "L11", "placed", "2025-04-01", "order", "2025-12-01", "ended", "2025-12-01",
				"ceremony", ceremony}, more...)...)}
	}
	// A child in care from Monday 5 January 2026, placed with a parent on a care order from
	// Monday 2 March 2026 (after foster care): 6 months at home on Wednesday 2 September.
	atHome := func(more ...*Item) []*Item {
		return append([]*Item{carePeriod(1, "2026-01-05"),
			episode(2, 1, "2026-01-05", "S", "C2", "U6", "end", "2026-03-02", "reason_change", "CARPL"),
			episode(3, 1, "2026-03-02", "P", "C2", "P1")}, more...)
	}
	discharge := func(id int64, applied string, more ...string) *Item {
		return it(id, "legal_order", 0, 0, append([]string{"type", "discharge", "applied", applied, "applicant", "Local authority"}, more...)...)
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
		// R-F02: a ceremony on Wednesday 17 December 2025: 10 working days over Christmas, Boxing
		// Day and New Year's Day is Monday 5 January 2026.
		{"later-life letter due", adoption("2025-12-17"), nil, "2026-01-05", "R-F02", "2025-12-17", "Later-life letter", "2026-01-05", "", "", due},
		{"later-life letter overdue", adoption("2025-12-17"), nil, "2026-01-06", "R-F02", "2025-12-17", "Later-life letter", "2026-01-05", "", "", overdue},
		{"later-life letter on time", adoption("2025-12-17", "later_life_letter", "2026-01-05"), nil, "2026-01-20", "R-F02", "2025-12-17", "10 working days", "2026-01-05", "2026-01-05", "", onTime},
		{"later-life letter late", adoption("2025-12-17", "later_life_letter", "2026-01-06"), nil, "2026-01-20", "R-F02", "2025-12-17", "10 working days", "2026-01-05", "2026-01-06", "", late},
		{"later-life letter given before the ceremony", adoption("2025-12-17", "later_life_letter", "2025-12-10"), nil, "2026-01-20", "R-F02", "2025-12-17", "", "2026-01-05", "2025-12-10", "", onTime},
		// A ceremony on Monday 30 March 2026: over Good Friday and Easter Monday to Wednesday 15 April.
		{"later-life letter over Easter", adoption("2026-03-30"), nil, "2026-04-15", "R-F02", "2026-03-30", "", "2026-04-15", "", "", due},
		{"later-life letter late over Easter", adoption("2026-03-30", "later_life_letter", "2026-04-16"), nil, "2026-05-01", "R-F02", "2026-03-30", "", "2026-04-15", "2026-04-16", "", late},
		{"later-life letter tightened to 5 working days", adoption("2026-03-30"), func(s *Standards) { s.LaterLifeLetterWD = 5 }, "2026-04-09",
			"R-F02", "2026-03-30", "5 working days", "2026-04-08", "", "", overdue},

		// A care order at home 6 months with no application to discharge it.
		{"care order at home: 6 months", atHome(), nil, "2026-09-02", "Local", "2026-03-02", "living with a parent 6 months", "2026-09-02", "", "", due},
		{"care order at home: passed", atHome(), nil, "2026-09-03", "Local", "2026-03-02", "living with a parent 6 months", "2026-09-02", "", "", overdue},
		{"care order at home: application made in time", atHome(discharge(5, "2026-07-01")), nil, "2026-09-03", "Local", "2026-03-02", "application to discharge", "2026-09-02", "2026-07-01", "", onTime},
		{"care order at home: application made late", atHome(discharge(5, "2026-09-10")), nil, "2026-09-20", "Local", "2026-03-02", "application to discharge", "2026-09-02", "2026-09-10", "", late},
		{"care order at home: the council's 3 months", atHome(), func(s *Standards) { s.DischargeMonths = 3 }, "2026-06-03",
			"Local", "2026-03-02", "living with a parent 3 months", "2026-06-02", "", "", overdue},
		{"care order at home: back to foster care stops it", []*Item{carePeriod(1, "2026-01-05"),
			episode(2, 1, "2026-01-05", "S", "C2", "U6", "end", "2026-03-02", "reason_change", "CARPL"),
			episode(3, 1, "2026-03-02", "P", "C2", "P1", "end", "2026-05-01", "reason_change", "CARPL"), episode(4, 1, "2026-05-01", "P", "C2", "U6")}, nil, "2026-09-03",
			"Local", "2026-03-02", "living with a parent", "2026-09-02", "", "2026-05-01", due},
		// An interim care order at home becomes a full care order on Monday 2 March 2026: the
		// count starts at the care order, over the change of legal status.
		{"care order at home from the full care order", []*Item{carePeriod(1, "2026-01-05"),
			episode(2, 1, "2026-01-05", "S", "C1", "P1", "end", "2026-03-02", "reason_change", "LEGAL"),
			episode(3, 1, "2026-03-02", "L", "C2", "P1")}, nil, "2026-09-03", "Local", "2026-03-02", "living with a parent", "2026-09-02", "", "", overdue},
		// An application refused on Monday 15 June 2026: the count starts again from the decision.
		{"care order at home: again after a refusal", atHome(discharge(5, "2026-05-01", "decided", "2026-06-15", "outcome", "refused")), nil, "2026-12-16",
			"Local", "2026-06-15", "living with a parent", "2026-12-15", "", "", overdue},
		{"care order at home: the refused application met the first count", atHome(discharge(5, "2026-05-01", "decided", "2026-06-15", "outcome", "refused")), nil, "2026-12-16",
			"Local", "2026-03-02", "living with a parent", "2026-09-02", "2026-05-01", "", onTime},
		// An application waiting for the court, shown with its age.
		{"application to discharge waiting", atHome(discharge(5, "2026-05-01")), nil, "2026-06-12",
			"Local", "2026-05-01", "Application to discharge the care order undecided 26 weeks", "2026-10-30", "", "", due},
		{"application to discharge waiting too long", atHome(discharge(5, "2026-05-01")), nil, "2026-11-02",
			"Local", "2026-05-01", "undecided 26 weeks", "2026-10-30", "", "", overdue},
		{"application to discharge decided", atHome(discharge(5, "2026-05-01", "decided", "2026-07-01", "outcome", "granted")), nil, "2026-07-02",
			"Local", "2026-05-01", "undecided", "2026-10-30", "2026-07-01", "", onTime},
	}
	cal := workday.EnglandAndWales()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			std := DefaultStandards()
			if tt.std != nil {
				tt.std(&std)
			}
			clocks := ClocksFor(Child{}, tt.items, std, cal, d(tt.today))
			checkClock(t, clocks, tt.rule, tt.start, tt.named, tt.due, tt.done, tt.stopped, tt.state)
		})
	}
}

// TestDischargeAge checks that a waiting application says how long it has waited.
func TestDischargeAge(t *testing.T) {
	items := []*Item{it(1, "legal_order", 0, 0, "type", "discharge", "applied", "2026-05-01", "applicant", "LA")}
	for today, want := range map[string]string{
		"2026-05-01": "waiting 0 days", "2026-05-14": "waiting 13 days", "2026-05-15": "waiting 2 weeks", "2026-06-12": "waiting 6 weeks",
	} {
		cs := ClocksFor(Child{}, items, DefaultStandards(), workday.EnglandAndWales(), d(today))
		if len(cs) != 1 || !strings.Contains(cs[0].Note, "Applied 1 May 2026, "+want) {
			t.Errorf("on %s: have %s", today, describe(cs))
		}
	}
	items[0].Values.Set("decided", "2026-06-01")
	items[0].Values.Set("outcome", "withdrawn")
	if cs := ClocksFor(Child{}, items, DefaultStandards(), workday.EnglandAndWales(), d("2026-06-12")); len(cs) != 1 || cs[0].Note != "" {
		t.Errorf("decided: have %s note %q", describe(cs), cs[0].Note)
	}
}

// TestPermanenceLeaveOut checks the permanence clocks that records do not start.
func TestPermanenceLeaveOut(t *testing.T) {
	cal := workday.EnglandAndWales()
	tests := []struct {
		name  string
		items []*Item
		today string
		rule  string // rule and a word of the name
	}{
		{"no later-life letter clock before the ceremony is recorded", []*Item{carePeriod(1, "2024-06-03"),
			it(2, "adoption", 1, 0, "decision", "2024-10-01", "order", "2025-12-01", "ended", "2025-12-01")}, "2026-01-20", "R-F02"},
		{"a care order in foster care is not at home", []*Item{carePeriod(1, "2026-01-05"), episode(2, 1, "2026-01-05", "S", "C2", "U6")}, "2026-09-03", "Local living"},
		{"an interim care order at home is not counted", []*Item{carePeriod(1, "2026-01-05"), episode(2, 1, "2026-01-05", "S", "C1", "P1")}, "2026-09-03", "Local living"},
		{"an application for a special guardianship order is not a discharge", []*Item{
			it(1, "legal_order", 0, 0, "type", "sgo", "applied", "2026-05-01", "applicant", "Aunt")}, "2026-06-12", "Local undecided"},
		{"connected persons' temporary approval needs relatives or friends", []*Item{carePeriod(1, "2026-01-05"),
			episode(2, 1, "2026-01-05", "S", "C2", "U6", "connected_temporary", "yes"), claVisit(10, "2026-01-12", "yes")}, "2026-01-20", "R-E07 reg"},
	}
	for _, tt := range tests {
		for _, c := range ClocksFor(Child{}, tt.items, DefaultStandards(), cal, d(tt.today)) {
			rule, named, _ := strings.Cut(tt.rule, " ")
			if c.Rule == rule && strings.Contains(c.Name, named) {
				t.Errorf("%s: have %s from %s (%s)", tt.name, c.Name, c.Start, c.State)
			}
		}
	}
}

// TestOutstanding checks what the record shows as outstanding: the life-story book of a child
// placed for adoption until the completed book is given.
func TestOutstanding(t *testing.T) {
	adoption := func(more ...string) []*Item {
		return []*Item{it(1, "adoption", 0, 0, append([]string{"decision", "2025-05-01"}, more...)...)}
	}
	tests := []struct {
		name  string
		items []*Item
		want  string // "" for nothing outstanding
	}{
		{"not yet placed", adoption(), ""},
		{"placed, no part given", adoption("placed", "2025-09-01"), "Life-story book not completed: no part given yet"},
		{"parts given and to give", adoption("placed", "2025-09-01",
			"life_story_parts.part", "My birth family", "life_story_parts.given", "2025-08-20",
			"life_story_parts.part", "Coming home", "life_story_parts.given", ""),
			"Life-story book not completed: given so far My birth family (20 August 2025); still to give Coming home"},
		{"adopted, book not completed", adoption("placed", "2025-09-01", "order", "2026-03-01", "ended", "2026-03-01"), "Life-story book not completed: no part given yet"},
		{"completed book given", adoption("placed", "2025-09-01", "order", "2026-03-01", "ended", "2026-03-01", "life_story", "2026-03-20"), ""},
		{"plan for adoption ended", adoption("placed", "2025-09-01", "ended", "2026-01-10", "ended_reason", "E13"), ""},
		{"entered in error", func() []*Item {
			a := adoption("placed", "2025-09-01")
			a[0].EnteredInError = true
			return a
		}(), ""},
	}
	for _, tt := range tests {
		var got []string
		for _, task := range Outstanding(tt.items) {
			if task.ItemID != 1 {
				t.Errorf("%s: task of record %d, want 1", tt.name, task.ItemID)
			}
			got = append(got, task.What)
		}
		if strings.Join(got, "\n") != tt.want {
			t.Errorf("%s: have %q, want %q", tt.name, got, tt.want)
		}
	}
}

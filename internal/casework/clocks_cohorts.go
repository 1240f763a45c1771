package casework

import (
	"fmt"

	"ourchild/internal/date"
	"ourchild/internal/workday"
)

// The clocks of the other cohorts (cohorts.go). Only the timescales rules.md gives are kept:
// private fostering visits (R-H01, R-H02: statute) and the referral of an allegation to the
// designated officer (R-J01: local, one working day). Homelessness at 16 or 17 (R-G07),
// children missing education (R-I01) and elective home education (R-I02) have no national
// timescale and rules.md gives no local figure, so they have no clocks.

// pfVisits returns the dates of private fostering visits at which the child was seen, within
// [from, to].
func (c *clocker) pfVisits(from, to date.Date) []date.Date {
	return dates(c.ofKind("visit", func(v *Item) bool {
		return v.Get("type") == "pf" && v.Is("seen") && within(v.StartDate(), from, to)
	}), "date", nil)
}

// R-H01 and R-H02: a privately fostered child is visited within 7 working days of the
// notification, then at most every 6 weeks in the first year of the arrangement (which begins
// when the council becomes aware of it) and every 12 weeks after, until it ends.
func (c *clocker) privateFostering(pf *Item) {
	start, end := pf.StartDate(), pf.EndDate()
	std := c.std
	visits := c.pfVisits(start, end)
	k := Clock{PersonID: pf.PersonID, ItemID: pf.ID, Rule: "R-H01", Record: "visit"}
	k.Name = fmt.Sprintf("First private fostering visit within %s of the notification", plural(std.PFFirstVisitWD, "working day"))
	k.Start, k.Due = start, c.wd(start, std.PFFirstVisitWD)
	if len(visits) > 0 && !visits[0].After(c.today) {
		k.Done = visits[0]
	}
	c.emit(k, end)
	if k.Done.IsZero() {
		return
	}
	firstYear := workday.AddMonthsClamped(start, 12)
	interval := func(from date.Date) int {
		if from.Before(firstYear) {
			return std.PFVisitWeeks
		}
		return std.PFVisitLaterWeeks
	}
	var later []date.Date // a second visit the same day is not the next visit
	for _, v := range visits {
		if v.After(k.Done) {
			later = append(later, v)
		}
	}
	k.Rule, k.Done = "R-H02", date.Date{}
	c.cycle(cycle{base: k, start: visits[0], end: end, events: later,
		due: func(from date.Date, _ int) date.Date { return weeks(from, interval(from)) },
		nameAt: func(from date.Date, _ int) string {
			when := "first year"
			if !from.Before(firstYear) {
				when = "after the first year"
			}
			return fmt.Sprintf("Private fostering visit within %s of the last (%s)", plural(interval(from), "week"), when)
		}})
}

// R-J01: the employer refers an allegation to the designated officer without delay (a local
// number of working days) from learning of it.
func (c *clocker) lado(l *Item) {
	start := l.Date("known")
	c.emit(Clock{PersonID: l.PersonID, ItemID: l.ID, Rule: "R-J01", Record: "lado", Complete: l.ID,
		Name:  fmt.Sprintf("Allegation referred to the designated officer (LADO) within %s", plural(c.std.LADOReferralWD, "working day")),
		Start: start, Due: c.wd(start, c.std.LADOReferralWD), Done: l.Date("received")}, date.Date{})
}

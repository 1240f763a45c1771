package casework

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"ourchild/internal/date"
	"ourchild/internal/workday"
)

// The clocks of a child in care and of a care leaver: rules.md §2.E (R-E01 to R-E10) and §2.G.
// The records of a period of care (placements, reviews, PEPs, health assessments) are its
// children (ParentID); every clock of the period stops when the child stops being looked after
// (§0.3.7), and a placement's clocks also when the placement ends.

// A placement, for the clocks, is a run of 903 episodes with the same carers and setting: an
// episode that only changes the legal status (reason for new episode "L") continues the
// placement before it, any other starts a new one (R-E07: "the start of any placement").
type carePlacement struct {
	first    *Item // the episode that started it
	episodes []*Item
	start    date.Date
	end      date.Date // the end of its last episode; zero while it lasts
}

func (c *clocker) placements(cp *Item) []carePlacement {
	var out []carePlacement
	for _, e := range c.ofKind("placement", func(p *Item) bool { return p.ParentID == cp.ID }) {
		if n := len(out); n > 0 && e.Get("reason_new") == "L" {
			out[n-1].episodes = append(out[n-1].episodes, e)
			out[n-1].end = e.EndDate()
			continue
		}
		out = append(out, carePlacement{first: e, episodes: []*Item{e}, start: e.StartDate(), end: e.EndDate()})
	}
	return out
}

// until18 reports whether the placement is intended to last until the child is 18, as its
// latest episode that says so records it.
func (p carePlacement) until18() bool {
	for i := len(p.episodes) - 1; i >= 0; i-- {
		if v := p.episodes[i].Get("until_18"); v != "" {
			return v == "yes"
		}
	}
	return false
}

// earliest returns the earlier of two stop dates, zero meaning "not stopped".
func earliest(a, b date.Date) date.Date {
	switch {
	case a.IsZero():
		return b
	case b.IsZero() || a.Before(b):
		return a
	}
	return b
}

func (c *clocker) carePeriod(cp *Item) {
	cs, ce := cp.StartDate(), cp.EndDate()
	std := c.std
	base := Clock{PersonID: cp.PersonID, ItemID: cp.ID}
	places := c.placements(cp)
	kids := func(kind string) []*Item {
		return c.ofKind(kind, func(x *Item) bool { return x.ParentID == cp.ID })
	}

	// R-E01: the care plan before the first placement or within 10 WD of its start. A plan
	// dated before the placement meets it on time.
	placed := cs
	if len(places) > 0 {
		placed = places[0].start
	}
	k := base
	k.Rule, k.Record, k.Complete = "R-E01", "care_period", cp.ID
	k.Name = fmt.Sprintf("Care plan within %s of the first placement", plural(std.CarePlanWD, "working day"))
	k.Start, k.Due, k.Done = placed, c.wd(placed, std.CarePlanWD), cp.Date("care_plan")
	c.emit(k, ce)

	// R-E02: a placement plan for each placement (not for a change of legal status only).
	for _, p := range places {
		k := base
		k.ItemID, k.Rule, k.Record, k.Complete = p.first.ID, "R-E02", "placement", p.first.ID
		k.Name = fmt.Sprintf("Placement plan within %s of the placement", plural(std.PlacementPlanWD, "working day"))
		k.Start, k.Due = p.start, c.wd(p.start, std.PlacementPlanWD)
		k.Done, _ = first(p.episodes, "placement_plan", nil)
		c.emit(k, earliest(p.end, ce))
	}

	// R-E04: the independent reviewing officer appointed.
	k = base
	k.Rule, k.Record, k.Complete = "R-E04", "care_period", cp.ID
	k.Name = fmt.Sprintf("Independent reviewing officer appointed within %s", plural(std.IROWD, "working day"))
	k.Start, k.Due, k.Done = cs, c.wd(cs, std.IROWD), cp.Date("iro_appointed")
	c.emit(k, ce)

	// R-E05: looked-after reviews, rolling from the actual date of each. Short breaks (legal
	// status V3/V4 throughout) follow modified arrangements and are left out.
	reviews := kids("cla_review")
	reviewDates := dates(reviews, "date", nil)
	if !shortBreaksOnly(places) {
		k = base
		k.Rule, k.Record = "R-E05", "cla_review"
		c.cycle(cycle{base: k, start: cs, end: ce, events: reviewDates,
			due: func(from date.Date, n int) date.Date { return c.reviewDue(from, n) },
			name: func(n int) string {
				switch n {
				case 0:
					return fmt.Sprintf("First looked-after review within %s", plural(std.CLAReviewFirstWD, "working day"))
				case 1:
					return fmt.Sprintf("Second looked-after review within %s of the first", plural(std.CLAReviewSecondMonths, "month"))
				}
				return fmt.Sprintf("Looked-after review within %s of the last", plural(std.CLAReviewIntervalMonths, "month"))
			}})

		// R-E06: a plan for permanence by the second review: the date of the second review if
		// it was held, else the date it is due.
		k = base
		k.Rule, k.Record, k.Complete = "R-E06", "care_period", cp.ID
		k.Name, k.Start = "Plan for permanence by the second looked-after review", cs
		var held []date.Date
		for _, r := range reviewDates {
			if !r.Before(cs) && (ce.IsZero() || !r.After(ce)) && !r.After(c.today) {
				held = append(held, r)
			}
		}
		switch len(held) {
		case 0:
			k.Due = c.reviewDue(c.reviewDue(cs, 0), 1)
		case 1:
			k.Due = c.reviewDue(held[0], 1)
		default:
			k.Due = held[1]
		}
		k.Done = cp.Date("permanence_agreed")
		if k.Done.IsZero() && cp.Get("permanence_plan") != "" {
			k.Done, _ = first(reviews, "date", func(r *Item, _ date.Date) bool { return r.Is("permanence_confirmed") })
		}
		c.emit(k, ce)
	}

	// R-E07: statutory visits (the child seen), for each placement.
	for _, p := range places {
		c.careVisits(base, p, ce, reviewDates)
	}

	// CPPCR regs 24 and 25: connected persons approved temporarily are approved as foster
	// carers within 16 weeks of the placement (24 if the approval was extended).
	for _, p := range places {
		if p.latest("connected_temporary") != "yes" {
			continue
		}
		k := base
		k.ItemID, k.Rule, k.Record, k.Complete = p.first.ID, "Reg 24", "placement", p.first.ID
		weeks := c.std.ConnectedApprovalWeeks
		if p.latest("connected_extended") == "yes" {
			weeks += 8
		}
		k.Name = fmt.Sprintf("Connected persons approved as foster carers within %s of the placement (reg 24)", plural(weeks, "week"))
		k.Start, k.Due, k.Done = p.start, p.start.AddDays(7*weeks), p.latestDate("connected_approved")
		c.emit(k, earliest(p.end, ce))
	}

	// Local: a care order at home with no application to discharge it.
	c.careOrderAtHome(base, cp, places, ce)

	// R-E08: the initial health assessment within 20 WD (one done in the 3 months before the
	// child became looked after, recorded in the period, meets it), then review health
	// assessments rolling from the last.
	health := kids("health_assessment")
	k = base
	k.Rule, k.Record = "R-E08", "health_assessment"
	k.Name = fmt.Sprintf("Initial health assessment within %s", plural(std.IHAWD, "working day"))
	k.Start, k.Due = cs, c.wd(cs, std.IHAWD)
	k.Done, _ = first(health, "date", func(h *Item, d date.Date) bool {
		return h.Get("type") == "initial" && !d.Before(workday.AddMonthsClamped(cs, -3))
	})
	c.emit(k, ce)
	if last, _ := first(health, "date", nil); !last.IsZero() {
		k = base
		k.Rule, k.Record = "R-E08", "health_assessment"
		c.cycle(cycle{base: k, start: last, end: ce,
			events: dates(health, "date", func(h *Item) bool { return h.Date("date").After(last) }),
			due: func(from date.Date, _ int) date.Date {
				return workday.AddMonthsClamped(from, c.healthMonths(from))
			},
			nameAt: func(from date.Date, _ int) string {
				m := c.healthMonths(from)
				switch {
				case c.child.BirthDate.IsZero():
					return fmt.Sprintf("Review health assessment within %s (date of birth not recorded)", plural(m, "month"))
				case m == std.RHAUnder5Months:
					return fmt.Sprintf("Review health assessment within %s (under 5)", plural(m, "month"))
				}
				return fmt.Sprintf("Review health assessment within %s", plural(m, "month"))
			}})
	}

	// R-E09: the personal education plan within 10 WD, then reviewed every term (4 months
	// unless the council shortens it: term dates are not held). The plan is for children of
	// early-years age and older: for a younger child the clock starts at their third birthday.
	peps := kids("pep")
	k = base
	k.Rule, k.Record = "R-E09", "pep"
	k.Name = fmt.Sprintf("Personal education plan within %s", plural(std.PEPWD, "working day"))
	pepFrom := cs
	if b := c.child.BirthDate; !b.IsZero() && b.AddDate(3, 0, 0).After(cs) {
		pepFrom = b.AddDate(3, 0, 0)
		k.Note = "From the child’s third birthday"
	}
	if pepFrom.After(c.today) || (!ce.IsZero() && pepFrom.After(ce)) {
		return
	}
	k.Start, k.Due = pepFrom, c.wd(pepFrom, std.PEPWD)
	k.Done, _ = first(peps, "date", nil)
	c.emit(k, ce)
	if pf := k.Done; !pf.IsZero() {
		k.Done, k.Note = date.Date{}, ""
		c.cycle(cycle{base: k, start: pf, end: ce,
			events: dates(peps, "date", func(p *Item) bool { return p.Date("date").After(pf) }),
			due:    func(from date.Date, _ int) date.Date { return workday.AddMonthsClamped(from, std.PEPReviewMonths) },
			name: func(int) string {
				return fmt.Sprintf("Personal education plan review within %s (a term)", plural(std.PEPReviewMonths, "month"))
			}})
	}
}

// reviewDue is the due date of the looked-after review after one held (or care started) on
// from, n reviews having been held before it (R-E05).
func (c *clocker) reviewDue(from date.Date, n int) date.Date {
	switch n {
	case 0:
		return c.wd(from, c.std.CLAReviewFirstWD)
	case 1:
		return workday.AddMonthsClamped(from, c.std.CLAReviewSecondMonths)
	}
	return workday.AddMonthsClamped(from, c.std.CLAReviewIntervalMonths)
}

// healthMonths is the interval to the next review health assessment after one on from: 6
// months if that falls before the 5th birthday, else 12 (R-E08). Without a date of birth the
// shorter interval, so a young child is never missed.
func (c *clocker) healthMonths(from date.Date) int {
	b := c.child.BirthDate
	if b.IsZero() || workday.AddMonthsClamped(from, c.std.RHAUnder5Months).Before(b.AddDate(5, 0, 0)) {
		return c.std.RHAUnder5Months
	}
	return c.std.RHAMonths
}

func shortBreaksOnly(places []carePlacement) bool {
	if len(places) == 0 {
		return false
	}
	for _, p := range places {
		for _, e := range p.episodes {
			if ls := e.Get("legal_status"); ls != "V3" && ls != "V4" {
				return false
			}
		}
	}
	return true
}

// R-E07: a visit within 7 days of the start of the placement, then every 6 weeks in its first
// year, then every 3 months if it is intended to last until 18 and every 6 weeks if not. A
// visit counts when it is a statutory visit to a child in care at which the child was seen.
//
// Reg 28(3) to (5) set other intervals for some children (visitRegimeAt): placed with a parent
// before the parent's assessment is complete, with connected persons approved temporarily, or
// living with a parent on an interim care order: at least weekly until the first review, then
// at most 6, 4 and 4 weeks; living with a parent on a care order: within a week of the care
// order, then at most 6 weeks. A care order made while the child lives with a parent (a 903
// episode that changes the legal status to C2 in a placement with a parent) restarts the
// visits from the order.
func (c *clocker) careVisits(base Clock, p carePlacement, careEnd date.Date, reviews []date.Date) {
	end := earliest(p.end, careEnd)
	// "Until the first review": the first looked-after review held since the placement started.
	var firstReview date.Date
	for _, r := range reviews {
		if !r.Before(p.start) {
			firstReview = r
			break
		}
	}
	starts := []date.Date{p.start}
	for i := 1; i < len(p.episodes); i++ {
		e, prev := p.episodes[i], p.episodes[i-1]
		if e.Get("type") == "P1" && e.Get("legal_status") == "C2" && prev.Get("legal_status") != "C2" {
			starts = append(starts, e.StartDate())
		}
	}
	for i, from := range starts {
		to := end
		if i+1 < len(starts) {
			to = starts[i+1]
		}
		visits := dates(c.ofKind("visit", func(v *Item) bool {
			return v.Get("type") == "cla" && v.Is("seen") && within(v.StartDate(), from, to)
		}), "date", nil)
		k := base
		k.ItemID, k.Rule, k.Record = p.first.ID, "R-E07", "visit"
		careOrder := i > 0
		c.cycle(cycle{base: k, start: from, end: to, events: visits,
			due: func(last date.Date, n int) date.Date {
				if n == 0 {
					return last.AddDays(c.std.CLAVisitFirstDays)
				}
				d, _ := c.visitDue(p, firstReview, last, to)
				return d
			},
			nameAt: func(last date.Date, n int) string {
				if n == 0 {
					if careOrder {
						return visitName(plural(c.std.CLAVisitFirstDays, "day"), "the care order", "care order, living with a parent (reg 28(5))")
					}
					r := c.visitRegimeAt(p, firstReview, last, last)
					return visitName(plural(c.std.CLAVisitFirstDays, "day"), "the placement", r.label)
				}
				_, r := c.visitDue(p, firstReview, last, to)
				return visitName(r.interval, "the last", r.label)
			}})
	}
}

func visitName(interval, of, regime string) string {
	name := fmt.Sprintf("Statutory visit (child seen) within %s of %s", interval, of)
	if regime != "" {
		name += ": " + regime
	}
	return name
}

// A visitRegime is the interval reg 28 sets for the visit after one made on a given day.
type visitRegime struct {
	key      string // the regime and its phase: a change of key can change the due date
	interval string // "7 days", "3 months"
	label    string // what the worker reads in the clock's name: why this interval
	next     func(date.Date) date.Date
}

// visitRegimeAt is the regime in force on day t, for the interval after the last visit, made
// on last (the 3-monthly interval of a long-term placement applies to a visit after its first
// year, as R-E07 computes it).
func (c *clocker) visitRegimeAt(p carePlacement, firstReview, last, t date.Date) visitRegime {
	std := c.std
	days := func(key string, n int, label string) visitRegime {
		return visitRegime{key: key, interval: plural(n, "day"), label: label,
			next: func(d date.Date) date.Date { return d.AddDays(n) }}
	}
	ep := p.episodes[0]
	for _, e := range p.episodes {
		if !e.StartDate().After(t) {
			ep = e
		}
	}
	typ, ls := ep.Get("type"), ep.Get("legal_status")
	weekly := firstReview.IsZero() || t.Before(firstReview)
	withParent := typ == "P1" && (ls == "C1" || ls == "C2")
	assessed := p.latestDate("parent_assessed")
	approved := p.latestDate("connected_approved")
	regime := ""
	switch {
	case withParent && ls == "C1":
		regime = "interim care order, living with a parent (reg 28(4))"
	case withParent && (assessed.IsZero() || t.Before(assessed)):
		regime = "placed with a parent before the parent’s assessment is complete (reg 28(3))"
	case withParent:
		return days("28(5)", std.CLAVisitDays, "care order, living with a parent (reg 28(5))")
	case connectedPlacement(typ) && p.latest("connected_temporary") == "yes" && (approved.IsZero() || t.Before(approved)):
		regime = "connected persons approved temporarily (reg 24)"
	default:
		if last.Before(p.start.AddDate(1, 0, 0)) || !p.until18() {
			return days("general", std.CLAVisitDays, "")
		}
		return visitRegime{key: "long", interval: plural(std.CLAVisitLongMonths, "month"), label: "long-term placement",
			next: func(d date.Date) date.Date { return workday.AddMonthsClamped(d, std.CLAVisitLongMonths) }}
	}
	switch {
	case weekly:
		return days(regime+" weekly", std.CLAVisitWeeklyDays, regime+", weekly until the first review")
	case strings.Contains(regime, "28(3)"):
		return days(regime, std.CLAVisitDays, regime)
	}
	return days(regime, std.CLAVisitShortDays, regime)
}

// visitDue is the due date of the visit after one made on last, and the regime that sets it.
// The regime in force on the day of the visit sets it, unless the regime changes before that
// date comes (the first review is held, the parent's assessment is completed, a new legal
// status): then the next regime's interval counts from the last visit, and a stricter regime
// that starts later gives at least a week from its start. Changes from until on (the visits
// restarted by a care order) are not this clock's.
func (c *clocker) visitDue(p carePlacement, firstReview, last, until date.Date) (date.Date, visitRegime) {
	var changes []date.Date
	add := func(d date.Date) {
		if d.After(last) && (until.IsZero() || d.Before(until)) {
			changes = append(changes, d)
		}
	}
	for _, d := range []date.Date{firstReview, p.latestDate("parent_assessed"), p.latestDate("connected_approved")} {
		add(d)
	}
	for _, e := range p.episodes {
		add(e.StartDate())
	}
	slices.SortFunc(changes, func(a, b date.Date) int { return cmp.Compare(a.String(), b.String()) })
	r := c.visitRegimeAt(p, firstReview, last, last)
	due := r.next(last)
	for _, at := range changes {
		if !due.After(at) {
			break
		}
		next := c.visitRegimeAt(p, firstReview, last, at)
		if next.key == r.key {
			continue
		}
		r, due = next, next.next(last)
		if week := at.AddDays(c.std.CLAVisitWeeklyDays); due.Before(week) {
			due = week
		}
	}
	return due, r
}

// latest returns the latest non-empty value of field among the placement's episodes.
func (p carePlacement) latest(field string) string {
	for i := len(p.episodes) - 1; i >= 0; i-- {
		if v := p.episodes[i].Get(field); v != "" {
			return v
		}
	}
	return ""
}

func (p carePlacement) latestDate(field string) date.Date {
	d, _ := date.Parse(p.latest(field))
	return d
}

// careOrderAtHome flags a child on a full care order (C2) placed with a parent (P1) for the
// council's number of months (6 by default) with no application to discharge the care order,
// so that children do not stay looked after longer than they need to. The time at home is a
// run of 903 episodes, each C2 and P1, one following the other; an application to discharge
// made during it (or still undecided when it began) meets the clock. An application refused or
// withdrawn starts the count again from the court's decision.
func (c *clocker) careOrderAtHome(base Clock, cp *Item, places []carePlacement, careEnd date.Date) {
	var eps []*Item
	for _, p := range places {
		eps = append(eps, p.episodes...)
	}
	apps := c.ofKind("legal_order", func(o *Item) bool { return o.Get("type") == "discharge" })
	for i := 0; i < len(eps); i++ {
		if !atHome(eps[i]) {
			continue
		}
		first := eps[i]
		from, to := first.StartDate(), first.EndDate()
		for i+1 < len(eps) && atHome(eps[i+1]) && !to.IsZero() && eps[i+1].StartDate().Equal(to) {
			i++
			to = eps[i].EndDate()
		}
		stop := earliest(to, careEnd)
		for !from.IsZero() {
			k := base
			k.ItemID, k.Rule, k.Record, k.Alert = first.ID, "Local", "legal_order", true
			k.Name = fmt.Sprintf("Care order, living with a parent %s: application to discharge the care order", plural(c.std.DischargeMonths, "month"))
			k.Start, k.Due = from, workday.AddMonthsClamped(from, c.std.DischargeMonths)
			var app *Item
			for _, a := range apps {
				applied, decided := a.StartDate(), a.EndDate()
				if within(applied, from, stop) || (applied.Before(from) && (decided.IsZero() || decided.After(from))) {
					if app == nil || applied.Before(app.StartDate()) {
						app = a
					}
				}
			}
			if app != nil {
				k.Done = app.StartDate()
				if k.Done.Before(from) {
					k.Done = from
				}
			}
			c.emit(k, stop)
			// Refused or withdrawn while the child is still at home: count again from the decision.
			from = date.Date{}
			if app != nil && app.Get("outcome") != "granted" && !app.EndDate().IsZero() && !app.EndDate().After(c.today) &&
				(stop.IsZero() || app.EndDate().Before(stop)) && app.EndDate().After(k.Start) {
				from = app.EndDate()
			}
		}
	}
}

func atHome(e *Item) bool { return e.Get("legal_status") == "C2" && e.Get("type") == "P1" }

// dischargeApplication shows an application to discharge a care order while it waits for the
// court, with its age, and flags it once undecided for the council's number of weeks.
func (c *clocker) dischargeApplication(o *Item) {
	if o.Get("type") != "discharge" {
		return
	}
	n := c.std.DischargePendingWeeks
	k := Clock{PersonID: o.PersonID, ItemID: o.ID, Rule: "Local", Record: "legal_order", Complete: o.ID, Alert: true,
		Name:  fmt.Sprintf("Application to discharge the care order undecided %s", plural(n, "week")),
		Start: o.StartDate(), Due: weeks(o.StartDate(), n), Done: o.EndDate()}
	if k.Done.IsZero() || k.Done.After(c.today) {
		k.Note = "Applied " + k.Start.Display() + ", waiting " + age(k.Start, c.today) + " for the court’s decision"
	}
	c.emit(k, date.Date{})
}

// age is how long ago from was, in days under two weeks, then weeks.
func age(from, today date.Date) string {
	n := from.DaysUntil(today)
	if n < 14 {
		return plural(n, "day")
	}
	return plural(n/7, "week")
}

// R-F02: the later-life letter given to the adopters within 10 working days of the adoption
// ceremony.
func (c *clocker) adoption(a *Item) {
	on := a.Date("ceremony")
	if on.IsZero() {
		return
	}
	n := c.std.LaterLifeLetterWD
	c.emit(Clock{PersonID: a.PersonID, ItemID: a.ID, Rule: "R-F02", Record: "adoption", Complete: a.ID,
		Name:  fmt.Sprintf("Later-life letter given to the adopters within %s of the adoption ceremony", plural(n, "working day")),
		Start: on, Due: c.wd(on, n), Done: a.Date("later_life_letter")}, date.Date{})
}

// A Task is something still to be done that no clock holds, because no timescale is set.
type Task struct {
	ItemID int64  // the record to complete
	What   string // as the record shows it
}

// Outstanding lists, for the child's record, what is still to be done that no clock holds:
// the life-story book of a child placed for adoption, given in parts, until the completed
// book is given (R-F02: its complete-by timescale is not confirmed).
func Outstanding(items []*Item) []Task {
	var out []Task
	for _, a := range items {
		if a.Kind != "adoption" || a.EnteredInError || a.Get("life_story") != "" {
			continue
		}
		if a.Get("placed") == "" && a.Get("order") == "" {
			continue // not placed yet: the book is started, not yet due in parts
		}
		if a.Get("order") == "" && a.Get("ended") != "" {
			continue // the plan for adoption ended without an order
		}
		parts, given := a.List("life_story_parts.part"), a.List("life_story_parts.given")
		var done, todo []string
		for i, part := range parts {
			d := date.Date{}
			if i < len(given) {
				d, _ = date.Parse(given[i])
			}
			if d.IsZero() {
				todo = append(todo, part)
				continue
			}
			done = append(done, part+" ("+d.Display()+")")
		}
		msg := "Life-story book not completed: no part given yet"
		if len(done) > 0 {
			msg = "Life-story book not completed: given so far " + strings.Join(done, "; ")
		}
		if len(todo) > 0 {
			msg += "; still to give " + strings.Join(todo, "; ")
		}
		out = append(out, Task{ItemID: a.ID, What: msg})
	}
	return out
}

// dateTimeLayout is how a DateTime field is stored.
const dateTimeLayout = "2006-01-02T15:04"

func dateTime(it *Item, field string) (time.Time, bool) {
	t, err := time.ParseInLocation(dateTimeLayout, it.Get(field), date.London)
	return t, err == nil
}

// R-E10: the return interview within 72 hours of the child's return, measured in date-times
// (the due date shown is the day the 72 hours run out). A child who declined the interview
// met the clock when it was offered ("Declined" in the note): on time if the offer was made by
// the due date; with no offer date recorded, the date of the return stands for it.
func (c *clocker) missing(m *Item) {
	back, ok := dateTime(m, "returned")
	if !ok {
		return // still missing, or the return has no time: no clock yet
	}
	h := c.std.ReturnInterviewHours
	dueAt := back.Add(time.Duration(h) * time.Hour)
	k := Clock{PersonID: m.PersonID, ItemID: m.ID, Rule: "R-E10", Record: "missing", Complete: m.ID,
		Name:  fmt.Sprintf("Return interview within %s of the return", plural(h, "hour")),
		Start: m.Date("returned"), Due: date.Of(dueAt), Done: m.Date("rhi_done")}
	declined := k.Done.IsZero() && m.Is("rhi_declined")
	if declined {
		k.Done, k.Note = cmp.Or(m.Date("rhi_offered"), k.Start), "Declined by the child"
	}
	last := c.emit(k, date.Date{})
	if last == nil || !last.State.Done() || declined {
		return
	}
	// Done within the day the 72 hours run out: the time decides.
	if at, ok := dateTime(m, "rhi_done"); ok && at.After(dueAt) {
		last.State = workday.CompletedLate
	}
}

// §2.G: a care leaver's personal adviser, needs assessment, pathway plan and its reviews, and
// the contact around each birthday from 17 to 21 that the DfE's "in touch" return asks for.
func (c *clocker) careLeaver(cl *Item) {
	ls, le := cl.StartDate(), cl.EndDate()
	std := c.std
	base := Clock{PersonID: cl.PersonID, ItemID: cl.ID}
	// From 16, or from becoming eligible (the start of leaving care support) if later.
	from := ls
	if b := c.child.BirthDate; !b.IsZero() && b.AddDate(16, 0, 0).After(ls) {
		from = b.AddDate(16, 0, 0)
	}
	if cl.Get("status") != "qualifying" {
		// R-G02: a personal adviser by 16, or at the start of support if later.
		k := base
		k.Rule, k.Record, k.Complete = "R-G02", "care_leaver", cl.ID
		k.Name, k.Start, k.Due, k.Done = "Personal adviser allocated by 16", ls, from, cl.Date("adviser_from")
		c.emit(k, le)

		// R-G01: the needs assessment within 3 months, and the pathway plan (local).
		k = base
		k.Rule, k.Record, k.Complete = "R-G01", "care_leaver", cl.ID
		k.Name = fmt.Sprintf("Needs assessment within %s of 16", plural(std.LeaverAssessmentMonths, "month"))
		k.Start, k.Due, k.Done = from, workday.AddMonthsClamped(from, std.LeaverAssessmentMonths), cl.Date("needs_assessment")
		c.emit(k, le)
		k.Name = fmt.Sprintf("Pathway plan within %s of 16", plural(std.PathwayPlanMonths, "month"))
		k.Due, k.Done = workday.AddMonthsClamped(from, std.PathwayPlanMonths), cl.Date("pathway_plan")
		c.emit(k, le)

		// R-G03: pathway plan reviews every 6 months from the plan.
		if pp := cl.Date("pathway_plan"); !pp.IsZero() {
			k = base
			k.Rule, k.Record = "R-G03", "pathway_review"
			c.cycle(cycle{base: k, start: pp, end: le,
				events: dates(c.ofKind("pathway_review", func(r *Item) bool { return r.ParentID == cl.ID }), "date", nil),
				due:    func(from date.Date, _ int) date.Date { return workday.AddMonthsClamped(from, std.PathwayReviewMonths) },
				name: func(int) string {
					return fmt.Sprintf("Pathway plan review within %s", plural(std.PathwayReviewMonths, "month"))
				}})
		}

		// R-G04: the personal adviser in touch at least every few weeks (local), from the
		// adviser's allocation and then from the last contact at which the young person was in
		// touch: for a relevant or former relevant care leaver. An eligible child is still
		// looked after, and visited as one (R-E07); a qualifying care leaver has advice on
		// request.
		if st := cl.Get("status"); (st == "relevant" || st == "former_relevant") && !cl.Date("adviser_from").IsZero() {
			pa := cl.Date("adviser_from")
			k = base
			k.Rule, k.Record = "R-G04", "in_touch"
			c.cycle(cycle{base: k, start: pa, end: le,
				events: dates(c.ofKind("in_touch", func(x *Item) bool { return x.ParentID == cl.ID && x.Get("in_touch") == "YES" }), "date", nil),
				due:    func(from date.Date, _ int) date.Date { return from.AddDays(7 * std.LeaverContactWeeks) },
				name: func(int) string {
					return fmt.Sprintf("Personal adviser in touch within %s", plural(std.LeaverContactWeeks, "week"))
				}})
		}
	}

	// D-24 (R-G04): a contact around each birthday from 17 to 21 (to 25 for a young person who
	// asked for support to 25), in the window the council sets (3 months before to 1 month
	// after by default); a contact after the window meets it late. A birthday's clock shows
	// from the day its window opens; "not in touch" does not meet it. Needs the date of birth.
	b := c.child.BirthDate
	if b.IsZero() {
		return
	}
	last := 21
	if cl.Is("until_25") {
		last = 25
	}
	contacts := c.ofKind("in_touch", func(x *Item) bool { return x.ParentID == cl.ID && x.Get("in_touch") != "NO" })
	for age := 17; age <= last; age++ {
		day := b.AddDate(age, 0, 0)
		open, shut := workday.AddMonthsClamped(day, -std.InTouchBeforeMonths), workday.AddMonthsClamped(day, std.InTouchAfterMonths)
		// A contact after the window meets it late, until the next birthday's window opens.
		next := workday.AddMonthsClamped(b.AddDate(age+1, 0, 0), -std.InTouchBeforeMonths).AddDays(-1)
		if open.After(c.today) || shut.Before(ls) || (!le.IsZero() && open.After(le)) {
			continue
		}
		k := base
		k.Rule, k.Record = "D-24", "in_touch"
		k.Name = fmt.Sprintf("In touch around the %s birthday", ordinal(age))
		k.Start, k.Due = open, shut
		k.Done, _ = first(contacts, "date", func(_ *Item, d date.Date) bool { return within(d, open, next) })
		c.emit(k, le)
	}
}

func ordinal(n int) string {
	switch {
	case n%100 >= 11 && n%100 <= 13:
		return fmt.Sprintf("%dth", n)
	case n%10 == 1:
		return fmt.Sprintf("%dst", n)
	case n%10 == 2:
		return fmt.Sprintf("%dnd", n)
	case n%10 == 3:
		return fmt.Sprintf("%drd", n)
	}
	return fmt.Sprintf("%dth", n)
}

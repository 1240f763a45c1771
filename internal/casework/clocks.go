package casework

import (
	"cmp"
	"fmt"
	"slices"

	"ourchild/internal/date"
	"ourchild/internal/workday"
)

// A Clock is one timescale a child's records are held to: a start, a due date, and the date
// it was met (rules.md §0.3). docs/clocks.md describes every clock.
type Clock struct {
	PersonID int64
	// ItemID is the record the clock belongs to: the contact, referral, plan, conference …
	ItemID int64
	Name   string // "Assessment within 45 working days of the referral"
	Rule   string // "R-A02"
	Start  date.Date
	Due    date.Date
	Done   date.Date
	// Stopped is the date the clock stopped without being met: its episode ended (§0.3.7), or
	// the moment passed (a report not shared before the conference). Zero while it runs.
	Stopped date.Date
	State   workday.State
	// Record is the kind of record that meets the clock ("visit", "assessment" …); Complete
	// is the existing record to complete instead of adding one (0 for a new one).
	Record   string
	Complete int64
	// Alert marks a line crossed (a plan open nine months) rather than a task with a deadline.
	Alert bool
	Note  string
}

// Open reports whether the clock is still running: not met and not stopped.
func (c Clock) Open() bool { return !c.State.Done() && c.Stopped.IsZero() }

// Clocks computes every clock of rules.md §2.A–2.G and §2.L that one child's records support,
// as at today. Records entered in error are ignored. The clocks come sorted by due date.
// Clocks that depend on the child's age need ClocksFor.
func Clocks(items []*Item, std Standards, cal *workday.Calendar, today date.Date) []Clock {
	return ClocksFor(Child{}, items, std, cal, today)
}

// A Child is what the clocks need to know about the child beyond their records.
type Child struct {
	// BirthDate sets the review health assessment interval (6 months under 5, 12 after) and a
	// care leaver's clocks from 16 and around each birthday. Zero when not recorded: then
	// health assessments are due every 6 months and the birthday clocks are left out.
	BirthDate date.Date
}

// ClocksFor is Clocks for a child whose date of birth is known.
func ClocksFor(child Child, items []*Item, std Standards, cal *workday.Calendar, today date.Date) []Clock {
	c := &clocker{std: std, cal: cal, today: today, byID: map[int64]*Item{}, child: child}
	for _, it := range items {
		if it.EnteredInError || it.K() == nil {
			continue
		}
		c.items = append(c.items, it)
		c.byID[it.ID] = it
	}
	slices.SortStableFunc(c.items, func(a, b *Item) int { return cmp.Compare(a.StartDate().String(), b.StartDate().String()) })
	for _, it := range c.items {
		switch it.Kind {
		case "contact":
			c.contact(it)
		case "referral":
			c.referral(it)
		case "early_help":
			c.earlyHelp(it)
		case "care_period":
			c.carePeriod(it)
		case "missing":
			c.missing(it)
		case "care_leaver":
			c.careLeaver(it)
		case "adoption": // clocks_care.go
			c.adoption(it)
		case "legal_order":
			c.dischargeApplication(it)
		case "private_fostering": // clocks_cohorts.go
			c.privateFostering(it)
		case "lado":
			c.lado(it)
		}
	}
	slices.SortStableFunc(c.out, func(a, b Clock) int {
		return cmp.Or(cmp.Compare(a.Due.String(), b.Due.String()), cmp.Compare(a.Name, b.Name))
	})
	return c.out
}

type clocker struct {
	std   Standards
	cal   *workday.Calendar
	today date.Date
	items []*Item
	byID  map[int64]*Item
	out   []Clock
	child Child
}

// wd is a due date n working days after start, in the council's counting convention.
func (c *clocker) wd(start date.Date, n int) date.Date { return c.cal.Due(start, n, c.std.Convention) }

func weeks(d date.Date, n int) date.Date { return d.AddDays(7 * n) }

// emit finishes a clock: it stops at stop (the end of its episode) if not met by then, and
// its state is evaluated as at today, or as at the stop.
func (c *clocker) emit(k Clock, stop date.Date) *Clock {
	if k.Due.IsZero() || k.Start.IsZero() {
		return nil
	}
	met := !k.Done.IsZero() && !k.Done.After(c.today)
	if !met && !stop.IsZero() && !stop.After(c.today) && (k.Done.IsZero() || k.Done.After(stop)) {
		k.Stopped = stop
		k.Done = date.Date{}
		k.State = workday.Evaluate(k.Due, date.Date{}, stop)
	} else {
		k.State = workday.Evaluate(k.Due, k.Done, c.today)
	}
	c.out = append(c.out, k)
	return &c.out[len(c.out)-1]
}

// in returns the live items of kind in the episode (referral) ep, oldest first.
func (c *clocker) in(ep int64, kind string) []*Item {
	var out []*Item
	for _, it := range c.items {
		if it.Kind == kind && it.EpisodeID == ep {
			out = append(out, it)
		}
	}
	return out
}

// first returns the earliest date of field among items for which ok holds, or zero.
func first(items []*Item, field string, ok func(*Item, date.Date) bool) (date.Date, *Item) {
	var best date.Date
	var bi *Item
	for _, it := range items {
		d := it.Date(field)
		if d.IsZero() || (ok != nil && !ok(it, d)) {
			continue
		}
		if best.IsZero() || d.Before(best) {
			best, bi = d, it
		}
	}
	return best, bi
}

func onOrAfter(from date.Date) func(*Item, date.Date) bool {
	return func(_ *Item, d date.Date) bool { return !d.Before(from) }
}

// within reports whether d falls in [from, to] (to zero: open).
func within(d, from, to date.Date) bool {
	return !d.IsZero() && !d.Before(from) && (to.IsZero() || !d.After(to))
}

// R-A01: a decision on a contact.
func (c *clocker) contact(it *Item) {
	start := it.Date("received")
	c.emit(Clock{PersonID: it.PersonID, ItemID: it.ID, Rule: "R-A01",
		Name:  fmt.Sprintf("Contact decision within %s", plural(c.std.ContactDecisionWD, "working day")),
		Start: start, Due: c.wd(start, c.std.ContactDecisionWD), Done: it.Date("decided"),
		Record: "contact", Complete: it.ID}, date.Date{})
}

func (c *clocker) referral(r *Item) {
	rs, end := r.StartDate(), r.EndDate()
	base := Clock{PersonID: r.PersonID, ItemID: r.ID}
	assessments := c.in(r.ID, "assessment")

	// R-A02, the Working Together measure: authorised within 45 working days of the referral.
	if !r.Is("nfa") {
		k := base
		k.Rule, k.Record = "R-A02", "assessment"
		k.Name = fmt.Sprintf("Assessment within %s of the referral", plural(c.std.AssessmentWD, "working day"))
		k.Start, k.Due = rs, c.wd(rs, c.std.AssessmentWD)
		k.Done, _ = first(assessments, "authorised", nil)
		if _, open := first(assessments, "start", func(a *Item, _ date.Date) bool { return a.Get("authorised") == "" }); open != nil {
			k.Complete = open.ID
		}
		c.emit(k, end)
	}
	for _, a := range assessments {
		// R-A02: the manager's target date for this child.
		if t := a.Date("target"); !t.IsZero() {
			k := base
			k.ItemID, k.Rule, k.Record, k.Complete = a.ID, "R-A02", "assessment", a.ID
			k.Name, k.Start, k.Due, k.Done = "Assessment by the manager’s target date", a.StartDate(), t, a.Date("authorised")
			c.emit(k, end)
		}
		// R-C01: a child in need plan after an assessment that decided on one.
		if a.Get("outcome") == "cin_plan" {
			from := cmp.Or(a.Date("authorised"), a.Date("completed"))
			if !from.IsZero() {
				k := base
				k.ItemID, k.Rule, k.Record = a.ID, "R-C01", "cin_plan"
				k.Name = fmt.Sprintf("Child in need plan within %s of the assessment", plural(c.std.CINPlanDays, "day"))
				k.Start, k.Due = from, from.AddDays(c.std.CINPlanDays)
				k.Done, _ = first(c.in(r.ID, "cin_plan"), "start", onOrAfter(a.StartDate()))
				c.emit(k, end)
			}
		}
		// R-A03: a strategy discussion after an assessment that decided on one.
		if a.Get("outcome") == "strategy" {
			if from := a.Date("completed"); !from.IsZero() {
				c.strategy(base, r, a.ID, from, end)
			}
		}
	}
	// R-A03: a strategy discussion after a contact decided as needing one.
	if ct := c.byID[r.ParentID]; ct != nil && ct.Kind == "contact" && ct.Get("decision") == "strategy" {
		c.strategy(base, r, r.ID, cmp.Or(ct.Date("decided"), rs), end)
	}
	for _, s := range c.in(r.ID, "s47") {
		c.s47(base, r, s, end)
	}
	for _, cf := range c.in(r.ID, "conference") {
		c.report(base, cf, end)
	}
	for _, p := range c.in(r.ID, "cp_plan") {
		c.cpPlan(base, r, p)
	}
	for _, p := range c.in(r.ID, "cin_plan") {
		c.cinPlan(base, p)
	}
	for _, p := range c.in(r.ID, "plo") {
		c.plo(base, p, end)
	}
	c.oversight(base, r)
	c.significantChange(base, r, assessments)
}

func (c *clocker) strategy(base Clock, r *Item, itemID int64, from, end date.Date) {
	k := base
	k.ItemID, k.Rule, k.Record = itemID, "R-A03", "strategy"
	k.Name = fmt.Sprintf("Strategy discussion within %s", plural(c.std.StrategyWD, "working day"))
	k.Start, k.Due = from, c.wd(from, c.std.StrategyWD)
	k.Done, _ = first(c.in(r.ID, "strategy"), "held", onOrAfter(from))
	c.emit(k, end)
}

// R-A04 and R-B01: the enquiry completed, and the initial conference held.
func (c *clocker) s47(base Clock, r, s *Item, end date.Date) {
	start := s.StartDate()
	k := base
	k.ItemID, k.Rule, k.Record, k.Complete = s.ID, "R-A04", "s47", s.ID
	k.Name = fmt.Sprintf("Section 47 enquiry completed within %s", plural(c.std.S47WD, "working day"))
	k.Start, k.Due, k.Done = start, c.wd(start, c.std.S47WD), s.Date("completed")
	c.emit(k, end)

	k = base
	k.ItemID, k.Rule, k.Record = s.ID, "R-B01", "conference"
	k.Name = fmt.Sprintf("Initial conference within %s of the section 47 start", plural(c.std.ICPCWD, "working day"))
	k.Start, k.Due = start, c.wd(start, c.std.ICPCWD)
	k.Done, _ = first(c.in(r.ID, "conference"), "date", func(cf *Item, d date.Date) bool {
		return cf.Get("type") == "initial" && !d.Before(start)
	})
	noConference := k.Done.IsZero() && s.Get("icpc_needed") == "no" && !s.Date("completed").IsZero() && !s.Date("completed").After(c.today)
	if noConference {
		k.Done, k.Note = s.Date("completed"), "No initial conference needed"
	}
	if last := c.emit(k, end); last != nil && noConference && last.Stopped.IsZero() {
		// The enquiry found no conference is needed: the clock closes with that outcome,
		// never as late (R-B01).
		last.State = workday.CompletedOnTime
	}
}

// R-B02: the social worker's report shared with the parents before a conference. The moment
// passes at the conference: a report not shared by then stops the clock, overdue.
func (c *clocker) report(base Clock, cf *Item, end date.Date) {
	on := cf.StartDate()
	n, what := c.std.ICPCReportWD, "initial"
	if cf.Get("type") == "review" {
		n, what = c.std.RCPCReportWD, "review"
	}
	k := base
	k.ItemID, k.Rule, k.Record, k.Complete = cf.ID, "R-B02", "conference", cf.ID
	k.Name = fmt.Sprintf("Report shared with parents %s before the %s conference", plural(n, "working day"), what)
	k.Start, k.Due, k.Done = on, c.cal.Due(on, -n, c.std.Convention), cf.Date("report_shared")
	if cf.Get("shared_how") == "not_shared" {
		k.Done, k.Note = date.Date{}, "Recorded as not shared"
	}
	stop := on
	if !end.IsZero() && end.Before(on) {
		stop = end
	}
	c.emit(k, stop)
}

// A cycle is a rolling clock (§0.3.4): it starts at start, each event meets the clock that
// is running and starts the next one from its actual date, until the episode ends.
type cycle struct {
	base       Clock
	start, end date.Date
	events     []date.Date // sorted
	// due gives the due date of the clock started at from; n is how many events came before.
	due  func(from date.Date, n int) date.Date
	name func(n int) string
	// nameAt, when set, names the clock from its start instead (the interval depends on it).
	nameAt func(from date.Date, n int) string
}

func (c *clocker) cycle(cy cycle) {
	from := cy.start
	for n := 0; ; n++ {
		if !cy.end.IsZero() && n > 0 && !from.Before(cy.end) {
			return // the episode ended on the day of the last event
		}
		k := cy.base
		if cy.nameAt != nil {
			k.Name, k.Start, k.Due = cy.nameAt(from, n), from, cy.due(from, n)
		} else {
			k.Name, k.Start, k.Due = cy.name(n), from, cy.due(from, n)
		}
		for _, e := range cy.events {
			if (e.After(from) || (n == 0 && e.Equal(from))) && (cy.end.IsZero() || !e.After(cy.end)) && !e.After(c.today) {
				k.Done = e
				break
			}
		}
		c.emit(k, cy.end)
		if k.Done.IsZero() {
			return
		}
		from = k.Done
	}
}

func dates(items []*Item, field string, ok func(*Item) bool) []date.Date {
	var ds []date.Date
	for _, it := range items {
		if d := it.Date(field); !d.IsZero() && (ok == nil || ok(it)) {
			ds = append(ds, d)
		}
	}
	slices.SortFunc(ds, func(a, b date.Date) int { return cmp.Compare(a.String(), b.String()) })
	return ds
}

func (c *clocker) ofKind(kind string, ok func(*Item) bool) []*Item {
	var out []*Item
	for _, it := range c.items {
		if it.Kind == kind && (ok == nil || ok(it)) {
			out = append(out, it)
		}
	}
	return out
}

// seenVisits returns the dates of visits at which the child was seen, within [from, to].
func (c *clocker) seenVisits(from, to date.Date) []date.Date {
	return dates(c.ofKind("visit", func(v *Item) bool { return v.Is("seen") && within(v.StartDate(), from, to) }), "date", nil)
}

func (c *clocker) cpPlan(base Clock, r, p *Item) {
	ps, pe := p.StartDate(), p.EndDate()
	base.ItemID = p.ID
	std := c.std

	// R-B03: the first core group within 10 working days of the initial conference, then at
	// most every 28 days.
	k := base
	k.Rule, k.Record = "R-B03", "core_group"
	c.cycle(cycle{base: k, start: ps, end: pe,
		events: dates(c.ofKind("core_group", func(g *Item) bool { return g.ParentID == p.ID }), "date", nil),
		due: func(from date.Date, n int) date.Date {
			if n == 0 {
				return c.wd(from, std.CoreGroupFirstWD)
			}
			return from.AddDays(std.CoreGroupIntervalDays)
		},
		name: func(n int) string {
			if n == 0 {
				return fmt.Sprintf("First core group within %s of the initial conference", plural(std.CoreGroupFirstWD, "working day"))
			}
			return fmt.Sprintf("Core group within %s of the last", plural(std.CoreGroupIntervalDays, "day"))
		}})

	// R-B04: the first review conference within 3 months, then at most every 6 months.
	k = base
	k.Rule, k.Record = "R-B04", "conference"
	c.cycle(cycle{base: k, start: ps, end: pe,
		events: dates(c.in(r.ID, "conference"), "date", func(cf *Item) bool {
			return cf.Get("type") == "review" && cf.StartDate().After(ps)
		}),
		due: func(from date.Date, n int) date.Date {
			if n == 0 {
				return workday.AddMonthsClamped(from, std.RCPCFirstMonths)
			}
			return workday.AddMonthsClamped(from, std.RCPCIntervalMonths)
		},
		name: func(n int) string {
			if n == 0 {
				return fmt.Sprintf("First review conference within %s", plural(std.RCPCFirstMonths, "month"))
			}
			return fmt.Sprintf("Review conference within %s of the last", plural(std.RCPCIntervalMonths, "month"))
		}})

	// R-B05: the child seen every 10 working days, rolling from the last visit.
	k = base
	k.Rule, k.Record = "R-B05", "visit"
	c.cycle(cycle{base: k, start: ps, end: pe, events: c.seenVisits(ps, pe),
		due: func(from date.Date, _ int) date.Date { return c.wd(from, std.CPVisitWD) },
		name: func(int) string {
			return fmt.Sprintf("Child protection visit (child seen) within %s", plural(std.CPVisitWD, "working day"))
		}})

	// R-B07: plans open 9 months, 18 months and two years are flagged. While the plan is open
	// only the latest line crossed and the next are shown.
	lines := []struct {
		months int
		name   string
	}{
		{std.CPPlanAlert1Months, "Child protection plan open %s: management review"},
		{std.CPPlanAlert2Months, "Child protection plan open %s: management review"},
		{std.CPPlanLongMonths, "Child protection plan open %s (DfE: two years or more)"},
	}
	for i, l := range lines {
		due := workday.AddMonthsClamped(ps, l.months)
		if pe.IsZero() && i+1 < len(lines) && c.today.After(workday.AddMonthsClamped(ps, lines[i+1].months)) {
			continue // superseded by a later line, also crossed
		}
		k = base
		k.Rule, k.Record, k.Alert = "R-B07", "oversight", true
		k.Name, k.Start, k.Due, k.Done = fmt.Sprintf(l.name, plural(l.months, "month")), ps, due, pe
		c.emit(k, date.Date{})
	}
}

// R-C01: child in need reviews and visits.
func (c *clocker) cinPlan(base Clock, p *Item) {
	ps, pe := p.StartDate(), p.EndDate()
	base.ItemID = p.ID
	std := c.std
	k := base
	k.Rule, k.Record = "R-C01", "cin_review"
	c.cycle(cycle{base: k, start: ps, end: pe,
		events: dates(c.ofKind("cin_review", func(rv *Item) bool { return rv.ParentID == p.ID }), "date", nil),
		due:    func(from date.Date, _ int) date.Date { return weeks(from, std.CINReviewWeeks) },
		name: func(int) string {
			return fmt.Sprintf("Child in need review within %s", plural(std.CINReviewWeeks, "week"))
		}})
	k = base
	k.Rule, k.Record = "R-C01", "visit"
	c.cycle(cycle{base: k, start: ps, end: pe, events: c.seenVisits(ps, pe),
		due: func(from date.Date, _ int) date.Date { return c.wd(from, std.CINVisitWD) },
		name: func(int) string {
			return fmt.Sprintf("Child in need visit (child seen) within %s", plural(std.CINVisitWD, "working day"))
		}})
}

// R-D01: pre-proceedings flagged at 12 weeks and decided within 16, from the letter before
// proceedings (or the legal planning meeting until a letter is sent).
func (c *clocker) plo(base Clock, p *Item, end date.Date) {
	start := cmp.Or(p.Date("letter"), p.StartDate())
	done := p.Date("outcome_date")
	if p.Get("outcome") == "extend" {
		done = date.Date{}
	}
	k := base
	k.ItemID, k.Rule, k.Record, k.Complete, k.Alert = p.ID, "R-D01", "plo", p.ID, true
	k.Name = fmt.Sprintf("Pre-proceedings open %s", plural(c.std.PLOAlertWeeks, "week"))
	k.Start, k.Due, k.Done = start, weeks(start, c.std.PLOAlertWeeks), done
	c.emit(k, end)
	k.Alert = false
	k.Name = fmt.Sprintf("Pre-proceedings decision within %s", plural(c.std.PLOMaxWeeks, "week"))
	k.Due = weeks(start, c.std.PLOMaxWeeks)
	c.emit(k, end)
}

// R-L01: management oversight of the child at least every 8 weeks while the referral is
// open, sooner when the last oversight set an earlier date.
func (c *clocker) oversight(base Clock, r *Item) {
	rs, end := r.StartDate(), r.EndDate()
	os := c.ofKind("oversight", func(o *Item) bool { return within(o.StartDate(), rs, end) })
	next := map[string]date.Date{}
	for _, o := range os {
		next[o.StartDate().String()] = o.Date("next")
	}
	k := base
	k.Rule, k.Record = "R-L01", "oversight"
	std := c.std
	c.cycle(cycle{base: k, start: rs, end: end, events: dates(os, "date", nil),
		due: func(from date.Date, n int) date.Date {
			d := weeks(from, std.OversightWeeks)
			if nx := next[from.String()]; n > 0 && !nx.IsZero() && nx.Before(d) {
				return nx
			}
			return d
		},
		name: func(int) string {
			return fmt.Sprintf("Management oversight within %s", plural(std.OversightWeeks, "week"))
		}})
}

// An assessment completed after a visit or case note records a significant change while the
// referral is open (local standard).
func (c *clocker) significantChange(base Clock, r *Item, assessments []*Item) {
	rs, end := r.StartDate(), r.EndDate()
	for _, it := range c.items {
		if (it.Kind != "visit" && it.Kind != "case_note") || !it.Is("significant_change") || !within(it.StartDate(), rs, end) {
			continue
		}
		on := it.StartDate()
		k := base
		k.ItemID, k.Rule, k.Record = it.ID, "Local", "assessment"
		k.Name = fmt.Sprintf("Assessment updated within %s of a significant change", plural(c.std.AssessmentUpdateWD, "working day"))
		k.Start, k.Due = on, c.wd(on, c.std.AssessmentUpdateWD)
		k.Done, _ = first(assessments, "completed", onOrAfter(on))
		if _, open := first(assessments, "start", func(a *Item, _ date.Date) bool { return a.Get("completed") == "" }); open != nil {
			k.Complete = open.ID
		}
		c.emit(k, end)
	}
}

// Early help: team around the family reviews every 12 weeks while the episode is open.
func (c *clocker) earlyHelp(eh *Item) {
	start, end := eh.StartDate(), eh.EndDate()
	ms := c.ofKind("family_meeting", func(m *Item) bool { return m.ParentID == eh.ID })
	next := map[string]date.Date{}
	for _, m := range ms {
		next[m.StartDate().String()] = m.Date("next")
	}
	std := c.std
	c.cycle(cycle{base: Clock{PersonID: eh.PersonID, ItemID: eh.ID, Rule: "§2.K", Record: "family_meeting"}, start: start, end: end,
		events: dates(ms, "date", nil),
		due: func(from date.Date, n int) date.Date {
			d := weeks(from, std.EarlyHelpReviewWeeks)
			if nx := next[from.String()]; n > 0 && !nx.IsZero() && nx.Before(d) {
				return nx
			}
			return d
		},
		name: func(int) string {
			return fmt.Sprintf("Early help review within %s", plural(std.EarlyHelpReviewWeeks, "week"))
		}})
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

package demo

import (
	"fmt"
	"slices"
	"time"

	"ourchild/internal/casework"
	"ourchild/internal/date"
	"ourchild/internal/person"
	"ourchild/internal/store"
	"ourchild/internal/workday"
)

// The casework of each child: a journey through contacts, early help, referrals,
// assessments, strategy discussions, section 47 enquiries, conferences, plans, visits, case
// notes and management oversight, over the ten years up to the demo's today.
//
// A family's involvement is planned once, as a course of dates and decisions, and each child
// in it gets their own records on those dates (a child protection plan is a child's, not a
// family's). The current and the last closed episode follow the dates the chronology already
// tells (involvement.go); earlier episodes fill the decade at the rates DfE publishes
// (volumes.md), so that about 0.9 referrals are recorded per person, as in a council the
// size of Manchester over ten years. Records on dates after today are left out, which is
// what makes the current episodes' work open now: assessments in progress, plans running,
// visits and reviews due.

// cal counts working days as the casework clocks do.
var cal = workday.EnglandAndWales()

// casePerPerson is a little more than the records generated per person, for sizing slices.
const casePerPerson = 22

// historyYears is how far back the casework goes.
const historyYears = 10

// A course is one episode of a family's involvement: its dates and decisions.
type course struct {
	st     int // an episode status (stMASH …) for the current episode, -1 for a closed one
	th     *theme
	source string
	w      crew

	contact          date.Date // the contact that started it (the early help request for stEH)
	at               string    // its time, HH:MM
	ooh              bool
	decided          date.Date // zero: awaiting a decision
	decision         string
	earlier          []date.Date // earlier contacts about the family that were not referred
	referral         date.Date   // zero: no referral (front door, early help)
	nfa              bool
	need             string
	aStart, aDone    date.Date // the assessment's start and authorisation (zero: in progress)
	aTarget          date.Date
	aOutcome         string
	noFactors        bool
	strategy         date.Date
	s47Done          date.Date
	s47Out           string
	icpc             date.Date
	icpcPlan         bool
	icpcOut          string // the initial conference's decision when there is no plan
	cat, latest      string
	reviews          []date.Date // review conferences
	cpEnd            date.Date
	cpEndDecision    string
	plo              *ploCourse
	cinStart, cinEnd date.Date
	cinReviews       []date.Date
	care             date.Date
	cla              *episode // the story of the child in care (care.go)
	closure          date.Date
	reason           string
	eh               *ehCourse
	lateVisits       bool // visits stopped a while ago: the visit clock is overdue
	showcase         bool
}

// crew are the workers of a course.
type crew struct {
	front, assess, long, iro, eh          int64
	frontTeam, assessTeam, longTeam, ehTm int64
}

type ehCourse struct {
	start, assessed, end date.Date
	meetings             []date.Date
	outcome              string
}

type ploCourse struct {
	lpm, letter, meeting, outcomeDate date.Date
	reviews                           []date.Date
	outcome                           string
}

// journeys writes the casework of a family: earlier episodes, then the closed one and the
// current one the chronology tells. It draws from g.jr, not g.r.
func (g *gen) journeys(f *family, cur, past *episode) {
	r := g.r
	g.r = g.jr
	defer func() { g.r = r }()

	limit := g.today.AddDays(-30)
	for _, e := range []*episode{past, cur} {
		if e != nil {
			limit = earlier(limit, e.start.AddDays(-30))
		}
	}
	g.history(f, limit)
	if past != nil {
		co := g.fromEpisode(f, past)
		g.emitFamily(f, co, func(c *person.Person) (int, bool) {
			return 0, !c.Unborn() && !c.DateOfBirth.After(co.referral)
		})
	}
	if cur != nil {
		co := g.fromEpisode(f, cur)
		g.emitFamily(f, co, func(c *person.Person) (int, bool) {
			// A child born or expected after the episode began has their own referral, from
			// 38 weeks before their birth (CIN rule 8606), on the family's course.
			birth := c.DateOfBirth
			if c.Unborn() {
				birth = c.ExpectedDateOfBirth
			}
			from := birth.AddDays(-266)
			shift := 0
			if from.After(co.contact) {
				shift = co.contact.DaysUntil(from)
			}
			return shift, true
		})
	}
}

// emitFamily writes a course for each child who is part of it (include), a contact about
// several children sharing a reference.
func (g *gen) emitFamily(f *family, co *course, include func(c *person.Person) (shift int, ok bool)) {
	groups := map[string]string{}
	for _, c := range f.kids {
		shift, ok := include(c)
		if !ok {
			continue
		}
		j := &journey{g: g, co: co, c: c, k: newKid(c), eldest: f.eldest, shift: shift, groups: groups}
		j.write()
	}
}

// history adds the family's earlier episodes, each closed before limit: referrals (some
// within a year of the last, as DfE re-referrals), early help, and contacts that went no
// further. About 0.9 referrals per person over ten years.
func (g *gen) history(f *family, limit date.Date) {
	first := f.kids[0]
	if first.Unborn() {
		return
	}
	from := later(g.today.AddDate(-historyYears, 0, 0), first.DateOfBirth.AddDays(g.between(30, 400)))
	t := from.AddDays(g.between(0, 900))
	var lastRef date.Date
	hadPlan := false
	for range 12 {
		start := t
		if !lastRef.IsZero() && g.chance(0.42) {
			// A re-referral: within a year of the last one.
			if edge := lastRef.AddDays(360); edge.After(t.AddDays(14)) {
				start = g.days(t, 7, t.DaysUntil(edge))
			}
		} else if !lastRef.IsZero() {
			start = later(t, lastRef.AddDays(370)).AddDays(g.between(280, 2300))
		}
		kids := bornBy(f, start)
		if len(kids) == 0 {
			t = start.AddDays(180)
			continue
		}
		var co *course
		switch x := g.r.IntN(100); {
		case x < 12:
			co = g.earlyHelpCourse(start)
		case x < 20:
			co = g.contactsOnly(start)
		default:
			co = g.closedCourse(f, start, hadPlan)
		}
		co.settle()
		end := co.last()
		if !end.Before(limit) {
			return
		}
		if co.cpEnd.After(co.referral) {
			hadPlan = true
		}
		g.emitFamily(f, co, func(c *person.Person) (int, bool) {
			return 0, !c.Unborn() && !c.DateOfBirth.After(start)
		})
		if !co.referral.IsZero() {
			lastRef = co.referral
		}
		t = end.AddDays(g.between(1, 30))
		if co.eh != nil && co.eh.outcome == "step_up" {
			t = co.eh.end // stepped up: the referral follows at once
		}
	}
}

// settle keeps the assessment's authorisation within the referral: an assessment that would
// run on past a plan's end is authorised on the day the referral closes.
func (co *course) settle() {
	if !co.closure.IsZero() && co.aDone.After(co.closure) {
		co.aDone = co.closure
	}
}

// bornBy returns the family's children born on or before d.
func bornBy(f *family, d date.Date) []*person.Person {
	var out []*person.Person
	for _, c := range f.kids {
		if !c.Unborn() && !c.DateOfBirth.After(d) {
			out = append(out, c)
		}
	}
	return out
}

// last is the course's last date.
func (co *course) last() date.Date {
	d := later(co.contact, co.closure)
	if co.eh != nil {
		d = later(d, co.eh.end)
	}
	if co.closure.IsZero() && co.eh == nil {
		d = later(d, co.decided)
	}
	return d
}

// bankHolidays are cal's, by day number: wd and weekday count working days as cal does, a
// few million times for a large demo, without its locks.
var bankHolidays = func() map[int]bool {
	m := map[int]bool{}
	for _, h := range cal.Holidays() {
		m[dayNumber(h.Date)] = true
	}
	return m
}()

func dayNumber(d date.Date) int { return d.Year()*10000 + int(d.Month())*100 + d.Day() }

func working(d date.Date) bool {
	switch d.Weekday() {
	case time.Saturday, time.Sunday:
		return false
	}
	return !bankHolidays[dayNumber(d)]
}

// wd is the n-th working day after d (before it, for n < 0), as cal.AddWorkingDays.
func wd(d date.Date, n int) date.Date {
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	for n > 0 {
		d = d.AddDays(step)
		if working(d) {
			n--
		}
	}
	return d
}

// weekday moves d forward to a working day.
func weekday(d date.Date) date.Date {
	for !working(d) {
		d = d.AddDays(1)
	}
	return d
}

// newCourse starts a course with a contact on d.
func (g *gen) newCourse(d date.Date, th *theme) *course {
	co := &course{st: -1, th: th, contact: d, source: pickW(g, th.sources)}
	co.w.front, co.w.frontTeam = g.worker(kMASH)
	co.w.assess, co.w.assessTeam = g.worker(kAssess)
	if g.chance(0.08) { // out of hours: an evening or a weekend
		co.ooh = true
		co.at = fmt.Sprintf("%02d:%02d", pick(g, []int{18, 19, 20, 21, 22, 23, 0, 1, 2, 6}), g.r.IntN(60))
	} else {
		co.contact = weekday(d)
		co.at = fmt.Sprintf("%02d:%02d", g.between(8, 16), g.r.IntN(60))
	}
	for range g.between(0, 2) { // earlier contacts about the family that went no further
		co.earlier = append(co.earlier, d.AddDays(-g.between(20, 200)))
	}
	slices.SortFunc(co.earlier, cmpDate)
	return co
}

// assessDays draws an assessment's length in working days from the DfE bands (C2, 2025):
// median about 33, 86% within 45.
func (g *gen) assessDays() int {
	switch b := pickW(g, assessBands); b {
	case 0:
		return 0
	default:
		return g.between(assessBandEdges[b-1]+1, assessBandEdges[b])
	}
}

var (
	assessBands     = []weighted[int]{w(18, 0), w(70, 1), w(120, 2), w(158, 3), w(202, 4), w(189, 5), w(58, 6), w(43, 7), w(42, 8)}
	assessBandEdges = []int{0, 10, 20, 30, 40, 45, 50, 60, 80}
	// icpcDays: working days from the enquiry's start to the initial conference (DfE C4,
	// 2025): 81% within 15.
	icpcBands = []weighted[[2]int]{w(9, [2]int{5, 10}), w(72, [2]int{11, 15}), w(10, [2]int{16, 20}), w(9, [2]int{21, 30})}
	// needs are the primary needs of referrals that are not about abuse or neglect.
	categories = []weighted[string]{w(50, "NEG"), w(35, "EMO"), w(8, "PHY"), w(4, "SAB"), w(3, "MUL")}
	// cpLengths are how long plans last, in months (DfE D5 shape): mostly 3 to 12, a few
	// over two years.
	cpLengths = []weighted[[2]int]{w(22, [2]int{3, 3}), w(25, [2]int{4, 6}), w(32, [2]int{7, 12}), w(17, [2]int{13, 24}), w(4, [2]int{25, 30})}
)

// closedCourse plans a closed referral starting about d, at DfE's rates: 6.5% no further
// action, about 30% assessed as not in need, 35% with a section 47 enquiry (a third of them
// going to an initial conference), the rest a child in need plan.
func (g *gen) closedCourse(f *family, d date.Date, hadPlan bool) *course {
	x := g.r.IntN(1000)
	if hadPlan && x >= 65 && g.chance(0.55) {
		x = 999 // families with a plan before come back to one more often: second plans
	}
	th := pickW(g, themeMix)
	if x >= 880 {
		th = themeFor(pickW(g, categories))
	}
	co := g.newCourse(d, th)
	co.decided = co.contact
	co.decision = "referral"
	co.referral = weekday(co.contact.AddDays(g.between(0, 1)))
	co.need = pickW(g, th.needs)
	switch {
	case x < 65: // no further action
		co.nfa = true
		co.need = ""
		co.closure = co.referral.AddDays(g.between(0, 2))
		co.reason = "RC7"
		return co
	case x < 370: // assessed: not in need
		g.assess(co, co.referral)
		co.noFactors = g.chance(0.4)
		co.aOutcome = "nfa"
		co.reason = "RC8"
		if !co.noFactors && g.chance(0.35) {
			co.aOutcome, co.reason = "early_help", "RC9"
		}
		// Closed on the day the assessment is authorised, so that both fall in one census
		// year (an RC8 closure with no factors must be seen with its assessment: 8873, 8825Q).
		co.closure = co.aDone
		if co.reason == "RC9" {
			co.eh = g.ehAfter(co.closure)
		}
		return co
	case x < 610: // a section 47 enquiry that does not go to conference
		co.decision = "strategy"
		g.assess(co, co.referral)
		co.strategy = wd(co.referral, g.between(0, 2))
		co.s47Done = wd(co.strategy, g.between(5, 15))
		co.s47Out = pick(g, []string{"assessment", "services", "nfa", "monitor"})
		co.aDone = later(co.aDone, co.s47Done)
		if co.s47Out == "services" || co.s47Out == "assessment" && g.chance(0.5) {
			co.aOutcome = "cin_plan"
			g.cinPlan(co, wd(co.aDone, g.between(2, 10)))
		} else {
			co.aOutcome = "nfa"
			co.closure = co.aDone.AddDays(g.between(0, 10))
			co.reason = "RC7"
		}
		return co
	case x < 880: // assessed: a child in need plan
		g.assess(co, co.referral)
		co.aOutcome = "cin_plan"
		g.cinPlan(co, wd(co.aDone, g.between(2, 10)))
		return co
	}
	// A section 47 enquiry that goes to an initial conference.
	co.decision = "strategy"
	co.need = "N1"
	g.assess(co, co.referral)
	co.strategy = wd(co.referral, g.between(0, 2))
	band := pickW(g, icpcBands)
	co.icpc = wd(co.strategy, g.between(band[0], band[1]))
	co.s47Done = wd(co.icpc, -g.between(1, 3))
	if co.s47Done.Before(co.strategy) {
		co.s47Done = co.strategy
	}
	co.s47Out = "icpc"
	co.aDone = later(co.aDone, co.icpc)
	co.aOutcome = "other" // the enquiry and the conference decide what happens next
	if g.chance(0.14) {   // no plan: supported as a child in need, or no further action
		co.icpcOut = pick(g, []string{"end_cin", "end_cin", "end_nfa"})
		if co.icpcOut == "end_cin" {
			g.cinPlan(co, co.icpc)
		} else {
			co.closure, co.reason = later(co.aDone, co.icpc).AddDays(g.between(0, 10)), "RC7"
		}
		return co
	}
	g.cpPlan(co, co.icpc)
	return co
}

// assess starts the assessment on d and decides when it is authorised.
func (g *gen) assess(co *course, d date.Date) {
	co.aStart = d
	n := g.assessDays()
	co.aDone = wd(d, n)
	co.aTarget = wd(d, pick(g, []int{15, 20, 25, 30, 35, 45, 45}))
	if co.aTarget.Before(co.aDone) && g.chance(0.5) {
		co.aTarget = wd(d, 45)
	}
}

// cpPlan runs a child protection plan from the initial conference on d: review conferences
// three months on and then every six, ending at one of them with a step down.
func (g *gen) cpPlan(co *course, d date.Date) {
	co.icpcPlan = true
	co.w.long, co.w.longTeam = g.worker(kCP)
	co.w.iro = pick(g, g.iros)
	co.cat = co.th.category
	co.latest = co.cat
	months := pickW(g, cpLengths)
	end := workday.AddMonthsClamped(d, g.between(months[0], months[1]))
	r := weekday(workday.AddMonthsClamped(d, 3).AddDays(-g.between(0, 14)))
	for {
		co.reviews = append(co.reviews, r)
		if !r.Before(end.AddDays(-20)) {
			break
		}
		next := weekday(workday.AddMonthsClamped(r, 6).AddDays(-g.between(0, 20)))
		if next.After(end) {
			next = weekday(later(end, r.AddDays(28)))
		}
		r = next
	}
	co.cpEnd = co.reviews[len(co.reviews)-1]
	if len(co.reviews) > 1 && g.chance(0.1) {
		co.latest = pick(g, []string{"NEG", "EMO", "MUL"})
	}
	if co.cpEnd.DaysUntil(co.icpc) < -270 && g.chance(0.12) {
		co.plo = g.ploCourse(wd(co.reviews[0], g.between(5, 20)), co.cpEnd)
	}
	switch x := g.r.IntN(100); {
	case x < 60:
		co.cpEndDecision = "end_cin"
		g.cinPlan(co, co.cpEnd)
	case x < 80:
		co.cpEndDecision = "end_eh"
		co.closure, co.reason = co.cpEnd, "RC7"
		co.eh = g.ehAfter(co.closure)
	default:
		co.cpEndDecision = "end_nfa"
		co.closure, co.reason = co.cpEnd, "RC7"
	}
}

// ploCourse is pre-proceedings from a legal planning meeting on d, ending by end.
func (g *gen) ploCourse(d, end date.Date) *ploCourse {
	p := &ploCourse{lpm: d, letter: wd(d, g.between(2, 5))}
	p.meeting = wd(p.letter, g.between(3, 7))
	for r := wd(p.meeting, 30); r.Before(end); r = wd(r, 30) {
		p.reviews = append(p.reviews, r)
	}
	p.outcomeDate = earlier(end, wd(p.meeting, 80))
	if p.outcomeDate.Before(p.meeting) {
		p.outcomeDate = p.meeting
	}
	p.outcome = "step_out"
	return p
}

// cinPlan runs a child in need plan from d, reviewed about every three months, then closes
// the referral.
func (g *gen) cinPlan(co *course, d date.Date) {
	if co.w.long == 0 || co.icpcPlan {
		co.w.long, co.w.longTeam = g.worker(kCIN)
	}
	co.cinStart = d
	months := pick(g, []int{3, 4, 6, 6, 8, 9, 12, 15, 18})
	co.cinEnd = weekday(workday.AddMonthsClamped(d, months).AddDays(g.between(-10, 10)))
	for r := wd(d, g.between(20, 30)); r.Before(co.cinEnd); r = wd(r, g.between(24, 31)) {
		co.cinReviews = append(co.cinReviews, r)
	}
	co.closure, co.reason = co.cinEnd, "RC7"
	if g.chance(0.15) {
		co.eh = g.ehAfter(co.closure)
	}
}

// reviewsBetween fills the gaps between a current plan's reviews that the chronology tells
// (about every three months, or every year for short breaks) with reviews every five or six
// weeks up to today, as the council's standard asks; now and then the last is late.
func (g *gen) reviewsBetween(start date.Date, told []date.Date) []date.Date {
	stop := g.today
	if g.chance(0.12) {
		stop = g.today.AddDays(-g.between(45, 70))
	}
	var out []date.Date
	last := start
	end := stop.AddDays(15) // after the last review the chronology tells, on to today
	for _, t := range append(slices.Clone(told), end) {
		for r := wd(last, g.between(22, 27)); r.Before(t.AddDays(-14)) && !r.After(stop); r = wd(r, g.between(22, 27)) {
			out = append(out, r)
		}
		if !t.After(stop) {
			out = append(out, t)
		}
		last = t
	}
	return out
}

// ehAfter is early help after children's social care closes on d: a step down.
func (g *gen) ehAfter(d date.Date) *ehCourse { return g.ehCourse(d) }

// ehCourse is an early help episode from d with meetings every six weeks or so.
func (g *gen) ehCourse(d date.Date) *ehCourse {
	eh := &ehCourse{start: d, assessed: wd(d, g.between(5, 20))}
	eh.end = eh.assessed.AddDays(g.between(70, 270))
	for m := eh.assessed.AddDays(g.between(30, 45)); m.Before(eh.end); m = m.AddDays(g.between(38, 46)) {
		eh.meetings = append(eh.meetings, weekday(m))
	}
	eh.end = weekday(eh.end)
	eh.outcome = pickW(g, ehEnds)
	return eh
}

var ehEnds = []weighted[string]{w(60, "met"), w(12, "step_up"), w(10, "withdrew"), w(8, "moved"), w(10, "universal")}

// earlyHelpCourse is a contact decided as early help, and the episode.
func (g *gen) earlyHelpCourse(d date.Date) *course {
	co := g.newCourse(d, pickW(g, themeMix))
	co.decided, co.decision = co.contact, "early_help"
	co.eh = g.ehCourse(wd(co.contact, g.between(1, 10)))
	co.w.eh, co.w.ehTm = g.worker(kEH)
	return co
}

// contactsOnly is a contact (or two) that went no further: advice, or no further action.
func (g *gen) contactsOnly(d date.Date) *course {
	co := g.newCourse(d, pickW(g, themeMix))
	co.decided = co.contact
	co.decision = pick(g, []string{"nfa", "advice", "advice"})
	return co
}

// fromEpisode plans the casework of an episode the chronology tells, on its dates.
func (g *gen) fromEpisode(f *family, e *episode) *course {
	th := themeOfHarm(e.harm, e.status)
	co := g.newCourse(e.start, th)
	co.contact = e.start // the chronology's date, whatever the day
	co.st = e.status
	co.w = crew{front: e.front, frontTeam: e.frontTeam, assess: e.assess, assessTeam: e.assessTeam, long: e.long, longTeam: e.lTeam, iro: e.iro}
	co.need = pickW(g, th.needs)
	co.decided, co.decision = co.contact, "referral"
	co.referral = e.referral
	if e.status == -1 {
		g.fromClosed(co, e)
		co.settle()
		return co
	}
	switch e.status {
	case stMASH:
		co.decided, co.decision, co.referral, co.earlier = date.Date{}, "", date.Date{}, nil
		co.at = fmt.Sprintf("%02d:%02d", g.between(8, 16), g.r.IntN(60))
		co.ooh = false
	case stEH:
		co.decision, co.referral = "early_help", date.Date{}
		co.w.eh, co.w.ehTm = e.long, e.lTeam
		co.eh = &ehCourse{start: e.start, assessed: e.assessed, meetings: e.reviews}
	case stAssess:
		g.assess(co, co.referral)
		co.aDone = date.Date{} // in progress
		if !e.strategy.IsZero() {
			co.decision = "strategy"
			co.strategy = e.strategy
			co.s47Done = wd(e.strategy, g.between(5, 12))
			co.s47Out = pick(g, []string{"assessment", "services"})
		}
	case stCIN, stCWD:
		g.assess(co, co.referral)
		co.aDone, co.aOutcome = e.assessed, "cin_plan"
		co.cinStart = e.transfer
		co.cinReviews = g.reviewsBetween(e.transfer, e.reviews)
	case stCP:
		co.need, co.decision = "N1", "strategy"
		g.assess(co, co.referral)
		co.strategy = e.strategy
		co.icpc = e.conference
		co.s47Done = wd(co.icpc, -1)
		co.s47Out = "icpc"
		co.aDone, co.aOutcome = later(co.aDone, co.icpc), "other"
		co.icpcPlan = true
		co.cat = th.category
		co.latest = co.cat
		co.reviews = e.reviews
		co.lateVisits = g.chance(0.08)
		if lpm := wd(g.today, -g.between(10, 70)); lpm.After(e.conference.AddDays(120)) && g.chance(0.1) {
			co.plo = g.ploCourse(lpm, date.Date{}) // under way: the letter went in the last few weeks
			co.plo.outcome, co.plo.outcomeDate = "", date.Date{}
		}
	case stCLA:
		g.assess(co, co.referral)
		co.aDone = later(co.aDone, e.care)
		co.aOutcome = "other"
		co.care = e.care
		co.cla = e
		if !e.strategy.IsZero() {
			co.decision = "strategy"
			co.strategy = e.strategy
			co.s47Done = wd(e.strategy, g.between(3, 8))
			co.s47Out = "legal"
		}
	}
	if e.status == stCWD {
		co.need = "N2"
	}
	co.settle()
	return co
}

// fromClosed plans the last closed episode: assessed and closed, or a child in need plan
// reviewed once and ended (or the showcase's child protection journey).
func (g *gen) fromClosed(co *course, e *episode) {
	co.closure, co.reason = e.end, "RC7"
	if e.showcase {
		co.showcase = true
		co.th = themeOfHarm(e.harm, stCP)
		co.need, co.decision, co.source = "N1", "strategy", "2A"
		co.ooh, co.earlier = false, nil
		co.aStart = co.referral
		co.strategy = e.strategy
		co.icpc = e.conference
		co.s47Done, co.s47Out = wd(co.icpc, -2), "icpc"
		co.aDone, co.aTarget, co.aOutcome = wd(co.icpc, 3), wd(co.referral, 30), "other"
		co.icpcPlan, co.cat, co.latest = true, co.th.category, co.th.category
		co.reviews, co.cpEnd, co.cpEndDecision = e.reviews, e.cpEnd, "end_cin"
		co.cinStart, co.cinEnd = e.cpEnd, e.cinEnd
		co.cinReviews = []date.Date{wd(e.cpEnd, 40)}
		co.w.long, co.w.longTeam = e.long, e.lTeam
		return
	}
	g.assess(co, co.referral)
	co.aDone = e.assessed
	if e.transfer.IsZero() {
		co.aOutcome, co.reason = "nfa", "RC8"
		co.noFactors = g.chance(0.4)
		co.closure = co.aDone // as closedCourse
		if e.noNeedEH {
			co.aOutcome, co.reason, co.noFactors = "early_help", "RC9", false
			co.eh = g.ehAfter(co.closure)
			if !co.eh.end.Before(g.today.AddDays(-60)) {
				co.eh = nil
			}
		}
		return
	}
	co.aOutcome = "cin_plan"
	co.cinStart, co.cinEnd, co.cinReviews = e.transfer, e.end, e.reviews
	co.w.long, co.w.longTeam = e.assess, e.assessTeam
}

// A journey writes one child's records of a course.
type journey struct {
	g      *gen
	co     *course
	c      *person.Person
	k      kid
	eldest kid
	shift  int
	groups map[string]string

	ref, plan, cin, eh int64 // IDs of the open referral, plans and early help
}

// d returns a course date for this child, moved by the child's shift; ok is false when it is
// zero or after today (it has not happened yet).
func (j *journey) d(x date.Date) (date.Date, bool) {
	if x.IsZero() {
		return x, false
	}
	x = x.AddDays(j.shift)
	return x, !x.After(j.g.today)
}

// on reports whether x (a course date) has happened.
func (j *journey) on(x date.Date) bool { _, ok := j.d(x); return ok }

// ds is the child's date of x as text, "" when it has not happened.
func (j *journey) ds(x date.Date) string {
	if d, ok := j.d(x); ok {
		return d.String()
	}
	return ""
}

// future is the child's date of x as text, whether or not it has happened.
func (j *journey) future(x date.Date) string {
	if x.IsZero() {
		return ""
	}
	return x.AddDays(j.shift).String()
}

// add appends a record and returns its ID.
func (j *journey) add(kind string, parent, episode, by int64, group string, v casework.Values) int64 {
	g := j.g
	id := g.next.Casework
	g.next.Casework++
	it := casework.Item{ID: id, Version: 1, PersonID: j.c.ID, Kind: kind, ParentID: parent, EpisodeID: episode, Values: v}
	at := it.StartDate()
	g.sum.Casework++
	if kind == "referral" {
		g.sum.Referrals++
	}
	g.out.Casework = append(g.out.Casework, store.BulkItem{Item: it, Group: group, ByID: by,
		At: time.Date(at.Year(), at.Month(), at.Day(), 9+int(id%8), int(id*7%60), 0, 0, time.UTC)})
	return id
}

func (j *journey) text(tpl string) string { return render(tpl, j.k, j.eldest) }

func (j *journey) pick(xs []string) string { return j.text(pick(j.g, xs)) }

func (j *journey) lines(xs []string, n int) []string {
	out := make([]string, 0, n)
	for _, i := range j.g.r.Perm(len(xs))[:min(n, len(xs))] {
		out = append(out, j.text(xs[i]))
	}
	return out
}

func (j *journey) name(id int64) string {
	if n := j.g.names[id]; n != "" {
		return n
	}
	return "Duty social worker"
}

func (j *journey) manager(team int64) int64 { return j.g.managers[team] }

// write writes the child's records, parents before the records that belong to them.
func (j *journey) write() {
	co := j.co
	for i, e := range co.earlier {
		if j.on(e) && !e.Before(j.c.DateOfBirth) {
			j.contact(fmt.Sprintf("e%d/%s", i, e), e, pick(j.g, []string{"nfa", "advice", "advice"}), "09:30", false)
		}
	}
	if !j.on(co.contact) {
		return
	}
	contact := j.contact("c/"+co.contact.String(), co.contact, co.decision, co.at, co.ooh)
	if co.eh != nil && co.referral.IsZero() {
		j.earlyHelp(co.eh)
		return
	}
	if co.referral.IsZero() || !j.on(co.referral) {
		return
	}
	j.referral(contact)
	j.cohorts()
}

// contact writes a contact received on d, decided at once (or, with decision "", awaiting one).
func (j *journey) contact(key string, d date.Date, decision, at string, ooh bool) int64 {
	g, co := j.g, j.co
	when, _ := j.d(d)
	v := casework.Values{}
	v.Set("received", when.String()+"T"+at)
	v.Set("source", co.source)
	v.Set("referrer", pick(g, referrers[co.source[:1]]))
	v.Set("worry", j.pick(co.th.worries))
	consent := pickW(g, consents)
	if decision == "strategy" {
		consent = "overridden"
	}
	v.Set("consent", consent)
	if consent != "given" {
		v.Set("consent_reason", j.pick(consentReasons[consent]))
	}
	if ooh {
		v.Set("out_of_hours", "yes")
	}
	by := co.w.front
	if decision != "" {
		v.Set("checks_requested", "police", "health", "education")
		v.Set("checks_returned", "police", "health", "education")
		hh, mm := 10+g.r.IntN(6), g.r.IntN(60)
		decided := wd(when, 0)
		if (ooh || at >= "15:00") && decision != "strategy" {
			decided = wd(when, 1) // the day team decides the next working day; worries of harm at once
		}
		if decided.After(g.today) {
			decided = when
		}
		v.Set("decided", fmt.Sprintf("%sT%02d:%02d", decided, hh, mm))
		if decided.Equal(when) && fmt.Sprintf("%02d:%02d", hh, mm) < at {
			v.Set("decided", when.String()+"T23:59")
		}
		v.Set("decision", decision)
		v.Set("threshold", thresholdOf[decision])
		v.Set("rationale", j.pick(rationales[decision]))
		v.Set("agreed_by", j.name(j.manager(co.w.frontTeam)))
		v.Set("referrer_told", wd(decided, g.between(0, 2)).String())
		if wd(decided, 2).After(g.today) {
			v.Set("referrer_told", decided.String())
		}
	} else {
		v.Set("checks_requested", "police", "health", "education")
		if when.Before(g.today.AddDays(-1)) {
			v.Set("checks_returned", "police", "health")
		}
	}
	group := j.groups[key]
	id := j.add("contact", 0, 0, by, "", v)
	if group == "" {
		group = fmt.Sprintf("D%d", id)
		j.groups[key] = group
	}
	g.out.Casework[len(g.out.Casework)-1].Group = group
	return id
}

// referral writes the referral and everything in it.
func (j *journey) referral(contact int64) {
	g, co := j.g, j.co
	v := casework.Values{}
	v.Set("referral_date", j.ds(co.referral))
	v.Set("source", co.source)
	v.Set("nfa", yesNo(co.nfa))
	if !co.nfa { // the census needs it on every referral that led to further action (8610)
		v.Set("primary_need", co.need)
	}
	closed := j.on(co.closure)
	if closed {
		v.Set("closure_date", j.ds(co.closure))
		v.Set("closure_reason", co.reason)
	}
	ref := j.add("referral", contact, 0, co.w.front, "", v)
	j.ref = ref
	j.oversight(co.referral, co.w.frontTeam, "decision", oversightReferral)
	if co.nfa {
		return
	}
	j.assessment()
	j.assessmentVisits()
	if j.on(co.strategy) {
		j.strategy()
	}
	if j.on(co.icpc) {
		j.initialConference()
	}
	if j.on(co.cinStart) {
		j.cinPlan()
	}
	if co.care.IsZero() == false && j.on(co.care) {
		j.note(co.care, "meeting", "Became looked after", pick(g, careNotes))
		j.care()
	}
	if closed && co.eh != nil {
		j.stepDown(co.closure)
	}
	if !closed && co.st >= 0 && (!co.cinStart.IsZero() || co.icpcPlan || !co.care.IsZero()) {
		j.oversight(later(co.referral, g.today.AddDays(-j.shift-g.between(5, 40))), co.w.longTeamOr(), "supervision", oversightPlan)
	}
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// assessment writes the child and family assessment, completed or in progress.
func (j *journey) assessment() {
	g, co := j.g, j.co
	if !j.on(co.aStart) {
		return
	}
	v := casework.Values{}
	v.Set("start", j.ds(co.aStart))
	v.Set("target", j.future(co.aTarget))
	th := co.th
	if co.noFactors {
		th = themes["none"]
	}
	v.Set("harm", j.lines(th.harm, g.between(1, 3))...)
	v.Set("danger", j.lines(th.danger, g.between(1, 2))...)
	v.Set("complicating", j.lines(complicating, g.between(1, 2))...)
	v.Set("strengths", j.lines(strengths, g.between(2, 4))...)
	v.Set("goals", j.lines(th.goals, g.between(1, 2))...)
	v.Set("next_steps", j.lines(nextSteps, 2)...)
	v.Set("scale_worker", fmt.Sprint(g.between(th.scale[0], th.scale[1])))
	v.Set("scale_family", fmt.Sprint(g.between(th.scale[0]+2, 10)))
	v.Set("scale_partners", fmt.Sprint(g.between(th.scale[0], th.scale[1])))
	done := j.on(co.aDone)
	if done || g.chance(0.6) {
		wishes, how := j.voice(co.aStart)
		v.Set("wishes", wishes)
		v.Set("how_gathered", how...)
		v.Set("history", j.pick(histories))
		v.Set("identity", j.identity())
		v.Set("domestic_abuse", th.domestic)
	}
	if done {
		v.Set("analysis", j.pick(th.analysis))
		if co.noFactors {
			v.Set("factors", "21")
		} else {
			v.Set("factors", pick(g, th.factors)...)
		}
		v.Set("outcome", co.aOutcome)
		authorised, _ := j.d(co.aDone)
		completed := wd(authorised, -g.between(0, 2))
		if start, _ := j.d(co.aStart); completed.Before(start) {
			completed = start
		}
		v.Set("completed", completed.String())
		v.Set("authorised", authorised.String())
	}
	j.add("assessment", j.ref, j.ref, j.co.w.assess, "", v)
	if done {
		j.oversight(co.aDone, co.w.assessTeam, "decision", oversightAssessment)
	}
}

// assessmentVisits writes one or two visits while the assessment runs.
func (j *journey) assessmentVisits() {
	g, co := j.g, j.co
	if !j.on(co.aStart) {
		return
	}
	end := co.aDone
	if end.IsZero() || !j.on(end) {
		end = g.today.AddDays(-j.shift)
	}
	n := co.aStart.DaysUntil(end)
	if n < 2 {
		return
	}
	for i := range g.between(1, 2) {
		d := co.aStart.AddDays(1 + (i*n/2 + g.r.IntN(max(1, n/2))))
		if d = weekday(d); d.After(end) {
			d = end
		}
		j.visit(d, "assessment")
	}
}

// strategy writes the strategy discussion and the enquiry it started.
func (j *journey) strategy() {
	g, co := j.g, j.co
	held, _ := j.d(co.strategy)
	v := casework.Values{}
	v.Set("held", fmt.Sprintf("%sT%02d:%02d", held, g.between(9, 16), pick(g, []int{0, 15, 30, 45})))
	v.Set("agencies", "csc", "police", "health", pick(g, []string{"education", "education", "probation", "mental_health"}))
	v.Set("attendees", fmt.Sprintf("%s (social worker, children's social care); %s (manager, children's social care); DC %s (police child abuse investigation team); %s (named nurse for safeguarding); %s",
		j.name(co.w.assess), j.name(j.manager(co.w.assessTeam)), pick(g, officerNames), pick(g, nurseNames), pick(g, otherAttendees)))
	v.Set("information", j.pick(co.th.strategyInfo))
	v.Set("decision", "s47")
	v.Set("rationale", j.pick(strategyRationales))
	v.Set("actions.action", "Joint visit to see "+j.k.name+" and the parents", "Check health records and speak to the GP", "Speak to school about what they have seen")
	v.Set("actions.owner", j.name(co.w.assess)+", children's social care", "Named nurse, health", "Designated safeguarding lead, school")
	v.Set("actions.due", wd(held, 1).String(), wd(held, 3).String(), wd(held, 3).String())
	j.add("strategy", j.ref, j.ref, co.w.assess, "", v)

	s := casework.Values{}
	s.Set("start", held.String())
	if j.on(co.s47Done) {
		s.Set("findings", j.pick(co.th.findings))
		s.Set("outcome", co.s47Out)
		s.Set("icpc_needed", yesNo(co.s47Out == "icpc"))
		s.Set("completed", j.ds(co.s47Done))
	}
	j.add("s47", j.ref, j.ref, co.w.assess, "", s)
}

// initialConference writes the initial conference and, when it decides on one, the plan.
func (j *journey) initialConference() {
	g, co := j.g, j.co
	d, _ := j.d(co.icpc)
	v := j.conferenceValues(d, "initial", co.w.assess)
	if co.icpcPlan {
		v.Set("decision", "cp_plan")
		v.Set("category", co.cat)
		v.Set("rationale", j.pick(co.th.icpcRationale))
		v.Set("next_review", j.future(first(co.reviews, workday.AddMonthsClamped(co.icpc, 3))))
	} else {
		v.Set("decision", co.icpcOut)
		v.Set("rationale", j.pick(noPlanRationales))
	}
	j.add("conference", j.ref, j.ref, co.w.iro, "", v)
	if !co.icpcPlan {
		return
	}
	p := casework.Values{}
	p.Set("start", d.String())
	p.Set("initial_category", co.cat)
	p.Set("latest_category", co.latest)
	p.Set("outline", j.pick(co.th.cpOutline))
	p.Set("actions.action", j.lines(co.th.cpActions, 3)...)
	p.Set("actions.owner", j.name(co.w.long)+", social worker", "The parents", pick(g, []string{"Health visitor", "School nurse", "Designated safeguarding lead, school"}))
	p.Set("actions.due", wd(d, 10).String(), wd(d, 20).String(), wd(d, 40).String())
	ended := j.on(co.cpEnd)
	if ended {
		p.Set("end", j.ds(co.cpEnd))
		p.Set("end_reason", conferenceEnds[co.cpEndDecision]+". "+j.pick(endRationales[co.cpEndDecision]))
	}
	plan := j.add("cp_plan", j.ref, j.ref, co.w.iro, "", p)
	j.plan = plan
	j.reviewConferences()
	end := co.cpEnd
	if !ended {
		end = date.Date{}
	}
	j.coreGroups(co.icpc, end)
	j.visits(co.icpc, end, "cp", 10)
	j.supervision(co.icpc, end, co.w.longTeam)
	if co.plo != nil && j.on(co.plo.lpm) {
		j.preProceedings()
	}
}

func first(ds []date.Date, or date.Date) date.Date {
	if len(ds) > 0 {
		return ds[0]
	}
	return or
}

func (j *journey) conferenceValues(d date.Date, typ string, writer int64) casework.Values {
	g := j.g
	v := casework.Values{}
	v.Set("type", typ)
	v.Set("date", d.String())
	v.Set("chair", j.name(j.co.w.iro))
	before := 2
	if typ == "review" {
		before = 5
	}
	shared := wd(d, -g.between(before, before+3))
	how := pickW(g, sharedHow)
	if g.chance(0.12) { // late
		shared = wd(d, -g.between(0, 1))
	}
	if how != "not_shared" {
		v.Set("report_shared", shared.String())
	}
	v.Set("shared_how", how)
	v.Set("agencies", "csc", "police", "health", "education")
	v.Set("parents", pickW(g, parentsAttend))
	child := "no"
	if !j.c.Unborn() && j.c.DateOfBirth.AgeOn(d) >= 11 {
		child = pick(g, []string{"yes", "part", "views", "views"})
	} else if !j.c.Unborn() && j.c.DateOfBirth.AgeOn(d) >= 7 {
		child = "views"
	}
	v.Set("child", child)
	v.Set("social_worker", "yes")
	return v
}

// reviewConferences writes the plan's review conferences to today; the last of a plan that
// ended ends it.
func (j *journey) reviewConferences() {
	co := j.co
	for i, r := range co.reviews {
		d, ok := j.d(r)
		if !ok {
			return
		}
		v := j.conferenceValues(d, "review", co.w.long)
		last := i == len(co.reviews)-1 && r.Equal(co.cpEnd)
		if last {
			v.Set("decision", co.cpEndDecision)
			v.Set("rationale", j.pick(endRationales[co.cpEndDecision]))
		} else {
			v.Set("decision", "continue")
			v.Set("category", co.latest)
			v.Set("rationale", j.pick(continueRationales))
			next := workday.AddMonthsClamped(r, 6)
			if i+1 < len(co.reviews) {
				next = co.reviews[i+1]
			}
			v.Set("next_review", j.future(next))
		}
		j.add("conference", j.ref, j.ref, co.w.iro, "", v)
	}
}

// coreGroups writes core group meetings: the first within 10 working days of the initial
// conference, then about monthly, until end (zero: today).
func (j *journey) coreGroups(from, end date.Date) {
	g, co := j.g, j.co
	for d := wd(from, g.between(5, 10)); ; d = wd(d, g.between(18, 22)) {
		if !end.IsZero() && !d.Before(end) {
			return
		}
		day, ok := j.d(d)
		if !ok {
			return
		}
		v := casework.Values{}
		v.Set("date", day.String())
		v.Set("attendees", fmt.Sprintf("%s (social worker); the parents; %s; %s", j.name(co.w.long), pick(g, nurseNames)+" (health visitor)", pick(g, otherAttendees)))
		v.Set("progress", j.pick(progressNotes))
		v.Set("scale", fmt.Sprint(g.between(3, 8)))
		v.Set("actions.action", j.pick(coreActions))
		v.Set("actions.owner", pick(g, []string{"The parents", j.name(co.w.long) + ", social worker", "Health visitor", "School"}))
		v.Set("actions.due", wd(day, 10).String())
		j.add("core_group", j.plan, j.ref, co.w.long, "", v)
	}
}

// visits writes visits of type typ about every every working days from from until end
// (zero: today), stopping early when the course's visits are late.
func (j *journey) visits(from, end date.Date, typ string, every int) {
	g, co := j.g, j.co
	stop := g.today.AddDays(-j.shift)
	if co.lateVisits {
		stop = wd(stop, -g.between(12, 20))
	}
	for d := wd(from, g.between(2, every)); ; d = wd(d, g.between(every*7/10, every)) {
		if !end.IsZero() && d.After(end) || d.After(stop) {
			return
		}
		if _, ok := j.d(d); !ok {
			return
		}
		j.visit(d, typ)
	}
}

// visit writes one visit on the course date d.
func (j *journey) visit(d date.Date, typ string) {
	g, c := j.g, j.c
	day, _ := j.d(d)
	v := casework.Values{}
	v.Set("date", day.String())
	v.Set("type", typ)
	age := -1
	if !c.Unborn() && !c.DateOfBirth.After(day) {
		age = c.DateOfBirth.AgeOn(day)
	}
	switch {
	case age < 0:
		v.Set("seen", "no")
		v.Set("seen_alone", "no")
		v.Set("not_seen_reason", "The baby is not born yet: the social worker saw the mother at home.")
		v.Set("voice", "The baby is not born yet. The mother talked about the baby's room and how she is getting ready.")
	case g.chance(0.04):
		v.Set("seen", "no")
		v.Set("seen_alone", "no")
		v.Set("not_seen_reason", pick(g, notSeen))
		v.Set("voice", "Not seen on this visit.")
	default:
		v.Set("seen", "yes")
		switch {
		case age < 4:
			v.Set("seen_alone", "not_appropriate")
		case g.chance(0.1):
			v.Set("seen_alone", "refused")
			v.Set("not_seen_reason", j.text("{Name} wanted mum to stay in the room, and we respected that."))
		case g.chance(0.2):
			v.Set("seen_alone", "no")
			v.Set("not_seen_reason", pick(g, notAlone))
		default:
			v.Set("seen_alone", "yes")
		}
		v.Set("bedroom", yesNo(g.chance(0.7)))
		v.Set("voice", j.pick(voicesByAge(age)))
		if g.chance(0.4) {
			v.Set("direct_work", j.pick(directWork))
		}
	}
	v.Set("observations", j.pick(observations))
	j.add("visit", 0, j.ref, j.visitor(typ), "", v)
}

func (j *journey) visitor(typ string) int64 {
	switch typ {
	case "assessment":
		return j.co.w.assess
	case "early_help":
		return j.co.w.eh
	}
	return j.co.w.long
}

// supervision writes management oversight about every three months from from to end (zero:
// today).
func (j *journey) supervision(from, end date.Date, team int64) {
	g := j.g
	for d := wd(from, g.between(20, 38)); ; d = wd(d, g.between(30, 40)) {
		if !end.IsZero() && d.After(end) {
			return
		}
		if !j.on(d) {
			return
		}
		j.oversight(d, team, "supervision", oversightPlan)
	}
}

// oversight writes a manager's oversight on the course date d.
func (j *journey) oversight(d date.Date, team int64, context string, texts oversightTexts) {
	g := j.g
	day, ok := j.d(d)
	if !ok || team == 0 {
		return
	}
	if j.shift != 0 && context == "supervision" && d.After(g.today) {
		return
	}
	tm := j.manager(team)
	v := casework.Values{}
	v.Set("date", day.String())
	v.Set("context", context)
	v.Set("experience", j.pick(texts.experience))
	v.Set("reflection", j.pick(texts.reflection))
	v.Set("decisions", j.pick(texts.decisions))
	v.Set("actions.action", j.pick(texts.actions))
	v.Set("actions.owner", j.name(j.co.w.long)+", social worker")
	if j.co.w.long == 0 {
		v.Set("actions.owner", j.name(j.co.w.assess)+", social worker")
	}
	v.Set("actions.due", wd(day, 10).String())
	v.Set("next", wd(day, g.between(20, 60)).String())
	j.add("oversight", 0, j.ref, tm, "", v)
}

// cinPlan writes the child in need plan, its reviews and visits.
func (j *journey) cinPlan() {
	g, co := j.g, j.co
	start, _ := j.d(co.cinStart)
	v := casework.Values{}
	v.Set("start", start.String())
	v.Set("goal", j.pick(co.th.cinGoals))
	n := g.between(2, 3)
	whats := j.lines(cinChanges, n)
	var who, by, measure []string
	for i := range whats {
		who = append(who, pick(g, cinWho))
		by = append(by, workday.AddMonthsClamped(start, 2+i).String())
		measure = append(measure, pick(g, cinMeasures))
	}
	v.Set("changes.what", whats...)
	v.Set("changes.who", who...)
	v.Set("changes.by", by...)
	v.Set("changes.measure", measure...)
	ended := j.on(co.cinEnd)
	if ended {
		v.Set("end", j.ds(co.cinEnd))
		v.Set("end_reason", j.pick(cinEndReasons))
	}
	plan := j.add("cin_plan", j.ref, j.ref, co.w.long, "", v)
	for i, r := range co.cinReviews {
		d, ok := j.d(r)
		if !ok || ended && !r.Before(co.cinEnd) {
			break
		}
		rv := casework.Values{}
		rv.Set("date", d.String())
		rv.Set("attendees", fmt.Sprintf("%s (social worker); the parents; %s", j.name(co.w.long), pick(g, otherAttendees)))
		rv.Set("progress", j.pick(progressNotes))
		if !j.c.Unborn() && j.c.DateOfBirth.AgeOn(d) >= 5 {
			rv.Set("child_views", j.pick(voicesByAge(j.c.DateOfBirth.AgeOn(d))))
		}
		decision := "continue"
		if i == len(co.cinReviews)-1 && ended && g.chance(0.5) {
			decision = "end"
		}
		rv.Set("decision", decision)
		j.add("cin_review", plan, j.ref, co.w.long, "", rv)
	}
	end := co.cinEnd
	if !ended {
		end = date.Date{}
	}
	j.visits(co.cinStart, end, "cin", 20)
	if !co.icpcPlan {
		j.supervision(co.cinStart, end, co.w.longTeam)
	}
	j.note(wd(co.cinStart, g.between(3, 15)), "phone", "Call with school", pick(g, schoolCalls))
}

// preProceedings writes the pre-proceedings episode.
func (j *journey) preProceedings() {
	co, p := j.co, j.co.plo
	v := casework.Values{}
	v.Set("lpm", j.ds(p.lpm))
	v.Set("lpm_decision", j.pick(lpmDecisions))
	if j.on(p.letter) {
		v.Set("worries", j.pick(co.th.ploWorries))
		v.Set("must_change", j.pick(ploMustChange))
		v.Set("support", j.pick(ploSupport))
		v.Set("support_offered", j.pick(ploOffered))
		v.Set("letter", j.ds(p.letter))
	}
	if j.on(p.meeting) {
		v.Set("meeting", j.ds(p.meeting))
	}
	var reviews []string
	for _, r := range p.reviews {
		if !j.on(r) || !p.outcomeDate.IsZero() && r.After(p.outcomeDate) {
			break
		}
		reviews = append(reviews, j.ds(r))
	}
	v.Set("reviews", reviews...)
	if p.outcome != "" && j.on(p.outcomeDate) {
		v.Set("outcome", p.outcome)
		v.Set("outcome_date", j.ds(p.outcomeDate))
		v.Set("outcome_reason", j.pick(ploStepOut))
	}
	j.add("plo", j.ref, j.ref, co.w.long, "", v)
}

// stepDown writes the move to early help when the referral closed on d, and the episode.
func (j *journey) stepDown(d date.Date) {
	g, co := j.g, j.co
	day, ok := j.d(d)
	if !ok {
		return
	}
	if co.w.eh == 0 {
		co.w.eh, co.w.ehTm = g.worker(kEH)
	}
	v := casework.Values{}
	v.Set("date", day.String())
	from := "cin"
	if co.icpcPlan && co.cpEnd.Equal(d) {
		from = "cp"
	}
	v.Set("from", from)
	v.Set("to", "early_help")
	v.Set("threshold", "Level 2 (targeted early help) of the Demoshire threshold document: the needs that remain can be met with the family's agreement, without statutory social work.")
	v.Set("rationale", j.pick(stepDownRationales))
	v.Set("decided_by", j.name(j.manager(co.w.longTeamOr())))
	v.Set("receiving", j.name(co.w.eh)+", early help team")
	v.Set("consent", "yes")
	v.Set("sustainability", j.pick(sustainability))
	j.add("transition", 0, 0, j.manager(co.w.longTeamOr()), "", v)
	j.ref = 0
	j.earlyHelp(co.eh)
}

func (c crew) longTeamOr() int64 {
	if c.longTeam != 0 {
		return c.longTeam
	}
	return c.assessTeam
}

// earlyHelp writes an early help episode with its meetings.
func (j *journey) earlyHelp(eh *ehCourse) {
	g, co := j.g, j.co
	start, ok := j.d(eh.start)
	if !ok {
		return
	}
	if co.w.eh == 0 {
		co.w.eh, co.w.ehTm = g.worker(kEH)
	}
	v := casework.Values{}
	v.Set("start", start.String())
	v.Set("reason", j.pick(co.th.ehReasons))
	v.Set("consent", "yes")
	v.Set("lead", j.name(co.w.eh)+", early help team")
	if j.on(eh.assessed) {
		v.Set("assessed", j.ds(eh.assessed))
		v.Set("worries", j.lines(ehWorries, 2)...)
		v.Set("working_well", j.lines(strengths, 2)...)
		v.Set("goals", j.lines(ehGoals, 2)...)
		planned := wd(eh.assessed, g.between(0, 5))
		if _, ok := j.d(planned); ok {
			pd, _ := j.d(planned)
			v.Set("planned", pd.String())
			v.Set("plan.action", j.lines(ehActions, 2)...)
			v.Set("plan.owner", j.name(co.w.eh)+", early help", "The parents")
			v.Set("plan.due", wd(pd, 20).String(), wd(pd, 30).String())
		}
	}
	ended := j.on(eh.end)
	if ended {
		v.Set("end", j.ds(eh.end))
		v.Set("outcome", eh.outcome)
		if eh.outcome == "met" {
			v.Set("sustainability", j.pick(sustainability))
		}
	}
	id := j.add("early_help", 0, 0, co.w.eh, "", v)
	for i, m := range eh.meetings {
		d, ok := j.d(m)
		if !ok || ended && m.After(eh.end) {
			break
		}
		fv := casework.Values{}
		fv.Set("date", d.String())
		fv.Set("attendees", "The parents; "+j.name(co.w.eh)+" (early help); "+pick(g, otherAttendees))
		fv.Set("progress", j.pick(ehProgress))
		fv.Set("scale", fmt.Sprint(g.between(4, 9)))
		next := weekday(d.AddDays(42))
		if i+1 < len(eh.meetings) {
			next, _ = j.d(eh.meetings[i+1])
		}
		fv.Set("next", next.String())
		j.add("family_meeting", id, 0, co.w.eh, "", fv)
	}
	if ended && eh.outcome == "step_up" {
		ev, _ := j.d(eh.end)
		tv := casework.Values{}
		tv.Set("date", ev.String())
		tv.Set("from", "early_help")
		tv.Set("to", "cin")
		tv.Set("threshold", "Level 3 (child in need) of the Demoshire threshold document: the worries have grown despite early help.")
		tv.Set("rationale", j.pick(stepUpRationales))
		tv.Set("decided_by", j.name(j.manager(co.w.ehTm)))
		tv.Set("receiving", "Front door (MASH) team")
		j.add("transition", 0, 0, j.manager(co.w.ehTm), "", tv)
	}
}

// note writes a case note on the course date d.
func (j *journey) note(d date.Date, typ, subject, text string) {
	day, ok := j.d(d)
	if !ok || j.co.closure.IsZero() == false && d.After(j.co.closure) {
		return
	}
	v := casework.Values{}
	v.Set("date", day.String())
	v.Set("type", typ)
	v.Set("subject", subject)
	v.Set("note", j.text(text))
	by := j.co.w.long
	if by == 0 {
		by = j.co.w.assess
	}
	j.add("case_note", 0, j.ref, by, "", v)
}

// voice is what the child said, showed or did, and how it was gathered, for their age and
// how they communicate.
func (j *journey) voice(d date.Date) (string, []string) {
	g, c := j.g, j.c
	if c.Unborn() || c.DateOfBirth.After(d) {
		return "The baby is not born yet. The mother spoke about her hopes for the baby and what she is worried about.", []string{"observation"}
	}
	if c.Disabled() && c.Communication != "" {
		m := pick(g, disabledVoices)
		return j.text(m.text), m.how
	}
	age := c.DateOfBirth.AgeOn(d)
	switch {
	case age < 2:
		return j.pick(babyVoices), []string{"observation"}
	case age < 8:
		return j.pick(youngVoices), []string{pick(g, []string{"play", "three_houses"}), "talking"}
	}
	return j.pick(voicesByAge(age)), []string{"talking"}
}

// identity writes what matters to the child about who they are.
func (j *journey) identity() string {
	c := j.c
	eth := ethnicityWords(c.Ethnicity)
	s := j.text("{Name}") + " is " + eth + "."
	if c.FirstLanguage != "" && c.FirstLanguage != "English" {
		s += " The family speak " + c.FirstLanguage + " at home, and " + j.text("{name}") + " is learning English at school."
	}
	s += " " + j.pick(identityNotes)
	return s
}

package demo

import (
	"slices"
	"time"

	"ourchild/internal/date"
	"ourchild/internal/person"
	"ourchild/internal/store"
	"ourchild/internal/workday"
)

// Who recorded a step of an episode.
const (
	byFront  = iota // the front door worker
	byAssess        // the assessing social worker
	byLong          // the worker who holds the case after the assessment
	byIRO           // the independent reviewing officer or conference chair
)

// A step is one dated entry in a family's story; each child gets it in their chronology.
type step struct {
	d           date.Date
	cat, tpl    string
	unbornTpl   string // for an unborn child, when it differs
	by          int
	significant bool
	bornOnly    bool // not for an unborn child (being looked after)
	minAge      int  // only for children at least this old on d
}

func cmpDate(a, b date.Date) int {
	switch {
	case a.Before(b):
		return -1
	case a.After(b):
		return 1
	}
	return 0
}

// An episode is one period of involvement with a family, current or closed.
type episode struct {
	status                        int
	steps                         []step
	start, referral, transfer     date.Date // transfer: to the long-term team
	end                           date.Date // closed
	conference, care              date.Date
	moves                         []date.Date       // placement changes
	health                        date.Date         // the initial health assessment told (care.go)
	places                        map[int64][]place // each child's placements, by start (care.go)
	home                          string            // the family home's postcode (care.go)
	front, assess, long           int64             // workers
	frontTeam, assessTeam, lTeam  int64
	leaving, leavingTeam, pa, iro int64
	uasc                          bool      // an unaccompanied asylum-seeking child (lone.go)
	left                          date.Date // care ended (lone.go): zero while in care
	leftWhy                       string    // the 903's reason the period of care ended

	// What the casework of the episode needs to agree with the chronology (journeys.go).
	harm          string      // the harm the contact reported, or the plan is about
	strategy, s47 date.Date   // the strategy discussion and the enquiry's visit
	assessed      date.Date   // the assessment completed
	reviews       []date.Date // reviews, review conferences or family meetings written
	noNeedEH      bool        // a closed episode that passed the family to early help
	cpEnd, cinEnd date.Date   // the showcase's plan ends
	showcase      bool
}

// teamOf is the kind of team that holds a family of each status after the assessment.
var teamOf = [...]kind{stMASH: kMASH, stAssess: kAssess, stCIN: kCIN, stCP: kCP, stCLA: kCiC, stCWD: kCWD, stEH: kEH}

// maxEvents is the most chronology entries a generated child gets.
const maxEvents = 12

func (e *episode) add(today date.Date, s step) bool {
	if s.d.After(today) {
		return false
	}
	e.steps = append(e.steps, s)
	return true
}

func (g *gen) days(d date.Date, a, b int) date.Date { return d.AddDays(g.between(a, b)) }

// contact picks the words of the contact that started an episode on d.
func (g *gen) contact(f *family, d date.Date) (text, harm string) {
	first := f.kids[0]
	if first.Unborn() || first.DateOfBirth.After(d) {
		return pick(g, unbornContacts), ""
	}
	age := first.DateOfBirth.AgeOn(d)
	for range 20 {
		if c := pick(g, contacts); age >= c.min && age <= c.max {
			return c.text, c.harm
		}
	}
	return contacts[1].text, contacts[1].harm
}

// plan decides a family's involvement with children's social care: a current episode for
// about a third of families (always for sw.demo's), and a closed one for some.
func (g *gen) plan(f *family, sw, showcase bool) (current, past *episode) {
	if sw || g.chance(allocatedShare) {
		current = g.current(f, sw)
	}
	before := g.today
	if current != nil {
		before = current.start.AddDays(-60)
		if len(current.steps) > maxEvents-6 { // a closed episode has up to six entries
			return current, nil
		}
	}
	if g.chance(0.22) {
		past = g.closed(f, before)
	}
	if showcase && current != nil {
		past = g.showcasePast(f, before)
	}
	return current, past
}

// current makes a family's current episode: sw.demo's when sw.
func (g *gen) current(f *family, sw bool) *episode {
	st := g.status(f, sw)
	e := &episode{status: st, steps: make([]step, 0, 2*maxEvents)}
	e.front, e.frontTeam = g.worker(kMASH)
	e.assess, e.assessTeam = g.worker(kAssess)
	if sw {
		e.assess, e.assessTeam = g.swDemo, g.swDemoTeam
		g.swDemoKids += len(f.kids)
		g.swDemoHouse++
	}
	e.long, e.lTeam = g.worker(teamOf[st])
	c := &chronicle{g: g, f: f, e: e}
	switch st {
	case stMASH:
		c.frontDoor()
	case stAssess:
		c.assessment()
	case stCIN:
		c.childInNeed()
	case stCWD:
		c.disabledChildren()
	case stCP:
		c.protection()
	case stCLA:
		c.lookedAfter()
	case stEH:
		c.earlyHelp()
	}
	e.harm = c.harm
	// Steps were added in order within each kind; keep the chronology in date order.
	slices.SortStableFunc(e.steps, func(a, b step) int { return cmpDate(a.d, b.d) })
	e.trim()
	return e
}

// status picks the status of a family's current episode. Disabled children are often with
// the disabled children's service; an unborn baby on their own is at the front door, on a
// child protection plan or being assessed; sw.demo's families are being assessed.
func (g *gen) status(f *family, sw bool) int {
	st := pickW(g, statuses)
	if slices.ContainsFunc(f.kids, (*person.Person).Disabled) && g.chance(0.35) {
		st = stCWD
	}
	onlyUnborn := len(f.kids) == 1 && f.kids[0].Unborn()
	if sw || onlyUnborn && st != stMASH && st != stCP {
		st = stAssess
	}
	return st
}

// A chronicle writes an episode's steps.
type chronicle struct {
	g    *gen
	f    *family
	e    *episode
	harm string // the harm the contact reported, if it named one
}

// step adds s unless it is after today, and says whether it did.
func (c *chronicle) step(s step) bool { return c.e.add(c.g.today, s) }

func (c *chronicle) add(d date.Date, cat, tpl string, by int, significant bool) bool {
	return c.step(step{d: d, cat: cat, tpl: tpl, by: by, significant: significant})
}

// bornOnly adds a significant step that only children already born get (being looked
// after, say).
func (c *chronicle) bornOnly(d date.Date, cat, tpl string, by int) bool {
	return c.step(step{d: d, cat: cat, tpl: tpl, by: by, significant: true, bornOnly: true})
}

func (c *chronicle) visit(d date.Date, by int) {
	c.step(step{d: d, cat: "Home visit", tpl: pick(c.g, visits), unbornTpl: pick(c.g, unbornVisits), by: by})
}

// contact adds the contact that started the episode on d: for the disabled children's
// service, a request for a service rather than a worry.
func (c *chronicle) contact(d date.Date) {
	if c.e.status == stCWD {
		c.add(d, "Contact received", pick(c.g, cwdContacts), byFront, true)
		return
	}
	var text string
	text, c.harm = c.g.contact(c.f, d)
	c.add(d, "Contact received", text, byFront, true)
}

func (c *chronicle) referral(d date.Date) {
	c.e.referral = d
	c.add(d, "Referral accepted", pick(c.g, referrals), byFront, true)
}

// open starts the episode with a contact between minDays and maxDays ago, and its referral
// refMin to refMax days after the contact.
func (c *chronicle) open(minDays, maxDays, refMin, refMax int) {
	c.e.start = c.g.ago(minDays, maxDays)
	c.contact(c.e.start)
	c.referral(c.g.days(c.e.start, refMin, refMax))
}

// enquiry adds a strategy discussion on d and the child protection enquiry it started, and
// returns the enquiry's date.
func (c *chronicle) enquiry(d date.Date) date.Date {
	g := c.g
	c.add(d, "Strategy discussion", pick(g, strategies), byAssess, true)
	c.e.strategy = d
	d = g.days(d, 1, 3)
	c.e.s47 = d
	c.step(step{d: d, cat: "Child protection enquiry", tpl: pick(g, enquiries), unbornTpl: pick(g, unbornEnquiries), by: byAssess,
		significant: true})
	return d
}

// reviews adds a review about every days from from until today, with a home visit before
// about half of them when visits.
func (c *chronicle) reviews(from date.Date, every int, cat string, texts []string, by int, visits bool) {
	g := c.g
	for d := from; !d.After(g.today); d = g.days(d, every-10, every+10) {
		if visits && g.chance(0.5) {
			c.visit(d.AddDays(-g.between(20, 40)), byLong)
		}
		if !c.add(d, cat, pick(g, texts), by, true) {
			return
		}
		c.e.reviews = append(c.e.reviews, d)
	}
}

// frontDoor: a contact in the last few days, being screened. It counts as the referral.
func (c *chronicle) frontDoor() {
	g, e := c.g, c.e
	e.start = g.ago(0, 4)
	c.contact(e.start)
	e.referral = e.start
	c.add(e.start.AddDays(1), "Front door checks", pick(g, frontDoorChecks), byFront, false)
	c.add(e.start.AddDays(2), "Phone call with parent", pick(g, frontDoorCalls), byFront, false)
}

// assessment: referred in the last six weeks, sometimes after a child protection enquiry,
// and visited once or twice.
func (c *chronicle) assessment() {
	g := c.g
	c.open(5, 44, 1, 2)
	d := c.e.referral
	if g.chance(0.25) {
		d = c.enquiry(g.days(d, 0, 2))
	}
	d = g.days(d, 2, 8)
	c.visit(d, byAssess)
	if g.chance(0.5) {
		c.visit(g.days(d, 7, 14), byAssess)
	}
}

// toAssessment opens an episode that went to a child and family assessment, and returns
// the date it was completed.
func (c *chronicle) toAssessment() date.Date {
	c.open(60, 1000, 1, 3)
	return c.g.days(c.e.referral, 20, 45)
}

// childInNeed: assessed, then a child in need plan, reviewed every three months.
func (c *chronicle) childInNeed() {
	g, e := c.g, c.e
	a := c.toAssessment()
	e.assessed = a
	c.add(a, "Child and family assessment completed", pick(g, assessmentsNeed), byAssess, true)
	e.transfer = g.days(a, 3, 10)
	c.add(e.transfer, "Child in need plan started", pick(g, cinPlans), byLong, true)
	c.reviews(e.transfer.AddDays(90), 90, "Review", cinReviews, byLong, true)
}

// disabledChildren: assessed, then short breaks, reviewed every year.
func (c *chronicle) disabledChildren() {
	g, e := c.g, c.e
	a := c.toAssessment()
	e.transfer, e.assessed = a, a
	c.add(a, "Child and family assessment completed", pick(g, cwdAssessments), byAssess, true)
	c.bornOnly(g.days(a, 30, 90), "Short breaks started", pick(g, shortBreaks), byLong)
	c.reviews(a.AddDays(365), 365, "Review", cwdReviews, byLong, true)
}

// protection: an enquiry, then a conference and a child protection plan, reviewed every
// six months.
func (c *chronicle) protection() {
	g, e := c.g, c.e
	maxDays := 700
	if k := c.f.kids[0]; len(c.f.kids) == 1 && k.Unborn() {
		// No earlier than 38 weeks before the baby is due: a referral is of a child, born or
		// expected (CIN rule 8606).
		maxDays = max(30, min(maxDays, k.ExpectedDateOfBirth.AddDays(-266).DaysUntil(g.today)))
	}
	c.open(30, maxDays, 0, 1)
	d := c.enquiry(g.days(e.referral, 0, 2))
	e.conference = g.days(d, 8, 14)
	e.transfer = e.conference
	c.add(e.conference, "Child protection conference", pick(g, conferences), byIRO, true)
	if c.harm == "" {
		c.harm = pickW(g, harms)
	}
	c.add(e.conference, "Child protection plan started", "{Name} became subject to a child protection plan because of "+c.harm+".",
		byLong, true)
	c.reviews(e.conference.AddDays(90), 180, "Review", cpReviews, byIRO, true)
	e.iro = pick(g, g.iros)
}

// lookedAfter: sometimes an enquiry, then care, a health assessment, placement changes,
// reviews and, from 16, a pathway plan and a leaving care worker.
func (c *chronicle) lookedAfter() {
	g, e := c.g, c.e
	c.open(90, 2200, 1, 3)
	d := e.referral
	if g.chance(0.5) {
		d = c.enquiry(g.days(d, 0, 2))
	}
	e.care = g.days(d, 5, 60)
	e.transfer = e.care
	c.bornOnly(e.care, "Became looked after", pick(g, cared), byAssess)
	e.health = g.days(e.care, 20, 28)
	c.bornOnly(e.health, "Health assessment", pick(g, healthChecks), byLong)
	c.placementChanges()
	c.careReviews()
	c.step(step{d: later(e.care.AddDays(30), g.ago(30, 200)), cat: "Pathway plan", tpl: pick(g, pathwayPlans), by: byLong,
		significant: true, bornOnly: true, minAge: 16})
	e.iro = pick(g, g.iros)
	c.leavingCare()
}

// placementChanges adds up to two moves from one placement to another since care began.
func (c *chronicle) placementChanges() {
	g, e, t := c.g, c.e, c.g.today
	for range g.r.IntN(3) {
		if m := g.days(e.care, 30, max(31, e.care.DaysUntil(t))); !m.After(t) {
			e.moves = append(e.moves, m)
		}
	}
	slices.SortFunc(e.moves, cmpDate)
	for _, m := range e.moves {
		c.bornOnly(m, "Placement change", pick(g, placementMoves), byLong)
	}
}

// careReviews adds a looked-after child's reviews: 20 days into care, three months after
// that, then about every six months.
func (c *chronicle) careReviews() {
	g, e, t := c.g, c.e, c.g.today
	texts := claReviewsOlder
	if c.f.eldest.unborn || c.f.kids[0].DateOfBirth.AgeOn(t) < 5 {
		texts = claReviewsYoung
	}
	for d := e.care.AddDays(20); !d.After(t); {
		if !c.bornOnly(d, "Review", pick(g, texts), byIRO) {
			break
		}
		e.reviews = append(e.reviews, d) // the casework's looked-after reviews (care.go)
		if d.Before(e.care.AddDays(100)) {
			d = d.AddDays(85)
		} else {
			d = g.days(d, 160, 178) // within the six months the 903 allows
		}
	}
}

// leavingCare allocates a leaving care worker and a personal adviser when a child is 16 or
// over.
func (c *chronicle) leavingCare() {
	g, e := c.g, c.e
	if slices.ContainsFunc(c.f.kids, func(k *person.Person) bool { return !k.Unborn() && k.DateOfBirth.AgeOn(g.today) >= 16 }) {
		e.leaving, e.leavingTeam = g.worker(kLC)
		e.pa = pick(g, g.pas)
	}
}

// earlyHelp: a request from school (for a child of 5 or more), a parent or the health
// visitor, an assessment and team around the family meetings every six weeks.
func (c *chronicle) earlyHelp() {
	g, e := c.g, c.e
	e.start = g.ago(30, 270)
	e.referral = e.start
	text := ehRequests[g.between(1, 2)]
	if !c.f.eldest.unborn && c.f.kids[0].DateOfBirth.AgeOn(e.start) >= 5 {
		text = ehRequests[g.between(0, 1)]
	}
	c.add(e.start, "Early help requested", text, byLong, true)
	a := g.days(e.start, 10, 30)
	e.assessed = a
	c.add(a, "Early help assessment completed", pick(g, ehAssessments), byLong, true)
	c.reviews(a.AddDays(42), 42, "Team around the family meeting", ehMeetings, byLong, false)
}

// routine entries are the first to go when a chronology is too long.
var routine = map[string]bool{"Home visit": true, "Review": true, "Team around the family meeting": true}

// trim keeps at most maxEvents steps, dropping the oldest routine ones first.
func (e *episode) trim() {
	for len(e.steps) > maxEvents {
		i := slices.IndexFunc(e.steps, func(s step) bool { return routine[s.cat] })
		if i < 0 {
			i = 2 // keep the contact and the referral
		}
		e.steps = slices.Delete(e.steps, i, i+1)
	}
}

// closed returns a closed episode ending before the date before, or nil when there is no
// room for one.
func (g *gen) closed(f *family, before date.Date) *episode {
	e := &episode{status: -1, steps: make([]step, 0, 6)}
	e.start = before.AddDays(-g.between(200, 2500))
	if f.kids[0].Unborn() || !f.kids[0].DateOfBirth.Before(e.start) {
		return nil
	}
	e.front, e.frontTeam = g.worker(kMASH)
	e.assess, e.assessTeam = g.worker(kAssess)
	c := &chronicle{g: g, f: f, e: e}
	c.contact(e.start)
	c.referral(g.days(e.start, 1, 3))
	a := g.days(e.referral, 20, 45)
	e.assessed = a
	if g.chance(0.6) {
		text := pick(g, assessmentsNoNeed)
		e.noNeedEH = text == assessmentsNoNeed[1]
		c.add(a, "Child and family assessment completed", text, byAssess, true)
		e.end = a // closed on the day the assessment was authorised
	} else {
		c.add(a, "Child and family assessment completed", pick(g, assessmentsNeed), byAssess, true)
		p := g.days(a, 3, 10)
		c.add(p, "Child in need plan started", pick(g, cinPlans), byAssess, true)
		r := g.days(p, 80, 100)
		c.add(r, "Review", pick(g, cinReviews), byAssess, true)
		e.transfer, e.reviews = p, []date.Date{r}
		e.end = g.days(r, 30, 200)
	}
	if !e.end.Before(before) {
		return nil
	}
	c.add(e.end, "Case closed", pick(g, closures), byAssess, true)
	return e
}

// showcasePast is the showcase family's earlier episode, the journey a demonstration walks
// through: a contact, a strategy discussion and enquiry, an initial conference and a child
// protection plan, its reviews, a step down to a child in need plan, and closure. Six
// chronology entries, like any closed episode. nil when the eldest child was not yet born.
func (g *gen) showcasePast(f *family, before date.Date) *episode {
	e := &episode{status: -1, showcase: true, steps: make([]step, 0, 6)}
	e.start = before.AddDays(-g.between(560, 640))
	if f.kids[0].Unborn() || !f.kids[0].DateOfBirth.Before(e.start.AddDays(-365)) {
		return nil
	}
	e.front, e.frontTeam = g.worker(kMASH)
	e.assess, e.assessTeam = g.worker(kAssess)
	e.long, e.lTeam = g.worker(kCP)
	e.iro = pick(g, g.iros)
	c := &chronicle{g: g, f: f, e: e}
	c.contact(e.start)
	if c.harm == "" || c.harm == exploitation {
		c.harm = neglect
	}
	e.harm = c.harm
	e.referral = cal.AddWorkingDays(e.start, 1)
	c.enquiry(e.referral)
	e.conference = cal.AddWorkingDays(e.strategy, g.between(11, 14))
	e.transfer = e.conference
	c.add(e.conference, "Child protection conference", "The family and the professionals met and agreed {name} needs a child protection plan to stay safe, because of "+c.harm+".", byIRO, true)
	first := weekday(workday.AddMonthsClamped(e.conference, 3).AddDays(-g.between(3, 10)))
	e.cpEnd = weekday(workday.AddMonthsClamped(first, 6).AddDays(-g.between(3, 10)))
	e.reviews = []date.Date{first, e.cpEnd}
	c.add(e.cpEnd, "Review", "The review conference agreed {name} is safe enough for the child protection plan to end; a child in need plan keeps the support going.", byIRO, true)
	e.cinEnd = weekday(workday.AddMonthsClamped(e.cpEnd, 4).AddDays(g.between(0, 14)))
	e.end = e.cinEnd
	c.add(e.end, "Case closed", "The child in need plan's goals were met: the family are managing well with the school and health visitor, so the case was closed.", byLong, true)
	return e
}

// placements gives children in care the homes they were placed in: brothers and sisters
// together mostly, each placement one after the other.
func (g *gen) placements(f *family, e *episode) {
	starts := append([]date.Date{e.care}, e.moves...)
	together := g.chance(0.7)
	var shared []place
	if together {
		for range starts {
			shared = append(shared, g.place())
		}
	}
	for _, c := range f.kids {
		if c.Unborn() {
			continue
		}
		for i, s := range starts {
			pl := shared
			if !together {
				pl = []place{g.place()}
				i = 0
			}
			var end date.Date
			if j := slices.Index(starts, s) + 1; j < len(starts) {
				end = starts[j].AddDays(-1)
			}
			g.live(c, pl[i], since(s, c), end)
			if e.places == nil {
				e.places = map[int64][]place{}
			}
			e.places[c.ID] = append(e.places[c.ID], pl[i])
		}
	}
}

// record writes a family's allocations, chronology, warnings and restrictions.
func (g *gen) record(f *family, cur, past *episode) {
	t := g.today
	for _, c := range f.kids {
		for _, e := range []*episode{past, cur} {
			if e != nil {
				g.events(c, f, e)
			}
		}
		if past != nil && !past.referral.Before(c.DateOfBirth) {
			g.allocate(c, past.assess, past.assessTeam, "", past.referral, past.end)
		}
		if cur == nil {
			continue
		}
		switch cur.status {
		case stMASH:
			g.allocate(c, cur.front, cur.frontTeam, "", cur.start, date.Date{})
		case stAssess:
			g.allocate(c, cur.assess, cur.assessTeam, "", cur.referral, date.Date{})
		case stEH:
			g.allocate(c, cur.long, cur.lTeam, "Early help key worker", cur.start, date.Date{})
		default:
			if c.Unborn() || c.DateOfBirth.Before(cur.transfer) {
				g.allocate(c, cur.assess, cur.assessTeam, "", cur.referral, cur.transfer)
			}
			worker, team := cur.long, cur.lTeam
			if cur.status == stCLA && !c.Unborn() && c.DateOfBirth.AgeOn(t) >= 16 {
				worker, team = cur.leaving, cur.leavingTeam
				g.allocate(c, cur.pa, g.homeTeam[cur.pa], "Personal adviser", later(cur.care, grownUp(c)), date.Date{})
			}
			g.allocate(c, worker, team, "", since(cur.transfer, c), date.Date{})
			switch {
			case cur.status == stCP:
				g.allocate(c, cur.iro, g.homeTeam[cur.iro], "Child protection chair", since(cur.conference, c), date.Date{})
			case cur.status == stCLA && !c.Unborn():
				g.allocate(c, cur.iro, g.homeTeam[cur.iro], "Independent reviewing officer", since(cur.care, c), date.Date{})
			}
		}
	}

	// Warnings, for about 3% of families (and sw.demo's first).
	if g.chance(0.03) || cur != nil && cur.assess == g.swDemo && g.swDemoHouse == 1 {
		wt := pick(g, warningTexts)
		if cur != nil && cur.assess == g.swDemo && g.swDemoHouse == 1 {
			wt = warningTexts[2]
		}
		start := g.ago(14, 1000)
		for _, p := range f.residents {
			if !wt.all && p != f.kids[len(f.kids)-1] || p.Unborn() {
				continue
			}
			g.out.Warnings = append(g.out.Warnings, person.Warning{ID: g.next.Warning, PersonID: p.ID, Type: wt.typ,
				Detail: wt.detail, StartDate: since(start, p)})
			g.next.Warning++
		}
	}

	// Restricted records, about 0.2% of children (and one of sw.demo's).
	for i, c := range f.kids {
		swCase := cur != nil && cur.assess == g.swDemo && g.swDemoHouse == 2 && i == 0
		if c.Unborn() || !swCase && !g.chance(0.002) {
			continue
		}
		c.Restricted, c.RestrictionReason = true, pick(g, restrictions)
		user := pick(g, pick(g, g.teams[kAssess]).workers)
		switch {
		case swCase:
			c.RestrictionReason = restrictions[0]
			user = g.swDemo
		case cur != nil && cur.status == stMASH:
			user = cur.front
		case cur != nil && cur.status == stAssess:
			user = cur.assess
		case cur != nil:
			user = cur.long
		}
		g.out.Grants = append(g.out.Grants, store.BulkGrant{ID: g.next.Grant, PersonID: c.ID, UserID: user, Reason: "Allocated worker"})
		g.next.Grant++
	}
}

func (g *gen) allocate(c *person.Person, worker, team int64, role string, start, end date.Date) {
	if role == "" {
		role = "Allocated social worker"
	}
	if worker == 0 || start.After(g.today) || !end.IsZero() && end.Before(start) {
		return
	}
	var reason string
	if !end.IsZero() && role == "Allocated social worker" {
		reason = swEndReasons[g.next.Allocation%int64(len(swEndReasons))]
	}
	g.out.Allocations = append(g.out.Allocations, person.Allocation{ID: g.next.Allocation, PersonID: c.ID, WorkerID: worker,
		TeamID: team, Role: role, StartDate: start, EndDate: end, EndReason: reason})
	g.next.Allocation++
}

// swEndReasons are why a demo social worker's allocation ended (the 903's SW_REASON), taken in
// turn by allocation ID rather than drawn, so that the rest of the council is unchanged: most
// cases move between teams as the journey goes on (TSPROC), then managers' decisions, workers
// leaving, and the rarer reasons.
var swEndReasons = []string{"TSPROC", "TSPROC", "TSPROC", "TSPROC", "TSPROC", "TSPROC", "TSPROC", "TSPROC", "MANAGE", "MANAGE",
	"MANAGE", "LEFTRL", "LEFTRL", "LEFTRL", "ABSENC", "ORGRST", "LEFTRL", "CHCHAN", "PCCHAN", "OTHERS"}

// events writes an episode's steps into a child's chronology.
func (g *gen) events(c *person.Person, f *family, e *episode) {
	k := newKid(c)
	steps := e.steps
	if e.status >= 0 && c.DateOfBirth.After(e.start) {
		born := c.DateOfBirth.AddDays(7)
		if born.After(g.today) {
			born = g.today
		}
		// A baby born while the family is open to us.
		by := byLong
		if e.status == stAssess {
			by = byAssess
		}
		i, _ := slices.BinarySearchFunc(steps, born, func(s step, d date.Date) int { return cmpDate(s.d, d) })
		steps = slices.Insert(slices.Clone(steps), i, step{d: born, cat: "Birth", tpl: pick(g, births), by: by, significant: true})
	}
	for _, s := range steps {
		switch {
		case c.Unborn() && s.bornOnly,
			!c.Unborn() && s.d.Before(c.DateOfBirth),
			s.minAge > 0 && (c.Unborn() || c.DateOfBirth.AgeOn(s.d) < s.minAge):
			continue
		}
		tpl := s.tpl
		if c.Unborn() && s.unbornTpl != "" {
			tpl = s.unbornTpl
		}
		by := [...]int64{byFront: e.front, byAssess: e.assess, byLong: e.long, byIRO: e.iro}[s.by]
		if s.by == byLong && e.leaving != 0 && !c.Unborn() && c.DateOfBirth.AgeOn(g.today) >= 16 {
			by = e.leaving
		}
		id := g.next.Event
		g.next.Event++
		g.out.Events = append(g.out.Events, store.BulkEvent{Event: person.Event{ID: id, PersonID: c.ID, Date: s.d,
			Category: s.cat, Summary: render(tpl, k, f.eldest), Significant: s.significant,
			RecordedAt: time.Date(s.d.Year(), s.d.Month(), s.d.Day(), 9+int(id%8), int(id*7%60), 0, 0, time.UTC)}, RecordedByID: by})
	}
}

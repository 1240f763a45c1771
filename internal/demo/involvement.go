package demo

import (
	"slices"
	"time"

	"ourchild/internal/date"
	"ourchild/internal/person"
	"ourchild/internal/store"
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
	moves                         []date.Date // placement changes
	front, assess, long           int64       // workers
	frontTeam, assessTeam, lTeam  int64
	leaving, leavingTeam, pa, iro int64
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
func (g *gen) plan(f *family, sw bool) (current, past *episode) {
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
	return current, past
}

func (g *gen) current(f *family, sw bool) *episode {
	onlyUnborn := len(f.kids) == 1 && f.kids[0].Unborn()
	st := pickW(g, statuses)
	if slices.ContainsFunc(f.kids, (*person.Person).Disabled) && g.chance(0.35) {
		st = stCWD
	}
	if onlyUnborn && st != stMASH && st != stCP {
		st = stAssess
	}
	if sw {
		st = stAssess
	}
	e := &episode{status: st}
	e.front, e.frontTeam = g.worker(kMASH)
	e.assess, e.assessTeam = g.worker(kAssess)
	if sw {
		e.assess, e.assessTeam = g.swDemo, g.swDemoTeam
		g.swDemoKids += len(f.kids)
		g.swDemoHouse++
	}
	e.long, e.lTeam = g.worker(teamOf[st])
	e.steps = make([]step, 0, 2*maxEvents)
	t := g.today
	add := func(d date.Date, cat, tpl string, by int, sig bool) bool {
		return e.add(t, step{d: d, cat: cat, tpl: tpl, by: by, significant: sig})
	}
	visit := func(d date.Date, by int) bool {
		return e.add(t, step{d: d, cat: "Home visit", tpl: pick(g, visits), unbornTpl: pick(g, unbornVisits), by: by})
	}
	var harm string
	contact := func(d date.Date) {
		var text string
		text, harm = g.contact(f, d)
		add(d, "Contact received", text, byFront, true)
	}
	referral := func(d date.Date) {
		e.referral = d
		add(d, "Referral accepted", pick(g, referrals), byFront, true)
	}
	enquiry := func(d date.Date) date.Date {
		add(d, "Strategy discussion", pick(g, strategies), byAssess, true)
		d = g.days(d, 1, 3)
		e.add(t, step{d: d, cat: "Child protection enquiry", tpl: pick(g, enquiries), unbornTpl: pick(g, unbornEnquiries), by: byAssess, significant: true})
		return d
	}
	reviews := func(from date.Date, every int, cat string, texts []string, by int, visits bool) {
		for d := from; !d.After(t); d = g.days(d, every-10, every+10) {
			if visits && g.chance(0.5) {
				visit(d.AddDays(-g.between(20, 40)), byLong)
			}
			if !add(d, cat, pick(g, texts), by, true) {
				return
			}
		}
	}

	switch st {
	case stMASH:
		e.start = g.ago(2, 9)
		contact(e.start)
		e.referral = e.start
		add(e.start.AddDays(1), "Front door checks", pick(g, frontDoorChecks), byFront, false)
		add(e.start.AddDays(2), "Phone call with parent", pick(g, frontDoorCalls), byFront, false)
	case stAssess:
		e.start = g.ago(5, 44)
		contact(e.start)
		d := g.days(e.start, 1, 2)
		referral(d)
		if g.chance(0.25) {
			d = enquiry(g.days(d, 0, 2))
		}
		d = g.days(d, 2, 8)
		visit(d, byAssess)
		if g.chance(0.5) {
			visit(g.days(d, 7, 14), byAssess)
		}
	case stCIN, stCWD:
		e.start = g.ago(60, 1000)
		if st == stCWD {
			add(e.start, "Contact received", pick(g, cwdContacts), byFront, true)
		} else {
			contact(e.start)
		}
		referral(g.days(e.start, 1, 3))
		a := g.days(e.referral, 20, 45)
		e.transfer = a
		if st == stCWD {
			add(a, "Child and family assessment completed", pick(g, cwdAssessments), byAssess, true)
			e.add(t, step{d: g.days(a, 30, 90), cat: "Short breaks started", tpl: pick(g, shortBreaks), by: byLong, significant: true, bornOnly: true})
			reviews(a.AddDays(365), 365, "Review", cwdReviews, byLong, true)
		} else {
			add(a, "Child and family assessment completed", pick(g, assessmentsNeed), byAssess, true)
			p := g.days(a, 3, 10)
			e.transfer = p
			add(p, "Child in need plan started", pick(g, cinPlans), byLong, true)
			reviews(p.AddDays(90), 90, "Review", cinReviews, byLong, true)
		}
	case stCP:
		e.start = g.ago(30, 700)
		contact(e.start)
		referral(g.days(e.start, 0, 1))
		d := enquiry(g.days(e.referral, 0, 2))
		e.conference = g.days(d, 8, 14)
		e.transfer = e.conference
		add(e.conference, "Child protection conference", pick(g, conferences), byIRO, true)
		if harm == "" {
			harm = pickW(g, harms)
		}
		add(e.conference, "Child protection plan started", "{Name} became subject to a child protection plan because of "+harm+".", byLong, true)
		reviews(e.conference.AddDays(90), 180, "Review", cpReviews, byIRO, true)
		e.iro = pick(g, g.iros)
	case stCLA:
		e.start = g.ago(90, 2200)
		contact(e.start)
		referral(g.days(e.start, 1, 3))
		d := e.referral
		if g.chance(0.5) {
			d = enquiry(g.days(d, 0, 2))
		}
		e.care = g.days(d, 5, 60)
		e.transfer = e.care
		e.add(t, step{d: e.care, cat: "Became looked after", tpl: pick(g, cared), by: byAssess, significant: true, bornOnly: true})
		e.add(t, step{d: g.days(e.care, 20, 28), cat: "Health assessment", tpl: pick(g, healthChecks), by: byLong, significant: true, bornOnly: true})
		for range g.r.IntN(3) {
			if m := g.days(e.care, 30, max(31, e.care.DaysUntil(t))); !m.After(t) {
				e.moves = append(e.moves, m)
			}
		}
		slices.SortFunc(e.moves, cmpDate)
		for _, m := range e.moves {
			e.add(t, step{d: m, cat: "Placement change", tpl: pick(g, placementMoves), by: byLong, significant: true, bornOnly: true})
		}
		texts := claReviewsOlder
		if f.eldest.unborn || f.kids[0].DateOfBirth.AgeOn(t) < 5 {
			texts = claReviewsYoung
		}
		for d := e.care.AddDays(20); !d.After(t); {
			if !e.add(t, step{d: d, cat: "Review", tpl: pick(g, texts), by: byIRO, significant: true, bornOnly: true}) {
				break
			}
			if d.Before(e.care.AddDays(100)) {
				d = d.AddDays(90)
			} else {
				d = g.days(d, 170, 190)
			}
		}
		e.add(t, step{d: later(e.care.AddDays(30), g.ago(30, 200)), cat: "Pathway plan", tpl: pick(g, pathwayPlans), by: byLong,
			significant: true, bornOnly: true, minAge: 16})
		e.iro = pick(g, g.iros)
		for _, k := range f.kids {
			if !k.Unborn() && k.DateOfBirth.AgeOn(t) >= 16 {
				e.leaving, e.leavingTeam = g.worker(kLC)
				e.pa = pick(g, g.pas)
				break
			}
		}
	case stEH:
		e.start = g.ago(30, 270)
		e.referral = e.start
		text := ehRequests[g.between(1, 2)]
		if !f.eldest.unborn && f.kids[0].DateOfBirth.AgeOn(e.start) >= 5 {
			text = ehRequests[g.between(0, 1)]
		}
		add(e.start, "Early help requested", text, byLong, true)
		a := g.days(e.start, 10, 30)
		add(a, "Early help assessment completed", pick(g, ehAssessments), byLong, true)
		reviews(a.AddDays(42), 42, "Team around the family meeting", ehMeetings, byLong, false)
	}
	// Steps were added in order within each kind; keep the chronology in date order.
	slices.SortStableFunc(e.steps, func(a, b step) int { return cmpDate(a.d, b.d) })
	e.trim()
	return e
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
	t := g.today
	text, _ := g.contact(f, e.start)
	e.add(t, step{d: e.start, cat: "Contact received", tpl: text, by: byFront, significant: true})
	e.referral = g.days(e.start, 1, 3)
	e.add(t, step{d: e.referral, cat: "Referral accepted", tpl: pick(g, referrals), by: byFront, significant: true})
	a := g.days(e.referral, 20, 45)
	if g.chance(0.6) {
		e.add(t, step{d: a, cat: "Child and family assessment completed", tpl: pick(g, assessmentsNoNeed), by: byAssess, significant: true})
		e.end = g.days(a, 0, 7)
	} else {
		e.add(t, step{d: a, cat: "Child and family assessment completed", tpl: pick(g, assessmentsNeed), by: byAssess, significant: true})
		p := g.days(a, 3, 10)
		e.add(t, step{d: p, cat: "Child in need plan started", tpl: pick(g, cinPlans), by: byAssess, significant: true})
		r := g.days(p, 80, 100)
		e.add(t, step{d: r, cat: "Review", tpl: pick(g, cinReviews), by: byAssess, significant: true})
		e.end = g.days(r, 30, 200)
	}
	if !e.end.Before(before) {
		return nil
	}
	e.add(t, step{d: e.end, cat: "Case closed", tpl: pick(g, closures), by: byAssess, significant: true})
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
	g.out.Allocations = append(g.out.Allocations, person.Allocation{ID: g.next.Allocation, PersonID: c.ID, WorkerID: worker,
		TeamID: team, Role: role, StartDate: start, EndDate: end})
	g.next.Allocation++
}

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

package demo

import (
	"slices"

	"ourchild/internal/date"
	"ourchild/internal/person"
)

// Young people on their own (issue 4): the story's households put children in care with their
// families around them, so it has no unaccompanied asylum-seeking children and no care
// leavers who have left care. Every loneEvery households the generator adds one young person
// on their own, in turn:
//
//   - an unaccompanied asylum-seeking child, 16 or 17, who arrived at 15 to 17 and is looked
//     after under section 20 (the 903's UASC table);
//   - a care leaver of 18 to 21 who came into care at 14 or 15 and left at 16½ to 18 (the
//     903's OC3 table, from the contacts around each birthday);
//   - a former unaccompanied child, now 18 to 20, whose status ended at 18, the day they left
//     care (UASC and OC3 both).
//
// Their people and casework draw from g.cr, like the care histories; their care history is
// written by care.go from an episode made here, so it follows the same rules.
const loneEvery = 120

// lone adds the n-th young person on their own.
func (g *gen) lone(n int) {
	r := g.r
	g.r = g.cr
	defer func() { g.r = r }()
	t := g.today
	kind := n % 3
	uasc := kind != 1
	var c *culture
	sex := "M"
	if uasc {
		c = cultures[pickW(g, []weighted[string]{w(35, "afghan"), w(25, "eritrean"), w(15, "kurdish"), w(15, "iranian"), w(10, "somali")})]
		if g.chance(0.1) {
			sex = "F" // nearly all unaccompanied children are boys
		}
	} else {
		c = cultures[pickW(g, []weighted[string]{w(75, "british"), w(10, "caribbean"), w(5, "irish"), w(10, "pakistani")})]
		sex = g.sex("F", 0.5)
	}
	var dob, start, left date.Date
	switch kind {
	case 0: // 16 or 17 now, arrived at 15 or 16, here for four months or more
		dob = t.AddDays(-(16*365 + g.between(0, 700)))
		start = dob.AddDays(15*365 + g.between(0, 700))
		if latest := t.AddDays(-120); start.After(latest) {
			start = latest
		}
	case 1: // 18 to 21 now; came into care at 14 or 15 and left at 16½ to 18
		dob = t.AddDays(-(18*365 + g.between(10, 3*365+300)))
		start = dob.AddDays(14*365 + g.between(0, 600))
		left = dob.AddDays(16*365 + g.between(200, 740))
		if at18 := dob.AddDate(18, 0, 0); left.After(at18) {
			left = at18
		}
	default: // 18 to 20 now; arrived at 15 or 16, left care on their 18th birthday
		dob = t.AddDays(-(18*365 + g.between(10, 2*365+300)))
		start = dob.AddDays(15*365 + g.between(0, 500))
		left = dob.AddDate(18, 0, 0)
	}
	p := g.add(g.adult(c, sex, dob))
	if uasc {
		p.FirstLanguage = pickW(g, c.langs)
		p.Interpreter = g.chance(0.6)
	}
	home := g.place()
	g.live(p, home, start, date.Date{})

	e := &episode{status: stCLA, care: start, uasc: uasc, left: left, iro: pick(g, g.iros), pa: pick(g, g.pas),
		home: home.postcode}
	if !uasc {
		e.home = g.place().postcode // the family home they were taken into care from
	}
	e.long, e.lTeam = g.worker(kCiC)
	e.health = start.AddDays(g.between(15, 28))
	end := t
	if !left.IsZero() {
		switch {
		case uasc || left.Equal(dob.AddDate(18, 0, 0)):
			e.leftWhy = pickW(g, []weighted[string]{w(4, "E17"), w(5, "E5"), w(1, "E6")})
		default:
			e.leftWhy = pickW(g, []weighted[string]{w(5, "E5"), w(3, "E13"), w(2, "E4B")})
		}
		end = left
	}
	// Reviews: within 20 working days, three months later, then every six months.
	for d := wd(start, g.between(12, 19)); !d.After(end); {
		e.reviews = append(e.reviews, d)
		if len(e.reviews) == 1 {
			d = weekday(d.AddDays(g.between(80, 88)))
		} else {
			d = weekday(d.AddDays(g.between(165, 178)))
		}
	}
	// The chronology: care, the health assessment, the first reviews, the pathway plan and
	// leaving care.
	e.start, e.referral, e.transfer = start, start, start
	arrived := "{Name} arrived in Demotown alone and was brought to the council by the police; {they} became looked after under section 20."
	if !uasc {
		arrived = "{Name} became looked after under section 20 after the family home broke down."
	}
	e.add(t, step{d: start, cat: "Became looked after", tpl: arrived, by: byLong, significant: true})
	e.add(t, step{d: e.health, cat: "Health assessment", tpl: pick(g, healthChecks), by: byLong})
	for i, d := range e.reviews {
		if i < 3 {
			e.add(t, step{d: d, cat: "Review", tpl: pick(g, claReviewsOlder), by: byIRO})
		}
	}
	if at16 := later(start, dob.AddDate(16, 0, 0)).AddDays(g.between(30, 80)); end.After(at16) {
		e.add(t, step{d: at16, cat: "Pathway plan", tpl: pick(g, pathwayPlans), by: byLong, significant: true})
	}
	if !left.IsZero() {
		e.add(t, step{d: left, cat: "Left care", tpl: "{Name} left care and moved on; the personal adviser keeps in touch.", by: byLong, significant: true})
	}
	slices.SortStableFunc(e.steps, func(a, b step) int { return cmpDate(a.d, b.d) })
	g.events(p, &family{kids: []*person.Person{p}, eldest: newKid(p)}, e)

	sw, swTeam := e.long, e.lTeam
	g.allocate(p, sw, swTeam, "", start, left)
	g.allocate(p, e.pa, g.homeTeam[e.pa], "Personal adviser", later(start, dob.AddDate(16, 0, 0)), date.Date{})

	co := &course{cla: e, care: start, w: crew{long: sw, longTeam: swTeam, iro: e.iro}}
	j := &journey{g: g, co: co, c: p, k: newKid(p), eldest: newKid(p), groups: map[string]string{}}
	j.care()
}

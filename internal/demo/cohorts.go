package demo

import (
	"ourchild/internal/casework"
	"ourchild/internal/date"
	"ourchild/internal/workday"
)

// The other cohorts (issue 4; internal/casework/cohorts.go): a handful of children whose case
// is open get a record of one of them, so that each cohort's page, list and clocks have
// something to show. The child is chosen by their ID (so the choice does not move the random
// sequences) among children the record suits: a disabled child's transfer to the children
// with disabilities team and short breaks, a 16 or 17-year-old presenting as homeless, a child
// under assessment because they are privately fostered, and children of school age missing
// education, educated at home, or the subject of an allegation against a person who works with
// them. The records draw from g.cr and are dated within the open referral.

// cohorts writes the child's cohort record, if they have one.
func (j *journey) cohorts() {
	g, co, c := j.g, j.co, j.c
	if j.ref == 0 || co.st < 0 || c.Unborn() || j.on(co.closure) {
		return
	}
	from, ok := j.d(co.referral)
	if !ok {
		return
	}
	r := g.r
	g.r = g.cr
	defer func() { g.r = r }()
	t := g.today
	age := c.DateOfBirth.AgeOn(t)
	days := from.DaysUntil(t)
	at := func(lo, hi int) date.Date { // a working day lo to hi days into the referral, not after today
		return earlier(wd(from.AddDays(min(days, g.between(lo, hi))), 0), t)
	}
	switch id := c.ID; {
	case co.st == stCWD && id%3 == 0 && days > 30:
		j.cwdTransfer(at(5, 20))
	case co.st == stCWD && id%3 == 1 && days > 60:
		j.shortBreak(at(40, 90))
	case age >= 16 && age <= 17 && (co.st == stAssess || co.st == stCIN) && id%4 == 0:
		j.homeless(from)
	case co.st == stAssess && age >= 5 && age <= 15 && id%6 == 0:
		j.privateFostering(from)
	case age >= 6 && age <= 15 && id%67 == 0:
		j.cme(at(10, 200))
	case age >= 6 && age <= 15 && id%71 == 1:
		j.ehe(at(10, 200))
	case age >= 5 && age <= 15 && (co.st == stCIN || co.st == stCP) && id%73 == 2 && days > 10:
		j.lado(at(10, 300))
	}
}

func (j *journey) cwdTransfer(d date.Date) {
	g, co := j.g, j.co
	v := casework.Values{}
	v.Set("requested", d.String())
	v.Set("disability", j.text(pick(g, []string{
		"{Name} has a diagnosis of autism with a severe learning disability; {they} need help with every part of daily care and cannot be left alone.",
		"{Name} has cerebral palsy and epilepsy, uses a wheelchair and is fed by a gastrostomy tube.",
		"{Name} has a rare genetic condition with a life-limiting prognosis; care is shared with the children's hospice."})))
	v.Set("criteria", "substantial_permanent", "arise_from_disability")
	if dec := wd(d, g.between(3, 10)); !dec.After(g.today) {
		v.Set("decision", "transfer")
		v.Set("decided", dec.String())
		v.Set("rationale", "The needs arise from the disability and are substantial and permanent: the children with disabilities team is best placed to meet them.")
		v.Set("receiving_team", "Children with disabilities team")
		if tr := wd(dec, g.between(2, 10)); !tr.After(g.today) {
			v.Set("transferred", tr.String())
		}
	}
	j.add("cwd_transfer", 0, j.ref, co.w.long, "", v)
}

func (j *journey) shortBreak(d date.Date) {
	g, co := j.g, j.co
	v := casework.Values{}
	v.Set("start", d.String())
	typ := pickW(g, []weighted[string]{w(4, "overnight"), w(3, "day"), w(2, "direct_payment"), w(1, "community")})
	v.Set("type", typ)
	v.Set("provider", map[string]string{"overnight": "Maple House short breaks unit", "day": "Saturday club at Sampleford Leisure Centre",
		"direct_payment": "Direct payment managed by the family", "community": "Sampleford Scouts, with a support worker"}[typ])
	v.Set("hours", pick(g, []string{"8", "12", "16", "24"}))
	v.Set("review", workday.AddMonthsClamped(d, 12).String())
	j.add("short_break", 0, j.ref, co.w.long, "", v)
}

func (j *journey) homeless(from date.Date) {
	g, co, t := j.g, j.co, j.g.today
	v := casework.Values{}
	v.Set("presented", from.String())
	v.Set("route", pickW(g, []weighted[string]{w(6, "csc"), w(3, "housing"), w(1, "other")}))
	v.Set("stay", pick(g, []string{"family", "family", "supported", "foster"}))
	if a := wd(from, g.between(1, 5)); !a.After(t) {
		v.Set("assessed", a.String())
		v.Set("informed", "yes")
		if o := wd(a, g.between(0, 3)); !o.After(t) {
			switch g.r.IntN(3) {
			case 0:
				v.Set("outcome", "housing_support")
				v.Set("views", j.text("{Name} said: \"I don't want to be in care. I want my own place near college and my friends.\""))
				v.Set("rationale", "Told what section 20 would give, and chose housing with support under section 17: the choice is informed and recorded.")
			case 1:
				v.Set("outcome", "s20")
				v.Set("views", j.text("{Name} said {they} could not go home and wanted somewhere safe to live."))
				v.Set("rationale", "Homeless and a child in need: looked after under section 20.")
			default:
				v.Set("outcome", "home")
				v.Set("views", j.text("{Name} agreed to go home after a family meeting, with support from the family support worker."))
				v.Set("rationale", "Family mediation worked: the young person returned home with a plan.")
			}
			v.Set("outcome_date", o.String())
		}
	}
	j.add("homeless_16_17", 0, j.ref, co.w.assess, "", v)
}

func (j *journey) privateFostering(from date.Date) {
	g, co, t := j.g, j.co, j.g.today
	v := casework.Values{}
	v.Set("notified", from.String())
	v.Set("arrangement_start", from.AddDays(-g.between(10, 60)).String())
	v.Set("carer", pick(g, []string{"Mrs Joyce Baptiste", "Mr and Mrs Kaya", "Ms Efua Mensah"}))
	v.Set("carer_relationship", pick(g, []string{"Family friend", "Great-aunt", "Mother's former neighbour"}))
	v.Set("parent_consent", "yes")
	v.Set("parent_contact", "Mum phones every Sunday and visits once a month.")
	if a := wd(from, g.between(20, 40)); !a.After(t) {
		v.Set("assessed", a.String())
		v.Set("suitability", pick(g, []string{"suitable", "suitable", "suitable_conditions"}))
	}
	j.add("private_fostering", 0, j.ref, co.w.assess, "", v)
	// Visits: within 7 working days, then every six weeks.
	for d := wd(from, g.between(2, 6)); !d.After(t); d = wd(d.AddDays(g.between(28, 40)), 0) {
		j.visit(d.AddDays(-j.shift), "pf")
	}
}

func (j *journey) cme(d date.Date) {
	g, co, t := j.g, j.co, j.g.today
	v := casework.Values{}
	v.Set("reported", d.String())
	v.Set("reported_by", "Demotown High School attendance officer")
	v.Set("school", "Demotown High School")
	v.Set("ground", "Not attended for 20 school days, whereabouts unknown")
	v.Set("enquiries", d.String()+": the school tried the family's phone numbers and visited the home", wd(d, 2).String()+": health visitor and GP asked; no new address")
	if r := wd(d, g.between(5, 25)); !r.After(t) {
		v.Set("resolved", r.String())
		v.Set("outcome", pick(g, []string{"on_roll", "on_roll", "moved_la", "ehe"}))
	}
	j.add("cme", 0, j.ref, co.w.long, "", v)
}

func (j *journey) ehe(d date.Date) {
	g, co, t := j.g, j.co, j.g.today
	v := casework.Values{}
	v.Set("notified", d.String())
	v.Set("school", "Sampleford Academy")
	v.Set("reason", "The parents are unhappy with how the school handled bullying and want to teach at home for now.")
	if vis := wd(d, g.between(10, 30)); !vis.After(t) {
		v.Set("visited", vis.String())
		v.Set("child_seen", "yes")
		v.Set("child_views", j.text("{Name} showed the officer a project on the Romans and talked about missing friends from school."))
		if dec := wd(vis, g.between(5, 20)); !dec.After(t) {
			v.Set("suitability", pick(g, []string{"suitable", "suitable", "not_suitable"}))
			v.Set("decided", dec.String())
		} else {
			v.Set("suitability", "not_known")
		}
	}
	j.add("ehe", 0, j.ref, co.w.long, "", v)
}

func (j *journey) lado(d date.Date) {
	g, co, t := j.g, j.co, j.g.today
	v := casework.Values{}
	known := wd(d, -g.between(0, 2))
	v.Set("known", known.String())
	v.Set("received", d.String())
	role := pick(g, []string{"Teacher", "Football coach", "Teaching assistant", "Youth worker"})
	v.Set("role", role)
	v.Set("employer", map[string]string{"Teacher": "Demotown High School", "Football coach": "Sampleford Juniors FC",
		"Teaching assistant": "St Anne's Primary", "Youth worker": "Demotown Youth Club"}[role])
	v.Set("category", "harm")
	v.Set("allegation", j.text("{Name} told a parent that the "+role+" grabbed {their} arm hard enough to leave a bruise."))
	if m := wd(d, g.between(1, 3)); !m.After(t) {
		v.Set("meeting", m.String())
		if c := wd(m, g.between(20, 60)); !c.After(t) {
			out := pick(g, []string{"unsubstantiated", "unsubstantiated", "substantiated", "unfounded"})
			v.Set("outcome", out)
			v.Set("concluded", c.String())
			if out == "substantiated" {
				v.Set("dbs", "yes")
			}
		}
	}
	j.add("lado", 0, j.ref, co.w.long, "", v)
}

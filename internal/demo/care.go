package demo

import (
	"fmt"
	"slices"
	"time"

	"ourchild/internal/casework"
	"ourchild/internal/date"
	"ourchild/internal/workday"
)

// Care histories (issue 4): the casework of a child the story says is looked after — the
// period of care from the day the chronology says they became looked after, its placements
// and legal statuses as SSDA903 episodes (one after the other, a change the same day as the
// last ends), the looked-after reviews the chronology tells, health assessments, personal
// education plans, statutory visits, missing episodes for some teenagers, adoption for some
// young children, and leaving care support from 16. Drawn from g.cr, so that the rest of the
// casework is the same with or without it. The rules the records meet are the SSDA903
// return's (internal/ssda903): the return for the last complete year has no errors
// (TestSSDA903InStore).

// A careStep is a change in a period of care: a new placement, a new legal status, or both.
type careStep struct {
	d             date.Date
	legal         string // "" for no change
	place         bool   // a new placement
	typ, provider string // the new placement's
	carer, postc  string
	urn           string
	until18       bool
	reason        string // why the last placement ended (REASON_PLACE_CHANGE)
}

// The synthetic Ofsted URNs of Demoshire's fostering service and adoption agency, and of the
// independent fostering agencies it uses (children's homes have their own, SC4nnnnn).
const (
	councilFosteringURN = "SC093701"
	councilAdoptionURN  = "SC093702"
)

var agencyURNs = []string{"SC512340", "SC523451", "SC534562"}

var (
	youngPlaces = []weighted[string]{w(45, "U6"), w(20, "U4"), w(14, "U3"), w(5, "U1"), w(8, "P1"), w(5, "K2"), w(5, "U5")}
	teenPlaces  = []weighted[string]{w(40, "U6"), w(16, "U4"), w(8, "U3"), w(35, "K2"), w(6, "P1")}
	moveReasons = []weighted[string]{w(30, "CARPL"), w(15, "CREQB"), w(12, "CREQO"), w(10, "CHILD"), w(10, "LAREQ"), w(5, "STAND"), w(3, "ALLEG"), w(5, "CLOSE"), w(10, "OTHER")}
	careNeeds   = []weighted[string]{w(65, "N1"), w(4, "N2"), w(2, "N3"), w(12, "N4"), w(5, "N5"), w(7, "N6"), w(1, "N7"), w(4, "N8")}
	fosterNames = []string{"Mr and Mrs Ahmed (foster carers)", "Ms Lewis (foster carer)", "Mr and Mr Okafor (foster carers)", "Mrs Price (foster carer)",
		"Mr and Mrs Novak (foster carers)", "Ms Begum (foster carer)", "Mr and Mrs Hughes (foster carers)", "Ms Clarke and Ms Reid (foster carers)"}
	kinNames   = []string{"Maternal grandmother", "Paternal aunt and uncle", "Family friend", "Maternal aunt", "Paternal grandparents"}
	homeNames  = []string{"Oakfield House (children's home)", "Riverside Lodge (children's home)", "The Willows (children's home)", "Ashgrove (children's home)"}
	pepTargets = []string{"Read with a carer for 15 minutes every evening", "Attend every day this term", "Catch up in maths with one-to-one tuition",
		"Join an after-school club", "Move up a reading band", "Complete the transition visits to the new school"}
	uascVoices = []string{"{Name} said this home feels safe, and asked for news of the asylum claim; the solicitor is chasing the Home Office.",
		"{Name} said college is going well and English is getting easier; football on Saturdays would help make friends.",
		"{Name} said nights are hard when worrying about family at home, and asked to see the counsellor again."}
	claDecisions = []string{"The plan for permanence was confirmed. Family time continues as planned.",
		"The placement meets the child's needs and should continue. The social worker will update the health plan.",
		"The care plan was reviewed; the child's views were heard and the plan continues."}
)

// care writes the care history of the journey's child.
func (j *journey) care() {
	g, co, c, e := j.g, j.co, j.c, j.co.cla
	if e == nil || c.Unborn() {
		return
	}
	r := g.r
	g.r = g.cr
	defer func() { g.r = r }()
	t, now := g.today, g.today // t: the end of the period of care when it has ended
	shift := func(d date.Date) date.Date { return d.AddDays(j.shift) }
	start := later(shift(e.care), c.DateOfBirth)
	if start.After(t) {
		return
	}
	dob := c.DateOfBirth
	age := func(d date.Date) int { return dob.AgeOn(d) }
	teen := age(start) >= 13
	// The virtual school finds a school-age child's unique pupil number when they come into
	// care (the 903 accepts "not yet obtained", UN4, only in the first week). Drawn from the
	// advisers' sequence, so the care histories are the same with or without it.
	if c.UPN == "" && age(now) >= 4 {
		g.drawFrom(g.pr, func() { c.UPN = g.upn() })
	}

	// The route into care, and the legal statuses after it.
	var steps []careStep
	first := careStep{d: start, place: true}
	switch x := g.r.IntN(100); {
	case teen && x < 55, !teen && x < 12:
		first.legal = "V2" // accommodated with the parents' agreement (s20)
	default:
		first.legal = "C1" // an interim care order
	}
	if e.uasc {
		first.legal = "V2" // no one with parental responsibility is here to object (s20)
	}
	// Adoption is the plan for nearly half the young children on a care order; most of those
	// in care for more than eighteen months have been adopted by now (the order ends care).
	pAdopt := 0.45
	if start.Before(t.AddDays(-540)) {
		pAdopt = 0.8
	}
	adopt := age(start) < 3 && first.legal == "C1" && g.chance(pAdopt)
	steps = append(steps, first)
	if first.legal == "C1" {
		// The final hearing: a full care order about 26 weeks in (a placement order as well
		// for a child to be adopted).
		steps = append(steps, careStep{d: weekday(start.AddDays(g.between(150, 220))), legal: "C2"})
	} else if !e.uasc && g.chance(0.3) {
		steps = append(steps, careStep{d: weekday(start.AddDays(g.between(60, 300))), legal: "C1"},
			careStep{legal: "C2"})
		steps[2].d = weekday(steps[1].d.AddDays(g.between(150, 220)))
	}
	var ad *careStep
	var po, adopted date.Date
	if adopt {
		po = weekday(steps[1].d.AddDays(g.between(0, 40)))
		if po.Equal(steps[1].d) {
			steps[1].legal = "E1"
		} else {
			steps = append(steps, careStep{d: po, legal: "E1"})
		}
		placed := careStep{d: weekday(po.AddDays(g.between(60, 200))), place: true, typ: "A6", provider: "PR1",
			carer: "Prospective adopters", reason: "CARPL"}
		if g.chance(0.3) {
			placed.typ, placed.carer = "A5", "Foster carers who will adopt" // fostering for adoption
			first.typ, first.carer, first.provider = "U5", "Foster carers who will adopt", "PR1"
			steps[0] = first
		}
		ad = &placed
		// The adoption order, six to ten months after the placement: the child leaves care
		// that day (E11 or E12), and the records after it stop.
		o := weekday(placed.d.AddDays(g.between(180, 300)))
		if o.Month() == time.March && o.Day() == 31 {
			// Not on 31 March: the sector's validator counts a child whose care ends that day as
			// looked after all year, so needs the year's outcomes (rule 191) and refuses them
			// with an adoption (rule 187). A court sitting that day is rare enough to skip.
			o = weekday(o.AddDays(1))
		}
		if !o.After(t) {
			adopted = o
		}
	}
	moves := slices.Clone(e.moves)
	if ad != nil {
		moves = nil // the adoption is the move
	} else if days := min(start.DaysUntil(t)-90, 700); days > 0 && g.chance(0.3) {
		// A placement that broke down: an emergency placement for a few days or weeks, then
		// new carers (the chronology keeps the moves it tells; these are the casework's).
		d := t.AddDays(-30 - g.r.IntN(days)).AddDays(-j.shift)
		moves = append(moves, d, d.AddDays(g.between(7, 50)))
	}
	for _, m := range moves {
		if m = shift(m); m.After(start) {
			steps = append(steps, careStep{d: m, place: true, reason: pickW(g, moveReasons)})
		}
	}
	if ad != nil {
		steps = append(steps, *ad)
	}
	slices.SortStableFunc(steps, func(a, b careStep) int { return cmpDate(a.d, b.d) })
	// Changes on the same day are one episode.
	for i := 1; i < len(steps); i++ {
		if steps[i].d.Equal(steps[i-1].d) {
			a, b := &steps[i-1], steps[i]
			if b.legal != "" {
				a.legal = b.legal
			}
			if b.place {
				a.place, a.typ, a.provider, a.carer, a.reason = true, b.typ, b.provider, b.carer, b.reason
			}
			steps = slices.Delete(steps, i, i+1)
			i--
		}
	}
	left, leftWhy := adopted, ""
	if left.IsZero() && !e.left.IsZero() && !e.left.After(t) {
		left, leftWhy = e.left, e.leftWhy
	}
	// Some children leave care to live at home again (E4A; a care order is discharged first) or
	// with relatives or their foster carers under a special guardianship order (E45, E46),
	// after the last change of legal status. From the advisers' sequence, so the rest of the
	// council draws what it did.
	var exitOrder string // the order the court made: "discharge" or "sgo"
	if left.IsZero() && !adopt && !e.uasc && e.left.IsZero() {
		last, legal := steps[len(steps)-1].d, ""
		for _, st := range steps {
			if st.legal != "" {
				legal = st.legal
			}
		}
		switch x := g.pr.IntN(100); {
		case x < 25:
			if d := weekday(last.AddDays(120 + g.pr.IntN(600))); !d.After(t) {
				left, leftWhy = d, "E4A"
				if legal == "C2" {
					exitOrder = "discharge"
				}
			}
		case x < 40 && age(start) < 14:
			if d := weekday(last.AddDays(300 + g.pr.IntN(500))); !d.After(t) {
				left, leftWhy, exitOrder = d, []string{"E45", "E45", "E45", "E46", "E46"}[g.pr.IntN(5)], "sgo"
			}
		}
	}
	if !left.IsZero() {
		t = left // the records of the child in care stop when care ends
		// Nor does anything change on or after that day: an episode must last a day (903 rule 355).
		steps = slices.DeleteFunc(steps, func(st careStep) bool { return st.d != start && !st.d.Before(left) })
	}
	places := e.places[c.ID]
	placeNo := 0
	var lastLegal, lastPostc, lastTyp string
	for i := range steps {
		s := &steps[i]
		if s.legal == "" {
			s.legal = lastLegal
		}
		lastLegal = s.legal
		if !s.place {
			continue
		}
		if s.typ == "" {
			list := youngPlaces
			if age(s.d) >= 13 {
				list = teenPlaces
			}
			for range 10 {
				s.typ = pickW(g, list)
				// A child is placed with parents only under a care order, and the same kind of
				// placement twice running is a move to new carers of that kind.
				if s.typ != "P1" || s.legal == "C1" || s.legal == "C2" {
					break
				}
			}
			// Placed with parents twice running is no move at all (903 rule 436): foster carers.
			if s.typ == "P1" && (s.legal != "C1" && s.legal != "C2" || lastTyp == "P1") {
				s.typ = "U6"
			}
		}
		lastTyp = s.typ
		// The Ofsted URN (903 rule 218) is the registered setting's: the fostering service that
		// approved the carers, the adoption agency, the children's home. Placed with parents
		// has none.
		switch s.typ {
		case "U1", "U2", "U3":
			s.provider, s.carer = "PR1", pick(g, kinNames)
			s.urn = councilFosteringURN
		case "U4", "U5", "U6":
			s.provider, s.carer = pickW(g, []weighted[string]{w(6, "PR1"), w(4, "PR4")}), pick(g, fosterNames)
			s.urn = councilFosteringURN
			if s.provider == "PR4" { // the same carers are always with the same agency
				s.urn = agencyURNs[max(0, slices.Index(fosterNames, s.carer))%len(agencyURNs)]
			}
		case "A5", "A6":
			s.urn = councilAdoptionURN
		case "K2":
			s.provider, s.carer = pickW(g, []weighted[string]{w(7, "PR4"), w(3, "PR1")}), pick(g, homeNames)
			s.urn = fmt.Sprintf("SC%06d", 400000+g.r.IntN(99999))
		case "P1":
			s.provider, s.carer = "PR0", "Placed with mum at home"
		}
		// Every placement has its postcode (903 rule 392b): placed with parents, their home;
		// placed for adoption with the foster carers, theirs; otherwise the home the child's
		// addresses record, or, for prospective adopters and the emergency placements the
		// chronology does not tell of, an address of its own.
		switch {
		case s.typ == "P1":
			s.postc = e.home
		case s.typ == "A5" && lastPostc != "":
			s.postc = lastPostc
		case placeNo < len(places) && s.typ != "A6":
			s.postc = places[placeNo].postcode
		default:
			s.postc = g.place().postcode
		}
		lastPostc = s.postc
		placeNo++
		s.until18 = (s.typ == "U1" || s.typ == "U4") && age(s.d) >= 5
	}
	// Special guardianship goes to the carers the child lives with: from a foster placement
	// only (903 rule 516). A child in a children's home or at home goes home instead.
	if exitOrder == "sgo" {
		var typ string
		for _, st := range steps {
			if st.place && !st.d.After(left) {
				typ = st.typ
			}
		}
		if !slices.Contains([]string{"U1", "U2", "U3", "U4", "U5", "U6"}, typ) {
			leftWhy, exitOrder = "E4A", ""
			if lastLegal == "C2" {
				exitOrder = "discharge"
			}
		}
	}

	// The period of care.
	cv := casework.Values{}
	cv.Set("start", start.String())
	cv.Set("category", pickW(g, careNeeds))
	cv.Set("home_postcode", e.home)
	cv.Set("uasc", yesNo(e.uasc))
	if e.uasc {
		cv.Set("category", "N8") // absent parenting
		if at18 := dob.AddDate(18, 0, 0); !at18.After(now) {
			cv.Set("uasc_ended", at18.String())
		}
	}
	cv.Set("previous_permanence", "Z1")
	cv.Set("care_plan", wd(start, -g.between(0, 1)).String())
	if wd(start, 0).After(start) {
		cv.Set("care_plan", start.String())
	}
	iro := j.name(e.iro)
	cv.Set("iro", iro)
	if a := wd(start, g.between(1, 5)); !a.After(t) {
		cv.Set("iro_appointed", a.String())
	}
	if d := shiftAll(e.reviews, j.shift); len(d) > 1 {
		plan := "long_term_fostering"
		switch {
		case adopt:
			plan = "adoption"
		case exitOrder == "sgo":
			plan = "sgo"
		case leftWhy == "E4A":
			plan = "home"
		case first.legal == "V2":
			plan = "home"
		case age(start) >= 15:
			plan = "independence"
		}
		if !d[1].After(t) {
			cv.Set("permanence_plan", plan)
			cv.Set("permanence_agreed", later(d[1], start).String())
		}
	}
	if e.uasc {
		cv.Set("family_time", j.text("{Name}'s family are abroad. {Name} speaks to {their} mother by video call when the connection allows; the social worker is helping trace {their} brother."))
	} else {
		cv.Set("family_time", j.text("{Name} sees mum and dad once a week at the family centre, supervised; {they} would like to see them more."))
	}
	adopters := pick(g, []string{"1", "2", "2", "2"})
	if !adopted.IsZero() {
		leftWhy = pickW(g, []weighted[string]{w(7, "E11"), w(3, "E12")}) // unopposed, or consent dispensed with
	}
	if !left.IsZero() {
		cv.Set("end", left.String())
		cv.Set("reason_ceased", leftWhy)
	}
	cpID := j.add("care_period", 0, j.ref, co.w.long, "", cv)
	if exitOrder != "" {
		// The application the court granted on the day the child left care.
		v := casework.Values{}
		v.Set("type", exitOrder)
		v.Set("applied", wd(left, -(20+g.pr.IntN(40))).String())
		v.Set("applicant", map[string]string{"discharge": "The local authority", "sgo": "The foster carers"}[exitOrder])
		if leftWhy == "E46" {
			v.Set("applicant", "The child's grandparents")
		}
		v.Set("decided", left.String())
		v.Set("outcome", "granted")
		j.add("legal_order", 0, j.ref, co.w.long, "", v)
	}

	// The episodes.
	for i, s := range steps {
		if s.d.After(t) {
			break
		}
		v := casework.Values{}
		v.Set("start", s.d.String())
		rne := "S"
		if i > 0 {
			switch {
			case s.typ == "A5": // placed for adoption with the foster carers: the same carers
				rne = "T"
			case s.place && s.legal != steps[i-1].legal:
				rne = "B"
			case s.place:
				rne = "P"
			default:
				rne = "L"
			}
		}
		cur := s
		if !s.place { // the placement goes on
			for k := i - 1; k >= 0; k-- {
				if steps[k].place {
					p := steps[k]
					cur.typ, cur.provider, cur.carer, cur.postc, cur.urn, cur.until18 = p.typ, p.provider, p.carer, p.postc, p.urn, p.until18
					break
				}
			}
		}
		v.Set("reason_new", rne)
		v.Set("legal_status", s.legal)
		v.Set("type", cur.typ)
		v.Set("provider", cur.provider)
		v.Set("carer", cur.carer)
		v.Set("postcode", cur.postc)
		v.Set("urn", cur.urn)
		v.Set("until_18", yesNo(cur.until18))
		if s.place {
			pp := s.d
			if g.chance(0.9) {
				pp = wd(s.d, g.between(0, 4))
			}
			if !pp.After(t) {
				v.Set("placement_plan", pp.String())
			}
		}
		if i+1 < len(steps) && !steps[i+1].d.After(t) {
			v.Set("end", steps[i+1].d.String())
			if steps[i+1].place {
				v.Set("reason_change", steps[i+1].reason)
			}
		} else if !left.IsZero() {
			v.Set("end", left.String())
		}
		j.add("placement", cpID, j.ref, co.w.long, "", v)
	}

	// The adoption: the agency decision, the placement order, the match and the placement.
	if ad != nil {
		v := casework.Values{}
		dec := weekday(later(start.AddDays(30), po.AddDays(-g.between(40, 100))))
		v.Set("decision", dec.String())
		if !po.After(t) {
			v.Set("placement_order", po.String())
		}
		if m := ad.d.AddDays(-g.between(20, 50)); !m.After(t) && m.After(po) {
			v.Set("match", m.String())
			v.Set("adopters", adopters)
			if v.Get("adopters") == "1" {
				v.Set("adopter_sex", pick(g, []string{"F1", "M1"}))
				v.Set("adopter_status", "L0")
			} else {
				v.Set("adopter_sex", pick(g, []string{"MF", "MF", "MF", "FF", "MM"}))
				// The 903 codes a married couple by sex: L11 a man and a woman (rule 520), L12 a
				// same-sex couple (rule 524).
				statuses := []string{"L11", "L11", "L2"}
				if v.Get("adopter_sex") != "MF" {
					statuses = []string{"L12", "L12", "L2"}
				}
				v.Set("adopter_status", pick(g, statuses))
			}
			v.Set("foster_carers", yesNo(ad.typ == "A5"))
			if !ad.d.After(t) {
				v.Set("placed", ad.d.String())
			}
			if !adopted.IsZero() {
				v.Set("order", adopted.String())
				v.Set("ended", adopted.String())
			}
		}
		if !dec.After(t) {
			j.add("adoption", cpID, j.ref, co.w.long, "", v)
		}
	}

	// Looked-after reviews: the ones the chronology tells.
	for _, d := range shiftAll(e.reviews, j.shift) {
		if d.Before(start) || d.After(t) {
			continue
		}
		v := casework.Values{}
		v.Set("date", d.String())
		v.Set("chair", iro)
		v.Set("participation", participation(g, age(d)))
		if e.uasc {
			v.Set("child_views", j.pick(uascVoices))
		} else {
			v.Set("child_views", j.pick(voicesByAge(age(d))))
		}
		v.Set("decisions", pick(g, claDecisions))
		j.add("cla_review", cpID, j.ref, e.iro, "", v)
	}

	// Health: the initial assessment the chronology tells, then reviews every 6 months under 5
	// and every year from 5.
	h := later(shift(e.health), start)
	for n := 0; !h.After(t); n++ {
		v := casework.Values{}
		v.Set("date", h.String())
		v.Set("type", map[bool]string{true: "initial", false: "review"}[n == 0])
		v.Set("by", map[bool]string{true: "Dr Patel, paediatrician", false: "Looked-after children's nurse"}[n == 0])
		v.Set("immunisations", yesNo(g.chance(0.9)))
		if age(h) < 5 {
			v.Set("development_check", pick(g, []string{"yes", "yes", "yes", "no"}))
		}
		v.Set("gp", "yes")
		if dental := h.AddDays(-g.between(10, 200)); g.chance(0.85) && !dental.Before(start) {
			v.Set("dental", dental.String())
		}
		if a := age(h); a >= 4 && a <= 16 {
			if g.chance(0.9) {
				v.Set("sdq", fmt.Sprint(min(40, max(0, 8+g.r.IntN(10)+g.r.IntN(10)))))
			} else {
				v.Set("sdq_reason", pick(g, []string{"SDQ2", "SDQ4", "SDQ5"}))
			}
		} else {
			v.Set("sdq_reason", "SDQ1") // under 4 or over 16: the 903 asks why for one turning 4 or 17 (rule 197B)
		}
		v.Set("substance_misuse", "no")
		if age(h) >= 13 && g.chance(0.1) {
			v.Set("substance_misuse", "yes")
			v.Set("intervention_offered", "yes")
			// Offered and not (yet) taken up: the 903 leaves "offered" blank for an intervention
			// received, which the record cannot say (it must have been offered).
			v.Set("intervention_received", "no")
		}
		v.Set("plan", "Keep up the dental and optician checks; the carer will take "+j.text("{name}")+" to each appointment.")
		j.add("health_assessment", cpID, j.ref, co.w.long, "", v)
		months := 12
		if age(h) < 5 {
			months = 6
		}
		h = workday.AddMonthsClamped(h, months).AddDays(-g.between(5, 30))
	}

	// Personal education plans for a child of school age: within 10 working days, then termly.
	if p := later(start, dob.AddDate(4, 0, 0)); true {
		p = wd(p, g.between(3, 10))
		for n := 0; !p.After(t) && age(p) < 18; n++ {
			v := casework.Values{}
			v.Set("date", p.String())
			v.Set("type", map[bool]string{true: "initial", false: "review"}[n == 0])
			v.Set("setting", pick(g, []string{"Demotown Primary School", "Sampleford Academy", "St Anne's Primary", "Demotown High School", "Sampleford College"}))
			v.Set("virtual_school", yesNo(g.chance(0.8)))
			v.Set("targets", j.lines(pepTargets, 2)...)
			j.add("pep", cpID, j.ref, co.w.long, "", v)
			p = weekday(p.AddDays(g.between(110, 125)))
		}
	}

	// Statutory visits: within a week of each placement, then every six weeks (three months
	// in a long-term placement after its first year). For about one child in twelve the
	// visits stopped a while ago: the visit clock is overdue.
	stop := t
	if g.chance(0.08) {
		stop = t.AddDays(-g.between(45, 70))
	}
	for i, s := range steps {
		if !s.place || s.d.After(t) {
			continue
		}
		end := stop
		for k := i + 1; k < len(steps); k++ {
			if steps[k].place {
				end = earlier(end, steps[k].d.AddDays(-1))
				break
			}
		}
		for d := s.d.AddDays(g.between(1, 6)); !d.After(end); {
			j.visit(d.AddDays(-j.shift), "cla")
			gap := g.between(28, 41)
			if s.until18 && d.After(s.d.AddDate(1, 0, 0)) {
				gap = g.between(60, 85)
			}
			d = d.AddDays(gap)
		}
	}

	// Missing episodes for some teenagers, with return interviews.
	if age(t) >= 12 && g.chance(0.35) {
		var days []date.Date
		for range g.between(1, 4) {
			days = append(days, start.AddDays(g.r.IntN(max(1, start.DaysUntil(t)))))
		}
		slices.SortFunc(days, cmpDate)
		var lastBack time.Time
		for _, d := range days {
			if age(d) < 11 || d.After(t.AddDays(-5)) {
				continue
			}
			out := time.Date(d.Year(), d.Month(), d.Day(), g.between(15, 22), g.r.IntN(60), 0, 0, time.UTC)
			back := out.Add(time.Duration(g.between(3, 40)) * time.Hour)
			if !out.After(lastBack) {
				continue // one missing episode ends before the next starts
			}
			lastBack = back
			v := casework.Values{}
			v.Set("type", pick(g, []string{"M", "M", "M", "A"}))
			v.Set("start", out.Format("2006-01-02T15:04"))
			v.Set("returned", back.Format("2006-01-02T15:04"))
			v.Set("where_found", "Found by the police at a friend's house in town.")
			bd := date.Of(back)
			v.Set("rhi_offered", bd.String())
			switch {
			case g.chance(0.15):
				v.Set("rhi_declined", "yes")
			default:
				ri := back.Add(time.Duration(g.between(18, 68)) * time.Hour)
				if g.chance(0.08) {
					ri = back.Add(time.Duration(g.between(80, 120)) * time.Hour)
				}
				if date.Of(ri).After(t) {
					break
				}
				v.Set("rhi_done", ri.Format("2006-01-02T15:04"))
				v.Set("rhi_summary", j.text("{Name} said {they} had gone to see friends and had not felt safe telling the carers."))
			}
			v.Set("exploitation", "yes")
			j.add("missing", 0, j.ref, co.w.long, "", v)
		}
	}

	// Leaving care support from 16: a personal adviser, the needs assessment and pathway plan,
	// pathway plan reviews every six months and contact around each birthday.
	if sixteen := dob.AddDate(16, 0, 0); e.pa != 0 && !sixteen.After(t) {
		from := later(sixteen, start)
		v := casework.Values{}
		v.Set("start", from.String())
		status := "eligible" // still in care (casework.LeaverStatus)
		switch {
		case !left.IsZero() && age(now) >= 18:
			status = "former_relevant"
		case !left.IsZero():
			status = "relevant"
		}
		v.Set("status", status)
		v.Set("adviser", j.name(e.pa))
		v.Set("adviser_from", from.String())
		na := from.AddDays(g.between(20, 80))
		if !na.After(now) {
			v.Set("needs_assessment", na.String())
			if pp := na.AddDays(g.between(7, 30)); !pp.After(now) {
				v.Set("pathway_plan", pp.String())
			}
		}
		v.Set("staying_put", yesNo(leftWhy == "E17" || left.IsZero() && g.chance(0.3)))
		clID := j.add("care_leaver", 0, j.ref, e.pa, "", v)
		for d := from.AddDays(g.between(150, 175)); !d.After(now); d = d.AddDays(g.between(150, 178)) {
			v := casework.Values{}
			v.Set("date", d.String())
			v.Set("views", j.text("{Name} wants to stay in the same home until the end of college."))
			v.Set("accommodation", leaverHome(g, dob, left, d))
			v.Set("activity", pick(g, []string{"F2", "F2", "F5", "G5"}))
			v.Set("plan", "The personal adviser will help with a bank account and a bus pass before the next review.")
			j.add("pathway_review", clID, j.ref, e.pa, "", v)
		}
		// After care, the adviser keeps in touch every five to eight weeks (R-G04), now and
		// then missing a contact or two. From their own sequence, so the rest of the council
		// is the same with or without them.
		if !left.IsZero() && status != "eligible" {
			g.drawFrom(g.pr, func() {
				for d := later(left, from).AddDays(g.between(20, 40)); !d.After(now); {
					v := casework.Values{}
					v.Set("date", d.String())
					v.Set("in_touch", "YES")
					v.Set("accommodation", leaverHome(g, dob, left, d))
					v.Set("activity", pick(g, []string{"F2", "F2", "F5", "G5"}))
					j.add("in_touch", clID, j.ref, e.pa, "", v)
					d = d.AddDays(g.between(35, 55))
					if g.chance(0.05) {
						d = d.AddDays(g.between(30, 60))
					}
				}
			})
		}
		for a := 17; a <= 21; a++ {
			bd := dob.AddDate(a, 0, 0)
			// On or a little before the birthday, so the contact is in the year the birthday is.
			d := later(bd.AddDays(-g.between(0, 25)), from)
			if bd.Before(from) || d.After(now) {
				continue
			}
			v := casework.Values{}
			v.Set("date", d.String())
			v.Set("in_touch", "YES")
			v.Set("accommodation", leaverHome(g, dob, left, d))
			v.Set("activity", pick(g, []string{"F2", "F2", "F5", "G5"}))
			j.add("in_touch", clID, j.ref, e.pa, "", v)
		}
	}
}

// leaverHome draws a care leaver's accommodation on d: residential or foster care while in
// care (C1, as the 903 counts a foster placement), then semi-independent accommodation,
// supported lodgings, staying put or their own tenancy, nearly always suitable; a foyer only
// for a young person already 18 at the start of the collection year the contact falls in (the
// DfE's rule 347), so from 19 on the day.
func leaverHome(g *gen, dob, left, d date.Date) string {
	if left.IsZero() || d.Before(left) {
		return "C1"
	}
	foyer := 15
	if dob.AgeOn(d) < 19 {
		foyer = 0
	}
	return pickW(g, []weighted[string]{w(30, "D1"), w(20, "E1"), w(3, "S2"), w(foyer, "T1"), w(10, "B1"), w(17, "U1"), w(5, "D2")})
}

// participation draws how a child took part in their review: PN0 under 4.
func participation(g *gen, age int) string {
	if age < 4 {
		return "PN0"
	}
	return pickW(g, []weighted[string]{w(45, "PN1"), w(10, "PN2"), w(10, "PN3"), w(5, "PN4"), w(15, "PN5"), w(8, "PN6"), w(7, "PN7")})
}

func shiftAll(ds []date.Date, n int) []date.Date {
	out := make([]date.Date, len(ds))
	for i, d := range ds {
		out[i] = d.AddDays(n)
	}
	return out
}

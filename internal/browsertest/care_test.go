package browsertest

import (
	"context"
	"strings"
	"testing"
	"time"

	"ourchild/internal/access"
	"ourchild/internal/audit"
	"ourchild/internal/casework"
	"ourchild/internal/date"
	"ourchild/internal/person"
	"ourchild/internal/store"
)

// answer is one answer on a casework form: a date (YYYY-MM-DD), a choice of radio or
// checkbox, or text typed (or a select's value).
type answer struct{ name, value string }

func d(name, iso string) answer  { return answer{name, "date:" + iso} }
func pick(name, v string) answer { return answer{name, "pick:" + v} }
func text(name, v string) answer { return answer{name, v} }
func (b *browser) answer(as ...answer) {
	b.t.Helper()
	for _, a := range as {
		switch {
		case strings.HasPrefix(a.value, "date:"):
			b.date(a.name, strings.TrimPrefix(a.value, "date:"))
		case strings.HasPrefix(a.value, "pick:"):
			b.check(`input[name="` + a.name + `"][value="` + strings.TrimPrefix(a.value, "pick:") + `"]`)
		default:
			b.fill(a.name, a.value)
		}
	}
}

// record opens the form for a new record of kind (belonging to parent, if not 0), answers
// it and saves, expecting it saved.
func (b *browser) record(child string, kind string, parent int64, as ...answer) {
	b.t.Helper()
	path := child + "/casework/new?kind=" + kind
	if parent != 0 {
		path += "&parent=" + itoa64(parent)
	}
	b.visit(path)
	b.answer(as...)
	b.save()
	label := casework.KindOf(kind).Label
	if !strings.Contains(b.text("main"), label+" saved") {
		b.t.Log(b.text(".govuk-error-summary"))
	}
	b.wantText("saved "+kind, label+" saved")
}

// TestCareJourneys takes one child into care, through a change of placement, reviews and
// visits, to adoption; and a young person from care to leaving care with pathway plan
// reviews. Bad input on the way is refused; axe runs on every page.
func TestCareJourneys(t *testing.T) {
	f := setup(t)
	f.s.Now = func() time.Time { return time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC) }
	b := newBrowser(t, f.s)
	ctx := context.Background()
	items := func(p *person.Person, kind string) []*casework.Item {
		all, err := f.s.Items(ctx, p.ID)
		must(t, err)
		var out []*casework.Item
		for _, it := range all {
			if it.Kind == kind && !it.EnteredInError {
				out = append(out, it)
			}
		}
		return out
	}
	tobi := "/people/" + id(f.sibling)
	b.signIn(access.SocialWorker)

	// Into care: a period of care, with a mistake first, then the first placement.
	b.visit(tobi + "/casework/new?kind=care_period")
	b.answer(d("start", "2025-06-02"), pick("category", "N1"), pick("uasc", "no"), d("end", "2025-05-01"))
	b.save()
	b.wantText("care errors", "There is a problem", "Select the reason the period of care ended")
	b.fill("end-day", "")
	b.fill("end-month", "")
	b.fill("end-year", "")
	b.answer(text("home_postcode", "ZZ99 1AA"), d("care_plan", "2025-06-10"), text("iro", "Ruth Reviewer"), d("iro_appointed", "2025-06-04"))
	b.save()
	b.wantText("care saved", "Period of care saved")
	care := items(f.sibling, "care_period")[0]
	b.visit(tobi + "/casework/" + itoa64(care.ID))
	b.wantText("care page", "Add a placement or legal status (903 episode)", "Add a looked-after review")

	b.visit(tobi + "/casework/new?kind=placement&parent=" + itoa64(care.ID))
	b.answer(d("start", "2025-06-02"), pick("reason_new", "S"), text("legal_status", "V2"), text("type", "U4"), text("carer", "Mr and Mrs Hale"),
		text("postcode", "ZZ99 3CD"), d("placement_plan", "2025-06-05"))
	b.save()
	b.wantText("placement needs a provider", "Select the placement provider")
	b.answer(pick("provider", "PR1"))
	b.save()
	b.wantText("placement saved", "Placement or legal status (903 episode) saved")

	// A change of placement: the first ends the day the second starts, under a care order.
	first := items(f.sibling, "placement")[0]
	b.visit(tobi + "/casework/" + itoa64(first.ID) + "/edit")
	b.answer(d("end", "2025-09-01"), text("reason_change", "CARPL"))
	b.save()
	b.wantText("placement ended", "Changes saved")
	b.visit(tobi + "/casework/new?kind=placement&parent=" + itoa64(care.ID))
	b.answer(d("start", "2025-08-20"), pick("reason_new", "B"), text("legal_status", "C2"), text("type", "U4"), pick("provider", "PR1"),
		text("carer", "Ms Okoro"))
	b.save()
	b.wantText("overlapping placement", "already has a placement or legal status (903 episode)")
	b.answer(d("start", "2025-09-01"))
	b.save()
	b.wantText("second placement", "Placement or legal status (903 episode) saved")

	// Reviews and visits.
	b.record(tobi, "cla_review", care.ID, d("date", "2025-06-27"), text("chair", "Ruth Reviewer"), pick("participation", "PN3"),
		text("child_views", "Tobi drew his foster family and his mum"), text("decisions", "Assess for a care order"), d("next", "2025-09-22"))
	b.record(tobi, "cla_review", care.ID, d("date", "2025-09-22"), text("chair", "Ruth Reviewer"), pick("participation", "PN3"),
		text("child_views", "Tobi likes his new school"), text("decisions", "Plan for adoption"), pick("permanence_confirmed", "yes"))
	b.record(tobi, "visit", 0, d("date", "2025-09-05"), pick("type", "cla"), pick("seen", "yes"), pick("seen_alone", "yes"),
		text("voice", "Tobi showed me his bedroom and his football cards"))
	b.visit(tobi + "/casework/new?kind=health_assessment&parent=" + itoa64(care.ID))
	b.answer(d("date", "2025-06-25"), pick("type", "initial"), text("by", "Dr Shah"), pick("immunisations", "yes"), pick("gp", "yes"), text("sdq", "41"))
	b.save()
	b.wantText("SDQ out of range", "The questionnaire score must be a whole number from 0 to 40")
	b.answer(text("sdq", "14"))
	b.save()
	b.wantText("health saved", "Health assessment saved")
	b.visit(tobi)
	b.wantText("clocks in care", "Looked-after review within 6 months of the last", "Personal education plan within 10 working days", "Overdue",
		"Placement stability", "1 placement in the last 12 months; in the current placement since 1 September 2025 (445 days)")

	// To adoption: the decision, the match with its dates in order, the order; then the
	// placement and the period of care end with it.
	b.visit(tobi + "/casework/new?kind=adoption&parent=" + itoa64(care.ID))
	b.answer(d("decision", "2025-11-03"), d("placement_order", "2026-01-12"), d("match", "2026-03-02"), d("placed", "2026-02-01"))
	b.save()
	b.wantText("adoption errors", "Date the child was placed for adoption must be the same as or after date the child was matched",
		"Select the number of adopters")
	b.answer(d("placed", "2026-04-01"), pick("adopters", "2"), pick("adopter_sex", "MF"), pick("adopter_status", "L11"), pick("foster_carers", "no"),
		d("order", "2026-10-01"), d("ended", "2026-10-01"), d("life_story", "2026-09-15"))
	b.save()
	b.wantText("adopted", "Adoption saved", "Adopted")
	second := items(f.sibling, "placement")[1]
	b.visit(tobi + "/casework/" + itoa64(second.ID) + "/edit")
	b.answer(d("end", "2026-10-01"))
	b.save()
	b.visit(tobi + "/casework/" + itoa64(care.ID) + "/edit")
	b.answer(d("end", "2026-10-01"), text("reason_ceased", "E11"), pick("permanence_plan", "adoption"), d("permanence_agreed", "2025-09-22"))
	b.save()
	b.wantText("care ended", "Changes saved", "1 October 2026")
	b.visit(tobi)
	b.wantText("record after adoption", "Period of care ended", "Adopted")
	if got := b.text("#clocks"); strings.Contains(got, "Looked-after review") || strings.Contains(got, "Statutory visit") {
		t.Errorf("the clocks of a period of care that ended still run: %s", got)
	}

	// From care to leaving care, with pathway plan reviews.
	jordan := &person.Person{GivenNames: "Jordan", FamilyName: "Reid", DateOfBirth: date.MustParse("2008-05-01"), Sex: "M", Ethnicity: "MWBC"}
	must(t, f.s.CreatePerson(ctx, audit.System, jordan))
	jp := "/people/" + id(jordan)
	b.record(jp, "care_period", 0, d("start", "2022-02-14"), pick("category", "N4"), pick("uasc", "no"), d("care_plan", "2022-02-20"))
	jcare := items(jordan, "care_period")[0]
	b.record(jp, "placement", jcare.ID, d("start", "2022-02-14"), pick("reason_new", "S"), text("legal_status", "C2"), text("type", "U4"),
		pick("provider", "PR4"), text("carer", "Ms Bello"), pick("until_18", "yes"), d("end", "2026-05-01"))
	b.visit(jp + "/casework/" + itoa64(jcare.ID) + "/edit")
	b.answer(d("end", "2026-05-01"), text("reason_ceased", "E17"))
	b.save()
	b.wantText("left care", "Changes saved")
	b.visit(jp + "/casework/new?kind=care_leaver")
	if got := b.eval(`document.querySelector('input[name=status]:checked')?.value || ""`); got != "former_relevant" {
		t.Errorf("the leaving care form offers status %q, want former_relevant from the care history", got)
	}
	b.record(jp, "care_leaver", 0, d("start", "2024-05-01"), pick("status", "former_relevant"), text("adviser", "Sam Adviser"),
		d("adviser_from", "2024-05-01"), d("needs_assessment", "2024-07-20"), d("pathway_plan", "2024-08-01"), pick("staying_put", "yes"))
	leaver := items(jordan, "care_leaver")[0]
	b.record(jp, "pathway_review", leaver.ID, d("date", "2025-02-01"), text("views", "Jordan wants to stay with Ms Bello"),
		text("accommodation", "Z1"), text("activity", "F2"), text("plan", "College application by March, with Sam"))
	b.record(jp, "pathway_review", leaver.ID, d("date", "2025-08-01"), text("views", "Jordan starts college"),
		text("accommodation", "Z1"), text("activity", "F2"), text("plan", "Driving lessons; budgeting work with Sam"))
	b.visit(jp + "/casework/new?kind=in_touch&parent=" + itoa64(leaver.ID))
	b.answer(d("date", "2026-05-02"), pick("in_touch", "YES"))
	b.save()
	b.wantText("in touch needs activity", "Select the young person’s accommodation: they are in touch")
	b.answer(text("accommodation", "Z1"), text("activity", "F2"))
	b.save()
	b.wantText("in touch saved", "Care leaver contact (in touch) saved")
	b.visit(jp)
	b.wantText("leaver record", "Leaving care", "Pathway plan review", "Period of care ended", "Pathway plan review within 6 months",
		"Care leaver status", "Former relevant (aged 18 to 25)")
	b.signOut()

	// The performance team: the SSDA903 return from these records, and the equity view.
	analyst := &store.User{Username: string(access.PerformanceAnalyst), Name: "Pat Analyst", Role: access.PerformanceAnalyst}
	must(t, f.s.CreateUser(ctx, audit.System, analyst, password))
	b.signIn(access.PerformanceAnalyst)
	b.visit("/returns")
	b.visit("/returns/ssda903?year=2026")
	b.wantText("903 page", "Children looked after", "2025/26")
	b.visit("/equity")
	b.wantText("equity view", "Disabled children", "fewer than 5")
	b.signOut()
	t.Logf("axe checked %d pages", len(b.checked))
}

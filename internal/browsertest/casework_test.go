package browsertest

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"ourchild/internal/access"
	"ourchild/internal/casework"
	"ourchild/internal/date"
)

// date fills a GOV.UK date input from an ISO date.
func (b *browser) date(name, iso string) {
	b.t.Helper()
	d := date.MustParse(iso)
	b.fill(name+"-day", itoa(d.Day()))
	b.fill(name+"-month", itoa(int(d.Month())))
	b.fill(name+"-year", itoa(d.Year()))
}

func itoa(n int) string     { return strconv.Itoa(n) }
func itoa64(n int64) string { return strconv.FormatInt(n, 10) }

// save submits the main form.
func (b *browser) save() { b.t.Helper(); b.submit(`main form button[type=submit]`) }

// TestCaseworkJourney walks a child from a contact at the front door through assessment,
// strategy discussion, section 47 enquiry, initial conference and child protection plan, to
// a review conference that steps down to a child in need plan, and closure. Each step is
// checked on the record, bad input on the way is refused, and axe runs on every page.
func TestCaseworkJourney(t *testing.T) {
	f := setup(t)
	// The clocks are computed as at "today": pin it, so the expected states do not drift.
	f.s.Now = func() time.Time { return time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC) }
	b := newBrowser(t, f.s)
	child := "/people/" + id(f.child)
	items := func(kind string) []*casework.Item {
		all, err := f.s.Items(context.Background(), f.child.ID)
		must(t, err)
		var out []*casework.Item
		for _, it := range all {
			if it.Kind == kind && !it.EnteredInError {
				out = append(out, it)
			}
		}
		return out
	}

	// The front door: a contact about Amara and her brother, with a mistake first.
	b.signIn(access.SocialWorker)
	b.visit(child)
	b.submit(`a[href="/contacts/new?person=` + id(f.child) + `"]`)
	b.wantText("contact form", "Which children is the contact about?", "Tobi Okafor")
	b.check(`input[name=children][value="` + id(f.sibling) + `"]`)
	b.date("received", "2026-09-01")
	b.fill("received-time", "9:15")
	b.fill("source", "2A")
	b.check(`input[name=consent][value=given]`)
	b.save()
	b.wantText("contact errors", "There is a problem", "Enter the worry")
	b.fill("worry", "Amara came to school with bruising on her arm and said her dad grabbed her.")
	b.save()
	b.wantText("contact saved", "Contact saved for 2 children", "awaiting decision", "1 September 2026 at 09:15")
	b.signOut()

	// The manager decides: a strategy discussion. The decision opens the referral.
	b.signIn(access.TeamManager)
	contact := items("contact")[0]
	b.visit(child + "/casework/" + itoa64(contact.ID) + "/edit")
	b.check(`input[name=threshold][value=cp]`)
	b.check(`input[name=decision][value=strategy]`)
	b.date("decided", "2026-09-01")
	b.fill("decided-time", "13:00")
	b.save()
	b.wantText("decision errors", "Enter the rationale for the decision")
	b.fill("rationale", "An injury to a child with a disclosure: reasonable cause to suspect significant harm.")
	b.fill("agreed_by", "Team manager Tester")
	b.save()
	b.wantText("decision saved", "Changes saved", "strategy discussion")
	b.visit(child)
	b.wantText("referral opened", "Referral (child in need episode)", "Child in need (section 17)",
		"Assessment within 45 working days of the referral", "Overdue")
	b.visit("/work/team")
	b.wantText("team work", "Team work", "Amara Okafor", "Assessment within 45 working days of the referral", "Social worker Tester")
	b.signOut()

	// The social worker records the strategy discussion, the enquiry and the assessment.
	b.signIn(access.SocialWorker)
	ref := items("referral")[0]
	b.visit(child + "/casework/" + itoa64(ref.ID))
	b.wantText("referral page", "Add a strategy discussion", "Add a child and family assessment")
	b.submit(`a[href*="kind=strategy"]`)
	b.date("held", "2026-09-02")
	b.fill("held-time", "10:00")
	b.check(`input[name=agencies][value=csc]`)
	b.check(`input[name=agencies][value=police]`)
	b.fill("attendees", "Sam (social worker), DC Patel (police), school nurse")
	b.fill("information", "Bruising consistent with grabbing; previous police call-out in June.")
	b.check(`input[name=decision][value=s47]`)
	b.fill("rationale", "Reasonable cause to suspect physical harm.")
	b.fill("actions.action", "Visit Amara at school today")
	b.fill("actions.owner", "Sam, children's social care")
	b.fill("actions.due", "02/09/2026")
	b.save()
	b.wantText("strategy without health", "must include children’s social care, police and health")
	b.check(`input[name=agencies][value=health]`)
	b.save()
	b.wantText("strategy saved", "Strategy discussion saved", "Visit Amara at school today")

	b.visit(child + "/casework/new?kind=s47")
	b.date("start", "2026-09-02")
	b.save()
	b.wantText("s47 saved", "Section 47 enquiry saved")

	b.visit(child + "/casework/new?kind=assessment")
	b.date("start", "2026-09-02")
	b.fill("harm", "Bruising to the upper arm, 1 September 2026 (school)")
	b.fill("danger", "Amara could be hurt again when her dad is angry")
	b.fill("strengths", "Mum takes Amara to school every day")
	b.fill("scale_worker", "4")
	b.save()
	b.wantText("assessment started", "Child and family assessment saved", "Amara could be hurt again")

	// The initial conference: before the enquiry it is refused; without a category too.
	b.visit(child + "/casework/new?kind=conference")
	b.check(`input[name=type][value=initial]`)
	b.date("date", "2026-09-01")
	b.fill("chair", "Independent chair")
	b.save()
	b.wantText("conference before enquiry", "follows a section 47 enquiry")
	b.date("date", "2026-09-18")
	b.date("report_shared", "2026-09-14")
	b.check(`input[name=decision][value=cp_plan]`)
	b.fill("rationale", "Amara is likely to suffer significant harm without a plan.")
	b.date("next_review", "2026-12-10")
	b.save()
	b.wantText("plan without category", "a child protection plan needs a category")
	b.check(`input[name=category][value=PHY]`)
	b.save()
	b.wantText("conference saved", "Child protection conference saved")
	b.visit(child)
	b.wantText("on a plan", "Child protection (section 47)", "Child protection plan",
		"First core group within 10 working days of the initial conference", "First review conference within 3 months",
		"Child protection visit (child seen) within 10 working days")
	b.visit("/work")
	b.wantText("my work", "My work", "Amara Okafor", "First core group within 10 working days", "Record a core group meeting")
	plan := items("cp_plan")[0]
	if plan.Get("start") != "2026-09-18" || plan.Get("initial_category") != "PHY" {
		t.Errorf("the plan the conference started: %v", plan.Values)
	}

	// Core group and a visit with the child seen alone.
	b.visit(child + "/casework/new?kind=core_group&parent=" + itoa64(plan.ID))
	b.date("date", "2026-09-29")
	b.fill("attendees", "Mum, school, health visitor, Sam")
	b.fill("progress", "Dad has moved out; Amara says home is calmer.")
	b.save()
	b.wantText("core group saved", "Core group meeting saved")
	b.visit(child + "/casework/new?kind=visit")
	b.date("date", "2026-10-06")
	b.check(`input[name=type][value=cp]`)
	b.check(`input[name=seen][value=yes]`)
	b.check(`input[name=seen_alone][value=yes]`)
	b.fill("voice", "Amara signed ‘happy’ and pointed to her picture of home.")
	b.save()
	b.wantText("visit saved", "Visit saved", "seen alone")

	// The review conference steps down to child in need; the plan ends on the day.
	b.visit(child + "/casework/new?kind=conference")
	b.check(`input[name=type][value=review]`)
	b.date("date", "2026-11-12")
	b.fill("chair", "Independent chair")
	b.date("report_shared", "2026-11-04")
	b.check(`input[name=decision][value=end_cin]`)
	b.fill("rationale", "The safety goals have been met for six weeks; support continues as a child in need.")
	b.save()
	b.wantText("review saved", "Child protection conference saved")
	if plan := items("cp_plan")[0]; plan.Get("end") != "2026-11-12" {
		t.Errorf("plan end after the review = %q", plan.Get("end"))
	}
	b.visit(child + "/casework/new?kind=transition")
	b.date("date", "2026-11-12")
	b.check(`input[name=from][value=cp]`)
	b.check(`input[name=to][value=cin]`)
	b.fill("threshold", "Needs met at child in need level: no current risk of significant harm.")
	b.fill("rationale", "Review conference decision.")
	b.fill("decided_by", "Review conference")
	b.save()
	b.wantText("step-down needs sustainability", "how it was tested that the change will last")
	b.fill("sustainability", "Six weeks of calm at home, seen alone twice; dad engaging with the perpetrator programme.")
	b.save()
	b.wantText("transition saved", "Change of level (step up or step down) saved")

	// The CIN plan, with partners' actions.
	b.visit(child + "/casework/new?kind=cin_plan")
	b.date("start", "2026-11-13")
	b.fill("goal", "Amara feels safe at home and her family can keep it that way.")
	b.fill("changes.what", "Amara has a safety plan she understands, in pictures")
	b.fill("changes.who", "Sam with the school’s speech and language therapist")
	b.fill("changes.by", "04/12/2026")
	b.fill("changes.measure", "Amara can show us her plan")
	b.save()
	b.wantText("CIN plan saved", "Child in need plan saved", "Amara has a safety plan she understands")
	b.signOut()

	// The manager authorises the assessment; the record shows the footprint.
	b.signIn(access.TeamManager)
	a := items("assessment")[0]
	b.visit(child + "/casework/" + itoa64(a.ID) + "/edit")
	b.fill("wishes", "Amara wants her dad to live somewhere else but to see him at the weekend.")
	b.check(`input[name=how_gathered][value=makaton]`)
	b.fill("identity", "Amara is of Nigerian heritage and goes to church with her mum; English at home.")
	b.fill("analysis", "The harm came from dad’s anger when drinking; with him out of the home and mum protective, the risk is reduced.")
	b.check(`input[name=factors][value="3B"]`)
	b.check(`input[name=outcome][value=cin_plan]`)
	b.date("completed", "2026-10-20")
	b.date("authorised", "2026-10-21")
	b.save()
	b.wantText("authorised", "Changes saved", "21 October 2026")
	b.visit(child + "/casework/new?kind=oversight")
	b.date("date", "2026-11-16")
	b.check(`input[name=context][value=supervision]`)
	b.fill("experience", "Amara is calmer and attending school every day.")
	b.fill("reflection", "The step-down is right; the risk is dad returning.")
	b.fill("decisions", "Continue the CIN plan; review in six weeks.")
	b.save()
	b.visit(child)
	b.wantText("journey", "Management oversight", "Last on 16 November 2026", "Child in need plan",
		"Child in need review within 6 weeks", "Met in the last three months")
	if got := b.text("#clocks"); strings.Contains(got, "core group") || strings.Contains(got, "Review conference") {
		t.Errorf("the ended plan's clocks still run: %s", got)
	}
	b.visit(child + "/casework?kind=conference")
	b.wantText("the conferences", "Initial child protection conference", "Review child protection conference")
	b.visit(child + "/casework/new")
	b.wantText("what to record", "What do you want to record?", "Management oversight")
	b.signOut()
	t.Logf("axe checked %d pages", len(b.checked))
}

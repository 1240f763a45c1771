package server_test

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"ourchild/internal/access"
	"ourchild/internal/audit"
	"ourchild/internal/casework"
	"ourchild/internal/date"
	"ourchild/internal/person"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

func dateParts(name, iso string) url.Values {
	d := date.MustParse(iso)
	return url.Values{name + "-day": {itoa(int64(d.Day()))}, name + "-month": {itoa(int64(d.Month()))}, name + "-year": {itoa(int64(d.Year()))}}
}

func merge(vs ...url.Values) url.Values {
	out := url.Values{}
	for _, v := range vs {
		for k, x := range v {
			out[k] = append(out[k], x...)
		}
	}
	return out
}

func (e *env) items(kind string) []*casework.Item {
	e.t.Helper()
	all, err := e.s.Items(ctx, e.child.ID)
	if err != nil {
		e.t.Fatal(err)
	}
	var out []*casework.Item
	for _, it := range all {
		if it.Kind == kind {
			out = append(out, it)
		}
	}
	return out
}

func TestContactAboutSiblings(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s)
		sib := &person.Person{GivenNames: "Tobi", FamilyName: "Okafor", DateOfBirth: date.MustParse("2018-07-09"), Sex: "M", Ethnicity: "BAFR"}
		if err := s.CreatePerson(ctx, audit.System, sib); err != nil {
			t.Fatal(err)
		}
		if err := s.AddRelationship(ctx, audit.System, &person.Relationship{FromID: sib.ID, ToID: e.child.ID, Type: "sibling"}); err != nil {
			t.Fatal(err)
		}
		c := e.client().signIn(access.SocialWorker)
		path := "/contacts/new?person=" + itoa(e.child.ID)
		_, body, _ := c.do("GET", path, nil)
		wantContains(t, "contact form", body, "Which children is the contact about?", "Tobi Okafor", "Date and time the contact was received")

		// Bad input: no worry, a time that is not a time, nothing saved.
		bad := merge(dateParts("received", "2026-11-16"), url.Values{"received-time": {"25:99"}, "source": {"2A"},
			"consent": {"given"}, "children": {itoa(e.child.ID), itoa(sib.ID)}})
		status, body, _ := c.do("POST", path, bad)
		if status != http.StatusBadRequest {
			t.Fatalf("bad contact: %d", status)
		}
		wantContains(t, "errors", body, "There is a problem", `href="#received-time"`, "24-hour clock", `href="#worry"`)
		if n := len(e.items("contact")); n != 0 {
			t.Fatalf("%d contacts saved from a refused form", n)
		}
		good := merge(bad, url.Values{"worry": {"Tobi said he was hit with a belt"}})
		good.Set("received-time", "9.15")
		status, _, h := c.do("POST", path, good)
		if status != http.StatusSeeOther {
			t.Fatalf("good contact: %d", status)
		}
		_, body, _ = c.do("GET", h.Get("Location"), nil)
		wantContains(t, "saved contact", body, "Contact saved for 2 children", "16 November 2026 at 09:15", "Tobi said he was hit with a belt", "awaiting decision")
		sibItems, _ := s.Items(ctx, sib.ID)
		if len(e.items("contact")) != 1 || len(sibItems) != 1 {
			t.Fatalf("each child should have their own contact")
		}
	})
}

func TestAssessmentFormAndAuthorisation(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s)
		sw := e.client().signIn(access.SocialWorker)
		tm := e.client().signIn(access.TeamManager)
		ref := &casework.Item{PersonID: e.child.ID, Kind: "referral", Values: casework.Values{"referral_date": {"2026-10-01"}, "source": {"2A"}, "nfa": {"no"}}}
		if err := s.AddItem(ctx, store.Editor{Actor: audit.System}, ref); err != nil {
			t.Fatal(err)
		}
		path := "/people/" + itoa(e.child.ID) + "/casework/new?kind=assessment"
		_, body, _ := sw.do("GET", path, nil)
		wantContains(t, "assessment form", body, "What are we worried about?", "Danger statements", "Analysis", "The child’s wishes and feelings",
			"1 October 2026: Referral (child in need episode). Schools")
		if strings.Contains(body, "Date the manager authorised") {
			t.Error("a social worker is offered the manager’s authorisation")
		}
		// Completing without the analysis and the child's voice is refused.
		bad := merge(dateParts("start", "2026-10-02"), dateParts("completed", "2026-10-20"), url.Values{"danger": {"Amara could be hurt again\nDad may drink"}})
		status, body, _ := sw.do("POST", path, bad)
		if status != http.StatusBadRequest {
			t.Fatalf("incomplete completion: %d", status)
		}
		wantContains(t, "errors", body, `href="#analysis"`, `href="#wishes"`, `href="#factors"`, "Amara could be hurt again\nDad may drink")
		if len(e.items("assessment")) != 0 {
			t.Fatal("saved an incomplete assessment")
		}
		ok := merge(dateParts("start", "2026-10-02"), url.Values{"danger": {"Amara could be hurt again"}})
		status, _, h := sw.do("POST", path, ok)
		if status != http.StatusSeeOther {
			t.Fatalf("start assessment: %d", status)
		}
		a := e.items("assessment")[0]
		if a.EpisodeID != ref.ID {
			t.Errorf("assessment not in the referral's episode")
		}
		// The manager completes the authorisation: the form offers it to them.
		edit := strings.Replace(h.Get("Location"), "?", "", 1) + "/edit"
		_, body, _ = tm.do("GET", edit, nil)
		wantContains(t, "manager's form", body, "Date the manager authorised the assessment", `name="version" value="1"`)
		done := merge(dateParts("start", "2026-10-02"), dateParts("completed", "2026-10-20"), dateParts("authorised", "2026-10-21"), url.Values{
			"version": {"1"}, "wishes": {"Amara wants her dad to stop shouting"}, "how_gathered": {"talking", "three_houses"},
			"analysis": {"The risk is in the evenings when dad drinks"}, "identity": {"Yoruba heritage; attends church"},
			"factors": {"1B", "3B"}, "outcome": {"cin_plan"}, "danger": {"Amara could be hurt again"}})
		status, body, _ = tm.do("POST", edit, done)
		if status != http.StatusSeeOther {
			t.Fatalf("authorise: %d %s", status, body)
		}
		_, body, _ = tm.do("GET", h.Get("Location"), nil)
		wantContains(t, "authorised", body, "21 October 2026", "Alcohol misuse: concerns about a parent or carer", "Talking with the child; Three Houses")
		// A worker's later edit keeps the manager's authorisation.
		keep := merge(dateParts("start", "2026-10-02"), dateParts("completed", "2026-10-20"), url.Values{
			"version": {"2"}, "wishes": {"Amara wants her dad to stop shouting"}, "how_gathered": {"talking"},
			"analysis": {"The risk is in the evenings when dad drinks heavily"}, "identity": {"Yoruba heritage"},
			"factors": {"1B", "3B"}, "outcome": {"cin_plan"}})
		if status, body, _ := sw.do("POST", edit, keep); status != http.StatusSeeOther {
			t.Fatalf("worker edit after authorisation: %d %s", status, body)
		}
		if a := e.items("assessment")[0]; a.Get("authorised") != "2026-10-21" || a.Version != 3 {
			t.Errorf("after the worker's edit: authorised %q, version %d", a.Get("authorised"), a.Version)
		}
	})
}

func TestCINPlanTableAndEnteredInError(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s)
		sw := e.client().signIn(access.SocialWorker)
		ref := &casework.Item{PersonID: e.child.ID, Kind: "referral", Values: casework.Values{"referral_date": {"2026-10-01"}, "source": {"2A"}, "nfa": {"no"}}}
		if err := s.AddItem(ctx, store.Editor{Actor: audit.System}, ref); err != nil {
			t.Fatal(err)
		}
		path := "/people/" + itoa(e.child.ID) + "/casework/new?kind=cin_plan"
		_, body, _ := sw.do("GET", path, nil)
		wantContains(t, "plan form", body, "What will change for the child", "How we will know", `id="changes.what"`)
		bad := merge(dateParts("start", "2026-11-02"), url.Values{"goal": {"Amara feels safe at home"},
			"changes.what": {"Amara gets to school on time", ""}, "changes.who": {"Mum, with the school", ""},
			"changes.by": {"31/13/2026", ""}, "changes.measure": {"Attendance over 95%", ""}})
		status, body, _ := sw.do("POST", path, bad)
		if status != http.StatusBadRequest {
			t.Fatalf("bad plan date: %d", status)
		}
		wantContains(t, "table error", body, "By when must be a real date", `value="Amara gets to school on time"`)
		good := merge(bad)
		good["changes.by"] = []string{"18/12/2026", ""}
		status, _, h := sw.do("POST", path, good)
		if status != http.StatusSeeOther {
			t.Fatalf("good plan: %d", status)
		}
		_, body, _ = sw.do("GET", h.Get("Location"), nil)
		wantContains(t, "plan page", body, "Amara gets to school on time", "2026-12-18", "Add a child in need review")
		// Marked in error: kept, with the reason, and no longer open on the record.
		plan := e.items("cin_plan")[0]
		mark := h.Get("Location") + "/entered-in-error"
		if status, _, _ := sw.do("POST", mark, url.Values{"version": {"1"}, "reason": {""}}); status != http.StatusBadRequest {
			t.Errorf("marking in error with no reason: %d", status)
		}
		if status, _, _ := sw.do("POST", mark, url.Values{"version": {"1"}, "reason": {"Recorded on the wrong child"}}); status != http.StatusSeeOther {
			t.Fatalf("mark in error: %d", status)
		}
		_, body, _ = sw.do("GET", "/people/"+itoa(e.child.ID), nil)
		if strings.Contains(body, "Child in need plan</a> since") {
			t.Error("a plan entered in error still shows as open")
		}
		it, _ := s.Item(ctx, plan.ID)
		if !it.EnteredInError || it.ErrorReason != "Recorded on the wrong child" {
			t.Errorf("plan after marking: %+v", it)
		}
	})
}

func TestManagementOversightIsForManagers(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s)
		sw := e.client().signIn(access.SocialWorker)
		tm := e.client().signIn(access.TeamManager)
		path := "/people/" + itoa(e.child.ID) + "/casework/new?kind=oversight"
		if status, _, _ := sw.do("GET", path, nil); status != http.StatusForbidden {
			t.Errorf("social worker opening management oversight: %d", status)
		}
		form := merge(dateParts("date", "2026-11-18"), url.Values{"context": {"supervision"}, "experience": {"Amara is calmer at school"},
			"reflection": {"The plan is working in the day; evenings unknown"}, "decisions": {"Continue the plan; visit in an evening"}})
		if status, body, _ := tm.do("POST", path, form); status != http.StatusSeeOther {
			t.Fatalf("manager oversight: %d %s", status, body)
		}
		_, body, _ := sw.do("GET", "/people/"+itoa(e.child.ID), nil)
		wantContains(t, "management footprint", body, "Last on", "18 November 2026", "Team manager Tester")
	})
}

func TestRecordListsTheLatestWork(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s)
		ed := store.Editor{Actor: audit.System}
		for day := 1; day <= 20; day++ {
			note := &casework.Item{PersonID: e.child.ID, Kind: "case_note", Values: casework.Values{"date": {"2026-10-" + fmt.Sprintf("%02d", day)},
				"type": {"phone"}, "subject": {fmt.Sprintf("Call %d", day)}, "note": {"n"}}}
			if err := s.AddItem(ctx, ed, note); err != nil {
				t.Fatal(err)
			}
		}
		visit := &casework.Item{PersonID: e.child.ID, Kind: "visit", Values: casework.Values{"date": {"2026-09-30"}, "type": {"cin"},
			"seen": {"yes"}, "seen_alone": {"yes"}, "voice": {"Amara showed me her drawing"}}}
		if err := s.AddItem(ctx, ed, visit); err != nil {
			t.Fatal(err)
		}
		c := e.client().signIn(access.SocialWorker)
		_, body, _ := c.do("GET", "/people/"+itoa(e.child.ID), nil)
		wantContains(t, "record", body, "the latest 15 of 21", "Call 20", "See all 21 records")
		if strings.Contains(body, "Call 5<") {
			t.Error("the record lists more than the latest 15")
		}
		_, body, _ = c.do("GET", "/people/"+itoa(e.child.ID)+"/casework", nil)
		wantContains(t, "all records", body, "21 of 21 records", "Call 1<", "Visit")
		_, body, _ = c.do("GET", "/people/"+itoa(e.child.ID)+"/casework?kind=visit", nil)
		wantContains(t, "visits only", body, "1 of 21 records", "seen alone")
		if strings.Contains(body, "Call 1<") {
			t.Error("the kind filter kept case notes")
		}
	})
}

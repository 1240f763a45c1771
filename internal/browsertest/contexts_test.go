package browsertest

import (
	"context"
	"strings"
	"testing"
	"time"

	"ourchild/internal/access"
	"ourchild/internal/audit"
	"ourchild/internal/contextual"
	"ourchild/internal/date"
	"ourchild/internal/store"
)

// TestContextualSafeguardingJourney records a place, with a mistake first, links two children
// to it from their records, and sees the shared place and the other child on the second
// child's record; a child with a restricted record linked to the same place shows only as a
// count. The place's page lists the children and its history, and the views are audited.
// axe runs on every page on the way.
func TestContextualSafeguardingJourney(t *testing.T) {
	f := setup(t)
	f.s.Now = func() time.Time { return time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC) }
	b := newBrowser(t, f.s)
	ctx := context.Background()
	amara, tobi := "/people/"+id(f.child), "/people/"+id(f.sibling)
	b.signIn(access.SocialWorker)

	// The navigation leads to the list; record a place, forgetting its location and risks.
	b.visit("/")
	b.submit(`nav a[href="/contexts"]`)
	b.wantText("list", "Places and groups", "0 places and groups")
	b.submit(`main a[href="/contexts/new"]`)
	b.check(`input[name="kind"][value="place"]`)
	b.fill("name", "Chicken Palace, Station Road")
	b.submit(`main form button[type=submit]`)
	b.wantText("place errors", "There is a problem", "Enter where the place is", "Select at least one risk")
	b.fill("area", "14 Station Road, Demotown")
	b.fill("description", "Takeaway where older males meet young people late at night")
	b.check(`input[name="risks"][value="cce"]`)
	b.check(`input[name="risks"][value="county_lines"]`)
	b.submit(`main form button[type=submit]`)
	b.wantText("place saved", "Saved", "Chicken Palace, Station Road", "Child criminal exploitation", "County lines", "Recorded")
	cs, err := f.s.Contexts(ctx, store.ContextFilter{Name: "Chicken"})
	must(t, err)
	if len(cs) != 1 {
		t.Fatalf("contexts after saving = %d; want 1", len(cs))
	}
	place := cs[0].Context

	// Link Amara from her record, with the risk left out first.
	b.visit(amara)
	b.submit(`main a[href="` + amara + `/contexts/new"]`)
	b.eval(`document.querySelector('select[name="context_id"]').value = "` + itoa64(place.ID) + `"`)
	b.check(`input[name="role"][value="frequents"]`)
	b.date("identified_on", "2026-11-10")
	b.fill("identified_by", "Return home interview worker")
	b.submit(`main form button[type=submit]`)
	b.wantText("link errors", "There is a problem", "Describe the risk")
	b.fill("risk", "Seen there at 11pm with older males after going missing")
	b.submit(`main form button[type=submit]`)
	b.wantText("Amara linked", "Linked to a place or group", "Places and groups", "Chicken Palace, Station Road", "Frequents the place", "No other children are linked now")

	// A child with a restricted record is linked too (by the team that holds it).
	must(t, f.s.LinkChild(ctx, audit.System, &contextual.Link{ContextID: place.ID, PersonID: f.secret.ID, Role: "member",
		Risk: "Known to police", IdentifiedOn: date.MustParse("2026-11-05"), IdentifiedBy: "Police"}))

	// Link Tobi, and see Amara and the place on his record.
	b.visit(tobi)
	b.submit(`main a[href="` + tobi + `/contexts/new"]`)
	b.eval(`document.querySelector('select[name="context_id"]').value = "` + itoa64(place.ID) + `"`)
	b.check(`input[name="role"][value="victim_concern"]`)
	b.fill("risk", "Given free food and a phone by older males")
	b.date("identified_on", "2026-11-18")
	b.submit(`main form button[type=submit]`)
	b.wantText("shared context", "Chicken Palace, Station Road", "Concern the child is being harmed", "Other children linked now", "Amara Okafor", "1 child whose records you cannot see")
	if strings.Contains(b.text("main"), "Sealed") {
		t.Error("Tobi's record names the child with a restricted record")
	}

	// The place's page lists both children by name and the restricted one as a count.
	b.submit(`main a[href="/contexts/` + itoa64(place.ID) + `"]`)
	b.wantText("place page", "Children linked", "Amara Okafor", "Tobi Okafor", "Return home interview worker",
		"1 more link is to children whose records you cannot see", "Linked Tobi Okafor", "a child whose record you cannot see")
	es, err := f.s.AuditEvents(ctx, audit.Filter{PersonID: f.child.ID, Action: audit.View})
	must(t, err)
	if len(es) == 0 || !strings.Contains(es[0].Detail, "Chicken Palace") {
		t.Errorf("Amara's latest view = %+v; want her listing on the place's page audited", es[:min(len(es), 1)])
	}

	// Someone else changes the place while the worker has its form open: the save is refused,
	// their change shown, and the worker's typing kept; saving again works.
	b.visit("/contexts/" + itoa64(place.ID) + "/edit")
	theirs := *place
	theirs.Description = "Shuts at midnight since the licensing review"
	must(t, f.s.UpdateContext(ctx, audit.System, &theirs, "Licensing review"))
	b.fill("name", "Chicken Palace takeaway")
	b.submit(`main form button[type=submit]`)
	b.wantText("conflict", "This record changed since you opened it", "Shuts at midnight since the licensing review")
	if got := b.eval(`document.querySelector('[name="name"]').value`); got != "Chicken Palace takeaway" {
		t.Errorf("after the conflict the name field holds %q; want what the worker typed", got)
	}
	b.submit(`main form button[type=submit]`)
	b.wantText("saved after conflict", "Saved", "Chicken Palace takeaway", "Changed", "Licensing review")

	// Search by name finds it; ending Tobi's link needs a reason and keeps it.
	b.visit("/contexts?q=palace")
	b.wantText("search", "1 place or group", "Chicken Palace")
	b.visit(tobi)
	b.submit(`main a[href^="` + tobi + `/contexts/"][href$="/end"]`)
	b.date("ended_on", "2026-11-19")
	b.submit(`main form button[type=submit]`)
	b.wantText("end errors", "There is a problem", "Enter why the link has ended")
	b.fill("end_reason", "Moved to a placement out of area")
	b.submit(`main form button[type=submit]`)
	b.wantText("ended", "Link ended", "Ended 19 November 2026: Moved to a placement out of area")
	b.visit(tobi + "/history")
	b.wantText("child's history", "link to a place or group", "Moved to a placement out of area")

	// A group not yet recorded: choosing "not listed" records it first, then comes back to
	// link the child.
	b.visit(amara + "/contexts/new")
	b.eval(`document.querySelector('select[name="context_id"]').value = "new"`)
	b.submit(`main form button[type=submit]`)
	if p := b.path(); p != "/contexts/new?person="+id(f.child) {
		t.Fatalf("after choosing a group not listed the browser is at %s", p)
	}
	b.check(`input[name="kind"][value="peer_group"]`)
	b.fill("name", "Station Road group")
	b.check(`input[name="risks"][value="syv"]`)
	b.submit(`main form button[type=submit]`)
	b.wantText("back to link", "Link to a place or group")
	if got := b.eval(`document.querySelector('select[name="context_id"]').selectedOptions[0].text`); !strings.HasPrefix(got, "Station Road group") {
		t.Errorf("the new group is not chosen on the link form: %q", got)
	}
	b.check(`input[name="role"][value="member"]`)
	b.fill("risk", "Part of a group involved in robberies")
	b.date("identified_on", "2026-11-19")
	b.submit(`main form button[type=submit]`)
	b.wantText("linked to group", "Linked to a place or group", "Station Road group", "Member of the group", "Chicken Palace takeaway")
}

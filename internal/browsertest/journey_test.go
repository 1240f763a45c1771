package browsertest

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"ourchild/internal/access"
	"ourchild/internal/audit"
	"ourchild/internal/date"
	"ourchild/internal/person"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

const password = "correct horse battery staple"

type fixture struct {
	s       *store.Store
	users   map[access.Role]*store.User
	child   *person.Person
	sibling *person.Person
	secret  *person.Person
}

func setup(t *testing.T) *fixture {
	t.Helper()
	ctx := context.Background()
	s := storetest.Open(t, store.SQLite)
	f := &fixture{s: s, users: map[access.Role]*store.User{}}
	team := &store.Team{Name: "Assessment 1", Service: "Assessment"}
	must(t, s.CreateTeam(ctx, team))
	for _, r := range []access.Role{access.SocialWorker, access.TeamManager, access.QualityAuditor, access.Administrator} {
		u := &store.User{Username: string(r), Name: r.Name() + " Tester", Role: r, TeamID: team.ID}
		must(t, s.CreateUser(ctx, audit.System, u, password))
		f.users[r] = u
	}
	sys := audit.System
	mum := &person.Person{GivenNames: "Grace", FamilyName: "Okafor", DateOfBirth: date.MustParse("1989-05-05"), Sex: "F", Ethnicity: "BAFR", FirstLanguage: "English"}
	f.child = &person.Person{GivenNames: "Amara", FamilyName: "Okafor", DateOfBirth: date.MustParse("2015-03-02"), Sex: "F", Ethnicity: "BAFR",
		Disabilities: []string{"COMM"}, Communication: "Uses Makaton signs and a picture board"}
	f.sibling = &person.Person{GivenNames: "Tobi", FamilyName: "Okafor", DateOfBirth: date.MustParse("2018-07-09"), Sex: "M", Ethnicity: "BAFR"}
	f.secret = &person.Person{GivenNames: "Sealed", FamilyName: "Record", DateOfBirth: date.MustParse("2012-01-01"), Sex: "M", Restricted: true, RestrictionReason: "Child of a member of staff"}
	for _, p := range []*person.Person{mum, f.child, f.sibling, f.secret} {
		must(t, s.CreatePerson(ctx, sys, p))
	}
	for _, p := range []*person.Person{mum, f.child, f.sibling} {
		must(t, s.AddAddress(ctx, sys, &person.Address{PersonID: p.ID, Line1: "1 Example Road", Town: "Demotown", Postcode: "ZZ99 1AA", StartDate: date.MustParse("2019-01-01")}))
	}
	must(t, s.AddRelationship(ctx, sys, &person.Relationship{FromID: mum.ID, ToID: f.child.ID, Type: "mother", ParentalResponsibility: true}))
	must(t, s.AddRelationship(ctx, sys, &person.Relationship{FromID: f.sibling.ID, ToID: f.child.ID, Type: "half_sibling"}))
	must(t, s.AddWarning(ctx, sys, &person.Warning{PersonID: mum.ID, Type: "animal", Detail: "Large dog; ask for it to be shut away", StartDate: date.MustParse("2026-01-01")}))
	must(t, s.Allocate(ctx, sys, &person.Allocation{PersonID: f.child.ID, WorkerID: f.users[access.SocialWorker].ID, StartDate: date.MustParse("2026-02-01")}, ""))
	return f
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func (b *browser) signIn(role access.Role) {
	b.t.Helper()
	b.visit("/sign-in")
	b.fill("username", string(role))
	b.fill("password", password)
	b.submit(`button[type=submit]`)
	if p := b.path(); p != "/" {
		b.t.Fatalf("after signing in as %s the browser is at %s, want /", role, p)
	}
}

func (b *browser) signOut() {
	b.t.Helper()
	b.submit(`form[action="/sign-out"] button`)
}

func id(p *person.Person) string { return strconv.FormatInt(p.ID, 10) }

// TestWorkerJourney follows a social worker: sign in, search, open a child, edit with a
// mistake then correctly, meet a conflicting edit, add to the record; then an auditor sees
// the views in the audit log. axe runs on every page on the way.
func TestWorkerJourney(t *testing.T) {
	f := setup(t)
	b := newBrowser(t, f.s)
	child := "/people/" + id(f.child)

	// Sign in, with a wrong password first.
	b.visit("/")
	b.fill("username", "social_worker")
	b.fill("password", "not my password")
	b.submit(`button[type=submit]`)
	b.wantText("wrong password", "There is a problem", "Enter a correct username and password")
	b.fill("password", password)
	b.submit(`button[type=submit]`)
	b.wantText("caseload", "My caseload", "Amara Okafor")

	// Search with a misspelt name, then open the child.
	b.visit("/people")
	b.fill("q", "amarra okafur")
	b.submit(`form[role=search] button`)
	b.wantText("search results", "1 person found", "Amara Okafor")
	b.submit(`a[href="` + child + `"]`)
	b.wantText("record", "Who the child is", "Communication", "Makaton", "Half-sibling", "Mother", "Living at 1 Example Road", "Allocated social worker")
	if got := b.text(".app-identity-bar"); !strings.Contains(got, "Amara Okafor") || !strings.Contains(got, "2 March 2015") {
		t.Errorf("identity bar = %q", got)
	}
	b.visit(child + "/history")
	b.wantText("history", "History of changes")

	// Edit with a validation error, then successfully.
	b.visit(child + "/edit")
	b.fill("family_name", "")
	b.fill("date_of_birth-day", "31")
	b.fill("date_of_birth-month", "2")
	b.submit(`main form button[type=submit]`)
	b.wantText("edit errors", "There is a problem", "Enter family name", "Date of birth must be a real date")
	if got := b.eval(`document.activeElement.closest('.govuk-error-summary') !== null`); got != "true" {
		t.Errorf("focus is not on the error summary after a failed save")
	}
	b.fill("family_name", "Okafor-Bello")
	b.fill("date_of_birth-day", "2")
	b.fill("date_of_birth-month", "3")
	b.submit(`main form button[type=submit]`)
	b.wantText("identity reason", "Enter the reason for correcting identity details")
	b.fill("reason", "Family name changed by deed poll; letter seen")
	b.submit(`main form button[type=submit]`)
	b.wantText("saved", "Details saved", "Okafor-Bello")

	// A conflicting edit: someone else saves while this form is open.
	b.visit(child + "/edit")
	cur, _ := f.s.Person(context.Background(), f.child.ID)
	other := *cur
	other.FirstLanguage = "Yoruba"
	must(t, f.s.UpdatePerson(context.Background(), f.users[access.TeamManager].Actor("192.0.2.9"), &other, ""))
	b.fill("first_language", "Igbo")
	b.submit(`main form button[type=submit]`)
	b.wantText("conflict", "This record changed since you opened it", "First language", "Yoruba")
	if got, _ := f.s.Person(context.Background(), f.child.ID); got.FirstLanguage != "Yoruba" {
		t.Errorf("the conflicting save overwrote the other change: first language %q", got.FirstLanguage)
	}
	b.submit(`main form button[type=submit]`) // saves again over the current version, having checked
	b.wantText("saved after conflict", "Details saved", "Igbo")

	// Add to the record.
	b.visit(child + "/addresses/new")
	b.submit(`main form button[type=submit]`)
	b.wantText("address errors", "Enter address line 1", "Enter the date the person started living here")
	b.fill("line1", "2 Sample Street")
	b.fill("town", "Sampleford")
	b.fill("postcode", "ZZ99 2BB")
	b.fill("start_date-day", "1")
	b.fill("start_date-month", "9")
	b.fill("start_date-year", "2026")
	b.submit(`main form button[type=submit]`)
	b.wantText("address added", "Address added", "2 Sample Street")
	b.visit(child + "/relationships/new?other=" + id(f.sibling))
	b.visit(child + "/warnings/new")
	b.check(`input[name=type][value=risk_to_staff]`)
	b.fill("detail", "Uncle has threatened staff; visit in pairs")
	b.fill("start_date-day", "1")
	b.fill("start_date-month", "10")
	b.fill("start_date-year", "2026")
	b.submit(`main form button[type=submit]`)
	b.wantText("warning added", "Warning added", "Risk to staff: Uncle has threatened staff")
	b.submit(`a[href*="/warnings/"][href$="/end"]`)
	b.fill("end_date-day", "5")
	b.fill("end_date-month", "11")
	b.fill("end_date-year", "2026")
	b.fill("reason", "Uncle has moved away")
	b.submit(`main form button[type=submit]`)
	b.wantText("warning ended", "Warning ended", "Uncle has moved away")
	b.visit(child + "/aliases/new")
	b.visit(child + "/chronology/new")
	b.fill("date-day", "3")
	b.fill("date-month", "10")
	b.fill("date-year", "2026")
	b.fill("category", "School")
	b.fill("summary", "Amara won a prize for her art work.")
	b.submit(`main form button[type=submit]`)
	b.wantText("chronology", "Added to the chronology", "won a prize")
	// A relationship recorded in error is taken off both records but kept in the history.
	b.visit(child)
	end := b.eval(`[...document.querySelectorAll('a[href$="/end"]')].find(a => a.textContent.includes("Tobi")).getAttribute("href")`)
	b.visit(end)
	b.submit(`main form button[type=submit]`)
	b.wantText("end errors", "Select what happened")
	b.check(`input[name=how][value=error]`)
	b.fill("reason", "Tobi is Amara's cousin, not her half-brother")
	b.submit(`main form button[type=submit]`)
	b.wantText("relationship ended", "Relationship updated")
	if strings.Contains(b.text("#family ~ table"), "Tobi") {
		t.Error("a relationship entered in error still shows on the record")
	}
	b.visit("/people/new")
	b.submit(`main form button[type=submit]`)
	b.wantText("create errors", "Enter given names", "Enter family name", "Enter a date of birth")

	// Restricted records are not found, and cannot be opened.
	b.visit("/people?q=Sealed+Record")
	b.wantText("restricted search", "0 people found")
	b.visit("/people/" + id(f.secret))
	b.wantText("restricted", "This record is restricted")
	b.visit("/people/999999")
	b.wantText("not found", "Page not found")
	b.signOut()

	// A team manager manages the record, and breaks the glass with a reason.
	b.signIn(access.TeamManager)
	b.visit(child + "/allocate")
	b.visit(child)
	b.submit(`a[href*="/allocations/"][href$="/end"]`)
	b.fill("end_date-day", "20")
	b.fill("end_date-month", "11")
	b.fill("end_date-year", "2026")
	b.fill("end_reason", "TSPROC")
	b.fill("reason", "Case closed after assessment")
	b.submit(`main form button[type=submit]`)
	b.wantText("allocation ended", "Allocation ended", "Case closed after assessment", "Case transferred to another team as part of the usual process")
	b.submit(`a[href*="/addresses/"][href$="/entered-in-error"]`)
	b.wantText("address error form", "Address recorded in error")
	b.visit(child + "/restrict")
	b.visit(child + "/entered-in-error")
	b.visit("/people/" + id(f.secret))
	b.wantText("break glass", "This record is restricted", "one hour")
	b.fill("reason", "Urgent strategy discussion about this child")
	b.submit(`main form button[type=submit]`)
	b.wantText("after break glass", "Emergency access granted", "Sealed Record")
	b.signOut()

	// An auditor sees the views.
	b.signIn(access.QualityAuditor)
	b.visit("/audit?person=" + id(f.child) + "&action=view")
	b.wantText("audit", "Social worker Tester", "Viewed record")
	b.visit("/audit?break_glass=yes")
	b.wantText("break-glass audit", "Urgent strategy discussion about this child")
	b.signOut()

	// An administrator manages accounts.
	b.signIn(access.Administrator)
	b.visit("/admin/users")
	b.visit("/admin/users/new")
	b.submit(`main form button[type=submit]`)
	b.wantText("user errors", "Enter the person's full name", "Select a role")
	b.visit("/admin/users/" + strconv.FormatInt(f.users[access.SocialWorker].ID, 10) + "/password")
	b.signOut()
	b.wantText("signed out", "You have signed out")

	t.Logf("axe checked %d pages: %v", len(b.checked), b.checked)
}

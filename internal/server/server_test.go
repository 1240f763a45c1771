package server_test

import (
	"context"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"ourchild/internal/access"
	"ourchild/internal/audit"
	"ourchild/internal/date"
	"ourchild/internal/person"
	"ourchild/internal/server"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

var ctx = context.Background()

const password = "correct horse battery staple"

type env struct {
	t     *testing.T
	s     *store.Store
	srv   *httptest.Server
	child *person.Person
	users map[access.Role]*store.User
}

func newEnv(t *testing.T, s *store.Store) *env {
	t.Helper()
	e := &env{t: t, s: s, users: map[access.Role]*store.User{}}
	team := &store.Team{Name: "Assessment 1"}
	if err := s.CreateTeam(ctx, team); err != nil {
		t.Fatal(err)
	}
	for _, r := range []access.Role{access.SocialWorker, access.TeamManager, access.Administrator, access.QualityAuditor} {
		u := &store.User{Username: string(r), Name: r.Name() + " Tester", Role: r, TeamID: team.ID}
		if err := s.CreateUser(ctx, audit.System, u, password); err != nil {
			t.Fatal(err)
		}
		e.users[r] = u
	}
	e.child = &person.Person{GivenNames: "Amara", FamilyName: "Okafor", DateOfBirth: date.MustParse("2015-03-02"), Sex: "F", Ethnicity: "BAFR"}
	if err := s.CreatePerson(ctx, audit.System, e.child); err != nil {
		t.Fatal(err)
	}
	if err := s.Allocate(ctx, audit.System, &person.Allocation{PersonID: e.child.ID, WorkerID: e.users[access.SocialWorker].ID, StartDate: date.MustParse("2026-01-05")}, ""); err != nil {
		t.Fatal(err)
	}
	h, err := server.New(server.Config{Council: "Testshire Council"}, s)
	if err != nil {
		t.Fatal(err)
	}
	e.srv = httptest.NewServer(h)
	t.Cleanup(e.srv.Close)
	return e
}

// client is a browser: a cookie jar, no automatic redirects, and same-origin headers.
type client struct {
	e *env
	c *http.Client
}

func (e *env) client() *client {
	jar, _ := cookiejar.New(nil)
	return &client{e: e, c: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

func (c *client) do(method, path string, form url.Values, hdr ...string) (int, string, http.Header) {
	c.e.t.Helper()
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, _ := http.NewRequest(method, c.e.srv.URL+path, body)
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	resp, err := c.c.Do(req)
	if err != nil {
		c.e.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

func (c *client) signIn(role access.Role) *client {
	c.e.t.Helper()
	status, body, _ := c.do("POST", "/sign-in", url.Values{"username": {string(role)}, "password": {password}, "next": {"/"}})
	if status != http.StatusSeeOther {
		c.e.t.Fatalf("sign in as %s: status %d: %s", role, status, body)
	}
	return c
}

func wantContains(t *testing.T, what, body string, subs ...string) {
	t.Helper()
	for _, s := range subs {
		if !strings.Contains(body, s) {
			t.Errorf("%s: missing %q", what, s)
		}
	}
}

func TestSignIn(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s)
		c := e.client()
		if status, _, h := c.do("GET", "/people/1", nil); status != http.StatusSeeOther || !strings.HasPrefix(h.Get("Location"), "/sign-in") {
			t.Errorf("GET record without a session: %d %s, want a redirect to sign in", status, h.Get("Location"))
		}
		status, body, _ := c.do("POST", "/sign-in", url.Values{"username": {"social_worker"}, "password": {"wrong password!"}})
		if status != http.StatusUnauthorized {
			t.Errorf("wrong password: status %d", status)
		}
		wantContains(t, "wrong password", body, "govuk-error-summary", "Enter a correct username and password")

		c.signIn(access.SocialWorker)
		status, body, h := c.do("GET", "/", nil)
		if status != 200 {
			t.Fatalf("home: %d", status)
		}
		wantContains(t, "caseload", body, "My caseload", "Amara Okafor")
		if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
			t.Errorf("CSP = %q", csp)
		}
		if status, _, _ := c.do("POST", "/sign-out", url.Values{}); status != http.StatusSeeOther {
			t.Errorf("sign out: %d", status)
		}
		if status, _, _ := c.do("GET", "/", nil); status != http.StatusSeeOther {
			t.Errorf("after sign-out, home = %d, want a redirect", status)
		}
	})
}

func TestSignInThrottled(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s)
		c := e.client()
		for i := 0; i < 5; i++ {
			c.do("POST", "/sign-in", url.Values{"username": {"social_worker"}, "password": {"not the password"}})
		}
		status, body, _ := c.do("POST", "/sign-in", url.Values{"username": {"social_worker"}, "password": {password}})
		if status != http.StatusTooManyRequests {
			t.Errorf("after 5 failures the right password gave %d, want 429 (locked)", status)
		}
		wantContains(t, "locked", body, "locked")
		evs, _ := s.AuditEvents(ctx, audit.Filter{Action: audit.SignInFailed})
		if len(evs) != 6 {
			t.Errorf("%d failed sign-ins audited, want 6", len(evs))
		}
	})
}

func TestCrossOriginPostRefused(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s)
		c := e.client().signIn(access.SocialWorker)
		form := url.Values{"given_names": {"Evil"}, "family_name": {"Post"}}
		status, _, _ := c.do("POST", "/people/new", form, "Sec-Fetch-Site", "cross-site")
		if status != http.StatusForbidden {
			t.Errorf("cross-site post: status %d, want 403", status)
		}
		status, _, _ = c.do("POST", "/people/new", form, "Sec-Fetch-Site", "", "Origin", "https://evil.example")
		if status != http.StatusForbidden {
			t.Errorf("post from another origin: status %d, want 403", status)
		}
	})
}

func TestSearchAndOpenAreAudited(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s)
		c := e.client().signIn(access.SocialWorker)
		status, body, _ := c.do("GET", "/people?q=amarra+okafur", nil)
		if status != 200 {
			t.Fatalf("search: %d", status)
		}
		wantContains(t, "search", body, "1 person found", "Amara Okafor")
		status, body, _ = c.do("GET", "/people/"+itoa(e.child.ID), nil)
		if status != 200 {
			t.Fatalf("record: %d", status)
		}
		wantContains(t, "record", body, "Who the child is", "African", "Allocated social worker", "Family and household", "Chronology")
		sw := e.users[access.SocialWorker].ID
		for _, a := range []audit.Action{audit.Search, audit.View} {
			evs, _ := s.AuditEvents(ctx, audit.Filter{ActorID: sw, Action: a})
			if len(evs) != 1 {
				t.Errorf("%d %s events for the social worker, want 1", len(evs), a)
			}
		}
		if status, body, _ := c.do("GET", "/people?q=31/02/2015", nil); status != http.StatusBadRequest || !strings.Contains(body, "not a real date") {
			t.Errorf("impossible date search: %d", status)
		}
	})
}

func TestPermissionRefusedAndAudited(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s)
		admin := e.client().signIn(access.Administrator)
		if status, _, _ := admin.do("GET", "/people/"+itoa(e.child.ID), nil); status != http.StatusForbidden {
			t.Errorf("administrator opening a child's record: %d, want 403", status)
		}
		evs, _ := s.AuditEvents(ctx, audit.Filter{PersonID: e.child.ID, ActorID: e.users[access.Administrator].ID})
		if len(evs) != 1 || evs[0].Outcome != audit.Denied {
			t.Errorf("refusal audit = %+v", evs)
		}
		sw := e.client().signIn(access.SocialWorker)
		if status, _, _ := sw.do("GET", "/people/99999", nil); status != http.StatusNotFound {
			t.Errorf("unknown person: %d, want 404", status)
		}
		if status, _, _ := sw.do("GET", "/audit", nil); status != http.StatusForbidden {
			t.Errorf("social worker opening the audit: %d, want 403", status)
		}
	})
}

func TestCreatePersonForm(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s)
		c := e.client().signIn(access.SocialWorker)
		bad := url.Values{"given_names": {"Tobi"}, "family_name": {""}, "date_of_birth-day": {"30"}, "date_of_birth-month": {"2"},
			"date_of_birth-year": {"2020"}, "sex": {"M"}, "ethnicity": {"BAFR"}, "interpreter_needed": {"no"}, "nhs_number": {"123"}}
		status, body, _ := c.do("POST", "/people/new", bad)
		if status != http.StatusBadRequest {
			t.Fatalf("bad create: %d", status)
		}
		wantContains(t, "error summary", body, "There is a problem", `href="#family_name"`, "Date of birth must be a real date", `href="#nhs_number"`, `value="Tobi"`)
		var n int
		s.DB().QueryRow(`SELECT COUNT(*) FROM person`).Scan(&n)
		if n != 1 {
			t.Errorf("%d people after a refused create, want 1", n)
		}
		good := url.Values{"given_names": {"Tobi"}, "family_name": {"Okafor"}, "date_of_birth-day": {"9"}, "date_of_birth-month": {"7"},
			"date_of_birth-year": {"2018"}, "sex": {"M"}, "ethnicity": {"BAFR"}, "interpreter_needed": {"no"}, "disabilities": {"NONE"}}
		status, _, h := c.do("POST", "/people/new", good)
		if status != http.StatusSeeOther || !strings.HasPrefix(h.Get("Location"), "/people/") {
			t.Fatalf("good create: %d %s", status, h.Get("Location"))
		}
		_, body, _ = c.do("GET", h.Get("Location"), nil)
		wantContains(t, "new record", body, "Record created for Tobi Okafor", "9 July 2018")
	})
}

func TestConflictingEdit(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s)
		sw := e.client().signIn(access.SocialWorker)
		tm := e.client().signIn(access.TeamManager)
		path := "/people/" + itoa(e.child.ID) + "/edit"
		form := func(lang string) url.Values {
			return url.Values{"version": {"1"}, "given_names": {"Amara"}, "family_name": {"Okafor"}, "date_of_birth-day": {"2"},
				"date_of_birth-month": {"3"}, "date_of_birth-year": {"2015"}, "sex": {"F"}, "ethnicity": {"BAFR"},
				"interpreter_needed": {"no"}, "first_language": {lang}}
		}
		if status, body, _ := tm.do("POST", path, form("Yoruba")); status != http.StatusSeeOther {
			t.Fatalf("first edit: %d %s", status, body)
		}
		status, body, _ := sw.do("POST", path, form("Igbo"))
		if status != http.StatusConflict {
			t.Fatalf("second edit from the same version: %d, want 409", status)
		}
		wantContains(t, "conflict", body, "This record changed since you opened it", "First language", "Yoruba", `value="Igbo"`, `name="version" value="2"`)
		if p, _ := s.Person(ctx, e.child.ID); p.FirstLanguage != "Yoruba" {
			t.Errorf("first language = %q after the refused edit, want Yoruba", p.FirstLanguage)
		}
		f := form("Igbo")
		f.Set("version", "2")
		if status, _, _ := sw.do("POST", path, f); status != http.StatusSeeOther {
			t.Errorf("save again after checking: %d", status)
		}
	})
}

func TestRestrictedRecord(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s)
		if err := s.RestrictPerson(ctx, audit.System, e.child.ID, true, "Child of a member of staff"); err != nil {
			t.Fatal(err)
		}
		sib := &person.Person{GivenNames: "Tobi", FamilyName: "Okafor", DateOfBirth: date.MustParse("2018-07-09"), Sex: "M"}
		if err := s.CreatePerson(ctx, audit.System, sib); err != nil {
			t.Fatal(err)
		}
		if err := s.AddRelationship(ctx, audit.System, &person.Relationship{FromID: e.child.ID, ToID: sib.ID, Type: "sibling"}); err != nil {
			t.Fatal(err)
		}
		sw := e.client().signIn(access.SocialWorker)
		if status, _, _ := sw.do("GET", "/people/"+itoa(e.child.ID), nil); status != http.StatusForbidden {
			t.Errorf("restricted record for a social worker: %d, want 403", status)
		}
		// The restricted child's name does not leak through a sibling's record.
		_, body, _ := sw.do("GET", "/people/"+itoa(sib.ID), nil)
		if strings.Contains(body, "Amara") || !strings.Contains(body, "Restricted record") {
			t.Error("a sibling's record shows the restricted child's name")
		}
		if _, body, _ := sw.do("GET", "/people?q=Amara+Okafor", nil); strings.Contains(body, "/people/"+itoa(e.child.ID)+`"`) {
			t.Error("restricted record shown in search")
		}
		// Nor can they link to it.
		status, body, _ := sw.do("POST", "/people/"+itoa(sib.ID)+"/relationships/new", url.Values{"other_id": {itoa(e.child.ID)}, "type": {"sibling"}})
		if status != http.StatusBadRequest || !strings.Contains(body, "restricted record that you do not have access to") {
			t.Errorf("linking to a restricted record: %d", status)
		}
		tm := e.client().signIn(access.TeamManager)
		path := "/people/" + itoa(e.child.ID)
		if status, _, h := tm.do("GET", path, nil); status != http.StatusSeeOther || h.Get("Location") != path+"/break-glass" {
			t.Fatalf("restricted record for a manager: %d %s", status, h.Get("Location"))
		}
		if status, body, _ := tm.do("POST", path+"/break-glass", url.Values{"reason": {""}}); status != http.StatusBadRequest || !strings.Contains(body, "Explain why") {
			t.Errorf("break glass without a reason: %d", status)
		}
		if status, _, _ := tm.do("POST", path+"/break-glass", url.Values{"reason": {"Police strategy discussion starting now"}}); status != http.StatusSeeOther {
			t.Errorf("break glass: %d", status)
		}
		if status, _, _ := tm.do("GET", path, nil); status != http.StatusOK {
			t.Errorf("after break glass: %d", status)
		}
		evs, _ := s.AuditEvents(ctx, audit.Filter{BreakGlassOnly: true})
		if len(evs) != 1 || evs[0].Detail != "Police strategy discussion starting now" {
			t.Errorf("break-glass audit = %+v", evs)
		}
	})
}

func TestAuditPageAndExport(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s)
		e.client().signIn(access.SocialWorker).do("GET", "/people/"+itoa(e.child.ID), nil)
		qa := e.client().signIn(access.QualityAuditor)
		status, body, _ := qa.do("GET", "/audit?person="+itoa(e.child.ID)+"&action=view", nil)
		if status != 200 {
			t.Fatalf("audit page: %d", status)
		}
		wantContains(t, "audit page", body, "Social worker Tester", "Viewed record")
		status, body, h := qa.do("GET", "/audit.csv?person="+itoa(e.child.ID), nil)
		if status != 200 || !strings.HasPrefix(h.Get("Content-Type"), "text/csv") {
			t.Fatalf("audit CSV: %d %s", status, h.Get("Content-Type"))
		}
		wantContains(t, "CSV", body, "id,time_utc,user_id,user,action", ",view,")
		if status, _, _ := qa.do("GET", "/audit?from=2026-13-01", nil); status != http.StatusBadRequest {
			t.Errorf("impossible audit date: %d, want 400", status)
		}
		evs, _ := s.AuditEvents(ctx, audit.Filter{Action: audit.Export})
		if len(evs) != 1 {
			t.Errorf("%d export events, want 1", len(evs))
		}
	})
}

func itoa(id int64) string { return strconv.FormatInt(id, 10) }

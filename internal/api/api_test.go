package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"ourchild/internal/access"
	"ourchild/internal/api"
	"ourchild/internal/audit"
	"ourchild/internal/auth"
	"ourchild/internal/codes"
	"ourchild/internal/date"
	"ourchild/internal/person"
	"ourchild/internal/server"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

var ctx = context.Background()

// fixedNow pins the clock so dates in tests do not drift.
var fixedNow = time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)

// env is a running service over one store, with signed-in users.
type env struct {
	t *testing.T
	s *store.Store
	h http.Handler
}

// user is a signed-in user and their session cookie.
type user struct {
	*store.User
	cookie *http.Cookie
}

func newEnv(t *testing.T, s *store.Store) *env {
	t.Helper()
	s.Now = func() time.Time { return fixedNow }
	h, err := server.New(server.Config{}, s)
	if err != nil {
		t.Fatal(err)
	}
	return &env{t: t, s: s, h: h}
}

// signIn creates a user with role and starts a session for them, as a sign-in would.
func (e *env) signIn(username string, role access.Role) *user {
	e.t.Helper()
	u := &store.User{Username: username, Name: "Test " + username, Role: role}
	if err := e.s.CreateUser(ctx, audit.System, u, ""); err != nil {
		e.t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	if err := auth.New(e.s, auth.Config{}).Start(rec, httptest.NewRequest("GET", "/", nil), u); err != nil {
		e.t.Fatal(err)
	}
	for _, c := range rec.Result().Cookies() {
		if c.Name == auth.CookieName {
			return &user{User: u, cookie: c}
		}
	}
	e.t.Fatal("no session cookie")
	return nil
}

// resp is a response with its body decoded.
type resp struct {
	status int
	header http.Header
	raw    []byte
	body   map[string]any
}

// req is one API request: body is sent as is when it is a string, else encoded as JSON.
type req struct {
	method, path string
	body         any
	contentType  string // default application/json when there is a body
}

// do sends r as u (nil for no session) and checks the headers every API response carries.
func (e *env) do(u *user, r req) *resp {
	e.t.Helper()
	var body io.Reader
	if r.body != nil {
		switch b := r.body.(type) {
		case string:
			body = strings.NewReader(b)
		default:
			j, err := json.Marshal(b)
			if err != nil {
				e.t.Fatal(err)
			}
			body = bytes.NewReader(j)
		}
	}
	hr := httptest.NewRequest(r.method, r.path, body)
	if r.body != nil {
		ct := r.contentType
		if ct == "" {
			ct = "application/json"
		}
		hr.Header.Set("Content-Type", ct)
	}
	if u != nil {
		hr.AddCookie(u.cookie)
	}
	rec := httptest.NewRecorder()
	e.h.ServeHTTP(rec, hr)
	out := &resp{status: rec.Code, header: rec.Header(), raw: rec.Body.Bytes()}
	if ct := out.header.Get("Content-Type"); ct != "application/json" {
		e.t.Errorf("%s %s: Content-Type = %q, want application/json; body %s", r.method, r.path, ct, out.raw)
	}
	if cc := out.header.Get("Cache-Control"); cc != "no-store" {
		e.t.Errorf("%s %s: Cache-Control = %q, want no-store", r.method, r.path, cc)
	}
	if err := json.Unmarshal(out.raw, &out.body); err != nil {
		e.t.Errorf("%s %s: body is not a JSON object: %v: %s", r.method, r.path, err, out.raw)
	}
	return out
}

// expect checks the status.
func (r *resp) expect(t *testing.T, status int) *resp {
	t.Helper()
	if r.status != status {
		t.Fatalf("status = %d, want %d; body %s", r.status, status, r.raw)
	}
	return r
}

// errCode returns the error's code, message and the fields it names.
func (r *resp) errCode() (code, message string, fields []string) {
	e, _ := r.body["error"].(map[string]any)
	code, _ = e["code"].(string)
	message, _ = e["message"].(string)
	fs, _ := e["fields"].([]any)
	for _, f := range fs {
		m, _ := f.(map[string]any)
		name, _ := m["field"].(string)
		fields = append(fields, name)
	}
	return code, message, fields
}

func (r *resp) num(key string) int64 {
	f, _ := r.body[key].(float64)
	return int64(f)
}

func (e *env) countPeople() int {
	e.t.Helper()
	var n int
	if err := e.s.DB().QueryRowContext(ctx, `SELECT COUNT(*) FROM person`).Scan(&n); err != nil {
		e.t.Fatal(err)
	}
	return n
}

// audited reports whether the audit holds an entry by actor, of action, about person, with
// outcome.
func (e *env) audited(actor *user, action audit.Action, personID int64, outcome string) bool {
	e.t.Helper()
	evs, err := e.s.AuditEvents(ctx, audit.Filter{ActorID: actor.ID, Action: action, PersonID: personID})
	if err != nil {
		e.t.Fatal(err)
	}
	return slices.ContainsFunc(evs, func(ev audit.Event) bool { return ev.Outcome == outcome })
}

// createInStore records a person directly, for fixtures.
func (e *env) createInStore(p *person.Person) *person.Person {
	e.t.Helper()
	if err := e.s.CreatePerson(ctx, audit.System, p); err != nil {
		e.t.Fatal(err)
	}
	return p
}

func child(given, family, dob string) *person.Person {
	return &person.Person{GivenNames: given, FamilyName: family, DateOfBirth: date.MustParse(dob), Sex: "F", Ethnicity: "WBRI"}
}

// validPerson is a create body that passes validation; change makes it invalid.
func validPerson(change func(m map[string]any)) map[string]any {
	m := map[string]any{
		"given_names": "Amara", "family_name": "Okafor", "date_of_birth": "2015-03-02", "sex": "F", "ethnicity": "BAFR",
		"religion": "CHR", "disabilities": []string{"NONE"}, "interpreter_needed": false,
	}
	if change != nil {
		change(m)
	}
	return m
}

func TestAPI(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s)
		worker := e.signIn("worker", access.SocialWorker)
		admin := e.signIn("admin", access.Administrator)
		analyst := e.signIn("analyst", access.PerformanceAnalyst)
		amara := e.createInStore(child("Amara", "Okafor", "2015-03-02"))
		amara.NHSNumber = "9434765919"
		amaraPath := fmt.Sprintf("/api/people/%d", amara.ID)
		if err := s.UpdatePerson(ctx, audit.System, amara, "NHS number found"); err != nil {
			t.Fatal(err)
		}

		t.Run("without a session every route is 401", func(t *testing.T) {
			for _, pattern := range api.RoutePatterns() {
				method, path, _ := strings.Cut(pattern, " ")
				if path == "/api/openapi.json" {
					continue
				}
				path = strings.ReplaceAll(path, "{id}", fmt.Sprint(amara.ID))
				var body any
				if method != http.MethodGet {
					body = map[string]any{}
				}
				r := e.do(nil, req{method: method, path: path, body: body})
				if code, _, _ := r.errCode(); r.status != http.StatusUnauthorized || code != "unauthenticated" {
					t.Errorf("%s: status %d code %q, want 401 unauthenticated", pattern, r.status, code)
				}
			}
			if n := e.countPeople(); n != 1 {
				t.Errorf("people = %d after refused requests, want 1", n)
			}
		})

		t.Run("a role without the permission is refused and audited", func(t *testing.T) {
			cases := []struct {
				name     string
				who      *user
				r        req
				personID int64
			}{
				{"administrator reads a record", admin, req{method: "GET", path: amaraPath}, amara.ID},
				{"administrator reads history", admin, req{method: "GET", path: amaraPath + "/history"}, amara.ID},
				{"administrator searches", admin, req{method: "GET", path: "/api/people?q=Okafor"}, 0},
				{"administrator creates", admin, req{method: "POST", path: "/api/people", body: validPerson(nil)}, 0},
				{"analyst reads a record", analyst, req{method: "GET", path: amaraPath}, amara.ID},
				{"analyst edits", analyst, req{method: "PUT", path: amaraPath, body: map[string]any{"version": 1}}, amara.ID},
				{"analyst adds a relationship", analyst, req{method: "POST", path: amaraPath + "/relationships", body: map[string]any{}}, amara.ID},
			}
			for _, c := range cases {
				t.Run(c.name, func(t *testing.T) {
					r := e.do(c.who, c.r).expect(t, http.StatusForbidden)
					if code, _, _ := r.errCode(); code != "forbidden" {
						t.Errorf("code = %q, want forbidden", code)
					}
					evs, err := s.AuditEvents(ctx, audit.Filter{ActorID: c.who.ID, PersonID: c.personID})
					if err != nil {
						t.Fatal(err)
					}
					if len(evs) == 0 || evs[0].Outcome != audit.Denied || evs[0].PersonID != c.personID ||
						!strings.Contains(evs[0].Detail, c.r.method+" ") {
						t.Errorf("latest audit entry = %+v, want a denial about person %d", evs, c.personID)
					}
				})
			}
			if n := e.countPeople(); n != 1 {
				t.Errorf("people = %d after refused requests, want 1", n)
			}
		})

		t.Run("search finds a misspelt name and is audited", func(t *testing.T) {
			for _, q := range []string{"Amra+Okafur", "okafor", "943+476+5919", "02/03/2015"} {
				r := e.do(worker, req{method: "GET", path: "/api/people?q=" + q}).expect(t, http.StatusOK)
				results, _ := r.body["results"].([]any)
				if len(results) != 1 {
					t.Fatalf("q=%s: %d results, want 1: %s", q, len(results), r.raw)
				}
				hit := results[0].(map[string]any)
				score, _ := hit["score"].(float64)
				if hit["id"] != float64(amara.ID) || hit["given_names"] != "Amara" || score < 0.8 || score > 1 {
					t.Errorf("q=%s: hit = %v", q, hit)
				}
				for _, k := range []string{"address", "alias", "date_of_birth", "version"} {
					if _, ok := hit[k]; !ok {
						t.Errorf("q=%s: hit has no %s: %v", q, k, hit)
					}
				}
			}
			evs, _ := s.AuditEvents(ctx, audit.Filter{ActorID: worker.ID, Action: audit.Search})
			if len(evs) < 4 || !strings.Contains(evs[len(evs)-1].Detail, "Amra Okafur") {
				t.Errorf("search audit = %+v", evs)
			}
			for _, c := range []struct{ name, path, field string }{
				{"no query", "/api/people", "q"},
				{"impossible date", "/api/people?q=30/02/2015", "q"},
				{"bad limit", "/api/people?q=Okafor&limit=0", "limit"},
				{"huge limit", "/api/people?q=Okafor&limit=100000", "limit"},
			} {
				r := e.do(worker, req{method: "GET", path: c.path}).expect(t, http.StatusBadRequest)
				if code, _, fields := r.errCode(); code != "invalid" || !slices.Contains(fields, c.field) {
					t.Errorf("%s: code %q fields %v, want invalid on %s", c.name, code, fields, c.field)
				}
			}
		})

		t.Run("create refuses bad input, naming the field, and saves nothing", func(t *testing.T) {
			future := date.Of(fixedNow).AddDays(30).String()
			big := `{"given_names": "` + strings.Repeat("a", 1<<20) + `"}`
			cases := []struct {
				name    string
				body    any
				ct      string
				status  int
				field   string // "" when the problem is not with one field
				message string // part of the message
			}{
				{"future date of birth", validPerson(func(m map[string]any) { m["date_of_birth"] = future }), "", 400, "date_of_birth", ""},
				{"impossible date", validPerson(func(m map[string]any) { m["date_of_birth"] = "2023-02-30" }), "", 400, "date_of_birth", ""},
				{"impossible date of death", validPerson(func(m map[string]any) { m["date_of_death"] = "2023-13-01" }), "", 400, "date_of_death", ""},
				{"no date of birth", validPerson(func(m map[string]any) { delete(m, "date_of_birth") }), "", 400, "date_of_birth", ""},
				{"unknown ethnicity code", validPerson(func(m map[string]any) { m["ethnicity"] = "XXXX" }), "", 400, "ethnicity", ""},
				{"unknown religion code", validPerson(func(m map[string]any) { m["religion"] = "JEDI" }), "", 400, "religion", ""},
				{"unknown disability code", validPerson(func(m map[string]any) { m["disabilities"] = []string{"WINGS"} }), "", 400, "disabilities", ""},
				{"broken NHS number", validPerson(func(m map[string]any) { m["nhs_number"] = "9434765918" }), "", 400, "nhs_number", ""},
				{"duplicate NHS number", validPerson(func(m map[string]any) { m["nhs_number"] = "943 476 5919" }), "", 400, "nhs_number", "already recorded"},
				{"over-long name", validPerson(func(m map[string]any) { m["given_names"] = strings.Repeat("a", person.MaxName+1) }), "", 400, "given_names", ""},
				{"no family name", validPerson(func(m map[string]any) { m["family_name"] = " " }), "", 400, "family_name", ""},
				{"name of the wrong type", validPerson(func(m map[string]any) { m["given_names"] = 5 }), "", 400, "given_names", "given_names must be a string"},
				{"flag of the wrong type", validPerson(func(m map[string]any) { m["interpreter_needed"] = "yes" }), "", 400, "interpreter_needed", "true or false"},
				{"date of the wrong type", validPerson(func(m map[string]any) { m["date_of_birth"] = 20150302 }), "", 400, "date_of_birth", "date_of_birth must be"},
				{"list of the wrong type", validPerson(func(m map[string]any) { m["disabilities"] = "NONE" }), "", 400, "disabilities", "list of strings"},
				{"unknown field", validPerson(func(m map[string]any) { m["favourite_colour"] = "blue" }), "", 400, "favourite_colour", "favourite_colour"},
				{"restricted on create", validPerson(func(m map[string]any) { m["restricted"] = true }), "", 400, "restricted", ""},
				{"reason on create", validPerson(func(m map[string]any) { m["reason"] = "why" }), "", 400, "reason", ""},
				{"malformed JSON", `{"given_names": "Amara", "family_name": }`, "", 400, "", "not valid JSON"},
				{"truncated JSON", `{"given_names": "Amara"`, "", 400, "", "not valid JSON"},
				{"empty body", ``, "", 400, "", "empty"},
				{"not an object", `["Amara"]`, "", 400, "", "must be a JSON object"},
				{"two objects", `{"given_names": "A"} {"given_names": "B"}`, "", 400, "", "one JSON object"},
				{"not JSON", `given_names=Amara`, "application/x-www-form-urlencoded", 415, "", "application/json"},
				{"too large", big, "", 413, "", "larger than"},
			}
			before := e.countPeople()
			for _, c := range cases {
				t.Run(c.name, func(t *testing.T) {
					r := e.do(worker, req{method: "POST", path: "/api/people", body: c.body, contentType: c.ct}).expect(t, c.status)
					code, msg, fields := r.errCode()
					if c.status == 400 && code != "invalid" {
						t.Errorf("code = %q, want invalid", code)
					}
					if c.field != "" && !slices.Contains(fields, c.field) {
						t.Errorf("fields = %v, want %s; body %s", fields, c.field, r.raw)
					}
					if c.message != "" && !strings.Contains(string(r.raw), c.message) {
						t.Errorf("message %q does not say %q; body %s", msg, c.message, r.raw)
					}
				})
			}
			if n := e.countPeople(); n != before {
				t.Errorf("people = %d after refused creates, want %d", n, before)
			}
		})

		// Filled in by the subtests below, in order.
		var childID, motherID int64

		t.Run("create", func(t *testing.T) {
			r := e.do(worker, req{method: "POST", path: "/api/people", body: validPerson(func(m map[string]any) {
				m["given_names"], m["family_name"], m["nhs_number"], m["ethnicity"] = "Kofi", " Mensah ", "999 000 0018", "bafr"
			})}).expect(t, http.StatusCreated)
			childID = r.num("id")
			if childID == 0 || r.num("version") != 1 || r.body["family_name"] != "Mensah" || r.body["nhs_number"] != "9990000018" ||
				r.body["ethnicity"] != "BAFR" || r.body["date_of_birth"] != "2015-03-02" {
				t.Errorf("created = %s", r.raw)
			}
			if loc := r.header.Get("Location"); loc != fmt.Sprintf("/api/people/%d", childID) {
				t.Errorf("Location = %q", loc)
			}
			if !e.audited(worker, audit.Create, childID, audit.OK) {
				t.Error("creation not audited")
			}
			r = e.do(worker, req{method: "POST", path: "/api/people", body: map[string]any{
				"given_names": "Grace", "family_name": "Mensah", "date_of_birth": "1990-06-01", "sex": "F", "id": 999, "version": 7,
				"created_at": "whenever", "entered_in_error": false, "restricted": false,
			}}).expect(t, http.StatusCreated)
			motherID = r.num("id")
			if motherID == 999 || r.num("version") != 1 || r.body["ethnicity"] != "NOBT" {
				t.Errorf("server-set fields were taken from the client: %s", r.raw)
			}
		})
		childPath := fmt.Sprintf("/api/people/%d", childID)

		t.Run("read the record", func(t *testing.T) {
			r := e.do(worker, req{method: "GET", path: childPath}).expect(t, http.StatusOK)
			p, _ := r.body["person"].(map[string]any)
			if p["id"] != float64(childID) || p["given_names"] != "Kofi" {
				t.Errorf("person = %v", p)
			}
			for _, k := range []string{"aliases", "addresses", "relatives", "household", "warnings", "allocations", "chronology"} {
				if _, ok := r.body[k].([]any); !ok {
					t.Errorf("record has no list %s: %s", k, r.raw)
				}
			}
			if !e.audited(worker, audit.View, childID, audit.OK) {
				t.Error("view not audited")
			}
		})

		t.Run("update", func(t *testing.T) {
			cases := []struct {
				name    string
				body    func(m map[string]any)
				status  int
				field   string
				version int64
			}{
				{"no version", func(m map[string]any) { delete(m, "version") }, 400, "version", 1},
				{"identity change without a reason", func(m map[string]any) { m["family_name"] = "Mensah-Boateng" }, 400, "reason", 1},
				{"impossible date", func(m map[string]any) { m["date_of_birth"] = "2015-02-29" }, 400, "date_of_birth", 1},
				{"wrong id", func(m map[string]any) { m["id"] = motherID }, 400, "id", 1},
				{"restricting", func(m map[string]any) { m["restricted"] = true }, 400, "restricted", 1},
				{"unknown field", func(m map[string]any) { m["colour"] = "red" }, 400, "colour", 1},
				{"preferred name", func(m map[string]any) { m["preferred_name"] = "KK" }, 200, "", 2},
				{"identity change with a reason", func(m map[string]any) {
					m["family_name"], m["reason"], m["version"] = "Mensah-Boateng", "Birth certificate seen", 2
				}, 200, "", 3},
				{"no change", func(m map[string]any) { m["version"] = 3 }, 200, "", 3},
			}
			for _, c := range cases {
				t.Run(c.name, func(t *testing.T) {
					cur := e.do(worker, req{method: "GET", path: childPath}).expect(t, http.StatusOK)
					body := cur.body["person"].(map[string]any)
					body["version"] = float64(1) // as first read
					c.body(body)
					r := e.do(worker, req{method: "PUT", path: childPath, body: body}).expect(t, c.status)
					if c.field != "" {
						if _, _, fields := r.errCode(); !slices.Contains(fields, c.field) {
							t.Errorf("fields = %v, want %s", fields, c.field)
						}
					} else if r.num("version") != c.version {
						t.Errorf("version = %d, want %d: %s", r.num("version"), c.version, r.raw)
					}
					got, err := s.Person(ctx, childID)
					if err != nil || int64(got.Version) != c.version {
						t.Errorf("stored version = %d, %v, want %d", got.Version, err, c.version)
					}
				})
			}
			got, _ := s.Person(ctx, childID)
			if got.PreferredName != "KK" || got.FamilyName != "Mensah-Boateng" || got.NHSNumber != "9990000018" {
				t.Errorf("stored = %+v", got)
			}
			if !e.audited(worker, audit.Update, childID, audit.OK) {
				t.Error("update not audited")
			}
		})

		t.Run("stale update is a conflict with the changes", func(t *testing.T) {
			body := validPerson(func(m map[string]any) {
				m["given_names"], m["family_name"], m["version"], m["preferred_name"] = "Kofi", "Mensah", 1, "Kof"
			})
			r := e.do(worker, req{method: "PUT", path: childPath, body: body}).expect(t, http.StatusConflict)
			code, msg, _ := r.errCode()
			errObj := r.body["error"].(map[string]any)
			if code != "conflict" || msg != "This record changed since you opened it" || errObj["current_version"] != float64(3) {
				t.Errorf("error = %s", r.raw)
			}
			changes, _ := errObj["changes"].([]any)
			var fields []string
			for _, c := range changes {
				m := c.(map[string]any)
				fields = append(fields, m["field"].(string))
				if m["field"] == "family_name" && (m["old"] != "Mensah" || m["new"] != "Mensah-Boateng" || m["label"] != "Family name") {
					t.Errorf("change = %v", m)
				}
			}
			if !slices.Contains(fields, "preferred_name") || !slices.Contains(fields, "family_name") {
				t.Errorf("changes = %v", changes)
			}
			if got, _ := s.Person(ctx, childID); got.Version != 3 || got.PreferredName != "KK" {
				t.Errorf("stale update saved: %+v", got)
			}
		})

		t.Run("unknown person", func(t *testing.T) {
			for _, c := range []req{
				{method: "GET", path: "/api/people/999999"},
				{method: "GET", path: "/api/people/999999/history"},
				{method: "PUT", path: "/api/people/999999", body: validPerson(func(m map[string]any) { m["version"] = 1 })},
				{method: "POST", path: "/api/people/999999/relationships", body: map[string]any{"related_person_id": childID, "type": "mother"}},
				{method: "GET", path: "/api/people/abc"},
			} {
				r := e.do(worker, c).expect(t, http.StatusNotFound)
				if code, _, _ := r.errCode(); code != "not_found" {
					t.Errorf("%s %s: code %q", c.method, c.path, code)
				}
			}
			if !e.audited(worker, audit.View, 999999, audit.NotFound) {
				t.Error("unknown person not audited")
			}
		})

		t.Run("relationships", func(t *testing.T) {
			path := childPath + "/relationships"
			for _, c := range []struct {
				name  string
				body  any
				field string
			}{
				{"unknown type", map[string]any{"related_person_id": motherID, "type": "aunt"}, "type"},
				{"no type", map[string]any{"related_person_id": motherID}, "type"},
				{"no related person", map[string]any{"type": "mother"}, "related_person_id"},
				{"no such person", map[string]any{"related_person_id": 999999, "type": "mother"}, "related_person_id"},
				{"themselves", map[string]any{"related_person_id": childID, "type": "mother"}, "related_person_id"},
				{"impossible start", map[string]any{"related_person_id": motherID, "type": "mother", "start_date": "2020-04-31"}, "start_date"},
				{"responsibility for a sibling", map[string]any{"related_person_id": motherID, "type": "sibling", "parental_responsibility": true}, "parental_responsibility"},
				{"id of the wrong type", map[string]any{"related_person_id": "12", "type": "mother"}, "related_person_id"},
				{"unknown field", map[string]any{"related_person_id": motherID, "type": "mother", "to_person_id": 3}, "to_person_id"},
			} {
				t.Run(c.name, func(t *testing.T) {
					r := e.do(worker, req{method: "POST", path: path, body: c.body}).expect(t, http.StatusBadRequest)
					if _, _, fields := r.errCode(); !slices.Contains(fields, c.field) {
						t.Errorf("fields = %v, want %s: %s", fields, c.field, r.raw)
					}
				})
			}
			r := e.do(worker, req{method: "POST", path: path, body: map[string]any{
				"related_person_id": motherID, "type": "mother", "parental_responsibility": true, "notes": "Lives with Kofi",
			}}).expect(t, http.StatusCreated)
			if r.num("person_id") != motherID || r.body["label"] != "Mother" || r.body["name"] != "Grace Mensah" ||
				r.body["parental_responsibility"] != true || r.num("from_person_id") != motherID || r.num("to_person_id") != childID {
				t.Errorf("relationship = %s", r.raw)
			}
			e.do(worker, req{method: "POST", path: path, body: map[string]any{"related_person_id": motherID, "type": "mother"}}).
				expect(t, http.StatusBadRequest)

			rels := func(id int64) []any {
				r := e.do(worker, req{method: "GET", path: fmt.Sprintf("/api/people/%d", id)}).expect(t, http.StatusOK)
				l, _ := r.body["relatives"].([]any)
				return l
			}
			if l := rels(childID); len(l) != 1 || l[0].(map[string]any)["label"] != "Mother" || l[0].(map[string]any)["person_id"] != float64(motherID) {
				t.Errorf("child's relatives = %v", l)
			}
			if l := rels(motherID); len(l) != 1 || l[0].(map[string]any)["label"] != "Child" || l[0].(map[string]any)["name"] != "Kofi Mensah-Boateng" ||
				l[0].(map[string]any)["parental_responsibility"] != false {
				t.Errorf("mother's relatives = %v", l)
			}
		})

		t.Run("history", func(t *testing.T) {
			r := e.do(worker, req{method: "GET", path: childPath + "/history"}).expect(t, http.StatusOK)
			revs, _ := r.body["revisions"].([]any)
			if len(revs) < 4 {
				t.Fatalf("revisions = %s", r.raw)
			}
			newest := revs[0].(map[string]any)
			if newest["entity"] != "relationship" || newest["action"] != "create" {
				t.Errorf("newest revision = %v", newest)
			}
			var sawReason bool
			for _, rv := range revs {
				m := rv.(map[string]any)
				if m["reason"] == "Birth certificate seen" {
					sawReason = true
					if cs, _ := m["changes"].([]any); len(cs) != 1 || cs[0].(map[string]any)["field"] != "family_name" {
						t.Errorf("changes = %v", m["changes"])
					}
					if snap, _ := m["snapshot"].(map[string]any); snap["family_name"] != "Mensah-Boateng" {
						t.Errorf("snapshot = %v", m["snapshot"])
					}
				}
			}
			if !sawReason {
				t.Errorf("no revision with the reason: %s", r.raw)
			}
			evs, _ := s.AuditEvents(ctx, audit.Filter{ActorID: worker.ID, PersonID: childID, Action: audit.View})
			if len(evs) == 0 || evs[0].Detail != "Viewed history of changes" {
				t.Errorf("history view not audited: %+v", evs)
			}
		})

		t.Run("restricted record", func(t *testing.T) {
			if err := s.RestrictPerson(ctx, audit.System, motherID, true, "Fled domestic abuse"); err != nil {
				t.Fatal(err)
			}
			mother := fmt.Sprintf("/api/people/%d", motherID)
			for _, c := range []req{
				{method: "GET", path: mother},
				{method: "GET", path: mother + "/history"},
				{method: "PUT", path: mother, body: map[string]any{"version": 2}},
			} {
				r := e.do(worker, c).expect(t, http.StatusForbidden)
				if code, _, _ := r.errCode(); code != "restricted" {
					t.Errorf("%s %s: code %q", c.method, c.path, code)
				}
			}
			if !e.audited(worker, audit.View, motherID, audit.Denied) {
				t.Error("refusal not audited")
			}
			r := e.do(worker, req{method: "GET", path: "/api/people?q=Grace+Mensah"}).expect(t, http.StatusOK)
			if l, _ := r.body["results"].([]any); len(l) != 0 {
				t.Errorf("restricted record found by search: %s", r.raw)
			}
			if err := s.GrantAccess(ctx, audit.System, worker.ID, motherID, "Allocated worker"); err != nil {
				t.Fatal(err)
			}
			r = e.do(worker, req{method: "GET", path: mother}).expect(t, http.StatusOK)
			if p := r.body["person"].(map[string]any); p["restricted"] != true {
				t.Errorf("person = %v", p)
			}
			// The restriction is kept by an update that sends it back as read.
			p := r.body["person"].(map[string]any)
			p["first_language"] = "Twi"
			r = e.do(worker, req{method: "PUT", path: mother, body: p}).expect(t, http.StatusOK)
			if r.body["restricted"] != true || r.body["first_language"] != "Twi" {
				t.Errorf("updated = %s", r.raw)
			}
		})

		t.Run("unknown routes and methods", func(t *testing.T) {
			r := e.do(worker, req{method: "GET", path: "/api/nothing"}).expect(t, http.StatusNotFound)
			if code, _, _ := r.errCode(); code != "not_found" {
				t.Errorf("code %q", code)
			}
			r = e.do(worker, req{method: "DELETE", path: childPath}).expect(t, http.StatusMethodNotAllowed)
			if allow := r.header.Get("Allow"); allow != "GET, PUT" {
				t.Errorf("Allow = %q", allow)
			}
		})
	})
}

func TestOpenAPI(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s)
		r := e.do(nil, req{method: "GET", path: "/api/openapi.json"}).expect(t, http.StatusOK)
		var doc struct {
			OpenAPI    string                               `json:"openapi"`
			Paths      map[string]map[string]map[string]any `json:"paths"`
			Components struct {
				Schemas map[string]map[string]any `json:"schemas"`
			} `json:"components"`
		}
		if err := json.Unmarshal(r.raw, &doc); err != nil {
			t.Fatal(err)
		}
		if doc.OpenAPI != "3.1.0" {
			t.Errorf("openapi = %q", doc.OpenAPI)
		}
		for _, pattern := range api.RoutePatterns() {
			method, path, _ := strings.Cut(pattern, " ")
			op, ok := doc.Paths[path][strings.ToLower(method)]
			if !ok {
				t.Errorf("route %s is not in the document", pattern)
				continue
			}
			if op["operationId"] == nil || op["responses"] == nil {
				t.Errorf("route %s is not described: %v", pattern, op)
			}
		}
		enum := func(name string) []string {
			var vs []string
			for _, v := range doc.Components.Schemas[name]["enum"].([]any) {
				vs = append(vs, v.(string))
			}
			return vs
		}
		for name, set := range map[string]*codes.Set{"Sex": codes.Sex, "Ethnicity": codes.Ethnicity, "Disability": codes.Disability,
			"Religion": codes.Religion, "GenderIdentity": codes.GenderIdentity} {
			if !slices.Equal(enum(name), set.Values()) {
				t.Errorf("%s enum = %v, want %v", name, enum(name), set.Values())
			}
		}
		var rts []string
		for _, rt := range person.RelTypes() {
			rts = append(rts, string(rt))
		}
		if !slices.Equal(enum("RelationshipType"), rts) {
			t.Errorf("RelationshipType enum = %v", enum("RelationshipType"))
		}
		for _, name := range []string{"Person", "Relationship", "RelationshipInput", "Record", "Error", "ErrorDetail", "FieldError", "History"} {
			if doc.Components.Schemas[name] == nil {
				t.Errorf("no schema %s", name)
			}
		}
		// The Person schema lists every field a person has in JSON.
		props := doc.Components.Schemas["Person"]["properties"].(map[string]any)
		var p map[string]any
		b, _ := json.Marshal(&person.Person{UPN: "x", NHSNumber: "x", PreferredName: "x", ErrorReason: "x"})
		json.Unmarshal(b, &p)
		for k := range p {
			if props[k] == nil {
				t.Errorf("Person schema lacks %s", k)
			}
		}
		// Every reference resolves.
		var whole struct {
			Components map[string]map[string]json.RawMessage `json:"components"`
		}
		if err := json.Unmarshal(r.raw, &whole); err != nil {
			t.Fatal(err)
		}
		for _, ref := range refsIn(r.raw) {
			kind, name, _ := strings.Cut(strings.TrimPrefix(ref, "#/components/"), "/")
			if whole.Components[kind][name] == nil {
				t.Errorf("reference %s does not resolve", ref)
			}
		}
	})
}

// refsIn returns every "$ref" in a JSON document.
func refsIn(doc []byte) []string {
	var refs []string
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if s, ok := x.(string); ok && k == "$ref" {
					refs = append(refs, s)
				}
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	var root any
	json.Unmarshal(doc, &root)
	walk(root)
	return refs
}

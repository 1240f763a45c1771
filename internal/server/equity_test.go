package server_test

import (
	"fmt"
	"html"
	"net/http"
	"strings"
	"testing"
	"time"

	"ourchild/internal/access"
	"ourchild/internal/apperr"
	"ourchild/internal/audit"
	"ourchild/internal/casework"
	"ourchild/internal/date"
	"ourchild/internal/person"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

// TestEquityPage compares disabled children's assessments with other children's on the equity
// page, with known children and the answer worked out by hand.
//
// Every referral is on Monday 2 March 2026: 45 working days (over Easter and the early May
// bank holiday) run out on Thursday 7 May. Five disabled children's assessments are authorised,
// four on 7 May (on time) and one on 8 May (late): 80%. Six other children's (three with
// 'None' recorded, three with nothing recorded): three on time, three late: 50%. The
// difference is +30 points. Left out: a disabled child whose assessment is still awaited
// (overdue, not done), and one referred on 1 June whose assessment is due in August, after
// the period, though done on time. Every other measure has fewer than 5.
func TestEquityPage(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s)
		s.Now = func() time.Time { return time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC) }
		analyst := &store.User{Username: string(access.PerformanceAnalyst), Name: "Pat Analyst", Role: access.PerformanceAnalyst,
			TeamID: e.users[access.SocialWorker].TeamID}
		if err := s.CreateUser(ctx, audit.System, analyst, password); err != nil {
			t.Fatal(err)
		}
		ed := store.Editor{Actor: audit.System, Manager: true}
		n := 0
		child := func(disabilities ...string) int64 {
			t.Helper()
			n++
			p := &person.Person{GivenNames: "Child", FamilyName: fmt.Sprintf("Number %d", n), DateOfBirth: date.MustParse("2016-01-02"),
				Sex: "M", Ethnicity: "WBRI", Disabilities: disabilities}
			if err := s.CreatePerson(ctx, audit.System, p); err != nil {
				t.Fatal(err)
			}
			return p.ID
		}
		add := func(pid int64, kind string, pairs ...string) {
			t.Helper()
			v := casework.Values{}
			for i := 0; i+1 < len(pairs); i += 2 {
				v[pairs[i]] = append(v[pairs[i]], pairs[i+1])
			}
			if err := s.AddItem(ctx, ed, &casework.Item{PersonID: pid, Kind: kind, Values: v}); err != nil {
				t.Fatalf("%s: %v %v", kind, err, apperr.FieldsOf(err))
			}
		}
		assessed := func(pid int64, referred, authorised string) {
			t.Helper()
			add(pid, "referral", "referral_date", referred, "source", "2A", "nfa", "no")
			if authorised != "" {
				add(pid, "assessment", "start", referred, "completed", authorised, "authorised", authorised, "wishes", "w", "analysis", "a",
					"factors", "1B", "outcome", "nfa", "identity", "i", "how_gathered", "talking")
			}
		}
		for _, on := range []string{"2026-05-07", "2026-05-07", "2026-05-07", "2026-05-07", "2026-05-08"} {
			assessed(child("AUT"), "2026-03-02", on)
		}
		for i, on := range []string{"2026-05-07", "2026-05-08", "2026-05-07", "2026-05-08", "2026-05-07", "2026-05-08"} {
			if i%2 == 0 {
				assessed(child("NONE"), "2026-03-02", on)
			} else {
				assessed(child(), "2026-03-02", on)
			}
		}
		assessed(child("HAND"), "2026-03-02", "")
		assessed(child("LD"), "2026-06-01", "2026-06-20")

		sw := e.client().signIn(access.SocialWorker)
		if status, _, _ := sw.do("GET", "/equity", nil); status != http.StatusForbidden {
			t.Errorf("a social worker opened the equity view: %d", status)
		}

		c := e.client().signIn(access.PerformanceAnalyst)
		status, body, _ := c.do("GET", "/equity?from=2026-01-01&to=2026-06-30", nil)
		if status != http.StatusOK {
			t.Fatalf("equity: %d\n%s", status, body)
		}
		wantContains(t, "equity", body, "Done on time, due from 1 January 2026 to 30 June 2026",
			`<th scope="colgroup" class="govuk-table__header" colspan="2">Disabled children</th>`,
			"7 of the 13 children")
		rows := table(body)
		want := map[string]string{
			"Assessments authorised within 45 working days of the referral":                       "5|80%|6|50%|+30 points",
			"Initial child protection conferences within 15 working days of the section 47 start": "fewer than 5|not shown|fewer than 5|not shown|not shown",
			"Looked-after reviews": "fewer than 5|not shown|fewer than 5|not shown|not shown",
		}
		for label, cells := range want {
			if got := strings.Join(rows[label], "|"); got != cells {
				t.Errorf("%s: %q, want %q", label, got, cells)
			}
		}
		if len(rows) != 7 {
			t.Errorf("%d measures, want 7: %v", len(rows), rows)
		}

		// The default period is the 12 months to today: it takes in the assessment due in August,
		// on time, so disabled children's are 5 of 6 on time (83%), 33 points above.
		status, body, _ = c.do("GET", "/equity", nil)
		if status != http.StatusOK {
			t.Fatalf("equity, default period: %d", status)
		}
		wantContains(t, "default period", body, "due from 21 November 2025 to 20 November 2026")
		if got := strings.Join(table(body)["Assessments authorised within 45 working days of the referral"], "|"); got != "6|83%|6|50%|+33 points" {
			t.Errorf("default period: assessments %q", got)
		}
		// A bad date, or a period backwards, is refused.
		status, body, _ = c.do("GET", "/equity?from=2026-02-30", nil)
		if status != http.StatusBadRequest {
			t.Errorf("a date that does not exist: %d", status)
		}
		wantContains(t, "bad date", body, "From must be a real date in the form 2025-11-21")
		if status, body, _ = c.do("GET", "/equity?from=2026-06-30&to=2026-01-01", nil); status != http.StatusBadRequest {
			t.Errorf("a period backwards: %d", status)
		}
		wantContains(t, "backwards", body, "To must be the same as or after from")

		evs, _ := s.AuditEvents(ctx, audit.Filter{ActorID: analyst.ID, Action: audit.View})
		if len(evs) != 2 || evs[1].PersonID != 0 || !strings.Contains(evs[1].Detail, "2026-01-01 to 2026-06-30 (13 children)") {
			t.Errorf("audit = %+v", evs)
		}
	})
}

// table reads the equity table: each measure's cells, by its label.
func table(body string) map[string][]string {
	rows := map[string][]string{}
	for _, tr := range strings.Split(body, `<tr class="govuk-table__row">`)[3:] {
		label, _, _ := strings.Cut(strings.SplitN(tr, `">`, 2)[1], " <span")
		var cells []string
		for _, td := range strings.Split(tr, `<td class="govuk-table__cell`)[1:] {
			cell := td[strings.Index(td, ">")+1:]
			cell, _, _ = strings.Cut(cell, "<")
			cells = append(cells, html.UnescapeString(cell))
		}
		rows[label] = cells
	}
	return rows
}

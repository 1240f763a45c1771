package server_test

import (
	"bytes"
	"net/http"
	"strings"
	"testing"

	"ourchild/internal/access"
	"ourchild/internal/audit"
	"ourchild/internal/casework"
	"ourchild/internal/cincensus"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

// TestCINCensusPages produces the CIN census on the returns pages: the summary and findings,
// the download when there are no errors (audited), the refusal when there are, and the
// permission.
func TestCINCensusPages(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s)
		analyst := &store.User{Username: string(access.PerformanceAnalyst), Name: "Pat Analyst", Role: access.PerformanceAnalyst,
			TeamID: e.users[access.SocialWorker].TeamID}
		if err := s.CreateUser(ctx, audit.System, analyst, password); err != nil {
			t.Fatal(err)
		}
		ed := store.Editor{Actor: audit.System, Manager: true}
		ref := &casework.Item{PersonID: e.child.ID, Kind: "referral", Values: casework.Values{"referral_date": {"2025-10-10"},
			"source": {"6"}, "nfa": {"yes"}, "closure_date": {"2025-10-10"}, "closure_reason": {"RC7"}}}
		if err := s.AddItem(ctx, ed, ref); err != nil {
			t.Fatal(err)
		}

		sw := e.client().signIn(access.SocialWorker)
		if status, _, _ := sw.do("GET", "/returns/cin-census?year=2026", nil); status != http.StatusForbidden {
			t.Errorf("a social worker opened the census: %d", status)
		}

		c := e.client().signIn(access.PerformanceAnalyst)
		status, body, _ := c.do("GET", "/returns", nil)
		if status != 200 {
			t.Fatalf("returns: %d", status)
		}
		wantContains(t, "returns list", body, "Statutory returns", "Children in need census", "Children looked after (SSDA903)", `href="/equity"`)

		status, body, _ = c.do("GET", "/returns/cin-census?year=2026", nil)
		if status != 200 {
			t.Fatalf("census: %d\n%s", status, body)
		}
		wantContains(t, "census", body, "Children in need census 2025/26", "No errors", `href="/returns/cin-census.xml?year=2026"`,
			"Download the XML", "Episodes by primary need", "cin2025_26")

		status, body, h := c.do("GET", "/returns/cin-census.xml?year=2026", nil)
		if status != 200 || !strings.HasPrefix(h.Get("Content-Type"), "application/xml") || !strings.Contains(h.Get("Content-Disposition"), "CIN_Census_937_2026.xml") {
			t.Fatalf("download: %d %s %s", status, h.Get("Content-Type"), h.Get("Content-Disposition"))
		}
		r, err := cincensus.Parse(bytes.NewReader([]byte(body)))
		if err != nil || len(r.Children) != 1 || r.Children[0].Identifiers.LAchildID != itoa(e.child.ID) {
			t.Fatalf("downloaded census: %+v, %v", r, err)
		}
		evs, _ := s.AuditEvents(ctx, audit.Filter{ActorID: analyst.ID, Action: audit.Export})
		if len(evs) != 1 || !strings.Contains(evs[0].Detail, "Produced CIN census 2025/26: 1 children") {
			t.Errorf("download audit = %+v", evs)
		}

		// A referral closed with no primary need, written round the forms: the page lists the
		// error with the rule, the child and the field; the download is refused.
		if _, err := s.DB().ExecContext(ctx, `UPDATE casework SET detail = $1, codes = $1 WHERE id = $2`,
			`{"referral_date":["2025-10-10"],"source":["6"],"nfa":["no"],"closure_date":["2025-10-10"],"closure_reason":["RC7"]}`, ref.ID); err != nil {
			t.Fatal(err)
		}
		status, body, _ = c.do("GET", "/returns/cin-census?year=2026", nil)
		if status != 200 {
			t.Fatalf("census with an error: %d", status)
		}
		// The analyst may not open records: the child is named by ID, without a link.
		wantContains(t, "census with an error", body, "8610", `<td class="govuk-table__cell">`+itoa(e.child.ID)+`</td>`, "PrimaryNeedCode",
			"so it cannot be downloaded")
		if strings.Contains(body, `href="/people/`+itoa(e.child.ID)+`"`) {
			t.Error("the analyst is offered a link to a record they may not open")
		}
		if strings.Contains(body, "Download the XML") {
			t.Error("download offered for a census with errors")
		}
		status, body, _ = c.do("GET", "/returns/cin-census.xml?year=2026", nil)
		if status != http.StatusConflict {
			t.Errorf("download with errors: %d, want 409", status)
		}
		wantContains(t, "refused download", body, "has 1 error, so it cannot be downloaded")

		status, body, _ = c.do("GET", "/returns/cin-census?year=twenty", nil)
		if status != http.StatusBadRequest {
			t.Errorf("bad year: %d", status)
		}
		wantContains(t, "bad year", body, "govuk-error-summary", "Collection year must be a year")
	})
}

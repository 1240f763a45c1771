package server_test

import (
	"archive/zip"
	"bytes"
	"io"
	"net/http"
	"strings"
	"testing"

	"ourchild/internal/access"
	"ourchild/internal/audit"
	"ourchild/internal/casework"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

// TestSSDA903Pages produces the 903 return on the returns pages: the summary, the files and the
// findings, the zip of CSV files when there are no errors (audited), the refusal when there
// are, a bad year, and the permission.
func TestSSDA903Pages(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s)
		analyst := &store.User{Username: string(access.PerformanceAnalyst), Name: "Pat Analyst", Role: access.PerformanceAnalyst,
			TeamID: e.users[access.SocialWorker].TeamID}
		if err := s.CreateUser(ctx, audit.System, analyst, password); err != nil {
			t.Fatal(err)
		}
		// The child's social worker is registered: the 903 reports the SW ID (rules SW01b, SW02).
		sw := e.users[access.SocialWorker]
		sw.SWID = "SW123456"
		if err := s.UpdateUser(ctx, audit.System, sw, sw.UpdatedAt); err != nil {
			t.Fatal(err)
		}
		ed := store.Editor{Actor: audit.System, Manager: true}
		add := func(kind string, v casework.Values) *casework.Item {
			it := &casework.Item{PersonID: e.child.ID, Kind: kind, Values: v}
			if err := s.AddItem(ctx, ed, it); err != nil {
				t.Fatal(err)
			}
			return it
		}
		add("care_period", casework.Values{"start": {"2025-06-01"}, "category": {"N1"}, "uasc": {"no"}, "previous_permanence": {"Z1"},
			"home_postcode": {"CV90 1AB"}})
		pl := add("placement", casework.Values{"start": {"2025-06-01"}, "reason_new": {"S"}, "legal_status": {"V2"}, "type": {"U4"},
			"provider": {"PR1"}, "carer": {"Foster carers"}, "urn": {"SC093701"}, "postcode": {"CV90 2BD"}})

		swc := e.client().signIn(access.SocialWorker)
		if status, _, _ := swc.do("GET", "/returns/ssda903?year=2026", nil); status != http.StatusForbidden {
			t.Errorf("a social worker opened the 903 return: %d", status)
		}

		c := e.client().signIn(access.PerformanceAnalyst)
		status, body, _ := c.do("GET", "/returns", nil)
		if status != 200 {
			t.Fatalf("returns: %d", status)
		}
		wantContains(t, "returns list", body, `href="/returns/ssda903?year=`)

		status, body, _ = c.do("GET", "/returns/ssda903?year=2026", nil)
		if status != 200 {
			t.Fatalf("903: %d\n%s", status, body)
		}
		wantContains(t, "903", body, "Children looked after (SSDA903) 2025/26", "No errors", `href="/returns/ssda903.zip?year=2026"`,
			"episodes.csv", "lac2025_26", "No findings")

		status, body, h := c.do("GET", "/returns/ssda903.zip?year=2026", nil)
		if status != 200 || h.Get("Content-Type") != "application/zip" || !strings.Contains(h.Get("Content-Disposition"), "SSDA903_937_2026.zip") {
			t.Fatalf("download: %d %s %s", status, h.Get("Content-Type"), h.Get("Content-Disposition"))
		}
		zr, err := zip.NewReader(bytes.NewReader([]byte(body)), int64(len(body)))
		if err != nil {
			t.Fatal(err)
		}
		files := map[string]string{}
		for _, f := range zr.File {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(rc)
			rc.Close()
			files[f.Name] = string(b)
		}
		if len(files) != 11 || files["sw_episodes.csv"] == "" || !strings.Contains(files["episodes.csv"], itoa(e.child.ID)+",01/06/2025,S,V2,N1,U4,PR1") {
			t.Errorf("zip holds %d files; episodes.csv:\n%s", len(files), files["episodes.csv"])
		}
		evs, _ := s.AuditEvents(ctx, audit.Filter{ActorID: analyst.ID, Action: audit.Export})
		found := false
		for _, ev := range evs {
			found = found || strings.Contains(ev.Detail, "Produced SSDA903 return 2025/26: 1 children (download)")
		}
		if !found {
			t.Errorf("download not audited: %+v", evs)
		}

		// A placement type written round the forms: the page names the rule, table, child and
		// field; the download is refused.
		if _, err := s.DB().ExecContext(ctx, `UPDATE casework SET codes = REPLACE(codes, '"U4"', '"Q9"'),
			detail = REPLACE(detail, '"U4"', '"Q9"') WHERE id = $1`, pl.ID); err != nil {
			t.Fatal(err)
		}
		status, body, _ = c.do("GET", "/returns/ssda903?year=2026", nil)
		if status != 200 {
			t.Fatalf("903 with an error: %d", status)
		}
		wantContains(t, "903 with an error", body, `<td class="govuk-table__cell">146</td>`, `<td class="govuk-table__cell">Episodes</td>`,
			`<td class="govuk-table__cell">`+itoa(e.child.ID)+`</td>`, `<td class="govuk-table__cell">PLACE</td>`, "so it cannot be downloaded")
		if strings.Contains(body, "ssda903.zip") {
			t.Error("download offered for a return with errors")
		}
		if status, body, _ = c.do("GET", "/returns/ssda903.zip?year=2026", nil); status != http.StatusConflict {
			t.Errorf("download with errors: %d, want 409", status)
		}
		wantContains(t, "refused download", body, "has 1 error, so it cannot be downloaded")

		status, body, _ = c.do("GET", "/returns/ssda903?year=twenty", nil)
		if status != http.StatusBadRequest {
			t.Errorf("bad year: %d", status)
		}
		wantContains(t, "bad year", body, "govuk-error-summary", "Collection year must be a year")
	})
}

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"ourchild/internal/access"
	"ourchild/internal/audit"
	"ourchild/internal/casework"
	"ourchild/internal/cincensus"
	"ourchild/internal/cinreport"
	"ourchild/internal/date"
	"ourchild/internal/person"
	"ourchild/internal/ssda903"
	"ourchild/internal/store"
)

// TestReportCINCensus produces the census from a small store: written when valid; refused,
// with every finding printed and nothing written, when a record is wrong; written with --force.
func TestReportCINCensus(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := filepath.Join(dir, "report.db")
	s, err := openStore(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	s.Now = func() time.Time { return time.Date(2026, 4, 20, 9, 0, 0, 0, time.UTC) }
	e := store.Editor{Actor: audit.System, Manager: true}
	addChild := func(given string, v casework.Values) int64 {
		p := &person.Person{GivenNames: given, FamilyName: "Test", DateOfBirth: date.MustParse("2015-05-05"), Sex: "F", Ethnicity: "WBRI"}
		if err := s.CreatePerson(ctx, audit.System, p); err != nil {
			t.Fatal(err)
		}
		it := &casework.Item{PersonID: p.ID, Kind: "referral", Values: v}
		if err := s.AddItem(ctx, e, it); err != nil {
			t.Fatal(err)
		}
		return p.ID
	}
	addChild("Nora", casework.Values{"referral_date": {"2025-10-10"}, "source": {"6"}, "nfa": {"yes"},
		"closure_date": {"2025-10-10"}, "closure_reason": {"RC7"}})
	s.Close()

	out := filepath.Join(dir, "cin.xml")
	var buf bytes.Buffer
	if err := runReport(ctx, []string{"cin-census", "--db", db, "--year", "2026", "--out", out}, &buf); err != nil {
		t.Fatalf("valid census: %v\n%s", err, buf.String())
	}
	if !strings.Contains(buf.String(), "CIN census 2025/26: 1 child, 1 episode; 0 errors") || !strings.Contains(buf.String(), "written to "+out) {
		t.Errorf("summary:\n%s", buf.String())
	}
	r, err := cincensus.ReadFile(out)
	if err != nil || len(r.Children) != 1 || r.Header.LEA != cinreport.DemoLA || r.Header.ReferenceDate != "2026-03-31" {
		t.Fatalf("written census = %+v, %v", r, err)
	}
	good, _ := os.ReadFile(out)

	// A referral closed with no primary need, written round the forms: the census fails,
	// names the rule, child and field, and leaves the file as it was.
	s, _ = openStore(ctx, db)
	s.Now = func() time.Time { return time.Date(2026, 4, 20, 9, 0, 0, 0, time.UTC) }
	bad := addChild("Olly", casework.Values{"referral_date": {"2025-05-01"}, "source": {"2A"}, "nfa": {"no"}, "primary_need": {"N5"},
		"closure_date": {"2025-06-01"}, "closure_reason": {"RC7"}})
	if _, err := s.DB().ExecContext(ctx, `UPDATE casework SET detail = $1, codes = $1 WHERE person_id = $2`,
		`{"referral_date":["2025-05-01"],"source":["2A"],"nfa":["no"],"closure_date":["2025-06-01"],"closure_reason":["RC7"]}`, bad); err != nil {
		t.Fatal(err)
	}
	s.Close()
	buf.Reset()
	err = runReport(ctx, []string{"cin-census", "--db", db, "--year", "2026", "--out", out}, &buf)
	if err == nil || !strings.Contains(err.Error(), "has 1 error") {
		t.Fatalf("census with an error: %v", err)
	}
	if want := "8610\tError\t" + strconv.FormatInt(bad, 10) + "\tPrimaryNeedCode\t"; !strings.Contains(buf.String(), want) {
		t.Errorf("findings do not include %q:\n%s", want, buf.String())
	}
	if now, _ := os.ReadFile(out); !bytes.Equal(now, good) {
		t.Error("the file was changed by a census with errors")
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".cin.xml.*")); len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}

	// JSON, and --force writes it anyway (and still fails).
	buf.Reset()
	forced := filepath.Join(dir, "forced.xml")
	err = runReport(ctx, []string{"cin-census", "--db", db, "--year", "2026", "--out", forced, "--force", "--format", "json", "--la", "352"}, &buf)
	if err == nil {
		t.Error("--force with errors must still fail")
	}
	var doc struct {
		Written  bool                `json:"written"`
		Errors   int                 `json:"errors"`
		Findings []cincensus.Finding `json:"findings"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil || !doc.Written || doc.Errors != 1 {
		t.Errorf("json = %+v, %v\n%s", doc, err, buf.String())
	}
	if r, err := cincensus.ReadFile(forced); err != nil || r.Header.LEA != "352" || len(r.Children) != 2 {
		t.Errorf("forced file: %+v, %v", r, err)
	}

	// Every run is audited: two checks that wrote a file, one that did not.
	s, _ = openStore(ctx, db)
	defer s.Close()
	exports, _ := s.AuditEvents(ctx, audit.Filter{Action: audit.Export})
	checks, _ := s.AuditEvents(ctx, audit.Filter{Action: audit.View})
	if len(exports) != 2 || !strings.HasPrefix(exports[len(exports)-1].Detail, "Produced CIN census 2025/26: 1 child") || len(checks) != 1 {
		t.Errorf("audit: exports %+v, checks %+v", exports, checks)
	}

	// Bad flags are refused before anything is read or written.
	for _, args := range [][]string{
		{"cin-census", "--db", db, "--year", "2026"},                                  // no --out
		{"cin-census", "--db", db, "--year", "2026", "--out", out, "--la", "999"},     // not an LA number
		{"cin-census", "--db", db, "--year", "26", "--out", out},                      // not a year
		{"ssda903", "--db", db, "--out", out},                                         // not produced yet
		{"cin-census", "--db", db, "--year", "2026", "--out", out, "--format", "csv"}, // no such format
	} {
		if err := runReport(ctx, args, &bytes.Buffer{}); err == nil {
			t.Errorf("%v accepted", args)
		}
	}
	if got := cinreport.LatestYearEnded(date.MustParse("2026-03-30")); got != 2025 {
		t.Errorf("latest year ended on 30 March 2026 = %d, want 2025", got)
	}
	if got := cinreport.LatestYearEnded(date.MustParse("2026-03-31")); got != 2026 {
		t.Errorf("latest year ended on 31 March 2026 = %d, want 2026", got)
	}
}

// TestReportSSDA903 produces the 903 return from a small store: every file written when valid
// and loading back with the validator; refused, with every finding printed (rule, table, child,
// field) and no file written, when a record is wrong; written with --force.
func TestReportSSDA903(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := filepath.Join(dir, "report903.db")
	s, err := openStore(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	s.Now = func() time.Time { return time.Date(2026, 4, 20, 9, 0, 0, 0, time.UTC) }
	e := store.Editor{Actor: audit.System, Manager: true}
	p := &person.Person{GivenNames: "Ola", FamilyName: "Test", DateOfBirth: date.MustParse("2013-05-05"), Sex: "M", Ethnicity: "WBRI"}
	if err := s.CreatePerson(ctx, audit.System, p); err != nil {
		t.Fatal(err)
	}
	add := func(kind string, v casework.Values) *casework.Item {
		it := &casework.Item{PersonID: p.ID, Kind: kind, Values: v}
		if err := s.AddItem(ctx, e, it); err != nil {
			t.Fatal(err)
		}
		return it
	}
	add("care_period", casework.Values{"start": {"2025-06-01"}, "category": {"N1"}, "uasc": {"no"}, "previous_permanence": {"Z1"}, "home_postcode": {"CV91 2AB"}})
	// a looked-after child has an allocated social worker (rule SW12STG2 from 2023/24)
	team := &store.Team{Name: "Children in care team"}
	if err := s.CreateTeam(ctx, team); err != nil {
		t.Fatal(err)
	}
	sw := &store.User{Username: "sw.test", Name: "Sam Worker", Role: access.SocialWorker, TeamID: team.ID, SWID: "SW104857"}
	if err := s.CreateUser(ctx, audit.System, sw, ""); err != nil {
		t.Fatal(err)
	}
	if err := s.Allocate(ctx, audit.System, &person.Allocation{PersonID: p.ID, WorkerID: sw.ID, StartDate: date.MustParse("2025-06-01")}, ""); err != nil {
		t.Fatal(err)
	}
	pl := add("placement", casework.Values{"start": {"2025-06-01"}, "reason_new": {"S"}, "legal_status": {"V2"}, "type": {"U4"},
		"provider": {"PR1"}, "carer": {"Foster carers"}, "urn": {"SC093701"}, "postcode": {"CV92 3BD"}})
	s.Close()

	out := filepath.Join(dir, "903")
	var buf bytes.Buffer
	if err := runReport(ctx, []string{"ssda903", "--db", db, "--year", "2026", "--out", out}, &buf); err != nil {
		t.Fatalf("valid return: %v\n%s", err, buf.String())
	}
	if !strings.Contains(buf.String(), "SSDA903 2025/26: 1 child; 0 errors") || !strings.Contains(buf.String(), "written to "+out) {
		t.Errorf("summary:\n%s", buf.String())
	}
	r, err := ssda903.Load(out)
	if err != nil || r.Table(ssda903.Episodes).Len() != 1 || r.Table(ssda903.Header).Len() != 1 || len(r.Problems) != 0 {
		t.Fatalf("written return: %v, %v", err, r)
	}

	// A placement type written round the forms: refused, with the finding, and nothing written.
	s, err = openStore(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().ExecContext(ctx, `UPDATE casework SET codes = REPLACE(codes, '"U4"', '"Q9"'),
		detail = REPLACE(detail, '"U4"', '"Q9"') WHERE id = $1`, pl.ID); err != nil {
		t.Fatal(err)
	}
	s.Close()
	bad := filepath.Join(dir, "903-bad")
	buf.Reset()
	err = runReport(ctx, []string{"ssda903", "--db", db, "--year", "2026", "--out", bad}, &buf)
	if err == nil || !strings.Contains(err.Error(), "has 1 error") {
		t.Errorf("bad return: err = %v", err)
	}
	want := "146\tEpisodes\t" + strconv.FormatInt(p.ID, 10) + "\tPLACE\t"
	if !strings.Contains(buf.String(), want) || !strings.Contains(buf.String(), "not written") {
		t.Errorf("bad return output lacks %q:\n%s", want, buf.String())
	}
	if _, err := os.Stat(bad); !os.IsNotExist(err) {
		t.Errorf("a return with errors was written (%v)", err)
	}

	// --force writes it, and still fails; --format json gives the findings.
	buf.Reset()
	err = runReport(ctx, []string{"ssda903", "--db", db, "--year", "2026", "--out", bad, "--force", "--format", "json"}, &buf)
	if err == nil {
		t.Errorf("forced bad return succeeded")
	}
	var js struct {
		Written  bool
		Findings []ssda903.Finding
	}
	if err := json.Unmarshal(buf.Bytes(), &js); err != nil || !js.Written || len(js.Findings) != 1 || js.Findings[0].Field != "PLACE" {
		t.Errorf("json = %+v, %v\n%s", js, err, buf.String())
	}
	if r, err := ssda903.Load(bad); err != nil || r.Table(ssda903.Episodes).Get(0, "PLACE") != "Q9" {
		t.Errorf("forced return not written: %v", err)
	}
	if err := runReport(ctx, []string{"ssda903", "--db", db}, &buf); err == nil || !strings.Contains(err.Error(), "--out") {
		t.Errorf("no --out: err = %v", err)
	}
}

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ourchild/internal/cincensus"
	"ourchild/internal/samples"
	"ourchild/internal/ssda903"
)

func TestValidateCINCensus(t *testing.T) {
	cinSample := filepath.Join(samples.Dir(t), "cin", "CIN_Census_2024.xml")
	var out bytes.Buffer
	err := runValidate([]string{"cin-census", cinSample}, &out)
	if err == nil || !strings.Contains(err.Error(), "errors") {
		t.Fatalf("a file with errors must fail, got %v", err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	last := lines[len(lines)-1]
	if !strings.HasSuffix(last, "rules run (cin2023_24)") || !strings.Contains(last, " errors, ") {
		t.Errorf("summary line %q", last)
	}
	if !strings.Contains(out.String(), "8620\tError\t") {
		t.Errorf("no 8620 finding in:\n%s", out.String())
	}

	out.Reset()
	err = runValidate([]string{"cin-census", cinSample, "--format", "json"}, &out)
	if err == nil {
		t.Fatal("json: a file with errors must fail")
	}
	var doc struct {
		RuleSet  string `json:"rule_set"`
		Findings []struct {
			Code, Type string
			ChildID    string `json:"child_id"`
		} `json:"findings"`
		Summary struct{ Errors, Queries, RulesRun int } `json:"summary"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatalf("json output: %v\n%s", err, out.String())
	}
	if doc.RuleSet != "cin2023_24" || doc.Summary.Errors == 0 || doc.Summary.Errors+doc.Summary.Queries != len(doc.Findings) {
		t.Errorf("json summary %+v with %d findings", doc.Summary, len(doc.Findings))
	}
}

func TestValidateUsage(t *testing.T) {
	cinSample := filepath.Join(samples.Dir(t), "cin", "CIN_Census_2024.xml")
	var out bytes.Buffer
	for _, args := range [][]string{
		{},
		{"cin-census"},
		{"ssda903", cinSample},
		{"sen2", cinSample},
		{"cin-census", cinSample, "--format", "xml"},
		{"cin-census", "/nonexistent.xml"},
	} {
		if err := runValidate(args, &out); err == nil {
			t.Errorf("%q: want an error", args)
		}
	}
}

func TestValidateQueriesOnlyPasses(t *testing.T) {
	// One clean child: only the whole-return query 2887Q (fewer than 8
	// disability codes) fires, and queries alone do not fail.
	path := t.TempDir() + "/cin.xml"
	doc := `<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2024</Year><ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails></Header><Children><Child>
<ChildIdentifiers><LAchildID>C1</LAchildID><UPN>P201123456789</UPN><PersonBirthDate>2015-01-01</PersonBirthDate><GenderCurrent>1</GenderCurrent></ChildIdentifiers>
<ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
<CINdetails><CINreferralDate>2023-06-01</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode><ReferralNFA>false</ReferralNFA></CINdetails>
</Child></Children></Message>`
	if err := os.WriteFile(path, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := runValidate([]string{"cin-census", "--format=text", path}, &out); err != nil {
		t.Fatalf("queries only: %v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "0 errors, 1 queries") {
		t.Errorf("output:\n%s", out.String())
	}
}

func TestValidateSSDA903(t *testing.T) {
	dir := filepath.Join(samples.Dir(t), "903")
	var out bytes.Buffer
	if err := runValidate([]string{"ssda903", dir}, &out); err == nil || !strings.Contains(err.Error(), "errors") {
		t.Fatalf("the sample return has errors, so validation must fail; got %v", err)
	}
	if !strings.Contains(out.String(), "rules run") || !strings.Contains(out.String(), "lac2022_23") {
		t.Errorf("text output has no summary: %s", out.String()[max(0, out.Len()-300):])
	}
	out.Reset()
	runValidate([]string{"ssda903", dir, "--format", "json"}, &out)
	var doc struct {
		Findings []json.RawMessage `json:"findings"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil || len(doc.Findings) == 0 {
		t.Errorf("JSON output: %v, %d findings", err, len(doc.Findings))
	}
}

// TestCINJSONMatchesEncoder holds the streamed JSON to what json.Encoder
// with a two-space indent writes for the whole document, with no findings,
// with findings, and with values that need escaping.
func TestCINJSONMatchesEncoder(t *testing.T) {
	cases := map[string][]cincensus.Finding{
		"none": nil,
		"some": {
			{Code: "100", Type: "Error", Field: "ReferenceDate", Message: `ReferenceDate "2024-03-30" should be 31 March of Year "2024"`},
			{Code: "8794", Type: "Error", ChildID: "A<1>&\u2028é", Field: "Disability", Message: "disability 2 \"HAND\"\trecorded\n2 times \\ \x01 \xff"},
			{Code: "8670Q", Type: "Query", ChildID: "B2", Field: "AssessmentActualStartDate", Message: "open assessment started 2023-01-01, before 2024-01-30"},
		},
	}
	for name, findings := range cases {
		t.Run(name, func(t *testing.T) {
			var got bytes.Buffer
			w := bufio.NewWriter(&got)
			errs, queries := writeCINJSON(w, "dir/<file>.xml", "cin2023_24", 105, func(f func(cincensus.Finding)) {
				for _, x := range findings {
					f(x)
				}
			})
			w.Flush()

			// What validateCIN wrote before it streamed.
			all := findings
			if all == nil {
				all = []cincensus.Finding{}
			}
			doc := struct {
				File     string              `json:"file"`
				RuleSet  string              `json:"rule_set"`
				Findings []cincensus.Finding `json:"findings"`
				Summary  struct {
					Errors   int    `json:"errors"`
					Queries  int    `json:"queries"`
					RulesRun int    `json:"rules_run"`
					Text     string `json:"text"`
				} `json:"summary"`
			}{File: "dir/<file>.xml", RuleSet: "cin2023_24", Findings: all}
			doc.Summary.Errors, doc.Summary.Queries, doc.Summary.RulesRun = errs, queries, 105
			doc.Summary.Text = cinSummary(errs, queries, 105, "cin2023_24")
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetIndent("", "  ")
			if err := enc.Encode(doc); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Errorf("streamed JSON\n%s\njson.Encoder\n%s", got.String(), want.String())
			}
		})
	}
}

// TestSSDA903JSONMatchesEncoder holds the streamed SSDA903 JSON to what
// json.Encoder with a two-space indent writes for the whole document: on the
// sample, and on a folder with file problems, a skipped rule and values that
// need escaping.
func TestSSDA903JSONMatchesEncoder(t *testing.T) {
	odd := t.TempDir()
	for name, text := range map[string]string{
		"header.csv":   "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nA<1>&\u00e9,9,31/02/2010,XXX,,,\nB\"2,1,01/01/2012,WBRI,,,\n3,1\n",
		"episodes.csv": "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\nA<1>&\u00e9,01/05/2017,Q,C2,N1,Z9,PR1,,,,,,\n",
		"notes.csv":    "WHAT,EVER\n1,2\n",
	} {
		if err := os.WriteFile(filepath.Join(odd, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for name, dir := range map[string]string{"sample": filepath.Join(samples.Dir(t), "903"), "odd": odd} {
		t.Run(name, func(t *testing.T) {
			var got bytes.Buffer
			runValidate([]string{"ssda903", dir, "--format", "json"}, &got)

			// What validate903 wrote before it streamed.
			cur, err := ssda903.Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			findings, sum := ssda903.ValidateSummary(cur, nil, 0)
			if name == "odd" && (len(cur.Problems) == 0 || len(sum.Skipped) == 0 || len(findings) == 0) {
				t.Fatalf("the odd folder should have problems, skipped rules and findings: %v, %v, %d", cur.Problems, sum.Skipped, len(findings))
			}
			if len(sum.SkippedPrev) == 0 {
				t.Fatalf("no rule reported as skipped for want of last year's return")
			}
			text := fmt.Sprintf("%d errors, %d rules run, %d skipped for missing tables, %d skipped without last year's return (--prev DIR) (%s, year %d/%02d)",
				len(findings), len(sum.Run), len(sum.Skipped)-len(sum.SkippedPrev), len(sum.SkippedPrev), sum.RuleSet, sum.Year, (sum.Year+1)%100)
			if findings == nil {
				findings = []ssda903.Finding{}
			}
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetIndent("", "  ")
			if err := enc.Encode(struct {
				Dir      string            `json:"dir"`
				RuleSet  string            `json:"rule_set"`
				Problems []ssda903.Problem `json:"file_problems"`
				Findings []ssda903.Finding `json:"findings"`
				Summary  map[string]any    `json:"summary"`
			}{dir, sum.RuleSet, cur.Problems, findings, map[string]any{"errors": len(findings), "rules_run": len(sum.Run), "skipped": sum.Skipped, "text": text}}); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				g, w := got.String(), want.String()
				i := 0
				for i < len(g) && i < len(w) && g[i] == w[i] {
					i++
				}
				t.Errorf("streamed JSON differs from json.Encoder's at byte %d:\ngot  %q\nwant %q", i, g[max(0, i-80):min(len(g), i+80)], w[max(0, i-80):min(len(w), i+80)])
			}
		})
	}
}

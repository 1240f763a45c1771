package cincensus

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"ourchild/internal/samples"
)

// expectedRow is one line of a samples/expected/cin-*.tsv file. Its columns
// come from the sector validator's issue table: count is the number of
// (table, row) locations flagged, instances the number of distinct failures
// (the rule's ERROR_ID) and children the number of distinct LAchildIDs. A
// Finding here is one failure, so it is compared with instances.
type expectedRow struct {
	typ                        string
	count, instances, children int
}

func readExpected(t *testing.T, path string) (map[string]expectedRow, string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("expected results missing: %v", err)
	}
	defer f.Close()
	rows := map[string]expectedRow{}
	ruleSet := ""
	sc := bufio.NewScanner(f)
	first := true
	for sc.Scan() {
		line := sc.Text()
		if first {
			first = false
			continue
		}
		if strings.HasPrefix(line, "#") {
			if i := strings.LastIndex(line, "("); i >= 0 {
				ruleSet = strings.TrimSuffix(line[i+1:], ")")
			}
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 5 {
			continue
		}
		n := func(s string) int { v, _ := strconv.Atoi(s); return v }
		rows[cols[0]] = expectedRow{cols[1], n(cols[2]), n(cols[3]), n(cols[4])}
	}
	return rows, ruleSet
}

// deviations are the rules where, following the DfE specification, our count
// knowingly differs from the sector validator's expected file: file -> rule ->
// our count. Each is explained at the rule.
var deviations = map[string]map[string]int{
	// 8565: CPPendDate 2023-03-14 is after CINclosureDate 2023-02-27. The
	// validator's rule replaces the plans table with its own test data, so it
	// misses this.
	"CIN2rows":                              {"8565": 1},
	"CIN_Census_2021_no_assessment_factors": {"8565": 1},
	// 2887Q: the file uses 12 different codes besides NONE; the validator
	// counts NONE rows (6) instead. 8569Q: the referral on 2021-07-21, the
	// working day before the census start 2021-07-22, is not "before the start
	// minus one working day"; the validator's off-by-one limit is the start.
	//
	// 2886Q: DfE: query when more than 2% of child records have GenderCurrent
	// 0 or missing and no ExpectedPersonBirthDate. fake_CIN_data has 96 of 332
	// with 0, CIN_Census_2024 and _2026 2 of 2 with none; the Python rule's
	// condition (`isna() | col == 0`, a precedence slip) never selects them.
	"fake_CIN_data": {"2887Q": 0, "8569Q": 320, "2886Q": 1},
	// 8525, 8530Q: the child has both a PersonBirthDate (1965-03-27) and an
	// ExpectedPersonBirthDate (1066-04-13), which 8525 forbids, and the
	// expected date is far outside ReferenceDate minus 30 days to plus 9
	// months (8530Q). The validator parses dates with pandas, whose
	// timestamps cannot hold a year before 1677, so it reads 1066-04-13 as
	// missing.
	"CIN_header_issues_100": {"8525": 1, "8530Q": 1},
	"CIN_Census_2024":       {"2886Q": 1},
	"CIN_Census_2026":       {"2886Q": 1},
}

func TestSamples(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(samples.Dir(t), "expected", "cin-*.tsv"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no expected CIN results under %s (err %v): the samples must be present", samples.Dir(t), err)
	}
	for _, exp := range files {
		name := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(exp), "cin-"), ".tsv")
		t.Run(name, func(t *testing.T) {
			want, wantSet := readExpected(t, exp)
			r, err := ReadFile(filepath.Join(samples.Dir(t), "cin", name+".xml"))
			if err != nil {
				t.Fatal(err)
			}
			year := RuleSetYear(r)
			if got := RuleSetName(year); got != wantSet {
				t.Errorf("rule set %s, expected file says %s", got, wantSet)
			}
			got := map[string]int{}
			children := map[string]map[string]bool{}
			for _, f := range Validate(r) {
				got[f.Code]++
				if children[f.Code] == nil {
					children[f.Code] = map[string]bool{}
				}
				if f.ChildID != "" {
					children[f.Code][f.ChildID] = true
				}
			}
			implemented := map[string]bool{}
			for _, rl := range Rules(year) {
				implemented[rl.Code] = true
			}
			dev := deviations[name]
			for code, w := range want {
				if n, ok := dev[code]; ok {
					t.Logf("rule %s: %d findings where the validator reports %d (known deviation, see deviations)", code, got[code], w.instances)
					if got[code] != n {
						t.Errorf("rule %s: %d findings, the known deviation says %d", code, got[code], n)
					}
					continue
				}
				if !implemented[code] {
					t.Logf("rule %s (%s, %d failures) not yet implemented", code, w.typ, w.instances)
					continue
				}
				if got[code] != w.instances {
					t.Errorf("rule %s: %d findings, expected %d", code, got[code], w.instances)
				}
				if len(children[code]) != w.children {
					t.Errorf("rule %s: %d children, expected %d", code, len(children[code]), w.children)
				}
			}
			for code, n := range got {
				if d, ok := dev[code]; ok {
					if _, inWant := want[code]; !inWant {
						t.Logf("rule %s: %d findings where the validator reports none (known deviation)", code, n)
						if n != d {
							t.Errorf("rule %s: %d findings, the known deviation says %d", code, n, d)
						}
					}
					continue
				}
				if _, ok := want[code]; !ok {
					t.Errorf("rule %s: %d findings, expected none", code, n)
				}
			}
		})
	}
}

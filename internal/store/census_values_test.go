package store

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"ourchild/internal/casework"
)

// TestPickValues checks that the census reads the wanted fields of stored values exactly as a
// full decode would, skipping the rest, whatever the free text holds.
func TestPickValues(t *testing.T) {
	full := casework.Values{
		"analysis": {`He said "stop", then ran}]; the \ bin`, "line two\nwith a tab\t"},
		"factors":  {"3B", "18C"},
		"nfa":      {"no"},
		"wishes":   {"{[\"not json\"]}"},
		"notes":    {"caf\u00e9 \u2028 \U0001F600"},
	}
	for _, tc := range []struct {
		name   string
		detail string
		want   []string
		out    casework.Values
		bad    bool
	}{
		{"as stored", full.Marshal(), []string{"factors", "nfa"}, casework.Values{"factors": {"3B", "18C"}, "nfa": {"no"}}, false},
		{"text wanted", full.Marshal(), []string{"analysis", "notes"}, casework.Values{"analysis": full["analysis"], "notes": full["notes"]}, false},
		{"nothing wanted", full.Marshal(), nil, casework.Values{}, false},
		{"empty", `{}`, []string{"nfa"}, casework.Values{}, false},
		{"spaces", ` { "nfa" : [ "yes" ] , "x" : [ ] } `, []string{"nfa"}, casework.Values{"nfa": {"yes"}}, false},
		{"bare value skipped", `{"n": 3, "nfa": ["yes"]}`, []string{"nfa"}, casework.Values{"nfa": {"yes"}}, false},
		{"not an object", `["nfa"]`, []string{"nfa"}, nil, true},
		{"cut short", `{"nfa": ["ye`, []string{"nfa"}, nil, true},
		{"wanted but not a list", `{"nfa": {"a": 1}}`, []string{"nfa"}, nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := pickValues([]byte(tc.detail), tc.want)
			if tc.bad {
				if err == nil {
					t.Fatalf("pickValues(%s) = %v, want an error", tc.detail, got)
				}
				return
			}
			if err != nil || !reflect.DeepEqual(got, tc.out) {
				t.Errorf("pickValues(%s) = %v, %v; want %v", tc.detail, got, err, tc.out)
			}
		})
	}
}

// TestCensusUsesIndexes checks that on SQLite the census reads indexes only: the referrals
// open in a period from casework_kind, and the children's dates and codes from
// casework_census, whose condition must match censusKinds as written.
func TestCensusUsesIndexes(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "plan.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	rows, err := s.DB().QueryContext(ctx, `EXPLAIN QUERY PLAN `+censusItems, "2025-04-01", "2026-03-31")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	text := strings.Join(plan, "\n")
	for _, want := range []string{"COVERING INDEX casework_kind", "COVERING INDEX casework_census"} {
		if !strings.Contains(text, want) {
			t.Errorf("census query plan does not use %s:\n%s", want, text)
		}
	}
}

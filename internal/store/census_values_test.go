package store

import (
	"reflect"
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

package cincensus

import (
	"fmt"
	"sort"

	"ourchild/internal/workday"
)

// Finding is one failure of one rule.
type Finding struct {
	Code    string `json:"code"`     // DfE rule code, e.g. "8620" or "8670Q"
	Type    string `json:"type"`     // "Error" or "Query"
	ChildID string `json:"child_id"` // LAchildID; empty for header and whole-return findings
	Field   string `json:"field"`    // the census item at fault
	Message string `json:"message"`
}

// report records one failure of the rule being run.
type report func(childID, field, message string)

// Rule is one DfE validation rule.
type Rule struct {
	Code        string
	Query       bool   // a query (amend or explain) rather than an error
	Description string // the DfE message
	// From and To bound the collection years the rule applies to, as the first
	// calendar year of the census year (2023 for 2023/24); 0 leaves that end open.
	From, To int
	Check    func(r *Return, rep report)
}

// oldestYear is the oldest rule set the validator ships: an older return is
// checked with the 2022/23 rules.
const oldestYear = 2022

// RuleSetYear is the collection year whose rules check r: the census year
// ending on its ReferenceDate (else in its header Year), clamped to 2022/23.
func RuleSetYear(r *Return) int {
	y := r.collectionYear()
	if y < oldestYear {
		y = oldestYear
	}
	return y
}

// RuleSetName names a rule set the way the sector's validator does: cin2023_24.
func RuleSetName(year int) string {
	return fmt.Sprintf("cin%d_%02d", year, (year+1)%100)
}

// Rules returns the rules that apply in collection year y, in code order.
func Rules(y int) []Rule {
	var out []Rule
	for _, rl := range allRules {
		if (rl.From == 0 || y >= rl.From) && (rl.To == 0 || y <= rl.To) {
			out = append(out, rl)
		}
	}
	return out
}

// Validate runs every rule of r's rule set and returns the findings, errors
// before queries, each in rule-code order. A rule reporting the same child,
// field and message twice (two identical plans, say) is reported once.
func Validate(r *Return) []Finding {
	var out []Finding
	for _, rl := range Rules(RuleSetYear(r)) {
		out = append(out, runRule(rl, r)...)
	}
	sort.SliceStable(out, func(i, j int) bool {
		qi, qj := out[i].Type == "Query", out[j].Type == "Query"
		if qi != qj {
			return !qi
		}
		return false
	})
	return out
}

func runRule(rl Rule, r *Return) []Finding {
	typ := "Error"
	if rl.Query {
		typ = "Query"
	}
	type key struct{ child, field, msg string }
	seen := map[key]bool{}
	var out []Finding
	rl.Check(r, func(childID, field, message string) {
		k := key{childID, field, message}
		if seen[k] {
			return
		}
		seen[k] = true
		out = append(out, Finding{Code: rl.Code, Type: typ, ChildID: childID, Field: field, Message: message})
	})
	return out
}

// returnsCalendar counts working days for the rules: England and Wales bank holidays only,
// never a council's closure days (rules.md §0.3).
var returnsCalendar = workday.EnglandAndWales()

package cincensus

import (
	"fmt"
	"sync/atomic"

	"ourchild/internal/codes"
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
	// Each rule's findings are kept apart and joined once at the end: a
	// large return has hundreds of thousands, and growing one slice copies
	// them over and over.
	var parts [][]Finding
	n := 0
	eachRule(r, func(d *dedupe) {
		if len(d.out) > 0 {
			parts = append(parts, d.out)
			n += len(d.out)
			d.out = nil
		}
	})
	if n == 0 {
		return nil
	}
	out := make([]Finding, 0, n)
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// ValidateEach is Validate handing each finding to f as it is found, in
// Validate's order, so a large return's findings need not all be held.
func ValidateEach(r *Return, f func(Finding)) {
	eachRule(r, func(d *dedupe) {
		for _, x := range d.out {
			f(x)
		}
	})
}

// eachRule runs the rules of r's rule set, errors before queries, each in
// code order, and calls done after each with its findings in d.out. (Running
// rules on both cores at once was tried: no faster on a loaded machine, and
// the heap grew past the 200 MB target for 100,000 children.)
func eachRule(r *Return, done func(d *dedupe)) {
	defer memoUPNs(r)()
	rules := Rules(RuleSetYear(r))
	d := newDedupe(indexChildren(r))
	for _, query := range []bool{false, true} {
		for _, rl := range rules {
			if rl.Query == query {
				d.run(rl, r)
				done(d)
			}
		}
	}
}

// dedupe runs one rule at a time, dropping a finding the rule has already
// made. Rules go through the children in order and report a child's findings
// together, so a repeat is looked for among the current child's findings
// only, and a new child's findings are matched to the next children of the
// return. When that fails (a rule comes back to a child, or reaches a child
// whose LAchildID another child shares) the rule's findings from then on
// are all remembered, as a map of every finding did before.
type dedupe struct {
	kids *childIndex

	out       []Finding
	typ, code string
	cur       string // child of the findings since start
	curKid    bool   // cur is the LAchildID of kids.children[next-1]
	start     int
	next      int             // the children before next are behind the rule
	others    map[string]bool // IDs met that are no child's ("" for the return)
	seen      map[findingKey]bool
	started   bool
	rep       report
}

type findingKey struct{ child, field, msg string }

// childIndex is what dedupe needs to know of the return's children.
type childIndex struct {
	children []*Child
	ids      map[string]bool // every LAchildID
	shared   map[string]bool // the LAchildIDs more than one child has
}

func indexChildren(r *Return) *childIndex {
	x := &childIndex{children: r.Children, ids: make(map[string]bool, len(r.Children)), shared: map[string]bool{}}
	for _, c := range r.Children {
		id := c.Identifiers.LAchildID
		if x.ids[id] {
			x.shared[id] = true
		}
		x.ids[id] = true
	}
	return x
}

func newDedupe(kids *childIndex) *dedupe {
	d := &dedupe{kids: kids, others: map[string]bool{}}
	d.rep = d.report
	return d
}

func (d *dedupe) run(rl Rule, r *Return) {
	d.out = d.out[:0]
	d.typ, d.code = "Error", rl.Code
	if rl.Query {
		d.typ = "Query"
	}
	d.started, d.seen, d.start, d.cur, d.curKid, d.next = false, nil, 0, "", false, 0
	clear(d.others)
	rl.Check(r, d.rep)
}

func (d *dedupe) report(childID, field, message string) {
	switch {
	case d.seen != nil:
		k := findingKey{childID, field, message}
		if d.seen[k] {
			return
		}
		d.seen[k] = true
	case d.started && childID == d.cur:
		for _, f := range d.out[d.start:] {
			if f.Field == field && f.Message == message {
				return
			}
		}
	case d.metBefore(childID):
		// Back to a child met before, or not sure: remember everything from here on.
		d.seen = make(map[findingKey]bool, len(d.out)+1)
		for _, f := range d.out {
			d.seen[findingKey{f.ChildID, f.Field, f.Message}] = true
		}
		k := findingKey{childID, field, message}
		if d.seen[k] {
			return
		}
		d.seen[k] = true
	default:
		d.started, d.cur, d.start = true, childID, len(d.out)
	}
	d.out = append(d.out, Finding{Code: d.code, Type: d.typ, ChildID: childID, Field: field, Message: message})
}

// metBefore reports whether the rule may already have reported childID,
// which is not the current child's; false is certain, true may be caution.
func (d *dedupe) metBefore(childID string) bool {
	if d.started && !d.curKid {
		d.others[d.cur] = true
	}
	d.curKid = false
	if d.kids.shared[childID] {
		return true
	}
	kids := d.kids.children
	for k := d.next; k < len(kids); k++ {
		if kids[k].Identifiers.LAchildID == childID {
			d.next, d.curKid = k+1, true
			return false
		}
	}
	// Not a child ahead: a child behind (met, or passed by), or no child's.
	return d.kids.ids[childID] || d.others[childID]
}

// returnsCalendar counts working days for the rules: England and Wales bank holidays only,
// never a council's closure days (rules.md §0.3).
var returnsCalendar = workday.EnglandAndWales()

// upnMemo holds codes.ValidUPN's answers for the return being validated:
// four rules (1510 to 1550) each check every child's UPN, and a wrong UPN's
// answer is built with fmt. The answer depends on the UPN alone, so it is
// right for any return: the first validation to start holds the memo until
// it ends, and any other (or a rule run on its own) calls ValidUPN for a UPN
// not in it. The map is filled before the rules run and only read by them.
var upnMemo atomic.Pointer[map[string]error]

// memoUPNs fills the memo with r's UPNs if no validation holds it, and
// returns what empties it.
func memoUPNs(r *Return) (end func()) {
	if upnMemo.Load() != nil {
		return func() {}
	}
	m := make(map[string]error, len(r.Children))
	for _, c := range r.Children {
		if u := c.Identifiers.UPN; len(u) == 13 {
			if _, ok := m[u]; !ok {
				m[u] = codes.ValidUPN(u)
			}
		}
	}
	if !upnMemo.CompareAndSwap(nil, &m) {
		return func() {}
	}
	return func() { upnMemo.CompareAndSwap(&m, nil) }
}

func upnCheck(u string) error {
	if m := upnMemo.Load(); m != nil {
		if err, ok := (*m)[u]; ok {
			return err
		}
	}
	return codes.ValidUPN(u)
}

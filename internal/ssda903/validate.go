package ssda903

import (
	"fmt"
	"math"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync/atomic"
)

// Rule is one DfE validation rule.
type Rule struct {
	Code        string
	Description string
	Tables      []TableID // tables the rule needs; it is skipped when any is missing
	Fields      []string  // affected fields, for reports
	From, Until int       // first and last collection start year the rule applies to (0: open)
	NeedsPrev   bool      // needs the previous year's return
	Check       func(*Context)
}

// Applies reports whether the rule is in force for the collection year
// starting in April of year y.
func (r *Rule) Applies(y int) bool {
	return (r.From == 0 || y >= r.From) && (r.Until == 0 || y <= r.Until)
}

// Finding is one failing record.
type Finding struct {
	Code    string
	Table   string
	ChildID string
	Field   string
	Row     int // 1-based data row in the table's file (the header is row 0)
	Message string
}

// Context is what a rule's Check sees: the returns, the year, and the means to
// report failing rows. A row is reported at most once per rule, so a rule's
// count is the number of failing records, as in the validator's error count.
type Context struct {
	Cur, Prev *Return
	Year      int // collection start year: 2017 means 2017/18
	Start     Day // 1 April of Year
	End       Day // 31 March of Year+1

	rule *Rule

	// A rule's findings are held compactly while it runs (8 bytes each,
	// against 88 for a Finding) and handed on, sorted, when it has run, so a
	// return with millions of findings never holds them all.
	flags   []flag
	fields  map[string]uint16
	fieldOf []string
	msgs    map[int]string // messages other than the rule's description, by flag position

	stamp uint32
	seen  [numTables][]uint32

	cla []bool // continuouslyLookedAfter, worked out once for the rules that need it
}

// flag is a finding in compact form: the table (top 4 bits) and 0-based row
// (low 28 bits), and an index into the context's fields.
type flag struct {
	tableRow uint32
	field    uint32
}

const rowBits = 28

func (f flag) table() TableID { return TableID(f.tableRow >> rowBits) }
func (f flag) row() int       { return int(f.tableRow & (1<<rowBits - 1)) }

// Flag reports row (0-based) of table id in the current return.
func (c *Context) Flag(id TableID, row int, field, msg string) {
	t := c.Cur.Tables[id]
	s := c.seen[id]
	if len(s) < t.Len() {
		s = make([]uint32, t.Len())
		c.seen[id] = s
	}
	if s[row] == c.stamp {
		return
	}
	s[row] = c.stamp
	fi, ok := c.fields[field]
	if !ok {
		if len(c.fieldOf) > math.MaxUint16 {
			panic("ssda903: too many distinct finding fields")
		}
		fi = uint16(len(c.fieldOf))
		c.fields[field] = fi
		c.fieldOf = append(c.fieldOf, field)
	}
	if row >= 1<<rowBits {
		panic("ssda903: table too long")
	}
	if msg != "" && msg != c.rule.Description {
		c.msgs[len(c.flags)] = msg
	}
	c.flags = append(c.flags, flag{tableRow: uint32(id)<<rowBits | uint32(row), field: uint32(fi)})
}

// tableRank orders the tables by name, as findings are.
var tableRank = func() (rank [numTables]uint32) {
	order := make([]TableID, numTables)
	for i := range order {
		order[i] = TableID(i)
	}
	sort.SliceStable(order, func(a, b int) bool { return order[a].String() < order[b].String() })
	for r, id := range order {
		rank[id] = uint32(r)
	}
	return rank
}()

// sortKey orders a rule's findings by table name, then row.
func (f flag) sortKey() uint32 { return tableRank[f.table()]<<rowBits | uint32(f.row()) }

// batch is one rule's findings, sorted by table name and row.
type batch struct {
	rule    *Rule
	flags   []flag
	fieldOf []string // the context's fields when the batch was taken (append-only)
	msgs    map[int]string
	panic   any // what the rule panicked with, raised again by the caller
}

// take sorts the current rule's findings and hands them over as a batch,
// leaving the context ready for the next rule.
func (c *Context) take() batch {
	b := batch{rule: c.rule, flags: c.flags, fieldOf: c.fieldOf}
	cmp := func(a, b flag) int { return int(a.sortKey()) - int(b.sortKey()) }
	if len(c.msgs) > 0 {
		// keep each message with its flag through the sort
		type withMsg struct {
			f   flag
			msg string
		}
		all := make([]withMsg, len(b.flags))
		for i, f := range b.flags {
			all[i] = withMsg{f, c.msgs[i]}
		}
		slices.SortStableFunc(all, func(a, b withMsg) int { return cmp(a.f, b.f) })
		b.msgs = make(map[int]string, len(c.msgs))
		for i, w := range all {
			b.flags[i] = w.f
			if w.msg != "" {
				b.msgs[i] = w.msg
			}
		}
		clear(c.msgs)
	} else if !slices.IsSortedFunc(b.flags, cmp) {
		slices.SortStableFunc(b.flags, cmp)
	}
	c.flags = nil
	return b
}

// each gives the batch's findings to fn in order.
func (b batch) each(cur *Return, childCol *[numTables]int, fn func(Finding)) {
	r := b.rule
	for i, f := range b.flags {
		id, row := f.table(), f.row()
		msg, ok := b.msgs[i]
		if !ok {
			msg = r.Description
		}
		fn(Finding{
			Code: r.Code, Table: id.String(), ChildID: cur.Tables[id].Cell(row, childCol[id]),
			Field: b.fieldOf[f.field], Row: row + 1, Message: msg,
		})
	}
}

// RuleSet names the sector validator rule set used for a collection year;
// years before 2022/23 use the 2022/23 rules.
func RuleSet(year int) string {
	if year < 2022 {
		year = 2022
	}
	return fmt.Sprintf("lac%d_%02d", year, (year+1)%100)
}

// CollectionYear infers the collection year from the files: the April-March
// year holding the latest episode start (every episode in a return starts on
// or before 31 March of its year). Without episodes it uses the latest review,
// then the latest missing period start. It returns 0 when nothing is dated.
//
// The sector validator takes the year from the user's choice in its front end;
// the expected findings for the sample were produced with the year derived
// from the data in this way (2017/18).
func CollectionYear(r *Return) int {
	for _, src := range []struct {
		id  TableID
		col string
	}{{Episodes, "DECOM"}, {Reviews, "REVIEW"}, {Missing, "MIS_START"}} {
		t := r.Table(src.id)
		if t == nil {
			continue
		}
		c := t.Col(src.col)
		var latest Day
		for i := 0; i < t.Len(); i++ {
			if d := ParseDay(t.Cell(i, c)); d > latest {
				latest = d
			}
		}
		if latest.Valid() {
			y, m, _ := latest.ymd()
			if m < 4 {
				y--
			}
			return y
		}
	}
	return 0
}

// Validate runs every rule in force for the year on cur (with prev, the
// previous year's return, when given; rules needing it are skipped without
// it). A year of 0 means "infer it from the files". Findings are ordered by
// rule code, table and row.
func Validate(cur, prev *Return, year int) []Finding {
	f, _ := run(cur, prev, year, Rules())
	return f
}

// Summary is the outcome of a validation run.
type Summary struct {
	Year    int
	RuleSet string
	Run     []string // codes of the rules run
	Skipped []string // codes skipped for a missing table or previous year
	// SkippedPrev lists the codes in Skipped that need the previous year's
	// return, which was not given (whatever tables are missing too).
	SkippedPrev []string
}

// ValidateSummary is Validate that also says which rules ran.
func ValidateSummary(cur, prev *Return, year int) ([]Finding, Summary) {
	return run(cur, prev, year, Rules())
}

// ValidateEach is ValidateSummary that gives each finding to fn, in the same
// order, instead of returning them: a rule's findings are handed on once the
// rule has run, so a return with millions of findings is checked in the
// memory it takes to hold the files. The Finding's strings share the return's
// memory and stay valid while it does.
func ValidateEach(cur, prev *Return, year int, fn func(Finding)) Summary {
	return each(cur, prev, year, Rules(), fn)
}

// run is ValidateSummary with the rules given. It keeps every rule's
// findings in compact form until all have run, to return them in one exactly
// sized slice.
func run(cur, prev *Return, year int, rules []*Rule) ([]Finding, Summary) {
	var all []batch
	n := 0
	sum := batches(cur, prev, year, rules, false, func(b batch) {
		all = append(all, b)
		n += len(b.flags)
	})
	if n == 0 {
		return nil, sum
	}
	out := make([]Finding, 0, n)
	childCol := childCols(cur)
	for _, b := range all {
		b.each(cur, &childCol, func(f Finding) { out = append(out, f) })
	}
	return out, sum
}

// each is run handing each finding to fn as its rule's batch is ready.
func each(cur, prev *Return, year int, rules []*Rule, fn func(Finding)) Summary {
	childCol := childCols(cur)
	return batches(cur, prev, year, rules, true, func(b batch) { b.each(cur, &childCol, fn) })
}

// childCols gives the position of the CHILD column in each table.
func childCols(cur *Return) (col [numTables]int) {
	for id, t := range cur.Tables {
		col[id] = t.Col("CHILD")
	}
	return col
}

// batches runs the rules in force and hands each rule's findings to fn as a
// batch, ordered by rule code (rules with the same code in the order given);
// within a batch they are ordered by table name and row. With more than one
// processor the rules run on two goroutines; the batches are still handed
// on in order, from the calling goroutine. With reuse, a batch's memory is
// used again for a later rule once fn has returned.
func batches(cur, prev *Return, year int, rules []*Rule, reuse bool, fn func(batch)) Summary {
	if year == 0 {
		year = CollectionYear(cur)
	}
	cur.Index()
	if prev != nil {
		prev.Index()
	}
	sum := Summary{Year: year, RuleSet: RuleSet(year)}
	var torun []*Rule
	for _, r := range rules {
		if !r.Applies(year) {
			continue
		}
		ok := !(r.NeedsPrev && prev == nil)
		for _, t := range r.Tables {
			if !cur.Has(t) {
				ok = false
			}
		}
		if !ok {
			sum.Skipped = append(sum.Skipped, r.Code)
			if r.NeedsPrev && prev == nil {
				sum.SkippedPrev = append(sum.SkippedPrev, r.Code)
			}
			continue
		}
		torun = append(torun, r)
		sum.Run = append(sum.Run, r.Code)
	}
	torun = slices.Clone(torun)
	slices.SortStableFunc(torun, func(a, b *Rule) int { return strings.Compare(a.Code, b.Code) })

	free := make(chan []flag, 4)
	done := func(b batch) {
		fn(b)
		if reuse && cap(b.flags) > 0 {
			select {
			case free <- b.flags[:0]:
			default:
			}
		}
	}
	newContext := func() *Context {
		return &Context{Cur: cur, Prev: prev, Year: year, Start: MakeDay(year, 4, 1), End: MakeDay(year+1, 3, 31),
			fields: map[string]uint16{}, msgs: map[int]string{}}
	}
	check := func(c *Context, r *Rule) batch {
		select {
		case c.flags = <-free:
		default:
		}
		c.rule = r
		c.stamp++
		r.Check(c)
		return c.take()
	}

	workers := min(runtime.GOMAXPROCS(0), 2, len(torun))
	if workers <= 1 {
		c := newContext()
		for _, r := range torun {
			done(check(c, r))
		}
		return sum
	}
	// The workers take rules in code order; each rule's batch goes to its
	// own channel, read here in code order.
	ready := make([]chan batch, len(torun))
	for i := range ready {
		ready[i] = make(chan batch, 1)
	}
	var next atomic.Int64
	for range workers {
		go func() {
			c := newContext()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(torun) {
					return
				}
				ready[i] <- func() (b batch) {
					// a rule that panics panics in the caller, as it did
					// when rules ran there (a web server recovers it)
					defer func() {
						if p := recover(); p != nil {
							b = batch{rule: torun[i], panic: p}
							c = newContext()
						}
					}()
					return check(c, torun[i])
				}()
			}
		}()
	}
	for i := range torun {
		b := <-ready[i]
		if b.panic != nil {
			panic(b.panic)
		}
		done(b)
	}
	return sum
}

var registry []*Rule

func register(r *Rule) *Rule {
	registry = append(registry, r)
	return r
}

// Rules returns the implemented rules, ordered by code.
func Rules() []*Rule {
	out := append([]*Rule(nil), registry...)
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}

// Counts groups findings by rule: failing records and distinct children.
func Counts(fs []Finding) map[string][2]int {
	out := map[string][2]int{}
	kids := map[string]map[string]bool{}
	for _, f := range fs {
		v := out[f.Code]
		v[0]++
		out[f.Code] = v
		if kids[f.Code] == nil {
			kids[f.Code] = map[string]bool{}
		}
		kids[f.Code][f.ChildID] = true
	}
	for k, v := range out {
		v[1] = len(kids[k])
		out[k] = v
	}
	return out
}

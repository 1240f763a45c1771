package ssda903

import (
	"fmt"
	"math"
	"slices"
	"sort"
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

	rule   *Rule
	ruleNo uint16 // position of rule in ran
	ran    []*Rule

	// Findings are held compactly while rules run (8 bytes each, against
	// 88 for a Finding) and turned into Findings once, at the end.
	flags   []flag
	fields  map[string]uint16
	fieldOf []string
	msgs    map[int]string // messages other than the rule's description, by flag position

	stamp uint32
	seen  [numTables][]uint32
}

// flag is a finding in compact form: the table (top 4 bits) and 0-based row
// (low 28 bits), and indices into the context's rules and fields.
type flag struct {
	tableRow uint32
	rule     uint16
	field    uint16
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
	c.flags = append(c.flags, flag{tableRow: uint32(id)<<rowBits | uint32(row), rule: c.ruleNo, field: fi})
}

// findings sorts the compact findings by rule code, table name and row, and
// materialises them, in one exactly sized slice.
func (c *Context) findings() []Finding {
	if len(c.flags) == 0 {
		return nil
	}
	// rank rules by code and tables by name, so that comparing ranks
	// compares the strings
	ruleRank := make([]int, len(c.ran))
	order := make([]int, len(c.ran))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return c.ran[order[a]].Code < c.ran[order[b]].Code })
	for rank, i := range order {
		ruleRank[i] = rank
	}
	var tableRank [numTables]int
	torder := make([]TableID, numTables)
	for i := range torder {
		torder[i] = TableID(i)
	}
	sort.SliceStable(torder, func(a, b int) bool { return torder[a].String() < torder[b].String() })
	for rank, id := range torder {
		tableRank[id] = rank
	}
	cmp := func(a, b flag) int {
		if d := ruleRank[a.rule] - ruleRank[b.rule]; d != 0 {
			return d
		}
		if d := tableRank[a.table()] - tableRank[b.table()]; d != 0 {
			return d
		}
		return a.row() - b.row()
	}
	if len(c.msgs) > 0 {
		// keep each message with its flag through the sort
		type withMsg struct {
			f   flag
			msg string
		}
		all := make([]withMsg, len(c.flags))
		for i, f := range c.flags {
			all[i] = withMsg{f, c.msgs[i]}
		}
		slices.SortFunc(all, func(a, b withMsg) int { return cmp(a.f, b.f) })
		clear(c.msgs)
		for i, w := range all {
			c.flags[i] = w.f
			if w.msg != "" {
				c.msgs[i] = w.msg
			}
		}
	} else if !slices.IsSortedFunc(c.flags, cmp) {
		slices.SortFunc(c.flags, cmp)
	}
	var childCol [numTables]int
	for id, t := range c.Cur.Tables {
		childCol[id] = t.Col("CHILD")
	}
	out := make([]Finding, len(c.flags))
	for i, f := range c.flags {
		r := c.ran[f.rule]
		id, row := f.table(), f.row()
		msg, ok := c.msgs[i]
		if !ok {
			msg = r.Description
		}
		out[i] = Finding{
			Code: r.Code, Table: id.String(), ChildID: c.Cur.Tables[id].Cell(row, childCol[id]),
			Field: c.fieldOf[f.field], Row: row + 1, Message: msg,
		}
	}
	c.flags = nil
	return out
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
}

// ValidateSummary is Validate that also says which rules ran.
func ValidateSummary(cur, prev *Return, year int) ([]Finding, Summary) {
	return run(cur, prev, year, Rules())
}

func run(cur, prev *Return, year int, rules []*Rule) ([]Finding, Summary) {
	if year == 0 {
		year = CollectionYear(cur)
	}
	cur.Index()
	if prev != nil {
		prev.Index()
	}
	c := &Context{Cur: cur, Prev: prev, Year: year, Start: MakeDay(year, 4, 1), End: MakeDay(year+1, 3, 31),
		fields: map[string]uint16{}, msgs: map[int]string{}}
	sum := Summary{Year: year, RuleSet: RuleSet(year)}
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
			continue
		}
		if len(c.ran) > math.MaxUint16 {
			panic("ssda903: too many rules")
		}
		c.rule = r
		c.ruleNo = uint16(len(c.ran))
		c.ran = append(c.ran, r)
		c.stamp++
		r.Check(c)
		sum.Run = append(sum.Run, r.Code)
	}
	return c.findings(), sum
}

var registry []*Rule

func register(r *Rule) { registry = append(registry, r) }

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

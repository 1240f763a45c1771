// Package ssda903 validates a council's SSDA903 (children looked after)
// return from its CSV files, independently of the ourchild database.
//
// Tables are recognised by their header row (the set of column names), not by
// file name, as councils name their files in many ways. Cells are kept as the
// raw strings read from the file; rules parse what they need. Rows are indexed
// by CHILD once, so rules that work child by child are linear in the size of
// the return.
//
// The rule definitions follow the DfE SSDA903 validation rules as implemented
// by the sector validator data-to-insight/csc-validator-be-903 (MIT). Every rule
// here is written afresh; each cites the DfE rule code and description.
package ssda903

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"
)

// TableID identifies one of the 903 tables.
type TableID int

// The 903 tables, named as in the sector validator.
const (
	Header TableID = iota
	Episodes
	UASC
	AD1
	PlacedAdoption
	PrevPerm
	Missing
	Reviews
	OC2
	OC3
	SWEpisodes
	DoLo
	numTables
)

// tableSpec is the column list that identifies a table.
type tableSpec struct {
	name string
	file string // the usual file name, for messages only
	cols []string
}

var specs = [numTables]tableSpec{
	Header:         {"Header", "header.csv", []string{"CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"}},
	Episodes:       {"Episodes", "episodes.csv", []string{"CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"}},
	UASC:           {"UASC", "uasc.csv", []string{"CHILD", "SEX", "DOB", "DUC"}},
	AD1:            {"AD1", "ad1.csv", []string{"CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"}},
	PlacedAdoption: {"PlacedAdoption", "placed_for_adoption.csv", []string{"CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"}},
	PrevPerm:       {"PrevPerm", "previous_permanence.csv", []string{"CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"}},
	Missing:        {"Missing", "missing.csv", []string{"CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"}},
	Reviews:        {"Reviews", "reviews.csv", []string{"CHILD", "DOB", "REVIEW", "REVIEW_CODE"}},
	OC2:            {"OC2", "oc2.csv", []string{"CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"}},
	OC3:            {"OC3", "oc3.csv", []string{"CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"}},
	SWEpisodes:     {"SWEpisodes", "sw_episodes.csv", []string{"CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"}},
	DoLo:           {"DoLo", "DoLo.csv", []string{"CHILD", "DOB", "DOLO_START", "DOLO_END"}},
}

// String returns the validator's name for the table.
func (id TableID) String() string {
	if id < 0 || id >= numTables {
		return fmt.Sprintf("TableID(%d)", int(id))
	}
	return specs[id].name
}

// TableByName returns the table with the validator's name (case-insensitive).
func TableByName(name string) (TableID, bool) {
	for i := range specs {
		if strings.EqualFold(specs[i].name, name) {
			return TableID(i), true
		}
	}
	return 0, false
}

// Table is one loaded 903 table. The cells' text is kept in one byte buffer
// per table: each row's start in the buffer (4 bytes a row) and each cell's end
// within its row (2 bytes a cell), so a large table costs three growing slices
// rather than a string header (16 bytes) and an allocation per cell or row.
// The buffer is append-only, so the strings Cell returns, which share its
// memory, never change. A row's text is limited to 65,535 bytes.
type Table struct {
	ID      TableID
	File    string   // the file it came from
	Cols    []string // the columns in the file's order
	buf     []byte
	rowOff  []uint32 // start of each row in buf
	cellEnd []uint16 // end of each cell (row-major) relative to its row's start
	width   int
	index   map[string]int
	slot    [colSlots]int8 // column position by colHash: see Col
}

// Rules look columns up by name for every row they read, so Col is hot. A
// table has at most a few dozen columns: each is placed in a small table by
// a cheap hash of its name, and the map is asked only when two names share a
// slot (no two of a standard table's columns do; TestColHash checks).
const (
	colSlots = 64
	slotFree = -1 // no column has this hash
	slotMany = -2 // several columns do: ask the map
)

func colHash(name string) int {
	if name == "" {
		return 0
	}
	return (len(name) + int(name[0]) + int(name[len(name)-1])*7 + int(name[len(name)/2])*3) & (colSlots - 1)
}

// setCols sets the table's columns and builds its lookups.
func (t *Table) setCols(cols []string) {
	t.Cols, t.width = cols, len(cols)
	t.index = make(map[string]int, len(cols))
	for i := range t.slot {
		t.slot[i] = slotFree
	}
	for i, c := range cols {
		t.index[c] = i
		h := colHash(c)
		switch {
		case i > math.MaxInt8:
			t.slot[h] = slotMany
		case t.slot[h] == slotFree:
			t.slot[h] = int8(i)
		default:
			t.slot[h] = slotMany
		}
	}
}

// maxRowText is the longest row text a Table holds.
const maxRowText = math.MaxUint16

// Len is the number of data rows.
func (t *Table) Len() int {
	if t == nil {
		return 0
	}
	return len(t.rowOff)
}

// Col returns the position of a column, or -1.
func (t *Table) Col(name string) int {
	if t == nil {
		return -1
	}
	switch i := t.slot[colHash(name)]; i {
	case slotFree:
		return -1
	case slotMany:
		if i, ok := t.index[name]; ok {
			return i
		}
		return -1
	default:
		if t.Cols[i] == name {
			return int(i)
		}
		return -1
	}
}

// Cell returns the raw value at row (0-based) and column position, trimmed of
// surrounding spaces. A column position of -1 gives "".
func (t *Table) Cell(row, col int) string {
	if col < 0 {
		return ""
	}
	i := row*t.width + col
	end := t.cellEnd[i]
	var start uint16
	if col > 0 {
		start = t.cellEnd[i-1]
	}
	if start == end {
		return ""
	}
	return unsafe.String(&t.buf[int(t.rowOff[row])+int(start)], int(end-start))
}

// Get returns the value of the named column in row (0-based).
func (t *Table) Get(row int, col string) string { return t.Cell(row, t.Col(col)) }

// appendRow adds a row of len(t.Cols) values, already trimmed. It reports
// false, adding nothing, when the row's text is too long to hold.
func (t *Table) appendRow(vals []string) bool {
	n := 0
	for _, v := range vals {
		n += len(v)
	}
	if n > maxRowText {
		return false
	}
	if uint64(len(t.buf))+uint64(n) > math.MaxUint32 {
		panic(fmt.Sprintf("ssda903: %s table holds more than 4 GB of text", t.ID))
	}
	start := len(t.buf)
	t.rowOff = append(t.rowOff, uint32(start))
	for _, v := range vals {
		t.buf = append(t.buf, v...)
		t.cellEnd = append(t.cellEnd, uint16(len(t.buf)-start))
	}
	return true
}

// AddRow appends a row given in the table's column order (used by tests and
// by callers building a return in memory).
func (t *Table) AddRow(vals ...string) {
	if len(vals) != t.width {
		panic(fmt.Sprintf("ssda903: %s row has %d values, want %d", t.ID, len(vals), t.width))
	}
	trimmed := make([]string, len(vals))
	for i, v := range vals {
		trimmed[i] = strings.TrimSpace(v)
	}
	if !t.appendRow(trimmed) {
		panic(fmt.Sprintf("ssda903: %s row longer than %d bytes", t.ID, maxRowText))
	}
}

// NewTable returns an empty table with the standard columns of id.
func NewTable(id TableID) *Table {
	cols := specs[id].cols
	t := &Table{ID: id, File: specs[id].file}
	t.setCols(cols)
	return t
}

// Problem is something wrong with the files rather than with the data: an
// unrecognised header, a duplicated table, a ragged row.
type Problem struct {
	File    string
	Line    int // 0 when it concerns the whole file
	Message string
}

func (p Problem) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Message)
	}
	return p.File + ": " + p.Message
}

// Return is one year's 903 return.
type Return struct {
	Dir      string
	Tables   [numTables]*Table
	Problems []Problem

	// Providers is the Ofsted provider lookup for the URN rules (see
	// LoadProviders); nil when the lists were not supplied.
	Providers *Providers

	// Postcodes is the ONS postcode directory, from which the DfE derives a
	// placement's local authority (PL_LA), location and distance (rules 169,
	// 179, 392a, 392c, 406, 420, 1015); nil when not supplied. OwnLA is the
	// returning council's upper-tier LA code, for rule 1015.
	Postcodes func(postcode string) (Postcode, bool)
	OwnLA     string

	// per-child index, built once by Index.
	childIDs []string
	childOf  map[string]int32
	rows     [numTables]childRows
}

// childRows lists a table's rows by child number in compressed form: the rows
// of child ci are rows[off[ci]:off[ci+1]], in file order.
type childRows struct {
	off  []int32
	rows []int32
}

// NewReturn returns an empty return; add tables with Set.
func NewReturn() *Return { return &Return{} }

// Table returns the table, or nil when it was not supplied.
func (r *Return) Table(id TableID) *Table {
	if r == nil {
		return nil
	}
	return r.Tables[id]
}

// Has reports whether the table was supplied.
func (r *Return) Has(id TableID) bool { return r.Table(id) != nil }

// Set adds or replaces a table and invalidates the child index.
func (r *Return) Set(t *Table) {
	r.Tables[t.ID] = t
	r.childOf = nil
}

// Load reads every .csv file in dir and recognises each by its header row.
// Files whose header matches no 903 table, and ragged rows, are recorded in
// Return.Problems; the error is for I/O failures, two files holding the same
// table, or a folder with no recognisable table at all. dir may instead be
// an XML return, or a folder holding one .xml file and no CSV: see LoadXML.
func Load(dir string) (*Return, error) {
	if xmlPath, err := xmlSource(dir); err != nil {
		return nil, err
	} else if xmlPath != "" {
		return LoadXML(xmlPath)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var files []string
	for _, e := range entries {
		if e.IsDir() || !strings.EqualFold(filepath.Ext(e.Name()), ".csv") {
			continue
		}
		files = append(files, e.Name())
	}
	// Files are read on up to two goroutines (a return's time is mostly in
	// its two largest files) and taken in folder order, so the outcome is the
	// same as reading them one by one.
	type read struct {
		t    *Table
		prob []Problem
		err  error
	}
	reads := make([]read, len(files))
	readFile := func(i int) {
		path := filepath.Join(dir, files[i])
		f, err := os.Open(path)
		if err != nil {
			reads[i].err = err
			return
		}
		defer f.Close()
		var size int64
		if fi, err := f.Stat(); err == nil {
			size = fi.Size()
		}
		var data bytes.Buffer
		data.Grow(int(size) + bytes.MinRead)
		var (
			t    *Table
			prob []Problem
		)
		if _, err = data.ReadFrom(f); err == nil {
			if bytes.IndexByte(data.Bytes(), '"') < 0 {
				t, prob = readUnquoted(data.Bytes(), files[i])
			} else {
				t, prob, err = readTableSize(&data, files[i], size)
			}
		}
		if err != nil {
			err = fmt.Errorf("ssda903: %s: %w", path, err)
		}
		reads[i] = read{t, prob, err}
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), 2, len(files)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < len(files); i = int(next.Add(1) - 1) {
				readFile(i)
			}
		}()
	}
	wg.Wait()
	r := &Return{Dir: dir}
	for _, rd := range reads {
		t, prob, err := rd.t, rd.prob, rd.err
		if err != nil {
			return nil, err
		}
		if prob != nil {
			r.Problems = append(r.Problems, prob...)
		}
		if t == nil {
			continue
		}
		if old := r.Tables[t.ID]; old != nil {
			return nil, fmt.Errorf("ssda903: %s and %s both hold the %s table; supply one", old.File, t.File, t.ID)
		}
		r.Tables[t.ID] = t
	}
	for _, t := range r.Tables {
		if t != nil {
			return r, nil
		}
	}
	return r, fmt.Errorf("ssda903: no SSDA903 tables recognised in %s", dir)
}

// ReadTable reads one CSV table from rd, recognising it by its header. It
// returns nil and a Problem when the header matches no table.
func ReadTable(rd io.Reader, name string) (*Table, []Problem, error) {
	return readTable(rd, name)
}

func readTable(rd io.Reader, name string) (*Table, []Problem, error) {
	return readTableSize(rd, name, 0)
}

// readTableSize is readTable with the input's size in bytes, when known, to
// size the table's buffers once: the text of the cells is at most the file's
// size, and the cell count is estimated from the bytes the first rows take.
func readTableSize(rd io.Reader, name string, size int64) (*Table, []Problem, error) {
	cr := csv.NewReader(rd)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	cr.LazyQuotes = true
	head, err := cr.Read()
	if err == io.EOF {
		return nil, []Problem{{File: name, Message: "empty file"}}, nil
	}
	if err != nil {
		return nil, nil, err
	}
	cols := make([]string, len(head))
	for i, h := range head {
		h = strings.TrimPrefix(h, "\ufeff")
		cols[i] = strings.ToUpper(strings.TrimSpace(h))
	}
	id, ok := recognise(cols)
	if !ok {
		return nil, []Problem{{File: name, Message: describeUnknown(cols)}}, nil
	}
	t := &Table{ID: id, File: name}
	t.setCols(cols)
	if size > 0 {
		t.buf = make([]byte, 0, size) // the cells' text is at most the file's size
	}
	var probs []Problem
	line := 1
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		line++
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				probs = append(probs, Problem{File: name, Line: pe.Line, Message: pe.Err.Error()})
				continue
			}
			return nil, nil, err
		}
		var added bool
		if added, probs = t.addRecord(rec, name, line, probs); !added {
			continue
		}
		if n := t.Len(); n == 64 && size > 0 {
			// estimate the row count from the bytes the first rows took
			t.reserve(int(size*int64(n)/max(cr.InputOffset(), 1)) * 21 / 20)
		}
	}
	return t, probs, nil
}

// addRecord trims the cells of rec, a record read from line of file name,
// and appends them as a row. A blank line is skipped; a record with the
// wrong number of fields, or whose text is too long, is skipped with a
// problem added to probs. It reports whether the row was added.
func (t *Table) addRecord(rec []string, name string, line int, probs []Problem) (bool, []Problem) {
	if len(rec) == 1 && rec[0] == "" {
		return false, probs
	}
	if len(rec) != t.width {
		return false, append(probs, Problem{File: name, Line: line, Message: fmt.Sprintf("row has %d fields, header has %d; row skipped", len(rec), t.width)})
	}
	for i, v := range rec {
		rec[i] = trim(v)
	}
	if !t.appendRow(rec) {
		return false, append(probs, Problem{File: name, Line: line, Message: fmt.Sprintf("row longer than %d bytes; row skipped", maxRowText)})
	}
	return true, probs
}

// reserve grows the row and cell indexes to hold est rows.
func (t *Table) reserve(est int) {
	t.rowOff = slices.Grow(t.rowOff, est-len(t.rowOff))
	t.cellEnd = slices.Grow(t.cellEnd, est*t.width-len(t.cellEnd))
}

// readUnquoted is readTableSize for a whole file, data, that holds no double
// quote, the usual case. Each line is then its cells split at commas, as
// encoding/csv reads it (a CR before the line's end dropped, blank lines
// skipped), and the cells' text is gathered at the front of data itself,
// which becomes the table's buffer: nothing is allocated a row. Gathering
// never overwrites text not yet read, as cells only move towards the front.
func readUnquoted(data []byte, name string) (*Table, []Problem) {
	pos := 0
	nextLine := func() []byte {
		for pos < len(data) {
			line := data[pos:]
			if end := bytes.IndexByte(line, '\n'); end >= 0 {
				line = line[:end]
				pos += end + 1
			} else {
				pos = len(data)
			}
			if n := len(line); n > 0 && line[n-1] == '\r' {
				line = line[:n-1]
			}
			if len(line) > 0 {
				return line
			}
		}
		return nil
	}
	var rec []string
	split := func(line []byte) []string {
		rec = rec[:0]
		for {
			i := bytes.IndexByte(line, ',')
			if i < 0 {
				break
			}
			rec = append(rec, bytesString(line[:i]))
			line = line[i+1:]
		}
		return append(rec, bytesString(line))
	}
	head := nextLine()
	if head == nil {
		return nil, []Problem{{File: name, Message: "empty file"}}
	}
	hs := split(head)
	cols := make([]string, len(hs))
	for i, h := range hs {
		h = strings.TrimPrefix(h, "\ufeff")
		cols[i] = strings.Clone(strings.ToUpper(strings.TrimSpace(h))) // data is about to be overwritten
	}
	id, ok := recognise(cols)
	if !ok {
		return nil, []Problem{{File: name, Message: describeUnknown(cols)}}
	}
	t := &Table{ID: id, File: name}
	t.setCols(cols)
	t.buf = data[:0]
	var probs []Problem
	line := 1
	for l := nextLine(); l != nil; l = nextLine() {
		line++
		rec := split(l)
		var added bool
		if added, probs = t.addRecord(rec, name, line, probs); !added {
			continue
		}
		if n := t.Len(); n == 64 {
			// estimate the row count from the bytes the first rows took
			t.reserve(len(data)*n/max(pos, 1)*21/20 + 1)
		}
	}
	return t, probs
}

// bytesString is the text of b without copying it.
func bytesString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// trim removes surrounding spaces without allocating.
func trim(s string) string {
	if s == "" || (s[0] != ' ' && s[len(s)-1] != ' ' && s[0] != '\t' && s[len(s)-1] != '\t') {
		return s
	}
	return strings.TrimSpace(s)
}

// recognise matches a header against the tables by its set of columns.
func recognise(cols []string) (TableID, bool) {
	set := make(map[string]bool, len(cols))
	for _, c := range cols {
		set[c] = true
	}
	for i, s := range specs {
		if len(set) != len(s.cols) {
			continue
		}
		all := true
		for _, c := range s.cols {
			if !set[c] {
				all = false
				break
			}
		}
		if all {
			return TableID(i), true
		}
	}
	return 0, false
}

// describeUnknown explains an unrecognised header by naming the nearest table
// and the columns that differ.
func describeUnknown(cols []string) string {
	set := make(map[string]bool, len(cols))
	for _, c := range cols {
		set[c] = true
	}
	best, bestScore := -1, 0
	for i, s := range specs {
		score := 0
		for _, c := range s.cols {
			if set[c] {
				score++
			}
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "header %q matches no SSDA903 table", strings.Join(cols, ","))
	if best >= 0 && bestScore > 1 {
		s := specs[best]
		want := make(map[string]bool, len(s.cols))
		var missing, extra []string
		for _, c := range s.cols {
			want[c] = true
			if !set[c] {
				missing = append(missing, c)
			}
		}
		for _, c := range cols {
			if !want[c] {
				extra = append(extra, c)
			}
		}
		sort.Strings(extra)
		fmt.Fprintf(&b, "; nearest is %s (%s)", s.name, s.file)
		if len(missing) > 0 {
			fmt.Fprintf(&b, ", missing %s", strings.Join(missing, ","))
		}
		if len(extra) > 0 {
			fmt.Fprintf(&b, ", unexpected %s", strings.Join(extra, ","))
		}
	}
	return b.String()
}

// Index builds the per-child row lists once. Rules call ChildRows; Validate
// calls Index before running rules.
func (r *Return) Index() {
	if r.childOf != nil {
		return
	}
	n := 0
	if t := r.Tables[Header]; t != nil {
		n = t.Len()
	}
	if t := r.Tables[Episodes]; t != nil && t.Len() > n {
		n = t.Len()
	}
	r.childOf = make(map[string]int32, n)
	r.childIDs = make([]string, 0, n)
	// first pass: number the children in order of appearance across tables
	var nums [numTables][]int32
	for id := TableID(0); id < numTables; id++ {
		t := r.Tables[id]
		r.rows[id] = childRows{}
		if t == nil {
			continue
		}
		c := t.Col("CHILD")
		nums[id] = make([]int32, t.Len())
		for row := range nums[id] {
			k := t.Cell(row, c)
			ci, ok := r.childOf[k]
			if !ok {
				ci = int32(len(r.childIDs))
				r.childOf[k] = ci
				r.childIDs = append(r.childIDs, k)
			}
			nums[id][row] = ci
		}
	}
	// second pass: count rows per child and place them (a counting sort)
	nc := len(r.childIDs)
	cur := make([]int32, nc)
	for id := TableID(0); id < numTables; id++ {
		if nums[id] == nil {
			continue
		}
		off := make([]int32, nc+1)
		for _, ci := range nums[id] {
			off[ci+1]++
		}
		for i := 1; i <= nc; i++ {
			off[i] += off[i-1]
		}
		rows := make([]int32, len(nums[id]))
		copy(cur, off[:nc])
		for row, ci := range nums[id] {
			rows[cur[ci]] = int32(row)
			cur[ci]++
		}
		r.rows[id] = childRows{off: off, rows: rows}
		nums[id] = nil
	}
}

// NumChildren is the number of distinct CHILD values across all tables.
func (r *Return) NumChildren() int { r.Index(); return len(r.childIDs) }

// ChildID returns the CHILD value of child number ci.
func (r *Return) ChildID(ci int) string { return r.childIDs[ci] }

// ChildNum returns the child number for a CHILD value.
func (r *Return) ChildNum(child string) (int, bool) {
	r.Index()
	ci, ok := r.childOf[child]
	return int(ci), ok
}

// ChildRows returns the rows (0-based, in file order) of table id for child
// number ci.
func (r *Return) ChildRows(id TableID, ci int) []int32 {
	l := &r.rows[id]
	if ci+1 >= len(l.off) {
		return nil
	}
	return l.rows[l.off[ci]:l.off[ci+1]:l.off[ci+1]]
}

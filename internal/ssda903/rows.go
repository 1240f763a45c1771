package ssda903

// Helpers the rules share to reach a child's rows: the first row of a
// table, columns and completed cells, and rows in date order (blank or
// invalid dates last, where a pandas sort puts NaT, ties in file order).

import "slices"

// anyCell reports whether any of the columns is completed in row.
func anyCell(t *Table, row int, cols []int) bool {
	for _, col := range cols {
		if t.Cell(row, col) != "" {
			return true
		}
	}
	return false
}

// cols returns the positions of the named columns.
func cols(t *Table, names ...string) []int {
	out := make([]int, len(names))
	for i, n := range names {
		out[i] = t.Col(n)
	}
	return out
}

// firstByDate returns the row among rows with the earliest valid date in
// column col (the first such in file order on a tie) among those keep
// accepts (all when keep is nil), with that date; -1 when none has one.
func firstByDate(t *Table, rows []int32, col int, keep func(row int) bool) (int, Day) {
	best, bestDay := -1, Day(0)
	for _, r := range rows {
		row := int(r)
		d := ParseDay(t.Cell(row, col))
		if !d.Valid() || (keep != nil && !keep(row)) {
			continue
		}
		if best < 0 || d < bestDay {
			best, bestDay = row, d
		}
	}
	return best, bestDay
}

// lastByDate is firstByDate for the latest valid date.
func lastByDate(t *Table, rows []int32, col int, keep func(row int) bool) (int, Day) {
	best, bestDay := -1, Day(0)
	for _, r := range rows {
		row := int(r)
		d := ParseDay(t.Cell(row, col))
		if !d.Valid() || (keep != nil && !keep(row)) {
			continue
		}
		if best < 0 || d > bestDay {
			best, bestDay = row, d
		}
	}
	return best, bestDay
}

// lastSortDay sorts after every valid date: where a blank or invalid date goes
// in the sector validator's sorts (pandas puts NaT last).
const lastSortDay = Day(1<<31 - 1)

// dateSortKey is d, or lastSortDay when d is blank or invalid.
func dateSortKey(d Day) Day {
	if d.Valid() {
		return d
	}
	return lastSortDay
}

// keyedRow is a row with its sort keys.
type keyedRow struct {
	row    int32
	k1, k2 Day
}

// rowOrder orders one child's rows of a table by up to two dates, blank or
// invalid dates last and ties in file order. Its memory is reused from child
// to child, so ordering allocates nothing once it has grown.
type rowOrder struct {
	items []keyedRow
	rows  []int32
}

// byDates loads rows ordered by the dates in columns col1 then col2 (col2 may
// be -1) and returns them.
func (o *rowOrder) byDates(t *Table, rows []int32, col1, col2 int) []keyedRow {
	o.items = o.items[:0]
	for _, r := range rows {
		k := keyedRow{row: r, k1: dateSortKey(ParseDay(t.Cell(int(r), col1)))}
		if col2 >= 0 {
			k.k2 = dateSortKey(ParseDay(t.Cell(int(r), col2)))
		}
		o.items = append(o.items, k)
	}
	o.sort()
	return o.items
}

// rowsByDates is byDates giving the rows alone, in o's memory.
func (o *rowOrder) rowsByDates(t *Table, rows []int32, col1, col2 int) []int32 {
	o.rows = o.rows[:0]
	for _, it := range o.byDates(t, rows, col1, col2) {
		o.rows = append(o.rows, it.row)
	}
	return o.rows
}

func (o *rowOrder) sort() {
	if len(o.items) < 2 {
		return
	}
	slices.SortStableFunc(o.items, func(a, b keyedRow) int {
		switch {
		case a.k1 != b.k1:
			return int(a.k1 - b.k1)
		case a.k2 != b.k2:
			return int(a.k2 - b.k2)
		}
		return 0
	})
}

// firstChildRow returns the child's first row of table id in r, or -1.
func firstChildRow(r *Return, id TableID, ci int) int {
	if ci < 0 {
		return -1
	}
	rows := r.ChildRows(id, ci)
	if len(rows) == 0 {
		return -1
	}
	return int(rows[0])
}

// headerDOB returns the child's date of birth from the Header table (the
// first Header row for the child), and that row, or -1.
func headerDOB(c *Context, ci int) (Day, int) {
	rows := c.Cur.ChildRows(Header, ci)
	if len(rows) == 0 {
		return 0, -1
	}
	t := c.Cur.Tables[Header]
	return ParseDay(t.Get(int(rows[0]), "DOB")), int(rows[0])
}

// eachChildEpisode calls fn for every episode with the child's number.
func eachChildEpisode(c *Context, fn func(t *Table, ci, row int)) {
	t := c.Cur.Tables[Episodes]
	for ci := 0; ci < c.Cur.NumChildren(); ci++ {
		for _, row := range c.Cur.ChildRows(Episodes, ci) {
			fn(t, ci, int(row))
		}
	}
}

// in reports whether s is one of set.
func in(s string, set ...string) bool {
	for _, v := range set {
		if s == v {
			return true
		}
	}
	return false
}

// eachRow calls fn for every row of table id.
func eachRow(c *Context, id TableID, fn func(t *Table, row int)) {
	t := c.Cur.Tables[id]
	for row := 0; row < t.Len(); row++ {
		fn(t, row)
	}
}

// episodesByStart returns the child's Episodes rows in DECOM order (blank or
// invalid DECOMs last, as lastSortDay), in o's memory.
func episodesByStart(c *Context, ci int, o *rowOrder) []keyedRow {
	t := c.Cur.Tables[Episodes]
	return o.byDates(t, c.Cur.ChildRows(Episodes, ci), t.Col("DECOM"), -1)
}

package ssda903report

import "ourchild/internal/ssda903"

// A Summary counts what the return holds, for the person checking it before it is sent.
type Summary struct {
	Children int          // rows of the header: every child in the return
	Tables   []TableCount // rows of each table, in the order written
	// LookedAfter31March counts the children with an episode still open on 31 March.
	LookedAfter31March int
}

// A TableCount is how many rows a table of the return has.
type TableCount struct {
	Table, File string
	Rows        int
}

// Summarise counts the return's children and rows.
func Summarise(r *ssda903.Return) Summary {
	s := Summary{Children: r.Table(ssda903.Header).Len()}
	for id := ssda903.Header; id <= ssda903.DoLo; id++ {
		if t := r.Table(id); t != nil {
			s.Tables = append(s.Tables, TableCount{Table: id.String(), File: t.File, Rows: t.Len()})
		}
	}
	if e := r.Table(ssda903.Episodes); e != nil {
		open := map[string]bool{}
		for i := 0; i < e.Len(); i++ {
			if e.Get(i, "DEC") == "" {
				open[e.Get(i, "CHILD")] = true
			}
		}
		s.LookedAfter31March = len(open)
	}
	return s
}

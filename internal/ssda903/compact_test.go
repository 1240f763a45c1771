package ssda903

import (
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"

	"ourchild/internal/samples"
)

// TestFindingOrder checks that compactly held findings come back sorted by
// rule code, table name and row, with their own messages and fields.
func TestFindingOrder(t *testing.T) {
	ret := mk(map[TableID][]row{
		Header:   {{"CHILD": "a"}, {"CHILD": "b"}},
		Episodes: {{"CHILD": "a"}, {"CHILD": "b"}},
	})
	rules := []*Rule{
		{Code: "2", Description: "two", Check: func(c *Context) {
			c.Flag(Header, 1, "DOB", "")
			c.Flag(Episodes, 1, "DEC", "late")
			c.Flag(Header, 0, "SEX", "custom")
			c.Flag(Header, 0, "SEX", "again") // the same row once per rule
		}},
		{Code: "10", Description: "ten", Check: func(c *Context) { c.Flag(Episodes, 0, "LS", "") }},
	}
	fs, _ := run(ret, nil, 2017, rules)
	var got []string
	for _, f := range fs {
		got = append(got, strings.Join([]string{f.Code, f.Table, f.ChildID, f.Field, string(rune('0' + f.Row)), f.Message}, " "))
	}
	want := []string{
		"10 Episodes a LS 1 ten",
		"2 Episodes b DEC 2 late",
		"2 Header a SEX 1 custom",
		"2 Header b DOB 2 two",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestLoadLongRow(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir+"/r.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\n1,01/01/2010,01/02/2017,PN1\n2,"+strings.Repeat("x", 70000)+",,\n3,01/01/2010,01/03/2017,PN2\n")
	r, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	rv := r.Table(Reviews)
	if rv.Len() != 2 || len(r.Problems) != 1 || rv.Get(1, "REVIEW") != "01/03/2017" || rv.Get(0, "CHILD") != "1" {
		t.Fatalf("rows %d, problems %v", rv.Len(), r.Problems)
	}
}

// TestValidateEachOrder checks that the findings handed on as rules run, on
// one goroutine and on two, come in the order Validate returns them, and
// that rules given out of code order are still reported by code.
func TestValidateEachOrder(t *testing.T) {
	ret, err := Load(filepath.Join(samples.Dir(t), "903"))
	if err != nil {
		t.Fatal(err)
	}
	want := Validate(ret, nil, 0)
	if len(want) == 0 {
		t.Fatal("the sample has findings")
	}
	for _, procs := range []int{1, 2} {
		t.Run(strconv.Itoa(procs), func(t *testing.T) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
			var got []Finding
			ValidateEach(ret, nil, 0, func(f Finding) { got = append(got, f) })
			if len(got) != len(want) {
				t.Fatalf("%d findings, want %d", len(got), len(want))
			}
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("finding %d is %+v, want %+v", i, got[i], want[i])
				}
			}
			for i := 1; i < len(got); i++ {
				if got[i-1].Code > got[i].Code {
					t.Fatalf("finding %d (rule %s) after rule %s", i, got[i].Code, got[i-1].Code)
				}
			}
			// rules given in reverse code order
			rules := Rules()
			slices.Reverse(rules)
			var rev []Finding
			each(ret, nil, 0, rules, func(f Finding) { rev = append(rev, f) })
			if !slices.Equal(rev, want) {
				t.Errorf("with the rules reversed, %d findings differ in order or content", len(rev))
			}
		})
	}
}

// TestColHash checks that no two standard columns of a table share a slot,
// so that Col never needs the map for a standard table, and that Col finds
// every column, also when names do share a slot or repeat.
func TestColHash(t *testing.T) {
	for id := TableID(0); id < numTables; id++ {
		tb := NewTable(id)
		for i, c := range tb.Cols {
			if tb.slot[colHash(c)] != int8(i) {
				t.Errorf("%s: column %s shares slot %d", id, c, colHash(c))
			}
			if tb.Col(c) != i {
				t.Errorf("%s: Col(%s) = %d, want %d", id, c, tb.Col(c), i)
			}
		}
		if tb.Col("NOPE") != -1 || tb.Col("") != -1 || tb.Col("child") != -1 {
			t.Errorf("%s: Col finds a column that is not there", id)
		}
	}
	var tb Table
	tb.setCols([]string{"CHILD", "MIS_START", "A", "A", "HEALTH_ASSESSMENT", "INTERVENTION_OFFERED"})
	for name, want := range map[string]int{"CHILD": 0, "MIS_START": 1, "A": 3, "HEALTH_ASSESSMENT": 4, "INTERVENTION_OFFERED": 5, "B": -1} {
		if got := tb.Col(name); got != want {
			t.Errorf("Col(%s) = %d, want %d", name, got, want)
		}
	}
}

// TestRulePanic checks that a rule that panics, on whichever goroutine it
// runs, panics in the caller, after the findings of the rules before it.
func TestRulePanic(t *testing.T) {
	ret := mk(map[TableID][]row{Header: {{"CHILD": "a"}}})
	rules := []*Rule{
		{Code: "1", Check: func(c *Context) { c.Flag(Header, 0, "CHILD", "") }},
		{Code: "2", Check: func(c *Context) { panic("rule 2 broke") }},
		{Code: "3", Check: func(c *Context) { c.Flag(Header, 0, "CHILD", "") }},
	}
	for _, procs := range []int{1, 2} {
		t.Run(strconv.Itoa(procs), func(t *testing.T) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
			var got []string
			func() {
				defer func() {
					if p := recover(); p != "rule 2 broke" {
						t.Errorf("recovered %v, want rule 2's panic", p)
					}
				}()
				each(ret, nil, 2017, rules, func(f Finding) { got = append(got, f.Code) })
			}()
			if !slices.Equal(got, []string{"1"}) {
				t.Errorf("findings before the panic %v, want rule 1's", got)
			}
		})
	}
}

// TestReadUnquoted holds the reader for files without quotes to
// encoding/csv's reading of the same files: the same cells, rows and
// problems.
func TestReadUnquoted(t *testing.T) {
	long := strings.Repeat("x", 70000)
	var many strings.Builder
	many.WriteString("CHILD,DOB,REVIEW,REVIEW_CODE\n")
	for i := range 300 {
		fmt.Fprintf(&many, "%d,01/01/2010,0%d/02/2017,PN%d\n", i, i%9+1, i%3)
	}
	cases := map[string]string{
		"plain":        "CHILD,DOB,REVIEW,REVIEW_CODE\n1,01/01/2010,01/02/2017,PN1\n2,01/01/2011,,\n",
		"crlf":         "CHILD,DOB,REVIEW,REVIEW_CODE\r\n1,01/01/2010,01/02/2017,PN1\r\n2,01/01/2011,,\r\n",
		"no final nl":  "CHILD,DOB,REVIEW,REVIEW_CODE\n1,01/01/2010,01/02/2017,PN1",
		"final cr":     "CHILD,DOB,REVIEW,REVIEW_CODE\n1,01/01/2010,01/02/2017,PN1\r",
		"blank lines":  "\n\r\nCHILD,DOB,REVIEW,REVIEW_CODE\n\n1,01/01/2010,01/02/2017,PN1\r\n\r\n \n2,a,b,c\n\n",
		"spaces":       "\ufeff child , dob,REVIEW ,\tREVIEW_CODE\n 1 ,\t01/01/2010 ,01/02/2017\t,PN1 \r\n2,x\r\r\n,,,\n,,,\r\r\n",
		"ragged":       "CHILD,DOB,REVIEW,REVIEW_CODE\n1,2\n1,2,3,4,5\n3,a,b,c\n",
		"long row":     "CHILD,DOB,REVIEW,REVIEW_CODE\n1,01/01/2010,01/02/2017,PN1\n2," + long + ",,\n3,01/01/2010,01/03/2017,PN2\n",
		"unknown":      "A,B\n1,2\n",
		"empty":        "",
		"only blank":   "\n\r\n\n",
		"header only":  "CHILD,DOB,REVIEW,REVIEW_CODE\n",
		"many":         many.String(),
		"odd bytes":    "CHILD,DOB,REVIEW,REVIEW_CODE\n\x00,\xff\xfe,é,\t\n",
		"nearly empty": "CHILD,DOB,REVIEW,REVIEW_CODE\n,,,\n",
	}
	for name, text := range cases {
		t.Run(name, func(t *testing.T) {
			want, wantProbs, err := readTable(strings.NewReader(text), "f.csv")
			if err != nil {
				t.Fatal(err)
			}
			got, gotProbs := readUnquoted([]byte(text), "f.csv")
			if fmt.Sprint(gotProbs) != fmt.Sprint(wantProbs) {
				t.Errorf("problems %v, want %v", gotProbs, wantProbs)
			}
			if (got == nil) != (want == nil) {
				t.Fatalf("table %v, want %v", got, want)
			}
			if want == nil {
				return
			}
			if got.ID != want.ID || !slices.Equal(got.Cols, want.Cols) || got.Len() != want.Len() {
				t.Fatalf("table %s %v with %d rows, want %s %v with %d", got.ID, got.Cols, got.Len(), want.ID, want.Cols, want.Len())
			}
			for row := range want.Len() {
				for c := range want.Cols {
					if g, w := got.Cell(row, c), want.Cell(row, c); g != w {
						t.Errorf("row %d column %s: %q, want %q", row, want.Cols[c], g, w)
					}
				}
			}
		})
	}
}

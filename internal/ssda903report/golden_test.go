package ssda903report_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"ourchild/internal/ssda903"
	"ourchild/internal/ssda903report"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from this run")

var opts = ssda903report.Options{Year: 2026}

// golden joins the files of a return into one text: each file's name, then its content.
func golden(files []ssda903report.File) []byte {
	var b bytes.Buffer
	for _, f := range files {
		b.WriteString("== " + f.Name + "\n")
		b.Write(f.Data)
	}
	return b.Bytes()
}

// TestGolden produces the 2025/26 return for the golden journeys on both stores, compares it
// with testdata/ssda903_2026.golden (go test ./internal/ssda903report -run TestGolden -update
// rewrites it), writes it to a folder and checks that the files load back with the 903
// validator's loader as the same tables and validate with no errors.
func TestGolden(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		ids := journeys(t, s)
		res, err := ssda903report.Build(ctx, s, opts)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range res.Findings {
			t.Errorf("finding %s %s child %s row %d %s: %s", f.Code, f.Table, f.ChildID, f.Row, f.Field, f.Message)
		}
		got := golden(res.Files)
		path := filepath.Join("testdata", "ssda903_2026.golden")
		if *update && s.Dialect() == store.SQLite {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("return differs from %s:\n%s", path, lineDiff(string(want), string(got)))
		}

		dir := t.TempDir()
		if err := ssda903report.WriteDir(dir, res.Files); err != nil {
			t.Fatal(err)
		}
		back, err := ssda903.Load(dir)
		if err != nil {
			t.Fatal(err)
		}
		if len(back.Problems) > 0 {
			t.Errorf("problems loading the written files: %v", back.Problems)
		}
		for _, id := range ssda903report.Tables(opts.Year) {
			a, b := res.Return.Table(id), back.Table(id)
			if b == nil {
				t.Errorf("%s was not written", id)
				continue
			}
			ma, _ := ssda903report.Marshal(a)
			mb, _ := ssda903report.Marshal(b)
			if !bytes.Equal(ma, mb) {
				t.Errorf("%s read back differs from the table validated", id)
			}
		}
		if fs := ssda903.Validate(back, nil, opts.Year-1); len(fs) != 0 {
			t.Errorf("the written files have %d findings, want none", len(fs))
		}
		entries, _ := os.ReadDir(dir)
		if len(entries) != len(res.Files) {
			t.Errorf("the folder holds %d entries, want the %d files only", len(entries), len(res.Files))
		}

		// Who is in which table.
		want903 := map[ssda903.TableID][]string{
			ssda903.Header:         {"kai", "lily", "mia", "sam", "yusuf"},
			ssda903.Episodes:       {"kai", "kai", "kai", "lily", "mia", "yusuf"},
			ssda903.Reviews:        {"kai", "kai", "kai", "lily", "mia", "mia", "yusuf"},
			ssda903.UASC:           {"yusuf"},
			ssda903.OC2:            {"mia"},
			ssda903.OC3:            {"sam"},
			ssda903.AD1:            {"lily"},
			ssda903.PlacedAdoption: {"lily"},
			ssda903.Missing:        {"kai"},
			ssda903.PrevPerm:       {"kai", "yusuf"},
			ssda903.SWEpisodes:     {"kai", "kai", "lily", "mia", "yusuf"},
		}
		name := map[string]string{}
		for n, id := range ids {
			name[strconv.FormatInt(id, 10)] = n
		}
		for id, kids := range want903 {
			tb := res.Return.Table(id)
			var got []string
			for i := 0; i < tb.Len(); i++ {
				got = append(got, name[tb.Get(i, "CHILD")])
			}
			if strings.Join(got, " ") != strings.Join(kids, " ") {
				t.Errorf("%s rows are for %v, want %v", id, got, kids)
			}
		}
		if res.Summary.Children != 5 || res.Summary.LookedAfter31March != 3 {
			t.Errorf("summary = %+v", res.Summary)
		}
	})
}

// lineDiff shows the first lines that differ, enough to see what changed.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var out []string
	for i := 0; i < max(len(w), len(g)) && len(out) < 20; i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			out = append(out, "line "+strconv.Itoa(i+1)+":\n  want "+a+"\n  got  "+b)
		}
	}
	return strings.Join(out, "\n")
}

package ssda903

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"ourchild/internal/samples"
)

func writeFile(t testing.TB, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// synthetic replicates the sample's children with new IDs until there are n.
func synthetic(tb testing.TB, n int) *Return {
	src, err := Load(filepath.Join(samples.Dir(tb), "903"))
	if err != nil {
		tb.Fatalf("load sample: %v", err)
	}
	src.Index()
	k := src.NumChildren()
	out := NewReturn()
	for id := TableID(0); id < numTables; id++ {
		if src.Tables[id] != nil {
			t := NewTable(id)
			t.Cols = src.Tables[id].Cols
			for i, c := range t.Cols {
				t.index[c] = i
			}
			out.Set(t)
		}
	}
	vals := make([]string, 0, 16)
	for i := 0; i < n; i++ {
		ci := i % k
		newID := "S" + strconv.Itoa(i)
		for id := TableID(0); id < numTables; id++ {
			st := src.Tables[id]
			if st == nil {
				continue
			}
			cc := st.Col("CHILD")
			for _, r := range src.ChildRows(id, ci) {
				vals = vals[:0]
				for c := 0; c < st.width; c++ {
					if c == cc {
						vals = append(vals, newID)
					} else {
						vals = append(vals, st.Cell(int(r), c))
					}
				}
				out.Tables[id].AddRow(vals...)
			}
		}
	}
	return out
}

func BenchmarkValidate(b *testing.B) {
	ret := synthetic(b, 100000)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ret.childOf = nil // include indexing
		fs := Validate(ret, nil, 2017)
		if i == 0 {
			b.ReportMetric(float64(len(fs)), "findings")
		}
	}
}

package ssda903

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

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
			t.setCols(src.Tables[id].Cols)
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

// peakMemory runs fn while sampling the memory the Go runtime holds from the
// operating system (all memory classes less heap released back to it), which
// tracks the process's resident size, and returns the highest value seen.
func peakMemory(fn func()) uint64 {
	samples := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
	read := func() uint64 {
		metrics.Read(samples)
		return samples[0].Value.Uint64() - samples[1].Value.Uint64()
	}
	var peak atomic.Uint64
	peak.Store(read())
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				if v := read(); v > peak.Load() {
					peak.Store(v)
				}
			}
		}
	}()
	fn()
	close(done)
	wg.Wait()
	if v := read(); v > peak.Load() {
		peak.Store(v)
	}
	return peak.Load()
}

func BenchmarkValidate(b *testing.B) {
	ret := synthetic(b, 100000)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ret.childOf = nil // include indexing
		var fs []Finding
		peak := peakMemory(func() { fs = Validate(ret, nil, 2017) })
		if i == 0 {
			b.ReportMetric(float64(len(fs)), "findings")
			b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
		}
	}
}

// syntheticDir writes the 100,000-child synthetic return as CSV files once
// and returns the folder. It is kept between runs (in the system's temporary
// folder) so that a run measuring the process's peak resident size does not
// also count building the return; delete it to rebuild.
func syntheticDir(b *testing.B, n int) string {
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("ourchild-ssda903-bench-%d-v1", n))
	if _, err := os.Stat(filepath.Join(dir, "complete")); err == nil {
		return dir
	}
	ret := synthetic(b, n)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	for _, t := range ret.Tables {
		if t == nil {
			continue
		}
		f, err := os.Create(filepath.Join(dir, t.File))
		if err != nil {
			b.Fatal(err)
		}
		w := csv.NewWriter(bufio.NewWriterSize(f, 1<<16))
		if err := w.Write(t.Cols); err != nil {
			b.Fatal(err)
		}
		rec := make([]string, t.width)
		for row := 0; row < t.Len(); row++ {
			for c := range rec {
				rec[c] = t.Cell(row, c)
			}
			if err := w.Write(rec); err != nil {
				b.Fatal(err)
			}
		}
		w.Flush()
		if err := w.Error(); err != nil {
			b.Fatal(err)
		}
		if err := f.Close(); err != nil {
			b.Fatal(err)
		}
	}
	writeFile(b, filepath.Join(dir, "complete"), "")
	return dir
}

// BenchmarkLoadValidate reads the 100,000-child return from CSV files and
// validates it, handing each finding on as `ourchild validate ssda903 DIR`
// does (which also writes them out).
func BenchmarkLoadValidate(b *testing.B) {
	dir := syntheticDir(b, 100000)
	runtime.GC()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		n, size := 0, 0
		peak := peakMemory(func() {
			ret, err := Load(dir)
			if err != nil {
				b.Fatal(err)
			}
			ValidateEach(ret, nil, 0, func(f Finding) { n++; size += len(f.ChildID) + len(f.Message) })
		})
		if i == 0 {
			b.ReportMetric(float64(n), "findings")
			b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
		}
	}
}

// BenchmarkSampleAbsentRules runs only the rules of sampleAbsentCodes on the
// 100,000-child synthetic return, to show their share of the validator's
// time.
func BenchmarkSampleAbsentRules(b *testing.B) {
	ret := synthetic(b, 100000)
	ret.Index()
	var rules []*Rule
	for _, r := range Rules() {
		if slices.Contains(sampleAbsentCodes, r.Code) {
			rules = append(rules, r)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		fs, _ := run(ret, nil, 2017, rules)
		if i == 0 {
			b.ReportMetric(float64(len(fs)), "findings")
		}
	}
}

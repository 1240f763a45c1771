package cincensus

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"ourchild/internal/samples"
)

// bigReturn repeats the children of the largest sample, with fresh
// LAchildIDs, until it holds n children.
func bigReturn(b *testing.B, n int) []byte {
	src, err := os.ReadFile(filepath.Join(samples.Dir(b), "cin", "fake_CIN_data.xml"))
	if err != nil {
		b.Fatal(err)
	}
	i := bytes.Index(src, []byte("<Child>"))
	j := bytes.LastIndex(src, []byte("</Children>"))
	kids := bytes.Split(src[i:j], []byte("<Child>"))
	var out bytes.Buffer
	out.Write(src[:i])
	for k := 0; k < n; k++ {
		c := kids[1+k%(len(kids)-1)]
		c = bytes.Replace(c, []byte("<LAchildID>"), fmt.Appendf(nil, "<LAchildID>X%d-", k), 1)
		out.WriteString("<Child>")
		out.Write(c)
	}
	out.Write(src[j:])
	return out.Bytes()
}

// BenchmarkValidate100k parses and validates 100,000 children (the sector's
// validator takes 39 minutes for this size).
func BenchmarkValidate100k(b *testing.B) {
	doc := bigReturn(b, 100000)
	b.ResetTimer()
	for range b.N {
		r, err := Parse(bytes.NewReader(doc))
		if err != nil {
			b.Fatal(err)
		}
		if len(Validate(r)) == 0 {
			b.Fatal("no findings")
		}
	}
}

// BenchmarkValidateEach100k is BenchmarkValidate100k as the command runs
// it: the file read through ReadFile's window, findings handed on one at a
// time, not collected.
func BenchmarkValidateEach100k(b *testing.B) {
	path := filepath.Join(b.TempDir(), "cin100k.xml")
	if err := os.WriteFile(path, bigReturn(b, 100000), 0o644); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		r, err := ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		ValidateEach(r, func(Finding) { n++ })
		if n != 591557 {
			b.Fatalf("%d findings, want 591,557", n)
		}
	}
}

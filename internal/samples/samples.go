// Package samples finds the public sample return files (shared/samples beside the project,
// as on the project's machines and in CI) for tests. A missing folder fails the test: the
// comparisons with the sector's validators must run, not skip.
package samples

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the samples folder: OURCHILD_SAMPLES if set, else the first shared/samples
// found walking up from the working directory.
func Dir(t testing.TB) string {
	t.Helper()
	if d := os.Getenv("OURCHILD_SAMPLES"); d != "" {
		return d
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for d := wd; ; d = filepath.Dir(d) {
		if fi, err := os.Stat(filepath.Join(d, "shared", "samples")); err == nil && fi.IsDir() {
			return filepath.Join(d, "shared", "samples")
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	t.Fatalf("no shared/samples folder above %s: set OURCHILD_SAMPLES to the folder of public sample returns", wd)
	return ""
}

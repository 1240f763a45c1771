package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"ourchild/internal/samples"
)

// TestValidateSSDA903XML checks the command on the XML sample given as a
// file path: every child read, rule 105 (the XML header's UASC item) run, and
// the JSON well formed.
func TestValidateSSDA903XML(t *testing.T) {
	path := filepath.Join(samples.Dir(t), "903-extra", "fake_903.xml")
	var out bytes.Buffer
	if err := runValidate([]string{"ssda903", path}, &out); err == nil || !strings.Contains(err.Error(), "errors") {
		t.Fatalf("the XML sample has errors, so validation must fail; got %v", err)
	}
	text := out.String()
	if strings.Contains(text, "\nfile\t") || strings.HasPrefix(text, "file\t") {
		t.Errorf("file problems reported on the XML sample:\n%s", text[:min(len(text), 500)])
	}
	if n := strings.Count(text, "\n105\tHeader\t"); n != 241 {
		t.Errorf("%d rule 105 findings, want 241 (the children with a blank UASC)", n)
	}
	if !strings.Contains(text, "lac2022_23, year 2017/18") {
		t.Errorf("text output has no summary: %s", text[max(0, len(text)-300):])
	}
	out.Reset()
	runValidate([]string{"ssda903", path, "--format", "json"}, &out)
	var doc struct {
		Dir      string            `json:"dir"`
		Problems []json.RawMessage `json:"file_problems"`
		Findings []json.RawMessage `json:"findings"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil || len(doc.Findings) == 0 || len(doc.Problems) != 0 || doc.Dir != path {
		t.Errorf("JSON output: %v, %d findings, %d problems, dir %q", err, len(doc.Findings), len(doc.Problems), doc.Dir)
	}
}

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestValidate903PrevV5: without --prev the rules comparing with last year
// are reported as skipped; with it they run, and a child whose sex differs
// from last year's return is found (rule 202).
func TestValidate903PrevV5(t *testing.T) {
	write := func(dir, name, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cur, prev := t.TempDir(), t.TempDir()
	const head = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"
	const eps = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
	write(cur, "header.csv", head+"7,2,01/01/2012,WBRI,A123456789012,,\n")
	write(cur, "episodes.csv", eps+"7,01/05/2017,S,C2,N1,U1,PR1,,,,,,\n")
	write(prev, "header.csv", head+"7,1,01/01/2012,WBRI,A123456789012,,\n")
	write(prev, "episodes.csv", eps+"7,01/05/2016,S,C2,N1,U1,PR1,,,,,,\n")

	var out bytes.Buffer
	runValidate([]string{"ssda903", cur}, &out)
	if !strings.Contains(out.String(), "skipped without last year's return (--prev DIR)") || strings.Contains(out.String(), "202\t") {
		t.Errorf("without --prev:\n%s", out.String())
	}
	out.Reset()
	runValidate([]string{"ssda903", cur, "--prev", prev}, &out)
	if strings.Contains(out.String(), "without last year's return") || !strings.Contains(out.String(), "202\tHeader\t7\tSEX\t") {
		t.Errorf("with --prev:\n%s", out.String())
	}
}

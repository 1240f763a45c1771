package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ourchild/internal/samples"
)

// TestValidate903Prev: without --prev the rules comparing with last year
// are reported as skipped; with it they run, and a child whose sex differs
// from last year's return is found (rule 202).
func TestValidate903Prev(t *testing.T) {
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

// TestValidate903Ofsted: with Ofsted's provider lists the URN rules check each episode's URN
// against them (219: a URN the lists do not hold); an unreadable list stops the run with the
// flag named.
func TestValidate903Ofsted(t *testing.T) {
	dir := t.TempDir()
	const head = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"
	const eps = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
	for name, text := range map[string]string{
		"header.csv":   head + "7,2,01/01/2012,WBRI,A123456789012,,\n",
		"episodes.csv": eps + "7,01/05/2017,S,C2,N1,K2,PR1,,,,,,SC999999\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	lists := filepath.Join(samples.Dir(t), "903-ofsted-lookups")
	var out bytes.Buffer
	runValidate([]string{"ssda903", dir}, &out)
	if strings.Contains(out.String(), "219\t") {
		t.Errorf("URN checked without the lists:\n%s", out.String())
	}
	out.Reset()
	err := runValidate([]string{"ssda903", dir, "--ofsted", filepath.Join(lists, "ch_fake.xlsx"), "--ofsted", filepath.Join(lists, "scp_fake.xlsx")}, &out)
	if !strings.Contains(out.String(), "219\tEpisodes\t7\t") {
		t.Errorf("with the lists, %v:\n%s", err, out.String())
	}
	if err := runValidate([]string{"ssda903", dir, "--ofsted", filepath.Join(dir, "none.xlsx")}, &out); err == nil || !strings.Contains(err.Error(), "--ofsted") {
		t.Errorf("a missing list: %v", err)
	}
}

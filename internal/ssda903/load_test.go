package ssda903

import "testing"

func TestLoadUnknownHeader(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir+"/a.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER\n1,1,01/01/2010,WBRI,UN1,\n")
	writeFile(t, dir+"/b.csv", "\ufeffCHILD,DOB,REVIEW,REVIEW_CODE\n1,01/01/2010,01/02/2017,PN1\n")
	r, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !r.Has(Reviews) || r.Has(Header) || len(r.Problems) != 1 {
		t.Fatalf("tables/problems wrong: %v", r.Problems)
	}
	t.Log(r.Problems[0])
	writeFile(t, dir+"/c.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\n")
	if _, err := Load(dir); err == nil {
		t.Error("two Reviews tables accepted")
	}
}

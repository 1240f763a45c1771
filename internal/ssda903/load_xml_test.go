package ssda903

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"ourchild/internal/samples"
)

// knownDifferenceXML lists rules whose count on the XML sample differs from
// the expected file on purpose, beside those in knownDifference.
var knownDifferenceXML = map[string]string{}

func TestSampleXML(t *testing.T) {
	ret, err := Load(filepath.Join(samples.Dir(t), "903-extra", "fake_903.xml"))
	if err != nil {
		t.Fatalf("load sample: %v", err)
	}
	for _, p := range ret.Problems {
		t.Errorf("problem: %s", p)
	}
	if n := ret.Table(Header).Len(); n != 253 {
		t.Errorf("%d children in Header, want 253", n)
	}
	if y := CollectionYear(ret); y != 2017 {
		t.Errorf("collection year %d, want 2017 (2017/18)", y)
	}
	compareCounts(t, ret, expectedFile(t, "903-fake_903_xml.tsv"), knownDifferenceXML, knownDifference)
}

// xmlChild is a well-formed child with one episode and one review.
const xmlChild = `<CHILD><HEADER><CHILDID>7</CHILDID><SEX>1</SEX><DOB>01/06/2010</DOB><UASC>0</UASC>
<AREVIEW><REVIEW>01/05/2017</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW></HEADER>
<EPISODE><DECOM>01/05/2017</DECOM><PL>U1</PL><DEC /></EPISODE></CHILD>`

func TestReadXMLProblems(t *testing.T) {
	for _, tc := range []struct {
		name, doc string
		children  int    // Header rows read
		problem   string // part of the only Problem's message; "" for none
		line      int    // its line
	}{
		{"well formed", "<EXPSSDA903>" + xmlChild + "</EXPSSDA903>", 1, "", 0},
		{"malformed", "<EXPSSDA903>" + xmlChild + "\n<CHILD><HEADER><CHILDID>8</CHILDID></HEADER></CHLD></EXPSSDA903>", 1, "malformed XML: element <CHILD> closed by </CHLD>", 4},
		{"unclosed", "<EXPSSDA903>" + xmlChild + "\n<CHILD><HEADER>", 1, "malformed XML: unexpected EOF", 4},
		{"no CHILDID", "<EXPSSDA903>\n<CHILD><HEADER><DOB>01/06/2010</DOB></HEADER><EPISODE><DECOM>01/05/2017</DECOM></EPISODE></CHILD>" + xmlChild + "</EXPSSDA903>", 1, "CHILD has no CHILDID", 2},
		{"blank CHILDID", "<EXPSSDA903>\n<CHILD><HEADER><CHILDID> </CHILDID></HEADER></CHILD></EXPSSDA903>", 0, "CHILD has no CHILDID", 2},
		{"episode outside a child", "<EXPSSDA903>" + xmlChild + "\n<EPISODE><DECOM>01/05/2017</DECOM></EPISODE></EXPSSDA903>", 1, "unexpected element <EPISODE> in <EXPSSDA903> (want CHILD)", 4},
		{"episode in header", "<EXPSSDA903><CHILD><HEADER><CHILDID>7</CHILDID>\n<EPISODE/></HEADER></CHILD></EXPSSDA903>", 1, "unexpected element <EPISODE> in <HEADER>", 2},
		{"unknown item", "<EXPSSDA903><CHILD><HEADER><CHILDID>7</CHILDID></HEADER><EPISODE>\n<PLACE>U1</PLACE></EPISODE></CHILD></EXPSSDA903>", 1, "unexpected element <PLACE> in <EPISODE> (not an item of Episodes)", 2},
		{"no header", "<EXPSSDA903>\n<CHILD><EPISODE/></CHILD></EXPSSDA903>", 0, "CHILD has no HEADER", 2},
		{"repeated item", "<EXPSSDA903><CHILD><HEADER><CHILDID>7</CHILDID>\n<DOB>1</DOB><DOB>2</DOB></HEADER></CHILD></EXPSSDA903>", 1, "repeated <DOB> in <HEADER>", 2},
		{"stray text", "<EXPSSDA903><CHILD>\nstray<HEADER><CHILDID>7</CHILDID></HEADER></CHILD></EXPSSDA903>", 1, `unexpected text "stray" in <CHILD>`, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := ReadXML(strings.NewReader(tc.doc), "x.xml")
			if err != nil {
				t.Fatal(err)
			}
			if n := r.Table(Header).Len(); n != tc.children {
				t.Errorf("%d children read, want %d", n, tc.children)
			}
			if tc.problem == "" {
				if len(r.Problems) != 0 {
					t.Errorf("problems %v", r.Problems)
				}
				return
			}
			if len(r.Problems) != 1 || !strings.Contains(r.Problems[0].Message, tc.problem) || r.Problems[0].Line != tc.line || r.Problems[0].File != "x.xml" {
				t.Errorf("problems %v, want one at line %d with %q", r.Problems, tc.line, tc.problem)
			}
		})
	}
}

func TestReadXMLNotAReturn(t *testing.T) {
	for _, doc := range []string{"", "not xml", "<Message><Header/></Message>", "<EXPSSDA903"} {
		if _, err := ReadXML(strings.NewReader(doc), "x.xml"); err == nil {
			t.Errorf("%q accepted", doc)
		} else {
			t.Log(err)
		}
	}
}

// TestReadXMLTables checks that the XML fills the CSV tables' columns: CHILD
// and DOB carried into nested rows, PL as PLACE, the header tables (UASC,
// OC3, AD1) made only when given, and the Header's UASC flag kept.
func TestReadXMLTables(t *testing.T) {
	doc := `<?xml version='1.0' encoding='us-ascii'?>
<EXPSSDA903>` + xmlChild + `
<CHILD><HEADER><CHILDID> 9 </CHILDID><SEX>2</SEX><DOB>02/02/2002</DOB><UASC>1</UASC><DUC>01/01/2020</DUC>
<IN_TOUCH>YES</IN_TOUCH><ACTIV>F1</ACTIV><ACCOM>S2</ACCOM>
<AMISSING><MISSING>M</MISSING><MIS_START>01/06/2017</MIS_START></AMISSING></HEADER></CHILD>
</EXPSSDA903>`
	r, err := ReadXML(strings.NewReader(doc), "x.xml")
	if err != nil || len(r.Problems) > 0 {
		t.Fatal(err, r.Problems)
	}
	for _, id := range xmlTables {
		if !r.Has(id) {
			t.Errorf("%s missing", id)
		}
	}
	if r.Has(SWEpisodes) || r.Has(DoLo) {
		t.Error("tables the XML has no element for are supplied")
	}
	checks := []struct {
		id        TableID
		row       int
		col, want string
	}{
		{Header, 0, "CHILD", "7"}, {Header, 0, "UASC", "0"}, {Header, 1, "CHILD", "9"}, {Header, 1, "UASC", "1"}, {Header, 1, "SEX", "2"},
		{Episodes, 0, "CHILD", "7"}, {Episodes, 0, "PLACE", "U1"}, {Episodes, 0, "DEC", ""},
		{Reviews, 0, "DOB", "01/06/2010"}, {Reviews, 0, "REVIEW_CODE", "PN1"},
		{UASC, 0, "CHILD", "9"}, {UASC, 0, "SEX", "2"}, {UASC, 0, "DUC", "01/01/2020"},
		{OC3, 0, "ACCOM", "S2"}, {OC3, 0, "DOB", "02/02/2002"},
		{Missing, 0, "CHILD", "9"}, {Missing, 0, "MIS_START", "01/06/2017"}, {Missing, 0, "MIS_END", ""},
	}
	for _, c := range checks {
		if got := r.Table(c.id).Get(c.row, c.col); got != c.want {
			t.Errorf("%s row %d %s = %q, want %q", c.id, c.row, c.col, got, c.want)
		}
	}
	for id, n := range map[TableID]int{Header: 2, Episodes: 1, Reviews: 1, UASC: 1, OC3: 1, AD1: 0, Missing: 1, OC2: 0} {
		if got := r.Table(id).Len(); got != n {
			t.Errorf("%s has %d rows, want %d", id, got, n)
		}
	}
}

func TestReadXMLLatin1(t *testing.T) {
	doc := "<?xml version='1.0' encoding='ISO-8859-1'?><EXPSSDA903><CHILD><HEADER><CHILDID>Zo\xeb</CHILDID></HEADER></CHILD></EXPSSDA903>"
	r, err := ReadXML(strings.NewReader(doc), "x.xml")
	if err != nil || len(r.Problems) > 0 {
		t.Fatal(err, r.Problems)
	}
	if got := r.Table(Header).Get(0, "CHILD"); got != "Zoë" {
		t.Errorf("CHILD %q", got)
	}
}

// TestLoadXMLPaths checks the ways Load is given an XML return.
func TestLoadXMLPaths(t *testing.T) {
	doc := "<EXPSSDA903>" + xmlChild + "</EXPSSDA903>"
	one := t.TempDir()
	writeFile(t, one+"/return.XML", doc)
	for _, p := range []string{one, one + "/return.XML"} {
		r, err := Load(p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if r.Table(Episodes).Len() != 1 || r.Table(Header).File != "return.XML" {
			t.Errorf("%s: not read as XML", p)
		}
	}
	// CSV files win over an XML beside them
	writeFile(t, one+"/reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\n1,01/01/2010,01/02/2017,PN1\n")
	if r, err := Load(one); err != nil || r.Has(Episodes) || !r.Has(Reviews) {
		t.Errorf("folder with CSV: %v", err)
	}
	two := t.TempDir()
	writeFile(t, two+"/a.xml", doc)
	writeFile(t, two+"/b.xml", doc)
	if _, err := Load(two); err == nil || !strings.Contains(err.Error(), "2 .xml files") {
		t.Errorf("two XML files: %v", err)
	}
	if _, err := Load(one + "/reviews.csv"); err == nil {
		t.Error("a CSV file path accepted")
	}
	writeFile(t, two+"/c.xml", "<Message/>")
	if _, err := Load(two + "/c.xml"); err == nil || !strings.Contains(err.Error(), "not an SSDA903 XML return") {
		t.Errorf("CIN XML: %v", err)
	}
}

// TestRule105 runs rule 105 on XML headers: a blank or unknown UASC fails;
// a CSV return, which has no UASC item on its Header, never does.
func TestRule105(t *testing.T) {
	var rule *Rule
	for _, r := range Rules() {
		if r.Code == "105" {
			rule = r
		}
	}
	if rule == nil {
		t.Fatal("rule 105 not registered")
	}
	doc := "<EXPSSDA903>"
	for i, v := range []string{"0", "1", "", "2", "<UASC/>"} {
		item := "<UASC>" + v + "</UASC>"
		if strings.HasPrefix(v, "<") {
			item = v
		}
		doc += "<CHILD><HEADER><CHILDID>" + strconv.Itoa(i) + "</CHILDID>" + item + "</HEADER></CHILD>"
	}
	doc += "<CHILD><HEADER><CHILDID>5</CHILDID></HEADER></CHILD></EXPSSDA903>" // no UASC element
	r, err := ReadXML(strings.NewReader(doc), "x.xml")
	if err != nil || len(r.Problems) > 0 {
		t.Fatal(err, r.Problems)
	}
	fs, _ := run(r, nil, 2017, []*Rule{rule})
	var failed []string
	for _, f := range fs {
		failed = append(failed, f.ChildID)
	}
	if strings.Join(failed, ",") != "2,3,4,5" {
		t.Errorf("children failing 105: %v, want 2,3,4,5", failed)
	}
	csv := mk(map[TableID][]row{Header: {{"CHILD": "1"}}})
	if fs, _ := run(csv, nil, 2017, []*Rule{rule}); len(fs) != 0 {
		t.Errorf("CSV header failed 105: %v", fs)
	}
}

func init() {
	// 105 needs the XML layout's Header UASC column: the case's Header is
	// given one, 1 for a child with a UASC row and blank otherwise, as in the
	// XML sample.
	ruleCases = append(ruleCases, ruleCase{"105",
		map[TableID][]row{Header: {{"CHILD": "1"}}, UASC: {{"CHILD": "2"}}},
		map[TableID][]row{Header: {{"CHILD": "1"}}, UASC: {{"CHILD": "1"}}}})
	caseLookups["105"] = func(r *Return) {
		old := r.Tables[Header]
		h := &Table{ID: Header, File: old.File}
		h.setCols(xmlHeaderCols)
		for row := 0; row < old.Len(); row++ {
			vals := make([]string, 0, len(h.Cols))
			for _, c := range old.Cols {
				vals = append(vals, old.Get(row, c))
			}
			uasc := ""
			if ci, ok := r.ChildNum(old.Get(row, "CHILD")); ok && len(r.ChildRows(UASC, ci)) > 0 {
				uasc = "1"
			}
			h.AddRow(append(vals, uasc)...)
		}
		r.Set(h)
	}
}

// BenchmarkReadXML reads a 100,000-child XML return made by repeating the
// sample's children under new CHILDIDs.
func BenchmarkReadXML(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(samples.Dir(b), "903-extra", "fake_903.xml"))
	if err != nil {
		b.Fatal(err)
	}
	s := string(data)
	body := s[strings.Index(s, "<CHILD>"):strings.LastIndex(s, "</EXPSSDA903>")]
	var doc strings.Builder
	doc.WriteString("<EXPSSDA903>")
	for n := 0; n < 100000; n += 253 {
		doc.WriteString(strings.ReplaceAll(body, "<CHILDID>", "<CHILDID>"+strconv.Itoa(n)+"-"))
	}
	doc.WriteString("</EXPSSDA903>")
	src := doc.String()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		r, err := ReadXML(strings.NewReader(src), "big.xml")
		if err != nil || len(r.Problems) > 0 {
			b.Fatal(err, r.Problems)
		}
	}
}

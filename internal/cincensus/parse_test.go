package cincensus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"ourchild/internal/date"
	"ourchild/internal/samples"
)

// TestParseDateFastMatchesTime checks the hand-written YYYY-MM-DD reader
// against time.Parse over every day of several years, and near misses.
func TestParseDateFastMatchesTime(t *testing.T) {
	var cases []string
	for _, y := range []int{0, 1, 1066, 1900, 2000, 2023, 2024, 2100, 9999} {
		for m := 0; m <= 13; m++ {
			for d := 0; d <= 32; d++ {
				cases = append(cases, fmt.Sprintf("%04d-%02d-%02d", y, m, d))
			}
		}
	}
	cases = append(cases, "2024-1-01", "2024-01-1", "+024-01-01", "2024-01-01x", "2024/01/01", "2024-0a-01",
		" 2024-01-01", "2024-01-01T10:00", "29/02/2023", "29/02/2024", "1/2/2024")
	for _, s := range cases {
		want, wok := parseDateSlow(s)
		got, gok := parseDate(s)
		if got != want || gok != wok {
			t.Errorf("parseDate(%q) = %v, %v; time.Parse gives %v, %v", s, got, gok, want, wok)
		}
	}
}

// parseDateSlow is parseDate as it was before the hand-written reader.
func parseDateSlow(s string) (date.Date, bool) {
	if s == "" {
		return date.Date{}, false
	}
	if len(s) > 10 && s[10] == 'T' {
		s = s[:10]
	}
	if d, err := date.Parse(s); err == nil {
		return d, true
	}
	if t, err := time.Parse("02/01/2006", s); err == nil {
		return date.Of(t), true
	}
	return date.Date{}, false
}

// TestFastParseMatchesDecoder holds the fast reader to encoding/xml: on
// every sample and on awkward but valid XML it must give the same Return,
// and on anything it declines, Parse must still give encoding/xml's answer.
func TestFastParseMatchesDecoder(t *testing.T) {
	child := func(inner string) string {
		return `<Message><Header><CollectionDetails><Year>2024</Year><ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails></Header><Children><Child>` +
			inner + `</Child></Children></Message>`
	}
	cases := []struct {
		name, doc string
		fast      bool // the fast reader should take it
	}{
		{"declaration and comments", `<?xml version="1.0" encoding="UTF-8"?>` + "\n<!-- a return -->" + child(`<ChildIdentifiers><LAchildID>A1</LAchildID><!-- x --></ChildIdentifiers>`), true},
		{"attributes and namespaces", `<Message xmlns="http://example.org/cin" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" a='1'><Children><Child id="7" ><ChildIdentifiers ><LAchildID >B2</LAchildID ></ChildIdentifiers></Child></Children></Message>`, true},
		{"entities, CDATA and comments inside values", child(`<ChildIdentifiers><LAchildID>A&amp;B&#65;&#x42;&lt;&gt;&quot;&apos;</LAchildID><UPN>X<!-- c -->Y<![CDATA[<Z>&amp;]]></UPN></ChildIdentifiers>`), true},
		{"carriage returns", child("<ChildIdentifiers><LAchildID>\r\nA\rB\r\n</LAchildID><FormerUPN>\r\n</FormerUPN></ChildIdentifiers>"), true},
		{"whitespace trimmed", child("<ChildIdentifiers><LAchildID>\n  C3\n </LAchildID><PersonBirthDate> 2020-01-02 </PersonBirthDate></ChildIdentifiers>"), true},
		{"nested and unknown elements skipped", child(`<Unknown><LAchildID>no</LAchildID></Unknown><ChildIdentifiers><LAchildID>D<b>skip<i/></b>4</LAchildID><Other/></ChildIdentifiers><CINdetails><Assessments><FactorsIdentifiedAtAssessment><AssessmentFactors>1A</AssessmentFactors><Note>x</Note><AssessmentFactors/></FactorsIdentifiedAtAssessment></Assessments></CINdetails>`), true},
		{"repeated elements overwrite, lists append", child(`<ChildIdentifiers><LAchildID>E5</LAchildID><LAchildID>E6</LAchildID></ChildIdentifiers><ChildIdentifiers><UPN>U</UPN></ChildIdentifiers><ChildCharacteristics><Disabilities><Disability>HAND</Disability></Disabilities><Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics>`), true},
		{"empty elements", child(`<ChildIdentifiers/><ChildCharacteristics><Disabilities/><Ethnicity/></ChildCharacteristics><CINdetails/><CINdetails><Assessments/><CINPlanDates/><Section47/><ChildProtectionPlans><Reviews/></ChildProtectionPlans></CINdetails>`), true},
		{"every field", child(`<ChildIdentifiers><LAchildID>F</LAchildID><UPN>A</UPN><FormerUPN>B</FormerUPN><UPNunknown>UN1</UPNunknown><PersonBirthDate>2020-01-01</PersonBirthDate><ExpectedPersonBirthDate>2024-05-01</ExpectedPersonBirthDate><GenderCurrent>1</GenderCurrent><Sex>M</Sex><PersonDeathDate>2024-01-01</PersonDeathDate></ChildIdentifiers>` +
			`<ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities><Disability>HAND</Disability><Disability>HEAR</Disability></Disabilities></ChildCharacteristics>` +
			`<CINdetails><CINreferralDate>2023-05-01</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode><CINclosureDate>2024-01-01</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure><DateOfInitialCPC>2023-06-01</DateOfInitialCPC><ReferralNFA>false</ReferralNFA>` +
			`<Assessments><AssessmentActualStartDate>2023-05-02</AssessmentActualStartDate><AssessmentInternalReviewDate>2023-05-03</AssessmentInternalReviewDate><AssessmentAuthorisationDate>2023-05-04</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>2A</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>` +
			`<CINPlanDates><CINPlanStartDate>2023-05-05</CINPlanStartDate><CINPlanEndDate>2023-05-06</CINPlanEndDate></CINPlanDates>` +
			`<Section47><S47ActualStartDate>2023-05-07</S47ActualStartDate><InitialCPCtarget>2023-05-08</InitialCPCtarget><DateOfInitialCPC>2023-05-09</DateOfInitialCPC><ICPCnotRequired>false</ICPCnotRequired></Section47>` +
			`<ChildProtectionPlans><CPPstartDate>2023-05-10</CPPstartDate><CPPendDate>2023-05-11</CPPendDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>PHY</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP><Reviews><CPPreviewDate>2023-05-12</CPPreviewDate><CPPreviewDate>2023-05-13</CPPreviewDate></Reviews></ChildProtectionPlans></CINdetails>`), true},
		{"Child and Header anywhere, Header fields", `<Wrap><Child><ChildIdentifiers><LAchildID>G</LAchildID></ChildIdentifiers></Child><Message/><Header><Source><SourceLevel> L </SourceLevel><LEA>201</LEA><SoftwareCode> S </SoftwareCode><Release>1</Release><SerialNo>2</SerialNo><DateTime>3</DateTime></Source><Child/></Header></Wrap>`, true},
		{"non-ASCII text", child(`<ChildIdentifiers><LAchildID>Zoë–1</LAchildID></ChildIdentifiers>`), true},
		{"byte order mark", "\uFEFF" + child(`<ChildIdentifiers><LAchildID>H</LAchildID></ChildIdentifiers>`), true},
		{"no Message", `<foo/>`, true},
		// Declined: Parse must fall back to encoding/xml and agree with it.
		{"prefixed names", `<cin:Message xmlns:cin="urn:x"><cin:Child><cin:ChildIdentifiers><cin:LAchildID>P</cin:LAchildID></cin:ChildIdentifiers></cin:Child></cin:Message>`, false},
		{"doctype", `<!DOCTYPE Message>` + child(``), false},
		{"truncated", `<Message><Children><Child>`, false},
		{"mismatched tags", `<Message><Children></Child></Message>`, false},
		{"bad entity", child(`<ChildIdentifiers><LAchildID>&nbsp;</LAchildID></ChildIdentifiers>`), false},
		{"other encoding", `<?xml version="1.0" encoding="ISO-8859-1"?><Message/>`, false},
		{"bad UTF-8", child("<ChildIdentifiers><LAchildID>\xff</LAchildID></ChildIdentifiers>"), false},
		{"control character", child("<ChildIdentifiers><LAchildID>\x01</LAchildID></ChildIdentifiers>"), false},
		{"double dash in comment", `<Message><!-- a -- b --></Message>`, false},
		{"unquoted attribute", `<Message a=1></Message>`, false},
		{"]]> in text", "<Message>\n  a]]>b\n  " + strings.Repeat(" ", 200) + "</Message>", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			compareParsers(t, []byte(tc.doc), tc.fast)
			compareStream(t, []byte(tc.doc), false)
		})
	}
	files, _ := filepath.Glob(filepath.Join(samples.Dir(t), "cin", "*.xml"))
	if len(files) == 0 {
		t.Fatal("no CIN samples")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			compareParsers(t, b, true)
			compareStream(t, b, true)
		})
	}
}

// compareStream checks ReadFile's windowed reading against encoding/xml for
// windows from one byte (every token cut: encoding/xml reads it again) to
// larger than the file; wantFast says the fast reader must take the file
// through a 1 KB window.
func compareStream(t *testing.T, doc []byte, wantFast bool) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "census.xml")
	if err := os.WriteFile(path, doc, 0o644); err != nil {
		t.Fatal(err)
	}
	want, werr := parseDecoder(bytes.NewReader(doc))
	for _, window := range []int{1, 7, 64, 1 << 10, 1 << 20} {
		got, gerr := readFile(path, window)
		if fmt.Sprint(werr) != fmt.Sprint(gerr) {
			t.Fatalf("window %d: error %v, encoding/xml gives %v", window, gerr, werr)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("window %d: the windowed reader and encoding/xml differ", window)
		}
	}
	if wantFast {
		if _, _, err := parseStream(bytes.NewReader(doc), 1<<10); err != nil {
			t.Errorf("1 KB window: fast reader declined: %v", err)
		}
	}
}

func compareParsers(t *testing.T, doc []byte, wantFast bool) {
	t.Helper()
	_, _, ferr := parseFast(doc)
	if wantFast && ferr != nil {
		t.Errorf("fast reader declined: %v", ferr)
	}
	if !wantFast && ferr == nil {
		t.Errorf("fast reader took a file encoding/xml should read")
	}
	want, werr := parseDecoder(bytes.NewReader(doc))
	got, gerr := ParseBytes(doc)
	if fmt.Sprint(werr) != fmt.Sprint(gerr) {
		t.Fatalf("error %v, encoding/xml gives %v", gerr, werr)
	}
	if !reflect.DeepEqual(got, want) {
		gj, _ := json.Marshal(got)
		wj, _ := json.Marshal(want)
		t.Errorf("fast reader gives\n%s\nencoding/xml gives\n%s", gj, wj)
	}
}

// TestDedupeMatchesMap checks that dropping repeats child by child gives
// what one map of every finding gave, including a rule that comes back to
// a child.
func TestDedupeMatchesMap(t *testing.T) {
	type rep struct{ child, field, msg string }
	cases := [][]rep{
		{{"A", "f", "m"}, {"A", "f", "m"}, {"A", "g", "m"}, {"B", "f", "m"}},
		{{"A", "f", "m"}, {"B", "f", "m"}, {"A", "f", "m"}, {"A", "f", "m2"}, {"B", "f", "m"}, {"A", "f", "m2"}, {"C", "f", "m"}, {"C", "f", "m"}},
		{{"", "Disability", "x"}, {"", "Disability", "x"}},
		{{"", "f", "x"}, {"A", "f", "m"}, {"", "f", "x"}, {"Z", "f", "m"}, {"B", "f", "m"}, {"Z", "f", "m"}},
		{{"B", "f", "m"}, {"A", "f", "m"}, {"A", "f", "m"}, {"B", "f", "m"}},
		{{"B", "f", "m"}, {"C", "f", "m"}, {"B", "f", "m"}, {"C", "f", "m"}},
		{{"C", "f", "m"}, {"", "f", "m"}, {"C", "f", "m"}, {"", "f", "m"}, {"X", "f", "m"}},
		{},
	}
	// And sequences drawn at random (fixed seed): children in order with
	// repeats, revisits, the whole return ("") and an ID no child has.
	rng := rand.New(rand.NewPCG(1, 2))
	ids := []string{"A", "B", "C", "", "X"}
	for range 500 {
		var reps []rep
		for range rng.IntN(12) {
			reps = append(reps, rep{ids[rng.IntN(len(ids))], []string{"f", "g"}[rng.IntN(2)], []string{"m", "n"}[rng.IntN(2)]})
		}
		cases = append(cases, reps)
	}
	for i, reps := range cases {
		rl := Rule{Code: "T", Query: i%2 == 1, Check: func(_ *Return, f report) {
			for _, x := range reps {
				f(x.child, x.field, x.msg)
			}
		}}
		var want []Finding
		typ := map[bool]string{false: "Error", true: "Query"}[rl.Query]
		seen := map[rep]bool{}
		for _, x := range reps {
			if !seen[x] {
				seen[x] = true
				want = append(want, Finding{Code: "T", Type: typ, ChildID: x.child, Field: x.field, Message: x.msg})
			}
		}
		r := &Return{Children: []*Child{{Identifiers: ChildIdentifiers{LAchildID: "A"}}, {Identifiers: ChildIdentifiers{LAchildID: "B"}},
			{Identifiers: ChildIdentifiers{LAchildID: "A"}}, {Identifiers: ChildIdentifiers{LAchildID: "C"}}}}
		d := newDedupe(indexChildren(r))
		for range 2 { // a second run must not remember the first
			d.run(rl, r)
			if len(d.out) != len(want) || (len(want) > 0 && !reflect.DeepEqual(d.out, want)) {
				t.Errorf("case %d: got %v, want %v", i, d.out, want)
			}
		}
	}
}

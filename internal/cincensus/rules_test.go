package cincensus

import (
	"strings"
	"testing"
)

// msg wraps children in a 2023/24 return (ReferenceDate 2024-03-31).
func msg(children ...string) string {
	return msgYear("2024", "2024-03-31", children...)
}

func msgYear(year, ref string, children ...string) string {
	return `<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>` + year +
		`</Year><ReferenceDate>` + ref + `</ReferenceDate></CollectionDetails><Source><SourceLevel>L</SourceLevel><LEA>201</LEA></Source></Header><Children>` +
		strings.Join(children, "") + `</Children></Message>`
}

// child builds a <Child> with identifiers ids (LAchildID C1 when empty),
// characteristics chars and the given CINdetails bodies.
func child(ids, chars string, episodes ...string) string {
	if !strings.Contains(ids, "<LAchildID>") {
		ids = "<LAchildID>C1</LAchildID>" + ids
	}
	var b strings.Builder
	b.WriteString("<Child><ChildIdentifiers>" + ids + "</ChildIdentifiers><ChildCharacteristics>" + chars + "</ChildCharacteristics>")
	for _, e := range episodes {
		b.WriteString("<CINdetails>" + e + "</CINdetails>")
	}
	b.WriteString("</Child>")
	return b.String()
}

const (
	okIDs = "<UPN>P201123456789</UPN><PersonBirthDate>2015-01-01</PersonBirthDate><GenderCurrent>1</GenderCurrent>"
	okCh  = "<Ethnicity>WBRI</Ethnicity>"
	ref   = "<CINreferralDate>2023-06-01</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode><ReferralNFA>false</ReferralNFA>"
)

func disab(codes ...string) string {
	s := okCh + "<Disabilities>"
	for _, c := range codes {
		s += "<Disability>" + c + "</Disability>"
	}
	return s + "</Disabilities>"
}

func countCode(t *testing.T, doc, code string) int {
	t.Helper()
	r, err := Parse(strings.NewReader(doc))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	n := 0
	for _, f := range Validate(r) {
		if f.Code == code {
			n++
		}
	}
	return n
}

func TestRules(t *testing.T) {
	eight := disab("MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS")
	tests := []struct {
		code       string
		fail, pass string
	}{
		{"100", msgYear("2023", "2024-03-31", child(okIDs, okCh, ref)), msg(child(okIDs, okCh, ref))},
		{"1103", msg(child(okIDs, okCh, ref+"<Assessments><AssessmentActualStartDate>2023-05-01</AssessmentActualStartDate></Assessments>")),
			msg(child(okIDs, okCh, ref+"<Assessments><AssessmentActualStartDate>2023-06-01</AssessmentActualStartDate></Assessments>"))},
		{"1104", msg(child(okIDs, okCh, ref+"<Section47><DateOfInitialCPC>2023-05-01</DateOfInitialCPC></Section47>")),
			msg(child(okIDs, okCh, ref+"<DateOfInitialCPC>2023-07-01</DateOfInitialCPC>"))},
		{"1105", msg(child(okIDs, okCh, ref+"<ChildProtectionPlans><CPPstartDate>2023-05-31</CPPstartDate></ChildProtectionPlans>")),
			msg(child(okIDs, okCh, ref+"<ChildProtectionPlans><CPPstartDate>2023-06-01</CPPstartDate></ChildProtectionPlans>"))},
		{"1510", msg(child("<UPN>A201123456789</UPN>", okCh, ref)), msg(child(okIDs, okCh, ref))},
		{"1520", msg(child(okIDs, okCh, ref), child("<LAchildID>C2</LAchildID>"+okIDs, okCh, ref)),
			msg(child(okIDs, okCh, ref), child("<LAchildID>C2</LAchildID><UPN>M20112345678A</UPN>", okCh, ref))},
		{"1530", msg(child("<UPN>A999123456789</UPN>", okCh, ref)), msg(child("<UPN>X942123456789</UPN>", okCh, ref))},
		{"1530", msgYear("2023", "2023-03-31", child("<UPN>X942123456789</UPN>", okCh, ref)), msgYear("2023", "2023-03-31", child(okIDs, okCh, ref))},
		{"1540", msg(child("<UPN>P2011234567A9</UPN>", okCh, ref)), msg(child(okIDs, okCh, ref))},
		{"1550", msg(child("<UPN>P20112345678I</UPN>", okCh, ref)), msg(child(okIDs, okCh, ref))},
		{"1560Q", msg(child(okIDs+"<FormerUPN>X98765432123B</FormerUPN>", okCh, ref)), msg(child(okIDs+"<FormerUPN>M20112345678A</FormerUPN>", okCh, ref))},
		{"2887Q", msg(child(okIDs, disab("NONE"), ref)), msg(child(okIDs, eight, ref))},
		{"2883", msg(child(okIDs, okCh, ref+"<ChildProtectionPlans><CPPstartDate>2023-07-01</CPPstartDate></ChildProtectionPlans>")),
			msg(child(okIDs, okCh, ref+"<Section47><DateOfInitialCPC>2023-07-01</DateOfInitialCPC></Section47><ChildProtectionPlans><CPPstartDate>2023-07-01</CPPstartDate></ChildProtectionPlans>"))},
		{"2884", msg(child(okIDs, okCh, ref+"<DateOfInitialCPC>2023-07-01</DateOfInitialCPC><Section47><DateOfInitialCPC>2023-07-01</DateOfInitialCPC></Section47>")),
			msg(child(okIDs, okCh, ref+"<DateOfInitialCPC>2023-07-01</DateOfInitialCPC><Section47><DateOfInitialCPC>2023-07-02</DateOfInitialCPC></Section47>"))},
		{"2885", msg(child(okIDs, okCh, ref+"<Section47><DateOfInitialCPC>2023-07-01</DateOfInitialCPC></Section47><ChildProtectionPlans><CPPstartDate>2023-07-02</CPPstartDate></ChildProtectionPlans>")),
			msg(child(okIDs, okCh, ref+"<DateOfInitialCPC>2023-07-02</DateOfInitialCPC><Section47><DateOfInitialCPC>2023-07-01</DateOfInitialCPC></Section47><ChildProtectionPlans><CPPstartDate>2023-07-02</CPPstartDate></ChildProtectionPlans>"))},
		{"2886Q", msg(child(okIDs, okCh, ref), child("<LAchildID>C2</LAchildID><GenderCurrent>0</GenderCurrent>", okCh, ref)),
			msg(child(okIDs, okCh, ref), child("<LAchildID>C2</LAchildID><GenderCurrent>0</GenderCurrent><ExpectedPersonBirthDate>2024-05-01</ExpectedPersonBirthDate>", okCh, ref))},
		{"2888Q", msg(child(okIDs, disab("MOB"), ref), child("<LAchildID>C2</LAchildID>"+okIDs, disab("VIS", "NONE"), ref)),
			msg(child(okIDs, disab("MOB"), ref), child("<LAchildID>C2</LAchildID>"+okIDs, disab("VIS", "HEAR"), ref))},
		{"2889", msg(child(okIDs, okCh, ref+"<Section47><S47ActualStartDate>2023-05-01</S47ActualStartDate></Section47>")),
			msg(child(okIDs, okCh, ref+"<Section47><S47ActualStartDate>2023-06-02</S47ActualStartDate></Section47>"))},
		{"2990", msg(child(okIDs, okCh, ref+"<ReasonForClosure>RC9</ReasonForClosure><CINPlanDates><CINPlanStartDate>2023-07-01</CINPlanStartDate></CINPlanDates>")),
			msg(child(okIDs, okCh, ref+"<ReasonForClosure>RC7</ReasonForClosure><CINPlanDates><CINPlanStartDate>2023-07-01</CINPlanStartDate></CINPlanDates>"))},
		{"2991Q", msg(child(okIDs, okCh, ref+"<Section47><S47ActualStartDate>2023-06-02</S47ActualStartDate></Section47>")),
			msg(child(okIDs, okCh, ref+"<Assessments><AssessmentActualStartDate>2023-06-02</AssessmentActualStartDate></Assessments><Section47><S47ActualStartDate>2023-06-02</S47ActualStartDate></Section47>"))},
		{"4000", msg(child(okIDs, okCh, "<CINreferralDate>2023-06-01</CINreferralDate><ReferralNFA>true</ReferralNFA><CINPlanDates><CINPlanStartDate>2023-07-01</CINPlanStartDate></CINPlanDates>")),
			msg(child(okIDs, okCh, ref+"<CINPlanDates><CINPlanStartDate>2023-07-01</CINPlanStartDate></CINPlanDates>"))},
		{"4001", msg(child(okIDs, okCh, ref+"<CINPlanDates><CINPlanStartDate>2023-07-01</CINPlanStartDate></CINPlanDates><ChildProtectionPlans><CPPstartDate>2023-08-01</CPPstartDate></ChildProtectionPlans>")),
			msg(child(okIDs, okCh, ref+"<CINPlanDates><CINPlanStartDate>2023-07-01</CINPlanStartDate><CINPlanEndDate>2023-08-01</CINPlanEndDate></CINPlanDates><ChildProtectionPlans><CPPstartDate>2023-08-01</CPPstartDate></ChildProtectionPlans>"))},
		{"4003", msg(child(okIDs, okCh, ref+"<CINPlanDates><CINPlanStartDate>2023-08-01</CINPlanStartDate><CINPlanEndDate>2023-10-01</CINPlanEndDate></CINPlanDates><ChildProtectionPlans><CPPstartDate>2023-07-01</CPPstartDate><CPPendDate>2023-09-01</CPPendDate><Reviews><CPPreviewDate>2023-08-15</CPPreviewDate></Reviews></ChildProtectionPlans>")),
			msg(child(okIDs, okCh, ref+"<CINPlanDates><CINPlanStartDate>2023-08-01</CINPlanStartDate><CINPlanEndDate>2023-10-01</CINPlanEndDate></CINPlanDates><ChildProtectionPlans><CPPstartDate>2023-07-01</CPPstartDate><CPPendDate>2023-09-01</CPPendDate><Reviews><CPPreviewDate>2023-09-01</CPPreviewDate></Reviews></ChildProtectionPlans>"))},
		{"4004", msg(child(okIDs, okCh, ref+"<CINPlanDates><CINPlanStartDate>2023-07-01</CINPlanStartDate></CINPlanDates><CINPlanDates><CINPlanStartDate>2023-08-01</CINPlanStartDate></CINPlanDates>")),
			msg(child(okIDs, okCh, ref+"<CINPlanDates><CINPlanStartDate>2023-07-01</CINPlanStartDate><CINPlanEndDate>2023-08-01</CINPlanEndDate></CINPlanDates><CINPlanDates><CINPlanStartDate>2023-08-01</CINPlanStartDate></CINPlanDates>"))},
		{"4008", msg(child(okIDs+"<PersonDeathDate>2023-07-01</PersonDeathDate>", okCh, ref+"<CINPlanDates><CINPlanStartDate>2023-07-02</CINPlanStartDate></CINPlanDates>")),
			msg(child(okIDs+"<PersonDeathDate>2023-07-01</PersonDeathDate>", okCh, ref+"<CINPlanDates><CINPlanStartDate>2023-07-01</CINPlanStartDate></CINPlanDates>"))},
		{"4011", msg(child(okIDs, okCh, ref+"<CINPlanDates><CINPlanStartDate>2023-07-02</CINPlanStartDate><CINPlanEndDate>2023-07-01</CINPlanEndDate></CINPlanDates>")),
			msg(child(okIDs, okCh, ref+"<CINPlanDates><CINPlanStartDate>2023-07-01</CINPlanStartDate><CINPlanEndDate>2023-07-01</CINPlanEndDate></CINPlanDates>"))},
		{"4013", msg(child(okIDs, okCh, ref+"<CINPlanDates><CINPlanEndDate>2024-04-01</CINPlanEndDate></CINPlanDates>")),
			msg(child(okIDs, okCh, ref+"<CINPlanDates><CINPlanEndDate>2024-03-31</CINPlanEndDate></CINPlanDates>"))},
		{"4014", msg(child(okIDs, okCh, ref+"<CINPlanDates><CINPlanStartDate>2023-07-01</CINPlanStartDate><CINPlanEndDate>2023-08-01</CINPlanEndDate></CINPlanDates><CINPlanDates><CINPlanStartDate>2023-08-01</CINPlanStartDate></CINPlanDates>")),
			msg(child(okIDs, okCh, ref+"<CINPlanDates><CINPlanStartDate>2023-07-01</CINPlanStartDate><CINPlanEndDate>2023-08-01</CINPlanEndDate></CINPlanDates><CINPlanDates><CINPlanStartDate>2023-08-02</CINPlanStartDate></CINPlanDates>"))},
		{"4015", msg(child(okIDs, okCh, ref+"<CINPlanDates><CINPlanStartDate>2023-05-31</CINPlanStartDate></CINPlanDates>")),
			msg(child(okIDs, okCh, ref+"<CINPlanDates><CINPlanStartDate>2023-06-01</CINPlanStartDate></CINPlanDates>"))},
		{"4016", msg(child(okIDs, okCh, ref+"<CINPlanDates><CINPlanStartDate>2023-08-01</CINPlanStartDate></CINPlanDates><ChildProtectionPlans><CPPstartDate>2023-07-01</CPPstartDate></ChildProtectionPlans>")),
			msg(child(okIDs, okCh, ref+"<CINPlanDates><CINPlanStartDate>2023-08-01</CINPlanStartDate></CINPlanDates><ChildProtectionPlans><CPPstartDate>2023-07-01</CPPstartDate><CPPendDate>2023-08-01</CPPendDate></ChildProtectionPlans>"))},
		{"4180", msg(child("<Sex>M</Sex>", okCh, ref)), msg(child(okIDs, okCh, ref))},
		{"4180", msgYear("2025", "2025-03-31", child(okIDs, okCh, ref)), msgYear("2025", "2025-03-31", child("<Sex>U</Sex>", okCh, ref))},
		{"4220", msg(child(okIDs, "<Ethnicity>XXXX</Ethnicity>", ref)), msg(child(okIDs, okCh, ref))},
		{"8500", msg(child("<LAchildID></LAchildID>", okCh, ref)), msg(child(okIDs, okCh, ref))},
		{"8510", msg(child(okIDs, okCh, ref), child(okIDs, okCh, ref)), msg(child(okIDs, okCh, ref), child("<LAchildID>C2</LAchildID>", okCh, ref))},
		{"8520", msg(child("<PersonBirthDate>2024-04-01</PersonBirthDate>", okCh, ref)), msg(child("<PersonBirthDate>2024-03-31</PersonBirthDate>", okCh, ref))},
		{"8540", msg(child(okIDs, disab("WALK"), ref)), msg(child(okIDs, disab("MOB"), ref))},
		{"8545Q", msg(child(okIDs+"<PersonDeathDate>2023-03-31</PersonDeathDate>", okCh, ref)), msg(child(okIDs+"<PersonDeathDate>2023-04-01</PersonDeathDate>", okCh, ref))},
		{"8555Q", msg(child(okIDs+"<PersonDeathDate>2023-05-31</PersonDeathDate>", okCh, ref)), msg(child(okIDs+"<PersonDeathDate>2023-06-01</PersonDeathDate>", okCh, ref))},
		{"8565", msg(child(okIDs, okCh, ref+"<CINclosureDate>2023-09-01</CINclosureDate><ChildProtectionPlans><CPPstartDate>2023-07-01</CPPstartDate><CPPendDate>2023-09-02</CPPendDate></ChildProtectionPlans>")),
			msg(child(okIDs, okCh, ref+"<CINclosureDate>2023-09-02</CINclosureDate><ChildProtectionPlans><CPPstartDate>2023-07-01</CPPstartDate><CPPendDate>2023-09-02</CPPendDate></ChildProtectionPlans>"))},
		// Census start 2023-04-01 is a Saturday: one working day before is Friday 31 March.
		{"8569Q", msg(child(okIDs, okCh, "<CINreferralDate>2023-03-30</CINreferralDate><ReferralNFA>true</ReferralNFA>")),
			msg(child(okIDs, okCh, "<CINreferralDate>2023-03-31</CINreferralDate><ReferralNFA>true</ReferralNFA>"))},
		{"8585Q", msg(child(okIDs, okCh, ref+"<ReasonForClosure>RC2</ReasonForClosure>")),
			msg(child(okIDs+"<PersonDeathDate>2023-09-01</PersonDeathDate>", okCh, ref+"<ReasonForClosure>RC2</ReasonForClosure>"))},
		{"8590", msg(child(okIDs, okCh)), msg(child(okIDs, okCh, ref))},
		{"8600", msg(child(okIDs, okCh, "<CINreferralDate>2024-04-01</CINreferralDate>")), msg(child(okIDs, okCh, ref))},
		{"8608", msg(child(okIDs, okCh, ref+"<Assessments><AssessmentActualStartDate>2023-07-02</AssessmentActualStartDate><AssessmentAuthorisationDate>2023-07-01</AssessmentAuthorisationDate></Assessments>")),
			msg(child(okIDs, okCh, ref+"<Assessments><AssessmentActualStartDate>2023-07-01</AssessmentActualStartDate><AssessmentAuthorisationDate>2023-07-01</AssessmentAuthorisationDate></Assessments>"))},
		{"8610", msg(child(okIDs, okCh, "<CINreferralDate>2023-06-01</CINreferralDate><ReferralNFA>0</ReferralNFA>")),
			msg(child(okIDs, okCh, "<CINreferralDate>2023-06-01</CINreferralDate><ReferralNFA>1</ReferralNFA>"))},
		{"8620", msg(child(okIDs, okCh, ref+"<CINclosureDate>2023-03-31</CINclosureDate>")), msg(child(okIDs, okCh, ref+"<CINclosureDate>2023-04-01</CINclosureDate>"))},
		{"8630", msg(child(okIDs, okCh, ref+"<CINclosureDate>2023-05-31</CINclosureDate>")), msg(child(okIDs, okCh, ref+"<CINclosureDate>2023-06-01</CINclosureDate>"))},
		{"8640", msg(child(okIDs, okCh, ref+"<ReasonForClosure>RC10</ReasonForClosure>")), msg(child(okIDs, okCh, ref+"<ReasonForClosure>RC9</ReasonForClosure>"))},
		{"8650", msg(child(okIDs, okCh, "<CINreferralDate>2023-06-01</CINreferralDate><PrimaryNeedCode>N10</PrimaryNeedCode>")), msg(child(okIDs, okCh, ref))},
		// ReferenceDate 2024-03-31 minus 45 working days (Good Friday 29 March
		// and 1 January are holidays) is 2024-01-26.
		{"8670Q", msg(child(okIDs, okCh, ref+"<Assessments><AssessmentActualStartDate>2024-01-25</AssessmentActualStartDate></Assessments>")),
			msg(child(okIDs, okCh, ref+"<Assessments><AssessmentActualStartDate>2024-01-26</AssessmentActualStartDate></Assessments>"))},
		{"8696", msg(child(okIDs, okCh, ref+"<Assessments><AssessmentAuthorisationDate>2024-04-01</AssessmentAuthorisationDate></Assessments>")),
			msg(child(okIDs, okCh, ref+"<Assessments><AssessmentAuthorisationDate>2024-03-31</AssessmentAuthorisationDate></Assessments>"))},
		{"8715", msg(child(okIDs, okCh, ref+"<Section47><DateOfInitialCPC>2023-03-31</DateOfInitialCPC></Section47>")),
			msg(child(okIDs, okCh, ref+"<DateOfInitialCPC>2023-03-31</DateOfInitialCPC><Section47><DateOfInitialCPC>2023-04-01</DateOfInitialCPC></Section47>"))},
		{"8736", msg(child(okIDs, okCh, ref+"<Assessments><AssessmentActualStartDate>2023-03-31</AssessmentActualStartDate></Assessments>")),
			msg(child(okIDs, okCh, ref+"<Assessments><AssessmentActualStartDate>2023-03-31</AssessmentActualStartDate><AssessmentAuthorisationDate>2023-04-05</AssessmentAuthorisationDate></Assessments>"))},
		{"8790", msg(child(okIDs, disab("NONE", "MOB"), ref)), msg(child(okIDs, disab("NONE"), ref))},
		{"8794", msg(child(okIDs, disab("MOB", "MOB"), ref)), msg(child(okIDs, disab("MOB", "VIS"), ref))},
		{"8825Q", msg(child(okIDs, okCh, ref+"<ReasonForClosure>RC8</ReasonForClosure>")),
			msg(child(okIDs, okCh, ref+"<ReasonForClosure>RC8</ReasonForClosure><Assessments><AssessmentActualStartDate>2023-06-01</AssessmentActualStartDate></Assessments>"))},
		{"8831", msg(child(okIDs, okCh, "<CINreferralDate>2023-06-01</CINreferralDate><ReferralNFA>1</ReferralNFA><Section47><S47ActualStartDate>2023-06-02</S47ActualStartDate></Section47>")),
			msg(child(okIDs, okCh, "<CINreferralDate>2023-06-01</CINreferralDate><ReferralNFA>1</ReferralNFA>"))},
		{"8866", msg(child(okIDs, okCh, "<CINreferralDate>2023-06-01</CINreferralDate><ReferralSource>11</ReferralSource>")), msg(child(okIDs, okCh, ref))},
		{"8867", msg(child(okIDs, okCh, ref+"<CINclosureDate>2023-09-01</CINclosureDate><Assessments><AssessmentActualStartDate>2023-06-01</AssessmentActualStartDate></Assessments>")),
			msg(child(okIDs, okCh, ref+"<CINclosureDate>2023-09-01</CINclosureDate><Assessments><AssessmentAuthorisationDate>2023-07-01</AssessmentAuthorisationDate></Assessments>"))},
		{"8897Q", msg(child(okIDs, okCh, ref+"<Assessments><AssessmentAuthorisationDate>2023-07-01</AssessmentAuthorisationDate></Assessments>")),
			msg(child(okIDs, okCh, ref+"<Assessments><AssessmentAuthorisationDate>2023-07-01</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>21</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>"))},
		{"8905", msg(child(okIDs, okCh, ref+"<ChildProtectionPlans><CPPstartDate>2023-07-01</CPPstartDate><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse></ChildProtectionPlans>")),
			msg(child(okIDs, okCh, ref+"<ChildProtectionPlans><CPPstartDate>2023-07-01</CPPstartDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse></ChildProtectionPlans>"))},
		{"8910", msg(child(okIDs, okCh, ref+"<ChildProtectionPlans><CPPstartDate>2023-07-01</CPPstartDate><LatestCategoryOfAbuse>XXX</LatestCategoryOfAbuse></ChildProtectionPlans>")),
			msg(child(okIDs, okCh, ref+"<ChildProtectionPlans><CPPstartDate>2023-07-01</CPPstartDate><LatestCategoryOfAbuse>MUL</LatestCategoryOfAbuse></ChildProtectionPlans>"))},
		{"8930", msg(child(okIDs, okCh, ref+"<ChildProtectionPlans><CPPendDate>2024-04-01</CPPendDate></ChildProtectionPlans>")),
			msg(child(okIDs, okCh, ref+"<ChildProtectionPlans><CPPendDate>2024-03-31</CPPendDate></ChildProtectionPlans>"))},
		{"8940", msg(child(okIDs, okCh, ref+"<ChildProtectionPlans><CPPstartDate>2023-07-01</CPPstartDate><CPPendDate>2023-08-01</CPPendDate></ChildProtectionPlans><ChildProtectionPlans><CPPstartDate>2023-07-31</CPPstartDate></ChildProtectionPlans>")),
			msg(child(okIDs, okCh, ref+"<ChildProtectionPlans><CPPstartDate>2023-07-01</CPPstartDate><CPPendDate>2023-08-01</CPPendDate></ChildProtectionPlans><ChildProtectionPlans><CPPstartDate>2023-08-01</CPPstartDate></ChildProtectionPlans>"))},
		// Rules added in rules_more.go.
		{"4009", msg(child(okIDs+"<PersonDeathDate>2023-09-01</PersonDeathDate>", okCh, ref+"<CINPlanDates><CINPlanStartDate>2023-07-01</CINPlanStartDate><CINPlanEndDate>2023-09-02</CINPlanEndDate></CINPlanDates>")),
			msg(child(okIDs+"<PersonDeathDate>2023-09-01</PersonDeathDate>", okCh, ref+"<CINPlanDates><CINPlanStartDate>2023-07-01</CINPlanStartDate><CINPlanEndDate>2023-09-01</CINPlanEndDate></CINPlanDates>"))},
		{"4010", msg(child(okIDs, okCh, ref+"<CINPlanDates><CINPlanEndDate>2023-09-01</CINPlanEndDate></CINPlanDates>")),
			msg(child(okIDs, okCh, ref+"<CINPlanDates><CINPlanStartDate>2024-03-31</CINPlanStartDate></CINPlanDates>"))},
		{"4012Q", msg(child(okIDs, okCh, ref+"<CINPlanDates><CINPlanStartDate>2023-07-01</CINPlanStartDate><CINPlanEndDate>2023-07-01</CINPlanEndDate></CINPlanDates>")),
			msg(child(okIDs, okCh, ref+"<CINPlanDates><CINPlanStartDate>2023-07-01</CINPlanStartDate><CINPlanEndDate>2023-07-02</CINPlanEndDate></CINPlanDates>"))},
		{"4017", msg(child(okIDs, okCh, ref+"<CINPlanDates><CINPlanStartDate>2023-07-01</CINPlanStartDate><CINPlanEndDate>2023-08-01</CINPlanEndDate></CINPlanDates><ChildProtectionPlans><CPPstartDate>2023-07-31</CPPstartDate></ChildProtectionPlans>")),
			msg(child(okIDs, okCh, ref+"<CINPlanDates><CINPlanStartDate>2023-07-01</CINPlanStartDate><CINPlanEndDate>2023-08-01</CINPlanEndDate></CINPlanDates><ChildProtectionPlans><CPPstartDate>2023-08-01</CPPstartDate></ChildProtectionPlans>"))},
		{"8525", msg(child(okIDs+"<ExpectedPersonBirthDate>2024-05-01</ExpectedPersonBirthDate>", okCh, ref)), msg(child(okIDs, okCh, ref))},
		{"8530Q", msg(child("<ExpectedPersonBirthDate>2024-02-29</ExpectedPersonBirthDate><GenderCurrent>0</GenderCurrent>", okCh, ref)),
			msg(child("<ExpectedPersonBirthDate>2024-03-01</ExpectedPersonBirthDate><GenderCurrent>0</GenderCurrent>", okCh, ref))},
		{"8535Q", msg(child(okIDs+"<PersonDeathDate>2014-12-31</PersonDeathDate>", okCh, ref)), msg(child(okIDs+"<PersonDeathDate>2015-01-01</PersonDeathDate>", okCh, ref))},
		{"8568", msg(child(okIDs, okCh, "<CINreferralDate>2023-06-01</CINreferralDate><ReferralNFA>no</ReferralNFA>")), msg(child(okIDs, okCh, ref))},
		{"8606", msg(child("<PersonBirthDate>2023-06-01</PersonBirthDate>", okCh, "<CINreferralDate>2022-08-24</CINreferralDate><ReferralNFA>false</ReferralNFA>")),
			msg(child("<PersonBirthDate>2023-06-01</PersonBirthDate>", okCh, "<CINreferralDate>2022-08-25</CINreferralDate><ReferralNFA>false</ReferralNFA>"))},
		{"8614", msg(child(okIDs, okCh, ref+"<Assessments><AssessmentActualStartDate>2023-06-01</AssessmentActualStartDate><FactorsIdentifiedAtAssessment><AssessmentFactors>21</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>")),
			msg(child(okIDs, okCh, ref+"<Assessments><AssessmentActualStartDate>2023-06-01</AssessmentActualStartDate></Assessments>"))},
		{"8615", msg(child(okIDs, okCh, ref+"<Section47><DateOfInitialCPC>2023-07-01</DateOfInitialCPC></Section47>")),
			msg(child(okIDs, okCh, ref+"<Section47><S47ActualStartDate>2023-07-01</S47ActualStartDate><DateOfInitialCPC>2023-07-01</DateOfInitialCPC></Section47>"))},
		{"8617", msg(child(okIDs, okCh, ref+"<Assessments><AssessmentAuthorisationDate>2023-07-01</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>8A</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>")),
			msg(child(okIDs, okCh, ref+"<Assessments><AssessmentAuthorisationDate>2023-07-01</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>8B</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>"))},
		// ReferenceDate 2024-03-31 minus 15 working days (Good Friday 29 March) is 2024-03-08.
		{"8675Q", msg(child(okIDs, okCh, ref+"<Section47><S47ActualStartDate>2024-03-07</S47ActualStartDate><ICPCnotRequired>false</ICPCnotRequired></Section47>")),
			msg(child(okIDs, okCh, ref+"<Section47><S47ActualStartDate>2024-03-08</S47ActualStartDate><ICPCnotRequired>false</ICPCnotRequired></Section47>"))},
		{"8720", msg(child(okIDs, okCh, ref+"<ChildProtectionPlans><CPPstartDate>2024-04-01</CPPstartDate></ChildProtectionPlans>")),
			msg(child(okIDs, okCh, ref+"<ChildProtectionPlans><CPPstartDate>2024-03-31</CPPstartDate><NumberOfPreviousCPP>0</NumberOfPreviousCPP></ChildProtectionPlans>"))},
		{"8730", msg(child(okIDs, okCh, ref+"<ChildProtectionPlans><CPPstartDate>2023-07-01</CPPstartDate><NumberOfPreviousCPP>-1</NumberOfPreviousCPP></ChildProtectionPlans>")),
			msg(child(okIDs, okCh, ref+"<ChildProtectionPlans><CPPstartDate>2023-07-01</CPPstartDate><NumberOfPreviousCPP>0</NumberOfPreviousCPP></ChildProtectionPlans>"))},
		{"8740", msg(child(okIDs, okCh, ref+"<Section47><S47ActualStartDate>2023-03-31</S47ActualStartDate><ICPCnotRequired>0</ICPCnotRequired></Section47>")),
			msg(child(okIDs, okCh, ref+"<Section47><S47ActualStartDate>2023-03-31</S47ActualStartDate><ICPCnotRequired>true</ICPCnotRequired></Section47>"))},
		{"8750", msg(child("<ExpectedPersonBirthDate>2024-05-01</ExpectedPersonBirthDate><GenderCurrent>1</GenderCurrent>", okCh, ref)),
			msg(child("<ExpectedPersonBirthDate>2024-05-01</ExpectedPersonBirthDate><GenderCurrent>0</GenderCurrent>", okCh, ref))},
		{"8770Q", msg(child("<PersonBirthDate>2018-03-30</PersonBirthDate><GenderCurrent>1</GenderCurrent>", okCh, ref)),
			msg(child("<PersonBirthDate>2018-03-30</PersonBirthDate><GenderCurrent>1</GenderCurrent><UPNunknown>UN3</UPNunknown>", okCh, ref))},
		{"8772", msg(child("<UPNunknown>UN7</UPNunknown>"+okIDs, okCh, ref)),
			msg(child("<UPNunknown>UN7</UPNunknown>"+okIDs, okCh, "<CINreferralDate>2023-06-01</CINreferralDate><ReferralNFA>true</ReferralNFA>"))},
		{"8775Q", msg(child("<PersonBirthDate>1999-03-30</PersonBirthDate>", okCh, ref)),
			msg(child("<PersonBirthDate>1999-03-31</PersonBirthDate>", okCh, ref))},
		{"8805", msg(child(okIDs, okCh, ref+"<CINclosureDate>2023-09-01</CINclosureDate>")),
			msg(child(okIDs, okCh, ref+"<CINclosureDate>2023-09-01</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure>"))},
		{"8810", msg(child(okIDs, okCh, ref+"<ReasonForClosure>RC1</ReasonForClosure>")),
			msg(child(okIDs, okCh, ref+"<CINclosureDate>2023-09-01</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure>"))},
		{"8815", msg(child(okIDs, okCh, ref, "<CINreferralDate>2023-08-01</CINreferralDate><ReferralNFA>0</ReferralNFA>")),
			msg(child(okIDs, okCh, ref, "<CINreferralDate>2023-08-01</CINreferralDate><ReferralNFA>true</ReferralNFA>"))},
		{"8816", msg(child(okIDs, okCh, ref, "<CINreferralDate>2023-08-01</CINreferralDate><CINclosureDate>2023-09-01</CINclosureDate><ReferralNFA>false</ReferralNFA>")),
			msg(child(okIDs, okCh, ref+"<CINclosureDate>2023-07-01</CINclosureDate>", "<CINreferralDate>2023-08-01</CINreferralDate><ReferralNFA>false</ReferralNFA>"))},
		{"8820", msg(child(okIDs, okCh, ref+"<CINclosureDate>2023-08-01</CINclosureDate>", "<CINreferralDate>2023-07-31</CINreferralDate><ReferralNFA>false</ReferralNFA>")),
			msg(child(okIDs, okCh, ref+"<CINclosureDate>2023-08-01</CINclosureDate>", "<CINreferralDate>2023-08-01</CINreferralDate><ReferralNFA>false</ReferralNFA>"))},
		{"8832", msg(child(okIDs, okCh, "<CINreferralDate>2023-06-01</CINreferralDate><ReferralNFA>true</ReferralNFA><ChildProtectionPlans><CPPstartDate>2023-07-01</CPPstartDate></ChildProtectionPlans>")),
			msg(child(okIDs, okCh, ref+"<ChildProtectionPlans><CPPstartDate>2023-07-01</CPPstartDate></ChildProtectionPlans>"))},
		{"8839", msg(child(okIDs, okCh, ref+"<Section47><S47ActualStartDate>2023-07-01</S47ActualStartDate></Section47><Section47><S47ActualStartDate>2023-08-01</S47ActualStartDate><ICPCnotRequired>false</ICPCnotRequired></Section47>")),
			msg(child(okIDs, okCh, ref+"<Section47><S47ActualStartDate>2023-07-01</S47ActualStartDate><ICPCnotRequired>true</ICPCnotRequired></Section47><Section47><S47ActualStartDate>2023-08-01</S47ActualStartDate><ICPCnotRequired>false</ICPCnotRequired></Section47>"))},
		{"8840", msg(child(okIDs, okCh, ref+"<ChildProtectionPlans><CPPstartDate>2023-07-01</CPPstartDate><CPPendDate>2023-07-01</CPPendDate></ChildProtectionPlans>")),
			msg(child(okIDs, okCh, ref+"<ChildProtectionPlans><CPPstartDate>2023-07-01</CPPstartDate><CPPendDate>2023-07-02</CPPendDate></ChildProtectionPlans>"))},
		{"8841", msg(child(okIDs, okCh, ref+"<ChildProtectionPlans><CPPstartDate>2023-07-01</CPPstartDate><Reviews><CPPreviewDate>2023-07-01</CPPreviewDate></Reviews></ChildProtectionPlans>")),
			msg(child(okIDs, okCh, ref+"<ChildProtectionPlans><CPPstartDate>2023-07-01</CPPstartDate><Reviews><CPPreviewDate>2023-07-02</CPPreviewDate></Reviews></ChildProtectionPlans>"))},
		{"8842Q", msg(child(okIDs, okCh, ref+"<ChildProtectionPlans><CPPstartDate>2023-07-01</CPPstartDate><Reviews><CPPreviewDate></CPPreviewDate></Reviews></ChildProtectionPlans>")),
			msg(child(okIDs, okCh, ref+"<ChildProtectionPlans><CPPstartDate>2023-07-01</CPPstartDate><Reviews><CPPreviewDate>2023-07-02</CPPreviewDate></Reviews></ChildProtectionPlans>"))},
		{"8863", msg(child(okIDs, okCh, ref+"<Assessments><AssessmentActualStartDate>2023-06-01</AssessmentActualStartDate><AssessmentAuthorisationDate>2023-07-01</AssessmentAuthorisationDate></Assessments><Assessments><AssessmentActualStartDate>2023-07-01</AssessmentActualStartDate></Assessments>")),
			msg(child(okIDs, okCh, ref+"<Assessments><AssessmentActualStartDate>2023-06-01</AssessmentActualStartDate><AssessmentAuthorisationDate>2023-07-01</AssessmentAuthorisationDate></Assessments><Assessments><AssessmentActualStartDate>2023-07-02</AssessmentActualStartDate></Assessments>"))},
		{"8868", msg(child(okIDs, okCh, ref+"<CINclosureDate>2023-09-01</CINclosureDate><Section47><S47ActualStartDate>2023-07-01</S47ActualStartDate><ICPCnotRequired>false</ICPCnotRequired></Section47>")),
			msg(child(okIDs, okCh, ref+"<CINclosureDate>2023-09-01</CINclosureDate><Section47><S47ActualStartDate>2023-07-01</S47ActualStartDate><ICPCnotRequired>1</ICPCnotRequired></Section47>"))},
		{"8869", msg(child(okIDs, okCh, ref+"<Assessments><AssessmentAuthorisationDate>2023-07-01</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>21</AssessmentFactors><AssessmentFactors>2A</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>")),
			msg(child(okIDs, okCh, ref+"<Assessments><AssessmentAuthorisationDate>2023-07-01</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>21</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>"))},
		// 2023-07-01 is a Saturday.
		{"8870Q", msg(child(okIDs, okCh, ref+"<Section47><InitialCPCtarget>2023-07-01</InitialCPCtarget></Section47>")),
			msg(child(okIDs, okCh, ref+"<Section47><InitialCPCtarget>2023-07-03</InitialCPCtarget></Section47>"))},
		{"8873", msg(child(okIDs, okCh, ref+"<CINclosureDate>2023-09-01</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure><Assessments><AssessmentAuthorisationDate>2023-07-01</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>21</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>")),
			msg(child(okIDs, okCh, ref+"<CINclosureDate>2023-09-01</CINclosureDate><ReasonForClosure>RC8</ReasonForClosure><Assessments><AssessmentAuthorisationDate>2023-07-01</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>21</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>"))},
		{"8890", msg(child(okIDs, okCh, ref+"<Section47><S47ActualStartDate>2023-06-01</S47ActualStartDate><DateOfInitialCPC>2023-07-01</DateOfInitialCPC></Section47><Section47><S47ActualStartDate>2023-07-01</S47ActualStartDate><ICPCnotRequired>true</ICPCnotRequired></Section47>")),
			msg(child(okIDs, okCh, ref+"<Section47><S47ActualStartDate>2023-06-01</S47ActualStartDate><DateOfInitialCPC>2023-07-01</DateOfInitialCPC></Section47><Section47><S47ActualStartDate>2023-07-02</S47ActualStartDate><ICPCnotRequired>true</ICPCnotRequired></Section47>"))},
		{"8896", msg(child(okIDs, okCh, ref+"<Assessments><AssessmentActualStartDate>2023-06-01</AssessmentActualStartDate></Assessments><Assessments><AssessmentActualStartDate>2023-06-02</AssessmentActualStartDate></Assessments>")),
			msg(child(okIDs, okCh, ref+"<Assessments><AssessmentActualStartDate>2023-06-01</AssessmentActualStartDate><AssessmentAuthorisationDate>2023-06-02</AssessmentAuthorisationDate></Assessments><Assessments><AssessmentActualStartDate>2023-06-03</AssessmentActualStartDate></Assessments>"))},
		{"8898", msg(child(okIDs, okCh, ref+"<Assessments><AssessmentAuthorisationDate>2023-07-01</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>2A</AssessmentFactors><AssessmentFactors>2A</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>")),
			msg(child(okIDs, okCh, ref+"<Assessments><AssessmentAuthorisationDate>2023-07-01</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>2A</AssessmentFactors><AssessmentFactors>2B</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>"))},
		{"8915", msg(child(okIDs+"<PersonDeathDate>2023-07-01</PersonDeathDate>", okCh, ref+"<ChildProtectionPlans><CPPstartDate>2023-07-02</CPPstartDate></ChildProtectionPlans>")),
			msg(child(okIDs+"<PersonDeathDate>2023-07-01</PersonDeathDate>", okCh, ref+"<ChildProtectionPlans><CPPstartDate>2023-07-01</CPPstartDate></ChildProtectionPlans>"))},
		{"8920", msg(child(okIDs+"<PersonDeathDate>2023-08-01</PersonDeathDate>", okCh, ref+"<ChildProtectionPlans><CPPstartDate>2023-07-01</CPPstartDate><CPPendDate>2023-08-02</CPPendDate></ChildProtectionPlans>")),
			msg(child(okIDs+"<PersonDeathDate>2023-08-01</PersonDeathDate>", okCh, ref+"<ChildProtectionPlans><CPPstartDate>2023-07-01</CPPstartDate><CPPendDate>2023-08-01</CPPendDate></ChildProtectionPlans>"))},
		{"8925", msg(child(okIDs, okCh, ref+"<ChildProtectionPlans><CPPstartDate>2023-07-02</CPPstartDate><CPPendDate>2023-07-01</CPPendDate></ChildProtectionPlans>")),
			msg(child(okIDs, okCh, ref+"<ChildProtectionPlans><CPPstartDate>2023-07-01</CPPstartDate><CPPendDate>2023-07-02</CPPendDate></ChildProtectionPlans>"))},
		{"8935", msg(child(okIDs, okCh, ref+"<ChildProtectionPlans><CPPstartDate>2023-07-01</CPPstartDate></ChildProtectionPlans>", ref+"<ChildProtectionPlans><CPPstartDate>2023-08-01</CPPstartDate></ChildProtectionPlans>")),
			msg(child(okIDs, okCh, ref+"<ChildProtectionPlans><CPPstartDate>2023-07-01</CPPstartDate><CPPendDate>2023-07-31</CPPendDate></ChildProtectionPlans>", ref+"<ChildProtectionPlans><CPPstartDate>2023-08-01</CPPstartDate></ChildProtectionPlans>"))},
		// 2024/25 (ReferenceDate 2025-03-31).
		{"1570", msgYear("2025", "2025-03-31", child("<LAchildID>ABCDEFGHIJKLMNOPQRSTU</LAchildID>", okCh, ref)),
			msgYear("2025", "2025-03-31", child("<LAchildID>ABCDEFGHIJKLMNOPQRST</LAchildID>", okCh, ref))},
		{"1580", msgYear("2025", "2025-03-31", child("<LAchildID>C-1</LAchildID>", okCh, ref)), msgYear("2025", "2025-03-31", child("<LAchildID>C1</LAchildID>", okCh, ref))},
		{"2886Q", msgYear("2025", "2025-03-31", child("<Sex>M</Sex>", okCh, ref), child("<LAchildID>C2</LAchildID><Sex>U</Sex>", okCh, ref)),
			msgYear("2025", "2025-03-31", child("<Sex>M</Sex>", okCh, ref), child("<LAchildID>C2</LAchildID><Sex>U</Sex><ExpectedPersonBirthDate>2025-05-01</ExpectedPersonBirthDate>", okCh, ref))},
		{"8750", msgYear("2025", "2025-03-31", child("<ExpectedPersonBirthDate>2025-05-01</ExpectedPersonBirthDate><Sex>F</Sex>", okCh, ref)),
			msgYear("2025", "2025-03-31", child("<ExpectedPersonBirthDate>2025-05-01</ExpectedPersonBirthDate><Sex>U</Sex>", okCh, ref))},
		// School age for 2024/25: born on or before 2021-08-31.
		{"8770Q", msgYear("2025", "2025-03-31", child("<PersonBirthDate>2021-08-31</PersonBirthDate><Sex>M</Sex><UPNunknown>UN1</UPNunknown>", okCh, ref)),
			msgYear("2025", "2025-03-31", child("<PersonBirthDate>2021-09-01</PersonBirthDate><Sex>M</Sex><UPNunknown>UN1</UPNunknown>", okCh, ref))},
		{"8945Q", msgYear("2025", "2025-03-31", child(okIDs, okCh, ref+"<Assessments><AssessmentAuthorisationDate>2024-07-01</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>18A</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>")),
			msgYear("2025", "2025-03-31", child(okIDs, okCh, ref+"<Assessments><AssessmentAuthorisationDate>2024-07-01</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>18B</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>"))},
		{"8950Q", msgYear("2025", "2025-03-31", child(okIDs, okCh, ref+"<Assessments><AssessmentAuthorisationDate>2024-07-01</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>19a</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>")),
			msgYear("2025", "2025-03-31", child(okIDs, okCh, ref+"<Assessments><AssessmentAuthorisationDate>2024-07-01</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>19C</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>"))},
	}
	tested := map[string]bool{}
	for _, tc := range tests {
		tested[tc.code] = true
		t.Run(tc.code, func(t *testing.T) {
			if n := countCode(t, tc.fail, tc.code); n == 0 {
				t.Errorf("failing case: no %s finding", tc.code)
			}
			if n := countCode(t, tc.pass, tc.code); n != 0 {
				t.Errorf("passing case: %d %s findings", n, tc.code)
			}
		})
	}
	for _, rl := range allRules {
		if !tested[rl.Code] {
			t.Errorf("rule %s has no table test", rl.Code)
		}
	}
}

func TestOverlapCountsPlansNotPairs(t *testing.T) {
	plan := "<ChildProtectionPlans><CPPstartDate>2023-07-01</CPPstartDate></ChildProtectionPlans>"
	if n := countCode(t, msg(child(okIDs, okCh, ref+plan+plan+plan)), "8940"); n != 3 {
		t.Errorf("three identical open plans: %d findings, want 3", n)
	}
}

func TestRuleSetYear(t *testing.T) {
	for _, tc := range []struct{ year, ref, want string }{
		{"2024", "2024-03-31", "cin2023_24"},
		{"2023", "2024-03-31", "cin2023_24"},
		{"2023", "2023-03-28", "cin2022_23"},
		{"2022", "2022-07-21", "cin2022_23"}, // older: clamped to 2022/23
		{"2026", "", "cin2025_26"},           // no ReferenceDate: from Year
	} {
		r, err := Parse(strings.NewReader(msgYear(tc.year, tc.ref)))
		if err != nil {
			t.Fatal(err)
		}
		if got := RuleSetName(RuleSetYear(r)); got != tc.want {
			t.Errorf("Year %s ReferenceDate %s: %s, want %s", tc.year, tc.ref, got, tc.want)
		}
	}
}

func TestParseRejectsNonCensus(t *testing.T) {
	if _, err := Parse(strings.NewReader("<foo/>")); err == nil {
		t.Error("no <Message>: want an error")
	}
	if _, err := Parse(strings.NewReader("<Message><Children><Child>")); err == nil {
		t.Error("truncated file: want an error")
	}
}

func TestParseDate(t *testing.T) {
	for _, s := range []string{"2024-03-31", "31/03/2024", "2024-03-31T00:00:00"} {
		if d, ok := parseDate(s); !ok || d.String() != "2024-03-31" {
			t.Errorf("parseDate(%q) = %v, %v", s, d, ok)
		}
	}
	for _, s := range []string{"", "2024-02-30", "soon"} {
		if _, ok := parseDate(s); ok {
			t.Errorf("parseDate(%q) ok, want not", s)
		}
	}
}

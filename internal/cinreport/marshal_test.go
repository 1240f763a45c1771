package cinreport_test

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"ourchild/internal/cincensus"
	"ourchild/internal/cinreport"
)

// TestMarshalRoundTrip writes a return with every module, and with the lists left empty, and
// checks that no empty wrapper element is written and that Parse reads back what was written.
func TestMarshalRoundTrip(t *testing.T) {
	full := &cincensus.Child{
		Identifiers:     cincensus.ChildIdentifiers{LAchildID: "1", UPN: "A937000000017", PersonBirthDate: "2015-01-01", Sex: "F"},
		Characteristics: cincensus.ChildCharacteristics{Ethnicity: "WBRI", Disabilities: []string{"HAND", "VIS"}},
		CINdetails: []*cincensus.CINdetails{{CINreferralDate: "2025-05-01", ReferralSource: "2A", PrimaryNeedCode: "N1", ReferralNFA: "false",
			Assessments:          []*cincensus.Assessment{{AssessmentActualStartDate: "2025-05-01", AssessmentAuthorisationDate: "2025-06-01", Factors: []string{"1A", "2B"}}},
			CINPlanDates:         []*cincensus.CINPlanDates{{CINPlanStartDate: "2025-06-02", CINPlanEndDate: "2025-07-01"}},
			Section47:            []*cincensus.Section47{{S47ActualStartDate: "2025-07-01", InitialCPCtarget: "2025-07-22", DateOfInitialCPC: "2025-07-15", ICPCnotRequired: "false"}},
			ChildProtectionPlans: []*cincensus.ChildProtectionPlan{{CPPstartDate: "2025-07-15", InitialCategoryOfAbuse: "NEG", LatestCategoryOfAbuse: "NEG", NumberOfPreviousCPP: "0", Reviews: []string{"2025-10-01"}}},
		}},
	}
	bare := &cincensus.Child{
		Identifiers: cincensus.ChildIdentifiers{LAchildID: "2", UPNunknown: "UN1", ExpectedPersonBirthDate: "2026-05-01", Sex: "U"},
		CINdetails: []*cincensus.CINdetails{{CINreferralDate: "2026-01-01", ReferralNFA: "false",
			Assessments:          []*cincensus.Assessment{{AssessmentActualStartDate: "2026-01-02"}},
			ChildProtectionPlans: []*cincensus.ChildProtectionPlan{{CPPstartDate: "2026-02-01", NumberOfPreviousCPP: "0"}},
		}},
	}
	r := &cincensus.Return{Header: cincensus.Header{Collection: "CIN", Year: "2026", ReferenceDate: "2026-03-31", LEA: "937"},
		Children: []*cincensus.Child{full, bare}}
	b, err := cinreport.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, empty := range []string{"<Disabilities></Disabilities>", "<FactorsIdentifiedAtAssessment></FactorsIdentifiedAtAssessment>", "<Reviews></Reviews>", "<UPN></UPN>"} {
		if strings.Contains(string(b), empty) {
			t.Errorf("written return has an empty %s", empty)
		}
	}
	if !strings.HasPrefix(string(b), `<?xml version="1.0" encoding="UTF-8"?>`+"\n<Message>") {
		t.Errorf("return does not start with the declaration and <Message>: %.60s", b)
	}
	back, err := cincensus.Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	back.XMLName = r.XMLName
	if !reflect.DeepEqual(back, r) {
		t.Errorf("read back differs:\n%s", b)
	}
}

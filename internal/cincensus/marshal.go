package cincensus

import "encoding/xml"

// Writing a return (internal/cinreport) uses the struct tags, which give the DfE element
// order. encoding/xml writes the parent of an "a>b" field even when the list is empty, so the
// three lists with a wrapping element are written here, leaving the wrapper out when there is
// nothing in it. Parsing is unaffected.

type disabilitiesXML struct {
	Disability []string `xml:"Disability"`
}

type factorsXML struct {
	AssessmentFactors []string `xml:"AssessmentFactors"`
}

type reviewsXML struct {
	CPPreviewDate []string `xml:"CPPreviewDate"`
}

// MarshalXML writes <ChildCharacteristics>, with <Disabilities> only when there are any.
func (c ChildCharacteristics) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	out := struct {
		Ethnicity    string           `xml:"Ethnicity,omitempty"`
		Disabilities *disabilitiesXML `xml:"Disabilities,omitempty"`
	}{Ethnicity: c.Ethnicity}
	if len(c.Disabilities) > 0 {
		out.Disabilities = &disabilitiesXML{c.Disabilities}
	}
	return e.EncodeElement(out, start)
}

// MarshalXML writes <Assessments>, with <FactorsIdentifiedAtAssessment> only when there are any.
func (a Assessment) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	out := struct {
		AssessmentActualStartDate    string      `xml:"AssessmentActualStartDate,omitempty"`
		AssessmentInternalReviewDate string      `xml:"AssessmentInternalReviewDate,omitempty"`
		AssessmentAuthorisationDate  string      `xml:"AssessmentAuthorisationDate,omitempty"`
		Factors                      *factorsXML `xml:"FactorsIdentifiedAtAssessment,omitempty"`
	}{AssessmentActualStartDate: a.AssessmentActualStartDate, AssessmentInternalReviewDate: a.AssessmentInternalReviewDate,
		AssessmentAuthorisationDate: a.AssessmentAuthorisationDate}
	if len(a.Factors) > 0 {
		out.Factors = &factorsXML{a.Factors}
	}
	return e.EncodeElement(out, start)
}

// MarshalXML writes <ChildProtectionPlans>, with <Reviews> only when there are any.
func (p ChildProtectionPlan) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	out := struct {
		CPPstartDate           string      `xml:"CPPstartDate,omitempty"`
		CPPendDate             string      `xml:"CPPendDate,omitempty"`
		InitialCategoryOfAbuse string      `xml:"InitialCategoryOfAbuse,omitempty"`
		LatestCategoryOfAbuse  string      `xml:"LatestCategoryOfAbuse,omitempty"`
		NumberOfPreviousCPP    string      `xml:"NumberOfPreviousCPP,omitempty"`
		Reviews                *reviewsXML `xml:"Reviews,omitempty"`
	}{CPPstartDate: p.CPPstartDate, CPPendDate: p.CPPendDate, InitialCategoryOfAbuse: p.InitialCategoryOfAbuse,
		LatestCategoryOfAbuse: p.LatestCategoryOfAbuse, NumberOfPreviousCPP: p.NumberOfPreviousCPP}
	if len(p.Reviews) > 0 {
		out.Reviews = &reviewsXML{p.Reviews}
	}
	return e.EncodeElement(out, start)
}

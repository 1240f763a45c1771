package codes

// The SSDA903 code sets beyond the episode's (DfE; standards.md §3.2 "Other 903 fields", as the
// 903 validator accepts them for lac2025_26).

// ReviewParticipation is how the child took part in a looked-after review (DfE; 903 rule 167).
var ReviewParticipation = newSet("ReviewParticipation",
	Code{"PN0", "Child aged under 4 at the time of the review"},
	Code{"PN1", "Child physically attends and speaks for themselves"},
	Code{"PN2", "Child physically attends and an advocate speaks on their behalf"},
	Code{"PN3", "Child physically attends and conveys their views by a facilitative medium"},
	Code{"PN4", "Child physically attends but does not speak or convey their views"},
	Code{"PN5", "Child does not attend but briefs an advocate to speak for them"},
	Code{"PN6", "Child does not attend but conveys their feelings by a facilitative medium"},
	Code{"PN7", "Child does not attend nor convey their views"},
)

// SDQReason is why there is no strengths and difficulties questionnaire score (DfE; 903 rule 196).
var SDQReason = newSet("SDQReason",
	Code{"SDQ1", "No form returned as the child was aged under 4 or over 16"},
	Code{"SDQ2", "Carer refused to complete and return the questionnaire"},
	Code{"SDQ3", "Not possible to complete the questionnaire due to the severity of the child's disability"},
	Code{"SDQ4", "Other"},
	Code{"SDQ5", "Young person refused to allow the questionnaire to be completed"},
)

// InTouch is whether the local authority is in touch with a care leaver (DfE; 903 rule 131).
var InTouch = newSet("InTouch",
	Code{"YES", "In touch"},
	Code{"NO", "Not in touch"},
	Code{"DIED", "Died after leaving care"},
	Code{"REFU", "The young person refuses contact"},
	Code{"NREQ", "No longer requires services"},
	Code{"RHOM", "Returned home to parents for 6 months or more"},
)

// Activity is a care leaver's main activity (DfE; 903 rule 132).
var Activity = newSet("Activity",
	Code{"F1", "Full-time in higher education"},
	Code{"P1", "Part-time in higher education"},
	Code{"F2", "Full-time in education other than higher education"},
	Code{"P2", "Part-time in education other than higher education"},
	Code{"F4", "Full-time apprenticeship"},
	Code{"P4", "Part-time apprenticeship"},
	Code{"F5", "Full-time in training or employment"},
	Code{"P5", "Part-time in training or employment"},
	Code{"G4", "Not in education, employment or training: illness or disability"},
	Code{"G5", "Not in education, employment or training: other reasons"},
	Code{"G6", "Not in education, employment or training: pregnancy or parenting"},
)

// Accommodation is a care leaver's accommodation, with whether it is suitable (1) or not (2)
// (DfE; 903 rule 133).
var Accommodation = newSet("Accommodation",
	Code{"B1", "With parents or relatives: suitable"}, Code{"B2", "With parents or relatives: not suitable"},
	Code{"C1", "Community home or other form of residential care: suitable"}, Code{"C2", "Community home or other form of residential care: not suitable"},
	Code{"D1", "Semi-independent, transitional accommodation: suitable"}, Code{"D2", "Semi-independent, transitional accommodation: not suitable"},
	Code{"E1", "Supported lodgings: suitable"}, Code{"E2", "Supported lodgings: not suitable"},
	Code{"G1", "Gone abroad: suitable"}, Code{"G2", "Gone abroad: not suitable"},
	Code{"H1", "Deported: suitable"}, Code{"H2", "Deported: not suitable"},
	Code{"K1", "Ordinary lodgings, without formal support: suitable"}, Code{"K2", "Ordinary lodgings, without formal support: not suitable"},
	Code{"R1", "Residence not known: suitable"}, Code{"R2", "Residence not known: not suitable"},
	Code{"S2", "No fixed abode or homeless: not suitable"},
	Code{"T1", "Foyers and similar supported accommodation: suitable"}, Code{"T2", "Foyers and similar supported accommodation: not suitable"},
	Code{"U1", "Independent living: suitable"}, Code{"U2", "Independent living: not suitable"},
	Code{"V1", "Emergency accommodation: suitable"}, Code{"V2", "Emergency accommodation: not suitable"},
	Code{"W1", "Bed and breakfast: suitable"}, Code{"W2", "Bed and breakfast: not suitable"},
	Code{"X2", "In custody: not suitable"},
	Code{"Y1", "Other accommodation: suitable"}, Code{"Y2", "Other accommodation: not suitable"},
	Code{"Z1", "With former foster carers: suitable"}, Code{"Z2", "With former foster carers: not suitable"},
)

// PreviousPermanence is the permanence option a child had before this period of care
// (DfE; 903 rule 631).
var PreviousPermanence = newSet("PreviousPermanence",
	Code{"P1", "Adoption"},
	Code{"P2", "Special guardianship order"},
	Code{"P3", "Residence order or child arrangements order"},
	Code{"P4", "Unknown"},
	Code{"Z1", "Child has no previous permanence option"},
)

// ReasonPlacedCeased is why a decision that a child should be placed for adoption ended
// (DfE; 903 rule 120).
var ReasonPlacedCeased = newSet("ReasonPlacedCeased",
	Code{"RD1", "The child's needs changed after the decision"},
	Code{"RD2", "The court did not make a placement order"},
	Code{"RD3", "Prospective adopters could not be found"},
	Code{"RD4", "Any other reason"},
)

// AdopterSex is the sex of the adopter or adopters (DfE; 903 rule 176).
var AdopterSex = newSet("AdopterSex",
	Code{"M1", "Single male"}, Code{"F1", "Single female"}, Code{"MM", "Male couple"}, Code{"FF", "Female couple"}, Code{"MF", "Male and female couple"},
)

// AdopterLegalStatus is the legal status of the adopter or adopters (DfE; 903 rule 177).
var AdopterLegalStatus = newSet("AdopterLegalStatus",
	Code{"L0", "Single person"},
	Code{"L11", "Married couple"},
	Code{"L12", "Civil partners"},
	Code{"L2", "Unmarried couple"},
	Code{"L3", "Married or civil partner, adopting alone"},
	Code{"L4", "Step-parent"},
)

// MissingType is whether a child was missing or away without authorisation (DfE; 903 rule 1006).
var MissingType = newSet("MissingType",
	Code{"M", "Missing"},
	Code{"A", "Away from placement without authorisation"},
)

// SWReason is the reason a social worker episode began (DfE; 903 rules SW13STG1, SW15STG2; the
// sw_episodes table's SW_REASON): why the previous worker's involvement ended, or FCONTA, the
// child's first contact with the service, for an episode that follows none (rule SW10bSTG2: it
// starts after any earlier episode has ended).
var SWReason = newSet("SWReason",
	Code{"MANAGE", "Management decision (for example, to balance caseloads)"},
	Code{"FCONTA", "First contact: the case opened, or reopened"},
	Code{"LEFTRL", "Social worker left the role"},
	Code{"ORGRST", "Organisational restructure"},
	Code{"TSPROC", "Case transferred to another team as part of the usual process"},
	Code{"ABSENC", "Social worker's long-term absence"},
	Code{"CHCHAN", "Change requested by the child"},
	Code{"PCCHAN", "Change requested by the parent or carer"},
	Code{"SWDIED", "Social worker died"},
	Code{"OTHERS", "Other reason"},
)

// SWEndReason is why a worker's involvement ended: every SWReason but first contact, which
// begins an episode rather than ending one.
var SWEndReason = newSet("SWEndReason", func() []Code {
	var cs []Code
	for _, c := range SWReason.Codes {
		if c.Value != "FCONTA" {
			cs = append(cs, c)
		}
	}
	return cs
}()...)

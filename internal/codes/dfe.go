package codes

// DfE code sets. Source: /work/shared/reference/standards.md §2.2 (CIN
// census) and §3.2 (SSDA903). Rule numbers are the DfE validation rules
// that check each set.

// Ethnicity is the DfE ethnicity code set (DfE; CIN rule 4220, and the same
// list for 903 ETHNIC, rule 103). standards.md §2.2 and §3.2.
var Ethnicity = newSet("Ethnicity",
	Code{"WBRI", "White British"},
	Code{"WIRI", "White Irish"},
	Code{"WIRT", "Traveller of Irish heritage"},
	Code{"WROM", "Gypsy/Roma"},
	Code{"WOTH", "Any other White background"},
	Code{"MWBC", "White and Black Caribbean"},
	Code{"MWBA", "White and Black African"},
	Code{"MWAS", "White and Asian"},
	Code{"MOTH", "Any other mixed background"},
	Code{"AIND", "Indian"},
	Code{"APKN", "Pakistani"},
	Code{"ABAN", "Bangladeshi"},
	Code{"AOTH", "Any other Asian background"},
	Code{"BCRB", "Caribbean"},
	Code{"BAFR", "African"},
	Code{"BOTH", "Any other Black background"},
	Code{"CHNE", "Chinese"},
	Code{"OOTH", "Any other ethnic group"},
	Code{"REFU", "Refused"},
	Code{"NOBT", "Information not yet obtained"},
)

// Disability is the DfE disability code set (DfE; CIN rule 8540).
// NONE must stand alone (8790) and a child's codes must not repeat (8794).
// standards.md §2.2.
var Disability = newSet("Disability",
	Code{"NONE", "None"},
	Code{"MOB", "Mobility"},
	Code{"HAND", "Hand function"},
	Code{"PC", "Personal care"},
	Code{"INC", "Incontinence"},
	Code{"COMM", "Communication"},
	Code{"LD", "Learning"},
	Code{"HEAR", "Hearing"},
	Code{"VIS", "Vision"},
	Code{"BEH", "Behaviour"},
	Code{"CON", "Consciousness"},
	Code{"AUT", "Autism or Asperger's"},
	Code{"DDA", "Disabled under DDA but not in the other categories"},
)

// Sex is the DfE sex code set used by the CIN census from 2024/25 onwards
// (DfE; CIN rule 4180) and by the 903 from 2024/25 (rule 101). U is
// required for an unborn child (CIN rule 8750). Earlier years used CIN
// GenderCurrent 0/1/2/9 and 903 SEX 1/2; those are not in this set.
// standards.md §2.2 and §3.2.
var Sex = newSet("Sex",
	Code{"M", "Male"},
	Code{"F", "Female"},
	Code{"U", "Unknown/not stated"},
)

// ReferralSource is the DfE referral source code set (DfE; CIN rule 8866).
// standards.md §2.2.
var ReferralSource = newSet("ReferralSource",
	Code{"1A", "Individual: family member, relative or carer"},
	Code{"1B", "Individual: acquaintance (including neighbours and child minders)"},
	Code{"1C", "Individual: self"},
	Code{"1D", "Individual: other (including strangers, MPs)"},
	Code{"2A", "Schools"},
	Code{"2B", "Education services"},
	Code{"3A", "Health services: GP"},
	Code{"3B", "Health services: health visitor"},
	Code{"3C", "Health services: school nurse"},
	Code{"3D", "Health services: other primary health services"},
	Code{"3E", "Health services: A&E"},
	Code{"3F", "Health services: other (for example hospice)"},
	Code{"4", "Housing (LA housing or housing association)"},
	Code{"5A", "LA services: social care (for example adult social care)"},
	Code{"5B", "LA services: other internal (not social care or early help)"},
	Code{"5C", "LA services: external, another LA's services"},
	Code{"5D", "LA services: early help"},
	Code{"6", "Police"},
	Code{"7", "Other legal agency (courts, probation, immigration, CAFCASS, prison)"},
	Code{"8", "Other (children's centres, independent providers, voluntary organisations)"},
	Code{"9", "Anonymous"},
	Code{"10", "Unknown"},
)

// PrimaryNeed is the DfE CIN primary need code set (DfE; CIN rule 8650
// accepts N0-N9). The meanings of N9 and N0 are marked "(recalled)" in
// standards.md §2.2 and are not confirmed. The 903 accepts only N1-N8: use
// CategoryOfNeed there.
var PrimaryNeed = newSet("PrimaryNeed",
	Code{"N1", "Abuse or neglect"},
	Code{"N2", "Child's disability"},
	Code{"N3", "Parental illness or disability"},
	Code{"N4", "Family in acute stress"},
	Code{"N5", "Family dysfunction"},
	Code{"N6", "Socially unacceptable behaviour"},
	Code{"N7", "Low income"},
	Code{"N8", "Absent parenting"},
	Code{"N9", "Cases other than children in need"},
	Code{"N0", "Not stated"},
)

// ClosureReason is the DfE reason-for-closure code set for a CIN episode
// (DfE; CIN rule 8640). RC9 exists: the set is RC1-RC9. standards.md §2.2.
var ClosureReason = newSet("ClosureReason",
	Code{"RC1", "Adopted"},
	Code{"RC2", "Died"},
	Code{"RC3", "Child arrangements order"},
	Code{"RC4", "Special guardianship order"},
	Code{"RC5", "Transferred to services of another LA"},
	Code{"RC6", "Transferred to adult social care"},
	Code{"RC7", "Services ceased for any other reason, including child no longer in need"},
	Code{"RC8", "Case closed after assessment, no further action"},
	Code{"RC9", "Case closed after assessment, referred to early help"},
)

// AbuseCategory is the DfE category-of-abuse code set for child protection
// plans, initial and latest (DfE; CIN rules 8905, 8910). standards.md §2.2.
var AbuseCategory = newSet("AbuseCategory",
	Code{"NEG", "Neglect"},
	Code{"PHY", "Physical abuse"},
	Code{"SAB", "Sexual abuse"},
	Code{"EMO", "Emotional abuse"},
	Code{"MUL", "Multiple"},
)

// AssessmentFactor is the DfE "factors identified at assessment" code set
// (DfE; no validity rule, but 8869: 21 must stand alone; 8898: no
// duplicates). 18A and 19A are retired in favour of the B/C codes (8945Q,
// 8950Q) and are deliberately not in the set. standards.md §2.2.
var AssessmentFactor = newSet("AssessmentFactor",
	Code{"1A", "Alcohol misuse: concerns about the child"},
	Code{"1B", "Alcohol misuse: concerns about a parent or carer"},
	Code{"1C", "Alcohol misuse: concerns about another person in the household"},
	Code{"2A", "Drug misuse: concerns about the child"},
	Code{"2B", "Drug misuse: concerns about a parent or carer"},
	Code{"2C", "Drug misuse: concerns about another person in the household"},
	Code{"3A", "Domestic abuse: concerns about the child"},
	Code{"3B", "Domestic abuse: concerns about a parent or carer"},
	Code{"3C", "Domestic abuse: concerns about another person in the household"},
	Code{"4A", "Mental health: concerns about the child"},
	Code{"4B", "Mental health: concerns about a parent or carer"},
	Code{"4C", "Mental health: concerns about another person in the household"},
	Code{"5A", "Learning disability: concerns about the child"},
	Code{"5B", "Learning disability: concerns about a parent or carer"},
	Code{"5C", "Learning disability: concerns about another person in the household"},
	Code{"6A", "Physical disability or illness: concerns about the child"},
	Code{"6B", "Physical disability or illness: concerns about a parent or carer"},
	Code{"6C", "Physical disability or illness: concerns about another person in the household"},
	Code{"7A", "Young carer"},
	Code{"8B", "Privately fostered: overseas, intend to return"},
	Code{"8C", "Privately fostered: overseas, intend to stay"},
	Code{"8D", "Privately fostered: UK educational placements"},
	Code{"8E", "Privately fostered: UK alternative family arrangements"},
	Code{"8F", "Privately fostered: other"},
	Code{"9A", "Unaccompanied asylum-seeking child"},
	Code{"10A", "Going or being missing"},
	Code{"11A", "Child sexual exploitation"},
	Code{"12A", "Trafficking"},
	Code{"13A", "Gangs"},
	Code{"14A", "Socially unacceptable behaviour"},
	Code{"15A", "Self-harm"},
	Code{"16A", "Neglect"},
	Code{"17A", "Emotional abuse"},
	Code{"18B", "Physical abuse: child on child"},
	Code{"18C", "Physical abuse: adult on child"},
	Code{"19B", "Sexual abuse: child on child"},
	Code{"19C", "Sexual abuse: adult on child"},
	Code{"20", "Other"},
	Code{"21", "No factors identified"},
	Code{"22A", "Female genital mutilation"},
	Code{"23A", "Abuse linked to faith or belief"},
	Code{"24A", "Child criminal exploitation"},
)

// UPNUnknown is the DfE "UPN unknown" reason code set (DfE; CIN 8770Q and
// 8772 accept UN1-UN7; the 903 accepts only UN1-UN5, rule 168). UN6 and UN7
// are CIN-only. The meaning of UN6 is not confirmed in standards.md §2.2.
var UPNUnknown = newSet("UPNUnknown",
	Code{"UN1", "Child is not of school age"},
	Code{"UN2", "Child has never attended a maintained school in England"},
	Code{"UN3", "Child is educated outside England"},
	Code{"UN4", "Child newly recorded; UPN not yet known"},
	Code{"UN5", "Sources collating UPNs disagree"},
	Code{"UN6", "UN6 (CIN only; meaning not confirmed)"},
	Code{"UN7", "Referral with no further action"},
)

// LegalStatus is the SSDA903 legal status (LS) code set (DfE; 903 rule
// 144). Rules 361-364 cap the durations of L1, L2, L3 and J2.
// standards.md §3.2.
var LegalStatus = newSet("LegalStatus",
	Code{"C1", "Interim care order"},
	Code{"C2", "Full care order"},
	Code{"D1", "Freeing order granted"},
	Code{"E1", "Placement order granted"},
	Code{"V2", "Single period of accommodation under s20"},
	Code{"V3", "Series of short breaks, individual episodes recorded"},
	Code{"V4", "Series of short breaks, agreements recorded"},
	Code{"L1", "Under police protection, in LA accommodation"},
	Code{"L2", "Emergency protection order"},
	Code{"L3", "Under a child assessment order, in LA accommodation"},
	Code{"J1", "Remanded to LA or youth detention accommodation"},
	Code{"J2", "Placed in LA accommodation under PACE"},
	Code{"J3", "Sentenced to a youth rehabilitation order with residence or intensive fostering requirement"},
)

// PlacementType is the SSDA903 placement type (PLACE) code set for 2025/26
// (DfE; 903 rule 146). Earlier lists (lac2022_23 to 2024/25) had H5, P2 and
// Z1 instead of K3 and Z11-Z14; those are not in this set.
// Not confirmed: the meaning of K3 (standards.md marks it "recalled": it
// appears to replace H5) and of Z11-Z14 (in the DfE 2025-26 guide, not in
// the reference), so their labels are placeholders. standards.md §3.2.
var PlacementType = newSet("PlacementType",
	Code{"A3", "Placed for adoption with consent, with current foster carer(s)"},
	Code{"A4", "Placed for adoption with consent, not with current foster carer(s)"},
	Code{"A5", "Placed for adoption under a placement order, with current foster carer(s)"},
	Code{"A6", "Placed for adoption under a placement order, not with current foster carer(s)"},
	Code{"K1", "Secure children's home"},
	Code{"K2", "Children's home subject to Children's Homes Regulations"},
	Code{"K3", "Supported accommodation (Ofsted-registered)"},
	Code{"P1", "With own parent(s) or other person(s) with parental responsibility"},
	Code{"P3", "Residential employment"},
	Code{"R1", "Residential care home"},
	Code{"R2", "NHS or health trust establishment providing medical or nursing care"},
	Code{"R3", "Family centre or mother and baby unit"},
	Code{"R5", "Young offender institution"},
	Code{"S1", "Residential school, except where dual-registered as a school and children's home"},
	Code{"T0", "All types of temporary move"},
	Code{"T1", "Temporary period in hospital"},
	Code{"T2", "Temporary absence on holiday"},
	Code{"T3", "Temporary accommodation while the foster carer is on holiday"},
	Code{"T4", "Temporary accommodation of 7 days or less not covered by T1-T3"},
	Code{"U1", "Foster placement with relative(s) or friend(s): long term"},
	Code{"U2", "Foster placement with relative(s) or friend(s): also approved adopter, FFA or concurrent planning"},
	Code{"U3", "Foster placement with relative(s) or friend(s): other"},
	Code{"U4", "Foster placement with other foster carer(s): long term"},
	Code{"U5", "Foster placement with other foster carer(s): also approved adopter, FFA or concurrent planning"},
	Code{"U6", "Foster placement with other foster carer(s): other"},
	Code{"Z11", "Other placement (Z11)"},
	Code{"Z12", "Other placement (Z12)"},
	Code{"Z13", "Other placement (Z13)"},
	Code{"Z14", "Other placement (Z14)"},
)

// PlacementProvider is the SSDA903 placement provider (PLACE_PROVIDER) code
// set (DfE; 903 rule 178). standards.md §3.2.
var PlacementProvider = newSet("PlacementProvider",
	Code{"PR0", "Parent(s) or other person(s) with parental responsibility"},
	Code{"PR1", "Own LA provision, including a regional adoption agency hosted by the LA"},
	Code{"PR2", "Other LA provision"},
	Code{"PR3", "Other public provision"},
	Code{"PR4", "Private provision"},
	Code{"PR5", "Voluntary / third sector provision"},
)

// ReasonNewEpisode is the SSDA903 reason-for-new-episode (RNE) code set
// (DfE; 903 rule 143). standards.md §3.2.
var ReasonNewEpisode = newSet("ReasonNewEpisode",
	Code{"S", "Started to be looked after"},
	Code{"L", "Change of legal status only"},
	Code{"P", "Change of placement and carer(s) only"},
	Code{"T", "Change of placement (same carers) only"},
	Code{"B", "Change of legal status and of placement and carer(s) on the same day"},
	Code{"U", "Change of legal status and of placement (same carers) on the same day"},
)

// ReasonEpisodeCeased is the SSDA903 reason-episode-ceased (REC) code set
// (DfE; 903 rule 149). standards.md §3.2.
var ReasonEpisodeCeased = newSet("ReasonEpisodeCeased",
	Code{"X1", "Episode ceases and a new one begins the same day"},
	Code{"E11", "Adopted, application unopposed"},
	Code{"E12", "Adopted, consent dispensed with"},
	Code{"E2", "Died"},
	Code{"E3", "Care taken over by another UK LA"},
	Code{"E4A", "Returned home to parent(s) or others with parental responsibility, as planned"},
	Code{"E4B", "Returned home, not as part of the care plan"},
	Code{"E13", "Left care to live with parent(s), relative(s) or others without parental responsibility"},
	Code{"E41", "Residence or child arrangements order"},
	Code{"E45", "SGO to former foster carer(s) who are relatives or friends"},
	Code{"E46", "SGO to former foster carer(s) who are not relatives or friends"},
	Code{"E47", "SGO to other carer(s) who are relatives or friends"},
	Code{"E48", "SGO to other carer(s) who are not relatives or friends"},
	Code{"E5", "Independent living with formal support"},
	Code{"E6", "Independent living without formal support"},
	Code{"E7", "Transferred to residential care funded by adult social care"},
	Code{"E9", "Sentenced to custody"},
	Code{"E14", "Accommodation on remand ended"},
	Code{"E15", "Age assessment found the child to be 18 or over"},
	Code{"E16", "Child moved abroad"},
	Code{"E17", "Aged 18+ and stayed with current carers (for example staying put)"},
	Code{"E8", "Any other reason"},
)

// ReasonPlaceChange is the SSDA903 reason-for-placement-change
// (REASON_PLACE_CHANGE) code set, recorded on the ceasing episode (DfE; 903
// rule 1009). standards.md §3.2.
var ReasonPlaceChange = newSet("ReasonPlaceChange",
	Code{"CARPL", "Change to or implementation of care plan"},
	Code{"CLOSE", "Resignation or closure of provision"},
	Code{"ALLEG", "Allegation (s47)"},
	Code{"STAND", "Standards of care concern"},
	Code{"APPRR", "Approval removed"},
	Code{"CREQB", "Carer requests end because of the child's behaviour"},
	Code{"CREQO", "Carer requests end for other reasons"},
	Code{"CHILD", "Child requests end"},
	Code{"LAREQ", "Responsible or area authority requests end"},
	Code{"PLACE", "Change in the status of the placement only"},
	Code{"CUSTOD", "Custody arrangement"},
	Code{"OTHER", "Other"},
)

// CategoryOfNeed is the SSDA903 category-of-need (CIN column) code set:
// N1-N8 with the CIN meanings; N0 and N9 are not valid in the 903 (DfE;
// 903 rule 145). standards.md §3.2.
var CategoryOfNeed = newSet("CategoryOfNeed", PrimaryNeed.Codes[:8:8]...)

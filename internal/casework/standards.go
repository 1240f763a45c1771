package casework

import (
	"fmt"
	"strconv"
	"strings"

	"ourchild/internal/apperr"
	"ourchild/internal/workday"
)

// A Unit is what a standard's number counts.
type Unit string

// The units of the standards.
const (
	WorkingDays       Unit = "working days"
	WorkingDaysBefore Unit = "working days before"
	Days              Unit = "days"
	Weeks             Unit = "weeks"
	Months            Unit = "months"
	Hours             Unit = "hours"
	ConventionUnit    Unit = "convention"
)

// A StandardDef declares one timescale the clocks use: its default, the rule in rules.md it
// comes from and whether the council may loosen it.
type StandardDef struct {
	Name, Label, Rule, Description string
	Unit                           Unit
	Default                        int
	// Statutory standards (statutory guidance or DfE definitions) cannot be switched off and
	// may only be tightened: a local value must be no longer than the default.
	Statutory bool
	Min, Max  int
	field     func(*Standards) *int
}

// Standards are the council's timescales, as the clocks read them. The zero value is not
// useful: start from DefaultStandards or ParseStandards.
type Standards struct {
	ContactDecisionWD     int // R-A01
	AssessmentWD          int // R-A02
	StrategyWD            int // R-A03
	S47WD                 int // R-A04
	ICPCWD                int // R-B01
	ICPCReportWD          int // R-B02, working days before the conference
	RCPCReportWD          int // R-B02
	CoreGroupFirstWD      int // R-B03
	CoreGroupIntervalDays int // R-B03
	RCPCFirstMonths       int // R-B04
	RCPCIntervalMonths    int // R-B04
	CPVisitWD             int // R-B05
	CPPlanAlert1Months    int // R-B07
	CPPlanAlert2Months    int // R-B07
	CPPlanLongMonths      int // R-B07, the DfE's two-year line
	CINPlanDays           int // R-C01: first CIN plan (planning meeting) after the assessment
	CINReviewWeeks        int // R-C01
	CINVisitWD            int // R-C01
	PLOAlertWeeks         int // R-D01
	PLOMaxWeeks           int // R-D01
	EarlyHelpReviewWeeks  int // §2.K, local
	OversightWeeks        int // R-L01/R-L02
	AssessmentUpdateWD    int // local: an assessment updated after a significant change
	// Children in care and care leavers (rules.md §2.E–2.G; clocks_care.go).
	CarePlanWD              int // R-E01, from the first placement
	PlacementPlanWD         int // R-E02, from each placement
	IROWD                   int // R-E04, from the start of care
	CLAReviewFirstWD        int // R-E05
	CLAReviewSecondMonths   int // R-E05
	CLAReviewIntervalMonths int // R-E05
	CLAVisitFirstDays       int // R-E07
	CLAVisitDays            int // R-E07, first year of a placement and placements not until 18
	CLAVisitLongMonths      int // R-E07, after a year in a placement intended to last until 18
	CLAVisitWeeklyDays      int // R-E07, reg 28(3)/(4) and reg 24: "at least once a week" until the first review
	CLAVisitShortDays       int // R-E07, reg 28(4) and reg 24: after the first review
	IHAWD                   int // R-E08
	RHAUnder5Months         int // R-E08
	RHAMonths               int // R-E08, from the 5th birthday
	PEPWD                   int // R-E09
	PEPReviewMonths         int // R-E09, "a term"
	ReturnInterviewHours    int // R-E10
	LeaverAssessmentMonths  int // R-G01, from 16 or becoming eligible later
	PathwayPlanMonths       int // R-G01, local
	PathwayReviewMonths     int // R-G03
	InTouchBeforeMonths     int // D-24, the window around each birthday
	InTouchAfterMonths      int // D-24
	LeaverContactWeeks      int // R-G04 (local): the personal adviser in contact at least this often
	// Permanence (rules.md §2.F).
	LaterLifeLetterWD      int // R-F02, from the adoption ceremony
	ConnectedApprovalWeeks int // CPPCR reg 24: connected persons' temporary approval
	DischargeMonths        int // local: a care order at home this long with no application to discharge it
	DischargePendingWeeks  int // local: an application to discharge a care order undecided this long
	// Other cohorts (rules.md §2.H, §2.J; clocks_cohorts.go).
	PFFirstVisitWD    int // R-H01, from the notification
	PFVisitWeeks      int // R-H02, first year of the arrangement
	PFVisitLaterWeeks int // R-H02, after the first year
	LADOReferralWD    int // R-J01, local
	// Convention is how working days are counted from a clock's start (§1.3).
	Convention workday.Convention
}

// ConventionName is the name of the counting-convention setting.
const ConventionName = "counting_convention"

var standardDefs = []StandardDef{
	{Name: "contact_decision_wd", Label: "Decision on a contact", Rule: "R-A01", Unit: WorkingDays, Default: 1, Min: 1, Max: 10,
		Description: "A decision on what happens next, from the date the contact was received",
		field:       func(s *Standards) *int { return &s.ContactDecisionWD }},
	{Name: "assessment_wd", Label: "Child and family assessment", Rule: "R-A02", Unit: WorkingDays, Default: 45, Statutory: true, Min: 1, Max: 45,
		Description: "Assessment authorised, from the referral date (Working Together: 45 working days is the ceiling)",
		field:       func(s *Standards) *int { return &s.AssessmentWD }},
	{Name: "strategy_discussion_wd", Label: "Strategy discussion", Rule: "R-A03", Unit: WorkingDays, Default: 1, Min: 0, Max: 10,
		Description: "A strategy discussion held, from the decision that one is needed (a contact or assessment outcome)",
		field:       func(s *Standards) *int { return &s.StrategyWD }},
	{Name: "s47_wd", Label: "Section 47 enquiry completed", Rule: "R-A04", Unit: WorkingDays, Default: 10, Min: 1, Max: 15,
		Description: "The enquiry completed, from the strategy discussion that started it",
		field:       func(s *Standards) *int { return &s.S47WD }},
	{Name: "icpc_wd", Label: "Initial child protection conference", Rule: "R-B01", Unit: WorkingDays, Default: 15, Statutory: true, Min: 1, Max: 15,
		Description: "The initial conference held, from the strategy discussion that started the section 47 enquiry",
		field:       func(s *Standards) *int { return &s.ICPCWD }},
	{Name: "icpc_report_wd", Label: "Report shared with parents before an initial conference", Rule: "R-B02", Unit: WorkingDaysBefore, Default: 2, Min: 0, Max: 10,
		Description: "The social worker’s report shared with the parents at least this many working days before the conference",
		field:       func(s *Standards) *int { return &s.ICPCReportWD }},
	{Name: "rcpc_report_wd", Label: "Report shared with parents before a review conference", Rule: "R-B02", Unit: WorkingDaysBefore, Default: 5, Min: 0, Max: 15,
		Description: "The social worker’s report shared with the parents at least this many working days before the conference",
		field:       func(s *Standards) *int { return &s.RCPCReportWD }},
	{Name: "core_group_first_wd", Label: "First core group", Rule: "R-B03", Unit: WorkingDays, Default: 10, Min: 1, Max: 20,
		Description: "The first core group meeting, from the initial conference that made the plan",
		field:       func(s *Standards) *int { return &s.CoreGroupFirstWD }},
	{Name: "core_group_interval_days", Label: "Core groups after the first", Rule: "R-B03", Unit: Days, Default: 28, Min: 7, Max: 62,
		Description: "Each core group meeting, from the date of the last one",
		field:       func(s *Standards) *int { return &s.CoreGroupIntervalDays }},
	{Name: "rcpc_first_months", Label: "First review conference", Rule: "R-B04", Unit: Months, Default: 3, Statutory: true, Min: 1, Max: 3,
		Description: "The first review conference, from the initial conference",
		field:       func(s *Standards) *int { return &s.RCPCFirstMonths }},
	{Name: "rcpc_interval_months", Label: "Review conferences after the first", Rule: "R-B04", Unit: Months, Default: 6, Statutory: true, Min: 1, Max: 6,
		Description: "Each review conference, from the last one, while the plan continues",
		field:       func(s *Standards) *int { return &s.RCPCIntervalMonths }},
	{Name: "cp_visit_wd", Label: "Visits to a child on a child protection plan", Rule: "R-B05", Unit: WorkingDays, Default: 10, Min: 1, Max: 20,
		Description: "The child seen, from the plan start and then from the last visit at which the child was seen",
		field:       func(s *Standards) *int { return &s.CPVisitWD }},
	{Name: "cp_plan_alert_months", Label: "Child protection plan open: first alert", Rule: "R-B07", Unit: Months, Default: 9, Min: 1, Max: 24,
		Description: "Plans open this long are flagged for management review",
		field:       func(s *Standards) *int { return &s.CPPlanAlert1Months }},
	{Name: "cp_plan_alert2_months", Label: "Child protection plan open: second alert", Rule: "R-B07", Unit: Months, Default: 18, Min: 1, Max: 24,
		Description: "Plans open this long are flagged again",
		field:       func(s *Standards) *int { return &s.CPPlanAlert2Months }},
	{Name: "cp_plan_long_months", Label: "Child protection plan open two years or more", Rule: "R-B07", Unit: Months, Default: 24, Statutory: true, Min: 1, Max: 24,
		Description: "The DfE reports plans lasting two years or more",
		field:       func(s *Standards) *int { return &s.CPPlanLongMonths }},
	{Name: "cin_plan_days", Label: "Child in need plan after the assessment", Rule: "R-C01", Unit: Days, Default: 10, Min: 1, Max: 31,
		Description: "The first child in need planning meeting (the plan's start), from the assessment that decided on a plan",
		field:       func(s *Standards) *int { return &s.CINPlanDays }},
	{Name: "cin_review_weeks", Label: "Child in need reviews", Rule: "R-C01", Unit: Weeks, Default: 6, Min: 4, Max: 12,
		Description: "Each review, from the plan start and then from the last review",
		field:       func(s *Standards) *int { return &s.CINReviewWeeks }},
	{Name: "cin_visit_wd", Label: "Visits to a child on a child in need plan", Rule: "R-C01", Unit: WorkingDays, Default: 20, Min: 1, Max: 40,
		Description: "The child seen, from the plan start and then from the last visit at which the child was seen",
		field:       func(s *Standards) *int { return &s.CINVisitWD }},
	{Name: "plo_alert_weeks", Label: "Pre-proceedings: alert", Rule: "R-D01", Unit: Weeks, Default: 12, Min: 1, Max: 16,
		Description: "Pre-proceedings still open this long after the letter before proceedings is flagged",
		field:       func(s *Standards) *int { return &s.PLOAlertWeeks }},
	{Name: "plo_max_weeks", Label: "Pre-proceedings: decision", Rule: "R-D01", Unit: Weeks, Default: 16, Min: 1, Max: 26,
		Description: "A decision to step out or issue proceedings, from the letter before proceedings",
		field:       func(s *Standards) *int { return &s.PLOMaxWeeks }},
	{Name: "early_help_review_weeks", Label: "Early help reviews", Rule: "§2.K (local)", Unit: Weeks, Default: 12, Min: 2, Max: 26,
		Description: "Each team around the family review, from the episode start and then from the last review",
		field:       func(s *Standards) *int { return &s.EarlyHelpReviewWeeks }},
	{Name: "oversight_weeks", Label: "Management oversight of each child", Rule: "R-L01", Unit: Weeks, Default: 8, Min: 1, Max: 13,
		Description: "Recorded management oversight, from the referral and then from the last oversight (at least every two months)",
		field:       func(s *Standards) *int { return &s.OversightWeeks }},
	{Name: "assessment_update_wd", Label: "Assessment updated after a significant change", Rule: "Local", Unit: WorkingDays, Default: 10, Min: 1, Max: 45,
		Description: "An assessment completed after a visit or case note records a significant change in the child’s circumstances",
		field:       func(s *Standards) *int { return &s.AssessmentUpdateWD }},
	{Name: "care_plan_wd", Label: "Care plan", Rule: "R-E01", Unit: WorkingDays, Default: 10, Statutory: true, Min: 0, Max: 10,
		Description: "The care plan, before the first placement or within this many working days of its start (CPPCR reg 4)",
		field:       func(s *Standards) *int { return &s.CarePlanWD }},
	{Name: "placement_plan_wd", Label: "Placement plan", Rule: "R-E02", Unit: WorkingDays, Default: 5, Statutory: true, Min: 0, Max: 5,
		Description: "The placement plan, before each placement or within this many working days of its start (CPPCR reg 9)",
		field:       func(s *Standards) *int { return &s.PlacementPlanWD }},
	{Name: "iro_wd", Label: "Independent reviewing officer appointed", Rule: "R-E04", Unit: WorkingDays, Default: 5, Statutory: true, Min: 0, Max: 5,
		Description: "An independent reviewing officer appointed, from the date the child became looked after (IRO Handbook)",
		field:       func(s *Standards) *int { return &s.IROWD }},
	{Name: "cla_review_first_wd", Label: "First looked-after review", Rule: "R-E05", Unit: WorkingDays, Default: 20, Statutory: true, Min: 1, Max: 20,
		Description: "The first review, from the date the child became looked after (CPPCR reg 33)",
		field:       func(s *Standards) *int { return &s.CLAReviewFirstWD }},
	{Name: "cla_review_second_months", Label: "Second looked-after review", Rule: "R-E05", Unit: Months, Default: 3, Statutory: true, Min: 1, Max: 3,
		Description: "The second review, from the first",
		field:       func(s *Standards) *int { return &s.CLAReviewSecondMonths }},
	{Name: "cla_review_interval_months", Label: "Looked-after reviews after the second", Rule: "R-E05", Unit: Months, Default: 6, Statutory: true, Min: 1, Max: 6,
		Description: "Each review, from the last one, while the child is looked after",
		field:       func(s *Standards) *int { return &s.CLAReviewIntervalMonths }},
	{Name: "cla_visit_first_days", Label: "First visit in a placement", Rule: "R-E07", Unit: Days, Default: 7, Statutory: true, Min: 1, Max: 7,
		Description: "A statutory visit (child seen), from the start of any placement (CPPCR reg 28)",
		field:       func(s *Standards) *int { return &s.CLAVisitFirstDays }},
	{Name: "cla_visit_days", Label: "Statutory visits to a child in care", Rule: "R-E07", Unit: Days, Default: 42, Statutory: true, Min: 7, Max: 42,
		Description: "Each visit from the last, in the first year of a placement, and after it where the placement is not intended to last until 18",
		field:       func(s *Standards) *int { return &s.CLAVisitDays }},
	{Name: "cla_visit_long_months", Label: "Statutory visits in a long-term placement", Rule: "R-E07", Unit: Months, Default: 3, Statutory: true, Min: 1, Max: 3,
		Description: "Each visit from the last, after the first year of a placement intended to last until the child is 18",
		field:       func(s *Standards) *int { return &s.CLAVisitLongMonths }},
	{Name: "cla_visit_weekly_days", Label: "Weekly visits until the first review", Rule: "R-E07", Unit: Days, Default: 7, Statutory: true, Min: 1, Max: 7,
		Description: "Each visit from the last, until the first review, for a child placed with a parent before the parent’s assessment is complete, with connected persons approved temporarily, or living with a parent on an interim care order (CPPCR reg 28(3), (4))",
		field:       func(s *Standards) *int { return &s.CLAVisitWeeklyDays }},
	{Name: "cla_visit_short_days", Label: "Visits after the first review: connected persons approved temporarily, interim care order at home", Rule: "R-E07", Unit: Days, Default: 28, Statutory: true, Min: 7, Max: 28,
		Description: "Each visit from the last, after the first review, for a child with connected persons approved temporarily or living with a parent on an interim care order (CPPCR reg 28(4))",
		field:       func(s *Standards) *int { return &s.CLAVisitShortDays }},
	{Name: "iha_wd", Label: "Initial health assessment", Rule: "R-E08", Unit: WorkingDays, Default: 20, Statutory: true, Min: 1, Max: 20,
		Description: "The initial health assessment, from the date the child became looked after (in time for the first review)",
		field:       func(s *Standards) *int { return &s.IHAWD }},
	{Name: "rha_under5_months", Label: "Review health assessments under 5", Rule: "R-E08", Unit: Months, Default: 6, Statutory: true, Min: 1, Max: 6,
		Description: "Each review health assessment, from the last health assessment, before the child’s 5th birthday (CPPCR reg 7)",
		field:       func(s *Standards) *int { return &s.RHAUnder5Months }},
	{Name: "rha_months", Label: "Review health assessments from 5", Rule: "R-E08", Unit: Months, Default: 12, Statutory: true, Min: 1, Max: 12,
		Description: "Each review health assessment, from the last health assessment, once the child is 5",
		field:       func(s *Standards) *int { return &s.RHAMonths }},
	{Name: "pep_wd", Label: "Personal education plan", Rule: "R-E09", Unit: WorkingDays, Default: 10, Statutory: true, Min: 1, Max: 10,
		Description: "The first personal education plan, from the date the child became looked after",
		field:       func(s *Standards) *int { return &s.PEPWD }},
	{Name: "pep_review_months", Label: "Personal education plan reviews (a term)", Rule: "R-E09", Unit: Months, Default: 4, Statutory: true, Min: 1, Max: 4,
		Description: "Each review from the last: the plan is reviewed every term; without the council’s term dates a term is taken as 4 months",
		field:       func(s *Standards) *int { return &s.PEPReviewMonths }},
	{Name: "return_interview_hours", Label: "Return interview after a missing episode", Rule: "R-E10", Unit: Hours, Default: 72, Statutory: true, Min: 1, Max: 72,
		Description: "The return interview, from the date and time the child returned or was found",
		field:       func(s *Standards) *int { return &s.ReturnInterviewHours }},
	{Name: "leaver_assessment_months", Label: "Needs assessment of an eligible child", Rule: "R-G01", Unit: Months, Default: 3, Statutory: true, Min: 1, Max: 3,
		Description: "The needs assessment, from the 16th birthday or, if later, the start of leaving care support (CPPCR reg 42)",
		field:       func(s *Standards) *int { return &s.LeaverAssessmentMonths }},
	{Name: "pathway_plan_months", Label: "Pathway plan", Rule: "R-G01 (local)", Unit: Months, Default: 3, Min: 1, Max: 6,
		Description: "The pathway plan, from the 16th birthday or, if later, the start of leaving care support",
		field:       func(s *Standards) *int { return &s.PathwayPlanMonths }},
	{Name: "pathway_review_months", Label: "Pathway plan reviews", Rule: "R-G03", Unit: Months, Default: 6, Statutory: true, Min: 1, Max: 6,
		Description: "Each review, from the pathway plan and then from the last review",
		field:       func(s *Standards) *int { return &s.PathwayReviewMonths }},
	{Name: "in_touch_before_months", Label: "In touch: window before each birthday", Rule: "D-24 (local)", Unit: Months, Default: 3, Min: 0, Max: 6,
		Description: "A care leaver’s contact counts for a birthday (17 to 21) from this many months before it",
		field:       func(s *Standards) *int { return &s.InTouchBeforeMonths }},
	{Name: "in_touch_after_months", Label: "In touch: window after each birthday", Rule: "D-24 (local)", Unit: Months, Default: 1, Min: 0, Max: 6,
		Description: "… and up to this many months after it",
		field:       func(s *Standards) *int { return &s.InTouchAfterMonths }},
	// R-G04: the regulations leave the frequency of a personal adviser's contact to the pathway
	// plan; eight weeks is the common local standard (rules.md R-G04).
	{Name: "leaver_contact_weeks", Label: "Personal adviser contact with a care leaver", Rule: "R-G04 (local)", Unit: Weeks, Default: 8, Min: 1, Max: 26,
		Description: "A relevant or former relevant care leaver in touch with their personal adviser, from the adviser's allocation and then from the last contact in touch",
		field:       func(s *Standards) *int { return &s.LeaverContactWeeks }},
	{Name: "connected_approval_weeks", Label: "Temporary approval of connected persons", Rule: "Reg 24", Unit: Weeks, Default: 16, Statutory: true, Min: 1, Max: 16,
		Description: "Relatives or friends approved temporarily as foster carers (CPPCR reg 24) approved in full within this many weeks of the placement; an extension under reg 25 adds up to 8",
		field:       func(s *Standards) *int { return &s.ConnectedApprovalWeeks }},
	{Name: "later_life_letter_wd", Label: "Later-life letter", Rule: "R-F02", Unit: WorkingDays, Default: 10, Statutory: true, Min: 1, Max: 10,
		Description: "The later-life letter given to the adopters, from the adoption ceremony (adoption statutory guidance, chapter 5)",
		field:       func(s *Standards) *int { return &s.LaterLifeLetterWD }},
	// Not statutory. Whether the care order is still needed is a question for each
	// looked-after review, and reviews are at most six months apart: by six months at home on
	// a care order at least one review has seen the placement with parents and it has had time
	// to settle, so that is when the team manager is asked to look at an application to
	// discharge (docs/clocks.md).
	{Name: "discharge_months", Label: "Care order at home: application to discharge", Rule: "Local", Unit: Months, Default: 6, Min: 1, Max: 24,
		Description: "A child on a full care order (C2) placed with a parent (P1) this long with no application to discharge the care order is flagged",
		field:       func(s *Standards) *int { return &s.DischargeMonths }},
	// Care proceedings are to finish within 26 weeks (Children Act 1989 s.32); a discharge
	// application has no statutory limit, so the same figure is used as the point to ask why.
	{Name: "discharge_pending_weeks", Label: "Application to discharge a care order undecided", Rule: "Local", Unit: Weeks, Default: 26, Min: 4, Max: 52,
		Description: "An application to discharge a care order still waiting for the court’s decision this long is flagged",
		field:       func(s *Standards) *int { return &s.DischargePendingWeeks }},
	{Name: "pf_first_visit_wd", Label: "First visit to a privately fostered child", Rule: "R-H01", Unit: WorkingDays, Default: 7, Statutory: true, Min: 1, Max: 7,
		Description: "A visit (child seen), from the date the council was notified of the arrangement (Children (Private Arrangements for Fostering) Regulations 2005, reg 4)",
		field:       func(s *Standards) *int { return &s.PFFirstVisitWD }},
	{Name: "pf_visit_weeks", Label: "Private fostering visits in the first year", Rule: "R-H02", Unit: Weeks, Default: 6, Statutory: true, Min: 1, Max: 6,
		Description: "Each visit from the last, in the first year from the notification (reg 8)",
		field:       func(s *Standards) *int { return &s.PFVisitWeeks }},
	{Name: "pf_visit_later_weeks", Label: "Private fostering visits after the first year", Rule: "R-H02", Unit: Weeks, Default: 12, Statutory: true, Min: 1, Max: 12,
		Description: "Each visit from the last, after the first year from the notification (reg 8)",
		field:       func(s *Standards) *int { return &s.PFVisitLaterWeeks }},
	{Name: "lado_referral_wd", Label: "Allegation referred to the designated officer (LADO)", Rule: "R-J01 (local)", Unit: WorkingDays, Default: 1, Min: 0, Max: 5,
		Description: "The employer’s referral to the designated officer, from the date it learned of the allegation (“without delay”; local procedures say one working day)",
		field:       func(s *Standards) *int { return &s.LADOReferralWD }},
	{Name: ConventionName, Label: "Counting working days", Rule: "§1.3", Unit: ConventionUnit,
		Description: "day0: the start date is day 0 (as the DfE counts); inclusive: the start date, if a working day, is day 1"},
}

// StandardDefs returns the declarations of every standard, in the order the admin page shows
// them.
func StandardDefs() []StandardDef { return append([]StandardDef(nil), standardDefs...) }

// StandardDefOf returns the declaration of the standard called name.
func StandardDefOf(name string) (StandardDef, bool) {
	for _, d := range standardDefs {
		if d.Name == name {
			return d, true
		}
	}
	return StandardDef{}, false
}

// DefaultStandards returns every standard at its default.
func DefaultStandards() Standards {
	var s Standards
	for _, d := range standardDefs {
		if d.field != nil {
			*d.field(&s) = d.Default
		}
	}
	s.Convention = workday.Day0
	return s
}

// Value returns the standard called name as text ("45", "day0").
func (s Standards) Value(name string) string {
	if name == ConventionName {
		return s.Convention.String()
	}
	if d, ok := StandardDefOf(name); ok && d.field != nil {
		return strconv.Itoa(*d.field(&s))
	}
	return ""
}

// DefaultText returns the default as text.
func (d StandardDef) DefaultText() string {
	if d.Unit == ConventionUnit {
		return workday.Day0.String()
	}
	return strconv.Itoa(d.Default)
}

// Check returns why value is not acceptable for the standard, or "".
func (d StandardDef) Check(value string) string {
	value = strings.TrimSpace(value)
	if d.Unit == ConventionUnit {
		if _, err := workday.ParseConvention(value); err != nil || value == "" {
			return "Choose how working days are counted: day0 or inclusive"
		}
		return ""
	}
	n, err := strconv.Atoi(value)
	switch {
	case value == "":
		return fmt.Sprintf("Enter the number of %s for %s", d.Unit, lowerFirst(d.Label))
	case err != nil:
		return fmt.Sprintf("%s must be a whole number of %s, like %d", d.Label, d.Unit, d.Default)
	case d.Statutory && n > d.Default:
		return fmt.Sprintf("%s is set by statutory guidance at %d %s: a council may shorten it but not make it longer than %d",
			d.Label, d.Default, d.Unit, d.Default)
	case n < d.Min:
		return fmt.Sprintf("%s must be at least %d %s", d.Label, d.Min, d.Unit)
	case n > d.Max:
		return fmt.Sprintf("%s must be at most %d %s", d.Label, d.Max, d.Unit)
	}
	return ""
}

// ParseStandards reads the council's stored values (by standard name) over the defaults.
// Every value that is not acceptable (unknown name, not a number, looser than a statutory
// timescale, out of range) is reported as a field error named after the standard; the
// Standards returned keep the default for those, so a bad stored value never stops the clocks.
func ParseStandards(values map[string]string) (Standards, error) {
	s := DefaultStandards()
	var fe apperr.FieldErrors
	for _, d := range standardDefs {
		v, ok := values[d.Name]
		if !ok {
			continue
		}
		if msg := d.Check(v); msg != "" {
			fe.Add(d.Name, "%s", msg)
			continue
		}
		v = strings.TrimSpace(v)
		if d.Unit == ConventionUnit {
			s.Convention, _ = workday.ParseConvention(v)
			continue
		}
		*d.field(&s), _ = strconv.Atoi(v)
	}
	for name := range values {
		if _, ok := StandardDefOf(name); !ok {
			fe.Add(name, "There is no local standard called %q", name)
		}
	}
	return s, fe.Err()
}

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

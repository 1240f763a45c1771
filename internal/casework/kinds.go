package casework

import (
	"strings"

	"ourchild/internal/apperr"
	"ourchild/internal/codes"
	"ourchild/internal/date"
)

// set builds a local choice list from value, label pairs.
func set(name string, pairs ...string) *codes.Set {
	cs := make([]codes.Code, 0, len(pairs)/2)
	for i := 0; i+1 < len(pairs); i += 2 {
		cs = append(cs, codes.Code{Value: pairs[i], Label: pairs[i+1]})
	}
	return codes.NewSet(name, cs...)
}

// labelOr is the label of code v in s, or none when v is blank: a record's summary before the
// question it names is answered.
func labelOr(s *codes.Set, v, none string) string {
	if v == "" {
		return none
	}
	return s.Label(v)
}

// Local choice lists. None of these is a DfE code set; the DfE sets come from internal/codes.
var (
	agencies = set("Agency",
		"csc", "Children's social care", "police", "Police", "health", "Health",
		"education", "Education or early years setting", "early_help", "Early help",
		"probation", "Probation", "housing", "Housing", "adult_care", "Adult social care",
		"mental_health", "Adult mental health services", "substance", "Drug and alcohol services",
		"other_la", "Another local authority", "voluntary", "Voluntary sector", "other", "Other")
	consent = set("Consent",
		"given", "Given", "refused", "Refused", "overridden", "Not sought or overridden: a child may be at risk of significant harm")
	// Levels is the continuum of need: the council's threshold document, as configured.
	Levels = set("Level",
		"universal", "Universal services", "early_help", "Early help (targeted)",
		"cin", "Child in need (section 17)", "cp", "Child protection (section 47)",
		"pre_proceedings", "Pre-proceedings (PLO)", "care", "Child in care")
	contactDecisions = set("ContactDecision",
		"nfa", "No further action", "advice", "Information and advice given",
		"early_help", "Early help", "referral", "Referral to children's social care (assessment)",
		"strategy", "Referral to children's social care and strategy discussion")
	assessmentOutcomes = set("AssessmentOutcome",
		"nfa", "No further action", "early_help", "Step down to early help",
		"cin_plan", "Child in need plan", "strategy", "Strategy discussion",
		"other", "Other (say which in the analysis)")
	communication = set("Communication",
		"talking", "Talking with the child", "play", "Play and drawing",
		"three_houses", "Three Houses or Wizards and Fairies", "makaton", "Makaton",
		"bsl", "British Sign Language", "symbols", "Pictures, symbols or objects of reference",
		"aac", "Communication aid or device", "interpreter", "Interpreter",
		"observation", "Observation (the child does not use words)", "advocate", "Advocate")
	domesticAbuse = set("DomesticAbuse",
		"yes", "Yes, domestic abuse is part of this child’s experience", "no", "No", "unknown", "Not yet known")
	strategyDecisions = set("StrategyDecision",
		"s47", "Section 47 enquiry", "no_s47", "No section 47 enquiry: continue assessment or support under section 17",
		"nfa", "No further action")
	// s47Outcomes follows the Standard Safeguarding Dataset's section 47 outcome list.
	s47Outcomes = set("S47Outcome",
		"icpc", "Initial child protection conference", "monitor", "Other agency to monitor",
		"assessment", "No further action under section 47: continue the assessment",
		"legal", "Initiate legal action", "services", "Provision of services (section 17)",
		"short_breaks", "Short breaks", "nfa", "No further action", "other", "Other")
	conferenceTypes = set("ConferenceType",
		"initial", "Initial child protection conference", "review", "Review child protection conference")
	conferenceDecisions = set("ConferenceDecision",
		"cp_plan", "The child needs a child protection plan", "continue", "The plan continues",
		"end_cin", "No plan (or the plan ends): support as a child in need",
		"end_eh", "No plan (or the plan ends): step down to early help",
		"end_nfa", "No plan (or the plan ends): no further action")
	attended = set("Attended",
		"yes", "Attended", "part", "Attended part", "views", "Did not attend; views shared", "no", "Did not attend")
	shared = set("ReportShared",
		"in_person", "In person, read through with the parent", "post", "By post", "email", "By email",
		"interpreter", "With an interpreter", "not_shared", "Not shared (say why)")
	visitTypes = set("VisitType",
		"cp", "Child protection visit", "cin", "Child in need visit", "cla", "Statutory visit to a child in care", "assessment", "Assessment visit",
		"early_help", "Early help visit", "pf", "Private fostering visit", "other", "Other visit")
	seenAlone = set("SeenAlone",
		"yes", "Yes", "no", "No", "not_appropriate", "Not appropriate (age or understanding)", "refused", "The child did not want to be seen alone")
	ehOutcomes = set("EarlyHelpOutcome",
		"met", "Needs met", "step_up", "Stepped up to children's social care",
		"withdrew", "Family withdrew consent", "moved", "Moved away", "universal", "Universal services only", "other", "Other")
	reviewDecisions = set("ReviewDecision",
		"continue", "Plan continues", "end", "Plan ends: needs met", "step_up", "Step up: strategy discussion or child protection",
		"step_down", "Step down to early help")
	ploOutcomes = set("PLOOutcome",
		"step_out", "Step out of pre-proceedings: enough has changed", "issue", "Issue care proceedings",
		"extend", "Extend pre-proceedings (say why)")
	noteTypes = set("NoteType",
		"phone", "Phone call", "meeting", "Meeting", "email", "Email or letter", "professional", "Professional discussion",
		"other", "Other")
)

func actionsRows(name, label string) Field {
	return Field{Name: name, Label: label, Type: Rows, Columns: []Field{
		{Name: name + ".action", Label: "Action", Type: Text},
		{Name: name + ".owner", Label: "Who (person and agency)", Type: Text, Required: true},
		{Name: name + ".due", Label: "By when", Type: Date},
	}}
}

// The kinds, in the order a child's journey meets them.
var (
	Contact = register(&Kind{
		Name: "contact", Label: "Contact", Start: "received", Fields: []Field{
			{Name: "received", Label: "Date and time the contact was received", Type: DateTime, Required: true},
			{Name: "source", Label: "Who got in touch (referral source)", Type: Choice, Options: codes.ReferralSource, Required: true},
			{Name: "referrer", Label: "Referrer’s name, role and how to reach them", Type: Text},
			{Name: "worry", Label: "What is the worry?", Type: Textarea, Required: true, Missing: "Enter the worry", Hint: "In the referrer’s words where you can: what happened, to whom, when, and what the child said"},
			{Name: "consent", Label: "Parental consent to share information", Type: Choice, Options: consent, Required: true},
			{Name: "consent_reason", Label: "Why consent was refused or not sought, and what was decided", Type: Textarea},
			{Name: "out_of_hours", Label: "Received by the emergency duty team (out of hours)", Type: YesNo},
			{Name: "checks_requested", Label: "Multi-agency checks requested", Type: Choices, Options: agencies, Section: "Screening"},
			{Name: "checks_returned", Label: "Multi-agency checks returned", Type: Choices, Options: agencies},
			{Name: "threshold", Label: "Level of need (threshold applied)", Type: Choice, Options: Levels,
				Hint: "The level in the council’s threshold document that the child’s needs meet"},
			{Name: "decision", Label: "Decision", Type: Choice, Options: contactDecisions, Section: "Decision"},
			{Name: "decided", Label: "Date and time of the decision", Type: DateTime},
			{Name: "rationale", Label: "Rationale for the decision", Type: Textarea, Hint: "Why this response is right for this child, and what was weighed"},
			{Name: "agreed_by", Label: "Manager who agreed the decision", Type: Text, Manager: true},
			{Name: "referrer_told", Label: "Date the referrer was told the outcome", Type: Date},
		},
		Check: func(it *Item, fe *apperr.FieldErrors, today date.Date) {
			c := it.Get("consent")
			need(it, fe, c == "refused" || c == "overridden", "consent_reason", "Enter why consent was refused or not sought")
			hasDecision := it.Get("decision") != ""
			need(it, fe, hasDecision, "decided", "Enter the date and time of the decision")
			need(it, fe, hasDecision, "rationale", "Enter the rationale for the decision")
			need(it, fe, it.Get("decided") != "", "decision", "Select the decision")
			need(it, fe, hasDecision, "threshold", "Select the level of need the decision applied")
			order(it, fe, "received", "decided")
			order(it, fe, "received", "referrer_told")
		},
		Summary: func(it *Item) string {
			s := codes.ReferralSource.Label(it.Get("source"))
			if d := it.Get("decision"); d != "" {
				s += " — " + contactDecisions.Label(d)
			} else {
				s += " — awaiting decision"
			}
			return s
		},
	})

	EarlyHelp = register(&Kind{
		Name: "early_help", Label: "Early help episode", Episode: true, Start: "start", End: "end", Fields: []Field{
			{Name: "start", Label: "Start date", Type: Date, Required: true},
			{Name: "reason", Label: "Why the family needs early help", Type: Textarea, Required: true},
			{Name: "consent", Label: "The family consented to early help", Type: YesNo, Required: true, Hint: "Early help is voluntary"},
			{Name: "lead", Label: "Lead practitioner and agency", Type: Text, Required: true},
			{Name: "assessed", Label: "Early help assessment completed", Type: Date, Section: "Assessment and plan"},
			{Name: "worries", Label: "Worries", Type: Lines},
			{Name: "working_well", Label: "What’s working well", Type: Lines},
			{Name: "goals", Label: "Wellbeing goals", Type: Lines},
			{Name: "planned", Label: "Plan agreed with the family", Type: Date},
			actionsRows("plan", "Plan actions"),
			{Name: "end", Label: "End date", Type: Date, Section: "Ending"},
			{Name: "outcome", Label: "Outcome", Type: Choice, Options: ehOutcomes},
			{Name: "sustainability", Label: "How was it tested that the change will last?", Type: Textarea},
		},
		Check: func(it *Item, fe *apperr.FieldErrors, today date.Date) {
			order(it, fe, "start", "assessed")
			order(it, fe, "assessed", "planned")
			order(it, fe, "start", "end")
			need(it, fe, it.Get("end") != "", "outcome", "Select the outcome of the episode")
			need(it, fe, it.Get("outcome") == "met", "sustainability", "Enter how it was tested that the change will last")
			need(it, fe, it.Get("outcome") != "", "end", "Enter the end date")
		},
		Summary: func(it *Item) string { return it.Get("lead") },
	})

	FamilyMeeting = register(&Kind{
		Name: "family_meeting", Label: "Team around the family meeting", Parent: "early_help", Start: "date", Fields: []Field{
			{Name: "date", Label: "Date of the meeting", Type: Date, Required: true},
			{Name: "attendees", Label: "Who came", Type: Textarea, Required: true},
			{Name: "progress", Label: "Progress against the plan", Type: Textarea, Required: true},
			{Name: "scale", Label: "Family’s scaling (0 to 10)", Type: Scale},
			{Name: "next", Label: "Date of the next review", Type: Date},
		},
		Check:   func(it *Item, fe *apperr.FieldErrors, today date.Date) { order(it, fe, "date", "next") },
		Summary: func(it *Item) string { return firstLine(it.Get("progress")) },
	})

	Referral = register(&Kind{
		Name: "referral", Label: "Referral (child in need episode)", Episode: true, Start: "referral_date", End: "closure_date", Fields: []Field{
			{Name: "referral_date", Label: "Referral date", Type: Date, Required: true},
			{Name: "source", Label: "Referral source", Type: Choice, Options: codes.ReferralSource, Required: true},
			{Name: "primary_need", Label: "Primary need", Type: Choice, Options: codes.PrimaryNeed,
				Hint: "Record it once the assessment shows it; required at closure unless the referral led to no further action"},
			{Name: "nfa", Label: "The referral led to no further action", Type: YesNo, Required: true},
			{Name: "closure_date", Label: "Closure date", Type: Date, Section: "Closure"},
			{Name: "closure_reason", Label: "Reason for closure", Type: Choice, Options: codes.ClosureReason},
		},
		Check: func(it *Item, fe *apperr.FieldErrors, today date.Date) {
			need(it, fe, !it.Is("nfa") && it.Get("closure_date") != "", "primary_need", "Select the primary need: the referral led to further action")
			need(it, fe, it.Get("closure_date") != "", "closure_reason", "Select the reason for closure")
			need(it, fe, it.Get("closure_reason") != "", "closure_date", "Enter the closure date")
			order(it, fe, "referral_date", "closure_date")
		},
		Summary: func(it *Item) string {
			s := codes.ReferralSource.Label(it.Get("source"))
			if n := it.Get("primary_need"); n != "" {
				s += " — " + codes.PrimaryNeed.Label(n)
			}
			return s
		},
	})

	Assessment = register(&Kind{
		Name: "assessment", Label: "Child and family assessment", Parent: "referral", Start: "start", End: "authorised", Fields: []Field{
			{Name: "start", Label: "Assessment start date", Type: Date, Required: true},
			{Name: "target", Label: "Target date for this child", Type: Date, Manager: true,
				Hint: "Set by the manager from the child’s needs; 45 working days from referral is the ceiling, not the target"},
			{Name: "harm", Label: "Harm: what has happened to the child", Type: Lines, Section: "What are we worried about?",
				Hint: "One item a line, with when and who said so"},
			{Name: "danger", Label: "Danger statements: what could happen if nothing changes", Type: Lines},
			{Name: "complicating", Label: "Complicating factors", Type: Lines},
			{Name: "strengths", Label: "Existing strengths and safety", Type: Lines, Section: "What’s working well?"},
			{Name: "goals", Label: "Safety goals: what needs to happen", Type: Lines, Section: "What needs to happen?"},
			{Name: "next_steps", Label: "Next steps", Type: Lines},
			{Name: "scale_worker", Label: "Social worker’s safety scaling (0 to 10)", Type: Scale, Section: "Scaling",
				Hint: "10: everyone knows the child is safe enough to close the case; 0: the child cannot live at home"},
			{Name: "scale_family", Label: "Family’s scaling (0 to 10)", Type: Scale},
			{Name: "scale_partners", Label: "Partners’ scaling (0 to 10)", Type: Scale},
			{Name: "wishes", Label: "The child’s wishes and feelings", Type: Textarea, Section: "The child’s voice",
				Hint: "What the child said, showed or did, in their words"},
			{Name: "how_gathered", Label: "How the child’s views were gathered", Type: Choices, Options: communication},
			{Name: "history", Label: "History", Type: Textarea, Section: "History and identity", Hint: "The significant events in the chronology, and what they mean for the child"},
			{Name: "identity", Label: "Identity: race, religion, ethnicity, culture and language", Type: Textarea,
				Hint: "What matters to this child about who they are, and how the plan will respect it"},
			{Name: "domestic_abuse", Label: "Is domestic abuse part of this child’s experience?", Type: Choice, Options: domesticAbuse},
			{Name: "analysis", Label: "Analysis", Type: Textarea, Section: "Analysis",
				Hint: "Not a description: what the information means for the child, what is likely to happen, and why"},
			{Name: "factors", Label: "Factors identified at the end of assessment", Type: Choices, Options: codes.AssessmentFactor},
			{Name: "outcome", Label: "Outcome", Type: Choice, Options: assessmentOutcomes},
			{Name: "completed", Label: "Date the worker completed the assessment", Type: Date, Section: "Completion and authorisation"},
			{Name: "authorised", Label: "Date the manager authorised the assessment", Type: Date, Manager: true},
		},
		Check: func(it *Item, fe *apperr.FieldErrors, today date.Date) {
			done := it.Get("completed") != "" || it.Get("authorised") != ""
			for _, f := range []string{"wishes", "analysis", "factors", "outcome", "identity"} {
				need(it, fe, done, f, "Complete "+lowerFirst(it.K().Field(f).Label)+" before the assessment is completed")
			}
			need(it, fe, done, "how_gathered", "Select how the child’s views were gathered")
			need(it, fe, it.Get("authorised") != "", "completed", "Enter the date the worker completed the assessment")
			if fs := it.List("factors"); contains(fs, "21") && len(fs) > 1 {
				fe.Add("factors", "“No factors identified” cannot be chosen with other factors")
			}
			order(it, fe, "start", "completed")
			order(it, fe, "completed", "authorised")
			order(it, fe, "start", "authorised")
			order(it, fe, "start", "target")
		},
		Summary: func(it *Item) string { return labelOr(assessmentOutcomes, it.Get("outcome"), "In progress") },
	})

	Strategy = register(&Kind{
		Name: "strategy", Label: "Strategy discussion", Parent: "referral", Start: "held", Fields: []Field{
			{Name: "held", Label: "Date and time of the strategy discussion", Type: DateTime, Required: true},
			{Name: "agencies", Label: "Agencies taking part", Type: Choices, Options: agencies, Required: true,
				Hint: "Children’s social care, police and health must take part"},
			{Name: "attendees", Label: "Names and roles of those taking part", Type: Textarea, Required: true},
			{Name: "information", Label: "Information shared and the risks identified", Type: Textarea, Required: true},
			{Name: "decision", Label: "Decision", Type: Choice, Options: strategyDecisions, Required: true},
			{Name: "rationale", Label: "Rationale", Type: Textarea, Required: true},
			actionsRows("actions", "Actions"),
		},
		Check: func(it *Item, fe *apperr.FieldErrors, today date.Date) {
			for _, a := range []string{"csc", "police", "health"} {
				if !contains(it.List("agencies"), a) {
					fe.Add("agencies", "A strategy discussion must include children’s social care, police and health")
					return
				}
			}
		},
		Summary: func(it *Item) string { return strategyDecisions.Label(it.Get("decision")) },
	})

	Section47 = register(&Kind{
		Name: "s47", Label: "Section 47 enquiry", Parent: "referral", Start: "start", End: "completed", Fields: []Field{
			{Name: "start", Label: "Start date (the strategy discussion that started the enquiry)", Type: Date, Required: true},
			{Name: "findings", Label: "Findings", Type: Textarea},
			{Name: "outcome", Label: "Outcome", Type: Choice, Options: s47Outcomes},
			{Name: "icpc_needed", Label: "An initial child protection conference is needed", Type: YesNo},
			{Name: "completed", Label: "Date the enquiry was completed", Type: Date},
		},
		Check: func(it *Item, fe *apperr.FieldErrors, today date.Date) {
			done := it.Get("completed") != ""
			need(it, fe, done, "outcome", "Select the outcome of the enquiry")
			need(it, fe, done, "icpc_needed", "Select whether an initial child protection conference is needed")
			need(it, fe, done, "findings", "Enter the findings")
			if it.Get("outcome") == "icpc" && it.Get("icpc_needed") == "no" {
				fe.Add("icpc_needed", "The outcome is an initial conference: an initial child protection conference is needed")
			}
			order(it, fe, "start", "completed")
		},
		Summary: func(it *Item) string { return labelOr(s47Outcomes, it.Get("outcome"), "In progress") },
	})

	Conference = register(&Kind{
		Name: "conference", Label: "Child protection conference", Parent: "referral", Start: "date", Fields: []Field{
			{Name: "type", Label: "Type of conference", Type: Choice, Options: conferenceTypes, Required: true},
			{Name: "date", Label: "Date of the conference", Type: Date, Required: true},
			{Name: "chair", Label: "Chair", Type: Text, Required: true},
			{Name: "report_shared", Label: "Date the social worker’s report was shared with the parents", Type: Date, Section: "The report"},
			{Name: "shared_how", Label: "How it was shared", Type: Choice, Options: shared},
			{Name: "agencies", Label: "Agencies that attended", Type: Choices, Options: agencies, Section: "Who took part"},
			{Name: "parents", Label: "Parents", Type: Choice, Options: attended},
			{Name: "child", Label: "The child", Type: Choice, Options: attended},
			{Name: "social_worker", Label: "The social worker attended", Type: YesNo},
			{Name: "decision", Label: "Decision", Type: Choice, Options: conferenceDecisions, Section: "Decision"},
			{Name: "category", Label: "Category of abuse", Type: Choice, Options: codes.AbuseCategory,
				Hint: "Required when the child needs, or continues on, a child protection plan"},
			{Name: "rationale", Label: "Rationale", Type: Textarea},
			{Name: "next_review", Label: "Date of the next review conference", Type: Date},
		},
		Check: func(it *Item, fe *apperr.FieldErrors, today date.Date) {
			d := it.Get("decision")
			if it.Get("type") == "initial" && d == "continue" {
				fe.Add("decision", "An initial conference decides whether a plan is needed; “the plan continues” is for review conferences")
			}
			if it.Get("type") == "review" && d == "cp_plan" {
				fe.Add("decision", "A review conference continues or ends the plan")
			}
			need(it, fe, d == "cp_plan" || d == "continue", "category", "Select the category of abuse: a child protection plan needs a category")
			need(it, fe, d != "", "rationale", "Enter the rationale for the decision")
			need(it, fe, d == "cp_plan" || d == "continue", "next_review", "Enter the date of the next review conference")
			need(it, fe, it.Get("shared_how") == "not_shared", "rationale", "Enter why the report was not shared")
			order(it, fe, "report_shared", "date")
			order(it, fe, "date", "next_review")
			if d != "" && it.Get("date") > today.String() {
				fe.Add("decision", "The conference has not happened yet: record its decision on the day")
			}
		},
		Summary: func(it *Item) string { return labelOr(conferenceDecisions, it.Get("decision"), "Planned") },
	})

	CPPlan = register(&Kind{
		Name: "cp_plan", Label: "Child protection plan", Parent: "referral", Episode: true, Start: "start", End: "end", Fields: []Field{
			{Name: "start", Label: "Plan start date (the conference date)", Type: Date, Required: true},
			{Name: "initial_category", Label: "Initial category of abuse", Type: Choice, Options: codes.AbuseCategory, Required: true},
			{Name: "latest_category", Label: "Latest category of abuse", Type: Choice, Options: codes.AbuseCategory, Required: true},
			{Name: "outline", Label: "Outline plan", Type: Textarea},
			actionsRows("actions", "Plan actions"),
			{Name: "end", Label: "Plan end date", Type: Date, Section: "Ending", Hint: "Only a review conference ends a plan"},
			{Name: "end_reason", Label: "Why the plan ended", Type: Textarea},
		},
		Check: func(it *Item, fe *apperr.FieldErrors, today date.Date) {
			order(it, fe, "start", "end")
			need(it, fe, it.Get("end") != "", "end_reason", "Enter why the plan ended")
		},
		Summary: func(it *Item) string { return codes.AbuseCategory.Label(it.Get("latest_category")) },
	})

	CoreGroup = register(&Kind{
		Name: "core_group", Label: "Core group meeting", Parent: "cp_plan", Start: "date", Fields: []Field{
			{Name: "date", Label: "Date of the meeting", Type: Date, Required: true},
			{Name: "attendees", Label: "Who came", Type: Textarea, Required: true},
			{Name: "progress", Label: "Progress against the plan, and the child’s experience since the last meeting", Type: Textarea, Required: true},
			{Name: "scale", Label: "Safety scaling (0 to 10)", Type: Scale},
			actionsRows("actions", "Actions"),
		},
		Summary: func(it *Item) string { return firstLine(it.Get("progress")) },
	})

	CINPlan = register(&Kind{
		Name: "cin_plan", Label: "Child in need plan", Parent: "referral", Episode: true, Start: "start", End: "end", Fields: []Field{
			{Name: "start", Label: "Plan start date", Type: Date, Required: true},
			{Name: "goal", Label: "What will be different for the child", Type: Textarea, Required: true},
			{Name: "changes", Label: "Plan", Type: Rows, Columns: []Field{
				{Name: "changes.what", Label: "What will change for the child", Type: Text, Required: true},
				{Name: "changes.who", Label: "Who does it (person and agency)", Type: Text, Required: true},
				{Name: "changes.by", Label: "By when", Type: Date, Required: true},
				{Name: "changes.measure", Label: "How we will know", Type: Text, Required: true},
			}},
			{Name: "end", Label: "Plan end date", Type: Date, Section: "Ending"},
			{Name: "end_reason", Label: "Why the plan ended", Type: Textarea},
		},
		Check: func(it *Item, fe *apperr.FieldErrors, today date.Date) {
			if len(it.List("changes.what")) == 0 {
				fe.Add("changes.what", "Enter at least one thing that will change for the child, who does it, by when and how we will know")
			}
			order(it, fe, "start", "end")
			need(it, fe, it.Get("end") != "", "end_reason", "Enter why the plan ended")
		},
		Summary: func(it *Item) string { return firstLine(it.Get("goal")) },
	})

	CINReview = register(&Kind{
		Name: "cin_review", Label: "Child in need review", Parent: "cin_plan", Start: "date", Fields: []Field{
			{Name: "date", Label: "Date of the review", Type: Date, Required: true},
			{Name: "attendees", Label: "Who came (including partner agencies)", Type: Textarea, Required: true},
			{Name: "progress", Label: "Progress for the child against each part of the plan", Type: Textarea, Required: true},
			{Name: "child_views", Label: "The child’s views", Type: Textarea},
			{Name: "decision", Label: "Decision", Type: Choice, Options: reviewDecisions, Required: true},
		},
		Summary: func(it *Item) string { return reviewDecisions.Label(it.Get("decision")) },
	})

	PreProceedings = register(&Kind{
		Name: "plo", Label: "Pre-proceedings (Public Law Outline)", Parent: "referral", Episode: true, Start: "lpm", End: "outcome_date", Fields: []Field{
			{Name: "lpm", Label: "Date of the legal planning meeting", Type: Date, Required: true},
			{Name: "lpm_decision", Label: "What the legal planning meeting decided, and why", Type: Textarea, Required: true},
			{Name: "worries", Label: "What we are worried about", Type: Textarea, Section: "Letter before proceedings",
				Hint: "Plain English, no jargon: what has happened to the child and why it matters"},
			{Name: "must_change", Label: "What has to change", Type: Textarea, Hint: "What the parents need to do, and by when"},
			{Name: "support", Label: "The support already given, and its impact", Type: Textarea},
			{Name: "support_offered", Label: "The support we will give now", Type: Textarea},
			{Name: "letter", Label: "Date the letter before proceedings was sent", Type: Date},
			{Name: "meeting", Label: "Date of the pre-proceedings meeting", Type: Date, Section: "Meetings"},
			{Name: "reviews", Label: "Dates of review meetings (one a line, as 2026-05-31)", Type: Lines},
			{Name: "outcome", Label: "Outcome", Type: Choice, Options: ploOutcomes, Section: "Outcome"},
			{Name: "outcome_date", Label: "Date of the outcome decision", Type: Date},
			{Name: "outcome_reason", Label: "Why", Type: Textarea},
		},
		Check: func(it *Item, fe *apperr.FieldErrors, today date.Date) {
			letter := it.Get("letter") != ""
			for _, f := range []string{"worries", "must_change", "support", "support_offered"} {
				need(it, fe, letter, f, "Enter "+lowerFirst(it.K().Field(f).Label)+": the letter says it")
			}
			order(it, fe, "lpm", "letter")
			order(it, fe, "letter", "meeting")
			order(it, fe, "lpm", "outcome_date")
			need(it, fe, it.Get("outcome") != "", "outcome_date", "Enter the date of the outcome decision")
			need(it, fe, it.Get("outcome_date") != "" && it.Get("outcome") != "extend", "outcome", "Select the outcome")
			need(it, fe, it.Get("outcome") != "", "outcome_reason", "Enter why")
			for _, r := range it.List("reviews") {
				if !validDateOnly(r) {
					fe.Add("reviews", "Review meeting dates must be real dates written like 2026-05-31")
					break
				}
			}
		},
		Summary: func(it *Item) string { return labelOr(ploOutcomes, it.Get("outcome"), "In pre-proceedings") },
	})

	Transition = register(&Kind{
		Name: "transition", Label: "Change of level (step up or step down)", Start: "date", Fields: []Field{
			{Name: "date", Label: "Date of the decision", Type: Date, Required: true},
			{Name: "from", Label: "From", Type: Choice, Options: Levels, Required: true},
			{Name: "to", Label: "To", Type: Choice, Options: Levels, Required: true},
			{Name: "threshold", Label: "The threshold applied", Type: Textarea, Required: true,
				Hint: "Which part of the threshold document this child’s needs meet, with the evidence"},
			{Name: "rationale", Label: "Rationale", Type: Textarea, Required: true},
			{Name: "decided_by", Label: "Who made the decision", Type: Text, Required: true},
			{Name: "receiving", Label: "Receiving service or team", Type: Text},
			{Name: "consent", Label: "The family consented", Type: YesNo, Hint: "Required for early help, which is voluntary"},
			{Name: "sustainability", Label: "How was it tested that the change will last?", Type: Textarea,
				Hint: "Required for a step down from children’s social care"},
		},
		Check: func(it *Item, fe *apperr.FieldErrors, today date.Date) {
			from, to := it.Get("from"), it.Get("to")
			if from == to {
				fe.Add("to", "The child moves to a different level: choose where they move to")
			}
			need(it, fe, to == "early_help", "consent", "Select whether the family consented: early help is voluntary")
			down := levelRank(to) < levelRank(from) && levelRank(from) >= levelRank("cin")
			need(it, fe, down, "sustainability", "Enter how it was tested that the change will last")
		},
		Summary: func(it *Item) string {
			return Levels.Label(it.Get("from")) + " → " + Levels.Label(it.Get("to"))
		},
	})

	Visit = register(&Kind{
		Name: "visit", Label: "Visit", Start: "date", Fields: []Field{
			{Name: "date", Label: "Date of the visit", Type: Date, Required: true},
			{Name: "type", Label: "Type of visit", Type: Choice, Options: visitTypes, Required: true},
			{Name: "seen", Label: "The child was seen", Type: YesNo, Required: true},
			{Name: "seen_alone", Label: "The child was seen alone", Type: Choice, Options: seenAlone, Required: true},
			{Name: "not_seen_reason", Label: "Why the child was not seen, or not seen alone", Type: Textarea},
			{Name: "bedroom", Label: "The child’s bedroom was seen", Type: YesNo},
			{Name: "voice", Label: "What the child said, showed or did", Type: Textarea, Required: true, Hint: "The child’s voice, in their words"},
			{Name: "direct_work", Label: "Direct work", Type: Textarea},
			{Name: "observations", Label: "Observations and analysis", Type: Textarea},
			{Name: "significant_change", Label: "There has been a significant change in the child’s circumstances", Type: YesNo,
				Hint: "The assessment will need updating"},
		},
		Check: func(it *Item, fe *apperr.FieldErrors, today date.Date) {
			need(it, fe, it.Get("seen") == "no" || it.Get("seen_alone") == "no" || it.Get("seen_alone") == "refused",
				"not_seen_reason", "Enter why the child was not seen, or not seen alone")
			if it.Get("seen") == "no" && it.Get("seen_alone") == "yes" {
				fe.Add("seen_alone", "The child was not seen, so cannot have been seen alone")
			}
			notFuture(it, fe, today, "date")
		},
		Summary: func(it *Item) string {
			s := visitTypes.Label(it.Get("type"))
			switch {
			case it.Get("seen") == "no":
				s += " — child not seen"
			case it.Get("seen_alone") == "yes":
				s += " — seen alone"
			default:
				s += " — seen"
			}
			return s
		},
	})

	CaseNote = register(&Kind{
		Name: "case_note", Label: "Case note", Start: "date", Fields: []Field{
			{Name: "date", Label: "Date", Type: Date, Required: true},
			{Name: "type", Label: "Type", Type: Choice, Options: noteTypes, Required: true},
			{Name: "subject", Label: "Subject", Type: Text, Required: true},
			{Name: "note", Label: "Note", Type: Textarea, Required: true},
			{Name: "significant_change", Label: "There has been a significant change in the child’s circumstances", Type: YesNo},
		},
		Summary: func(it *Item) string { return it.Get("subject") },
	})

	Oversight = register(&Kind{
		Name: "oversight", Label: "Management oversight", Start: "date", ManagerOnly: true, Fields: []Field{
			{Name: "date", Label: "Date", Type: Date, Required: true},
			{Name: "context", Label: "Where the oversight happened", Type: Choice, Required: true, Options: set("OversightContext",
				"supervision", "Case supervision", "review", "Case review", "decision", "Management decision", "audit", "Audit follow-up")},
			{Name: "experience", Label: "The child’s lived experience now", Type: Textarea, Required: true},
			{Name: "reflection", Label: "Reflection and analysis", Type: Textarea, Required: true,
				Hint: "Hypotheses, what is working, what worries us, what we have not yet understood"},
			{Name: "decisions", Label: "Decisions and the manager’s rationale", Type: Textarea, Required: true},
			actionsRows("actions", "Actions"),
			{Name: "next", Label: "Next oversight due", Type: Date},
		},
		Check:   func(it *Item, fe *apperr.FieldErrors, today date.Date) { order(it, fe, "date", "next") },
		Summary: func(it *Item) string { return firstLine(it.Get("decisions")) },
	})
)

// levelRank orders the continuum of need.
func levelRank(l string) int {
	for i, c := range Levels.Codes {
		if c.Value == l {
			return i
		}
	}
	return -1
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	if r := []rune(s); len(r) > 120 {
		s = string(r[:117]) + "…"
	}
	return s
}

func validDateOnly(s string) bool { return len(s) == 10 && validDateTime(s+"T00:00") }

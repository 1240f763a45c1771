package casework

import (
	"strconv"
	"strings"

	"ourchild/internal/apperr"
	"ourchild/internal/date"
)

// The other cohorts (issue 4, item 8): disabled children (the decision to transfer to the
// children with disabilities team, short breaks), private fostering, 16- and 17-year-olds
// presenting as homeless, children missing education, elective home education, and
// allegations against people who work with children. Rules: rules.md §2.H–2.J, R-G07, §2.K.
// Visits to a privately fostered child are visits of type "pf" (kinds.go); their clocks are in
// clocks_cohorts.go.

var (
	// The council's criteria for the children with disabilities team. Every council words its
	// own; these are the common ones (substantial and permanent, complex health, needs that
	// arise mainly from the disability).
	cwdCriteria = set("CWDCriteria",
		"substantial_permanent", "A substantial and permanent disability or impairment",
		"complex_health", "Complex health needs that need specialist care",
		"arise_from_disability", "The child’s needs arise mainly from the disability, not from parenting or family circumstances",
		"severe_learning", "A severe or profound learning disability",
		"autism_severe", "Autism with severe impact on daily living",
		"sensory", "A severe sensory impairment",
		"life_limiting", "A life-limiting condition")
	cwdDecisions = set("CWDDecision",
		"transfer", "Transfer to the children with disabilities team", "not_transfer", "Stay with the current team")
	shortBreakTypes = set("ShortBreakType",
		"overnight", "Overnight short breaks", "day", "Day or evening short breaks", "direct_payment", "Direct payment",
		"community", "Community activity with support", "other", "Other")
	pfDecisions = set("PFSuitability",
		"suitable", "Suitable", "suitable_conditions", "Suitable, with requirements", "not_suitable", "Not suitable: prohibition considered")
	pfEndReasons = set("PFEnded",
		"returned_parent", "The child returned to a parent", "order", "An order (child arrangements or special guardianship) was made",
		"age", "The child reached 16 (18 if disabled)", "looked_after", "The child became looked after",
		"moved", "The child moved away", "other", "Other")
	homelessRoutes = set("HomelessRoute",
		"csc", "Children’s social care", "housing", "Housing", "other", "Another agency")
	homelessOutcomes = set("HomelessOutcome",
		"s20", "Looked after (section 20)", "housing_support", "Accommodated by housing, with support from children’s services (section 17)",
		"home", "Returned home or to family", "other", "Other")
	homelessStays = set("HomelessStay",
		"family", "Family or friends", "supported", "Supported accommodation", "foster", "Emergency foster care",
		"hostel", "Hostel", "bb", "Bed and breakfast (not suitable for 16 and 17-year-olds)", "other", "Other")
	cmeOutcomes = set("CMEOutcome",
		"on_roll", "Found and on a school roll", "ehe", "Found: educated at home", "moved_la", "Found in another council’s area (referred to them)",
		"abroad", "Left the country", "not_found", "Not found after all enquiries", "other", "Other")
	eheSuitability = set("EHESuitability",
		"suitable", "Suitable full-time education", "not_suitable", "Not suitable: school attendance order considered",
		"not_known", "Not yet known")
	ladoCategories = set("LADOCategory",
		"harm", "Harmed a child or may have harmed a child", "offence", "Possibly committed a criminal offence against or related to a child",
		"risk", "Behaved in a way that indicates they may pose a risk of harm to children",
		"unsuitable", "Behaved in a way that indicates they may not be suitable to work with children")
	ladoOutcomes = set("LADOOutcome",
		"substantiated", "Substantiated", "unsubstantiated", "Unsubstantiated", "false", "False",
		"malicious", "Malicious", "unfounded", "Unfounded")
)

// Cohort kinds.
var (
	CWDTransfer = register(&Kind{
		Name: "cwd_transfer", Label: "Transfer to the children with disabilities team", Start: "requested", Fields: []Field{
			{Name: "requested", Label: "Date the transfer was asked for", Type: Date, Required: true},
			{Name: "disability", Label: "The child’s disability or condition", Type: Textarea, Required: true,
				Hint: "Diagnosis where there is one, and how it affects the child day to day"},
			{Name: "criteria", Label: "The council’s criteria the child meets", Type: Choices, Options: cwdCriteria, Section: "Criteria"},
			{Name: "decision", Label: "Decision", Type: Choice, Options: cwdDecisions, Manager: true, Section: "Decision"},
			{Name: "decided", Label: "Date of the decision", Type: Date, Manager: true},
			{Name: "rationale", Label: "Reasons for the decision", Type: Textarea, Manager: true},
			{Name: "receiving_team", Label: "Receiving team", Type: Text},
			{Name: "transferred", Label: "Date the case transferred", Type: Date},
		},
		Check: func(it *Item, fe *apperr.FieldErrors, today date.Date) {
			order(it, fe, "requested", "decided")
			order(it, fe, "decided", "transferred")
			dec := it.Get("decision")
			need(it, fe, dec != "", "decided", "Enter the date of the decision")
			need(it, fe, dec != "", "rationale", "Enter the reasons for the decision")
			need(it, fe, it.Get("decided") != "", "decision", "Select the decision")
			need(it, fe, dec == "transfer", "criteria", "Select the criteria the child meets: a transfer needs at least one")
			need(it, fe, dec == "transfer", "receiving_team", "Enter the receiving team")
			if it.Get("transferred") != "" && dec != "transfer" {
				fe.Add("transferred", "Only a decision to transfer has a date the case transferred")
			}
			notFuture(it, fe, today, "requested", "decided", "transferred")
		},
		Summary: func(it *Item) string { return labelOr(cwdDecisions, it.Get("decision"), "Decision awaited") },
	})

	ShortBreak = register(&Kind{
		Name: "short_break", Label: "Short breaks", Episode: true, Start: "start", End: "end", Fields: []Field{
			{Name: "start", Label: "Start date", Type: Date, Required: true},
			{Name: "type", Label: "Type of short break", Type: Choice, Options: shortBreakTypes, Required: true,
				Hint: "Overnight stays of a looked-after child under section 20 (legal status V3 or V4) are also recorded as a period of care"},
			{Name: "provider", Label: "Provider", Type: Text, Required: true},
			{Name: "hours", Label: "Hours a month", Type: Text, Hint: "A whole number, like 16"},
			{Name: "review", Label: "Date of the next review", Type: Date},
			{Name: "end", Label: "End date", Type: Date, Section: "Ending"},
		},
		Check: func(it *Item, fe *apperr.FieldErrors, today date.Date) {
			order(it, fe, "start", "end")
			order(it, fe, "start", "review")
			if h := it.Get("hours"); h != "" {
				if n, err := strconv.Atoi(h); err != nil || n < 0 || n > 744 {
					fe.Add("hours", "Hours a month must be a whole number from 0 to 744, like 16")
				}
			}
		},
		Summary: func(it *Item) string {
			s := shortBreakTypes.Label(it.Get("type")) + " — " + it.Get("provider")
			if h := it.Get("hours"); h != "" {
				s += ", " + h + " hours a month"
			}
			return s
		},
	})

	PrivateFostering = register(&Kind{
		Name: "private_fostering", Label: "Private fostering arrangement", Episode: true, Start: "notified", End: "ended", Fields: []Field{
			{Name: "notified", Label: "Date the council was notified", Type: Date, Required: true,
				Hint: "Or the date it otherwise became aware of the arrangement: the visits are counted from it"},
			{Name: "arrangement_start", Label: "Date the arrangement started or will start", Type: Date},
			{Name: "carer", Label: "Private foster carer", Type: Text, Required: true},
			{Name: "carer_relationship", Label: "Who the carer is to the child", Type: Text, Hint: "Not a parent or close relative"},
			{Name: "parent_consent", Label: "A parent agrees to the arrangement", Type: YesNo, Required: true},
			{Name: "parent_contact", Label: "How the parents keep in touch with the child", Type: Textarea},
			{Name: "assessed", Label: "Date the suitability assessment was completed", Type: Date, Section: "Suitability"},
			{Name: "suitability", Label: "Decision on the suitability of the arrangement", Type: Choice, Options: pfDecisions},
			{Name: "ended", Label: "Date the arrangement ended", Type: Date, Section: "Ending"},
			{Name: "end_reason", Label: "Why the arrangement ended", Type: Choice, Options: pfEndReasons},
		},
		Check: func(it *Item, fe *apperr.FieldErrors, today date.Date) {
			order(it, fe, "notified", "assessed")
			order(it, fe, "notified", "ended")
			order(it, fe, "arrangement_start", "ended")
			need(it, fe, it.Get("assessed") != "", "suitability", "Select the decision on the suitability of the arrangement")
			need(it, fe, it.Get("suitability") != "", "assessed", "Enter the date the suitability assessment was completed")
			need(it, fe, it.Get("ended") != "", "end_reason", "Select why the arrangement ended")
			need(it, fe, it.Get("end_reason") != "", "ended", "Enter the date the arrangement ended")
			notFuture(it, fe, today, "notified", "assessed", "ended")
		},
		Summary: func(it *Item) string {
			s := "Privately fostered by " + it.Get("carer")
			if d := it.Get("suitability"); d != "" {
				s += " — " + pfDecisions.Label(d)
			}
			return s
		},
	})

	Homeless = register(&Kind{
		Name: "homeless_16_17", Label: "16 or 17-year-old presenting as homeless", Start: "presented", Fields: []Field{
			{Name: "presented", Label: "Date the young person presented as homeless", Type: Date, Required: true},
			{Name: "route", Label: "Where they presented", Type: Choice, Options: homelessRoutes, Required: true},
			{Name: "stay", Label: "Where they stayed while assessed", Type: Choice, Options: homelessStays},
			{Name: "assessed", Label: "Date of the joint assessment with housing", Type: Date, Section: "Assessment"},
			{Name: "informed", Label: "The young person was told, in a way they understood, what being looked after under section 20 would mean, and what they would lose by declining it",
				Type: YesNo},
			{Name: "views", Label: "What the young person wants, in their words", Type: Textarea},
			{Name: "outcome", Label: "Outcome", Type: Choice, Options: homelessOutcomes, Section: "Outcome"},
			{Name: "outcome_date", Label: "Date of the outcome", Type: Date},
			{Name: "rationale", Label: "Reasons", Type: Textarea},
		},
		Check: func(it *Item, fe *apperr.FieldErrors, today date.Date) {
			order(it, fe, "presented", "assessed")
			order(it, fe, "assessed", "outcome_date")
			out := it.Get("outcome")
			need(it, fe, out != "", "assessed", "Enter the date of the joint assessment: an outcome follows an assessment")
			need(it, fe, out != "", "outcome_date", "Enter the date of the outcome")
			need(it, fe, out != "", "rationale", "Enter the reasons for the outcome")
			need(it, fe, it.Get("outcome_date") != "", "outcome", "Select the outcome")
			// Southwark: a young person owed section 20 may be housed otherwise only by their own
			// informed choice, recorded.
			if out == "housing_support" && it.Get("informed") != "yes" {
				fe.Add("informed", "A young person can be housed without being looked after only when they chose it knowing what section 20 would give them: record that they were told")
			}
			need(it, fe, out == "housing_support", "views", "Enter what the young person wants, in their words: their choice decides the outcome")
			notFuture(it, fe, today, "presented", "assessed", "outcome_date")
		},
		Summary: func(it *Item) string { return labelOr(homelessOutcomes, it.Get("outcome"), "Assessment under way") },
	})

	CME = register(&Kind{
		Name: "cme", Label: "Child missing education", Episode: true, Start: "reported", End: "resolved", Fields: []Field{
			{Name: "reported", Label: "Date the child was reported missing education", Type: Date, Required: true},
			{Name: "reported_by", Label: "Who reported it", Type: Text, Required: true, Hint: "The school, or the person or agency"},
			{Name: "school", Label: "Last school", Type: Text},
			{Name: "ground", Label: "Why the school is removing the child from its roll", Type: Text},
			{Name: "enquiries", Label: "Enquiries made", Type: Lines, Hint: "One a line: date, who was asked, what they said"},
			{Name: "resolved", Label: "Date the child was found or the enquiries ended", Type: Date, Section: "Outcome"},
			{Name: "outcome", Label: "Outcome", Type: Choice, Options: cmeOutcomes},
		},
		Check: func(it *Item, fe *apperr.FieldErrors, today date.Date) {
			order(it, fe, "reported", "resolved")
			need(it, fe, it.Get("resolved") != "", "outcome", "Select the outcome")
			need(it, fe, it.Get("outcome") != "", "resolved", "Enter the date the child was found or the enquiries ended")
			need(it, fe, it.Get("outcome") == "not_found", "enquiries", "Enter the enquiries made before deciding the child cannot be found")
			notFuture(it, fe, today, "reported", "resolved")
		},
		Summary: func(it *Item) string {
			return labelOr(cmeOutcomes, it.Get("outcome"), "Missing education: enquiries under way")
		},
	})

	EHE = register(&Kind{
		Name: "ehe", Label: "Elective home education", Episode: true, Start: "notified", End: "ended", Fields: []Field{
			{Name: "notified", Label: "Date the council was told the child is educated at home", Type: Date, Required: true},
			{Name: "school", Label: "Previous school", Type: Text},
			{Name: "reason", Label: "Why the family chose home education", Type: Textarea},
			{Name: "visited", Label: "Date of the visit to the home", Type: Date, Section: "Visit"},
			{Name: "child_seen", Label: "The child was seen", Type: YesNo},
			{Name: "child_views", Label: "What the child said about their education", Type: Textarea},
			{Name: "suitability", Label: "Decision on whether the education is suitable", Type: Choice, Options: eheSuitability, Section: "Decision"},
			{Name: "decided", Label: "Date of the decision", Type: Date},
			{Name: "ended", Label: "Date home education ended", Type: Date, Section: "Ending", Hint: "The child returned to school or moved away"},
		},
		Check: func(it *Item, fe *apperr.FieldErrors, today date.Date) {
			order(it, fe, "notified", "visited")
			order(it, fe, "notified", "decided")
			order(it, fe, "notified", "ended")
			need(it, fe, it.Get("visited") != "", "child_seen", "Select whether the child was seen")
			s := it.Get("suitability")
			need(it, fe, s != "" && s != "not_known", "decided", "Enter the date of the decision")
			need(it, fe, it.Get("decided") != "", "suitability", "Select the decision on whether the education is suitable")
			notFuture(it, fe, today, "notified", "visited", "decided", "ended")
		},
		Summary: func(it *Item) string {
			return labelOr(eheSuitability, it.Get("suitability"), "Home educated: suitability not yet decided")
		},
	})

	LADO = register(&Kind{
		Name: "lado", Label: "Allegation against a person who works with children (LADO)", Episode: true, Start: "received", End: "concluded",
		Fields: []Field{
			{Name: "known", Label: "Date the employer or organisation learned of the allegation", Type: Date, Required: true},
			{Name: "received", Label: "Date the designated officer (LADO) received the referral", Type: Date, Required: true},
			{Name: "role", Label: "The person’s role", Type: Text, Required: true, Hint: "For example teacher, foster carer, football coach"},
			{Name: "employer", Label: "Employer or organisation", Type: Text, Required: true},
			{Name: "category", Label: "What the allegation is that the person has done", Type: Choices, Options: ladoCategories, Required: true},
			{Name: "allegation", Label: "The allegation", Type: Textarea, Required: true},
			{Name: "meeting", Label: "Date of the allegations (evaluation or strategy) meeting", Type: Date, Section: "Management"},
			{Name: "outcome", Label: "Outcome", Type: Choice, Options: ladoOutcomes, Section: "Outcome"},
			{Name: "concluded", Label: "Date the allegation was concluded", Type: Date},
			{Name: "dbs", Label: "Referred to the Disclosure and Barring Service", Type: YesNo},
		},
		Check: func(it *Item, fe *apperr.FieldErrors, today date.Date) {
			order(it, fe, "known", "received")
			order(it, fe, "received", "meeting")
			order(it, fe, "received", "concluded")
			need(it, fe, it.Get("concluded") != "", "outcome", "Select the outcome")
			need(it, fe, it.Get("outcome") != "", "concluded", "Enter the date the allegation was concluded")
			need(it, fe, it.Get("outcome") == "substantiated", "dbs", "Select whether the person was referred to the Disclosure and Barring Service")
			notFuture(it, fe, today, "known", "received", "meeting", "concluded")
		},
		Summary: func(it *Item) string {
			s := "Allegation against " + it.Get("role") + ", " + it.Get("employer")
			if o := it.Get("outcome"); o != "" {
				s += " — " + strings.ToLower(ladoOutcomes.Label(o))
			}
			return s
		},
	})
)

package casework

import (
	"slices"
	"strconv"

	"ourchild/internal/apperr"
	"ourchild/internal/codes"
	"ourchild/internal/date"
)

// The kinds of a child in care's journey (issue 4): the period of care and its placements
// (the SSDA903 episodes), looked-after reviews, education and health, missing episodes,
// permanence and adoption, and care leavers. Rules and timescales: rules.md §2.E–2.G;
// codes: standards.md §3.2.

var (
	permanencePlans = set("PermanencePlan",
		"home", "Return home to parents", "family", "Live with relatives or friends (family and friends care)",
		"sgo", "Special guardianship", "cao", "Child arrangements order", "adoption", "Adoption",
		"long_term_fostering", "Long-term fostering", "residential", "Long-term residential care",
		"independence", "Supported independence")
	healthTypes = set("HealthAssessment",
		"initial", "Initial health assessment", "review", "Review health assessment")
	pepTypes     = set("PEPType", "initial", "Initial personal education plan", "review", "Termly review")
	yesNoNA      = set("YesNoNotApplicable", "yes", "Yes", "no", "No", "na", "Not applicable")
	leaverStatus = set("CareLeaverStatus",
		"eligible", "Eligible (aged 16 or 17 and still in care)", "relevant", "Relevant (aged 16 or 17, left care)",
		"former_relevant", "Former relevant (aged 18 to 25)", "qualifying", "Qualifying")
	orderTypes = set("OrderType",
		"sgo", "Special guardianship order", "cao", "Child arrangements order", "discharge", "Discharge of the care order",
		"placement_order", "Placement order")
	orderOutcomes = set("OrderOutcome",
		"granted", "Granted", "refused", "Refused", "withdrawn", "Withdrawn")
)

// Care kinds.
var (
	CarePeriod = register(&Kind{
		Name: "care_period", Label: "Period of care", Episode: true, Start: "start", End: "end", Fields: []Field{
			{Name: "start", Label: "Date the child started to be looked after", Type: Date, Required: true},
			{Name: "category", Label: "Category of need", Type: Choice, Options: codes.CategoryOfNeed, Required: true},
			{Name: "home_postcode", Label: "Postcode of the home the child was living at", Type: Text,
				Hint: "The home before care; used for the distance of each placement"},
			{Name: "uasc", Label: "The child is an unaccompanied asylum-seeking child", Type: YesNo, Required: true},
			{Name: "uasc_ended", Label: "Date the child stopped being an unaccompanied asylum-seeking child", Type: Date},
			{Name: "previous_permanence", Label: "Permanence before this period of care", Type: Choice, Options: codes.PreviousPermanence},
			{Name: "previous_permanence_date", Label: "Date of that order", Type: Date},
			{Name: "previous_permanence_la", Label: "Council that made the arrangement", Type: Text,
				Hint: "Its three-digit DfE number, like 352, or WAL (Wales), SCO (Scotland), NIR (Northern Ireland), NUK (outside the UK)"},
			{Name: "care_plan", Label: "Date of the care plan", Type: Date, Section: "Plans",
				Hint: "Before the first placement, or within 10 working days of it"},
			{Name: "iro", Label: "Independent reviewing officer", Type: Text},
			{Name: "iro_appointed", Label: "Date the independent reviewing officer was appointed", Type: Date},
			{Name: "permanence_plan", Label: "Plan for permanence", Type: Choice, Options: permanencePlans,
				Hint: "Required by the second review"},
			{Name: "permanence_agreed", Label: "Date the permanence plan was agreed", Type: Date},
			{Name: "family_time", Label: "Family time (contact) arrangements", Type: Textarea,
				Hint: "Who the child sees, how often, where, and what the child wants"},
			{Name: "end", Label: "Date the child stopped being looked after", Type: Date, Section: "Ending"},
			{Name: "reason_ceased", Label: "Reason the period of care ended", Type: Choice, Options: codes.ReasonEpisodeCeased},
		},
		Check: func(it *Item, fe *apperr.FieldErrors, today date.Date) {
			order(it, fe, "start", "end")
			order(it, fe, "start", "uasc_ended")
			order(it, fe, "start", "permanence_agreed")
			need(it, fe, it.Get("end") != "", "reason_ceased", "Select the reason the period of care ended")
			need(it, fe, it.Get("reason_ceased") != "", "end", "Enter the date the child stopped being looked after")
			if it.Get("reason_ceased") == "X1" {
				fe.Add("reason_ceased", "X1 is for a placement followed by another the same day: choose why the child left care")
			}
			need(it, fe, it.Get("uasc_ended") != "", "uasc", "Select whether the child is an unaccompanied asylum-seeking child")
			if it.Get("uasc") == "no" && it.Get("uasc_ended") != "" {
				fe.Add("uasc_ended", "Only an unaccompanied asylum-seeking child has a date that status ended")
			}
			need(it, fe, it.Get("previous_permanence_date") != "", "previous_permanence", "Select the permanence before this period of care")
			if la := it.Get("previous_permanence_la"); la != "" {
				if !codes.ValidUPNLACode(la) && !slices.Contains([]string{"WAL", "SCO", "NIR", "NUK"}, la) {
					fe.Add("previous_permanence_la", "Enter the council's three-digit DfE number, like 352, or WAL, SCO, NIR or NUK")
				}
				if !slices.Contains([]string{"P1", "P2", "P3"}, it.Get("previous_permanence")) {
					fe.Add("previous_permanence", "Only an adoption, special guardianship or child arrangements order has a council that made it")
				}
			}
			need(it, fe, it.Get("permanence_agreed") != "", "permanence_plan", "Select the plan for permanence")
			notFuture(it, fe, today, "start", "end")
		},
		Summary: func(it *Item) string {
			if p := it.Get("permanence_plan"); p != "" {
				return "Plan for permanence: " + permanencePlans.Label(p)
			}
			return codes.CategoryOfNeed.Label(it.Get("category"))
		},
	})

	Placement = register(&Kind{
		Name: "placement", Label: "Placement or legal status (903 episode)", Parent: "care_period", Episode: true, Start: "start", End: "end",
		Fields: []Field{
			{Name: "start", Label: "Start date", Type: Date, Required: true},
			{Name: "reason_new", Label: "Reason for the new episode", Type: Choice, Options: codes.ReasonNewEpisode, Required: true},
			{Name: "legal_status", Label: "Legal status", Type: Choice, Options: codes.LegalStatus, Required: true},
			{Name: "type", Label: "Placement type", Type: Choice, Options: codes.PlacementType, Required: true},
			{Name: "provider", Label: "Placement provider", Type: Choice, Options: codes.PlacementProvider,
				Hint: "Not needed for temporary moves (T0 to T3) and Z1 placements"},
			{Name: "carer", Label: "Carer or setting", Type: Text, Required: true},
			{Name: "postcode", Label: "Placement postcode", Type: Text},
			{Name: "urn", Label: "Ofsted unique reference number (URN) of the setting", Type: Text},
			{Name: "distance", Label: "Distance from home (miles)", Type: Text},
			{Name: "until_18", Label: "Intended to last until the child is 18 (long-term)", Type: YesNo},
			// R-E07: what sets how often the child is visited (CPPCR reg 28) and cannot be read
			// from the legal status and placement type. With a parent (P1) on an interim care
			// order (C1) or a care order (C2) the codes say the rest.
			{Name: "connected_temporary", Label: "The carers are connected persons approved temporarily (CPPCR reg 24)", Type: YesNo,
				Section: "Visits", Hint: "Relatives or friends (placement types U1 to U3) not yet approved as foster carers: the child is visited every week until the first review, then at least every 4 weeks"},
			{Name: "connected_extended", Label: "The temporary approval was extended (CPPCR reg 25)", Type: YesNo,
				Hint: "By up to 8 weeks, beyond the 16 weeks reg 24 allows, where the fostering panel has not yet decided"},
			{Name: "connected_approved", Label: "Date the connected persons were approved as foster carers", Type: Date,
				Hint: "The end of the temporary approval"},
			{Name: "parent_assessed", Label: "Date the assessment of the parent was completed", Type: Date,
				Hint: "Placed with a parent (P1) on a care order: until the assessment is complete the child is visited every week until the first review (reg 28(3))"},
			{Name: "placement_plan", Label: "Date of the placement plan", Type: Date, Section: "Plans",
				Hint: "Before the placement, or within 5 working days of it"},
			{Name: "end", Label: "End date", Type: Date, Section: "Ending"},
			{Name: "reason_change", Label: "Reason for the change of placement", Type: Choice, Options: codes.ReasonPlaceChange,
				Hint: "When the child moves on to another placement"},
		},
		Check: func(it *Item, fe *apperr.FieldErrors, today date.Date) {
			order(it, fe, "start", "end")
			t := it.Get("type")
			free := t == "T0" || t == "T1" || t == "T2" || t == "T3" || (len(t) == 3 && t[0] == 'Z') || t == "Z1"
			need(it, fe, !free, "provider", "Select the placement provider")
			if it.Is("connected_temporary") && !connectedPlacement(t) {
				fe.Add("connected_temporary", "Only a foster placement with relatives or friends (U1 to U3) can be with connected persons approved temporarily")
			}
			if it.Get("connected_approved") != "" && !it.Is("connected_temporary") {
				fe.Add("connected_approved", "Only carers approved temporarily have a date they were approved as foster carers")
			}
			if it.Is("connected_extended") && !it.Is("connected_temporary") {
				fe.Add("connected_extended", "Only a temporary approval of connected persons can be extended")
			}
			if it.Get("parent_assessed") != "" && t != "P1" {
				fe.Add("parent_assessed", "Only a placement with a parent (P1) has a date the parent’s assessment was completed")
			}
			order(it, fe, "start", "connected_approved")
			notFuture(it, fe, today, "start", "end", "connected_approved", "parent_assessed")
		},
		Summary: func(it *Item) string {
			return codes.PlacementType.Label(it.Get("type")) + " — " + codes.LegalStatus.Label(it.Get("legal_status"))
		},
	})

	CareReview = register(&Kind{
		Name: "cla_review", Label: "Looked-after review", Parent: "care_period", Start: "date", Fields: []Field{
			{Name: "date", Label: "Date of the review", Type: Date, Required: true},
			{Name: "chair", Label: "Independent reviewing officer who chaired it", Type: Text, Required: true},
			{Name: "participation", Label: "How the child took part", Type: Choice, Options: codes.ReviewParticipation, Required: true},
			{Name: "child_views", Label: "The child’s views", Type: Textarea, Required: true},
			{Name: "decisions", Label: "Decisions and recommendations", Type: Textarea, Required: true},
			{Name: "permanence_confirmed", Label: "The plan for permanence was confirmed", Type: YesNo},
			{Name: "iro_record", Label: "The independent reviewing officer’s record", Type: Textarea},
			{Name: "next", Label: "Date of the next review", Type: Date},
		},
		Check: func(it *Item, fe *apperr.FieldErrors, today date.Date) {
			order(it, fe, "date", "next")
			notFuture(it, fe, today, "date")
		},
		Summary: func(it *Item) string { return codes.ReviewParticipation.Label(it.Get("participation")) },
	})

	PEP = register(&Kind{
		Name: "pep", Label: "Personal education plan", Parent: "care_period", Start: "date", Fields: []Field{
			{Name: "date", Label: "Date of the meeting", Type: Date, Required: true},
			{Name: "type", Label: "Type", Type: Choice, Options: pepTypes, Required: true},
			{Name: "setting", Label: "School or setting", Type: Text, Required: true},
			{Name: "virtual_school", Label: "The virtual school took part", Type: YesNo, Required: true},
			{Name: "targets", Label: "Targets", Type: Lines, Required: true},
			{Name: "child_views", Label: "The child’s views", Type: Textarea},
		},
		Summary: func(it *Item) string { return pepTypes.Label(it.Get("type")) + " — " + it.Get("setting") },
	})

	HealthAssessment = register(&Kind{
		Name: "health_assessment", Label: "Health assessment", Parent: "care_period", Start: "date", Fields: []Field{
			{Name: "date", Label: "Date of the assessment", Type: Date, Required: true},
			{Name: "type", Label: "Type", Type: Choice, Options: healthTypes, Required: true},
			{Name: "by", Label: "Carried out by", Type: Text, Required: true, Hint: "An initial assessment is by a doctor"},
			{Name: "immunisations", Label: "Immunisations are up to date", Type: YesNo, Required: true},
			{Name: "development_check", Label: "Development assessment up to date (children under 5)", Type: Choice, Options: yesNoNA},
			{Name: "gp", Label: "Registered with a GP", Type: YesNo, Required: true},
			{Name: "dental", Label: "Date of the last dental check", Type: Date},
			{Name: "substance_misuse", Label: "A substance misuse problem was identified", Type: YesNo},
			{Name: "intervention_offered", Label: "An intervention for substance misuse was offered", Type: YesNo},
			{Name: "intervention_received", Label: "An intervention for substance misuse was received", Type: YesNo},
			{Name: "sdq", Label: "Strengths and difficulties questionnaire score (0 to 40)", Type: Text},
			{Name: "sdq_reason", Label: "Why there is no questionnaire score", Type: Choice, Options: codes.SDQReason},
			{Name: "plan", Label: "Health plan", Type: Textarea},
		},
		Check: func(it *Item, fe *apperr.FieldErrors, today date.Date) {
			if s := it.Get("sdq"); s != "" {
				if n, err := strconv.Atoi(s); err != nil || n < 0 || n > 40 {
					fe.Add("sdq", "The questionnaire score must be a whole number from 0 to 40")
				}
				if it.Get("sdq_reason") != "" {
					fe.Add("sdq_reason", "Give a score or a reason there is none, not both")
				}
			}
			if it.Is("intervention_received") && !it.Is("intervention_offered") {
				fe.Add("intervention_offered", "An intervention that was received was offered")
			}
			notFuture(it, fe, today, "date", "dental")
		},
		Summary: func(it *Item) string { return healthTypes.Label(it.Get("type")) },
	})

	Missing = register(&Kind{
		Name: "missing", Label: "Missing episode", Episode: true, Start: "start", End: "returned", Fields: []Field{
			{Name: "type", Label: "Missing or away without authorisation", Type: Choice, Options: codes.MissingType, Required: true},
			{Name: "start", Label: "Date and time the child went missing", Type: DateTime, Required: true},
			{Name: "returned", Label: "Date and time the child returned or was found", Type: DateTime},
			{Name: "where_found", Label: "Where the child was found and who with", Type: Textarea},
			{Name: "rhi_offered", Label: "Date the return interview was offered", Type: Date, Section: "Return interview"},
			{Name: "rhi_done", Label: "Date and time of the return interview", Type: DateTime},
			{Name: "rhi_declined", Label: "The child declined the return interview", Type: YesNo},
			{Name: "rhi_summary", Label: "What the child said", Type: Textarea},
			{Name: "exploitation", Label: "Exploitation screening done", Type: YesNo, Section: "Exploitation"},
			{Name: "exploitation_risk", Label: "Risks of exploitation identified, places and peers", Type: Textarea},
		},
		Check: func(it *Item, fe *apperr.FieldErrors, today date.Date) {
			order(it, fe, "start", "returned")
			order(it, fe, "returned", "rhi_done")
			order(it, fe, "start", "rhi_offered")
			if it.Is("rhi_declined") && it.Get("rhi_done") != "" {
				fe.Add("rhi_declined", "The return interview took place: it was not declined")
			}
		},
		Summary: func(it *Item) string { return codes.MissingType.Label(it.Get("type")) },
	})

	Adoption = register(&Kind{
		Name: "adoption", Label: "Adoption", Parent: "care_period", Episode: true, Start: "decision", End: "ended", Fields: []Field{
			{Name: "decision", Label: "Date of the decision that the child should be placed for adoption", Type: Date, Required: true,
				Hint: "The agency decision maker’s decision"},
			{Name: "placement_order", Label: "Date of the placement order", Type: Date},
			{Name: "match", Label: "Date the child was matched with the adopters", Type: Date, Section: "Match"},
			{Name: "adopters", Label: "Number of adopters", Type: Choice, Options: set("Adopters", "1", "One", "2", "Two")},
			{Name: "adopter_sex", Label: "Sex of the adopters", Type: Choice, Options: codes.AdopterSex},
			{Name: "adopter_status", Label: "Legal status of the adopters", Type: Choice, Options: codes.AdopterLegalStatus},
			{Name: "foster_carers", Label: "The adopters are the child’s foster carers", Type: YesNo},
			{Name: "placed", Label: "Date the child was placed for adoption", Type: Date},
			{Name: "order", Label: "Date of the adoption order", Type: Date, Section: "Outcome"},
			{Name: "ceremony", Label: "Date of the adoption ceremony", Type: Date,
				Hint: "The celebration after the adoption order: the later-life letter is due within 10 working days of it"},
			{Name: "ended", Label: "Date the plan for adoption ended", Type: Date,
				Hint: "The adoption order, or the date the decision was reversed"},
			{Name: "ended_reason", Label: "Why the plan for adoption ended, if not adopted", Type: Choice, Options: codes.ReasonPlacedCeased},
			{Name: "life_story_parts", Label: "Parts of the life-story book given", Type: Rows, Section: "Life story",
				Hint: "The book is given to the child and the adopters in stages", Columns: []Field{
					{Name: "life_story_parts.part", Label: "What was given", Type: Text, Required: true},
					{Name: "life_story_parts.given", Label: "Date given", Type: Date},
				}},
			{Name: "life_story", Label: "Date the completed life-story book was given", Type: Date},
			{Name: "later_life_letter", Label: "Date the later-life letter was given to the adopters", Type: Date},
		},
		Check: func(it *Item, fe *apperr.FieldErrors, today date.Date) {
			for _, pair := range [][2]string{{"decision", "placement_order"}, {"decision", "match"}, {"match", "placed"}, {"placed", "order"}, {"decision", "ended"}} {
				order(it, fe, pair[0], pair[1])
			}
			m := it.Get("match") != ""
			need(it, fe, m, "adopters", "Select the number of adopters")
			need(it, fe, m, "adopter_sex", "Select the sex of the adopters")
			need(it, fe, m, "adopter_status", "Select the legal status of the adopters")
			need(it, fe, it.Get("order") != "", "ended", "Enter the date the plan for adoption ended (the date of the adoption order)")
			need(it, fe, it.Get("ended") != "" && it.Get("order") == "", "ended_reason", "Select why the plan for adoption ended")
			// The reasons (903 REASON_PLACED_CEASED) are for a decision reversed; an adopted child has none.
			if it.Get("order") != "" && it.Get("ended_reason") != "" {
				fe.Add("ended_reason", "The child was adopted: leave why the plan ended blank (it is for a plan that ended without adoption)")
			}
			need(it, fe, it.Get("ceremony") != "", "order", "Enter the date of the adoption order: the ceremony follows it")
			order(it, fe, "order", "ceremony")
			notFuture(it, fe, today, "decision", "match", "placed", "order", "ceremony", "life_story", "later_life_letter")
			for _, g := range it.List("life_story_parts.given") {
				if d, err := date.Parse(g); err == nil && d.After(today) {
					fe.Add("life_story_parts.given", "The date a part of the life-story book was given must be today or in the past")
					break
				}
			}
		},
		Summary: func(it *Item) string {
			switch {
			case it.Get("order") != "":
				return "Adopted"
			case it.Get("placed") != "":
				return "Placed for adoption"
			case it.Get("match") != "":
				return "Matched"
			}
			return "Should be placed for adoption"
		},
	})

	LegalOrder = register(&Kind{
		Name: "legal_order", Label: "Application to court (SGO, CAO, discharge)", Start: "applied", End: "decided", Episode: true, Fields: []Field{
			{Name: "type", Label: "Order", Type: Choice, Options: orderTypes, Required: true},
			{Name: "applied", Label: "Date of the application", Type: Date, Required: true},
			{Name: "applicant", Label: "Applicant", Type: Text, Required: true},
			{Name: "decided", Label: "Date of the court’s decision", Type: Date},
			{Name: "outcome", Label: "Outcome", Type: Choice, Options: orderOutcomes},
		},
		Check: func(it *Item, fe *apperr.FieldErrors, today date.Date) {
			order(it, fe, "applied", "decided")
			need(it, fe, it.Get("decided") != "", "outcome", "Select the outcome")
			need(it, fe, it.Get("outcome") != "", "decided", "Enter the date of the court’s decision")
		},
		Summary: func(it *Item) string { return orderTypes.Label(it.Get("type")) },
	})

	// A deprivation of liberty order: the High Court, under its inherent jurisdiction, authorises
	// restrictions on a looked-after child's liberty that no other order can (the child is not in
	// a secure children's home). The 903 reports them from 2026/27 (DoLo.csv, rules 700-710).
	DoL = register(&Kind{
		Name: "dol", Label: "Deprivation of liberty order", Parent: "care_period", Episode: true, Start: "start", End: "end", Fields: []Field{
			{Name: "start", Label: "Date the order was made", Type: Date, Required: true},
			{Name: "court", Label: "Court", Type: Text, Required: true, Hint: "Usually the High Court, under its inherent jurisdiction"},
			{Name: "restrictions", Label: "What the order authorises", Type: Textarea, Required: true,
				Hint: "The restrictions on the child's liberty: supervision, locked doors, searches, restraint"},
			{Name: "review", Label: "Date of the next court review", Type: Date},
			{Name: "end", Label: "Date the order ended", Type: Date, Section: "Ending"},
			{Name: "end_reason", Label: "Why it ended", Type: Textarea},
		},
		Check: func(it *Item, fe *apperr.FieldErrors, today date.Date) {
			order(it, fe, "start", "end")
			need(it, fe, it.Get("end") != "", "end_reason", "Enter why the order ended")
			notFuture(it, fe, today, "start", "end")
		},
		Summary: func(it *Item) string { return "Deprivation of liberty order: " + it.Get("court") },
	})

	CareLeaver = register(&Kind{
		Name: "care_leaver", Label: "Leaving care", Episode: true, Start: "start", End: "end", Fields: []Field{
			{Name: "start", Label: "Date leaving care support started", Type: Date, Required: true},
			{Name: "status", Label: "Status", Type: Choice, Options: leaverStatus, Required: true,
				Hint: "From the care history: eligible, relevant or former relevant"},
			{Name: "adviser", Label: "Personal adviser", Type: Text},
			{Name: "adviser_from", Label: "Date the personal adviser was allocated", Type: Date},
			{Name: "needs_assessment", Label: "Date of the needs assessment", Type: Date, Section: "Pathway"},
			{Name: "pathway_plan", Label: "Date of the pathway plan", Type: Date},
			{Name: "staying_put", Label: "Staying put with former foster carers", Type: YesNo},
			{Name: "parent", Label: "The young person is a parent", Type: YesNo},
			{Name: "custody", Label: "The young person is in custody", Type: YesNo},
			{Name: "until_25", Label: "Asked for support to 25", Type: YesNo},
			{Name: "end", Label: "Date leaving care support ended", Type: Date, Section: "Ending"},
		},
		Check: func(it *Item, fe *apperr.FieldErrors, today date.Date) {
			order(it, fe, "start", "end")
			order(it, fe, "needs_assessment", "pathway_plan")
			need(it, fe, it.Get("adviser_from") != "", "adviser", "Enter the personal adviser")
		},
		Summary: func(it *Item) string { return leaverStatus.Label(it.Get("status")) },
	})

	PathwayReview = register(&Kind{
		Name: "pathway_review", Label: "Pathway plan review", Parent: "care_leaver", Start: "date", Fields: []Field{
			{Name: "date", Label: "Date of the review", Type: Date, Required: true},
			{Name: "views", Label: "The young person’s views", Type: Textarea, Required: true},
			{Name: "accommodation", Label: "Accommodation", Type: Choice, Options: codes.Accommodation, Required: true},
			{Name: "activity", Label: "Main activity", Type: Choice, Options: codes.Activity, Required: true},
			{Name: "plan", Label: "What will happen next, who does it and by when", Type: Textarea, Required: true},
		},
		Summary: func(it *Item) string { return codes.Activity.Label(it.Get("activity")) },
	})

	InTouch = register(&Kind{
		Name: "in_touch", Label: "Care leaver contact (in touch)", Parent: "care_leaver", Start: "date", Fields: []Field{
			{Name: "date", Label: "Date of the contact", Type: Date, Required: true},
			{Name: "in_touch", Label: "In touch", Type: Choice, Options: codes.InTouch, Required: true},
			{Name: "accommodation", Label: "Accommodation", Type: Choice, Options: codes.Accommodation},
			{Name: "activity", Label: "Main activity", Type: Choice, Options: codes.Activity},
			{Name: "notes", Label: "Notes", Type: Textarea},
		},
		Check: func(it *Item, fe *apperr.FieldErrors, today date.Date) {
			yes := it.Get("in_touch") == "YES"
			need(it, fe, yes, "accommodation", "Select the young person’s accommodation: they are in touch")
			need(it, fe, yes, "activity", "Select the young person’s main activity: they are in touch")
			if t := it.Get("in_touch"); (t == "DIED" || t == "RHOM") && (it.Get("accommodation") != "" || it.Get("activity") != "") {
				fe.Add("in_touch", "Leave accommodation and activity blank for a young person who died or returned home")
			}
			notFuture(it, fe, today, "date")
		},
		Summary: func(it *Item) string { return codes.InTouch.Label(it.Get("in_touch")) },
	})
)

// connectedPlacement reports whether a placement type is a foster placement with relatives or
// friends: the only carers who can be connected persons approved temporarily (CPPCR reg 24).
func connectedPlacement(typ string) bool { return typ == "U1" || typ == "U2" || typ == "U3" }

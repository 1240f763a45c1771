package casework

import (
	"testing"

	"ourchild/internal/date"
)

var today = date.MustParse("2026-11-20")

func vals(pairs ...string) Values {
	v := Values{}
	for i := 0; i+1 < len(pairs); i += 2 {
		v[pairs[i]] = append(v[pairs[i]], pairs[i+1])
	}
	return v
}

// TestKindRules checks each kind's own rules: one case that breaks a rule (naming the field
// that must carry the message) and one that keeps it.
func TestKindRules(t *testing.T) {
	cases := []struct {
		name, kind string
		values     Values
		wantField  string // "" for valid
	}{
		{"contact needs a worry", "contact", vals("received", "2026-11-02T09:00", "source", "2A", "consent", "given"), "worry"},
		{"contact time must be real", "contact", vals("received", "2026-11-02T25:00", "source", "2A", "consent", "given", "worry", "x"), "received"},
		{"contact source must be a DfE code", "contact", vals("received", "2026-11-02T09:00", "source", "2Z", "consent", "given", "worry", "x"), "source"},
		{"refused consent needs a reason", "contact", vals("received", "2026-11-02T09:00", "source", "2A", "consent", "refused", "worry", "x"), "consent_reason"},
		{"decision needs rationale", "contact", vals("received", "2026-11-02T09:00", "source", "2A", "consent", "given", "worry", "x",
			"decision", "nfa", "decided", "2026-11-02T10:00", "threshold", "universal"), "rationale"},
		{"decision before receipt", "contact", vals("received", "2026-11-02T09:00", "source", "2A", "consent", "given", "worry", "x",
			"decision", "nfa", "decided", "2026-11-01T10:00", "threshold", "universal", "rationale", "r"), "decided"},
		{"contact decided", "contact", vals("received", "2026-11-02T09:00", "source", "2A", "consent", "given", "worry", "x",
			"decision", "nfa", "decided", "2026-11-02T10:00", "threshold", "universal", "rationale", "r"), ""},
		{"closed referral needs a reason", "referral", vals("referral_date", "2026-10-01", "source", "2A", "nfa", "no", "closure_date", "2026-11-01", "primary_need", "N1"), "closure_reason"},
		{"closed referral needs a primary need", "referral", vals("referral_date", "2026-10-01", "source", "2A", "nfa", "no", "closure_date", "2026-11-01", "closure_reason", "RC8"), "primary_need"},
		{"NFA referral closes without a need", "referral", vals("referral_date", "2026-10-01", "source", "2A", "nfa", "yes", "closure_date", "2026-10-02", "closure_reason", "RC8"), ""},
		{"referral closed before it started", "referral", vals("referral_date", "2026-10-01", "source", "2A", "nfa", "yes", "closure_date", "2026-09-02", "closure_reason", "RC8"), "closure_date"},
		{"assessment authorised before it started", "assessment", vals("start", "2026-10-02", "completed", "2026-10-01", "authorised", "2026-10-01",
			"wishes", "w", "analysis", "a", "factors", "1B", "outcome", "nfa", "identity", "i", "how_gathered", "talking"), "completed"},
		{"completed assessment needs its analysis", "assessment", vals("start", "2026-10-02", "completed", "2026-10-20",
			"wishes", "w", "factors", "1B", "outcome", "nfa", "identity", "i", "how_gathered", "talking"), "analysis"},
		{"no factors stands alone", "assessment", vals("start", "2026-10-02", "completed", "2026-10-20", "analysis", "a",
			"wishes", "w", "factors", "21", "factors", "1B", "outcome", "nfa", "identity", "i", "how_gathered", "talking"), "factors"},
		{"scaling is 0 to 10", "assessment", vals("start", "2026-10-02", "scale_worker", "11"), "scale_worker"},
		{"assessment in progress", "assessment", vals("start", "2026-10-02", "danger", "d"), ""},
		{"strategy needs police and health", "strategy", vals("held", "2026-10-02T10:00", "agencies", "csc", "attendees", "a", "information", "i",
			"decision", "s47", "rationale", "r"), "agencies"},
		{"action rows need an owner", "strategy", vals("held", "2026-10-02T10:00", "agencies", "csc", "agencies", "police", "agencies", "health",
			"attendees", "a", "information", "i", "decision", "s47", "rationale", "r", "actions.action", "visit", "actions.owner", "", "actions.due", ""), "actions.owner"},
		{"plan without category", "conference", vals("type", "initial", "date", "2026-10-10", "chair", "c", "decision", "cp_plan", "rationale", "r",
			"next_review", "2027-01-10"), "category"},
		{"report shared after the conference", "conference", vals("type", "initial", "date", "2026-10-10", "chair", "c", "report_shared", "2026-10-11"), "date"},
		{"initial conference cannot continue a plan", "conference", vals("type", "initial", "date", "2026-10-10", "chair", "c", "decision", "continue",
			"category", "NEG", "rationale", "r", "next_review", "2027-01-10"), "decision"},
		{"decision recorded before the conference", "conference", vals("type", "review", "date", "2026-12-10", "chair", "c", "decision", "end_nfa", "rationale", "r"), "decision"},
		{"CP plan category from the DfE list", "cp_plan", vals("start", "2026-10-10", "initial_category", "XXX", "latest_category", "NEG"), "initial_category"},
		{"CIN plan needs an action", "cin_plan", vals("start", "2026-10-10", "goal", "g"), "changes.what"},
		{"CIN plan action needs how we will know", "cin_plan", vals("start", "2026-10-10", "goal", "g", "changes.what", "w", "changes.who", "x",
			"changes.by", "2026-12-01", "changes.measure", ""), "changes.measure"},
		{"transition needs a rationale", "transition", vals("date", "2026-10-10", "from", "cin", "to", "cp", "threshold", "t", "decided_by", "d"), "rationale"},
		{"transition to the same level", "transition", vals("date", "2026-10-10", "from", "cin", "to", "cin", "threshold", "t", "rationale", "r", "decided_by", "d"), "to"},
		{"step-down needs sustainability", "transition", vals("date", "2026-10-10", "from", "cp", "to", "cin", "threshold", "t", "rationale", "r", "decided_by", "d"), "sustainability"},
		{"early help needs consent", "transition", vals("date", "2026-10-10", "from", "universal", "to", "early_help", "threshold", "t", "rationale", "r", "decided_by", "d"), "consent"},
		{"step up", "transition", vals("date", "2026-10-10", "from", "cin", "to", "cp", "threshold", "t", "rationale", "r", "decided_by", "d"), ""},
		{"visit not seen needs a reason", "visit", vals("date", "2026-10-10", "type", "cp", "seen", "no", "seen_alone", "no", "voice", "v"), "not_seen_reason"},
		{"visit in the future", "visit", vals("date", "2026-12-10", "type", "cp", "seen", "yes", "seen_alone", "yes", "voice", "v"), "date"},
		{"letter needs what has to change", "plo", vals("lpm", "2026-10-01", "lpm_decision", "d", "letter", "2026-10-05", "worries", "w",
			"support", "s", "support_offered", "o"), "must_change"},
		{"PLO review dates are dates", "plo", vals("lpm", "2026-10-01", "lpm_decision", "d", "reviews", "next week"), "reviews"},
		{"step-out needs its date", "plo", vals("lpm", "2026-10-01", "lpm_decision", "d", "outcome", "step_out", "outcome_reason", "r"), "outcome_date"},
		{"care ends with a reason", "care_period", vals("start", "2025-01-10", "category", "N1", "uasc", "no", "end", "2026-01-10"), "reason_ceased"},
		{"care does not end with X1", "care_period", vals("start", "2025-01-10", "category", "N1", "uasc", "no", "end", "2026-01-10", "reason_ceased", "X1"), "reason_ceased"},
		{"care category from the 903 list", "care_period", vals("start", "2025-01-10", "category", "N9", "uasc", "no"), "category"},
		{"UASC end only for a UASC", "care_period", vals("start", "2025-01-10", "category", "N1", "uasc", "no", "uasc_ended", "2025-06-01"), "uasc_ended"},
		{"period of care", "care_period", vals("start", "2025-01-10", "category", "N1", "uasc", "no", "permanence_plan", "adoption", "permanence_agreed", "2025-04-01"), ""},
		{"previous permanence council is a DfE number", "care_period", vals("start", "2025-01-10", "category", "N1", "uasc", "no", "previous_permanence", "P2", "previous_permanence_la", "999"), "previous_permanence_la"},
		{"previous permanence council only with an order", "care_period", vals("start", "2025-01-10", "category", "N1", "uasc", "no", "previous_permanence", "Z1", "previous_permanence_la", "352"), "previous_permanence"},
		{"previous permanence in Wales", "care_period", vals("start", "2025-01-10", "category", "N1", "uasc", "no", "previous_permanence", "P2", "previous_permanence_date", "2020-02-03", "previous_permanence_la", "WAL"), ""},
		{"youth justice outcome from the list", "youth_justice", vals("date", "2025-01-10", "outcome", "fine", "offence", "Theft"), "outcome"},
		{"youth justice outcome", "youth_justice", vals("date", "2025-01-10", "outcome", "youth_conditional_caution", "offence", "Theft"), ""},
		{"placement ends before it starts", "placement", vals("start", "2025-01-10", "reason_new", "S", "legal_status", "C2", "type", "U4", "provider", "PR1",
			"carer", "c", "end", "2025-01-09"), "end"},
		{"placement needs a provider", "placement", vals("start", "2025-01-10", "reason_new", "S", "legal_status", "C2", "type", "U4", "carer", "c"), "provider"},
		{"temporary move needs no provider", "placement", vals("start", "2025-01-10", "reason_new", "P", "legal_status", "C2", "type", "T1", "carer", "hospital"), ""},
		{"legal status from the DfE list", "placement", vals("start", "2025-01-10", "reason_new", "S", "legal_status", "C9", "type", "U4", "provider", "PR1", "carer", "c"), "legal_status"},
		{"SDQ score 0 to 40", "health_assessment", vals("date", "2026-01-10", "type", "review", "by", "nurse", "immunisations", "yes", "gp", "yes", "sdq", "41"), "sdq"},
		{"SDQ score or reason", "health_assessment", vals("date", "2026-01-10", "type", "review", "by", "nurse", "immunisations", "yes", "gp", "yes", "sdq", "12", "sdq_reason", "SDQ4"), "sdq_reason"},
		{"adoption dates in order", "adoption", vals("decision", "2025-05-01", "match", "2025-09-01", "placed", "2025-08-01", "adopters", "2",
			"adopter_sex", "MF", "adopter_status", "L11"), "placed"},
		{"adoption order ends the plan", "adoption", vals("decision", "2025-05-01", "order", "2026-03-01"), "ended"},
		{"adopted: no reason the plan ended", "adoption", vals("decision", "2025-05-01", "order", "2026-03-01", "ended", "2026-03-01",
			"ended_reason", "RD1"), "ended_reason"},
		{"decision reversed with its reason", "adoption", vals("decision", "2025-05-01", "ended", "2026-03-01", "ended_reason", "RD1"), ""},
		{"matched adopters described", "adoption", vals("decision", "2025-05-01", "match", "2025-09-01"), "adopters"},
		{"connected persons are relatives or friends", "placement", vals("start", "2025-01-10", "reason_new", "S", "legal_status", "C2", "type", "U6", "provider", "PR1",
			"carer", "c", "connected_temporary", "yes"), "connected_temporary"},
		{"connected persons approved temporarily", "placement", vals("start", "2025-01-10", "reason_new", "S", "legal_status", "C1", "type", "U3", "provider", "PR1",
			"carer", "c", "connected_temporary", "yes", "connected_approved", "2025-03-01"), ""},
		{"approval of carers not approved temporarily", "placement", vals("start", "2025-01-10", "reason_new", "S", "legal_status", "C1", "type", "U3", "provider", "PR1",
			"carer", "c", "connected_approved", "2025-03-01"), "connected_approved"},
		{"an extension only of a temporary approval", "placement", vals("start", "2025-01-10", "reason_new", "S", "legal_status", "C1", "type", "U3", "provider", "PR1",
			"carer", "c", "connected_extended", "yes"), "connected_extended"},
		{"approval before the placement", "placement", vals("start", "2025-01-10", "reason_new", "S", "legal_status", "C1", "type", "U3", "provider", "PR1",
			"carer", "c", "connected_temporary", "yes", "connected_approved", "2025-01-09"), "connected_approved"},
		{"parent's assessment only with a parent", "placement", vals("start", "2025-01-10", "reason_new", "S", "legal_status", "C2", "type", "U4", "provider", "PR1",
			"carer", "c", "parent_assessed", "2025-02-01"), "parent_assessed"},
		{"parent's assessment", "placement", vals("start", "2025-01-10", "reason_new", "S", "legal_status", "C2", "type", "P1", "provider", "PR0",
			"carer", "Mother", "parent_assessed", "2025-02-01"), ""},
		{"parent's assessment not in the future", "placement", vals("start", "2025-01-10", "reason_new", "S", "legal_status", "C2", "type", "P1", "provider", "PR0",
			"carer", "Mother", "parent_assessed", "2026-12-01"), "parent_assessed"},
		{"adoption ceremony needs the order", "adoption", vals("decision", "2025-05-01", "ceremony", "2026-03-20"), "order"},
		{"adoption ceremony after the order", "adoption", vals("decision", "2025-05-01", "order", "2026-03-01", "ended", "2026-03-01", "ceremony", "2026-02-20"), "ceremony"},
		{"life-story parts given not in the future", "adoption", vals("decision", "2025-05-01", "life_story_parts.part", "First chapter", "life_story_parts.given", "2025-06-01",
			"life_story_parts.part", "Second chapter", "life_story_parts.given", "2026-12-01"), "life_story_parts.given"},
		{"life-story parts and the letter", "adoption", vals("decision", "2025-05-01", "order", "2026-03-01", "ended", "2026-03-01", "ceremony", "2026-03-20",
			"life_story_parts.part", "First chapter", "life_story_parts.given", "2025-06-01", "later_life_letter", "2026-03-27"), ""},
		{"in touch needs activity", "in_touch", vals("date", "2026-01-10", "in_touch", "YES", "accommodation", "U1"), "activity"},
		{"died needs no activity", "in_touch", vals("date", "2026-01-10", "in_touch", "DIED", "activity", "F1"), "in_touch"},
		{"return interview not declined if held", "missing", vals("type", "M", "start", "2026-01-10T20:00", "returned", "2026-01-11T09:00",
			"rhi_done", "2026-01-12T10:00", "rhi_declined", "yes"), "rhi_declined"},
		{"early help ended as met needs sustainability", "early_help", vals("start", "2026-06-01", "reason", "r", "consent", "yes", "lead", "l",
			"end", "2026-10-01", "outcome", "met"), "sustainability"},
		// The other cohorts (cohorts.go).
		{"CWD transfer needs the criteria met", "cwd_transfer", vals("requested", "2026-10-01", "disability", "d", "decision", "transfer",
			"decided", "2026-10-08", "rationale", "r", "receiving_team", "CWD"), "criteria"},
		{"CWD transfer needs a receiving team", "cwd_transfer", vals("requested", "2026-10-01", "disability", "d", "decision", "transfer",
			"decided", "2026-10-08", "rationale", "r", "criteria", "substantial_permanent"), "receiving_team"},
		{"CWD decision needs its reasons", "cwd_transfer", vals("requested", "2026-10-01", "disability", "d", "decision", "not_transfer",
			"decided", "2026-10-08"), "rationale"},
		{"CWD not transferred has no transfer date", "cwd_transfer", vals("requested", "2026-10-01", "disability", "d", "decision", "not_transfer",
			"decided", "2026-10-08", "rationale", "r", "transferred", "2026-10-09"), "transferred"},
		{"CWD transfer decided", "cwd_transfer", vals("requested", "2026-10-01", "disability", "d", "decision", "transfer", "decided", "2026-10-08",
			"rationale", "r", "criteria", "substantial_permanent", "criteria", "arise_from_disability", "receiving_team", "CWD", "transferred", "2026-10-12"), ""},
		{"short break hours a whole number", "short_break", vals("start", "2026-10-01", "type", "overnight", "provider", "p", "hours", "ten"), "hours"},
		{"short break ends after it starts", "short_break", vals("start", "2026-10-01", "type", "day", "provider", "p", "end", "2026-09-01"), "end"},
		{"short break", "short_break", vals("start", "2026-10-01", "type", "direct_payment", "provider", "p", "hours", "16", "review", "2027-04-01"), ""},
		{"private fostering suitability needs its date", "private_fostering", vals("notified", "2026-10-01", "carer", "c", "parent_consent", "yes",
			"suitability", "suitable"), "assessed"},
		{"private fostering ended needs a reason", "private_fostering", vals("notified", "2026-10-01", "carer", "c", "parent_consent", "yes",
			"ended", "2026-11-01"), "end_reason"},
		{"private fostering notified in the future", "private_fostering", vals("notified", "2026-12-01", "carer", "c", "parent_consent", "yes"), "notified"},
		{"private fostering", "private_fostering", vals("notified", "2026-10-01", "carer", "c", "parent_consent", "yes",
			"assessed", "2026-11-01", "suitability", "suitable_conditions"), ""},
		{"homeless outcome needs an assessment", "homeless_16_17", vals("presented", "2026-10-01", "route", "housing", "outcome", "s20",
			"outcome_date", "2026-10-02", "rationale", "r"), "assessed"},
		{"housed without s20 needs an informed choice", "homeless_16_17", vals("presented", "2026-10-01", "route", "housing", "assessed", "2026-10-02",
			"outcome", "housing_support", "outcome_date", "2026-10-03", "rationale", "r", "views", "v", "informed", "no"), "informed"},
		{"housed without s20 needs the young person's views", "homeless_16_17", vals("presented", "2026-10-01", "route", "housing", "assessed", "2026-10-02",
			"outcome", "housing_support", "outcome_date", "2026-10-03", "rationale", "r", "informed", "yes"), "views"},
		{"homeless young person looked after", "homeless_16_17", vals("presented", "2026-10-01", "route", "csc", "stay", "foster", "assessed", "2026-10-02",
			"outcome", "s20", "outcome_date", "2026-10-02", "rationale", "r"), ""},
		{"CME not found needs the enquiries", "cme", vals("reported", "2026-10-01", "reported_by", "School", "resolved", "2026-11-01", "outcome", "not_found"), "enquiries"},
		{"CME resolved needs an outcome", "cme", vals("reported", "2026-10-01", "reported_by", "School", "resolved", "2026-11-01"), "outcome"},
		{"CME found", "cme", vals("reported", "2026-10-01", "reported_by", "School", "enquiries", "2026-10-02 school nurse\n2026-10-05 GP",
			"resolved", "2026-10-20", "outcome", "on_roll"), ""},
		{"EHE visit says whether the child was seen", "ehe", vals("notified", "2026-10-01", "visited", "2026-10-15"), "child_seen"},
		{"EHE decision needs its date", "ehe", vals("notified", "2026-10-01", "suitability", "suitable"), "decided"},
		{"EHE decided", "ehe", vals("notified", "2026-10-01", "visited", "2026-10-15", "child_seen", "yes", "suitability", "suitable", "decided", "2026-10-20"), ""},
		{"LADO referral before the allegation was known", "lado", vals("known", "2026-10-02", "received", "2026-10-01", "role", "r", "employer", "e",
			"category", "harm", "allegation", "a"), "received"},
		{"LADO category from the list", "lado", vals("known", "2026-10-01", "received", "2026-10-01", "role", "r", "employer", "e",
			"category", "rude", "allegation", "a"), "category"},
		{"LADO substantiated needs the DBS answer", "lado", vals("known", "2026-10-01", "received", "2026-10-01", "role", "r", "employer", "e",
			"category", "harm", "allegation", "a", "outcome", "substantiated", "concluded", "2026-11-01"), "dbs"},
		{"LADO concluded", "lado", vals("known", "2026-10-01", "received", "2026-10-02", "role", "r", "employer", "e", "category", "harm",
			"category", "unsuitable", "allegation", "a", "meeting", "2026-10-05", "outcome", "unfounded", "concluded", "2026-11-01"), ""},
		{"private fostering visit", "visit", vals("date", "2026-10-02", "type", "pf", "seen", "yes", "seen_alone", "yes", "voice", "v"), ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			it := &Item{Kind: c.kind, Values: c.values}
			it.Normalise()
			fe := it.Validate(today)
			if c.wantField == "" {
				if len(fe) > 0 {
					t.Fatalf("valid %s refused: %v", c.kind, fe)
				}
				return
			}
			if fe.For(c.wantField) == "" {
				t.Fatalf("want a problem with %s, got %v", c.wantField, fe)
			}
		})
	}
}

func TestNormalise(t *testing.T) {
	it := &Item{Kind: "cin_plan", Values: Values{
		"start": {" 2026-10-10 "}, "goal": {"g\r\nsecond line"}, "unknown": {"dropped"},
		"changes.what": {"a", "", ""}, "changes.who": {"b", "", "c"}, "changes.by": {"2026-12-01", "", ""}, "changes.measure": {"m", "", ""},
	}}
	it.Normalise()
	if it.Get("start") != "2026-10-10" || it.Get("goal") != "g\nsecond line" || it.Values["unknown"] != nil {
		t.Errorf("normalised = %v", it.Values)
	}
	// The blank second row goes; the third, half filled, stays with its columns in step.
	if got := it.List("changes.who"); len(got) != 2 || got[1] != "c" || len(it.List("changes.what")) != 2 {
		t.Errorf("rows = %v", it.Values)
	}
}

func TestReReferralAndLevel(t *testing.T) {
	ref := func(id int64, start, end string) *Item {
		return &Item{ID: id, Kind: "referral", Values: vals("referral_date", start, "closure_date", end, "source", "2A", "nfa", "no")}
	}
	prev := ref(1, "2025-11-20", "2026-01-10")
	cases := []struct {
		name string
		this *Item
		want bool
	}{
		{"12 months to the day", ref(2, "2026-11-20", ""), true},
		{"12 months and a day", ref(2, "2026-11-21", ""), false},
		{"a leap day", ref(2, "2026-02-28", ""), true},
	}
	for _, c := range cases {
		if got := ReReferral(c.this, []*Item{prev, c.this}); got != c.want {
			t.Errorf("%s: ReReferral = %v, want %v", c.name, got, c.want)
		}
	}
	open := ref(3, "2026-10-01", "")
	if l := Level([]*Item{prev, open}, today); l != "cin" {
		t.Errorf("Level with an open referral = %q", l)
	}
}

func TestCheckAgainst(t *testing.T) {
	ref := &Item{ID: 1, Kind: "referral", Values: vals("referral_date", "2026-09-01", "source", "2A", "nfa", "no")}
	cp := &Item{ID: 2, Kind: "cp_plan", EpisodeID: 1, Values: vals("start", "2026-09-20", "initial_category", "NEG", "latest_category", "NEG")}
	cin := &Item{ID: 3, Kind: "cin_plan", EpisodeID: 1, Values: vals("start", "2026-10-01")}
	if fe := CheckAgainst(cin, nil, []*Item{ref, cp}); fe.For("start") == "" {
		t.Error("a CIN plan alongside a CP plan was accepted")
	}
	second := &Item{ID: 4, Kind: "referral", Values: vals("referral_date", "2026-10-01", "source", "2A", "nfa", "no")}
	if fe := CheckAgainst(second, nil, []*Item{ref}); fe.For("referral_date") == "" {
		t.Error("two open referrals were accepted")
	}
	closing := &Item{ID: 1, Kind: "referral", Values: vals("referral_date", "2026-09-01", "source", "2A", "nfa", "no", "closure_date", "2026-11-01", "closure_reason", "RC7", "primary_need", "N1")}
	if fe := CheckAgainst(closing, ref, []*Item{cp}); fe.For("closure_date") == "" {
		t.Error("a referral closed while its CP plan is open")
	}
}

func TestThresholds(t *testing.T) {
	for _, bad := range []string{"", "L1=Universal", "L1=Universal; L1=Targeted", "L1 Universal; L2=Targeted", "=x; L2=y"} {
		if _, err := ParseThresholds(bad); err == nil {
			t.Errorf("ParseThresholds(%q) accepted", bad)
		}
	}
	set, err := ParseThresholds("L1=Level 1: universal; L2=Level 2: early help; L3=Level 3: child in need; L4=Level 4: child protection")
	if err != nil || len(set.Codes) != 4 || set.Label("L3") != "Level 3: child in need" {
		t.Fatalf("ParseThresholds = %+v, %v", set, err)
	}
	defer UseThresholds(Levels)
	UseThresholds(set)
	it := &Item{Kind: "contact", Values: vals("received", "2026-11-02T09:00", "source", "2A", "consent", "given", "worry", "x",
		"decision", "advice", "decided", "2026-11-02T10:00", "threshold", "cin", "rationale", "r")}
	if fe := it.Validate(today); fe.For("threshold") == "" {
		t.Error("a level not in the council's thresholds was accepted")
	}
	it.Values.Set("threshold", "L2")
	if fe := it.Validate(today); len(fe) > 0 {
		t.Errorf("the council's level refused: %v", fe)
	}
}

func TestEpisodeEndsAfterWhatIsWithinIt(t *testing.T) {
	care := &Item{ID: 1, Kind: "care_period", Values: vals("start", "2025-06-02", "category", "N1", "uasc", "no")}
	pl := &Item{ID: 2, Kind: "placement", ParentID: 1, Values: vals("start", "2025-06-02", "reason_new", "S", "legal_status", "V2",
		"type", "U4", "provider", "PR1", "carer", "c")}
	ended := &Item{ID: 1, Kind: "care_period", Values: vals("start", "2025-06-02", "category", "N1", "uasc", "no", "end", "2026-01-05", "reason_ceased", "E4A")}
	if fe := CheckAgainst(ended, care, []*Item{pl}); fe.For("end") == "" {
		t.Error("a period of care ended while its placement is open")
	}
	pl.Values.Set("end", "2026-01-05")
	if fe := CheckAgainst(ended, care, []*Item{pl}); len(fe) > 0 {
		t.Errorf("a period of care ended with its placement: %v", fe)
	}
	early := &Item{ID: 1, Kind: "care_period", Values: vals("start", "2025-06-02", "category", "N1", "uasc", "no", "end", "2025-12-01", "reason_ceased", "E4A")}
	if fe := CheckAgainst(early, care, []*Item{pl}); fe.For("end") == "" {
		t.Error("a period of care ended before its placement did")
	}
}

func TestNewEpisodeEndedAtOnceIsAccepted(t *testing.T) {
	// A new record has no ID yet: nothing sits within it, whatever else has no parent.
	other := &Item{ID: 5, Kind: "care_period", Values: vals("start", "2020-01-01", "category", "N1", "uasc", "no")}
	pl := &Item{Kind: "placement", ParentID: 5, Values: vals("start", "2020-01-01", "reason_new", "S", "legal_status", "C2",
		"type", "U4", "provider", "PR1", "carer", "c", "end", "2021-01-01")}
	orphan := &Item{ID: 6, Kind: "missing", Values: vals("type", "M", "start", "2020-06-01T20:00")}
	if fe := CheckAgainst(pl, nil, []*Item{other, orphan}); len(fe) > 0 {
		t.Errorf("a new placement with its end date: %v", fe)
	}
}

func TestPlacementStability(t *testing.T) {
	pl := func(id int64, start, end, reason string) *Item {
		return &Item{ID: id, Kind: "placement", ParentID: 1, Values: vals("start", start, "end", end, "reason_new", reason,
			"legal_status", "C2", "type", "U4", "provider", "PR1", "carer", "c")}
	}
	items := []*Item{
		pl(2, "2024-06-01", "2025-12-01", "S"), // open at the start of the year: counts
		pl(3, "2025-12-01", "2026-02-01", "P"), // a move
		pl(4, "2026-02-01", "2026-06-01", "P"), // another move
		pl(5, "2026-06-01", "", "L"),           // a change of legal status only: the same placement
		pl(6, "2023-01-01", "2024-06-01", "S"), // before the year: does not count
	}
	st := PlacementStability(items, today)
	if st.InYear != 3 || st.CurrentSince.String() != "2026-02-01" || st.CurrentDays != 292 {
		t.Errorf("stability = %+v, want 3 placements in the year, current since 2026-02-01 (292 days)", st)
	}
	if st := PlacementStability(nil, today); st.InYear != 0 || !st.CurrentSince.IsZero() {
		t.Errorf("stability with no placements = %+v", st)
	}
}

func TestLeaverStatus(t *testing.T) {
	pl := func(start, end, ls string) *Item {
		return &Item{Kind: "placement", Values: vals("start", start, "end", end, "legal_status", ls, "reason_new", "S", "type", "U4")}
	}
	born := date.MustParse("2009-06-01") // 16 on 1 June 2025, 17 on 1 June 2026
	cases := []struct {
		name  string
		items []*Item
		born  string
		today string
		want  string
	}{
		{"in care since 12, now 17", []*Item{pl("2021-06-01", "", "C2")}, "", "2026-11-20", "eligible"},
		{"left care at 16 and a half", []*Item{pl("2021-06-01", "2025-12-01", "C2")}, "", "2026-11-20", "relevant"},
		{"now 19, left at 17", []*Item{pl("2021-06-01", "2026-07-01", "C2")}, "", "2028-09-01", "former_relevant"},
		{"only 10 weeks since 14", []*Item{pl("2025-04-01", "2025-06-10", "V2")}, "", "2026-11-20", "qualifying"},
		{"13 weeks in two spells since 14", []*Item{pl("2024-01-01", "2024-02-15", "V2"), pl("2025-05-01", "2025-06-20", "V2")}, "", "2026-11-20", "relevant"},
		{"short breaks do not count", []*Item{pl("2023-06-01", "", "V3")}, "", "2026-11-20", ""},
		{"in care only before 16", []*Item{pl("2023-06-01", "2024-06-01", "C2")}, "", "2026-11-20", ""},
		{"too young", []*Item{pl("2021-06-01", "", "C2")}, "2012-01-01", "2026-11-20", ""},
		{"no date of birth", []*Item{pl("2021-06-01", "", "C2")}, "none", "2026-11-20", ""},
	}
	for _, c := range cases {
		b := born
		switch c.born {
		case "":
		case "none":
			b = date.Date{}
		default:
			b = date.MustParse(c.born)
		}
		if got := LeaverStatus(c.items, b, date.MustParse(c.today)); got != c.want {
			t.Errorf("%s: LeaverStatus = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestCWDCriteria(t *testing.T) {
	for _, bad := range []string{"", "sld", "a=x; a=y", "=x"} {
		if _, err := ParseCWDCriteria(bad); err == nil {
			t.Errorf("ParseCWDCriteria(%q) accepted", bad)
		}
	}
	set, err := ParseCWDCriteria("pmld=Profound and multiple learning disabilities; lld=A life-limiting condition needing palliative care")
	if err != nil || len(set.Codes) != 2 {
		t.Fatalf("ParseCWDCriteria = %+v, %v", set, err)
	}
	defer UseCWDCriteria(cwdCriteria)
	UseCWDCriteria(set)
	it := &Item{Kind: "cwd_transfer", Values: vals("requested", "2026-10-01", "disability", "x", "criteria", "sensory",
		"decision", "transfer", "decided", "2026-10-20", "rationale", "r", "receiving_team", "CWD team")}
	if fe := it.Validate(today); fe.For("criteria") == "" {
		t.Error("a criterion not in the council's list was accepted")
	}
	it.Values.Set("criteria", "pmld")
	if fe := it.Validate(today); len(fe) > 0 {
		t.Errorf("the council's criterion refused: %v", fe)
	}
}

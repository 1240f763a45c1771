package cinreport

import (
	"sort"

	"ourchild/internal/cincensus"
	"ourchild/internal/codes"
)

// A Summary counts what a census return holds, for the person checking it before it is sent.
type Summary struct {
	Children, Episodes, Assessments, Section47, CPPlans, CINPlans int
	// Open counts the episodes still open on 31 March; NFA the no-further-action referrals.
	Open, NFA int
	ByNeed    []NeedCount // episodes by primary need, in code order; "" for none recorded
}

// A NeedCount is how many episodes have a primary need.
type NeedCount struct {
	Code, Label string
	Episodes    int
}

// Summarise counts the return's children, episodes and modules.
func Summarise(r *cincensus.Return) Summary {
	s := Summary{Children: len(r.Children)}
	need := map[string]int{}
	for _, c := range r.Children {
		for _, e := range c.CINdetails {
			s.Episodes++
			s.Assessments += len(e.Assessments)
			s.Section47 += len(e.Section47)
			s.CPPlans += len(e.ChildProtectionPlans)
			s.CINPlans += len(e.CINPlanDates)
			if e.CINclosureDate == "" {
				s.Open++
			}
			if e.ReferralNFA == "true" {
				s.NFA++
			}
			need[e.PrimaryNeedCode]++
		}
	}
	for code, n := range need {
		label := codes.PrimaryNeed.Label(code)
		if code == "" {
			label = "Not recorded"
		} else if label == "" {
			label = code
		}
		s.ByNeed = append(s.ByNeed, NeedCount{Code: code, Label: label, Episodes: n})
	}
	sort.Slice(s.ByNeed, func(i, j int) bool {
		a, b := s.ByNeed[i].Code, s.ByNeed[j].Code
		if (a == "") != (b == "") {
			return b == "" // "not recorded" last
		}
		return a < b
	})
	return s
}

package cincensus

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"ourchild/internal/codes"
	"ourchild/internal/date"
)

// Rules are described by their DfE code and message; the definitions follow
// data-to-insight/csc-validator-be-cin cin_validator/rules/cin2022_23/rule_NNNN.py
// (and later years' folders for changes), re-implemented here.

// ep is one CIN episode with its child and position (1-based) for messages.
type ep struct {
	c *Child
	n int
	e *CINdetails
}

func (x ep) id() string { return x.c.Identifiers.LAchildID }

// referral is the episode's referral date; ok is false if it is missing or
// unreadable. (Read when a rule asks: most rules never do.)
func (x ep) referral() (date.Date, bool) { return parseDate(x.e.CINreferralDate) }

func episodes(r *Return, f func(x ep)) {
	for _, c := range r.Children {
		for i, e := range c.CINdetails {
			f(ep{c, i + 1, e})
		}
	}
}

// within reports whether d is in [start, end].
func within(d, start, end date.Date) bool { return !d.Before(start) && !d.After(end) }

// outsidePeriod reports a date field that is present but not in the census
// year; where (a format, with args) says which module, and is only written
// out for a finding.
func outsidePeriod(r *Return, rep report, id, field, v string, where string, args ...any) {
	d, ok := parseDate(v)
	if !ok {
		return
	}
	start, end, pok := r.period()
	if pok && !within(d, start, end) {
		rep(id, field, fmt.Sprintf("%s %s is outside the census year %s to %s (%s)", field, v, start, end, fmt.Sprintf(where, args...)))
	}
}

// beforeReferral reports a date field earlier than the episode's referral date.
func beforeReferral(rep report, x ep, field, v string) {
	d, ok := parseDate(v)
	if !ok {
		return
	}
	if ref, rok := x.referral(); rok && d.Before(ref) {
		rep(x.id(), field, fmt.Sprintf("%s %s is before CINreferralDate %s (episode %d)", field, v, x.e.CINreferralDate, x.n))
	}
}

func isTrue(v string) bool  { return v == "true" || v == "1" }
func isFalse(v string) bool { return v == "false" || v == "0" }

func upnRule(target error) func(*Return, report) {
	return func(r *Return, rep report) {
		for _, c := range r.Children {
			u := c.Identifiers.UPN
			if u == "" || len(u) != 13 {
				continue
			}
			if err := upnCheck(u); errors.Is(err, target) {
				rep(c.Identifiers.LAchildID, "UPN", fmt.Sprintf("UPN %s: %v", u, target))
			}
		}
	}
}

func codeRule(set *codes.Set, field string, required bool, get func(c *Child) []string) func(*Return, report) {
	return func(r *Return, rep report) {
		for _, c := range r.Children {
			for _, v := range get(c) {
				if v == "" {
					if required {
						rep(c.Identifiers.LAchildID, field, field+" is missing")
					}
					continue
				}
				if !set.Valid(v) {
					rep(c.Identifiers.LAchildID, field, fmt.Sprintf("%s %q is not a valid code", field, v))
				}
			}
		}
	}
}

func episodeValues(get func(e *CINdetails) string) func(c *Child) []string {
	return func(c *Child) []string {
		var out []string
		for _, e := range c.CINdetails {
			out = append(out, get(e))
		}
		return out
	}
}

var allRules = []Rule{
	{Code: "100", Description: "Reference Date is incorrect", Check: func(r *Return, rep report) {
		// <ReferenceDate> must be present and be 31 March of the collection <Year>.
		y, err := strconv.Atoi(r.Header.Year)
		d, ok := parseDate(r.Header.ReferenceDate)
		if err != nil || !ok || d.Year() != y || d.Month() != 3 || d.Day() != 31 {
			rep("", "ReferenceDate", fmt.Sprintf("ReferenceDate %q should be 31 March of Year %q", r.Header.ReferenceDate, r.Header.Year))
		}
	}},
	{Code: "1103", Description: "The assessment start date cannot be before the referral date", Check: func(r *Return, rep report) {
		// Where present, AssessmentActualStartDate must be on or after CINreferralDate.
		episodes(r, func(x ep) {
			for _, a := range x.e.Assessments {
				beforeReferral(rep, x, "AssessmentActualStartDate", a.AssessmentActualStartDate)
			}
		})
	}},
	{Code: "1104", Description: "The date of the initial child protection conference cannot be before the referral date", Check: func(r *Return, rep report) {
		// Where present, DateOfInitialCPC in CINdetails and in Section47 must be on or after CINreferralDate.
		episodes(r, func(x ep) {
			beforeReferral(rep, x, "DateOfInitialCPC", x.e.DateOfInitialCPC)
			for _, s := range x.e.Section47 {
				beforeReferral(rep, x, "DateOfInitialCPC", s.DateOfInitialCPC)
			}
		})
	}},
	{Code: "1105", Description: "The child protection plan start date cannot be before the referral date", Check: func(r *Return, rep report) {
		// Where present, CPPstartDate must be on or after CINreferralDate.
		episodes(r, func(x ep) {
			for _, p := range x.e.ChildProtectionPlans {
				beforeReferral(rep, x, "CPPstartDate", p.CPPstartDate)
			}
		})
	}},
	// 1510-1550: the parts of a 13-character UPN (codes.ValidUPN).
	{Code: "1510", Description: "UPN invalid (wrong check letter at character 1)", Check: upnRule(codes.ErrUPNCheckLetter)},
	{Code: "1520", Description: "More than one record with the same UPN", Check: func(r *Return, rep report) {
		// Each UPN must be unique within the return.
		n := map[string]int{}
		for _, c := range r.Children {
			if u := c.Identifiers.UPN; u != "" {
				n[u]++
			}
		}
		for _, c := range r.Children {
			if u := c.Identifiers.UPN; u != "" && n[u] > 1 {
				rep(c.Identifiers.LAchildID, "UPN", fmt.Sprintf("UPN %s is used by %d children", u, n[u]))
			}
		}
	}},
	{Code: "1530", From: 2023, Description: "UPN invalid (characters 2-4 not a recognised LA code)", Check: upnRule(codes.ErrUPNLACode)},
	{Code: "1530", To: 2022, Description: "UPN invalid (characters 2-4 not a recognised LA code)", Check: func(r *Return, rep report) {
		// 2022/23 list: as 2023/24 (codes.ValidUPNLACode) but without 942 and
		// 943 (Cumberland, Westmorland and Furness), added in 2023/24.
		upnRule(codes.ErrUPNLACode)(r, rep)
		for _, c := range r.Children {
			if u := c.Identifiers.UPN; len(u) == 13 && (u[1:4] == "942" || u[1:4] == "943") {
				rep(c.Identifiers.LAchildID, "UPN", fmt.Sprintf("UPN %s: %v (%s is valid from 2023/24)", u, codes.ErrUPNLACode, u[1:4]))
			}
		}
	}},
	{Code: "1540", Description: "UPN invalid (characters 5-12 not all numeric)", Check: upnRule(codes.ErrUPNDigits)},
	{Code: "1550", Description: "UPN invalid (character 13 not a recognised value)", Check: upnRule(codes.ErrUPNLastChar)},
	{Code: "1560Q", Query: true, Description: "Please check and either amend or provide a reason: Former UPN wrongly formatted", Check: func(r *Return, rep report) {
		// Where present, FormerUPN must be a valid UPN (13 characters, check letter, LA number, digits, last character).
		for _, c := range r.Children {
			if u := c.Identifiers.FormerUPN; u != "" {
				if err := codes.ValidUPN(u); err != nil {
					rep(c.Identifiers.LAchildID, "FormerUPN", fmt.Sprintf("FormerUPN %s: %v", u, err))
				}
			}
		}
	}},
	{Code: "2887Q", Query: true, Description: "Please check and either amend or provide a reason: Less than 8 disability codes have been used in your return", Check: func(r *Return, rep report) {
		// Whole return: excluding NONE, more than 7 different Disability codes
		// should be used. (The sector validator's 2022/23 file keeps only the
		// NONE rows and counts them instead, so it queries any return with
		// fewer than 8 NONE entries; we follow the DfE wording.)
		used := map[string]bool{}
		for _, c := range r.Children {
			for _, d := range c.Characteristics.Disabilities {
				if d != "" && d != "NONE" {
					used[d] = true
				}
			}
		}
		if len(used) < 8 {
			rep("", "Disability", fmt.Sprintf("only %d different disability codes are used in the return", len(used)))
		}
	}},
	{Code: "2883", Description: "There are more child protection plans starting than initial conferences taking place", Check: func(r *Return, rep report) {
		// Whole return (cin2022_23/rule_2883.py): the number of CPPstartDates
		// within the census year must not exceed the number of DateOfInitialCPC
		// within the census year, counting both the CINdetails and the
		// Section47 modules' dates.
		start, end, ok := r.period()
		if !ok {
			return
		}
		in := func(v string) int {
			if d, ok := parseDate(v); ok && within(d, start, end) {
				return 1
			}
			return 0
		}
		plans, cpcs := 0, 0
		episodes(r, func(x ep) {
			cpcs += in(x.e.DateOfInitialCPC)
			for _, s := range x.e.Section47 {
				cpcs += in(s.DateOfInitialCPC)
			}
			for _, p := range x.e.ChildProtectionPlans {
				plans += in(p.CPPstartDate)
			}
		})
		if plans > cpcs {
			rep("", "CPPstartDate", fmt.Sprintf("%d child protection plans start in the census year but only %d initial conferences take place", plans, cpcs))
		}
	}},
	{Code: "2884", Description: "An initial child protection conference is recorded at both the S47 and CIN Details level and it should only be recorded in one", Check: func(r *Return, rep report) {
		// cin2022_23/rule_2884.py: a Section47 DateOfInitialCPC must not equal
		// the CINdetails DateOfInitialCPC: the same conference recorded twice.
		// (The Python rule pairs a child's S47 modules with every one of the
		// child's episodes; we compare within the episode, where the
		// conference is recorded "at both levels".)
		episodes(r, func(x ep) {
			d, ok := parseDate(x.e.DateOfInitialCPC)
			if !ok {
				return
			}
			for i, s := range x.e.Section47 {
				if d2, ok := parseDate(s.DateOfInitialCPC); ok && d2 == d {
					rep(x.id(), "DateOfInitialCPC", fmt.Sprintf("episode %d: conference %s recorded on the episode and in section 47 %d", x.n, x.e.DateOfInitialCPC, i+1))
				}
			}
		})
	}},
	{Code: "2885", Description: "Child protection plan shown as starting a different day to the initial child protection conference.", Check: func(r *Return, rep report) {
		// cin2022_23/rule_2885.py: a CPPstartDate within the census year should
		// equal a DateOfInitialCPC of the same episode: one of its Section47
		// modules' or, failing that, the episode's own.
		start, end, ok := r.period()
		if !ok {
			return
		}
		episodes(r, func(x ep) {
			for i, p := range x.e.ChildProtectionPlans {
				cs, ok := parseDate(p.CPPstartDate)
				if !ok || !within(cs, start, end) {
					continue
				}
				match := false
				if d, ok := parseDate(x.e.DateOfInitialCPC); ok && d == cs {
					match = true
				}
				for _, s := range x.e.Section47 {
					if d, ok := parseDate(s.DateOfInitialCPC); ok && d == cs {
						match = true
					}
				}
				if !match {
					rep(x.id(), "CPPstartDate", fmt.Sprintf("episode %d, plan %d starts %s, not on an initial conference date", x.n, i+1, p.CPPstartDate))
				}
			}
		})
	}},
	{Code: "2886Q", Query: true, To: 2023, Description: "Please check: Percentage of children with no gender recorded is more than 2% (excluding unborns)", Check: func(r *Return, rep report) {
		// Whole return (cin2022_23/rule_2886Q.py), to 2023/24: the children
		// whose GenderCurrent is 0 or missing and who have no
		// ExpectedPersonBirthDate should be at most 2% of all child records.
		n := 0
		for _, c := range r.Children {
			g := c.Identifiers.GenderCurrent
			if (g == "" || g == "0") && c.Identifiers.ExpectedPersonBirthDate == "" {
				n++
			}
		}
		if len(r.Children) > 0 && n*50 > len(r.Children) {
			rep("", "GenderCurrent", fmt.Sprintf("%d of %d children have no gender recorded", n, len(r.Children)))
		}
	}},
	{Code: "2888Q", Query: true, Description: "Please check: Only one disability code is recorded per child and multiple disabilities should be recorded where possible.", Check: func(r *Return, rep report) {
		// Whole return (cin2022_23/rule_2888Q.py): excluding NONE, at least one
		// child with a disability should have more than one Disability code. A
		// return where no child has a disability is not queried. (The Python
		// file keeps only the NONE rows, as in 2887Q; we follow the DfE wording.)
		with := 0
		for _, c := range r.Children {
			k := 0
			for _, d := range c.Characteristics.Disabilities {
				if d != "" && d != "NONE" {
					k++
				}
			}
			if k > 1 {
				return
			}
			if k == 1 {
				with++
			}
		}
		if with > 0 {
			rep("", "Disability", fmt.Sprintf("each of the %d children with a disability has only one code", with))
		}
	}},
	{Code: "2889", Description: "The S47 start date cannot be before the referral date.", Check: func(r *Return, rep report) {
		// Where present, S47ActualStartDate must be on or after CINreferralDate.
		episodes(r, func(x ep) {
			for _, s := range x.e.Section47 {
				beforeReferral(rep, x, "S47ActualStartDate", s.S47ActualStartDate)
			}
		})
	}},
	{Code: "2990", Description: "Activity is recorded against a case marked as ‘Case closed after assessment, no further action’ or 'case closed after assessment, referred to early help'.", Check: func(r *Return, rep report) {
		// An episode closed with RC8 or RC9 cannot have a DateOfInitialCPC, a
		// Section47, a ChildProtectionPlans or a CINPlanDates module. (The
		// 2022/23 rule file names RC8 only; the validator's message and the
		// sample results include RC9, which is the current DfE wording.)
		episodes(r, func(x ep) {
			e := x.e
			if e.ReasonForClosure != "RC8" && e.ReasonForClosure != "RC9" {
				return
			}
			if e.DateOfInitialCPC != "" || len(e.Section47) > 0 || len(e.ChildProtectionPlans) > 0 || len(e.CINPlanDates) > 0 {
				rep(x.id(), "ReasonForClosure", fmt.Sprintf("episode %d closed %s has a conference, section 47, protection plan or CIN plan", x.n, e.ReasonForClosure))
			}
		})
	}},
	{Code: "2991Q", Query: true, Description: "Please check: A Section 47 module is recorded and there is no assessment on the episode", Check: func(r *Return, rep report) {
		// cin2022_23/rule_2991Q.py: an episode with a Section47 module should have an Assessments module.
		episodes(r, func(x ep) {
			if len(x.e.Section47) > 0 && len(x.e.Assessments) == 0 {
				rep(x.id(), "Section47", fmt.Sprintf("episode %d has a section 47 but no assessment", x.n))
			}
		})
	}},
	{Code: "4000", Description: "CIN Plan details provided for a referral with no further action", Check: func(r *Return, rep report) {
		// cin2022_23/rule_4000.py: if ReferralNFA is true or 1, the episode
		// must have no CINPlanDates module. (The Python merge keeps every plan
		// whatever the flag; we follow the DfE wording.)
		episodes(r, func(x ep) {
			if isTrue(x.e.ReferralNFA) && len(x.e.CINPlanDates) > 0 {
				rep(x.id(), "ReferralNFA", fmt.Sprintf("episode %d is a no-further-action referral with a CIN plan", x.n))
			}
		})
	}},
	{Code: "4001", Description: "A CIN Plan cannot run concurrently with a Child Protection Plan", Check: func(r *Return, rep report) {
		// cin2022_23/rule_4001.py: if an episode has a ChildProtectionPlans
		// module with no CPPendDate, it must not have a CINPlanDates module
		// with no CINPlanEndDate.
		episodes(r, func(x ep) {
			openCPP, openCIN := false, false
			for _, p := range x.e.ChildProtectionPlans {
				openCPP = openCPP || p.CPPendDate == ""
			}
			for _, p := range x.e.CINPlanDates {
				openCIN = openCIN || p.CINPlanEndDate == ""
			}
			if openCPP && openCIN {
				rep(x.id(), "CINPlanEndDate", fmt.Sprintf("episode %d has an open CIN plan and an open child protection plan", x.n))
			}
		})
	}},
	{Code: "4003", Description: "A CPP review date is shown as being held at the same time as an open CIN Plan.", Check: func(r *Return, rep report) {
		// cin2022_23/rule_4003.py: within an episode, no CPPreviewDate may fall
		// on or after a CINPlanStartDate and before that plan's CINPlanEndDate
		// (ReferenceDate, inclusive, when the CIN plan is open), unless the
		// review date equals its protection plan's CPPendDate.
		_, end, ok := r.period()
		episodes(r, func(x ep) {
			for _, cp := range x.e.ChildProtectionPlans {
				cpEnd, cpEndOK := parseDate(cp.CPPendDate)
				for _, rv := range cp.Reviews {
					d, dok := parseDate(rv)
					if !dok || (cpEndOK && d == cpEnd) {
						continue
					}
					for _, pl := range x.e.CINPlanDates {
						s, sok := parseDate(pl.CINPlanStartDate)
						if !sok || d.Before(s) {
							continue
						}
						e, eok := parseDate(pl.CINPlanEndDate)
						if (eok && d.Before(e)) || (!eok && pl.CINPlanEndDate == "" && ok && !d.After(end)) {
							rep(x.id(), "CPPreviewDate", fmt.Sprintf("episode %d: review %s falls within the CIN plan starting %s", x.n, rv, pl.CINPlanStartDate))
						}
					}
				}
			}
		})
	}},
	{Code: "4004", Description: "This child is showing more than one open CIN Plan, i.e. with no End Date", Check: func(r *Return, rep report) {
		// cin2022_23/rule_4004.py: within an episode, at most one CINPlanDates
		// group may lack a CINPlanEndDate.
		episodes(r, func(x ep) {
			n := 0
			for _, p := range x.e.CINPlanDates {
				if p.CINPlanEndDate == "" {
					n++
				}
			}
			if n > 1 {
				rep(x.id(), "CINPlanEndDate", fmt.Sprintf("episode %d has %d open CIN plans", x.n, n))
			}
		})
	}},
	// cin2022_23/rule_4008.py: if PersonDeathDate is present, every CINPlanStartDate must be on or before it.
	notAfterDeath("4008", "CIN Plan shown as starting after the child’s Date of Death", "CINPlanStartDate", "CIN plan starts", func(e *CINdetails) (ds []string) {
		for _, p := range e.CINPlanDates {
			ds = append(ds, p.CINPlanStartDate)
		}
		return
	}),
	{Code: "4011", Description: "CIN Plan End Date earlier than Start Date", Check: func(r *Return, rep report) {
		// cin2022_23/rule_4011.py: where present, CINPlanEndDate must be on or after CINPlanStartDate.
		episodes(r, func(x ep) {
			for _, p := range x.e.CINPlanDates {
				s, ok1 := parseDate(p.CINPlanStartDate)
				e, ok2 := parseDate(p.CINPlanEndDate)
				if ok1 && ok2 && e.Before(s) {
					rep(x.id(), "CINPlanEndDate", fmt.Sprintf("CIN plan ends %s before it starts %s", p.CINPlanEndDate, p.CINPlanStartDate))
				}
			}
		})
	}},
	{Code: "4013", Description: "CIN Plan end date must fall within the census year", Check: func(r *Return, rep report) {
		// Where present, CINPlanEndDate must be within the census year.
		episodes(r, func(x ep) {
			for i, p := range x.e.CINPlanDates {
				outsidePeriod(r, rep, x.id(), "CINPlanEndDate", p.CINPlanEndDate, "episode %d, CIN plan %d", x.n, i+1)
			}
		})
	}},
	{Code: "4014", Description: "CIN Plan data contains overlapping dates", Check: func(r *Return, rep report) {
		// cin2022_23/rule_4014.py: where a child has more than one CINPlanDates
		// group, no CINPlanStartDate may fall within another group's
		// CINPlanStartDate to CINPlanEndDate inclusive (to ReferenceDate when
		// that plan is open). Pairs are within one child, across its episodes.
		_, end, ok := r.period()
		for _, c := range r.Children {
			type plan struct {
				s, e   date.Date
				open   bool
				rawS   string
				ep, no int
			}
			var ps []plan
			for i, e := range c.CINdetails {
				for j, p := range e.CINPlanDates {
					s, sok := parseDate(p.CINPlanStartDate)
					if !sok {
						continue
					}
					pe, eok := parseDate(p.CINPlanEndDate)
					ps = append(ps, plan{s, pe, !eok, p.CINPlanStartDate, i + 1, j + 1})
				}
			}
			for i, a := range ps {
				for j, b := range ps {
					if i == j || a.s.Before(b.s) {
						continue
					}
					if (!b.open && !a.s.After(b.e)) || (b.open && ok && !a.s.After(end)) {
						rep(c.Identifiers.LAchildID, "CINPlanStartDate", fmt.Sprintf("CIN plan %d of episode %d (start %s) starts within CIN plan %d of episode %d", a.no, a.ep, a.rawS, b.no, b.ep))
					}
				}
			}
		}
	}},
	{Code: "4015", Description: "The CIN Plan start date cannot be before the referral date", Check: func(r *Return, rep report) {
		// cin2022_23/rule_4015.py: where present, CINPlanStartDate must be on or after CINreferralDate.
		episodes(r, func(x ep) {
			for _, p := range x.e.CINPlanDates {
				beforeReferral(rep, x, "CINPlanStartDate", p.CINPlanStartDate)
			}
		})
	}},
	{Code: "4016", Description: "A CIN Plan has been reported as open at the same time as a Child Protection Plan.", Check: func(r *Return, rep report) {
		// A CINPlanStartDate cannot fall on or after a CPPstartDate and before
		// that plan's CPPendDate (or on or before ReferenceDate if the plan is
		// open), unless it equals the CPPendDate. Checked across the child's episodes.
		_, end, ok := r.period()
		for _, c := range r.Children {
			for _, e := range c.CINdetails {
				for _, pl := range e.CINPlanDates {
					s, sok := parseDate(pl.CINPlanStartDate)
					if !sok {
						continue
					}
					for _, e2 := range c.CINdetails {
						for _, cp := range e2.ChildProtectionPlans {
							cs, csok := parseDate(cp.CPPstartDate)
							if !csok || s.Before(cs) {
								continue
							}
							ce, ceok := parseDate(cp.CPPendDate)
							if (ceok && s.Before(ce)) || (!ceok && ok && !s.After(end)) {
								rep(c.Identifiers.LAchildID, "CINPlanStartDate", fmt.Sprintf("CINPlanStartDate %s falls within a child protection plan", pl.CINPlanStartDate))
							}
						}
					}
				}
			}
		}
	}},
	{Code: "4180", To: 2023, Description: "Gender is missing", Check: func(r *Return, rep report) {
		// Up to 2023/24: GenderCurrent must be present and 0, 1, 2 or 9.
		for _, c := range r.Children {
			switch g := c.Identifiers.GenderCurrent; g {
			case "0", "1", "2", "9":
			case "":
				rep(c.Identifiers.LAchildID, "GenderCurrent", "GenderCurrent is missing")
			default:
				rep(c.Identifiers.LAchildID, "GenderCurrent", fmt.Sprintf("GenderCurrent %q is not 0, 1, 2 or 9", g))
			}
		}
	}},
	{Code: "4180", From: 2024, Description: "Sex is missing", Check: codeRule(codes.Sex, "Sex", true, func(c *Child) []string { return []string{c.Identifiers.Sex} })},
	{Code: "4220", Description: "Ethnicity is missing or invalid", Check: codeRule(codes.Ethnicity, "Ethnicity", true, func(c *Child) []string { return []string{c.Characteristics.Ethnicity} })},
	{Code: "8500", Description: "LA Child ID missing", Check: func(r *Return, rep report) {
		for i, c := range r.Children {
			if c.Identifiers.LAchildID == "" {
				rep("", "LAchildID", fmt.Sprintf("child %d has no LAchildID", i+1))
			}
		}
	}},
	{Code: "8510", Description: "More than one child record with the same LA Child ID", Check: func(r *Return, rep report) {
		// Each LAchildID must be unique within the return.
		n := map[string]int{}
		for _, c := range r.Children {
			n[c.Identifiers.LAchildID]++
		}
		for _, c := range r.Children {
			if id := c.Identifiers.LAchildID; id != "" && n[id] > 1 {
				rep(id, "LAchildID", fmt.Sprintf("LAchildID %s is used by %d child records", id, n[id]))
			}
		}
	}},
	{Code: "8520", Description: "Date of Birth is after data collection period (must be on or before the end of the census period)", Check: func(r *Return, rep report) {
		// cin2022_23/rule_8520.py: where present, PersonBirthDate must be on or before ReferenceDate.
		_, end, ok := r.period()
		if !ok {
			return
		}
		for _, c := range r.Children {
			if d, dok := parseDate(c.Identifiers.PersonBirthDate); dok && d.After(end) {
				rep(c.Identifiers.LAchildID, "PersonBirthDate", fmt.Sprintf("PersonBirthDate %s is after ReferenceDate %s", c.Identifiers.PersonBirthDate, end))
			}
		}
	}},
	{Code: "8540", Description: "Child’s disability is missing or invalid", Check: codeRule(codes.Disability, "Disability", false, func(c *Child) []string { return c.Characteristics.Disabilities })},
	{Code: "8545Q", Query: true, Description: "Please check and either amend data or provide a reason: Child's date of death should be within the census year", Check: func(r *Return, rep report) {
		// Where present, PersonDeathDate should be within the census year.
		for _, c := range r.Children {
			outsidePeriod(r, rep, c.Identifiers.LAchildID, "PersonDeathDate", c.Identifiers.PersonDeathDate, "child")
		}
	}},
	{Code: "8555Q", Query: true, Description: "Child cannot be referred after its recorded date of death", Check: func(r *Return, rep report) {
		// Where PersonDeathDate is present, CINreferralDate must be on or before it.
		episodes(r, func(x ep) {
			d, ok := parseDate(x.c.Identifiers.PersonDeathDate)
			if ref, rok := x.referral(); ok && rok && ref.After(d) {
				rep(x.id(), "CINreferralDate", fmt.Sprintf("CINreferralDate %s is after PersonDeathDate %s", x.e.CINreferralDate, x.c.Identifiers.PersonDeathDate))
			}
		})
	}},
	{Code: "8565", Description: "Activity shown after a case has been closed", Check: func(r *Return, rep report) {
		// Where CINclosureDate is present it must be on or after every present
		// assessment start and authorisation date, S47 start, DateOfInitialCPC
		// (episode and S47), CPPendDate and CIN plan start and end date. (The
		// sector validator's 2022/23 file replaces the plans table with its
		// test data inside the rule, so it never checks CPPendDate; we do.)
		episodes(r, func(x ep) {
			cl, ok := parseDate(x.e.CINclosureDate)
			if !ok {
				return
			}
			var later []string
			chk := func(field, v string) {
				if d, ok := parseDate(v); ok && d.After(cl) {
					later = append(later, field+" "+v)
				}
			}
			chk("DateOfInitialCPC", x.e.DateOfInitialCPC)
			for _, a := range x.e.Assessments {
				chk("AssessmentActualStartDate", a.AssessmentActualStartDate)
				chk("AssessmentAuthorisationDate", a.AssessmentAuthorisationDate)
			}
			for _, s := range x.e.Section47 {
				chk("S47ActualStartDate", s.S47ActualStartDate)
				chk("DateOfInitialCPC", s.DateOfInitialCPC)
			}
			for _, p := range x.e.ChildProtectionPlans {
				chk("CPPendDate", p.CPPendDate)
			}
			for _, p := range x.e.CINPlanDates {
				chk("CINPlanStartDate", p.CINPlanStartDate)
				chk("CINPlanEndDate", p.CINPlanEndDate)
			}
			if len(later) > 0 {
				rep(x.id(), "CINclosureDate", fmt.Sprintf("episode %d closed %s but has later activity: %s", x.n, x.e.CINclosureDate, strings.Join(later, ", ")))
			}
		})
	}},
	{Code: "8569Q", Query: true, Description: "A case with referral date before one working day prior to the collection start date must not be flagged as a no further action case", Check: func(r *Return, rep report) {
		// If CINreferralDate is before the census start minus one working day,
		// ReferralNFA must be false (a missing flag is not false). The sector
		// validator offsets by n-1 working days (england_working_days), so its
		// limit is the census start itself rolled forward to a working day; we
		// follow the DfE wording.
		start, _, ok := r.period()
		if !ok {
			return
		}
		limit := returnsCalendar.AddWorkingDays(start, -1)
		episodes(r, func(x ep) {
			if ref, rok := x.referral(); rok && ref.Before(limit) && !isFalse(x.e.ReferralNFA) {
				rep(x.id(), "ReferralNFA", fmt.Sprintf("episode %d referred %s, before %s, has ReferralNFA %q", x.n, x.e.CINreferralDate, limit, x.e.ReferralNFA))
			}
		})
	}},
	{Code: "8585Q", Query: true, Description: "Please check and either amend or provide a reason: CIN episode shows Died as the Closure Reason, however child has no recorded Date of Death", Check: func(r *Return, rep report) {
		// If ReasonForClosure is RC2 (died), PersonDeathDate must be present.
		episodes(r, func(x ep) {
			if x.e.ReasonForClosure == "RC2" && x.c.Identifiers.PersonDeathDate == "" {
				rep(x.id(), "ReasonForClosure", fmt.Sprintf("episode %d closed RC2 (died) but there is no PersonDeathDate", x.n))
			}
		})
	}},
	{Code: "8590", Description: "Child does not have a recorded CIN episode", Check: func(r *Return, rep report) {
		for _, c := range r.Children {
			if len(c.CINdetails) == 0 {
				rep(c.Identifiers.LAchildID, "CINdetails", "child has no CINdetails module")
			}
		}
	}},
	{Code: "8600", Description: "Child referral date missing or after data collection period", Check: func(r *Return, rep report) {
		// CINreferralDate must be present and on or before ReferenceDate.
		_, end, ok := r.period()
		episodes(r, func(x ep) {
			ref, rok := x.referral()
			switch {
			case !rok:
				rep(x.id(), "CINreferralDate", fmt.Sprintf("episode %d: CINreferralDate %q is missing or not a date", x.n, x.e.CINreferralDate))
			case ok && ref.After(end):
				rep(x.id(), "CINreferralDate", fmt.Sprintf("episode %d: CINreferralDate %s is after ReferenceDate %s", x.n, x.e.CINreferralDate, end))
			}
		})
	}},
	{Code: "8608", Description: "Assessment Start Date cannot be later than its End Date", Check: func(r *Return, rep report) {
		// Where both present, AssessmentActualStartDate must be on or before AssessmentAuthorisationDate.
		episodes(r, func(x ep) {
			for _, a := range x.e.Assessments {
				s, ok1 := parseDate(a.AssessmentActualStartDate)
				e, ok2 := parseDate(a.AssessmentAuthorisationDate)
				if ok1 && ok2 && s.After(e) {
					rep(x.id(), "AssessmentActualStartDate", fmt.Sprintf("assessment started %s after its authorisation %s", a.AssessmentActualStartDate, a.AssessmentAuthorisationDate))
				}
			}
		})
	}},
	{Code: "8610", Description: "Primary Need code is missing for a referral which led to further action.", Check: func(r *Return, rep report) {
		// cin2022_23/rule_8610.py: if ReferralNFA is false or 0, PrimaryNeedCode must be present.
		episodes(r, func(x ep) {
			if isFalse(x.e.ReferralNFA) && x.e.PrimaryNeedCode == "" {
				rep(x.id(), "PrimaryNeedCode", fmt.Sprintf("episode %d led to further action but has no PrimaryNeedCode", x.n))
			}
		})
	}},
	{Code: "8620", Description: "CIN Closure Date present and does not fall within the Census year", Check: func(r *Return, rep report) {
		episodes(r, func(x ep) {
			outsidePeriod(r, rep, x.id(), "CINclosureDate", x.e.CINclosureDate, "episode %d", x.n)
		})
	}},
	{Code: "8630", Description: "CIN Closure Date is before CIN Referral Date for the same CIN episode", Check: func(r *Return, rep report) {
		// cin2022_23/rule_8630.py: where present, CINclosureDate must be on or after the episode's CINreferralDate.
		episodes(r, func(x ep) {
			beforeReferral(rep, x, "CINclosureDate", x.e.CINclosureDate)
		})
	}},
	{Code: "8640", Description: "Reason for closure code invalid (see Reason for Closure table in CIN Census code set)", Check: codeRule(codes.ClosureReason, "ReasonForClosure", false, episodeValues(func(e *CINdetails) string { return e.ReasonForClosure }))},
	{Code: "8650", Description: "Primary Need Code invalid (see Primary Need table in CIN census code set)", Check: codeRule(codes.PrimaryNeed, "PrimaryNeedCode", false, episodeValues(func(e *CINdetails) string { return e.PrimaryNeedCode }))},
	{Code: "8670Q", Query: true, Description: "Please check and either amend data or provide a reason: Assessment started more than 45 working days before the end of the census year. However, there is no Assessment end date.", Check: func(r *Return, rep report) {
		// If AssessmentAuthorisationDate is absent, AssessmentActualStartDate
		// should not be before ReferenceDate minus 45 working days. (The sector
		// validator subtracts 44; we follow the DfE wording.)
		_, end, ok := r.period()
		if !ok {
			return
		}
		limit := returnsCalendar.AddWorkingDays(end, -45)
		episodes(r, func(x ep) {
			for _, a := range x.e.Assessments {
				s, sok := parseDate(a.AssessmentActualStartDate)
				if a.AssessmentAuthorisationDate == "" && sok && s.Before(limit) {
					rep(x.id(), "AssessmentActualStartDate", fmt.Sprintf("open assessment started %s, before %s", a.AssessmentActualStartDate, limit))
				}
			}
		})
	}},
	{Code: "8696", Description: "Assessment end date must fall within the census year", Check: func(r *Return, rep report) {
		episodes(r, func(x ep) {
			for i, a := range x.e.Assessments {
				outsidePeriod(r, rep, x.id(), "AssessmentAuthorisationDate", a.AssessmentAuthorisationDate, "episode %d, assessment %d", x.n, i+1)
			}
		})
	}},
	{Code: "8715", Description: "Date of Initial Child Protection Conference must fall within the census year", Check: func(r *Return, rep report) {
		// Where present, a Section47 module's DateOfInitialCPC must be within
		// the census year. (The episode-level DateOfInitialCPC may predate the
		// year for an episode open across years, so it is not checked.)
		episodes(r, func(x ep) {
			for i, s := range x.e.Section47 {
				outsidePeriod(r, rep, x.id(), "DateOfInitialCPC", s.DateOfInitialCPC, "episode %d, section 47 %d", x.n, i+1)
			}
		})
	}},
	{Code: "8736", Description: "For an Assessment that has not been completed, the start date must fall within the census year", Check: func(r *Return, rep report) {
		// If AssessmentAuthorisationDate is absent, AssessmentActualStartDate must be within the census year.
		episodes(r, func(x ep) {
			for i, a := range x.e.Assessments {
				if a.AssessmentAuthorisationDate == "" {
					outsidePeriod(r, rep, x.id(), "AssessmentActualStartDate", a.AssessmentActualStartDate, "episode %d, open assessment %d", x.n, i+1)
				}
			}
		})
	}},
	{Code: "8790", Description: "Disability information includes both None and other values", Check: func(r *Return, rep report) {
		// If Disability NONE is recorded, no other Disability may be.
		for _, c := range r.Children {
			ds := c.Characteristics.Disabilities
			hasNone := false
			for _, d := range ds {
				hasNone = hasNone || d == "NONE"
			}
			if !hasNone || len(ds) < 2 {
				continue
			}
			for i, d := range ds {
				if d != "NONE" {
					rep(c.Identifiers.LAchildID, "Disability", fmt.Sprintf("disability %d %q recorded alongside NONE", i+1, d))
				}
			}
		}
	}},
	{Code: "8794", Description: "Child has two or more disabilities with the same code", Check: func(r *Return, rep report) {
		for _, c := range r.Children {
			n := map[string]int{}
			for _, d := range c.Characteristics.Disabilities {
				n[d]++
			}
			for i, d := range c.Characteristics.Disabilities {
				if n[d] > 1 {
					rep(c.Identifiers.LAchildID, "Disability", fmt.Sprintf("disability %d %q is recorded %d times", i+1, d, n[d]))
				}
			}
		}
	}},
	{Code: "8825Q", Query: true, Description: "Please check and either amend data or provide a reason: Reason for Closure code RC8 (case closed after assessment) or RC9 (case closed after assessment, referred to early help) has been returned but there is no assessment present for the episode.", Check: func(r *Return, rep report) {
		episodes(r, func(x ep) {
			if (x.e.ReasonForClosure == "RC8" || x.e.ReasonForClosure == "RC9") && len(x.e.Assessments) == 0 {
				rep(x.id(), "ReasonForClosure", fmt.Sprintf("episode %d closed %s has no assessment", x.n, x.e.ReasonForClosure))
			}
		})
	}},
	{Code: "8831", Description: "Activity is recorded against a case marked as a referral with no further action", Check: func(r *Return, rep report) {
		// If ReferralNFA is true or 1, the episode cannot have an assessment
		// start or authorisation date, an S47ActualStartDate or a DateOfInitialCPC.
		episodes(r, func(x ep) {
			e := x.e
			if !isTrue(e.ReferralNFA) {
				return
			}
			act := e.DateOfInitialCPC != ""
			for _, a := range e.Assessments {
				act = act || a.AssessmentActualStartDate != "" || a.AssessmentAuthorisationDate != ""
			}
			for _, s := range e.Section47 {
				act = act || s.S47ActualStartDate != ""
			}
			if act {
				rep(x.id(), "ReferralNFA", fmt.Sprintf("episode %d is a no-further-action referral with an assessment, section 47 or conference", x.n))
			}
		})
	}},
	{Code: "8866", Description: "Source of Referral is invalid (see Referral Source table in CIN census code set)", Check: codeRule(codes.ReferralSource, "ReferralSource", false, episodeValues(func(e *CINdetails) string { return e.ReferralSource }))},
	{Code: "8867", Description: "CIN episode is shown as closed, however Assessment is not shown as completed", Check: func(r *Return, rep report) {
		// If CINclosureDate is present, every Assessments group must have an
		// AssessmentAuthorisationDate. (An episode with no assessment passes:
		// the DfE wording is about the groups present.)
		episodes(r, func(x ep) {
			if x.e.CINclosureDate == "" {
				return
			}
			for _, a := range x.e.Assessments {
				if a.AssessmentAuthorisationDate == "" {
					rep(x.id(), "AssessmentAuthorisationDate", fmt.Sprintf("episode %d closed %s has an assessment with no authorisation date", x.n, x.e.CINclosureDate))
				}
			}
		})
	}},
	{Code: "8897Q", Query: true, Description: "Parental or child factors at assessment information is missing from a completed assessment", Check: func(r *Return, rep report) {
		// If AssessmentAuthorisationDate is present, at least one AssessmentFactors should be.
		episodes(r, func(x ep) {
			for i, a := range x.e.Assessments {
				if a.AssessmentAuthorisationDate != "" && len(a.Factors) == 0 {
					rep(x.id(), "AssessmentFactors", fmt.Sprintf("episode %d, assessment %d authorised %s has no factors", x.n, i+1, a.AssessmentAuthorisationDate))
				}
			}
		})
	}},
	{Code: "8905", Description: "Initial category of abuse code missing or invalid (see Category of Abuse table in CIN Census code set)", Check: codeRule(codes.AbuseCategory, "InitialCategoryOfAbuse", true, func(c *Child) []string {
		var out []string
		for _, e := range c.CINdetails {
			for _, p := range e.ChildProtectionPlans {
				out = append(out, p.InitialCategoryOfAbuse)
			}
		}
		return out
	})},
	{Code: "8910", Description: "Latest category of abuse code missing or invalid (see Category of Abuse table in CIN Census code set)", Check: codeRule(codes.AbuseCategory, "LatestCategoryOfAbuse", true, func(c *Child) []string {
		var out []string
		for _, e := range c.CINdetails {
			for _, p := range e.ChildProtectionPlans {
				out = append(out, p.LatestCategoryOfAbuse)
			}
		}
		return out
	})},
	{Code: "8930", Description: "Child Protection Plan End Date must fall within the census year", Check: func(r *Return, rep report) {
		episodes(r, func(x ep) {
			for i, p := range x.e.ChildProtectionPlans {
				outsidePeriod(r, rep, x.id(), "CPPendDate", p.CPPendDate, "episode %d, plan %d", x.n, i+1)
			}
		})
	}},
	{Code: "8940", Description: "Child Protection Plan data contains overlapping dates", Check: func(r *Return, rep report) {
		// No CPPstartDate may fall on or after another plan's start and before
		// its end (or ReferenceDate when open). Both plans are reported. The
		// pairs are within one child, so the work stays linear in children.
		_, end, _ := r.period()
		for _, c := range r.Children {
			type plan struct {
				s, e     date.Date
				ep, n    int
				startRaw string
			}
			var ps []plan
			for i, e := range c.CINdetails {
				for j, p := range e.ChildProtectionPlans {
					s, ok := parseDate(p.CPPstartDate)
					if !ok {
						continue
					}
					pe, ok := parseDate(p.CPPendDate)
					if !ok {
						pe = end.AddDays(1)
					}
					ps = append(ps, plan{s, pe, i + 1, j + 1, p.CPPstartDate})
				}
			}
			overlaps := make([]bool, len(ps))
			for i, a := range ps {
				for j, b := range ps {
					if i != j && !a.s.Before(b.s) && a.s.Before(b.e) {
						overlaps[i], overlaps[j] = true, true
					}
				}
			}
			for i, a := range ps {
				if overlaps[i] {
					rep(c.Identifiers.LAchildID, "CPPstartDate", fmt.Sprintf("plan %d of episode %d (start %s) overlaps another plan", a.n, a.ep, a.startRaw))
				}
			}
		}
	}},
}

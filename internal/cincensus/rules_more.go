package cincensus

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"ourchild/internal/date"
)

// moreRules are the rules added after the first 65, by DfE code. Each
// follows data-to-insight/csc-validator-be-cin
// cin_validator/rules/cin2022_23/rule_NNNN.py (later years' folders for
// changes), re-implemented here; where the Python and the DfE wording
// disagree, the comment says which we follow (the DfE wording).
var moreRules = []Rule{
	// rule_4009.py: if PersonDeathDate is present, every CINPlanEndDate must be on or before it.
	notAfterDeath("4009", "CIN Plan cannot end after the child’s Date of Death", "CINPlanEndDate", "CIN plan ends", func(e *CINdetails) (ds []string) {
		for _, p := range e.CINPlanDates {
			ds = append(ds, p.CINPlanEndDate)
		}
		return
	}),
	{Code: "4010", Description: "CIN Plan start date is missing or out of data collection period", Check: func(r *Return, rep report) {
		// rule_4010.py: where a CINPlanDates module is present,
		// CINPlanStartDate must be present and on or before ReferenceDate.
		_, end, ok := r.period()
		episodes(r, func(x ep) {
			for i, p := range x.e.CINPlanDates {
				s, sok := parseDate(p.CINPlanStartDate)
				switch {
				case !sok:
					rep(x.id(), "CINPlanStartDate", fmt.Sprintf("episode %d, CIN plan %d: CINPlanStartDate %q is missing or not a date", x.n, i+1, p.CINPlanStartDate))
				case ok && s.After(end):
					rep(x.id(), "CINPlanStartDate", fmt.Sprintf("episode %d, CIN plan %d starts %s, after ReferenceDate %s", x.n, i+1, p.CINPlanStartDate, end))
				}
			}
		})
	}},
	{Code: "4012Q", Query: true, Description: "CIN Plan shown as starting and ending on the same day - please check", Check: func(r *Return, rep report) {
		// rule_4012Q.py: within a CINPlanDates group, CINPlanStartDate should
		// not equal CINPlanEndDate.
		episodes(r, func(x ep) {
			for i, p := range x.e.CINPlanDates {
				s, ok1 := parseDate(p.CINPlanStartDate)
				e, ok2 := parseDate(p.CINPlanEndDate)
				if ok1 && ok2 && s == e {
					rep(x.id(), "CINPlanEndDate", fmt.Sprintf("episode %d, CIN plan %d starts and ends on %s", x.n, i+1, p.CINPlanStartDate))
				}
			}
		})
	}},
	{Code: "4017", Description: "A CIN Plan has been reported as open at the same time as a Child Protection Plan.", Check: func(r *Return, rep report) {
		// rule_4017.py: no CPPstartDate may fall on or after a CINPlanStartDate
		// and before that plan's CINPlanEndDate (on or before ReferenceDate
		// when the CIN plan is open); a CPP starting on the CIN plan's end
		// date is allowed. Compared across the child's episodes, as the
		// Python merges on LAchildID; the pairs stay within one child.
		_, end, ok := r.period()
		for _, c := range r.Children {
			for _, e := range c.CINdetails {
				for _, cp := range e.ChildProtectionPlans {
					cs, csok := parseDate(cp.CPPstartDate)
					if !csok {
						continue
					}
					for _, e2 := range c.CINdetails {
						for _, pl := range e2.CINPlanDates {
							s, sok := parseDate(pl.CINPlanStartDate)
							if !sok || cs.Before(s) {
								continue
							}
							pe, peok := parseDate(pl.CINPlanEndDate)
							if (peok && cs.Before(pe)) || (pl.CINPlanEndDate == "" && ok && !cs.After(end)) {
								rep(c.Identifiers.LAchildID, "CPPstartDate", fmt.Sprintf("CPPstartDate %s falls within the CIN plan starting %s", cp.CPPstartDate, pl.CINPlanStartDate))
							}
						}
					}
				}
			}
		}
	}},
	{Code: "8525", Description: "Either Date of Birth or Expected Date of Birth must be provided (but not both)", Check: func(r *Return, rep report) {
		// rule_8525.py: exactly one of PersonBirthDate and
		// ExpectedPersonBirthDate must be present.
		for _, c := range r.Children {
			b, e := c.Identifiers.PersonBirthDate != "", c.Identifiers.ExpectedPersonBirthDate != ""
			switch {
			case b && e:
				rep(c.Identifiers.LAchildID, "PersonBirthDate", "both PersonBirthDate and ExpectedPersonBirthDate are present")
			case !b && !e:
				rep(c.Identifiers.LAchildID, "PersonBirthDate", "neither PersonBirthDate nor ExpectedPersonBirthDate is present")
			}
		}
	}},
	{Code: "8530Q", Query: true, Description: "Please check: Expected Date of Birth is outside the expected range for this census (March to December of the Census Year end)", Check: func(r *Return, rep report) {
		// rule_8530Q.py: where present, ExpectedPersonBirthDate should be
		// between ReferenceDate minus 30 days and ReferenceDate plus 9 months.
		// We read "between" as inclusive; the Python also queries the two
		// end dates themselves.
		_, end, ok := r.period()
		if !ok {
			return
		}
		lo, hi := end.AddDays(-30), end.AddDate(0, 9, 0)
		for _, c := range r.Children {
			if d, dok := parseDate(c.Identifiers.ExpectedPersonBirthDate); dok && (d.Before(lo) || d.After(hi)) {
				rep(c.Identifiers.LAchildID, "ExpectedPersonBirthDate", fmt.Sprintf("ExpectedPersonBirthDate %s is outside %s to %s", c.Identifiers.ExpectedPersonBirthDate, lo, hi))
			}
		}
	}},
	{Code: "8535Q", Query: true, Description: "Child’s date of death should not be prior to the date of birth", Check: func(r *Return, rep report) {
		// rule_8535Q.py: PersonDeathDate must be on or after PersonBirthDate.
		// Checked where both are present; the Python also queries a death
		// date with no birth date (unless the expected birth date is after
		// the death), which the DfE wording does not ask and 8525 covers.
		for _, c := range r.Children {
			b, bok := parseDate(c.Identifiers.PersonBirthDate)
			d, dok := parseDate(c.Identifiers.PersonDeathDate)
			if bok && dok && d.Before(b) {
				rep(c.Identifiers.LAchildID, "PersonDeathDate", fmt.Sprintf("PersonDeathDate %s is before PersonBirthDate %s", c.Identifiers.PersonDeathDate, c.Identifiers.PersonBirthDate))
			}
		}
	}},
	{Code: "8568", Description: "RNFA flag is missing or invalid", Check: func(r *Return, rep report) {
		// rule_8568.py: ReferralNFA must be present and 1, 0, true or false
		// (compared case-insensitively, as the Python does).
		episodes(r, func(x ep) {
			switch strings.ToLower(x.e.ReferralNFA) {
			case "1", "0", "true", "false":
			default:
				rep(x.id(), "ReferralNFA", fmt.Sprintf("episode %d: ReferralNFA %q is missing or invalid", x.n, x.e.ReferralNFA))
			}
		})
	}},
	{Code: "8606", Description: "Child referral date is more than 40 weeks before DOB or expected DOB", Check: func(r *Return, rep report) {
		// rule_8606.py: CINreferralDate cannot be more than 280 days before
		// PersonBirthDate or ExpectedPersonBirthDate. (The Python file's
		// message is 8555Q's; this is the DfE message.)
		episodes(r, func(x ep) {
			ref, rok := x.referral()
			if !rok {
				return
			}
			for _, v := range []string{x.c.Identifiers.PersonBirthDate, x.c.Identifiers.ExpectedPersonBirthDate} {
				if b, ok := parseDate(v); ok && ref.Before(b.AddDays(-280)) {
					rep(x.id(), "CINreferralDate", fmt.Sprintf("episode %d referred %s, more than 280 days before birth date %s", x.n, x.e.CINreferralDate, v))
					return
				}
			}
		})
	}},
	{Code: "8614", Description: "Parental or child factors at assessment should only be present for a completed assessment.", Check: func(r *Return, rep report) {
		// rule_8614.py: if AssessmentAuthorisationDate is missing, the same
		// module's AssessmentFactors must be missing too.
		episodes(r, func(x ep) {
			for i, a := range x.e.Assessments {
				if a.AssessmentAuthorisationDate == "" && hasValue(a.Factors) {
					rep(x.id(), "AssessmentFactors", fmt.Sprintf("episode %d, assessment %d has factors but no authorisation date", x.n, i+1))
				}
			}
		})
	}},
	{Code: "8615", Description: "Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child Protection Conference", Check: func(r *Return, rep report) {
		// rule_8615.py: within a Section47 group, if DateOfInitialCPC is
		// present, S47ActualStartDate must be present and on or before it.
		episodes(r, func(x ep) {
			for i, s := range x.e.Section47 {
				cpc, ok := parseDate(s.DateOfInitialCPC)
				if !ok {
					continue
				}
				st, sok := parseDate(s.S47ActualStartDate)
				if !sok || st.After(cpc) {
					rep(x.id(), "S47ActualStartDate", fmt.Sprintf("episode %d, section 47 %d: start %q is missing or after the conference %s", x.n, i+1, s.S47ActualStartDate, s.DateOfInitialCPC))
				}
			}
		})
	}},
	{Code: "8617", Description: "Code 8A has been returned. This code is not a valid code.", Check: func(r *Return, rep report) {
		// rule_8617.py: AssessmentFactors must not be 8A.
		episodes(r, func(x ep) {
			for i, a := range x.e.Assessments {
				for _, f := range a.Factors {
					if f == "8A" {
						rep(x.id(), "AssessmentFactors", fmt.Sprintf("episode %d, assessment %d records factor 8A", x.n, i+1))
					}
				}
			}
		})
	}},
	{Code: "8675Q", Query: true, Description: "Please check: S47 Enquiry started more than 15 working days before the end of the census year. However, there is no date of Initial Child Protection Conference.", Check: func(r *Return, rep report) {
		// DfE (rule_8675Q.py): if a Section47 group has no DateOfInitialCPC
		// and ICPCnotRequired is false, S47ActualStartDate should not be
		// before ReferenceDate minus 15 working days. The Python compares the
		// other way (it queries starts after the limit, which is the time
		// still allowed) and offsets by 14 working days (england_working_days
		// is one short, see 8670Q); we follow the DfE wording.
		_, end, ok := r.period()
		if !ok {
			return
		}
		limit := returnsCalendar.AddWorkingDays(end, -15)
		episodes(r, func(x ep) {
			for i, s := range x.e.Section47 {
				st, sok := parseDate(s.S47ActualStartDate)
				if s.DateOfInitialCPC == "" && isFalse(s.ICPCnotRequired) && sok && st.Before(limit) {
					rep(x.id(), "S47ActualStartDate", fmt.Sprintf("episode %d, section 47 %d started %s, before %s, with no conference", x.n, i+1, s.S47ActualStartDate, limit))
				}
			}
		})
	}},
	{Code: "8720", Description: "Child Protection Plan Start Date missing or out of data collection period", Check: func(r *Return, rep report) {
		// rule_8720.py: where a ChildProtectionPlans module is present,
		// CPPstartDate must be present and on or before ReferenceDate.
		_, end, ok := r.period()
		episodes(r, func(x ep) {
			for i, p := range x.e.ChildProtectionPlans {
				s, sok := parseDate(p.CPPstartDate)
				switch {
				case !sok:
					rep(x.id(), "CPPstartDate", fmt.Sprintf("episode %d, plan %d: CPPstartDate %q is missing or not a date", x.n, i+1, p.CPPstartDate))
				case ok && s.After(end):
					rep(x.id(), "CPPstartDate", fmt.Sprintf("episode %d, plan %d starts %s, after ReferenceDate %s", x.n, i+1, p.CPPstartDate, end))
				}
			}
		})
	}},
	{Code: "8730", Description: "Total Number of previous Child Protection Plans missing", Check: func(r *Return, rep report) {
		// rule_8730.py: where a ChildProtectionPlans module is present,
		// NumberOfPreviousCPP must be a number greater than or equal to zero.
		episodes(r, func(x ep) {
			for i, p := range x.e.ChildProtectionPlans {
				if n, err := strconv.Atoi(p.NumberOfPreviousCPP); err != nil || n < 0 {
					rep(x.id(), "NumberOfPreviousCPP", fmt.Sprintf("episode %d, plan %d: NumberOfPreviousCPP %q is missing or not a number of 0 or more", x.n, i+1, p.NumberOfPreviousCPP))
				}
			}
		})
	}},
	{Code: "8740", Description: "For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the end of the census year, the start date must fall within the census year", Check: func(r *Return, rep report) {
		// rule_8740.py: if a Section47 group has no DateOfInitialCPC and
		// ICPCnotRequired is false, S47ActualStartDate must be within the
		// census year. (The Python matches only "0"; the DfE wording is
		// "false", so false and 0 both count.)
		episodes(r, func(x ep) {
			for i, s := range x.e.Section47 {
				if s.DateOfInitialCPC == "" && isFalse(s.ICPCnotRequired) {
					outsidePeriod(r, rep, x.id(), "S47ActualStartDate", s.S47ActualStartDate, "episode %d, section 47 %d with no conference", x.n, i+1)
				}
			}
		})
	}},
	{Code: "8750", To: 2023, Description: "Gender must equal 0 for an unborn child", Check: func(r *Return, rep report) {
		// rule_8750.py, to 2023/24: if ExpectedPersonBirthDate is present and
		// PersonBirthDate is blank, GenderCurrent must be 0.
		for _, c := range r.Children {
			id := c.Identifiers
			if id.ExpectedPersonBirthDate != "" && id.PersonBirthDate == "" && id.GenderCurrent != "0" {
				rep(id.LAchildID, "GenderCurrent", fmt.Sprintf("unborn child has GenderCurrent %q, not 0", id.GenderCurrent))
			}
		}
	}},
	{Code: "8770Q", Query: true, To: 2023, Description: "Please check and either amend data or provide a reason: UPN or reason UPN missing expected for a child who is more than 5 years old", Check: func(r *Return, rep report) {
		// rule_8770Q.py, to 2023/24: if an episode has ReferralNFA 0 or
		// false and PersonBirthDate is earlier than ReferenceDate minus 6
		// years, UPN or a UPNunknown of UN2 to UN7 should be present (UN1,
		// not of school age, does not apply). One finding per child. (The
		// Python also queries a birth date exactly 6 years before; "earlier
		// than" does not.)
		_, end, ok := r.period()
		if !ok {
			return
		}
		limit := end.AddDate(-6, 0, 0)
		for _, c := range r.Children {
			id := c.Identifiers
			b, bok := parseDate(id.PersonBirthDate)
			if !bok || !b.Before(limit) || id.UPN != "" || upnUnknownOver5(id.UPNunknown) {
				continue
			}
			for _, e := range c.CINdetails {
				if isFalse(strings.ToLower(e.ReferralNFA)) {
					rep(id.LAchildID, "UPN", fmt.Sprintf("child born %s has no UPN and UPNunknown %q", id.PersonBirthDate, id.UPNunknown))
					break
				}
			}
		}
	}},
	{Code: "8772", Description: "UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details is a referral going on to further action", Check: func(r *Return, rep report) {
		// rule_8772.py: if UPNunknown is UN7, every episode must have
		// ReferralNFA 1 or true.
		for _, c := range r.Children {
			if c.Identifiers.UPNunknown != "UN7" {
				continue
			}
			for i, e := range c.CINdetails {
				if !isTrue(strings.ToLower(e.ReferralNFA)) {
					rep(c.Identifiers.LAchildID, "UPNunknown", fmt.Sprintf("UPNunknown UN7 but episode %d has ReferralNFA %q", i+1, e.ReferralNFA))
				}
			}
		}
	}},
	{Code: "8775Q", Query: true, Description: "Please check: Child is over 25 years old", Check: func(r *Return, rep report) {
		// rule_8775Q.py: query a child whose PersonBirthDate is before
		// ReferenceDate minus 25 years and who has an episode with no
		// CINclosureDate or one after the 25th birthday. One finding per child.
		_, end, ok := r.period()
		if !ok {
			return
		}
		for _, c := range r.Children {
			b, bok := parseDate(c.Identifiers.PersonBirthDate)
			if !bok || !b.Before(end.AddDate(-25, 0, 0)) {
				continue
			}
			for _, e := range c.CINdetails {
				cl, clok := parseDate(e.CINclosureDate)
				if !clok || cl.After(b.AddDate(25, 0, 0)) {
					rep(c.Identifiers.LAchildID, "PersonBirthDate", fmt.Sprintf("child born %s is over 25 with CIN activity after the 25th birthday", c.Identifiers.PersonBirthDate))
					break
				}
			}
		}
	}},
	{Code: "8805", Description: "A CIN case cannot have a CIN closure date without a Reason for Closure", Check: func(r *Return, rep report) {
		// rule_8805.py: if CINclosureDate is present, ReasonForClosure must be too.
		episodes(r, func(x ep) {
			if x.e.CINclosureDate != "" && x.e.ReasonForClosure == "" {
				rep(x.id(), "ReasonForClosure", fmt.Sprintf("episode %d closed %s has no ReasonForClosure", x.n, x.e.CINclosureDate))
			}
		})
	}},
	{Code: "8810", Description: "A CIN case cannot have a Reason for Closure without a CIN Closure Date", Check: func(r *Return, rep report) {
		// rule_8810.py: if ReasonForClosure is present, CINclosureDate must be too.
		episodes(r, func(x ep) {
			if x.e.ReasonForClosure != "" && x.e.CINclosureDate == "" {
				rep(x.id(), "CINclosureDate", fmt.Sprintf("episode %d has ReasonForClosure %s but no CINclosureDate", x.n, x.e.ReasonForClosure))
			}
		})
	}},
	{Code: "8815", Description: "More than one open CIN Details episode (a module with no CIN Closure Date) has been provided for this child and case is not a referral with no further action.", Check: func(r *Return, rep report) {
		// rule_8815.py: a child may have at most one CINdetails module with
		// no CINclosureDate and ReferralNFA false or 0 (open no-further-action
		// referrals do not count). Each such open episode is reported. (The
		// Python also reports the child's open NFA episodes, which the DfE
		// notes say may be several.)
		for _, c := range r.Children {
			var open []int
			for i, e := range c.CINdetails {
				if e.CINclosureDate == "" && isFalse(strings.ToLower(e.ReferralNFA)) {
					open = append(open, i+1)
				}
			}
			if len(open) > 1 {
				for _, n := range open {
					rep(c.Identifiers.LAchildID, "CINclosureDate", fmt.Sprintf("episode %d is one of %d open episodes that are not no-further-action referrals", n, len(open)))
				}
			}
		}
	}},
	{Code: "8816", Description: "An open CIN episode is shown and case is not a referral with no further action, but it is not the latest episode.", Check: func(r *Return, rep report) {
		// rule_8816.py: a CINdetails module with no CINclosureDate and
		// ReferralNFA false or 0 must have the child's latest CINreferralDate.
		for _, c := range r.Children {
			var latest date.Date
			for _, e := range c.CINdetails {
				if d, ok := parseDate(e.CINreferralDate); ok && d.After(latest) {
					latest = d
				}
			}
			for i, e := range c.CINdetails {
				d, ok := parseDate(e.CINreferralDate)
				if ok && e.CINclosureDate == "" && isFalse(strings.ToLower(e.ReferralNFA)) && d.Before(latest) {
					rep(c.Identifiers.LAchildID, "CINreferralDate", fmt.Sprintf("open episode %d referred %s is not the latest (%s)", i+1, e.CINreferralDate, latest))
				}
			}
		}
	}},
	{Code: "8820", Description: "The dates on the CIN episodes for this child overlap", Check: func(r *Return, rep report) {
		// rule_8820.py: with more than one CINdetails module, no
		// CINreferralDate may fall on or after another module's
		// CINreferralDate and before its CINclosureDate, or, when that module
		// has no closure date and ReferralNFA false or 0, on or before
		// ReferenceDate. DfE note: one referral's end date may equal the next
		// one's start, so the closure date itself is allowed (the Python
		// counts it as an overlap). Each overlapping pair is reported once
		// per later episode; pairs stay within one child.
		_, end, ok := r.period()
		for _, c := range r.Children {
			if len(c.CINdetails) < 2 {
				continue
			}
			for i, a := range c.CINdetails {
				ar, aok := parseDate(a.CINreferralDate)
				if !aok {
					continue
				}
				for j, b := range c.CINdetails {
					br, bok := parseDate(b.CINreferralDate)
					if i == j || !bok || ar.Before(br) {
						continue
					}
					bc, bcok := parseDate(b.CINclosureDate)
					if (bcok && ar.Before(bc)) || (b.CINclosureDate == "" && isFalse(strings.ToLower(b.ReferralNFA)) && ok && !ar.After(end)) {
						rep(c.Identifiers.LAchildID, "CINreferralDate", fmt.Sprintf("episode %d referred %s falls within episode %d (referred %s)", i+1, a.CINreferralDate, j+1, b.CINreferralDate))
					}
				}
			}
		}
	}},
	{Code: "8832", Description: "Child Protection details provided for a referral with no further action.", Check: func(r *Return, rep report) {
		// rule_8832.py: if a CINdetails module has ReferralNFA true or 1, it
		// should have no ChildProtectionPlans module.
		episodes(r, func(x ep) {
			if isTrue(strings.ToLower(x.e.ReferralNFA)) && len(x.e.ChildProtectionPlans) > 0 {
				rep(x.id(), "ReferralNFA", fmt.Sprintf("episode %d is a no-further-action referral with a child protection plan", x.n))
			}
		})
	}},
	{Code: "8839", Description: "Within one CINDetails group there are 2 or more open S47 Assessments", Check: func(r *Return, rep report) {
		// rule_8839.py: within one CINdetails module, at most one Section47
		// group may have no DateOfInitialCPC while ICPCnotRequired is not true.
		episodes(r, func(x ep) {
			n := 0
			for _, s := range x.e.Section47 {
				if s.DateOfInitialCPC == "" && !isTrue(strings.ToLower(s.ICPCnotRequired)) {
					n++
				}
			}
			if n > 1 {
				rep(x.id(), "DateOfInitialCPC", fmt.Sprintf("episode %d has %d open section 47 enquiries", x.n, n))
			}
		})
	}},
	{Code: "8840", Description: "Child Protection Plan cannot start and end on the same day", Check: func(r *Return, rep report) {
		// rule_8840.py: CPPstartDate must not equal CPPendDate.
		episodes(r, func(x ep) {
			for i, p := range x.e.ChildProtectionPlans {
				s, ok1 := parseDate(p.CPPstartDate)
				e, ok2 := parseDate(p.CPPendDate)
				if ok1 && ok2 && s == e {
					rep(x.id(), "CPPendDate", fmt.Sprintf("episode %d, plan %d starts and ends on %s", x.n, i+1, p.CPPstartDate))
				}
			}
		})
	}},
	{Code: "8841", Description: "The review date cannot be on the same day or before the Child protection Plan start date.", Check: func(r *Return, rep report) {
		// rule_8841.py: within a ChildProtectionPlans group, no CPPreviewDate
		// may be on or before the CPPstartDate.
		episodes(r, func(x ep) {
			for i, p := range x.e.ChildProtectionPlans {
				s, ok := parseDate(p.CPPstartDate)
				if !ok {
					continue
				}
				for _, rv := range p.Reviews {
					if d, dok := parseDate(rv); dok && !d.After(s) {
						rep(x.id(), "CPPreviewDate", fmt.Sprintf("episode %d, plan %d starting %s has review %s", x.n, i+1, p.CPPstartDate, rv))
					}
				}
			}
		})
	}},
	{Code: "8842Q", Query: true, Description: "Please check: Review Record has a missing date", Check: func(r *Return, rep report) {
		// rule_8842Q.py: where a Reviews group is present, a valid
		// CPPreviewDate should be in it. We see the CPPreviewDate elements,
		// so an empty or unreadable one is queried.
		episodes(r, func(x ep) {
			for i, p := range x.e.ChildProtectionPlans {
				for _, rv := range p.Reviews {
					if _, ok := parseDate(rv); !ok {
						rep(x.id(), "CPPreviewDate", fmt.Sprintf("episode %d, plan %d: review date %q is missing or not a date", x.n, i+1, rv))
					}
				}
			}
		})
	}},
	{Code: "8863", Description: "An Assessment is shown as starting when there is another Assessment ongoing", Check: func(r *Return, rep report) {
		// rule_8863.py: within one CINdetails module, no
		// AssessmentActualStartDate may fall on or between another Assessments
		// group's start and AssessmentAuthorisationDate, or its start and
		// ReferenceDate when it has no authorisation date. (The Python takes
		// the authorisation date of the assessment being checked instead of
		// the other's, and skips identical groups; we follow the DfE wording.)
		episodes(r, func(x ep) {
			spans := make([]span, len(x.e.Assessments))
			for i, a := range x.e.Assessments {
				spans[i] = newSpan(a.AssessmentActualStartDate, a.AssessmentAuthorisationDate, a.AssessmentAuthorisationDate == "")
			}
			startsWithin(r, spans, func(i, j int) {
				rep(x.id(), "AssessmentActualStartDate", fmt.Sprintf("episode %d: assessment %d starting %s falls within assessment %d", x.n, i+1, x.e.Assessments[i].AssessmentActualStartDate, j+1))
			})
		})
	}},
	{Code: "8868", Description: "CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by ICPC date or ICPC not required flag", Check: func(r *Return, rep report) {
		// rule_8868.py: if CINclosureDate is present, every Section47 group
		// must have a DateOfInitialCPC or ICPCnotRequired true or 1. (The
		// Python also reports closed episodes with no Section47 group at all,
		// and groups with both; the DfE wording asks neither.)
		episodes(r, func(x ep) {
			if x.e.CINclosureDate == "" {
				return
			}
			for i, s := range x.e.Section47 {
				if s.DateOfInitialCPC == "" && !isTrue(strings.ToLower(s.ICPCnotRequired)) {
					rep(x.id(), "ICPCnotRequired", fmt.Sprintf("episode %d closed %s: section 47 %d has no conference date and ICPCnotRequired %q", x.n, x.e.CINclosureDate, i+1, s.ICPCnotRequired))
				}
			}
		})
	}},
	{Code: "8869", Description: "The assessment factors code “21” cannot be used in conjunction with any other assessment factors.", Check: func(r *Return, rep report) {
		// rule_8869.py: if AssessmentFactors 21 is recorded, it must be the
		// only factor. Checked within one Assessments group (the factors
		// identified at that assessment); the Python pools all the episode's
		// assessments.
		episodes(r, func(x ep) {
			for i, a := range x.e.Assessments {
				has21 := false
				for _, f := range a.Factors {
					has21 = has21 || f == "21"
				}
				if !has21 {
					continue
				}
				for _, f := range a.Factors {
					if f != "21" && f != "" {
						rep(x.id(), "AssessmentFactors", fmt.Sprintf("episode %d, assessment %d records %q with 21", x.n, i+1, f))
					}
				}
			}
		})
	}},
	{Code: "8870Q", Query: true, Description: "Please check: The Target Date for Initial Child Protection Conference should not be a weekend", Check: func(r *Return, rep report) {
		// rule_8870Q.py: where present, InitialCPCtarget should not be a
		// Saturday or Sunday.
		episodes(r, func(x ep) {
			for i, s := range x.e.Section47 {
				if d, ok := parseDate(s.InitialCPCtarget); ok && (d.Weekday() == time.Saturday || d.Weekday() == time.Sunday) {
					rep(x.id(), "InitialCPCtarget", fmt.Sprintf("episode %d, section 47 %d: InitialCPCtarget %s is a %s", x.n, i+1, s.InitialCPCtarget, d.Weekday()))
				}
			}
		})
	}},
	{Code: "8873", Description: "When there is only one assessment on the episode and the factors code “21 No factors identified” has been used for the completed assessment, the reason for closure ‘RC8’ must be used.", Check: func(r *Return, rep report) {
		// rule_8873.py: within a CINdetails module, if there is only one
		// Assessments group and its AssessmentFactors include 21,
		// ReasonForClosure must be RC8.
		episodes(r, func(x ep) {
			if len(x.e.Assessments) != 1 || x.e.ReasonForClosure == "RC8" {
				return
			}
			for _, f := range x.e.Assessments[0].Factors {
				if f == "21" {
					rep(x.id(), "ReasonForClosure", fmt.Sprintf("episode %d: its one assessment found no factors (21) but ReasonForClosure is %q, not RC8", x.n, x.e.ReasonForClosure))
					return
				}
			}
		})
	}},
	{Code: "8890", Description: "A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing", Check: func(r *Return, rep report) {
		// rule_8890.py: within one CINdetails module, no S47ActualStartDate
		// may fall on or between another Section47 group's start and
		// DateOfInitialCPC, or its start and ReferenceDate when it has no
		// DateOfInitialCPC and ICPCnotRequired is not true. (The Python pairs
		// groups of different episodes instead; we follow the DfE wording.)
		episodes(r, func(x ep) {
			spans := make([]span, len(x.e.Section47))
			for i, a := range x.e.Section47 {
				spans[i] = newSpan(a.S47ActualStartDate, a.DateOfInitialCPC, a.DateOfInitialCPC == "" && !isTrue(strings.ToLower(a.ICPCnotRequired)))
			}
			startsWithin(r, spans, func(i, j int) {
				rep(x.id(), "S47ActualStartDate", fmt.Sprintf("episode %d: section 47 %d starting %s falls within section 47 %d", x.n, i+1, x.e.Section47[i].S47ActualStartDate, j+1))
			})
		})
	}},
	{Code: "8896", Description: "Within one CINDetails group there are 2 or more open Assessments groups", Check: func(r *Return, rep report) {
		// rule_8896.py: within one CINdetails module, at most one Assessments
		// group may lack an AssessmentAuthorisationDate.
		episodes(r, func(x ep) {
			n := 0
			for _, a := range x.e.Assessments {
				if a.AssessmentAuthorisationDate == "" {
					n++
				}
			}
			if n > 1 {
				rep(x.id(), "AssessmentAuthorisationDate", fmt.Sprintf("episode %d has %d open assessments", x.n, n))
			}
		})
	}},
	{Code: "8898", Description: "The assessment has more than one parental or child factors with the same code", Check: func(r *Return, rep report) {
		// rule_8898.py: within one assessment, no AssessmentFactors code may
		// appear more than once. One finding per assessment.
		episodes(r, func(x ep) {
			for i, a := range x.e.Assessments {
				seen := map[string]bool{}
				for _, f := range a.Factors {
					if f != "" && seen[f] {
						rep(x.id(), "AssessmentFactors", fmt.Sprintf("episode %d, assessment %d records factor %q more than once", x.n, i+1, f))
						break
					}
					seen[f] = true
				}
			}
		})
	}},
	// rule_8915.py: if PersonDeathDate is present, every CPPstartDate must be on or before it.
	notAfterDeath("8915", "Child Protection Plan shown as starting after the child’s Date of Death", "CPPstartDate", "child protection plan starts", func(e *CINdetails) (ds []string) {
		for _, p := range e.ChildProtectionPlans {
			ds = append(ds, p.CPPstartDate)
		}
		return
	}),
	// rule_8920.py: if PersonDeathDate is present, every CPPendDate must be on or before it.
	notAfterDeath("8920", "Child Protection Plan cannot end after the child’s Date of Death", "CPPendDate", "child protection plan ends", func(e *CINdetails) (ds []string) {
		for _, p := range e.ChildProtectionPlans {
			ds = append(ds, p.CPPendDate)
		}
		return
	}),
	{Code: "8925", Description: "Child Protection Plan End Date earlier than Start Date", Check: func(r *Return, rep report) {
		// rule_8925.py: where present, CPPendDate must be on or after CPPstartDate.
		episodes(r, func(x ep) {
			for i, p := range x.e.ChildProtectionPlans {
				s, ok1 := parseDate(p.CPPstartDate)
				e, ok2 := parseDate(p.CPPendDate)
				if ok1 && ok2 && e.Before(s) {
					rep(x.id(), "CPPendDate", fmt.Sprintf("episode %d, plan %d ends %s before it starts %s", x.n, i+1, p.CPPendDate, p.CPPstartDate))
				}
			}
		})
	}},
	{Code: "8935", Description: "This child is showing more than one open Child Protection plan, i.e. with no End Date", Check: func(r *Return, rep report) {
		// rule_8935.py: a child may have only one ChildProtectionPlans group
		// with no CPPendDate, across its episodes (the DfE message is about
		// the child; the Python counts within one plan's rows).
		for _, c := range r.Children {
			n := 0
			for _, e := range c.CINdetails {
				for _, p := range e.ChildProtectionPlans {
					if p.CPPendDate == "" {
						n++
					}
				}
			}
			if n > 1 {
				rep(c.Identifiers.LAchildID, "CPPendDate", fmt.Sprintf("child has %d open child protection plans", n))
			}
		}
	}},
	// 2024/25 additions and changes (cin_validator/rules/cin2024_25/;
	// cin2025_26 changes nothing).
	{Code: "1570", From: 2024, Description: "LA Child ID must not be longer than 20 characters", Check: func(r *Return, rep report) {
		// cin2024_25/rule_1570.py: LAchildID must be at most 20 characters.
		for _, c := range r.Children {
			if id := c.Identifiers.LAchildID; utf8.RuneCountInString(id) > 20 {
				rep(id, "LAchildID", fmt.Sprintf("LAchildID %q is %d characters long", id, utf8.RuneCountInString(id)))
			}
		}
	}},
	{Code: "1580", From: 2024, Description: "LA Child ID must not contain any non-alphanumeric characters", Check: func(r *Return, rep report) {
		// cin2024_25/rule_1580.py: LAchildID may hold only letters and
		// digits (A-Z, a-z, 0-9). A missing ID is 8500's finding, not this one.
		for _, c := range r.Children {
			id := c.Identifiers.LAchildID
			for _, ch := range id {
				if !(ch >= 'A' && ch <= 'Z' || ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9') {
					rep(id, "LAchildID", fmt.Sprintf("LAchildID %q contains %q", id, ch))
					break
				}
			}
		}
	}},
	{Code: "2886Q", Query: true, From: 2024, Description: "Please check and either amend or provide a reason: Percentage of children with no sex recorded is more than 2% (excluding unborns)", Check: func(r *Return, rep report) {
		// Whole return (cin2024_25/rule_2886Q.py), from 2024/25: the children
		// whose Sex is U or missing and who have no ExpectedPersonBirthDate
		// should be at most 2% of all child records.
		n := 0
		for _, c := range r.Children {
			if (c.Identifiers.Sex == "" || c.Identifiers.Sex == "U") && c.Identifiers.ExpectedPersonBirthDate == "" {
				n++
			}
		}
		if len(r.Children) > 0 && n*50 > len(r.Children) {
			rep("", "Sex", fmt.Sprintf("%d of %d children have no sex recorded", n, len(r.Children)))
		}
	}},
	{Code: "8750", From: 2024, Description: "Sex must equal U for an unborn child", Check: func(r *Return, rep report) {
		// cin2024_25/rule_8750.py, from 2024/25: if ExpectedPersonBirthDate is
		// present and PersonBirthDate is blank, Sex must be U.
		for _, c := range r.Children {
			id := c.Identifiers
			if id.ExpectedPersonBirthDate != "" && id.PersonBirthDate == "" && id.Sex != "U" {
				rep(id.LAchildID, "Sex", fmt.Sprintf("unborn child has Sex %q, not U", id.Sex))
			}
		}
	}},
	{Code: "8770Q", Query: true, From: 2024, Description: "Please check and either amend data or provide a reason: UPN is missing or reason UPN is missing or is UN1 for a child who is of school age.", Check: func(r *Return, rep report) {
		// cin2024_25/rule_8770Q.py, from 2024/25: if an episode has
		// ReferralNFA 0 or false and the child is of school age, UPN or a
		// UPNunknown of UN2 to UN7 should be present. School age is reckoned
		// as the Python does: born on or before ReferenceDate plus 4 months
		// and 31 days (31 August after a 31 March ReferenceDate) minus 4
		// years, so children starting reception that September count. One
		// finding per child.
		_, end, ok := r.period()
		if !ok {
			return
		}
		limit := end.AddDate(0, 4, 31).AddDate(-4, 0, 0)
		for _, c := range r.Children {
			id := c.Identifiers
			b, bok := parseDate(id.PersonBirthDate)
			if !bok || b.After(limit) || id.UPN != "" || upnUnknownOver5(id.UPNunknown) {
				continue
			}
			for _, e := range c.CINdetails {
				if isFalse(strings.ToLower(e.ReferralNFA)) {
					rep(id.LAchildID, "UPN", fmt.Sprintf("child born %s (school age) has no UPN and UPNunknown %q", id.PersonBirthDate, id.UPNunknown))
					break
				}
			}
		}
	}},
	{Code: "8945Q", Query: true, From: 2024, Description: "Please check and either amend data or provide a reason: the assessment factors code '18A' should not be used ('18B' or '18C' should be used instead)", Check: factorQuery("18A")},
	{Code: "8950Q", Query: true, From: 2024, Description: "Please check and either amend data or provide a reason: the assessment factors code '19A' should not be used ('19B' or '19C' should be used instead)", Check: factorQuery("19A")},
}

// factorQuery reports each AssessmentFactors equal to code, in any case
// (cin2024_25/rule_8945Q.py and rule_8950Q.py).
func factorQuery(code string) func(*Return, report) {
	return func(r *Return, rep report) {
		episodes(r, func(x ep) {
			for i, a := range x.e.Assessments {
				for _, f := range a.Factors {
					if strings.EqualFold(f, code) {
						rep(x.id(), "AssessmentFactors", fmt.Sprintf("episode %d, assessment %d records factor %s", x.n, i+1, f))
					}
				}
			}
		})
	}
}

// upnUnknownOver5 reports whether v is a UPN-unknown reason that can apply
// to a child of school age: UN2 to UN7 (any case, as the Python compares).
func upnUnknownOver5(v string) bool {
	switch strings.ToUpper(v) {
	case "UN2", "UN3", "UN4", "UN5", "UN6", "UN7":
		return true
	}
	return false
}

func hasValue(s []string) bool {
	for _, v := range s {
		if v != "" {
			return true
		}
	}
	return false
}

// codeOrder sorts rule codes by their number, then the rest (so 4012Q
// follows 4011 and 4012 would precede it).
func codeOrder(a, b string) bool {
	num := func(s string) (int, string) {
		i := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		n, _ := strconv.Atoi(s[:i])
		return n, s[i:]
	}
	na, sa := num(a)
	nb, sb := num(b)
	if na != nb {
		return na < nb
	}
	return sa < sb
}

func init() {
	allRules = append(allRules, moreRules...)
	sort.SliceStable(allRules, func(i, j int) bool { return codeOrder(allRules[i].Code, allRules[j].Code) })
}

// notAfterDeath makes a rule that every date dates picks from an episode is on or before the
// child's PersonDeathDate, when one is recorded.
func notAfterDeath(code, description, field, what string, dates func(e *CINdetails) []string) Rule {
	return Rule{Code: code, Description: description, Check: func(r *Return, rep report) {
		episodes(r, func(x ep) {
			death := x.c.Identifiers.PersonDeathDate
			dd, ok := parseDate(death)
			if !ok {
				return
			}
			for _, v := range dates(x.e) {
				if d, ok := parseDate(v); ok && d.After(dd) {
					rep(x.id(), field, fmt.Sprintf("%s %s, after PersonDeathDate %s", what, v, death))
				}
			}
		})
	}}
}

// A span is an activity within an episode (an assessment, a section 47 enquiry) from its start
// to its end, or to ReferenceDate while it is still open.
type span struct {
	start, end     date.Date
	okStart, okEnd bool
	open           bool // no end yet: runs to ReferenceDate
}

func newSpan(start, end string, open bool) span {
	s, sok := parseDate(start)
	e, eok := parseDate(end)
	return span{start: s, end: e, okStart: sok, okEnd: eok, open: open}
}

// startsWithin calls f(i, j) for each span i that starts on or after span j's start and on or
// before its end (ReferenceDate for an open span). Spans are few within one episode, so the
// pairing stays cheap.
func startsWithin(r *Return, spans []span, f func(i, j int)) {
	if len(spans) < 2 {
		return
	}
	_, refEnd, refOK := r.period()
	for i, a := range spans {
		if !a.okStart {
			continue
		}
		for j, b := range spans {
			if i == j || !b.okStart || a.start.Before(b.start) {
				continue
			}
			if (b.okEnd && !a.start.After(b.end)) || (b.open && refOK && !a.start.After(refEnd)) {
				f(i, j)
			}
		}
	}
}

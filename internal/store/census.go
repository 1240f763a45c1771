package store

import (
	"context"
	"fmt"
	"strings"

	"ourchild/internal/casework"
	"ourchild/internal/date"
)

// CensusKinds are the kinds of casework the CIN census reads: the referral (the CIN episode)
// and what is reported inside it. Visits, notes and the rest are not loaded.
var CensusKinds = []string{"referral", "assessment", "s47", "conference", "cp_plan", "cin_plan"}

// A CensusPerson is what the CIN census reports about who a child is.
type CensusPerson struct {
	ID                  int64
	UPN                 string
	DateOfBirth         date.Date
	ExpectedDateOfBirth date.Date
	DateOfDeath         date.Date
	Sex                 string
	Ethnicity           string
	Disabilities        []string // DfE codes; empty when none are recorded
}

// A CensusChild is a child in the census period with their census casework.
type CensusChild struct {
	Person CensusPerson
	// Items are the child's live casework of the CensusKinds, from any date (an earlier
	// child protection plan counts towards NumberOfPreviousCPP), by start date.
	Items []*casework.Item
}

// censusChildren selects the children with a live referral open at any time from $1 to $2:
// referred on or before the end, and not closed before the start.
const censusChildren = `SELECT r.person_id FROM casework r
	WHERE r.kind = 'referral' AND r.entered_in_error = FALSE
	  AND r.start_date <= $2 AND (r.end_date = '' OR r.end_date >= $1)`

// CensusChildren loads, for the period from to to (inclusive), every child who is not
// entered in error and has a referral open at any time in it, with their identifiers,
// characteristics and live census casework, ordered by person ID. Two queries, whatever
// the number of children.
func (s *Store) CensusChildren(ctx context.Context, from, to date.Date) ([]*CensusChild, error) {
	if from.IsZero() || to.IsZero() || to.Before(from) {
		return nil, fmt.Errorf("store: census period %s to %s is not a period", from, to)
	}
	return s.censusQ(ctx, s.db, from, to)
}

func (s *Store) censusQ(ctx context.Context, q querier, from, to date.Date) ([]*CensusChild, error) {
	rows, err := q.QueryContext(ctx, `SELECT p.id, COALESCE(p.upn, ''), p.date_of_birth, p.expected_date_of_birth,
		p.date_of_death, p.sex, p.ethnicity, p.disabilities
		FROM person p
		WHERE p.entered_in_error = FALSE AND p.id IN (`+censusChildren+`)
		ORDER BY p.id`, from.String(), to.String())
	if err != nil {
		return nil, fmt.Errorf("store: read census children: %w", err)
	}
	defer rows.Close()
	var out []*CensusChild
	byID := map[int64]*CensusChild{}
	for rows.Next() {
		var p CensusPerson
		var dob, edob, dod, dis string
		if err := rows.Scan(&p.ID, &p.UPN, &dob, &edob, &dod, &p.Sex, &p.Ethnicity, &dis); err != nil {
			return nil, fmt.Errorf("store: read census children: %w", err)
		}
		// The person table holds dates written by the store: an unreadable one is blank here,
		// and the census rules report the gap.
		p.DateOfBirth, _ = date.Parse(dob)
		p.ExpectedDateOfBirth, _ = date.Parse(edob)
		p.DateOfDeath, _ = date.Parse(dod)
		p.Disabilities = strings.Fields(dis)
		c := &CensusChild{Person: p}
		out = append(out, c)
		byID[p.ID] = c
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: read census children: %w", err)
	}
	if len(out) == 0 {
		return nil, nil
	}
	kinds := make([]string, len(CensusKinds))
	for i, k := range CensusKinds {
		kinds[i] = "'" + k + "'" // constants declared above, never input
	}
	items, err := s.itemsQ(ctx, q, `WHERE c.entered_in_error = FALSE AND c.kind IN (`+strings.Join(kinds, ", ")+`)
		AND c.person_id IN (`+censusChildren+`)
		ORDER BY c.person_id, c.start_date, c.id`, from.String(), to.String())
	if err != nil {
		return nil, err
	}
	for _, it := range items {
		if c := byID[it.PersonID]; c != nil { // people entered in error are left out above
			c.Items = append(c.Items, it)
		}
	}
	return out, nil
}

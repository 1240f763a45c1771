package store

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"ourchild/internal/casework"
	"ourchild/internal/date"
)

// A LookedAfterChild is a child in the SSDA903 return: who they are, their care casework and,
// for a girl, the birth date of her first child (the return's MOTHER and MC_DOB).
type LookedAfterChild struct {
	Person CensusPerson
	// FirstChildBorn is the date of birth of the earliest-born person recorded as her child
	// (a live mother or parent relationship from her); zero when none is recorded.
	FirstChildBorn date.Date
	// Items are the child's live care casework (lacKinds), from any date, by start date then
	// ID, each holding only its dates and codes (codesOf): no free text.
	Items []*casework.Item
	// SocialWorkers are the child's allocations to an allocated social worker that started by
	// the period's end, by start date then ID: those overlapping the period are the return's
	// sw_episodes table, and the one before each says why it began.
	SocialWorkers []SocialWorkerEpisode
}

// A SocialWorkerEpisode is one allocated social worker's involvement with a child: the worker's
// registration (app_user.sw_id), the allocation's dates and why it ended (a codes.SWEndReason
// code; empty while open, or when not recorded).
type SocialWorkerEpisode struct {
	SWID       string
	Start, End date.Date
	EndReason  string
}

// SocialWorkerRole is the allocation role whose allocations are the 903's social worker episodes.
const SocialWorkerRole = "Allocated social worker"

// lacKinds are the kinds of record the SSDA903 return reads.
const lacKinds = `'adoption', 'care_leaver', 'care_period', 'cla_review', 'health_assessment', 'in_touch', 'missing', 'placement', 'youth_justice', 'dol'`

// lacText are the answers the return needs that are typed rather than chosen, so not in the
// codes column (codesOf keeps dates and codes only): postcodes, the setting's Ofsted URN, the
// council that made a previous permanence order and the questionnaire score. For these kinds (lacTextKinds) the store reads detail, and takes
// from it only these fields and the dates and codes (pickValues skips the rest, free text
// and all, without decoding it).
var lacText = map[string][]string{
	"care_period":       {"home_postcode", "previous_permanence_la"},
	"placement":         {"postcode", "urn"},
	"health_assessment": {"sdq"},
}

const lacTextKinds = `'care_period', 'health_assessment', 'placement'`

// lacChildren selects, once each, the children looked after at any time from $1 to $2 (a live
// period of care starting on or before the end and not ended before the start), and the care
// leavers whose leaving care support was open in it (the return's OC3 table).
const lacChildren = `(SELECT DISTINCT r.person_id FROM casework r
	WHERE r.kind IN ('care_period', 'care_leaver') AND r.entered_in_error = FALSE
	  AND r.start_date <= $2 AND (r.end_date = '' OR r.end_date >= $1)) x`

// LookedAfterChildren loads, for the period from to to (inclusive), every child who is not
// entered in error and was looked after, or a care leaver, at any time in it, with their
// identifiers, the birth of their first child, their allocated social workers and their live
// care casework (dates and codes only). Four queries, whatever the number of children; ordered
// by person ID.
func (s *Store) LookedAfterChildren(ctx context.Context, from, to date.Date) ([]*LookedAfterChild, error) {
	if from.IsZero() || to.IsZero() || to.Before(from) {
		return nil, fmt.Errorf("store: 903 period %s to %s is not a period", from, to)
	}
	// The dates and codes of each kind (codesOf stores exactly these), and the few short text
	// answers the return needs.
	fields := map[string][]string{}
	for k, names := range lacText {
		fields[k] = slices.Clone(names)
	}
	for _, k := range strings.Split(lacKinds, ", ") {
		k = strings.Trim(k, "'")
		kind := casework.KindOf(k)
		if kind == nil {
			return nil, fmt.Errorf("store: 903: %q is not a kind of record", k)
		}
		for i := range kind.Fields {
			if f := &kind.Fields[i]; coded(f) {
				fields[k] = append(fields[k], f.Name)
			}
		}
	}
	args := []any{from.String(), to.String()}
	people, err := returnPeople(ctx, s.db, lacChildren, args...)
	if err != nil {
		return nil, fmt.Errorf("store: read looked-after children: %w", err)
	}
	var out []*LookedAfterChild
	byID := map[int64]*LookedAfterChild{}
	for _, p := range people {
		c := &LookedAfterChild{Person: p}
		out = append(out, c)
		byID[p.ID] = c
	}
	if len(out) == 0 {
		return nil, nil
	}

	// The earliest-born child of each of them ("FROM is the mother/parent of TO").
	rows, err := s.db.QueryContext(ctx, `SELECT r.from_person_id, MIN(k.date_of_birth)
		FROM `+lacChildren+` JOIN relationship r ON r.from_person_id = x.person_id
		JOIN person k ON k.id = r.to_person_id
		WHERE r.type IN ('mother', 'parent') AND r.entered_in_error = FALSE AND k.entered_in_error = FALSE
		  AND k.date_of_birth <> ''
		GROUP BY r.from_person_id`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: read looked-after children's own children: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var dob string
		if err := rows.Scan(&id, &dob); err != nil {
			return nil, fmt.Errorf("store: read looked-after children's own children: %w", err)
		}
		if c := byID[id]; c != nil {
			c.FirstChildBorn, _ = date.Parse(dob)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: read looked-after children's own children: %w", err)
	}
	rows.Close()

	// Their allocated social workers up to the period's end.
	rows, err = s.db.QueryContext(ctx, `SELECT a.person_id, u.sw_id, a.start_date, a.end_date, a.end_reason
		FROM `+lacChildren+` JOIN allocation a ON a.person_id = x.person_id JOIN app_user u ON u.id = a.worker_id
		WHERE a.role = $3 AND a.start_date <= $2
		ORDER BY a.person_id, a.start_date, a.id`, from.String(), to.String(), SocialWorkerRole)
	if err != nil {
		return nil, fmt.Errorf("store: read looked-after children's social workers: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var e SocialWorkerEpisode
		if err := rows.Scan(&id, &e.SWID, &e.Start, &e.End, &e.EndReason); err != nil {
			return nil, fmt.Errorf("store: read looked-after children's social workers: %w", err)
		}
		if c := byID[id]; c != nil {
			c.SocialWorkers = append(c.SocialWorkers, e)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: read looked-after children's social workers: %w", err)
	}
	rows.Close()

	rows, err = s.db.QueryContext(ctx, `SELECT c.id, c.person_id, c.kind, COALESCE(c.parent_id, 0), COALESCE(c.episode_id, 0),
		CASE WHEN c.kind IN (`+lacTextKinds+`) OR c.codes = '' THEN c.detail ELSE c.codes END
		FROM `+lacChildren+` JOIN casework c ON c.person_id = x.person_id
		WHERE c.entered_in_error = FALSE AND c.kind IN (`+lacKinds+`)`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: read looked-after casework: %w", err)
	}
	defer rows.Close()
	if err := readPicked(rows, fields, "looked-after casework", func(it *casework.Item) {
		if c := byID[it.PersonID]; c != nil {
			c.Items = append(c.Items, it)
		}
	}); err != nil {
		return nil, err
	}
	for _, c := range out {
		sortByStart(c.Items)
	}
	return out, nil
}

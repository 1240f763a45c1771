package store

import (
	"bytes"
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"ourchild/internal/casework"
	"ourchild/internal/date"
)

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
	// Items are the child's live casework of the kinds asked for, from any date (an earlier
	// child protection plan counts towards NumberOfPreviousCPP), by start date. Each holds
	// only the fields asked for: no free text.
	Items []*casework.Item
}

// censusChildren selects, once each, the children with a live referral open at any time from
// $1 to $2: referred on or before the end, and not closed before the start. Queries join it
// as a table, so that the database reads each child's rows by the person index rather than
// every row of a kind.
const censusChildren = `(SELECT DISTINCT r.person_id FROM casework r
	WHERE r.kind = 'referral' AND r.entered_in_error = FALSE
	  AND r.start_date <= $2 AND (r.end_date = '' OR r.end_date >= $1)) x`

// censusKinds are the kinds of record a return may read, as SQL. The SQLite index
// casework_census (migration 0004) is on exactly this list, written exactly so: SQLite uses a
// partial index only for a query that names its condition as it is written.
const censusKinds = `'assessment', 'cin_plan', 'conference', 'cp_plan', 'referral', 's47'`

// censusItems reads the census kinds' dates and codes of the children in the period.
const censusItems = `SELECT c.id, c.person_id, c.kind, COALESCE(c.parent_id, 0), COALESCE(c.episode_id, 0), c.codes
	FROM ` + censusChildren + ` JOIN casework c ON c.person_id = x.person_id
	WHERE c.entered_in_error = FALSE AND c.kind IN (` + censusKinds + `)`

// CensusChildren loads, for the period from to to (inclusive), every child who is not
// entered in error and has a referral open at any time in it, with their identifiers,
// characteristics and live casework of the kinds named in fields, ordered by person ID.
// fields gives, for each kind (of censusKinds), the dates and codes to keep besides the start
// and end dates, which every record has: they are read from the codes column (codesOf), never
// from the free text in detail. Two queries, whatever the number of
// children.
func (s *Store) CensusChildren(ctx context.Context, from, to date.Date, fields map[string][]string) ([]*CensusChild, error) {
	if from.IsZero() || to.IsZero() || to.Before(from) {
		return nil, fmt.Errorf("store: census period %s to %s is not a period", from, to)
	}
	for k, names := range fields {
		kind := casework.KindOf(k)
		if kind == nil || !strings.Contains(censusKinds, "'"+k+"'") {
			return nil, fmt.Errorf("store: census: %q is not a kind of record the census reads", k)
		}
		for _, n := range names {
			if f := kind.Field(n); f == nil || !coded(f) {
				return nil, fmt.Errorf("store: census: %s.%s is not a date or code of that kind", k, n)
			}
		}
	}
	// Every record comes with its start and end dates, whatever else is asked for.
	withDates := map[string][]string{}
	for k, names := range fields {
		kind := casework.KindOf(k)
		withDates[k] = slices.Clone(names)
		for _, n := range []string{kind.Start, kind.End} {
			if n != "" && !slices.Contains(names, n) {
				withDates[k] = append(withDates[k], n)
			}
		}
	}
	return s.censusQ(ctx, s.db, from, to, withDates)
}

// returnPeople reads the identifiers and characteristics of the people a return covers: those
// whose IDs the query children selects (as x.person_id), in ID order. The person table holds
// dates written by the store: an unreadable one is left blank, for the return's rules to report.
func returnPeople(ctx context.Context, q querier, children string, args ...any) ([]CensusPerson, error) {
	rows, err := q.QueryContext(ctx, `SELECT p.id, COALESCE(p.upn, ''), p.date_of_birth, p.expected_date_of_birth,
		p.date_of_death, p.sex, p.ethnicity, p.disabilities
		FROM `+children+` JOIN person p ON p.id = x.person_id
		WHERE p.entered_in_error = FALSE
		ORDER BY p.id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []CensusPerson
	for rows.Next() {
		var p CensusPerson
		var dob, edob, dod, dis string
		if err := rows.Scan(&p.ID, &p.UPN, &dob, &edob, &dod, &p.Sex, &p.Ethnicity, &dis); err != nil {
			return nil, err
		}
		p.DateOfBirth, _ = date.Parse(dob)
		p.ExpectedDateOfBirth, _ = date.Parse(edob)
		p.DateOfDeath, _ = date.Parse(dod)
		p.Disabilities = strings.Fields(dis)
		out = append(out, p)
	}
	return out, rows.Err()
}

func (s *Store) censusQ(ctx context.Context, q querier, from, to date.Date, fields map[string][]string) ([]*CensusChild, error) {
	people, err := returnPeople(ctx, q, censusChildren, from.String(), to.String())
	if err != nil {
		return nil, fmt.Errorf("store: read census children: %w", err)
	}
	var out []*CensusChild
	byID := map[int64]*CensusChild{}
	for _, p := range people {
		c := &CensusChild{Person: p}
		out = append(out, c)
		byID[p.ID] = c
	}
	if len(out) == 0 {
		return nil, nil
	}
	rows, err := q.QueryContext(ctx, censusItems, from.String(), to.String())
	if err != nil {
		return nil, fmt.Errorf("store: read census casework: %w", err)
	}
	defer rows.Close()
	if err := readPicked(rows, fields, "census casework", func(it *casework.Item) {
		if c := byID[it.PersonID]; c != nil { // people entered in error are left out above
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

// readPicked reads casework rows of id, person_id, kind, parent_id, episode_id and answers as
// JSON, keeping of each record only the answers fields names for its kind (rows of other kinds
// are skipped), and gives each record to add. what names the records in errors.
func readPicked(rows *sql.Rows, fields map[string][]string, what string, add func(*casework.Item)) error {
	for rows.Next() {
		it := &casework.Item{}
		var codes sql.RawBytes
		if err := rows.Scan(&it.ID, &it.PersonID, &it.Kind, &it.ParentID, &it.EpisodeID, &codes); err != nil {
			return fmt.Errorf("store: read %s: %w", what, err)
		}
		want, ok := fields[it.Kind]
		if !ok {
			continue
		}
		var err error
		if it.Values, err = pickValues(codes, want); err != nil {
			return fmt.Errorf("store: casework %d: %w", it.ID, err)
		}
		add(it)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: read %s: %w", what, err)
	}
	return nil
}

// sortByStart orders a child's records by start date (ISO text sorts as dates do), then ID:
// the order Items gives.
func sortByStart(items []*casework.Item) {
	start := func(it *casework.Item) string { return it.Values.Get(it.K().Start) }
	slices.SortFunc(items, func(a, b *casework.Item) int {
		if n := strings.Compare(start(a), start(b)); n != 0 {
			return n
		}
		return cmp.Compare(a.ID, b.ID)
	})
}

// codesOf returns what the codes column holds for an item: its answers that are dates, times,
// codes, yes or no and scales, as JSON; everything but the free text (and the tables, whose
// rows are the plan's own words). The census and the lists read these, not detail.
func codesOf(it *casework.Item) string {
	k := it.K()
	if k == nil {
		return ""
	}
	v := casework.Values{}
	for i := range k.Fields {
		if f := &k.Fields[i]; coded(f) {
			if vs := it.Values[f.Name]; len(vs) > 0 {
				v[f.Name] = vs
			}
		}
	}
	return v.Marshal()
}

// coded reports whether a field's answers are dates, times, codes, yes or no, or scales.
func coded(f *casework.Field) bool {
	switch f.Type {
	case casework.Date, casework.DateTime, casework.Choice, casework.Choices, casework.YesNo, casework.Scale:
		return true
	}
	return false
}

// pickValues decodes the fields wanted from stored values ({"field": ["value", …], …}, as
// Values.Marshal writes them), skipping the rest without decoding them: a record saved before
// migration 0003 holds its whole detail, free text and all, in codes until it is next saved.
func pickValues(detail []byte, want []string) (casework.Values, error) {
	v := casework.Values{}
	b := detail
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '{' {
		return nil, fmt.Errorf("stored values are not a JSON object")
	}
	i++
	for {
		i = skipSpace(b, i)
		if i < len(b) && b[i] == '}' {
			return v, nil
		}
		if i >= len(b) || b[i] != '"' {
			return nil, fmt.Errorf("stored values are not valid at byte %d", i)
		}
		end := skipString(b, i)
		if end < 0 {
			return nil, fmt.Errorf("stored values end inside a name")
		}
		key, err := wanted(b[i:end], want)
		if err != nil {
			return nil, err
		}
		i = skipSpace(b, end)
		if i >= len(b) || b[i] != ':' {
			return nil, fmt.Errorf("stored values are not valid at byte %d", i)
		}
		i = skipSpace(b, i+1)
		vend := skipValue(b, i)
		if vend < 0 {
			return nil, fmt.Errorf("stored values end inside %q", key)
		}
		if key != "" {
			vs, err := stringList(b[i:vend])
			if err != nil {
				return nil, fmt.Errorf("stored values of %q: %w", key, err)
			}
			v[key] = vs
		}
		i = skipSpace(b, vend)
		if i < len(b) && b[i] == ',' {
			i++
		}
	}
}

// wanted returns the name (a JSON string) if it is one of want, else "": field names have no
// escapes, so most are compared as they are stored, without decoding.
func wanted(name []byte, want []string) (string, error) {
	if len(name) >= 2 && !bytes.ContainsAny(name[1:len(name)-1], `\"`) {
		for _, w := range want {
			if string(name[1:len(name)-1]) == w {
				return w, nil
			}
		}
		return "", nil
	}
	key, err := jsonString(name)
	if err != nil || !slices.Contains(want, key) {
		return "", err
	}
	return key, nil
}

// jsonString decodes a JSON string: field names and codes have no escapes, so most are a
// plain copy of their bytes.
func jsonString(b []byte) (string, error) {
	if len(b) >= 2 && b[0] == '"' && b[len(b)-1] == '"' && !bytes.ContainsAny(b[1:len(b)-1], `\"`) {
		return string(b[1 : len(b)-1]), nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return "", fmt.Errorf("stored values: %w", err)
	}
	return s, nil
}

// stringList decodes a JSON list of strings.
func stringList(b []byte) ([]string, error) {
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '[' {
		return nil, fmt.Errorf("not a list")
	}
	var out []string
	for i = skipSpace(b, i+1); i < len(b) && b[i] != ']'; {
		end := -1
		if b[i] == '"' {
			end = skipString(b, i)
		}
		if end < 0 {
			return nil, fmt.Errorf("not a list of strings")
		}
		s, err := jsonString(b[i:end])
		if err != nil {
			return nil, err
		}
		out = append(out, s)
		if i = skipSpace(b, end); i < len(b) && b[i] == ',' {
			i = skipSpace(b, i+1)
		}
	}
	if i >= len(b) {
		return nil, fmt.Errorf("the list is not closed")
	}
	return out, nil
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// skipString returns the index just past the JSON string starting at b[i] ('"'), or -1.
func skipString(b []byte, i int) int {
	for i++; i < len(b); i++ {
		switch b[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return -1
}

// skipValue returns the index just past the JSON value starting at b[i], or -1.
func skipValue(b []byte, i int) int {
	depth := 0
	for ; i < len(b); i++ {
		switch b[i] {
		case '"':
			if i = skipString(b, i); i < 0 {
				return -1
			}
			i--
			if depth == 0 {
				return i + 1
			}
		case '[', '{':
			depth++
		case ']', '}':
			if depth == 0 {
				return i // the end of the object, after a bare value
			}
			depth--
			if depth == 0 {
				return i + 1
			}
		case ',':
			if depth == 0 {
				return i
			}
		}
	}
	if depth == 0 {
		return i
	}
	return -1
}

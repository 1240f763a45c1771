package store

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"ourchild/internal/codes"
	"ourchild/internal/date"
	"ourchild/internal/namematch"
	"ourchild/internal/person"
)

// SearchQuery is a parsed person search. People type one line: a name, a date of birth, an
// identifier, or a name and a date of birth together.
type SearchQuery struct {
	Name      namematch.Name
	DOB       date.Date
	PersonID  int64
	NHSNumber string
	UPN       string
}

// Empty reports whether the query asks for nothing.
func (q SearchQuery) Empty() bool {
	return q.Name == (namematch.Name{}) && q.DOB.IsZero() && q.PersonID == 0 && q.NHSNumber == "" && q.UPN == ""
}

var (
	dmyDate = regexp.MustCompile(`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$`)
	isoDate = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})$`)
	upnLike = regexp.MustCompile(`^[A-Za-z]\d{11}[0-9A-Za-z]$`)
	nhsLike = regexp.MustCompile(`^\d{3} ?\d{3} ?\d{4}$`)
)

// ParseSearch reads a one-line search. Dates are day first (12/03/2015) or ISO; ten digits
// are an NHS number; a letter, eleven digits and a final character are a UPN; other digits
// are an ourchild person ID; the remaining words are a name. It returns a message for an
// impossible date.
func ParseSearch(text string) (SearchQuery, string) {
	var q SearchQuery
	text = strings.TrimSpace(text)
	if nhsLike.MatchString(text) {
		q.NHSNumber = codes.NormaliseNHSNumber(text)
		return q, ""
	}
	var words []string
	for _, w := range strings.Fields(text) {
		switch {
		case dmyDate.MatchString(w):
			m := dmyDate.FindStringSubmatch(w)
			if d, ok := ymd(m[3], m[2], m[1]); ok {
				q.DOB = d
			} else {
				return q, fmt.Sprintf("%s is not a real date: enter a date of birth like 27/03/2015", w)
			}
		case isoDate.MatchString(w):
			m := isoDate.FindStringSubmatch(w)
			if d, ok := ymd(m[1], m[2], m[3]); ok {
				q.DOB = d
			} else {
				return q, fmt.Sprintf("%s is not a real date", w)
			}
		case upnLike.MatchString(w):
			q.UPN = strings.ToUpper(w)
		case isDigits(w):
			id, err := strconv.ParseInt(w, 10, 64)
			if err != nil || id <= 0 {
				return q, fmt.Sprintf("%s is not a person ID", w)
			}
			q.PersonID = id
		default:
			words = append(words, w)
		}
	}
	q.Name = namematch.ParseQuery(strings.Join(words, " "))
	return q, ""
}

func ymd(y, m, d string) (date.Date, bool) {
	yi, _ := strconv.Atoi(y)
	mi, _ := strconv.Atoi(m)
	di, _ := strconv.Atoi(d)
	if !date.Valid(yi, mi, di) {
		return date.Date{}, false
	}
	return date.New(yi, time.Month(mi), di), true
}

func isDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// A Hit is one search result.
type Hit struct {
	Person  *person.Person
	Score   float64 // 1 for an exact identifier match
	Alias   string  // the other name that matched, if it was not the current name
	Address string  // current address, on one line
}

// MinScore is the similarity below which a name is not shown as a match.
const MinScore = 0.8

// maxCandidates bounds the rows read for ranking in each pass, so a common name stays fast.
const maxCandidates = 1000

// SearchPeople finds people matching q whom userID may see: records entered in error are
// never shown, and restricted records only to users holding a grant. Names are matched in two
// passes: one on the phonetic keys of both names, one on their Soundex codes and on the
// family name's sorted letters (for transposed letters). Hits are ranked by similarity; at most
// limit are returned.
func (s *Store) SearchPeople(ctx context.Context, userID int64, q SearchQuery, limit int) ([]Hit, error) {
	if q.Empty() {
		return nil, nil
	}
	hs := &hitSet{nq: namematch.NewQuery(q.Name), hasName: q.Name != (namematch.Name{}), seen: map[int64]int{}}
	passes := 1
	if hs.hasName && q.PersonID == 0 && q.NHSNumber == "" && q.UPN == "" {
		passes = 2
	}
	for pass := 0; pass < passes; pass++ {
		if err := s.searchPass(ctx, userID, q, pass, hs); err != nil {
			return nil, err
		}
	}
	if hs.hasName && len(hs.aliasIDs) > 0 {
		if err := s.scoreAliases(ctx, hs.nq, hs.aliasIDs, hs.hits, hs.seen); err != nil {
			return nil, err
		}
	}
	kept := hs.hits[:0]
	for _, h := range hs.hits {
		if h.Score >= MinScore {
			kept = append(kept, h)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool {
		if kept[i].Score != kept[j].Score {
			return kept[i].Score > kept[j].Score
		}
		return kept[i].Person.SortName() < kept[j].Person.SortName()
	})
	if limit > 0 && len(kept) > limit {
		kept = kept[:limit]
	}
	return kept, s.addCurrentAddresses(ctx, kept)
}

// hitSet collects candidates across passes, once each.
type hitSet struct {
	nq       namematch.Query
	hasName  bool
	seen     map[int64]int
	hits     []Hit
	aliasIDs []int64
}

// searchPass reads one pass's candidates into hs.
func (s *Store) searchPass(ctx context.Context, userID int64, q SearchQuery, pass int, hs *hitSet) error {
	visible := `entered_in_error = FALSE AND (restricted = FALSE OR id IN (SELECT person_id FROM access_grant
		WHERE user_id = $1 AND revoked_at = '' AND (expires_at = '' OR expires_at > $2)))`
	args := []any{userID, ts(s.Now())}
	arg := func(v any) string { args = append(args, v); return fmt.Sprintf("$%d", len(args)) }

	var cond []string
	var nameCond string
	switch {
	case q.PersonID != 0:
		cond = append(cond, "id = "+arg(q.PersonID))
	case q.NHSNumber != "":
		cond = append(cond, "nhs_number = "+arg(q.NHSNumber))
	case q.UPN != "":
		cond = append(cond, "upn = "+arg(q.UPN))
	case hs.hasName:
		nameCond = nameCondition(q.Name, pass, arg)
	}
	if !q.DOB.IsZero() {
		cond = append(cond, "date_of_birth = "+arg(q.DOB))
	}
	where := visible
	if len(cond) > 0 {
		where += " AND " + strings.Join(cond, " AND ")
	}
	sqlText := `SELECT ` + personCols + `, '' FROM person WHERE ` + where
	if nameCond != "" {
		// Names someone was known by find them too.
		sqlText = `SELECT ` + personCols + `, '' FROM person WHERE ` + where + ` AND ` + nameCond +
			` UNION ALL SELECT ` + personCols + `, 'alias' FROM person WHERE ` + where +
			` AND id IN (SELECT person_id FROM person_alias WHERE entered_in_error = FALSE AND ` + nameCond + `)`
	}
	sqlText += fmt.Sprintf(" LIMIT %d", maxCandidates)

	rows, err := s.db.QueryContext(ctx, sqlText, args...)
	if err != nil {
		return fmt.Errorf("store: search people: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var viaAlias string
		p, err := scanPerson(rows, &viaAlias)
		if err != nil {
			return err
		}
		h := Hit{Person: p, Score: 1}
		if hs.hasName {
			h.Score = hs.nq.Score(namematch.Name{Given: p.GivenNames, Family: p.FamilyName})
		}
		if viaAlias != "" {
			hs.aliasIDs = append(hs.aliasIDs, p.ID)
		}
		if i, dup := hs.seen[p.ID]; dup {
			hs.hits[i].Score = max(hs.hits[i].Score, h.Score)
			continue
		}
		hs.seen[p.ID] = len(hs.hits)
		hs.hits = append(hs.hits, h)
	}
	return rows.Err()
}

// nameCondition narrows candidates with the indexed phonetic keys. The first pass asks for
// both names to have the same phonetic key as typed, in either order (one word: a family or
// given name with that key); the second accepts names whose Soundex codes agree instead.
func nameCondition(n namematch.Name, pass int, arg func(any) string) string {
	if n.Given == "" || n.Family == "" {
		w := n.Family + n.Given
		if pass == 0 {
			k := arg(namematch.Key(w))
			return fmt.Sprintf("(family_key = %s OR given_key = %s)", k, k)
		}
		return fmt.Sprintf("(family_sdx = %s OR family_letters = %s)", arg(namematch.Soundex(w)), arg(namematch.Letters(w)))
	}
	k, sw := nameKeys(n.Given, n.Family), nameKeys(n.Family, n.Given) // as typed, and swapped
	if pass == 0 {
		return fmt.Sprintf("((family_key = %s AND given_key = %s) OR (family_key = %s AND given_key = %s))",
			arg(k.family), arg(k.given), arg(sw.family), arg(sw.given))
	}
	// Each term is an equality on both columns of one composite index, so every term is a
	// short index seek even at a million people.
	var or []string
	for _, k := range []searchKeys{k, sw} {
		or = append(or, fmt.Sprintf("(family_sdx = %s AND given_sdx = %s)", arg(k.familySdx), arg(k.givenSdx)),
			fmt.Sprintf("(family_letters = %s AND given_key = %s)", arg(k.familyLetters), arg(k.given)))
	}
	return "(" + strings.Join(or, " OR ") + ")"
}

// scoreAliases raises the score of people found through another name.
func (s *Store) scoreAliases(ctx context.Context, nq namematch.Query, ids []int64, hits []Hit, seen map[int64]int) error {
	ph, args := inList(ids)
	rows, err := s.db.QueryContext(ctx, `SELECT person_id, given_names, family_name FROM person_alias
		WHERE entered_in_error = FALSE AND person_id IN (`+ph+`)`, args...)
	if err != nil {
		return fmt.Errorf("store: read aliases: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var g, f string
		if err := rows.Scan(&id, &g, &f); err != nil {
			return err
		}
		if i, ok := seen[id]; ok {
			if sc := nq.Score(namematch.Name{Given: g, Family: f}); sc > hits[i].Score {
				hits[i].Score, hits[i].Alias = sc, strings.TrimSpace(g+" "+f)
			}
		}
	}
	return rows.Err()
}

// addCurrentAddresses fills in each hit's current address in one query.
func (s *Store) addCurrentAddresses(ctx context.Context, hits []Hit) error {
	if len(hits) == 0 {
		return nil
	}
	ids := make([]int64, len(hits))
	at := map[int64]int{}
	for i, h := range hits {
		ids[i], at[h.Person.ID] = h.Person.ID, i
	}
	ph, args := inList(ids)
	rows, err := s.db.QueryContext(ctx, `SELECT person_id, line1, line2, town, postcode FROM address
		WHERE end_date = '' AND entered_in_error = FALSE AND person_id IN (`+ph+`)`, args...)
	if err != nil {
		return fmt.Errorf("store: read addresses: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var a person.Address
		if err := rows.Scan(&a.PersonID, &a.Line1, &a.Line2, &a.Town, &a.Postcode); err != nil {
			return err
		}
		hits[at[a.PersonID]].Address = a.OneLine()
	}
	return rows.Err()
}

// inList returns "$1, $2, …" and the arguments for an IN list.
func inList(ids []int64) (string, []any) {
	ph := make([]string, len(ids))
	args := make([]any, len(ids))
	for i, id := range ids {
		ph[i], args[i] = fmt.Sprintf("$%d", i+1), id
	}
	return strings.Join(ph, ", "), args
}

package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"ourchild/internal/apperr"
	"ourchild/internal/audit"
	"ourchild/internal/casework"
	"ourchild/internal/date"
)

// An Editor is who is saving casework: the actor for the audit, and whether they may set the
// fields only a manager may (an assessment's authorisation, a decision's agreement).
type Editor struct {
	audit.Actor
	Manager bool
}

const itemCols = `c.id, c.version, c.person_id, c.kind, COALESCE(c.parent_id, 0), COALESCE(c.episode_id, 0), c.group_ref,
	c.detail, c.entered_in_error, c.error_reason, c.created_at, COALESCE(cu.display_name, ''), c.updated_at, COALESCE(uu.display_name, '')`

const itemFrom = ` FROM casework c LEFT JOIN app_user cu ON cu.id = c.created_by LEFT JOIN app_user uu ON uu.id = c.updated_by`

func scanItem(row scanner) (*casework.Item, string, error) {
	var it casework.Item
	var detail, created, updated, group string
	if err := row.Scan(&it.ID, &it.Version, &it.PersonID, &it.Kind, &it.ParentID, &it.EpisodeID, &group, &detail,
		&it.EnteredInError, &it.ErrorReason, &created, &it.CreatedBy, &updated, &it.UpdatedBy); err != nil {
		return nil, "", err
	}
	v, err := casework.ParseValues(detail)
	if err != nil {
		return nil, "", fmt.Errorf("store: casework %d: %w", it.ID, err)
	}
	it.Values, it.CreatedAt, it.UpdatedAt = v, parseTS(created), parseTS(updated)
	return &it, group, nil
}

// Item returns one casework record.
func (s *Store) Item(ctx context.Context, id int64) (*casework.Item, error) {
	return s.itemQ(ctx, s.db, id)
}

func (s *Store) itemQ(ctx context.Context, q querier, id int64) (*casework.Item, error) {
	it, _, err := scanItem(q.QueryRowContext(ctx, `SELECT `+itemCols+itemFrom+` WHERE c.id = $1`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("casework record", id)
	}
	return it, err
}

// Items returns a person's casework, oldest first, including records entered in error
// (callers decide whether to show them).
func (s *Store) Items(ctx context.Context, personID int64) ([]*casework.Item, error) {
	return s.itemsQ(ctx, s.db, `WHERE c.person_id = $1 ORDER BY c.start_date, c.id`, personID)
}

// ItemsForPeople returns the live casework of several people, grouped by person.
func (s *Store) ItemsForPeople(ctx context.Context, ids []int64) (map[int64][]*casework.Item, error) {
	out := map[int64][]*casework.Item{}
	for len(ids) > 0 {
		n := min(len(ids), 500)
		args := make([]any, n)
		ph := make([]string, n)
		for i := range n {
			args[i], ph[i] = ids[i], fmt.Sprintf("$%d", i+1)
		}
		items, err := s.itemsQ(ctx, s.db, `WHERE c.person_id IN (`+strings.Join(ph, ", ")+`) AND c.entered_in_error = FALSE
			ORDER BY c.person_id, c.start_date, c.id`, args...)
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			out[it.PersonID] = append(out[it.PersonID], it)
		}
		ids = ids[n:]
	}
	return out, nil
}

func (s *Store) itemsQ(ctx context.Context, q querier, where string, args ...any) ([]*casework.Item, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+itemCols+itemFrom+` `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("store: read casework: %w", err)
	}
	defer rows.Close()
	var items []*casework.Item
	for rows.Next() {
		it, _, err := scanItem(rows)
		if err != nil {
			return nil, err
		}
		items = append(items, it)
	}
	return items, rows.Err()
}

// AddItem records a new piece of casework, with what follows from it in the same
// transaction: a contact decided as a referral opens the referral; an initial conference that
// decides on a plan starts the child protection plan; a review conference that ends the plan
// ends it. Nothing is saved when anything is wrong.
func (s *Store) AddItem(ctx context.Context, e Editor, it *casework.Item) error {
	return s.tx(ctx, func(tx *sql.Tx) error { return s.addItem(ctx, tx, e, it, "") })
}

// AddContact records one contact about several children (siblings): each child gets a
// contact of their own, sharing a reference, so each can have its own decision.
func (s *Store) AddContact(ctx context.Context, e Editor, personIDs []int64, v casework.Values) ([]*casework.Item, error) {
	if len(personIDs) == 0 {
		return nil, apperr.Field("children", "Choose at least one child the contact is about")
	}
	var items []*casework.Item
	err := s.tx(ctx, func(tx *sql.Tx) error {
		items = nil
		group := fmt.Sprintf("C%d-%d", s.Now().Unix(), personIDs[0])
		for _, pid := range personIDs {
			it := &casework.Item{PersonID: pid, Kind: "contact", Values: cloneValues(v)}
			if err := s.addItem(ctx, tx, e, it, group); err != nil {
				return err
			}
			items = append(items, it)
		}
		return nil
	})
	return items, err
}

func cloneValues(v casework.Values) casework.Values {
	out := casework.Values{}
	for k, vs := range v {
		out[k] = slices.Clone(vs)
	}
	return out
}

func (s *Store) addItem(ctx context.Context, tx *sql.Tx, e Editor, it *casework.Item, group string) error {
	now := s.Now()
	k := it.K()
	if k == nil {
		return apperr.Field("kind", "There is no kind of record called %q", it.Kind)
	}
	if _, err := s.requireLive(ctx, tx, "person_id", it.PersonID); err != nil {
		return err
	}
	it.Normalise()
	fe := it.Validate(date.Of(now))
	if k.ManagerOnly && !e.Manager {
		return apperr.New(apperr.Forbidden, "Only a manager can record %s", strings.ToLower(k.Label))
	}
	managerFields(k, nil, it.Values, e.Manager, &fe)
	if err := fe.Err(); err != nil {
		return err
	}
	if err := s.checkPlacement(ctx, tx, it, nil); err != nil {
		return err
	}
	it.Version, it.CreatedAt, it.UpdatedAt = 1, now, now
	err := tx.QueryRowContext(ctx, `INSERT INTO casework (person_id, kind, parent_id, episode_id, group_ref, start_date, end_date,
		detail, created_at, created_by, updated_at, updated_by, codes) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $9, $10, $11) RETURNING id`,
		it.PersonID, it.Kind, nullID(it.ParentID), nullID(it.EpisodeID), group, it.StartDate().String(), endColumn(it),
		it.Values.Marshal(), ts(now), nullID(e.UserID), codesOf(it)).Scan(&it.ID)
	if err != nil {
		return fmt.Errorf("store: add %s: %w", it.Kind, err)
	}
	if err := s.addRevision(ctx, tx, e.Actor, it.PersonID, "casework", it.ID, 1, "create", it, ""); err != nil {
		return err
	}
	if err := s.appendEvent(ctx, tx, audit.New(e.Actor, audit.Create, it.PersonID, "Recorded "+strings.ToLower(it.Label()))); err != nil {
		return err
	}
	return s.followOn(ctx, tx, e, nil, it)
}

func endColumn(it *casework.Item) string {
	if d := it.EndDate(); !d.IsZero() {
		return d.String()
	}
	return ""
}

// managerFields refuses a change to a manager's field by someone who is not a manager.
func managerFields(k *casework.Kind, old, new casework.Values, manager bool, fe *apperr.FieldErrors) {
	if manager {
		return
	}
	for _, f := range k.Fields {
		if f.Manager && !slices.Equal(old[f.Name], new[f.Name]) {
			fe.Add(f.Name, "Only a manager can record “%s”", f.Label)
		}
	}
}

// checkPlacement checks an item against the rest of the child's casework: it belongs to an
// open record of the right kind, episodes of one kind do not overlap, and the rules that
// hold across records (a CIN plan does not run alongside a CP plan; an initial conference
// follows a section 47 enquiry; only a conference ends a CP plan). It sets ParentID and
// EpisodeID where the child has exactly one record they can be.
func (s *Store) checkPlacement(ctx context.Context, tx *sql.Tx, it *casework.Item, old *casework.Item) error {
	k := it.K()
	all, err := s.itemsQ(ctx, tx, `WHERE c.person_id = $1 AND c.entered_in_error = FALSE ORDER BY c.start_date, c.id`, it.PersonID)
	if err != nil {
		return err
	}
	others := all[:0:0]
	for _, o := range all {
		if o.ID != it.ID {
			others = append(others, o)
		}
	}
	if k.Parent != "" {
		if it.ParentID == 0 {
			it.ParentID = casework.ParentFor(it, others)
		}
		var parent *casework.Item
		for _, o := range others {
			if o.ID == it.ParentID {
				parent = o
			}
		}
		if parent == nil {
			return apperr.Field("parent_id", "Record a %s for this child first: a %s belongs to one", strings.ToLower(casework.KindOf(k.Parent).Label), strings.ToLower(k.Label))
		}
		if fe := it.CheckParent(parent); len(fe) > 0 {
			return fe.Err()
		}
		it.EpisodeID = parent.ID
		if parent.Kind != "referral" {
			it.EpisodeID = parent.EpisodeID
		}
	}
	if fe := casework.CheckAgainst(it, old, others); len(fe) > 0 {
		return fe.Err()
	}
	return nil
}

// UpdateItem saves it over the version the user opened (it.Version). A change by someone
// else in between is refused with a *ItemConflictError saying what they changed. reason is
// kept with the revision; some changes need one (a day manager changing an out-of-hours
// decision).
func (s *Store) UpdateItem(ctx context.Context, e Editor, it *casework.Item, reason string) error {
	now := s.Now()
	reason = strings.TrimSpace(reason)
	return s.tx(ctx, func(tx *sql.Tx) error {
		cur, err := s.itemQ(ctx, tx, it.ID)
		if err != nil {
			return err
		}
		if cur.EnteredInError {
			return apperr.New(apperr.Conflict, "This record was marked as entered in error and cannot be changed")
		}
		if cur.Version != it.Version {
			return &ItemConflictError{Current: cur, Changes: casework.Diff(cur.K(), s.itemVersion(ctx, tx, cur, it.Version), cur.Values)}
		}
		if err := s.ensureItemBaseline(ctx, tx, cur); err != nil {
			return err
		}
		it.PersonID, it.Kind, it.ParentID, it.EpisodeID = cur.PersonID, cur.Kind, cur.ParentID, cur.EpisodeID
		k := it.K()
		it.Normalise()
		fe := it.Validate(date.Of(now))
		if k.ManagerOnly && !e.Manager {
			return apperr.New(apperr.Forbidden, "Only a manager can change %s", strings.ToLower(k.Label))
		}
		managerFields(k, cur.Values, it.Values, e.Manager, &fe)
		if casework.NeedsReason(cur, it) && reason == "" {
			fe.Add("reason", "Enter the reason for changing an out-of-hours decision: it will show in the chronology")
		}
		if err := fe.Err(); err != nil {
			return err
		}
		if err := s.checkPlacement(ctx, tx, it, cur); err != nil {
			return err
		}
		changes := casework.Diff(k, cur.Values, it.Values)
		if len(changes) == 0 {
			return nil
		}
		if err := s.writeItem(ctx, tx, e.Actor, it, cur.Version, "update", reason); err != nil {
			return err
		}
		labels := make([]string, len(changes))
		for i, c := range changes {
			labels[i] = c.Field
		}
		if err := s.appendEvent(ctx, tx, audit.New(e.Actor, audit.Update, it.PersonID, it.Label()+": changed "+strings.Join(labels, ", "))); err != nil {
			return err
		}
		if casework.NeedsReason(cur, it) {
			summary := fmt.Sprintf("Out-of-hours decision changed from “%s” to “%s”: %s", cur.Display("decision"), it.Display("decision"), reason)
			if err := s.addEvent(ctx, tx, e.Actor, it.PersonID, date.Of(now), "Decision changed", summary); err != nil {
				return err
			}
		}
		return s.followOn(ctx, tx, e, cur, it)
	})
}

// ensureItemBaseline saves the current version of a casework record before its first change,
// for records loaded in bulk (demo data, migration from another system) without a revision.
func (s *Store) ensureItemBaseline(ctx context.Context, tx *sql.Tx, cur *casework.Item) error {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM revision WHERE entity = 'casework' AND entity_id = $1 AND version = $2 AND person_id = $3`,
		cur.ID, cur.Version, cur.PersonID).Scan(&n); err != nil || n > 0 {
		return err
	}
	snap, err := json.Marshal(cur)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO revision (person_id, entity, entity_id, version, action, snapshot, reason, changed_at)
		VALUES ($1, 'casework', $2, $3, 'create', $4, 'Saved before the first change', $5)`, cur.PersonID, cur.ID, cur.Version, string(snap), ts(cur.UpdatedAt))
	return err
}

// writeItem saves a new version of an item (after the caller has checked it) and its revision.
func (s *Store) writeItem(ctx context.Context, tx *sql.Tx, a audit.Actor, it *casework.Item, from int, action, reason string) error {
	now := s.Now()
	res, err := tx.ExecContext(ctx, `UPDATE casework SET version = version + 1, start_date = $1, end_date = $2, detail = $3,
		parent_id = $4, episode_id = $5, updated_at = $6, updated_by = $7, codes = $10 WHERE id = $8 AND version = $9`,
		it.StartDate().String(), endColumn(it), it.Values.Marshal(), nullID(it.ParentID), nullID(it.EpisodeID), ts(now), nullID(a.UserID), it.ID, from,
		codesOf(it))
	if err != nil {
		return fmt.Errorf("store: update %s %d: %w", it.Kind, it.ID, err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return apperr.New(apperr.Conflict, "This record changed since you opened it")
	}
	it.Version, it.UpdatedAt = from+1, now
	return s.addRevision(ctx, tx, a, it.PersonID, "casework", it.ID, it.Version, action, it, reason)
}

// itemVersion returns the values of an earlier version of an item, from its revisions.
func (s *Store) itemVersion(ctx context.Context, q querier, cur *casework.Item, v int) casework.Values {
	var snap string
	if err := q.QueryRowContext(ctx, `SELECT snapshot FROM revision WHERE entity = 'casework' AND entity_id = $1 AND version = $2 AND person_id = $3`,
		cur.ID, v, cur.PersonID).Scan(&snap); err != nil {
		return casework.Values{}
	}
	var old casework.Item
	if err := json.Unmarshal([]byte(snap), &old); err != nil {
		return casework.Values{}
	}
	return old.Values
}

// ItemConflictError is returned when a casework record changed after the user opened it.
type ItemConflictError struct {
	Current *casework.Item
	Changes []casework.Change
}

func (e *ItemConflictError) Error() string {
	return fmt.Sprintf("%s %d changed since it was opened (now version %d)", e.Current.Kind, e.Current.ID, e.Current.Version)
}

// Unwrap lets apperr.KindOf classify the conflict.
func (e *ItemConflictError) Unwrap() error {
	return apperr.New(apperr.Conflict, "This record changed since you opened it")
}

// MarkItemInError marks a casework record entered in error. It stays, with its history, for
// the audit; it drops out of plans, clocks and returns. A record that others belong to must
// have those marked first.
func (s *Store) MarkItemInError(ctx context.Context, e Editor, id int64, version int, reason string) error {
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return apperr.Field("reason", "Enter why this record was entered in error")
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		cur, err := s.itemQ(ctx, tx, id)
		if err != nil {
			return err
		}
		if cur.Version != version {
			return apperr.New(apperr.Conflict, "This record changed since you opened it")
		}
		var children int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM casework WHERE parent_id = $1 AND entered_in_error = FALSE`, id).Scan(&children); err != nil {
			return err
		}
		if children > 0 {
			return apperr.Field("reason", "%d records belong to this %s: mark them entered in error first", children, strings.ToLower(cur.Label()))
		}
		if err := s.ensureItemBaseline(ctx, tx, cur); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `UPDATE casework SET version = version + 1, entered_in_error = TRUE, error_reason = $1,
			updated_at = $2, updated_by = $3 WHERE id = $4 AND version = $5`, reason, ts(s.Now()), nullID(e.UserID), id, version)
		if err != nil {
			return fmt.Errorf("store: mark %s %d in error: %w", cur.Kind, id, err)
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return apperr.New(apperr.Conflict, "This record changed since you opened it")
		}
		cur.Version, cur.EnteredInError, cur.ErrorReason = version+1, true, reason
		if err := s.addRevision(ctx, tx, e.Actor, cur.PersonID, "casework", id, cur.Version, "entered_in_error", cur, reason); err != nil {
			return err
		}
		return s.appendEvent(ctx, tx, audit.New(e.Actor, audit.MarkError, cur.PersonID, cur.Label()+" marked entered in error: "+reason))
	})
}

// followOn makes the records that follow from a saved item, in the same transaction.
func (s *Store) followOn(ctx context.Context, tx *sql.Tx, e Editor, old, it *casework.Item) error {
	now := date.Of(s.Now())
	all, err := s.itemsQ(ctx, tx, `WHERE c.person_id = $1 AND c.entered_in_error = FALSE ORDER BY c.start_date, c.id`, it.PersonID)
	if err != nil {
		return err
	}
	for _, f := range casework.FollowOn(old, it, all, now) {
		if f.New != nil {
			if err := s.addItem(ctx, tx, e, f.New, ""); err != nil {
				return fmt.Errorf("store: %s: %w", f.Why, err)
			}
			continue
		}
		f.Change.Normalise()
		if fe := f.Change.Validate(now); len(fe) > 0 {
			return fe.Err()
		}
		cur, err := s.itemQ(ctx, tx, f.Change.ID)
		if err != nil {
			return err
		}
		if err := s.ensureItemBaseline(ctx, tx, cur); err != nil {
			return err
		}
		if err := s.writeItem(ctx, tx, e.Actor, f.Change, f.Change.Version, "update", f.Why); err != nil {
			return err
		}
		if err := s.appendEvent(ctx, tx, audit.New(e.Actor, audit.Update, it.PersonID, f.Change.Label()+": "+f.Why)); err != nil {
			return err
		}
	}
	return nil
}

package storetest

import (
	"context"
	"testing"

	"ourchild/internal/apperr"
	"ourchild/internal/audit"
	"ourchild/internal/casework"
	"ourchild/internal/person"
	"ourchild/internal/store"
)

// A Recorder records casework through the store, as the pages do, failing the test on any
// refusal: the returns' tests build their journeys with it.
type Recorder struct {
	T       testing.TB
	S       *store.Store
	Manager store.Editor // who records, with a manager's rights
}

// Values makes a record's answers from field, value pairs; a field given twice has two values.
func Values(kv ...string) casework.Values {
	out := casework.Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		out[kv[i]] = append(out[kv[i]], kv[i+1])
	}
	return out
}

// Person creates p.
func (r *Recorder) Person(p *person.Person) *person.Person {
	r.T.Helper()
	if err := r.S.CreatePerson(context.Background(), audit.System, p); err != nil {
		r.T.Fatalf("CreatePerson(%s): %v (%v)", p.Name(), err, apperr.FieldsOf(err))
	}
	return p
}

// Add records a new record of kind for person pid.
func (r *Recorder) Add(pid int64, kind string, kv ...string) *casework.Item {
	r.T.Helper()
	it := &casework.Item{PersonID: pid, Kind: kind, Values: Values(kv...)}
	if err := r.S.AddItem(context.Background(), r.Manager, it); err != nil {
		r.T.Fatalf("AddItem(%s): %v (%v)", kind, err, apperr.FieldsOf(err))
	}
	return it
}

// Set changes fields of a saved record.
func (r *Recorder) Set(id int64, kv ...string) *casework.Item {
	r.T.Helper()
	ctx := context.Background()
	it, err := r.S.Item(ctx, id)
	if err != nil {
		r.T.Fatal(err)
	}
	for i := 0; i+1 < len(kv); i += 2 {
		it.Values.Set(kv[i], kv[i+1])
	}
	if err := r.S.UpdateItem(ctx, r.Manager, it, ""); err != nil {
		r.T.Fatalf("UpdateItem(%s %d): %v (%v)", it.Kind, id, err, apperr.FieldsOf(err))
	}
	return it
}

// BulkSet writes values over a stored record directly, as a migration from another system
// might, bypassing the checks AddItem and UpdateItem make; codes gets the whole detail, as for a
// record saved before the codes column existed. Test data only.
func BulkSet(t testing.TB, s *store.Store, id int64, kv ...string) {
	t.Helper()
	ctx := context.Background()
	it, err := s.Item(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(kv); i += 2 {
		it.Values.Set(kv[i], kv[i+1])
	}
	end := ""
	if e := it.EndDate(); !e.IsZero() {
		end = e.String()
	}
	if _, err := s.DB().ExecContext(ctx, `UPDATE casework SET detail = $1, codes = $1, start_date = $2, end_date = $3 WHERE id = $4`,
		it.Values.Marshal(), it.StartDate().String(), end, id); err != nil {
		t.Fatal(err)
	}
}

package demo

import (
	"testing"
	"time"

	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

// TestLoadContexts checks that the demo's places and groups are linked to children who have
// missing episodes, and that children share them. 2,000 people is about the smallest council
// with enough children who go missing (600 has too few, and gets no places or groups).
func TestLoadContexts(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		s.Now = func() time.Time { return fixedNow }
		sum, err := Load(ctx, s, Options{Seed: 7, Size: 2000, Password: password})
		if err != nil {
			t.Fatal(err)
		}
		cs, err := s.Contexts(ctx, store.ContextFilter{})
		if err != nil || len(cs) != len(demoContexts) || sum.Contexts != len(demoContexts) {
			t.Fatalf("contexts = %d (summary %d), %v; want %d", len(cs), sum.Contexts, err, len(demoContexts))
		}
		for _, c := range cs {
			links, err := s.ContextLinks(ctx, c.ID)
			if err != nil || len(links) < 2 {
				t.Errorf("%s: %d links, %v; want at least 2", c.Name, len(links), err)
			}
			for _, l := range links {
				items, err := s.Items(ctx, l.PersonID)
				if err != nil {
					t.Fatal(err)
				}
				missing := false
				for _, it := range items {
					missing = missing || it.Kind == "missing"
				}
				if !missing {
					t.Errorf("%s is linked to %s but has no missing episode", l.Person.Name(), c.Name)
				}
			}
		}
		// A linked child's record shows the other children at the same place.
		links, _ := s.ContextLinks(ctx, cs[0].ID)
		pcs, err := s.PersonContexts(ctx, links[0].PersonID)
		if err != nil || len(pcs) == 0 || len(pcs[0].Others) == 0 {
			t.Errorf("%s's contexts = %+v, %v; want a place shared with another child", links[0].Person.Name(), pcs, err)
		}
	})
}

package main

import (
	"context"
	"path/filepath"
	"testing"

	"ourchild/internal/access"
	"ourchild/internal/store"
)

// TestCommands runs migrate, demo and the user commands against a temporary SQLite store.
func TestCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cmd.db")
	t.Setenv("OURCHILD_DB", db)
	t.Setenv("OURCHILD_PASSWORD", "a long enough password")
	steps := []struct {
		name string
		run  func([]string) error
		args []string
	}{
		{"migrate", migrate, nil},
		{"demo", demoCmd, []string{"--size", "300", "--seed", "3"}},
		{"user add", userCmd, []string{"add", "--username", "new.worker", "--name", "New Worker", "--role", "social_worker", "--team", "Assessment team 1"}},
		{"user list", userCmd, []string{"list"}},
		{"user disable", userCmd, []string{"disable", "--username", "new.worker"}},
		{"user reset-password", userCmd, []string{"reset-password", "--username", "sw.demo"}},
		{"version", version, nil},
	}
	for _, st := range steps {
		if err := st.run(st.args); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
	}
	s, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	u, err := s.UserByUsername(context.Background(), "new.worker")
	if err != nil || !u.Disabled || u.Role != access.SocialWorker || u.TeamName != "Assessment team 1" {
		t.Errorf("new.worker = %+v, %v; want a disabled social worker in Assessment team 1", u, err)
	}
	if n, _ := s.PeopleCount(context.Background()); n < 300 {
		t.Errorf("demo loaded %d people, want at least 300", n)
	}
	// Bad input is refused with the flag named, and a second demo load is refused.
	if err := userCmd([]string{"add", "--username", "x", "--name", "X", "--role", "wizard"}); err == nil {
		t.Error("user add accepted an unknown role")
	}
	if err := demoCmd([]string{"--size", "300"}); err == nil {
		t.Error("demo loaded into a store that already has people")
	}
}

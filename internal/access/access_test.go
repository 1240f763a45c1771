package access

import "testing"

func TestCan(t *testing.T) {
	tests := []struct {
		role Role
		perm Permission
		want bool
	}{
		{SocialWorker, PersonView, true},
		{SocialWorker, AuditView, false},
		{SocialWorker, PersonBreakGlass, false},
		{TeamManager, PersonBreakGlass, true},
		{Administrator, PersonView, false},
		{Administrator, UserAdmin, true},
		{QualityAuditor, AuditExport, true},
		{PerformanceAnalyst, PersonView, false},
		{Role("nobody"), PersonSearch, false},
	}
	for _, tt := range tests {
		if got := Can(tt.role, tt.perm); got != tt.want {
			t.Errorf("Can(%s, %s) = %v, want %v", tt.role, tt.perm, got, tt.want)
		}
	}
}

func TestEveryRoleNamed(t *testing.T) {
	for _, r := range Roles {
		if !r.Valid() || r.Name() == "" {
			t.Errorf("role %q has no name", r)
		}
		if len(Permissions(r)) == 0 {
			t.Errorf("role %q has no permissions", r)
		}
	}
}

func TestPassword(t *testing.T) {
	h, err := HashPassword("correct horse battery staple")
	if err != nil {
		t.Fatal(err)
	}
	for pw, want := range map[string]bool{"correct horse battery staple": true, "correct horse battery stapl": false, "": false} {
		got, err := CheckPassword(h, pw)
		if err != nil || got != want {
			t.Errorf("CheckPassword(h, %q) = %v, %v; want %v", pw, got, err, want)
		}
	}
	if _, err := CheckPassword("$2a$bcrypt", "x"); err == nil {
		t.Error("CheckPassword accepted a non-argon2id hash")
	}
	if CheckPasswordStrength("short") == "" {
		t.Error("CheckPasswordStrength accepted a 5-character password")
	}
}

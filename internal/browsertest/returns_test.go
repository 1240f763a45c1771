package browsertest

import (
	"context"
	"testing"

	"ourchild/internal/access"
	"ourchild/internal/audit"
	"ourchild/internal/casework"
	"ourchild/internal/store"
)

// TestReturnsPages opens the returns list and the CIN census, clean and with an error, in a
// real browser with the accessibility checks.
func TestReturnsPages(t *testing.T) {
	f := setup(t)
	ctx := context.Background()
	analyst := &store.User{Username: string(access.PerformanceAnalyst), Name: "Pat Analyst", Role: access.PerformanceAnalyst,
		TeamID: f.users[access.SocialWorker].TeamID}
	must(t, f.s.CreateUser(ctx, audit.System, analyst, password))
	ed := store.Editor{Actor: audit.System, Manager: true}
	must(t, f.s.AddItem(ctx, ed, &casework.Item{PersonID: f.sibling.ID, Kind: "referral", Values: casework.Values{
		"referral_date": {"2025-10-10"}, "source": {"6"}, "nfa": {"yes"}, "closure_date": {"2025-10-10"}, "closure_reason": {"RC7"}}}))
	ref := &casework.Item{PersonID: f.child.ID, Kind: "referral", Values: casework.Values{
		"referral_date": {"2025-06-02"}, "source": {"2A"}, "nfa": {"no"}, "primary_need": {"N4"}}}
	must(t, f.s.AddItem(ctx, ed, ref))

	b := newBrowser(t, f.s)
	b.signIn(access.PerformanceAnalyst)
	b.visit("/returns")
	b.wantText("returns", "Statutory returns", "Children in need census")
	b.visit("/returns/cin-census?year=2026")
	b.wantText("clean census", "Children in need census 2025/26", "No errors", "Download the XML", "Episodes by primary need")

	// A referral closed with no primary need, written round the forms.
	_, err := f.s.DB().ExecContext(ctx, `UPDATE casework SET detail = $1, codes = $1, end_date = '2025-07-01' WHERE id = $2`,
		`{"referral_date":["2025-06-02"],"source":["2A"],"nfa":["no"],"closure_date":["2025-07-01"],"closure_reason":["RC7"]}`, ref.ID)
	must(t, err)
	b.visit("/returns/cin-census?year=2026")
	b.wantText("census with an error", "8610", "PrimaryNeedCode", "so it cannot be downloaded")
}

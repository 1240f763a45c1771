// Package demo fills a store with Demoshire Council: a deterministic, plainly synthetic
// council with its teams, workers, families and their children's social care history, for
// demonstrations, training and load tests.
//
// Nothing generated is real. Names are random combinations of common names; NHS numbers are
// in the 999 range the NHS keeps for testing; postcodes are in CV90, a district number the real
// CV postcode area does not use (a real area, so the 903 validator accepts their shape);
// towns and streets are invented.
package demo

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"ourchild/internal/access"
	"ourchild/internal/codes"
	"ourchild/internal/date"
	"ourchild/internal/namematch"
	"ourchild/internal/person"
	"ourchild/internal/store"
)

// DefaultSize is the number of people generated when Options.Size is zero; MinSize is the
// fewest generated.
const (
	DefaultSize = 5000
	MinSize     = 100
)

// Options say what to generate.
type Options struct {
	Seed     uint64
	Size     int       // people (children and adults); DefaultSize when 0, at least MinSize
	Today    date.Date // the date the data is as at; today when zero
	Password string    // the password of every demo account (Load needs one)
}

// An Account is one of the fixed demo accounts, which exist at every size.
type Account struct {
	Username string
	Role     access.Role
	Name     string
	Team     string
}

// Summary describes what was generated.
type Summary struct {
	People, Children, Households, Teams, Users int
	Referrals, Casework                        int // referrals, and casework records of every kind
	Contexts                                   int // places and peer groups (contexts.go)
	Accounts                                   []Account
}

// Generate returns Demoshire Council at opts.Size people, numbered from 1. The output is a
// function of Seed and Today only. Users have no password hash: Load sets it, since a salted
// hash would make the output differ from run to run.
func Generate(opts Options) (*store.Bulk, Summary) {
	g := newGen(opts, store.NextIDs{Team: 1, User: 1, Person: 1, Alias: 1, Relationship: 1, Address: 1, Warning: 1,
		Allocation: 1, Event: 1, Grant: 1, Casework: 1}, nil)
	var all *store.Bulk
	sum := g.run(0, func(b *store.Bulk) bool { all = b; return true })
	return all, sum
}

// chunkHouseholds is how many households Load generates and inserts at a time, which
// bounds its memory (a household comes with about 100 casework records) and lets the
// generator run ahead of the inserts even for the default council.
const chunkHouseholds = 250

// Load generates Demoshire Council into s, which must hold no people yet, in one
// transaction: the demo data is loaded entirely or not at all. Generation runs alongside
// the inserts, a chunk of households at a time.
func Load(ctx context.Context, s *store.Store, opts Options) (Summary, error) {
	n, err := s.PeopleCount(ctx)
	if err != nil {
		return Summary{}, err
	}
	if n > 0 {
		return Summary{}, fmt.Errorf("demo: the store already holds %d people; demo data goes only into an empty store", n)
	}
	if opts.Password == "" {
		return Summary{}, errors.New("demo: set a password for the demo accounts")
	}
	if msg := access.CheckPasswordStrength(opts.Password); msg != "" {
		return Summary{}, fmt.Errorf("demo: the demo accounts' password is too weak: %s", msg)
	}
	hash, err := access.HashPassword(opts.Password) // once: argon2 is slow on purpose
	if err != nil {
		return Summary{}, err
	}
	if opts.Today.IsZero() {
		opts.Today = date.Of(s.Now())
	}
	next, err := s.NextIDs(ctx)
	if err != nil {
		return Summary{}, err
	}
	taken := map[string]bool{} // existing usernames and team names, which the demo must not reuse
	users, err := s.Users(ctx)
	if err != nil {
		return Summary{}, err
	}
	for _, u := range users {
		taken["user:"+u.Username] = true
	}
	teams, err := s.Teams(ctx)
	if err != nil {
		return Summary{}, err
	}
	for _, t := range teams {
		taken["team:"+t.Name] = true
	}

	g := newGen(opts, next, taken)
	chunks := make(chan *store.Bulk, 2)
	stop := make(chan struct{})
	var sum Summary
	go func() {
		defer close(chunks)
		sum = g.run(chunkHouseholds, func(b *store.Bulk) bool {
			select {
			case chunks <- b:
				return true
			case <-stop:
				return false
			}
		})
	}()
	err = s.LoadChunks(ctx, "demo data", func(yield func(*store.Bulk) bool) {
		for b := range chunks {
			for i := range b.Users {
				b.Users[i].PasswordHash = hash
			}
			if !yield(b) {
				return
			}
		}
	})
	close(stop)
	for range chunks { // wait for the generator to stop
	}
	if err != nil {
		return Summary{}, err
	}
	if sum.Contexts, err = loadContexts(ctx, s); err != nil { // contexts.go
		return Summary{}, err
	}
	return sum, nil
}

// The statuses of a family's current involvement with children's social care.
const (
	stMASH   = iota // a contact being screened at the front door
	stAssess        // being assessed
	stCIN           // child in need plan
	stCP            // child protection plan
	stCLA           // looked after
	stCWD           // disabled children's service
	stEH            // early help
)

var statuses = []weighted[int]{w(3, stMASH), w(15, stAssess), w(30, stCIN), w(12, stCP), w(20, stCLA), w(12, stEH)}

// The kinds of team.
type kind int

const (
	kMASH kind = iota
	kAssess
	kCIN
	kCP
	kCiC
	kLC
	kCWD
	kEH
	kIRO
	nKinds
)

var kinds = [nKinds]struct {
	name, service string
	share         float64 // of allocated children
}{
	{"Front door (MASH) team", "Front door", 0.03},
	{"Assessment team", "Assessment", 0.15},
	{"Child in need team", "Child in need", 0.28},
	{"Child protection team", "Child protection", 0.12},
	{"Children in care team", "Children in care", 0.15},
	{"Leaving care team", "Leaving care", 0.05},
	{"Children with disabilities team", "Children with disabilities", 0.08},
	{"Early help team", "Early help", 0.11},
	{"Independent reviewing team", "Independent reviewing", 0},
}

// Shares of people and children that size the council.
const (
	childShare     = 0.4  // children among people
	allocatedShare = 0.35 // children with an allocated worker now
	swDemoCaseload = 18
)

type team struct {
	id      int64
	name    string
	manager int64
	workers []int64 // case-holding workers picked at random
}

type gen struct {
	r     *rand.Rand
	today date.Date
	size  int
	next  store.NextIDs
	taken map[string]bool
	out   *store.Bulk
	sum   Summary

	teams                   [nKinds][]*team
	iros, pas               []int64
	homeTeam                map[int64]int64  // the team of each IRO and personal adviser
	names                   map[int64]string // every user's name, by ID
	managers                map[int64]int64  // each team's manager, by team ID
	jr                      *rand.Rand       // the casework's random numbers (journeys.go)
	cr                      *rand.Rand       // the care histories' (care.go)
	pr                      *rand.Rand       // personal advisers' contacts with care leavers (care.go)
	swDemo, swDemoTeam      int64
	swDemoKids, swDemoHouse int

	nhsSeq, nhsOff, upnSeq, upnOff, addrSeq int
}

func newGen(opts Options, next store.NextIDs, taken map[string]bool) *gen {
	if opts.Size == 0 {
		opts.Size = DefaultSize
	}
	if opts.Today.IsZero() {
		opts.Today = date.Of(time.Now())
	}
	if taken == nil {
		taken = map[string]bool{}
	}
	g := &gen{r: rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x6f7572636869c0de)), today: opts.Today,
		size: max(opts.Size, MinSize), next: next, taken: taken, homeTeam: map[int64]int64{}, names: map[int64]string{},
		managers: map[int64]int64{}}
	// The casework draws from its own sequence, so that the people, homes and chronologies are
	// the same with and without it.
	g.jr = rand.New(rand.NewPCG(opts.Seed^0x6a6f75726e657973, opts.Seed))
	g.cr = rand.New(rand.NewPCG(opts.Seed^0x63617265, opts.Seed^0x6c6f6f6b6564))
	g.pr = rand.New(rand.NewPCG(opts.Seed^0x7061, opts.Seed^0x746f756368))
	if g.next.Casework == 0 {
		g.next.Casework = 1
	}
	g.nhsOff, g.upnOff = g.r.IntN(1000), g.r.IntN(500_000_000)
	return g
}

// run generates the council and then households until the people are made, handing them to
// emit every chunk households (all at the end when chunk is 0). It stops early when emit
// returns false.
func (g *gen) run(chunk int, emit func(*store.Bulk) bool) Summary {
	people := g.size
	if chunk > 0 {
		people = min(people, chunk*peoplePerHousehold)
	}
	g.out = newBulk(people)
	g.council()
	for g.sum.People < g.size {
		g.household(g.size - g.sum.People)
		if g.sum.Households%loneEvery == 0 && g.sum.People < g.size {
			g.lone(g.sum.Households / loneEvery)
		}
		if chunk > 0 && g.sum.Households%chunk == 0 {
			if !emit(g.out) {
				return g.sum
			}
			g.out = newBulk(chunk * peoplePerHousehold)
		}
	}
	emit(g.out)
	return g.sum
}

// peoplePerHousehold is a little more than the generator's average, for sizing slices.
const peoplePerHousehold = 5

// newBulk returns a Bulk with room for the rows of about people people, so that appending
// does not copy large slices again and again.
func newBulk(people int) *store.Bulk {
	f := func(per float64) int { return int(float64(people)*per) + 16 }
	return &store.Bulk{People: make([]*person.Person, 0, f(1)), Relationships: make([]person.Relationship, 0, f(1.8)),
		Addresses: make([]person.Address, 0, f(1.5)), Events: make([]store.BulkEvent, 0, f(1.4)),
		Allocations: make([]person.Allocation, 0, f(0.4)), Aliases: make([]store.BulkAlias, 0, f(0.05)),
		Warnings: make([]person.Warning, 0, f(0.03)), Casework: make([]store.BulkItem, 0, f(casePerPerson))}
}

// Random helpers.

func (g *gen) chance(p float64) bool { return g.r.Float64() < p }

// drawFrom runs fn drawing from r instead of the current sequence, so that what fn adds leaves
// every other draw as it was.
func (g *gen) drawFrom(r *rand.Rand, fn func()) {
	saved := g.r
	g.r = r
	fn()
	g.r = saved
}
func (g *gen) between(a, b int) int { return a + g.r.IntN(b-a+1) }
func pick[T any](g *gen, xs []T) T  { return xs[g.r.IntN(len(xs))] }
func (g *gen) ago(minDays, maxDays int) date.Date {
	return g.today.AddDays(-g.between(minDays, maxDays))
}

// sex returns usual, or the other sex with probability other.
func (g *gen) sex(usual string, other float64) string {
	switch {
	case !g.chance(other):
		return usual
	case usual == "F":
		return "M"
	}
	return "F"
}

func pickW[T any](g *gen, xs []weighted[T]) T {
	total := 0
	for _, x := range xs {
		total += x.w
	}
	n := g.r.IntN(total)
	for _, x := range xs {
		if n -= x.w; n < 0 {
			return x.v
		}
	}
	return xs[len(xs)-1].v
}

// The council: teams sized by the children they hold, and their staff.

func (g *gen) council() {
	allocated := float64(g.size) * childShare * allocatedShare
	round := func(f float64) int { return int(f + 0.5) }
	expected := func(k kind) float64 { return allocated * kinds[k].share }
	for k := kMASH; k < kIRO; k++ {
		n := max(1, round(expected(k)/150)) // a team of about seven holds about 150 children
		perTeam := max(2, round(expected(k)/float64(n)/25))
		for i := range n {
			t := g.team(k, i+1)
			if k == kAssess && i == 0 { // sw.demo's team, which tm.demo manages
				t.manager = g.user("tm.demo", access.TeamManager, t.id, "Priya Shah")
				g.swDemo, g.swDemoTeam = g.user("sw.demo", access.SocialWorker, t.id, "Jordan Ellis"), t.id
			} else {
				t.manager = g.user("", access.TeamManager, t.id, "")
			}
			for range perTeam {
				t.workers = append(t.workers, g.user("", access.SocialWorker, t.id, ""))
			}
		}
	}
	// Independent reviewing officers chair conferences and review children in care; personal
	// advisers work with care leavers from 16.
	nIRO := max(1, round((expected(kCP)+expected(kCiC)+expected(kLC))/60))
	for i := range max(1, round(float64(nIRO)/8)) {
		t := g.team(kIRO, i+1)
		t.manager = g.user("", access.TeamManager, t.id, "")
	}
	for i := range nIRO {
		t := g.teams[kIRO][i%len(g.teams[kIRO])]
		username, name := "", ""
		if i == 0 {
			username, name = "iro.demo", "Helen Walsh"
		}
		id := g.user(username, access.IndependentReviewer, t.id, name)
		g.iros, g.homeTeam[id] = append(g.iros, id), t.id
	}
	for i := range max(1, round(expected(kLC)/20)) {
		t := g.teams[kLC][i%len(g.teams[kLC])]
		username, name := "", ""
		if i == 0 {
			username, name = "pa.demo", "Tom Kowalski"
		}
		id := g.user(username, access.PersonalAdviser, t.id, name)
		g.pas, g.homeTeam[id] = append(g.pas, id), t.id
	}
	for _, ts := range g.teams {
		for _, t := range ts {
			g.managers[t.id] = t.manager
		}
	}
	nTeams := len(g.out.Teams)
	for _, r := range []struct {
		role           access.Role
		n              int
		username, name string
	}{
		{access.ServiceManager, max(1, round(float64(nTeams)/8)), "sm.demo", "Michael Adeyemi"},
		{access.QualityAuditor, max(1, round(float64(nTeams)/12)), "qa.demo", "Grace Lin"},
		{access.PerformanceAnalyst, max(1, round(float64(nTeams)/30)), "pi.demo", "Omar Haddad"},
		{access.Administrator, max(1, round(float64(nTeams)/30)), "admin.demo", "Chris Taylor"},
	} {
		for i := range r.n {
			if i == 0 {
				g.user(r.username, r.role, 0, r.name)
			} else {
				g.user("", r.role, 0, "")
			}
		}
	}
	g.sum.Teams, g.sum.Users = len(g.out.Teams), len(g.out.Users)
	// The fixed accounts, in a sensible order for printing.
	for _, u := range []string{"sw.demo", "tm.demo", "sm.demo", "iro.demo", "pa.demo", "qa.demo", "pi.demo", "admin.demo"} {
		for _, x := range g.out.Users {
			if x.Username == u || strings.HasPrefix(x.Username, u+"-") {
				a := Account{Username: x.Username, Role: x.Role, Name: x.Name}
				for _, t := range g.out.Teams {
					if t.ID == x.TeamID {
						a.Team = t.Name
					}
				}
				g.sum.Accounts = append(g.sum.Accounts, a)
				break
			}
		}
	}
}

func (g *gen) team(k kind, n int) *team {
	name := fmt.Sprintf("%s %d", kinds[k].name, n)
	if g.taken["team:"+name] {
		name += " (demo)"
	}
	t := &team{id: g.next.Team, name: name}
	g.next.Team++
	g.out.Teams = append(g.out.Teams, store.Team{ID: t.id, Name: name, Service: kinds[k].service})
	g.teams[k] = append(g.teams[k], t)
	return t
}

// swID is a demo social worker ID, made from the account's ID (not drawn, so that the rest of
// the council is the same as before IDs were added): social workers and their managers have a
// Social Work England number, SW and six digits; one in ten has the council's XX number
// instead, as the 903 allows for a worker whose registration is not recorded. Other roles have
// none.
func swID(id int64, role access.Role) string {
	switch role {
	case access.SocialWorker, access.TeamManager, access.ServiceManager:
		if id%10 == 0 {
			return fmt.Sprintf("XX%04d", id)
		}
		return fmt.Sprintf("SW%06d", 100000+id)
	}
	return ""
}

// user adds an account; a random name and a username made from it when they are "".
func (g *gen) user(username string, role access.Role, teamID int64, name string) int64 {
	if name == "" {
		c := cultures[pickW(g, patterns).mother]
		given := pick(g, c.women)
		if g.chance(0.35) {
			given = pick(g, c.men)
		}
		name = given + " " + pick(g, c.family)
	}
	if username == "" {
		given, family, _ := strings.Cut(name, " ")
		username = namematch.Normalise(given) + "." + namematch.Normalise(family)
	}
	username = g.unique(username)
	id := g.next.User
	g.next.User++
	g.out.Users = append(g.out.Users, store.User{ID: id, Username: username, Name: name, Email: username + "@demoshire.example",
		Role: role, TeamID: teamID, SWID: swID(id, role)})
	g.names[id] = name
	return id
}

func (g *gen) unique(username string) string {
	u := username
	for i := 2; g.taken["user:"+u]; i++ {
		u = fmt.Sprintf("%s-%d", username, i)
	}
	g.taken["user:"+u] = true
	return u
}

// worker picks a case-holding worker of kind k and their team.
func (g *gen) worker(k kind) (id, teamID int64) {
	t := pick(g, g.teams[k])
	return pick(g, t.workers), t.id
}

// Identifiers.

// nhsNumber returns an unused NHS number from the 999 test range, or "" when the range is
// used up (after about 900,000).
func (g *gen) nhsNumber() string {
	for g.nhsSeq < 1_000_000 {
		x := scramble(g.nhsSeq, g.nhsOff)
		g.nhsSeq++
		if n, ok := codes.MakeNHSNumber(fmt.Sprintf("999%06d", x)); ok {
			return n
		}
	}
	return ""
}

// scramble maps 0, 1, 2 … one to one onto 0, 1, 2 …, shuffling each thousand among
// themselves: numbers look random within a family but rise overall, which keeps a store's
// index of them cheap to add to (373 is prime to 1000).
func scramble(n, off int) int { return n/1000*1000 + (n%1000*373+off)%1000 }

// upnLAs are the LA numbers of Demoshire's UPNs: mostly its own, some from where children
// first went to school.
var upnLAs = []weighted[int]{w(85, 937), w(4, 352), w(3, 330), w(3, 886), w(3, 873), w(2, 919)}

func (g *gen) upn() string {
	x := g.upnOff + scramble(g.upnSeq, g.upnOff)
	g.upnSeq++
	u, err := codes.MakeUPN(pickW(g, upnLAs), fmt.Sprintf("%09d", x))
	if err != nil {
		panic(err) // the LA numbers above are all valid
	}
	return u
}

// A place is an address.
type place struct{ line1, town, postcode string }

// place returns an address no one else has: 4,000 postcodes (CV90 nLL), each one side of a
// street in one town, with house numbers counting up in twos.
func (g *gen) place() place {
	a := g.addrSeq
	g.addrSeq++
	pc := (a*2749 + 17) % 4000 // 2749 is prime to 4000
	k := a / 4000
	postcode := fmt.Sprintf("%s %d%c%c", postcodeDistrict, pc/400, postcodeLetters[pc/20%20], postcodeLetters[pc%20])
	street := streetNames[pc%len(streetNames)] + " " + streetKinds[pc/len(streetNames)%len(streetKinds)]
	line1 := fmt.Sprintf("%d %s", 1+pc*37%60+2*k, street)
	if a%7 == 3 {
		line1 = fmt.Sprintf("Flat %d, %s", 1+a%9, line1)
	}
	return place{line1, towns[pc/400], postcode}
}

// live records that p lives at pl from start to end (end zero: still does).
func (g *gen) live(p *person.Person, pl place, start, end date.Date) {
	if start.After(g.today) || !end.IsZero() && end.Before(start) {
		return
	}
	g.out.Addresses = append(g.out.Addresses, person.Address{ID: g.next.Address, PersonID: p.ID, Line1: pl.line1,
		Town: pl.town, Postcode: pl.postcode, StartDate: start, EndDate: end})
	g.next.Address++
}

// People.

func (g *gen) add(p *person.Person) *person.Person {
	p.ID = g.next.Person
	g.next.Person++
	g.out.People = append(g.out.People, p)
	g.sum.People++
	return p
}

// familyName is name as used by someone of sex: Polish -ski names end -ska for women.
func familyName(c *culture, name, sex string) string {
	if !c.genderedFamilyNames {
		return name
	}
	for _, e := range [][2]string{{"ski", "ska"}, {"cki", "cka"}, {"dzki", "dzka"}} {
		if sex == "F" && strings.HasSuffix(name, e[0]) {
			return strings.TrimSuffix(name, e[0]) + e[1]
		}
		if sex != "F" && strings.HasSuffix(name, e[1]) {
			return strings.TrimSuffix(name, e[1]) + e[0]
		}
	}
	return name
}

func (g *gen) givenNames(list []string, middle float64) string {
	n := pick(g, list)
	if g.chance(middle) {
		if m := pick(g, list); m != n {
			n += " " + m
		}
	}
	return n
}

// adult makes an adult of culture c.
func (g *gen) adult(c *culture, sex string, dob date.Date) *person.Person {
	list := c.women
	if sex == "M" {
		list = c.men
	}
	p := &person.Person{GivenNames: g.givenNames(list, 0.3), FamilyName: familyName(c, pick(g, c.family), sex),
		DateOfBirth: dob, Sex: sex, Ethnicity: c.code, Religion: pickW(g, c.religions), FirstLanguage: "English"}
	if g.chance(0.04) {
		p.Ethnicity = "NOBT"
	}
	if g.r.IntN(100) >= c.english {
		p.FirstLanguage = pickW(g, c.langs)
		p.Interpreter = g.chance(0.3)
	}
	if g.chance(0.55) {
		p.GenderIdentity = "SAME"
	}
	if g.chance(0.8) {
		p.NHSNumber = g.nhsNumber()
	}
	return p
}

// adultBorn returns a date of birth about years before d, no later than 16 years ago.
func (g *gen) adultBorn(d date.Date, years, spread int) date.Date {
	b := d.AddDays(-(years*365 + g.between(-spread*365, spread*365)))
	if latest := g.today.AddDate(-16, 0, 0); b.After(latest) {
		b = latest.AddDays(-g.r.IntN(365))
	}
	return b
}

// A birth is a child's date of birth, or expected date for an unborn child.
type birth struct{ dob, edd date.Date }

func (b birth) date() date.Date {
	if b.dob.IsZero() {
		return b.edd
	}
	return b.dob
}

var (
	childCounts   = []weighted[int]{w(42, 1), w(28, 2), w(16, 3), w(9, 4), w(5, 5)}
	youngestAges  = []weighted[int]{w(10, 0), w(7, 1), w(7, 2), w(7, 3), w(7, 4), w(7, 5), w(6, 6), w(6, 7), w(6, 8), w(6, 9), w(6, 10), w(6, 11), w(6, 12), w(6, 13), w(5, 14), w(5, 15), w(4, 16), w(3, 17)}
	unbornHHShare = 0.045 // of families, expecting a baby: about 2% of children
)

// births returns up to n children's births, eldest first: the youngest first, then older
// brothers and sisters one to six years apart, while under 18.
func (g *gen) births(n int) []birth {
	var bs []birth
	prev := g.today
	if g.chance(unbornHHShare) {
		bs = append(bs, birth{edd: g.today.AddDays(g.between(7, 180))})
	} else {
		age := pickW(g, youngestAges)
		prev = g.today.AddDays(-(age*365 + g.r.IntN(365)))
		bs = append(bs, birth{dob: prev})
	}
	for len(bs) < n {
		gap := g.between(330, 2200)
		if g.chance(0.015) && !bs[len(bs)-1].dob.IsZero() {
			gap = 0 // twins
		}
		d := prev.AddDays(-gap)
		if d.AgeOn(g.today) > 17 {
			break
		}
		bs = append(bs, birth{dob: d})
		prev = d
	}
	slices.Reverse(bs)
	return bs
}

// child makes a child of a mother and father of cultures mc and fc.
func (g *gen) child(b birth, mother *person.Person, mc, fc *culture, family string, famCulture *culture, ethnicity string) *person.Person {
	p := &person.Person{DateOfBirth: b.dob, ExpectedDateOfBirth: b.edd, Ethnicity: ethnicity, Sex: "U"}
	if b.dob.IsZero() {
		p.GivenNames = "Unborn"
		p.FamilyName = mother.FamilyName
		return p
	}
	p.Sex = g.sex("F", 0.52)
	nc := mc
	if mc != fc && g.chance(0.5) {
		nc = fc
	}
	list := nc.girls
	if p.Sex == "M" {
		list = nc.boys
	}
	if list == nil {
		list = nc.women
		if p.Sex == "M" {
			list = nc.men
		}
	}
	p.GivenNames = g.givenNames(list, 0.4)
	p.FamilyName = familyName(famCulture, family, p.Sex)
	age := b.dob.AgeOn(g.today)

	p.Religion = mother.Religion
	if g.chance(0.15) {
		p.Religion = "NOBT"
	}
	p.FirstLanguage = "English"
	lang := mother.FirstLanguage
	if lang == "English" && fc.english < 100 && g.r.IntN(100) >= fc.english {
		lang = pickW(g, fc.langs)
	}
	if lang != "English" && g.r.IntN(100) < mc.childKeepsLanguage {
		p.FirstLanguage = lang
		p.Interpreter = age >= 12 && g.chance(0.1)
	}
	p.Disabilities = []string{"NONE"}
	if age >= 1 && g.chance(0.12) {
		p.Disabilities = []string{pickW(g, disabilities)}
		if g.chance(0.25) {
			if d := pickW(g, disabilities); d != p.Disabilities[0] {
				p.Disabilities = append(p.Disabilities, d)
			}
		}
		for _, d := range p.Disabilities {
			if texts := communication[d]; texts != nil && g.chance(0.5) {
				p.Communication = pick(g, texts)
				break
			}
		}
	}
	first, _, _ := strings.Cut(p.GivenNames, " ")
	if nick, ok := nicknames[first]; ok && g.chance(0.12) {
		p.PreferredName = nick
	}
	if age >= 12 {
		p.GenderIdentity = "SAME"
		if g.chance(0.01) {
			p.GenderIdentity = pick(g, []string{"DIFF", "NBIN"})
			p.PreferredName = pick(g, neutralNames)
		}
	}
	if g.chance(0.95) {
		p.NHSNumber = g.nhsNumber()
	}
	if age >= 4 && g.chance(0.9) {
		p.UPN = g.upn()
	}
	return p
}

// relate records that from is the typ of to, from start on.
func (g *gen) relate(from, to *person.Person, typ person.RelType, pr bool, start date.Date) {
	g.relateUntil(from, to, typ, pr, start, date.Date{})
}

// relateAll records that p is the typ of each of kids, since they were born.
func (g *gen) relateAll(p *person.Person, kids []*person.Person, typ person.RelType) {
	for _, c := range kids {
		g.relate(p, c, typ, false, c.DateOfBirth)
	}
}

// relateUntil records that from was the typ of to from start to end.
func (g *gen) relateUntil(from, to *person.Person, typ person.RelType, pr bool, start, end date.Date) {
	if start.After(g.today) {
		start = date.Date{}
	}
	g.out.Relationships = append(g.out.Relationships, person.Relationship{ID: g.next.Relationship, FromID: from.ID, ToID: to.ID,
		Type: typ, ParentalResponsibility: pr, StartDate: start, EndDate: end})
	g.next.Relationship++
}

// since returns the later of d and p's birth, for a relationship or address that cannot
// start before p was born.
func since(d date.Date, p *person.Person) date.Date { return later(d, p.DateOfBirth) }

func later(a, b date.Date) date.Date {
	if b.After(a) {
		return b
	}
	return a
}

// earlier returns the earlier of a and b.
func earlier(a, b date.Date) date.Date {
	if b.Before(a) {
		return b
	}
	return a
}

// grownUp is the day p turned 16, from when they may have a home of their own.
func grownUp(p *person.Person) date.Date { return p.DateOfBirth.AddDate(16, 0, 0) }

func (g *gen) alias(p *person.Person, given, family, kind string) {
	g.out.Aliases = append(g.out.Aliases, store.BulkAlias{PersonID: p.ID, Alias: store.Alias{ID: g.next.Alias,
		GivenNames: given, FamilyName: family, Kind: kind}})
	g.next.Alias++
}

// Living arrangements.
const (
	withMother = iota
	withFather
	withKin // the maternal grandparents care for the children
)

// A family is one household's people as the rest of the generator needs them.
type family struct {
	kids      []*person.Person
	residents []*person.Person // at the family home
	eldest    kid
	home      place
	homeStart date.Date
}

// A house is a household while household makes it: the people so far and how they are
// related, which each step adds to.
type house struct {
	f        *family
	pat      pattern
	mc, fc   *culture // the mother's and the first father's
	sw       bool     // one of sw.demo's families
	showcase bool     // sw.demo's first family, the one a demonstration opens first
	bs       []birth
	left     int // people we may still add within the budget
	arr      int // who the children live with

	mum    *person.Person
	mumDOB date.Date
	maiden string // the mother's family name at birth

	groups   []int            // the index in fathers of each child's father
	fathers  []*person.Person // nil where the father is not recorded
	fcs      []*culture       // the fathers' cultures
	youngest int              // the youngest child's father

	partner      *person.Person // the mother's partner at home
	partnerSince date.Date
	married      bool

	gran, grandad, aunt *person.Person
}

// household makes one family of at most budget people, with their relationships,
// addresses and any involvement with children's social care. The steps draw random
// numbers, so their order is part of the output.
func (g *gen) household(budget int) {
	g.sum.Households++
	h := g.newHouse(budget)
	g.mother(h)
	g.fathers(h)
	g.partner(h)
	g.children(h)
	g.relateFamily(h)
	g.pastPartners(h)
	g.grandparents(h)
	g.auntOrUncle(h)
	ep, past := g.plan(h.f, h.sw, h.showcase) // involvement with children's social care, now and in the past
	g.familyHome(h, ep)
	g.otherHomes(h)
	g.record(h.f, ep, past)
	g.journeys(h.f, ep, past)
}

// newHouse picks a household's cultures, its children's births and who they live with.
func (g *gen) newHouse(budget int) *house {
	pat := pickW(g, patterns)
	sw := g.swDemoKids < swDemoCaseload
	h := &house{f: &family{}, pat: pat, mc: cultures[pat.mother], fc: cultures[pat.father], sw: sw,
		showcase: sw && g.swDemoHouse == 0}
	n := pickW(g, childCounts)
	if h.showcase {
		n = max(n, 2) // the showcase family has brothers or sisters
	}
	h.bs = g.births(min(n, budget-1))
	for h.showcase && len(h.bs) < 2 {
		h.bs = g.births(min(n, budget-1))
	}
	h.left = budget - len(h.bs) - 1 // after the mother and the children
	h.arr = g.arrangement(h.showcase)
	return h
}

// arrangement picks who the children live with: nearly always their mother, and always in
// the showcase family (which still draws the number, like any other).
func (g *gen) arrangement(showcase bool) int {
	switch x := g.r.IntN(100); {
	case showcase:
	case x < 5:
		return withKin
	case x < 10:
		return withFather
	}
	return withMother
}

// member adds an adult to the household, which uses up one of the people it may still add.
func (g *gen) member(h *house, c *culture, sex string, dob date.Date) *person.Person {
	h.left--
	return g.add(g.adult(c, sex, dob))
}

// relative adds one of the mother's family, with her family name.
func (g *gen) relative(h *house, sex string, dob date.Date) *person.Person {
	p := g.member(h, h.mc, sex, dob)
	p.FamilyName = familyName(h.mc, h.maiden, sex)
	return p
}

// firstBirth is the birth of father k's first child.
func (h *house) firstBirth(k int) birth { return h.bs[slices.Index(h.groups, k)] }

func (g *gen) mother(h *house) {
	h.mumDOB = g.adultBorn(h.bs[0].date(), 25, 7)
	h.mum = g.add(g.adult(h.mc, "F", h.mumDOB))
	h.maiden = h.mum.FamilyName
}

// fathers decides each child's father, a younger child having a new father now and then
// (half-siblings), and adds most of them.
func (g *gen) fathers(h *house) {
	h.groups = make([]int, len(h.bs))
	for i := 1; i < len(h.bs); i++ {
		h.groups[i] = h.groups[i-1]
		if h.groups[i] < 2 && g.chance(0.2) {
			h.groups[i]++
		}
	}
	n := h.groups[len(h.groups)-1] + 1
	h.fathers, h.fcs, h.youngest = make([]*person.Person, n), make([]*culture, n), n-1
	for k := range n {
		h.fcs[k] = h.fc
		if k > 0 && g.chance(0.5) {
			h.fcs[k] = cultures[pickW(g, patterns).father]
		}
		if h.left > 0 && g.chance(0.85) && !(h.firstBirth(k).dob.IsZero() && g.chance(0.3)) {
			h.fathers[k] = g.member(h, h.fcs[k], "M", g.adultBorn(h.mumDOB, -2, 4))
		}
	}
}

// partner decides who lives with the mother: the youngest child's father (sometimes her
// husband), someone new, or no one. Children live with a father only if he is recorded.
func (g *gen) partner(h *house) {
	father := h.fathers[h.youngest]
	if h.arr == withFather && father == nil {
		h.arr = withMother
	}
	if h.arr != withMother {
		return
	}
	switch x := g.r.IntN(100); {
	case x < 45 && father != nil:
		h.partner = father
		h.partnerSince = h.firstBirth(h.youngest).date().AddDays(-g.between(200, 1500))
		if g.chance(0.35) {
			h.married = true
			h.mum.FamilyName = familyName(h.fcs[h.youngest], father.FamilyName, "F")
			g.alias(h.mum, h.mum.GivenNames, h.maiden, "birth")
		}
	case x < 60 && h.left > 0:
		sex := g.sex("M", 0.05)
		sc := h.mc
		if g.chance(0.3) {
			sc = cultures["british"]
		}
		h.partner = g.member(h, sc, sex, g.adultBorn(h.mumDOB, 0, 5))
		h.partnerSince = g.ago(150, 2200)
	}
}

// children adds the children, each with their mother's or their father's family name.
func (g *gen) children(h *house) {
	f := h.f
	for i, b := range h.bs {
		k := h.groups[i]
		fam, famCulture := h.maiden, h.mc
		if g.fathersName(h, k) {
			fam, famCulture = h.fathers[k].FamilyName, h.fcs[k]
		}
		eth := childCode(h.mc.code, h.fcs[k].code)
		if h.pat.childCode != "" && k == 0 {
			eth = h.pat.childCode
		}
		c := g.add(g.child(b, h.mum, h.mc, h.fcs[k], fam, famCulture, eth))
		f.kids = append(f.kids, c)
		if c.FamilyName != h.maiden && !c.Unborn() && g.chance(0.03) {
			g.alias(c, c.GivenNames, familyName(h.mc, h.maiden, c.Sex), "previous")
		}
	}
	g.sum.Children += len(f.kids)
	f.eldest = newKid(f.kids[0])
}

// fathersName says whether a child of father k has his family name: nearly always when he
// is married to the mother, otherwise about half the time.
func (g *gen) fathersName(h *house, k int) bool {
	switch {
	case h.fathers[k] == nil:
		return false
	case h.married && k == h.youngest:
		return g.chance(0.95)
	}
	return g.chance(0.45)
}

// relateFamily relates the children to their parents, step-parent and one another, and the
// mother to her partner.
func (g *gen) relateFamily(h *house) {
	for i, c := range h.f.kids {
		fa := h.fathers[h.groups[i]]
		g.relate(h.mum, c, "mother", true, c.DateOfBirth)
		if fa != nil {
			g.relate(fa, c, "father", !c.Unborn() && g.chance(0.85), c.DateOfBirth)
		}
		if h.partner != nil && h.partner != fa {
			g.relate(h.partner, c, "step_parent", g.chance(0.08), since(h.partnerSince, c))
		}
		for j := range i {
			typ := person.RelType("sibling")
			if h.groups[i] != h.groups[j] {
				typ = "half_sibling"
			}
			g.relate(h.f.kids[j], c, typ, false, c.DateOfBirth)
		}
	}
	if h.partner != nil {
		g.relate(h.mum, h.partner, "partner", false, h.partnerSince)
	}
}

// pastPartners records about half the fathers who are not her partner now as the mother's
// past partners. A past partnership ended before the next father's first child, and before
// the mother's present partnership.
func (g *gen) pastPartners(h *house) {
	for k, fa := range h.fathers {
		if fa == nil || fa == h.partner || !g.chance(0.5) {
			continue
		}
		start := h.firstBirth(k).date().AddDays(-g.between(200, 1200))
		end := earlier(start.AddDays(g.between(400, 2500)), g.today.AddDays(-30))
		if k+1 < len(h.fathers) {
			end = earlier(end, h.firstBirth(k+1).date().AddDays(-300))
		}
		if h.partner != nil {
			end = earlier(end, h.partnerSince.AddDays(-1))
		}
		if !end.Before(start) {
			g.relateUntil(h.mum, fa, "partner", false, start, end)
		}
	}
}

// grandparents adds the mother's mother to a third of families, and to those where she
// cares for the children, and now and then the mother's father. When there is no room for
// her, the children live with their mother after all.
func (g *gen) grandparents(h *house) {
	kinSince := g.ago(60, 1500) // drawn for every family, to keep the random sequence
	if !((h.arr == withKin || g.chance(0.33)) && h.left > 0) {
		if h.arr == withKin {
			h.arr = withMother
		}
		return
	}
	h.gran = g.relative(h, "F", g.adultBorn(h.mumDOB, 24, 5))
	g.relate(h.gran, h.mum, "mother", false, h.mum.DateOfBirth)
	for _, c := range h.f.kids {
		g.relate(h.gran, c, "grandparent", false, c.DateOfBirth)
		if h.arr == withKin {
			if g.chance(0.5) {
				g.relate(h.gran, c, "special_guardian", true, since(kinSince, c))
			} else {
				g.relate(h.gran, c, "carer", false, since(kinSince, c))
			}
		}
	}
	if h.left > 0 && g.chance(0.3) {
		h.grandad = g.relative(h, "M", g.adultBorn(h.gran.DateOfBirth, -2, 3))
		g.relate(h.grandad, h.mum, "father", false, h.mum.DateOfBirth)
		g.relate(h.gran, h.grandad, "partner", false, h.mum.DateOfBirth.AddDays(-g.between(300, 3000)))
		g.relateAll(h.grandad, h.f.kids, "grandparent")
	}
}

// auntOrUncle adds a brother or sister of the mother's to a tenth of families, and one
// more whenever exactly one person of the budget would be left: the next family needs at
// least two. (When both happen, only the second gets a home in otherHomes.)
func (g *gen) auntOrUncle(h *house) {
	if h.left > 0 && g.chance(0.1) {
		g.addAunt(h)
	}
	if h.left == 1 {
		g.addAunt(h)
	}
}

func (g *gen) addAunt(h *house) {
	sex := g.sex("F", 0.4)
	h.aunt = g.relative(h, sex, g.adultBorn(h.mumDOB, 0, 6))
	g.relate(h.aunt, h.mum, "sibling", false, since(h.mumDOB, h.aunt))
	g.relateAll(h.aunt, h.f.kids, "aunt_uncle")
}

// carers are the adults the children live with.
func (h *house) carers() []*person.Person {
	switch h.arr {
	case withFather:
		return []*person.Person{h.fathers[h.youngest]}
	case withKin:
		return present(h.gran, h.grandad)
	}
	return present(h.mum, h.partner)
}

// familyHome gives the family home to the children and their carers, and to some a home
// they had together before. Children in care moved out to their placements.
func (g *gen) familyHome(h *house, ep *episode) {
	f := h.f
	f.home, f.homeStart = g.place(), g.ago(60, 3000)
	f.residents = append(h.carers(), f.kids...)
	var prev place
	var prevStart date.Date
	if g.chance(0.4) {
		prev, prevStart = g.place(), f.homeStart.AddDays(-g.between(365, 2500))
	}
	inCare := ep != nil && ep.status == stCLA
	for _, p := range f.residents {
		start, end := f.homeStart, date.Date{}
		switch {
		case p.Unborn():
			start = g.ago(0, 60)
		case !p.IsChildOn(g.today):
			start = later(start, grownUp(p))
		case inCare:
			end = ep.care.AddDays(-1) // moved to a placement
		}
		g.live(p, f.home, since(start, p), end)
		if !prevStart.IsZero() && !p.Unborn() && p.DateOfBirth.Before(f.homeStart) {
			g.live(p, prev, later(since(prevStart, p), grownUpIfAdult(p, g.today)), f.homeStart.AddDays(-1))
		}
	}
	if inCare {
		ep.home = f.home.postcode
		g.placements(f, ep)
	}
}

// otherHomes gives everyone else a home: the grandparents one together, the mother, the
// fathers and the aunt or uncle one each, some of them with a previous one too.
func (g *gen) otherHomes(h *house) {
	if h.gran != nil && h.arr != withKin {
		home := g.place()
		for _, p := range present(h.gran, h.grandad) {
			g.live(p, home, later(g.ago(1000, 9000), grownUp(p)), date.Date{})
		}
	}
	for _, p := range present(append([]*person.Person{h.mum, h.aunt}, h.fathers...)...) {
		if slices.Contains(h.f.residents, p) {
			continue
		}
		start := later(g.ago(30, 4000), grownUp(p))
		g.live(p, g.place(), start, date.Date{})
		if g.chance(0.4) {
			g.live(p, g.place(), later(start.AddDays(-g.between(365, 2000)), grownUp(p)), start.AddDays(-1))
		}
	}
}

// present returns those of ps who are not nil.
func present(ps ...*person.Person) []*person.Person {
	var out []*person.Person
	for _, p := range ps {
		if p != nil {
			out = append(out, p)
		}
	}
	return out
}

// grownUpIfAdult is the day an adult turned 16; zero for a child.
func grownUpIfAdult(p *person.Person, today date.Date) date.Date {
	if p.IsChildOn(today) {
		return date.Date{}
	}
	return grownUp(p)
}

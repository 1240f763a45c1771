package demo

import (
	"strings"

	"ourchild/internal/person"
)

// The words of the demo chronologies, warnings and communication needs: plain English, as a
// social worker would write for the family to read. In templates {name} is the child whose
// record it is, {eldest} the eldest child of the family, and {their}/{them} the child's
// pronouns; a capital ({Name}) starts a sentence.

// contacts start an episode; min and max bound the eldest child's age, and harm is what a
// child protection plan that follows is about ("" for any).
var contacts = []struct {
	min, max   int
	text, harm string
}{
	{5, 17, "School told us {eldest} has come to school hungry and in unwashed clothes several times this term.", neglect},
	{0, 17, "Police were called to an argument between the adults at the family home; the children were in the house.", emotional},
	{0, 4, "The health visitor was worried about the state of the home and missed health appointments.", neglect},
	{0, 17, "A grandparent phoned, worried that the children are often left alone in the evenings.", neglect},
	{0, 17, "A neighbour reported shouting and crying from the home late at night.", emotional},
	{0, 12, "The GP was worried about an unexplained bruise on {eldest}'s arm.", physical},
	{0, 17, "Hospital staff were worried about how {eldest} came to have a head injury.", physical},
	{8, 17, "{eldest} told a teacher that things at home are hard and asked for help.", ""},
	{0, 17, "Housing told us the family are about to lose their home and have nowhere to go.", neglect},
	{0, 17, "A parent asked for help because they are struggling to cope.", ""},
	{11, 17, "A youth worker was worried that {eldest} is spending time with older adults who may be taking advantage of young people.", exploitation},
	{11, 17, "Police found {eldest} in another town late at night, after the family reported {eldest} missing.", exploitation},
	{5, 17, "School told us {eldest} has missed a lot of school this term and the family has not been in touch.", neglect},
	{0, 17, "The police told us a parent was arrested after a fight in the street while the children were at home alone.", neglect},
}

const (
	neglect      = "worries about neglect"
	emotional    = "worries about emotional harm"
	physical     = "worries about physical harm"
	exploitation = "worries that adults outside the family are exploiting young people"
)

// harms are the reasons for child protection plans whose contact did not say.
var harms = []weighted[string]{w(50, neglect), w(35, emotional), w(8, physical),
	w(4, "worries about sexual abuse"), w(3, "worries about more than one kind of harm")}

var unbornContacts = []string{
	"The midwife was worried about drug use during the pregnancy.",
	"The midwife was worried that the mother has no settled home and the baby is due soon.",
	"The midwife was worried about arguments and violence at home during the pregnancy.",
	"The mother asked for help to prepare for the baby, as she has little support around her.",
}

var (
	frontDoorChecks = []string{
		"The front door team asked the school, GP and health visitor what they know about the family.",
		"The front door team checked police and health records and spoke to the school.",
	}
	frontDoorCalls = []string{
		"A social worker phoned the parents to talk about the worries and ask their agreement to make checks.",
		"A social worker spoke to the parent on the phone, who agreed that we could talk to the school and GP.",
	}
	referrals = []string{
		"The front door team agreed the family needs a social work assessment.",
		"A manager read the information and decided a social worker should assess the family's needs.",
	}
	visits = []string{
		"A social worker visited the family at home and saw {name}.",
		"A social worker visited and spoke with {name} alone about home and school.",
		"A social worker visited; the home was clean and there was food in the cupboards.",
		"A social worker saw {name} at school and talked about how things are at home.",
		"Unannounced visit: nobody answered the door, so the social worker left a letter asking the family to call.",
		"A social worker visited after school and played a game with {name} to hear {their} views.",
	}
	unbornVisits = []string{
		"A social worker visited the mother at home to plan for the baby's birth.",
		"A social worker met the mother at the antenatal clinic to talk about support after the birth.",
	}
	strategies = []string{
		"Police, health and children's services talked about the worries and agreed to make enquiries into {name}'s safety.",
	}
	enquiries = []string{
		"A social worker and a police officer spoke with {name} and the parents about what happened.",
		"A social worker saw {name} at school and then spoke with the parents at home about the worries.",
	}
	unbornEnquiries = []string{"A social worker met the mother and the midwife to understand the risks to the baby."}
	conferences     = []string{"The family and the professionals met and agreed {name} needs a child protection plan to stay safe."}
	cpReviews       = []string{
		"The review conference agreed the plan should continue; things are better at home but not yet steady.",
		"The review conference heard the parents are working well with the plan; it continues for now.",
		"The review conference heard the home is still often unsafe; the plan continues with more support.",
	}
	assessmentsNeed = []string{
		"The assessment found {name} needs help to stay safe and well at home.",
		"The assessment found the family needs support with routines, money and school attendance.",
	}
	assessmentsNoNeed = []string{
		"The assessment found the family is coping and needs no more help from us.",
		"The assessment found the family would be helped by early help, and passed the case to the early help team.",
	}
	cinPlans = []string{
		"The family agreed a plan of support, including a parenting course and help with school attendance.",
		"The family agreed a plan: a family support worker will help with morning routines and meals.",
		"The family agreed a plan of support with housing, money advice and a counsellor for the parent.",
	}
	cinReviews = []string{
		"The review meeting heard that school attendance is better; the plan continues.",
		"The review meeting agreed the plan is working and set new goals for the next three months.",
		"The review meeting heard that things slipped over the holidays; the family support worker will visit more often.",
	}
	cared = []string{
		"{Name} came into care with the parents' agreement and moved to live with foster carers.",
		"The court made an interim care order and {name} moved to live with foster carers.",
		"Police used their powers to protect {name}, who then moved to an emergency foster home.",
	}
	placementMoves = []string{
		"{Name} moved to a new foster home closer to {their} school.",
		"{Name} moved to a children's home that can better meet {their} needs.",
		"{Name} moved to live with {their} grandparents, who are now approved as kinship carers.",
		"The foster carers asked for {name} to move, and {name} went to a new foster home.",
	}
	healthChecks    = []string{"{Name} had a health assessment; the nurse arranged a dentist appointment and checked immunisations."}
	claReviewsYoung = []string{
		"The review heard that {name} is growing well and sees family regularly.",
		"The review agreed the care plan: {name} will stay with the current carers while the court decides.",
	}
	claReviewsOlder = []string{
		"At the review, {name} said living there is going well and asked to see family more often.",
		"The review agreed the care plan: {name} will stay in the current home long term.",
		"The review heard {name} has settled at a new school and made friends.",
	}
	pathwayPlans = []string{"{Name} and {their} personal adviser wrote a pathway plan about college, money and finding a home at 18."}
	cwdContacts  = []string{
		"A parent asked for help caring for a disabled child whose needs have grown.",
		"The community paediatrician asked us to assess the family's need for short breaks.",
	}
	cwdAssessments = []string{"The assessment found the family needs support with care at home and time to rest."}
	shortBreaks    = []string{"{Name} started short breaks at a local centre one weekend a month, giving the family a rest."}
	cwdReviews     = []string{
		"The yearly review agreed to keep the short breaks and add help at home after school.",
		"The yearly review heard the short breaks are going well; the family asked for help over the summer holidays.",
	}
	ehRequests = []string{
		"School asked for early help because {eldest} is often late and seems tired.",
		"A parent asked for early help with routines and behaviour at home.",
		"The health visitor asked for early help with sleep and feeding routines.",
	}
	ehAssessments = []string{"The family and the early help worker agreed what help would make a difference."}
	ehMeetings    = []string{
		"The family met with school and the early help worker to check progress.",
		"Things are calmer at home; the next meeting is in six weeks.",
	}
	births = []string{
		"{Name} was born; a social worker visited the family at home the week after.",
		"{Name} was born and went home from hospital with the family, as planned with the social worker.",
	}
	closures = []string{
		"Things have improved and the family no longer needs our help, so the case was closed.",
		"The family did not want more help and there were no worries about safety, so the case was closed.",
		"The plan's goals were met; the case was closed with the school keeping an eye on things.",
	}
)

// warningTexts are the warnings some households carry. all: every member gets it; else only
// one child does.
var warningTexts = []struct {
	typ, detail string
	all         bool
}{
	{"risk_to_staff", "An adult at the address has been aggressive to visiting staff. Visit in pairs and tell the office when you arrive and leave.", true},
	{"lone_working", "Do not visit alone: a visitor was threatened at the door last year.", true},
	{"animal", "Two large dogs at the property. Ask for them to be shut in another room before you go in.", true},
	{"animal", "A dog at the property has bitten a visitor. Phone ahead so it can be put outside.", true},
	{"domestic_abuse", "A former partner is not allowed at the address. If he is there, leave and call the police.", true},
	{"risk_to_children", "The mother's former partner must not have unsupervised contact with the children.", true},
	{"medical", "Severe nut allergy: carries an adrenaline pen.", false},
	{"medical", "Has epilepsy; the seizure plan is on file. Call 999 if a seizure lasts more than 5 minutes.", false},
	{"other", "The family has asked that letters are not sent to the address; phone the mother instead.", true},
}

// restrictions are the reasons some records are restricted.
var restrictions = []string{
	"Child of a member of staff",
	"Relative of a councillor",
	"Adoptive placement: the address must be protected",
	"Media interest in the family",
}

// disabilities are DfE codes weighted roughly as children in need with a disability.
var disabilities = []weighted[string]{w(30, "AUT"), w(20, "LD"), w(15, "COMM"), w(12, "BEH"), w(6, "MOB"), w(4, "HEAR"),
	w(3, "VIS"), w(2, "PC"), w(2, "HAND"), w(2, "INC"), w(2, "CON"), w(2, "DDA")}

// communication needs by the disability they go with.
var communication = map[string][]string{
	"AUT": {"Uses Makaton and a picture exchange system.", "Needs a visual timetable and warning before any change to routine.",
		"Finds eye contact hard; prefers to talk while drawing or walking.", "Uses a tablet with a communication app to ask for things."},
	"COMM": {"Non-verbal; communicates through an eye-gaze board.", "Speaks in short phrases; give one instruction at a time and allow extra time.",
		"Uses a small number of Makaton signs; the parents interpret well."},
	"LD": {"Understands short, simple sentences; check understanding by asking the child to show you.",
		"Uses pictures and symbols to make choices."},
	"HEAR": {"Uses British Sign Language; book a BSL interpreter for meetings.", "Wears hearing aids; face the child when speaking and keep background noise down."},
	"VIS":  {"Has very little sight; say who is in the room and read documents aloud."},
}

// kid is a child as the story texts speak of them.
type kid struct {
	name   string // first given name, preferred name or "the unborn baby"
	sex    string
	unborn bool
}

func newKid(p *person.Person) kid {
	k := kid{sex: p.Sex, unborn: p.Unborn()}
	switch {
	case k.unborn:
		k.name = "the unborn baby"
	case p.PreferredName != "":
		k.name = p.PreferredName
	default:
		k.name, _, _ = strings.Cut(p.GivenNames, " ")
	}
	return k
}

// render fills a template for the child k in a family whose eldest child is eldest.
func render(tpl string, k, eldest kid) string {
	if !strings.Contains(tpl, "{") {
		return tpl
	}
	var b strings.Builder
	b.Grow(len(tpl) + 16)
	for {
		i := strings.IndexByte(tpl, '{')
		if i < 0 {
			b.WriteString(tpl)
			return b.String()
		}
		b.WriteString(tpl[:i])
		j := strings.IndexByte(tpl[i:], '}') + i
		word := tpl[i+1 : j]
		tpl = tpl[j+1:]
		var s string
		switch strings.ToLower(word) {
		case "name":
			s = k.name
		case "eldest":
			s = eldest.name
		case "their":
			s = pronoun(k.sex, "her", "his", "their")
		case "them":
			s = pronoun(k.sex, "her", "him", "them")
		case "they":
			s = pronoun(k.sex, "she", "he", "they")
		}
		if word[0] >= 'A' && word[0] <= 'Z' || b.Len() == 0 {
			s = strings.ToUpper(s[:1]) + s[1:]
		}
		b.WriteString(s)
	}
}

func pronoun(sex, f, m, u string) string {
	switch sex {
	case "F":
		return f
	case "M":
		return m
	}
	return u
}

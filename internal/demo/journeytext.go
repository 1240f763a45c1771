package demo

import (
	"strings"

	"ourchild/internal/codes"
)

// The words of the casework: plain English, as a social worker writes for the family to
// read, with {name}, {Name}, {their}, {them} and {eldest} as in story.go.

// A theme is what an episode is about: the worries, how they are written up in a Signs of
// Safety assessment, the DfE codes that go with them.
type theme struct {
	key      string
	category string // category of abuse for a child protection plan
	needs    []weighted[string]
	sources  []weighted[string]
	domestic string // is domestic abuse part of the child's experience
	scale    [2]int // the worker's safety scaling, low and high

	worries, harm, danger, goals, analysis, findings  []string
	strategyInfo, icpcRationale, cpOutline, cpActions []string
	cinGoals, ehReasons, ploWorries                   []string
	factors                                           [][]string
}

// sources are the DfE referral sources, weighted roughly as England's referrals (C1).
var sources = []weighted[string]{w(29, "6"), w(20, "2A"), w(2, "2B"), w(4, "3A"), w(3, "3B"), w(1, "3C"), w(2, "3D"),
	w(3, "3E"), w(1, "3F"), w(2, "4"), w(3, "5A"), w(2, "5B"), w(2, "5C"), w(3, "5D"), w(5, "1A"), w(1, "1B"), w(1, "1C"),
	w(1, "1D"), w(3, "7"), w(5, "8"), w(1, "9"), w(1, "10")}

var themes = map[string]*theme{
	"neglect": {
		key: "neglect", category: "NEG", domestic: "no", scale: [2]int{2, 6},
		needs: []weighted[string]{w(80, "N1"), w(10, "N4"), w(6, "N8"), w(4, "N7")},
		worries: []string{
			"School say {name} often comes in hungry, in the same clothes for several days, and has had head lice all term.",
			"The health visitor found the home cold, with little food, and {name} has missed two health appointments.",
			"A neighbour says the children are often out on the street late at night without an adult.",
			"{Name} has had toothache for weeks; the dentist says {their} teeth need urgent treatment that has not been arranged.",
		},
		harm: []string{
			"{Name} has come to school hungry on at least eight days this term (school log).",
			"{Name}'s teeth are badly decayed and {they} has been in pain; two dental appointments were missed.",
			"The home was found without heating or food on two visits in the last month.",
			"{Name} has been left at home alone in the evenings while mum was out (neighbour and {name} both said so).",
		},
		danger: []string{
			"Children's services are worried that if nothing changes {name} will keep going hungry and missing health care, and {their} health and learning will suffer.",
			"We are worried that {name} will be left alone again and could be hurt with no adult there to help.",
		},
		goals: []string{
			"Everyone will know {name} has breakfast every day and gets to school on time, clean and ready to learn.",
			"{Name} will go to every health and dental appointment, with an adult who is sober and on time.",
		},
		analysis: []string{
			"Mum loves {name} and wants things to be better, but her low mood means the basics often slip. When she has support the home is warmer and {name} is in school. Without help the pattern of hunger and missed care is likely to continue and to harm {name}'s health and learning.",
			"The neglect is long-standing rather than a crisis. The parents accept help but it has not yet lasted: a plan with clear daily routines, and checks that they keep going, is needed.",
		},
		findings: []string{
			"{Name} was seen at school and at home. The home had little food and the heating was off. The parents agreed the worries were true and accepted help. The neglect is likely to cause {name} significant harm without a plan.",
			"Checks with health and school confirmed a pattern of missed appointments and hunger. The parents are worried about money and struggling to keep routines.",
		},
		strategyInfo: []string{
			"School have logged hunger and poor hygiene over two terms. Health report missed immunisations. Police had one call last year about the children being left alone.",
		},
		icpcRationale: []string{
			"The conference agreed {name} is likely to suffer significant harm through neglect: hunger, missed health care and being left alone. The parents want to make changes, and a plan with clear daily safety goals is needed.",
		},
		cpOutline: []string{
			"Daily routines: breakfast, school, tea and bedtime, checked by the family network; dental and health appointments kept; a safe adult with {name} at all times.",
		},
		cpActions: []string{
			"Breakfast and school drop-off every day, with grandma helping on Mondays and Fridays",
			"Book and attend the dental appointment",
			"Family network meeting to agree who helps when mum is unwell",
			"Apply for help with heating costs",
			"Weekly family support worker visit to plan meals and shopping",
		},
		cinGoals:  []string{"{Name} will have regular meals, go to school every day, and see the dentist and doctor when {they} needs to."},
		ehReasons: []string{"Help with routines, meals and getting the children to school on time."},
		ploWorries: []string{
			"Since the child protection plan started, {name} has still come to school hungry, missed health appointments and been left alone at home. The plan's goals have not been met.",
		},
		factors: [][]string{{"16A"}, {"16A", "4B"}, {"16A", "1B"}, {"16A", "2B"}, {"16A", "4B", "1B"}},
	},
	"emotional": {
		key: "emotional", category: "EMO", domestic: "yes", scale: [2]int{2, 6},
		needs: []weighted[string]{w(60, "N1"), w(40, "N5")},
		worries: []string{
			"Police were called to the home after the adults argued and a door was broken; the children were upstairs.",
			"{Name} told a teacher {they} hides under the bed when mum and her partner shout, and that it happens most weekends.",
			"Mum told the GP she is frightened of her partner and that he checks her phone and controls the money.",
		},
		harm: []string{
			"Police have been called to the home three times this year after arguments; the children were there each time.",
			"{Name} said {they} hides under the bed when the adults shout, and has started wetting the bed again.",
			"Mum's partner pushed her against a wall in front of the children (police report).",
		},
		danger: []string{
			"Children's services are worried that {name} will keep seeing and hearing violence at home, will feel frightened and unsafe, and could be hurt when trying to protect mum.",
			"We are worried that if the violence continues {name}'s sleep, behaviour and learning will get worse and {they} will come to think this is how relationships are.",
		},
		goals: []string{
			"{Name} will live in a home where the adults sort out arguments without shouting, threats or violence.",
			"Mum will have a safety plan and know who to call, and {name} will know what to do if {they} feels scared.",
		},
		analysis: []string{
			"Domestic abuse is the main worry. Mum has taken brave steps to protect the children, but the relationship has ended and restarted before. {Name}'s behaviour shows the impact: poor sleep and worries at school. Safety depends on mum being supported to stay safe and on her partner not returning without change.",
			"The arguments are frequent and frightening for the children. Both parents say they want to change, but neither has yet had help. Without change {name} is likely to suffer emotional harm.",
		},
		findings: []string{
			"{Name} was seen alone at school and described the arguments clearly. Mum confirmed the violence. Police have bail conditions in place. {Name} is likely to suffer significant emotional harm.",
			"The enquiry found the children have witnessed repeated domestic abuse. Mum has a safety plan with the independent domestic violence adviser.",
		},
		strategyInfo: []string{
			"Police attended a domestic incident last night; the partner was arrested and bailed not to return. Health report mum disclosed abuse to the midwife last year. School report {name} is withdrawn and tired.",
		},
		icpcRationale: []string{
			"The conference agreed {name} is likely to suffer significant emotional harm from living with domestic abuse. A plan is needed to keep {name} and mum safe and to help {name} with what {they} has seen.",
		},
		cpOutline: []string{
			"Mum's safety plan in place; the partner does not come to the home while the plan is reviewed; {name} has help at school to talk about worries; the partner goes to a programme for people who harm.",
		},
		cpActions: []string{
			"Mum to meet the independent domestic violence adviser every week",
			"Partner to start the perpetrator programme",
			"School to offer {name} weekly time with the learning mentor",
			"Social worker to do direct work with {name} about feeling safe",
			"Police to tell children's services about any call to the address",
		},
		cinGoals:  []string{"{Name} will feel safe at home and the adults will manage disagreements calmly."},
		ehReasons: []string{"Help for mum and the children after a difficult relationship ended, and with the children's behaviour."},
		ploWorries: []string{
			"Since the plan started, police have been called to the home again after violence, and mum's partner has been staying there. {Name} has seen and heard this.",
		},
		factors: [][]string{{"3B", "17A"}, {"3B", "3A"}, {"3B", "4B", "17A"}, {"3B", "1B"}, {"3B", "3C", "17A"}},
	},
	"physical": {
		key: "physical", category: "PHY", domestic: "unknown", scale: [2]int{2, 5},
		needs: []weighted[string]{w(100, "N1")},
		worries: []string{
			"The GP saw a bruise on {name}'s cheek; the explanations given did not match the injury.",
			"{Name} told a teacher that dad hits {them} with a belt when {they} is naughty.",
			"Hospital staff were worried about how {name} came to have a broken arm.",
		},
		harm: []string{
			"{Name} had a bruise on the left cheek on 3 occasions noted by school; the explanations were different each time.",
			"{Name} told the teacher and then the social worker that dad hit {them} with a belt.",
		},
		danger: []string{
			"Children's services are worried that {name} could be hit again and seriously hurt.",
		},
		goals: []string{
			"{Name} will live at home without being hit, and the adults will use calm ways to set rules.",
		},
		analysis: []string{
			"The injury and {name}'s account show {name} has been hit. Dad accepts he lost his temper and is willing to work on it. Safety depends on an agreed plan for discipline without physical punishment and on a safe adult {name} can tell.",
		},
		findings: []string{
			"A child protection medical found bruising consistent with {name}'s account. Police are investigating. Dad agreed to leave the home while the enquiry continues.",
		},
		strategyInfo: []string{
			"School saw a bruise and {name} gave an account of being hit. Police agreed a joint visit. Health will arrange a child protection medical today.",
		},
		icpcRationale: []string{
			"The conference agreed {name} is likely to suffer significant physical harm. A plan is needed so that {name} is not hit again.",
		},
		cpOutline:  []string{"No physical punishment; dad completes a parenting programme; a safety network of three adults {name} trusts."},
		cpActions:  []string{"Dad to complete the parenting programme", "Safety network meeting with grandparents and aunt", "Words and pictures explanation for {name}", "School to check in with {name} every Monday"},
		cinGoals:   []string{"{Name} will grow up in a home where rules are kept without anyone being hurt."},
		ehReasons:  []string{"Help with managing behaviour at home without shouting or smacking."},
		ploWorries: []string{"{Name} has been hurt again since the plan started."},
		factors:    [][]string{{"18C"}, {"18C", "4B"}, {"18C", "1B"}},
	},
	"sexual": {
		key: "sexual", category: "SAB", domestic: "unknown", scale: [2]int{2, 5},
		needs: []weighted[string]{w(100, "N1")},
		worries: []string{
			"{Name} told a teacher something that suggests {they} may have been sexually abused by an adult who visits the home.",
		},
		harm: []string{"{Name} told the teacher and the police in a video interview about an adult touching {them}."},
		danger: []string{
			"Children's services are worried that {name} could be abused again if the adult has contact with {them}.",
		},
		goals:    []string{"{Name} will have no contact with the adult, and will have help to recover."},
		analysis: []string{"{Name}'s account is clear and consistent. Mum believes {name} and has stopped the adult visiting. The plan must make sure that stays the case and that {name} gets therapeutic help."},
		findings: []string{"{Name} gave an account in an achieving best evidence interview. The adult has been arrested and is on bail not to contact the children."},
		strategyInfo: []string{
			"{Name} made a disclosure at school today. Police will lead the investigation; a joint interview is arranged; health will arrange a paediatric assessment.",
		},
		icpcRationale: []string{"The conference agreed {name} is likely to suffer significant harm through sexual abuse unless a plan keeps the adult away and supports mum to protect."},
		cpOutline:     []string{"No contact with the adult; mum's protective plan; therapy for {name}."},
		cpActions:     []string{"Referral for therapeutic support for {name}", "Mum to attend the protective parents course", "Police to share bail conditions with school"},
		cinGoals:      []string{"{Name} will feel safe and get the help {they} needs to recover."},
		ehReasons:     []string{"Support for the family after a police investigation."},
		ploWorries:    []string{"The adult has been visiting the home despite the plan."},
		factors:       [][]string{{"19C"}, {"19C", "4A"}},
	},
	"exploitation": {
		key: "exploitation", category: "EMO", domestic: "no", scale: [2]int{2, 5},
		needs: []weighted[string]{w(50, "N6"), w(30, "N1"), w(20, "N5")},
		worries: []string{
			"Police found {name} in another town late at night with older young people; {they} had two phones and cash.",
			"A youth worker is worried that {name} is being given gifts and lifts by adults much older than {them}.",
		},
		harm: []string{
			"{Name} has been reported missing four times in two months, once for two nights.",
			"{Name} was found with cannabis and a phone that is not {their} in a town 30 miles away.",
		},
		danger: []string{
			"Children's services are worried that {name} is being exploited by adults to carry drugs and could be hurt or arrested.",
		},
		goals: []string{
			"{Name} will be home every night, in education, and away from the adults who are exploiting {them}.",
		},
		analysis: []string{
			"{Name} is being groomed and exploited. {Name} sees the older young people as friends, which makes the risk harder to reduce. A plan that works with {name}'s interests, keeps {them} in education and disrupts the adults is needed.",
		},
		findings: []string{"The enquiry found {name} is at high risk of criminal exploitation. A contextual safeguarding plan is needed with police and the youth service."},
		strategyInfo: []string{
			"Police found {name} in another county with known gang members. {Name} has been missing three times this month. The youth service know the group.",
		},
		icpcRationale: []string{"The conference agreed {name} is likely to suffer significant harm through criminal exploitation."},
		cpOutline:     []string{"A plan with the youth service and police: return home interviews, a trusted worker, a place at the college course {name} chose."},
		cpActions:     []string{"Return home interview after every missing episode", "Youth worker to meet {name} twice a week", "Police to disrupt the adults' contact with {name}", "College taster days"},
		cinGoals:      []string{"{Name} will be safe from exploitation, back in education and spending time with safe friends."},
		ehReasons:     []string{"Help for {name} to stay in school and away from older young people the family are worried about."},
		ploWorries:    []string{"{Name} keeps going missing and being found with adults who exploit {them}."},
		factors:       [][]string{{"10A", "13A"}, {"10A", "11A"}, {"13A", "14A"}, {"10A", "2A"}},
	},
	"stress": {
		key: "stress", category: "NEG", domestic: "no", scale: [2]int{4, 8},
		needs: []weighted[string]{w(40, "N4"), w(25, "N3"), w(20, "N5"), w(10, "N7"), w(5, "N8")},
		worries: []string{
			"Mum asked for help because she is struggling after losing her job and the family may lose their home.",
			"Dad has been in hospital for his mental health and mum is struggling to care for the children alone.",
			"{Name} is caring for mum, who has a long-term illness, and is missing school.",
		},
		harm: []string{
			"{Name} has missed 30% of school this term to help at home.",
			"The family have had no settled home for two months and have moved three times.",
		},
		danger: []string{
			"Children's services are worried that if the family do not get help {name} will keep missing school and the family will break down.",
		},
		goals: []string{
			"The family will have a settled home and enough money for the basics, and {name} will be in school every day.",
		},
		analysis: []string{
			"This is a family in acute stress rather than a family that harms its children. The parents are warm and open. With practical help, from housing, money advice and a young carers service, the worries are likely to reduce.",
		},
		findings: []string{"The enquiry found no evidence of significant harm; the family need support with housing and money."},
		strategyInfo: []string{
			"The family have been evicted. Mum took an overdose last week and is now home. School report {name} is anxious.",
		},
		icpcRationale: []string{"The conference agreed {name} is likely to suffer significant harm without a plan while mum is unwell."},
		cpOutline:     []string{"A family network plan while mum recovers; a settled home; school every day."},
		cpActions:     []string{"Housing to find a settled home", "Mum to see the mental health team weekly", "Grandma to stay while mum is unwell"},
		cinGoals:      []string{"The family will be settled, with the help they need, and {name} will be in school and not caring for adults."},
		ehReasons:     []string{"Practical help with money, housing and getting to school after a hard year for the family."},
		ploWorries:    []string{"Mum has not been able to keep the children safe while unwell, and the family network plan has broken down."},
		factors:       [][]string{{"4B"}, {"6B", "7A"}, {"4B", "7A"}, {"20"}, {"4B", "1B"}},
	},
	"disability": {
		key: "disability", category: "NEG", domestic: "no", scale: [2]int{5, 9},
		needs:   []weighted[string]{w(100, "N2")},
		sources: []weighted[string]{w(40, "3F"), w(30, "1A"), w(20, "2A"), w(10, "3A")},
		worries: []string{
			"Mum asked for help: {name}'s needs have grown and she has not slept properly for months.",
			"The community paediatrician asked us to assess the family's need for short breaks.",
		},
		harm: []string{"The parents are exhausted; {name} needs care through the night and the family have no breaks."},
		danger: []string{
			"We are worried that without help the parents will not be able to keep caring for {name} at home.",
		},
		goals: []string{"The family will have regular breaks and the equipment they need, so {name} can keep living at home."},
		analysis: []string{
			"{Name} is well cared for and loved. The family's need is for support to carry on: short breaks, equipment and help at home after school.",
		},
		findings:      []string{"No safeguarding concern was found; the family need support with care."},
		strategyInfo:  []string{"School noticed a bruise on {name}'s arm; {name} cannot explain what happened."},
		icpcRationale: []string{"The conference agreed a plan is needed while the family's care of {name} is supported."},
		cpOutline:     []string{"Care at home supported by short breaks and a personal assistant."},
		cpActions:     []string{"Short breaks one weekend a month", "Occupational therapy assessment for equipment"},
		cinGoals:      []string{"The family will have the help they need to care for {name} at home and have time to rest."},
		ehReasons:     []string{"Help with sleep routines for a child with additional needs."},
		ploWorries:    []string{"The family cannot care for {name} safely even with the support given."},
		factors:       [][]string{{"5A"}, {"6A"}, {"5A", "6B"}, {"6A", "4B"}},
	},
	"none": {
		key: "none", category: "NEG", domestic: "no", scale: [2]int{7, 10},
		harm:   []string{"No harm has been found: the worry was a one-off and has been explained."},
		danger: []string{"We are not worried that {name} will be harmed; the family know where to go for help."},
		goals:  []string{"The family will use the school and health visitor if they need support."},
	},
}

// themeMix weights what episodes are about.
var themeMix = []weighted[*theme]{w(35, themes["neglect"]), w(28, themes["emotional"]), w(16, themes["stress"]),
	w(8, themes["physical"]), w(6, themes["exploitation"]), w(5, themes["disability"]), w(2, themes["sexual"])}

func init() {
	for _, t := range themes {
		if t.sources == nil {
			t.sources = sources
		}
		if t.analysis == nil { // "none": assessed, no further action
			t.analysis = []string{"The worries were looked into with the family, school and health. {Name} is well cared for and the family know where to get help if they need it. No further action is needed."}
		}
	}
}

// themeFor is the theme of a plan of category c.
func themeFor(c string) *theme {
	switch c {
	case "EMO":
		return themes["emotional"]
	case "PHY":
		return themes["physical"]
	case "SAB":
		return themes["sexual"]
	case "MUL":
		t := *themes["neglect"]
		t.category = "MUL"
		t.factors = [][]string{{"16A", "17A", "3B"}, {"16A", "3B", "2B"}}
		return &t
	}
	return themes["neglect"]
}

// themeOfHarm is the theme of an episode the chronology tells.
func themeOfHarm(harm string, status int) *theme {
	switch {
	case status == stCWD:
		return themes["disability"]
	case harm == neglect:
		return themes["neglect"]
	case harm == emotional:
		return themes["emotional"]
	case harm == physical:
		return themes["physical"]
	case harm == exploitation:
		return themes["exploitation"]
	case strings.Contains(harm, "sexual"):
		return themes["sexual"]
	case strings.Contains(harm, "more than one"):
		return themeFor("MUL")
	case status == stCP:
		return themes["neglect"]
	}
	return themes["stress"]
}

var referrers = map[string][]string{
	"1": {"Grandmother, by phone", "Aunt, by phone", "The child's father, by email", "A neighbour, who asked not to be named to the family"},
	"2": {"Designated safeguarding lead, Demotown Primary School, 01632 960 111", "Head of year, Sampleford Academy, 01632 960 222", "Attendance officer, by email"},
	"3": {"Health visitor, Demotown health centre, 01632 960 333", "GP, Riverside Surgery", "Named nurse, Demoshire Hospital", "Midwife, community team"},
	"4": {"Housing officer, Demoshire Homes"},
	"5": {"Adult social care duty worker", "Early help worker, family hub", "Duty social worker, another council"},
	"6": {"PC 1234, Demoshire Police, by the police protection notice", "Police domestic abuse unit, by notification"},
	"7": {"Probation officer, by phone", "CAFCASS officer"},
	"8": {"Children's centre worker", "Family support charity worker"},
	"9": {"Anonymous caller"},
}

var consents = []weighted[string]{w(82, "given"), w(8, "refused"), w(10, "overridden")}

var consentReasons = map[string][]string{
	"refused":    {"Mum did not agree to checks. The worries are about the children's safety, so the manager agreed to share information without consent and told mum why."},
	"overridden": {"Consent was not sought: asking could put {name} at greater risk, and the worries may amount to significant harm."},
}

var thresholdOf = map[string]string{"nfa": "universal", "advice": "universal", "early_help": "early_help", "referral": "cin", "strategy": "cp"}

var rationales = map[string][]string{
	"nfa":        {"The worry has been explained and school will keep an eye on things; no service is needed.", "Checks show no worries: the family are known to no agency and the referrer is reassured."},
	"advice":     {"The referrer was given advice about talking to the family and where they can get help.", "Mum was given information about the family hub and parenting support."},
	"early_help": {"The family need some help but the worries do not meet the threshold for social work; mum agreed to early help.", "An early help assessment is the right response; the family consented."},
	"referral":   {"The worries, and what checks found, mean {name} may be a child in need: a social work assessment is needed.", "Several agencies share the worries; a child and family assessment will find out what help is needed."},
	"strategy":   {"There is reasonable cause to suspect {name} is suffering, or likely to suffer, significant harm: a strategy discussion is needed today.", "The account and the injury need a strategy discussion with police and health today."},
}

var (
	complicating = []string{
		"Mum has found it hard to trust professionals after her own childhood in care.",
		"The family have moved three times in two years.",
		"Dad works away and is not always reachable.",
		"The family do not have a car and the nearest clinic is two buses away.",
		"Mum's partner has not yet agreed to meet the social worker.",
	}
	strengths = []string{
		"Mum gets {name} to school on time most days.",
		"Grandma lives nearby and helps every weekend.",
		"{Name} has a close relationship with {their} older sister.",
		"The parents have been honest about the worries and want help.",
		"{Name} enjoys football club and the coach is a trusted adult.",
		"The home was warm and tidy on the last two visits.",
		"Mum has stopped drinking since January and goes to a support group.",
	}
	nextSteps = []string{
		"Family network meeting within two weeks.",
		"Words and pictures explanation for {name}.",
		"Referral to the parenting programme.",
		"Check with the GP about mum's medication.",
		"Visit {name} at school to hear {their} views again.",
	}
	histories = []string{
		"The family were first known in 2019 after a police call; early help worked with them for six months. School attendance has been a worry since Year 2.",
		"There is no earlier involvement with children's services. Health records show missed immunisations and a move from another area last year.",
		"The family had a child in need plan three years ago after domestic abuse; it ended when mum's partner left. He returned last summer.",
	}
	identityNotes = []string{
		"{Name} is proud of {their} family's heritage and loves cooking with grandma. The plan will keep {their} links with the wider family.",
		"Church is important to the family, and {name} goes to the youth group on Fridays.",
		"{Name} supports the local football team and wants to be a vet.",
		"{Name} attends Saturday school to learn the family's language and keeps in touch with cousins abroad by video call.",
	}
	officerNames       = []string{"Khan", "Morris", "Okafor", "Price", "Walsh", "Hughes"}
	nurseNames         = []string{"Sam Patel", "Ruth Evans", "Joy Mensah", "Claire Doyle"}
	otherAttendees     = []string{"designated safeguarding lead (school)", "GP (report sent)", "health visitor", "family support worker", "grandmother (family network)", "youth worker"}
	strategyRationales = []string{
		"There is reasonable cause to suspect {name} is suffering, or is likely to suffer, significant harm. A joint section 47 enquiry is needed.",
		"The information shared meets the threshold for a section 47 enquiry; police and children's social care will visit together.",
	}
	noPlanRationales = []string{
		"The conference agreed {name} is not likely to suffer significant harm now that the partner has left and mum has a safety plan; a child in need plan will continue the support.",
		"The risks have reduced: the conference agreed no plan is needed.",
	}
	conferenceEnds = map[string]string{
		"end_cin": "No plan (or the plan ends): support as a child in need",
		"end_eh":  "No plan (or the plan ends): step down to early help",
		"end_nfa": "No plan (or the plan ends): no further action",
	}
	endRationales = map[string][]string{
		"end_cin": {"The safety goals have been met for three months. {Name} is no longer likely to suffer significant harm, and a child in need plan will keep the support going.", "Things have been steady at home since the last review; the conference agreed to end the plan and support the family as a child in need."},
		"end_eh":  {"The worries have reduced and the family agreed to carry on with early help.", "The goals are met; the family will keep working with the family hub."},
		"end_nfa": {"The family moved to live with grandparents, who keep {name} safe; no further action is needed.", "The goals are met and the family need no further support from us."},
	}
	continueRationales = []string{
		"Things are better at home but not yet steady; the plan continues.",
		"Mum has engaged well, but the partner has not started the programme; the plan continues with more support.",
		"The home is still often unsafe; the plan continues with a family network meeting.",
	}
	sharedHow     = []weighted[string]{w(55, "in_person"), w(25, "email"), w(10, "post"), w(8, "interpreter"), w(2, "not_shared")}
	parentsAttend = []weighted[string]{w(70, "yes"), w(10, "part"), w(10, "views"), w(10, "no")}
	progressNotes = []string{
		"{Name} has been to school every day since the last meeting. Mum says mornings are calmer.",
		"There was one argument at home that upset {name}; mum used her safety plan and called her sister.",
		"The home was clean and there was food in the cupboards at both visits. {Name} says {they} is happier.",
		"Progress has slipped: two missed appointments and {name} late to school four times.",
		"Dad has started the programme and gone to four of six sessions.",
		"{Name} has started breakfast club and the teacher says {they} is more settled in class.",
		"Grandma now does the school run twice a week; mum says this has taken the pressure off.",
		"The family have moved to the new flat; {name} has {their} own room for the first time.",
		"Mum missed the last appointment with the mental health team; the social worker will go with her next time.",
		"{Name} was upset after contact with dad was cancelled; school gave {them} time with the learning mentor.",
	}
	coreActions = []string{"Book the next health visitor check", "School to share attendance every Friday", "Family network to cover the school run on Wednesdays", "Social worker to see {name} alone before the next meeting"}
	notSeen     = []string{"Nobody was home: the social worker left a card and came back two days later.", "{Name} was at a friend's house; the visit was rearranged for the next day.", "The family cancelled because {name} was ill; the social worker saw {name} at school later in the week."}
	notAlone    = []string{"Mum's partner would not leave the room; the social worker will see {name} at school.", "{Name} was unwell and wanted mum nearby."}
	directWork  = []string{
		"We did the three houses together: {name} put football and grandma in the house of good things.",
		"We used the safety hand: {name} named five adults {they} could tell if worried.",
		"We made a feelings thermometer; {name} said home is 'a 7 most days'.",
		"We played a game of snakes and ladders while talking about school.",
	}
	observations = []string{
		"The home was warm and tidy. {Name} was relaxed with mum and came to her for comfort.",
		"There was little food in the kitchen. Mum says money is tight until Friday; a food bank voucher was given.",
		"{Name} was chatty and showed me {their} bedroom and drawings. The bedroom was clean, with a bed and toys.",
		"Mum seemed low and tired. {Name} was quiet and stayed close to her.",
	}
	cinChanges = []string{
		"{Name} will go to school every day and arrive on time",
		"{Name} will have breakfast and tea every day",
		"Mum will go to the parenting course",
		"The family will have a settled home",
		"{Name} will see the school counsellor every week",
		"Bedtime will be at the same time every school night",
	}
	cinWho        = []string{"Mum and the family support worker", "School (designated safeguarding lead)", "Housing officer", "Health visitor", "The parents"}
	cinMeasures   = []string{"School attendance above 95%", "What {name} tells us", "Family support worker's weekly notes", "The family's own scaling goes up"}
	cinEndReasons = []string{
		"The plan's goals are met and have lasted for three months; the family know where to get help.",
		"The family moved and are settled; school and health will keep an eye on things.",
		"The family no longer want support and there are no worries about safety.",
	}
	schoolCalls  = []string{"School say {name}'s attendance is better this half term and {they} seems happier.", "School called: {name} was upset this morning and said there had been shouting at home."}
	careNotes    = []string{"{Name} became looked after. The social worker explained to {name} why, and where {they} would be living."}
	lpmDecisions = []string{
		"The threshold for care proceedings is met, but the legal planning meeting agreed to give the parents a last chance to make changes through pre-proceedings.",
	}
	ploMustChange      = []string{"Every day {name} must have meals, a clean home and get to school. You must go to every appointment and work with the family support worker. You have 12 weeks to show this can last."}
	ploSupport         = []string{"Since the child protection plan began you have had a family support worker twice a week, a parenting course and help with your debts. Things improved for a while but did not last."}
	ploOffered         = []string{"A parenting assessment, a family group conference, weekly family support and help to see the drug and alcohol service."}
	ploStepOut         = []string{"The parents have made and kept the changes for three months; the children are safe enough to step out of pre-proceedings and continue on the plan."}
	stepDownRationales = []string{
		"The worries are much reduced and the family want to carry on with the family hub; early help can meet the needs that remain.",
		"The plan's goals are met. Mum asked for early help to keep things on track.",
	}
	sustainability = []string{
		"The changes have lasted three months, including the summer holidays, and the family network has a plan for hard days.",
		"School attendance has stayed above 95% for a term, and mum has kept going to her support group without prompting.",
	}
	stepUpRationales = []string{"The worries have grown despite early help: {name} has been missing school and there has been a police call to the home."}
	ehWorries        = []string{"Mornings are chaotic and {name} is often late to school.", "Bedtimes are late and {name} is tired.", "Mum feels alone and low.", "Money is tight and there are debts."}
	ehGoals          = []string{"{Name} will be in school on time every day.", "Mum will feel less alone and know where to get help.", "Bedtime will be calm and at the same time each night."}
	ehActions        = []string{"Sleep routine chart and weekly check-in", "Referral to the family hub parenting group", "Money advice appointment", "Breakfast club place at school"}
	ehProgress       = []string{"Mornings are calmer and {name} has been on time all week.", "Mum has been to the parenting group four times and says it helps.", "Things slipped over half term but are back on track."}
)

// oversightTexts are the words of a manager's oversight in one context.
type oversightTexts struct{ experience, reflection, decisions, actions []string }

var (
	oversightReferral = oversightTexts{
		experience: []string{"{Name} is living with mum; school and health share worries about {their} care.", "{Name} has seen and heard arguments at home."},
		reflection: []string{"The information suggests more than a one-off: several agencies share the worry.", "The family's own account matches what agencies say."},
		decisions:  []string{"Agreed the contact becomes a referral for a child and family assessment.", "Agreed the referral; the assessment should see {name} alone within five working days."},
		actions:    []string{"Allocate to the assessment team today", "See {name} alone within five working days"},
	}
	oversightAssessment = oversightTexts{
		experience: []string{"{Name} says home is mostly happy but {they} worries about mum.", "{Name} is doing well at school and has friends."},
		reflection: []string{"The analysis explains what the worries mean for {name}; the plan follows from it.", "We have not yet heard from dad; the plan should include him."},
		decisions:  []string{"Assessment authorised; the outcome is agreed.", "Assessment authorised with one change: add dad's views."},
		actions:    []string{"Share the assessment with the family within five working days", "Hold the first planning meeting"},
	}
	oversightPlan = oversightTexts{
		experience: []string{"{Name} is going to school more often and says home is calmer.", "{Name} is still hungry some mornings and worried about mum."},
		reflection: []string{"The plan is working on routines but not yet on the relationship worries; we have not understood why the partner will not engage.", "Progress is real but fragile: the next three months will show whether it lasts."},
		decisions:  []string{"The plan continues; the social worker will see {name} alone at every visit.", "Agreed to hold a family network meeting before the next review."},
		actions:    []string{"Family network meeting", "Update the chronology and the plan", "Direct work with {name} about feeling safe"},
	}
)

// voicesByAge are what children of an age said.
func voicesByAge(age int) []string {
	switch {
	case age < 2:
		return babyVoices
	case age < 8:
		return youngVoices
	case age < 13:
		return middleVoices
	}
	return teenVoices
}

var (
	babyVoices = []string{
		"{Name} is too young to talk. {Name} smiled and reached for mum when she came into the room, and settled quickly when held.",
		"{Name} babbled and played with the stacking cups; {they} looked to mum when a door banged.",
	}
	youngVoices = []string{
		"Using the three houses, {name} drew mum and the dog in the house of good things and 'shouting' in the house of worries.",
		"{Name} said: 'I like it when mummy reads me a story. I don't like it when it's noisy.'",
		"{Name} showed me {their} toys and said {their} favourite thing is going to the park with grandma.",
	}
	middleVoices = []string{
		"{Name} said: 'I like it when mum picks me up from school. When they argue I go upstairs and put my headphones on.'",
		"{Name} said {they} wants things to stay as they are now, 'because it's calmer'.",
		"{Name} said {they} gets hungry at school sometimes and would like breakfast club.",
	}
	teenVoices = []string{
		"{Name} said: 'I just want everyone to stop asking questions. Things are fine when my mum's okay.'",
		"{Name} said {they} wants to stay at home but wants the arguments to stop, and would like to see dad more.",
		"{Name} said college is the best thing right now and {they} does not want to move schools again.",
	}
	disabledVoices = []struct {
		text string
		how  []string
	}{
		{"{Name} uses Makaton. With {their} teaching assistant, {name} signed 'happy' for school and 'sad' for bedtime.", []string{"makaton", "observation"}},
		{"{Name} used {their} picture board to choose the smiling face for home and the worried face for the bus.", []string{"symbols", "observation"}},
		{"{Name} used {their} communication app: 'mum', 'home', 'happy'. {Name} pressed 'stop' when asked about shouting.", []string{"aac"}},
		{"{Name} does not use words. {Name} was relaxed and smiling with mum, and became upset when the television was loud.", []string{"observation"}},
	}
)

// ethnicityWords describes an ethnicity code in a sentence.
func ethnicityWords(code string) string {
	l := codes.Ethnicity.Label(code)
	if l == "" || code == "NOBT" || code == "REFU" {
		return "of an ethnicity the family have not yet told us"
	}
	if rest, ok := strings.CutPrefix(l, "Any other "); ok {
		return "of another " + rest
	}
	return "of " + l + " heritage"
}

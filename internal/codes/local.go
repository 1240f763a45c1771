package codes

// Local code sets. These are NOT DfE code sets: no statutory return uses
// them, and ourchild chose their codes. The codes are short and stable (they
// are stored); the labels may be reworded.

// Religion is a LOCAL (non-DfE) code set for religion or belief, following
// the categories of the England and Wales Census 2021 question, plus
// "not stated / refused" and "not yet obtained" in the style of the DfE
// Ethnicity set (REFU, NOBT).
var Religion = newSet("Religion",
	Code{"NONE", "No religion"},
	Code{"CHR", "Christian"},
	Code{"BUD", "Buddhist"},
	Code{"HIN", "Hindu"},
	Code{"JEW", "Jewish"},
	Code{"MUS", "Muslim"},
	Code{"SIK", "Sikh"},
	Code{"OTH", "Any other religion"},
	Code{"REFU", "Not stated / refused"},
	Code{"NOBT", "Not yet obtained"},
)

// GenderIdentity is a LOCAL (non-DfE) code set for a person's gender
// identity, recorded separately from the DfE Sex code. The DfE returns use
// Sex only.
var GenderIdentity = newSet("GenderIdentity",
	Code{"SAME", "Same as sex registered at birth"},
	Code{"DIFF", "Different from sex registered at birth (trans)"},
	Code{"NBIN", "Non-binary"},
	Code{"OTHR", "Other (self-described)"},
	Code{"REFU", "Not stated / refused"},
	Code{"NOBT", "Not yet obtained"},
)

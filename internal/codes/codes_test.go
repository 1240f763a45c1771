package codes

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// ---- code sets ----

func TestSetSizes(t *testing.T) {
	// Sizes from /work/shared/reference/standards.md §2.2 and §3.2, plus the
	// two local sets.
	tests := []struct {
		set  *Set
		want int
	}{
		{Ethnicity, 20},
		{Disability, 13},
		{Sex, 3},
		{ReferralSource, 22},
		{PrimaryNeed, 10},
		{ClosureReason, 9},
		{AbuseCategory, 5},
		{AssessmentFactor, 42},
		{UPNUnknown, 7},
		{LegalStatus, 13},
		{PlacementType, 29},
		{PlacementProvider, 6},
		{ReasonNewEpisode, 6},
		{ReasonEpisodeCeased, 22},
		{ReasonPlaceChange, 12},
		{CategoryOfNeed, 8},
		{Religion, 10},
		{GenderIdentity, 6},
		{ReviewParticipation, 8},
		{SDQReason, 5},
		{InTouch, 6},
		{Activity, 11},
		{Accommodation, 30},
		{PreviousPermanence, 5},
		{ReasonPlacedCeased, 4},
		{AdopterSex, 5},
		{AdopterLegalStatus, 6},
		{MissingType, 2},
		{SWReason, 10},
	}
	for _, tt := range tests {
		t.Run(tt.set.Name, func(t *testing.T) {
			if got := len(tt.set.Codes); got != tt.want {
				t.Errorf("len(%s.Codes) = %d, want %d", tt.set.Name, got, tt.want)
			}
		})
	}
	if got, want := len(Sets()), len(tests); got != want {
		t.Errorf("len(Sets()) = %d, want %d", got, want)
	}
}

func TestSetsWellFormed(t *testing.T) {
	names := map[string]bool{}
	for _, s := range Sets() {
		t.Run(s.Name, func(t *testing.T) {
			if names[s.Name] {
				t.Errorf("set name %q used twice", s.Name)
			}
			names[s.Name] = true
			seen := map[string]bool{}
			for _, c := range s.Codes {
				if seen[c.Value] {
					t.Errorf("%s: duplicate value %q", s.Name, c.Value)
				}
				seen[c.Value] = true
				if c.Value != strings.TrimSpace(c.Value) || c.Value != strings.ToUpper(c.Value) {
					t.Errorf("%s: value %q is not trimmed upper case", s.Name, c.Value)
				}
				if c.Label == "" {
					t.Errorf("%s: value %q has no label", s.Name, c.Value)
				}
				if !s.Valid(c.Value) {
					t.Errorf("%s.Valid(%q) = false, want true", s.Name, c.Value)
				}
				if got := s.Label(c.Value); got != c.Label {
					t.Errorf("%s.Label(%q) = %q, want %q", s.Name, c.Value, got, c.Label)
				}
			}
			if got, want := s.Values(), len(s.Codes); len(got) != want {
				t.Errorf("len(%s.Values()) = %d, want %d", s.Name, len(got), want)
			}
		})
	}
}

func TestSetValidAndLabel(t *testing.T) {
	tests := []struct {
		name  string
		set   *Set
		value string
		valid bool
		label string
	}{
		{"ethnicity first", Ethnicity, "WBRI", true, "White British"},
		{"ethnicity last", Ethnicity, "NOBT", true, "Information not yet obtained"},
		{"ethnicity refused", Ethnicity, "REFU", true, "Refused"},
		{"ethnicity lower case", Ethnicity, "wbri", false, ""},
		{"ethnicity padded", Ethnicity, " WBRI", false, ""},
		{"ethnicity empty", Ethnicity, "", false, ""},
		{"disability none", Disability, "NONE", true, "None"},
		{"disability autism", Disability, "AUT", true, "Autism or Asperger's"},
		{"disability DDA", Disability, "DDA", true, "Disabled under DDA but not in the other categories"},
		{"disability unknown", Disability, "DEAF", false, ""},
		{"sex male", Sex, "M", true, "Male"},
		{"sex female", Sex, "F", true, "Female"},
		{"sex unknown (required for unborn)", Sex, "U", true, "Unknown/not stated"},
		{"sex old GenderCurrent 1", Sex, "1", false, ""},
		{"sex old GenderCurrent 9", Sex, "9", false, ""},
		{"referral source GP", ReferralSource, "3A", true, "Health services: GP"},
		{"referral source police", ReferralSource, "6", true, "Police"},
		{"referral source unknown", ReferralSource, "10", true, "Unknown"},
		{"referral source 11", ReferralSource, "11", false, ""},
		{"referral source 4A", ReferralSource, "4A", false, ""},
		{"primary need N0", PrimaryNeed, "N0", true, "Not stated"},
		{"primary need N1", PrimaryNeed, "N1", true, "Abuse or neglect"},
		{"primary need N9", PrimaryNeed, "N9", true, "Cases other than children in need"},
		{"primary need N10", PrimaryNeed, "N10", false, ""},
		{"closure RC1", ClosureReason, "RC1", true, "Adopted"},
		{"closure RC9", ClosureReason, "RC9", true, "Case closed after assessment, referred to early help"},
		{"closure RC0", ClosureReason, "RC0", false, ""},
		{"closure RC10", ClosureReason, "RC10", false, ""},
		{"abuse NEG", AbuseCategory, "NEG", true, "Neglect"},
		{"abuse MUL", AbuseCategory, "MUL", true, "Multiple"},
		{"abuse SEX", AbuseCategory, "SEX", false, ""},
		{"factor 1A", AssessmentFactor, "1A", true, "Alcohol misuse: concerns about the child"},
		{"factor 21", AssessmentFactor, "21", true, "No factors identified"},
		{"factor 24A", AssessmentFactor, "24A", true, "Child criminal exploitation"},
		{"factor 18A retired", AssessmentFactor, "18A", false, ""},
		{"factor 19A retired", AssessmentFactor, "19A", false, ""},
		{"factor 8A", AssessmentFactor, "8A", false, ""},
		{"UPN unknown UN1", UPNUnknown, "UN1", true, "Child is not of school age"},
		{"UPN unknown UN7", UPNUnknown, "UN7", true, "Referral with no further action"},
		{"UPN unknown UN8", UPNUnknown, "UN8", false, ""},
		{"legal status C2", LegalStatus, "C2", true, "Full care order"},
		{"legal status V2", LegalStatus, "V2", true, "Single period of accommodation under s20"},
		{"legal status V1", LegalStatus, "V1", false, ""},
		{"placement U4", PlacementType, "U4", true, "Foster placement with other foster carer(s): long term"},
		{"placement K3 (2025/26)", PlacementType, "K3", true, "Supported accommodation (Ofsted-registered)"},
		{"placement Z14 (2025/26)", PlacementType, "Z14", true, "Other placement (Z14)"},
		{"placement H5 (to 2024/25)", PlacementType, "H5", false, ""},
		{"placement Z1 (to 2024/25)", PlacementType, "Z1", false, ""},
		{"placement P2 (to 2024/25)", PlacementType, "P2", false, ""},
		{"provider PR1", PlacementProvider, "PR1", true, "Own LA provision, including a regional adoption agency hosted by the LA"},
		{"provider PR6", PlacementProvider, "PR6", false, ""},
		{"RNE S", ReasonNewEpisode, "S", true, "Started to be looked after"},
		{"RNE X", ReasonNewEpisode, "X", false, ""},
		{"REC X1", ReasonEpisodeCeased, "X1", true, "Episode ceases and a new one begins the same day"},
		{"REC E4A", ReasonEpisodeCeased, "E4A", true, "Returned home to parent(s) or others with parental responsibility, as planned"},
		{"REC E4", ReasonEpisodeCeased, "E4", false, ""},
		{"place change CUSTOD", ReasonPlaceChange, "CUSTOD", true, "Custody arrangement"},
		{"place change CUSTO", ReasonPlaceChange, "CUSTO", false, ""},
		{"903 need N8", CategoryOfNeed, "N8", true, "Absent parenting"},
		{"903 need N0 not valid", CategoryOfNeed, "N0", false, ""},
		{"903 need N9 not valid", CategoryOfNeed, "N9", false, ""},
		{"religion none", Religion, "NONE", true, "No religion"},
		{"religion Muslim", Religion, "MUS", true, "Muslim"},
		{"religion not obtained", Religion, "NOBT", true, "Not yet obtained"},
		{"religion word", Religion, "Christian", false, ""},
		{"gender non-binary", GenderIdentity, "NBIN", true, "Non-binary"},
		{"gender same", GenderIdentity, "SAME", true, "Same as sex registered at birth"},
		{"gender sex code", GenderIdentity, "M", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.set.Valid(tt.value); got != tt.valid {
				t.Errorf("%s.Valid(%q) = %v, want %v", tt.set.Name, tt.value, got, tt.valid)
			}
			if got := tt.set.Label(tt.value); got != tt.label {
				t.Errorf("%s.Label(%q) = %q, want %q", tt.set.Name, tt.value, got, tt.label)
			}
		})
	}
}

func TestSetOrder(t *testing.T) {
	tests := []struct {
		set         *Set
		first, last string
	}{
		{Ethnicity, "WBRI", "NOBT"},
		{Disability, "NONE", "DDA"},
		{Sex, "M", "U"},
		{ClosureReason, "RC1", "RC9"},
		{AssessmentFactor, "1A", "24A"},
	}
	for _, tt := range tests {
		v := tt.set.Values()
		if v[0] != tt.first || v[len(v)-1] != tt.last {
			t.Errorf("%s.Values() = %v..%v, want %v..%v", tt.set.Name, v[0], v[len(v)-1], tt.first, tt.last)
		}
	}
}

func TestCategoryOfNeedDoesNotShareStorage(t *testing.T) {
	_ = append(CategoryOfNeed.Codes, Code{"XX", "x"})
	if got := PrimaryNeed.Codes[8].Value; got != "N9" {
		t.Errorf("PrimaryNeed.Codes[8].Value = %q after append to CategoryOfNeed.Codes, want %q", got, "N9")
	}
}

func TestNewSetPanicsOnDuplicate(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Errorf("newSet(dup) did not panic, want panic")
		}
	}()
	newSet("dup", Code{"A", "a"}, Code{"A", "b"})
}

// ---- NHS numbers ----

func TestValidNHSNumber(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want error
	}{
		{"well-known example, spaced", "943 476 5919", nil},
		{"well-known example, digits", "9434765919", nil},
		{"leading and trailing spaces", " 9434765919 ", nil},
		// 9,9,9,0,0,0,0,0,1 x 10..2 = 245; 245 mod 11 = 3; 11-3 = 8.
		{"test range, check 8", "999 000 0018", nil},
		// 9,9,9,0,0,0,0,0,5 x 10..2 = 253 = 11*23; 11-0 = 11 -> 0.
		{"check digit 11 becomes 0", "9990000050", nil},
		{"wrong check digit", "943 476 5918", ErrNHSNumberCheckDigit},
		{"transposed digits", "9434765991", ErrNHSNumberCheckDigit},
		// 9,9,9,1,2,3,4,5,6 x 10..2 = 320; 320 mod 11 = 1; 11-1 = 10: no valid number.
		{"check would be 10", "9991234560", ErrNHSNumberCheckDigit},
		{"nine digits", "943476591", ErrNHSNumberLength},
		{"eleven digits", "94347659190", ErrNHSNumberLength},
		{"hyphens", "943-476-5919", ErrNHSNumberLength},
		{"letters", "943476591X", ErrNHSNumberLength},
		{"empty", "", ErrNHSNumberLength},
		{"only spaces", "   ", ErrNHSNumberLength},
		{"full-width digits", "９４３４７６５９１９", ErrNHSNumberLength},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ValidNHSNumber(tt.in); got != tt.want {
				t.Errorf("ValidNHSNumber(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestNHSErrorMessages(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"123", "NHS number must be 10 digits"},
		{"9434765918", "NHS number check digit is wrong"},
	}
	for _, tt := range tests {
		if got := ValidNHSNumber(tt.in); got == nil || got.Error() != tt.want {
			t.Errorf("ValidNHSNumber(%q) = %v, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNHSSingleDigitErrorsDetected(t *testing.T) {
	// Modulus 11 catches every single-digit error.
	const good = "9434765919"
	for i := range 10 {
		for d := byte('0'); d <= '9'; d++ {
			if d == good[i] {
				continue
			}
			bad := good[:i] + string(d) + good[i+1:]
			if err := ValidNHSNumber(bad); err == nil {
				t.Errorf("ValidNHSNumber(%q) = nil, want an error", bad)
			}
		}
	}
}

func TestNormaliseNHSNumber(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"spaced", "943 476 5919", "9434765919"},
		{"hyphens", "943-476-5919", "9434765919"},
		{"already normal", "9434765919", "9434765919"},
		{"no digits", "abc", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NormaliseNHSNumber(tt.in); got != tt.want {
				t.Errorf("NormaliseNHSNumber(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFormatNHSNumber(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"digits", "9434765919", "943 476 5919"},
		{"already formatted", "943 476 5919", "943 476 5919"},
		{"hyphens", "943-476-5919", "943 476 5919"},
		{"too short, unchanged", "94347", "94347"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FormatNHSNumber(tt.in); got != tt.want {
				t.Errorf("FormatNHSNumber(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestMakeNHSNumber(t *testing.T) {
	tests := []struct {
		name   string
		first9 string
		want   string
		ok     bool
	}{
		{"well-known example", "943476591", "9434765919", true},
		{"test range", "999000001", "9990000018", true},
		{"test range, check 0", "999000005", "9990000050", true},
		{"check would be 10", "999123456", "", false},
		{"too short", "99900000", "", false},
		{"too long", "9990000011", "", false},
		{"not digits", "99900000X", "", false},
		{"spaces not allowed", "999 000 01", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := MakeNHSNumber(tt.first9)
			if got != tt.want || ok != tt.ok {
				t.Errorf("MakeNHSNumber(%q) = %q, %v, want %q, %v", tt.first9, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestMakeNHSNumberRoundTrip(t *testing.T) {
	skipped := 0
	for i := range 100000 {
		first9 := fmt.Sprintf("9990%05d", i)
		n, ok := MakeNHSNumber(first9)
		if !ok {
			skipped++
			continue
		}
		if err := ValidNHSNumber(n); err != nil {
			t.Fatalf("ValidNHSNumber(%q) = %v, want nil", n, err)
		}
		if !IsTestNHSNumber(n) {
			t.Fatalf("IsTestNHSNumber(%q) = false, want true", n)
		}
	}
	// About one in eleven prefixes has no check digit.
	if skipped < 8000 || skipped > 10500 {
		t.Errorf("MakeNHSNumber skipped %d of 100000 prefixes, want about 9091", skipped)
	}
}

func TestIsTestNHSNumber(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"999 000 0018", true},
		{"9990000018", true},
		{"943 476 5919", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := IsTestNHSNumber(tt.in); got != tt.want {
			t.Errorf("IsTestNHSNumber(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// ---- UPNs ----

var upnSentinels = []error{ErrUPNLength, ErrUPNCheckLetter, ErrUPNLACode, ErrUPNDigits, ErrUPNLastChar}

func TestValidUPN(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []error // nil: valid
	}{
		// Hand-computed. Body 201123456789, weights 2..13:
		// 4+0+4+5+12+21+32+45+60+77+96+117 = 473; 473 mod 23 = 13 -> P.
		{"hand-computed", "P201123456789", nil},
		// Final A counts 0: 473-117 = 356; 356 mod 23 = 11 -> M.
		{"temporary UPN, final A", "M20112345678A", nil},
		// Final Z counts 22: 356+22*13 = 642; 642 mod 23 = 21 -> Y.
		{"temporary UPN, final Z, check Y", "Y20112345678Z", nil},
		// LA 942 was added to the rule 1530 list in 2023/24:
		// 18+12+8+5+12+21+32+45+60+77+96+117 = 503; 503 mod 23 = 20 -> X.
		{"LA 942 (2023/24)", "X942123456789", nil},
		// Pseudo LA 001: 0+0+4+5+12+21+32+45+60+77+96+117 = 469; 469 mod 23 = 9 -> K.
		{"pseudo LA 001", "K001123456789", nil},

		{"wrong check letter", "A201123456789", []error{ErrUPNCheckLetter}},
		{"check letter I", "I201123456789", []error{ErrUPNCheckLetter}},
		{"check letter digit", "1201123456789", []error{ErrUPNCheckLetter}},
		{"check letter lower case", "p201123456789", []error{ErrUPNCheckLetter}},
		// 4+3+16+5+12+21+32+45+60+77+96+117 = 488; 488 mod 23 = 5 -> F.
		{"LA 214 not in list", "F214123456789", []error{ErrUPNLACode}},
		{"LA 000 not in list", "A000000000000", []error{ErrUPNLACode}},
		{"LA not digits", "P2X1123456789", []error{ErrUPNLACode}},
		{"letter in 5-12", "P2011234X6789", []error{ErrUPNDigits}},
		{"space in 5-12", "P20112345 789", []error{ErrUPNDigits}},
		{"I in position 13", "P20112345678I", []error{ErrUPNLastChar}},
		{"O in position 13", "P20112345678O", []error{ErrUPNLastChar}},
		{"S in position 13", "P20112345678S", []error{ErrUPNLastChar}},
		{"lower case in position 13", "P20112345678a", []error{ErrUPNLastChar}},
		{"several failures", "A2141234X678S", []error{ErrUPNLACode, ErrUPNDigits, ErrUPNLastChar}},
		{"LA and check letter", "A214123456789", []error{ErrUPNLACode, ErrUPNCheckLetter}},
		{"12 characters", "P20112345678", []error{ErrUPNLength}},
		{"14 characters", "P2011234567890", []error{ErrUPNLength}},
		{"empty", "", []error{ErrUPNLength}},
		{"padded", " P201123456789", []error{ErrUPNLength}},

		// Check letters from the test data of the DfE rule 1510 in
		// data-to-insight/csc-validator-be-cin. Their LA numbers (950, 243,
		// 247, 428) are not in the rule 1530 list.
		{"validator 1510 pass A950000178301", "A950000178301", []error{ErrUPNLACode}},
		{"validator 1510 pass H243278544154", "H243278544154", []error{ErrUPNLACode}},
		{"validator 1510 fail R247962919251", "R247962919251", []error{ErrUPNLACode, ErrUPNCheckLetter}},
		{"validator 1510 fail X428558133462", "X428558133462", []error{ErrUPNLACode, ErrUPNCheckLetter}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ValidUPN(tt.in)
			if (err == nil) != (tt.want == nil) {
				t.Fatalf("ValidUPN(%q) = %v, want %v", tt.in, err, tt.want)
			}
			for _, s := range upnSentinels {
				if got, want := errors.Is(err, s), slices.Contains(tt.want, s); got != want {
					t.Errorf("errors.Is(ValidUPN(%q), %q) = %v, want %v (error: %v)", tt.in, s, got, want, err)
				}
			}
		})
	}
}

func TestValidUPNErrorNamesProblem(t *testing.T) {
	tests := []struct{ in, want string }{
		{"A201123456789", `UPN check letter (character 1) is wrong: got 'A', want 'P'`},
		{"F214123456789", `UPN characters 2-4 are not a recognised DfE LA number: "214"`},
		{"P20112345678", `UPN must be 13 characters, got 12`},
		{"P20112345678I", `UPN character 13 must be a digit or a letter other than I, O or S: 'I'`},
	}
	for _, tt := range tests {
		if got := ValidUPN(tt.in); got == nil || got.Error() != tt.want {
			t.Errorf("ValidUPN(%q) = %v, want %s", tt.in, got, tt.want)
		}
	}
}

func TestUPNCheckLetter(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    byte
		wantErr bool
	}{
		{"12 characters", "201123456789", 'P', false},
		{"13 characters, first ignored", "Z201123456789", 'P', false},
		{"final letter", "20112345678A", 'M', false},
		{"final Z", "20112345678Z", 'Y', false},
		{"LA not checked", "214123456789", 'F', false},
		{"11 characters", "20112345678", 0, true},
		{"14 characters", "ZZ201123456789", 0, true},
		{"non-digit in LA", "2X1123456789", 0, true},
		{"non-digit in serial", "20112345X789", 0, true},
		{"final S", "20112345678S", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := UPNCheckLetter(tt.in)
			if got != tt.want || (err != nil) != tt.wantErr {
				t.Errorf("UPNCheckLetter(%q) = %q, %v, want %q, error %v", tt.in, got, err, tt.want, tt.wantErr)
			}
		})
	}
}

func TestMakeUPN(t *testing.T) {
	tests := []struct {
		name    string
		la      int
		serial  string
		want    string
		wantErr bool
	}{
		{"hand-computed", 201, "123456789", "P201123456789", false},
		{"temporary", 201, "12345678A", "M20112345678A", false},
		{"pseudo LA 1", 1, "123456789", "K001123456789", false},
		{"LA 942", 942, "123456789", "X942123456789", false},
		{"LA not in list", 214, "123456789", "", true},
		{"LA negative", -1, "123456789", "", true},
		{"LA four digits", 1201, "123456789", "", true},
		{"serial too short", 201, "12345678", "", true},
		{"serial too long", 201, "1234567890", "", true},
		{"serial not digits", 201, "1234X6789", "", true},
		{"serial ends in O", 201, "12345678O", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := MakeUPN(tt.la, tt.serial)
			if got != tt.want || (err != nil) != tt.wantErr {
				t.Errorf("MakeUPN(%d, %q) = %q, %v, want %q, error %v", tt.la, tt.serial, got, err, tt.want, tt.wantErr)
			}
		})
	}
}

func TestMakeUPNRoundTrip(t *testing.T) {
	finals := "0123456789" + upnAlphabet
	letters := map[byte]bool{}
	for i, la := range UPNLACodes() {
		n := int(la[0]-'0')*100 + int(la[1]-'0')*10 + int(la[2]-'0')
		for j := range len(finals) {
			serial := fmt.Sprintf("%08d", (i*7919+j*104729)%100000000) + string(finals[j])
			upn, err := MakeUPN(n, serial)
			if err != nil {
				t.Fatalf("MakeUPN(%d, %q) = %q, %v, want a UPN", n, serial, upn, err)
			}
			if err := ValidUPN(upn); err != nil {
				t.Fatalf("ValidUPN(%q) = %v, want nil", upn, err)
			}
			letters[upn[0]] = true
			// Changing the check letter must be caught.
			for k := range len(upnAlphabet) {
				if c := upnAlphabet[k]; c != upn[0] {
					bad := string(c) + upn[1:]
					if err := ValidUPN(bad); !errors.Is(err, ErrUPNCheckLetter) {
						t.Fatalf("ValidUPN(%q) = %v, want %v", bad, err, ErrUPNCheckLetter)
					}
					break
				}
			}
		}
	}
	if got := len(letters); got != len(upnAlphabet) {
		t.Errorf("MakeUPN produced %d distinct check letters, want %d", got, len(upnAlphabet))
	}
}

func TestUPNLACodes(t *testing.T) {
	codes := UPNLACodes()
	if got, want := len(codes), 195; got != want {
		t.Errorf("len(UPNLACodes()) = %d, want %d", got, want)
	}
	if !slices.IsSorted(codes) {
		t.Errorf("UPNLACodes() is not sorted")
	}
	if codes[0] != "001" || codes[len(codes)-1] != "943" {
		t.Errorf("UPNLACodes() = %s..%s, want 001..943", codes[0], codes[len(codes)-1])
	}
	tests := []struct {
		in   string
		want bool
	}{
		{"001", true}, {"005", true}, {"006", false}, {"000", false},
		{"201", true}, {"213", true}, {"214", false},
		{"352", true}, // Manchester
		{"420", true}, {"421", false},
		{"804", false}, {"814", false}, {"838", true}, {"839", true},
		{"896", true}, {"897", false}, {"939", false},
		{"940", true}, {"942", true}, {"943", true}, {"944", false},
		{"975", false}, {"1", false}, {"0201", false}, {"20a", false}, {"", false},
	}
	for _, tt := range tests {
		if got := ValidUPNLACode(tt.in); got != tt.want {
			t.Errorf("ValidUPNLACode(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestValidSWID(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"SW123456", true},
		{"SW1", true},
		{"XX0042", true},
		{"XXAB12", true},
		{"SW", false},        // no number
		{"SWAB12", false},    // a registration number is digits
		{"AB123456", false},  // neither prefix
		{"sw123456", false},  // not normalised
		{"SW 123456", false}, // a space
		{"SW123456789012345678", true},
		{"SW1234567890123456789", false}, // too long
	}
	for _, tt := range tests {
		if got := ValidSWID(tt.in); got != tt.want {
			t.Errorf("ValidSWID(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	if got := NormaliseSWID(" sw123 "); got != "SW123" {
		t.Errorf("NormaliseSWID = %q, want SW123", got)
	}
}

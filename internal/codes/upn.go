package codes

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// The DfE Unique Pupil Number (UPN) has 13 characters (standards.md §2.2,
// CIN rules 1510-1560Q; 903 rule 168):
//
//	character 1      check letter, mod 23 over characters 2-13 (rule 1510)
//	characters 2-4   DfE LA number from the rule 1530 list
//	characters 5-12  digits (rule 1540)
//	character 13     a digit, or a letter other than I, O or S (rule 1550);
//	                 a letter here marks a temporary UPN
//
// Check letter: multiply characters 2-13 by weights 2-13, sum, take the sum
// mod 23 and index upnAlphabet. A letter in character 13 counts as its
// index in upnAlphabet (A=0, B=1, ... skipping I, O and S).

// upnAlphabet is both the check-letter alphabet (indexed by sum mod 23) and
// the value table for a letter in character 13. It is A-Z without I, O, S.
const upnAlphabet = "ABCDEFGHJKLMNPQRTUVWXYZ"

// UPN errors. ValidUPN wraps one or more of these, so callers can map a
// failure to its DfE rule with errors.Is.
var (
	ErrUPNLength      = errors.New("UPN must be 13 characters")
	ErrUPNCheckLetter = errors.New("UPN check letter (character 1) is wrong")                           // rule 1510
	ErrUPNLACode      = errors.New("UPN characters 2-4 are not a recognised DfE LA number")             // rule 1530
	ErrUPNDigits      = errors.New("UPN characters 5-12 must be digits")                                // rule 1540
	ErrUPNLastChar    = errors.New("UPN character 13 must be a digit or a letter other than I, O or S") // rule 1550
)

// upnLARanges lists the LA numbers that CIN rule 1530 accepts in UPN
// characters 2-4: "a valid post April 1998 LA code or a recognised 'pseudo
// LA' code", as updated for 2023/24 (942 and 943 added). standards.md §2.2
// names the rule but does not give the list; the list is the rule text as
// encoded in data-to-insight/csc-validator-be-cin,
// cin_validator/rules/cin2023_24/rule_1530.py. Ranges are inclusive.
var upnLARanges = [][2]int{
	{1, 5}, {201, 213}, {301, 320}, {330, 336}, {340, 344}, {350, 359},
	{370, 373}, {380, 384}, {390, 394}, {420, 420}, {660, 681}, {701, 708},
	{800, 803}, {805, 808}, {810, 813}, {815, 816}, {820, 823}, {825, 826},
	{830, 831}, {835, 841}, {845, 846}, {850, 852}, {855, 857}, {860, 861},
	{865, 896}, {908, 909}, {916, 916}, {919, 919}, {921, 921}, {925, 926},
	{928, 929}, {931, 931}, {933, 933}, {935, 938}, {940, 943},
}

// upnLAIndex marks the accepted LA numbers, 0-999.
var upnLAIndex = func() (ok [1000]bool) {
	for _, r := range upnLARanges {
		for n := r[0]; n <= r[1]; n++ {
			ok[n] = true
		}
	}
	return ok
}()

// ValidUPNLACode reports whether code, three digits, is an LA number that
// may appear in UPN characters 2-4 (rule 1530).
func ValidUPNLACode(code string) bool {
	if len(code) != 3 || !allDigits(code) {
		return false
	}
	n, _ := strconv.Atoi(code)
	return upnLAIndex[n]
}

// UPNLACodes returns the LA numbers accepted by rule 1530, as three-digit
// strings in ascending order.
func UPNLACodes() []string {
	var out []string
	for n, ok := range upnLAIndex {
		if ok {
			out = append(out, fmt.Sprintf("%03d", n))
		}
	}
	return out
}

// upnErrors is two or more UPN failures, reported together.
type upnErrors []error

func (e upnErrors) Error() string {
	msgs := make([]string, len(e))
	for i, err := range e {
		msgs[i] = err.Error()
	}
	return strings.Join(msgs, "; ")
}

func (e upnErrors) Unwrap() []error { return e }

// ValidUPN checks a UPN against DfE rules 1510, 1530, 1540 and 1550. The
// match is exact: no spaces, letters upper case. A wrong length is reported
// alone (ErrUPNLength); otherwise every rule that fails is reported, each
// wrapping its Err value. The check letter is checked only when characters
// 2-13 are well formed, since it cannot be computed otherwise.
func ValidUPN(s string) error {
	if len(s) != 13 {
		return fmt.Errorf("%w, got %d", ErrUPNLength, len(s))
	}
	var errs upnErrors
	computable := true
	if la := s[1:4]; !ValidUPNLACode(la) {
		errs = append(errs, fmt.Errorf("%w: %q", ErrUPNLACode, la))
		computable = computable && allDigits(la)
	}
	if d := s[4:12]; !allDigits(d) {
		errs = append(errs, fmt.Errorf("%w: %q", ErrUPNDigits, d))
		computable = false
	}
	if _, ok := upnCharValue(s[12]); !ok {
		errs = append(errs, fmt.Errorf("%w: %q", ErrUPNLastChar, s[12]))
		computable = false
	}
	if strings.IndexByte(upnAlphabet, s[0]) < 0 {
		errs = append(errs, fmt.Errorf("%w: %q is not a check letter", ErrUPNCheckLetter, s[0]))
	} else if computable {
		if want := upnCheck(s[1:]); s[0] != want {
			errs = append(errs, fmt.Errorf("%w: got %q, want %q", ErrUPNCheckLetter, s[0], want))
		}
	}
	switch len(errs) {
	case 0:
		return nil
	case 1:
		return errs[0]
	}
	return errs
}

// UPNCheckLetter computes the check letter for a UPN. s is either the 12
// characters that follow the check letter (LA number, eight digits, final
// character) or a whole 13-character UPN, whose first character is then
// ignored. Characters 2-12 must be digits and character 13 a digit or an
// allowed letter; the LA number is not checked against the list.
func UPNCheckLetter(s string) (byte, error) {
	switch len(s) {
	case 12:
	case 13:
		s = s[1:]
	default:
		return 0, fmt.Errorf("UPN check letter needs 12 or 13 characters, got %d", len(s))
	}
	if !allDigits(s[:11]) {
		return 0, fmt.Errorf("UPN characters 2-12 must be digits to compute the check letter: %q", s[:11])
	}
	if _, ok := upnCharValue(s[11]); !ok {
		return 0, fmt.Errorf("%w: %q", ErrUPNLastChar, s[11])
	}
	return upnCheck(s), nil
}

// MakeUPN returns a valid UPN for the LA number la (which must be in the
// rule 1530 list) and serial, nine characters: eight digits then a digit or
// a letter other than I, O or S. It is for synthetic demo and test data.
func MakeUPN(la int, serial string) (string, error) {
	if la < 0 || la > 999 || !upnLAIndex[la] {
		return "", fmt.Errorf("%w: %d", ErrUPNLACode, la)
	}
	if len(serial) != 9 {
		return "", fmt.Errorf("UPN serial must be 9 characters (8 digits and a final character), got %d", len(serial))
	}
	body := fmt.Sprintf("%03d", la) + serial
	c, err := UPNCheckLetter(body)
	if err != nil {
		return "", err
	}
	return string(c) + body, nil
}

// upnCheck computes the check letter of the 12 well-formed characters that
// follow it.
func upnCheck(body string) byte {
	sum := 0
	for i := range 12 {
		v, _ := upnCharValue(body[i])
		sum += v * (i + 2)
	}
	return upnAlphabet[sum%23]
}

// upnCharValue is the value of a character in UPN position 13: a digit's
// value, or a letter's index in upnAlphabet. ok is false for anything else
// (including I, O, S and lower case).
func upnCharValue(c byte) (v int, ok bool) {
	if isDigit(c) {
		return int(c - '0'), true
	}
	if i := strings.IndexByte(upnAlphabet, c); i >= 0 {
		return i, true
	}
	return 0, false
}

package codes

import (
	"errors"
	"strings"
)

// NHS number errors. ValidNHSNumber returns one of these.
var (
	ErrNHSNumberLength     = errors.New("NHS number must be 10 digits")
	ErrNHSNumberCheckDigit = errors.New("NHS number check digit is wrong")
)

// ValidNHSNumber checks an NHS number: 10 digits, optionally written with
// spaces (for example "943 476 5919"), whose last digit is the modulus 11
// check digit of the first nine. It returns ErrNHSNumberLength or
// ErrNHSNumberCheckDigit.
func ValidNHSNumber(s string) error {
	d := strings.ReplaceAll(s, " ", "")
	if len(d) != 10 || !allDigits(d) {
		return ErrNHSNumberLength
	}
	c, ok := nhsCheckDigit(d[:9])
	if !ok || c != d[9] {
		return ErrNHSNumberCheckDigit
	}
	return nil
}

// nhsCheckDigit computes the modulus 11 check digit of nine digits: weights
// 10 down to 2, check = 11 - (sum mod 11), where 11 becomes 0 and 10 means
// no valid NHS number has these nine digits (ok is false).
func nhsCheckDigit(first9 string) (c byte, ok bool) {
	sum := 0
	for i := range 9 {
		sum += int(first9[i]-'0') * (10 - i)
	}
	switch check := 11 - sum%11; check {
	case 11:
		return '0', true
	case 10:
		return 0, false
	default:
		return byte('0' + check), true
	}
}

// NormaliseNHSNumber returns the digits of s with everything else removed,
// for storage. It does not check the result.
func NormaliseNHSNumber(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// FormatNHSNumber writes an NHS number for display, 3-3-4 with spaces
// ("943 476 5919"). If s does not hold exactly 10 digits it is returned
// unchanged.
func FormatNHSNumber(s string) string {
	d := NormaliseNHSNumber(s)
	if len(d) != 10 {
		return s
	}
	return d[:3] + " " + d[3:6] + " " + d[6:]
}

// MakeNHSNumber appends the check digit to nine digits and returns the
// 10-digit NHS number (unformatted). ok is false if first9 is not nine
// digits or if no check digit exists (the modulus 11 result is 10).
//
// It is for synthetic demo and test data, which must use NHS numbers
// starting 999: the NHS reserves that range for testing, so such a number
// never belongs to a real person. See IsTestNHSNumber.
func MakeNHSNumber(first9 string) (string, bool) {
	if len(first9) != 9 || !allDigits(first9) {
		return "", false
	}
	c, ok := nhsCheckDigit(first9)
	if !ok {
		return "", false
	}
	return first9 + string(c), true
}

// IsTestNHSNumber reports whether s (spaces allowed) is in the 999 range
// that synthetic demo and test data must use.
func IsTestNHSNumber(s string) bool {
	return strings.HasPrefix(NormaliseNHSNumber(s), "999")
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

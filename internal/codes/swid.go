package codes

import "strings"

// NormaliseSWID returns a social worker ID as the SSDA903 return writes it: trimmed, in capitals.
func NormaliseSWID(s string) string { return strings.ToUpper(strings.TrimSpace(s)) }

// ValidSWID reports whether s (normalised) is a social worker ID the 903's sw_episodes table
// accepts: a Social Work England registration number ("SW" and digits, like SW123456) or, for a
// worker without one, the 903's "XX" form ("XX" and letters or digits the council assigns, like
// XX0042). The DfE rule (SW02STG1, standards.md §3.2) asks only for the prefix; the rest is held to
// what those two forms contain, at most 20 characters, so a mistyped name or note is refused.
func ValidSWID(s string) bool {
	if len(s) < 3 || len(s) > 20 {
		return false
	}
	prefix, rest := s[:2], s[2:]
	for _, r := range rest {
		switch {
		case r >= '0' && r <= '9':
		case prefix == "XX" && r >= 'A' && r <= 'Z':
		default:
			return false
		}
	}
	return prefix == "SW" || prefix == "XX"
}

package cincensus

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// scan.go reads a census file quickly. encoding/xml's reflection-based
// decoding spends most of a large return's time allocating tokens; the census
// schema is small and fixed, so a hand-written reader fills the same structs
// straight from the bytes. It accepts only a strict subset of XML and gives
// up (errSlow) on anything else: a DOCTYPE, a namespace prefix, a bad entity,
// a syntax error. Parse then reads the file again with encoding/xml, so an
// unusual file gives exactly the result and the error message it always did.
// TestFastParseMatchesDecoder holds the two readers to the same structs.

// errSlow means the fast reader cannot be sure it reads the file as
// encoding/xml would.
var errSlow = errors.New("cin census: fast reader gave up")

type tokKind int

const (
	tokEOF tokKind = iota
	tokStart
	tokEnd
	tokText
)

// scanner walks b, an XML document, one token at a time. Names and text
// are slices of b; only the values kept in the Return are copied.
type scanner struct {
	b []byte
	i int

	// the last token
	kind  tokKind
	name  []byte // tokStart, tokEnd
	empty bool   // tokStart: <Name/>
	text  []byte // tokText: raw bytes
	plain bool   // tokText: no entity or carriage return to rewrite
	cdata bool   // tokText: from a CDATA section

	scratch []byte
	strs    map[string]string // interned short values: codes and dates repeat across children

	r   io.Reader // where more of the file comes from (parseStream)
	eof bool      // b holds the rest of the file
	low int       // refill at top level when fewer bytes than this are left
}

func newScanner(b []byte) *scanner {
	return &scanner{b: b, strs: make(map[string]string, 1024)}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func isNameStart(c byte) bool { return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_' }

func isNameByte(c byte) bool { return isNameStart(c) || c >= '0' && c <= '9' || c == '.' || c == '-' }

// next reads the next token. Comments and processing instructions are
// checked and passed over.
func (s *scanner) next() error {
	for {
		b, i := s.b, s.i
		if i >= len(b) {
			s.kind = tokEOF
			return nil
		}
		if b[i] != '<' {
			j := bytes.IndexByte(b[i:], '<')
			if j < 0 {
				if !s.eof {
					return errSlow // text cut by the window: it might hide "]]>"
				}
				j = len(b) - i
			}
			seg := b[i : i+j]
			plain, err := checkText(seg, false)
			if err != nil {
				return err
			}
			s.i = i + j
			s.kind, s.text, s.plain, s.cdata = tokText, seg, plain, false
			return nil
		}
		rest := b[i:]
		switch {
		case bytes.HasPrefix(rest, []byte("<!--")):
			// "--" may only end the comment.
			j := bytes.Index(rest[4:], []byte("--"))
			if j < 0 || 4+j+2 >= len(rest) || rest[4+j+2] != '>' {
				return errSlow
			}
			s.i = i + 4 + j + 3
			continue
		case bytes.HasPrefix(rest, []byte("<![CDATA[")):
			j := bytes.Index(rest[9:], []byte("]]>"))
			if j < 0 {
				return errSlow
			}
			seg := rest[9 : 9+j]
			plain, err := checkText(seg, true)
			if err != nil {
				return err
			}
			s.i = i + 9 + j + 3
			s.kind, s.text, s.plain, s.cdata = tokText, seg, plain, true
			return nil
		case len(rest) > 1 && rest[1] == '!':
			return errSlow // DOCTYPE and the like
		case len(rest) > 1 && rest[1] == '?':
			j := bytes.Index(rest, []byte("?>"))
			if j < 0 {
				return errSlow
			}
			if err := checkProcInst(rest[2:j]); err != nil {
				return err
			}
			s.i = i + j + 2
			continue
		case len(rest) > 1 && rest[1] == '/':
			n := nameLen(rest[2:])
			if n == 0 {
				return errSlow
			}
			k := 2 + n
			for k < len(rest) && isSpace(rest[k]) {
				k++
			}
			if k >= len(rest) || rest[k] != '>' {
				return errSlow
			}
			s.kind, s.name = tokEnd, rest[2:2+n]
			s.i = i + k + 1
			return nil
		}
		n := nameLen(rest[1:])
		if n == 0 {
			return errSlow
		}
		s.kind, s.name, s.empty = tokStart, rest[1:1+n], false
		k := 1 + n
		// Attributes are read and checked, then ignored: the census has none
		// that matter, and a namespace declaration changes nothing here
		// (prefixed names are left to encoding/xml).
		for {
			sp := k
			for k < len(rest) && isSpace(rest[k]) {
				k++
			}
			if k >= len(rest) {
				return errSlow
			}
			if rest[k] == '>' {
				s.i = i + k + 1
				return nil
			}
			if rest[k] == '/' {
				if k+1 < len(rest) && rest[k+1] == '>' {
					s.empty = true
					s.i = i + k + 2
					return nil
				}
				return errSlow
			}
			if k == sp {
				return errSlow // no space before an attribute
			}
			an := attrNameLen(rest[k:])
			if an == 0 {
				return errSlow
			}
			k += an
			for k < len(rest) && isSpace(rest[k]) {
				k++
			}
			if k >= len(rest) || rest[k] != '=' {
				return errSlow
			}
			k++
			for k < len(rest) && isSpace(rest[k]) {
				k++
			}
			if k >= len(rest) || (rest[k] != '"' && rest[k] != '\'') {
				return errSlow
			}
			q := rest[k]
			e := bytes.IndexByte(rest[k+1:], q)
			if e < 0 {
				return errSlow
			}
			val := rest[k+1 : k+1+e]
			if bytes.IndexByte(val, '<') >= 0 {
				return errSlow
			}
			if _, err := checkText(val, false); err != nil {
				return err
			}
			k += 1 + e + 1
		}
	}
}

// nameLen is the length of the plain ASCII name at the start of b, 0 if
// there is none or it is followed by a byte that cannot end a name (a
// namespace prefix's colon, a non-ASCII letter).
func nameLen(b []byte) int {
	if len(b) == 0 || !isNameStart(b[0]) {
		return 0
	}
	n := 1
	for n < len(b) && isNameByte(b[n]) {
		n++
	}
	if n < len(b) {
		if c := b[n]; !isSpace(c) && c != '>' && c != '/' && c != '=' {
			return 0
		}
	}
	return n
}

// attrNameLen is nameLen for an attribute, whose name may hold a colon
// (xmlns:xsi, xsi:schemaLocation).
func attrNameLen(b []byte) int {
	if len(b) == 0 || !isNameStart(b[0]) {
		return 0
	}
	n := 1
	for n < len(b) && (isNameByte(b[n]) || b[n] == ':') {
		n++
	}
	if n < len(b) {
		if c := b[n]; !isSpace(c) && c != '=' {
			return 0
		}
	}
	return n
}

// checkText checks character data as encoding/xml would (legal characters,
// valid UTF-8, known entities, no "]]>" outside CDATA) and reports whether
// it can be kept as it is (no entity, no carriage return).
func checkText(b []byte, cdata bool) (plain bool, err error) {
	plain = true
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c == '&' && !cdata:
			n := entityLen(b[i:])
			if n == 0 {
				return false, errSlow
			}
			plain = false
			i += n
			continue
		case c == '\r':
			plain = false
		case c == ']' && !cdata && i+2 < len(b) && b[i+1] == ']' && b[i+2] == '>':
			return false, errSlow
		case c < 0x20 && c != '\t' && c != '\n':
			return false, errSlow
		case c >= 0x80:
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size == 1 || !legalRune(r) {
				return false, errSlow
			}
			i += size
			continue
		}
		i++
	}
	return plain, nil
}

func legalRune(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// entityLen is the length of the entity reference at the start of b (which
// begins with '&'), 0 if it is not one encoding/xml knows by itself.
func entityLen(b []byte) int {
	j := bytes.IndexByte(b, ';')
	if j < 2 || j > 12 {
		return 0
	}
	if _, ok := entityValue(b[1:j]); !ok {
		return 0
	}
	return j + 1
}

// entityValue is the text an entity (between '&' and ';') stands for.
func entityValue(e []byte) (rune, bool) {
	switch string(e) {
	case "amp":
		return '&', true
	case "lt":
		return '<', true
	case "gt":
		return '>', true
	case "apos":
		return '\'', true
	case "quot":
		return '"', true
	}
	if len(e) < 2 || e[0] != '#' {
		return 0, false
	}
	n, base, ds := 0, 10, e[1:]
	if ds[0] == 'x' {
		base, ds = 16, ds[1:]
	}
	if len(ds) == 0 || len(ds) > 6 {
		return 0, false
	}
	for _, c := range ds {
		var d int
		switch {
		case c >= '0' && c <= '9':
			d = int(c - '0')
		case base == 16 && c >= 'a' && c <= 'f':
			d = int(c-'a') + 10
		case base == 16 && c >= 'A' && c <= 'F':
			d = int(c-'A') + 10
		default:
			return 0, false
		}
		n = n*base + d
	}
	if !legalRune(rune(n)) {
		return 0, false
	}
	return rune(n), true
}

// appendText appends checked character data with its entities replaced and
// its line ends normalised to "\n", as encoding/xml gives it.
func appendText(dst, b []byte, cdata bool) []byte {
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c == '&' && !cdata:
			n := bytes.IndexByte(b[i:], ';')
			r, _ := entityValue(b[i+1 : i+n])
			dst = utf8.AppendRune(dst, r)
			i += n
		case c == '\r':
			dst = append(dst, '\n')
			if i+1 < len(b) && b[i+1] == '\n' {
				i++
			}
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// checkProcInst checks a processing instruction (between "<?" and "?>"):
// the XML declaration may only declare version 1.0 and UTF-8, since
// encoding/xml refuses anything else.
func checkProcInst(b []byte) error {
	n := nameLen(b)
	if n == 0 || (n < len(b) && !isSpace(b[n])) {
		return errSlow
	}
	if string(b[:n]) != "xml" {
		return nil
	}
	content := string(b[n:])
	for _, p := range []string{"version", "encoding"} {
		if !strings.Contains(content, p) {
			continue
		}
		v, ok := procInstParam(p, content)
		if !ok {
			return errSlow
		}
		if p == "version" && v != "1.0" || p == "encoding" && !strings.EqualFold(v, "utf-8") {
			return errSlow
		}
	}
	return nil
}

// procInstParam reads param="value" from a declaration; ok is false unless
// the parameter appears once, in the plain form.
func procInstParam(param, s string) (string, bool) {
	if strings.Count(s, param) != 1 {
		return "", false
	}
	i := strings.Index(s, param+"=")
	if i < 0 || i+len(param)+2 > len(s) {
		return "", false
	}
	rest := s[i+len(param)+1:]
	q := rest[0]
	if q != '"' && q != '\'' {
		return "", false
	}
	j := strings.IndexByte(rest[1:], q)
	if j < 0 {
		return "", false
	}
	return rest[1 : 1+j], true
}

// value reads the text of the element just started (named el), as
// encoding/xml fills a string field: the element's own character data,
// CDATA included, with any nested elements passed over. Short values are
// interned when intern is set.
func (s *scanner) value(el []byte, empty, intern bool) (string, error) {
	if empty {
		return "", nil
	}
	var one []byte // the only segment, when it needs no rewriting
	segs := 0
	s.scratch = s.scratch[:0]
	for {
		if err := s.next(); err != nil {
			return "", err
		}
		switch s.kind {
		case tokText:
			if segs == 0 && s.plain {
				one = s.text
			} else {
				if segs == 1 && one != nil {
					s.scratch = append(s.scratch, one...)
					one = nil
				}
				s.scratch = appendText(s.scratch, s.text, s.cdata)
			}
			segs++
		case tokStart:
			if err := s.skip(s.name, s.empty); err != nil {
				return "", err
			}
		case tokEnd:
			if !bytes.Equal(s.name, el) {
				return "", errSlow
			}
			v := s.scratch
			if one != nil {
				v = one
			}
			return s.str(v, intern), nil
		case tokEOF:
			return "", errSlow
		}
	}
}

// str copies b out of the file, sharing one copy of each short value.
func (s *scanner) str(b []byte, intern bool) string {
	if len(b) == 0 {
		return ""
	}
	if !intern || len(b) > 24 {
		return string(b)
	}
	if v, ok := s.strs[string(b)]; ok {
		return v
	}
	v := string(b)
	if len(s.strs) < 1<<16 {
		s.strs[v] = v
	}
	return v
}

// skip passes over the rest of the element just started (named el).
func (s *scanner) skip(el []byte, empty bool) error {
	if empty {
		return nil
	}
	depth := 0
	var stack [][]byte
	for {
		if err := s.next(); err != nil {
			return err
		}
		switch s.kind {
		case tokStart:
			if !s.empty {
				stack = append(stack, s.name)
				depth++
			}
		case tokEnd:
			if depth == 0 {
				if !bytes.Equal(s.name, el) {
					return errSlow
				}
				return nil
			}
			depth--
			if !bytes.Equal(s.name, stack[depth]) {
				return errSlow
			}
			stack = stack[:depth]
		case tokEOF:
			return errSlow
		}
	}
}

// elements calls f for each element directly inside the element just
// started (named el), until its end tag; f must read the element it is
// given to its end (value, skip or elements again).
func (s *scanner) elements(el []byte, empty bool, f func(name []byte, empty bool) error) error {
	if empty {
		return nil
	}
	for {
		if err := s.next(); err != nil {
			return err
		}
		switch s.kind {
		case tokStart:
			if err := f(s.name, s.empty); err != nil {
				return err
			}
		case tokEnd:
			if !bytes.Equal(s.name, el) {
				return errSlow
			}
			return nil
		case tokEOF:
			return errSlow
		}
	}
}

// set reads the element's text into *dst, as encoding/xml does for a
// string field: a repeated element overwrites.
func (s *scanner) set(dst *string, el []byte, empty, intern bool) error {
	v, err := s.value(el, empty, intern)
	*dst = v
	return err
}

// add appends the element's text to *dst, as for a []string field.
func (s *scanner) add(dst *[]string, el []byte, empty, intern bool) error {
	v, err := s.value(el, empty, intern)
	*dst = append(*dst, v)
	return err
}

// list reads <wrapper><item>…</item>…</wrapper> into *dst (a field tagged
// "wrapper>item"); other elements in the wrapper are passed over.
func (s *scanner) list(dst *[]string, item string, el []byte, empty, intern bool) error {
	return s.elements(el, empty, func(n []byte, e bool) error {
		if string(n) == item {
			return s.add(dst, n, e, intern)
		}
		return s.skip(n, e)
	})
}

// parseFast reads a whole census file held in b; see parse.
func parseFast(b []byte) (*Return, bool, error) {
	s := newScanner(b)
	s.eof = true
	return s.parse()
}

// parseStream reads a census file from r through a window of about window
// bytes, so a large file is never held whole: the window is refilled
// between top-level tokens, and grown when one <Header> or <Child> is
// larger than it. A cut that falls inside anything else makes the scanner
// give up (errSlow) like any other surprise.
func parseStream(r io.Reader, window int) (*Return, bool, error) {
	s := newScanner(make([]byte, 0, window))
	s.r, s.low = r, max(window/4, 1)
	return s.parse()
}

// refill moves the unread bytes to the front of the window and reads more;
// grow doubles the window first when it is full.
func (s *scanner) refill(grow bool) error {
	n := copy(s.b[:cap(s.b)], s.b[s.i:])
	buf := s.b[:cap(s.b)]
	if grow && n == len(buf) {
		buf = make([]byte, 2*len(buf)+1)
		copy(buf, s.b[s.i:])
	}
	s.i = 0
	m, err := io.ReadFull(s.r, buf[n:])
	s.b = buf[:n+m]
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		s.eof = true
		return nil
	}
	if err != nil {
		return fmt.Errorf("cin census: %w", err)
	}
	return nil
}

// ensure reads on until the window holds end (the closing tag of the
// element just started) or the file ends.
func (s *scanner) ensure(end []byte) error {
	for !s.eof && bytes.Index(s.b[s.i:], end) < 0 {
		if err := s.refill(true); err != nil {
			return err
		}
	}
	return nil
}

var (
	nameHeader = []byte("Header")
	nameChild  = []byte("Child")
	endHeader  = []byte("</Header>")
	endChild   = []byte("</Child>")
)

// parse reads the census file, as Parse's encoding/xml loop does: <Message>
// anywhere marks a census file, <Header> and <Child> are read wherever they
// are (outside one another), and other elements are walked through. It
// returns errSlow where it cannot be sure of that.
func (s *scanner) parse() (*Return, bool, error) {
	ret := &Return{}
	sawMessage := false
	var open []string // kept as strings: the window moves under them
	for {
		if !s.eof && len(s.b)-s.i < s.low {
			if err := s.refill(false); err != nil {
				return nil, false, err
			}
		}
		if err := s.next(); err != nil {
			return nil, false, err
		}
		switch s.kind {
		case tokEOF:
			if len(open) > 0 {
				return nil, false, errSlow
			}
			return ret, sawMessage, nil
		case tokEnd:
			if len(open) == 0 || open[len(open)-1] != string(s.name) {
				return nil, false, errSlow
			}
			open = open[:len(open)-1]
		case tokStart:
			switch string(s.name) {
			case "Header":
				if !s.empty {
					if err := s.ensure(endHeader); err != nil {
						return nil, false, err
					}
				}
				if err := s.header(&ret.Header, nameHeader, s.empty); err != nil {
					return nil, false, err
				}
				continue
			case "Child":
				if !s.empty {
					if err := s.ensure(endChild); err != nil {
						return nil, false, err
					}
				}
				c := &Child{}
				if err := s.child(c, nameChild, s.empty); err != nil {
					return nil, false, err
				}
				ret.Children = append(ret.Children, c)
				continue
			case "Message":
				sawMessage = true
			}
			if !s.empty {
				open = append(open, string(s.name))
			}
		}
	}
}

func (s *scanner) header(h *Header, el []byte, empty bool) error {
	return s.elements(el, empty, func(n []byte, e bool) error {
		switch string(n) {
		case "CollectionDetails":
			return s.elements(n, e, func(n []byte, e bool) error {
				switch string(n) {
				case "Collection":
					return s.set(&h.Collection, n, e, false)
				case "Year":
					return s.set(&h.Year, n, e, false)
				case "ReferenceDate":
					return s.set(&h.ReferenceDate, n, e, false)
				}
				return s.skip(n, e)
			})
		case "Source":
			return s.elements(n, e, func(n []byte, e bool) error {
				switch string(n) {
				case "SourceLevel":
					return s.set(&h.SourceLevel, n, e, false)
				case "LEA":
					return s.set(&h.LEA, n, e, false)
				case "SoftwareCode":
					return s.set(&h.SoftwareCode, n, e, false)
				case "Release":
					return s.set(&h.Release, n, e, false)
				case "SerialNo":
					return s.set(&h.SerialNo, n, e, false)
				case "DateTime":
					return s.set(&h.DateTime, n, e, false)
				}
				return s.skip(n, e)
			})
		}
		return s.skip(n, e)
	})
}

func (s *scanner) child(c *Child, el []byte, empty bool) error {
	err := s.elements(el, empty, func(n []byte, e bool) error {
		switch string(n) {
		case "ChildIdentifiers":
			id := &c.Identifiers
			return s.elements(n, e, func(n []byte, e bool) error {
				switch string(n) {
				case "LAchildID":
					return s.set(&id.LAchildID, n, e, false)
				case "UPN":
					return s.set(&id.UPN, n, e, false)
				case "FormerUPN":
					return s.set(&id.FormerUPN, n, e, false)
				case "UPNunknown":
					return s.set(&id.UPNunknown, n, e, true)
				case "PersonBirthDate":
					return s.set(&id.PersonBirthDate, n, e, true)
				case "ExpectedPersonBirthDate":
					return s.set(&id.ExpectedPersonBirthDate, n, e, true)
				case "GenderCurrent":
					return s.set(&id.GenderCurrent, n, e, true)
				case "Sex":
					return s.set(&id.Sex, n, e, true)
				case "PersonDeathDate":
					return s.set(&id.PersonDeathDate, n, e, true)
				}
				return s.skip(n, e)
			})
		case "ChildCharacteristics":
			ch := &c.Characteristics
			return s.elements(n, e, func(n []byte, e bool) error {
				switch string(n) {
				case "Ethnicity":
					return s.set(&ch.Ethnicity, n, e, true)
				case "Disabilities":
					return s.list(&ch.Disabilities, "Disability", n, e, true)
				}
				return s.skip(n, e)
			})
		case "CINdetails":
			d := &CINdetails{}
			c.CINdetails = append(c.CINdetails, d)
			return s.episode(d, n, e)
		}
		return s.skip(n, e)
	})
	if err != nil {
		return err
	}
	trimChild(c)
	return nil
}

func (s *scanner) episode(d *CINdetails, el []byte, empty bool) error {
	return s.elements(el, empty, func(n []byte, e bool) error {
		switch string(n) {
		case "CINreferralDate":
			return s.set(&d.CINreferralDate, n, e, true)
		case "ReferralSource":
			return s.set(&d.ReferralSource, n, e, true)
		case "PrimaryNeedCode":
			return s.set(&d.PrimaryNeedCode, n, e, true)
		case "CINclosureDate":
			return s.set(&d.CINclosureDate, n, e, true)
		case "ReasonForClosure":
			return s.set(&d.ReasonForClosure, n, e, true)
		case "DateOfInitialCPC":
			return s.set(&d.DateOfInitialCPC, n, e, true)
		case "ReferralNFA":
			return s.set(&d.ReferralNFA, n, e, true)
		case "Assessments":
			a := &Assessment{}
			d.Assessments = append(d.Assessments, a)
			return s.elements(n, e, func(n []byte, e bool) error {
				switch string(n) {
				case "AssessmentActualStartDate":
					return s.set(&a.AssessmentActualStartDate, n, e, true)
				case "AssessmentInternalReviewDate":
					return s.set(&a.AssessmentInternalReviewDate, n, e, true)
				case "AssessmentAuthorisationDate":
					return s.set(&a.AssessmentAuthorisationDate, n, e, true)
				case "FactorsIdentifiedAtAssessment":
					return s.list(&a.Factors, "AssessmentFactors", n, e, true)
				}
				return s.skip(n, e)
			})
		case "CINPlanDates":
			p := &CINPlanDates{}
			d.CINPlanDates = append(d.CINPlanDates, p)
			return s.elements(n, e, func(n []byte, e bool) error {
				switch string(n) {
				case "CINPlanStartDate":
					return s.set(&p.CINPlanStartDate, n, e, true)
				case "CINPlanEndDate":
					return s.set(&p.CINPlanEndDate, n, e, true)
				}
				return s.skip(n, e)
			})
		case "Section47":
			p := &Section47{}
			d.Section47 = append(d.Section47, p)
			return s.elements(n, e, func(n []byte, e bool) error {
				switch string(n) {
				case "S47ActualStartDate":
					return s.set(&p.S47ActualStartDate, n, e, true)
				case "InitialCPCtarget":
					return s.set(&p.InitialCPCtarget, n, e, true)
				case "DateOfInitialCPC":
					return s.set(&p.DateOfInitialCPC, n, e, true)
				case "ICPCnotRequired":
					return s.set(&p.ICPCnotRequired, n, e, true)
				}
				return s.skip(n, e)
			})
		case "ChildProtectionPlans":
			p := &ChildProtectionPlan{}
			d.ChildProtectionPlans = append(d.ChildProtectionPlans, p)
			return s.elements(n, e, func(n []byte, e bool) error {
				switch string(n) {
				case "CPPstartDate":
					return s.set(&p.CPPstartDate, n, e, true)
				case "CPPendDate":
					return s.set(&p.CPPendDate, n, e, true)
				case "InitialCategoryOfAbuse":
					return s.set(&p.InitialCategoryOfAbuse, n, e, true)
				case "LatestCategoryOfAbuse":
					return s.set(&p.LatestCategoryOfAbuse, n, e, true)
				case "NumberOfPreviousCPP":
					return s.set(&p.NumberOfPreviousCPP, n, e, true)
				case "Reviews":
					return s.list(&p.Reviews, "CPPreviewDate", n, e, true)
				}
				return s.skip(n, e)
			})
		}
		return s.skip(n, e)
	})
}

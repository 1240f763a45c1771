package ssda903

// The SSDA903 XML layout, as councils' case-management systems export it:
//
//	<EXPSSDA903>
//	  <CHILD>
//	    <HEADER>
//	      <CHILDID/> <UPN/> <SEX/> <DOB/> <ETHNIC/> <UASC/> <DUC/> <MOTHER/> <MC_DOB/>
//	      <IN_TOUCH/> <ACTIV/> <ACCOM/>                                  (care leavers: OC3)
//	      <DATE_INT/> <DATE_MATCH/> <FOSTER_CARE/> <NB_ADOPTR/> ...      (adopted: AD1)
//	      <AREVIEW>…</AREVIEW>  <AMISSING>…</AMISSING>  <OC2>…</OC2>
//	      <PERMANENCE>…</PERMANENCE>  <AD_PLACED>…</AD_PLACED>
//	    </HEADER>
//	    <EPISODE> <DECOM/> <RNE/> … <PL/> … </EPISODE> …
//	  </CHILD> …
//	</EXPSSDA903>
//
// It is read into the same tables, with the same columns, as the CSV files,
// so every rule runs unchanged: CHILDID becomes CHILD and PL becomes PLACE,
// and rows of the nested tables take the child's CHILD and DOB (and SEX, for
// UASC) from its HEADER, as the sector validator's ingest does. The Header
// table also keeps the XML's UASC element as a UASC column, which the CSV
// Header lacks; rule 105 checks it.

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// xmlRoot is the root element of an SSDA903 XML return.
const xmlRoot = "EXPSSDA903"

// xmlGroup is an element whose leaves make one row of a table.
type xmlGroup struct {
	elem  string
	table TableID
	cols  map[string]int // leaf element -> column in the table's standard columns
}

// newXMLGroup maps the leaves to the table's columns; an element named as its
// column needs no entry in rename.
func newXMLGroup(elem string, id TableID, rename map[string]string, leaves ...string) *xmlGroup {
	g := &xmlGroup{elem: elem, table: id, cols: map[string]int{}}
	std := specs[id].cols
	for _, l := range leaves {
		col := l
		if r, ok := rename[l]; ok {
			col = r
		}
		i := indexOf(std, col)
		if i < 0 {
			panic("ssda903: no column " + col + " in " + id.String())
		}
		g.cols[l] = i
	}
	return g
}

func indexOf(list []string, s string) int {
	for i, v := range list {
		if v == s {
			return i
		}
	}
	return -1
}

// The groups nested in HEADER, and EPISODE under CHILD.
var (
	xmlEpisode = newXMLGroup("EPISODE", Episodes, map[string]string{"PL": "PLACE"},
		"DECOM", "RNE", "LS", "CIN", "PL", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN")
	xmlHeaderGroups = map[string]*xmlGroup{
		"AREVIEW":    newXMLGroup("AREVIEW", Reviews, nil, "REVIEW", "REVIEW_CODE"),
		"AMISSING":   newXMLGroup("AMISSING", Missing, nil, "MISSING", "MIS_START", "MIS_END"),
		"PERMANENCE": newXMLGroup("PERMANENCE", PrevPerm, nil, "PREV_PERM", "LA_PERM", "DATE_PERM"),
		"AD_PLACED":  newXMLGroup("AD_PLACED", PlacedAdoption, nil, "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"),
		"OC2": newXMLGroup("OC2", OC2, nil, "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
			"HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"),
	}
)

// xmlHeaderLeaves are the leaf elements of HEADER, by position in a child's
// header values.
var xmlHeaderLeaves = [...]string{"CHILDID", "UPN", "SEX", "DOB", "ETHNIC", "UASC", "DUC", "MOTHER", "MC_DOB",
	"IN_TOUCH", "ACTIV", "ACCOM", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"}

var xmlHeaderLeaf = func() map[string]int {
	m := make(map[string]int, len(xmlHeaderLeaves))
	for i, l := range xmlHeaderLeaves {
		m[l] = i
	}
	return m
}()

// The tables a child's HEADER leaves fill, beside Header itself: a child has
// a row in one when any of its items is given.
var xmlHeaderTables = []TableID{UASC, OC3, AD1}

// xmlTables are the tables an XML return supplies, present even when empty,
// as in the sector validator. Social-worker episodes and deprivation-of-
// liberty orders have no element in this layout.
var xmlTables = []TableID{Header, Episodes, UASC, Reviews, OC2, OC3, AD1, PlacedAdoption, PrevPerm, Missing}

// xmlHeaderCols are the Header table's columns in an XML return: the CSV
// columns and the UASC flag.
var xmlHeaderCols = append(specs[Header].cols[:len(specs[Header].cols):len(specs[Header].cols)], "UASC")

// LoadXML reads an SSDA903 return in the XML layout. Problems with the file
// (malformed XML, unknown or misplaced elements, a child without CHILDID) are
// recorded in Return.Problems with their line; the children read before a
// malformation are kept. The error is for I/O failures and for a file that is
// not an SSDA903 XML return at all.
func LoadXML(path string) (*Return, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := ReadXML(f, filepath.Base(path))
	if err != nil {
		return nil, fmt.Errorf("ssda903: %s: %w", path, err)
	}
	r.Dir = path
	return r, nil
}

// ReadXML reads an SSDA903 XML return from rd; name is the file's name, for
// Problems. See LoadXML.
func ReadXML(rd io.Reader, name string) (*Return, error) {
	src := &readErr{r: bufio.NewReaderSize(rd, 64<<10)}
	x := &xmlReader{d: xml.NewDecoder(src), name: name, ret: &Return{}}
	x.d.CharsetReader = charsetReader
	err := x.read()
	if src.err != nil {
		return nil, src.err
	}
	if err != nil {
		return nil, err
	}
	return x.ret, nil
}

// readErr remembers the first error of the underlying reader, so that I/O
// failures are told apart from malformed XML.
type readErr struct {
	r   io.Reader
	err error
}

func (e *readErr) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	if err != nil && err != io.EOF && e.err == nil {
		e.err = err
	}
	return n, err
}

// charsetReader accepts the encodings an SSDA903 export declares: ASCII (a
// subset of UTF-8) and ISO-8859-1 / Windows-1252, whose bytes are converted.
func charsetReader(label string, in io.Reader) (io.Reader, error) {
	switch strings.ToLower(label) {
	case "us-ascii", "ascii", "utf8":
		return in, nil
	case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "windows-1252", "cp1252":
		return &latin1Reader{r: bufio.NewReader(in)}, nil
	}
	return nil, fmt.Errorf("unsupported encoding %q (use UTF-8)", label)
}

// latin1Reader converts ISO-8859-1 bytes to UTF-8 (Windows-1252's extra
// characters, quotes and dashes, are read as their Latin-1 code points).
type latin1Reader struct {
	r   io.ByteReader
	buf []byte
}

func (l *latin1Reader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		if len(l.buf) > 0 {
			c := copy(p[n:], l.buf)
			n += c
			l.buf = l.buf[c:]
			continue
		}
		b, err := l.r.ReadByte()
		if err != nil {
			if n > 0 {
				return n, nil
			}
			return 0, err
		}
		if b < utf8.RuneSelf {
			p[n] = b
			n++
			continue
		}
		l.buf = utf8.AppendRune(l.buf[:0], rune(b))
	}
	return n, nil
}

// xmlReader reads the document token by token, one child at a time: a child's
// values are gathered in arena and written to the tables when its CHILD ends,
// so memory is the tables plus one child, whatever the file's size.
type xmlReader struct {
	d    *xml.Decoder
	name string
	ret  *Return

	arena []byte                     // the current child's values
	head  [len(xmlHeaderLeaves)]span // its HEADER leaves, by xmlHeaderLeaf
	rows  []xmlRow                   // its rows of Episodes and of the HEADER groups
	cells []span                     // the cells of rows
	vals  []string                   // scratch for appendRow
	line0 int                        // the line of the current CHILD
	stop  error                      // set when the document cannot be read further
}

// span is a value's text in the arena; set records that its element was read
// (an empty one included), to report a repeated element.
type span struct {
	start, end uint32
	set        bool
}

// xmlRow is one row of a child's, its cells at cells[off:off+width].
type xmlRow struct {
	table TableID
	off   int
	line  int
}

func (x *xmlReader) line() int {
	l, _ := x.d.InputPos()
	return l
}

func (x *xmlReader) problem(line int, format string, args ...any) {
	x.ret.Problems = append(x.ret.Problems, Problem{File: x.name, Line: line, Message: fmt.Sprintf(format, args...)})
}

// token returns the next token, or nil once the document is malformed (the
// Problem is recorded once).
func (x *xmlReader) token() xml.Token {
	if x.stop != nil {
		return nil
	}
	tok, err := x.d.Token()
	if err != nil {
		x.stop = err
		var se *xml.SyntaxError
		switch {
		case errors.As(err, &se):
			x.problem(se.Line, "malformed XML: %s; nothing after this point was read", se.Msg)
		case err == io.EOF:
			x.problem(x.line(), "the file ends before the %s element is closed; nothing after this point was read", xmlRoot)
		default:
			x.problem(x.line(), "%v; nothing after this point was read", err)
		}
		return nil
	}
	return tok
}

// skip passes over the rest of an element whose start has been read.
func (x *xmlReader) skip() {
	if x.stop != nil {
		return
	}
	if err := x.d.Skip(); err != nil {
		x.stop = err
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			x.problem(se.Line, "malformed XML: %s; nothing after this point was read", se.Msg)
		} else {
			x.problem(x.line(), "%v; nothing after this point was read", err)
		}
	}
}

// unexpected records an element that has no place where it is, and skips it.
func (x *xmlReader) unexpected(el xml.StartElement, in, want string) {
	x.problem(x.line(), "unexpected element <%s> in <%s> (%s); ignored", el.Name.Local, in, want)
	x.skip()
}

// text records stray non-blank text in a group element.
func (x *xmlReader) text(cd xml.CharData, in string) {
	if t := bytes.TrimSpace(cd); len(t) > 0 {
		if len(t) > 40 {
			t = append(t[:37:37], "..."...)
		}
		x.problem(x.line(), "unexpected text %q in <%s>; ignored", t, in)
	}
}

func (x *xmlReader) read() error {
	// the root element
	for {
		tok := x.token()
		if tok == nil {
			if len(x.ret.Problems) > 0 && x.stop != io.EOF {
				return errors.New(x.ret.Problems[len(x.ret.Problems)-1].String())
			}
			return errors.New("no XML element found: not an SSDA903 XML return")
		}
		if el, ok := tok.(xml.StartElement); ok {
			if el.Name.Local != xmlRoot {
				return fmt.Errorf("root element <%s> is not <%s>: not an SSDA903 XML return", el.Name.Local, xmlRoot)
			}
			break
		}
	}
	for _, id := range xmlTables {
		t := NewTable(id)
		t.File = x.name
		if id == Header {
			t.setCols(xmlHeaderCols)
		}
		x.ret.Tables[id] = t
	}
	for {
		switch tok := x.token().(type) {
		case nil:
			return nil
		case xml.EndElement:
			return nil // </EXPSSDA903>; anything after the root is not read
		case xml.CharData:
			x.text(tok, xmlRoot)
		case xml.StartElement:
			if tok.Name.Local != "CHILD" {
				x.unexpected(tok, xmlRoot, "want CHILD")
				continue
			}
			x.child()
		}
	}
}

// child reads one CHILD and, when it is complete, adds its rows.
func (x *xmlReader) child() {
	x.arena, x.rows, x.cells = x.arena[:0], x.rows[:0], x.cells[:0]
	x.head = [len(x.head)]span{}
	x.line0 = x.line()
	headers := 0
	for {
		switch tok := x.token().(type) {
		case nil:
			return // malformed: the partial child is dropped
		case xml.EndElement:
			if headers == 0 {
				x.problem(x.line0, "CHILD has no HEADER; child ignored")
				return
			}
			x.flush()
			return
		case xml.CharData:
			x.text(tok, "CHILD")
		case xml.StartElement:
			switch tok.Name.Local {
			case "HEADER":
				if headers++; headers > 1 {
					x.problem(x.line(), "second <HEADER> in CHILD; ignored")
					x.skip()
					continue
				}
				x.header()
			case "EPISODE":
				x.group(xmlEpisode)
			default:
				x.unexpected(tok, "CHILD", "want HEADER or EPISODE")
			}
		}
	}
}

func (x *xmlReader) header() {
	for {
		switch tok := x.token().(type) {
		case nil, xml.EndElement:
			return
		case xml.CharData:
			x.text(tok, "HEADER")
		case xml.StartElement:
			if i, ok := xmlHeaderLeaf[tok.Name.Local]; ok {
				x.leaf(tok.Name.Local, "HEADER", &x.head[i])
			} else if g := xmlHeaderGroups[tok.Name.Local]; g != nil {
				x.group(g)
			} else {
				x.unexpected(tok, "HEADER", "not an SSDA903 item")
			}
		}
	}
}

// group reads one element of g as a row of its table.
func (x *xmlReader) group(g *xmlGroup) {
	width := len(specs[g.table].cols)
	off := len(x.cells)
	x.rows = append(x.rows, xmlRow{table: g.table, off: off, line: x.line()})
	for range width {
		x.cells = append(x.cells, span{})
	}
	for {
		switch tok := x.token().(type) {
		case nil, xml.EndElement:
			return
		case xml.CharData:
			x.text(tok, g.elem)
		case xml.StartElement:
			if i, ok := g.cols[tok.Name.Local]; ok {
				x.leaf(tok.Name.Local, g.elem, &x.cells[off+i])
			} else {
				x.unexpected(tok, g.elem, "not an item of "+g.table.String())
			}
		}
	}
}

// leaf reads the text of a leaf element into dst.
func (x *xmlReader) leaf(name, in string, dst *span) {
	if dst.set {
		x.problem(x.line(), "repeated <%s> in <%s>; the last is kept", name, in)
	}
	start := len(x.arena)
	for {
		switch tok := x.token().(type) {
		case nil:
			return
		case xml.EndElement:
			raw := x.arena[start:]
			left := bytes.TrimLeftFunc(raw, unicode.IsSpace)
			s := start + len(raw) - len(left)
			*dst = span{start: uint32(s), end: uint32(s + len(bytes.TrimRightFunc(left, unicode.IsSpace))), set: true}
			return
		case xml.CharData:
			x.arena = append(x.arena, tok...)
		case xml.StartElement:
			x.unexpected(tok, name, "a single value is expected")
		}
	}
}

func (x *xmlReader) str(s span) string {
	if s.end == s.start {
		return ""
	}
	return unsafe.String(&x.arena[s.start], int(s.end-s.start))
}

func (x *xmlReader) headVal(leaf string) string { return x.str(x.head[xmlHeaderLeaf[leaf]]) }

// flush writes the current child's rows to the tables.
func (x *xmlReader) flush() {
	child := x.headVal("CHILDID")
	if child == "" {
		x.problem(x.line0, "CHILD has no CHILDID in its HEADER; child ignored")
		return
	}
	add := func(id TableID, vals []string, line int) {
		if !x.ret.Tables[id].appendRow(vals) {
			x.problem(line, "%s row of child %s longer than %d bytes; row skipped", id, child, maxRowText)
		}
	}
	// Header, and the tables filled from HEADER's own leaves
	h := x.ret.Tables[Header]
	x.vals = x.vals[:0]
	for _, c := range h.Cols {
		leaf := c
		if c == "CHILD" {
			leaf = "CHILDID"
		}
		x.vals = append(x.vals, x.headVal(leaf))
	}
	add(Header, x.vals, x.line0)
	for _, id := range xmlHeaderTables {
		if !x.hasHeaderItems(id) {
			continue
		}
		x.vals = x.vals[:0]
		for _, c := range specs[id].cols {
			if c == "CHILD" {
				x.vals = append(x.vals, child)
			} else {
				x.vals = append(x.vals, x.headVal(c))
			}
		}
		add(id, x.vals, x.line0)
	}
	// the nested rows, which take CHILD and DOB from the header
	for _, r := range x.rows {
		cols := specs[r.table].cols
		x.vals = x.vals[:0]
		for i, c := range cols {
			switch c {
			case "CHILD":
				x.vals = append(x.vals, child)
			case "DOB":
				x.vals = append(x.vals, x.headVal("DOB"))
			default:
				x.vals = append(x.vals, x.str(x.cells[r.off+i]))
			}
		}
		add(r.table, x.vals, r.line)
	}
}

// hasHeaderItems reports whether the child has a row in id, one of the
// tables filled from HEADER's own leaves. A UASC row is a child who is or was
// unaccompanied asylum-seeking: UASC 1, or a date UASC status ceased. (The
// sector validator makes one for any non-blank UASC, 0 included; 0 means not
// UASC.) An OC3 or AD1 row is any of its items given.
func (x *xmlReader) hasHeaderItems(id TableID) bool {
	if id == UASC {
		return x.headVal("UASC") == "1" || x.headVal("DUC") != ""
	}
	for _, c := range specs[id].cols {
		if c != "CHILD" && c != "DOB" && c != "SEX" && x.headVal(c) != "" {
			return true
		}
	}
	return false
}

// xmlSource tells Load whether path is an XML return: a .xml file, or a
// folder holding one .xml file and no .csv file. It returns "" for a folder
// of CSV files.
func xmlSource(path string) (string, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return "", err
	}
	if !fi.IsDir() {
		if strings.EqualFold(filepath.Ext(path), ".xml") {
			return path, nil
		}
		return "", fmt.Errorf("ssda903: %s is neither a folder of CSV files nor an .xml file", path)
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		return "", err
	}
	var xmls []string
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		switch strings.ToLower(filepath.Ext(e.Name())) {
		case ".csv":
			return "", nil
		case ".xml":
			xmls = append(xmls, e.Name())
		}
	}
	switch len(xmls) {
	case 0:
		return "", nil
	case 1:
		return filepath.Join(path, xmls[0]), nil
	}
	return "", fmt.Errorf("ssda903: %s holds %d .xml files and no CSV files: give the path of the one to read", path, len(xmls))
}

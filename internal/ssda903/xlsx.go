package ssda903

// A minimal reader for the Ofsted provider lists, which Ofsted publishes as
// Excel workbooks. An .xlsx file is a zip of XML parts: the workbook names
// the sheets, its relationships part says which file holds each, shared
// strings hold most text, and each sheet lists its rows' cells by reference
// (B2). Only what the URN rules need is read: cell text, and numbers as
// written (dates are day counts, see excelDay).

import (
	"archive/zip"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
)

// xlsxSheet is one worksheet: its name and its rows of cell text, each row
// as wide as its last non-empty cell.
type xlsxSheet struct {
	name string
	rows [][]string
}

// readXLSX reads every worksheet of the workbook in zr, in workbook order.
func readXLSX(zr *zip.Reader) ([]xlsxSheet, error) {
	files := make(map[string]*zip.File, len(zr.File))
	for _, f := range zr.File {
		files[strings.TrimPrefix(f.Name, "/")] = f
	}
	parse := func(name string, v any) error {
		f := files[name]
		if f == nil {
			return fmt.Errorf("no %s in the workbook", name)
		}
		rc, err := f.Open()
		if err != nil {
			return err
		}
		defer rc.Close()
		if err := xml.NewDecoder(rc).Decode(v); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		return nil
	}
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := parse("xl/workbook.xml", &wb); err != nil {
		return nil, err
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := parse("xl/_rels/workbook.xml.rels", &rels); err != nil {
		return nil, err
	}
	target := map[string]string{}
	for _, r := range rels.Rels {
		t := r.Target
		if strings.HasPrefix(t, "/") {
			t = strings.TrimPrefix(t, "/")
		} else {
			t = path.Join("xl", t)
		}
		target[r.ID] = t
	}
	var shared []string
	if files["xl/sharedStrings.xml"] != nil {
		var err error
		if shared, err = readSharedStrings(files["xl/sharedStrings.xml"]); err != nil {
			return nil, err
		}
	}
	var out []xlsxSheet
	for _, s := range wb.Sheets {
		f := files[target[s.RID]]
		if f == nil {
			return nil, fmt.Errorf("sheet %q: no part %q in the workbook", s.Name, target[s.RID])
		}
		rows, err := readSheetRows(f, shared)
		if err != nil {
			return nil, fmt.Errorf("sheet %q: %w", s.Name, err)
		}
		out = append(out, xlsxSheet{name: s.Name, rows: rows})
	}
	return out, nil
}

// readSharedStrings reads the shared string table: each item's text is the
// concatenation of its text runs (rich text has several).
func readSharedStrings(f *zip.File) ([]string, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	var out []string
	var b strings.Builder
	inItem, inText, inPhonetic := false, false, false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("shared strings: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "si":
				inItem = true
				b.Reset()
			case "t":
				inText = inItem && !inPhonetic
			case "rPh": // phonetic hints are not part of the text
				inPhonetic = true
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "si":
				out = append(out, b.String())
				inItem = false
			case "t":
				inText = false
			case "rPh":
				inPhonetic = false
			}
		case xml.CharData:
			if inText {
				b.Write(t)
			}
		}
	}
}

// readSheetRows reads a worksheet's cells into rows of text. Shared and
// inline strings are resolved; other cells keep their value as written.
func readSheetRows(f *zip.File, shared []string) ([][]string, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	var rows [][]string
	var row []string
	var cellType string
	col := 0
	var val strings.Builder
	inValue := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "row":
				row = nil
				col = 0
			case "c":
				cellType = ""
				ref := ""
				for _, a := range t.Attr {
					switch a.Name.Local {
					case "t":
						cellType = a.Value
					case "r":
						ref = a.Value
					}
				}
				if ref != "" {
					col = xlsxColumn(ref)
				}
				val.Reset()
			case "v", "t":
				inValue = true
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "v", "t":
				inValue = false
			case "c":
				v := val.String()
				if cellType == "s" {
					i, err := strconv.Atoi(v)
					if err != nil || i < 0 || i >= len(shared) {
						return nil, fmt.Errorf("bad shared string index %q", v)
					}
					v = shared[i]
				}
				if v != "" {
					for len(row) <= col {
						row = append(row, "")
					}
					row[col] = v
				}
				col++
			case "row":
				rows = append(rows, row)
			}
		case xml.CharData:
			if inValue {
				val.Write(t)
			}
		}
	}
}

// xlsxColumn gives the 0-based column of a cell reference such as "AB12".
func xlsxColumn(ref string) int {
	n := 0
	for i := 0; i < len(ref); i++ {
		c := ref[i]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		if c < 'A' || c > 'Z' {
			break
		}
		n = n*26 + int(c-'A'+1)
	}
	return n - 1
}

// excelDay converts a date cell: Excel's day number (1 is 1 January 1900,
// counting the 29 February 1900 Excel wrongly keeps, so from 1 March 1900 on
// day n is n days after 30 December 1899), or text in DD/MM/YYYY. Anything
// else (blank, "-") gives the zero Day.
func excelDay(s string) Day {
	if d := ParseDay(s); d.Valid() {
		return d
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f < 61 || f > 2958465 { // 1 March 1900 to 31 December 9999
		return 0
	}
	return MakeDay(1899, 12, 30).AddDays(int(f))
}

package ssda903

func init() {
	// 105: "Data entry for Unaccompanied Asylum-Seeking Children (UASC) status
	// of child is invalid or has not been completed." Only the XML layout
	// carries the child's UASC flag (a Header UASC column, see LoadXML): it
	// must be 0 or 1, and a blank fails. The CSV files have no such item (the
	// UASC table's rows are the UASC children), so nothing fails there.
	register(&Rule{Code: "105", Description: "Data entry for Unaccompanied Asylum-Seeking Children (UASC) status of child is invalid or has not been completed.",
		Tables: []TableID{Header}, Fields: []string{"UASC"},
		Check: func(c *Context) {
			t := c.Cur.Tables[Header]
			col := t.Col("UASC")
			if col < 0 {
				return
			}
			for row := 0; row < t.Len(); row++ {
				if v := t.Cell(row, col); v != "0" && v != "1" {
					c.Flag(Header, row, "UASC", "")
				}
			}
		}})
}

// Command ourchild is the children's services case record: one binary that serves the pages
// and API, migrates the store, generates demo data and manages user accounts.
//
// Usage:
//
//	ourchild serve [--demo] [--db PATH|URL] [--addr HOST:PORT]
//	ourchild migrate [--db …]
//	ourchild demo [--size N] [--seed S] [--db …]
//	ourchild user add|list|disable|enable|reset-password …
//	ourchild version
//	ourchild validate cin-census FILE | ssda903 DIR
//	ourchild report cin-census --out FILE [--year YYYY] [--la NNN] [--force]
package main

import (
	"fmt"
	"os"
)

func main() {
	if len(os.Args) < 2 {
		usage()
		os.Exit(2)
	}
	cmds := map[string]func([]string) error{
		"serve": serve, "migrate": migrate, "demo": demoCmd, "user": userCmd, "version": version,
		"validate": validateCmd, "report": reportCmd,
	}
	run, ok := cmds[os.Args[1]]
	if !ok {
		usage()
		os.Exit(2)
	}
	if err := run(os.Args[2:]); err != nil {
		fmt.Fprintln(os.Stderr, "ourchild:", err)
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprint(os.Stderr, `ourchild: children's services case record

Commands:
  serve     serve the pages and API (--demo fills an empty store with a synthetic council)
  migrate   apply database migrations
  demo      generate a synthetic council into the store (--size persons)
  user      add, list, disable, enable or reset-password user accounts
  version   print the version
  validate  check a statutory return file (cin-census FILE [--format json])
  report    produce a statutory return from the records (cin-census --out FILE [--year YYYY] [--la NNN];
            ssda903 --out DIR [--year YYYY])

Every command takes --db (or OURCHILD_DB): a SQLite file path (default ourchild.db) or a
postgres:// URL. Run "ourchild COMMAND -h" for a command's flags. See docs/configuration.md.
`)
}

package workday

import "ourchild/internal/date"

// shipped holds the England and Wales bank holidays for 2022 to 2027 exactly as listed in
// rules.md §1.2 (taken from the GOV.UK feed https://www.gov.uk/bank-holidays.json, division
// "england-and-wales", via the DfE CIN-census validator csc-validator-be-cin). It is seed data:
// refresh it from the feed (ParseFeed, Calendar.AddNamedHolidays) and keep history.
var shipped = []Holiday{
	// 2022 (10): includes the Platinum Jubilee and the State Funeral of Queen Elizabeth II.
	h("2022-01-03", "New Year’s Day", "Substitute day"),
	h("2022-04-15", "Good Friday", ""),
	h("2022-04-18", "Easter Monday", ""),
	h("2022-05-02", "Early May bank holiday", ""),
	h("2022-06-02", "Spring bank holiday", ""),
	h("2022-06-03", "Platinum Jubilee bank holiday", ""),
	h("2022-08-29", "Summer bank holiday", ""),
	h("2022-09-19", "Bank Holiday for the State Funeral of Queen Elizabeth II", ""),
	h("2022-12-26", "Boxing Day", ""),
	h("2022-12-27", "Christmas Day", "Substitute day"),

	// 2023 (9): includes the Coronation.
	h("2023-01-02", "New Year’s Day", "Substitute day"),
	h("2023-04-07", "Good Friday", ""),
	h("2023-04-10", "Easter Monday", ""),
	h("2023-05-01", "Early May bank holiday", ""),
	h("2023-05-08", "Bank holiday for the coronation of King Charles III", ""),
	h("2023-05-29", "Spring bank holiday", ""),
	h("2023-08-28", "Summer bank holiday", ""),
	h("2023-12-25", "Christmas Day", ""),
	h("2023-12-26", "Boxing Day", ""),

	// 2024 (8)
	h("2024-01-01", "New Year’s Day", ""),
	h("2024-03-29", "Good Friday", ""),
	h("2024-04-01", "Easter Monday", ""),
	h("2024-05-06", "Early May bank holiday", ""),
	h("2024-05-27", "Spring bank holiday", ""),
	h("2024-08-26", "Summer bank holiday", ""),
	h("2024-12-25", "Christmas Day", ""),
	h("2024-12-26", "Boxing Day", ""),

	// 2025 (8)
	h("2025-01-01", "New Year’s Day", ""),
	h("2025-04-18", "Good Friday", ""),
	h("2025-04-21", "Easter Monday", ""),
	h("2025-05-05", "Early May bank holiday", ""),
	h("2025-05-26", "Spring bank holiday", ""),
	h("2025-08-25", "Summer bank holiday", ""),
	h("2025-12-25", "Christmas Day", ""),
	h("2025-12-26", "Boxing Day", ""),

	// 2026 (8): Boxing Day falls on a Saturday, so Monday 28 December is the substitute.
	h("2026-01-01", "New Year’s Day", ""),
	h("2026-04-03", "Good Friday", ""),
	h("2026-04-06", "Easter Monday", ""),
	h("2026-05-04", "Early May bank holiday", ""),
	h("2026-05-25", "Spring bank holiday", ""),
	h("2026-08-31", "Summer bank holiday", ""),
	h("2026-12-25", "Christmas Day", ""),
	h("2026-12-28", "Boxing Day", "Substitute day"),

	// 2027 (8): Christmas Day and Boxing Day fall at the weekend; both are substituted.
	h("2027-01-01", "New Year’s Day", ""),
	h("2027-03-26", "Good Friday", ""),
	h("2027-03-29", "Easter Monday", ""),
	h("2027-05-03", "Early May bank holiday", ""),
	h("2027-05-31", "Spring bank holiday", ""),
	h("2027-08-30", "Summer bank holiday", ""),
	h("2027-12-27", "Christmas Day", "Substitute day"),
	h("2027-12-28", "Boxing Day", "Substitute day"),
}

func h(iso, title, notes string) Holiday {
	return Holiday{Date: date.MustParse(iso), Title: title, Notes: notes}
}

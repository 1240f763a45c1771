package workday

import (
	"encoding/json"
	"errors"
	"fmt"

	"ourchild/internal/date"
)

// FeedDivision is the key of the England and Wales division in the GOV.UK bank-holidays feed.
// The "scotland" and "northern-ireland" divisions have different holidays and must not be used
// (rules.md §1.1).
const FeedDivision = "england-and-wales"

// FeedURL is where GOV.UK publishes the feed. This package never fetches it: the caller fetches
// (on a schedule) and passes the body to ParseFeed.
const FeedURL = "https://www.gov.uk/bank-holidays.json"

type feedDivision struct {
	Division string `json:"division"`
	Events   []struct {
		Title   string `json:"title"`
		Date    string `json:"date"`
		Notes   string `json:"notes"`
		Bunting bool   `json:"bunting"`
	} `json:"events"`
}

// ParseFeed reads the GOV.UK bank-holidays JSON feed (the format of FeedURL) and returns the
// holidays of the England and Wales division only, in feed order; every other division is
// ignored. It fails if the data is not the feed, has no England and Wales division or no events
// in it, or holds a date that is not YYYY-MM-DD, so that a broken refresh never empties or
// corrupts a calendar. Add the result with Calendar.AddNamedHolidays.
func ParseFeed(data []byte) ([]Holiday, error) {
	var feed map[string]feedDivision
	if err := json.Unmarshal(data, &feed); err != nil {
		return nil, fmt.Errorf("bank holidays feed: %w", err)
	}
	div, ok := feed[FeedDivision]
	if !ok {
		return nil, errors.New("bank holidays feed: no " + FeedDivision + " division")
	}
	if div.Division != "" && div.Division != FeedDivision {
		return nil, fmt.Errorf("bank holidays feed: %s key holds division %q", FeedDivision, div.Division)
	}
	if len(div.Events) == 0 {
		return nil, errors.New("bank holidays feed: no " + FeedDivision + " events")
	}
	hs := make([]Holiday, 0, len(div.Events))
	for _, e := range div.Events {
		d, err := date.Parse(e.Date)
		if err != nil || d.IsZero() {
			return nil, fmt.Errorf("bank holidays feed: event %q has bad date %q", e.Title, e.Date)
		}
		hs = append(hs, Holiday{Date: d, Title: e.Title, Notes: e.Notes})
	}
	return hs, nil
}

-- 0004: what the statutory returns read, served from indexes. Records saved before 0003 get
-- their whole detail as codes until they are next saved (readers pick the fields they want, so
-- that is only slower). casework_kind gains the end date and person, so that "referrals open in
-- a period" is read from the index alone; casework_census holds, child by child, the dates and
-- codes of the kinds the CIN census reports (store.censusKinds: the list must stay the same,
-- written the same way, for SQLite to use this partial index), so that the census reads no table
-- rows at all.
UPDATE casework SET codes = detail WHERE codes = '';
DROP INDEX casework_kind;
CREATE INDEX casework_kind ON casework (kind, start_date, end_date, entered_in_error, person_id);
CREATE INDEX casework_census ON casework (person_id, kind, entered_in_error, id, parent_id, episode_id, codes)
	WHERE kind IN ('assessment', 'cin_plan', 'conference', 'cp_plan', 'referral', 's47');

-- 0004: what the statutory returns read, served from indexes. Records saved before 0003 get
-- their whole detail as codes until they are next saved (readers pick the fields they want, so
-- that is only slower). casework_kind gains the end date and person, so that "referrals open in
-- a period" is read from the index alone. (SQLite also gets a covering index of the census
-- kinds' codes; PostgreSQL reads the rows by casework_person quickly enough, and a long detail
-- copied into codes above would not fit in an index entry.)
UPDATE casework SET codes = detail WHERE codes = '';
DROP INDEX casework_kind;
CREATE INDEX casework_kind ON casework (kind, start_date, end_date, entered_in_error, person_id);

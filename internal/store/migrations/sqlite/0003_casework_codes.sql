-- 0003: casework.codes holds a record's dates and codes (every answer that is not free text),
-- as JSON like detail, so that the statutory returns read a few hundred bytes a record rather
-- than the practitioners' writing. The store writes it with detail (codesOf); records saved
-- before this migration are filled in from detail as it is applied (store.backfillCodes).
ALTER TABLE casework ADD COLUMN codes TEXT NOT NULL DEFAULT '';

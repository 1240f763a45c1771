-- 0006: what the SSDA903 social worker episodes table (sw_episodes.csv) needs and allocations did
-- not record: why a worker's involvement with a child ended (a DfE SW_REASON code, codes.SWReason;
-- '' while the allocation is open, and for allocations ended before this migration), and each
-- worker's social work registration ID (Social Work England "SW…", or the 903's "XX…" form for a
-- worker without one; '' for users who are not social workers).
ALTER TABLE allocation ADD COLUMN end_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE app_user ADD COLUMN sw_id TEXT NOT NULL DEFAULT '';

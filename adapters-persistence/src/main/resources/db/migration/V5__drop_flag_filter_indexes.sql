-- Every bulk or flag update of a client app wrote an entry into these two indexes (and WAL for it),
-- and a flag-only count no longer needs them: client_app_count (V4) answers it. Measured on the bench
-- data (EXPLAIN, buffers): a 500-app bulk update touches about 3,000 fewer buffers (18,600 -> 15,600)
-- and writes about 1,000 fewer WAL records; the unfiltered, flag-only and category + flag lists keep
-- their plans. Lists that combine a flag with q, type or updated_after count over the client's whole
-- index range instead of its favorites' (2-3x the buffers, a few ms on the large client).
drop index client_app_favorite_idx;
drop index client_app_approved_idx;

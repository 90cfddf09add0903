-- Planner statistics fine enough to estimate a substring search (issue 7).
-- PostgreSQL estimates `name_key like '%one%'` by matching the pattern against the column's
-- histogram. With the default statistics target (100 entries) a term held by 5 % of the names
-- often matches none of them, so the estimate fell to 105 rows where 54,490 matched (bench data,
-- 1,050,000 client apps). The planner then read every tenant's trigram matches and sorted them
-- for a page that the client's name index serves after about 1,200 entries: 11.5 ms instead of
-- 0.15 ms for q=one's page, and its count took the same detour (13 ms instead of 4.7 ms). As the
-- sample changed from one ANALYZE to the next, the plan swung between runs. With 1,000 entries
-- the estimate was 2,895 for 2,589 actual matches of the large client, and rare terms still use
-- the trigram index. ANALYZE of client_app takes about 2 s instead of a fraction of one.
alter table client_app alter column name_key set statistics 1000;
alter table catalog_app alter column name_key set statistics 1000;
analyze client_app (name_key);
analyze catalog_app (name_key);

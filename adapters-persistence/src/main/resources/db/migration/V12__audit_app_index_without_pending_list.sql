-- The audit trail's app_id index without a pending list (issue 7).
--
-- With GIN's fastupdate on (the default), each bulk request appended its 500 app ids to the
-- index's pending list, and the request that found the list over gin_pending_list_limit (4 MB) then
-- merged the whole list into the index inside its own transaction, for one to two seconds. On the
-- bench data, bulk favorites of 500 at 8 connections, 10 s runs on a freshly built index each:
-- fastupdate on 87.9 and 76.4 req/s, p99 1,667 and 2,066 ms; off 87.5 req/s, p99 179 ms. The
-- same work is done, at every request instead of in one request in every few hundred; and an
-- app_id search no longer reads the unsorted pending list.
alter index audit_batch_app_idx set (fastupdate = off);

-- Turning it off does not merge the entries already pending; merge them now, not in a request.
do $$
begin
    perform gin_clean_pending_list('audit_batch_app_idx');
end
$$;

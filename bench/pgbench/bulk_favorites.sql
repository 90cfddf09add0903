-- POST /v2/clients/{id}/apps/favorites (or /remove) of 500 apps: the SQL one such request needs,
-- hand-written. -D client=<uuid> -D sets_per_client=<n>
-- Each transaction takes one of the 100 disjoint sets of 500 of the large client's app ids (table
-- bench_bulk_sets, made by run.sh) and flips is_favorite of all 500, so that, like every service
-- request in the bench, it changes 500 apps and records 500 audit events. As the service: lock the
-- rows in id order and write the events before the rows (here in one statement), then one UPDATE
-- (the client_app_count trigger adds its part). The events are stored as the service stores them
-- (V9): one audit_batch row per group of events sharing action and changes (one row when the 500
-- apps start alike), event ids and app ids in two parallel arrays. Event ids are time-ordered (UUID
-- v7 layout), as the service's; the service makes them in Java, this script on the server. Each
-- pgbench client picks its sets from its own share of the 100 (-D sets_per_client = 100 /
-- clients), as each wrk thread walks its own slice, so no two transactions in flight touch the
-- same app.
\set g :client_id * :sets_per_client + random(0, :sets_per_client - 1)
begin;
with locked as (
    select id, is_favorite from client_app
    where client_id = :client and id = any((select ids from bench_bulk_sets where g = :g)::uuid[])
    order by id for update),
events as (
    select id as app_id, is_favorite,
           (lpad(to_hex(floor(extract(epoch from clock_timestamp()) * 1000)::bigint), 12, '0') || '7'
               || substr(md5(random()::text), 1, 3) || '8' || substr(md5(random()::text), 1, 15))::uuid as id
    from locked)
insert into audit_batch (id, client_id, action, actor, request_id, changes, occurred_at, event_ids, app_ids)
select (array_agg(id order by app_id))[1], :client,
       case when is_favorite then 'app.unfavorited' else 'app.favorited' end, 'pgbench', 'pgbench',
       jsonb_build_object('is_favorite', jsonb_build_object('from', is_favorite, 'to', not is_favorite)), now(),
       array_agg(id order by app_id), array_agg(app_id order by app_id)
from events
group by is_favorite;
update client_app set is_favorite = not is_favorite, updated_at = now()
where client_id = :client and id = any((select ids from bench_bulk_sets where g = :g)::uuid[]);
commit;

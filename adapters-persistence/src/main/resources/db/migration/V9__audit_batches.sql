-- The audit trail as one row per batch: the events of one request that share client, action,
-- actor, request id, changes and time (a bulk request's 500 `app.favorited` events, all with the
-- same changes) are one row, their event ids and app ids in two parallel arrays. One row per event
-- cost a bulk request of 500 apps 500 heap rows, 1,500 index entries (two of them at random
-- places), 500 foreign key checks and 500 jsonb parses: about 40 % of what the database could do
-- for that request (docs/queries.md §8, docs/decisions.md). The API still lists one event per app.

create table audit_batch (
    -- The batch's first event id: event ids are time-ordered, so the key grows at its right edge.
    id          uuid        primary key,
    client_id   uuid        not null references client (id),
    action      text        not null check (action in ('app.added', 'app.removed', 'app.updated', 'app.favorited',
                                                       'app.unfavorited', 'app.approved', 'app.rejected')),
    actor       text        not null check (actor <> ''),
    request_id  text        not null,
    changes     jsonb       not null check (jsonb_typeof(changes) = 'object' and changes <> '{}'::jsonb),
    occurred_at timestamptz not null,
    -- event_ids[i] is the event of app app_ids[i]; no id can be missing, so neither holds a null.
    event_ids   uuid[]      not null,
    app_ids     uuid[]      not null,
    constraint audit_batch_arrays_check check (array_ndims(event_ids) = 1 and array_ndims(app_ids) = 1
                                               and cardinality(event_ids) = cardinality(app_ids)
                                               and cardinality(event_ids) >= 1),
    constraint audit_batch_no_null_ids check (array_position(event_ids, null) is null
                                              and array_position(app_ids, null) is null),
    constraint audit_batch_first_event_check check (id = event_ids[1])
);

-- Newest first, per client: the listing walks this and stops once it has a page (within a batch,
-- all events share occurred_at, and the sort by event id happens per group of equal times).
create index audit_batch_client_idx on audit_batch (client_id, occurred_at desc);
-- The app_id filter: app ids are unique across clients, so the app alone finds its batches.
create index audit_batch_app_idx on audit_batch using gin (app_ids);

-- Append-only in the database too, as audit_event was (V3): whatever code or person connects, an
-- event cannot be changed or removed short of dropping the trigger, a schema change that shows.
create function audit_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_batch_append_only
    before update or delete on audit_batch
    for each row execute function audit_refuse_change();

create trigger audit_batch_no_truncate
    before truncate on audit_batch
    for each statement execute function audit_refuse_change();

-- The events recorded so far, grouped as the service now groups a request's events. The smallest
-- event id of a group becomes its key; the order of ids inside a batch carries no meaning.
insert into audit_batch (id, client_id, action, actor, request_id, changes, occurred_at, event_ids, app_ids)
select (array_agg(id order by id))[1], client_id, action, actor, request_id, changes, occurred_at,
       array_agg(id order by id), array_agg(app_id order by id)
from audit_event
group by client_id, action, actor, request_id, changes, occurred_at;

-- audit_event takes its indexes and triggers with it; its trigger function has no other user.
drop table audit_event;
drop function audit_event_refuse_change();

-- The audit trail (CONTRACT §9): one row per real change to a client's apps, written in the
-- change's own transaction. Rows outlive the app they describe (no foreign key to client_app).

create table audit_event (
    id          uuid        primary key,
    client_id   uuid        not null references client (id),
    app_id      uuid        not null,
    action      text        not null check (action in ('app.added', 'app.removed', 'app.updated', 'app.favorited',
                                                       'app.unfavorited', 'app.approved', 'app.rejected')),
    actor       text        not null check (actor <> ''),
    request_id  text        not null,
    changes     jsonb       not null check (jsonb_typeof(changes) = 'object' and changes <> '{}'::jsonb),
    occurred_at timestamptz not null
);

-- Newest first, per client; and per app of a client (the app_id filter).
create index audit_event_client_idx on audit_event (client_id, occurred_at desc, id desc);
create index audit_event_client_app_idx on audit_event (client_id, app_id, occurred_at desc, id desc);

-- Append-only in the database too: whatever code or person connects, an event cannot be
-- changed or removed short of dropping the trigger, which is a schema change and shows up as one.
create function audit_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function audit_event_refuse_change();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_refuse_change();

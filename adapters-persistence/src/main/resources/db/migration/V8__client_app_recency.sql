-- Flag changes as heap-only (HOT) updates. A bulk request changes is_favorite or is_approved and
-- updated_at of up to 1000 apps. While updated_at was indexed on client_app, every such row update
-- wrote a new entry into all seven of the table's indexes (the name_key trigram GIN index adds
-- about ten entries per row): about 4,500 WAL records per 500 apps, most of the request's cost.
-- An update that changes no indexed column, and whose new row version fits on the same page, is
-- HOT: it touches no index at all.
--
-- So the (client_id, updated_at, id) order moves to a narrow table of its own, whose primary key
-- is that order: client_app_recency holds one row per client app with the same three values, and
-- serves sort=updated_at pages and the updated_after filter. It is written only by the
-- statement-level triggers below, in the same statement as the change to client_app, so it
-- cannot fall out of step whichever code or person writes client_app. client_app.updated_at stays
-- the column the app is read from.
--
-- fillfactor 80 leaves room on each new page for new row versions, so that updates stay HOT.
-- Pages written before this migration are full: a row on them moves to a page with room on its
-- first update (a normal update), and is updated in place from then on.

drop index client_app_updated_idx;

create table client_app_recency (
    client_id  uuid        not null,
    updated_at timestamptz not null,
    id         uuid        not null,
    primary key (client_id, updated_at, id)
);

insert into client_app_recency (client_id, updated_at, id) select client_id, updated_at, id from client_app;

alter table client_app set (fillfactor = 80);

create function client_app_recency_on_insert() returns trigger language plpgsql as $$
begin
    insert into client_app_recency (client_id, updated_at, id) select client_id, updated_at, id from new_rows;
    return null;
end
$$;

-- The old row is found by its whole primary key (its old updated_at), so this needs no second
-- index. Rows are matched on (client_id, id), which therefore cannot change (trigger below).
-- EXECUTE plans the statement at each call, for the transition tables' actual sizes. A static
-- statement would keep the session's first plan: PL/pgSQL caches the plan of a statement without
-- parameters whatever plan_cache_mode says, and a plan made for a one-row PATCH joins old_rows to
-- new_rows by nested loop, which for a bulk request of 500 apps compares 250,000 pairs (63 ms;
-- when it still ran under the counter row's lock, bulk requests after PATCHes fell to 16/s).
create function client_app_recency_on_update() returns trigger language plpgsql as $$
begin
    execute 'update client_app_recency r set updated_at = n.updated_at
             from old_rows o join new_rows n on n.client_id = o.client_id and n.id = o.id
             where r.client_id = o.client_id and r.updated_at = o.updated_at and r.id = o.id
               and n.updated_at <> o.updated_at';
    return null;
end
$$;

create function client_app_refuse_key_change() returns trigger language plpgsql as $$
begin
    raise exception 'client_app: client_id and id cannot change' using errcode = 'feature_not_supported';
end
$$;

create function client_app_recency_on_delete() returns trigger language plpgsql as $$
begin
    delete from client_app_recency r using old_rows o
    where r.client_id = o.client_id and r.updated_at = o.updated_at and r.id = o.id;
    return null;
end
$$;

create function client_app_recency_clear() returns trigger language plpgsql as $$
begin
    delete from client_app_recency;
    return null;
end
$$;

-- Triggers of one event fire in the order of their names: these run before the client_app_count
-- triggers (V4), whose counter row serializes a client's writers until commit, so that row is
-- locked for as short a time as possible.
create trigger client_app_before_counts_recency_on_insert
    after insert on client_app referencing new table as new_rows
    for each statement execute function client_app_recency_on_insert();

create trigger client_app_before_counts_recency_on_update
    after update on client_app referencing old table as old_rows new table as new_rows
    for each statement execute function client_app_recency_on_update();

create trigger client_app_key_unchanged
    before update of client_id, id on client_app
    for each row when (old.client_id is distinct from new.client_id or old.id is distinct from new.id)
    execute function client_app_refuse_key_change();

create trigger client_app_before_counts_recency_on_delete
    after delete on client_app referencing old table as old_rows
    for each statement execute function client_app_recency_on_delete();

create trigger client_app_before_counts_recency_on_truncate
    after truncate on client_app
    for each statement execute function client_app_recency_clear();

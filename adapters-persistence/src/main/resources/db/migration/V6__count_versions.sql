-- Versions that tell a reader whether an exact total it counted earlier still holds (issue 7).
-- A filtered list (q, category, vendor, type) counts the client's matching rows on every page; that
-- count depends only on the client's rows (name_key, flags, catalog_app_id) and on the catalog
-- (names, vendor, type, category links). Every statement that may change one of those writes a new
-- version in the same transaction: the client's in client_app_count, the catalog's in
-- catalog_version. A reader that sees, in one snapshot, the versions it saw when it counted knows
-- that no such change has committed since, so its count is still exact.
--
-- Versions come from one sequence, so a value is written once and never again: not after a
-- rollback, not after a counter row is deleted and created anew. Equal versions mean the same
-- committed state, never a look-alike one.
create sequence count_version;

alter table client_app_count add column version bigint not null default nextval('count_version');

create table catalog_version (
    version bigint not null
);
insert into catalog_version values (nextval('count_version'));
create unique index catalog_version_one_row on catalog_version ((true));

-- Adds each client's net difference to its counter row with a new version, one row per client, in
-- client_id order (as in V4, so two statements never lock two counter rows in opposite orders). The
-- three trigger functions below only work out the differences and hand them here.
create function client_app_count_add(clients uuid[], totals bigint[], favorites bigint[], approved bigint[],
                                     favorite_and_approved bigint[]) returns void language sql as $$
    insert into client_app_count as c (client_id, total, favorites, approved, favorite_and_approved)
    select * from unnest(clients, totals, favorites, approved, favorite_and_approved)
    order by 1
    on conflict (client_id) do update
        set total = c.total + excluded.total,
            favorites = c.favorites + excluded.favorites,
            approved = c.approved + excluded.approved,
            favorite_and_approved = c.favorite_and_approved + excluded.favorite_and_approved,
            version = excluded.version;
$$;

-- INSERT and UPDATE statements on client_app. As in V4, each client's counter row is changed once
-- per statement with the net difference. An UPDATE writes a new version for every client with a row
-- whose client_id, catalog_app_id, name_key, is_favorite or is_approved changed, even when the
-- counters net to zero (favoriting one app and unfavoriting another changes which rows match q). An
-- UPDATE of license_count or updated_at alone changes no counter row.
create or replace function client_app_count_apply() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform client_app_count_add(array_agg(client_id), array_agg(n), array_agg(f), array_agg(a), array_agg(fa))
        from (select client_id, count(*) as n, count(*) filter (where is_favorite) as f,
                     count(*) filter (where is_approved) as a, count(*) filter (where is_favorite and is_approved) as fa
              from new_rows
              group by client_id) d;
        return null;
    end if;
    perform client_app_count_add(array_agg(client_id), array_agg(n), array_agg(f), array_agg(a), array_agg(fa))
    from (with changed as (
              select client_id from (select client_id, id, catalog_app_id, name_key, is_favorite, is_approved from new_rows
                                     except all
                                     select client_id, id, catalog_app_id, name_key, is_favorite, is_approved from old_rows) n
              union
              select client_id from (select client_id, id, catalog_app_id, name_key, is_favorite, is_approved from old_rows
                                     except all
                                     select client_id, id, catalog_app_id, name_key, is_favorite, is_approved from new_rows) o)
          select client_id, sum(n)::bigint as n, sum(f)::bigint as f, sum(a)::bigint as a, sum(fa)::bigint as fa
          from (select client_id, 1 as n, is_favorite::int as f, is_approved::int as a,
                       (is_favorite and is_approved)::int as fa
                from new_rows
                union all
                select client_id, -1, -is_favorite::int, -is_approved::int, -(is_favorite and is_approved)::int
                from old_rows) d
          where client_id in (select client_id from changed)
          group by client_id) delta;
    return null;
end;
$$;

-- DELETE statements on client_app: the same, with the deleted rows' counts taken away.
create or replace function client_app_count_on_delete() returns trigger language plpgsql as $$
begin
    perform client_app_count_add(array_agg(client_id), array_agg(-n), array_agg(-f), array_agg(-a), array_agg(-fa))
    from (select client_id, count(*) as n, count(*) filter (where is_favorite) as f,
                 count(*) filter (where is_approved) as a, count(*) filter (where is_favorite and is_approved) as fa
          from old_rows
          group by client_id) d;
    return null;
end;
$$;

-- TRUNCATE of client_app still deletes every counter row (V4). A client without a counter row holds
-- no app, and readers take its version as 0, which no row ever holds.

create function catalog_version_bump() returns trigger language plpgsql as $$
begin
    update catalog_version set version = nextval('count_version');
    return null;
end;
$$;

-- A catalog app's name, vendor or type: only when a value changed (a description or logo PATCH
-- leaves counts alone). A new catalog app needs no version: no client holds it yet, and the
-- client_app insert that adds it writes the client's.
create function catalog_version_bump_on_update() returns trigger language plpgsql as $$
begin
    if exists (select id, name_key, vendor_id, type from new_rows
               except
               select id, name_key, vendor_id, type from old_rows) then
        update catalog_version set version = nextval('count_version');
    end if;
    return null;
end;
$$;

create trigger catalog_version_on_catalog_app_update
    after update on catalog_app referencing old table as old_rows new table as new_rows
    for each statement execute function catalog_version_bump_on_update();

create trigger catalog_version_on_catalog_app_delete
    after delete or truncate on catalog_app
    for each statement execute function catalog_version_bump();

create trigger catalog_version_on_category_link
    after insert or update or delete or truncate on catalog_app_category
    for each statement execute function catalog_version_bump();

-- Exact, live totals per client for List Apps without count(*) (issue 7).
-- An exact count(*) of a large client's apps reads its whole index range (50,000 entries, 2-20 ms
-- on a busy 2-core box) on every list request; a keyset page reads 51. These counters answer
-- total_count exactly for the common lists: no filter, or only is_favorite / is_approved (the
-- nine combinations follow from the four columns). They are written by statement-level triggers
-- in the same transaction as the change, so a reader sees the counter and the rows of the same
-- committed state. Other filters (q, category, vendor, type, updated_after) still count rows.
create table client_app_count (
    client_id             uuid   primary key references client (id) on delete cascade,
    total                 bigint not null,
    favorites             bigint not null,
    approved              bigint not null,
    favorite_and_approved bigint not null
);

insert into client_app_count (client_id, total, favorites, approved, favorite_and_approved)
select client_id, count(*), count(*) filter (where is_favorite), count(*) filter (where is_approved),
       count(*) filter (where is_favorite and is_approved)
from client_app
group by client_id;

-- One function for the three statement-level triggers below. A statement over many rows (a bulk
-- request updates up to 1000) changes each client's counter row once, with the net difference;
-- rows of several clients are applied in client_id order, so two statements cannot lock two
-- counter rows in opposite orders. An update that changes no flag (license_count, name_key,
-- updated_at) nets to zero and does not touch the counter row at all, so it does not queue
-- behind other writers of the same client.
create function client_app_count_apply() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into client_app_count as c (client_id, total, favorites, approved, favorite_and_approved)
        select client_id, count(*), count(*) filter (where is_favorite), count(*) filter (where is_approved),
               count(*) filter (where is_favorite and is_approved)
        from new_rows
        group by client_id
        order by client_id
        on conflict (client_id) do update
            set total = c.total + excluded.total,
                favorites = c.favorites + excluded.favorites,
                approved = c.approved + excluded.approved,
                favorite_and_approved = c.favorite_and_approved + excluded.favorite_and_approved;
        return null;
    end if;
    with delta as (
        select client_id, sum(n) as total, sum(f) as favorites, sum(a) as approved, sum(fa) as favorite_and_approved
        from (select client_id, 1 as n, is_favorite::int as f, is_approved::int as a,
                     (is_favorite and is_approved)::int as fa
              from new_rows
              union all
              select client_id, -1, -is_favorite::int, -is_approved::int, -(is_favorite and is_approved)::int
              from old_rows) d
        group by client_id
        having sum(n) <> 0 or sum(f) <> 0 or sum(a) <> 0 or sum(fa) <> 0
        order by client_id)
    insert into client_app_count as c (client_id, total, favorites, approved, favorite_and_approved)
    select client_id, total, favorites, approved, favorite_and_approved from delta
    order by client_id
    on conflict (client_id) do update
        set total = c.total + excluded.total,
            favorites = c.favorites + excluded.favorites,
            approved = c.approved + excluded.approved,
            favorite_and_approved = c.favorite_and_approved + excluded.favorite_and_approved;
    return null;
end;
$$;

-- A DELETE has no new rows, so it has its own function (the same upsert, in client_id order).
create function client_app_count_on_delete() returns trigger language plpgsql as $$
begin
    insert into client_app_count as c (client_id, total, favorites, approved, favorite_and_approved)
    select client_id, -count(*), -count(*) filter (where is_favorite), -count(*) filter (where is_approved),
           -count(*) filter (where is_favorite and is_approved)
    from old_rows
    group by client_id
    order by client_id
    on conflict (client_id) do update
        set total = c.total + excluded.total,
            favorites = c.favorites + excluded.favorites,
            approved = c.approved + excluded.approved,
            favorite_and_approved = c.favorite_and_approved + excluded.favorite_and_approved;
    return null;
end;
$$;

create trigger client_app_count_on_insert
    after insert on client_app referencing new table as new_rows
    for each statement execute function client_app_count_apply();

create trigger client_app_count_on_update
    after update on client_app referencing old table as old_rows new table as new_rows
    for each statement execute function client_app_count_apply();

create trigger client_app_count_on_delete
    after delete on client_app referencing old table as old_rows
    for each statement execute function client_app_count_on_delete();

create function client_app_count_clear() returns trigger language plpgsql as $$
begin
    delete from client_app_count;
    return null;
end;
$$;

create trigger client_app_count_on_truncate
    after truncate on client_app
    for each statement execute function client_app_count_clear();

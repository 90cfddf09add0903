-- client_app_count after an UPDATE: pair each old row with its new row by key, instead of two
-- EXCEPT ALLs over whole rows (issue 7).
--
-- V6 found the clients whose counted columns changed with new_rows EXCEPT ALL old_rows and the
-- reverse, and then summed +1/-1 rows over both transition tables: four passes over the rows, two of
-- them hashing whole rows name_key included. Since V8 an UPDATE cannot change client_id or id
-- (client_app_key_unchanged), so every old row has exactly one new row with the same key, and one
-- join gives both the rows that changed and their differences.
--
-- Same result as V6: a client gets a new version (and its differences, possibly all zero) when one
-- of its rows changed catalog_app_id, name_key, is_favorite or is_approved; an UPDATE of
-- license_count or updated_at alone changes no counter row; an UPDATE never changes a total.
-- A bulk request that flips 500 favorites: the trigger took 9.8-10.9 ms with V6 against 4.8-5.2 ms
-- with this (EXPLAIN ANALYZE, four alternating pairs on the bench database; docs/queries.md §14 also
-- has the same join as a static statement: 3.5-5.5 ms against 7.1-11.6).
-- EXECUTE plans the join at each call for the transition tables' actual sizes, as V10 does.
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
    execute 'select client_app_count_add(array_agg(client_id), array_agg(0::bigint), array_agg(f), array_agg(a), array_agg(fa))
             from (select n.client_id,
                          sum(n.is_favorite::int - o.is_favorite::int)::bigint as f,
                          sum(n.is_approved::int - o.is_approved::int)::bigint as a,
                          sum((n.is_favorite and n.is_approved)::int - (o.is_favorite and o.is_approved)::int)::bigint as fa
                   from old_rows o join new_rows n on n.client_id = o.client_id and n.id = o.id
                   where (n.catalog_app_id, n.name_key, n.is_favorite, n.is_approved)
                         is distinct from (o.catalog_app_id, o.name_key, o.is_favorite, o.is_approved)
                   group by n.client_id) delta';
    return null;
end;
$$;

-- A catalog app's categories on its own row, kept by triggers (issue 7).
--
-- Every app a list page, a get or an export returns carries its categories, sorted by name. They
-- were joined per app: a lateral aggregate over catalog_app_category and category, two ordered
-- array_aggs each. On the bench data that was about 60 % of the database's time for a list page
-- (pgbench at 8 clients, alternating rounds: 1,378-1,694 pages/s with it, 3,515-5,491 without it;
-- aggregating the whole page at once instead reached 2,225-2,726). Here each catalog app holds the
-- two arrays the reads return, in the reads' order; catalog_app_category stays the source of truth
-- and is what the category_id filter reads.
--
-- The triggers below keep the arrays exact whatever writes the links or the names: the service
-- (Hibernate's collection statements), an operator's SQL, a cascade. The service never writes
-- the two columns itself.
alter table catalog_app
    add column category_ids   uuid[] not null default '{}',
    add column category_names text[] not null default '{}',
    add constraint catalog_app_category_arrays_check
        check (cardinality(category_ids) = cardinality(category_names));

-- The arrays of the given catalog apps, from their links: sorted by name (collate "C"), then id,
-- the order the API lists categories in. Rows whose arrays are already right are not written.
-- Apps that no longer exist (their links went with them, by cascade) are skipped.
--
-- Lock first, then read. Two transactions that change links of the same app (or one that renames a
-- category while another links it) would otherwise each compute the arrays from a snapshot without
-- the other's change, and the later write would drop it. So the function first takes the linked
-- categories (FOR SHARE: a rename holds them until it commits) and then the apps, both in id order,
-- the order a rename takes them in too (its category row, then the apps it refreshes). Its last
-- statement then runs on a snapshot taken after both locks were granted (a volatile function's
-- statements each take their own in READ COMMITTED), which sees every committed change to them.
create function catalog_app_categories_refresh(apps uuid[]) returns void language sql as $$
    select 1 from category g
    where g.id in (select cc.category_id from catalog_app_category cc where cc.catalog_app_id = any(apps))
    order by g.id
    for share;

    select 1 from catalog_app where id = any(apps) order by id for no key update;

    update catalog_app c
    set category_ids = x.ids, category_names = x.names
    from (select a.id, coalesce(l.ids, '{}') as ids, coalesce(l.names, '{}') as names
          from (select distinct id from unnest(apps) u (id)) a
          left join lateral (
              select array_agg(g.id order by g.name collate "C", g.id) as ids,
                     array_agg(g.name order by g.name collate "C", g.id) as names
              from catalog_app_category cc join category g on g.id = cc.category_id
              where cc.catalog_app_id = a.id) l on true) x
    where c.id = x.id
      and (c.category_ids <> x.ids or c.category_names <> x.names);
$$;

-- INSERT, UPDATE and DELETE statements on the links: the apps on either side of them.
create function catalog_app_categories_on_link_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform catalog_app_categories_refresh(array(select catalog_app_id from new_rows));
    elsif tg_op = 'DELETE' then
        perform catalog_app_categories_refresh(array(select catalog_app_id from old_rows));
    else
        perform catalog_app_categories_refresh(array(select catalog_app_id from new_rows
                                                     union
                                                     select catalog_app_id from old_rows));
    end if;
    return null;
end;
$$;

create function catalog_app_categories_clear() returns trigger language plpgsql as $$
begin
    update catalog_app set category_ids = '{}', category_names = '{}' where cardinality(category_ids) > 0;
    return null;
end;
$$;

-- A renamed category: every app linked to it (its place in their arrays may move too). A linked
-- category's id cannot change (the link's foreign key), nor can it be deleted.
create function catalog_app_categories_on_category_update() returns trigger language plpgsql as $$
begin
    perform catalog_app_categories_refresh(array(
        select cc.catalog_app_id
        from catalog_app_category cc
        where cc.category_id in (select n.id from new_rows n join old_rows o on o.id = n.id
                                 where n.name is distinct from o.name)));
    return null;
end;
$$;

create trigger catalog_app_categories_on_link_insert
    after insert on catalog_app_category referencing new table as new_rows
    for each statement execute function catalog_app_categories_on_link_change();

create trigger catalog_app_categories_on_link_update
    after update on catalog_app_category referencing old table as old_rows new table as new_rows
    for each statement execute function catalog_app_categories_on_link_change();

create trigger catalog_app_categories_on_link_delete
    after delete on catalog_app_category referencing old table as old_rows
    for each statement execute function catalog_app_categories_on_link_change();

create trigger catalog_app_categories_on_link_truncate
    after truncate on catalog_app_category
    for each statement execute function catalog_app_categories_clear();

create trigger catalog_app_categories_on_category_update
    after update on category referencing old table as old_rows new table as new_rows
    for each statement execute function catalog_app_categories_on_category_update();

-- The links recorded so far.
do $$
begin
    perform catalog_app_categories_refresh(array(select distinct catalog_app_id from catalog_app_category));
end
$$;

-- client_app_recency after an UPDATE of many rows: join the two transition tables first.
--
-- V8's statement joined old_rows, new_rows and client_app_recency in one FROM, and left the order
-- to the planner. For an update of 39,500 rows it joined new_rows to the recency table first,
-- estimated that join at 20 rows, and then scanned old_rows (39,500 rows, spilled to disk) once per
-- row of it: the statement did not finish in 20 s, and in the benchmark one such update ran for
-- minutes. That happened on the bench database after its write scenarios, where the recency table
-- held 5.7 M dead rows next to 1.05 M live ones (autovacuum off), so the planner saw a table six
-- times its analyzed size. Any statement that touches many of a client's rows could meet it: an
-- operator's SQL, or the name key spread to every client of a renamed catalog app.
--
-- Here the rows whose updated_at moved are picked first, as a materialized CTE (old_rows joined to
-- new_rows on the key, which V8 keeps from changing), and only they are looked up in the recency
-- table, by its primary key. The same 39,500-row update on the same database: 0.54 s. A bulk
-- request of 500 apps costs what it did (pgbench, docs/queries.md §12). EXECUTE still plans the
-- statement at each call, for the transition tables' actual sizes (V8).
create or replace function client_app_recency_on_update() returns trigger language plpgsql as $$
begin
    execute 'with moved as materialized (
                 select o.client_id, o.id, o.updated_at as old_at, n.updated_at as new_at
                 from old_rows o join new_rows n on n.client_id = o.client_id and n.id = o.id
                 where n.updated_at <> o.updated_at)
             update client_app_recency r set updated_at = m.new_at
             from moved m
             where r.client_id = m.client_id and r.updated_at = m.old_at and r.id = m.id';
    return null;
end
$$;

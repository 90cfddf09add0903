-- list, page 1000 via keyset. -D client=<uuid> -D after_key=<name_key of row 49,950> -D after_id=<its id>
-- The leanest hand-written form of what GET /v2/clients/{id}/apps needs: the exact total_count (from
-- the per-client counter row that migration V4 keeps, as the service reads it) and
-- one page of 50 (+1 to know whether another follows) with catalog, vendor and categories, in ONE
-- statement (one round trip), as the service now does (its client check is remembered after the first request).
-- Variables come from pgbench -D (run.sh); with -M prepared and plan_cache_mode=force_custom_plan the
-- statement is prepared once per connection and planned with each execution's values, as the service's
-- pgjdbc connections do.
select coalesce((select total from client_app_count where client_id = :client), 0) as total_count,
  a.name_key as k_key, a.id as k_id, a.id, a.client_id, a.is_favorite, a.is_approved, a.license_count, a.created_at, a.updated_at,
  c.id as c_id, c.canonical_name as c_name, c.name_key as c_name_key, c.description as c_description,
  c.display_colour as c_colour, c.logo as c_logo, c.type as c_type, c.created_at as c_created_at, c.updated_at as c_updated_at,
  v.id as v_id, v.name as v_name, v.url as v_url, c.category_ids as cat_ids, c.category_names as cat_names
from (select a.* from client_app a where a.client_id = :client and (a.name_key, a.id) > (:after_key, :after_id)
      order by a.name_key asc, a.id asc limit 51) a
join catalog_app c on c.id = a.catalog_app_id
left join vendor v on v.id = c.vendor_id
order by a.name_key asc, a.id asc;

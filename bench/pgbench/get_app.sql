-- GET /v2/clients/{id}/apps/{app_id}: the one statement it needs. -D client=<uuid> -D app=<uuid>
select a.id, a.client_id, a.is_favorite, a.is_approved, a.license_count, a.created_at, a.updated_at,
  c.id as c_id, c.canonical_name as c_name, c.name_key as c_name_key, c.description as c_description,
  c.display_colour as c_colour, c.logo as c_logo, c.type as c_type, c.created_at as c_created_at, c.updated_at as c_updated_at,
  v.id as v_id, v.name as v_name, v.url as v_url, c.category_ids as cat_ids, c.category_names as cat_names
from client_app a
join catalog_app c on c.id = a.catalog_app_id
left join vendor v on v.id = c.vendor_id
where a.client_id = :client and a.id = :app;

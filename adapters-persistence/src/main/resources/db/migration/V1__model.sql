-- The whole model: tenants (client), the shared catalog (vendor, category, catalog_app)
-- and each tenant's inventory (client_app). Every client-scoped table carries client_id
-- and leads its keys and indexes with it, so the data can be distributed by client.

create extension if not exists pg_trgm;

create table client (
    id         uuid        primary key,
    name       text        not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
);

create table vendor (
    id   uuid primary key,
    name text not null,
    url  text
);

create table category (
    id   uuid primary key,
    name text not null
);

create table catalog_app (
    id             uuid        primary key,
    canonical_name text        not null,
    -- sort and search key: case-insensitive name, byte order so the index serves keyset pages
    name_key       text collate "C" not null generated always as (lower(canonical_name)) stored,
    description    text,
    display_colour text,
    logo           text,
    type           text,
    vendor_id      uuid        references vendor (id),
    created_at     timestamptz not null,
    updated_at     timestamptz not null
);

create index catalog_app_name_idx    on catalog_app (name_key, id);
create index catalog_app_created_idx on catalog_app (created_at, id);
create index catalog_app_updated_idx on catalog_app (updated_at, id);
create index catalog_app_vendor_idx  on catalog_app (vendor_id);
create index catalog_app_type_idx    on catalog_app (type);
create index catalog_app_name_trgm   on catalog_app using gin (name_key gin_trgm_ops);

create table catalog_app_category (
    catalog_app_id uuid not null references catalog_app (id) on delete cascade,
    category_id    uuid not null references category (id),
    primary key (catalog_app_id, category_id)
);

create index catalog_app_category_category_idx on catalog_app_category (category_id, catalog_app_id);

create table client_app (
    client_id      uuid        not null references client (id),
    id             uuid        not null,
    catalog_app_id uuid        not null references catalog_app (id),
    -- copy of catalog_app.name_key, kept in step by the triggers below, so that every
    -- sort order of one client's list is a single index range
    name_key       text collate "C" not null,
    is_favorite    boolean     not null default false,
    is_approved    boolean     not null default false,
    license_count  integer     check (license_count >= 0),
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    primary key (client_id, id),
    constraint client_app_one_per_catalog_app unique (client_id, catalog_app_id)
);

create index client_app_name_idx    on client_app (client_id, name_key, id);
create index client_app_created_idx on client_app (client_id, created_at, id);
create index client_app_updated_idx on client_app (client_id, updated_at, id);
create index client_app_catalog_idx on client_app (catalog_app_id);
create index client_app_name_trgm   on client_app using gin (name_key gin_trgm_ops);

create function client_app_take_name_key() returns trigger language plpgsql as $$
begin
    select name_key into new.name_key from catalog_app where id = new.catalog_app_id;
    return new;
end;
$$;

create trigger client_app_name_key_on_insert
    before insert or update of catalog_app_id on client_app
    for each row execute function client_app_take_name_key();

create function catalog_app_spread_name_key() returns trigger language plpgsql as $$
begin
    update client_app set name_key = new.name_key where catalog_app_id = new.id;
    return null;
end;
$$;

create trigger catalog_app_name_key_on_rename
    after update of canonical_name on catalog_app
    for each row when (old.canonical_name is distinct from new.canonical_name)
    execute function catalog_app_spread_name_key();

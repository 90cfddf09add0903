-- Benchmark data set, set-based (generate_series only), deterministic counts, seeded randomness.
-- Expects the schema already migrated by the service's own Flyway (run.sh starts the jar once first).
--   50,000 catalog apps, 5,000 vendors, 60 categories (1-3 per app, skewed),
--   1 large client (00000000-0000-0000-0000-000000000001) with all 50,000 apps,
--   2,000 clients x 500 apps (the first is 00000000-0000-0000-0000-000000000002)
--   => 1,050,000 client apps.
-- Fixed ids: client n -> 00000000-0000-0000-0000-<n, 12 digits>; category n -> 00000000-0000-0000-0001-<n>.
-- Bulk-load technique: the secondary indexes of client_app are dropped before the insert and
-- recreated afterwards from their own saved definitions (pg_indexes), so the result is exactly the
-- migrated schema. Constraints, foreign keys and the name_key trigger stay active.
\set ON_ERROR_STOP on
\timing on
set maintenance_work_mem = '512MB';
set synchronous_commit = off;
select setseed(0.42);

create temp table wa as select array[
 'acme','active','agile','air','alpha','amber','anchor','apex','app','arc','atlas','aura','axis','azure',
 'beacon','bee','bird','blaze','bloom','blue','bolt','box','bright','bridge','buzz','byte',
 'calm','canvas','cargo','cast','cedar','chart','chat','check','cipher','circle','clear','click','cloud','coast','code','comet','compass','core','craft','crowd','cube',
 'dash','data','dawn','deck','delta','desk','dock','dot','drift','drive','drop',
 'echo','edge','ember','engine','epic','ever','falcon','fast','field','file','fire','flag','flash','fleet','flow','fluent','flux','focus','forge','form','fox','frame','fresh',
 'gate','gear','giant','glass','glide','globe','grid','grove','guard','harbor','hawk','hello','helix','hive','hub','hunt',
 'ideal','ink','insight','iron','jade','jet','jump','keen','key','kind','kite','lab','lake','lane','leaf','ledger','lens','level','light','line','link','loop','lotus','lumen',
 'maple','map','matrix','meet','mesh','metric','mint','mode','moon','motion','nest','net','nimbus','noble','north','nova',
 'oak','ocean','omni','open','orbit','otter','pace','page','palm','panda','path','peak','pilot','pine','pixel','planet','point','polar','pulse','quest','quick',
 'radar','rain','rapid','ray','relay','ridge','river','rocket','root','route','sage','scale','scope','scribe','sense','shift','signal','silver','sky','slate','smart','snap','solar','sonic','spark','sphere','spring','sprint','square','stack','star','stone','storm','stream','summit','swift','sync',
 'task','team','tide','timber','token','torch','track','trail','tribe','true','tune','twin','unity','vault','vector','venture','vertex','view','vista','vivid','volt','wave','way','wise','work','yard','zen','zone'] a;
create temp table sfx as select array['','','','',' Pro',' Cloud',' HQ',' Suite',' AI',' One',' Hub',' Labs',' Go',' 360',' Desk',' Works'] s;
create temp table types as select array['saas','desktop','mobile','browser-extension','on-prem'] t;

-- 2,001 clients: n = 1 is the large one, n = 2..2001 hold 500 apps each
create temp table c_num as
select n, ('00000000-0000-0000-0000-' || lpad(n::text, 12, '0'))::uuid as id from generate_series(1, 2001) n;
insert into client (id, name, created_at, updated_at)
select id, case when n = 1 then 'Big Corp' else 'Client ' || n end, now() - interval '400 days', now() - interval '400 days'
from c_num;

-- 5,000 vendors
create temp table v_num as select n, gen_random_uuid() id from generate_series(1, 5000) n;
insert into vendor (id, name, url)
select v.id, initcap(a[1 + floor(random()*cardinality(a))::int]) || ' ' || (array['Inc','Ltd','GmbH','Software','Systems','Technologies','Labs','Corp'])[1 + floor(random()*8)::int],
       'https://vendor' || v.n || '.example.com'
from v_num v, wa;

-- 60 categories
create temp table g_num as select n, ('00000000-0000-0000-0001-' || lpad(n::text, 12, '0'))::uuid id from generate_series(1, 60) n;
insert into category (id, name)
select g.id, (array['Analytics','Security','Collaboration','Finance','HR','Marketing','Sales','Engineering','Design','Support','Productivity','Communication','Storage','Monitoring','Legal'])[1 + (g.n - 1) % 15]
       || case when g.n > 15 then ' ' || ((g.n - 1) / 15 + 1) else '' end
from g_num g;

-- 50,000 catalog apps; perm = a random permutation position, used to give small clients distinct apps
create temp table p_cat as select n, gen_random_uuid() id, row_number() over (order by random()) - 1 as perm
from generate_series(1, 50000) n;
insert into catalog_app (id, canonical_name, description, display_colour, logo, type, vendor_id, created_at, updated_at)
select p.id,
       case floor(random()*4)::int
         when 0 then initcap(a[1 + floor(random()*cardinality(a))::int]) || initcap(a[1 + floor(random()*cardinality(a))::int])
         when 1 then initcap(a[1 + floor(random()*cardinality(a))::int]) || ' ' || initcap(a[1 + floor(random()*cardinality(a))::int]) || s[1 + floor(random()*cardinality(s))::int]
         when 2 then initcap(a[1 + floor(random()*cardinality(a))::int]) || initcap(a[1 + floor(random()*cardinality(a))::int]) || s[1 + floor(random()*cardinality(s))::int]
         else initcap(a[1 + floor(random()*cardinality(a))::int]) || ' ' || initcap(a[1 + floor(random()*cardinality(a))::int]) || ' ' || initcap(a[1 + floor(random()*cardinality(a))::int])
       end,
       'A ' || t[1 + floor(random()*5)::int] || ' tool for teams that need ' || a[1 + floor(random()*cardinality(a))::int] || ' and ' || a[1 + floor(random()*cardinality(a))::int] || '.',
       '#' || lpad(to_hex(floor(random()*16777216)::int), 6, '0'),
       'https://cdn.example.com/logos/' || p.n || '.png',
       t[1 + floor(random()*5)::int],
       v.id,
       now() - interval '3 years' + (p.n * interval '30 minutes'),
       least(now(), now() - interval '3 years' + (p.n * interval '30 minutes') + random() * interval '200 days')
from (select n, id, case when random() < 0.9 then 1 + floor(random()*5000)::int end vn from p_cat) p
left join v_num v on v.n = p.vn
cross join wa cross join sfx cross join types;

-- 1-3 categories each, skewed (low-numbered categories are popular)
insert into catalog_app_category (catalog_app_id, category_id)
select p.id, g.id
from p_cat p
cross join lateral (select 1 + floor(60 * power(random(), 1.7))::int + 0*p.n gn from generate_series(1, 1 + floor(random()*3)::int + 0*p.n)) k
join g_num g on g.n = k.gn
on conflict do nothing;

-- drop client_app's secondary indexes (not the constraint ones), keeping their definitions
create temp table saved_idx as
select indexname, indexdef from pg_indexes
where schemaname = 'public' and tablename = 'client_app'
  and indexname not in (select conname from pg_constraint where conrelid = 'client_app'::regclass);
select string_agg(indexname, ', ') as dropped_for_load from saved_idx;
do $$ declare r record; begin
  for r in select indexname from saved_idx loop execute format('drop index %I', r.indexname); end loop;
end $$;

-- large client: every catalog app; name_key '' is replaced by the insert trigger
insert into client_app (client_id, id, catalog_app_id, name_key, is_favorite, is_approved, license_count, created_at, updated_at)
select '00000000-0000-0000-0000-000000000001', gen_random_uuid(), x.id, '', random() < 0.1, random() < 0.6,
       case when random() < 0.3 then null else floor(random()*500)::int end,
       ts, ts + random() * (now() - ts)
from (select p.id, date_trunc('milliseconds', now() - interval '365 days' + p.perm * interval '630 s' + random() * interval '600 s') ts
      from p_cat p) x;

-- 2,000 clients x 500 apps: client c takes 500 consecutive positions of the permutation from a random start
insert into client_app (client_id, id, catalog_app_id, name_key, is_favorite, is_approved, license_count, created_at, updated_at)
select y.id, gen_random_uuid(), p.id, '', random() < 0.1, random() < 0.6,
       case when random() < 0.3 then null else floor(random()*500)::int end,
       ts, ts + random() * (now() - ts)
from (select c.id, (c.start + k) % 50000 as pos,
             date_trunc('milliseconds', now() - interval '365 days' + k * interval '63000 s' + random() * interval '60000 s') ts
      from (select id, floor(random()*50000)::int as start from c_num where n > 1) c
      cross join generate_series(0, 499) k) y
join p_cat p on p.perm = y.pos;

do $$ declare r record; begin
  for r in select indexdef from saved_idx loop execute r.indexdef; end loop;
end $$;

vacuum analyze;
select (select count(*) from client) clients, (select count(*) from vendor) vendors, (select count(*) from category) categories,
       (select count(*) from catalog_app) catalog_apps, (select count(*) from catalog_app_category) cat_links,
       (select count(*) from client_app) client_apps,
       (select count(*) from client_app where client_id='00000000-0000-0000-0000-000000000001') big,
       (select count(*) from client_app where name_key = '') empty_keys,
       (select count(*) from pg_indexes where tablename = 'client_app') client_app_indexes;

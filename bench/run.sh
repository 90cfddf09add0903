#!/usr/bin/env bash
# The benchmark, in one command, from the repository root:   bash bench/run.sh
# See bench/README.md. Needs: PostgreSQL 15 on 127.0.0.1:5432 (user postgres, trust), java 17+,
# wrk, pgbench, psql, curl, jq, openssl. Writes bench/RESULTS.md; scratch files go to bench/work/.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
BENCH=$ROOT/bench
WORK=$BENCH/work
JAR=$ROOT/bootstrap/target/quarkus-app/quarkus-run.jar

PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
DB=${BENCH_DB:-bench_clientapps_run}
PORT_A=${BENCH_PORT:-18095}
PORT_B=${BENCH_PORT_B:-18096}
CONC=${BENCH_CONCURRENCY:-8}       # wrk connections = pgbench clients
THREADS=2                          # wrk -t and pgbench -j (2 cores)
WARM=${BENCH_WARMUP_S:-5}
DUR=${BENCH_DURATION_S:-15}
JIT_WARM=${BENCH_JIT_WARMUP_S:-60} # per read path, once, before the first scenario (in 10 s chunks)
BULK_WARM=${BENCH_BULK_WARMUP_S:-90} # the bulk path's first warm-up (its C2 compilation takes longer)
KEEP_DB=${BENCH_KEEP_DB:-0}        # 1: keep the database after the run
WRK_TIMEOUT=10s                    # a slower response counts as latency, not as a socket error
LOADAVG_START=$(cut -d' ' -f1-3 /proc/loadavg)
# The JVM options the README recommends for the packaged jar (serial GC, capped heap); override with
# JAVA_OPTS (e.g. JAVA_OPTS=" " for the JVM's own defaults: G1, heap up to a quarter of RAM).
JAVA_OPTS=${JAVA_OPTS:--XX:+UseSerialGC -Xmx192m}
# pgbench's sessions get the settings the service's connections get (plan_cache_mode, no parallel
# workers): the same line of application.properties, so the two cannot drift apart.
PG_SESSION=$(sed -n 's/^quarkus\.datasource\.jdbc\.additional-jdbc-properties\.options=//p' \
    "$ROOT/bootstrap/src/main/resources/application.properties")
[ -n "$PG_SESSION" ] || { echo "bench: no datasource options line in application.properties" >&2; exit 1; }

BIG=00000000-0000-0000-0000-000000000001     # 50,000 apps
SMALL=00000000-0000-0000-0000-000000000002   # 500 apps
CATEGORY=00000000-0000-0000-0001-000000000027  # "Communication 2", about 1,300 apps
Q=one          # common: about 2,600 of the large client's 50,000 apps
Q_RARE="fox tide"  # rare: 2 of them (URL-encoded below)

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

if ! command -v wrk >/dev/null && [ "$(id -u)" = 0 ]; then
    log "installing wrk (Debian package)"
    apt-get install -y -q wrk >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; }
fi
for tool in java wrk pgbench psql curl jq openssl; do
    command -v "$tool" >/dev/null || die "$tool is not installed (wrk: apt-get install -y wrk)"
done
if [ ! -f "$JAR" ]; then
    log "no packaged jar; running ./mvnw package -DskipTests"
    ./mvnw -q package -DskipTests
fi

mkdir -p "$WORK"
rm -f "$WORK"/pgb_* "$WORK"/pgb-*.out "$WORK"/wrk-*.out "$WORK"/wrk-jit-warmup.out
cp bootstrap/src/main/resources/dev-jwt/public-key.DEV-ONLY.pem "$WORK/dev-public.pem"

PID_A=""; PID_B=""
stop() { # graceful stop of a jar we started
    local pid=$1
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
}
cleanup() {
    stop "$PID_B"; stop "$PID_A"
    if [ "$KEEP_DB" != 1 ]; then psql -qd postgres -c "drop database if exists $DB" >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

start_jar() { # port logfile -> pid
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/dev-public.pem" \
    MP_JWT_VERIFY_ISSUER=client-apps-dev \
    QUARKUS_HTTP_PORT="$1" \
        java $JAVA_OPTS -jar "$JAR" >"$2" 2>&1 &
    echo $!
}
wait_ready() {
    for _ in $(seq 120); do
        curl -sf "http://127.0.0.1:$1/q/health/ready" >/dev/null && return 0
        sleep 0.5
    done
    die "instance on port $1 not ready (see its log in bench/work)"
}

# ---- 1. fresh database, schema by the service's own Flyway, then the data --------------------
log "creating database $DB"
psql -qd postgres -c "drop database if exists $DB" -c "create database $DB" >/dev/null
PID_A=$(start_jar "$PORT_A" "$WORK/instance-a.log")
wait_ready "$PORT_A"
log "instance A (pid $PID_A) migrated the schema; loading data"
t0=$(date +%s.%N)
psql -q -v ON_ERROR_STOP=1 -d "$DB" -f "$BENCH/load.sql" >"$WORK/load.out" 2>&1 || { cat "$WORK/load.out"; die "load.sql"; }
LOAD_S=$(echo "$(date +%s.%N) - $t0" | bc)
COUNTS=$(psql -Atd "$DB" -F' ' -c "select (select count(*) from client), (select count(*) from vendor), (select count(*) from category),
    (select count(*) from catalog_app), (select count(*) from catalog_app_category), (select count(*) from client_app)")
log "loaded in ${LOAD_S}s (clients vendors categories catalog_apps links client_apps: $COUNTS)"

# ---- 2. fixtures ------------------------------------------------------------------------------
TOKEN=$(bootstrap/dev/mint-token.sh)
export TOKEN BENCH_DIR=$BENCH
BASE="/v2/clients/$BIG/apps"
SQL_APP=$(psql -Atd "$DB" -c "select id from client_app where client_id = '$BIG' order by name_key, id offset 25000 limit 1")
psql -Atd "$DB" -c "select id from client_app where client_id = '$BIG' order by id" >"$WORK/patch-ids.txt"
psql -Atd "$DB" -c "select '{\"app_ids\":[' || string_agg('\"' || id || '\"', ',') || ']}'
    from (select id, (row_number() over (order by name_key, id) - 1) / 500 as g from client_app where client_id = '$BIG') x
    group by g order by g" >"$WORK/bulk-bodies.txt"
# the same 100 sets of 500 ids for pgbench's bulk script (pgbench/bulk_favorites.sql)
psql -qd "$DB" -c "create table bench_bulk_sets as select g::int, array_agg(id order by id) as ids
    from (select id, (row_number() over (order by name_key, id) - 1) / 500 as g from client_app where client_id = '$BIG') x
    group by g" >/dev/null
# every 3-letter run of letters in the catalog's names, in a fixed shuffled order (terms.lua)
psql -Atd "$DB" -c "select g from (select distinct substr(name_key, i, 3) as g
    from catalog_app, generate_series(1, 60) i where i + 2 <= length(name_key)) t
    where g ~ '^[a-z]{3}$' order by md5(g)" >"$WORK/q-terms.txt"
IFS='|' read -r AFTER_KEY AFTER_ID < <(psql -Atd "$DB" -c "select name_key, id from client_app where client_id = '$BIG' order by name_key, id offset 49949 limit 1")
EXPECT_P1000_FIRST=$(psql -Atd "$DB" -c "select id from client_app where client_id = '$BIG' order by name_key, id offset 49950 limit 1")

# the cursor of page 1000 (page_size 50), fetched once: 99 pages of 500 then 9 of 50 = 49,950 rows
# (the cursor is sealed to the filters and sort, not to page_size, so this is the same cursor)
api() { curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$1$2"; }
cursor=""
for i in $(seq 1 108); do
    size=500; [ "$i" -gt 99 ] && size=50
    cursor=$(api "$PORT_A" "$BASE?page_size=$size${cursor:+&cursor=$cursor}" | jq -r .next_cursor)
    [ -n "$cursor" ] && [ "$cursor" != null ] || die "no cursor after page $i"
done
P1000_PATH="$BASE?page_size=50&cursor=$cursor"
got=$(api "$PORT_A" "$P1000_PATH" | jq -r '.data[0].id')
[ "$got" = "$EXPECT_P1000_FIRST" ] || die "page 1000 starts with $got, expected row 49,951 ($EXPECT_P1000_FIRST)"
log "page-1000 cursor ok (first row $got)"

# ---- 3. two instances: a cursor issued by A is accepted by B ----------------------------------
PID_B=$(start_jar "$PORT_B" "$WORK/instance-b.log")
wait_ready "$PORT_B"
c1=$(api "$PORT_A" "$BASE?page_size=50" | jq -r .next_cursor)
a2=$(api "$PORT_A" "$BASE?page_size=50&cursor=$c1" | jq -c '[.data[].id]')
b_status=$(curl -s -o "$WORK/b-page2.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
    "http://127.0.0.1:$PORT_B$BASE?page_size=50&cursor=$c1")
b2=$(jq -c '[.data[].id]' "$WORK/b-page2.json" 2>/dev/null || echo '?')
if [ "$b_status" = 200 ] && [ "$a2" = "$b2" ] && [ "$(echo "$b2" | jq length)" = 50 ]; then
    CURSOR_CHECK="PASS: cursor from A (:$PORT_A) -> B (:$PORT_B) answered 200 with the same 50 apps as A's page 2"
else
    CURSOR_CHECK="FAIL: B answered $b_status; same page as A: $([ "$a2" = "$b2" ] && echo yes || echo no)"
fi
log "$CURSOR_CHECK"
stop "$PID_B"; PID_B=""

# ---- 4. wrk against instance A ------------------------------------------------------------------
declare -A RPS P50 P99 ERR SOCK
# The fields of the BENCH line (wrk/common.lua) in wrk's output $1: B_LINE, B_RPS, B_P50, B_P99,
# B_N2 (non-2xx) and B_SE (socket errors). Returns 1 when the output holds no such line.
bench_fields() {
    B_LINE=$(grep '^BENCH ' <<<"$1") || return 1
    read -r B_RPS B_P50 B_P99 B_N2 B_SE < <(sed -E \
        's/.* rps=([^ ]+) p50_ms=([^ ]+) p99_ms=([^ ]+) non2xx=([0-9]+) socket_errors=([0-9]+).*/\1 \2 \3 \4 \5/' <<<"$B_LINE")
}
run_wrk() { # name script [env...]; WRK_C / WRK_T / WRK_WARM / WRK_DUR override the defaults,
    # WRK_BEFORE names a command run before the warm-up and again before the measured run
    local name=$1 script=$2; shift 2
    local c=${WRK_C:-$CONC} t=${WRK_T:-$THREADS} w=${WRK_WARM:-$WARM} d=${WRK_DUR:-$DUR}
    ${WRK_BEFORE:-}
    env "$@" wrk -t"$t" -c"$c" -d"${w}s" --timeout "$WRK_TIMEOUT" -s "$BENCH/wrk/$script" "http://127.0.0.1:$PORT_A" >"$WORK/wrk-$name-warmup.out" 2>&1
    ${WRK_BEFORE:-}
    env "$@" wrk -t"$t" -c"$c" -d"${d}s" --timeout "$WRK_TIMEOUT" --latency -s "$BENCH/wrk/$script" "http://127.0.0.1:$PORT_A" >"$WORK/wrk-$name.out" 2>&1
    local wn2="" wse=""
    if bench_fields "$(cat "$WORK/wrk-$name-warmup.out")"; then wn2=$B_N2; wse=$B_SE; fi
    bench_fields "$(cat "$WORK/wrk-$name.out")" || die "wrk $name: no result (see bench/work/wrk-$name.out)"
    RPS[$name]=$B_RPS; P50[$name]=$B_P50; P99[$name]=$B_P99
    ERR[$name]=$((B_N2 + ${wn2:-0})); SOCK[$name]=$((B_SE + ${wse:-0}))
    log "wrk $name: $B_LINE (warm-up errors: ${wn2:-?} non-2xx, ${wse:-?} socket)"
}
# JIT warm-up, not measured: a freshly started JVM has served only the cursor walk above. On 2
# busy cores the C2 compiler needs about a minute of load to finish the list path (a check, list
# first page in successive 15 s runs on a fresh jar: 508, 571, 624, 737, 830, 830 req/s), and
# 8 s per path measured the lists part-compiled. Each path gets JIT_WARM seconds in 10 s chunks;
# the chunks' rates are logged and written to RESULTS.md, so the convergence is on record. Page
# 1000 is warmed too: its cursor checks run on no other path, and after only its own 5 s warm-up it
# was measured at 612 req/s against the first page's 830, where a warm jar serves both alike.
# 30 s per path was not enough for q: in one run its chunks served 232 → 244 → 283 req/s and its
# measurement, two minutes later, 404; hence 60 s.
# One wrk run of a script against instance A, at the scenarios' concurrency: wrk's output.
wrk_once() { # script seconds [env...]
    local script=$1 seconds=$2; shift 2
    env "$@" wrk -t"$THREADS" -c"$CONC" -d"${seconds}s" --timeout "$WRK_TIMEOUT" -s "$BENCH/wrk/$script" \
        "http://127.0.0.1:$PORT_A" 2>&1
}
wrk_get() { # path seconds: GETs of one path
    wrk_once get.lua "$2" BENCH_PATH="$1"
}
# The warm-up chunks' non-2xx responses and socket errors count toward the "no error" target too.
WARM_ERR=0; WARM_SOCK=0
warm_chunk() { # wrk output of one warm-up chunk -> its fields in B_* (bench_fields); errors added to WARM_ERR / WARM_SOCK
    bench_fields "$1" || die "wrk warm-up chunk: no result (see bench/work/wrk-*warmup.out)"
    WARM_ERR=$((WARM_ERR + B_N2)); WARM_SOCK=$((WARM_SOCK + B_SE))
}
JIT_RATES=""
for spec in "list=$BASE?page_size=50" "page 1000=$P1000_PATH" "q=$BASE?page_size=50&q=$Q" \
        "category+favorite=$BASE?page_size=50&category_id=$CATEGORY&is_favorite=true" "get=$BASE/$SQL_APP"; do
    rates=""
    for _ in $(seq $(( (JIT_WARM + 9) / 10 ))); do
        out=$(wrk_get "${spec#*=}" 10)
        echo "$out" >>"$WORK/wrk-jit-warmup.out"
        warm_chunk "$out"
        rates+="${rates:+ → }$B_RPS"
    done
    JIT_RATES+="${JIT_RATES:+; }${spec%%=*} $rates"
done
log "JIT warm-up done (req/s per 10 s chunk: $JIT_RATES; $WARM_ERR non-2xx, $WARM_SOCK socket errors)"
run_wrk list_first_page  get.lua BENCH_PATH="$BASE?page_size=50"
run_wrk list_page_1000   get.lua BENCH_PATH="$P1000_PATH"
run_wrk list_q           get.lua BENCH_PATH="$BASE?page_size=50&q=$Q"
run_wrk list_q_rare      get.lua BENCH_PATH="$BASE?page_size=50&q=${Q_RARE// /%20}"
run_wrk list_q_fresh     terms.lua BENCH_BASE="$BASE" BENCH_TERMS_FILE="$WORK/q-terms.txt" BENCH_THREADS=$THREADS
run_wrk list_cat_fav     get.lua BENCH_PATH="$BASE?page_size=50&category_id=$CATEGORY&is_favorite=true"
run_wrk list_small       get.lua BENCH_PATH="/v2/clients/$SMALL/apps?page_size=50"
run_wrk get_app          get.lua BENCH_PATH="$BASE/$SQL_APP"
# latency without queueing: one connection, one thread
export WRK_C=1 WRK_T=1 WRK_WARM=3 WRK_DUR=10
run_wrk list_first_page_c1 get.lua BENCH_PATH="$BASE?page_size=50"
run_wrk list_page_1000_c1  get.lua BENCH_PATH="$P1000_PATH"
run_wrk list_q_c1          get.lua BENCH_PATH="$BASE?page_size=50&q=$Q"
unset WRK_C WRK_T WRK_WARM WRK_DUR

# ---- 5. pgbench: the same SQL needs, hand-written, same concurrency -------------------------------
# Runs before the write scenarios (bulk favorites changes is_favorite), on the same data wrk read;
# instance A stays up but idle.
declare -A PG_TPS PG_P50 PG_P99 PG_ERR
run_pgbench() { # name script [-D ...]
    local name=$1 script=$2; shift 2
    PGOPTIONS="$PG_SESSION" pgbench -n -M prepared -c "$CONC" -j "$THREADS" -T "$WARM" "$@" -f "$BENCH/pgbench/$script" "$DB" >"$WORK/pgb-$name-warmup.out" 2>&1 \
        || die "pgbench $name warm-up (see bench/work/pgb-$name-warmup.out)"
    rm -f "$WORK/pgb_$name".*
    PGOPTIONS="$PG_SESSION" pgbench -n -M prepared -c "$CONC" -j "$THREADS" -T "$DUR" "$@" --log --log-prefix="$WORK/pgb_$name" \
        -f "$BENCH/pgbench/$script" "$DB" >"$WORK/pgb-$name.out" 2>&1 || die "pgbench $name (see bench/work/pgb-$name.out)"
    PG_TPS[$name]=$(sed -nE 's/^tps = ([0-9.]+) .*/\1/p' "$WORK/pgb-$name.out")
    PG_ERR[$name]=$(sed -nE 's/^number of failed transactions: ([0-9]+).*/\1/p' "$WORK/pgb-$name.out")
    # per-transaction log: field 3 is the latency in microseconds
    read -r PG_P50[$name] PG_P99[$name] < <(cat "$WORK/pgb_$name".* | awk '{print $3}' | sort -n |
        awk '{v[NR]=$1} END {i50=int(NR*0.50); if (i50<1) i50=1; i99=int(NR*0.99); if (i99<1) i99=1; printf "%.2f %.2f\n", v[i50]/1000, v[i99]/1000}')
    log "pgbench $name: tps=${PG_TPS[$name]} p50=${PG_P50[$name]} ms p99=${PG_P99[$name]} ms failed=${PG_ERR[$name]}"
}
run_pgbench list_first_page list_first_page.sql -D client=$BIG
run_pgbench list_page_1000  list_page_1000.sql  -D client=$BIG -D "after_key=$AFTER_KEY" -D after_id=$AFTER_ID
run_pgbench list_q          list_q.sql          -D client=$BIG -D q=$Q
run_pgbench list_q_rare     list_q.sql          -D client=$BIG -D "q=$Q_RARE"
run_pgbench list_cat_fav    list_category_favorite.sql -D client=$BIG -D category=$CATEGORY
run_pgbench list_small      list_first_page.sql -D client=$SMALL
run_pgbench get_app         get_app.sql         -D client=$BIG -D app=$SQL_APP

# ---- 5b. the two rates paired: alternating short runs -------------------------------------------
# The ratio above divides two rates measured minutes apart, and this host's speed drifts by more than
# the targets' margins in minutes: the same jar's JVM CPU per list request went from 1.2 to 2.4 ms
# within 20 minutes, pgbench's list rate from 916 to 1,208 tps a minute apart (docs/queries.md §11).
# (Page 1000's target compares two service latencies, not a ratio to pgbench, so it is not paired.)
# Here the service and pgbench take turns, PAIR_ROUNDS rounds of PAIR_S seconds each, in the order
# A B, B A, A B, ... so that a steady drift weighs on both alike; each side's rate is its mean over
# the rounds. Both sides are already warm (their scenarios above), the service idles while pgbench
# runs and the other way round. The ratio targets are judged on these paired figures.
PAIR_ROUNDS=${BENCH_PAIR_ROUNDS:-6}
PAIR_S=${BENCH_PAIR_S:-5}
declare -A PAIR_SVC PAIR_PG PAIR_RATIO PAIR_SPREAD
pair() { # name wrk-path pgbench-script [-D ...]
    local name=$1 path=$2 script=$3; shift 3
    local svc_sum=0 pg_sum=0 ratios="" r side svc pg
    for r in $(seq "$PAIR_ROUNDS"); do
        local order="svc pg"; [ $((r % 2)) = 0 ] && order="pg svc"
        for side in $order; do
            if [ "$side" = svc ]; then
                bench_fields "$(wrk_get "$path" "$PAIR_S" | tee -a "$WORK/wrk-pair-$name.out")" \
                    || die "wrk pair $name: no result (see bench/work/wrk-pair-$name.out)"
                svc=$B_RPS
                ERR[$name]=$((${ERR[$name]} + B_N2)); SOCK[$name]=$((${SOCK[$name]} + B_SE))
            else
                pg=$(PGOPTIONS="$PG_SESSION" pgbench -n -M prepared -c "$CONC" -j "$THREADS" -T "$PAIR_S" "$@" -f "$BENCH/pgbench/$script" "$DB" 2>&1 \
                    | tee -a "$WORK/pgb-pair-$name.out" | sed -nE 's/^tps = ([0-9.]+) .*/\1/p')
                [ -n "$pg" ] || die "pgbench pair $name: no result (see bench/work/pgb-pair-$name.out)"
            fi
        done
        svc_sum=$(echo "$svc_sum + $svc" | bc); pg_sum=$(echo "$pg_sum + $pg" | bc)
        ratios+="${ratios:+ }$(echo "scale=2; $svc / $pg" | bc | sed 's/^\./0./')"
    done
    PAIR_SVC[$name]=$(echo "scale=1; $svc_sum / $PAIR_ROUNDS" | bc)
    PAIR_PG[$name]=$(echo "scale=1; $pg_sum / $PAIR_ROUNDS" | bc)
    PAIR_RATIO[$name]=$(echo "scale=2; $svc_sum / $pg_sum" | bc | sed 's/^\./0./')
    PAIR_SPREAD[$name]=$ratios
    log "paired $name: service ${PAIR_SVC[$name]} req/s, pgbench ${PAIR_PG[$name]} tps, ratio ${PAIR_RATIO[$name]} (rounds: $ratios)"
}
pair list_first_page "$BASE?page_size=50" list_first_page.sql -D client=$BIG
pair list_small      "/v2/clients/$SMALL/apps?page_size=50" list_first_page.sql -D client=$SMALL
pair get_app         "$BASE/$SQL_APP"      get_app.sql         -D client=$BIG -D app=$SQL_APP

# ---- 6. write scenarios, then the service's memory ---------------------------------------------
run_wrk patch_app        patch.lua BENCH_BASE="$BASE" BENCH_IDS_FILE="$WORK/patch-ids.txt"
# bulk.lua adds on even passes over its sets and removes on odd ones, from pass 0 at every start of
# wrk: so that every request of every run changes its 500 apps, each run starts with none of the
# large client's apps a favorite (a run that stopped half-way through a pass leaves its sets mixed).
BULK_ENV=(BENCH_BASE="$BASE" BENCH_BODIES_FILE="$WORK/bulk-bodies.txt")  # bulk.lua's inputs, BENCH_THREADS aside
# The vacuum after the reset: this host runs PostgreSQL with autovacuum off (CI's configuration, see
# the header line of RESULTS.md), where a production server runs it (README, Deployment). Each bulk
# run leaves up to 500 dead rows in client_app_recency per request (its key holds updated_at, so no
# update there is heap-only): without a vacuum, after about 12,000 bulk requests, 7.25 M dead rows
# lay beside 1.05 M live ones, and the later runs met a slower table than the first ones. Vacuuming
# before each run, as autovacuum would between two bursts, gives every run the same start; the rows
# a run kills during its own measurement still weigh on it.
no_favorites() {
    psql -qd "$DB" -c "update client_app set is_favorite = false where client_id = '$BIG' and is_favorite" \
        -c "vacuum client_app, client_app_recency, client_app_count" >/dev/null
}
# The bulk path's JIT warm-up: BULK_WARM seconds in 10 s chunks, each from no favorites, rates
# logged and written to RESULTS.md as the read paths' are. On a fresh jar at 8 connections, JVM CPU
# per bulk request in successive 10 s runs was 14.0, 9.1, 6.3, 6.3, 6.0, 5.2, 4.7 ms (req/s 60 → 80),
# and 3.1–3.7 ms once compiled: with the 30 s it had before, the measurement met a half-compiled path.
BULK_RATES=""
for _ in $(seq $(( (BULK_WARM + 9) / 10 ))); do
    no_favorites
    out=$(wrk_once bulk.lua 10 "${BULK_ENV[@]}" BENCH_THREADS=$THREADS)
    echo "$out" >>"$WORK/wrk-bulk-jit-warmup.out"
    warm_chunk "$out"
    BULK_RATES+="${BULK_RATES:+ → }$B_RPS"
done
JIT_RATES+="; bulk favorites $BULK_RATES"
log "bulk JIT warm-up done (req/s per 10 s chunk: $BULK_RATES; $WARM_ERR non-2xx, $WARM_SOCK socket errors so far)"
WRK_BEFORE=no_favorites run_wrk bulk_favorites bulk.lua "${BULK_ENV[@]}" BENCH_THREADS=$THREADS
WRK_BEFORE=no_favorites WRK_C=1 WRK_T=1 WRK_WARM=3 WRK_DUR=10 run_wrk bulk_favorites_c1 bulk.lua "${BULK_ENV[@]}" BENCH_THREADS=1
# how the bulk request's latency grows with the number of them in flight (for the table by concurrency)
for c in 2 4; do
    WRK_BEFORE=no_favorites WRK_C=$c WRK_WARM=3 WRK_DUR=10 run_wrk bulk_favorites_c$c bulk.lua "${BULK_ENV[@]}" BENCH_THREADS=$THREADS
done

RSS_KB=$(awk '/^VmRSS/ {print $2}' "/proc/$PID_A/status")
RSS_MIB=$((RSS_KB / 1024))
log "instance A VmRSS after the run: $RSS_MIB MiB"
# the database's own limit for the bulk request's SQL (lock, 500 audit events, update), A idle,
# from the same start as the service's bulk runs
no_favorites
run_pgbench bulk_favorites bulk_favorites.sql -D client=$BIG -D sets_per_client=$((100 / CONC))
stop "$PID_A"; PID_A=""

# ---- 7. the table, the targets, RESULTS.md -------------------------------------------------------
ratio() { [ -n "${PG_TPS[$1]:-}" ] && echo "scale=2; ${RPS[$1]} / ${PG_TPS[$1]}" | bc | sed 's/^\./0./' || echo "-"; }
label() { case $1 in
    list_first_page) echo "list first page (large client, page_size 50, default sort)";;
    list_page_1000)  echo "list page 1000 via cursor (large client)";;
    list_q)          echo "list q=$Q (large client)";;
    list_q_rare)     echo "list q=$Q_RARE, rare (large client)";;
    list_q_fresh)    echo "list q, a different 3-letter term on every request ($(wc -l <"$WORK/q-terms.txt") terms; no total reused)";;
    list_cat_fav)    echo "list category_id + is_favorite=true (large client)";;
    list_small)      echo "list first page, 500-app client";;
    get_app)         echo "get one app (large client)";;
    patch_app)       echo "PATCH one app (license_count)";;
    bulk_favorites)  echo "bulk favorites of 500 (add / remove passes, every request changes 500 apps)";;
    list_first_page_c1) echo "list first page, 1 connection";;
    list_page_1000_c1)  echo "list page 1000, 1 connection";;
    list_q_c1)          echo "list q=$Q, 1 connection";;
    bulk_favorites_c1)  echo "bulk favorites of 500, 1 connection";;
    esac; }
SCEN="list_first_page list_page_1000 list_q list_q_rare list_q_fresh list_cat_fav list_small get_app patch_app bulk_favorites"
SCEN1="list_first_page_c1 list_page_1000_c1 list_q_c1 bulk_favorites_c1"
for s in $SCEN; do [ -n "${PG_TPS[$s]:-}" ] && PG_TPS[$s]=$(printf '%.1f' "${PG_TPS[$s]}"); done
TABLE="| scenario | service req/s | p50 ms | p99 ms | non-2xx | socket errors | pgbench tps | pgbench p50 ms | pgbench p99 ms | service ÷ pgbench |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for s in $SCEN; do
    TABLE+=$'\n'"| $(label $s) | ${RPS[$s]} | ${P50[$s]} | ${P99[$s]} | ${ERR[$s]} | ${SOCK[$s]} | ${PG_TPS[$s]:--} | ${PG_P50[$s]:--} | ${PG_P99[$s]:--} | $(ratio $s) |"
done
TABLE1="| scenario (wrk -t1 -c1, 3 s warm-up, 10 s) | req/s | p50 ms | p99 ms | non-2xx | socket errors |
|---|---:|---:|---:|---:|---:|"
for s in $SCEN1; do
    TABLE1+=$'\n'"| $(label $s) | ${RPS[$s]} | ${P50[$s]} | ${P99[$s]} | ${ERR[$s]} | ${SOCK[$s]} |"
done
SCENB="bulk_favorites_c1 bulk_favorites_c2 bulk_favorites_c4 bulk_favorites"
TABLEB="| bulk favorites of 500: connections (wrk -t$THREADS; 1: -t1) | req/s | p50 ms | p99 ms | non-2xx | socket errors |
|---|---:|---:|---:|---:|---:|"
for s in $SCENB; do
    n=${s#bulk_favorites}; n=${n#_c}
    TABLEB+=$'\n'"| ${n:-$CONC} | ${RPS[$s]} | ${P50[$s]} | ${P99[$s]} | ${ERR[$s]} | ${SOCK[$s]} |"
done

SCENP="list_first_page list_small get_app"
TABLEP="| scenario (paired: $PAIR_ROUNDS alternating rounds of $PAIR_S s each side) | service req/s | pgbench tps | service ÷ pgbench | per-round ratios |
|---|---:|---:|---:|---|"
for s in $SCENP; do
    TABLEP+=$'\n'"| $(label $s) | ${PAIR_SVC[$s]} | ${PAIR_PG[$s]} | ${PAIR_RATIO[$s]} | ${PAIR_SPREAD[$s]} |"
done

ge() { [ "$(echo "$1 >= $2" | bc)" = 1 ]; }
lt() { [ "$(echo "$1 < $2" | bc)" = 1 ]; }
verdict() { if "$@"; then echo PASS; else echo MISS; fi; }
TOTAL_ERR=0; TOTAL_SOCK=0
for s in $SCEN $SCEN1 bulk_favorites_c2 bulk_favorites_c4; do TOTAL_ERR=$((TOTAL_ERR + ${ERR[$s]})); TOTAL_SOCK=$((TOTAL_SOCK + ${SOCK[$s]})); done
TOTAL_ERR=$((TOTAL_ERR + WARM_ERR)); TOTAL_SOCK=$((TOTAL_SOCK + WARM_SOCK))
P1000_X1=$(echo "scale=2; ${P50[list_page_1000_c1]} / ${P50[list_first_page_c1]}" | bc | sed 's/^\./0./')
R1=${PAIR_RATIO[list_first_page]}; RG=${PAIR_RATIO[get_app]}
P1000_X=$(echo "scale=2; ${P50[list_page_1000]} / ${P50[list_first_page]}" | bc | sed 's/^\./0./')
TARGETS="| target | figure at c=$CONC (the verdict) | figure at c=1 |
|---|---|---|
| load under 120 s | $(verdict lt "$LOAD_S" 120): ${LOAD_S%.*} s | |
| list first page ≥ 60 % of pgbench (paired) | $(verdict ge "$R1" 0.60): $R1 (rounds ${PAIR_SPREAD[list_first_page]}; unpaired $(ratio list_first_page)) | |
| get one app ≥ 50 % of pgbench (paired) | $(verdict ge "$RG" 0.50): $RG (rounds ${PAIR_SPREAD[get_app]}; unpaired $(ratio get_app)) | |
| page 1000 p50 within 1.3× of page 1 p50 | $(verdict ge 1.3 "$P1000_X"): ${P50[list_page_1000]} / ${P50[list_first_page]} ms = ${P1000_X}× | $(verdict ge 1.3 "$P1000_X1"): ${P50[list_page_1000_c1]} / ${P50[list_first_page_c1]} ms = ${P1000_X1}× |
| q search p50 under 20 ms (q=$Q, repeated) | $(verdict lt "${P50[list_q]}" 20): ${P50[list_q]} ms | $(verdict lt "${P50[list_q_c1]}" 20): ${P50[list_q_c1]} ms |
| q search p50 under 20 ms (a fresh term every request) | $(verdict lt "${P50[list_q_fresh]}" 20): ${P50[list_q_fresh]} ms | |
| bulk 500 favorites p50 under 100 ms | $(verdict lt "${P50[bulk_favorites]}" 100): ${P50[bulk_favorites]} ms | $(verdict lt "${P50[bulk_favorites_c1]}" 100): ${P50[bulk_favorites_c1]} ms |
| no error responses (warm-ups included, every scenario) | $(verdict [ "$TOTAL_ERR" = 0 ]): $TOTAL_ERR non-2xx, $TOTAL_SOCK socket errors/timeouts (wrk timeout $WRK_TIMEOUT) | |
| RSS of the service under 400 MiB after the run | $(verdict lt "$RSS_MIB" 400): $RSS_MIB MiB (JVM options: $JAVA_OPTS) | |
| two instances accept each other's cursors | ${CURSOR_CHECK%%:*} | |"

COMMIT=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!bench' 2>/dev/null || echo "-dirty")
MACHINE="$(nproc) cores ($(sed -nE 's/^model name\s*: //p' /proc/cpuinfo | head -1)), $(free -g | awk '/^Mem:/ {print $2}') GB RAM, $(uname -sr)"
PGVER=$(psql -Atd postgres -c "select split_part(version(), ' on ', 1)")
PGCONF=$(psql -Atd postgres -c "select coalesce(string_agg(name || '=' || setting, ', ' order by name), 'none') from pg_settings
    where source = 'configuration file' and name in ('autovacuum', 'fsync', 'synchronous_commit', 'full_page_writes', 'shared_buffers',
    'work_mem', 'max_wal_size', 'checkpoint_timeout', 'effective_cache_size', 'random_page_cost', 'jit')")
JAVAVER=$(java -version 2>&1 | head -1)
LOADAVG=$(cut -d' ' -f1-3 /proc/loadavg)

echo
echo "$TABLE"
echo
echo "$TABLEP"
echo
echo "$TABLE1"
echo
echo "$TABLEB"
echo
echo "$TARGETS"
echo
echo "$CURSOR_CHECK"

cat >"$BENCH/RESULTS.md" <<EOF
# Benchmark results

Produced by \`bash bench/run.sh\` (see bench/README.md); rerun the script rather than edit the figures.
A "Notes" section at the end, if present, was added by hand after the run.

- **Date:** $(date -u '+%Y-%m-%d %H:%M UTC')
- **Commit:** $COMMIT
- **Machine:** $MACHINE; $PGVER (of the settings that bear on speed, those its configuration files set: $PGCONF); $JAVAVER; load average (1/5/15 min) at the start $LOADAVG_START, at the end $LOADAVG
- **Data:** $COUNTS (clients, vendors, categories, catalog apps, app-category links, client apps); loaded in ${LOAD_S%.*} s
- **Load:** wrk -t$THREADS -c$CONC, ${WARM} s warm-up then ${DUR} s measured, per scenario, over loopback, against one
  instance of the packaged jar (JVM options \`$JAVA_OPTS\`, prod profile, per-request access log on). pgbench -M prepared -c$CONC -j$THREADS (session options \`$PG_SESSION\`, as the service's connections),
  ${WARM} s warm-up then ${DUR} s, with instance A idle, before the write scenarios. Latencies are wrk's and pgbench's per-request figures
  (pgbench p50/p99 computed from its per-transaction log).
- **JIT warm-up**, not measured (req/s per 10 s chunk; the read paths' before the first scenario, the bulk path's before the bulk scenarios): $JIT_RATES

## Results

$TABLE

$TABLEP

$TABLE1

$TABLEB

"non-2xx" and "socket errors" count non-2xx responses and socket errors in the warm-up and the measured run
(and, for the paired scenarios, in their rounds too).
The first table's ratios divide rates measured minutes apart; the paired table's come from alternating
${PAIR_S} s runs of the service and pgbench (A B, B A, ...), each side's rate averaged over the rounds, so
both meet the same machine speed. The ratio targets are judged on the paired figures.
The pgbench list scripts return the exact count and the page in one statement (one round trip);
the service sends the same one statement per list request (total as a column of the page; its client
check is remembered after a client's first request).

## Targets

$TARGETS

## Horizontal scale

$CURSOR_CHECK
EOF
log "wrote bench/RESULTS.md"

-- Bulk favorites of 500 apps: BENCH_BODIES_FILE holds one JSON body {"app_ids": [500 ids]} per line
-- (disjoint sets of the large client's apps). The service writes only the apps whose flag changes,
-- so repeating "add" on the same set would soon measure no-ops: each wrk thread owns a disjoint
-- slice of the bodies and walks it in passes, POST .../favorites on even passes and
-- .../favorites/remove on odd ones, so every request changes its 500 apps: run.sh makes none of the
-- client's apps a favorite before each run, since every run starts at pass 0 ("add"), whatever
-- state the previous run left its sets in. BENCH_THREADS must equal wrk -t.
dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
local base = os.getenv("BENCH_BASE") or error("BENCH_BASE is not set")
local bodies = read_lines(os.getenv("BENCH_BODIES_FILE") or error("BENCH_BODIES_FILE is not set"))
-- wrk.format(..., headers) would replace wrk.headers (and drop Authorization): set it here instead
wrk.headers["Content-Type"] = "application/json"
local first, count, i = 1, #bodies, 0
function init(args)
   first, count = thread_slice(#bodies)
end
function request()
   local pass = math.floor(i / count)
   local body = bodies[first + (i % count)]
   i = i + 1
   local path = base .. (pass % 2 == 0 and "/favorites" or "/favorites/remove")
   return wrk.format("POST", path, nil, body)
end

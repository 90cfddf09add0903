-- PATCH /apps/{id} with {"license_count": n}: cycles over the app ids in BENCH_IDS_FILE (one per
-- line), each thread from its own offset, so concurrent requests rarely touch the same row.
dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
local base = os.getenv("BENCH_BASE") or error("BENCH_BASE is not set")
local ids = read_lines(os.getenv("BENCH_IDS_FILE") or error("BENCH_IDS_FILE is not set"))
-- wrk.format(..., headers) would replace wrk.headers (and drop Authorization): set it here instead
wrk.headers["Content-Type"] = "application/json"
local i = 0
function init(args)
   i = math.floor(#ids / 2) * (tid or 0)
end
function request()
   i = i + 1
   local id = ids[(i % #ids) + 1]
   return wrk.format("PATCH", base .. "/" .. id, nil,
      string.format('{"license_count": %d}', i % 1000))
end

-- Shared by every wrk scenario: Authorization header, per-thread non-2xx counting, and a done()
-- that prints one machine-readable line:
--   BENCH requests=N duration_s=S rps=R p50_ms=A p99_ms=B non2xx=E socket_errors=K
-- Environment: TOKEN (bearer token), BENCH_BASE (e.g. /v2/clients/<id>/apps).
local token = os.getenv("TOKEN") or error("TOKEN is not set")
wrk.headers["Authorization"] = "Bearer " .. token
wrk.headers["Accept"] = "application/json"

local threads = {}
local next_id = 0

function setup(thread)
   thread:set("tid", next_id)
   next_id = next_id + 1
   table.insert(threads, thread)
end

non2xx = 0
function response(status, headers, body)
   if status < 200 or status > 299 then
      non2xx = non2xx + 1
      if non2xx <= 3 then io.stderr:write("non-2xx " .. status .. ": " .. string.sub(body or "", 1, 300) .. "\n") end
   end
end

-- This thread's own slice of n items, as (first index, count), for the scripts that walk a file
-- without two threads sending the same item. BENCH_THREADS must equal wrk -t.
function thread_slice(n)
   local count = math.floor(n / tonumber(os.getenv("BENCH_THREADS") or "1"))
   return (tid or 0) * count + 1, count
end

-- Reads a file into a list of non-empty lines.
function read_lines(path)
   local lines = {}
   local f = assert(io.open(path, "r"), "cannot open " .. path)
   for line in f:lines() do if #line > 0 then table.insert(lines, line) end end
   f:close()
   assert(#lines > 0, path .. " is empty")
   return lines
end

function done(summary, latency, requests)
   local bad = 0
   for _, t in ipairs(threads) do bad = bad + (t:get("non2xx") or 0) end
   local e = summary.errors
   local sock = e.connect + e.read + e.write + e.timeout
   local secs = summary.duration / 1e6
   io.write(string.format("BENCH requests=%d duration_s=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f non2xx=%d socket_errors=%d\n",
      summary.requests, secs, summary.requests / secs,
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, bad, sock))
end

-- List Apps with q: a different 3-letter term on every request. BENCH_TERMS_FILE holds every
-- 3-letter run of letters found in the catalog's names (about 4,400, in a fixed shuffled order;
-- from rare to about 2,600 matches). Each wrk thread walks its own slice in order, so no term is
-- asked twice within a run shorter than one walk of the file, and a remembered total_count of an
-- earlier request never answers: every request counts its matches. BENCH_THREADS must equal wrk -t.
dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
local base = os.getenv("BENCH_BASE") or error("BENCH_BASE is not set")
local terms = read_lines(os.getenv("BENCH_TERMS_FILE") or error("BENCH_TERMS_FILE is not set"))
local first, count, i = 1, #terms, 0
function init(args)
   first, count = thread_slice(#terms)
end
function request()
   local term = terms[first + (i % count)]
   i = i + 1
   return wrk.format("GET", base .. "?page_size=50&q=" .. term)
end

-- GET one fixed path: BENCH_PATH (path and query, already URL-encoded; for page 1000 it carries the
-- cursor that run.sh fetched once with curl before wrk starts).
dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
wrk.method = "GET"
wrk.path = os.getenv("BENCH_PATH") or error("BENCH_PATH is not set")

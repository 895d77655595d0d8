-- Shared by put-day.lua and get.lua: thread numbering, this thread's accounts, and the result line run parses.
local common = {}

-- wrk calls setup(thread) in its main Lua state before each thread's init(args): number the threads there.
local threads = {}
function common.setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

-- One header line per account in `file`; thread `tid` of `count` takes accounts tid, tid + count, … so that no two
-- threads ever send the same account (no two connections race for one person's day).
function common.accounts(file, tid, count)
  local mine, index = {}, 0
  for line in io.lines(file) do
    if line ~= "" then
      if index % count == tid then
        local name, value = line:match("^([^:]+):%s*(.*)$")
        table.insert(mine, { [name] = value })
      end
      index = index + 1
    end
  end
  assert(#mine > 0, "thread " .. tid .. " has no accounts in " .. file)
  return mine
end

-- Responses whose status is not `expected` (wrk itself counts only >= 400; a redirect to the sign-in page must count too).
function common.count_unexpected(expected)
  return function(status)
    if status ~= expected then
      unexpected = (unexpected or 0) + 1
    end
  end
end

-- One machine-readable line for bench/load/run, after wrk's own report.
function common.done(summary, latency)
  local unexpected = 0
  for _, thread in ipairs(threads) do
    unexpected = unexpected + (thread:get("unexpected") or 0)
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d seconds=%.2f rps=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f unexpected=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    unexpected, errors))
end

return common

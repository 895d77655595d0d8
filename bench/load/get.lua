-- GET of wrk's URL as one of many signed-in accounts, rotating over this thread's accounts request by request.
-- usage: wrk ... -s get.lua URL -- THREADS HEADERS_FILE EXPECTED_STATUS
local common = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "common.lua")
setup, done = common.setup, common.done

local accounts, next_index

function init(args)
  accounts = common.accounts(args[2], tid, tonumber(args[1]))
  response = common.count_unexpected(tonumber(args[3] or "200"))
  next_index = 0
end

function request()
  next_index = next_index + 1
  return wrk.format("GET", wrk.path, accounts[next_index % #accounts + 1])
end

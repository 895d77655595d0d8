-- PUT of a full diary day, each request a date the account has never saved (an insert, as a daily check-in is).
-- Requests go round this thread's accounts; after each round the date steps one day further back, starting
-- FIRST_DAYS_BACK days before today, so runs given disjoint ranges never replace each other's days.
-- A few symptom scores vary between requests so the saved year is not one day repeated (insights have
-- something to find); the stored shape, 57 rows, is the same for every body.
-- usage: wrk ... -s put-day.lua URL_PREFIX -- THREADS HEADERS_FILE BODY_FILE FIRST_DAYS_BACK
local common = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "common.lua")
setup, done = common.setup, common.done

local accounts, bodies, first_back, sent
local today_noon = os.time({ year = os.date("!*t").year, month = os.date("!*t").month, day = os.date("!*t").day, hour = 12 })

local varied = { "symptom.pain", "symptom.fatigue", "symptom.fibro-fog", "symptom.stiffness", "sleep.quality", "exposure.stress" }

function init(args)
  accounts = common.accounts(args[2], tid, tonumber(args[1]))
  local file = assert(io.open(args[3], "r"))
  local template = file:read("*a")
  file:close()
  math.randomseed(1000 + tid)
  bodies = {}
  for i = 1, 32 do
    local body = template
    for _, code in ipairs(varied) do
      body = body:gsub('("' .. code:gsub("%p", "%%%0") .. '":%s*)%d+', "%1" .. math.random(0, 10))
    end
    bodies[i] = body
  end
  first_back = tonumber(args[4])
  response = common.count_unexpected(tonumber(args[5] or "200"))
  sent = 0
end

function request()
  local account = accounts[sent % #accounts + 1]
  local back = first_back + math.floor(sent / #accounts)
  local date = os.date("!%Y-%m-%d", today_noon - back * 86400)
  local headers = { ["Content-Type"] = "application/json" }
  for name, value in pairs(account) do
    headers[name] = value
  end
  sent = sent + 1
  return wrk.format("PUT", wrk.path .. date, headers, bodies[sent % #bodies + 1])
end

-- SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
-- SPDX-License-Identifier: Apache-2.0
--
-- wrk script for scripts/bench: single-digest POST /commit requests, each with a different
-- random digest (a pool made once per thread, so wrk spends its time on the requests).
local b64chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

local function base64(bytes)
  local out = {}
  for i = 1, #bytes, 3 do
    local a, b, c = bytes:byte(i, i + 2)
    local n = a * 65536 + (b or 0) * 256 + (c or 0)
    local k = 4 - (c and 0 or 1) - (b and 0 or 1)
    for j = 1, 4 do
      if j <= k then
        local idx = math.floor(n / 262144) % 64 + 1
        out[#out + 1] = b64chars:sub(idx, idx)
      else
        out[#out + 1] = "="
      end
      n = (n * 64) % 16777216
    end
  end
  return table.concat(out)
end

local pool = {}
local next = 1

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
  for i = 1, 4096 do
    local bytes = {}
    for j = 1, 32 do bytes[j] = string.char(math.random(0, 255)) end
    local body = '{"digests":[{"digestB64":"' .. base64(table.concat(bytes)) ..
                 '","hashAlg":"sha256"}]}'
    pool[i] = wrk.format("POST", "/commit", {["Content-Type"] = "application/json"}, body)
  end
end

function request()
  local r = pool[next]
  next = next % #pool + 1
  return r
end

-- summary.errors.status counts answers >= 400, so a fast run of refusals cannot pass.
function done(summary, latency, requests)
  io.write(string.format("p99_us %d\n", latency:percentile(99)))
  io.write(string.format("p50_us %d\n", latency:percentile(50)))
  io.write(string.format("requests %d\n", summary.requests))
  io.write(string.format("duration_us %d\n", summary.duration))
  io.write(string.format("errors %d\n", summary.errors.status + summary.errors.connect +
                         summary.errors.read + summary.errors.write + summary.errors.timeout))
end

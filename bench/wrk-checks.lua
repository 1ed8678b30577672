-- wrk script for the bank-check benchmarks (bench/load.mjs): GET each path of the file named by
-- WRK_PATHS in turn, with the header WRK_AUTHORIZATION when set, and print the figures as one JSON
-- line when done (latencies in microseconds).
local paths = {}
for line in io.lines(os.getenv("WRK_PATHS")) do paths[#paths + 1] = line end
local headers = {}
local authorization = os.getenv("WRK_AUTHORIZATION")
if authorization and authorization ~= "" then headers["Authorization"] = authorization end
local position = 0

request = function()
  position = position % #paths + 1
  return wrk.format("GET", paths[position], headers)
end

done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    '{"requests":%d,"durationUs":%d,"p50Us":%d,"p99Us":%d,"connectErrors":%d,"readErrors":%d,"writeErrors":%d,"statusErrors":%d,"timeouts":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    errors.connect, errors.read, errors.write, errors.status, errors.timeout))
end

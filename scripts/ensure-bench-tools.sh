#!/usr/bin/env bash
# `pnpm bench` loads the bank check with wrk (Debian's package): a C load generator, so that the
# two cores the server under test shares with it go to the server, not to the generator. Installs it
# when missing; exit status 2 when it is missing and cannot be installed here (not root, no apt-get).
set -euo pipefail
command -v wrk >/dev/null && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "The benchmarks need wrk (Debian: sudo apt-get install -y wrk); cannot install it here (not root or no apt-get)." >&2
  exit 2
fi
echo "Installing wrk for the benchmarks…" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends wrk >/dev/null

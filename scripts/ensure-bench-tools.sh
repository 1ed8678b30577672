#!/usr/bin/env bash
# `pnpm bench` loads the bank check with wrk (Debian's package): a C load generator, so that the
# two cores the server under test shares with it go to the server, not to the generator. Installs it
# when missing; exit status 2 when it is missing and cannot be installed here.
set -euo pipefail
command -v wrk >/dev/null && exit 0
exec "$(dirname "$0")/apt-install-missing.sh" "The benchmarks" wrk

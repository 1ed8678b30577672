#!/usr/bin/env bash
# apt-install-missing.sh WHAT PACKAGE…: installs Debian packages a script found missing, for WHAT
# (said in its messages). Exit status 2 when they cannot be installed here (not root, or no apt-get).
# policy-rc.d keeps packages from starting system-wide services of their own (etcd, haproxy,
# postgres): the project's harnesses start their own, on ports of their choosing.
set -euo pipefail
what=$1
shift
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "$what needs $* (Debian: sudo apt-get install -y $*); cannot install them here (not root or no apt-get)." >&2
  exit 2
fi
echo "Installing $* for $what…" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
policy=/usr/sbin/policy-rc.d
created_policy=0
if [ ! -e "$policy" ]; then printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && created_policy=1; fi
trap '[ "$created_policy" -eq 1 ] && rm -f "$policy"' EXIT
apt-get install -y -qq --no-install-recommends "$@" >/dev/null

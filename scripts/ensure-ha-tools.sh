#!/usr/bin/env bash
# The high-availability test cluster (tests/harness/ha-cluster.mjs) runs Debian's own engines:
# PostgreSQL 15, Patroni, etcd and HAProxy; docker-compose (v1) validates docker/compose.ha.yaml
# offline. Installs whichever is missing; does nothing when all are there. PostgreSQL refuses to run
# as root: run by root, the cluster runs as the OS user `postgres` (created by Debian's
# postgresql-common); run by anyone else, as that user. Exit status 2: something is missing and
# cannot be installed here (not root, or no apt-get).
set -euo pipefail

PG_BIN=/usr/lib/postgresql/15/bin
missing=()
[ -x "$PG_BIN/postgres" ] && [ -x "$PG_BIN/pg_basebackup" ] || missing+=(postgresql-15)
command -v patroni >/dev/null || missing+=(patroni)
command -v etcd >/dev/null || missing+=(etcd-server)
[ -x /usr/sbin/haproxy ] || command -v haproxy >/dev/null || missing+=(haproxy)
command -v docker-compose >/dev/null || missing+=(docker-compose)
id -u postgres >/dev/null 2>&1 || missing+=(postgresql-common)

if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
exec "$(dirname "$0")/apt-install-missing.sh" "The HA cluster" "${missing[@]}"

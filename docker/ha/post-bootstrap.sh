#!/bin/sh
# Patroni's post_bootstrap: runs once, on the node that initialised the cluster, with a superuser
# connection string as $1. The registry connects as `qorgau` (its migrations run on start).
set -eu
psql "$1" -v ON_ERROR_STOP=1 -v password="$QORGAU_DB_PASSWORD" <<'SQL'
CREATE ROLE qorgau LOGIN PASSWORD :'password';
CREATE DATABASE qorgau OWNER qorgau;
SQL

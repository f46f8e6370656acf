#!/usr/bin/env python3
"""The correlator's join done in DuckDB, for a side-by-side figure.

Usage:
  DATAREACH_BENCH_ONCE=1 DATAREACH_BENCH_FULL=1 DATAREACH_BENCH_DUMP=/tmp/drbench \
      cargo bench --bench correlate          # prints datareach timings, dumps CSVs
  pip install duckdb
  python3 benches/correlate_duckdb.py /tmp/drbench [threads]

The CSVs are the same generated data the Rust bench uses: objects (uri,
regulated, findings), grants already reduced to a [lo, hi) URI range plus a
LIKE pattern (exact: [u, u\\x01); `*.csv`: [dir/, dir/\\x7f) and LIKE dir/%.csv;
`**`: [prefix, prefix\\x7f) and LIKE prefix%), and agent -> principal (itself
and its roles). SQL computes, per agent, the objects reachable (allow minus
deny, expired grants dropped) and their totals: what `datareach exposure`
computes before findings. Column narrowing is approximated at object level.
"""
import sys
import time

import duckdb

d = sys.argv[1]
threads = int(sys.argv[2]) if len(sys.argv) > 2 else 1
con = duckdb.connect()
con.execute(f"SET threads = {threads}")
# keep the box usable: spill instead of growing without bound
con.execute("SET memory_limit = '4GB'")
con.execute("SET temp_directory = '/tmp/duckdb_spill'")
t = time.time()
con.execute(
    f"""CREATE TABLE objects AS SELECT (row_number() OVER ()) - 1 AS oid, uri, regulated, findings
        FROM read_csv('{d}/objects.csv', header = true, quote = '', escape = '',
                      columns = {{'uri': 'VARCHAR', 'regulated': 'INTEGER', 'findings': 'BIGINT'}})"""
)
con.execute(
    f"""CREATE TABLE g AS SELECT id, principal, effect, actions, lo, hi, split_part(pat, '#', 1) AS pat
        FROM read_csv('{d}/grants.csv', header = true, quote = '', escape = '',
                      columns = {{'id': 'VARCHAR', 'principal': 'VARCHAR', 'effect': 'VARCHAR', 'actions': 'INTEGER',
                                 'expired': 'BOOLEAN', 'lo': 'VARCHAR', 'hi': 'VARCHAR', 'pat': 'VARCHAR'}})
        WHERE NOT expired"""
)
con.execute(
    f"CREATE TABLE ap AS SELECT * FROM read_csv('{d}/agent_principals.csv', header = true)"
)
load = time.time() - t
t = time.time()
con.execute(
    """CREATE TABLE pairs AS
       SELECT ap.agent, o.oid,
              bit_or(CASE WHEN g.effect = 'allow' THEN g.actions ELSE 0 END) AS allow,
              bit_or(CASE WHEN g.effect = 'deny' THEN g.actions ELSE 0 END) AS deny
       FROM ap JOIN g ON g.principal = ap.principal
       JOIN objects o ON o.uri >= g.lo AND o.uri < g.hi AND o.uri LIKE g.pat
       GROUP BY ap.agent, o.oid"""
)
rows = con.execute(
    """SELECT count(*), sum(n), sum(reg) FROM (
         SELECT agent, count(*) AS n, sum(regulated) AS reg, sum(findings) AS f
         FROM pairs JOIN objects USING (oid)
         WHERE (allow & ~deny) != 0
         GROUP BY agent)"""
).fetchone()
join = time.time() - t
print(f"duckdb {duckdb.__version__}, {threads} thread(s): load {load:.2f}s, join + per-agent totals {join:.2f}s")
print(f"{rows[0]} agents with reach, {rows[1]} (agent, object) reach pairs ({rows[2]} regulated)")

#!/usr/bin/env bash
# Side-by-side throughput (and, on the dev corpus, accuracy) of datareach and
# the peers in ../shared/peers: ripgrep running datareach's own candidate
# patterns (one alternation), ripgrep with the peers' patterns, and Presidio.
#
#   benches/compare.sh [--mb 16] [--no-presidio] [--workdir DIR]
#
# Needs: a release build (built here), ripgrep (apt-get install ripgrep),
# python3; Presidio needs `bash ../shared/peers/setup_peers.sh` once (set
# PEERS_VENVS to a writable directory). Run on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
MB=16
PRESIDIO=1
WORK=${TMPDIR:-/tmp}/datareach-compare
while [ $# -gt 0 ]; do
  case "$1" in
    --mb) MB=$2; shift 2 ;;
    --no-presidio) PRESIDIO=0; shift ;;
    --workdir) WORK=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 3 ;;
  esac
done
SHARED=${SHARED:-../shared}
PEERS=$SHARED/peers
mkdir -p "$WORK"
cargo build --release --quiet
BIN=target/release/datareach
CORPUS=$WORK/corpus-${MB}mb
[ -d "$CORPUS" ] || python3 "$PEERS/bench_corpus.py" "$CORPUS" --mb "$MB" >/dev/null
BYTES=$(find "$CORPUS" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')

mbps() { python3 -c "import sys; print(f'{$BYTES/1e6/float(sys.argv[1]):.1f}')" "$1"; }
# Prints the best wall time of 5 runs of "$@" (shared VMs are noisy). With
# BEST_OUT set, the command's stdout goes to that file rather than /dev/null;
# with FRESH_DIR set, that directory is removed before each run. Both happen
# before the clock starts, so neither tool pays for freeing the previous
# run's output (ripgrep's file is truncated when it is opened; replacing
# datareach's 38 MB findings file from the run before cost ~9 ms inside the
# rename, on a file system mounted with `discard`).
best_of_5() {
  python3 - "$@" <<'PY'
import os, shutil, subprocess, sys, time
best = 1e9
for _ in range(5):
    out = open(os.environ["BEST_OUT"], "wb") if os.environ.get("BEST_OUT") else subprocess.DEVNULL
    if os.environ.get("FRESH_DIR"):
        shutil.rmtree(os.environ["FRESH_DIR"], ignore_errors=True)
    t = time.perf_counter()
    subprocess.run(sys.argv[1:], stdout=out, stderr=subprocess.DEVNULL)
    best = min(best, time.perf_counter() - t)
print(f"{best:.4f}")
PY
}
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1])/float(sys.argv[2]):.2f}')" "$1" "$2"; }

# datareach's own candidate patterns as one alternation, for ripgrep.
# Pattern macros are expanded as the engine does (src/engine.rs expand_pattern).
python3 - > "$WORK/datareach-patterns.txt" <<'PY'
import glob, tomllib
words = set()
for line in open("classifiers/dict/street_suffixes.txt"):
    line = line.split("#", 1)[0].strip()
    words.update(w.lower() for w in line.split())
suffix = "(?:" + "|".join(w.capitalize() for w in sorted(words, key=lambda w: (-len(w), w))) + ")"
pats = []
for f in sorted(glob.glob("classifiers/*.toml")):
    # Rules that run only on non-ASCII windows (accented names), only under
    # a column naming them or only in one document format (HL7, X12, NACHA,
    # ...) are left out: the engine does not run them over the rest of the
    # text either.
    # A value group's name is dropped: ripgrep rejects an alternation
    # naming two groups alike, and what it finds is the same.
    # A pattern that spans lines (a name on the line under a sign-off) is
    # left out too: ripgrep searches line by line and rejects it; without
    # it, ripgrep has one pattern fewer to run than the engine.
    pats += [r["pattern"].replace("{{street_suffix}}", suffix).replace("(?P<value>", "(?:")
             for r in tomllib.load(open(f, "rb"))["rule"]
             if not any(r.get(k) for k in ("requires_non_ascii", "column_only", "hl7_only", "only_in"))
             and "\\n" not in r["pattern"]]

# ripgrep's byte mode (--no-unicode) takes no non-ASCII literal: each one
# becomes its UTF-8 bytes, and a class holding some becomes an alternation
# of its ASCII part and the byte sequences of its non-ASCII ranges (the
# engine, in the same byte mode, compiles these to the same automaton).
def utf8_bytes(cp):
    return "".join(f"\\x{b:02X}" for b in chr(cp).encode())

def utf8_range(lo, hi):
    # Split at each change of lead byte (all ranges here are two-byte ones).
    assert 0x80 <= lo <= hi <= 0x7FF, (lo, hi)
    parts = []
    while lo <= hi:
        end = min(hi, lo | 0x3F)
        lead, a, b = 0xC0 | (lo >> 6), 0x80 | (lo & 0x3F), 0x80 | (end & 0x3F)
        parts.append(f"\\x{lead:02X}[\\x{a:02X}-\\x{b:02X}]")
        lo = end + 1
    return parts

def class_items(body):
    items, i = [], 0
    def atom(i):
        if body[i] == "\\":
            return body[i:i + 2], i + 2
        return body[i], i + 1
    while i < len(body):
        a, i = atom(i)
        if i < len(body) - 1 and body[i] == "-":
            b, i = atom(i + 1)
            items.append((a, b))
        else:
            items.append((a, a))
    return items

def to_bytes(p):
    # `(?u:` groups would read \xC3 as the character U+00C3, not a byte.
    p = p.replace("(?u:", "(?:")
    out, i = [], 0
    while i < len(p):
        c = p[i]
        if c == "\\":
            out.append(p[i:i + 2]); i += 2
        elif c == "[":
            j = i + 1
            while p[j] != "]" or p[j - 1] == "\\":
                j += 1
            body = p[i + 1:j]
            if all(ord(ch) < 128 for ch in body):
                out.append(p[i:j + 1])
            else:
                assert not body.startswith("^"), body
                ascii_part, alts = "", []
                for a, b in class_items(body):
                    if len(a) == 1 and ord(a) >= 128:
                        alts += utf8_range(ord(a), ord(b))
                    else:
                        ascii_part += a if a == b else f"{a}-{b}"
                alts = ([f"[{ascii_part}]"] if ascii_part else []) + alts
                out.append("(?:" + "|".join(alts) + ")")
            i = j + 1
        elif ord(c) >= 128:
            out.append(utf8_bytes(ord(c))); i += 1
        else:
            out.append(c); i += 1
    return "".join(out)

print("|".join(f"(?:{to_bytes(p)})" for p in pats))
PY
# A pattern file rg cannot compile would time an error message, not a search.
rg --no-unicode -q -f "$WORK/datareach-patterns.txt" /dev/null 2>"$WORK/rg-error.txt" || [ $? -eq 1 ] || {
  echo "ripgrep rejects the generated patterns:" >&2; head -3 "$WORK/rg-error.txt" >&2; exit 1; }

printf '%-44s %10s %10s\n' "tool ($((BYTES/1000000)) MB, $(nproc) cores)" seconds "MB/s"
row() { printf '%-44s %10s %10s\n' "$1" "$2" "$(mbps "$2")"; }
T=$(FRESH_DIR="$WORK/out1" best_of_5 $BIN scan "$CORPUS" --out "$WORK/out1" -j1 -q); row "datareach -j1 (full rules + validators)" "$T"
T1=$T
# -j1 is one scanning thread; the output writer, the walk and the engine
# build still run on threads of their own, free to use a second core.
# Pinned to one core, the run is what one core does.
if command -v taskset >/dev/null; then
  TP=$(FRESH_DIR="$WORK/out1" best_of_5 taskset -c 0 $BIN scan "$CORPUS" --out "$WORK/out1" -j1 -q); row "datareach -j1 pinned to one core" "$TP"
fi
T=$(FRESH_DIR="$WORK/out2" best_of_5 $BIN scan "$CORPUS" --out "$WORK/out2" -j2 -q); row "datareach -j2" "$T"
T2=$T
echo "  two-thread speed-up: $(ratio "$T1" "$T2")x over -j1${TP:+, $(ratio "$TP" "$T2")x over -j1 pinned to one core}"
# What the machine's cores allow: two independent -j1 scans of the corpus
# at once share nothing (each builds its own engine and search caches), so
# their combined throughput over one scan's is the ceiling for -j2, short
# of the per-core slowdown two busy cores suffer (shared caches, memory,
# a host's other guests).
TPAIR=$(python3 - "$BIN" "$CORPUS" "$WORK" <<'PY'
import shutil, subprocess, sys, time
binary, corpus, work = sys.argv[1:]
best = 1e9
for _ in range(5):
    outs = [f"{work}/pair{k}" for k in (0, 1)]
    for o in outs:
        shutil.rmtree(o, ignore_errors=True)
    t = time.perf_counter()
    runs = [subprocess.Popen([binary, "scan", corpus, "--out", o, "-j1", "-q"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for o in outs]
    for r in runs:
        r.wait()
    best = min(best, time.perf_counter() - t)
print(f"{best:.4f}")
PY
)
rm -rf "$WORK/pair0" "$WORK/pair1"
echo "  two -j1 scans side by side: $(ratio "$(python3 -c "print(2*$T1)")" "$TPAIR")x one scan's throughput (the machine's two-core ceiling)"
if command -v rg >/dev/null; then
  T=$(best_of_5 rg -j1 --no-unicode -o -f "$WORK/datareach-patterns.txt" "$CORPUS"); row "ripgrep -j1, datareach's candidate patterns" "$T"
  TR=$T
  T=$(BEST_OUT="$WORK/rg-out.txt" best_of_5 rg -j1 --no-unicode -o -f "$WORK/datareach-patterns.txt" "$CORPUS")
  row "  the same, its matches written to a file" "$T"
  TRF=$T
  rm -f "$WORK/rg-out.txt"
  echo "  datareach -j1 runs at $(ratio "$TR" "$T1")x ripgrep's speed ($(ratio "$TRF" "$T1")x when both write their output to a file)"
  python3 - "$PEERS/map_ripgrep.json" > "$WORK/rg-peer.txt" <<'PY'
import json, sys
print("|".join(f"(?:{p})" for p in json.load(open(sys.argv[1]))["patterns"].values()))
PY
  T=$(best_of_5 rg -j1 --no-unicode -o -f "$WORK/rg-peer.txt" "$CORPUS"); row "ripgrep -j1, peers' 6 patterns" "$T"
else
  echo "ripgrep not installed (apt-get install ripgrep): skipped"
fi
if [ "$PRESIDIO" = 1 ]; then
  if python3 "$PEERS/run_peer.py" presidio "$CORPUS" "$WORK/presidio.jsonl" > "$WORK/presidio.summary" 2>/dev/null; then
    S=$(tail -1 "$WORK/presidio.summary" | python3 -c "import json,sys; print(json.load(sys.stdin)['seconds'])")
    row "presidio (1 core, detection calls only)" "$S"
  else
    echo "presidio not set up (bash $PEERS/setup_peers.sh): skipped"
  fi
fi

#!/usr/bin/env bash
# Regression gate on the independent worlds: generates every world of the given seeds, runs
# `vigil coordination detect` on each with default options, scores it, and fails when a seed's
# totals are worse than those recorded in baseline.json by more than its tolerances (fewer planted
# groups found, more organic or benign accounts clustered). Generator and detector are both
# deterministic, so the same code gives the same totals; the tolerances leave room for a change
# that trades a little on purpose (say so in baseline.json's note when you move it).
#   bench/independent-worlds/regress.sh JAR [SEED...]        (default seeds: those in baseline.json)
# Needs python3 and a JDK 21+ (JAVA_HOME). About 3.5 minutes per seed on 2 cores.
# Exit codes: 0 no regression; 1 a regression (the worlds that moved are listed); 2 bad usage or a
# run that failed (its log is printed).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
JAR="${1:?usage: regress.sh JAR [SEED...]}"
shift
[[ -f "$JAR" ]] || { echo "regress: no jar at $JAR" >&2; exit 2; }
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
SEEDS=("$@")
if [[ ${#SEEDS[@]} -eq 0 ]]; then
  mapfile -t SEEDS < <(python3 -c 'import json,sys; print("\n".join(sorted(json.load(open(sys.argv[1]))["seeds"])))' "$HERE/baseline.json")
fi
OUT="${OUT:-${TMPDIR:-/tmp}/vigil-regress}"
JOBS="${JOBS:-$(nproc)}"
rm -rf "$OUT"
mkdir -p "$OUT"
WORLDS=$(python3 "$HERE/gen.py" --list | awk '{print $1}')

one() { # world seed
  local d="$OUT/$1_s$2"
  mkdir -p "$d"
  python3 "$HERE/gen.py" "$1" --seed "$2" --out "$d" > "$d/gen.log" 2>&1 || { cat "$d/gen.log"; return 1; }
  "$JAVA" -Xmx3g -jar "$JAR" coordination detect --format jsonl --input "$d/posts.jsonl" \
    --out "$d/result.json" --no-progress > "$d/vigil.log" 2>&1 || { cat "$d/vigil.log"; return 1; }
  python3 "$HERE/evaluate.py" "$d" --json > "$d/score.json"
  rm -f "$d/posts.jsonl" "$d/result.json"
}

pids=()
for s in "${SEEDS[@]}"; do
  for w in $WORLDS; do
    one "$w" "$s" &
    pids+=($!)
    while [[ $(jobs -rp | wc -l) -ge $JOBS ]]; do sleep 0.2; done
  done
done
failed=0
for p in "${pids[@]}"; do wait "$p" || failed=1; done
[[ $failed -eq 0 ]] || { echo "regress: a world did not run" >&2; exit 2; }

python3 - "$HERE/baseline.json" "$OUT" "${SEEDS[@]}" <<'PY'
import glob, json, os, sys
base = json.load(open(sys.argv[1]))
out, seeds = sys.argv[2], sys.argv[3:]
tol = base["tolerance"]
worse = False
for s in seeds:
    found = groups = organic = benign = 0
    worlds = {}
    for p in sorted(glob.glob(os.path.join(out, "*_s%s" % s, "score.json"))):
        d = json.load(open(p))
        f = sum(g["found"] for g in d["groups"])
        b = sum(g["inany"] for g in d["benign"])
        found += f; groups += len(d["groups"]); organic += d["organic_clustered"]; benign += b
        worlds[d["world"]] = [f, d["organic_clustered"], b]
    print("independent worlds, seed %s: found %d of %d groups, organic accounts clustered %d, benign %d"
          % (s, found, groups, organic, benign))
    want = base["seeds"].get(s)
    if want is None:
        print("  (no baseline for seed %s)" % s)
        continue
    problems = []
    if found < want["found"] - tol["found"]:
        problems.append("found %d < %d - %d" % (found, want["found"], tol["found"]))
    if organic > want["organic"] + tol["organic"]:
        problems.append("organic %d > %d + %d" % (organic, want["organic"], tol["organic"]))
    if benign > want["benign"] + tol["benign"]:
        problems.append("benign %d > %d + %d" % (benign, want["benign"], tol["benign"]))
    if problems:
        worse = True
        print("  REGRESSION against baseline.json: " + "; ".join(problems))
        for w, (f, o, b) in sorted(worlds.items()):
            was = want.get("worlds", {}).get(w)
            if was and was != [f, o, b]:
                print("    %-14s found %d -> %d, organic %d -> %d, benign %d -> %d"
                      % (w, was[0], f, was[1], o, was[2], b))
sys.exit(1 if worse else 0)
PY

#!/usr/bin/env bash
# Generates one independent world, runs `./vigil coordination detect` on it with default options
# (plus any extra options given), and scores the result against the world's truth.
#   bench/independent-worlds/run.sh WORLD SEED [detect options...]
#   GEN_SET='--set rt_text=false' TAG=_nortext bench/independent-worlds/run.sh rt_a3 2
# Output: ${OUT:-/tmp/vigil-worlds}/WORLD_sSEED$TAG/{posts.jsonl,truth.json,result.json,score.txt}
# `python3 bench/independent-worlds/gen.py --list` lists the worlds.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
W=$1; S=$2; shift 2
D="${OUT:-/tmp/vigil-worlds}/${W}_s${S}${TAG:-}"
# shellcheck disable=SC2086
python3 "$HERE/gen.py" "$W" --seed "$S" --out "$D" ${GEN_SET:-} >&2
"$ROOT/vigil" coordination detect --format jsonl --input "$D/posts.jsonl" \
  --out "$D/result.json" --no-progress "$@" > "$D/vigil.log" 2>&1 || { cat "$D/vigil.log"; exit 1; }
python3 "$HERE/evaluate.py" "$D" | tee "$D/score.txt"

#!/usr/bin/env python3
"""Score a vigil result.json against truth.json.
Found: >= half of the group's members in one cluster AND group members > half of that cluster.
Usage: python3 evaluate.py RUNDIR [--json]"""
import json, sys, os, collections

d = sys.argv[1]
truth = json.load(open(os.path.join(d, "truth.json")))
res = json.load(open(os.path.join(d, "result.json")))
clusters = res["clusters"]
cl_of = {}
for c in clusters:
    for a in c["accounts"]:
        cl_of[a] = c["id"]
by_id = {c["id"]: c for c in clusters}
organic = set(truth["organic"])
planted = set(m for g in truth["groups"] for m in g["members"])
leaders = set(g["leader"] for g in truth["groups"] if "leader" in g)
benign = set(m for b in truth["benign"] for m in b["members"])
org_cl = [a for a in organic if a in cl_of]
rows = []


def sig(c):
    return ",".join("%s:%.2f" % (r["signal"], r.get("weightShare", 0)) for r in c.get("reasons", []))


def score(g):
    mem = g["members"]
    cnt = collections.Counter(cl_of[m] for m in mem if m in cl_of)
    if not cnt:
        return dict(best=0, csize=0, inany=0, found=False, reasons="")
    cid, n = cnt.most_common(1)[0]
    c = by_id[cid]
    size = len(c["accounts"])
    found = n >= (len(mem) + 1) // 2 and n > size / 2
    return dict(best=n, csize=size, inany=sum(cnt.values()), found=found, reasons=sig(c),
                org_in=sum(1 for a in c["accounts"] if a in organic), ncl=len(cnt))


out = {"world": truth["world"], "seed": truth["seed"], "clusters": len(clusters),
       "organic": len(organic), "organic_clustered": len(org_cl), "groups": [], "benign": []}
for g in truth["groups"]:
    s = score(g)
    s.update({k: g[k] for k in ("kind", "size", "actions", "delay", "id")})
    out["groups"].append(s)
for b in truth["benign"]:
    s = score(b)
    s.update({"kind": b["kind"], "size": b["size"], "id": b["id"]})
    out["benign"].append(s)
# organic accounts in clusters: which clusters (planted cluster or pure-organic)
pure = 0
for c in clusters:
    if all(a in organic for a in c["accounts"]):
        pure += 1
out["pure_organic_clusters"] = pure
out["organic_in_planted_clusters"] = sum(
    1 for a in org_cl if any(m in planted for m in by_id[cl_of[a]]["accounts"]))
st = res.get("stats", {})
out["stats"] = {k: st.get(k) for k in ("interestCommunities", "interestAccounts", "coordinatedSets")}
if "--json" in sys.argv:
    print(json.dumps(out))
    sys.exit()
nf = sum(1 for g in out["groups"] if g["found"])
print("== %s seed %d: clusters %d, organic clustered %d / %d (%.2f%%; %d in planted-group clusters, "
      "%d all-organic clusters), groups found %d / %d, stats %s" % (
          out["world"], out["seed"], len(clusters), len(org_cl), len(organic),
          100.0 * len(org_cl) / max(1, len(organic)), out["organic_in_planted_clusters"], pure,
          nf, len(out["groups"]), out["stats"]))
for g in out["groups"]:
    print("  G%-3d %-10s size %2d act %2d delay %4ds  best %2d/%2d in cluster of %2d (organic %s) "
          "%s  %s" % (g["id"], g["kind"], g["size"], g["actions"], g["delay"], g["best"], g["size"],
                      g["csize"], g.get("org_in", "-"), "FOUND" if g["found"] else "miss ",
                      g["reasons"]))
for b in out["benign"]:
    print("  B%-3d %-10s size %2d  in clusters %2d, best %2d in cluster of %2d  %s" % (
        b["id"], b["kind"], b["size"], b["inany"], b["best"], b["csize"], b["reasons"]))
if pure:
    for c in clusters:
        if all(a in organic for a in c["accounts"]):
            print("  organic cluster %s size %d: %s" % (c["id"], len(c["accounts"]), sig(c)))

#!/usr/bin/python3
"""Reference runs for the pattern-discovery bench (medmine-bench PatternsBench writes the inputs).

Needs Debian's scikit-learn in Debian's own python3:  apt-get install -y python3-sklearn
(installs do not survive the machine; re-run it first). Usage: /usr/bin/python3 bench/patterns_reference.py OUTDIR

1. k-means objective: scikit-learn KMeans (k-means++, n_init=10) inertia on the same matrices as medmine's
   k-means; prints both and the relative difference (target: within 1%).
2. Isolation forest: scikit-learn's IsolationForest (200 trees, 256 samples) on the same 2,020 points (20 planted
   outliers); Spearman correlation of the two score rankings and how many planted outliers each puts in its top 20.
3. FP-Growth: a brute-force level-wise count (Apriori) in Python of the same transactions at the same minimum
   count ceil(minSupport * n), compared itemset by itemset with medmine's output.
"""
import math
import sys
import time
from itertools import combinations
from pathlib import Path

import numpy as np
from scipy.stats import spearmanr
from sklearn.cluster import KMeans
from sklearn.ensemble import IsolationForest

out = Path(sys.argv[1])
results = {}
for line in (out / "medmine-results.tsv").read_text().splitlines()[1:]:
    leg, param, *values = line.split("\t")
    results[(leg, param)] = values

print("k-means objective (sum of squared distances), medmine vs scikit-learn")
for name, ks in (("patients", (2, 3, 4)), ("blobs", (4,))):
    x = np.loadtxt(out / f"matrix-{name}.csv", delimiter=",")
    for k in ks:
        t0 = time.time()
        sk = KMeans(n_clusters=k, n_init=10, random_state=0).fit(x).inertia_
        ms = (time.time() - t0) * 1000
        mm = float(results[(f"kmeans-{name}", f"k={k}")][0])
        print(f"  {name:9s} n={x.shape[0]:5d} d={x.shape[1]:2d} k={k}: medmine {mm:.4f}  sklearn {sk:.4f}"
              f"  diff {100 * (mm - sk) / sk:+.3f}%  (sklearn {ms:.0f} ms)")

x = np.loadtxt(out / "matrix-isolation.csv", delimiter=",")
mm = np.loadtxt(out / "isolation-medmine.txt")
sk = -IsolationForest(n_estimators=200, max_samples=256, random_state=0).fit(x).score_samples(x)
planted = set(range(2000, len(x)))
top = lambda s: len(planted & set(np.argsort(-s)[:20]))
print(f"isolation forest on {len(x)} points: Spearman rank correlation {spearmanr(mm, sk).correlation:.3f};"
      f" planted outliers in the top 20: medmine {top(mm)}, sklearn {top(sk)}")


def apriori(transactions, min_count, max_len=10):
    sets = [frozenset(t) for t in transactions]
    counts = {}
    for t in sets:
        for i in t:
            counts[frozenset([i])] = counts.get(frozenset([i]), 0) + 1
    level = {s: c for s, c in counts.items() if c >= min_count}
    found = dict(level)
    items = sorted({i for s in level for i in s})
    k = 1
    while level and k < max_len:
        cands = set()
        for s in level:
            for i in items:
                if i not in s:
                    c = s | {i}
                    if all(frozenset(x) in found for x in combinations(c, len(c) - 1)):
                        cands.add(c)
        level = {}
        for c in cands:
            n = sum(1 for t in sets if c <= t)
            if n >= min_count:
                level[c] = n
        found.update(level)
        k += 1
    return found


print("FP-Growth itemsets, medmine vs a Python level-wise count")
for kind in ("patient_conditions", "encounter_orders", "claim_codes"):
    (n, min_support, max_len), = [tuple(p.split()) for (leg, p) in results if leg == "fpgrowth-" + kind]
    tx = [l.split() for l in (out / f"transactions-{kind}.txt").read_text().splitlines()]
    assert len(tx) == int(n)
    min_count = max(1, math.ceil(float(min_support) * len(tx)))
    t0 = time.time()
    ref = apriori(tx, min_count, int(max_len))
    ms = (time.time() - t0) * 1000
    mine = {}
    for l in (out / f"itemsets-medmine-{kind}.txt").read_text().splitlines():
        items, n = l.split("\t")
        mine[frozenset(items.split())] = int(n)
    same = mine == ref
    medmine = [v for (leg, p), v in results.items() if leg == "fpgrowth-" + kind][0][0]
    print(f"  {kind:18s} {len(tx):6d} transactions, min support {min_support} (count {min_count}), length <= {max_len}:"
          f" identical: {same} ({len(ref)} reference itemsets; reference {ms:.0f} ms; medmine {medmine})")

#!/usr/bin/env python3
"""Derives medmine's bundled region centroids (ZIP3 and county) from Synthea's geography files.

Source: Synthea 3.3.0 (Maven Central org.mitre.synthea:synthea:3.3.0, Apache-2.0), resources
geography/zipcodes.csv (place and ZCTA internal points: USPS, ST, NAME, ZCTA5, LAT, LON) and
geography/fipscodes.csv (zip, city, state, latitude, longitude, fipscounty, county). Synthea builds these from
US Census Bureau geography (Gazetteer files), works of the US Government in the public domain; the derived
centroids carry no other data. Synthea places its patients at these same points, so the centroids match the
regions `medmine surveil --region zip3|county` counts.

ZIP3 centroid: the unweighted mean latitude/longitude of the distinct ZCTA5 points whose code starts with the
three digits. County centroid: the unweighted mean of the distinct ZIP points Synthea assigns to the county FIPS
code. Neither is population-weighted; both are points for distances between regions, not boundaries.

Usage: python3 bench/derive_centroids.py [SYNTHEA_JAR] (default: the jar in ~/.m2)
"""
import collections, csv, io, os, sys, zipfile

jar = sys.argv[1] if len(sys.argv) > 1 else os.path.expanduser(
    "~/.m2/repository/org/mitre/synthea/synthea/3.3.0/synthea-3.3.0.jar")
out = os.path.join(os.path.dirname(__file__), "..", "medmine-core", "src", "main", "resources", "org", "medmine",
                   "mining", "spatial")
z = zipfile.ZipFile(jar)

def rows(name):
    return csv.DictReader(io.TextIOWrapper(z.open(name), encoding="utf-8"))

zcta = {}
for r in rows("geography/zipcodes.csv"):
    code = r["ZCTA5"].strip().split(".")[0]
    if code and code not in zcta:
        zcta[code.zfill(5)] = (float(r["LAT"]), float(r["LON"]), r["ST"])
zip3 = collections.defaultdict(list)
for code, (lat, lon, st) in zcta.items():
    zip3[code[:3]].append((lat, lon, st))
with open(os.path.join(out, "zip3-centroids.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["zip3", "state", "latitude", "longitude", "zcta_count"])
    for k in sorted(zip3):
        pts = zip3[k]
        state = collections.Counter(p[2] for p in pts).most_common(1)[0][0]
        w.writerow([k, state, "%.5f" % (sum(p[0] for p in pts) / len(pts)), "%.5f" % (sum(p[1] for p in pts) / len(pts)), len(pts)])

county = collections.defaultdict(set)
names = {}
for r in rows("geography/fipscodes.csv"):
    fips = r["fipscounty"].strip().split(".")[0]
    if not fips or not r["latitude"]:
        continue
    fips = fips.zfill(5)
    county[fips].add((float(r["latitude"]), float(r["longitude"])))
    names[fips] = (r["county"].strip(), r["state"].strip())
with open(os.path.join(out, "county-centroids.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["fips", "county", "state", "latitude", "longitude", "zip_count"])
    for k in sorted(county):
        pts = county[k]
        w.writerow([k, names[k][0], names[k][1], "%.5f" % (sum(p[0] for p in pts) / len(pts)),
                    "%.5f" % (sum(p[1] for p in pts) / len(pts)), len(pts)])
print("zip3:", len(zip3), "counties:", len(county))

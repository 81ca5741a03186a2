"""Self-check of the reference tables in this folder (csv module only)."""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
HEADERS = {
    "provinces.csv": "code,name_en,name_zh,name_ja,capital_city_code,population_million,population_year,population_source,gdp_cny_bn,gdp_year,gdp_source,area_km2,area_source,status",
    "cities.csv": "code,province_code,name_zh,name_en,name_ja,division_type,is_capital,is_subprovincial,pop_2023_10k,note,source,name_ja_status",
    "industries.csv": "code,group,label_en,label_ja,label_zh,status,source",
    "zones.csv": "id,kind,province_code,city,name_en,name_zh,facts,source",
    "figures.csv": "id,geography,partner,indicator,indicator_label_en,value,unit,period,count_kind,status,source_name,source_url,note",
}
UNITS = {"USD bn", "USD m", "CNY bn", "firms", "bases", "persons", "projects", "%", "% y/y", "million persons", "km2"}
errors = []


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
        r = csv.reader(f)
        header = next(r)
        if ",".join(header) != HEADERS[name]:
            errors.append(f"{name}: header mismatch")
        rows = [dict(zip(header, row)) for row in r]
        for row in rows:
            if len(row) != len(header):
                errors.append(f"{name}: bad row length {row}")
        return rows


def unique(name, rows, key):
    vals = [r[key] for r in rows]
    dup = {v for v in vals if vals.count(v) > 1}
    if dup:
        errors.append(f"{name}: duplicate {key}: {sorted(dup)}")


def isnum(s):
    try:
        float(s)
        return True
    except ValueError:
        return False


t = {n: load(n) for n in HEADERS}
prov, cities, inds, zones, figs = (t[n] for n in HEADERS)
for n, k in [("provinces.csv", "code"), ("cities.csv", "code"), ("cities.csv", "name_en"),
             ("industries.csv", "code"), ("zones.csv", "id"), ("figures.csv", "id")]:
    unique(n, t[n], k)
pcodes = {p["code"] for p in prov}
ccodes = {c["code"] for c in cities}
for p in prov:
    if p["capital_city_code"] not in ccodes:
        errors.append(f"province {p['code']}: capital {p['capital_city_code']} not in cities")
    for k in ("population_million", "gdp_cny_bn", "area_km2"):
        if not isnum(p[k]):
            errors.append(f"province {p['code']}: {k} not numeric")
for c in cities:
    if c["province_code"] not in pcodes:
        errors.append(f"city {c['code']}: province {c['province_code']} missing")
    if not c["code"].startswith(c["province_code"]):
        errors.append(f"city {c['code']}: code/province mismatch")
    if c["pop_2023_10k"] and not isnum(c["pop_2023_10k"]):
        errors.append(f"city {c['code']}: pop not numeric")
caps = [c["code"] for c in cities if c["is_capital"] == "1"]
if sorted(caps) != sorted(p["capital_city_code"] for p in prov):
    errors.append(f"capitals flagged in cities {caps} differ from provinces")
if len(cities) != 36:
    errors.append(f"expected 36 cities, got {len(cities)}")
if len(inds) != 27:
    errors.append(f"expected 27 industries, got {len(inds)}")
for z in zones:
    if z["kind"] not in {"zone", "plan", "port", "airport", "rail"}:
        errors.append(f"zone {z['id']}: bad kind")
    if z["province_code"] not in pcodes | {"NE3"}:
        errors.append(f"zone {z['id']}: bad province_code")
for f in figs:
    if not isnum(f["value"]):
        errors.append(f"figure {f['id']}: value not numeric: {f['value']!r}")
    if not f["source_url"].strip() or not f["source_name"].strip():
        errors.append(f"figure {f['id']}: missing source")
    if f["geography"] not in pcodes | ccodes | {"NE3", "CN"}:
        errors.append(f"figure {f['id']}: bad geography {f['geography']}")
    if f["partner"] not in {"JP", "ALL", "-"}:
        errors.append(f"figure {f['id']}: bad partner")
    if f["unit"] not in UNITS:
        errors.append(f"figure {f['id']}: bad unit {f['unit']!r}")
    if f["status"] not in {"VERIFIED", "ESTIMATED", "DERIVED"}:
        errors.append(f"figure {f['id']}: bad status")
    if f["unit"] in {"firms", "bases"} and not f["count_kind"]:
        errors.append(f"figure {f['id']}: firm count without count_kind")

print("provinces", len(prov), "| cities", len(cities), "| industries", len(inds),
      "| zones", len(zones), "| figures", len(figs))
print("figures by status:", {s: sum(f["status"] == s for f in figs) for s in sorted({f["status"] for f in figs})})
print("indicators:", len({f["indicator"] for f in figs}))
if errors:
    print("ERRORS:")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")

#!/usr/bin/env python3
"""Builds the ingredient and clinical-drug tables of medmine's drug-interaction knowledge base.

Inputs: the ONC lists (shared/data/ddi, copied BOM-free into the resources) and the RxNorm codes
Synthea 3.3.0 writes (synthea-3.3.0-rxnorm-codes.tsv beside this script: every RxNorm code and
display in the modules of synthea-3.3.0.jar). No RxNorm release is reachable here, so an ingredient
is identified by its RxNorm name (lower case); DrugBank names that RxNorm spells differently are
renamed below. A clinical drug (SCD/SBD) maps to the ingredients its RxNorm name lists.

Run from the repository root: python3 tools/ddi/build_tables.py
"""
import re
from pathlib import Path

HERE = Path(__file__).parent
KB = Path("medmine-core/src/main/resources/org/medmine/apps/cds/ddi")
# DrugBank name -> RxNorm ingredient name, where they differ.
RXNORM_NAME = {
    "rifampicin": "rifampin",
    "pethidine": "meperidine",
    "methylergometrine": "methylergonovine",
    "acetylsalicylic acid": "aspirin",
    "alendronic acid": "alendronate",
    "levothyroxine": "levothyroxine",
    "salbutamol": "albuterol",
    "paracetamol": "acetaminophen",
    "cipro": "ciprofloxacin",
    "ferrous": "ferrous sulfate",
    "mirena": "levonorgestrel",
    "liletta": "levonorgestrel",
    "kyleena": "levonorgestrel",
    "kalydeco": "ivacaftor",
    "nuvaring": "etonogestrel|ethinyl estradiol",
    "dysport botulinum toxin a": "abobotulinumtoxina",
}
SALTS = {
    "hydrochloride", "hcl", "sodium", "potassium", "succinate", "tartrate", "bitartrate",
    "sulfate", "phosphate", "hyclate", "disodium", "hydrobromide", "maleate", "besylate", "mesylate", "citrate", "fumarate",
    "bromide", "(usp)", "porcine", "human", "macrocrystals", "monohydrate", "dihydrate",
}
QUALIFIER = re.compile(r"^(abuse-deterrent |breath-actuated |nda\d+ |\d+(\.\d+)? (ml|hr|actuat|day) )+")


def ingredient(name):
    n = " ".join(name.lower().split())
    return RXNORM_NAME.get(n, n)


def list_ingredients():
    found = {}
    for lst in ("onc-high-priority.dsv", "onc-non-interruptive.dsv"):
        for line in (KB / lst).read_text(encoding="utf-8").splitlines():
            f = line.split("$")
            for name, db in ((f[0], f[1]), (f[2], f[3])):
                found.setdefault(ingredient(name), (db, name))
    return found


def drug_ingredients(display):
    text = re.sub(r"\[.*?\]|\(.*?\)|,", "", display).strip().lower()
    if text.endswith(" pack"):
        return []  # a pack's name is a brand; RxNorm lists its components separately
    if not re.search(r"\d", text):
        return [ingredient(p) for p in re.split(r" ?/ ?", text)]
    text = QUALIFIER.sub("", text)
    names = []
    for part in text.split(" / "):
        words = []
        for w in part.split():
            if re.match(r"^[\d.]+$", w) or re.match(r"^\d", w):
                break
            if w not in SALTS or not words:
                words.append(w)
        if words and len(words) < len(part.split()):
            names.extend(ingredient(" ".join(words)).split("|"))
    return names


def main():
    ingredients = list_ingredients()
    rows = []
    for line in (HERE / "synthea-3.3.0-rxnorm-codes.tsv").read_text().splitlines():
        code, display = line.split("\t", 1)
        names = drug_ingredients(display)
        rows.append((code, display, names))
        for n in names:
            ingredients.setdefault(n, ("", ""))
    with open(KB / "ingredients.tsv", "w") as out:
        out.write("# ingredient (RxNorm name)\tDrugBank id\tname in the ONC lists\n")
        for name in sorted(ingredients):
            db, listed = ingredients[name]
            out.write(f"{name}\t{db}\t{listed}\n")
    with open(KB / "rxnorm-clinical-drugs.tsv", "w") as out:
        out.write("# RxNorm code\tRxNorm name (as Synthea 3.3.0 writes it)\tingredients (|)\n")
        for code, display, names in sorted(rows, key=lambda r: int(r[0])):
            out.write(f"{code}\t{display}\t{'|'.join(names)}\n")
    covered = sum(1 for r in rows if r[2])
    print(f"{len(ingredients)} ingredients; {covered} of {len(rows)} Synthea codes resolve")


main()

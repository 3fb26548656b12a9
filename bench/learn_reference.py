"""Peers of bench/learn.sh: scikit-learn's HistGradientBoostingClassifier and xgboost's XGBClassifier, both with
default settings, trained and tested on exactly the rows medmine learn used (its split.csv) and the feature columns
its card lists. Text columns are given to both as ordinal codes (pandas category codes, missing stays NaN): neither
takes text as it stands. Usage: learn_reference.py DATA.csv OUTDIR SEED -> prints one JSON line."""
import json
import sys

import numpy as np
import pandas as pd
import xgboost
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score

data, out, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
card = json.load(open(f"{out}/card.json"))
tokens = card["missing_values"]["tokens"]
table = pd.read_csv(data, dtype=str, keep_default_na=False)
table = table.apply(lambda c: c.str.strip()).replace({t: np.nan for t in tokens})
table["line"] = np.arange(2, len(table) + 2)
split = pd.read_csv(f"{out}/split.csv")
table = table.merge(split, on="line")
features = [c["name"] for c in card["columns"]]
x = pd.DataFrame(index=table.index)
for f in features:
    numbers = pd.to_numeric(table[f], errors="coerce")
    if numbers.notna().sum() == table[f].notna().sum():
        x[f] = numbers
    else:
        codes = table[f].astype("category").cat.codes.astype(float)
        x[f] = codes.where(codes >= 0, np.nan)
y = (table[card["target"]] == card["positive"]).astype(int).to_numpy()
train = (table["part"] == "train").to_numpy()
test = (table["part"] == "test").to_numpy()
hgb = HistGradientBoostingClassifier(random_state=seed).fit(x[train], y[train])
xgb = xgboost.XGBClassifier(random_state=seed).fit(x[train], y[train])
models = {m["model"]: m for m in card["models"]}
chosen = max(card["models"], key=lambda m: m["cv_auroc"])
print(json.dumps({
    "medmine_chosen": chosen["auroc"],
    "medmine_chosen_model": chosen["model"],
    "medmine_boosted": models["boosted trees (XGBoost)"]["auroc"],
    "medmine_logistic": models["logistic regression (L2)"]["auroc"],
    "hgb": roc_auc_score(y[test], hgb.predict_proba(x[test])[:, 1]),
    "xgboost": roc_auc_score(y[test], xgb.predict_proba(x[test])[:, 1]),
    "train": int(train.sum()), "test": int(test.sum()),
}))

#!/usr/bin/python3
"""Reference leg of bench/prediction.sh (issue 5): scikit-learn's LogisticRegression and the Python xgboost
package trained on the covariate matrix and patient-level split medmine exported (NAME-matrix.csv), with the
hyper-parameters medmine's cross-validation chose (NAME-medmine.json); prints AUROC and training time side by
side. Usage: prediction_reference.py OUTDIR STUDY...

Matching medmine's models:
- logistic regression: medmine mean-imputes and standardizes on the training rows (sample SD) and penalizes
  lambda/2 * ||beta||^2 on the summed log-likelihood, intercept free; scikit-learn's L2 objective is
  C * sum(loss) + ||w||^2 / 2, so C = 1 / lambda on the same standardized columns.
- boosted trees: binary:logistic, exact tree method, one thread, the same rounds, max_depth, eta,
  min_child_weight and seed; missing values left missing. XGBoost 2+ (medmine's xgboost4j 3.0) starts from
  the training outcome rate (base_score); Debian's 1.7 starts from 0.5 unless told, so it is told.
"""
import csv
import json
import math
import sys
import time

import numpy as np
import sklearn
import xgboost
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

REPEATS = 5


def load(path):
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    parts = np.array([r[1] for r in rows[1:]])
    y = np.array([int(r[2]) for r in rows[1:]])
    x = np.array([[float(v) if v != "" else math.nan for v in r[3:]] for r in rows[1:]], dtype=float)
    patients = np.array([r[0] for r in rows[1:]])
    return patients, parts, y, x


def timed(fit):
    """The model and the median time of REPEATS fits, after one untimed warm-up (as medmine's side)."""
    times, model = [], fit()
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        model = fit()
        times.append((time.perf_counter() - t0) * 1000)
    return model, sorted(times)[REPEATS // 2]


def main(out, studies):
    print(f"scikit-learn {sklearn.__version__}, xgboost {xgboost.__version__}")
    header = f"{'study':<24} {'model':<22} {'medmine AUROC':>13} {'reference AUROC':>15} {'diff':>7} {'medmine ms':>10} {'reference ms':>12}"
    lines = []
    for study in studies:
        try:
            with open(f"{out}/{study}-medmine.json") as f:
                ours = json.load(f)
        except FileNotFoundError:
            print(f"{study}: no export (too few outcomes?)")
            continue
        patients, parts, y, x = load(f"{out}/{study}-matrix.csv")
        train, test = parts == "train", parts == "test"
        assert not set(patients[train]) & set(patients[test]), "a patient in both parts"
        xtr, ytr, xte, yte = x[train], y[train], x[test], y[test]

        mean = np.nanmean(xtr, axis=0)
        mean = np.where(np.isnan(mean), 0.0, mean)
        fill = lambda m: np.where(np.isnan(m), mean, m)
        sd = np.std(fill(xtr), axis=0, ddof=1)
        sd = np.where(sd > 1e-12, sd, 1.0)
        ztr, zte = (fill(xtr) - mean) / sd, (fill(xte) - mean) / sd
        lr, lr_ms = timed(lambda: LogisticRegression(C=1.0 / ours["lambda"], tol=1e-10, max_iter=10000).fit(ztr, ytr))
        lr_auc = roc_auc_score(yte, lr.predict_proba(zte)[:, 1])

        params = {"objective": "binary:logistic", "max_depth": ours["max_depth"], "eta": ours["eta"],
                  "min_child_weight": ours["min_child_weight"], "seed": ours["seed"], "nthread": 1,
                  "tree_method": "exact", "base_score": float(ytr.mean())}

        def fit_xgb():
            d = xgboost.DMatrix(xtr, label=ytr, missing=math.nan)
            return xgboost.train(params, d, num_boost_round=ours["rounds"])
        bt, bt_ms = timed(fit_xgb)
        bt_auc = roc_auc_score(yte, bt.predict(xgboost.DMatrix(xte, missing=math.nan)))

        print(f"{study}: train {len(ytr)} rows ({ytr.sum()} outcomes), test {len(yte)} rows ({yte.sum()} outcomes),"
              f" {x.shape[1]} covariates; lambda {ours['lambda']}, xgboost rounds {ours['rounds']}, depth {ours['max_depth']}")
        for name, m_auc, r_auc, m_ms, r_ms in (
                ("L2 logistic regression", ours["lr_auroc"], lr_auc, ours["lr_train_ms"], lr_ms),
                ("boosted trees", ours["xgb_auroc"], bt_auc, ours["xgb_train_ms"], bt_ms)):
            ok = "ok" if abs(m_auc - r_auc) <= 0.01 else "FAIL"
            lines.append(f"{study:<24} {name:<22} {m_auc:>13.4f} {r_auc:>15.4f} {m_auc - r_auc:>+7.4f} {m_ms:>10.1f} {r_ms:>12.1f}  {ok}")
    print(header)
    print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])

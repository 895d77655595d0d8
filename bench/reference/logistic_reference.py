#!/usr/bin/python3
"""Golden values for FibroTrack.Statistics: maximum-likelihood logistic regression and the flare-onset model.

Run with Debian's interpreter, which has statsmodels (the python3 first on PATH may not):

    /usr/bin/python3 bench/reference/logistic_reference.py

Writes inputs (CSV) and expected outputs (JSON) to
tests/FibroTrack.Statistics.Tests/Reference/logistic/. Data come from fixed numpy seeds; the C# tests read the CSV
inputs rather than re-generating them. Floats are written with repr() (shortest round-trip).

Reference: statsmodels.api.Logit(y, X).fit(method="newton", tol=1e-10, maxiter=200) -- params, bse, tvalues (z),
pvalues (normal), conf_int(alpha=0.05) (Wald), llf, llnull -- cross-checked against
statsmodels.api.GLM(y, X, family=Binomial()).fit(tol=1e-13) (IRLS); the script stops if the two disagree by more
than 1e-6 (GLM's SEs use its last IRLS weights). R's glm(family = binomial) agrees the same way (its SEs, too, come
from the last IRLS weights: 2.6e-7 relative on the near-separated case).

Cases:
  * logistic_basic: n = 250, intercept, two continuous covariates and a binary one.
  * logistic_onset: the flare-onset model on a 400-day calendar series with gaps (onset_calendar.csv: day, onset,
    composite, x; NaN = missing or inside a flare). Rows are days t with onset_t, composite_{t-1} and x_{t-1..t-3}
    recorded; design: const, composite_lag1, x_lag1..3 and the natural-spline trend that
    FibroTrack.Statistics.Associations.TrendBasis builds (truncated-power basis of ESL eqs. 5.4-5.5 on the calendar
    day scaled to [0, 1], interior knots at type-7 quantiles; it spans the space of R's splines::ns(day, df)).
  * logistic_near_separation: n = 60, a covariate that almost separates the outcomes (two overlapping rows), so the
    maximum is finite but large; tests convergence far from zero.
  * logistic_separated.csv (input only): the same covariates with a response that a line in (z, w) separates;
    statsmodels raises PerfectSeparationError, FibroTrack must report Separation.
"""

import json
import os
import sys

import numpy as np
import statsmodels
import statsmodels.api as sm
from statsmodels.tools.sm_exceptions import PerfectSeparationError

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "tests", "FibroTrack.Statistics.Tests", "Reference", "logistic"))


def fmt(v):
    if isinstance(v, float) and np.isnan(v):
        return "NaN"
    return repr(float(v))


def write_csv(name, header, columns):
    rows = len(columns[0])
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(",".join(header) + "\n")
        for i in range(rows):
            f.write(",".join(fmt(c[i]) for c in columns) + "\n")


def write_json(name, obj):
    def clean(o):
        if isinstance(o, dict):
            return {k: clean(v) for k, v in o.items()}
        if isinstance(o, (list, tuple, np.ndarray)):
            return [clean(v) for v in o]
        if isinstance(o, (np.floating, float)):
            return None if np.isnan(o) else float(o)
        if isinstance(o, (np.integer,)):
            return int(o)
        return o

    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        json.dump(clean(obj), f, indent=2, allow_nan=False)
        f.write("\n")


def versions():
    return {"statsmodels": statsmodels.__version__, "numpy": np.__version__, "python": sys.version.split()[0]}


def logit_case(name, X, y, names, extra=None):
    """Fits Logit, checks it against GLM Binomial, writes <name>.csv (y then the design) and <name>.json."""
    res = sm.Logit(y, X).fit(method="newton", tol=1e-10, maxiter=200, disp=0)
    assert res.mle_retvals["converged"], name
    glm = sm.GLM(y, X, family=sm.families.Binomial()).fit(tol=1e-13, maxiter=200)
    for a, b, what in [(res.params, glm.params, "params"), (res.bse, glm.bse, "bse")]:
        diff = np.max(np.abs(np.asarray(a) - np.asarray(b)) / np.maximum(1, np.abs(np.asarray(b))))
        # GLM's IRLS stops on the deviance and keeps the weights of its last iteration, so its SEs lag Newton's by up
        # to ~3e-7 relative on the near-separated case; Logit (Newton to 1e-10 on the parameters) is the reference.
        assert diff < 1e-6, (name, what, diff)
    assert abs(res.llf - glm.llf) < 1e-8 * max(1, abs(res.llf)), name
    write_csv(name + ".csv", ["y"] + names, [y] + [X[:, j] for j in range(X.shape[1])])
    ci = res.conf_int(alpha=0.05)
    R = np.zeros((3, X.shape[1]))
    lag_idx = [j for j, nm in enumerate(names) if nm.startswith("x_lag")]
    wald = None
    if len(lag_idx) == 3:
        for r, j in enumerate(lag_idx):
            R[r, j] = 1.0
        w = res.wald_test(R, scalar=True)
        wald = {"indices": lag_idx, "statistic": float(np.squeeze(w.statistic)), "p": float(w.pvalue), "df": len(lag_idx)}
    obj = {
        "source": "statsmodels.api.Logit(y, X).fit(method='newton', tol=1e-10); conf_int(alpha=0.05); "
                  "checked against GLM(y, X, family=Binomial()) to 1e-6",
        "versions": versions(),
        "names": names,
        "n": int(res.nobs),
        "events": int(np.sum(y)),
        "params": res.params,
        "bse": res.bse,
        "zvalues": res.tvalues,
        "pvalues": res.pvalues,
        "conf_int_lower": ci[:, 0],
        "conf_int_upper": ci[:, 1],
        "llf": float(res.llf),
        "llnull": float(res.llnull),
        "deviance": float(glm.deviance),
        "null_deviance": float(glm.null_deviance),
        "prsquared": float(res.prsquared),
        "aic": float(res.aic),
        "bic": float(res.bic),
        "fitted": res.predict(),
    }
    if wald is not None:
        obj["wald_lags"] = wald
    if extra:
        obj.update(extra)
    write_json(name + ".json", obj)
    return res


def expit(v):
    return 1.0 / (1.0 + np.exp(-v))


def ar1(rng, n, phi, sd=1.0):
    e = rng.normal(0.0, sd, n)
    u = np.empty(n)
    u[0] = e[0] / np.sqrt(1 - phi * phi)
    for t in range(1, n):
        u[t] = phi * u[t - 1] + e[t]
    return u


def markov01(rng, n, p_stay, p_start):
    x = np.empty(n)
    x[0] = float(rng.random() < 0.5)
    for t in range(1, n):
        x[t] = float(rng.random() < (p_stay if x[t - 1] == 1 else p_start))
    return x


def trend_basis(days, df):
    """The trend columns of TrendBasis.Fill (see the module docstring)."""
    days = np.asarray(days, dtype=float)
    u = (days - days[0]) / max(1.0, days[-1] - days[0])
    cols = [u]
    if df == 1:
        return np.column_stack(cols)
    knots = np.concatenate([[0.0], np.quantile(u, np.arange(1, df) / df), [1.0]])  # numpy default = R type 7
    last, before = knots[-1], knots[-2]

    def d(k):
        return (np.maximum(0, u - k) ** 3 - np.maximum(0, u - last) ** 3) / (last - k)

    for k in range(len(knots) - 2):
        cols.append(d(knots[k]) - d(before))
    return np.column_stack(cols)


def onset_case():
    rng = np.random.default_rng(20260711)
    T = 400
    composite = np.round(5 + 1.3 * ar1(rng, T, 0.6), 1)
    x = markov01(rng, T, 0.55, 0.25)
    onset = np.zeros(T)
    t = 3
    while t < T:
        eta = -3.3 + 0.35 * (composite[t - 1] - 5) + 0.9 * x[t - 1] + 0.3 * x[t - 2]
        if rng.random() < expit(eta):
            onset[t] = 1.0
            length = int(rng.integers(3, 7))
            onset[t + 1:t + length] = np.nan
            composite[t:t + length] += 2.5
            t += length
        else:
            t += 1
    onset[:3] = np.nan
    missing = rng.random(T) < 0.08
    missing[120:126] = True
    composite[missing] = np.nan
    onset[missing] = np.nan
    x[rng.random(T) < 0.05] = np.nan
    write_csv("onset_calendar.csv", ["day", "onset", "composite", "x"], [np.arange(T, dtype=float), onset, composite, x])

    rows = [t for t in range(3, T)
            if not np.isnan(onset[t]) and not np.isnan(composite[t - 1])
            and not any(np.isnan(x[t - l]) for l in (1, 2, 3))]
    rows = np.array(rows)
    span = rows[-1] - rows[0] + 1
    df = 1 if span <= 120 else max(2, int(np.floor(span / 60 + 0.5)))
    trend = trend_basis(rows, df)
    X = np.column_stack([np.ones(len(rows)), composite[rows - 1], x[rows - 1], x[rows - 2], x[rows - 3], trend])
    names = ["const", "composite_lag1", "x_lag1", "x_lag2", "x_lag3"] + (["trend"] if df == 1 else ["trend_ns%d" % (j + 1) for j in range(df)])
    y = onset[rows]
    assert np.sum(y) >= 10, np.sum(y)
    logit_case("logistic_onset", X, y, names, {"rows": rows, "trend_df": df, "span": int(span)})


def main():
    os.makedirs(OUT, exist_ok=True)

    rng = np.random.default_rng(20260710)
    n = 250
    z1 = rng.normal(size=n)
    z2 = rng.uniform(-2, 2, n)
    b = (rng.random(n) < 0.4).astype(float)
    y = (rng.random(n) < expit(-0.8 + 0.9 * z1 - 0.4 * z2 + 0.7 * b)).astype(float)
    logit_case("logistic_basic", np.column_stack([np.ones(n), z1, z2, b]), y, ["const", "z1", "z2", "b"])

    onset_case()

    # Near separation: y = 1 exactly when z > 0, except one row on each side of the boundary (the second below it and
    # the second above it) that swap; the maximum is finite but the slope is large (about 7, SE 3.4).
    rng = np.random.default_rng(20260712)
    n = 60
    z = np.sort(rng.uniform(-3, 3, n))
    w = rng.normal(size=n)
    boundary = int(np.searchsorted(z, 0.0))
    X = np.column_stack([np.ones(n), z, w])
    y = (z > 0).astype(float)
    y[boundary - 2], y[boundary + 1] = 1.0, 0.0
    logit_case("logistic_near_separation", X, y, ["const", "z", "w"])

    # Separated: swapping the two rows right at the boundary instead leaves data that a tilted line in (z, w)
    # separates (statsmodels raises PerfectSeparationError). No estimate exists; only the input is written.
    y = (z > 0).astype(float)
    y[boundary - 1], y[boundary] = 1.0, 0.0
    try:
        sm.Logit(y, X).fit(method="newton", tol=1e-10, maxiter=200, disp=0)
        raise AssertionError("expected separation")
    except PerfectSeparationError:
        pass
    write_csv("logistic_separated.csv", ["y", "const", "z", "w"], [y, X[:, 0], X[:, 1], X[:, 2]])

    print("wrote", OUT)


if __name__ == "__main__":
    main()

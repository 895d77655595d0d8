#!/usr/bin/python3
"""The insight engine's two heaviest computations written the way a data scientist would with pandas/statsmodels,
timed on the same person-year as the C# benchmarks (docs/performance.md).

    dotnet run -c Release --project bench/FibroTrack.Benchmarks -- export /tmp/bench-person
    /usr/bin/python3 bench/python/insights_pandas.py /tmp/bench-person

Run with Debian's interpreter (python3-pandas, python3-statsmodels, python3-patsy); the python3 first on PATH may
lack them. Not run in CI.

What it computes, matching FibroTrack.Statistics model for model:
  * the association scan: for every outcome x exposure in spec.json, OLS of y_t on y_{t-1}, x_{t-1..3}, a trend
    (linear up to 120 days, else a natural cubic spline with round(span/60) df via patsy cr(), which spans the same
    space as ours) and day of week, on calendar days whose whole lag window was recorded; then Benjamini-Hochberg
    over every lag test (statsmodels multipletests "fdr_bh");
  * treatment response: for every regimen change x outcome, the segmented regression with AR(1) errors on the
    90 days each side. statsmodels has no REML GLS with AR(1) errors, so this uses its closest tool, SARIMAX with
    exogenous regressors (exact ML by the Kalman filter, which also handles the missing days) - the same model,
    fitted by ML rather than REML.
Flares (the per-person calibration simulation) and pacing are not ported; the comparison is per part.
"""

import json
import statistics
import sys
import time
import warnings

import numpy as np
import pandas as pd
import statsmodels.api as sm
from patsy import dmatrix
from statsmodels.stats.multitest import multipletests
from statsmodels.tools.sm_exceptions import ConvergenceWarning

warnings.simplefilter("ignore", ConvergenceWarning)
warnings.simplefilter("ignore", UserWarning)


def trend(days):
    span = days.max() - days.min() + 1
    u = (days - days.min()) / max(1, days.max() - days.min())
    if span <= 120:
        return pd.DataFrame({"trend": u})
    df = max(2, int(np.floor(span / 60 + 0.5)))
    return dmatrix(f"cr(u, df={df}) - 1", {"u": u}, return_type="dataframe")


def scan(frame, outcomes, exposures, day_of_week):
    pvalues = []
    fits = 0
    for outcome in outcomes:
        y = frame[outcome]
        for exposure in exposures:
            if exposure == outcome:
                continue
            x = frame[exposure]
            if x.notna().sum() == 0 or x.dropna().nunique() < 2:
                continue
            data = pd.DataFrame({"y": y, "y_lag1": y.shift(1),
                                 "x_lag1": x.shift(1), "x_lag2": x.shift(2), "x_lag3": x.shift(3)}).dropna()
            if len(data) < 40:
                continue
            days = (data.index - frame.index[0]).days.to_numpy(dtype=float)
            design = pd.concat([data[["y_lag1", "x_lag1", "x_lag2", "x_lag3"]].reset_index(drop=True),
                                trend(days).reset_index(drop=True)], axis=1)
            if day_of_week:
                dow = pd.get_dummies(data.index.dayofweek, prefix="dow", drop_first=True, dtype=float)
                design = pd.concat([design, dow.reset_index(drop=True)], axis=1)
            design = sm.add_constant(design, has_constant="add")
            result = sm.OLS(data["y"].to_numpy(), design).fit()
            pvalues.extend(result.pvalues[["x_lag1", "x_lag2", "x_lag3"]].tolist())
            fits += 1
    reject, q, _, _ = multipletests(pvalues, method="fdr_bh")
    return fits, len(pvalues), int((q <= 0.05).sum())


def treatments(frame, changes, outcomes):
    fits = 0
    for change in pd.to_datetime(changes):
        window = frame.loc[change - pd.Timedelta(days=90): change + pd.Timedelta(days=89)]
        for outcome in outcomes:
            y = window[outcome]
            before = y[y.index < change].notna().sum()
            after = y[y.index >= change].notna().sum()
            if before < 28 or after < 28:
                continue
            t = np.arange(1, len(window) + 1, dtype=float)
            post = (window.index >= change).astype(float)
            t0 = int(np.argmax(post)) + 1
            exog = np.column_stack([t, post, (t - t0 + 1) * post])
            model = sm.tsa.SARIMAX(y.to_numpy(), exog=exog, order=(1, 0, 0), trend="c")
            model.fit(disp=False)
            fits += 1
    return fits


def main():
    folder = sys.argv[1]
    frame = pd.read_csv(f"{folder}/matrix.csv", parse_dates=["date"], index_col="date").asfreq("D")
    spec = json.load(open(f"{folder}/spec.json"))
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3

    times = {"scan": [], "treatments": []}
    for _ in range(repeats):
        start = time.perf_counter()
        fits, tests, headlines = scan(frame, spec["outcomes"], spec["exposures"], spec["dayOfWeek"])
        times["scan"].append(time.perf_counter() - start)
        start = time.perf_counter()
        its = treatments(frame, spec["changes"], spec["treatmentOutcomes"])
        times["treatments"].append(time.perf_counter() - start)

    print(f"association scan: {fits} OLS fits, {tests} tests, {headlines} at q <= 0.05; "
          f"median {1000 * statistics.median(times['scan']):.0f} ms over {repeats} runs")
    print(f"treatment response: {its} segmented AR(1) fits; median {1000 * statistics.median(times['treatments']):.0f} ms")


if __name__ == "__main__":
    main()

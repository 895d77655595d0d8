#!/usr/bin/python3
"""Golden values for the pacing (activity envelope) hinge model, STATS.md section 4.

Run with Debian's interpreter, which has statsmodels and patsy (the python3 first on PATH may not):

    /usr/bin/python3 bench/reference/pacing_reference.py

For a FIXED breakpoint c the hinge model is ordinary least squares:

    y_t = a + phi*y_{t-1} + b1*L_{t-h} + b2*max(0, L_{t-h} - c) + trend(t) + e_t

on the days t with y_t, y_{t-1} and L_{t-h} all recorded (calendar lags, never across a gap). This script builds
those rows independently of the C# code, fits statsmodels OLS for every candidate breakpoint of the grid (numpy
percentiles 20, 25, ..., 80, method "linear" = R type 7, distinct values, >= 8 used days on each side) and writes:

  * pacing_<case>.csv   the calendar series: load, y (NaN = not recorded)
  * pacing_<case>.json  grid, RSS per grid point, the argmin breakpoint, and at that breakpoint params, bse, p,
                        95% conf_int, scale, ssr and the slope above (b1 + b2) from res.t_test.

Trend: linear in u = (day - first)/(last - first) when the used rows span <= 120 calendar days; otherwise a natural
cubic spline with df = max(2, round(span/60)) built here with patsy's cr() (Wood's cardinal natural cubic regression
spline, knots at the boundary days and at the day quantiles j/df, centred so it sits beside the intercept). It
spans the same space as R's ns() and the C# TrendBasis, but with different columns, so for the spline case only
the coefficients outside the trend are compared.
"""

import json
import os
import sys

import numpy as np
import patsy
import statsmodels
import statsmodels.api as sm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "tests", "FibroTrack.Statistics.Tests", "Reference", "pacing"))


def fmt(v):
    return "NaN" if np.isnan(v) else repr(float(v))


def clean(o):
    if isinstance(o, dict):
        return {k: clean(v) for k, v in o.items()}
    if isinstance(o, (list, tuple, np.ndarray)):
        return [clean(v) for v in o]
    if isinstance(o, (np.floating, float)):
        return None if np.isnan(o) else float(o)
    if isinstance(o, np.integer):
        return int(o)
    return o


def simulate(rng, days, slope, breakpoint, horizon, missing):
    z = np.empty(days)
    z[0] = rng.normal()
    for t in range(1, days):
        z[t] = 0.7 * z[t - 1] + np.sqrt(1 - 0.49) * rng.normal()
    load = np.round(np.maximum(0.0, 90.0 + 70.0 * z))
    y = np.empty(days)
    y[0] = 4.0 + rng.normal() * 1.5
    for t in range(1, days):
        push = slope * max(0.0, load[t - horizon] - breakpoint) if t >= horizon else 0.0
        y[t] = 4.0 + 0.6 * (y[t - 1] - 4.0) + push + 1.2 * rng.normal()
    y = np.round(y * 2) / 2  # half-point ratings, so loads and ratings have ties
    drop = rng.random(days) < missing
    load[drop] = np.nan
    y[drop] = np.nan
    # a few extra single gaps in one series only
    y[rng.random(days) < 0.03] = np.nan
    load[rng.random(days) < 0.03] = np.nan
    return load, y


def rows_of(load, y, h):
    return [t for t in range(max(1, h), len(y))
            if not np.isnan(y[t]) and not np.isnan(y[t - 1]) and not np.isnan(load[t - h])]


def grid_of(loads):
    s = np.sort(loads)
    grid = []
    for j in range(13):
        p = 20 + 5 * j
        c = float(np.percentile(s, p))  # numpy "linear" = R type 7
        if grid and grid[-1] == c:
            continue
        below = int(np.sum(s <= c))
        if below >= 8 and len(s) - below >= 8:
            grid.append(c)
    return grid


def trend_columns(days):
    first, last = days[0], days[-1]
    span = last - first + 1
    u = (days - first) / max(1, last - first)
    if span <= 120:
        return [u], 1
    df = max(2, int(np.floor(span / 60 + 0.5)))
    interior = [float(np.percentile(u, 100.0 * j / df)) for j in range(1, df)]
    basis = patsy.dmatrix("cr(u, knots=k, lower_bound=0, upper_bound=1, constraints='center') - 1",
                          {"u": u, "k": interior}, return_type="matrix")
    basis = np.asarray(basis)
    assert basis.shape[1] == df, basis.shape
    return [basis[:, j] for j in range(df)], df


def case(name, seed, days, slope, h, missing):
    rng = np.random.default_rng(seed)
    load, y = simulate(rng, days, slope, 120.0, h, missing)
    with open(os.path.join(OUT, name + ".csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("load,y\n")
        for i in range(days):
            f.write(fmt(load[i]) + "," + fmt(y[i]) + "\n")

    rows = rows_of(load, y, h)
    r = np.array(rows)
    loads = load[r - h]
    yy = y[r]
    trend, trend_df = trend_columns(r.astype(float))
    grid = grid_of(loads)

    def fit(c):
        X = np.column_stack([np.ones(len(r)), y[r - 1], loads, np.maximum(0.0, loads - c)] + trend)
        return sm.OLS(yy, X).fit()

    fits = [fit(c) for c in grid]
    rss = [f.ssr for f in fits]
    best = int(np.argmin(rss))
    res = fits[best]
    ci = res.conf_int(alpha=0.05)
    contrast = np.zeros(res.params.shape[0])
    contrast[2] = contrast[3] = 1.0
    above = res.t_test(contrast)
    above_ci = np.asarray(above.conf_int(alpha=0.05)).ravel()
    obj = {
        "source": "statsmodels.api.OLS(y, X).fit() per grid breakpoint; t_test([0,0,1,1,0...]) for the slope above",
        "versions": {"statsmodels": statsmodels.__version__, "numpy": np.__version__, "patsy": patsy.__version__,
                     "python": sys.version.split()[0]},
        "horizon": h,
        "n": len(rows),
        "trend_df": trend_df,
        "grid": grid,
        "rss": rss,
        "breakpoint": grid[best],
        "df_resid": int(res.df_resid),
        "params": res.params,
        "bse": res.bse,
        "pvalues": res.pvalues,
        "conf_int_lower": ci[:, 0],
        "conf_int_upper": ci[:, 1],
        "scale": float(res.scale),
        "ssr": float(res.ssr),
        "above": float(np.squeeze(above.effect)),
        "above_se": float(np.squeeze(above.sd)),
        "above_lower": float(above_ci[0]),
        "above_upper": float(above_ci[1]),
    }
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(clean(obj), f, indent=2, allow_nan=False)
        f.write("\n")
    print(name, "n", len(rows), "trend_df", trend_df, "grid", len(grid), "c", grid[best], "above", obj["above"])


def main():
    os.makedirs(OUT, exist_ok=True)
    case("pacing_linear_h1", 20260621, 110, 0.012, 1, 0.10)
    case("pacing_linear_h2", 20260622, 115, 0.0, 2, 0.10)
    case("pacing_spline_h1", 20260623, 240, 0.008, 1, 0.10)


if __name__ == "__main__":
    main()

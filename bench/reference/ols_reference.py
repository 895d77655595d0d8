#!/usr/bin/python3
"""Golden values for FibroTrack.Statistics: OLS, Benjamini-Hochberg and Ljung-Box.

Run with Debian's interpreter, which has statsmodels (the python3 first on PATH may not):

    /usr/bin/python3 bench/reference/ols_reference.py

Writes inputs (CSV) and expected outputs (JSON) to
tests/FibroTrack.Statistics.Tests/Reference/ols/. Data sets are generated from fixed numpy seeds, so the
script is reproducible; the C# tests read the CSV inputs rather than re-generating them, so they do not
depend on numpy's generator. Floats are written with repr(), the shortest string that round-trips a double.

References:
  * OLS: statsmodels.api.OLS(y, X).fit() (default pinv solver; matches R lm() to ~1e-12) and
    results.f_test(R) for joint tests.
  * BH: statsmodels.stats.multitest.multipletests(p, method="fdr_bh") = R p.adjust(p, "BH").
  * Ljung-Box: statsmodels.stats.diagnostic.acorr_ljungbox(x, lags=[h], model_df=fitdf) (0.13 signature:
    model_df, not fitdf) = R Box.test(x, lag=h, type="Ljung-Box", fitdf=fitdf).
  * Cases with missing values (NaN) come from R itself when Rscript is available: p.adjust() with NA and
    Box.test() on a series with NA (acf with na.action = na.pass); statsmodels has no NA handling for either.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile

import numpy as np
import statsmodels
import statsmodels.api as sm
from statsmodels.stats.diagnostic import acorr_ljungbox
from statsmodels.stats.multitest import multipletests

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "tests", "FibroTrack.Statistics.Tests", "Reference", "ols"))


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


def ols_case(name, X, y, names, f_tests):
    """Fits OLS, writes <name>.csv (y then the design columns) and <name>.json (expected results)."""
    res = sm.OLS(y, X).fit()
    write_csv(name + ".csv", ["y"] + names, [y] + [X[:, j] for j in range(X.shape[1])])
    ci = res.conf_int(alpha=0.05)
    tests = []
    for idx in f_tests:
        R = np.zeros((len(idx), X.shape[1]))
        for r, j in enumerate(idx):
            R[r, j] = 1.0
        ft = res.f_test(R)
        tests.append({
            "indices": list(idx),
            "f": float(np.squeeze(ft.fvalue)),
            "p": float(ft.pvalue),
            "df_num": int(ft.df_num),
            "df_denom": int(ft.df_denom),
        })
    write_json(name + ".json", {
        "source": "statsmodels.api.OLS(y, X).fit(); f_test with a 0/1 restriction matrix; conf_int(alpha=0.05)",
        "versions": versions(),
        "names": names,
        "n": int(res.nobs),
        "df_resid": int(res.df_resid),
        "params": res.params,
        "bse": res.bse,
        "tvalues": res.tvalues,
        "pvalues": res.pvalues,
        "conf_int_lower": ci[:, 0],
        "conf_int_upper": ci[:, 1],
        "scale": float(res.scale),
        "ssr": float(res.ssr),
        "rsquared": float(res.rsquared),
        "rsquared_adj": float(res.rsquared_adj),
        "llf": float(res.llf),
        "bic": float(res.bic),
        "resid": res.resid,
        "f_tests": tests,
    })
    return res


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


def main():
    os.makedirs(OUT, exist_ok=True)

    # A: plain regression with an intercept and three continuous covariates.
    rng = np.random.default_rng(20260101)
    n = 50
    Z = rng.normal(size=(n, 3))
    y = 1.5 + Z @ np.array([0.8, -0.3, 0.0]) + rng.normal(0.0, 1.2, n)
    X = np.column_stack([np.ones(n), Z])
    ols_case("ols_basic", X, y, ["const", "x1", "x2", "x3"], [[1, 2], [2, 3], [1, 2, 3]])

    # B: an ADL-shaped design like the association scan builds: y_{t-1}, three lags of a persistent binary
    # exposure, a day trend on the calendar scale (large values: tests the conditioning path) and a quadratic.
    rng = np.random.default_rng(20260102)
    T = 124
    yy = 5 + 1.3 * ar1(rng, T, 0.6)
    xx = markov01(rng, T, 0.6, 0.25)
    yy[1:] += 0.7 * xx[:-1]
    rows = np.arange(3, T)
    day = rows.astype(float) + 200.0
    Xb = np.column_stack([np.ones(len(rows)), yy[rows - 1], xx[rows - 1], xx[rows - 2], xx[rows - 3], day, (day / 100.0) ** 2])
    res_b = ols_case("ols_adl", Xb, yy[rows], ["const", "y_lag1", "x_lag1", "x_lag2", "x_lag3", "day", "day2"],
                     [[2, 3, 4], [2], [5, 6]])

    # C: no intercept (uncentred R-squared).
    rng = np.random.default_rng(20260103)
    n = 30
    Xc = np.column_stack([rng.normal(size=n), rng.uniform(0, 3, n)])
    yc = Xc @ np.array([0.5, 1.0]) + rng.normal(0.0, 0.5, n)
    ols_case("ols_no_intercept", Xc, yc, ["a", "b"], [[0, 1]])

    # BH: a mix of small p-values, exact ties, zeros and ones, in unsorted order.
    rng = np.random.default_rng(20260104)
    p = np.concatenate([rng.uniform(0, 1, 60), rng.beta(0.3, 6.0, 25), [0.0, 1.0, 0.01, 0.01, 0.01, 0.04, 0.04, 1e-12]])
    p = rng.permutation(p)
    _, q, _, _ = multipletests(p, alpha=0.05, method="fdr_bh")
    write_csv("bh_p.csv", ["p"], [p])
    write_json("bh.json", {
        "source": "statsmodels.stats.multitest.multipletests(p, method='fdr_bh')[1]",
        "versions": versions(),
        "q": q,
    })

    # Ljung-Box: (1) residuals of case B with model_df = 1 (one AR term); (2) an AR(1) series, several lags
    # and model_df values; (3) white noise.
    rng = np.random.default_rng(20260105)
    series = {"resid_adl": np.asarray(res_b.resid), "ar1": ar1(rng, 200, 0.3), "noise": rng.normal(size=90)}
    cases = []
    for key, x in series.items():
        write_csv("lb_%s.csv" % key, ["x"], [x])
        for lag, fitdf in [(7, 0), (7, 1), (7, 3), (10, 2), (1, 0)]:
            r = acorr_ljungbox(x, lags=[lag], model_df=fitdf, return_df=True)
            cases.append({
                "series": key, "lag": lag, "fitdf": fitdf,
                "q": float(r["lb_stat"].iloc[0]), "p": float(r["lb_pvalue"].iloc[0]),
            })
    write_json("ljungbox.json", {
        "source": "statsmodels.stats.diagnostic.acorr_ljungbox(x, lags=[lag], model_df=fitdf)",
        "versions": versions(),
        "cases": cases,
    })

    # Distribution tails and quantiles (scipy.stats, which uses cephes/Boost incomplete beta and gamma).
    from scipy import stats
    dist = {"t_two_sided": [], "f_upper": [], "chi2_upper": [], "t_quantile": []}
    for t, df in [(0.0, 5), (0.5, 3), (1.96, 1000), (2.5, 10), (-3.1, 7.5), (8.0, 30), (40.0, 100), (1e-3, 2)]:
        dist["t_two_sided"].append({"t": t, "df": df, "p": 2 * stats.t.sf(abs(t), df)})
    for f, d1, d2 in [(0.0, 3, 10), (0.7, 3, 116), (2.5, 3, 50), (12.0, 1, 20), (60.0, 4, 200), (1.0, 1, 1)]:
        dist["f_upper"].append({"f": f, "df1": d1, "df2": d2, "p": stats.f.sf(f, d1, d2)})
    for x, df in [(0.0, 3), (1.0, 1), (7.0, 7), (25.36, 6), (80.0, 10), (3.3, 2.5)]:
        dist["chi2_upper"].append({"x": x, "df": df, "p": stats.chi2.sf(x, df)})
    # t quantiles from R's qt() when available: scipy 1.10's t.ppf is off by 2e-11 relative at df = 1
    # (12.706204736432095 against tan(0.475*pi) = 12.7062047361747).
    quantile_cases = [(0.975, 1), (0.975, 5), (0.975, 116), (0.025, 30), (0.995, 3), (0.9, 1000), (0.6, 2)]
    rscript = shutil.which("Rscript")
    if rscript is not None:
        expr = "cat(sprintf('%%.17g', qt(c(%s), c(%s))), sep='\\n')" % (
            ",".join(repr(q) for q, _ in quantile_cases), ",".join(repr(df) for _, df in quantile_cases))
        out = subprocess.run([rscript, "--vanilla", "-e", expr], check=True, capture_output=True, text=True).stdout.split()
        quantile_source = "R qt()"
    else:
        out = [stats.t.ppf(q, df) for q, df in quantile_cases]
        quantile_source = "scipy t.ppf"
    for (q, df), t in zip(quantile_cases, out):
        dist["t_quantile"].append({"q": q, "df": df, "t": float(t)})
    import scipy
    write_json("distributions.json", {
        "source": "scipy.stats t/f/chi2 sf; t quantiles from " + quantile_source,
        "versions": dict(versions(), scipy=scipy.__version__), **dist})

    # Cases with NaN: from R when available.
    if rscript is None:
        print("Rscript not found: skipping the NA cases (bh_na.json, ljungbox_na.json)", file=sys.stderr)
    else:
        r_na_cases(rscript)
        r_adl_cases(rscript)

    print("wrote", OUT)


def r_adl_cases(rscript):
    """The whole ADL pipeline against R: calendar lags with gaps, complete lag windows only, splines::ns trend.

    Writes adl_<name>.csv (day, y, x on the calendar grid, NaN = missing) and adl_<name>.json from R's
    lm(y ~ y_lag1 + x_lag1 + x_lag2 + x_lag3 + trend) on the rows whose lag window is complete, where trend is day
    (span <= 120 days) or ns(day, df = max(2, round(span / 60))) with knots from the used rows; plus Box.test on the
    residuals put back on the calendar grid (NA elsewhere), lag 7, fitdf 1.
    """
    for name, T, seed in [("adl_spline", 200, 20260107), ("adl_linear", 100, 20260108)]:
        rng = np.random.default_rng(seed)
        y = 5 + 1.2 * ar1(rng, T, 0.6)
        x = markov01(rng, T, 0.55, 0.25)
        y[1:] += 0.8 * x[:-1]
        y = np.round(y)
        y[rng.random(T) < 0.10] = np.nan
        x[rng.random(T) < 0.08] = np.nan
        y[50:54] = np.nan
        x[50:54] = np.nan
        write_csv(name + ".csv", ["day", "y", "x"], [np.arange(T, dtype=float), y, x])
        with tempfile.TemporaryDirectory() as tmp:
            script = os.path.join(tmp, "adl.R")
            out = os.path.join(tmp, "out.json")
            with open(script, "w") as f:
                f.write(r"""
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1])
T <- nrow(d)
lagv <- function(v, k) c(rep(NA, k), v[seq_len(T - k)])
d$y_lag1 <- lagv(d$y, 1); d$x_lag1 <- lagv(d$x, 1); d$x_lag2 <- lagv(d$x, 2); d$x_lag3 <- lagv(d$x, 3)
u <- d[complete.cases(d[, c("y", "y_lag1", "x_lag1", "x_lag2", "x_lag3")]), ]
span <- max(u$day) - min(u$day) + 1
df <- if (span <= 120) 1 else max(2, round(span / 60))
fit <- if (df == 1) lm(y ~ y_lag1 + x_lag1 + x_lag2 + x_lag3 + day, data = u) else
  lm(y ~ y_lag1 + x_lag1 + x_lag2 + x_lag3 + splines::ns(day, df = df), data = u)
s <- summary(fit)$coefficients
e <- rep(NA, T); e[u$day + 1] <- residuals(fit)
e <- e[(min(u$day) + 1):(max(u$day) + 1)]
b <- Box.test(e, lag = 7, type = "Ljung-Box", fitdf = 1)
ci <- confint(fit)
fmt <- function(v) paste(sprintf("%.17g", v), collapse = ", ")
rows <- c("y_lag1", "x_lag1", "x_lag2", "x_lag3")
writeLines(c("{", sprintf('"r": "%s",', R.version.string),
  sprintf('"n": %d, "df_resid": %d, "trend_df": %d, "span": %d,', nrow(u), fit$df.residual, df, span),
  sprintf('"coef": [%s],', fmt(s[rows, 1])), sprintf('"se": [%s],', fmt(s[rows, 2])),
  sprintf('"p": [%s],', fmt(s[rows, 4])), sprintf('"lower": [%s],', fmt(ci[rows, 1])), sprintf('"upper": [%s],', fmt(ci[rows, 2])),
  sprintf('"sigma2": %s,', fmt(summary(fit)$sigma^2)),
  sprintf('"lb_q": %s, "lb_p": %s', fmt(unname(b$statistic)), fmt(b$p.value)), "}"), args[2])
""")
            subprocess.run([rscript, "--vanilla", script, os.path.join(OUT, name + ".csv"), out], check=True)
            with open(out) as f:
                r = json.load(f)
        write_json(name + ".json", {
            "source": "R lm() on complete lag windows with splines::ns(day, df) (or day) trend; Box.test on calendar-grid residuals",
            "versions": {"r": r.pop("r")},
            "names": ["y_lag1", "x_lag1", "x_lag2", "x_lag3"],
            **r,
        })


def r_na_cases(rscript):
    rng = np.random.default_rng(20260106)
    p = rng.uniform(0, 0.2, 30)
    p[[2, 7, 8, 21]] = np.nan
    x = ar1(rng, 150, 0.4)
    x[[5, 6, 7, 40, 41, 99, 120, 121, 122, 123, 140]] = np.nan
    write_csv("bh_na_p.csv", ["p"], [p])
    write_csv("lb_na.csv", ["x"], [x])
    with tempfile.TemporaryDirectory() as tmp:
        script = os.path.join(tmp, "na.R")
        out = os.path.join(tmp, "out.json")
        with open(script, "w") as f:
            f.write(r"""
args <- commandArgs(trailingOnly = TRUE)
p <- read.csv(args[1])$p
x <- read.csv(args[2])$x
q <- p.adjust(p, "BH")
fmt <- function(v) ifelse(is.na(v), "null", sprintf("%.17g", v))
lb <- lapply(list(c(7, 0), c(7, 1), c(3, 0)), function(a) {
  b <- Box.test(x, lag = a[1], type = "Ljung-Box", fitdf = a[2])
  sprintf('{"lag": %d, "fitdf": %d, "q": %s, "p": %s}', a[1], a[2], fmt(unname(b$statistic)), fmt(b$p.value))
})
writeLines(c('{', sprintf('"r": "%s",', R.version.string),
  sprintf('"q": [%s],', paste(fmt(q), collapse = ", ")),
  sprintf('"lb": [%s]', paste(unlist(lb), collapse = ", ")), '}'), args[3])
""")
        subprocess.run([rscript, "--vanilla", script, os.path.join(OUT, "bh_na_p.csv"), os.path.join(OUT, "lb_na.csv"), out], check=True)
        with open(out) as f:
            r = json.load(f)
    write_json("bh_na.json", {
        "source": "R p.adjust(p, 'BH') with NA (read from bh_na_p.csv)",
        "versions": {"r": r["r"]},
        "q": [np.nan if v is None else v for v in r["q"]],
    })
    write_json("ljungbox_na.json", {
        "source": "R Box.test(x, lag, type='Ljung-Box', fitdf) on a series with NA (acf na.action = na.pass; read from lb_na.csv)",
        "versions": {"r": r["r"]},
        "cases": r["lb"],
    })


if __name__ == "__main__":
    main()

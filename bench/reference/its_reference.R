# Golden values for FibroTrack.Statistics.TimeSeries (Ar1Gls, InterruptedTimeSeries).
#
# Fits nlme::gls(y ~ t + post + tpost, method = "REML") with AR(1) errors on small seeded data sets
# and writes inputs and outputs to tests/FibroTrack.Statistics.Tests/Reference/its/.
# Run from the repository root:  Rscript bench/reference/its_reference.R
# Needs r-base-core and r-cran-nlme (Debian: apt-get install r-base-core r-cran-nlme).
#
# Design (same as InterruptedTimeSeries): t = calendar day in the window counted from 1 (missing days
# keep their number), post = 1 from the change day T0 on, tpost = (t - T0 + 1) * post.
#
# Files:
#   its_inputs.csv    dataset, day, y, t, post, tpost     (observed days only; y rounded to 3 decimals
#                                                           so the C# side reads exactly what R fitted)
#   its_datasets.csv  dataset, correlation, n, calendar_days, change_t, true_phi, seed
#   its_coefficients.csv  dataset, term, estimate, std_error, t_value, p_value, df, lower95, upper95
#   its_fits.csv      dataset, phi, sigma, loglik_reml, df, n, p, profile_phi, profile_loglik
#     phi = nlme's estimate; profile_phi / profile_loglik = the REML profile maximised by optimize()
#     to 1e-12 with phi held fixed inside gls, a check on nlminb's own convergence;
#     p_level_below_minus2 / p_level_above_plus2 = P(beta_post <= -2) and P(beta_post >= 2) from the
#     t approximation, pt((-2 - b) / se, df) and pt((b - 2) / se, df) (the IMMPACT 2-point threshold).

suppressPackageStartupMessages(library(nlme))

out_dir <- file.path("tests", "FibroTrack.Statistics.Tests", "Reference", "its")
dir.create(out_dir, recursive = TRUE, showWarnings = FALSE)

fmt <- function(x) sprintf("%.17g", x)

simulate <- function(name, seed, days, change_t, phi, beta, innov_sd, missing_share, block, correlation) {
  set.seed(seed)
  n_all <- days
  # Stationary AR(1) on every calendar day; observed days are a subset.
  u <- numeric(n_all)
  u[1] <- rnorm(1, 0, innov_sd / sqrt(1 - phi^2))
  for (i in 2:n_all) u[i] <- phi * u[i - 1] + rnorm(1, 0, innov_sd)
  t <- seq_len(n_all)
  post <- as.numeric(t >= change_t)
  tpost <- (t - change_t + 1) * post
  y <- beta[1] + beta[2] * t + beta[3] * post + beta[4] * tpost + u
  keep <- rep(TRUE, n_all)
  if (missing_share > 0) keep[sample.int(n_all, round(missing_share * n_all))] <- FALSE
  if (!is.null(block)) keep[block] <- FALSE
  keep[c(1, n_all)] <- TRUE
  d <- data.frame(day = t[keep], y = round(y[keep], 3), t = t[keep], post = post[keep], tpost = tpost[keep])
  list(name = name, data = d, seed = seed, days = days, change_t = change_t, phi = phi, correlation = correlation)
}

sets <- list(
  # Gap-free, moderate autocorrelation: corAR1(form = ~ t).
  simulate("gapfree_ar1", 101, 120, 61, 0.5, c(5, 0.01, -1, -0.02), 1, 0, NULL, "corAR1"),
  # Gaps at random and a 5-day block: corCAR1(form = ~ day). Also the DailyMatrix golden for Analyse.
  simulate("gaps_car1", 202, 150, 76, 0.6, c(6, 0, -1.2, -0.01), 0.96, 0.15, 100:104, "corCAR1"),
  # Strong autocorrelation, gap-free.
  simulate("phi085_ar1", 303, 100, 51, 0.85, c(4, 0.02, -0.8, 0), 0.8, 0, NULL, "corAR1"),
  # Strong autocorrelation with gaps.
  simulate("phi085_car1", 404, 130, 66, 0.85, c(5, -0.005, -1.5, 0.01), 0.8, 0.12, 30:33, "corCAR1"),
  # Negative autocorrelation, gap-free: the discrete AR(1) range (-1, 1).
  simulate("negphi_ar1", 505, 80, 41, -0.3, c(3, 0, 0.5, 0), 1, 0, NULL, "corAR1")
)

fit_one <- function(s, fixed_phi = NULL) {
  d <- s$data
  cs <- if (s$correlation == "corAR1") {
    if (is.null(fixed_phi)) corAR1(form = ~ t) else corAR1(fixed_phi, form = ~ t, fixed = TRUE)
  } else {
    if (is.null(fixed_phi)) corCAR1(form = ~ day) else corCAR1(fixed_phi, form = ~ day, fixed = TRUE)
  }
  gls(y ~ t + post + tpost, data = d, correlation = cs, method = "REML")
}

inputs <- list(); datasets <- list(); coefs <- list(); fits <- list()
for (s in sets) {
  d <- s$data
  fit <- fit_one(s)
  phi <- as.numeric(coef(fit$modelStruct$corStruct, unconstrained = FALSE))
  tt <- summary(fit)$tTable
  n <- nrow(d); p <- ncol(model.matrix(fit, data = d)); df <- n - p
  q <- qt(0.975, df)
  lo <- if (s$correlation == "corAR1") -0.999999 else 1e-6
  prof <- optimize(function(ph) as.numeric(logLik(fit_one(s, ph))), c(lo, 0.999999), maximum = TRUE, tol = 1e-12)
  inputs[[s$name]] <- data.frame(dataset = s$name, day = d$day, y = sprintf("%.3f", d$y), t = d$t, post = d$post, tpost = d$tpost)
  datasets[[s$name]] <- data.frame(dataset = s$name, correlation = s$correlation, n = n, calendar_days = s$days,
                                   change_t = s$change_t, true_phi = s$phi, seed = s$seed)
  coefs[[s$name]] <- data.frame(dataset = s$name, term = c("(Intercept)", "t", "post", "tpost"),
                                estimate = fmt(tt[, "Value"]), std_error = fmt(tt[, "Std.Error"]),
                                t_value = fmt(tt[, "t-value"]), p_value = fmt(tt[, "p-value"]), df = df,
                                lower95 = fmt(tt[, "Value"] - q * tt[, "Std.Error"]),
                                upper95 = fmt(tt[, "Value"] + q * tt[, "Std.Error"]))
  fits[[s$name]] <- data.frame(dataset = s$name, phi = fmt(phi), sigma = fmt(fit$sigma),
                               loglik_reml = fmt(as.numeric(logLik(fit))), df = df, n = n, p = p,
                               profile_phi = fmt(prof$maximum), profile_loglik = fmt(prof$objective),
                               p_level_below_minus2 = fmt(pt((-2 - tt["post", "Value"]) / tt["post", "Std.Error"], df)),
                               p_level_above_plus2 = fmt(pt((tt["post", "Value"] - 2) / tt["post", "Std.Error"], df)))
  cat(sprintf("%-12s n=%3d phi=%.8f profile=%.8f logLik=%.8f\n", s$name, n, phi, prof$maximum, as.numeric(logLik(fit))))
}

w <- function(x, file) write.csv(do.call(rbind, x), file.path(out_dir, file), row.names = FALSE, quote = FALSE)
w(inputs, "its_inputs.csv")
w(datasets, "its_datasets.csv")
w(coefs, "its_coefficients.csv")
w(fits, "its_fits.csv")
cat("R", R.version$major, R.version$minor, "nlme", as.character(packageVersion("nlme")), "\n")

# Golden values for FibroTrack.Statistics.MixedModels (RandomInterceptModel, WithinBetweenModel).
#
# Fits nlme::lme(y ~ xw + xb, random = ~ 1 | id, method = "REML"), the within/between ("hybrid") random-intercept
# model, on small seeded data sets and writes inputs and outputs to
# tests/FibroTrack.Statistics.Tests/Reference/mixed/.
# Run from the repository root:  Rscript bench/reference/mixed_reference.R
# Needs r-base-core and r-cran-nlme.
#
# xb = the person's mean of x, xw = x - xb, both computed here from x rounded to 3 decimals (the C# side recomputes
# them from the same rounded x).
#
# Files:
#   mixed_inputs.csv        dataset, id, x, y
#   mixed_coefficients.csv  dataset, term, estimate, std_error, df, t_value, p_value, lower95, upper95
#                           (term 0 = (Intercept), 1 = within, 2 = between; intervals() on the fixed effects)
#   mixed_fits.csv          dataset, sigma, tau, loglik_reml, n, groups
#
# Data set 3 has tau at the boundary: nlme stops at a tiny positive tau (its log-sd parameter cannot reach zero),
# FibroTrack reports tau = 0; the fixed effects agree to far below the test tolerance either way.

suppressPackageStartupMessages(library(nlme))

out_dir <- file.path("tests", "FibroTrack.Statistics.Tests", "Reference", "mixed")
dir.create(out_dir, recursive = TRUE, showWarnings = FALSE)
fmt <- function(x) sprintf("%.17g", x)

simulate <- function(dataset, seed, people, min_n, max_n, beta_w, beta_b, tau, sigma, x_within_sd) {
  set.seed(seed)
  rows <- list()
  for (i in seq_len(people)) {
    n_i <- sample(min_n:max_n, 1)
    mu <- rnorm(1, 1, 1)
    x <- mu + rnorm(n_i, 0, x_within_sd)
    b <- rnorm(1, 0, tau)
    y <- 3 + beta_w * (x - mean(x)) + beta_b * mean(x) + b + rnorm(n_i, 0, sigma)
    rows[[i]] <- data.frame(dataset = dataset, id = i, x = round(x, 3), y = round(y, 3))
  }
  do.call(rbind, rows)
}

sets <- list(
  # Unbalanced, a clear person effect, within and between slopes that differ.
  simulate(1, 7001, 30, 2, 12, 0.5, 1.5, 1.0, 0.8, 0.7),
  # Many people with few rows each (lab results are sparse).
  simulate(2, 7002, 60, 1, 5, 0.3, -0.4, 0.6, 1.0, 0.5),
  # Small between-person variance relative to the residual.
  simulate(3, 7003, 25, 3, 8, 1.0, 0.2, 0.25, 1.5, 1.0)
)

inputs <- do.call(rbind, sets)
write.csv(inputs, file.path(out_dir, "mixed_inputs.csv"), row.names = FALSE, quote = FALSE)

coefficients <- NULL
fits <- NULL
for (d in sets) {
  d$xb <- ave(d$x, d$id)
  d$xw <- d$x - d$xb
  m <- lme(y ~ xw + xb, random = ~ 1 | id, data = d, method = "REML",
           control = lmeControl(tolerance = 1e-12, msTol = 1e-12, niterEM = 100, msMaxIter = 500))
  tt <- summary(m)$tTable
  ci <- intervals(m, which = "fixed")$fixed
  coefficients <- rbind(coefficients, data.frame(
    dataset = d$dataset[1], term = 0:2,
    estimate = fmt(tt[, "Value"]), std_error = fmt(tt[, "Std.Error"]), df = fmt(tt[, "DF"]),
    t_value = fmt(tt[, "t-value"]), p_value = fmt(tt[, "p-value"]),
    lower95 = fmt(ci[, "lower"]), upper95 = fmt(ci[, "upper"])))
  # tau from the fitted relative variance (VarCorr() prints only 7 digits).
  tau <- m$sigma * sqrt(as.numeric(as.matrix(m$modelStruct$reStruct[[1]])))
  fits <- rbind(fits, data.frame(
    dataset = d$dataset[1], sigma = fmt(m$sigma), tau = fmt(tau), loglik_reml = fmt(as.numeric(logLik(m))),
    n = nrow(d), groups = length(unique(d$id))))
}

write.csv(coefficients, file.path(out_dir, "mixed_coefficients.csv"), row.names = FALSE, quote = FALSE)
write.csv(fits, file.path(out_dir, "mixed_fits.csv"), row.names = FALSE, quote = FALSE)

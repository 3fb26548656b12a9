# Alarms of R's surveillance package on simulated weekly series, for medmine's SurveillanceBench.
# Install the reference once (Debian): apt-get install -y --no-install-recommends r-cran-surveillance
# Usage: Rscript surveillance-alarms.R SERIES.csv FIRST LAST OUT.csv
#   SERIES.csv: series,t,count (t = 1-based week); FIRST..LAST: the evaluated weeks (1-based).
#   OUT.csv: series,method,t,alarm,upperbound
suppressMessages(library(surveillance))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1])
range <- as.integer(args[2]):as.integer(args[3])
out <- list()
farr <- function(s, noufaily) {
  control <- if (noufaily) {
    list(range = range, b = 5, w = 3, noPeriods = 10, pastWeeksNotIncluded = 26, weightsThreshold = 2.58,
         alpha = 0.05, trend = TRUE, pThresholdTrend = 0.05, thresholdMethod = "nbPlugin", limit54 = c(5, 4),
         glmWarnings = FALSE)
  } else {
    list(range = range, b = 5, w = 3, noPeriods = 1, pastWeeksNotIncluded = 3, weightsThreshold = 1,
         alpha = 0.05, trend = TRUE, pThresholdTrend = 0.05, thresholdMethod = "delta", limit54 = c(5, 4),
         glmWarnings = FALSE)
  }
  farringtonFlexible(s, control = control)
}
for (id in unique(d$series)) {
  y <- d$count[d$series == id][order(d$t[d$series == id])]
  s <- sts(observed = y, frequency = 52, start = c(2000, 1))
  res <- list(
    "ears-c1" = earsC(s, control = list(range = range, method = "C1")),
    "ears-c2" = earsC(s, control = list(range = range, method = "C2")),
    "ears-c3" = earsC(s, control = list(range = range, method = "C3")),
    "cusum" = cusum(s, control = list(range = range, k = 1.04, h = 2.26, trans = "standard")),
    "farrington" = farr(s, FALSE),
    "noufaily" = farr(s, TRUE))
  for (m in names(res)) {
    a <- as.logical(alarms(res[[m]])[, 1])
    a[is.na(a)] <- FALSE
    out[[length(out) + 1]] <- data.frame(series = id, method = m, t = range, alarm = as.integer(a),
                                         upperbound = upperbound(res[[m]])[, 1])
  }
}
write.csv(do.call(rbind, out), args[4], row.names = FALSE)

# R's surveillance methods on labelled weekly series, for medmine's OutbreakBench.
# Install the reference once (Debian): apt-get install -y --no-install-recommends r-cran-surveillance
# Usage: Rscript outbreak-methods.R SERIES.csv FIRST LAST OUT.csv TIMES.csv
#   SERIES.csv: series,t,count[,...] (t 1-based); FIRST..LAST: the evaluated weeks (1-based).
#   OUT.csv: series,method,level,t,alarm,score. Methods with a level grid give one row per level and week
#   (score NA); methods whose result carries a p-value give level "score" with score = -log10(p-value), their
#   alarm at their default level.
#   TIMES.csv: method,cpu_seconds (user + system CPU of all series, all levels).
suppressMessages(library(surveillance))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1])
range <- as.integer(args[2]):as.integer(args[3])
alphas <- c(0.5, 0.3, 0.2, 0.15, 0.1, 0.07, 0.05, 0.04, 0.03, 0.025, 0.02, 0.015, 0.01, 0.007, 0.005, 0.003, 0.002,
            0.001, 5e-4, 2e-4, 1e-4, 5e-5, 1e-5, 1e-6)
carl <- c(0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 7, 8, 9, 10, 12, 14, 17, 20, 25, 30, 40, 60)
hs <- c(0.5, 1, 1.5, 2, 2.26, 2.5, 3, 3.5, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 40, 60, 100)
grid <- list(
  "ears-c1" = list(levels = alphas, run = function(s, a) earsC(s, control = list(range = range, method = "C1", alpha = a))),
  "ears-c2" = list(levels = alphas, run = function(s, a) earsC(s, control = list(range = range, method = "C2", alpha = a))),
  "ears-c3" = list(levels = alphas, run = function(s, a) earsC(s, control = list(range = range, method = "C3", alpha = a))),
  "cusum" = list(levels = hs, run = function(s, h) cusum(s, control = list(range = range, k = 1.04, h = h, trans = "standard"))),
  "bayes" = list(levels = alphas, run = function(s, a) bayes(s, control = list(range = range, b = 5, w = 3, actY = TRUE, alpha = a))),
  "bayes (b 0 w 6)" = list(levels = alphas, run = function(s, a) bayes(s, control = list(range = range, b = 0, w = 6, actY = TRUE, alpha = a))))
glr <- list("glrnb" = list(S = 1, trend = FALSE), "glrnb (S 2 trend)" = list(S = 2, trend = TRUE))
farr <- list(
  "farrington" = list(b = 5, w = 3, noPeriods = 1, pastWeeksNotIncluded = 3, weightsThreshold = 1, alpha = 0.05,
                      trend = TRUE, pThresholdTrend = 0.05, thresholdMethod = "delta", limit54 = c(5, 4), glmWarnings = FALSE),
  "noufaily" = list(b = 5, w = 3, noPeriods = 10, pastWeeksNotIncluded = 26, weightsThreshold = 2.58, alpha = 0.05,
                    trend = TRUE, pThresholdTrend = 0.05, thresholdMethod = "nbPlugin", limit54 = c(5, 4), glmWarnings = FALSE))
cpu <- list()
clock <- function(m, e) {
  t0 <- proc.time(); v <- force(e); dt <- proc.time() - t0
  cpu[[m]] <<- (if (is.null(cpu[[m]])) 0 else cpu[[m]]) + dt[["user.self"]] + dt[["sys.self"]]
  v
}
con <- file(args[4], "w")
writeLines("series,method,level,t,alarm,score", con)
emit <- function(id, m, level, a, score) {
  a <- as.integer(as.logical(a)); a[is.na(a)] <- 0L
  writeLines(paste(id, m, level, range, a, score, sep = ","), con)
}
for (id in unique(d$series)) {
  y <- d$count[d$series == id][order(d$t[d$series == id])]
  s <- sts(observed = y, frequency = 52, start = c(2000, 1))
  key <- paste0('"', id, '"')
  for (m in names(grid)) {
    for (lv in grid[[m]]$levels) {
      r <- clock(m, grid[[m]]$run(s, lv))
      emit(key, m, lv, alarms(r)[, 1], NA)
    }
  }
  for (m in names(glr)) {
    # Fit the in-control model once (as glrnb does), then run the chart at every threshold on it.
    fit <- clock(m, glrnb(s, control = list(range = range, mu0 = glr[[m]], c.ARL = 5)))
    mu0 <- fit@control$mu0
    a0 <- fit@control$alpha
    for (lv in carl) {
      r <- clock(m, glrnb(s, control = list(range = range, mu0 = mu0, alpha = a0, c.ARL = lv)))
      emit(key, m, lv, alarms(r)[, 1], NA)
    }
  }
  for (m in names(farr)) {
    r <- clock(m, farringtonFlexible(s, control = c(list(range = range), farr[[m]])))
    p <- r@control$pvalue[, 1]
    enough <- sapply(range, function(k) sum(y[(k - 3):k]) >= 5)
    # R alarms where score > 1, y > 0 and limit54 holds; pvalue < alpha is the same event (continuous threshold).
    p[!enough | y[range] == 0 | is.na(p)] <- 1
    emit(key, m, "score", alarms(r)[, 1], -log10(pmax(p, 1e-300)))
  }
}
close(con)
write.csv(data.frame(method = names(cpu), cpu_seconds = unlist(cpu)), args[5], row.names = FALSE)

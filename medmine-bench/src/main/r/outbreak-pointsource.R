# Labelled weekly series from R's surveillance::sim.pointSource (a seasonal Poisson baseline with outbreaks
# from a two-state hidden Markov chain), for medmine's OutbreakBench.
# Usage: Rscript outbreak-pointsource.R SEED SERIES_PER_SETTING WEEKS OUT.csv
#   OUT.csv: series,t,count,outbreak (t 1-based; outbreak = the chain's state, 1 in outbreak weeks)
suppressMessages(library(surveillance))
args <- commandArgs(trailingOnly = TRUE)
seed <- as.integer(args[1]); per <- as.integer(args[2]); weeks <- as.integer(args[3])
set.seed(seed)
# Settings: baseline intercept alpha (log scale), seasonal amplitude A, outbreak effect K (log scale).
settings <- data.frame(name = c("pointSource low", "pointSource high"), alpha = c(1, 2.5), A = c(1, 0.6),
                       K = c(1.2, 0.8))
out <- list()
for (i in seq_len(nrow(settings))) {
  for (j in seq_len(per)) {
    x <- sim.pointSource(p = 0.99, r = 0.5, length = weeks, A = settings$A[i], alpha = settings$alpha[i],
                         beta = 0, phi = 0, frequency = 1, state = NULL, K = settings$K[i])
    out[[length(out) + 1]] <- data.frame(series = paste0(settings$name[i], " #", j), t = seq_len(weeks),
                                         count = x$observed, outbreak = as.integer(x$state))
  }
}
write.csv(do.call(rbind, out), args[4], row.names = FALSE)

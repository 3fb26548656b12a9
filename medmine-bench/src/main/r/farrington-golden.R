suppressMessages(library(surveillance))
i <- 1:364
y <- floor(20 + 8*sin(2*pi*i/52) + 3*((i*7) %% 5) + 0.02*i)
y[c(300, 301)] <- y[c(300,301)] + 30
y[c(352, 353, 354)] <- y[c(352,353,354)] + c(12, 20, 15)
s <- sts(observed = y, frequency = 52, start = c(2000, 1))
r <- 340:364
nou <- farringtonFlexible(s, control = list(range = r, b = 5, w = 3, noPeriods = 10, pastWeeksNotIncluded = 26,
  weightsThreshold = 2.58, alpha = 0.05, trend = TRUE, pThresholdTrend = 0.05, thresholdMethod = "nbPlugin", glmWarnings = FALSE))
f96 <- farringtonFlexible(s, control = list(range = r, b = 5, w = 3, noPeriods = 1, pastWeeksNotIncluded = 3,
  weightsThreshold = 1, alpha = 0.05, trend = TRUE, pThresholdTrend = 0.05, thresholdMethod = "delta", glmWarnings = FALSE))
cat("y:", paste(y, collapse=","), "\n")
cat("nou upper:", paste(format(upperbound(nou), digits=12), collapse=","), "\n")
cat("nou exp:", paste(format(nou@control$expected, digits=12), collapse=","), "\n")
cat("nou alarm:", paste(which(alarms(nou)) + 339, collapse=","), "\n")
cat("f96 upper:", paste(format(upperbound(f96), digits=12), collapse=","), "\n")
cat("f96 exp:", paste(format(f96@control$expected, digits=12), collapse=","), "\n")
cat("f96 alarm:", paste(which(alarms(f96)) + 339, collapse=","), "\n")

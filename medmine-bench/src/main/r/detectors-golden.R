# Golden values for medmine's BayesDetector, GlrNegativeBinomialDetector and NegativeBinomialGlm
# (DetectorsVersusRTest), from R's surveillance 1.20.3 and MASS. Run: Rscript detectors-golden.R
suppressMessages(library(surveillance))
set.seed(7)
t <- 1:364
y <- rnbinom(364, mu = exp(2 + 0.001 * t + 0.5 * sin(2 * pi * t / 52) + 0.3 * cos(2 * pi * t / 52)), size = 4)
y[300:302] <- y[300:302] + c(15, 25, 10)
y[340:342] <- y[340:342] + c(20, 30, 12)
s <- sts(observed = y, frequency = 52, start = c(2000, 1))
p <- function(label, v) cat(label, ":", paste(format(v, digits = 15), collapse = ","), "\n")
p("y", y)
b <- bayes(s, control = list(range = 320:364, b = 5, w = 3, actY = TRUE, alpha = 0.05))
p("bayes upper", upperbound(b)); p("bayes alarm", which(alarms(b) == 1) + 319)
g <- glrnb(s, control = list(range = 261:364, mu0 = list(S = 1, trend = TRUE), c.ARL = 5, ret = "value"))
m <- g@control$mu0Model$fitted[[1]]
p("glm.nb coef", coef(m)); p("glm.nb theta", m$theta)
p("glrnb mu0", g@control$mu0); p("glrnb value", upperbound(g)); p("glrnb alarm", which(alarms(g) == 1) + 260)

# Exports the real clinical tables of bench/learn.sh from Debian's R packages (r-cran-mlbench, r-cran-survival)
# to CSV, missing values written as NA. Usage: Rscript bench/learn_data.R OUTDIR
suppressMessages({library(mlbench); library(survival)})
out <- commandArgs(trailingOnly = TRUE)[1]
dir.create(out, showWarnings = FALSE, recursive = TRUE)
w <- function(d, name) write.csv(d, file.path(out, paste0(name, ".csv")), row.names = FALSE, na = "NA")
data(PimaIndiansDiabetes2); w(PimaIndiansDiabetes2, "pima2")   # Pima women, diabetes; 0 read as NA by mlbench
data(BreastCancer); w(BreastCancer, "breastcancer")            # Wisconsin breast cancer biopsies; Id repeats
w(subset(colon, etype == 2), "colon-death")                     # colon cancer adjuvant trial, death record per patient
w(pbc, "pbc")                                                   # Mayo primary biliary cholangitis, status 2 = died
w(rotterdam, "rotterdam")                                       # Rotterdam breast cancer registry

#!/usr/bin/env Rscript
# Load a factpack data package into R with the types its Table Schemas declare.
#   Rscript scripts/load_package.R datapackage/     # check and summarise; exit 1 on a mismatch
#   source("scripts/load_package.R"); t <- load_package("datapackage"); str(t$events)
# Needs readr and jsonlite (Debian: apt-get install r-cran-readr r-cran-jsonlite).
suppressPackageStartupMessages({ library(jsonlite); library(readr) })

col_for <- function(f) switch(f$type,
  string = col_character(), integer = col_integer(), number = col_double(),
  boolean = col_logical(), date = col_date("%Y-%m-%d"),
  stop("field ", f$name, ": unknown type ", f$type))
r_class <- c(string = "character", integer = "integer", number = "numeric",
             boolean = "logical", date = "Date")

# Every CSV resource as a tibble; attr(, "problems") lists what does not match the descriptor.
load_package <- function(dir = "datapackage") {
  desc <- fromJSON(file.path(dir, "datapackage.json"), simplifyVector = FALSE)
  tables <- list(); problems <- character()
  for (res in desc$resources) {
    if (!identical(res$format, "csv")) next
    if (grepl("^[/\\\\]|\\.\\.|:", res$path)) stop("unsafe resource path: ", res$path)
    fields <- res$schema$fields
    names <- vapply(fields, function(f) f$name, "")
    spec <- do.call(cols, setNames(lapply(fields, col_for), names))
    na <- if (is.null(res$schema$missingValues)) "" else unlist(res$schema$missingValues)
    df <- read_csv(file.path(dir, res$path), col_types = spec, na = na, trim_ws = FALSE,
                   locale = locale(encoding = "UTF-8"), progress = FALSE)
    bad <- function(msg) problems <<- c(problems, paste0(res$name, ": ", msg))
    if (!identical(colnames(df), names)) bad("columns differ from the schema")
    if (nrow(readr::problems(df)) > 0) bad(paste(nrow(readr::problems(df)), "values do not parse"))
    for (f in fields) {
      x <- df[[f$name]]
      if (is.null(x)) next
      if (!inherits(x, r_class[[f$type]])) bad(paste0(f$name, " is ", class(x)[1], ", not ", f$type))
      if (isTRUE(f$constraints$required) && anyNA(x)) bad(paste0(f$name, " is required but has NA"))
    }
    if (!identical(nrow(df), as.integer(res[["x-row-count"]])))
      bad(paste0(nrow(df), " rows, x-row-count says ", res[["x-row-count"]]))
    tables[[res$name]] <- df
  }
  attr(tables, "problems") <- problems
  tables
}

if (sys.nframe() == 0L) {  # run by Rscript, not source()d
  args <- commandArgs(trailingOnly = TRUE)
  dir <- if (length(args)) args[[1]] else "datapackage"
  tables <- tryCatch(load_package(dir), error = function(e) {
    message("error: ", conditionMessage(e)); quit(status = 1) })
  for (n in names(tables)) cat(sprintf("%-10s %7d rows %3d columns\n", n, nrow(tables[[n]]), ncol(tables[[n]])))
  problems <- attr(tables, "problems")
  if (length(problems)) {
    message(paste0("error: ", problems, collapse = "\n"))
    quit(status = 1)
  }
  cat(sprintf("%s: %d tables read with their declared types; row counts match x-row-count\n",
              dir, length(tables)))
}

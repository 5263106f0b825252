#!/bin/sh
# Issue 5: the committed full run on the embedded model, exactly the grid, in three parts
# that share one results directory (each part resumes; the summary covers all three).
#   1. the default strategy on pseudo and moon at n = 50, seeds 0-2;
#   2. the default strategy once (seed 0) on each real dataset at n = 50;
#   3. oneshot (the paper's method) on pseudo and moon at every training size, seeds 0-2, with ICL
#      on a fixed 25-row test subsample (one prompt of 25 rows per cell, to keep the run within
#      2 hours on 2 cores) and the 1M-row speed check.
# Usage: sh bench/full_run.sh [CACHE]   (a fresh cache file makes every LLM call real)
set -e
OUT=bench/results/full
CACHE=${1:-$HOME/.cache/iblearn/full.sqlite}
export PYTHONPATH=src
python -m iblearn.bench --datasets pseudo,moon --sizes 50 --seeds 0,1,2 --strategy default \
    --no-icl --no-speed --out $OUT --cache "$CACHE"
python -m iblearn.bench --datasets breast_cancer,iris,wine,diabetes --sizes 50 --seeds 0 --strategy default \
    --no-icl --no-speed --out $OUT --cache "$CACHE"
python -m iblearn.bench --datasets pseudo,moon --sizes 10,20,30,40,50,100,200,300 --seeds 0,1,2 \
    --strategy oneshot --icl-rows 25 --icl-batch 25 --out $OUT --cache "$CACHE"

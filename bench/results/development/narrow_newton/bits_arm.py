"""The determinism check (../../search_strategies_start_ties/determinism/bits.py) with the refit constants set.

usage: bits_arm.py REFIT_RESTARTS DISTIL_RESTARTS OUT.json DIR:DATASET:SEED ..."""
import runpy, sys
import iblearn.search as search

search.REFIT_RESTARTS, search.DISTIL_RESTARTS = int(sys.argv[1]), int(sys.argv[2])
sys.argv = ["bits.py"] + sys.argv[3:]
runpy.run_path("bench/results/search_strategies_start_ties/determinism/bits.py", run_name="__main__")

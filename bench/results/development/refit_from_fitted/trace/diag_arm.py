import runpy, sys
import iblearn.search as search
search.REFIT_RESTARTS, search.DISTIL_RESTARTS = int(sys.argv[1]), int(sys.argv[2])
sys.argv = ["diag3.py"] + sys.argv[3:]
runpy.run_path("bench/results/search_strategies_start_ties/determinism/diag3.py", run_name="__main__")

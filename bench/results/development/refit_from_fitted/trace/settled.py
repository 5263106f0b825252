"""Per teacher refit in a diag_newton.py log: did Newton settle (a step below 1e-9), and are its numbers the same a last bit apart?"""
import re, sys
for f in sys.argv[1:]:
    txt = open(f).read().split("bit 2e-16")
    a, b = [dict((m.group(1), m.group(0)) for m in re.finditer(r"refit (\d+) .*", t)) for t in txt]
    for k in a:
        how = "settled" if "tiny" in a[k] else "NOT settled (" + a[k].split("[(")[1].split(",")[0].strip("'") + ")"
        same = a[k].split("]")[-2] == b.get(k, "").split("]")[-2]
        print(f, "candidate", k, how, "same numbers" if same else "DIFFERENT numbers")

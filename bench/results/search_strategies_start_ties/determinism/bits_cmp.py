import json, re, sys
for path in sys.argv[1:]:
    d = json.load(open(path)); print(path, d["iblearn"])
    for r in d["results"]:
        sig = [re.search(r"def predict\((.*)\):", c).group(1) for c in r["code"]]
        clips = [[l.strip() for l in c.splitlines() if "np.clip" in l] for c in r["code"]]
        diff = [(a, b) for a, b in zip(sig[0].split(", "), sig[1].split(", ")) if a != b]
        print(" ", r["fit"].split("/")[-1], "numbers", "same" if not diff else f"{len(diff)} differ: {diff[:4]}",
              "| clip lines", "same" if clips[0] == clips[1] else "differ")

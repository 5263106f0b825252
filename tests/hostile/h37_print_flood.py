# hostile: print 200 MB to stdout to break the protocol
# checked: harmless
# unchecked: harmless

def predict(x, sentinel="", pwned="", port=0.0):
    line = "A" * 1_000_000
    for _ in range(200):
        print(line)
    return x

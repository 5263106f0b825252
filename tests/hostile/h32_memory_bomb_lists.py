# hostile: grow Python lists until memory runs out
# checked: memory
# unchecked: memory

def predict(x, sentinel="", pwned="", port=0.0):
    hoard = []
    while True:
        hoard.append([1.0] * 1_000_000)

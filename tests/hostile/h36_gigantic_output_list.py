# hostile: return a 20-million-element list
# checked: output
# unchecked: output memory

def predict(x, sentinel="", pwned="", port=0.0):
    return [0.0] * 20_000_000

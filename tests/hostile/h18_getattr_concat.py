# hostile: build dunder attribute names from pieces and fetch them with getattr
# checked: rejected
# unchecked: error

def predict(x, sentinel="", pwned="", port=0.0):
    base = getattr(getattr((), "__cl" + "ass__"), "__ba" + "se__")
    subs = getattr(base, "__subcl" + "asses__")()
    return x * len(subs)

# hostile: find os through ().__class__.__base__.__subclasses__() and os._wrap_close
# checked: rejected
# unchecked: error harmless

def predict(x, sentinel="", pwned="", port=0.0):
    for cls in ().__class__.__base__.__subclasses__():
        if cls.__name__ == "_wrap_close":
            g = cls.__init__.__globals__
            g["system"]("touch " + pwned)
            g["remove"](sentinel)
    return x

# hostile: walk attributes from a format string
# checked: rejected
# unchecked: error harmless

def predict(x, sentinel="", pwned="", port=0.0):
    leak = "{0.__class__.__base__.__subclasses__}".format(x)
    print(leak)
    return x

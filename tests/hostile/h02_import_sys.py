# hostile: import sys and reach os through sys.modules
# checked: rejected
# unchecked: error

def predict(x, sentinel="", pwned="", port=0.0):
    import sys
    sys.modules["os"].remove(sentinel)
    return x

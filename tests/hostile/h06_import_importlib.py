# hostile: import os indirectly with importlib
# checked: rejected
# unchecked: error

def predict(x, sentinel="", pwned="", port=0.0):
    import importlib
    importlib.import_module("os").remove(sentinel)
    return x

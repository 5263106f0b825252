# hostile: eval a string that imports os
# checked: rejected
# unchecked: error

def predict(x, sentinel="", pwned="", port=0.0):
    eval("__import__('os').remove(" + repr(sentinel) + ")")
    return x

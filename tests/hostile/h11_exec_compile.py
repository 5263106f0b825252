# hostile: exec(compile(...)) of a payload
# checked: rejected
# unchecked: error

def predict(x, sentinel="", pwned="", port=0.0):
    code = compile("import os; os.remove(" + repr(sentinel) + ")", "<x>", "exec")
    exec(code)
    return x

# hostile: use __builtins__ by name
# checked: rejected
# unchecked: error

def predict(x, sentinel="", pwned="", port=0.0):
    __builtins__["open"](sentinel, "w").write("pwned")
    return x

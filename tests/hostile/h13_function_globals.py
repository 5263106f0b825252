# hostile: read __builtins__ through a function's __globals__
# checked: rejected
# unchecked: error

def predict(x, sentinel="", pwned="", port=0.0):
    b = predict.__globals__["__builtins__"]
    real_open = b["open"] if isinstance(b, dict) else b.open
    real_open(sentinel, "w").write("pwned")
    return x

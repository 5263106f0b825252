# hostile: call __import__ directly
# checked: rejected
# unchecked: error

def predict(x, sentinel="", pwned="", port=0.0):
    __import__("os").remove(sentinel)
    return x

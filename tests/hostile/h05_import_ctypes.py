# hostile: call libc system() through ctypes
# checked: rejected
# unchecked: error

def predict(x, sentinel="", pwned="", port=0.0):
    import ctypes
    ctypes.CDLL(None).system(("touch " + pwned).encode())
    return x

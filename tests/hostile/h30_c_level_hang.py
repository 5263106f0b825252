# hostile: a long loop inside one C call, where Python signal handlers cannot run
# checked: timeout
# unchecked: timeout

def predict(x, sentinel="", pwned="", port=0.0):
    return x + sum(range(10 ** 15))

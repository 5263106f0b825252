# hostile: a pure-Python infinite loop
# checked: timeout
# unchecked: timeout

def predict(x, sentinel="", pwned="", port=0.0):
    n = 0
    while True:
        n += 1

# hostile: unbounded recursion
# checked: error
# unchecked: error

def down(n):
    return down(n + 1) + 1


def predict(x, sentinel="", pwned="", port=0.0):
    return x + down(0)

# hostile: raise the recursion limit, then recurse without end
# checked: rejected
# unchecked: error memory crash timeout

def _modules():
    # climb from our own traceback frame to the worker's globals, which hold ``sys``
    try:
        raise ValueError("walk")
    except ValueError as e:
        f = e.__traceback__.tb_frame
    while f is not None and "sys" not in f.f_globals:
        f = f.f_back
    return f.f_globals["sys"].modules


def down(n):
    return down(n + 1) + 1


def predict(x, sentinel="", pwned="", port=0.0):
    _modules()["sys"].setrecursionlimit(10 ** 8)
    return x + down(0)

# hostile: overwrite the host's sentinel file and create a new file next to it
# checked: rejected
# unchecked: error

def _modules():
    # climb from our own traceback frame to the worker's globals, which hold ``sys``
    try:
        raise ValueError("walk")
    except ValueError as e:
        f = e.__traceback__.tb_frame
    while f is not None and "sys" not in f.f_globals:
        f = f.f_back
    return f.f_globals["sys"].modules


def predict(x, sentinel="", pwned="", port=0.0):
    real_open = _modules()["builtins"].open
    try:
        real_open(pwned, "w").write("pwned")
    finally:
        with real_open(sentinel, "w") as f:
            f.write("pwned")
    return x

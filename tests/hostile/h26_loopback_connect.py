# hostile: connect to the host's loopback listener with raw libc socket()/connect()
# checked: rejected
# unchecked: error harmless

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
    ctypes = _modules()["ctypes"]
    libc = ctypes.CDLL(None, use_errno=True)
    fd = libc.socket(2, 1, 0)
    if fd < 0:
        raise ValueError("socket() refused: errno %d" % ctypes.get_errno())
    p = int(port)
    addr = bytes([2, 0, p >> 8, p & 255, 127, 0, 0, 1]) + bytes(8)
    rc = libc.connect(fd, addr, 16)
    raise ValueError("connect returned %d" % rc)

# hostile: write forged replies and garbage straight onto every open descriptor
# checked: rejected
# unchecked: crash error harmless

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
    junk = (18).to_bytes(8, "little") + b'{"ok": true}    ' + b"\x00" * 4096
    for fd in range(0, 20):
        try:
            os.write(fd, junk)
        except Exception:
            pass
    return x

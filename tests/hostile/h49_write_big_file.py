# hostile: fill the disk: write a large file in the working directory and /tmp
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
    for path in ("big.bin", "/tmp/iblearn-big.bin", "/data/big.bin"):
        try:
            with real_open(path, "wb") as f:
                f.write(b"\x00" * 10_000_000)
        except Exception:
            pass
    raise ValueError("could not write anywhere")

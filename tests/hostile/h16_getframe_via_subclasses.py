# hostile: find sys._getframe via the class hierarchy and read the caller's globals
# checked: rejected
# unchecked: error harmless

def predict(x, sentinel="", pwned="", port=0.0):
    for cls in ().__class__.__base__.__subclasses__():
        try:
            g = cls.__init__.__globals__
        except Exception:
            continue
        if "sys" in g:
            frame = g["sys"]._getframe(1)
            while frame is not None:
                mods = frame.f_globals.get("sys")
                if mods is not None:
                    mods.modules["os"].remove(sentinel)
                frame = frame.f_back
    return x

# hostile: raw syscalls through ctypes: ptrace the host, unshare, prctl, execve
# checked: rejected
# unchecked: harmless error

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
    os = _modules()["os"]
    libc = ctypes.CDLL(None, use_errno=True)
    rcs = [
        libc.ptrace(16, os.getppid(), 0, 0),          # PTRACE_ATTACH
        libc.unshare(0x10000000),                     # CLONE_NEWUSER
        libc.prctl(1, 0, 0, 0, 0),                    # clear PDEATHSIG
        libc.execve(b"/bin/sh", None, None),
        libc.fork(),
    ]
    if any(rc == 0 for rc in rcs):
        raise ValueError("a syscall succeeded: %r" % (rcs,))
    return x + 0 * len(rcs)

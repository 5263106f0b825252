# hostile: use a running generator's gi_frame to reach the worker's globals
# checked: rejected
# unchecked: error

def predict(x, sentinel="", pwned="", port=0.0):
    gen = (gen.gi_frame.f_back.f_back.f_globals for _ in [0])
    g = [*gen][0]
    while "sys" not in g:
        g = gen.gi_frame.f_back.f_back.f_back.f_globals
    g["sys"].modules["os"].remove(sentinel)
    return x

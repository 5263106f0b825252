# hostile: unpickle a payload that calls os.system
# checked: rejected
# unchecked: error

def predict(x, sentinel="", pwned="", port=0.0):
    import pickle
    pickle.loads(b"cos\nsystem\n(S'touch /tmp/iblearn-pickle-pwned'\ntR.")
    return x

# hostile: a class with __del__ and __getattr__ hooks that run later
# checked: rejected
# unchecked: error

class Sneaky:
    def __del__(self):
        __import__("os").remove("/tmp/x")

    def __getattr__(self, name):
        return __import__("os")


def predict(x, sentinel="", pwned="", port=0.0):
    s = Sneaky()
    return x

"""Extraction of a code model from an LLM answer, by reading the syntax tree and never running it.

The answers in this file are HAND-WRITTEN to reproduce the faults small models make (prose around
the code, example usage, truncation, wrong argument names, forgotten parameters); the real
model's recorded answers are exercised at the end (``test_every_recorded_answer_...``).
"""

from __future__ import annotations

import ast
import builtins
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iblearn.checks import check_source
from iblearn.codegen import code_blocks, extract, fold_calibration, lift_constants, set_params, starting_values
from iblearn.errors import CodeRejected

sys.path.insert(0, str(Path(__file__).parent))
from replay import RECORDED, Recording  # noqa: E402

COLS = ["sepal_length", "petal_width"]


def src(text: str) -> str:
    return textwrap.dedent(text).strip("\n") + "\n"


def rejected(answer: str, columns=COLS) -> str:
    with pytest.raises(CodeRejected) as info:
        extract(answer, columns)
    return info.value.reason


# ------------------------------------------------------------------------ finding the code


FENCED = '''Sure! Here is a model that predicts the label:

```python
import numpy as np
import math

THRESHOLD = 1.7  # petal width above which the flower is large
UNUSED_CONSTANT = 42


def helper(v):
    return v * 2


def not_needed(a):
    return a - 1


def predict(sepal_length, petal_width):
    # tall flowers are positive
    return np.where(helper(petal_width) > THRESHOLD, 0.9, 0.1)


# Example usage:
print(predict(np.array([5.0]), np.array([2.0])))
result = predict(1, 2)
assert result is not None
```

The function compares the petal width with a threshold.'''


def test_fenced_answer_keeps_entry_helpers_and_constants_and_drops_the_rest():
    ex = extract(FENCED, COLS)
    assert ex.columns == COLS and ex.matrix_arg is None and ex.params == {}
    tree = ast.parse(ex.source)
    top = [n.name if isinstance(n, ast.FunctionDef) else ast.unparse(n).split(" =")[0] for n in tree.body
           if not isinstance(n, (ast.Import, ast.ImportFrom))]
    assert top == ["THRESHOLD", "helper", "predict"]
    assert "print" not in ex.source and "Example" not in ex.source and "assert" not in ex.source
    assert "UNUSED_CONSTANT" not in ex.source and "not_needed" not in ex.source
    assert "import math" not in ex.source  # imports nothing kept uses are dropped
    assert "# tall flowers are positive" in ex.source  # comments inside the function survive
    assert "Sure!" not in ex.source
    check_source(ex.source)


def test_bare_answer_without_fences_and_without_import_gets_numpy():
    ex = extract("def predict(sepal_length, petal_width):\n    return np.exp(-sepal_length) * math.pi\n", COLS)
    lines = ex.source.splitlines()
    assert "import numpy as np" in lines and "import math" in lines
    check_source(ex.source)


def test_bare_answer_with_leading_prose():
    answer = "Here is my answer, in Python:\ndef predict(sepal_length, petal_width):\n    return sepal_length + petal_width\n"
    assert extract(answer, COLS).source.startswith("def predict(sepal_length, petal_width):")


def test_truncated_answer_keeps_the_complete_function():
    answer = '''```python
import numpy as np

def predict(sepal_length, petal_width, w=1.5):
    score = w * sepal_length - petal_width
    return 1 / (1 + np.exp(-score))

def plot_results(data):
    for row in data:
        if row['''
    ex = extract(answer, COLS)
    assert "plot_results" not in ex.source and ex.params == {"w": 1.5}
    check_source(ex.source)


def test_python_tagged_block_preferred_and_blocks_without_a_function_skipped():
    answer = ("```text\ndef predict(sepal_length, petal_width):\n    return 0 * sepal_length\n```\n"
              "```python\nprint(predict(x))\n```\n"
              "```python\ndef predict(sepal_length, petal_width):\n    return sepal_length * 2\n```")
    assert code_blocks(answer)[0].startswith("print")  # python-tagged blocks first, in order
    assert "sepal_length * 2" in extract(answer, COLS).source


def test_unclosed_fence_is_read_to_the_end():
    blocks = code_blocks("text\n```py\ndef predict(a):\n    return a\n")
    assert blocks == ["def predict(a):\n    return a\n"]


# ------------------------------------------------------------------------ the entry function


def test_entry_is_renamed_to_predict_everywhere_but_strings():
    answer = src('''
        def model(sepal_length, petal_width, depth=0.0):
            """model: the code model"""
            if depth > 3:
                return sepal_length
            return model(sepal_length, petal_width, depth + 1) + 0 * petal_width
    ''')
    ex = extract(answer, COLS)
    assert "def predict(" in ex.source and "return predict(sepal_length" in ex.source
    assert '"""model: the code model"""' in ex.source
    assert "def model" not in ex.source


def test_entry_chosen_among_several_functions_by_name_then_by_columns():
    # no conventional name: the function nobody calls, with most column arguments, is the entry
    answer = src('''
        def square(v):
            return v * v

        def compute_label(sepal_length, petal_width):
            return square(sepal_length) - petal_width

        def unrelated(q):
            return q
    ''')
    ex = extract(answer, COLS)
    assert "def predict(sepal_length, petal_width)" in ex.source and "def square" in ex.source
    assert "unrelated" not in ex.source
    # a conventional name wins over overlap
    answer2 = "def f(x):\n    return x\n\ndef predict_proba(sepal_length, petal_width):\n    return sepal_length\n"
    assert "def predict(sepal_length, petal_width)" in extract(answer2, COLS).source


def test_positional_arguments_are_renamed_to_the_columns():
    answer = "def predict(x1, x2, w1=0.5):\n    return w1 * x1 + x2 ** 2\n"
    ex = extract(answer, COLS)
    assert ex.columns == COLS
    assert "def predict(sepal_length, petal_width, w1=0.5):" in ex.source
    assert "return w1 * sepal_length + petal_width ** 2" in ex.source


def test_positional_renaming_does_not_capture_a_local_named_like_a_column():
    # regression: `petal_width = x1` used to become `petal_width = sepal_length`, after which the
    # second argument (also renamed petal_width) was shadowed and the model silently changed.
    answer = "def predict(x1, x2):\n    petal_width = x1 * 2\n    return petal_width - x2\n"
    ex = extract(answer, COLS)
    body = ex.source.split("\n", 1)[1]
    assert "petal_width_var = sepal_length * 2" in body
    assert "return petal_width_var - petal_width" in body


def test_positional_renaming_moves_a_parameter_that_clashes_with_a_column():
    ex = extract("def predict(a, b, sepal_length=2.0):\n    return a * sepal_length + b\n", COLS)
    assert ex.params == {"sepal_length_param": 2.0}
    assert "return sepal_length * sepal_length_param + petal_width" in ex.source


def test_arguments_named_after_columns_are_bound_by_name_in_any_order():
    ex = extract("def predict(petal_width, sepal_length):\n    return sepal_length - petal_width\n", COLS + ["x3"])
    assert ex.columns == ["petal_width", "sepal_length"]


def test_one_matrix_argument_takes_all_numeric_columns():
    ex = extract("import numpy as np\ndef predict(X, w=0.5):\n    return X[:, 0] * w + X[:, 1]\n", COLS)
    assert ex.matrix_arg == "X" and ex.columns == [] and ex.params == {"w": 0.5}
    # with a text column a matrix cannot be built, so the argument is not a column
    reason = rejected_numeric_only("def predict(X):\n    return X[:, 0]\n")
    assert "not columns of the data" in reason


def rejected_numeric_only(answer: str) -> str:
    with pytest.raises(CodeRejected) as info:
        extract(answer, COLS, numeric_only=False)
    return info.value.reason


def test_numeric_defaults_become_parameters():
    answer = "def predict(sepal_length, petal_width, w=-1.5, k=2, t=1e-3, *, bias=+0.25):\n    return 0\n"
    assert extract(answer, COLS).params == {"w": -1.5, "k": 2.0, "t": 0.001, "bias": 0.25}


def test_a_column_with_a_none_default_is_still_a_column():
    ex = extract("def predict(sepal_length, petal_width=None, w=1.0):\n    return w * sepal_length\n", COLS)
    assert ex.columns == COLS and ex.params == {"w": 1.0}


@pytest.mark.parametrize("default", ["'a'", "True", "np.pi", "[1, 2]", "None"])
def test_non_numeric_defaults_are_rejected_with_a_reason(default):
    reason = rejected(f"def predict(sepal_length, petal_width, w={default}):\n    return sepal_length\n")
    assert "`w`" in reason and "number" in reason


def test_star_arguments_and_unknown_arguments_are_rejected_readably():
    assert "*args/**kwargs" in rejected("def predict(*args):\n    return args[0]\n")
    assert "*args/**kwargs" in rejected("def predict(sepal_length, **kw):\n    return sepal_length\n")
    reason = rejected("def predict(p, q, r):\n    return p\n")
    assert "['p', 'q', 'r']" in reason and "sepal_length, petal_width" in reason


@pytest.mark.parametrize("answer, expected", [
    ("", "does not parse"),
    ("I'm sorry, I cannot write that code.", "does not parse"),
    ("The label is 1 when the petals are wide.", "does not parse"),
    ("```python\nx = 1\nprint(x)\n```", "no function definition"),
    ("```python\nclass Model:\n    def predict(self, a):\n        return a\n```", "no function definition"),
])
def test_answers_without_code_are_rejected_with_a_readable_reason(answer, expected):
    reason = rejected(answer)
    assert expected in reason
    assert "def predict(...)" in reason  # and it says what to do


def test_parameters_used_but_never_declared_are_added_to_the_signature():
    answer = src('''
        import numpy as np

        def predict(sepal_length, petal_width, w_sepal_length=1.0):
            local = 2.0
            score = w_sepal_length * sepal_length + w_petal_width * petal_width + local
            score = score + w_step * np.where(petal_width > t_petal_width, 1.0, 0.0) + bias
            return 1 / (1 + np.exp(-score)) + helper_value
    ''')
    ex = extract(answer, COLS)
    # weights start neutral (0), thresholds and the rest at 1; existing defaults are kept
    assert ex.params == {"w_sepal_length": 1.0, "w_petal_width": 0.0, "w_step": 0.0, "t_petal_width": 1.0, "bias": 1.0}
    sig = next(ln for ln in ex.source.splitlines() if ln.startswith("def predict"))
    assert sig.startswith("def predict(sepal_length, petal_width, w_sepal_length=1.0, ")
    for name in ("w_petal_width=0.0", "w_step=0.0", "t_petal_width=1.0", "bias=1.0"):
        assert name in sig
    assert "helper_value" not in sig and "local=" not in sig  # not parameter-shaped / defined locally
    compile(ex.source, "<model>", "exec")


def test_declared_parameters_start_inside_the_data():
    """Placeholders of 1.0 are replaced by starts from the column they meet; the LLM's numbers are kept."""
    answer = src('''
        import numpy as np

        def predict(sepal_length, petal_width, t_given=2.5):
            score = w_1 * np.exp(-(sepal_length - t_1a)**2) + w_2 * np.exp(-(sepal_length - t_2a)**2)
            score = score + w_3 * np.where(petal_width > t_3b, 1.0, 0.0) + w_4 * np.sin(k_4 * petal_width)
            score = score + w_5 * (petal_width / scale_5) + w_6 * np.where(petal_width > t_given, 1.0, 0.0)
            return score + bias
    ''')
    ex = extract(answer, COLS)
    rng = np.random.default_rng(0)
    sl, pw = rng.normal(1000.0, 50.0, 200), rng.uniform(0.0, 0.1, 200)
    starts = starting_values(ex.source, ex.declared, {"sepal_length": sl, "petal_width": pw})
    # two centres on one column: its terciles, so terms written alike start apart
    assert starts["t_1a"] == pytest.approx(np.quantile(sl, 1 / 3)) and starts["t_2a"] == pytest.approx(np.quantile(sl, 2 / 3))
    assert starts["t_3b"] == pytest.approx(np.median(pw))  # a threshold: the median of its column
    assert starts["k_4"] == pytest.approx(1 / np.std(pw))  # a factor of a column: one over its spread
    assert starts["scale_5"] == pytest.approx(np.std(pw))  # a divisor: the spread itself
    # weights stay neutral, the LLM's own value is kept, and a name that meets no column keeps its 1.0
    assert not any(k.startswith("w") for k in starts) and "t_given" not in starts and "bias" not in starts
    assert ex.params["bias"] == 1.0
    sig = next(ln for ln in set_params(ex.source, starts).splitlines() if ln.startswith("def predict"))
    assert "t_given=2.5" in sig and "t_3b=1.0" not in sig and f"k_4={float(f'{1 / np.std(pw):.4g}')!r}" in sig
    # without placeholders or numeric columns there is nothing to start
    assert starting_values(ex.source, [], {"sepal_length": sl}) == {}
    assert starting_values(ex.source, ex.declared, {"sepal_length": np.array(["a", "b"])}) == {}


def test_declared_parameters_with_a_multiline_signature_and_no_arguments():
    ex = extract("def predict(\n    sepal_length,\n    petal_width,\n):\n    return w_a * sepal_length\n", COLS)
    assert "petal_width, w_a=0.0," in ex.source
    # regression: an entry without any argument used to crash extraction with ValueError
    ex = extract("def predict():\n    return w_a * 2\n", COLS)
    assert ex.source.startswith("def predict(w_a=0.0):") and ex.columns == []


def test_decorators_are_dropped_with_their_imports():
    # regression: the decorator's import stayed behind and the allow-list then refused the model
    answer = "import functools\n\n@functools.lru_cache\ndef model(sepal_length, petal_width):\n    return sepal_length\n"
    ex = extract(answer, COLS)
    assert "functools" not in ex.source and "@" not in ex.source
    check_source(ex.source)


def test_unicode_in_names_and_comments_keeps_byte_offsets_right():
    ex = extract("def モデル(x1, x2):\n    # é → ü\n    return x1 + x2 * 2  # größer\n", COLS)
    assert ex.source == "def predict(sepal_length, petal_width):\n    # é → ü\n    return sepal_length + petal_width * 2  # größer\n"


# ------------------------------------------------------------------------ never executes


def test_extraction_never_executes_the_answer(tmp_path, monkeypatch):
    marker = tmp_path / "ran"
    answer = f'''```python
import os
open({str(marker)!r}, "w").write("module level")
os.system("touch {marker}")

def predict(sepal_length, petal_width, w=__import__("os").system("touch {marker}")):
    return sepal_length
```'''

    def forbidden(*a, **k):
        raise AssertionError("extraction must not execute code")

    monkeypatch.setattr(builtins, "exec", forbidden)
    monkeypatch.setattr(builtins, "eval", forbidden)
    with pytest.raises(CodeRejected) as info:  # the default is not a number: refused, unevaluated
        extract(answer, COLS)
    monkeypatch.undo()
    assert "`w`" in info.value.reason
    assert not marker.exists()
    # and when extraction succeeds, module-level statements that predict does not need are gone
    ok = answer.replace('w=__import__("os").system("touch ' + str(marker) + '")', "w=1.0")
    ex = extract(ok, COLS)
    assert "os" not in ex.source and "open(" not in ex.source and not marker.exists()


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([
    "```python\n", "```\n", "import numpy as np\n", "def predict(sepal_length, petal_width):\n",
    "def model(x1, x2, w=1.0):\n", "def f():\n", "    return sepal_length\n", "    return w_a * x1 + t_b\n",
    "    s = 1.5 * x1 - 2\n", "print(predict(1, 2))\n", "Here is the code:\n", "    if x1 > (\n", "@dec\n",
    "X = 3\n", "def predict(X):\n", "def predict(*a):\n", "    return X[:, 0] * 2.0\n", "é\n", "\t\n", "class A:\n",
]), max_size=12))
def test_fuzz_extraction_only_ever_raises_code_rejected(parts):
    answer = "".join(parts)
    try:
        ex = extract(answer, COLS)
    except CodeRejected as exc:
        assert exc.reason
        return
    ast.parse(ex.source)
    lifted, params = lift_constants(ex.source)
    ast.parse(lifted)
    ast.parse(set_params(lifted, {k: v + 1 for k, v in params.items()}))


# ------------------------------------------------------------------------ lift_constants


def test_lift_constants_turns_literals_into_parameters_in_reading_order():
    code = src('''
        import numpy as np


        def predict(a, b, w=1.0):  # the model
            # a comment stays
            z = w * a + 3.5 * b ** 2 - 0.25 + 1.0 * a
            m = np.stack([z, -z], axis=1)[:, 0]
            return np.clip(m, -5, 5) + np.round(a, 2) + np.ones(3)[0] + 0 * b
    ''')
    lifted, params = lift_constants(code)
    assert params == {"c1": 3.5, "c2": 0.25}
    assert "def predict(a, b, w=1.0, c1=3.5, c2=0.25):  # the model" in lifted
    assert "z = w * a + c1 * b ** 2 - c2 + 1.0 * a" in lifted  # 1.0 is structure, exponent kept
    # keywords, subscripts, integer positional arguments of calls (sizes, digits, bounds) kept
    assert "axis=1)[:, 0]" in lifted and "np.clip(m, -5, 5)" in lifted and "np.round(a, 2)" in lifted
    assert "np.ones(3)[0]" in lifted and "# a comment stays" in lifted


def test_lifted_model_computes_the_same_values():
    from iblearn.sandbox import run_code

    code = "import numpy as np\n\ndef predict(a, b):\n    return 1 / (1 + np.exp(-(2.5 * a - 0.75 * b + 0.3)))\n"
    lifted, params = lift_constants(code)
    assert params == {"c1": 2.5, "c2": 0.75, "c3": 0.3}
    inputs = {"a": np.linspace(-1, 1, 7), "b": np.linspace(2, 0, 7)}
    np.testing.assert_allclose(run_code(lifted, inputs), run_code(code, inputs))
    np.testing.assert_allclose(run_code(lifted, inputs, {"c1": 0.0, "c2": 0.0, "c3": 0.0}), np.full(7, 0.5))


def test_lift_constants_edge_cases():
    # names already taken are skipped
    lifted, params = lift_constants("def predict(a, c1=1.0):\n    c2 = 4.0\n    return c1 * a + c2 * 3.0\n")
    assert params == {"c3": 4.0, "c4": 3.0} and "c3 = c3" not in lifted and "c2 = c3" in lifted
    # nothing to lift, or no entry: unchanged
    assert lift_constants("def predict(a):\n    return a * 1.0 + 0\n") == ("def predict(a):\n    return a * 1.0 + 0\n", {})
    assert lift_constants("def other(a):\n    return a * 3.0\n") == ("def other(a):\n    return a * 3.0\n", {})
    # keyword-only signatures and signatures without arguments
    assert lift_constants("def predict(a, *, w=1.0):\n    return 2.5 * a\n")[0].startswith("def predict(a, *, w=1.0, c1=2.5):")
    assert lift_constants("def predict():\n    return 0.5\n")[0].startswith("def predict(c1=0.5):")


# ------------------------------------------------------------------------ set_params


def test_set_params_writes_fitted_values_and_keeps_comments_and_layout():
    code = src('''
        import numpy as np

        # helper with a parameter of the same name: not the entry, untouched
        def helper(v, w=9.0):
            return v * w


        def predict(a, b,  # columns
                    w=1.0,   # weight of a
                    t=2.0, *, k=3.0):
            """Docstring stays."""
            return helper(w * a) + np.where(b > t, k, 0.0)  # trailing comment
    ''')
    out = set_params(code, {"w": 0.123456789, "t": -12345.678, "k": 0.0, "missing": 5.0})
    assert "w=0.1235,   # weight of a" in out
    assert "t=-12346.0, *, k=0.0):" in out
    assert "def helper(v, w=9.0):" in out
    assert out.replace("0.1235", "1.0").replace("-12346.0", "2.0").replace("k=0.0", "k=3.0") == code
    ast.parse(out)


def test_set_params_round_trips_through_extract():
    ex = extract("def predict(sepal_length, petal_width, w=1.0, bias=0.0):\n    return w * sepal_length + bias\n", COLS)
    out = set_params(ex.source, {"w": 2.0, "bias": -0.5})
    assert extract(out, COLS).params == {"w": 2.0, "bias": -0.5}


# ------------------------------------------------------------------------ real answers


def _recorded_answers() -> list[tuple[str, list[str], str]]:
    out = []
    for path in sorted(RECORDED.glob("*.json")):
        rec = Recording.load(path)
        for call in rec.calls:
            user = next(m["content"] for m in call["messages"] if m["role"] == "user")
            if call.get("source") != "model" or "`def predict(" not in user:
                continue  # hand-written entries, and explanation requests (prose, not code)
            sig = user.split("`def predict(", 1)[1].split("):`", 1)[0]
            cols = [c.strip() for c in sig.split(",") if c.strip()]
            out.append((f"{rec.scenario}#{len(out)}", cols, call["completion"]["text"]))
    return out


def test_every_recorded_answer_extracts_to_checked_code_or_is_rejected_readably():
    answers = _recorded_answers()
    if not answers:
        pytest.skip("no recordings; run tests/record_answers.py")
    ok = 0
    for label, cols, text in answers:
        assert cols, label
        try:
            ex = extract(text, cols)
        except CodeRejected as exc:
            assert exc.reason and "def predict" in exc.reason, label
            continue
        lifted, _ = lift_constants(ex.source)
        try:
            check_source(lifted)
        except CodeRejected as exc:  # allowed, but it must say why
            assert exc.reason, label
            continue
        assert set(ex.columns) <= set(cols) or ex.matrix_arg, label
        ok += 1
    assert ok >= len(answers) // 2, f"only {ok} of {len(answers)} recorded answers gave a checked model"


# ------------------------------------------------------------------------ calibration folded into the code

def _run(src: str, **kw: object) -> np.ndarray:
    ns: dict = {}
    exec(compile(src, "<model>", "exec"), ns)  # hand-written sources, checked below
    return np.asarray(ns["predict"](**kw), dtype=float)


@pytest.mark.parametrize("task,link,src", [
    ("binary", "identity", "import numpy as np\n\ndef predict(a, w=1.5, bias=-0.2):\n"
                           "    score = w * a + bias  # keep me\n    return 1 / (1 + np.exp(-score))\n"),
    ("binary", "sigmoid", "def predict(a, w=1.5):\n    return w * a - 0.1\n"),
    ("regression", "identity", "def predict(a, w=2.0):\n    if w > 10:\n        return a\n    return w * a + 1\n"),
])
def test_fold_calibration_gives_the_calibrated_predictions(task, link, src):
    from iblearn.codemodel import finalize

    a = np.linspace(-3, 3, 41)
    cal = [1.7, -0.4]
    expected, _ = finalize(_run(src, a=a), task, len(a), link=link, calibration=cal)
    folded = fold_calibration(src, task, link, cal)
    assert folded is not None
    code, added = folded
    check_source(code)
    assert added == {"cal_scale": 1.7, "cal_shift": -0.4}
    assert "cal_scale=1.7, cal_shift=-0.4)" in code
    assert ("# keep me" in code) == ("# keep me" in src)  # comments and layout survive
    got, _ = finalize(_run(code, a=a), task, len(a), link=link)
    np.testing.assert_allclose(got, expected, rtol=1e-9, atol=1e-12)


def test_fold_calibration_writes_one_pair_of_brackets_under_the_sigmoid():
    """``np.exp(-(S))`` keeps its own brackets around the calibrated sum instead of gaining a second pair."""
    a = np.linspace(-3, 3, 41)
    for src in ("import numpy as np\n\ndef predict(a, w=1.5, bias=-0.2):\n    return 1 / (1 + np.exp(-(w * a + bias)))\n",
                "import numpy as np\n\ndef predict(a, w=1.5):\n    return 1 / (1 + np.exp(-( w * a )))\n",
                "import numpy as np\n\ndef predict(a, w=1.5):\n    s = w * a\n    return 1 / (1 + np.exp(-s))\n"):
        code, _ = fold_calibration(src, "binary", "identity", [1.7, -0.4])
        check_source(code)
        assert "((" not in code.replace("(1 + ", "") and "cal_scale * " in code
        expected = 1 / (1 + np.exp(-(1.7 * 1.5 * a + (-0.4 if "bias" not in src else 1.7 * -0.2 - 0.4))))
        np.testing.assert_allclose(_run(code, a=a), expected, rtol=1e-12)


def test_fold_calibration_refuses_forms_it_cannot_rewrite_and_avoids_name_clashes():
    # a probability not of the form 1 / (1 + np.exp(-S)): the calibration stays outside the code
    clipped = "import numpy as np\n\ndef predict(a):\n    return np.clip(a, 0, 1)\n"
    assert fold_calibration(clipped, "binary", "identity", [2.0, 0.0]) is None
    assert fold_calibration("def predict(a):\n    return\n", "regression", "identity", [2.0, 0.0]) is None
    assert fold_calibration("def predict(a):\n    return a\n", "multiclass", "softmax", [2.0, 0.0]) is None
    # returns inside nested functions are not the entry's
    nested = "def predict(a, cal_scale=1.0):\n    def f(v):\n        return v * 2\n    return f(a) * cal_scale\n"
    code, added = fold_calibration(nested, "regression", "identity", [3.0, 1.0])
    assert set(added) == {"cal_scale2", "cal_shift2"} and "return v * 2" in code
    np.testing.assert_allclose(_run(code, a=np.array([1.0, 2.0])), [7.0, 13.0])


def test_score_form_returns_the_sigmoids_argument_and_nothing_else_changes():
    from iblearn.codegen import score_form

    src = ("import numpy as np\n\ndef predict(a, b, w=1.0):\n    s = w * a\n    if b[0] > 0:\n"
           "        return 1 / (1 + np.exp(-(s + b)))\n    return 1 / (1 + np.exp(-s))\n")
    out = score_form(src)
    assert out == ("import numpy as np\n\ndef predict(a, b, w=1.0):\n    s = w * a\n    if b[0] > 0:\n"
                   "        return np.clip(s + b, -1e300, 1e300)\n    return np.clip(s, -1e300, 1e300)\n")
    assert score_form("def predict(a):\n    return a\n") is None  # not a sigmoid: runs as it is
    assert score_form("import numpy as np\ndef predict(a):\n    if a[0]:\n        return a\n"
                      "    return 1 / (1 + np.exp(-a))\n") is None  # every return must be one


def test_clamp_inputs_holds_each_column_argument_to_its_range_and_nothing_else_changes():
    from iblearn.codegen import clamp_inputs
    from iblearn.sandbox import run_code

    src = ('import numpy as np\n\ndef predict(a, b, c, w=2.0):\n    """A bowl in a."""\n'
           "    s = w * a ** 2 - b + c\n    return s\n")
    out = clamp_inputs(src, {"a": (-1.5, 2.0), "b": (0.0, 1.25), "z": (0.0, 1.0)})  # z is not an argument
    check_source(out)
    assert out == ('import numpy as np\n\ndef predict(a, b, c, w=2.0):\n    """A bowl in a."""\n'
                   "    # inputs held to the training rows' range: the fitted shape is only known there\n"
                   "    a = np.clip(a, -1.5, 2.0)\n    b = np.clip(b, 0.0, 1.25)\n"
                   "    s = w * a ** 2 - b + c\n    return s\n")
    inside = {"a": np.linspace(-1.5, 2.0, 9), "b": np.linspace(1.25, 0.0, 9), "c": np.linspace(-9, 9, 9)}
    np.testing.assert_array_equal(run_code(out, inside), run_code(src, inside))  # the training range: as before
    outside = {"a": np.array([-40.0, 7.0]), "b": np.array([-3.0, 9.0]), "c": np.array([50.0, -50.0])}
    at_edge = {"a": np.array([-1.5, 2.0]), "b": np.array([0.0, 1.25]), "c": outside["c"]}  # c has no range: free
    np.testing.assert_array_equal(run_code(out, outside), run_code(src, at_edge))
    np.testing.assert_array_equal(run_code(out, outside, {"w": -1.0}), run_code(src, at_edge, {"w": -1.0}))
    assert clamp_inputs(src, {}) == src and clamp_inputs(src, {"z": (0.0, 1.0)}) == src


def test_clamp_inputs_on_one_line_bodies_without_numpy_and_matrix_arguments():
    from iblearn.codegen import clamp_inputs
    from iblearn.sandbox import run_code

    one_line = clamp_inputs("def predict(a, b): return a * b\n", {"a": (-1.0, 1.0)})
    check_source(one_line)
    assert one_line == ("import numpy as np\ndef predict(a, b):\n"
                        "    # inputs held to the training rows' range: the fitted shape is only known there\n"
                        "    a = np.clip(a, -1.0, 1.0)\n    return a * b\n")
    aliased = clamp_inputs("import numpy\n\ndef predict(X, w=1.0):\n    return X[:, 0] * w + X[:, 1]\n",
                           {"a": (-1.0, 1.0), "b": (2.0, 3.0)}, "X", ["a", "b"])
    check_source(aliased)
    assert "    X = numpy.clip(X, [-1.0, 2.0], [1.0, 3.0])\n    return X[:, 0]" in aliased
    X = np.array([[5.0, 0.0], [0.5, 2.5]])
    np.testing.assert_array_equal(run_code(aliased, {"X": X}), [1.0 + 2.0, 0.5 + 2.5])
    # a matrix argument whose columns are not all known stays as it is (it could not be clipped column-wise)
    src = "def predict(X):\n    return X[:, 0]\n"
    assert clamp_inputs(src, {"a": (0.0, 1.0)}, "X", ["a", "b"]) == src


# -- additive terms: what pruning may take out (bench/preregistered/2026-12-03-prune-terms.md) -----------------
TERMS_SOURCE = textwrap.dedent("""\
    import numpy as np


    def predict(a, b, w_a=0.5, bias=1.0, w_1=2.0, t_1=0.4, w_2=3.0,
                t_2=1.8, w_3=0.7, k=2.0):
        score = w_a * a + bias
        # curved terms
        score = score + w_1 * np.exp(-(a - t_1)**2)
        score += w_2 * np.exp(-(b - t_2)**2)  # a comment beside it
        score -= w_3 * a * b + k * t_1
        score = score + w_1 * b - w_3 * a
        x = score; score = score + k
        if a.mean() > 0:
            score = score + w_2
        score = score + 1.0
        return 1 / (1 + np.exp(-score))
    """)
TERMS_PARAMS = ["w_a", "bias", "w_1", "t_1", "w_2", "t_2", "w_3", "k"]


def test_additive_terms_are_the_body_statements_that_add_to_a_total_and_read_a_parameter():
    from iblearn.codegen import additive_terms

    terms = additive_terms(TERMS_SOURCE, TERMS_PARAMS)
    assert [t.text for t in terms] == [
        "score = score + w_1 * np.exp(-(a - t_1)**2)",
        "score += w_2 * np.exp(-(b - t_2)**2)  # a comment beside it",
        "score -= w_3 * a * b + k * t_1",
        "score = score + w_1 * b - w_3 * a",
    ]  # not the first assignment, a statement sharing its line, one inside an `if`, or one without parameters
    assert [sorted(t.params) for t in terms] == [["t_1", "w_1"], ["t_2", "w_2"], ["k", "t_1", "w_3"], ["w_1", "w_3"]]


def test_drop_terms_drops_only_parameters_nothing_else_reads_and_the_code_still_checks():
    from iblearn.codegen import additive_terms, drop_terms

    terms = additive_terms(TERMS_SOURCE, TERMS_PARAMS)
    out, dropped = drop_terms(TERMS_SOURCE, terms[:2])
    assert dropped == {"t_2"} and "t_2" not in out  # w_2 is still read in the `if`
    out, dropped = drop_terms(TERMS_SOURCE, terms[1:2])
    assert dropped == {"t_2"} and "w_2=3.0" in out and "t_2" not in out
    out, dropped = drop_terms(TERMS_SOURCE, [terms[0], terms[2]])  # t_1 is read by both, w_1 also by the fourth term
    assert dropped == {"t_1"} and "np.exp(-(a - t_1)" not in out and "k * t_1" not in out and "w_1=2.0" in out
    out, dropped = drop_terms(TERMS_SOURCE, terms)
    assert dropped == {"w_1", "t_1", "t_2", "w_3"}  # w_2 and k are still read
    assert "def predict(a, b, w_a=0.5, bias=1.0, w_2=3.0,\n            k=2.0):\n" in out
    check_source(out)
    assert not any(ln != ln.rstrip() for ln in out.splitlines())
    # the last parameters of a one-line signature, and every term
    src = "def predict(a, w=1.0, w_1=2.0, t_1=0.5):\n    s = w * a\n    s = s + w_1 * (a - t_1) ** 2\n    return s\n"
    out, dropped = drop_terms(src, additive_terms(src, ["w", "w_1", "t_1"]))
    assert out == "def predict(a, w=1.0):\n    s = w * a\n    return s\n" and dropped == {"w_1", "t_1"}

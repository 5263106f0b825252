"""Schema and rows in, chat messages out: templates, the code contract, skeletons, follow-up turns
and the term grammar used for constrained decoding."""

from __future__ import annotations

import ast
import re

import numpy as np
import pandas as pd
import pytest

from iblearn.codegen import extract
from iblearn.data import column_inputs, infer_schema, rows_csv
from iblearn.prompting import (
    HINTS,
    REGRESSION_HINTS,
    build_task_prompt,
    describe_target,
    explain_messages,
    refine_messages,
    repair_messages,
    skeleton,
    template,
    term_grammar,
    term_outline,
    what_and_returns,
)

TASKS = {"binary": [0, 1], "multiclass": ["setosa", "versicolor", "virginica"], "regression": []}


def table(task: str, n: int = 30, seed: int = 0):
    rng = np.random.default_rng(seed)
    df = pd.DataFrame({"Sepal Length": rng.normal(5, 1, n).round(3), "width (cm)": rng.uniform(0, 2, n).round(3)})
    if task == "regression":
        y = (df["Sepal Length"] * 2 + rng.normal(0, 0.1, n)).to_numpy()
    else:
        y = np.asarray(TASKS[task], dtype=object)[np.arange(n) % len(TASKS[task])]
    schema = infer_schema(df, task, target="label", classes=TASKS[task])
    return schema, column_inputs(df, schema), y


@pytest.mark.parametrize("name", ["system", "task", "repair", "refine", "explain", "params_rule"])
def test_templates_are_package_data(name):
    assert template(name).template.strip()


@pytest.mark.parametrize("task", list(TASKS))
@pytest.mark.parametrize("params", [True, False])
def test_task_prompt_states_columns_rows_contract_and_skeleton(task, params):
    schema, inputs, y = table(task)
    p = build_task_prompt(schema, inputs, y, params=params)
    assert [m["role"] for m in p.messages] == ["system", "user"]
    text = p.messages[1]["content"]
    assert "$" not in re.sub(r"\$\d", "", text)  # every placeholder filled
    assert "- sepal_length: number" in text and "- width_cm: number" in text
    assert "sepal_length,width_cm,label" in text
    assert "`def predict(sepal_length, width_cm):`" in text
    assert skeleton(schema, params) in text
    assert what_and_returns(schema)[1] in text
    assert ("keyword argument with a default" in text) == params
    assert p.n_total == len(y) and len(p.shown_rows) == len(y)
    for i in p.shown_rows:  # every shown row appears as a CSV line
        assert rows_csv(inputs, y, schema, np.array([i])).splitlines()[1] in text


def test_prompt_shows_only_the_given_rows_and_shrinks_to_the_token_budget():
    schema, inputs, y = table("binary", n=200)
    rows = np.arange(0, 200, 2)
    p = build_task_prompt(schema, inputs, y, rows=rows)
    text = p.messages[1]["content"]
    assert set(p.shown_rows) <= set(rows)
    for i in range(1, 200, 2):  # rows not given are never shown
        line = rows_csv(inputs, y, schema, np.array([i])).splitlines()[1]
        assert line not in text
    small = build_task_prompt(schema, inputs, y, token_budget=600)
    assert 8 <= len(small.shown_rows) < 200
    assert f"(a sample of {len(small.shown_rows)} out of 200)" in small.messages[1]["content"]
    tiny = build_task_prompt(schema, inputs, y, token_budget=1)
    assert len(tiny.shown_rows) >= 8  # never fewer than 8 rows, whatever the budget


def test_max_rows_and_seed_choose_the_sample():
    schema, inputs, y = table("binary", n=100)
    a = build_task_prompt(schema, inputs, y, max_rows=20, seed=1)
    b = build_task_prompt(schema, inputs, y, max_rows=20, seed=1)
    c = build_task_prompt(schema, inputs, y, max_rows=20, seed=2)
    assert len(a.shown_rows) == 20 and a.hash == b.hash and a.messages == b.messages
    assert a.hash != c.hash and len(a.hash) == 16


@pytest.mark.parametrize("task", list(TASKS))
def test_every_hint_reaches_the_prompt(task):
    schema, inputs, y = table(task)
    hints = REGRESSION_HINTS if task == "regression" else HINTS
    seen = set()
    for name, text in hints.items():
        p = build_task_prompt(schema, inputs, y, hint=name)
        assert text in p.messages[1]["content"]
        seen.add(p.hash)
    assert len(seen) == len(hints)


def test_describe_target():
    schema, _, y = table("regression")
    assert describe_target(schema, y).startswith("a number, min ")
    schema, _, y = table("multiclass", n=7)
    assert describe_target(schema, y) == "one of setosa (3 rows), versicolor (2 rows), virginica (2 rows)"


def test_binary_contract_names_the_positive_class():
    schema, _, _ = table("binary")
    schema.classes = ["no", "yes"]
    what, full, short = what_and_returns(schema)
    assert "`label` is yes" in what and "between 0 and 1" in full and "yes" in short


@pytest.mark.parametrize("task", list(TASKS))
@pytest.mark.parametrize("hint", ["plain", "linear", "curve", "threshold", "centres", "interaction"])
def test_parameter_skeletons_are_valid_code_models(task, hint):
    schema, _, _ = table(task)
    code = skeleton(schema, params=True, hint=hint)
    ex = extract(f"```python\n{code}\n```", schema.idents)
    assert ex.columns == schema.idents and "bias" in "".join(ex.params)
    k = len(schema.classes)
    expected = 2 * k + k if task == "multiclass" else 3
    assert len(ex.params) == expected


def test_skeletons_run_with_the_right_shapes():
    from iblearn.sandbox import run_code

    for task in TASKS:
        schema, inputs, _ = table(task, n=5)
        out = run_code(skeleton(schema, params=True), inputs)
        assert out.shape == ((5, 3) if task == "multiclass" else (5,))
    schema, _, _ = table("binary")
    ast.parse(skeleton(schema, params=False))  # the gaps are `...`, still Python


def test_repair_refine_and_explain_turns():
    schema, inputs, y = table("binary")
    p = build_task_prompt(schema, inputs, y)
    before = [dict(m) for m in p.messages]
    rep = repair_messages(p.messages, "ANSWER", "NameError: name 'w' is not defined", schema)
    assert p.messages == before  # the prompt is not modified
    assert rep[:2] == before and rep[2] == {"role": "assistant", "content": "ANSWER"}
    assert "NameError: name 'w' is not defined" in rep[3]["content"]
    assert "`def predict(sepal_length, width_cm):`" in rep[3]["content"]
    ref = refine_messages(p.messages, "def predict(a):\n    return a\n\n", "0.4213", "log-loss, lower is better",
                          "a,b,label,prediction\n1,2,0,0.9\n", schema, params=True)
    last = ref[-1]["content"]
    assert ref[:2] == before and "0.4213 (log-loss, lower is better" in last
    assert "1,2,0,0.9" in last and "def predict(a):\n    return a\n```" in last
    assert "keyword argument with a default" in last
    ex = explain_messages("def predict(a):\n    return a\n", schema, max_sentences=3)
    assert len(ex) == 1 and "at most 3 short sentences" in ex[0]["content"]
    assert "sepal_length, width_cm" in ex[0]["content"] and "`label`" in ex[0]["content"]


# ------------------------------------------------------------------------ grammar


@pytest.mark.parametrize("task", list(TASKS))
def test_term_outline_splits_the_skeleton_before_its_return(task):
    schema, _, _ = table(task)
    head, ret = term_outline(schema)
    assert head.startswith("```python\nimport numpy as np\n") and head.endswith("\n")
    assert ret.strip().startswith("return") and ret not in head
    assert (head + ret).replace("```python\n", "") == skeleton(schema, params=True)


@pytest.mark.parametrize("task", list(TASKS))
def test_term_grammar_parses_and_its_sentences_are_fittable_models(task):
    schema, inputs, _ = table(task, n=6)
    g = term_grammar(schema, max_terms=2, tag="r0_")
    assert g.startswith("root ::= ") and "extra2" in g and "extra3" not in g
    assert '"sepal_length" | "width_cm"' in g
    pre = term_grammar(schema, prefilled=True)
    assert '"```python' not in pre.splitlines()[0]  # the outline is prefilled, not generated
    llama_cpp = pytest.importorskip("llama_cpp")
    llama_cpp.LlamaGrammar.from_string(g, verbose=False)  # valid GBNF
    llama_cpp.LlamaGrammar.from_string(pre, verbose=False)
    # a sentence of the grammar (built here by hand): outline + two new terms + the return line
    head, ret = term_outline(schema)
    var = {"binary": "score", "regression": "value", "multiclass": "score_1"}[task]
    answer = (head + f"    {var} = {var} + w_r0_1 * np.where(width_cm > t_r0_1a, 1.0, 0.0)\n"
              f"    {var} = {var} + w_r0_2 * np.sin(t_r0_2b * sepal_length)\n" + ret + "\n```")
    ex = extract(answer, schema.idents)
    assert {"w_r0_1", "t_r0_1a", "w_r0_2", "t_r0_2b"} <= set(ex.params)
    from iblearn.sandbox import run_code

    out = run_code(ex.source, inputs, {"w_r0_1": 1.0})
    assert out.shape[0] == 6

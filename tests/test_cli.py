"""``iblearn fit / predict / explain`` through ``iblearn.cli.main``, on recorded answers of the real
model: outputs, exit codes, and one-line errors on bad input."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import iblearn
import iblearn.estimators
import iblearn.llm
from iblearn.cli import build_parser, main
from iblearn.data import column_inputs
from iblearn.llm import LLM

from conftest import make_replay
from replay import SCENARIOS

SRC = Path(__file__).resolve().parents[1] / "src"


@pytest.fixture
def replayed(monkeypatch):
    """Every LLM the CLI asks for is a replay of the recorded moons answers."""
    backend = make_replay("moons_default", in_order=True).backend  # oneshot: not the recorded strategy
    specs: list = []

    def fake_get_llm(spec=None, *, cache=True, **options):
        specs.append(spec)
        return LLM(backend)

    monkeypatch.setattr(iblearn.estimators, "get_llm", fake_get_llm)
    monkeypatch.setattr(iblearn.llm, "get_llm", fake_get_llm)
    backend.specs = specs
    return backend


@pytest.fixture
def moons_csv(tmp_path) -> Path:
    X, y = SCENARIOS["moons_default"].data()
    path = tmp_path / "moons.csv"
    X.assign(y=y).to_csv(path, index=False)
    return path


def run(argv, capsys) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def saved_model(replayed, moons_csv, tmp_path, capsys) -> Path:
    out = tmp_path / "model.py"
    code, stdout, stderr = run(["fit", moons_csv, "--target", "y", "-o", out, "--strategy", "oneshot",
                                "--max-calls", "1", "--quiet"], capsys)
    assert code == 0, stderr
    return out


def test_fit_writes_the_model_and_its_search_log(saved_model, replayed, capsys):
    assert saved_model.is_file() and saved_model.with_suffix(".search.json").is_file()
    assert len(replayed.seen) == 1 and replayed.specs == [None]  # the default LLM was asked for, once
    model = iblearn.load(saved_model)
    model.close()
    assert model.schema.target == "y" and model.schema.names == ["x1", "x2"] and model.schema.classes == [0, 1]
    assert model.provenance["strategy"] == "oneshot"


def test_fit_passes_the_selection_rule_on(replayed, moons_csv, tmp_path, capsys):
    out = tmp_path / "m.py"
    code, _, stderr = run(["fit", moons_csv, "--target", "y", "-o", out, "--strategy", "oneshot", "--max-calls", "1",
                           "--selection", "best", "--quiet"], capsys)
    assert code == 0, stderr
    model = iblearn.load(out)
    model.close()
    assert model.provenance["selection"] == "best"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["fit", str(moons_csv), "--target", "y", "-o", str(out), "--selection", "smallest"])


def test_no_prune_reaches_the_estimator_of_fit_and_demo_and_the_reselection(moons_csv, tmp_path, monkeypatch):
    from iblearn import cli, estimators
    from iblearn.errors import DataError

    for command in (["fit", str(moons_csv), "--target", "y", "-o", str(tmp_path / "m.py")], ["demo"]):
        assert cli._estimator("binary", build_parser().parse_args(command)).prune is True
        assert cli._estimator("binary", build_parser().parse_args(command + ["--no-prune"])).prune is False
    asked = []

    def load_fitted(path, **params):  # stands in for the saved fit: records what reselect asked for
        asked.append(params)
        raise DataError("stop here")

    monkeypatch.setattr(estimators, "load_fitted", load_fitted)
    (tmp_path / "m.search.json").write_text("{}")  # reselect looks for the search log first
    for flag, prune in (([], True), (["--no-prune"], False)):
        code = main(["reselect", str(tmp_path / "m.py"), str(moons_csv), "--target", "y", "-o",
                     str(tmp_path / "n.py"), *flag])
        assert code == 1 and asked.pop() == {"prune": prune}


def test_the_cli_offers_exactly_the_search_selection_rules():
    from iblearn import cli, search

    assert cli.SELECTIONS == search.SELECTIONS  # the CLI keeps its own copy to start without numpy


def test_reselect_lists_the_candidates_and_chooses_again_without_the_llm(replayed, moons_csv, tmp_path, capsys):
    import json

    out = tmp_path / "m.py"
    code, _, stderr = run(["fit", moons_csv, "--target", "y", "-o", out, "--max-calls", "4", "--quiet"], capsys)
    assert code == 0, stderr
    asked = len(replayed.seen)
    saved = json.loads(out.with_suffix(".search.json").read_text())
    valid = [c for c in saved["candidates"] if c["valid"]]
    assert len(valid) >= 2 and saved["provenance"]["split"]["validation_rows"] > 0
    code, table, _ = run(["reselect", out, "--list"], capsys)
    assert code == 0 and table.splitlines()[0].split()[:3] == ["id", "kept", "strategy"]
    assert len(table.splitlines()) == 2 + len(saved["candidates"])
    kept = [line.split()[0] for line in table.splitlines()[2:] if line.split()[1] == "*"]
    assert kept == [str(i) for i in saved["provenance"]["members"]]
    best = min(valid, key=lambda c: c["validation"]["loss"])
    new = tmp_path / "best.py"
    code, stdout, stderr = run(["reselect", out, moons_csv, "--target", "y", "--selection", "best", "-o", new], capsys)
    assert code == 0, stderr
    model = iblearn.load(new)
    model.close()
    assert model.provenance["members"][0] == best["id"] and model.provenance["selection"] == "best"
    assert "def predict" in stdout and "no LLM calls" in stderr
    assert new.with_suffix(".search.json").is_file() and len(replayed.seen) == asked  # nothing asked
    code, _, stderr = run(["reselect", out, moons_csv, "--target", "y", "--selection", "average", "-o", new], capsys)
    assert code == 0, stderr
    model = iblearn.load(new)
    model.close()
    assert model.provenance["selection"] == "average" and len(model.provenance["members"]) >= 2
    assert "# average of" in new.read_text()
    averaged = model.provenance["members"]
    code, _, stderr = run(["reselect", out, moons_csv, "--target", "y", "--selection", "simplest", "-o", new], capsys)
    assert code == 0, stderr
    model = iblearn.load(new)
    model.close()
    simplest = model.provenance["members"]
    code, _, stderr = run(["reselect", out, moons_csv, "--target", "y", "--selection", "distilled", "-o", new], capsys)
    assert code == 0, stderr
    model = iblearn.load(new)
    model.close()
    assert model.provenance["selection"] == "distilled" and model.provenance["teachers"] == averaged
    assert model.provenance["members"] == simplest  # the simplest pick's code, refitted
    assert "# average of" not in new.read_text()
    code, _, stderr = run(["reselect", out, moons_csv, "--target", "y", "--candidate", valid[-1]["id"], "-o", new],
                          capsys)
    assert code == 0, stderr
    model = iblearn.load(new)
    model.close()
    assert model.provenance["members"] == [valid[-1]["id"]] and model.provenance["selection"] == "candidate"
    # nothing the user made is overwritten, other rows are refused, and every problem is named
    code, _, stderr = run(["reselect", out, moons_csv, "--target", "y", "-o", out], capsys)
    assert code == 1 and "is the model being read" in stderr
    pd.read_csv(moons_csv).iloc[:-1].to_csv(tmp_path / "fewer.csv", index=False)
    code, _, stderr = run(["reselect", out, tmp_path / "fewer.csv", "--target", "y", "-o", new], capsys)
    assert code == 1 and "reselect needs the rows fit() was given" in stderr
    code, _, stderr = run(["reselect", out, moons_csv, "--target", "y"], capsys)
    assert code == 1 and "-o/--output" in stderr
    code, _, stderr = run(["reselect", tmp_path / "none.py", "--list"], capsys)
    assert code == 1 and "none.search.json not found" in stderr


def test_fit_prints_the_code_and_logs_to_stderr(replayed, moons_csv, tmp_path, capsys):
    code, out, err = run(["fit", moons_csv, "--target", "y", "-o", tmp_path / "m.py", "--strategy", "oneshot",
                          "--max-calls", "1", "--quiet"], capsys)
    assert code == 0
    assert "def predict(" in out and "iblearn" not in out.splitlines()[0]
    assert "fitting a binary code model of 'y' on 40 rows x 2 columns" in err
    assert f"saved {tmp_path / 'm.py'}" in err


def test_predict_writes_labels_and_probabilities(saved_model, moons_csv, tmp_path, capsys):
    code, out, err = run(["predict", saved_model, moons_csv], capsys)
    assert code == 0, err
    table = pd.read_csv(io.StringIO(out))
    assert list(table.columns) == ["prediction", "proba_0", "proba_1"] and len(table) == 40
    model = iblearn.load(saved_model)
    X = pd.read_csv(moons_csv).drop(columns=["y"])
    expected = model.predict_values(column_inputs(X, model.schema))
    model.close()
    np.testing.assert_allclose(table["proba_1"], expected, rtol=1e-6)
    np.testing.assert_allclose(table["proba_0"] + table["proba_1"], 1.0)
    assert table["prediction"].tolist() == (expected > 0.5).astype(int).tolist()
    dest = tmp_path / "pred.csv"
    code, out, err = run(["predict", saved_model, moons_csv, "-o", dest], capsys)
    assert code == 0 and out == "" and f"wrote 40 predictions to {dest}" in err
    pd.testing.assert_frame_equal(pd.read_csv(dest), table)


def test_explain_without_and_with_the_llm(saved_model, replayed, capsys):
    code, out, err = run(["explain", saved_model, "--no-llm"], capsys)
    assert code == 0 and "def predict(" in out and "provenance" in out and "strategy" in out
    assert len(replayed.seen) == 1  # no LLM call for --no-llm
    code, out2, err = run(["explain", saved_model], capsys)
    assert code == 0, err
    assert out2.startswith(out) and len(out2.strip()) > len(out.strip())  # the account follows the code
    assert len(replayed.seen) == 2 and replayed.seen[-1]["params"]["max_tokens"] == 400
    assert "asking" in err


def test_missing_target_column_is_a_one_line_error(moons_csv, capsys):
    code, out, err = run(["fit", moons_csv, "--target", "label", "--quiet"], capsys)
    assert code == 1 and out == ""
    assert err.strip() == "iblearn: error: target column 'label' is not in the data; its columns are: x1, x2, y"


@pytest.mark.parametrize("argv, message", [
    (["fit", "{tmp}/nope.csv", "--target", "y"], "does not exist"),
    (["predict", "{tmp}/nope.py", "{csv}"], "does not exist"),
    (["explain", "{tmp}/nope.py", "--no-llm"], "does not exist"),
    (["predict", "{csv}", "{csv}"], "not an iblearn code model"),
])
def test_bad_input_exits_1_with_one_line(argv, message, moons_csv, tmp_path, capsys):
    argv = [a.format(tmp=tmp_path, csv=moons_csv) for a in argv]
    code, out, err = run(argv, capsys)
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and err.startswith("iblearn: error: ") and message in err


def test_task_multiclass_on_two_classes_is_refused(replayed, moons_csv, tmp_path, capsys):
    code, out, err = run(["fit", moons_csv, "--target", "y", "--task", "multiclass", "-o", tmp_path / "m.py",
                          "--strategy", "oneshot", "--max-calls", "1", "--quiet"], capsys)
    assert code == 1 and "three classes" in err


def test_predict_refuses_missing_columns_and_edited_models(saved_model, tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    pd.DataFrame({"x1": [1.0]}).to_csv(bad, index=False)
    code, _, err = run(["predict", saved_model, bad], capsys)
    assert code == 1 and "missing columns at predict time: ['x2']" in err and len(err.strip().splitlines()) == 1
    edited = tmp_path / "edited.py"
    edited.write_text(saved_model.read_text().replace("import numpy as np", "import os\nimport numpy as np", 1))
    code, _, err = run(["predict", edited, bad], capsys)
    assert code == 1 and "was refused" in err


def test_usage_errors_and_version(capsys):
    assert run(["--version"], capsys)[:2] == (0, iblearn.__version__ + "\n")
    code, out, _ = run([], capsys)
    assert code == 2 and "fit" in out and "predict" in out
    with pytest.raises(SystemExit) as info:
        main(["fit", "data.csv"])  # --target is required
    assert info.value.code == 2
    with pytest.raises(SystemExit):
        main(["fit", "data.csv", "--target", "y", "--strategy", "magic"])


def test_module_entry_point_runs():
    env = {**os.environ, "PYTHONPATH": str(SRC) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    out = subprocess.run([sys.executable, "-m", "iblearn.cli", "--version"], capture_output=True, text=True,
                         env=env, timeout=120)
    assert out.returncode == 0 and out.stdout.strip() == iblearn.__version__

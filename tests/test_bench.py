"""The benchmark harness: data splits, baselines, ICL parsing, the grid end to end on a scripted LLM
(resume, JSONL, summary, plots, speed), and one real ``--quick`` run on the embedded model."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Sequence

import numpy as np
import pytest

from iblearn.bench import datasets, icl, main
from iblearn.bench.metrics import Prediction, compute
from iblearn.llm import LLM, Completion, GenerationParams

_BLOCK = re.compile(r"```python\n(.*?)```", re.S)


class ScriptedBackend:
    """Answers iblearn prompts with the skeleton they show (filled in) and ICL prompts with readable lines."""

    name = "fake"
    model = "scripted"
    max_concurrency = 1

    def __init__(self, icl_style: str = "keyed", broken_code: bool = False):
        self.icl_style = icl_style
        self.broken_code = broken_code
        self.calls = 0

    def complete(self, messages: Sequence[dict[str, str]], params: GenerationParams) -> Completion:
        self.calls += 1
        text = messages[-1]["content"]
        if "New rows (CSV" in text:
            return self._done(self._icl(text))
        if self.broken_code:
            return self._done("```python\ndef predict(a):\n    return undefined_name\n```")
        for m in reversed(messages):
            blocks = _BLOCK.findall(m["content"])
            if blocks:
                code = blocks[-1]
                first = re.search(r"def predict\((\w+)", code)
                return self._done("```python\n" + code.replace("...", first.group(1) if first else "0.0") + "```")
        return self._done("no code")

    def _icl(self, text: str) -> str:
        m = int(re.search(r"Answer with exactly (\d+) lines", text).group(1))
        if "probability" in text:
            vals = [f"{0.1 + 0.8 * (i % 2):.2f}" for i in range(m)]
        elif "most likely label" in text:
            labels = re.search(r"most likely label of `\w+`: one of ([^.]+)\.", text).group(1).split(", ")
            vals = [labels[i % len(labels)] for i in range(m)]
        else:
            vals = [str(100 + i) for i in range(m)]
        if self.icl_style == "garbage":
            return "I cannot predict these rows."
        return "\n".join(f"{i + 1}: {v}" for i, v in enumerate(vals))

    def _done(self, text: str) -> Completion:
        return Completion(text, self.model, self.name, prompt_tokens=100, completion_tokens=20, latency_s=0.0,
                          finish_reason="stop")


def fake_llm(**kw: Any) -> LLM:
    return LLM(ScriptedBackend(**kw), None)


# --------------------------------------------------------------------------- data


def test_paper_datasets_and_balanced_training_rows():
    pseudo = datasets.load("pseudo", 3655)
    assert list(pseudo.X.columns) == ["a", "b", "c", "d"] and len(pseudo) == 1000
    assert np.allclose(pseudo.X.to_numpy(), np.round(pseudo.X.to_numpy(), 2))
    moon = datasets.load("moon", 1)
    assert list(moon.X.columns) == ["a", "b"]
    assert np.allclose(moon.X.to_numpy(), np.round(moon.X.to_numpy(), 3))
    for n in datasets.PAPER_SIZES:
        sp = datasets.split(pseudo, n, 3655)
        assert len(sp.train_idx) == n and np.bincount(sp.y_train).tolist() == [n // 2, n // 2]
        assert len(np.intersect1d(sp.train_idx, sp.test_idx)) == 0
        assert len(sp.train_idx) + len(sp.test_idx) == 1000 and len(sp.sub) == 100
    a, b = datasets.split(moon, 20, 1), datasets.split(moon, 20, 1)
    assert (a.train_idx == b.train_idx).all() and (a.sub == b.sub).all()
    assert not (datasets.split(moon, 20, 2).train_idx == a.train_idx).all()


def test_real_datasets_stratified_and_infeasible_sizes():
    iris = datasets.load("iris")
    assert iris.task == "multiclass" and iris.sampling == "stratified"
    sp = datasets.split(iris, 10, 0)
    assert sorted(np.bincount(sp.y_train).tolist()) == [3, 3, 4]
    assert datasets.feasible(iris, 100) and not datasets.feasible(iris, 200)
    bc = datasets.load("breast_cancer")
    sp = datasets.split(bc, 30, 0)
    assert set(sp.y_train) == {0, 1} and bc.task == "binary"
    diab = datasets.load("diabetes")
    assert diab.task == "regression" and datasets.feasible(diab, 300)


def test_csv_dataset(tmp_path):
    rng = np.random.default_rng(0)
    path = tmp_path / "tiny.csv"
    x = rng.normal(size=120)
    color = rng.choice(["red", "blue"], size=120)
    label = np.where(x > 0, "yes", "no")
    path.write_text("x,color,label\n" + "".join(f"{a:.3f},{c},{lab}\n" for a, c, lab in zip(x, color, label)))
    ds = datasets.load("", csv=path, target="label")
    assert ds.name == "tiny" and ds.task == "binary" and ds.classes == ["no", "yes"]


# --------------------------------------------------------------------------- metrics, ICL parsing


def test_auc_uses_scores_not_labels():
    y = np.array([0, 0, 1, 1])
    p = np.array([0.1, 0.4, 0.35, 0.8])
    m = compute("binary", y, Prediction(p))
    assert m["roc_auc"] == pytest.approx(0.75)
    ranked = compute("binary", y, Prediction(np.full(4, 0.5), rank=np.array([0.0, 1.0, 2.0, 3.0])))
    assert ranked["roc_auc"] == 1.0


def test_icl_parsing():
    assert icl.parse_answer("1: 0.9\n2: 0.2\n3: 70%", 3, "binary", [0, 1]) == [0.9, 0.2, 0.7]
    assert icl.parse_answer("0.9\n0.1", 2, "binary", [0, 1]) == [0.9, 0.1]
    assert icl.parse_answer("1: 1.7\n2: maybe", 2, "binary", [0, 1]) == [None, None]
    assert icl.parse_answer("Row 2: setosa\nRow 1: `virginica`", 2, "multiclass",
                            ["setosa", "versicolor", "virginica"]) == [2, 0]
    assert icl.parse_answer("1 - 2\n2 - 7", 2, "multiclass", [0, 1, 2]) == [2, None]
    assert icl.parse_answer("1: yes\n2: no", 2, "binary", ["no", "yes"]) == [1.0, 0.0]
    assert icl.parse_answer("- 1: 152.5\n- 2: -3e1", 2, "regression", []) == [152.5, -30.0]
    assert icl.parse_answer("", 2, "regression", []) == [None, None]


def test_icl_failures_score_as_fallback():
    ds = datasets.load("moon", 0)
    sp = datasets.split(ds, 20, 0)
    res = icl.predict(fake_llm(icl_style="garbage"), sp.X_train, sp.y_train, sp.X_test.iloc[:25], task="binary",
                      target="y", classes=[0, 1])
    assert res.failed == 25 and res.calls == 3 and np.all(res.prediction.values == 0.5)
    ok = icl.predict(fake_llm(), sp.X_train, sp.y_train, sp.X_test.iloc[:25], task="binary", target="y",
                     classes=[0, 1], batch_size=10)
    assert ok.failed == 0 and ok.prediction.values[:2].tolist() == [0.1, 0.9]
    assert ok.to_json()["tokens_per_1k"] == pytest.approx(3 * 120 / 25 * 1000)


# --------------------------------------------------------------------------- the grid end to end


def _argv(out: Path, *extra: str) -> list[str]:
    return ["--datasets", "moon,iris", "--sizes", "20", "--seeds", "0,1", "--strategy", "oneshot",
            "--max-calls", "3", "--speed-rows", "3000", "--speed-loop-rows", "300", "--out", str(out),
            "--quiet", *extra]


def test_grid_end_to_end_and_resume(tmp_path):
    out = tmp_path / "res"
    llm = fake_llm()
    assert main(_argv(out), llm=llm) == 0
    rows = [json.loads(line) for line in (out / "runs.jsonl").read_text().splitlines()]
    methods = {"LogisticRegression", "KNeighbors", "SVC(linear)", "RandomForest", "HistGradientBoosting", "ICL",
               "iblearn[oneshot]"}
    assert {r["method"] for r in rows} == methods
    assert len(rows) == 2 * 2 * len(methods)  # 2 datasets x 2 seeds
    assert len({(r["dataset"], r["n"], r["seed"], r["method"]) for r in rows}) == len(rows)
    for r in rows:
        assert not r.get("error"), r
        assert 0.0 <= r["sub_score"] <= 1.0
    ibl = [r for r in rows if r["kind"] == "iblearn"]
    assert all(r["valid_final"] and r["valid_first_share"] == 1.0 and r["llm_calls"] == 1 for r in ibl)
    assert all(Path(r["model_path"]).exists() and r["code_lines"] >= 2 for r in ibl)
    icl_rows = [r for r in rows if r["kind"] == "icl"]
    assert all(r["icl_rows"] == 100 and r["icl_failed"] == 0 and r["llm_calls"] == 10 for r in icl_rows)
    summary = (out / "summary.md").read_text()
    assert "## moon (binary): ROC-AUC" in summary and "## iris (multiclass): accuracy" in summary
    assert "Prediction speed" in summary and "Issue 3" in summary
    assert (out / "plots" / "moon.png").stat().st_size > 5000 and (out / "plots" / "iris.png").exists()
    speed = json.loads((out / "speed.json").read_text())
    assert speed["rows"] == 3000 and speed["row_loop_rows"] == 300
    assert speed["standalone_matches_sandboxed"] and speed["row_loop_matches"]
    assert speed["model_origin"].startswith("fitted in this run")
    meta = json.loads((out / "meta.json").read_text())
    assert meta["machine"]["cores"] >= 1 and "ram_gb" in meta["machine"] and meta["llm"] == ["fake:scripted"]
    assert meta["sessions"][0]["command"].startswith("python -m iblearn.bench --datasets moon,iris")

    # resume: a cut last line is dropped and only that cell runs again
    text = (out / "runs.jsonl").read_text()
    lines = text.splitlines(keepends=True)
    (out / "runs.jsonl").write_text("".join(lines[:-1]) + lines[-1][:40])
    calls = llm.backend.calls
    assert main(_argv(out, "--no-speed"), llm=llm) == 0
    again = [json.loads(line) for line in (out / "runs.jsonl").read_text().splitlines()]
    assert len(again) == len(rows)
    assert [cell(r) for r in again] == [cell(r) for r in rows]
    assert llm.backend.calls - calls <= 10  # at most the one re-run cell (ICL: 10 calls)
    assert len(json.loads((out / "meta.json").read_text())["sessions"]) == 2


def cell(r: dict[str, Any]) -> tuple[Any, ...]:
    return (r["dataset"], r["n"], r["seed"], r["method"])


def test_failed_fits_are_recorded_and_scored_as_fallback(tmp_path):
    out = tmp_path / "res"
    code = main(["--datasets", "diabetes", "--sizes", "20", "--seeds", "0", "--strategy", "oneshot",
                 "--no-icl", "--no-speed", "--out", str(out), "--quiet"], llm=fake_llm(broken_code=True))
    assert code == 0
    rows = [json.loads(line) for line in (out / "runs.jsonl").read_text().splitlines()]
    (ibl,) = [r for r in rows if r["kind"] == "iblearn"]
    assert ibl["valid_final"] is False and ibl["fallback"] and ibl["valid_first_share"] == 0.0
    assert ibl["llm_calls"] == 3 and "NoValidModelError" in ibl["error"]
    assert ibl["metrics"]["r2"] <= 0.0  # the training mean
    assert {r["method"] for r in rows} >= {"Ridge", "SVR(linear)", "KNeighbors"}
    assert "0/1 valid" in (out / "summary.md").read_text()


def test_tiny_training_sets_do_not_break_baselines(tmp_path):
    out = tmp_path / "res"
    assert main(["--datasets", "wine,pseudo", "--sizes", "10", "--seeds", "0", "--no-icl", "--strategy", "oneshot",
                 "--no-speed", "--out", str(out), "--quiet"], llm=fake_llm()) == 0
    rows = [json.loads(line) for line in (out / "runs.jsonl").read_text().splitlines()]
    assert rows and not [r for r in rows if r.get("error")]
    svc = [r for r in rows if r["method"] == "SVC(linear)" and r["dataset"] == "pseudo"][0]
    assert svc["metrics"]["roc_auc"] > 0.6  # from the decision function


def test_from_logs_reselects_saved_fits_of_every_task(tmp_path, capsys, monkeypatch):
    """``--from-logs STRATEGY+RULE``: multiclass and regression fits chosen again by another rule, no LLM calls."""
    import iblearn
    from iblearn import estimators
    from iblearn.bench import runner

    out = tmp_path / "res"
    assert main(["--datasets", "iris,diabetes", "--sizes", "20", "--seeds", "0", "--no-icl", "--strategy",
                 "fit_params", "--max-calls", "3", "--baselines", "lr", "--no-speed", "--out", str(out), "--quiet"],
                llm=fake_llm()) == 0
    base = {r["dataset"]: r for r in runner.read_rows(out / runner.RUNS) if r["method"] == "iblearn[fit_params]"}
    assert all(r["valid_final"] for r in base.values()), base
    assert main(["--from-logs", "fit_params+best", "--out", str(out)]) == 0  # no llm: none is needed
    new = {r["dataset"]: r for r in runner.read_rows(out / runner.RUNS) if r["method"] == "iblearn[fit_params+best]"}
    assert sorted(new) == ["diabetes", "iris"]
    assert set(new["iris"]["metrics"]) >= {"accuracy", "log_loss"} and "r2" in new["diabetes"]["metrics"]
    for name, row in new.items():
        assert row["reselected_from"] == Path(base[name]["model_path"]).name
        assert row["llm_calls"] == base[name]["llm_calls"] and np.isfinite(row["score"])
        model = iblearn.load(row["model_path"])
        model.close()
        assert model.provenance["selection"] == "best"
    assert "fit_params+best" in (out / "summary.md").read_text(encoding="utf-8")
    assert runner.read_json(out / runner.META)["sessions"][-1]["from_logs"] == ["fit_params+best"]
    assert main(["--from-logs", "fit_params+best", "--out", str(out)]) == 0  # done cells stay as they are
    assert len(runner.read_rows(out / runner.RUNS)) == len(base) * 2 + 2  # + LogisticRegression and Ridge
    assert main(["--from-logs", "fit_params+magic", "--out", str(out)]) == 2
    assert main(["--from-logs", "default+best", "--out", str(tmp_path / "empty")]) == 1
    assert "magic" in capsys.readouterr().err

    # a re-selection that fails still closes the saved model's sandbox worker
    loaded = []

    def failing(self, *args, **kwargs):
        loaded.append(self)
        self.model_.worker()  # running, as a re-selection leaves it
        raise RuntimeError("re-selection failed")

    monkeypatch.setattr(estimators._IBLBase, "reselect", failing)
    with pytest.raises(RuntimeError, match="re-selection failed"):
        runner.reselect_rows(out, "fit_params+simplest")
    assert len(loaded) == 1 and loaded[0].model_._worker is None
    monkeypatch.undo()

    # copy_fits seeds another directory with the base fits only, and leaves a seeded one as it is
    copy = tmp_path / "copy"
    assert runner.copy_fits(out, copy)
    copied = runner.read_rows(copy / runner.RUNS)
    assert sorted(r["method"] for r in copied) == sorted(r["method"] for r in runner.read_rows(out / runner.RUNS)
                                                         if "+" not in r["method"])
    assert sorted(p.name for p in (copy / "models").iterdir()) == sorted(
        p.name for p in (out / "models").iterdir() if "+" not in p.name)
    assert (copy / runner.META).exists() and not (copy / (runner.RUNS + ".tmp")).exists()
    assert main(["--from-logs", "fit_params+best", "--out", str(copy)]) == 0  # re-selects as in the original
    assert not runner.copy_fits(out, copy) and len(runner.read_rows(copy / runner.RUNS)) == len(copied) + 2


def test_report_only_and_cli_errors(tmp_path, capsys):
    assert main(["--report-only", "--out", str(tmp_path / "none")]) == 1
    assert main(["--datasets", "nope", "--out", str(tmp_path)]) == 2
    assert main(["--data", "x.csv", "--out", str(tmp_path)]) == 2
    assert main(["--strategy", "magic", "--out", str(tmp_path)]) == 2


def test_search_strategies_script_parses(tmp_path):
    import runpy

    mod = runpy.run_path(str(Path(__file__).parents[1] / "bench" / "search_strategies.py"), run_name="not_main")
    cfg = mod["config"](tmp_path, llm=None, max_calls=None)
    assert cfg.datasets == ["pseudo", "moon"] and cfg.sizes == [50] and cfg.seeds == [0, 1, 2, 3, 4]
    assert cfg.strategies == ["default", "oneshot", "best_of_n", "fit_params", "refine", "bagging", "default+average",
                              "default+distilled", "default+faithful", "default+simplest", "default+crossval",
                              "default+crossval_1se", "default+crossval_distilled",
                              "default+crossval_distilled_in_range"]
    assert mod["config"](tmp_path, llm=None, datasets=["pseudo"]).datasets == ["pseudo"]  # development runs


def test_a_strategy_cell_can_name_its_selection_rule(tmp_path):
    """``iblearn[default+average]``: the strategy, then the selection rule the fit uses (its provenance says so)."""
    import iblearn
    from iblearn.bench import runner

    cfg = runner.Config(datasets=["moon"], sizes=[20], seeds=[0], strategies=["oneshot+best"], max_calls=1,
                        icl=False, speed=False, out=str(tmp_path), cache=False)
    row = runner.run_one(cfg, runner.LazyLLM(cfg, fake_llm()), "moon", 20, 0, "iblearn[oneshot+best]", tmp_path)
    assert row["valid_final"] and row["strategy"] == "oneshot+best" and not row.get("error")
    model = iblearn.load(row["model_path"])
    model.close()
    assert model.provenance["strategy"] == "oneshot" and model.provenance["selection"] == "best"


def test_search_strategies_can_reselect_saved_fits_without_the_llm(tmp_path):
    """``--from-logs``: a STRATEGY+RULE row made from the saved STRATEGY fit, by its logged candidates alone."""
    import runpy

    import iblearn
    from iblearn.bench import runner

    mod = runpy.run_path(str(Path(__file__).parents[1] / "bench" / "search_strategies.py"), run_name="not_main")
    cfg = runner.Config(datasets=["moon"], sizes=[30], seeds=[0], strategies=["fit_params"], max_calls=3,
                        icl=False, speed=False, out=str(tmp_path), cache=False)
    (tmp_path / "models").mkdir()
    base = runner.run_one(cfg, runner.LazyLLM(cfg, fake_llm()), "moon", 30, 0, "iblearn[fit_params]", tmp_path / "models")
    assert base["valid_final"], base.get("error")
    runner.append_row(tmp_path / runner.RUNS, base)
    rows = mod["reselect_from_logs"](tmp_path, "fit_params+best", ["moon"], [0])
    assert len(rows) == 1 and rows[0]["method"] == "iblearn[fit_params+best]"
    row = rows[0]
    assert row["reselected_from"] == Path(base["model_path"]).name and row["llm_calls"] == base["llm_calls"]
    assert 0.0 <= row["score"] <= 1.0 and row["fit_seconds"] >= base["fit_seconds"]
    model = iblearn.load(row["model_path"])
    model.close()
    assert model.provenance["selection"] == "best" and "reselected" in model.provenance
    assert mod["reselect_from_logs"](tmp_path, "fit_params+best", ["moon"], [0]) == []  # done cells stay as they are
    assert [r["method"] for r in runner.read_rows(tmp_path / runner.RUNS)] == ["iblearn[fit_params]",
                                                                               "iblearn[fit_params+best]"]
    # the script's --from-logs (here with no default fit to re-select) redraws the harness's summary.md and
    # plots from every saved row, the re-selected one included
    assert mod["main"](["--from-logs", "--strategies", "default+crossval", "--datasets", "moon", "--seeds", "0",
                        "--out", str(tmp_path)]) == 0
    assert "fit_params+best" in (tmp_path / "summary.md").read_text(encoding="utf-8")
    assert (tmp_path / "plots" / "moon.png").stat().st_size > 0 and (tmp_path / "search_strategies.md").exists()


def test_search_strategies_report_pairs_each_method_with_logistic_regression_by_seed():
    import runpy

    mod = runpy.run_path(str(Path(__file__).parents[1] / "bench" / "search_strategies.py"), run_name="not_main")
    mean, se, k = mod["paired_difference"]({0: 0.90, 1: 0.95, 2: 0.80}, {0: 0.91, 1: 0.92, 2: 0.80, 3: 0.5})
    assert k == 3 and mean == pytest.approx(0.02 / 3)  # seed 3 has no partner and is left out
    d = np.array([-0.01, 0.03, 0.0])
    assert se == pytest.approx(d.std(ddof=1) / np.sqrt(3))
    assert mod["paired_difference"]({0: 0.9}, {1: 0.9}) is None

    def row(method, seed, auc):
        return {"dataset": "pseudo", "method": method, "seed": seed, "metrics": {"roc_auc": auc}}

    rows = [row("LogisticRegression", s, a) for s, a in [(0, 0.9), (1, 0.8)]]
    rows += [row("iblearn[default]", s, a) for s, a in [(0, 0.95), (1, 0.79)]]
    summary = mod["summarize"](rows)["pseudo"]
    assert "vs_lr" not in summary["LogisticRegression"]
    assert summary["iblearn[default]"]["vs_lr"]["mean"] == pytest.approx(0.02)
    md = mod["markdown"]({"pseudo": summary}, {})
    assert "| `iblearn[default]` | 0.870 | 0.950 0.790 | +0.020 ± 0.030 |" in md


# --------------------------------------------------------------------------- the real thing


@pytest.mark.llm
def test_quick_run_on_the_embedded_model(tmp_path):
    """`--quick` for real (fresh response cache): JSONL, summary and plots exist; no score is asserted."""
    out = tmp_path / "quick"
    # the 10-minute target holds on an otherwise idle 2-core machine; pytest's timeout (900 s) is the hard cap
    assert main(["--quick", "--out", str(out), "--cache", str(tmp_path / "cache.sqlite"), "--quiet"]) == 0
    rows = [json.loads(line) for line in (out / "runs.jsonl").read_text().splitlines()]
    assert {r["method"] for r in rows} >= {"ICL", "iblearn[oneshot]", "iblearn[default]", "LogisticRegression"}
    assert (out / "summary.md").read_text().startswith("# iblearn benchmark")
    assert (out / "plots" / "moon.png").stat().st_size > 0
    assert json.loads((out / "speed.json").read_text())["rows"] == 100_000
    assert json.loads((out / "meta.json").read_text())["sessions"][0]["wall_seconds"] > 0


@pytest.mark.llm
def test_grid_on_a_dask_local_cluster_matches_the_serial_run(tmp_path):
    """The same grid serially (the embedded model writing into a fresh cache) and as tasks on a
    2-worker LocalCluster (answers shared through that cache): the same rows, score for score."""
    pytest.importorskip("dask.distributed")
    cache = str(tmp_path / "cache.sqlite")
    grid = ["--datasets", "moon", "--sizes", "10", "--seeds", "0,1", "--strategy", "oneshot",
            "--baselines", "lr,knn,rf", "--no-icl", "--no-speed", "--cache", cache, "--quiet"]
    assert main([*grid, "--out", str(tmp_path / "serial")]) == 0
    assert main([*grid, "--out", str(tmp_path / "cluster"), "--dask", "local", "--dask-workers", "2"]) == 0

    def rows(name: str) -> dict[tuple[Any, ...], dict[str, Any]]:
        lines = (tmp_path / name / "runs.jsonl").read_text().splitlines()
        return {cell(r): r for r in map(json.loads, lines)}

    serial, cluster = rows("serial"), rows("cluster")
    assert len(serial) == 2 * 4 and set(serial) == set(cluster)
    fresh = [r for r in serial.values() if r["kind"] == "iblearn"]
    assert fresh and all(r["cached_calls"] == 0 for r in fresh)  # the serial run really generated
    for key, a in serial.items():
        b = cluster[key]
        assert a["metrics"] == b["metrics"], key
        for k in ("valid_final", "valid_first_share", "llm_calls", "prompt_tokens", "completion_tokens", "code_lines"):
            assert a.get(k) == b.get(k), (key, k)
    meta = json.loads((tmp_path / "cluster" / "meta.json").read_text())
    assert meta["sessions"][0]["config"]["dask"] == "local"


def test_speed_models_script_times_saved_models_side_by_side(tmp_path):
    """bench/speed_models.py: one row per model, ratios against LogisticRegression, JSON + markdown + PNG."""
    import importlib.util

    from iblearn.bench import speed

    spec = importlib.util.spec_from_file_location("speed_models", Path(__file__).parents[1] / "bench" / "speed_models.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    ds = datasets.load("pseudo", 0)
    sp = datasets.split(ds, 50, 0)
    path = speed.fallback_model(sp.X_train, sp.y_train, ds.task, ds.target, ds.classes,
                                tmp_path / "run" / "models" / "pseudo_n50_s0_default.py")
    out = tmp_path / "out"
    assert mod.main([str(path), "--rows", "20000", "--repeat", "2", "--loop-rows", "50", "--out", str(out)]) == 0
    data = json.loads((out / "speed_models.json").read_text())
    (r,) = data["results"]
    assert r["dataset"] == "pseudo" and r["rows"] == 20000 and r["source"] == "run"
    assert r["sandboxed_vs_linear"] == pytest.approx(r["sandboxed_seconds"] / r["linear_seconds"])
    assert r["standalone_matches_sandboxed"] and r["row_loop_matches"]
    assert "pseudo_n50_s0_default.py" in (out / "speed_models.md").read_text()
    assert (out / "speed_models.png").stat().st_size > 1000
    with pytest.raises(SystemExit, match="benchmark model name"):
        mod.main([str(tmp_path / "model.py"), "--out", str(out)])


def test_meta_keeps_sessions_another_process_recorded_meanwhile(tmp_path):
    """A long run writes meta.json at its end; a --from-logs session recorded there meanwhile survives it."""
    from iblearn.bench import runner

    run = {"sessions": [{"command": "run", "started": "2026-12-01T21:00:00+00:00", "wall_seconds": 100.0}]}
    runner.write_meta(tmp_path, run)
    other = runner.read_json(tmp_path / runner.META)
    other["sessions"].append({"command": "from-logs", "finished": "2026-12-01T21:30:00+00:00", "wall_seconds": 5.0})
    runner.write_json(tmp_path / runner.META, other)
    run["sessions"][0].update(finished="2026-12-01T22:00:00+00:00", wall_seconds=3600.0)  # the run ends
    runner.write_meta(tmp_path, run)
    saved = runner.read_json(tmp_path / runner.META)
    assert [s["command"] for s in saved["sessions"]] == ["run", "from-logs"]
    assert saved["sessions"][0]["finished"] == "2026-12-01T22:00:00+00:00"  # the run's own record, updated
    assert saved["total_wall_seconds"] == 3605.0

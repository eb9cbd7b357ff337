""".github/workflows/hub.yml run here, job by job, on a tiny hub in tmp_path: every
`run:` step exactly as the workflow writes it (bash -eo pipefail, its env, the
`${{ }}` expressions filled in as GitHub would), each matrix job in its own
directory, artifacts handed over as folders. GitHub's actions (`uses:`) are
emulated by what they do here (a git clone for checkout, a folder copy for the
artifacts); the set-up step links this test's own environment rather than
installing it again; deploy-pages, which publishes to GitHub, is not run. So the
workflow's commands are proven to work together, not only its YAML's shape."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from hubsite import make_hub
from test_hub import tree

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "hub.yml"
PAGES_URL = "https://council.github.io/hub"  # what configure-pages gives as base_url
SET_UP = "bash scripts/setup.sh"
EXPRESSION = re.compile(r"\$\{\{\s*(.+?)\s*\}\}")


class Runner:
    """One run of the workflow: its contexts (inputs, needs), its artifacts, its jobs' folders."""

    def __init__(self, repo: Path, work: Path, inputs: dict):
        self.repo, self.work, self.inputs = repo, work, inputs
        self.artifacts = work / "artifacts"
        self.artifacts.mkdir(parents=True)
        self.outputs: dict[str, dict] = {}  # job -> its outputs
        self.ran: list[str] = []  # 'job[batch]: step' in the order run
        self.skipped: list[str] = []

    # --- expressions ----------------------------------------------------------
    def value(self, expr: str, ctx: dict):
        call = re.fullmatch(r"fromJSON\((.+)\)", expr)
        if call:
            return json.loads(self.value(call.group(1), ctx))
        found = ctx
        for part in expr.split("."):
            found = found[part]
        return found

    def fill(self, text, ctx: dict):
        """${{ ... }} in a string; a string that is one expression gives its value as is."""
        if not isinstance(text, str):
            return text
        whole = EXPRESSION.fullmatch(text.strip())
        if whole:
            return self.value(whole.group(1), ctx)
        return EXPRESSION.sub(lambda m: str(self.value(m.group(1), ctx)), text)

    # --- jobs -----------------------------------------------------------------
    def run(self, jobs: dict) -> None:
        for name in order(jobs):
            job = jobs[name]
            ctx = {"inputs": self.inputs, "needs": {n: {"outputs": self.outputs.get(n, {})} for n in needs(job)}}
            matrix = job.get("strategy", {}).get("matrix", {})
            runs = self.fill(matrix["include"], ctx) if matrix else [{}]
            assert runs, f"{name}: an empty matrix"
            for n, entry in enumerate(runs):
                folder = self.work / (f"{name}-{n + 1}" if matrix else name)
                steps = self.run_job(name, job, folder, {**ctx, "matrix": entry}, entry.get("batch"))
                self.outputs[name] = {k: self.fill(v, {**ctx, "steps": steps}) for k, v in job.get("outputs", {}).items()}

    def run_job(self, name: str, job: dict, folder: Path, ctx: dict, batch) -> dict:
        steps: dict[str, dict] = {}
        folder.mkdir(parents=True)
        for step in job["steps"]:
            ctx = {**ctx, "steps": steps}
            what = step.get("name") or step.get("uses", "").split("@")[0] or step["run"]
            label = f"{name}{f'[{batch}]' if batch else ''}: {what}"
            out = (self.use(step, folder, ctx, label) if "uses" in step
                   else self.shell(step, folder, ctx, label, job.get("env", {})))
            if step.get("id"):
                steps[step["id"]] = {"outputs": out}
        return steps

    def shell(self, step: dict, folder: Path, ctx: dict, label: str, job_env: dict) -> dict:
        script = self.fill(step["run"], ctx)
        self.ran.append(label)
        if script.strip() == SET_UP:  # the venv this test runs in, not a second install from PyPI
            (folder / ".venv").symlink_to(Path(sys.prefix), target_is_directory=True)
            return {}
        output = folder / ".github_output"
        output.touch()
        env = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
        # as GitHub does: the job's env, then the step's over it
        env |= {k: str(self.fill(v, ctx)) for k, v in {**job_env, **step.get("env", {})}.items()}
        env |= {"GITHUB_OUTPUT": str(output), "CI": "true"}
        done = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
                              cwd=folder, env=env, capture_output=True, text=True)
        assert done.returncode == 0, f"{label} failed:\n{done.stdout}\n{done.stderr}"
        return dict(line.split("=", 1) for line in output.read_text().splitlines() if "=" in line)

    def use(self, step: dict, folder: Path, ctx: dict, label: str) -> dict:
        action = step["uses"].split("@")[0]
        given = {k: self.fill(v, ctx) for k, v in step.get("with", {}).items()}
        if action == "actions/checkout":
            depth = [] if str(given.get("fetch-depth")) == "0" else ["--depth", "1"]
            subprocess.run(["git", "clone", "-q", *depth, f"file://{self.repo}", str(folder)], check=True)
        elif action == "actions/setup-python":
            assert given["python-version"].startswith(f"{sys.version_info.major}.{sys.version_info.minor}")
        elif action == "actions/configure-pages":
            return {"base_url": PAGES_URL}
        elif action in ("actions/upload-artifact", "actions/upload-pages-artifact"):
            name = given.get("name", "github-pages")
            assert not (self.artifacts / name).exists(), f"{label}: two artifacts named {name}"
            assert (folder / given["path"]).is_dir(), f"{label}: no folder {given['path']}/ to upload"
            shutil.copytree(folder / given["path"], self.artifacts / name)
        elif action == "actions/download-artifact":
            assert given.get("merge-multiple") is True
            found = sorted(self.artifacts.glob(given["pattern"]))
            assert found, f"{label}: no artifact matches {given['pattern']}"
            for artifact in found:
                shutil.copytree(artifact, folder / given["path"], dirs_exist_ok=True)
        elif action == "actions/deploy-pages":
            self.skipped.append(label)  # publishes to GitHub Pages: cannot run here
            return {"page_url": PAGES_URL + "/"}
        else:
            raise AssertionError(f"{label}: no local stand-in for {action}; add one to this test")
        self.ran.append(label)
        return {}


def needs(job: dict) -> list[str]:
    wanted = job.get("needs", [])
    return [wanted] if isinstance(wanted, str) else list(wanted)


def order(jobs: dict) -> list[str]:
    """The jobs in an order that runs each after the jobs it needs."""
    done: list[str] = []
    while len(done) < len(jobs):
        ready = [n for n, job in jobs.items() if n not in done and set(needs(job)) <= set(done)]
        assert ready, f"jobs that need each other: {set(jobs) - set(done)}"
        done += ready[:1]
    return done


def hub_repository(path: Path) -> Path:
    """A hub's repository: council-archive's scripts/ beside councils.yml and two councils, committed."""
    make_hub(path, keys=("stockton", "hartlepool"))
    shutil.copytree(ROOT / "scripts", path / "scripts")
    git = ["git", "-C", str(path), "-c", "user.name=Officer", "-c", "user.email=officer@example.org"]
    subprocess.run(["git", "init", "-q", "-b", "main", str(path)], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "A hub of two councils"], check=True,
                   env=dict(os.environ, GIT_AUTHOR_DATE="2020-10-01T12:00:00Z", GIT_COMMITTER_DATE="2020-10-01T12:00:00Z"))
    return path


def test_the_hub_workflow_runs_job_by_job_and_publishes_the_assembled_hub(tmp_path):
    repo = hub_repository(tmp_path / "repo")
    workflow = yaml.safe_load(WORKFLOW.read_text("utf-8"))
    runner = Runner(repo, tmp_path / "runner", {"hub": workflow[True]["workflow_dispatch"]["inputs"]["hub"]["default"]})
    runner.run(workflow["jobs"])

    assert json.loads(runner.outputs["plan"]["batches"]) == [{"batch": 1, "councils": "hartlepool"},
                                                            {"batch": 2, "councils": "stockton"}]
    assert [r for r in runner.ran if "Build this batch" in r] == [
        "build[1]: Build this batch's councils, each on its own", "build[2]: Build this batch's councils, each on its own"]
    assert sorted(p.name for p in runner.artifacts.iterdir()) == ["github-pages", "shards-1", "shards-2"]
    assert sorted(p.name for p in (runner.artifacts / "shards-1").iterdir()) == ["hartlepool"]  # one batch, its councils
    assert runner.skipped == ["deploy: actions/deploy-pages"]

    published = runner.artifacts / "github-pages"
    for page in ("index.html", "search/index.html", "compare/children-looked-after/index.html", "_headers",
                 "hartlepool/index.html", "stockton/pagefind/pagefind-entry.json"):
        assert (published / page).is_file(), page
    assert f'<link rel="canonical" href="{PAGES_URL}/stockton/">' in (published / "stockton/index.html").read_text()

    # the same as a laptop's loop over the same checkout, byte for byte
    env = dict(os.environ, SITE_URL=PAGES_URL + "/", NO_MKDOCS_2_WARNING="1",
               SOURCE_DATE_EPOCH=subprocess.run(["git", "-C", str(repo), "log", "-1", "--format=%ct"],
                                                capture_output=True, text=True, check=True).stdout.strip())
    cli = [sys.executable, "-m", "generator.cli", "hub"]
    for key in ("hartlepool", "stockton"):
        subprocess.run([*cli, "build-council", str(repo), key, "--site", str(tmp_path / "loop")],
                       check=True, env=env, cwd=ROOT, capture_output=True)
    subprocess.run([*cli, "assemble", str(repo), "--site", str(tmp_path / "loop")], check=True, env=env, cwd=ROOT,
                   capture_output=True)
    assert tree(published) == tree(tmp_path / "loop")

"""The GitHub Actions workflows run the commands the README promises, in order."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tinysite import REPO_ROOT

WORKFLOWS = REPO_ROOT / ".github" / "workflows"


def load(name: str) -> dict:
    workflow = yaml.safe_load((WORKFLOWS / name).read_text())
    workflow["on"] = workflow.pop(True)  # YAML 1.1 reads the key `on` as true
    return workflow


def runs(job: dict) -> list[str]:
    return [step.get("run") or step["uses"].split("@")[0] for step in job["steps"]]


def test_deploy_checks_builds_strict_and_publishes_site_on_push_to_main():
    workflow = load("deploy.yml")
    assert workflow["on"]["push"] == {"branches": ["main"]}
    assert workflow["permissions"] == {}
    assert workflow["jobs"]["build"]["permissions"] == {"contents": "read", "pages": "read"}
    assert workflow["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    steps = runs(workflow["jobs"]["build"])
    check = steps.index(".venv/bin/council-archive check --strict")
    build = next(i for i, s in enumerate(steps) if ".venv/bin/mkdocs build --strict" in s)
    upload = steps.index("actions/upload-pages-artifact")
    assert steps[0] == "actions/checkout" and check < build < upload
    assert workflow["jobs"]["build"]["steps"][upload]["with"] == {"path": "site"}
    assert "SITE_URL" in workflow["jobs"]["build"]["steps"][build]["env"]
    assert runs(workflow["jobs"]["deploy"]) == ["actions/deploy-pages"]
    assert workflow["jobs"]["deploy"]["needs"] == "build"


def test_every_checkout_fetches_the_whole_history():
    """A shallow clone has lost the commits that date each report and show amended
    figures; the build warns of it, and --strict stops the deploy."""
    for name, job in [("deploy.yml", "build"), ("pull-request.yml", "check"), ("pull-request.yml", "test")]:
        checkout = load(name)["jobs"][job]["steps"][0]
        assert checkout["uses"].startswith("actions/checkout@")
        assert checkout.get("with", {}).get("fetch-depth") == 0, f"{name}: {job}"


def test_pull_requests_get_annotations_a_strict_build_and_the_tests():
    workflow = load("pull-request.yml")
    assert "pull_request" in workflow["on"]
    steps = runs(workflow["jobs"]["check"])
    check = steps.index(".venv/bin/council-archive check --strict --format github")
    build = next(i for i, s in enumerate(steps) if ".venv/bin/mkdocs build --strict" in s)
    assert check < build
    assert runs(workflow["jobs"]["test"])[-1] == "bash .ci/run"
    assert workflow["jobs"]["test"]["env"] == {"CI": "true"}


def test_pull_requests_upload_the_built_site_as_a_preview():
    job = load("pull-request.yml")["jobs"]["check"]
    steps = runs(job)
    build = next(i for i, s in enumerate(steps) if ".venv/bin/mkdocs build --strict" in s)
    upload = steps.index("actions/upload-artifact")
    assert build < upload == len(steps) - 1
    assert job["steps"][upload]["with"] == {"name": "site-preview", "path": "site", "retention-days": 14,
                                            "if-no-files-found": "error"}


def test_forks_pull_requests_get_the_check_with_a_read_only_token():
    workflow = load("pull-request.yml")
    assert set(workflow["on"]) == {"pull_request"}  # never pull_request_target with a fork's code
    assert workflow["permissions"] == {"contents": "read"}
    assert all("permissions" not in job for job in workflow["jobs"].values())
    for job in workflow["jobs"].values():
        checkout = next(s for s in job["steps"] if s.get("uses", "").startswith("actions/checkout@"))
        assert checkout["with"]["persist-credentials"] is False


USES = re.compile(r"^\s*(?:- )?uses: (\S+?)@(\S+)(.*)$", re.M)


@pytest.mark.parametrize("name", ["deploy.yml", "pull-request.yml"])
def test_every_action_is_pinned_to_a_commit_with_its_version_named(name):
    text = (WORKFLOWS / name).read_text()
    uses = USES.findall(text)
    assert len(uses) >= 2
    for action, ref, comment in uses:
        assert re.fullmatch(r"[0-9a-f]{40}", ref), f"{name}: {action}@{ref} is not a commit SHA"
        assert re.fullmatch(r"\s+# v\d+\.\d+\.\d+", comment), f"{name}: {action} needs '# vX.Y.Z'"


def test_python_is_pinned_exactly_and_the_same_everywhere():
    versions = set()
    for name in ("deploy.yml", "pull-request.yml"):
        workflow = load(name)
        for job in workflow["jobs"].values():
            versions |= {s["with"]["python-version"] for s in job["steps"]
                         if s.get("uses", "").startswith("actions/setup-python@")}
            if "container" in job:
                versions.add(re.fullmatch(r"python:(\S+)-bookworm", job["container"]).group(1))
    assert len(versions) == 1 and re.fullmatch(r"3\.11\.\d+", versions.pop())
    assert "Python 3.11" in (REPO_ROOT / "requirements.lock").read_text().splitlines()[0]


def test_the_container_job_lets_git_read_its_checkout():
    """In a container the checkout belongs to another user; git would refuse it and the
    seed site would be built without its history (and differ from its golden files)."""
    steps = load("pull-request.yml")["jobs"]["test"]["steps"]
    trust = next(i for i, s in enumerate(steps) if "safe.directory" in s.get("run", ""))
    tests = next(i for i, s in enumerate(steps) if s.get("run") == "bash .ci/run")
    assert 0 < trust < tests


# --- zizmor, the auditor GitHub Actions users run -------------------------------------

ZIZMOR = Path(sys.executable).parent / "zizmor"  # pinned in requirements.lock


def zizmor(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(ZIZMOR), "--offline", "--no-progress", "--color=never", str(folder)],
                          capture_output=True, text=True)


def test_the_workflows_pass_zizmor_with_no_finding():
    done = zizmor(WORKFLOWS)
    assert done.returncode == 0 and done.stdout.startswith("No findings to report."), done.stdout


def test_zizmor_fails_on_an_input_expanded_inside_run(tmp_path):
    """The test above can fail: an input pasted into a script is a finding."""
    copy = tmp_path / ".github" / "workflows"  # zizmor audits a folder laid out as a repository's
    shutil.copytree(WORKFLOWS, copy)
    hub = copy / "hub.yml"
    text = hub.read_text()
    assert 'hub check "$HUB"' in text
    hub.write_text(text.replace('hub check "$HUB"', 'hub check "${{ inputs.hub }}"'))
    done = zizmor(copy)
    assert done.returncode != 0
    assert "error[template-injection]: code injection via template expansion" in done.stdout
    assert "1 finding" in done.stdout


def test_the_hubs_input_reaches_its_scripts_only_through_env():
    workflow = load("hub.yml")
    for name, job in workflow["jobs"].items():
        for step in job["steps"]:
            assert "${{" not in step.get("run", ""), f"hub.yml: {name}: {step.get('name')}"
        if any("$HUB" in step.get("run", "") for step in job["steps"]):
            assert job["env"]["HUB"] == "${{ inputs.hub }}"

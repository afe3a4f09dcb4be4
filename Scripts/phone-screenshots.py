#!/usr/bin/env python3
"""Screenshots of built pages as a phone shows them: a 320 CSS px viewport emulated in headless
Chromium (DevTools Emulation.setDeviceMetricsOverride, mobile), the first HEIGHT CSS px.

Usage: phone-screenshots.py [--height 1600] PAGE.html OUT.png [PAGE.html OUT.png ...]
Needs the Python tools that Scripts/check-pages.sh installs (selenium) and Chromium.
"""
import base64
import sys
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service


def main() -> int:
    args = sys.argv[1:]
    height = 1600
    if args[:1] == ["--height"]:
        height, args = int(args[1]), args[2:]
    if not args or len(args) % 2:
        print(__doc__)
        return 2
    options = Options()
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"]:
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": 320, "height": 640, "deviceScaleFactor": 1, "mobile": True})
        for page, out in zip(args[0::2], args[1::2]):
            driver.get(Path(page).resolve().as_uri())
            full = driver.execute_script("return document.documentElement.scrollHeight")
            shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
                "format": "png", "captureBeyondViewport": True,
                "clip": {"x": 0, "y": 0, "width": 320, "height": min(height, full), "scale": 1}})
            Path(out).write_bytes(base64.b64decode(shot["data"]))
            print(f"{out}: {page} at 320 px, {min(height, full)} of {full} px")
    finally:
        driver.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Screenshots of built pages in headless Chromium: WIDTH CSS px wide (a phone, emulated with
DevTools Emulation.setDeviceMetricsOverride, when WIDTH is below 800), HEIGHT CSS px tall, from the
top of the page or from the top of the element whose id is given with --from.

Usage: screenshots.py [--width 320] [--height 1600] [--from ID] PAGE.html OUT.png [PAGE.html OUT.png ...]
Needs the Python tools that Scripts/check-pages.sh installs (selenium) and Chromium.
The README lists the screenshots in docs/ and the commands that take them.
"""
import base64
import sys
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service


def main() -> int:
    args = sys.argv[1:]
    width, height, anchor = 320, 1600, None
    while args[:1] in (["--width"], ["--height"], ["--from"]) and len(args) > 1:
        flag, value, args = args[0], args[1], args[2:]
        if flag == "--width":
            width = int(value)
        elif flag == "--height":
            height = int(value)
        else:
            anchor = value
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
                               {"width": width, "height": min(height, 1000), "deviceScaleFactor": 1,
                                "mobile": width < 800})
        for page, out in zip(args[0::2], args[1::2]):
            driver.get(Path(page).resolve().as_uri())
            full = driver.execute_script("return document.documentElement.scrollHeight")
            top = 0
            if anchor is not None:
                top = driver.execute_script(
                    "const e = document.getElementById(arguments[0]);"
                    "return e ? Math.floor(e.getBoundingClientRect().top + window.scrollY) - 16 : null", anchor)
                if top is None:
                    print(f"{page}: no element with id {anchor}", file=sys.stderr)
                    return 1
                top = max(0, top)
            tall = min(height, full - top)
            shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
                "format": "png", "captureBeyondViewport": True,
                "clip": {"x": 0, "y": top, "width": width, "height": tall, "scale": 1}})
            Path(out).write_bytes(base64.b64decode(shot["data"]))
            print(f"{out}: {page} at {width} px, {top} to {top + tall} of {full} px")
    finally:
        driver.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())

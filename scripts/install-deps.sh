#!/usr/bin/env bash
# Installs what reportconv needs to build and test that is not on the machine yet:
# the C libraries behind the HTML and PDF plugins (with pkg-config; poppler-glib and cairo are
# opened when the first PDF is read, so only their run-time package is needed), Tesseract with
# its Chinese and English language data for scanned pages, and python3 for the scorer.
# Debian/Ubuntu with apt; run as root (or with sudo available).
set -euo pipefail

packages=(pkg-config libxml2-dev libpoppler-glib8 zlib1g-dev python3
          libtesseract-dev libleptonica-dev tesseract-ocr-chi-sim tesseract-ocr-eng)
# The archive: SQLite for the embedded archive (GRDB), a PostgreSQL server for its tests.
packages+=(libsqlite3-dev postgresql python3-pip)
# Fonts metric-compatible with the PDF standard fonts and Arial/Times/Courier: poppler renders a
# font a PDF names but does not embed with one of these, and where none is installed it falls
# back to DejaVu, whose wider glyphs misplace text and rules (ICDAR-2013: strict cell accuracy
# 0.937 without them, 0.954 with them).
packages+=(fonts-urw-base35 fonts-liberation)
# OpenCC, opened when a document in Traditional characters is read (converted to Simplified).
packages+=(libopencc1.1)
# `reportconv serve`'s tests load its pages in headless Chromium.
packages+=(chromium curl)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "installing: ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v swift >/dev/null 2>&1; then
  echo "error: swift is not on PATH; install the Swift 6 toolchain (swift.org) first" >&2
  exit 1
fi

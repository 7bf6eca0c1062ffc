# Sourced by the bench scripts (from the repository root): sets `bin` to the reportconv to time.
# The release build, made here with the flags of the README's first command
# (scripts/convert-samples.sh), so the binary timed is the one users run and its build is reused,
# unless REPORTCONV_BIN names another binary (to try a script quickly, or to time a build made
# elsewhere, such as a base build to compare against).
if [ -z "${REPORTCONV_BIN:-}" ]; then
  swift build -c release --static-swift-stdlib --product reportconv >&2
  bin=$(swift build -c release --static-swift-stdlib --show-bin-path)/reportconv
else
  bin=$REPORTCONV_BIN
fi

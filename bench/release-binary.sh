# Sourced by the bench scripts (from the repository root): sets `bin` to the reportconv to time.
# The release build, made here, unless REPORTCONV_BIN names another binary (to try a script
# quickly, or to time a build made elsewhere).
if [ -z "${REPORTCONV_BIN:-}" ]; then
  swift build -c release --product reportconv >&2
  bin=$(swift build -c release --show-bin-path)/reportconv
else
  bin=$REPORTCONV_BIN
fi

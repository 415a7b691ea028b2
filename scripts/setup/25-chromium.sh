# Headless Chromium for the summary render tests (__tests__/integration/summary-render.test.ts,
# __tests__/unit/report-gantt-render.test.ts) and `npm run screenshots`: they draw the job summary with
# marked and Mermaid as GitHub does. Debian's chromium package; a machine that already has a Chrome
# (GitHub's Ubuntu runners ship google-chrome, and Ubuntu's chromium package is only a snap stub) uses it.
# The fonts make the screenshots read like GitHub's page: Liberation Sans stands in for Arial, Noto Color
# Emoji draws the ✅ and ❌. Idempotent; exports RP_CHROMIUM.
rp_chromium_bin=""
for rp_candidate in "${RP_CHROMIUM:-}" /usr/bin/chromium /usr/bin/google-chrome; do
  if [ -n "$rp_candidate" ] && [ -x "$rp_candidate" ]; then
    rp_chromium_bin="$rp_candidate"
    break
  fi
done
rp_chromium_packages="fonts-noto-color-emoji fonts-liberation2"
[ -n "$rp_chromium_bin" ] || rp_chromium_packages="chromium $rp_chromium_packages"
rp_chromium_missing=""
for pkg in $rp_chromium_packages; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || rp_chromium_missing="$rp_chromium_missing $pkg"
done
if [ -n "$rp_chromium_missing" ]; then
  echo "installing:$rp_chromium_missing"
  # Other setups may be installing packages at the same time: wait for the dpkg lock.
  # shellcheck disable=SC2086 # word splitting of the list is intended
  ${SUDO:-} env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends $rp_chromium_missing >/dev/null ||
    { ${SUDO:-} apt-get -o DPkg::Lock::Timeout=600 update -q >/dev/null &&
      ${SUDO:-} env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends $rp_chromium_missing >/dev/null; } ||
    echo "warning: could not install$rp_chromium_missing (without a browser the summary render tests fail under CI=true)" >&2
  [ -n "$rp_chromium_bin" ] || { [ -x /usr/bin/chromium ] && rp_chromium_bin=/usr/bin/chromium; }
fi
if [ -n "$rp_chromium_bin" ]; then
  export RP_CHROMIUM="$rp_chromium_bin"
  echo "chromium: $RP_CHROMIUM ($("$RP_CHROMIUM" --version 2>/dev/null))"
else
  echo "warning: no Chromium: the summary render tests fail under CI=true" >&2
fi
unset rp_chromium_bin rp_candidate rp_chromium_packages rp_chromium_missing pkg

# A second toolchain for the test-matrix tests: a toolchain named after stable's exact version
# (e.g. 1.95.0). When rustup does not have it, it is made from the installed stable toolchain
# (a link, no download): the matrix tests need two toolchain names, not two compilers.
host="$(rustc +stable -vV | sed -n 's/^host: //p')"
stable_version="$(rustc +stable -vV | sed -n 's/^release: //p')"
export RP_TEST_SECOND_TOOLCHAIN="$stable_version"
toolchains_dir="${RUSTUP_HOME:-$HOME/.rustup}/toolchains"
if ! rustup toolchain list | grep -q "^${stable_version}-"; then
  if [ -d "$toolchains_dir/stable-$host" ]; then
    ln -s "$toolchains_dir/stable-$host" "$toolchains_dir/${stable_version}-$host"
  else
    rustup toolchain install --profile minimal --no-self-update "$stable_version" ||
      echo "warning: toolchain $stable_version is missing: the two-toolchain matrix tests will fail." >&2
  fi
fi
rustup toolchain list

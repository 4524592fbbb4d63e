#!/bin/sh
# SPDX-License-Identifier: MIT
# Builds the Debian package from the build tree, unpacks it into a scratch root and runs the
# unpacked programs from there, as a fresh user: HOME and the XDG folders are empty folders in
# the scratch root, so the window starts on the sample-data sandbox as on a first start.
# Usage: package-test.sh CPACK BUILD_DIR SCRATCH_DIR VERSION (CPACK: the build's own cpack)
set -eu
cpack=$1 build=$2 scratch=$3 version=$4

fail() { echo "package test: $*" >&2; exit 1; }

rm -rf "$scratch"
mkdir -p "$scratch/home" "$scratch/config" "$scratch/data" "$scratch/cache" "$scratch/runtime"
chmod 700 "$scratch/runtime"

# -B: the package and CPack's staging go to the scratch folder, not the build folder's.
"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 \
  || { cat "$scratch/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$scratch"/out/segmentdesk_"$version"_*.deb) || fail "no segmentdesk_${version}_*.deb"
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes"

# Depends derived by dpkg-shlibdeps: Qt's libraries with their minimum versions, which nobody
# listed by hand; plus the run-time plugins listed in packaging/CMakeLists.txt.
dpkg-deb -I "$deb" >"$scratch/info"
grep '^ Depends:' "$scratch/info" || fail "no Depends line"
for dep in 'libqt6core6 (>=' 'libqt6widgets6 (>=' 'libqt6network6 (>=' 'libc6 (>=' \
           libqt6sql6-sqlite qt6-qpa-plugins; do
  grep '^ Depends:' "$scratch/info" | grep -qF "$dep" || fail "Depends lacks $dep"
done
grep '^ Installed-Size:' "$scratch/info"

root="$scratch/root"
dpkg-deb -x "$deb" "$root"
for f in bin/segmentdesk bin/segmentdesk-cli bin/segmentdesk-sandbox \
         share/applications/segmentdesk.desktop \
         share/metainfo/io.segmentdesk.SegmentDesk.metainfo.xml \
         share/icons/hicolor/scalable/apps/segmentdesk.svg \
         share/icons/hicolor/16x16/apps/segmentdesk.png \
         share/icons/hicolor/32x32/apps/segmentdesk.png \
         share/icons/hicolor/48x48/apps/segmentdesk.png \
         share/icons/hicolor/64x64/apps/segmentdesk.png \
         share/icons/hicolor/128x128/apps/segmentdesk.png \
         share/icons/hicolor/256x256/apps/segmentdesk.png \
         share/man/man1/segmentdesk.1.gz share/man/man1/segmentdesk-cli.1.gz \
         share/man/man1/segmentdesk-sandbox.1.gz share/doc/segmentdesk/copyright \
         share/bash-completion/completions/segmentdesk-cli \
         share/zsh/vendor-completions/_segmentdesk-cli \
         share/doc/segmentdesk/changelog.gz; do
  [ -s "$root/usr/$f" ] || fail "missing /usr/$f"
done
grep -q '^License: MIT' "$root/usr/share/doc/segmentdesk/copyright" || fail "copyright names no MIT"
grep -qF "<release version=\"$version\"" \
  "$root/usr/share/metainfo/io.segmentdesk.SegmentDesk.metainfo.xml" \
  || fail "the metainfo has no release notes for $version"
zcat "$root/usr/share/doc/segmentdesk/changelog.gz" | head -1 | grep -qF "segmentdesk ($version)" \
  || fail "the Debian changelog has no entry for $version"
# The metainfo with its launchable desktop entry and icon, as software centres read them.
tree=$(appstreamcli validate-tree --no-net "$root") || { echo "$tree"; fail "validate-tree failed"; }
if echo "$tree" | grep -E '^[IWE]: '; then fail "appstreamcli validate-tree has findings"; fi
# Installed programs must not look for libraries in the build tree.
for exe in "$root"/usr/bin/*; do
  if readelf -d "$exe" | grep -E 'RPATH|RUNPATH'; then fail "$exe keeps a run path"; fi
done

export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
  XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime" QT_QPA_PLATFORM=offscreen
unset SENDGRID_API_KEY

out=$("$root/usr/bin/segmentdesk-cli" --version)
[ "$out" = "segmentdesk-cli $version" ] || fail "segmentdesk-cli --version said: $out"
out=$("$root/usr/bin/segmentdesk" --version)
[ "$out" = "segmentdesk $version" ] || fail "segmentdesk --version said: $out"

# Each man page documents every option its program's --help lists (Qt's --help-all aside).
for exe in segmentdesk segmentdesk-cli segmentdesk-sandbox; do
  page=$(zcat "$root/usr/share/man/man1/$exe.1.gz" | sed 's/\\-/-/g')
  for option in $("$root/usr/bin/$exe" --help | grep -oE -- '--[a-z][a-z-]*' | sort -u); do
    [ "$option" = --help-all ] && continue
    echo "$page" | grep -qF -- "$option" || fail "man page $exe.1 lacks $option"
  done
done

# ... and an entry for every command segmentdesk-cli's --help lists (both come from one table).
page=$(zcat "$root/usr/share/man/man1/segmentdesk-cli.1.gz" | sed 's/\\-/-/g')
for command in $("$root/usr/bin/segmentdesk-cli" --help | sed -n '/^Commands:/,/^$/p' \
    | grep -oE '^  [a-z]+' | sort -u); do
  # printf, not echo: dash's echo reads \fB as a form feed.
  printf '%s\n' "$page" | grep -qE '^(\.BI? "?|\\fB)'"$command" \
    || fail "man page segmentdesk-cli.1 lacks the command $command"
done

# The installed completion scripts offer exactly those commands (they are printed from the table).
helped=$("$root/usr/bin/segmentdesk-cli" --help | sed -n '/^Commands:/,/^$/p' \
  | grep -oE '^  [a-z]+' | tr -d ' ' | sort -u)
completed=$(bash -c '. "$1"; COMP_WORDS=(segmentdesk-cli ""); COMP_CWORD=1; _segmentdesk_cli
  printf "%s\n" "${COMPREPLY[@]}"' bash "$root/usr/share/bash-completion/completions/segmentdesk-cli" \
  | sort -u)
[ "$completed" = "$helped" ] || fail "bash completes \"$completed\", --help lists \"$helped\""
described=$(sed -n "s/^ *'\([a-z]*\):.*/\1/p" "$root/usr/share/zsh/vendor-completions/_segmentdesk-cli" \
  | sort -u)
[ "$described" = "$helped" ] || fail "zsh completes \"$described\", --help lists \"$helped\""

printf '%s\n' "SELECT contact_id, updated_at FROM contact_data WHERE email LIKE '%gmail.com'" \
  >"$scratch/query.sql"
"$root/usr/bin/segmentdesk-cli" lint "$scratch/query.sql" || fail "lint refused a valid query"
printf '%s\n' "SELECT contact_id FROM contact_data WHERE" >"$scratch/broken.sql"
if "$root/usr/bin/segmentdesk-cli" lint "$scratch/broken.sql" >/dev/null; then
  fail "lint accepted a broken query"
fi

"$root/usr/bin/segmentdesk" --screenshot "$scratch/shot.png" || fail "--screenshot failed"
size=$(stat -c %s "$scratch/shot.png")
[ "$(head -c 8 "$scratch/shot.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] \
  || fail "the screenshot is no PNG"
[ "$size" -gt 20000 ] || fail "the screenshot has only $size bytes"
# The sample data went to the user's data folder, nowhere near the package's files.
[ -d "$scratch/data/SegmentDesk/SegmentDesk/sandbox" ] || fail "no sandbox in XDG_DATA_HOME"
echo "screenshot: $size bytes"

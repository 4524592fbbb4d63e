#!/bin/sh
# SPDX-License-Identifier: MIT
# Debian's hardening (cmake/Hardening.cmake) is in each executable, as hardening-check (devscripts)
# would read it from the ELF file: position independent, full RELRO with bind-now, the stack
# protector and fortified libc calls. Usage: hardening-check.sh EXECUTABLE...
set -eu
failed=0
for exe in "$@"; do
  name=$(basename "$exe")
  no() { echo "$name: $1"; failed=1; }
  readelf -h "$exe" | grep -q 'Type: *DYN' || no "not position independent (PIE)"
  readelf -l "$exe" | grep -q GNU_RELRO || no "no RELRO segment"
  readelf -d "$exe" | grep -Eq 'BIND_NOW|FLAGS_1.* NOW' || no "no bind-now"
  symbols=$(readelf --dyn-syms -W "$exe")
  echo "$symbols" | grep -q '__stack_chk_fail' || no "no stack protector"
  echo "$symbols" | grep -Eq '__[a-z0-9_]+_chk(@| )' || no "no fortified libc calls"
done
[ "$failed" -eq 0 ] && echo "hardening check: $# executables PIE, RELRO, bind-now, stack protector, fortify"
exit "$failed"

#!/bin/sh
# Add ExportRisk to the desktop menu for this user: run it from the unpacked bundle folder (ExportRisk/).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
mkdir -p "$apps" "$icons"
cp "$here/_internal/exportrisk/resources/icons/exportrisk.png" "$icons/exportrisk.png"
sed "s|^Exec=ExportRisk|Exec=\"$here/ExportRisk\"|" "$here/exportrisk.desktop" > "$apps/exportrisk.desktop"
echo "ExportRisk added to the applications menu ($apps/exportrisk.desktop)."

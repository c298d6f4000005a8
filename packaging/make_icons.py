"""Render resources/icons/exportrisk.svg to the PNG, ICO and ICNS files the bundles and the window use."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)


def render(size: int) -> bytes:
    """PNG bytes of the SVG drawn at `size` x `size` pixels (Qt's SVG renderer)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICONS / "exportrisk.svg")).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (QImage needs one)
    images = {size: Image.open(io.BytesIO(render(size))).convert("RGBA") for size in SIZES}
    (ICONS / "exportrisk.png").write_bytes(render(256))
    images[256].save(ICONS / "exportrisk.ico", sizes=[(s, s) for s in SIZES if s <= 256],
                     append_images=[images[s] for s in SIZES if s < 256])
    images[1024].save(ICONS / "exportrisk.icns", append_images=[images[s] for s in (16, 32, 64, 128, 256, 512)])
    print(f"wrote {', '.join(p.name for p in sorted(ICONS.iterdir()))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

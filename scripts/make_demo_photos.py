"""Draw the demo visits' photos (a receipt and a shop front) with the EXIF times the demo needs.

    .venv/bin/python scripts/make_demo_photos.py

Writes recordings/visits/photos/*.jpg. The shop front is dated the evening before its visit, so
the demo shows the photo-time mismatch flag.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "recordings" / "visits" / "photos"
FONT = REPO / "resources" / "fonts" / "DejaVuSans.ttf"
DATE_TIME_ORIGINAL = 0x9003
EXIF_IFD = 0x8769


def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT), size)


def save(image: Image.Image, name: str, taken: str) -> None:
    exif = image.getexif()
    exif[0x0132] = taken  # DateTime
    exif[0x010F] = "Demo Camera"
    exif.get_ifd(EXIF_IFD)[DATE_TIME_ORIGINAL] = taken
    OUT.mkdir(parents=True, exist_ok=True)
    image.save(OUT / name, quality=80, exif=exif)


def receipt() -> Image.Image:
    image = Image.new("RGB", (360, 560), (236, 232, 222))
    draw = ImageDraw.Draw(image)
    draw.rectangle((40, 20, 320, 540), fill=(252, 252, 248))
    lines = [
        ("NordLamp", 26), ("Brīvības iela 40, Rīga", 14), ("PVN LV40003000000", 12), ("", 12),
        ("Čeks Nr. 118-0457", 14), ("2026-11-13 16:31", 14), ("", 12),
        ("Galda lampa LUMA 12W", 14), ("1 x 49,00            49,00", 14),
        ("LED spuldze E27 2700K", 14), ("2 x 4,50              9,00", 14), ("", 12),
        ("KOPĀ EUR            58,00", 18), ("Karte              58,00", 14), ("", 12),
        ("Paldies par pirkumu!", 14),
    ]
    y = 40
    for text, size in lines:
        draw.text((60, y), text, fill=(30, 30, 30), font=font(size))
        y += size + 12
    return image


def shop_front() -> Image.Image:
    image = Image.new("RGB", (640, 420), (120, 150, 190))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 300, 640, 420), fill=(90, 90, 95))
    draw.rectangle((60, 90, 580, 300), fill=(215, 205, 185))
    draw.rectangle((60, 90, 580, 150), fill=(30, 60, 90))
    draw.text((200, 100), "NordLamp", fill=(255, 220, 120), font=font(36))
    for x in (90, 250, 420):
        draw.rectangle((x, 175, x + 130, 290), fill=(250, 230, 160))
        draw.ellipse((x + 45, 195, x + 85, 235), fill=(255, 250, 210))
    draw.rectangle((275, 190, 365, 300), fill=(60, 45, 35))
    return image


if __name__ == "__main__":
    save(receipt(), "2026-11-13-receipt.jpg", "2026:11:13 16:31:12")
    save(shop_front(), "2026-11-13-shop-front.jpg", "2026:11:12 18:05:40")
    print(f"wrote {OUT}")

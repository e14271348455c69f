#!/usr/bin/env python3
"""Draws assets/icon.png, the packages' icon: a white nabla (the gradient) with a check mark, on a blue-to-teal
rounded square. Plain Python 3 (zlib and struct only), 4x4 supersampled, so anyone can regenerate the same bytes:
    python3 assets/make-icon.py
"""
import os
import struct
import zlib

SIZE = 128
SAMPLES = 4
TOP = (33, 82, 196)
BOTTOM = (18, 160, 150)
WHITE = (255, 255, 255)
CHECK = (255, 214, 64)


def inside_rounded_square(x, y):
    radius = 0.2
    cx = min(max(x, radius), 1 - radius)
    cy = min(max(y, radius), 1 - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def edge_side(ax, ay, bx, by, x, y):
    return (bx - ax) * (y - ay) - (by - ay) * (x - ax)


def inside_triangle(points, x, y):
    (ax, ay), (bx, by), (cx, cy) = points
    d1 = edge_side(ax, ay, bx, by, x, y)
    d2 = edge_side(bx, by, cx, cy, x, y)
    d3 = edge_side(cx, cy, ax, ay, x, y)
    return (d1 >= 0 and d2 >= 0 and d3 >= 0) or (d1 <= 0 and d2 <= 0 and d3 <= 0)


def near_segment(ax, ay, bx, by, x, y, half_width):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    px, py = ax + t * dx, ay + t * dy
    return (x - px) ** 2 + (y - py) ** 2 <= half_width ** 2


OUTER = [(0.16, 0.22), (0.84, 0.22), (0.50, 0.82)]
INNER = [(0.30, 0.31), (0.70, 0.31), (0.50, 0.66)]
CHECK_STROKES = [(0.52, 0.60, 0.64, 0.72), (0.64, 0.72, 0.90, 0.40)]


def colour_at(x, y):
    if not inside_rounded_square(x, y):
        return None
    if any(near_segment(ax, ay, bx, by, x, y, 0.055) for ax, ay, bx, by in CHECK_STROKES):
        return CHECK
    if inside_triangle(OUTER, x, y) and not inside_triangle(INNER, x, y):
        return WHITE
    return tuple(round(t + (b - t) * y) for t, b in zip(TOP, BOTTOM))


def pixel(px, py):
    red = green = blue = alpha = 0
    for sy in range(SAMPLES):
        for sx in range(SAMPLES):
            colour = colour_at((px + (sx + 0.5) / SAMPLES) / SIZE, (py + (sy + 0.5) / SAMPLES) / SIZE)
            if colour is not None:
                red, green, blue, alpha = red + colour[0], green + colour[1], blue + colour[2], alpha + 1
    if alpha == 0:
        return (0, 0, 0, 0)
    return (red // alpha, green // alpha, blue // alpha, round(255 * alpha / SAMPLES ** 2))


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def main():
    rows = bytearray()
    for py in range(SIZE):
        rows.append(0)
        for px in range(SIZE):
            rows.extend(pixel(px, py))
    png = b"\x89PNG\r\n\x1a\n"
    png += chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(bytes(rows), 9))
    png += chunk(b"IEND", b"")
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "icon.png")
    with open(path, "wb") as output:
        output.write(png)
    print(f"wrote {path} ({len(png)} bytes)")


if __name__ == "__main__":
    main()

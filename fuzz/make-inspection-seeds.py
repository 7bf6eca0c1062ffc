#!/usr/bin/env python3
"""Seeds for the PDF inspection fuzzer: small PDFs whose page content or image is in each
filter the work estimate decodes (Flate, LZW, RunLength, ASCIIHex, ASCII85, a chain) and each
image codec header it reads (JPEG, JPEG 2000, JBIG2). Invented bytes, a few hundred each.

    fuzz/make-inspection-seeds.py DIR
"""
import base64
import os
import struct
import sys
import zlib

CONTENT = b"BT /F1 12 Tf 72 720 Td (seed) Tj ET\n0 0 10 10 re f\nq 100 0 0 100 0 0 cm /Im0 Do Q\n"


def lzw(data: bytes) -> bytes:
    """PDF's LZW with early change, as the decoder under test expects."""
    out, buf, bits, width, nxt = bytearray(), 0, 0, 9, 258

    def emit(code):
        nonlocal buf, bits
        buf, bits = (buf << width) | code, bits + width
        while bits >= 8:
            out.append((buf >> (bits - 8)) & 0xFF)
            bits -= 8
    emit(256)
    table, cur = {}, None
    for byte in data:
        if cur is None:
            cur = byte
            continue
        if (cur, byte) in table:
            cur = table[(cur, byte)]
            continue
        emit(cur)
        if nxt < 4096:
            table[(cur, byte)] = nxt
            nxt += 1
            if nxt >= 1 << width and width < 12:
                width += 1
        cur = byte
    if cur is not None:
        emit(cur)
    emit(257)
    if bits:
        out.append((buf << (8 - bits)) & 0xFF)
    return bytes(out)


def run_length(data: bytes) -> bytes:
    out = bytearray()
    for i in range(0, len(data), 100):
        chunk = data[i:i + 100]
        out += bytes([len(chunk) - 1]) + chunk
    return bytes(out + bytes([129, 0x20, 128]))


def pdf(content: bytes, content_filter: str, image: bytes = b"", image_filter: str = "") -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d %s >>\nstream\n" % (len(content), content_filter.encode()) + content + b"\nendstream",
        b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length %d %s >>\nstream\n"
        % (len(image), image_filter.encode()) + image + b"\nendstream",
    ]
    out = b"%PDF-1.7\n"
    for i, body in enumerate(objects):
        out += b"%d 0 obj\n" % (i + 1) + body + b"\nendobj\n"
    return out + b"trailer\n<< /Size 6 /Root 1 0 R >>\n%%EOF\n"


def main() -> int:
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    jpeg = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0x4A, 0x46, 0xFF, 0xC2, 0, 0x11, 8, 0, 8, 0, 8, 3]) + bytes(9) + b"\xFF\xD9"
    jpx = b"\xFF\x4F\xFF\x51\x00\x29\x00\x00" + struct.pack(">8I", 8, 8, 0, 0, 8, 8, 0, 0) + b"\x00\x01\x07\x01\x01"
    jbig2 = struct.pack(">IBBBI", 0, 48, 0, 1, 19) + struct.pack(">IIII", 8, 8, 0, 0) + bytes(3)
    seeds = {
        "flate": pdf(zlib.compress(CONTENT), "/Filter /FlateDecode"),
        "lzw": pdf(lzw(CONTENT), "/Filter /LZWDecode /DecodeParms << /EarlyChange 1 >>"),
        "runlength": pdf(run_length(CONTENT), "/Filter /RunLengthDecode"),
        "asciihex": pdf(CONTENT.hex().encode() + b">", "/Filter /ASCIIHexDecode"),
        "ascii85": pdf(base64.a85encode(CONTENT) + b"~>", "/Filter /A85"),
        "chain": pdf(base64.a85encode(lzw(CONTENT)) + b"~>", "/Filter [/ASCII85Decode /LZWDecode]"),
        "dct": pdf(CONTENT, "", jpeg, "/Filter /DCTDecode"),
        "jpx": pdf(CONTENT, "", jpx, "/Filter /JPXDecode"),
        "jbig2": pdf(CONTENT, "", jbig2, "/Filter /JBIG2Decode"),
        "hex-dct": pdf(CONTENT, "", jpeg.hex().encode() + b">", "/Filter [/AHx /DCT]"),
    }
    for name, data in seeds.items():
        with open(os.path.join(out, f"seed-filter-{name}.pdf"), "wb") as f:
            f.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())

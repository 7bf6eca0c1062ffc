#!/usr/bin/env python3
"""Writes the hostile corpus: damaged, malicious and odd inputs reportconv must survive.

    scripts/make-hostile-corpus.py DIR

Every file is made here, from the samples and a fixed random seed, so nothing large is
committed and two runs give the same bytes. The corpus test (Tests/reportconvTests/
HostileCorpusTests.swift) converts each through the built binary: each must end, within a
timeout, in a clear per-file error or a report (with warnings where something was left out),
never a crash, and no output may hold the secret that xxe.html points at.

DIR/expect.tsv lists each file with what it should give: `error` (exit 1, a message naming it)
or `report` (exit 0) or `any` (exit 0 or 1: a judgement the corpus does not pin down), and text
that must appear in stderr or the JSON.
"""
import os
import random
import shutil
import stat
import sys
import zlib

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SECRET = "HOSTILE-SECRET-3f9c1e"


def sample(name: str) -> bytes:
    with open(os.path.join(ROOT, "Samples", name), "rb") as f:
        return f.read()


def pdf(objects, root=1) -> bytes:
    """A PDF from numbered object bodies (bytes, without `obj`/`endobj`), with a correct xref."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    return bytes(out)


def stream(content: bytes, extra: bytes = b"", compress: bool = True) -> bytes:
    if compress:
        content = zlib.compress(content, 9)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n" % (len(content), extra) + content + b"\nendstream"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def one_page(content: bytes, resources: bytes = b"<< /Font << /F1 4 0 R >> >>", extra_objects=(),
             media_box: bytes = b"[0 0 595 842]") -> bytes:
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox " + media_box + b" /Resources " + resources
                + b" /Contents 5 0 R >>",
                FONT, stream(content)] + list(extra_objects))


def write(directory: str, name, data: bytes, expect: str, must: str = "") -> None:
    path = os.path.join(directory.encode(), name if isinstance(name, bytes) else name.encode())
    with open(path, "wb") as f:
        f.write(data)
    entries.append((name if isinstance(name, bytes) else name.encode(), expect, must))


entries = []


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    d = sys.argv[1]
    os.makedirs(d, exist_ok=True)
    rng = random.Random(20261201)
    txt, html, pdf_sample = sample("000_e82f18c061ea3c91.txt"), sample("000_e82f18c061ea3c91.html"), sample("000_e82f18c061ea3c91.pdf")

    # Zero-byte files of every extension a plugin claims.
    for ext in ["txt", "text", "html", "htm", "shtml", "xhtml", "pdf"]:
        write(d, f"empty.{ext}", b"", "error", "empty")

    # Damaged and locked PDFs.
    write(d, "truncated.pdf", pdf_sample[: len(pdf_sample) * 2 // 5], "any")
    broken = pdf_sample.replace(b"startxref", b"startxref\n999999999\n%").replace(b" 00000 n", b" 00000 x")
    write(d, "broken-xref.pdf", broken, "any")
    with open(os.path.join(ROOT, "Tests", "Fixtures", "encrypted-password.pdf"), "rb") as f:
        write(d, "password.pdf", f.read(), "error", "password")

    # A decompression bomb: 512 MB of spaces in a 0.5 MB stream, then one line of text; and an
    # image that inflates to 1.2 GB of pixels.
    z = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    body = b"".join(z.compress(chunk) for _ in range(512)) + z.compress(b"BT /F1 12 Tf 72 720 Td (after the bomb) Tj ET") + z.flush()
    write(d, "decompression-bomb.pdf", pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /Im 6 0 R >> >> /Contents 5 0 R >>",
        FONT, b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream",
        stream(b"\0" * (20000 * 20000 * 3 // 64), b" /Type /XObject /Subtype /Image /Width 20000 /Height 20000 /ColorSpace /DeviceRGB /BitsPerComponent 8"),
    ]), "any")

    # Bombs in the other filters poppler decodes: 80 MB of spaces in LZW (13 KB) inside ASCII85,
    # 150 MB in RunLength inside ASCIIHex; a JPEG whose dictionary says 1 x 1 and whose own frame
    # header says 60,000 x 60,000 (poppler believes the header).
    def lzw_run(byte: int, count: int) -> bytes:
        out, buf, bits, width, nxt, left, length = bytearray(), 0, 0, 9, 258, count, 1

        def emit(code):
            nonlocal buf, bits
            buf, bits = (buf << width) | code, bits + width
            while bits >= 8:
                out.append((buf >> (bits - 8)) & 0xFF)
                bits -= 8
            buf &= (1 << bits) - 1
        emit(256)
        while left > 0:
            n = min(length, left)
            emit(byte if n == 1 else 258 + n - 2)
            left -= n
            if left > 0 and nxt < 4096:
                length, nxt = length + 1, nxt + 1
                if nxt >= 1 << width and width < 12:
                    width += 1
        emit(257)
        return bytes(out + (bytes([(buf << (8 - bits)) & 0xFF]) if bits else b""))

    def filtered_page(content: bytes, filters: bytes) -> bytes:
        return pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                    b"<< /Length %d /Filter %s >>\nstream\n" % (len(content), filters) + content + b"\nendstream"])
    import base64
    write(d, "lzw-bomb.pdf", filtered_page(base64.a85encode(lzw_run(0x20, 80 << 20)) + b"~>", b"[/A85 /LZWDecode]"),
          "error")
    write(d, "runlength-bomb.pdf", filtered_page(bytes([129, 0x20]).hex().encode() * 1_200_000 + b">", b"[/AHx /RL]"),
          "error")
    jpeg = bytes([0xFF, 0xD8, 0xFF, 0xC2, 0, 0x11, 8, 0xEA, 0x60, 0xEA, 0x60, 3]) + bytes(9) + b"\xFF\xD9"
    write(d, "jpeg-size-lie.pdf", one_page(b"BT /F1 12 Tf 72 720 Td (Indicator Target Actual Score) Tj ET q 100 0 0 100 72 72 cm /Im Do Q",
                                           resources=b"<< /Font << /F1 4 0 R >> /XObject << /Im 6 0 R >> >>",
                                           extra_objects=[b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceRGB "
                                                          b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % len(jpeg)
                                                          + jpeg + b"\nendstream"]), "report")

    # A text report past the 32 MB a text input is read up to (the text samples repeated).
    big = sample("000_e82f18c061ea3c91.txt")
    write(d, "oversized-report.txt", big * ((33 << 20) // len(big) + 1), "error", "over the 32 MB")

    # A page of a million tiny rectangles under a line of text (with table words, so it is rendered).
    rects = b"".join(b"%d %d 0.4 0.4 re\n" % (20 + (i % 1000) * 0.55, 40 + (i // 1000) * 0.75) for i in range(1_000_000))
    write(d, "million-rectangles.pdf", one_page(b"0 g\n" + rects + b"f\nBT /F1 12 Tf 72 800 Td (Indicator Target Actual Score) Tj ET"), "any")

    # Forms nested 9 deep, each drawing the next 8 times: 134 million glyphs from 3 KB.
    forms = []
    for level in range(9):
        if level < 8:
            draws = b"".join(b"q 1 0 0 1 %d %d cm /X%d Do Q\n" % (k, k, level + 1) for k in range(8))
            res = b"<< /XObject << /X%d %d 0 R >> >>" % (level + 1, 8 + level)
        else:
            draws = b"BT /F1 1 Tf 0 0 Td (bomb) Tj ET 0 0 1 1 re f"
            res = b"<< /Font << /F1 4 0 R >> >>"
        forms.append(stream(draws, b" /Type /XObject /Subtype /Form /BBox [0 0 600 800] /Resources " + res, compress=False))
    write(d, "nested-forms.pdf", pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /X0 7 0 R >> >> /Contents 5 0 R >>",
        FONT, stream(b"BT /F1 12 Tf 72 800 Td (A page drawing a form bomb) Tj ET /X0 Do", compress=False), b"null",
    ] + forms), "any", "page 1")

    # Floats a PDF may state: zero, huge and degenerate sizes and matrices, widths past any font.
    weird = (b"BT /F1 12 Tf 72 800 Td (plain text before) Tj ET\n"
             b"BT /F1 0 Tf 72 700 Td (zero size) Tj ET\n"
             b"BT /F1 99999999999999999999999999999999999999 Tf 72 650 Td (huge size) Tj ET\n"
             b"BT /F1 12 Tf 0 0 0 0 0 0 Tm (singular matrix) Tj ET\n"
             b"BT /F1 12 Tf 1e38 0 0 1e38 72 600 Tm (exponent matrix) Tj ET\n"
             b"BT /F1 12 Tf 99999999999999999999 0 0 -99999999999999999999 72 550 Tm (huge matrix) Tj ET\n"
             b"BT /F2 12 Tf 72 500 Td (wide glyphs) Tj ET\n")
    write(d, "weird-floats.pdf", one_page(
        weird, b"<< /Font << /F1 4 0 R /F2 6 0 R >> >>",
        [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 32 /LastChar 126 /Widths [" + b" 99999999999999999999" * 95 + b"] >>"]),
        "any")
    write(d, "huge-page.pdf", one_page(b"BT /F1 12 Tf 72 72 Td (Indicator Target Actual Score) Tj ET 10 10 m 14000 10 l S 10 10 m 10 14000 l S",
                                       media_box=b"[0 0 14400 14400]"), "report")
    # A page as wide as PDF allows and ruled all over: rendered (28 million pixels, under the cap).
    grid = (b"".join(b"10 %d m 14390 %d l S\n" % (y, y) for y in range(10, 2000, 40))
            + b"".join(b"%d 10 m %d 1990 l S\n" % (x, x) for x in range(10, 14400, 400))
            + b"".join(b"BT /F1 10 Tf %d %d Td (Target %d) Tj ET\n" % (20 + (i % 36) * 400, 22 + (i // 36) * 40, i) for i in range(720)))
    write(d, "wide-ruled-page.pdf", one_page(grid, media_box=b"[0 0 14400 2000]"), "report")
    write(d, "infinite-page.pdf", one_page(b"BT /F1 12 Tf 72 72 Td (text on an absurd page) Tj ET",
                                           media_box=b"[0 0 99999999999999999999999999999 -99999999999999999999999999]"), "any")
    write(d, "deep-arrays.pdf", one_page(b"BT /F1 12 Tf 72 720 Td (deep) Tj ET " + b"[" * 100_000 + b"]" * 100_000), "any")

    # 20 MB of random bytes under each text-like name.
    noise = rng.randbytes(20 << 20)
    for ext in ["pdf", "html", "txt"]:
        write(d, f"random.{ext}", noise, "error")

    # HTML attacks.
    write(d, "nested-200k.html", b"<html><body>" + b"<div>" * 200_000 + "某县2023年项目支出绩效自评报告".encode() + b"</div>" * 200_000 + b"</body></html>", "report")
    lol = "".join(f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10))
    write(d, "entity-bomb.html", f'<!DOCTYPE html [<!ENTITY lol0 "lol">{lol}]><html><body><p>某县医疗保障局2023年工作总结</p><p>&lol9;</p></body></html>'.encode(), "report")
    secret = os.path.join(d, "secret.dat")
    with open(secret, "w") as f:
        f.write(SECRET + "\n")
    write(d, "xxe.html", (f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>'
                          f'<html><body><p>某县医疗保障局2023年工作总结</p><p>&xxe;</p>'
                          f'<iframe src="file://{secret}"></iframe><img src="file://{secret}"></body></html>').encode(), "report")
    write(d, "unclosed-doctype.html", b"<!DOCTYPE html [\n" + html, "report", "绩效")
    write(d, "wrong-meta-charset.html", html.replace(b"<head>", b'<head><meta charset="gb2312">', 1), "report", "charset")
    gb_page = html.decode("utf-8").encode("gb18030").replace(b"<head>", b'<head><meta charset="utf-8">', 1)
    write(d, "gb18030-declared-utf8.html", gb_page, "report", "charset")

    # Text decoding.
    damaged = bytearray(txt)
    for offset in (100, 2000, 2001):
        damaged[offset] = 0xFF
    write(d, "invalid-utf8.txt", bytes(damaged), "report", "invalid-bytes")
    with_nuls = txt[:300] + b"\0" + txt[300:1500] + b"\0\x01" + txt[1500:]
    write(d, "nul-bytes.txt", with_nuls, "report", "control-bytes")
    write(d, "mostly-binary.txt", txt[:400] + rng.randbytes(8000), "error", "not a text file")
    write(d, b"\xb1\xa8\xb8\xe6-gbk-name.txt", txt, "any")  # names: the batch walk's concern

    # Indicator rows with no header: twenty thousand level labels alone, one a line (each line
    # could start such rows), and five thousand rows run together on one line.
    write(d, "headerless-label-lines.txt", "产出指标\n".encode() * 20000, "report")
    write(d, "headerless-rows-one-line.txt", ("效益指标社会效益指标" + "甲" * 30 + "≥1% 10 ").encode() * 5000, "report")
    # A whole report flattened into one line (a sharing site's extract) holding tens of thousands
    # of 一 and 、: each may start a heading run into the line, and only a window after it is read.
    write(d, "flattened-report-one-line.txt", ("某县医疗保障局2023年度部门整体支出绩效自评报告 "
           + "本局进一步统一规范管理，一是加强资金监管、二是完善制度。" * 15000 + "\n").encode(), "report")

    # Twenty thousand lines each closing one cell with ` |` (a copy's one cell a line, no table):
    # each line could start a pipe table, and every try read to the end of them.
    write(d, "one-cell-pipe-lines.txt", "".join("单元格%d |\n" % i for i in range(20000)).encode(), "report")
    # Twenty thousand cells of one web-table row copied one a line, each led by its pipe: joined
    # into one row, growing in place.
    write(d, "pipe-led-cells.txt", ("绩效指标\n" + "".join("        | 单元格%d\n" % i for i in range(20000))).encode(), "report")

    # File system oddities (folder walking is judged by the batch tests; these must not crash).
    write(d, "unreadable.txt", txt, "any")
    os.chmod(os.path.join(d, "unreadable.txt"), 0)
    folder = os.path.join(d, "unreadable-folder")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "inside.txt"), "wb") as f:
        f.write(txt)
    os.chmod(folder, 0)
    loop = os.path.join(d, "symlink-loop")
    os.makedirs(loop, exist_ok=True)
    for name, target in (("self", "."), ("a", "b"), ("b", "a")):
        if not os.path.lexists(os.path.join(loop, name)):
            os.symlink(target, os.path.join(loop, name))

    with open(os.path.join(d, "expect.tsv"), "wb") as f:
        for name, expect, must in entries:
            f.write(name + b"\t" + expect.encode() + b"\t" + must.encode() + b"\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Writes the import samples of tests/data/import (the readers' tests and
the fuzzer seeds). Run from anywhere: python3 make_samples.py. The files are
committed; this script says how they were made and makes them again.

Most files hold the same small customer table, so the tests can compare every
encoding and structure with one expectation.
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
FUZZ_CORPUS = os.path.join(HERE, "..", "..", "..", "fuzz", "corpus")

HEADER = ["نام", "موبایل", "شهر", "یادداشت"]
ROWS = [
    ["علی کریمی", "09121234567", "تهران", "مشتری قدیمی"],
    ["Sara Ahmadi", "+989351112233", "Shiraz", "VIP, since 1399"],
    ["زهرا موسوی", "9123456789", "اصفهان", ""],
]


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def quoted(value, delimiter):
    if any(c in value for c in (delimiter, '"', "\n", "\r")):
        return '"' + value.replace('"', '""') + '"'
    return value


def table(delimiter, newline="\n", rows=ROWS):
    lines = [delimiter.join(quoted(v, delimiter) for v in r) for r in [HEADER] + rows]
    return newline.join(lines) + newline


def windows1256(text):
    # Windows-1256 has no Persian Yeh: Windows writes Arabic Yeh for it.
    return text.replace("ی", "ي").encode("cp1256")


def main():
    # Encodings (comma, LF unless said).
    write("utf8.csv", table(",").encode("utf-8"))
    write("utf8_bom.csv", b"\xef\xbb\xbf" + table(",", "\r\n").encode("utf-8"))
    write("utf16le_bom.txt", b"\xff\xfe" + table("\t", "\r\n").encode("utf-16-le"))
    write("utf16be_bom.csv", b"\xfe\xff" + table(",", "\r\n").encode("utf-16-be"))
    write("windows1256.csv", windows1256(table(",", "\r\n")))
    # Arabic Kaf and Yeh as old Arabic-keyboard data has them.
    write("windows1256_arabic_letters.csv",
          "نام,شهر\r\nعلي كريمي,كرج\r\n".encode("cp1256"))

    # Delimiters and structure (UTF-8).
    write("semicolon.csv", table(";").encode("utf-8"))
    write("tab.csv", table("\t").encode("utf-8"))
    write("persian_comma.csv", table("،").encode("utf-8"))
    write("customers.tsv", table("\t").encode("utf-8"))
    write("crlf.csv", table(",", "\r\n").encode("utf-8"))
    write("quoted_newlines.csv", (
        'name,address,note\r\n'
        '"Karimi, Ali","خیابان آزادی\r\nپلاک ۱۲","He said ""hi"""\r\n'
        'Sara,"line one\nline two\nline three",\r\n'
        '"",",",""""\r\n'
    ).encode("utf-8"))

    # vCards.
    write("vcard30_qp.vcf", (
        "BEGIN:VCARD\r\n"
        "VERSION:3.0\r\n"
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=DA=A9=D8=B1=DB=8C=D9=85=DB=8C;=D8=B9=D9=84=DB=8C;;;\r\n"
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D8=B9=D9=84=DB=8C =DA=A9=D8=B1=DB=8C=D9=85=DB=8C\r\n"
        "ORG:Peyvand\\, Inc.;Sales\r\n"
        "TEL;TYPE=CELL:0912 123 4567\r\n"
        "TEL;TYPE=WORK,VOICE:021-88776655\r\n"
        "TEL;TYPE=HOME:021-22334455\r\n"
        "EMAIL;TYPE=INTERNET:ali@example.com\r\n"
        "EMAIL;TYPE=INTERNET:other@example.com\r\n"
        "URL:https://example.com\r\n"
        "ADR;TYPE=WORK;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;=D8=AE=DB=8C=D8=A7=D8=A8=D8=A7=D9=86 =D8=A2=D8=B2=D8=A7=D8=AF=DB=8C;=\r\n"
        "=D8=AA=D9=87=D8=B1=D8=A7=D9=86;=D8=AA=D9=87=D8=B1=D8=A7=D9=86;1234567890;Iran\r\n"
        "NOTE:First line\\nsecond line\\, with a comma and a long note that was fol\r\n"
        " ded by the writer\r\n"
        "END:VCARD\r\n"
        "\r\n"
        "BEGIN:VCARD\r\n"
        "VERSION:3.0\r\n"
        "N:Ahmadi;Sara;;Dr.;\r\n"
        "TEL;TYPE=cell,voice:+98 935 111 2233\r\n"
        "TEL;TYPE=CELL;TYPE=PREF:09350000000\r\n"
        "item1.EMAIL;type=INTERNET;type=pref:sara@example.com\r\n"
        "END:VCARD\r\n"
    ).encode("utf-8"))
    write("vcard40.vcf", (
        "BEGIN:VCARD\n"
        "VERSION:4.0\n"
        "FN:زهرا موسوی\n"
        "N:موسوی;زهرا;;;\n"
        "TEL;VALUE=uri;TYPE=\"cell,voice\";PREF=1:tel:+98-912-345-6789\n"
        "TEL;VALUE=uri;TYPE=work:tel:+98-31-3222-1100\n"
        "EMAIL;TYPE=work:z.mousavi@example.org\n"
        "ADR;TYPE=home;LABEL=\"خیابان چهارباغ\\nاصفهان\":;واحد ۳;خیابان چهارباغ;اصفهان;اصفهان;8173\n"
        "\t654321;ایران\n"
        "NOTE:یادداشت\\; با نقطه‌ویرگول\n"
        "END:VCARD\n"
    ).encode("utf-8"))

    # Malformed and edge cases.
    write("unclosed_quote.csv", 'name,note\nAli,ok\nSara,"never closed\nZahra,x\n'.encode("utf-8"))
    write("missing_end.vcf", (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:First\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Second\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Third\r\nEND:VCARD\r\n"
    ).encode("utf-8"))
    write("not_a_vcard.vcf", "name,mobile\nAli,0912\n".encode("utf-8"))
    rng = random.Random(5)
    write("binary_garbage.csv", bytes(rng.randrange(256) for _ in range(2048)))
    write("zip_as.csv", b"PK\x03\x04\x14\x00\x06\x00" + bytes(rng.randrange(256) for _ in range(120)))
    write("empty.csv", b"")
    write("header_only.csv", table(",", rows=[]).encode("utf-8"))


def fuzz_seeds():
    """Copies the samples into the fuzzers' seed corpora: fuzz_csv takes a
    file as it is; fuzz_table_source takes a first byte choosing the format
    (byte % 3: CSV, TSV, vCard), the encoding ((byte / 3) % 4: auto, UTF-8,
    UTF-16, Windows-1256) and the delimiter ((byte / 12) % 6: detect , ; tab
    Persian-comma |), then the file."""
    csv_dir = os.path.join(FUZZ_CORPUS, "fuzz_csv")
    table_dir = os.path.join(FUZZ_CORPUS, "fuzz_table_source")
    os.makedirs(table_dir, exist_ok=True)
    for name in sorted(os.listdir(HERE)):
        if name.endswith(".py"):
            continue
        with open(os.path.join(HERE, name), "rb") as f:
            data = f.read()
        if len(data) > 4096:
            continue
        stem, ext = os.path.splitext(name)
        fmt = {".csv": 0, ".txt": 1, ".tsv": 1, ".vcf": 2}.get(ext)
        if fmt is None:
            continue
        with open(os.path.join(table_dir, stem + "_" + ext[1:]), "wb") as f:
            f.write(bytes([fmt]) + data)
        if ext == ".csv":
            with open(os.path.join(csv_dir, "import_" + stem), "wb") as f:
                f.write(data)
    # The same files with an explicit encoding and delimiter.
    extra = {
        "utf8_explicit_comma": (0 + 3 * 1 + 12 * 1, "utf8.csv"),
        "utf16_explicit_tab": (0 + 3 * 2 + 12 * 3, "utf16le_bom.txt"),
        "utf16be_explicit_comma": (0 + 3 * 2 + 12 * 1, "utf16be_bom.csv"),
        "cp1256_explicit_comma": (0 + 3 * 3 + 12 * 1, "windows1256.csv"),
        "persian_comma_explicit": (0 + 3 * 1 + 12 * 4, "persian_comma.csv"),
        "vcard_cp1256": (2 + 3 * 3, "vcard40.vcf"),
        "vcard_utf8": (2 + 3 * 1, "vcard30_qp.vcf"),
    }
    for seed, (mode, name) in extra.items():
        with open(os.path.join(HERE, name), "rb") as f:
            data = f.read()
        with open(os.path.join(table_dir, seed), "wb") as f:
            f.write(bytes([mode]) + data)


if __name__ == "__main__":
    main()
    fuzz_seeds()

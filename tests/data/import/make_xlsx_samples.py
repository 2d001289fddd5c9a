#!/usr/bin/env python3
"""Writes the XLSX samples of tests/core/io (test_xlsx.cpp) next to this script.

Only the standard library: every XML part is written by hand, so each file
holds exactly the structure a test names (shared and inline strings, rich
text, numbers, dates in both systems, gaps, two sheets, Persian text) or
exactly the damage it is about. Run it again after changing it; the output is
deterministic (fixed timestamps), so unchanged samples stay unchanged.

With --fuzz-seeds DIR it also writes the seeds of fuzz/fuzz_xlsx.cpp: the
small samples as they are and with their parts stored uncompressed, so that
the fuzzer's mutations reach the XML and not only the deflate stream.
"""
import os
import struct
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
STAMP = (2024, 1, 1, 0, 0, 0)

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
{overrides}
</Types>"""

ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG_REL}">
<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""


def column_letters(index):
    letters = ""
    n = index + 1
    while n > 0:
        n, r = divmod(n - 1, 26)
        letters = chr(ord("A") + r) + letters
    return letters


def workbook_xml(sheet_names, date1904=False):
    pr = '<workbookPr date1904="1"/>' if date1904 else '<workbookPr/>'
    sheets = "".join(
        f'<sheet name="{name}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, name in enumerate(sheet_names))
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {NS} {NS_R}>{pr}<sheets>{sheets}</sheets></workbook>'


def workbook_rels(sheet_targets, shared=True, styles=True):
    rels = [f'<Relationship Id="rId{i + 1}" Type="{REL}/worksheet" Target="{t}"/>'
            for i, t in enumerate(sheet_targets)]
    n = len(sheet_targets)
    if shared:
        rels.append(f'<Relationship Id="rId{n + 1}" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>')
    if styles:
        rels.append(f'<Relationship Id="rId{n + 2}" Type="{REL}/styles" Target="styles.xml"/>')
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG_REL}">{"".join(rels)}</Relationships>'


def sheet_xml(rows_xml):
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {NS} {NS_R}><dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>{rows_xml}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'


def shared_xml(items):
    body = "".join(f"<si>{item}</si>" for item in items)
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst {NS} count="{len(items)}" uniqueCount="{len(items)}">{body}</sst>'


# Cell formats: 0 general, 1 built-in date (14), 2 custom date (164),
# 3 built-in time (20), 4 custom number with a quoted "d" (165), 5 custom
# time only (166), 6 elapsed hours (46).
STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet {NS}>
<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy/mm/dd;@"/><numFmt numFmtId="165" formatCode="#,##0 &quot;days&quot;"/><numFmt numFmtId="166" formatCode="[$-409]h:mm:ss\\ AM/PM"/></numFmts>
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0"/></cellStyleXfs>
<cellXfs count="7"><xf numFmtId="0" fontId="0" xfId="0"/><xf numFmtId="14" fontId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" xfId="0"/><xf numFmtId="20" xfId="0"/><xf numFmtId="165" xfId="0"/><xf numFmtId="166" xfId="0"/><xf numFmtId="46" xfId="0"/></cellXfs>
</styleSheet>"""


def write_zip(name, parts, compression=zipfile.ZIP_DEFLATED):
    path = os.path.join(HERE, name)
    with zipfile.ZipFile(path, "w") as z:
        for part, data in parts:
            info = zipfile.ZipInfo(part, date_time=STAMP)
            info.compress_type = compression
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data, compresslevel=9)
    return path


def package(sheet_names, sheets, shared=None, styles=STYLES, date1904=False, targets=None):
    targets = targets or [f"worksheets/sheet{i + 1}.xml" for i in range(len(sheets))]
    overrides = "".join(
        f'<Override PartName="/xl/{t}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for t in targets)
    parts = [("[Content_Types].xml", CONTENT_TYPES.format(overrides=overrides)),
             ("_rels/.rels", ROOT_RELS),
             ("xl/workbook.xml", workbook_xml(sheet_names, date1904)),
             ("xl/_rels/workbook.xml.rels", workbook_rels(targets, shared is not None, styles is not None))]
    for target, rows in zip(targets, sheets):
        parts.append((f"xl/{target}", sheet_xml(rows)))
    if shared is not None:
        parts.append(("xl/sharedStrings.xml", shared_xml(shared)))
    if styles is not None:
        parts.append(("xl/styles.xml", styles))
    return parts


def inline(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def customers():
    shared = [
        "<t>name</t>", "<t>mobile</t>", "<t>joined</t>", "<t>balance</t>", "<t>vip</t>", "<t>note</t>",
        "<t>national_id</t>",
        "<t>علی رضایی</t>",                                                    # 7
        '<r><t xml:space="preserve">Sara </t></r><r><rPr><b/></rPr><t>Ahmadi</t></r>'
        '<rPh sb="0" eb="1"><t>ignored</t></rPh><phoneticPr fontId="0"/>',   # 8 rich text
        "<t>09351234567</t>",                                                  # 9
        "<t>Short</t>",                                                        # 10
        "<t>city</t>",                                                         # 11
    ]
    rows = [
        # Header: C1 is an inline string; I1 a styled empty cell.
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>' + inline("C1", "city")
        + '<c r="D1" t="s"><v>2</v></c><c r="E1" t="s"><v>3</v></c><c r="F1" t="s"><v>4</v></c>'
        '<c r="G1" t="s"><v>5</v></c><c r="H1" t="s"><v>6</v></c><c r="I1" s="1"/></row>',
        # Persian shared string, a mobile stored as a number, a Persian
        # inline string, a date (built-in 14), a decimal, TRUE, a formula's
        # text result, a national ID that lost its leading zeros.
        '<row r="2"><c r="A2" t="s"><v>7</v></c><c r="B2"><v>9121234567</v></c>' + inline("C2", "تهران")
        + '<c r="D2" s="1"><v>45000</v></c><c r="E2"><v>12.5</v></c><c r="F2" t="b"><v>1</v></c>'
        '<c r="G2" t="str"><f>CONCAT("VIP"," customer")</f><v>VIP customer</v></c><c r="H2"><v>12345678</v></c></row>',
        # Rich text, a mobile as text, C3 missing (a gap), a custom date
        # format with float noise (midnight of the next day), an exponent, FALSE, an escaped CR.
        '<row r="3"><c r="A3" t="s"><v>8</v></c><c r="B3" t="s"><v>9</v></c>'
        '<c r="D3" s="2"><v>44197.999999999</v></c><c r="E3"><v>1.5E-3</v></c><c r="F3" t="b"><v>0</v></c>'
        + inline("G3", "line one_x000D_\nline two") + '</row>',
        # Row 4 is absent; row 5 holds only styled empty cells.
        '<row r="5" ht="20" customHeight="1"><c r="A5" s="1"/><c r="B5" s="2"/></row>',
        # One value: padded to the header's width; a trailing styled cell.
        '<row r="6"><c r="A6" t="s"><v>10</v></c><c r="J6" s="1"/></row>',
        # Cells without references follow one another; spreadsheet rounding.
        '<row r="7"><c t="inlineStr"><is><t>x</t></is></c><c><v>0.30000000000000004</v></c><c><v>-42</v></c>'
        '<c><v>1.2345678901234567E+19</v></c><c s="4"><v>7</v></c></row>',
        # Date edge cases, a time, an error, an ISO date cell, elapsed hours.
        '<row r="8"><c r="A8" s="1"><v>1</v></c><c r="B8" s="1"><v>60</v></c><c r="C8" s="1"><v>61</v></c>'
        '<c r="D8" s="3"><v>0.5</v></c><c r="E8" s="5"><v>0.75</v></c><c r="F8" t="e"><v>#N/A</v></c>'
        '<c r="G8" t="d"><v>2024-03-05T00:00:00</v></c><c r="H8" s="6"><v>1.5</v></c></row>',
    ]
    second = [
        '<row r="1">' + inline("A1", "نام") + inline("B1", "یادداشت") + '</row>',
        '<row r="2">' + inline("A2", "مریم") + '<c r="B2" t="s"><v>11</v></c></row>',
    ]
    write_zip("customers.xlsx", package(["Customers", "یادداشت‌ها"], ["".join(rows), "".join(second)], shared))


def dates1904():
    rows = ('<row r="1">' + inline("A1", "date") + inline("B1", "plain") + '</row>'
            '<row r="2"><c r="A2" s="1"><v>0</v></c><c r="B2"><v>0</v></c></row>'
            '<row r="3"><c r="A3" s="1"><v>43538</v></c><c r="B3"><v>43538</v></c></row>'
            '<row r="4"><c r="A4" s="2"><v>-1</v></c></row>')
    write_zip("dates1904.xlsx", package(["Dates"], [rows], None, STYLES, date1904=True))


def unusual_package():
    # No _rels/.rels (the usual workbook place is taken), a prefixed
    # namespace, an absolute sheet target, stored (uncompressed) parts,
    # no shared strings and no styles.
    x = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    wb = (f'<?xml version="1.0" encoding="UTF-8"?>\n<x:workbook {x} {NS_R}><x:sheets>'
          '<x:sheet name="Data" sheetId="1" r:id="rId7"/></x:sheets></x:workbook>')
    rels = (f'<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="{PKG_REL}">'
            f'<Relationship Id="rId7" Type="{REL}/worksheet" Target="/xl/worksheets/data.xml"/></Relationships>')
    sheet = (f'<?xml version="1.0" encoding="UTF-8"?>\n<x:worksheet {x}><x:sheetData>'
             '<x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>code</x:t></x:is></x:c></x:row>'
             '<x:row r="3"><x:c r="B3"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>')
    write_zip("unusual_package.xlsx", [("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", rels),
                                       ("xl/worksheets/data.xml", sheet)], zipfile.ZIP_STORED)


def empty_sheet():
    write_zip("empty_sheet.xlsx", package(["Empty"], [""], None, None))


def simple_rows(cells_xml):
    return package(["Sheet1"], [cells_xml], None, None)


def malformed():
    with open(os.path.join(HERE, "not_a_zip.xlsx"), "w", encoding="utf-8") as f:
        f.write("name,mobile\nAli,09121234567\n")
    write_zip("no_workbook.xlsx", [("hello.txt", "not a workbook")])
    parts = package(["Customers"], ['<row r="1">' + inline("A1", "name") + '</row>'], None, None,
                    targets=["worksheets/sheet9.xml"])
    write_zip("missing_sheet.xlsx", [p for p in parts if not p[0].endswith("sheet9.xml")])

    # 20 MB of spaces inside the cells part: about 20 KB compressed.
    bomb = sheet_xml('<row r="1">' + inline("A1", "name") + '</row>').replace(
        "<sheetData>", "<sheetData>" + " " * (20 * 1024 * 1024))
    write_zip("zip_bomb.xlsx", package(["Sheet1"], [""], None, None)[:4] + [("xl/worksheets/sheet1.xml", bomb)])

    dtd = ('<?xml version="1.0"?>\n<!DOCTYPE worksheet [<!ENTITY who "Mallory">]>\n'
           f'<worksheet {NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&who;</t></is></c></row>'
           '</sheetData></worksheet>')
    write_zip("dtd_entity.xlsx", package(["Sheet1"], [""], None, None)[:4] + [("xl/worksheets/sheet1.xml", dtd)])

    laughs = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)]
    sst = (f'<?xml version="1.0"?>\n<!DOCTYPE sst [{"".join(laughs)}]>\n'
           f'<sst {NS}><si><t>&lol9;</t></si></sst>')
    parts = package(["Sheet1"], ['<row r="1"><c r="A1" t="s"><v>0</v></c></row>'], ["<t>x</t>"], None)
    write_zip("billion_laughs.xlsx", [p if p[0] != "xl/sharedStrings.xml" else (p[0], sst) for p in parts])

    wide = column_letters(1024)  # the 1025th column
    write_zip("too_many_columns.xlsx", simple_rows(
        '<row r="1">' + inline("A1", "name") + '</row><row r="2">' + inline(f"{wide}2", "far") + '</row>'))
    write_zip("many_unreferenced_cells.xlsx", simple_rows(
        '<row r="1">' + "".join('<c><v>1</v></c>' for _ in range(1100)) + '</row>'))
    write_zip("bad_xml.xlsx", simple_rows(
        '<row r="1">' + inline("A1", "name") + '</row><row r="2"><c r="A2"><v>1</c></row>'))
    write_zip("bad_shared_index.xlsx", package(
        ["Sheet1"], ['<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>5</v></c></row>'],
        ["<t>name</t>"], None))
    write_zip("rows_out_of_order.xlsx", simple_rows(
        '<row r="1">' + inline("A1", "name") + '</row><row r="3">' + inline("A3", "b") + '</row>'
        '<row r="2">' + inline("A2", "a") + '</row>'))
    write_zip("bad_reference.xlsx", simple_rows(
        '<row r="1">' + inline("A1", "name") + '</row><row r="2">' + inline("2A", "x") + '</row>'))

    # Twenty thousand empty shared strings: no text, but an offset each.
    write_zip("empty_shared_strings.xlsx", package(
        ["Sheet1"], ['<row r="1"><c r="A1" t="s"><v>0</v></c></row>'], ["<t>name</t>"] + [""] * 20000, None))

    with open(os.path.join(HERE, "customers.xlsx"), "rb") as f:
        data = f.read()
    with open(os.path.join(HERE, "truncated.xlsx"), "wb") as f:
        f.write(data[: len(data) * 6 // 10])

    # The directory claims the cells part unpacks to 3 GB.
    path = write_zip("lying_size.xlsx", simple_rows('<row r="1">' + inline("A1", "name") + '</row>'))
    with open(path, "rb") as f:
        data = bytearray(f.read())
    name = b"xl/worksheets/sheet1.xml"
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        name_length = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46: at + 46 + name_length]) == name:
            struct.pack_into("<I", data, at + 24, 3 * 1024 * 1024 * 1024)
        at = data.find(b"PK\x01\x02", at + 4)
    with open(path, "wb") as f:
        f.write(data)


def fuzz_seeds(directory):
    os.makedirs(directory, exist_ok=True)
    names = ["customers", "dates1904", "unusual_package", "empty_sheet", "dtd_entity", "billion_laughs",
             "bad_shared_index", "bad_xml", "rows_out_of_order", "many_unreferenced_cells", "truncated",
             "lying_size", "missing_sheet"]
    for name in names:
        source = os.path.join(HERE, name + ".xlsx")
        with open(source, "rb") as f:
            data = f.read()
        with open(os.path.join(directory, name), "wb") as f:
            f.write(data)
        try:
            with zipfile.ZipFile(source) as z:
                parts = [(info.filename, z.read(info)) for info in z.infolist()]
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError):
            continue
        stored = os.path.join(directory, name + "_stored")
        with zipfile.ZipFile(stored, "w") as z:
            for part, content in parts:
                if part == "[Content_Types].xml":
                    continue  # not read: leave the fuzzer fewer bytes to wade through
                info = zipfile.ZipInfo(part, date_time=STAMP)
                info.compress_type = zipfile.ZIP_STORED
                z.writestr(info, content)
        with open(stored, "rb") as f:
            same = f.read() == data
        # scripts/fuzz.sh runs with -max_len=4096: longer seeds would be cut.
        if same or os.path.getsize(stored) > 4096:
            os.remove(stored)
    # Every kind of cell in few bytes, stored.
    sheet = ('<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>b</t>'
             '</r></is></c><c r="C1" t="s"><v>1</v></c></row><row r="3"><c r="A3" s="1"><v>45000.5</v></c>'
             '<c t="b"><v>1</v></c><c t="str"><v>s</v></c><c t="e"><v>#N/A</v></c><c t="d"><v>2024-01-02</v></c>'
             '<c r="F3" s="2"><v>1.5E-3</v></c><c s="3"><v>0.25</v></c></row></sheetData></worksheet>')
    sst = '<sst><si><t>name_x000D_</t></si><si><r><t>a</t></r><rPh><t>p</t></rPh></si></sst>'
    styles = ('<styleSheet><numFmts><numFmt numFmtId="164" formatCode="yyyy/mm/dd"/></numFmts><cellXfs><xf/>'
              '<xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="46"/></cellXfs></styleSheet>')
    wb = (f'<workbook {NS_R}><workbookPr date1904="1"/><sheets><sheet name="S" r:id="a"/><sheet name="T" r:id="b"/>'
          '</sheets></workbook>')
    rels = (f'<Relationships><Relationship Id="a" Type="/worksheet" Target="s.xml"/>'
            '<Relationship Id="b" Type="/worksheet" Target="../t.xml"/>'
            '<Relationship Id="c" Type="/sharedStrings" Target="sst.xml"/>'
            '<Relationship Id="d" Type="/styles" Target="/xl/st.xml"/></Relationships>')
    compact = os.path.join(directory, "compact_stored")
    with zipfile.ZipFile(compact, "w") as z:
        for part, content in [("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", rels), ("xl/s.xml", sheet),
                              ("t.xml", sheet), ("xl/sst.xml", sst), ("xl/st.xml", styles)]:
            info = zipfile.ZipInfo(part, date_time=STAMP)
            info.compress_type = zipfile.ZIP_STORED
            z.writestr(info, content)


if __name__ == "__main__":
    customers()
    dates1904()
    unusual_package()
    empty_sheet()
    malformed()
    if len(sys.argv) == 3 and sys.argv[1] == "--fuzz-seeds":
        fuzz_seeds(sys.argv[2])

"""Shared helpers for round r16 (re-renders of r11/r12 contents in other layouts)."""
import copy, hashlib, json, os, re, subprocess, shutil
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-r16"


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def dump(obj, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def soffice_pdf(src, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def nows(s):
    return re.sub(r"\s+", "", s or "")


def ws(s):
    s = re.sub(r"\s+", " ", s or "").strip()
    return s or None


class ReadBack:
    """Whole-document text with whitespace removed, with page offsets."""

    def __init__(self, pdf_path):
        self.text = ""
        self.starts = []
        with pdfplumber.open(pdf_path) as pdf:
            self.npages = len(pdf.pages)
            for p in pdf.pages:
                self.starts.append(len(self.text))
                self.text += nows(p.extract_text() or "")
        self.cursor = 0

    def page_of(self, pos):
        pg = 0
        for i, s in enumerate(self.starts):
            if s <= pos:
                pg = i
        return pg + 1

    def find(self, s, start=None, what=""):
        s = nows(s)
        pos = self.text.find(s, self.cursor if start is None else start)
        if pos < 0:
            raise AssertionError(f"read-back: {what!r} text {s[:60]!r} not found after {start or self.cursor}")
        return pos

    def unit(self, start_marker, cells, what="", end_marker=None):
        """Page span of one printed unit: starts at start_marker (after the cursor),
        ends where the last characters of the last-ending cell are."""
        p0 = self.find(start_marker, what=what)
        end = p0
        for c in cells:
            toks = (c or "").split()
            if not toks:
                continue
            # the cell's first and last words must be printed after the unit's start
            head, tail = toks[0], toks[-1]
            # a word may be broken after its hyphen by a narrow column
            if "-" in head.strip("-"):
                head = head.split("-")[0] + "-"
            if "-" in tail.strip("-"):
                tail = tail.split("-")[-1]
            self.find(head, p0, what)
            pe = self.find(tail, p0, what)
            for tk in toks:   # no word of the cell broken by the column width
                for part in (tk.split("-") if "-" in tk.strip("-") else [tk]):
                    if part:
                        self.find(part, p0, what + " word")
            end = max(end, pe)
        if end_marker:
            end = max(end, self.find(end_marker, p0, what))
        self.cursor = p0 + 1
        return self.page_of(p0), self.page_of(end)


def finish_truth(name, src_truth, records, pdf_path, about):
    t = {"schema": "perfextract/records@1",
         "_about": about,
         "source": {"path": os.path.basename(pdf_path),
                    "sha256": hashlib.sha256(open(pdf_path, "rb").read()).hexdigest(),
                    "pages": ReadBack(pdf_path).npages},
         "document": copy.deepcopy(src_truth["document"]),
         "indicators": records,
         "warnings": []}
    dump(t, os.path.join(HERE, name + ".truth.json"))
    return t


def check_fields(rec, printed, ctx):
    """printed: field -> text as this layout prints it; must equal the source truth."""
    for k, v in printed.items():
        v = ws(v) if isinstance(v, str) or v is None else v
        if rec.get(k) != v:
            raise AssertionError(f"{ctx}: field {k}: truth {rec.get(k)!r} vs printed {v!r}")

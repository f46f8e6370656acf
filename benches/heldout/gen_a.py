#!/usr/bin/env python3
"""Held-out corpus generator for the datareach scanner.

Writes CORPUS/files/**.txt|.log, truth.jsonl, decoys.jsonl, columns_truth.jsonl (empty), stats.json
in the same format as /work/shared/eval/corpus-dev.  Deterministic (fixed seed).

Spans are written inline as sentinels \x01TYPE\x02value\x03 (truth) or \x01~kind\x02value\x03 (decoy)
and converted to exact UTF-8 byte offsets when the file is written.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter
import random

SEED = 20250917
OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/datareach-heldout/a"
R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def E(typ, val):
    return "\x01%s\x02%s\x03" % (typ, val)


def D(kind, val):
    return "\x01~%s\x02%s\x03" % (kind, val)


# ----------------------------------------------------------------------------------------- validators
def luhn_ok(s):
    s = re.sub(r"\D", "", s)
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_check_digit(payload):
    for c in "0123456789":
        if luhn_ok(payload + c):
            return c


def card_ok(s):
    d = re.sub(r"[ -]", "", s)
    if not d.isdigit() or not luhn_ok(d):
        return False
    n = len(d)
    if d[0] == "4":
        return n == 16
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720:
        return n == 16
    if d[:2] in ("34", "37"):
        return n == 15
    if d.startswith("6011") or d.startswith("65"):
        return n == 16
    return False


IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "NL": 18, "IT": 27, "BE": 16, "CH": 21}


def iban_mod(s):
    s = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


def iban_ok(s):
    s = s.replace(" ", "")
    return s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]] and s[2:4].isdigit() and iban_mod(s) == 1


ABA_PREFIXES = [p for p in range(1, 13)] + list(range(21, 33)) + list(range(61, 73)) + [80]


def aba_ok(s):
    if not re.fullmatch(r"\d{9}", s) or int(s[:2]) not in ABA_PREFIXES:
        return False
    d = [int(c) for c in s]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def npi_ok(s):
    return re.fullmatch(r"[12]\d{9}", s) is not None and luhn_ok("80840" + s)


def dea_ok(s, surname_initial=None):
    if not re.fullmatch(r"[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}", s):
        return False
    d = [int(c) for c in s[2:]]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return chk == d[6] and (surname_initial is None or s[1] == surname_initial)


def nhs_ok(s):
    d = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{10}", d):
        return False
    tot = sum(int(d[i]) * (10 - i) for i in range(9))
    c = 11 - tot % 11
    if c == 11:
        c = 0
    return c != 10 and c == int(d[9])


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


ITIN_GROUPS = set(range(50, 66)) | set(range(70, 89)) | {90, 91, 92} | set(range(94, 100))


def itin_ok(s):
    m = re.fullmatch(r"(9\d{2})[- ]?(\d{2})[- ]?(\d{4})", s)
    return bool(m) and int(m.group(2)) in ITIN_GROUPS


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi_ok(s):
    s = s.replace("-", "")
    if len(s) != 11:
        return False
    A, N, AN = MBI_ALPHA, "0123456789", "0123456789" + MBI_ALPHA
    rules = ["123456789", A, AN, N, A, AN, N, A, A, N, N]
    return all(c in r for c, r in zip(s, rules))


EIN_PREFIXES = ([1, 2, 3, 4, 5, 6] + list(range(10, 17)) + list(range(20, 28)) + list(range(30, 49)) +
                list(range(50, 69)) + list(range(71, 78)) + list(range(80, 89)) + list(range(90, 96)) + [98, 99])


def ein_ok(s):
    m = re.fullmatch(r"(\d{2})-?(\d{7})", s)
    return bool(m) and int(m.group(1)) in EIN_PREFIXES


def ipv4_public_ok(s):
    p = s.split(".")
    if len(p) != 4 or not all(x.isdigit() and 0 <= int(x) <= 255 and str(int(x)) == x for x in p):
        return False
    a, b, c = int(p[0]), int(p[1]), int(p[2])
    if a in (0, 10, 127) or a >= 224 or (a == 169 and b == 254) or (a == 172 and 16 <= b <= 31):
        return False
    if (a == 192 and b == 168) or (a == 100 and 64 <= b <= 127):
        return False
    if (a, b, c) in ((192, 0, 2), (198, 51, 100), (203, 0, 113)) or (a == 198 and b in (18, 19)):
        return False
    return True


# ----------------------------------------------------------------------------------------- generators
def gen_card(brand=None):
    brand = brand or ch(["visa", "visa", "visa", "mc", "mc", "mc2", "amex", "amex", "disc", "disc65"])
    if brand == "visa":
        pre, n = "4" + digits(1), 16
    elif brand == "mc":
        pre, n = str(R.randint(51, 55)), 16
    elif brand == "mc2":
        pre, n = str(R.randint(2221, 2720)), 16
    elif brand == "amex":
        pre, n = ch(["34", "37"]), 15
    elif brand == "disc":
        pre, n = "6011", 16
    else:
        pre, n = "65", 16
    body = pre + digits(n - len(pre) - 1)
    num = body + luhn_check_digit(body)
    assert card_ok(num) and num not in ("4111111111111111", "5555555555554444", "378282246310005")
    return num


def bad_card():
    while True:
        good = gen_card()
        last = str((int(good[-1]) + R.randint(1, 9)) % 10)
        num = good[:-1] + last
        if not luhn_ok(num):
            return num


def fmt_card(num, style=None):
    style = style or ch(["space", "space", "dash", "plain"])
    if style == "plain":
        return num
    sep = " " if style == "space" else "-"
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def iban_from_bban(cc, bban, good=True):
    chk = 98 - iban_mod(cc + "00" + bban)
    if not good:
        while True:
            wrong = R.randint(2, 98)
            if wrong != chk:
                chk = wrong
                break
    return "%s%02d%s" % (cc, chk, bban)


def fr_rib_key(bank, branch, acct):
    return "%02d" % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)


def es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * x for c, x in zip(ten, w)) % 11
    return {11: 0, 10: 1}.get(d, d)


def nl_account():
    while True:
        a = digits(10)
        if a[0] != "0" and sum(int(c) * (10 - i) for i, c in enumerate(a)) % 11 == 0:
            return a


def gen_bban(cc):
    L = lambda n: "".join(ch("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))
    if cc == "DE":
        return ch(["10070000", "20041111", "50010517", "37040044", "60050101", "70020270", "12030000"]) + digits(10)
    if cc == "GB":
        return ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "CLRB"]) + digits(6) + digits(8)
    if cc == "FR":
        bank, branch, acct = ch(["30004", "30003", "10278", "20041", "30066", "18206"]), digits(5), digits(11)
        return bank + branch + acct + fr_rib_key(bank, branch, acct)
    if cc == "ES":
        bank, branch, acct = ch(["2100", "0049", "0182", "0081", "2038", "0128"]), digits(4), digits(10)
        return bank + branch + str(es_dc("00" + bank + branch)) + str(es_dc(acct)) + acct
    if cc == "NL":
        return ch(["INGB", "ABNA", "RABO", "TRIO", "SNSB", "ASNB"]) + nl_account()
    if cc == "IT":
        return L(1) + ch(["03069", "02008", "05034", "03062", "01030"]) + digits(5) + digits(12)
    if cc == "BE":
        b10 = ch(["001", "068", "310", "363", "539", "735"]) + digits(7)
        c = int(b10) % 97 or 97
        return b10 + "%02d" % c
    if cc == "CH":
        return ch(["00762", "00230", "00700", "08390"]) + digits(12)
    raise ValueError(cc)


def gen_iban(cc=None, good=True):
    cc = cc or ch(list(IBAN_LEN))
    ib = iban_from_bban(cc, gen_bban(cc), good)
    assert len(ib) == IBAN_LEN[cc]
    assert iban_ok(ib) == good
    return ib


def fmt_iban(ib, style=None):
    style = style or ch(["group", "group", "plain"])
    if style == "plain":
        return ib
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))


BICS = {
    "DE": ["DEUTDEFF", "COBADEFFXXX", "MARKDEF1100", "GENODEM1GLS", "BYLADEMM", "SOLADEST600"],
    "GB": ["NWBKGB2L", "BARCGB22", "LOYDGB2LXXX", "HBUKGB4B", "MIDLGB22"],
    "FR": ["BNPAFRPP", "SOGEFRPPXXX", "CRLYFRPP", "AGRIFRPP882", "CCBPFRPPMTG"],
    "ES": ["CAIXESBBXXX", "BBVAESMM", "BSCHESMMXXX", "POPUESMM", "CECAESMM100"],
    "NL": ["INGBNL2A", "ABNANL2A", "RABONL2UXXX", "TRIONL2U", "SNSBNL2A"],
    "IT": ["UNCRITMM", "BCITITMMXXX", "BPMOIT22", "CRPPIT2P086", "BNLIITRR"],
    "BE": ["GEBABEBB", "KREDBEBB", "BBRUBEBB", "GKCCBEBB"],
    "CH": ["UBSWCHZH80A", "CRESCHZZ80A", "ZKBKCHZZ80A", "POFICHBEXXX"],
    "US": ["CHASUS33", "BOFAUS3N", "CITIUS33", "WFBIUS6S", "PNCCUS33"],
}


BANK_BIC = {"INGB": "INGBNL2A", "ABNA": "ABNANL2A", "RABO": "RABONL2U", "TRIO": "TRIONL2U", "SNSB": "SNSBNL2A", "ASNB": "ASNBNL21",
            "NWBK": "NWBKGB2L", "BARC": "BARCGB22", "LOYD": "LOYDGB2L", "HBUK": "HBUKGB4B", "MIDL": "MIDLGB22", "CLRB": "CLRBGB22"}


def bic_for(iban):
    ib = iban.replace(" ", "")
    return BANK_BIC.get(ib[4:8]) or ch(BICS[ib[:2]])


def gen_aba(good=True):
    while True:
        pre = "%02d" % ch(ABA_PREFIXES)
        s = pre + digits(6)
        for c in "0123456789":
            cand = s + c
            if aba_ok(cand) == good:
                if good or (cand[:2] != "00"):
                    return cand


def gen_npi():
    base = ch("12") + digits(8)
    n = base + luhn_check_digit("80840" + base)
    assert npi_ok(n)
    return n


def bad_npi():
    while True:
        n = ch("12") + digits(9)
        if not npi_ok(n) and not nhs_ok(n) and not aba_ok(n[:9]):
            return n


def fold(s):
    s = s.replace("đ", "d").replace("Đ", "D").replace("ß", "ss").replace("ø", "o")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def gen_dea(surname):
    ini = fold(surname).strip()[0].upper()
    d = [R.randrange(10) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    v = ch("ABFGM") + ini + "".join(map(str, d)) + str(chk)
    assert dea_ok(v, ini)
    return v


def gen_nhs(good=True):
    while True:
        b = str(R.randint(4, 9)) + digits(8)
        tot = sum(int(b[i]) * (10 - i) for i in range(9))
        c = 11 - tot % 11
        c = 0 if c == 11 else c
        if c == 10:
            continue
        if good:
            v = b + str(c)
        else:
            v = b + str((c + R.randint(1, 9)) % 10)
            if nhs_ok(v) or npi_ok(v):
                continue
        assert nhs_ok(v) == good
        return v


def fmt_nhs(v):
    return ch([v[:3] + " " + v[3:6] + " " + v[6:], v[:3] + " " + v[3:6] + " " + v[6:], v, v[:3] + "-" + v[3:6] + "-" + v[6:]])


BAD_SSN = {"123456789", "078051120", "219099999", "457555462"}


def gen_ssn(sep="-"):
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        v = "%03d%s%02d%s%04d" % (a, sep, R.randint(1, 99), sep, R.randint(1, 9999))
        if re.sub(r"\D", "", v) not in BAD_SSN and ssn_ok(v):
            return v


def ssn_bad_area():
    a = ch(["000", "666", "9%02d" % R.randint(0, 99)])
    g = ch([x for x in range(1, 100) if x not in ITIN_GROUPS]) if a[0] == "9" else R.randint(1, 99)
    return "%s-%02d-%04d" % (a, g, R.randint(1, 9999))


def ssn_bad_group():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            return "%03d-00-%04d" % (a, R.randint(1, 9999))


def gen_itin():
    v = "9%02d-%02d-%04d" % (R.randint(0, 99), ch(sorted(ITIN_GROUPS)), R.randint(1, 9999))
    assert itin_ok(v) and not ssn_ok(v)
    return v


def gen_mbi(dashed=False):
    A, N = MBI_ALPHA, "0123456789"
    AN = N + A
    rules = ["123456789", A, AN, N, A, AN, N, A, A, N, N]
    v = "".join(ch(r) for r in rules)
    assert mbi_ok(v)
    return v[:4] + "-" + v[4:7] + "-" + v[7:] if dashed else v


def gen_ein():
    v = "%02d-%07d" % (ch(EIN_PREFIXES), R.randint(0, 9999999))
    assert ein_ok(v)
    return v


def gen_ipv4():
    while True:
        a = ch([23, 24, 31, 34, 35, 37, 46, 52, 54, 62, 66, 71, 73, 77, 81, 84, 89, 91, 98, 104, 109, 128, 137,
                141, 146, 151, 152, 157, 162, 173, 176, 178, 185, 188, 194, 195, 212, 213, 217])
        v = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if ipv4_public_ok(v):
            return v


def gen_ipv6():
    pre = ch(["2a02:8108", "2600:1700", "2a01:cb00", "2001:1c00", "2a00:23c6", "2604:a880", "2a03:2880", "2001:4860"])
    groups = ["%x" % R.randint(0, 0xffff) for _ in range(6)]
    if R.random() < 0.4:
        return pre + ":" + ":".join(groups[:2]) + "::" + groups[5]
    return pre + ":" + ":".join(groups)


def gen_passport():
    return ch([str(R.randint(1, 9)) + digits(8), ch("ACEFHJKLMNPX") + digits(8)])


def gen_dl():
    st = ch(["CA", "NY", "FL", "TX", "IL", "PA", "NJ", "MI", "OH", "AZ", "WA", "GA", "MA"])
    L = lambda: ch("ABCDEFGHJKLMNPRSTWY")
    v = {
        "CA": lambda: L() + digits(7),
        "NY": lambda: ch([digits(9), digits(3) + " " + digits(3) + " " + digits(3)]),
        "FL": lambda: L() + digits(3) + "-" + digits(3) + "-" + digits(2) + "-" + digits(3) + "-" + digits(1),
        "TX": lambda: str(R.randint(1, 4)) + digits(7),
        "IL": lambda: L() + digits(3) + "-" + digits(4) + "-" + digits(4),
        "PA": lambda: digits(2) + " " + digits(3) + " " + digits(3),
        "NJ": lambda: L() + digits(4) + " " + digits(5) + " " + digits(5),
        "MI": lambda: L() + " " + digits(3) + " " + digits(3) + " " + digits(3) + " " + digits(3),
        "OH": lambda: L() + L() + digits(6),
        "AZ": lambda: L() + digits(8),
        "WA": lambda: "WDL" + "".join(ch("ABCDEFGHJKLMNPRSTWXYZ0123456789") for _ in range(9)),
        "GA": lambda: "0" + digits(8),
        "MA": lambda: "S" + digits(8),
    }[st]()
    return st, v


ICD = [
    ("E11.9", "type 2 diabetes mellitus without complications"), ("E11.65", "type 2 diabetes with hyperglycemia"),
    ("E78.5", "hyperlipidemia, unspecified"), ("I10", "essential (primary) hypertension"),
    ("I25.10", "atherosclerotic heart disease of native coronary artery"), ("I48.91", "unspecified atrial fibrillation"),
    ("I50.9", "heart failure, unspecified"), ("J44.1", "COPD with acute exacerbation"),
    ("J45.909", "unspecified asthma, uncomplicated"), ("J18.9", "pneumonia, unspecified organism"),
    ("N18.30", "chronic kidney disease stage 3 unspecified"), ("N39.0", "urinary tract infection, site not specified"),
    ("K21.9", "gastro-esophageal reflux disease without esophagitis"), ("K57.30", "diverticulosis of large intestine"),
    ("M54.5", "low back pain"), ("M17.11", "unilateral primary osteoarthritis, right knee"),
    ("F32.A", "depression, unspecified"), ("F41.1", "generalized anxiety disorder"),
    ("G47.33", "obstructive sleep apnea"), ("R07.9", "chest pain, unspecified"), ("R51.9", "headache, unspecified"),
    ("Z79.4", "long term (current) use of insulin"), ("E66.9", "obesity, unspecified"),
    ("D64.9", "anemia, unspecified"), ("L03.115", "cellulitis of right lower limb"),
    ("S52.501A", "unspecified fracture of the lower end of right radius, initial encounter"),
    ("A41.9", "sepsis, unspecified organism"), ("C50.911", "malignant neoplasm of unspecified site of right female breast"),
    ("O24.419", "gestational diabetes mellitus in pregnancy, unspecified control"), ("H40.1131", "primary open-angle glaucoma, bilateral, mild stage"),
    ("E03.9", "hypothyroidism, unspecified"), ("K35.80", "unspecified acute appendicitis"), ("R10.31", "right lower quadrant pain"),
    ("N17.9", "acute kidney failure, unspecified"), ("E87.1", "hypo-osmolality and hyponatremia"), ("I63.9", "cerebral infarction, unspecified"),
]


def icd():
    return ch(ICD)


# ----------------------------------------------------------------------------------------- people
NAMES = {
    "anglo": (["James", "Emily", "Michael", "Sarah", "Robert", "Hannah", "Daniel", "Megan", "Thomas", "Rachel", "Brian",
               "Kathleen", "Graham", "Courtney", "Wesley", "Abigail", "Nathaniel", "Brooke"],
              ["Whitaker", "Sullivan", "Holloway", "Prescott", "Bennett", "Gallagher", "Fitzgerald", "Thornton",
               "Caldwell", "Merriweather", "Ashford", "Kowalczyk", "McAllister", "Pennington", "Radcliffe", "Dunmore"]),
    "hispanic": (["Alejandro", "Guadalupe", "Ximena", "Joaquín", "Mariana", "Santiago", "Lucía", "Rodrigo", "Itzel",
                  "Marisol", "Esteban", "Yesenia"],
                 ["Villanueva", "Ibarra", "Cárdenas", "Montoya", "Zúñiga", "Echeverría", "Salinas", "Quintero",
                  "Peña", "Arellano", "Bustamante", "Olvera"]),
    "german": (["Jürgen", "Annika", "Matthias", "Friederike", "Lukas", "Sabine", "Tobias", "Henrike", "Ulrich", "Svenja"],
               ["Schäfer", "Brandt", "Köhler", "Weißmann", "Zimmermann", "Hoffmann", "Krüger", "Vogt", "Leinweber", "Dreßler"]),
    "french": (["Amélie", "Benoît", "Clémence", "Étienne", "Margaux", "Thibault", "Océane", "Grégoire", "Anne-Sophie", "Loïc"],
               ["Lefèvre", "Moreau", "Dubois", "Fontaine", "Girard", "Rousseau", "Chevalier", "Bérard", "Marchand", "Lacroix"]),
    "nigerian": (["Chidinma", "Oluwaseun", "Ngozi", "Emeka", "Adaeze", "Babatunde", "Folasade", "Ikechukwu", "Temitope", "Chinonso"],
                 ["Okafor", "Adeyemi", "Nwosu", "Eze", "Balogun", "Okonkwo", "Olawale", "Chukwu", "Adebayo", "Ogunleye"]),
    "indian": (["Priya", "Arjun", "Ananya", "Vikram", "Lakshmi", "Rohan", "Deepika", "Siddharth", "Kavitha", "Harpreet"],
               ["Raghunathan", "Iyer", "Chatterjee", "Malhotra", "Venkatesan", "Deshpande", "Banerjee", "Krishnamurthy", "Gill", "Nair"]),
    "chinese": (["Wei", "Xiaoling", "Jianhua", "Mei", "Haoran", "Yuting", "Zhiwei", "Lihua", "Jun", "Shuang"],
                ["Zhang", "Liu", "Chen", "Huang", "Zhou", "Xu", "Sun", "Guo", "Tang", "Feng"]),
    "vietnamese": (["Thị Lan", "Văn Minh", "Quang Huy", "Ngọc Anh", "Đức Thắng", "Thu Trang", "Hoàng Nam", "Bảo Châu"],
                   ["Nguyễn", "Trần", "Phạm", "Lê", "Hoàng", "Võ", "Đặng", "Bùi"]),
    "italian": (["Giulia", "Alessandro", "Chiara", "Lorenzo", "Francesca", "Matteo", "Beatrice", "Niccolò"],
                ["Esposito", "Ricci", "Marchetti", "Colombo", "Bianchi", "De Luca", "Ferraro", "Galli"]),
    "dutch": (["Sanne", "Jeroen", "Femke", "Bram", "Lotte", "Daan", "Maaike", "Joris"],
              ["van den Berg", "de Vries", "Jansen", "Bakker", "Visser", "van Dijk", "Smit", "Mulder"]),
    "spanish": (["Nuria", "Javier", "Pilar", "Iñaki", "Montserrat", "Álvaro", "Rocío", "Jordi"],
                ["García Llorente", "Fernández", "Ruiz Ortega", "Navarro", "Castells", "Domínguez", "Sáez", "Vidal"]),
    "other": (["Yasmin", "Omar", "Ji-woo", "Katarzyna", "Aleksandr", "Fatima", "Kwame", "Ingrid", "Tomasz", "Leilani"],
              ["Haddad", "Farouk", "Park", "Wiśniewska", "Volkov", "Rahimi", "Mensah", "Lindqvist", "Nowak", "Kahananui"]),
}
US_MIX = ["anglo"] * 5 + ["hispanic"] * 3 + ["nigerian", "indian", "indian", "chinese", "vietnamese", "other", "other", "german", "french", "italian"]


class Person:
    def __init__(self, culture=None):
        self.culture = culture = culture or ch(US_MIX)
        firsts, lasts = NAMES[culture]
        self.first, self.last = ch(firsts), ch(lasts)
        if culture == "vietnamese":
            self.full = "%s %s" % (self.last, self.first)
        elif culture == "chinese" and R.random() < 0.4:
            self.full = "%s %s" % (self.last, self.first)
        elif culture in ("anglo", "nigerian") and R.random() < 0.25:
            self.full = "%s %s. %s" % (self.first, ch("ABCDEFGJKLMRST"), self.last)
        else:
            self.full = "%s %s" % (self.first, self.last)

    def email(self, domain=None):
        f = re.sub(r"[^a-z]", "", fold(self.first).lower())
        l = re.sub(r"[^a-z]", "", fold(self.last).lower())
        local = ch(["%s.%s" % (f, l), f[0] + l, "%s%s%d" % (f, l, R.randint(1, 99)), "%s_%s" % (f, l[0]),
                    "%s.%s" % (l, f), "%s%d" % (f, R.randint(70, 2005))])
        if domain is None:
            domain = ch({
                "german": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"],
                "french": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com"],
                "italian": ["libero.it", "tiscali.it", "virgilio.it", "gmail.com"],
                "dutch": ["ziggo.nl", "kpnmail.nl", "xs4all.nl", "gmail.com"],
                "spanish": ["telefonica.net", "yahoo.es", "hotmail.es", "gmail.com"],
            }.get(self.culture, ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "aol.com",
                                 "hotmail.com", "comcast.net", "att.net"]))
        return "%s@%s" % (local, domain)


def person(c=None):
    return Person(c)


# ----------------------------------------------------------------------------------------- phones
US_AREAS = [212, 312, 415, 617, 713, 206, 303, 404, 503, 602, 614, 702, 718, 773, 786, 818, 919, 952, 512, 971,
            470, 646, 929, 872, 469, 628, 267, 414, 505, 615, 720, 813, 860, 901]


def us_phone(style=None):
    a = ch(US_AREAS)
    while True:
        ex = R.randint(201, 989)
        if ex != 555 and ex % 100 != 11:
            break
    ln = "%04d" % R.randint(0, 9999)
    style = style or ch(["paren", "paren", "dash", "dash", "dot", "plus", "plusdash", "one"])
    return {"paren": "(%d) %d-%s", "dash": "%d-%d-%s", "dot": "%d.%d.%s", "plus": "+1 %d %d %s",
            "plusdash": "+1-%d-%d-%s", "one": "1 (%d) %d-%s"}[style] % (a, ex, ln)


def tollfree():
    return "1-%s-%d-%s" % (ch(["800", "888", "877", "866"]), R.randint(220, 989), digits(4))


def uk_phone():
    k = R.random()
    if k < 0.4:
        return "+44 20 %s %s" % (ch(["3", "8"]) + digits(3), digits(4))
    if k < 0.7:
        return "0%s %s" % (ch(["7911", "7723", "7852", "7480", "7538"]), digits(6))
    return "+44 %s %s %s" % (ch(["161", "121", "131", "117"]), R.randint(230, 899), digits(4))


def de_phone():
    return ch(["+49 30 %s" % digits(8), "+49 89 %s %s" % (digits(4), digits(4)), "0171 %s" % digits(7),
               "+49 (0)221 %s" % digits(6), "030/%s" % digits(8), "+49 152 %s %s" % (digits(4), digits(4)), "069 %s-%s" % (digits(4), digits(2))])


def fr_phone():
    p = lambda: " ".join(digits(2) for _ in range(4))
    return ch(["+33 1 %s" % p(), "06 %s" % p(), "07 %s" % p(), "+33 (0)6 %s" % p(), "04.%s" % ".".join(digits(2) for _ in range(4))])


def es_phone():
    return ch(["+34 91 %s %s %s" % (digits(3), digits(2), digits(2)), "6%s %s %s" % (digits(2), digits(3), digits(3)),
               "+34 6%s %s %s" % (digits(2), digits(3), digits(3)), "93 %s %s %s" % (digits(3), digits(2), digits(2))])


def nl_phone():
    return ch(["+31 20 %s %s" % (digits(3), digits(4)), "06-%s" % digits(8), "+31 6 %s %s" % (digits(4), digits(4)), "010 %s %s" % (digits(3), digits(4))])


def it_phone():
    return ch(["+39 06 %s %s" % (digits(4), digits(4)), "3%s %s %s" % (ch(["47", "33", "28", "91"]), digits(3), digits(4)),
               "+39 02 %s" % digits(7), "+39 3%s %s" % (ch(["47", "35"]), digits(7))])


def ch_phone():
    return "+41 44 %s %s %s" % (digits(3), digits(2), digits(2))


def be_phone():
    return "+32 2 %s %s %s" % (digits(3), digits(2), digits(2))


# ----------------------------------------------------------------------------------------- addresses
US_STREETS = ["Maple Ridge", "Juniper", "Sycamore", "Dorchester", "Wabash", "Kingsley", "Ridgecrest", "Old Mill",
              "Cedar Hollow", "Larkspur", "Harborview", "Quail Run", "Briarwood", "Tamarack", "Cottonwood", "Lakeshore",
              "Pinecrest", "Marigold", "Stonebridge", "Bayberry", "Fairmount", "Chestnut Hill", "Alder Creek", "Willowbrook"]
US_SUFFIX = ["St", "Street", "Ave", "Avenue", "Blvd", "Dr", "Drive", "Ln", "Lane", "Rd", "Road", "Ct", "Way", "Pkwy", "Terrace", "Pl", "Circle"]
US_CITIES = [("Columbus", "OH", "432"), ("Tucson", "AZ", "857"), ("Raleigh", "NC", "276"), ("Sacramento", "CA", "958"),
             ("Aurora", "CO", "800"), ("Jersey City", "NJ", "073"), ("Madison", "WI", "537"), ("Boise", "ID", "837"),
             ("Chattanooga", "TN", "374"), ("Spokane", "WA", "992"), ("Dayton", "OH", "454"), ("El Paso", "TX", "799"),
             ("Evanston", "IL", "602"), ("Rochester", "NY", "146"), ("Savannah", "GA", "314"), ("Worcester", "MA", "016"),
             ("Tampa", "FL", "336"), ("Reno", "NV", "895"), ("Ann Arbor", "MI", "481"), ("Allentown", "PA", "181")]


def us_street():
    num = str(R.choice([R.randint(2, 99), R.randint(100, 999), R.randint(1000, 9999), R.randint(10000, 29999)]))
    pre = ch(["", "", "", "N ", "S ", "E ", "W "])
    s = "%s %s%s %s" % (num, pre, ch(US_STREETS), ch(US_SUFFIX))
    r = R.random()
    if r < 0.15:
        s += ", Apt %d%s" % (R.randint(1, 30), ch("ABCDEF"))
    elif r < 0.25:
        s += " Suite %d" % R.randint(100, 950)
    elif r < 0.32:
        s += " #%d" % R.randint(2, 420)
    elif r < 0.37:
        s += " Unit %d" % R.randint(1, 60)
    return s


def us_cityline():
    c, st, z = ch(US_CITIES)
    return "%s, %s %s%s" % (c, st, z, digits(2))


def uk_street():
    s = "%d %s %s" % (R.randint(1, 180), ch(["Clarendon", "Abbey", "Hawthorn", "Beaconsfield", "St Mary's", "Elmhurst", "Victoria", "Moorland"]),
                      ch(["Road", "Gardens", "Crescent", "Lane", "Close", "Street", "Avenue", "Mews"]))
    if R.random() < 0.3:
        s = "Flat %d, %s" % (R.randint(1, 24), s)
    return s


def uk_cityline():
    return ch(["Leeds LS6 %d%s" % (R.randint(1, 9), ch(["AB", "HQ", "DT", "NW"])), "Bristol BS8 %d%s" % (R.randint(1, 9), ch(["RA", "PL", "EJ"])),
               "Manchester M14 %d%s" % (R.randint(1, 9), ch(["LY", "GS", "QA"])), "London N16 %d%s" % (R.randint(1, 9), ch(["TB", "XJ", "HE"])),
               "Norwich NR2 %d%s" % (R.randint(1, 9), ch(["UF", "DW"]))])


def de_street():
    return "%s %d%s" % (ch(["Lindenstraße", "Kastanienallee", "Am Hopfengarten", "Schillerstr.", "Bahnhofstraße", "Rosenweg",
                            "Goethestraße", "Industriestr.", "Auf der Heide", "Mühlenkamp", "Kurfürstendamm"]),
                       R.randint(1, 140), ch(["", "", "", "a", "b"]))


def de_cityline():
    return ch(["%s Berlin" % ch(["10115", "10247", "12043"]), "%s München" % ch(["80331", "81667"]), "%s Köln" % ch(["50667", "50823"]),
               "%s Hamburg" % ch(["20095", "22765"]), "%s Leipzig" % ch(["04109", "04277"]), "%s Freiburg im Breisgau" % "79098"])


def fr_street():
    return "%s%s %s" % (R.randint(1, 120), ch(["", "", ",", " bis", " ter"]),
                        ch(["rue des Lilas", "avenue Jean-Jaurès", "boulevard Voltaire", "rue de la République", "allée des Tilleuls",
                            "impasse du Moulin", "place Bellecour", "rue Sainte-Catherine", "chemin des Vignes"]))


def fr_cityline():
    return ch(["69003 Lyon", "75011 Paris", "33000 Bordeaux", "31400 Toulouse", "13006 Marseille", "44000 Nantes", "67000 Strasbourg"])


def es_street():
    return "%s %d, %s" % (ch(["Calle de Alcalá", "Avda. de la Constitución", "Calle Mayor", "Paseo de Gracia", "Calle Serrano",
                              "Rambla de Catalunya", "Calle San Vicente Mártir", "Plaza del Pilar"]),
                          R.randint(1, 240), ch(["3º B", "1º izda.", "4º 2ª", "bajo", "2º D", "5º A"]))


def es_cityline():
    return ch(["28014 Madrid", "08008 Barcelona", "46002 Valencia", "41001 Sevilla", "50003 Zaragoza", "48001 Bilbao"])


def nl_street():
    return "%s %d%s" % (ch(["Keizersgracht", "Van Woustraat", "Oudegracht", "Lange Voorhout", "Witte de Withstraat",
                            "Hoogstraat", "Vondelstraat", "Prinsengracht", "Nieuwe Binnenweg"]),
                        R.randint(1, 400), ch(["", "", "-2", " A", "-hs", " bis"]))


def nl_cityline():
    return ch(["1017 RD Amsterdam", "3512 JE Utrecht", "2514 EA Den Haag", "3014 GR Rotterdam", "9711 LM Groningen", "5611 AZ Eindhoven"])


def it_street():
    return "%s %d%s" % (ch(["Via Garibaldi", "Corso Vittorio Emanuele II", "Via dei Mille", "Viale Monza", "Piazza Santo Stefano",
                            "Via della Spiga", "Via Roma", "Lungarno Corsini", "Via San Gregorio Armeno"]),
                        R.randint(1, 200), ch(["", "", "/A", " int. 5", ", scala B"]))


def it_cityline():
    return ch(["00186 Roma (RM)", "20121 Milano (MI)", "50123 Firenze (FI)", "80138 Napoli (NA)", "40126 Bologna (BO)", "10123 Torino (TO)"])


# ----------------------------------------------------------------------------------------- dates
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
}


def rdate(y0, y1):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28 if m == 2 else 30)
    return y, m, d


def fmt_date(y, m, d, loc="us", style=None):
    if loc == "us":
        style = style or ch(["mdy", "mdy", "iso", "long", "short", "mdy1", "dmy_long"])
        return {"mdy": "%02d/%02d/%d" % (m, d, y), "mdy1": "%d/%d/%d" % (m, d, y), "iso": "%d-%02d-%02d" % (y, m, d),
                "long": "%s %d, %d" % (MONTHS_EN[m - 1], d, y), "short": "%s %d %d" % (MONTHS_EN[m - 1][:3], d, y),
                "dmy_long": "%d %s %d" % (d, MONTHS_EN[m - 1], y)}[style]
    if loc == "uk":
        return ch(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS_EN[m - 1], y), "%d %s %d" % (d, MONTHS_EN[m - 1][:3], y)])
    if loc == "de":
        return ch(["%02d.%02d.%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y), "%d. %s %d" % (d, MONTHS["de"][m - 1], y)])
    if loc == "fr":
        return ch(["%02d/%02d/%d" % (d, m, y), "%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS["fr"][m - 1], y)])
    if loc == "es":
        return ch(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%d" % (d, m, y), "%d de %s de %d" % (d, MONTHS["es"][m - 1], y)])
    if loc == "nl":
        return ch(["%02d-%02d-%d" % (d, m, y), "%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, MONTHS["nl"][m - 1], y)])
    if loc == "it":
        return ch(["%02d/%02d/%d" % (d, m, y), "%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS["it"][m - 1], y)])
    raise ValueError(loc)


def dob(loc="us", style=None):
    return fmt_date(*rdate(1938, 2005), loc=loc, style=style)


def recent(loc="us", style=None):
    return fmt_date(*rdate(2024, 2026), loc=loc, style=style)


def iso_ts():
    y, m, d = rdate(2025, 2026)
    return "%d-%02d-%02dT%02d:%02d:%02d%s" % (y, m, d, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), ch(["Z", ".%03dZ" % R.randint(0, 999), "+00:00"]))


# ----------------------------------------------------------------------------------------- noise / decoy values
def uuid():
    h = "".join(ch("0123456789abcdef") for _ in range(32))
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], ch("89ab"), h[17:20], h[20:32])


def sha1():
    return "".join(ch("0123456789abcdef") for _ in range(40))


def short_sha():
    while True:
        s = "".join(ch("0123456789abcdef") for _ in range(ch([7, 8, 10])))
        if re.search(r"[a-f]", s) and re.search(r"\d", s):
            return s


def epoch_ms():
    return str(R.randint(1_704_067_200_000, 1_798_761_600_000))


def order_id():
    return ch(["ORD-%s" % digits(7), "PO-%s-%s" % (R.randint(2024, 2026), digits(5)), "SO%s" % digits(8), "#%s" % digits(6),
               "WEB-%s-%s" % ("".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)), digits(5))])


def invoice_no():
    return ch(["INV-%s-%s" % (R.randint(2024, 2026), digits(5)), "RE-%s" % digits(8), "FAC-%s/%s" % (R.randint(2024, 2026), digits(4)), "BILL%s" % digits(7)])


def tracking():
    return ch(["1Z%s%s" % ("".join(ch("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)), digits(10)),
               "9400 1%s %s %s %s %s" % (digits(3), digits(4), digits(4), digits(4), digits(2)),
               "JD01460%s" % digits(11), "%s%sDE" % ("".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), digits(9))])


def part_no():
    return ch(["PN %s-%s-%s" % (digits(4), digits(3), ch("ABCDEFG") + digits(2)), "SKU-%s-%s" % ("".join(ch("ABCDEFGHJK") for _ in range(3)), digits(6)),
               "%s-%s-%s" % (digits(3), digits(4), digits(3)), "MPN %s%s" % ("".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)), digits(7))])


def version():
    return ch(["v%d.%d.%d" % (R.randint(1, 14), R.randint(0, 40), R.randint(0, 99)), "%d.%d.%d-rc%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 9), R.randint(1, 4)),
               "10.0.%d.%d" % (R.randint(17000, 22631), R.randint(1000, 4999)), "build %d.%d.%d.%d" % (R.randint(2019, 2026), R.randint(1, 12), R.randint(300, 999), R.randint(1000, 9999)),
               "v%d.%d.%d-beta.%d" % (R.randint(1, 9), R.randint(0, 30), R.randint(0, 30), R.randint(1, 12))])


def ticket_no():
    return ch(["%s-%s-%s" % (digits(4), digits(3), digits(4)), "CS%s-%s" % (digits(6), digits(4)), "INC%s" % digits(7), "%d-%s-%s" % (R.randint(2024, 2026), digits(4), digits(4))])


def amount(cur="$", lo=5, hi=2500):
    v = R.randint(lo, hi) + R.randint(0, 99) / 100
    if cur == "$":
        return "$%s" % format(v, ",.2f")
    return ("%s %s" % (format(v, ",.2f").replace(",", "X").replace(".", ",").replace("X", "."), cur)) if cur in ("EUR", "€") else "%s %s" % (cur, format(v, ",.2f"))


def claim_no():
    return "%s%s" % (ch(["CLM-", "C", "2025-", "CL"]), digits(ch([8, 10, 11])))


TEST_VALUES = [("card", "4111 1111 1111 1111"), ("card", "4111111111111111"), ("card", "5555 5555 5555 4444"), ("card", "378282246310005"),
               ("ssn", "123-45-6789"), ("ssn", "078-05-1120"), ("ssn", "219-09-9999"),
               ("phone", "(312) 555-0147"), ("phone", "555-0199"), ("phone", "+1 202-555-0173"),
               ("email", "jane.doe@example.com"), ("email", "test.user@example.org"), ("email", "qa+signup@example.net"),
               ("ip", "192.0.2.44"), ("ip", "198.51.100.23"), ("ip", "203.0.113.250"),
               ("iban", "DE89 3704 0044 0532 0130 00"), ("iban", "GB82WEST12345698765432")]


def test_value(kind=None):
    opts = [v for k, v in TEST_VALUES if kind is None or k == kind]
    return D("test_value", ch(opts))


def random_decoy():
    k = ch(["card_bad_luhn", "ssn_bad_area", "ssn_bad_group", "iban_bad", "routing_bad", "epoch", "uuid", "sha1",
            "order_id", "tracking", "part_no", "version", "ten_digit_bad_npi", "nhs_bad", "ticket_no", "invoice_no"])
    return k


def decoy_sentence(kind=None):
    k = kind or random_decoy()
    if k == "card_bad_luhn":
        return ch(["The number %s on the old form was rejected by the processor as invalid (typo suspected)." % D(k, fmt_card(bad_card())),
                   "Gateway declined PAN %s: failed checksum." % D(k, fmt_card(bad_card()))])
    if k == "ssn_bad_area":
        return ch(["Placeholder tax id %s was entered by the intake bot and must be replaced." % D(k, ssn_bad_area()),
                   "Record flagged: identifier %s is not a valid SSN (area not issued)." % D(k, ssn_bad_area())])
    if k == "ssn_bad_group":
        return ch(["Dummy value %s appears in the migrated record; ignore it." % D(k, ssn_bad_group()),
                   "Legacy import stored %s in the tax_id column (invalid group)." % D(k, ssn_bad_group())])
    if k == "iban_bad":
        return ch(["The account %s from the scanned mandate fails IBAN validation; please ask for a corrected copy." % D(k, fmt_iban(gen_iban(good=False))),
                   "Bank bounced the transfer to %s (check digits invalid)." % D(k, fmt_iban(gen_iban(good=False)))])
    if k == "routing_bad":
        return ch(["Form listed %s as the transit number, which does not validate; ACH was held." % D(k, gen_aba(good=False)),
                   "Rejected batch item: bad transit %s." % D(k, gen_aba(good=False))])
    if k == "epoch":
        return ch(["Event created_at=%s (server clock)." % D(k, epoch_ms()), "Cache entry expires at %s ms since epoch." % D(k, epoch_ms())])
    if k == "uuid":
        return ch(["Correlation id %s." % D(k, uuid()), "Attachment stored as blob %s." % D(k, uuid())])
    if k == "sha1":
        return ch(["Fix deployed in commit %s." % D(k, sha1()), "Artifact checksum (sha1) %s verified." % D(k, sha1()),
                   "Hotfix cherry-picked as %s onto the release branch." % D("git_short", short_sha())])
    if k == "order_id":
        return "Related order %s has been split into two shipments." % D(k, order_id())
    if k == "invoice_no":
        return "Invoice %s remains open with a balance of %s." % (D(k, invoice_no()), amount())
    if k == "tracking":
        return ch(["Carrier tracking %s shows the parcel out for delivery." % D(k, tracking()), "Return label %s was emailed." % D(k, tracking())])
    if k == "part_no":
        return ch(["Replacement part %s is backordered." % D(k, part_no()), "Ordered spare %s (qty 2)." % D(k, part_no())])
    if k == "version":
        return ch(["Client reported running %s of the desktop app." % D(k, version()), "Issue reproduced on firmware %s." % D(k, version())])
    if k == "ten_digit_bad_npi":
        return "Lab accession %s was received by pathology." % D(k, bad_npi())
    if k == "nhs_bad":
        return "Booking reference %s confirmed for the clinic slot." % D(k, gen_nhs(good=False))
    if k == "ticket_no":
        return ch(["Linked case %s." % D(k, ticket_no()), "See ticket %s for history." % D(k, ticket_no())])
    raise ValueError(k)


LOC_DECOY = {
    "de": [("iban_bad", "Die zuvor angegebene IBAN {} ist ungültig (Prüfziffer falsch)."), ("order_id", "Bezug: Auftrag {}."),
           ("invoice_no", "Rechnungsnummer {} bleibt offen."), ("tracking", "Sendungsnummer {} (DHL)."), ("uuid", "Interne Referenz {}."),
           ("card_bad_luhn", "Die Kartennummer {} wurde vom Zahlungsdienstleister abgelehnt (ungültig).")],
    "fr": [("iban_bad", "L'IBAN {} figurant sur l'ancien RIB est invalide (clé erronée)."), ("order_id", "Commande n° {}."),
           ("invoice_no", "Facture {} en attente de règlement."), ("uuid", "Référence technique {}."), ("tracking", "Numéro de suivi Colissimo {}.")],
    "es": [("iban_bad", "El IBAN {} del formulario anterior no es válido."), ("order_id", "Pedido n.º {}."), ("invoice_no", "Factura {} pendiente."),
           ("uuid", "Referencia interna {}.")],
    "nl": [("iban_bad", "Het eerder opgegeven IBAN {} is ongeldig."), ("order_id", "Ordernummer {}."), ("invoice_no", "Factuur {} staat nog open."),
           ("uuid", "Interne referentie {}.")],
    "it": [("iban_bad", "L'IBAN {} indicato in precedenza non è valido."), ("order_id", "Ordine n. {}."), ("invoice_no", "Fattura {} in sospeso."),
           ("uuid", "Riferimento interno {}.")],
}
DECOY_VALUE = {"iban_bad": lambda: fmt_iban(gen_iban(good=False)), "order_id": order_id, "invoice_no": invoice_no, "tracking": tracking,
               "uuid": uuid, "card_bad_luhn": lambda: fmt_card(bad_card())}


def loc_decoys(lang, n):
    out = []
    for kind, tpl in R.sample(LOC_DECOY[lang], min(n, len(LOC_DECOY[lang]))):
        out.append(tpl.format(D(kind, DECOY_VALUE[kind]())))
    return " ".join(out)


def decoys(n):
    return " ".join(decoy_sentence() for _ in range(n))


FILLER = {
    "support": ["The replacement unit shipped from the Reno fulfilment center the following business day.",
                "Customer mentioned the mobile app kept timing out on the payment screen during checkout.",
                "The shift lead approved a goodwill credit after reviewing the chat history.",
                "Our records show two authorisation holds that should drop off within five to seven days.",
                "Escalated to tier 2 because the self-service reset link had expired twice.",
                "Knowledge-base article https://help.bluefernhome.com/kb/refund-timelines was shared with the customer.",
                "Status page at https://status.quillpay.io showed degraded performance during the window in question.",
                "The courier marked the package as delivered to a neighbour, which the customer disputes.",
                "Customer was polite but frustrated; this is the third contact about the same issue this month.",
                "Promotional code SPRING25 was applied retroactively as a courtesy.",
                "We confirmed that the subscription renews on the same day each month and that proration applies to upgrades.",
                "The warehouse scan shows the box was weighed at 2.4 kg, consistent with a complete order.",
                "Advised the customer to clear the browser cache and retry in a private window; issue persisted.",
                "Chargeback has not been filed yet, so we can still issue the refund directly.",
                "The customer asked for all future correspondence to be by email rather than phone.",
                "Loyalty tier was recalculated after the duplicate order was voided."],
    "clinical": ["Vitals stable overnight; afebrile, SpO2 97% on room air.", "Tolerating a regular diet and ambulating independently with a walker.",
                 "Wound site clean, dry and intact; no erythema noted.", "Home health referral placed for medication reconciliation.",
                 "Counselled on low-sodium diet and daily weights; verbalised understanding.", "Pain controlled with oral analgesics, 3/10 at rest.",
                 "Lab trend: creatinine improved from 1.9 to 1.3 mg/dL over 48 hours.", "Telemetry showed no further arrhythmia after rate control.",
                 "Physical therapy cleared the patient for discharge with a rolling walker and stair training completed.",
                 "Blood cultures remained negative at 48 hours; antibiotics narrowed accordingly.",
                 "Echocardiogram showed an ejection fraction of 40-45% with mild mitral regurgitation.",
                 "Diabetes educator reviewed glucometer use and hypoglycaemia precautions with the family.",
                 "Return precautions reviewed: worsening shortness of breath, chest pain, fever above 38.5 C.",
                 "Chest X-ray on day three showed interval improvement of the right lower lobe opacity.",
                 "Hemoglobin stable at 10.8 g/dL without transfusion."],
    "finance": ["Funds must be received before the 14:00 CET cut-off to settle same day.", "Charges: OUR (all fees borne by the ordering customer).",
                "Please quote the invoice reference in the remittance field so the payment can be matched automatically.",
                "Dual approval is required for any payment above the treasury threshold.", "FX conversion is executed at the mid-market rate plus 35 bps.",
                "Any change to beneficiary details must be confirmed by a call-back to a known number.",
                "Statement generated by the online portal; figures are subject to end-of-day reconciliation.",
                "Treasury flagged the beneficiary as new; the first payment is capped until two invoices have cleared.",
                "The payment run is released at 11:30 local time after the controller signs off.",
                "Correspondent charges of up to USD 25 may be deducted by the intermediary.",
                "This instruction supersedes the one sent by email last week, which should be disregarded.",
                "Overdraft protection transfers are made from the linked savings account in multiples of $50."],
    "hr": ["Laptop provisioning has been requested from IT; the asset will be ready on day one.", "Badge photo will be taken at reception on the first morning.",
           "Benefits enrolment must be completed within 30 days of the start date.", "The new hire has completed the harassment-prevention module.",
           "Relocation allowance will be paid with the second payroll run.", "Payroll cut-off for this cycle is the 20th; changes after that roll to next month.",
           "Background check vendor returned a clear result with no adverse findings.",
           "Parking permit request was forwarded to facilities for the north garage.",
           "The offer letter specifies a 90-day introductory period and a sign-on bonus payable after six months.",
           "Manager requested read access to the analytics warehouse and the shared finance drive."],
    "de": ["Laut Rücksprache mit der Fachabteilung ist keine weitere Prüfung erforderlich.", "Das Original verbleibt in der Akte, eine Kopie wurde eingescannt.",
           "Der Vorgang wurde nach dem Vier-Augen-Prinzip freigegeben.", "Der Kunde wurde über die Bearbeitungszeit von fünf Werktagen informiert.", "Die Unterlagen wurden vollständig eingereicht und geprüft.",
           "Eine Kopie dieses Schreibens geht an die Buchhaltung.", "Bitte geben Sie bei Rückfragen stets die Vorgangsnummer an.",
           "Die Rückerstattung wird in der Regel innerhalb von drei bis fünf Bankarbeitstagen gutgeschrieben."],
    "fr": ["Le courrier de confirmation sera adressé sous huit jours.", "Les pièces ont été numérisées et archivées dans la GED.",
           "Le dossier a été transmis au service comptabilité pour traitement.", "Le client a été informé d'un délai de traitement de cinq jours ouvrés.",
           "Merci de rappeler la référence du dossier dans toute correspondance.", "Aucune pièce justificative supplémentaire n'est requise à ce stade."],
    "es": ["La solicitud se tramitó por la oficina de atención al cliente.", "Se ha enviado un SMS de confirmación al titular.", "El cliente ha sido informado del plazo de resolución de cinco días hábiles.", "Se adjunta copia del documento firmado.",
           "Cualquier modificación deberá comunicarse por escrito.", "La documentación aportada está completa."],
    "nl": ["Het origineel is gescand en in het dossier opgeslagen.", "De aanvraag is volgens het vier-ogenprincipe goedgekeurd.", "De klant is geïnformeerd over de verwerkingstijd van vijf werkdagen.", "Wijzigingen worden binnen twee werkdagen doorgevoerd.",
           "Een kopie van dit formulier is naar de administratie gestuurd."],
    "it": ["La richiesta è stata registrata dallo sportello clienti.", "Copia del modulo firmato è stata archiviata.", "Il cliente è stato informato dei tempi di lavorazione di cinque giorni lavorativi.", "La documentazione risulta completa.",
           "Eventuali variazioni devono essere comunicate per iscritto."],
}


def filler(kind, n):
    return " ".join(R.sample(FILLER[kind], min(n, len(FILLER[kind]))))


COMPANIES = ["Bluefern Home Goods", "Quillpay", "Harborline Logistics", "Northgate Outfitters", "Copperleaf Telecom", "Tidewater Energy",
             "Brightcart", "Summit Ridge Insurance", "Lumen Fibre", "Cobalt Cloud Services"]
CORP_DOMAINS = ["bluefernhome.com", "quillpay.io", "harborline.co", "northgate-outfitters.com", "copperleaf.net", "tidewater-energy.com",
                "brightcart.shop", "summitridge-ins.com", "lumenfibre.co.uk", "cobaltcloud.dev"]
HOSPITALS = ["St. Brigid's Regional Medical Center", "Mercy Lakes Hospital", "Cascade Valley Health", "Riverbend University Hospital", "Sutter Creek Community Hospital"]
PHARMACIES = ["Crestview Pharmacy", "Main Street Apothecary", "Wellpoint Drug #2291", "Harbor Family Pharmacy"]
US_BANKS = ["First Prairie Bank", "Cascade Federal Credit Union", "Keystone Community Bank", "Lone Star National Bank", "Great Lakes Savings Bank"]
DRUGS = [("metformin 500 mg tablet", "1 tab PO BID with meals"), ("lisinopril 10 mg tablet", "1 tab PO daily"),
         ("atorvastatin 40 mg tablet", "1 tab PO at bedtime"), ("oxycodone 5 mg tablet", "1 tab PO q6h PRN severe pain, max 4/day"),
         ("amoxicillin 875 mg tablet", "1 tab PO q12h x 10 days"), ("sertraline 50 mg tablet", "1 tab PO daily"),
         ("albuterol HFA 90 mcg", "2 puffs q4-6h PRN wheeze"), ("apixaban 5 mg tablet", "1 tab PO BID"),
         ("alprazolam 0.25 mg tablet", "1 tab PO TID PRN anxiety"), ("insulin glargine 100 u/mL", "18 units SC at bedtime"),
         ("methylphenidate ER 18 mg", "1 tab PO every morning"), ("levothyroxine 75 mcg", "1 tab PO daily before breakfast")]


# ========================================================================================= documents
CUST_PROSE = [
    "I've been a customer for years and this is the first time something like this has happened.",
    "Honestly I'm not sure whether the problem is on your side or my bank's, so I'm writing to both.",
    "I tried the chat on your website but it kept disconnecting before anyone answered.",
    "Please don't send me another automated reply; I'd like an actual person to look at this.",
    "I have screenshots of the confirmation page if you need them.",
    "My partner uses the same login on the tablet, in case that explains the second session.",
    "The app says the payment is pending but the money has already left my account.",
    "I'm travelling next week, so email is the easiest way to reach me until the 20th.",
]


def hdr_date():
    y, m, d = rdate(2025, 2026)
    return "%s, %d %s %d %02d:%02d:%02d %s" % (ch(["Mon", "Tue", "Wed", "Thu", "Fri"]), d, MONTHS_EN[m - 1][:3], y,
                                               R.randint(7, 21), R.randint(0, 59), R.randint(0, 59), ch(["-0500", "-0700", "+0000", "-0400"]))


def doc_support_email():
    i = R.randrange(len(COMPANIES))
    co, dom = COMPANIES[i], CORP_DOMAINS[i]
    c, agent = person(), person()
    cem = c.email()
    aem = "%s@%s" % (ch(["support", "help", "care", "billing"]), dom)
    scen = ch(["double_charge", "address", "account_access", "refund", "fraud"])
    subj = {"double_charge": "Charged twice for order %s" % D("order_id", order_id()),
            "address": "Change of delivery address",
            "account_access": "Locked out of my account",
            "refund": "Where is my refund?",
            "fraud": "Unrecognised transactions on my card"}[scen]
    t = []
    t.append("From: %s <%s>\nTo: %s Support <%s>\nDate: %s\nSubject: %s\nMessage-ID: <%s>\n\n" % (
        E("PERSON_NAME", c.full), E("EMAIL_ADDRESS", cem), co, E("EMAIL_ADDRESS", aem), D("timestamp", hdr_date()), subj, D("message_id", "%s@mail.%s" % (uuid(), dom))))
    card = fmt_card(gen_card())
    phone = us_phone()
    if scen == "double_charge":
        t.append(ch(["Hello,\n\nI placed one order last night but my statement shows two identical charges of %s. " % amount(),
                     "Hi there,\n\nYour site billed me twice (%s each) for the same basket. " % amount()]))
        t.append(ch(["The card used was %s, expiring %02d/%d. " % (E("CREDIT_CARD_NUMBER", card), R.randint(1, 12), R.randint(27, 31)),
                     "It went on my %s card, number %s. " % (ch(["Visa", "Mastercard", "debit", "credit"]), E("CREDIT_CARD_NUMBER", card))]))
        t.append(ch(["You can reach me on %s after 5pm. " % E("PHONE_NUMBER", phone), "Best number to call is %s. " % E("PHONE_NUMBER", phone)]))
    elif scen == "address":
        old, new = us_street(), us_street()
        t.append("Hi,\n\nI moved last month. Please stop shipping to %s, %s and use %s, %s from now on. " % (
            E("STREET_ADDRESS", old), us_cityline(), E("STREET_ADDRESS", new), us_cityline()))
        t.append(ch(["If the courier needs to call, my mobile is %s. " % E("PHONE_NUMBER", phone),
                     "Courier can text %s if the gate is closed. " % E("PHONE_NUMBER", phone)]))
        t.append("My next delivery is scheduled for %s. " % D("appointment_date", recent()))
    elif scen == "account_access":
        t.append(ch(["I can't log in since the password reset. The security questions ask for my birthday, which is %s, and that doesn't work either. " % E("DATE_OF_BIRTH", dob()),
                     "After three failed logins I was locked out. For verification: I was born %s and the account phone is %s. " % (E("DATE_OF_BIRTH", dob()), E("PHONE_NUMBER", phone))]))
        t.append("The last login I recognise came from %s; the one after that (from %s) was not me. " % (E("IP_ADDRESS", gen_ipv4()), E("IP_ADDRESS", gen_ipv4())))
    elif scen == "refund":
        t.append("Hello,\n\nI returned the item on %s (return label %s) and still haven't seen the money. " % (D("invoice_date", recent()), D("tracking", tracking())))
        t.append(ch(["The refund should go back to the card I paid with, %s. " % E("CREDIT_CARD_NUMBER", card),
                     "I paid with %s if that helps you find it. " % E("CREDIT_CARD_NUMBER", card)]))
    else:
        t.append("Hello,\n\nThere are %d charges on my statement I did not make, all on %s. " % (R.randint(2, 5), E("CREDIT_CARD_NUMBER", card)))
        t.append("I have already called my bank. Please cancel any saved payment methods and call me at %s. " % E("PHONE_NUMBER", phone))
        t.append("For the dispute form: full name %s, billing address %s, %s. " % (E("PERSON_NAME", c.full), E("STREET_ADDRESS", us_street()), us_cityline()))
    t.append(ch(CUST_PROSE) + " " + ch(CUST_PROSE))
    t.append("\n\n%s\n%s\n\n" % (ch(["Thanks,", "Regards,", "Kind regards,", "Cheers,"]), E("PERSON_NAME", c.full)))
    t.append("-----\nInternal note (%s): %s %s %s\n%s\n" % (E("PERSON_NAME", agent.full), filler("support", 3), decoys(2), decoy_sentence("version"), filler("support", 3)))
    t.append("Reply from %s <%s>:\n%s We've opened case %s. Agents will never ask for your full card number by email. %s\n" % (
        E("PERSON_NAME", agent.full), E("EMAIL_ADDRESS", agent.email(dom)), ch(["Thanks for reaching out.", "Sorry for the trouble."]),
        D("ticket_no", ticket_no()), filler("support", 1)))
    t.append("Our hotline: %s (Mon-Fri). Sample card in the FAQ (%s) is for testing only.\n" % (E("PHONE_NUMBER", tollfree()), test_value("card")))
    return "support", "email", "txt", "".join(t)


def doc_call_transcript():
    c, agent = person(), person()
    co = ch(COMPANIES)
    t = ["CALL RECORDING TRANSCRIPT  |  queue=%s  |  call id %s  |  started %s\n\n" % (
        ch(["billing", "retention", "fraud", "general"]), D("uuid", uuid()), D("timestamp", iso_ts()))]
    A = "Agent (%s)" % E("PERSON_NAME", agent.full) if R.random() < 0.5 else "AGENT"
    C = "CALLER"
    lines = [
        (A, "Thank you for calling %s, my name is %s. Who am I speaking with?" % (co, E("PERSON_NAME", agent.full))),
        (C, "Hi, yeah, this is %s." % E("PERSON_NAME", c.full)),
        (A, "Thanks. Before we go any further I need to verify a few things. Can you confirm your date of birth?"),
        (C, ch(["Sure, it's %s.", "%s.", "Uh, %s."]) % E("DATE_OF_BIRTH", dob(style=ch(["long", "mdy", "dmy_long"])))),
        (A, "And the phone number on the account?"),
        (C, "%s. Though I mostly use %s now." % (E("PHONE_NUMBER", us_phone()), E("PHONE_NUMBER", us_phone()))),
        (A, "Got it. And the service address?"),
        (C, "%s, %s." % (E("STREET_ADDRESS", us_street()), us_cityline())),
    ]
    v = R.random()
    if v < 0.15:
        st, dl = gen_dl()
        lines += [(A, "Since the account PIN was reset, I also need the number on your driver's license."),
                  (C, "It's a %s license, %s." % (st, E("US_DRIVERS_LICENSE", dl))),
                  (A, "That matches what we have, thank you.")]
    elif v < 0.4:
        lines += [(A, "For the credit check on the upgrade I'll need your Social Security number."),
                  (C, "Okay, it's %s." % E("US_SSN", gen_ssn(ch(["-", " "])))),
                  (A, "Thank you. That's run, and it came back approved.")]
    elif v < 0.6:
        lines += [(A, "Which card would you like to put on autopay?"),
                  (C, "Use %s, expiry %02d/%02d." % (E("CREDIT_CARD_NUMBER", fmt_card(gen_card(), ch(["space", "plain"]))), R.randint(1, 12), R.randint(27, 31))),
                  (A, "I've saved that. You'll get a confirmation at the email on file.")]
    else:
        lines += [(A, "I can set up bank draft instead. What's the routing number?"),
                  (C, "%s, and the checking account is %s." % (E("US_BANK_ROUTING_NUMBER", gen_aba()), E("US_BANK_ACCOUNT_NUMBER", digits(R.randint(8, 12))))),
                  (A, "Perfect, drafts will start next cycle.")]
    lines += [(C, "Can you also send the receipt to %s?" % E("EMAIL_ADDRESS", c.email())),
              (A, "Done. Your reference for today is %s. %s" % (D("ticket_no", ticket_no()), ch(["Anything else?", "Is there anything else I can help with?"]))),
              (C, "No, that's all. Thanks."),
              (A, "Have a good one.")]
    el = R.randint(0, 20)
    for who, s in lines:
        t.append("[%02d:%02d] %s: %s\n" % (el // 60, el % 60, who, s))
        el += R.randint(3, 40)
    t.append("\n-- post-call wrap-up --\nDisposition: %s. Handle time %d s. %s %s\n%s\n" % (ch(["resolved", "escalated", "callback scheduled"]), R.randint(120, 1400), decoys(2), filler("support", 3), filler("support", 3)))
    t.append("QA note: script example uses %s and %s, which are dummy values.\n" % (test_value("ssn"), test_value("phone")))
    return "calls", "transcript", "txt", "".join(t)


def doc_discharge():
    p, doc, pcp = person(), person(), person()
    hosp = ch(HOSPITALS)
    mrn = ch(["%08d" % R.randint(1, 99999999), "MRN%s" % digits(7), "%s-%s" % (digits(3), digits(5)), "E%s" % digits(8), digits(7)])
    mrn_lbl = ch(["MRN", "MRN:", "Medical Record #:", "Med Rec No.", "Chart #", "Patient ID"])
    dx = R.sample(ICD, R.randint(2, 4))
    adm, dis = recent("us", "mdy"), recent("us", "mdy")
    t = ["%s\nDISCHARGE SUMMARY\n\n" % hosp.upper()]
    t.append("Patient: %s    %s %s\n" % (E("PERSON_NAME", p.full), mrn_lbl, E("MEDICAL_RECORD_NUMBER", mrn)))
    t.append("%s %s    Sex: %s\n" % (ch(["DOB:", "Date of Birth:", "Birthdate:", "D.O.B."]), E("DATE_OF_BIRTH", dob(style=ch(["mdy", "mdy", "iso", "short"]))), ch(["F", "M"])))
    t.append("Admitted: %s    Discharged: %s    Encounter %s\n" % (D("service_date", adm), D("service_date", dis), D("order_id", "ENC" + digits(9))))
    t.append("Attending physician: %s, MD (NPI %s)\n" % (E("PERSON_NAME", doc.full), E("US_NPI", gen_npi())))
    if R.random() < 0.6:
        t.append("Medicare Beneficiary Identifier: %s\n" % E("US_MBI", gen_mbi(R.random() < 0.3)))
    t.append("\nPRINCIPAL DIAGNOSIS\n%s (%s)\n" % (dx[0][1].capitalize(), E("ICD10_CODE", dx[0][0])))
    t.append("\nSECONDARY DIAGNOSES\n")
    for code, desc in dx[1:]:
        t.append("- %s %s\n" % (E("ICD10_CODE", code), desc))
    t.append("\nHOSPITAL COURSE\n%s %s-year-old presented with %s. %s %s\n" % (
        ch(["Pleasant", "This"]), R.randint(25, 88), ch(["shortness of breath", "fever and rigors", "chest pressure", "a mechanical fall", "uncontrolled blood sugars"]),
        filler("clinical", 6), ch(["Imaging accession %s was reviewed with radiology." % D("ten_digit_bad_npi", bad_npi()),
                                   "Specimen %s sent for culture." % D("order_id", "SP-%s" % digits(8))])))
    t.append("\nDISCHARGE MEDICATIONS\n")
    meds = R.sample(DRUGS, 4)
    for dname, sig in meds:
        t.append("- %s, %s\n" % (dname, sig))
    if any(k in m[0] for m in meds for k in ("oxycodone", "alprazolam", "methylphenidate")):
        t.append("Controlled-substance prescription signed by %s (DEA %s).\n" % (E("PERSON_NAME", doc.full), E("US_DEA_NUMBER", gen_dea(doc.last))))
    t.append("\nFOLLOW-UP\nSee PCP %s within 7 days (appointment %s at 10:40). Office phone %s, fax %s.\n" % (
        E("PERSON_NAME", pcp.full), D("appointment_date", recent()), E("PHONE_NUMBER", us_phone()), E("PHONE_NUMBER", us_phone("dash"))))
    t.append("Discharged home to %s, %s, with %s.\n" % (E("STREET_ADDRESS", us_street()), us_cityline(),
                                                        ch(["spouse", "daughter", "home health", "no services"])))
    t.append("Emergency contact: %s (%s) %s\n" % (E("PERSON_NAME", person().full), ch(["son", "wife", "husband", "sister", "friend"]), E("PHONE_NUMBER", us_phone())))
    t.append("\nElectronically signed by %s on %s. Document %s\n" % (E("PERSON_NAME", doc.full), D("timestamp", iso_ts()), D("uuid", uuid())))
    return "clinical", "discharge", "txt", "".join(t)


def doc_pharmacy():
    p, md = person(), person()
    ph = ch(PHARMACIES)
    drug, sig = ch(DRUGS)
    t = ["%s — prescription intake note\n" % ph]
    t.append("Rx %s received %s via %s.\n\n" % (D("order_id", "#" + digits(7)), D("timestamp", iso_ts()), ch(["eRx (Surescripts)", "fax", "phone-in", "paper script"])))
    t.append(ch(["Patient %s, born %s, presented to pick up %s.\n", "Pt: %s  / DOB %s / filling %s\n"]) % (
        E("PERSON_NAME", p.full), E("DATE_OF_BIRTH", dob(style=ch(["mdy", "mdy1", "iso"]))), drug))
    t.append("Sig: %s. Qty %d, refills %d.\n" % (sig, R.choice([30, 60, 90, 14, 20]), R.randint(0, 5)))
    dea = gen_dea(md.last)
    t.append(ch(["Prescriber: Dr. %s — NPI %s, DEA %s.\n", "Prescribed by %s (NPI: %s; DEA reg. %s).\n", "Prescriber %s, npi=%s, DEA#%s\n"]) % (
        E("PERSON_NAME", md.full), E("US_NPI", gen_npi()), E("US_DEA_NUMBER", dea)))
    t.append("Prescriber office: %s.\n" % E("PHONE_NUMBER", us_phone()))
    if "oxycodone" in drug or "alprazolam" in drug or "methylphenidate" in drug:
        t.append("Controlled substance: PDMP checked, last fill %s at another pharmacy. ID verified with %s driver's license %s.\n" % (
            D("service_date", recent()), *(lambda s: (s[0], E("US_DRIVERS_LICENSE", s[1])))(gen_dl())))
    else:
        t.append("Counselled on side effects; patient declined further counselling.\n")
    t.append(ch(["Insurance: Medicare Part D, MBI %s. ", "Coverage: Part D plan, beneficiary id %s. "]) % E("US_MBI", gen_mbi(R.random() < 0.4)))
    t.append("Diagnosis on script: %s.\n" % E("ICD10_CODE", icd()[0]))
    t.append("Delivery address on file: %s, %s. Call-ahead number %s.\n" % (E("STREET_ADDRESS", us_street()), us_cityline(), E("PHONE_NUMBER", us_phone())))
    t.append("Payment: copay %s charged to card %s.\n" % (amount(), E("CREDIT_CARD_NUMBER", fmt_card(gen_card()))))
    t.append("NDC %s-%s-%s, lot %s, exp %s. %s\n" % (digits(5), digits(4), digits(2), D("part_no", "L" + digits(6) + ch("ABC")), D("invoice_date", recent("us", "mdy")), decoys(1)))
    t.append("Verified by RPh %s. %s\n" % (E("PERSON_NAME", person().full), filler("clinical", 2)))
    return "clinical", "pharmacy", "txt", "".join(t)


def doc_claim():
    p, prov = person(), person()
    t = ["%s — CLAIM INTAKE (professional)\n\nClaim number: %s\nReceived: %s\n\n" % (
        ch(["Summit Ridge Insurance", "Keystone Mutual Health", "Pacific Crest Benefits"]), D("order_id", claim_no()), D("invoice_date", recent("us", "iso")))]
    t.append("Insured/patient: %s, date of birth %s, member since %d.\n" % (E("PERSON_NAME", p.full), E("DATE_OF_BIRTH", dob()), R.randint(2005, 2024)))
    if R.random() < 0.5:
        t.append("Medicare secondary — MBI %s.\n" % E("US_MBI", gen_mbi(R.random() < 0.3)))
    else:
        t.append("Subscriber SSN %s (required by the employer group plan).\n" % E("US_SSN", gen_ssn()))
    t.append("Patient address: %s, %s. Phone %s.\n" % (E("STREET_ADDRESS", us_street()), us_cityline(), E("PHONE_NUMBER", us_phone())))
    t.append("Rendering provider: %s, NPI %s. Billing provider %s, Tax ID (EIN) %s, group NPI %s.\n" % (
        E("PERSON_NAME", prov.full), E("US_NPI", gen_npi()), ch(["Lakeside Orthopaedics PC", "Northside Family Medicine LLC", "Cedar Valley Imaging"]),
        E("US_EIN", gen_ein()), E("US_NPI", gen_npi())))
    dx = R.sample(ICD, 3)
    if R.random() < 0.3:
        t.append("Dx (as submitted, no decimal): %s\n" % ", ".join(E("ICD10_CODE", c.replace(".", "")) for c, _ in dx))
    else:
        t.append("Diagnosis pointers: A=%s B=%s C=%s\n" % tuple(E("ICD10_CODE", c) for c, _ in dx))
    t.append("\nLine items:\n")
    for k in range(R.randint(2, 4)):
        t.append("  %d. DOS %s  CPT %s  %s  units %d  pointer %s\n" % (k + 1, D("service_date", recent("us", "mdy")), ch(["99213", "99214", "73562", "20610", "97110", "93000", "80053"]),
                                                                   amount(), R.randint(1, 4), ch(["A", "AB", "B", "C"])))
    t.append("\nAdjuster %s notes: %s %s %s\n" % (E("PERSON_NAME", person().full), ch(["Prior auth on file.", "Requested operative report.", "Timely filing met."]), decoys(2), filler("clinical", 3)))
    t.append("EFT payee: routing %s, account %s.\n" % (E("US_BANK_ROUTING_NUMBER", gen_aba()), E("US_BANK_ACCOUNT_NUMBER", digits(R.randint(9, 12)))))
    return "claims", "claim", "txt", "".join(t)


def doc_onboarding():
    p, mgr, emerg = person(), person(), person()
    co = ch(COMPANIES)
    dom = CORP_DOMAINS[COMPANIES.index(co)]
    st, dl = gen_dl()
    start = recent("us", "long")
    dobv = dob(style=ch(["long", "mdy", "dmy_long", "iso"]))
    t = ["%s — New hire record\nPrepared by People Ops, %s\n\n" % (co, D("invoice_date", recent("us", "iso")))]
    t.append(ch([
        "%s joins the %s team on %s, reporting to %s. %s was born on %s and will be working from the %s office. ",
        "Please welcome %s to %s (start date %s; manager %s). For payroll purposes %s confirmed a birthdate of %s and a home office in %s. "]) % (
        E("PERSON_NAME", p.full), ch(["data platform", "finance", "customer success", "logistics", "security"]), D("appointment_date", start),
        E("PERSON_NAME", mgr.full), E("PERSON_NAME", p.full), E("DATE_OF_BIRTH", dobv), ch(["Denver", "Austin", "remote", "Columbus"])))
    t.append("Home address: %s, %s. Personal cell %s; work email %s; personal email %s.\n\n" % (
        E("STREET_ADDRESS", us_street()), us_cityline(), E("PHONE_NUMBER", us_phone()), E("EMAIL_ADDRESS", p.email(dom)), E("EMAIL_ADDRESS", p.email())))
    if R.random() < 0.8:
        t.append("Tax documents: W-4 received; Social Security no. %s. " % E("US_SSN", gen_ssn()))
    else:
        t.append("Tax documents: W-4 received; ITIN %s (SSN application pending). " % E("US_ITIN", gen_itin()))
    t.append(ch(["I-9 verified using US passport %s (expires %s). ", "Form I-9 List A document: U.S. Passport #%s, expiry %s. "]) % (
        E("US_PASSPORT", gen_passport()), D("invoice_date", fmt_date(*rdate(2027, 2035)))))
    t.append(ch(["Driving is part of the role, so we also recorded %s driver's license %s.\n", "Fleet access: %s DL number %s on file.\n",
                 "Company car policy signed; %s driver licence no. %s.\n"]) % (st, E("US_DRIVERS_LICENSE", dl)))
    t.append("Direct deposit: %s, ABA/routing %s, checking acct %s (100%%).\n" % (ch(US_BANKS), E("US_BANK_ROUTING_NUMBER", gen_aba()), E("US_BANK_ACCOUNT_NUMBER", digits(R.randint(8, 12)))))
    t.append("Emergency contact: %s, %s, %s.\n\n" % (E("PERSON_NAME", emerg.full), ch(["mother", "partner", "brother", "spouse"]), E("PHONE_NUMBER", us_phone())))
    t.append("%s %s\n\n%s\n" % (filler("hr", 4), decoys(2), filler("hr", 3)))
    t.append("Employee id %s, cost centre %s. Equipment %s.\n" % (D("order_id", "E" + digits(6)), digits(4), D("part_no", part_no())))
    return "hr", "onboarding", "txt", "".join(t)


def doc_wire():
    cc = ch(["DE", "GB", "FR", "ES", "NL", "IT", "BE", "CH"])
    loc = {"DE": "german", "GB": "anglo", "FR": "french", "ES": "spanish", "NL": "dutch", "IT": "italian", "BE": "french", "CH": "german"}[cc]
    ben, req, appr = person(loc), person(), person()
    street, cityline = {"DE": (de_street, de_cityline), "GB": (uk_street, uk_cityline), "FR": (fr_street, fr_cityline), "ES": (es_street, es_cityline),
                        "NL": (nl_street, nl_cityline), "IT": (it_street, it_cityline), "BE": (fr_street, lambda: "1000 Bruxelles"),
                        "CH": (de_street, lambda: "8001 Zürich")}[cc]
    cur = "GBP" if cc == "GB" else ("CHF" if cc == "CH" else "EUR")
    phone = {"DE": de_phone, "GB": uk_phone, "FR": fr_phone, "ES": es_phone, "NL": nl_phone, "IT": it_phone, "BE": be_phone, "CH": ch_phone}[cc]()
    t = ["WIRE TRANSFER REQUEST — %s\nRequested by %s (%s) on %s\n\n" % (ch(["international", "vendor payment", "supplier settlement"]),
                                                                      E("PERSON_NAME", req.full), E("EMAIL_ADDRESS", req.email(ch(CORP_DOMAINS))), D("invoice_date", recent("us", "iso")))]
    t.append("Amount: %s %s\nValue date: %s\nPurpose: settlement of invoice %s\n\n" % (
        cur, format(R.randint(1500, 480000) + R.randint(0, 99) / 100, ",.2f"), D("invoice_date", recent("us", "iso")), D("invoice_no", invoice_no())))
    iban = gen_iban(cc)
    t.append("Beneficiary name: %s\nBeneficiary address: %s, %s\nBeneficiary contact: %s\n" % (
        E("PERSON_NAME", ben.full), E("STREET_ADDRESS", street()), cityline(), E("PHONE_NUMBER", phone)))
    t.append(ch(["IBAN: %s\nSWIFT/BIC: %s\n", "Account (IBAN) %s / BIC %s\n", "Credit account %s, bank identifier code %s\n"]) % (
        E("IBAN_CODE", fmt_iban(iban)), E("SWIFT_BIC_CODE", bic_for(iban))))
    if R.random() < 0.5:
        t.append("Intermediary bank: %s (USD leg).\n" % E("SWIFT_BIC_CODE", ch(BICS["US"])))
    t.append("\nDebit from: %s operating account, ABA %s, account no. %s.\n" % (ch(US_BANKS), E("US_BANK_ROUTING_NUMBER", gen_aba()), E("US_BANK_ACCOUNT_NUMBER", digits(R.randint(8, 12)))))
    t.append("Ordering company EIN %s.\n" % E("US_EIN", gen_ein()) if R.random() < 0.6 else "")
    t.append("\nCall-back verification done by %s with the beneficiary on the number above. %s %s\n" % (E("PERSON_NAME", appr.full), filler("finance", 4), decoy_sentence("iban_bad")))
    t.append("Approval chain: %s -> %s. Request id %s.\n" % (E("PERSON_NAME", req.full), E("PERSON_NAME", appr.full), D("uuid", uuid())))
    return "finance", "wire", "txt", "".join(t)


def doc_statement():
    p = person()
    bank = ch(US_BANKS)
    acct = digits(R.randint(9, 12))
    y, m, _ = rdate(2025, 2026)
    t = ["%s\nSTATEMENT OF ACCOUNT\n\n%s\n%s\n%s\n\n" % (bank, E("PERSON_NAME", p.full.upper() if R.random() < 0.3 else p.full), E("STREET_ADDRESS", us_street()), us_cityline())]
    t.append("Account number: %s    Routing (ABA): %s\nStatement period: %s through %s\n" % (
        E("US_BANK_ACCOUNT_NUMBER", acct), E("US_BANK_ROUTING_NUMBER", gen_aba()), D("statement_date", "%02d/01/%d" % (m, y)), D("statement_date", "%02d/28/%d" % (m, y))))
    t.append("Customer service %s  |  Online: https://www.%s.com/login\n\n" % (E("PHONE_NUMBER", tollfree()), re.sub(r"\W", "", bank.lower())[:14]))
    t.append("DATE    DESCRIPTION                                   AMOUNT       BALANCE\n")
    bal = R.randint(800, 20000) + 0.37
    for day in sorted(R.randint(1, 28) for _ in range(R.randint(8, 14))):
        k = R.random()
        dd = "%02d/%02d" % (m, day)
        if k < 0.2:
            desc = "ACH CREDIT PAYROLL %s PPD ID %s" % (ch(["NORTHGATE OUTF", "HARBORLINE LOG", "TIDEWATER ENRG"]), D("order_id", digits(10)))
            amt = R.randint(900, 4500) + R.randint(0, 99) / 100
        elif k < 0.4:
            desc = "POS PURCHASE %s CARD %s" % (ch(["KROGER #412", "SHELL OIL 5744", "TARGET T-1187", "CHIPOTLE 2291"]), digits(4))
            amt = -(R.randint(4, 180) + R.randint(0, 99) / 100)
        elif k < 0.55:
            desc = "ONLINE TRANSFER TO SAV ...%s REF %s" % (digits(4), D("order_id", "IB" + digits(9)))
            amt = -R.randint(50, 900)
        elif k < 0.7:
            desc = "ZELLE FROM %s CONF %s" % (E("PERSON_NAME", person().full.upper()), D("order_id", "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))))
            amt = R.randint(10, 400)
        elif k < 0.85:
            desc = "CHECK #%d" % R.randint(1001, 1399)
            amt = -R.randint(40, 2500)
        else:
            desc = "CARD PMT AUTOPAY %s" % D("epoch", epoch_ms())
            amt = -R.randint(100, 1500)
        bal += amt
        vis = len(SENT.sub(lambda mm: mm.group(2), desc))
        t.append("%s   %s%s %10.2f %12.2f\n" % (dd, desc, " " * max(1, 52 - vis), amt, bal))
    t.append("\nInterest earned this period: $%.2f. %s\n" % (R.random() * 5, filler("finance", 3)))
    t.append("Questions about an electronic transfer? Write to us at %s or call %s.\n" % (E("EMAIL_ADDRESS", "disputes@%s.com" % re.sub(r"\W", "", bank.lower())[:14]), E("PHONE_NUMBER", tollfree())))
    t.append("Rejected item notice: %s\n" % decoy_sentence("routing_bad"))
    return "finance", "statement", "txt", "".join(t)


def doc_app_log(n_lines=None):
    svc = ch(["checkout-api", "auth-gateway", "kyc-worker", "billing-sync", "notify-svc"])
    t = []
    n_lines = n_lines or R.randint(170, 210)
    import datetime as _dt
    clock = _dt.datetime(R.choice([2025, 2026]), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    tsfmt = ch(["%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%dT%H:%M:%S+00:00", "%Y-%m-%d %H:%M:%S"])
    for _ in range(n_lines):
        clock += _dt.timedelta(seconds=R.randint(0, 90), milliseconds=R.randint(0, 999))
        ts = clock.strftime(tsfmt)
        lvl = ch(["INFO", "INFO", "INFO", "DEBUG", "WARN", "ERROR"])
        k = R.random()
        if k < 0.18:
            p = person()
            line = '%s %-5s %s login ok user=%s src=%s ua="Mozilla/5.0" sid=%s' % (ts, ch(["INFO", "INFO", "DEBUG"]), svc, E("EMAIL_ADDRESS", p.email()), E("IP_ADDRESS", gen_ipv4()), D("uuid", uuid()))
        elif k < 0.28:
            line = '%s %-5s %s request path=/v2/orders/%s method=POST status=%d latency_ms=%d client=%s' % (
                ts, lvl, svc, D("order_id", digits(8)), ch([200, 201, 409, 502]), R.randint(3, 2400), E("IP_ADDRESS", gen_ipv6() if R.random() < 0.4 else gen_ipv4()))
        elif k < 0.38:
            p = person()
            line = '{"ts":"%s","level":"%s","svc":"%s","event":"profile.update","customer":{"name":"%s","email":"%s","phone":"%s"},"trace":"%s"}' % (
                ts, lvl.lower(), svc, E("PERSON_NAME", p.full), E("EMAIL_ADDRESS", p.email()), E("PHONE_NUMBER", us_phone(ch(["plus", "dash"]))), D("sha1", sha1()[:32]))
        elif k < 0.45:
            line = '%s ERROR %s payment.declined pan=%s amount=%s currency=USD merchant_ref=%s' % (
                ts, svc, E("CREDIT_CARD_NUMBER", gen_card()), "%.2f" % (R.randint(1, 900) + R.random()), D("order_id", order_id()))
        elif k < 0.5:
            line = '%s ERROR %s kyc.mismatch applicant="%s" ssn=%s dob=%s score=0.%d' % (
                ts, svc, E("PERSON_NAME", person().full), E("US_SSN", gen_ssn(ch(["-", ""]))), E("DATE_OF_BIRTH", dob(style="iso")), R.randint(10, 99))
        elif k < 0.55:
            line = '%s WARN  %s payout.hold beneficiary_iban=%s bic=%s reason=velocity' % (ts, svc, E("IBAN_CODE", gen_iban()), E("SWIFT_BIC_CODE", ch(BICS[ch(list(BICS))])))
        elif k < 0.6:
            line = '%s INFO  %s ach.verify routing=%s acct=%s result=matched' % (ts, svc, E("US_BANK_ROUTING_NUMBER", gen_aba()), E("US_BANK_ACCOUNT_NUMBER", digits(R.randint(8, 12))))
        elif k < 0.68:
            line = '%s DEBUG %s cache.set key=session:%s ttl=3600 expires_at=%s' % (ts, svc, D("uuid", uuid()), D("epoch", epoch_ms()))
        elif k < 0.74:
            line = '%s INFO  %s deploy version=%s commit=%s by=ci' % (ts, svc, D("version", version()), D("sha1", sha1()))
        elif k < 0.8:
            line = '%s WARN  %s validation.failed field=card value=%s rule=luhn' % (ts, svc, D("card_bad_luhn", bad_card()))
        elif k < 0.84:
            line = '%s INFO  %s smoke-test fixture card=%s email=%s' % (ts, svc, test_value("card"), test_value("email"))
        elif k < 0.9:
            line = '%s INFO  %s rate_limit bucket=%s remaining=%d upstream=%s' % (ts, svc, D("uuid", uuid()), R.randint(0, 500), E("IP_ADDRESS", gen_ipv4()))
        else:
            line = '%s %-5s %s job=%s shipped=%s tracking=%s' % (ts, lvl, svc, D("uuid", uuid()), D("order_id", order_id()), D("tracking", tracking()))
        t.append(line + "\n")
    return "logs", svc.replace("-", "_"), "log", "".join(t)


def doc_incident_log():
    """Incident ticket with pasted log snippets, as .txt"""
    eng, rep = person(), person()
    t = ["INCIDENT %s — %s\nOwner: %s  Severity: SEV-%d\n\nSummary: %s\n\nTimeline (UTC):\n" % (
        D("ticket_no", "INC" + digits(7)), ch(["PII written to debug logs", "Webhook retries flooding queue", "Login anomalies from single ASN"]),
        E("PERSON_NAME", eng.full), R.randint(1, 3), ch(["Debug logging was left on in production after release %s." % D("version", version()),
                                                           "A partner integration replayed events for several hours."]))]
    for _ in range(R.randint(4, 7)):
        t.append("- %s %s\n" % (D("timestamp", iso_ts()), ch(["alert fired", "on-call paged", "mitigation deployed", "rollback started", "customer comms sent"])))
    t.append("\nSample of affected log lines (redaction pending):\n")
    t.append(doc_app_log(R.randint(6, 12))[3])
    t.append("\nReporter %s (%s) first noticed requests from %s and %s.\n" % (E("PERSON_NAME", rep.full), E("EMAIL_ADDRESS", rep.email(ch(CORP_DOMAINS))),
                                                                            E("IP_ADDRESS", gen_ipv4()), E("IP_ADDRESS", gen_ipv6())))
    t.append("Follow-ups: %s\n" % decoys(3))
    return "logs", "incident", "txt", "".join(t)


def doc_chat():
    c, agent = person(), person()
    t = ["Live chat export — %s — session %s\n\n" % (ch(COMPANIES), D("uuid", uuid()))]
    hh = R.randint(8, 20)
    mm = R.randint(0, 40)

    def L(who, msg):
        nonlocal mm
        mm += R.randint(0, 2)
        t.append("[%02d:%02d] %s: %s\n" % (hh, mm % 60, who, msg))
    cn = E("PERSON_NAME", c.full)
    an = E("PERSON_NAME", agent.full)
    L("System", "Chat started by %s (%s) from %s" % (cn, E("EMAIL_ADDRESS", c.email()), E("IP_ADDRESS", gen_ipv4())))
    L(an, ch(["hi! how can I help today?", "Hello, thanks for waiting. What can I do for you?"]))
    v = R.random()
    if v < 0.3:
        L(cn, "my order %s never arrived, tracking says delivered" % D("order_id", order_id()))
        L(an, "sorry about that. can you confirm the delivery address?")
        L(cn, "%s, %s" % (E("STREET_ADDRESS", us_street()), us_cityline()))
        L(an, "thanks. and a phone number in case the carrier needs it?")
        L(cn, E("PHONE_NUMBER", us_phone()))
    elif v < 0.55:
        L(cn, "need to update the card on my subscription, old one expired")
        L(an, "you can paste it here, this chat is encrypted")
        L(cn, "ok %s exp %02d/%d cvv on back" % (E("CREDIT_CARD_NUMBER", fmt_card(gen_card())), R.randint(1, 12), R.randint(27, 31)))
        L(an, "updated. please don't share the CVV, we never need it")
    elif v < 0.75:
        L(cn, "i want my payout sent to my european account instead")
        cc = ch(["DE", "FR", "NL", "ES", "IT", "BE"])
        L(cn, "IBAN %s bic %s" % (E("IBAN_CODE", fmt_iban(gen_iban(cc))), E("SWIFT_BIC_CODE", ch(BICS[cc]))))
        L(an, "got it. for security I need your date of birth")
        L(cn, E("DATE_OF_BIRTH", dob(style=ch(["mdy", "long", "mdy1"]))))
    else:
        L(cn, "someone changed my email, can't get into the account")
        L(an, "I can help. What's the birthdate on the account and the last address you had on file?")
        L(cn, "born %s, address was %s" % (E("DATE_OF_BIRTH", dob()), E("STREET_ADDRESS", us_street())))
        L(an, "ok. I see a login from %s yesterday, was that you?" % E("IP_ADDRESS", gen_ipv4()))
        L(cn, "no!! I'm on %s" % E("IP_ADDRESS", gen_ipv6()))
    L(an, "I've created ticket %s. %s" % (D("ticket_no", ticket_no()), ch(["You'll get an email shortly.", "Anything else?"])))
    L(cn, ch(["thanks", "ty", "great thank you", "ok"]))
    L("System", "Chat ended. Transcript sent to %s. CSAT %d/5." % (E("EMAIL_ADDRESS", c.email()), R.randint(1, 5)))
    t.append("\n[agent notes] %s %s %s\n" % (filler("support", 3), decoys(2), filler("support", 2)))
    return "support", "chat", "txt", "".join(t)


def doc_crm():
    t = ["CRM activity export — account owner %s\n\n" % E("PERSON_NAME", person().full)]
    for _ in range(R.randint(4, 6)):
        p = person()
        k = R.random()
        d = D("invoice_date", recent("us", "iso"))
        if k < 0.25:
            t.append("%s  Call with %s re: renewal. Prefers cell %s over office line %s. Bday %s — send card. %s\n\n" % (
                d, E("PERSON_NAME", p.full), E("PHONE_NUMBER", us_phone()), E("PHONE_NUMBER", us_phone("dot")), E("DATE_OF_BIRTH", dob(style="long")), decoy_sentence()))
        elif k < 0.45:
            t.append("%s  New business account: %s LLC, EIN/Tax ID %s, primary contact %s <%s>. Mailing: %s, %s.\n\n" % (
                d, p.last.replace(" ", ""), E("US_EIN", gen_ein()), E("PERSON_NAME", p.full), E("EMAIL_ADDRESS", p.email()), E("STREET_ADDRESS", us_street()), us_cityline()))
        elif k < 0.6:
            t.append("%s  %s asked to update remittance. New acct %s at routing %s. Verified by call-back to %s. %s\n\n" % (
                d, E("PERSON_NAME", p.full), E("US_BANK_ACCOUNT_NUMBER", digits(R.randint(8, 12))), E("US_BANK_ROUTING_NUMBER", gen_aba()), E("PHONE_NUMBER", us_phone()), decoy_sentence("routing_bad")))
        elif k < 0.75:
            t.append("%s  Sole proprietor %s uses tax id %s (ITIN) on W-9. Quote %s sent. %s\n\n" % (
                d, E("PERSON_NAME", p.full), E("US_ITIN", gen_itin()), D("invoice_no", invoice_no()), decoy_sentence("ssn_bad_area")))
        elif k < 0.9:
            t.append("%s  Meeting with %s and %s; demo of %s. Follow-up on %s. %s\n\n" % (
                d, E("PERSON_NAME", p.full), E("PERSON_NAME", person().full), D("version", version()), D("appointment_date", recent()), filler("support", 3)))
        else:
            t.append("%s  Email bounced for %s (%s). Alternate: %s. %s\n\n" % (
                d, E("PERSON_NAME", p.full), E("EMAIL_ADDRESS", p.email()), E("EMAIL_ADDRESS", p.email()), decoy_sentence("sha1")))
    return "crm", "notes", "txt", "".join(t)


def doc_kyc():
    p = person()
    st, dl = gen_dl()
    t = ["Know-Your-Customer review — brokerage account opening\nReviewer: %s   Case %s   Opened %s\n\n" % (
        E("PERSON_NAME", person().full), D("ticket_no", ticket_no()), D("invoice_date", recent("us", "long")))]
    t.append("Applicant %s (%s) applied online from %s. " % (E("PERSON_NAME", p.full), E("EMAIL_ADDRESS", p.email()), E("IP_ADDRESS", gen_ipv4())))
    t.append(ch(["Stated birth date %s; ", "DOB given as %s; ", "Applicant was born %s; "]) % E("DATE_OF_BIRTH", dob()))
    t.append("residential address %s, %s.\n\n" % (E("STREET_ADDRESS", us_street()), us_cityline()))
    t.append("Documents:\n")
    t.append(ch(["  * Passport no. %s, issued %s\n", "  * US passport book #%s (issue date %s)\n", "  * Passport number: %s, issued on %s\n"]) % (
        E("US_PASSPORT", gen_passport()), D("issue_date", fmt_date(*rdate(2016, 2024)))))
    t.append(ch(["  * %s driver's license %s\n", "  * Driver License (%s) #%s\n", "  * %s DL %s, photo matches selfie\n"]) % (st, E("US_DRIVERS_LICENSE", dl)))
    t.append("  * SSN %s — matched by bureau\n" % E("US_SSN", gen_ssn()))
    t.append("\nFunding: ACH from routing %s / account %s. Employer-provided EIN %s for the 401(k) rollover.\n" % (
        E("US_BANK_ROUTING_NUMBER", gen_aba()), E("US_BANK_ACCOUNT_NUMBER", digits(R.randint(8, 12))), E("US_EIN", gen_ein())))
    t.append("Reviewer notes: OFAC clear. Device fingerprint %s. %s %s\n" % (D("sha1", sha1()), decoys(2), filler("finance", 3)))
    t.append("Training material reference values (%s / %s) were not used.\n" % (test_value("ssn"), test_value("card")))
    return "kyc", "review", "txt", "".join(t)


def doc_uk_gp():
    p, gp, cons = person("anglo" if R.random() < 0.5 else ch(US_MIX)), person("anglo"), person()
    t = ["%s Surgery\n%s, %s\nTel: %s\n\n%s\n\n" % (ch(["Hawthorn Lane", "Moorland Road", "Beacon"]), uk_street(), uk_cityline(), E("PHONE_NUMBER", uk_phone()), D("letter_date", fmt_date(*rdate(2025, 2026), loc="uk")))]
    t.append("Re: %s   DOB: %s   NHS No: %s\nAddress: %s, %s\n\n" % (
        E("PERSON_NAME", p.full), E("DATE_OF_BIRTH", dob("uk")), E("UK_NHS_NUMBER", fmt_nhs(gen_nhs())), E("STREET_ADDRESS", uk_street()), uk_cityline()))
    t.append("Dear Dr %s,\n\nThank you for seeing this patient in clinic on %s. " % (E("PERSON_NAME", cons.full), D("appointment_date", fmt_date(*rdate(2025, 2026), loc="uk"))))
    c1, c2 = R.sample(ICD, 2)
    t.append("Diagnoses: %s (%s); %s (%s). " % (c1[1], E("ICD10_CODE", c1[0]), c2[1], E("ICD10_CODE", c2[0])))
    t.append("%s %s The patient can be reached on %s or by email at %s.\n\n" % (filler("clinical", 3), ch(UK_PROSE), E("PHONE_NUMBER", uk_phone()), E("EMAIL_ADDRESS", p.email(ch(["btinternet.com", "hotmail.co.uk", "gmail.com"])))))
    t.append("Hospital number %s. %s\n\nYours sincerely,\n\nDr %s\nGeneral Practitioner\n" % (
        E("MEDICAL_RECORD_NUMBER", "%s%s" % (ch(["RX", "K", "H"]), digits(7))), decoy_sentence("nhs_bad"), E("PERSON_NAME", gp.full)))
    return "clinical", "gp_letter", "txt", "".join(t)


def doc_de():
    p, sb = person("german" if R.random() < 0.7 else ch(US_MIX)), person("german")
    v = ch(["kunde", "patient", "personal", "sepa"])
    iban = fmt_iban(gen_iban("DE"))
    if v == "kunde":
        t = ["Kundenservice — Gesprächsnotiz\nVorgang %s vom %s\nSachbearbeiter: %s\n\n" % (D("ticket_no", ticket_no()), D("invoice_date", fmt_date(*rdate(2025, 2026), loc="de")), E("PERSON_NAME", sb.full))]
        t.append("Anruf von %s wegen einer doppelten Abbuchung (Bestellnr. %s). " % (E("PERSON_NAME", p.full), D("order_id", digits(9))))
        t.append("Zur Identifikation wurden Geburtsdatum (%s) und Anschrift (%s, %s) abgefragt. " % (E("DATE_OF_BIRTH", dob("de")), E("STREET_ADDRESS", de_street()), de_cityline()))
        t.append("Rückruf bitte unter %s, alternativ per E-Mail an %s.\n" % (E("PHONE_NUMBER", de_phone()), E("EMAIL_ADDRESS", p.email())))
        t.append("Erstattung erfolgt auf das Konto IBAN %s, BIC %s.\n" % (E("IBAN_CODE", iban), E("SWIFT_BIC_CODE", ch(BICS["DE"]))))
        t.append("Die Kreditkarte %s wurde vorsorglich gesperrt.\n" % E("CREDIT_CARD_NUMBER", fmt_card(gen_card())))
    elif v == "patient":
        doc = person("german")
        c1, c2 = R.sample(ICD, 2)
        t = ["Klinikum %s — Entlassungsbrief\n\n" % ch(["Nordstadt", "am Stadtpark", "Sankt Georg"])]
        t.append("Patient: %s, geb. %s\nPat.-Nr.: %s\nWohnhaft: %s, %s\nTelefon: %s\n\n" % (
            E("PERSON_NAME", p.full), E("DATE_OF_BIRTH", dob("de")), E("MEDICAL_RECORD_NUMBER", digits(ch([8, 9, 10]))), E("STREET_ADDRESS", de_street()), de_cityline(), E("PHONE_NUMBER", de_phone())))
        t.append("Sehr geehrte Kollegin, sehr geehrter Kollege,\n\nwir berichten über Ihre Patientin/Ihren Patienten, die/der sich vom %s bis %s in unserer stationären Behandlung befand.\n\n" % (
            D("service_date", fmt_date(*rdate(2025, 2026), loc="de")), D("service_date", fmt_date(*rdate(2025, 2026), loc="de"))))
        t.append("Diagnosen:\n- %s (ICD-10: %s)\n- %s (%s)\n\n" % (c1[1], E("ICD10_CODE", c1[0]), c2[1], E("ICD10_CODE", c2[0])))
        t.append("Therapie und Verlauf: komplikationsloser Verlauf, Mobilisation ab dem zweiten Tag. Wiedervorstellung am %s.\n\n" % D("appointment_date", fmt_date(*rdate(2025, 2026), loc="de")))
        t.append("Mit freundlichen Grüßen\n\nDr. med. %s\nOberärztin/Oberarzt Innere Medizin\n" % E("PERSON_NAME", doc.full))
    elif v == "personal":
        t = ["Personalstammblatt (neuer Mitarbeiter)\n\n"]
        t.append("Name, Vorname: %s\nGeburtsdatum: %s\nGeburtsort: %s\nAnschrift: %s, %s\nTelefonnummer: %s\nE-Mail privat: %s\n" % (
            E("PERSON_NAME", "%s, %s" % (p.last, p.first) if R.random() < 0.4 else p.full), E("DATE_OF_BIRTH", dob("de")), ch(["Dresden", "Hannover", "Bremen", "Augsburg"]),
            E("STREET_ADDRESS", de_street()), de_cityline(), E("PHONE_NUMBER", de_phone()), E("EMAIL_ADDRESS", p.email())))
        t.append("Bankverbindung für Gehaltszahlung: %s, IBAN %s\nEintrittsdatum: %s\nVorgesetzte(r): %s\n" % (
            ch(["Sparkasse KölnBonn", "Berliner Volksbank", "Commerzbank"]), E("IBAN_CODE", iban), D("appointment_date", fmt_date(*rdate(2025, 2026), loc="de")), E("PERSON_NAME", sb.full)))
        t.append("Personalnummer %s, Kostenstelle %s. %s\n" % (D("order_id", "P" + digits(6)), digits(4), decoy_sentence("uuid")))
    else:
        t = ["SEPA-Lastschriftmandat\nGläubiger: Stadtwerke %s GmbH\nMandatsreferenz: %s\n\n" % (ch(["Nordhafen", "Elbtal", "Rheinaue"]), D("order_id", "MR-" + digits(10)))]
        t.append("Kontoinhaber: %s\nStraße und Hausnummer: %s\nPLZ und Ort: %s\nIBAN: %s\nBIC: %s\n" % (
            E("PERSON_NAME", p.full), E("STREET_ADDRESS", de_street()), de_cityline(), E("IBAN_CODE", iban), E("SWIFT_BIC_CODE", ch(BICS["DE"]))))
        t.append("Ort, Datum: %s, %s\nTelefon für Rückfragen: %s\n" % (ch(["Köln", "Kiel", "Essen"]), D("invoice_date", fmt_date(*rdate(2025, 2026), loc="de")), E("PHONE_NUMBER", de_phone())))
    t.append("\n%s %s\n" % (filler("de", 5), loc_decoys("de", 2)))
    return "intl", "de_" + v, "txt", "".join(t)


def doc_fr():
    p, ag = person("french" if R.random() < 0.75 else ch(US_MIX)), person("french")
    v = ch(["reclamation", "medical", "rh"])
    if v == "reclamation":
        t = ["Service client — fiche de réclamation n° %s\nDate : %s\nConseiller : %s\n\n" % (D("ticket_no", ticket_no()), D("invoice_date", fmt_date(*rdate(2025, 2026), loc="fr")), E("PERSON_NAME", ag.full))]
        t.append("Client : %s, né(e) le %s\nAdresse : %s, %s\nTél. : %s   Courriel : %s\n\n" % (
            E("PERSON_NAME", p.full), E("DATE_OF_BIRTH", dob("fr")), E("STREET_ADDRESS", fr_street()), fr_cityline(), E("PHONE_NUMBER", fr_phone()), E("EMAIL_ADDRESS", p.email())))
        t.append("Le client conteste un prélèvement de %s du %s. Le remboursement sera effectué sur le compte IBAN %s (BIC %s).\n" % (
            amount("EUR"), D("invoice_date", fmt_date(*rdate(2025, 2026), loc="fr")), E("IBAN_CODE", fmt_iban(gen_iban("FR"))), E("SWIFT_BIC_CODE", ch(BICS["FR"]))))
        t.append("Carte bancaire concernée : %s. Dernière connexion depuis l'adresse IP %s.\n" % (E("CREDIT_CARD_NUMBER", fmt_card(gen_card(), "space")), E("IP_ADDRESS", gen_ipv4())))
    elif v == "medical":
        doc = person("french")
        c1 = ch(ICD)
        t = ["Centre hospitalier %s — compte rendu de consultation\n\n" % ch(["de Bellevue", "Saint-Roch", "des Portes de l'Isère"])]
        t.append("Patient(e) : %s\nNée le %s à %s\nN° de dossier : %s\nDomicile : %s, %s\nTéléphone : %s\n\n" % (
            E("PERSON_NAME", p.full), E("DATE_OF_BIRTH", dob("fr")), ch(["Lyon", "Rennes", "Lille", "Nancy"]), E("MEDICAL_RECORD_NUMBER", "%d-%s" % (R.randint(2015, 2025), digits(6))),
            E("STREET_ADDRESS", fr_street()), fr_cityline(), E("PHONE_NUMBER", fr_phone())))
        t.append("Motif : suivi. Diagnostic retenu : %s (CIM-10 %s). Prochain rendez-vous le %s.\n\n" % (c1[1], E("ICD10_CODE", c1[0]), D("appointment_date", fmt_date(*rdate(2025, 2026), loc="fr"))))
        t.append("Dr %s\n" % E("PERSON_NAME", doc.full))
    else:
        t = ["Dossier d'embauche — informations salarié\n\n"]
        t.append("Nom et prénom : %s\nDate de naissance : %s\nAdresse : %s, %s\nPortable : %s\nE-mail : %s\n" % (
            E("PERSON_NAME", p.full), E("DATE_OF_BIRTH", dob("fr")), E("STREET_ADDRESS", fr_street()), fr_cityline(), E("PHONE_NUMBER", fr_phone()), E("EMAIL_ADDRESS", p.email())))
        t.append("RIB pour le versement du salaire : IBAN %s — BIC %s\nDate d'entrée : %s\nResponsable : %s\n" % (
            E("IBAN_CODE", fmt_iban(gen_iban("FR"))), E("SWIFT_BIC_CODE", ch(BICS["FR"])), D("appointment_date", fmt_date(*rdate(2025, 2026), loc="fr")), E("PERSON_NAME", ag.full)))
    t.append("\n%s %s\n" % (filler("fr", 5), loc_decoys("fr", 2)))
    return "intl", "fr_" + v, "txt", "".join(t)


def doc_es():
    p, ag = person("spanish" if R.random() < 0.6 else "hispanic"), person("spanish")
    v = ch(["cliente", "paciente"])
    if v == "cliente":
        t = ["Ficha de cliente — alta de cuenta\nReferencia: %s\nGestor: %s\n\n" % (D("order_id", order_id()), E("PERSON_NAME", ag.full))]
        t.append("Titular: %s\nFecha de nacimiento: %s\nDomicilio: %s, %s\nTeléfono: %s\nCorreo electrónico: %s\n" % (
            E("PERSON_NAME", p.full), E("DATE_OF_BIRTH", dob("es")), E("STREET_ADDRESS", es_street()), es_cityline(), E("PHONE_NUMBER", es_phone()), E("EMAIL_ADDRESS", p.email())))
        t.append("Cuenta de domiciliación: IBAN %s, BIC %s.\n" % (E("IBAN_CODE", fmt_iban(gen_iban("ES"))), E("SWIFT_BIC_CODE", ch(BICS["ES"]))))
        t.append("Observaciones: el cliente solicita que las facturas (p. ej. %s) se envíen por correo.\n" % D("invoice_no", invoice_no()))
    else:
        doc = person("spanish")
        c1, c2 = R.sample(ICD, 2)
        t = ["Hospital Universitario %s — Informe de alta\n\n" % ch(["La Paz", "del Mar", "Virgen de la Arrixaca"])]
        t.append("Paciente: %s   N.º historia clínica: %s\nFecha de nacimiento: %s   Teléfono de contacto: %s\nDirección: %s, %s\n\n" % (
            E("PERSON_NAME", p.full), E("MEDICAL_RECORD_NUMBER", digits(ch([7, 8]))), E("DATE_OF_BIRTH", dob("es")), E("PHONE_NUMBER", es_phone()), E("STREET_ADDRESS", es_street()), es_cityline()))
        t.append("Diagnóstico principal: %s (CIE-10 %s). Diagnóstico secundario: %s.\nFecha de ingreso %s, fecha de alta %s.\n" % (
            c1[1], E("ICD10_CODE", c1[0]), E("ICD10_CODE", c2[0]), D("service_date", fmt_date(*rdate(2025, 2026), loc="es")), D("service_date", fmt_date(*rdate(2025, 2026), loc="es"))))
        t.append("Firmado: Dra./Dr. %s\n" % E("PERSON_NAME", doc.full))
    t.append("\n%s %s\n" % (filler("es", 5), loc_decoys("es", 2)))
    return "intl", "es_" + v, "txt", "".join(t)


def doc_nl():
    p, ag = person("dutch" if R.random() < 0.75 else ch(US_MIX)), person("dutch")
    t = ["Klantgegevens — wijzigingsformulier\nDossiernummer %s   Behandeld door %s\n\n" % (D("ticket_no", ticket_no()), E("PERSON_NAME", ag.full))]
    t.append("Naam: %s\nGeboortedatum: %s\nAdres: %s, %s\nTelefoonnummer: %s\nE-mailadres: %s\n" % (
        E("PERSON_NAME", p.full), E("DATE_OF_BIRTH", dob("nl")), E("STREET_ADDRESS", nl_street()), nl_cityline(), E("PHONE_NUMBER", nl_phone()), E("EMAIL_ADDRESS", p.email())))
    ib = gen_iban("NL")
    t.append("Rekeningnummer (IBAN): %s  BIC: %s\n" % (E("IBAN_CODE", fmt_iban(ib)), E("SWIFT_BIC_CODE", bic_for(ib))))
    t.append("Opmerking: klant is verhuisd per %s; oude factuur %s blijft openstaan. Contact via de app vanaf IP %s.\n" % (
        D("appointment_date", fmt_date(*rdate(2025, 2026), loc="nl")), D("invoice_no", invoice_no()), E("IP_ADDRESS", gen_ipv4())))
    t.append("%s %s\n" % (filler("nl", 5), loc_decoys("nl", 2)))
    return "intl", "nl_klant", "txt", "".join(t)


def doc_it():
    p, ag = person("italian" if R.random() < 0.75 else ch(US_MIX)), person("italian")
    t = ["Modulo di adesione — dati del cliente\nPratica n. %s   Operatore: %s\n\n" % (D("ticket_no", ticket_no()), E("PERSON_NAME", ag.full))]
    t.append("Il/La sottoscritto/a %s, nato/a a %s il %s, residente in %s, %s,\n" % (
        E("PERSON_NAME", p.full), ch(["Roma", "Bari", "Verona", "Palermo"]), E("DATE_OF_BIRTH", dob("it")), E("STREET_ADDRESS", it_street()), it_cityline()))
    t.append("recapito telefonico %s, indirizzo e-mail %s,\n" % (E("PHONE_NUMBER", it_phone()), E("EMAIL_ADDRESS", p.email())))
    t.append("autorizza l'addebito sul conto corrente con codice IBAN %s (codice BIC/SWIFT %s).\n" % (E("IBAN_CODE", fmt_iban(gen_iban("IT"))), E("SWIFT_BIC_CODE", ch(BICS["IT"]))))
    t.append("Codice cliente %s. Data di decorrenza: %s.\n" % (D("order_id", "CL" + digits(8)), D("appointment_date", fmt_date(*rdate(2025, 2026), loc="it"))))
    t.append("%s %s\n" % (filler("it", 5), loc_decoys("it", 2)))
    return "intl", "it_adesione", "txt", "".join(t)


def doc_swiss_be():
    cc = ch(["CH", "BE"])
    p = person("german" if cc == "CH" else "french")
    t = ["Payment details update — %s subsidiary\n\n" % ("Zürich" if cc == "CH" else "Brussels")]
    t.append("Employee %s (born %s) asked payroll to use the following account from next month:\n" % (E("PERSON_NAME", p.full), E("DATE_OF_BIRTH", dob("de" if cc == "CH" else "fr"))))
    t.append("  IBAN %s\n  BIC %s\n  Address: %s, %s\n  Phone: %s\n" % (
        E("IBAN_CODE", fmt_iban(gen_iban(cc))), E("SWIFT_BIC_CODE", ch(BICS[cc])), E("STREET_ADDRESS", de_street() if cc == "CH" else fr_street()),
        "8001 Zürich" if cc == "CH" else "1050 Ixelles", E("PHONE_NUMBER", ch_phone() if cc == "CH" else be_phone())))
    t.append("%s %s\n" % (filler("finance", 4), decoys(2)))
    return "intl", cc.lower() + "_payroll", "txt", "".join(t)


UK_PROSE = ["I would be grateful for your opinion regarding further management.",
            "She has been on the waiting list for some time and is keen to proceed.",
            "He lives alone but has good support from family nearby.",
            "Repeat bloods are booked with the practice nurse next week."]


def doc_uk_clinic_list():
    cons = person("anglo")
    t = ["%s NHS Foundation Trust — Outpatient clinic list\nClinic: %s    Consultant: %s    Session date %s\n\n" % (
        ch(["Pennine Vale", "Severn Meadows", "East Wolds"]), ch(["Respiratory", "Diabetes & Endocrine", "Cardiology", "Orthopaedics"]),
        E("PERSON_NAME", cons.full), D("appointment_date", fmt_date(*rdate(2025, 2026), loc="uk")))]
    for k in range(R.randint(5, 8)):
        p = person(ch(["anglo", "anglo", "indian", "nigerian", "chinese", "other", "italian"]))
        t.append("%02d:%02d  %s  NHS %s  DOB %s  Hosp no. %s  %s\n" % (
            R.randint(9, 16), ch([0, 15, 30, 45]), E("PERSON_NAME", p.full), E("UK_NHS_NUMBER", fmt_nhs(gen_nhs())), E("DATE_OF_BIRTH", dob("uk")),
            E("MEDICAL_RECORD_NUMBER", ch(["RX", "H", "K"]) + digits(7)), ch(["new", "follow-up", "post-op review", "results"])))
        if R.random() < 0.4:
            c = ch(ICD)
            t.append("       referral reason: %s (%s); contact %s\n" % (c[1], E("ICD10_CODE", c[0]), E("PHONE_NUMBER", uk_phone())))
    t.append("\nNotes: %s %s\n" % (filler("clinical", 3), decoy_sentence("nhs_bad")))
    t.append("Transport bookings reference %s. %s\n" % (D("ticket_no", ticket_no()), decoy_sentence("nhs_bad")))
    return "clinical", "clinic_list", "txt", "".join(t)


def doc_lab_report():
    p, md, path_ = person(), person(), person()
    mrn = ch(["%08d" % R.randint(1, 99999999), "MR-%s" % digits(7), "%s%s" % (ch("ABCHK"), digits(8))])
    t = ["%s — LABORATORY REPORT\n\n" % ch(HOSPITALS)]
    t.append(ch(["Name: %s\nDOB: %s\nMRN: %s\n", "Patient %s  (born %s)  chart # %s\n", "PATIENT: %s | BIRTHDATE: %s | PATIENT ID: %s\n"]) % (
        E("PERSON_NAME", p.full.upper() if R.random() < 0.3 else p.full), E("DATE_OF_BIRTH", dob(style=ch(["mdy", "iso", "mdy1"]))), E("MEDICAL_RECORD_NUMBER", mrn)))
    t.append("Ordering provider: %s, NPI %s\nCollected %s   Received %s   Accession %s\n" % (
        E("PERSON_NAME", md.full), E("US_NPI", gen_npi()), D("timestamp", iso_ts()), D("timestamp", iso_ts()), D("ten_digit_bad_npi", bad_npi())))
    c = ch(ICD)
    t.append("Indication: %s (%s)\n\n" % (c[1], E("ICD10_CODE", c[0])))
    t.append("TEST                       RESULT    FLAG   REF RANGE      UNITS\n")
    panel = [("Sodium", 136, 145, "mmol/L"), ("Potassium", 3.5, 5.1, "mmol/L"), ("Chloride", 98, 107, "mmol/L"), ("BUN", 7, 20, "mg/dL"),
             ("Creatinine", 0.6, 1.2, "mg/dL"), ("Glucose", 70, 99, "mg/dL"), ("Hemoglobin A1c", 4.0, 5.6, "%"), ("WBC", 4.0, 11.0, "K/uL"),
             ("Hemoglobin", 12.0, 17.5, "g/dL"), ("Platelets", 150, 400, "K/uL"), ("TSH", 0.4, 4.0, "mIU/L"), ("LDL cholesterol", 0, 99, "mg/dL")]
    for name, lo, hi, unit in R.sample(panel, R.randint(6, 10)):
        v = round(R.uniform(lo * 0.8, hi * 1.25), 1)
        flag = "H" if v > hi else ("L" if v < lo else "")
        t.append("%-26s %-9s %-6s %-14s %s\n" % (name, v, flag, "%s-%s" % (lo, hi), unit))
    t.append("\nComment: %s Verified by %s, MD (pathology). Report id %s\n" % (filler("clinical", 2), E("PERSON_NAME", path_.full), D("uuid", uuid())))
    t.append("Results phoned to %s at %s on %s.\n" % (E("PERSON_NAME", person().full), E("PHONE_NUMBER", us_phone()), D("timestamp", iso_ts())))
    return "clinical", "lab", "txt", "".join(t)


def doc_rx_log():
    ph = ch(PHARMACIES)
    t = ["%s — Schedule II dispensing log (perpetual inventory)\nPharmacist in charge: %s   Store DEA %s\n\n" % (
        ph, E("PERSON_NAME", person().full), E("US_DEA_NUMBER", gen_dea(ch(["Crestview", "Main", "Wellpoint", "Harbor"]))))]
    for _ in range(R.randint(5, 8)):
        p, md = person(), person()
        drug, _sig = ch([d for d in DRUGS if any(k in d[0] for k in ("oxycodone", "methylphenidate", "alprazolam"))])
        t.append("%s | Rx %s | %s | pt %s (DOB %s) | prescriber %s DEA %s NPI %s | qty %d | on hand %d\n" % (
            D("service_date", recent("us", "iso")), D("order_id", digits(7)), drug, E("PERSON_NAME", p.full), E("DATE_OF_BIRTH", dob(style="mdy")),
            E("PERSON_NAME", md.full), E("US_DEA_NUMBER", gen_dea(md.last)), E("US_NPI", gen_npi()), R.choice([10, 20, 28, 30, 60]), R.randint(40, 900)))
    t.append("\nBiennial count reconciled; variance %d tablets explained by documented waste. %s %s\n" % (R.randint(0, 3), filler("clinical", 1), decoys(2)))
    return "clinical", "cii_log", "txt", "".join(t)


def doc_tax_intake():
    p, sp = person(), person()
    t = ["Tax preparation intake — %s season\nPreparer: %s (PTIN on file)   Client folder %s\n\n" % (R.randint(2025, 2026), E("PERSON_NAME", person().full), D("order_id", order_id()))]
    t.append("Taxpayer: %s, born %s, SSN %s. Occupation: %s.\n" % (
        E("PERSON_NAME", p.full), E("DATE_OF_BIRTH", dob(style=ch(["mdy", "long"]))), E("US_SSN", gen_ssn()), ch(["nurse", "truck driver", "software tester", "teacher", "line cook"])))
    if R.random() < 0.6:
        t.append("Spouse: %s, DOB %s, uses ITIN %s (no SSN yet).\n" % (E("PERSON_NAME", sp.full), E("DATE_OF_BIRTH", dob(style="mdy")), E("US_ITIN", gen_itin())))
    else:
        t.append("Spouse: %s, DOB %s, SSN %s.\n" % (E("PERSON_NAME", sp.full), E("DATE_OF_BIRTH", dob(style="mdy")), E("US_SSN", gen_ssn())))
    for _ in range(R.randint(0, 2)):
        kid = person(p.culture)
        t.append("Dependent: %s, born %s, %s %s.\n" % (E("PERSON_NAME", kid.full), E("DATE_OF_BIRTH", fmt_date(*rdate(2008, 2022), style="mdy")),
                                                      *ch([("SSN", E("US_SSN", gen_ssn())), ("ITIN", E("US_ITIN", gen_itin()))])))
    t.append("Home: %s, %s. Phone %s, email %s.\n\n" % (E("STREET_ADDRESS", us_street()), us_cityline(), E("PHONE_NUMBER", us_phone()), E("EMAIL_ADDRESS", p.email())))
    t.append("W-2s received:\n")
    for _ in range(R.randint(1, 2)):
        t.append("  - %s, employer EIN %s, wages %s\n" % (ch(["Tidewater Energy Inc", "Northgate Outfitters LLC", "County of Riverside", "Harborline Logistics Corp"]),
                                                      E("US_EIN", gen_ein()), amount(lo=18000, hi=140000)))
    t.append("1099-NEC from %s (payer TIN %s).\n" % (ch(["Brightcart Marketplace", "Copperleaf Telecom"]), E("US_EIN", gen_ein())))
    t.append("\nRefund by direct deposit to routing %s, acct %s (%s).\n" % (E("US_BANK_ROUTING_NUMBER", gen_aba()), E("US_BANK_ACCOUNT_NUMBER", digits(R.randint(8, 12))), ch(["checking", "savings"])))
    t.append("Last year's AGI %s; estimated payments made on %s and %s. %s %s\n" % (amount(lo=25000, hi=190000), D("invoice_date", recent()), D("invoice_date", recent()), decoy_sentence("ssn_bad_group"), decoy_sentence("ssn_bad_area")))
    t.append("Reminder: IRS will never call about %s-style sample numbers such as %s.\n" % ("demo", test_value("ssn")))
    return "finance", "tax_intake", "txt", "".join(t)


def doc_rental():
    p = person()
    st, dl = gen_dl()
    t = ["%s — Rental agreement summary\nAgreement %s   Pick-up %s   Return %s\n\n" % (
        ch(["Redline Car Rental", "Mesa Auto Hire", "Coastline Rent-a-Car"]), D("order_id", "RA" + digits(9)), D("appointment_date", recent("us", "long")), D("appointment_date", recent("us", "long")))]
    t.append("Primary renter: %s\nDate of birth: %s\nLicense: %s %s, exp. %s\n" % (E("PERSON_NAME", p.full), E("DATE_OF_BIRTH", dob(style=ch(["mdy", "short"]))), st, E("US_DRIVERS_LICENSE", dl),
                                                                                D("issue_date", fmt_date(*rdate(2026, 2031), style="mdy"))))
    if R.random() < 0.5:
        q = person()
        st2, dl2 = gen_dl()
        t.append("Additional driver: %s, %s DL# %s, born %s\n" % (E("PERSON_NAME", q.full), st2, E("US_DRIVERS_LICENSE", dl2), E("DATE_OF_BIRTH", dob())))
    else:
        t.append("Secondary ID (international one-way): passport %s\n" % E("US_PASSPORT", gen_passport()))
    t.append("Address: %s, %s   Mobile: %s   Email: %s\n" % (E("STREET_ADDRESS", us_street()), us_cityline(), E("PHONE_NUMBER", us_phone()), E("EMAIL_ADDRESS", p.email())))
    t.append("Deposit hold %s on card %s.\nVehicle VIN %s, plate %s, odometer %d mi. Fuel full/full.\n" % (
        amount(), E("CREDIT_CARD_NUMBER", fmt_card(gen_card())), D("part_no", "1HG" + "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14))),
        "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(4), R.randint(3000, 64000)))
    t.append("Counter agent: %s. %s %s\n" % (E("PERSON_NAME", person().full), decoys(2), filler("support", 2)))
    return "support", "rental", "txt", "".join(t)


def doc_medicare_elig():
    t = ["271 eligibility response (human-readable rendering)\nSubmitter: %s   Batch %s   Generated %s\n\n" % (
        ch(["Cascade Valley Health billing office", "Lakeside Orthopaedics PC", "Riverbend University Hospital PFS"]), D("uuid", uuid()), D("timestamp", iso_ts()))]
    for k in range(R.randint(4, 7)):
        p = person()
        t.append("Beneficiary %d: %s\n  Medicare number (MBI): %s\n  Birth date: %s   Gender: %s\n  Address: %s, %s\n  Part A eff. %s  Part B eff. %s  Status: %s\n\n" % (
            k + 1, E("PERSON_NAME", p.full), E("US_MBI", gen_mbi(R.random() < 0.35)), E("DATE_OF_BIRTH", fmt_date(*rdate(1935, 1960), style=ch(["mdy", "iso"]))), ch("FM"),
            E("STREET_ADDRESS", us_street()), us_cityline(), D("service_date", fmt_date(*rdate(2000, 2024), style="mdy")), D("service_date", fmt_date(*rdate(2000, 2024), style="mdy")),
            ch(["ACTIVE", "ACTIVE", "ACTIVE - MA plan on file", "TERMINATED"])))
    t.append("Trace %s. Rejected rows: %s\n" % (D("order_id", "TRN" + digits(10)), decoy_sentence("ssn_bad_group")))
    return "claims", "eligibility", "txt", "".join(t)


def doc_travel():
    lead = person()
    t = ["Group travel booking — confirmation %s\nBooked by %s <%s> on %s\n\n" % (
        D("order_id", "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))), E("PERSON_NAME", lead.full), E("EMAIL_ADDRESS", lead.email()), D("invoice_date", recent("us", "long")))]
    t.append("Itinerary: %s -> %s departing %s, returning %s.\n\nTravellers (as printed in passports):\n" % (
        ch(["ORD", "SFO", "ATL", "JFK", "SEA"]), ch(["LHR", "CDG", "FCO", "MAD", "AMS"]), D("appointment_date", recent("us", "short")), D("appointment_date", recent("us", "short"))))
    for k in range(R.randint(2, 5)):
        p = lead if k == 0 else person(lead.culture if R.random() < 0.5 else None)
        t.append(ch(["  %d. %s — born %s — passport no. %s (USA), exp. %s\n", "  %d. %s | DOB %s | Passport # %s | expiry %s\n"]) % (
            k + 1, E("PERSON_NAME", p.full), E("DATE_OF_BIRTH", dob(style=ch(["mdy", "dmy_long", "short"]))), E("US_PASSPORT", gen_passport()),
            D("issue_date", fmt_date(*rdate(2027, 2035), style="mdy"))))
    t.append("\nEmergency contact during travel: %s, %s.\nPaid with %s; fare total %s.\n" % (
        E("PERSON_NAME", person().full), E("PHONE_NUMBER", us_phone()), E("CREDIT_CARD_NUMBER", fmt_card(gen_card())), amount()))
    t.append("Record locator history %s. %s\n" % (D("sha1", sha1()), filler("support", 2)))
    return "support", "travel", "txt", "".join(t)


def doc_contractors():
    t = ["Contractor payment run — %s\nPrepared by %s, Accounts Payable\n\n" % (D("invoice_date", recent("us", "long")), E("PERSON_NAME", person().full))]
    for _ in range(R.randint(4, 6)):
        p = person()
        tin = ch([("ITIN", E("US_ITIN", gen_itin())), ("ITIN", E("US_ITIN", gen_itin())), ("SSN", E("US_SSN", gen_ssn())), ("EIN", E("US_EIN", gen_ein()))])
        t.append("* %s — W-9 TIN type %s: %s — pay to ABA %s / acct %s — %s for invoice %s\n" % (
            E("PERSON_NAME", p.full), tin[0], tin[1], E("US_BANK_ROUTING_NUMBER", gen_aba()), E("US_BANK_ACCOUNT_NUMBER", digits(R.randint(8, 12))), amount(), D("invoice_no", invoice_no())))
    t.append("\n%s %s %s\n" % (filler("finance", 3), decoy_sentence("routing_bad"), decoy_sentence("ssn_bad_area")))
    return "finance", "contractors", "txt", "".join(t)


def doc_auto_claim():
    a, b, adj = person(), person(), person()
    sta, dla = gen_dl()
    stb, dlb = gen_dl()
    t = ["%s — First notice of loss (auto)\nClaim %s   Policy %s   Reported %s\nAdjuster: %s, direct line %s\n\n" % (
        ch(["Summit Ridge Insurance", "Granite State Mutual", "Prairie Shield Auto"]), D("order_id", claim_no()), D("order_id", "PAP-" + digits(8)),
        D("invoice_date", recent("us", "long")), E("PERSON_NAME", adj.full), E("PHONE_NUMBER", us_phone()))]
    t.append("Loss description: our insured, %s, states that on %s at about %d:%02d %s the other vehicle failed to yield while turning left near %s. "
             "Airbags did not deploy. Police report %s was filed at the scene.\n\n" % (
                 E("PERSON_NAME", a.full), D("service_date", recent("us", "long")), R.randint(1, 12), R.randint(0, 59), ch(["a.m.", "p.m."]),
                 ch(["the Walgreens on Route 9", "the I-35 frontage road", "Elm and 3rd"]), D("order_id", "PR" + digits(7))))
    t.append("Insured driver: %s, DOB %s, %s driver's license %s\n  Address: %s, %s   Cell: %s   Email: %s\n" % (
        E("PERSON_NAME", a.full), E("DATE_OF_BIRTH", dob()), sta, E("US_DRIVERS_LICENSE", dla), E("STREET_ADDRESS", us_street()), us_cityline(),
        E("PHONE_NUMBER", us_phone()), E("EMAIL_ADDRESS", a.email())))
    t.append("Claimant (other driver): %s, licence no. %s (%s), date of birth %s\n  Address: %s, %s   Phone: %s\n  Carrier: %s, their claim %s\n\n" % (
        E("PERSON_NAME", b.full), E("US_DRIVERS_LICENSE", dlb), stb, E("DATE_OF_BIRTH", dob()), E("STREET_ADDRESS", us_street()), us_cityline(),
        E("PHONE_NUMBER", us_phone()), ch(["Lakeshore Casualty", "Pinnacle Direct", "Redwood General"]), D("order_id", claim_no())))
    t.append("Vehicles: insured VIN %s, claimant VIN %s. Tow to %s, invoice %s for %s.\n" % (
        D("part_no", "1FT" + "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14))), D("part_no", "5YJ" + "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14))),
        ch(["Mike's Collision", "Eastside Body Works", "AutoPro Repair"]), D("invoice_no", invoice_no()), amount(lo=150, hi=900)))
    t.append("Injury: claimant reports neck pain, seen at urgent care (%s). Medical payments coverage applies.\n" % E("ICD10_CODE", ch(["S13.4XXA", "M54.2", "S16.1XXA"])))
    t.append("Adjuster notes: %s %s\n" % (filler("support", 2), decoys(2)))
    return "claims", "auto_fnol", "txt", "".join(t)


KINDS = [(doc_support_email, 9), (doc_auto_claim, 5), (doc_call_transcript, 8), (doc_discharge, 9), (doc_pharmacy, 6), (doc_claim, 7),
         (doc_onboarding, 8), (doc_wire, 8), (doc_statement, 4), (doc_app_log, 3), (doc_incident_log, 4), (doc_chat, 7),
         (doc_crm, 6), (doc_kyc, 4), (doc_medicare_elig, 4), (doc_travel, 4), (doc_contractors, 4), (doc_uk_gp, 5), (doc_de, 7), (doc_fr, 6), (doc_es, 5), (doc_nl, 4), (doc_it, 4), (doc_swiss_be, 3),
         (doc_lab_report, 7), (doc_rx_log, 4), (doc_tax_intake, 6), (doc_rental, 5), (doc_uk_clinic_list, 4)]

# ========================================================================================= writer
SENT = re.compile(r"\x01([^\x02]+)\x02([^\x01\x03]*)\x03")


def render(text):
    out, pos, spans, last = [], 0, [], 0
    for m in SENT.finditer(text):
        pre = text[last:m.start()].encode("utf-8")
        out.append(pre)
        pos += len(pre)
        val = m.group(2).encode("utf-8")
        spans.append((m.group(1), pos, pos + len(val), m.group(2)))
        out.append(val)
        pos += len(val)
        last = m.end()
    out.append(text[last:].encode("utf-8"))
    data = b"".join(out)
    assert b"\x01" not in data and b"\x02" not in data and b"\x03" not in data, "unbalanced sentinel"
    return data, spans


VALIDATE = {
    "CREDIT_CARD_NUMBER": card_ok, "IBAN_CODE": iban_ok, "US_BANK_ROUTING_NUMBER": aba_ok, "US_NPI": npi_ok,
    "US_DEA_NUMBER": dea_ok, "UK_NHS_NUMBER": nhs_ok, "US_SSN": ssn_ok, "US_ITIN": itin_ok, "US_MBI": mbi_ok, "US_EIN": ein_ok,
}
TEST_STRINGS = {v for _, v in TEST_VALUES} | {re.sub(r"\D", "", v) for k, v in TEST_VALUES if k in ("card", "ssn")}


def check_value(typ, val):
    if typ in VALIDATE:
        assert VALIDATE[typ](val), (typ, val)
    if typ == "IP_ADDRESS":
        assert ipv4_public_ok(val) if "." in val else (":" in val and not val.lower().startswith("2001:db8")), val
    if typ == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}", val) and not re.search(r"example\.(com|org|net)$", val), val
    if typ == "PHONE_NUMBER":
        assert not re.search(r"555[-. ]?01\d\d", val), val
    if typ == "ICD10_CODE":
        assert re.fullmatch(r"[A-TV-Z]\d[0-9A-Z](\.?[0-9A-Z]{1,4})?", val), val
    assert val not in TEST_STRINGS and re.sub(r"\D", "", val) not in ("4111111111111111", "123456789", "078051120"), val
    assert val == val.strip() and val, (typ, val)


def check_decoy(kind, val):
    digits_only = re.sub(r"[ -]", "", val)
    if kind == "card_bad_luhn":
        assert not luhn_ok(digits_only)
    elif kind == "ssn_bad_area":
        assert not ssn_ok(val) and not itin_ok(val)
    elif kind == "ssn_bad_group":
        assert not ssn_ok(val) and not itin_ok(val)
    elif kind == "iban_bad":
        assert not iban_ok(val)
    elif kind == "routing_bad":
        assert not aba_ok(val)
    elif kind == "ten_digit_bad_npi":
        assert not npi_ok(val) and not nhs_ok(val)
    elif kind == "nhs_bad":
        assert not nhs_ok(val) and not npi_ok(val)
    elif kind == "epoch":
        assert re.fullmatch(r"1[67]\d{11}", val)
    # look-alike numbers in any decoy must not accidentally be valid sensitive values of the confusable type
    if re.fullmatch(r"\d{13,19}", digits_only) and kind != "test_value":
        assert not card_ok(digits_only), (kind, val)


def main():
    import shutil
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(os.path.join(OUT, "files"))
    plan = []
    for fn, n in KINDS:
        plan += [fn] * n
    R.shuffle(plan)
    truth, dec, counters = [], [], Counter()
    total_bytes = 0
    for idx, fn in enumerate(plan):
        cat, stem, ext, text = fn()
        rel = "%s/%s_%04d.%s" % (cat, stem, idx, ext)
        data, spans = render(text)
        path = os.path.join(OUT, "files", rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(data)
        total_bytes += len(data)
        for lab, s, e, val in spans:
            if lab.startswith("~"):
                check_decoy(lab[1:], val)
                dec.append({"file": rel, "start": s, "end": e, "kind": lab[1:], "_v": val})
            else:
                check_value(lab, val)
                truth.append({"file": rel, "start": s, "end": e, "type": lab, "_v": val})
    # ---- verification pass: re-read every file from disk
    cache = {}
    by_file = {}
    for r in truth + dec:
        f = r["file"]
        if f not in cache:
            cache[f] = open(os.path.join(OUT, "files", f), "rb").read()
        assert cache[f][r["start"]:r["end"]].decode("utf-8") == r["_v"], r
        by_file.setdefault(f, []).append((r["start"], r["end"], "type" in r, r.get("type") or r.get("kind")))
    for f, sp in by_file.items():
        sp.sort()
        for a, b in zip(sp, sp[1:]):
            assert a[1] <= b[0], ("overlap", f, a, b)
    # ---- leak check: sensitive-looking strings outside any labelled span
    leaks = []
    pats = [("EMAIL", re.compile(rb"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}")),
            ("CARD", re.compile(rb"(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])")),
            ("SSN", re.compile(rb"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")),
            ("IPV4", re.compile(rb"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")),
            ("IBAN", re.compile(rb"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b"))]
    for f, data in cache.items():
        sp = by_file.get(f, [])
        for name, pat in pats:
            for m in pat.finditer(data):
                covered = any(s <= m.start() < e or s < m.end() <= e or (m.start() <= s and e <= m.end()) for s, e, _, _ in sp)
                if covered:
                    continue
                v = m.group().decode()
                if name == "CARD" and not card_ok(v):
                    continue
                if name == "SSN" and not ssn_ok(v):
                    continue
                if name == "IPV4" and not ipv4_public_ok(v):
                    continue
                if name == "IBAN" and not iban_ok(v):
                    continue
                leaks.append((f, name, v))
    if leaks:
        for l in leaks[:40]:
            print("LEAK", l, file=sys.stderr)
        raise SystemExit("unlabelled sensitive-looking strings found: %d" % len(leaks))
    for r in truth + dec:
        del r["_v"]
    with open(os.path.join(OUT, "truth.jsonl"), "w") as fh:
        for r in truth:
            fh.write(json.dumps(r) + "\n")
    with open(os.path.join(OUT, "decoys.jsonl"), "w") as fh:
        for r in dec:
            fh.write(json.dumps(r) + "\n")
    open(os.path.join(OUT, "columns_truth.jsonl"), "w").close()
    stats = {"preset": "heldout", "seed": SEED, "text_files": len(plan), "text_bytes": total_bytes, "entities": len(truth),
             "decoys": len(dec), "columns": 0,
             "per_type": dict(sorted(Counter(r["type"] for r in truth).items())),
             "per_decoy_kind": dict(sorted(Counter(r["kind"] for r in dec).items())),
             "per_doc_kind": dict(sorted(Counter(fn.__name__ for fn in plan).items()))}
    with open(os.path.join(OUT, "stats.json"), "w") as fh:
        json.dump(stats, fh, indent=1)
    print(json.dumps(stats, indent=1))


if __name__ == "__main__":
    main()

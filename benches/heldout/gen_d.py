#!/usr/bin/env python3
"""Held-out corpus D for the PII/PHI/financial scanner (stdlib only, deterministic).

usage: gen_d.py [OUT] [SEED]      (default OUT=/tmp/datareach-heldout/d, SEED=48151)

Writes OUT/files/** (text only, a few .gz), OUT/truth.jsonl, OUT/decoys.jsonl, OUT/columns_truth.jsonl
(empty), OUT/stats.json.  Documents are composed with inline markers
    \\x01TYPE\\x02value\\x03   (sensitive span)      \\x04kind\\x02value\\x03   (decoy)
which are stripped into exact byte spans (UTF-8, end exclusive; offsets into the decompressed stream for
.gz).  Every file is read back and validated: spans decode to their values, spans never overlap,
checksummed truth values pass their checksum and checksummed decoys fail theirs (or are on a list of
well-known test / documentation values), and the unmarked remainder holds no e-mail address, valid
SSN / ITIN, brand-prefixed Luhn-valid card, dotted-quad IPv4 or valid IBAN.

Document kinds (written without reading the scanner's rules or the other held-out generators):
payroll registers / pre-note listings / benefits census / state new-hire reports (fixed-width text);
W-9, 1099-NEC, 1099-INT text dumps and tax-organiser intake sheets; insurance EOB letters, secondary
(Medicare crossover) EOBs and prior-authorisation letters; dental progress notes, physio and chiropractic
notes; pharmacy refill-line voicemail transcripts; bank statements, direct-deposit authorisations,
voided-cheque OCR, wire requests and ACH return notices; customer-support e-mail threads with quoted
replies; CRM (Salesforce) pastes; nginx / JSON-lines / sshd / payment-service logs (some gzipped); Slack
channel exports; German / French / Spanish / Dutch customer letters; markdown meeting notes; YAML / INI /
.env / TOML configuration files; UK GP referral letters and outpatient clinic lists; car-rental agreements,
KYC account-opening checklists and travel bookings; ITIN (W-7) renewal trackers; DME standard written
orders and home-health referrals; scanned controlled-substance prescriptions; auto-insurance first notice
of loss; AP vendor-master exports; catering phone-order forms; blank-form instructions and API docs full
of example values (decoys).
"""
import datetime as dt
import gzip
import hashlib
import ipaddress
import json
import os
import random
import re
import shutil
import sys
import unicodedata
import uuid as _uuid

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/datareach-heldout/d"
SEED = int(sys.argv[2]) if len(sys.argv) > 2 else 48151
R = random.Random(SEED)


# ----------------------------------------------------------------------------------------------------
# markers
# ----------------------------------------------------------------------------------------------------

def T(typ, v):
    assert not re.search(r"[\x01-\x04]", v)
    return "\x01%s\x02%s\x03" % (typ, v)


def D(kind, v):
    assert not re.search(r"[\x01-\x04]", v)
    return "\x04%s\x02%s\x03" % (kind, v)


MK = re.compile(r"([\x01\x04])([A-Za-z0-9_]+)\x02([^\x01-\x04]*)\x03")


def vis(s):
    return MK.sub(lambda m: m.group(3), s)


def pad(s, n):
    return s + " " * max(1, n - len(vis(s)))


def rpad(s, n):
    return " " * max(0, n - len(vis(s))) + s


def _jesc(x):
    return json.dumps(x, ensure_ascii=False)[1:-1]


def jstr(s):
    """JSON string literal that keeps markers intact (their values are escaped like the rest)."""
    out, pos = [], 0
    for m in MK.finditer(s):
        out.append(_jesc(s[pos:m.start()]))
        out.append(m.group(1) + m.group(2) + "\x02" + _jesc(m.group(3)) + "\x03")
        pos = m.end()
    out.append(_jesc(s[pos:]))
    return '"' + "".join(out) + '"'


def jval(v):
    if isinstance(v, str):
        return jstr(v)
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        return "null"
    if isinstance(v, (int, float)):
        return json.dumps(v)
    if isinstance(v, Raw):
        return v.s
    if isinstance(v, dict):
        return jobj(v)
    if isinstance(v, list):
        return "[" + ",".join(jval(x) for x in v) + "]"
    raise TypeError(v)


class Raw:
    def __init__(self, s):
        self.s = s


def jobj(d, sep=","):
    return "{" + sep.join('%s:%s' % (jstr(k), jval(v)) for k, v in d.items()) + "}"


def jpretty(v, ind=0, step=4):
    sp = " " * (ind + step)
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = [sp + jstr(k) + ": " + jpretty(x, ind + step, step) for k, x in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + " " * ind + "}"
    if isinstance(v, list):
        if not v:
            return "[]"
        items = [sp + jpretty(x, ind + step, step) for x in v]
        return "[\n" + ",\n".join(items) + "\n" + " " * ind + "]"
    return jval(v)


# ----------------------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------------------

def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def money(lo, hi):
    return "{:,.2f}".format(R.uniform(lo, hi))


def rdate(y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(a, b))


def recent(y0=2023, y1=2024):
    return rdate(y0, y1)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def b64(n):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/") if k % 3 else R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for k in range(n))


def weekday(d):
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def uuid4():
    return str(_uuid.UUID(int=R.getrandbits(128), version=4))


def sha256():
    return hashlib.sha256(R.getrandbits(64).to_bytes(8, "big")).hexdigest()


def sha1():
    return hashlib.sha1(R.getrandbits(64).to_bytes(8, "big")).hexdigest()


def md5():
    return hashlib.md5(R.getrandbits(64).to_bytes(8, "big")).hexdigest()


ASCII_MAP = {"ø": "o", "Ø": "O", "ß": "ss", "ı": "i", "ł": "l", "Ł": "L", "æ": "ae", "đ": "d", "œ": "oe"}


def asc(s):
    s = "".join(ASCII_MAP.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z0-9]", "", asc(s).lower())


MON = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]
MON3 = [m[:3] for m in MON]
MONATE = ["", "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
MOIS = ["", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
MESES = ["", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
MAANDEN = ["", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"]
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def fdate(d, style):
    if style == "us":
        return "%02d/%02d/%d" % (d.month, d.day, d.year)
    if style == "us_short":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "us_2y":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "us_dash":
        return "%02d-%02d-%d" % (d.month, d.day, d.year)
    if style == "iso":
        return d.isoformat()
    if style == "eu_dot":
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if style == "eu_slash":
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if style == "eu_dash":
        return "%02d-%02d-%d" % (d.day, d.month, d.year)
    if style == "long_us":
        return "%s %d, %d" % (MON[d.month], d.day, d.year)
    if style == "long_us_ord":
        return "%s %d%s, %d" % (MON[d.month], d.day, ORD.get(d.day, "th"), d.year)
    if style == "long_eu":
        return "%d %s %d" % (d.day, MON[d.month], d.year)
    if style == "abbr_us":
        return "%s %d, %d" % (MON3[d.month], d.day, d.year)
    if style == "dmy_abbr":
        return "%02d-%s-%d" % (d.day, MON3[d.month].upper(), d.year)
    if style == "dmy_abbr_sp":
        return "%d %s %d" % (d.day, MON3[d.month], d.year)
    if style == "de":
        return "%d. %s %d" % (d.day, MONATE[d.month], d.year)
    if style == "fr":
        return "%s %s %d" % ("1er" if d.day == 1 else str(d.day), MOIS[d.month], d.year)
    if style == "es":
        return "%d de %s de %d" % (d.day, MESES[d.month], d.year)
    if style == "nl":
        return "%d %s %d" % (d.day, MAANDEN[d.month], d.year)
    if style == "spoken":
        return "%d %d %d" % (d.month, d.day, d.year)
    if style == "spoken_long":
        return "%s %d%s %d" % (MON[d.month].lower(), d.day, ORD.get(d.day, "th"), d.year)
    raise ValueError(style)


US_DOB_STYLES = ["us", "us", "us_short", "iso", "long_us", "abbr_us", "dmy_abbr", "us_dash", "us_2y"]


# ----------------------------------------------------------------------------------------------------
# checksums / generators for valid values
# ----------------------------------------------------------------------------------------------------

def luhn_ok(s):
    ds = [int(c) for c in s]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(base):
    for c in "0123456789":
        if luhn_ok(base + c):
            return base + c


CARD_BRANDS = {
    "visa": (["4"], 16), "mc": (["51", "52", "53", "54", "55", "2221", "2309", "2470", "2615", "2720"], 16),
    "amex": (["34", "37"], 15), "disc": (["6011", "65", "644", "649"], 16),
}


def card_brand_ok(s):
    n = len(s)
    if s[0] == "4" and n in (13, 16, 19):
        return True
    if n == 16 and (51 <= int(s[:2]) <= 55 or 2221 <= int(s[:4]) <= 2720):
        return True
    if n == 15 and s[:2] in ("34", "37"):
        return True
    if n in (16, 19) and (s[:4] == "6011" or s[:2] == "65" or 644 <= int(s[:3]) <= 649):
        return True
    return False


def gen_card(brand=None):
    brand = brand or pick(["visa", "visa", "visa", "mc", "mc", "amex", "disc"])
    pre, n = CARD_BRANDS[brand]
    p = pick(pre)
    while True:
        s = luhn_complete(p + digits(n - len(p) - 1))
        if s not in TEST_CARDS and len(set(s[4:])) > 3:
            return brand, s


def fmt_card(s, style=None):
    style = style or pick(["space", "space", "dash", "plain"])
    if style == "plain":
        return s
    sep = " " if style == "space" else "-"
    if len(s) == 15:
        return sep.join([s[:4], s[4:10], s[10:]])
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def bad_card(brand=None):
    brand = brand or pick(["visa", "mc", "disc"])
    pre, n = CARD_BRANDS[brand]
    p = pick(pre)
    while True:
        s = p + digits(n - len(p))
        if not luhn_ok(s):
            return s


TEST_CARDS = ["4111111111111111", "4242424242424242", "5555555555554444", "378282246310005",
              "6011111111111117", "4000056655665556", "5105105105105100", "4012888888881881",
              "371449635398431", "4000000000000002", "4000000000009995", "5200828282828210"]

IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "NL": 18, "BE": 16, "IT": 27, "AT": 20, "CH": 21, "GB": 22,
            "IE": 22, "PT": 25, "PL": 28, "LU": 20, "DK": 18, "SE": 24, "FI": 18, "NO": 15}


def iban_mod(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97


def iban_ok(s):
    s = s.replace(" ", "")
    return (len(s) >= 15 and s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]] and s[2:4].isdigit()
            and re.fullmatch(r"[A-Z0-9]+", s) is not None and iban_mod(s) == 1)


def iban_from_bban(cc, bban):
    chk = 98 - iban_mod(cc + "00" + bban)
    s = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(s), s
    return s


def es_ctrl(ds):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    v = 11 - sum(int(a) * b for a, b in zip(ds, w)) % 11
    return {11: 0, 10: 1}.get(v, v)


def fr_rib_key(bank, branch, acct):
    return 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "RBOS", "NAIA"]


def gen_iban(cc):
    if cc == "DE":
        bban = pick(["10070000", "37040044", "50010517", "20041133", "76026000", "66050101"]) + digits(10)
    elif cc == "FR":
        bank, branch, acct = pick(["30006", "30004", "20041", "10278", "30003", "11315"]), digits(5), digits(11)
        bban = bank + branch + acct + "%02d" % fr_rib_key(bank, branch, acct)
    elif cc == "ES":
        bank, branch, acct = pick(["2100", "0049", "0182", "2080", "0081", "1465"]), digits(4), digits(10)
        bban = bank + branch + str(es_ctrl("00" + bank + branch)) + str(es_ctrl(acct)) + acct
    elif cc == "NL":
        bban = pick(NL_BANKS) + digits(10)
    elif cc == "BE":
        b = digits(10)
        k = int(b) % 97 or 97
        bban = b + "%02d" % k
    elif cc == "IT":
        bban = R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + pick(["03069", "02008", "05034", "03062"]) + digits(5) + digits(12)
    elif cc == "AT":
        bban = pick(["12000", "20111", "32000", "14000"]) + digits(11)
    elif cc == "CH":
        bban = pick(["00762", "00230", "08390", "00700"]) + digits(12)
    elif cc == "GB":
        bban = pick(GB_BANKS) + digits(6) + digits(8)
    elif cc == "IE":
        bban = pick(["AIBK", "BOFI"]) + digits(6) + digits(8)
    elif cc == "PT":
        bban = pick(["0035", "0033", "0007"]) + digits(17)
    elif cc == "PL":
        bban = digits(24)
    elif cc == "LU":
        bban = digits(3) + digits(13)
    else:
        raise ValueError(cc)
    return iban_from_bban(cc, bban)


def fmt_iban(s, style=None):
    style = style or pick(["grp", "grp", "plain"])
    if style == "plain":
        return s
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def bad_iban(cc):
    good = gen_iban(cc)
    while True:
        chk = "%02d" % R.randint(2, 98)
        s = good[:2] + chk + good[4:]
        if iban_mod(s) != 1:
            return s


BIC_BY_CC = {
    "DE": ["COBADEFFXXX", "DEUTDEFF", "DEUTDEDBBER", "BYLADEM1001", "HYVEDEMMXXX", "GENODEF1S04", "SOLADEST600"],
    "FR": ["BNPAFRPP", "AGRIFRPP", "SOGEFRPPXXX", "CCBPFRPPLYO", "CMCIFRPP", "PSSTFRPPLYO"],
    "ES": ["CAIXESBBXXX", "BBVAESMM", "BSCHESMMXXX", "SABDESBBXXX", "CAGLESMMXXX"],
    "NL": ["ABNANL2A", "INGBNL2A", "RABONL2U", "SNSBNL2A", "TRIONL2U", "BUNQNL2A"],
    "BE": ["GEBABEBB", "KREDBEBB", "BBRUBEBB"],
    "IT": ["BCITITMM", "UNCRITMMXXX", "BPMOIT22"],
    "AT": ["BKAUATWW", "RZBAATWW"],
    "CH": ["UBSWCHZH80A", "CRESCHZZ80A", "ZKBKCHZZ80A"],
    "GB": ["NWBKGB2L", "BARCGB22", "LOYDGB2L", "HBUKGB4B", "MIDLGB22"],
    "IE": ["AIBKIE2D", "BOFIIE2D"],
    "PT": ["CGDIPTPL", "BCOMPTPL"],
    "PL": ["PKOPPLPW", "BREXPLPW"],
    "US": ["CHASUS33", "BOFAUS3N", "CITIUS33", "WFBIUS6S", "PNCCUS33", "USBKUS44IMT"],
    "LU": ["BCEELULL", "BILLLULL"],
}

ABA_PREFIXES = ["%02d" % x for x in list(range(1, 13)) + list(range(21, 33)) + list(range(61, 73)) + [80]]


def aba_sum(s):
    d = [int(c) for c in s]
    return 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])


def aba_ok(s):
    return len(s) == 9 and s.isdigit() and s[:2] in ABA_PREFIXES and aba_sum(s) % 10 == 0


def gen_aba():
    while True:
        base = pick(ABA_PREFIXES) + digits(6)
        for c in "0123456789":
            if aba_ok(base + c):
                return base + c


def bad_aba():
    while True:
        base = pick(ABA_PREFIXES) + digits(7)
        if not aba_ok(base) and aba_sum(base) % 10 != 0:
            return base


def npi_ok(s):
    return len(s) == 10 and s.isdigit() and s[0] in "12" and luhn_ok("80840" + s)


def gen_npi():
    base = pick("1112") + digits(8)
    for c in "0123456789":
        if npi_ok(base + c):
            return base + c


def bad_npi():
    while True:
        s = pick("12") + digits(9)
        if not luhn_ok("80840" + s):
            return s


DEA_REG = "ABFGMPRX"


def dea_ok(s):
    if not re.fullmatch(r"[A-Z][A-Z9]\d{7}", s) or s[0] not in DEA_REG:
        return False
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def gen_dea(surname):
    l2 = asc(surname).replace("'", "").replace(" ", "")
    l2 = [c for c in l2 if c.isalpha()][0].upper()
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    s = pick("ABFGMABB") + l2 + "".join(map(str, d)) + str(chk)
    assert dea_ok(s)
    return s


def bad_dea(surname):
    s = gen_dea(surname)
    return s[:-1] + str((int(s[-1]) + R.randint(1, 9)) % 10)


def nhs_ok(s):
    s = s.replace(" ", "").replace("-", "")
    if len(s) != 10 or not s.isdigit():
        return False
    tot = sum(int(s[i]) * (10 - i) for i in range(9))
    c = 11 - tot % 11
    if c == 11:
        c = 0
    return c != 10 and c == int(s[9])


def gen_nhs():
    while True:
        b = pick("4446") + digits(8)
        tot = sum(int(b[i]) * (10 - i) for i in range(9))
        c = 11 - tot % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        return b + str(c)


def bad_nhs():
    while True:
        s = pick("46") + digits(9)
        if not nhs_ok(s):
            return s


def fmt_nhs(s, style=None):
    style = style or pick(["sp", "sp", "sp", "plain", "dash"])
    if style == "plain":
        return s
    sep = " " if style == "sp" else "-"
    return s[:3] + sep + s[3:6] + sep + s[6:]


def ssn_ok(s):
    s = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{9}", s):
        return False
    a, g, n = s[:3], s[3:5], s[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def itin_ok(s):
    s = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{9}", s) or s[0] != "9":
        return False
    g = int(s[3:5])
    return (50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99) and s[5:] != "0000"


TEMPLATE_SSNS = ["123-45-6789", "078-05-1120", "219-09-9999", "111-11-1111"]


def gen_ssn():
    while True:
        s = "%03d%02d%04d" % (R.randint(1, 899), R.randint(1, 99), R.randint(1, 9999))
        f = s[:3] + "-" + s[3:5] + "-" + s[5:]
        if ssn_ok(s) and f not in TEMPLATE_SSNS and len(set(s)) > 3:
            return s


def gen_itin():
    g = pick(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    s = "9%02d%02d%04d" % (R.randint(0, 99), g, R.randint(1, 9999))
    assert itin_ok(s)
    return s


def bad_ssn():
    while True:
        k = R.randint(0, 3)
        if k == 0:
            s = "000%02d%04d" % (R.randint(1, 99), R.randint(1, 9999))
        elif k == 1:
            s = "666%02d%04d" % (R.randint(1, 99), R.randint(1, 9999))
        elif k == 2:
            s = "%03d00%04d" % (R.randint(1, 899), R.randint(1, 9999))
        else:
            s = "%03d%02d0000" % (R.randint(1, 899), R.randint(1, 99))
        if not ssn_ok(s) and not itin_ok(s):
            return s


def fmt_ssn(s, style=None):
    style = style or pick(["dash"] * 6 + ["space", "plain"])
    if style == "plain":
        return s
    sep = "-" if style == "dash" else " "
    return s[:3] + sep + s[3:5] + sep + s[5:]


EIN_PREFIXES = ["%02d" % x for x in list(range(1, 7)) + list(range(10, 17)) + list(range(20, 28)) +
                list(range(30, 49)) + list(range(50, 69)) + list(range(71, 78)) + list(range(80, 89)) +
                list(range(90, 96)) + [98, 99]]


def ein_ok(s):
    s = s.replace("-", "").replace(" ", "")
    return len(s) == 9 and s.isdigit() and s[:2] in EIN_PREFIXES


def gen_ein():
    return pick(EIN_PREFIXES) + digits(7)


def fmt_ein(s, style=None):
    style = style or pick(["dash"] * 8 + ["plain"])
    return s if style == "plain" else s[:2] + "-" + s[2:]


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi_ok(s):
    s = s.replace("-", "")
    if len(s) != 11:
        return False
    N = "0123456789"
    cls = ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    for c, k in zip(s, cls):
        if k == "C" and c not in "123456789":
            return False
        if k == "A" and c not in MBI_A:
            return False
        if k == "N" and c not in N:
            return False
        if k == "AN" and c not in MBI_A + N:
            return False
    return True


def gen_mbi():
    N = "0123456789"
    cls = ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    out = []
    for k in cls:
        out.append(R.choice({"C": "123456789", "A": MBI_A, "N": N, "AN": MBI_A + N}[k]))
    s = "".join(out)
    assert mbi_ok(s)
    return s


def fmt_mbi(s, style=None):
    style = style or pick(["plain", "plain", "dash"])
    return s if style == "plain" else s[:4] + "-" + s[4:7] + "-" + s[7:]


ICD = [
    ("E11.9", "Type 2 diabetes mellitus without complications"),
    ("E11.65", "Type 2 diabetes mellitus with hyperglycemia"),
    ("E78.5", "Hyperlipidemia, unspecified"), ("I10", "Essential (primary) hypertension"),
    ("I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris"),
    ("J45.909", "Unspecified asthma, uncomplicated"), ("J06.9", "Acute upper respiratory infection, unspecified"),
    ("J02.0", "Streptococcal pharyngitis"), ("M54.5", "Low back pain"), ("M54.50", "Low back pain, unspecified"),
    ("M25.561", "Pain in right knee"), ("M79.7", "Fibromyalgia"), ("F32.A", "Depression, unspecified"),
    ("F41.1", "Generalized anxiety disorder"), ("F32.9", "Major depressive disorder, single episode, unspecified"),
    ("Z79.4", "Long term (current) use of insulin"), ("Z00.00", "Encounter for general adult medical examination without abnormal findings"),
    ("K21.9", "Gastro-esophageal reflux disease without esophagitis"), ("N39.0", "Urinary tract infection, site not specified"),
    ("G43.909", "Migraine, unspecified, not intractable, without status migrainosus"),
    ("S83.511A", "Sprain of anterior cruciate ligament of right knee, initial encounter"),
    ("S93.401A", "Sprain of unspecified ligament of right ankle, initial encounter"),
    ("M17.11", "Unilateral primary osteoarthritis, right knee"), ("M75.101", "Unspecified rotator cuff tear or rupture of right shoulder, not specified as traumatic"),
    ("M75.41", "Impingement syndrome of right shoulder"), ("E66.9", "Obesity, unspecified"), ("E03.9", "Hypothyroidism, unspecified"),
    ("R73.03", "Prediabetes"), ("J30.1", "Allergic rhinitis due to pollen"), ("I48.91", "Unspecified atrial fibrillation"),
    ("I50.9", "Heart failure, unspecified"), ("N18.30", "Chronic kidney disease, stage 3 unspecified"),
    ("E55.9", "Vitamin D deficiency, unspecified"), ("D64.9", "Anemia, unspecified"), ("R53.83", "Other fatigue"),
    ("M62.830", "Muscle spasm of back"), ("S13.4XXA", "Sprain of ligaments of cervical spine, initial encounter"),
    ("M54.2", "Cervicalgia"), ("M99.03", "Segmental and somatic dysfunction of lumbar region"),
    ("G89.29", "Other chronic pain"), ("F90.0", "Attention-deficit hyperactivity disorder, predominantly inattentive type"),
    ("F43.10", "Post-traumatic stress disorder, unspecified"), ("Z87.891", "Personal history of nicotine dependence"),
    ("K02.52", "Dental caries on pit and fissure surface penetrating into dentin"),
    ("K05.10", "Chronic gingivitis, plaque induced"), ("K08.409", "Partial loss of teeth, unspecified cause, unspecified class"),
    ("K04.7", "Periapical abscess without sinus"), ("K03.6", "Deposits [accretions] on teeth"),
    ("Z01.20", "Encounter for dental examination and cleaning without abnormal findings"),
    ("M76.61", "Achilles tendinitis, right leg"), ("M72.2", "Plantar fascial fibromatosis"),
    ("G56.01", "Carpal tunnel syndrome, right upper limb"), ("M65.4", "Radial styloid tenosynovitis [de Quervain]"),
    ("L40.0", "Psoriasis vulgaris"), ("B35.1", "Tinea unguium"), ("H52.4", "Presbyopia"),
    ("O24.410", "Gestational diabetes mellitus in pregnancy, diet controlled"), ("Z34.90", "Encounter for supervision of normal pregnancy, unspecified"),
    ("R10.9", "Unspecified abdominal pain"), ("E87.6", "Hypokalemia"), ("J44.9", "Chronic obstructive pulmonary disease, unspecified"),
    ("G47.33", "Obstructive sleep apnea (adult) (pediatric)"), ("M81.0", "Age-related osteoporosis without current pathological fracture"),
    ("Z96.651", "Presence of right artificial knee joint"), ("R26.81", "Unsteadiness on feet"), ("Z91.81", "History of falling"),
]
ICD_CODES = [c for c, _ in ICD]
ICD_SET = set(ICD_CODES) | set(c.replace(".", "") for c in ICD_CODES)
ICD_RE = re.compile(r"[A-TV-Z][0-9][0-9A-Z](?:\.?[0-9A-Z]{1,4})?")


def icd(code_desc=None, nodot=None):
    c, d = code_desc or pick(ICD)
    if nodot is None:
        nodot = chance(0.2)
    return (c.replace(".", "") if nodot else c), d


HCPCS = [("G0439", "Annual wellness visit, subsequent"), ("J1100", "Injection, dexamethasone sodium phosphate, 1 mg"),
         ("G0008", "Administration of influenza virus vaccine"), ("J3301", "Injection, triamcinolone acetonide, 10 mg"),
         ("E0114", "Crutches, underarm, other than wood, adjustable"), ("L3908", "Wrist hand orthosis, wrist extension control cock-up"),
         ("A4253", "Blood glucose test strips, per 50"), ("E0601", "Continuous positive airway pressure (CPAP) device"),
         ("J0696", "Injection, ceftriaxone sodium, per 250 mg"), ("L1833", "Knee orthosis, adjustable knee joints"),
         ("E0143", "Walker, folding, wheeled, adjustable"), ("A7030", "Full face mask used with positive airway pressure device")]
CDT = [("D0120", "Periodic oral evaluation"), ("D0140", "Limited oral evaluation - problem focused"),
       ("D1110", "Prophylaxis - adult"), ("D0274", "Bitewings - four radiographic images"),
       ("D0220", "Intraoral - periapical first radiographic image"), ("D2392", "Resin-based composite - two surfaces, posterior"),
       ("D2740", "Crown - porcelain/ceramic"), ("D4341", "Periodontal scaling and root planing - four or more teeth per quadrant"),
       ("D4910", "Periodontal maintenance"), ("D1206", "Topical application of fluoride varnish"),
       ("D7140", "Extraction, erupted tooth or exposed root"), ("D3330", "Endodontic therapy, molar tooth")]
CPT = [("99213", "Office/outpatient visit, established, low MDM"), ("99214", "Office/outpatient visit, established, moderate MDM"),
       ("97161", "PT evaluation, low complexity"), ("97162", "PT evaluation, moderate complexity"),
       ("97110", "Therapeutic exercise, each 15 min"), ("97140", "Manual therapy techniques, each 15 min"),
       ("97530", "Therapeutic activities, each 15 min"), ("97112", "Neuromuscular re-education, each 15 min"),
       ("98941", "Chiropractic manipulative treatment, spinal, 3-4 regions"), ("87880", "Strep A antigen, rapid"),
       ("80053", "Comprehensive metabolic panel"), ("83036", "Hemoglobin A1c"), ("36415", "Routine venipuncture"),
       ("93000", "Electrocardiogram, complete"), ("71046", "Chest X-ray, 2 views"), ("73721", "MRI lower extremity joint without contrast")]


# ----------------------------------------------------------------------------------------------------
# people, places, organisations
# ----------------------------------------------------------------------------------------------------

FIRST_F = ["Maria", "Aaliyah", "Priya", "Siobhán", "Fatima", "Ngozi", "Chiara", "Aisha", "Zoë", "Leilani",
           "Mei-Ling", "Anh", "Olga", "Thandiwe", "Camille", "Esperanza", "Inês", "Rosa", "Amara", "Nadia",
           "Hannah", "Linh", "Ayesha", "Francesca", "Ximena", "Eilidh", "Keisha", "Anouk", "Émilie", "Giulia",
           "Dolores", "Sun-hee", "Ingrid", "Layla", "Guadalupe", "Elena", "Yara", "Noor", "Femke", "Margriet",
           "Agnieszka", "Lakshmi", "Mariam", "Ebony", "Brittany", "Shanice", "Marisol", "Carla", "Rebecca",
           "Kendra", "Yuki", "Ama", "Bianca", "Svetlana", "Hyun-ju", "Tatiana", "Bronwyn", "Marguerite",
           "Renée", "Paloma", "Dagny", "Oksana", "Jasmine", "Mercedes", "Adaeze", "Deborah", "Tamsin", "Wren",
           "Joanna", "Patricia", "Gwendolyn", "Beatriz", "Sakura", "Lorraine", "Nicole", "Heather"]
FIRST_M = ["José", "Wei", "Oluwaseun", "Dmitri", "Hiroshi", "Lars", "Mateo", "Tomasz", "Kwame", "Rahul",
           "Björn", "Diego", "Yusuf", "Declan", "Kenji", "Sven", "Gabriel", "Marcus", "Jamal", "Bogdan",
           "Tariq", "Samuel", "Pieter", "Jean-Luc", "Santiago", "Raj", "Malik", "Connor", "Viktor", "Patrick",
           "Kofi", "Tobias", "Jürgen", "Søren", "Cheng", "Arjun", "Tyrone", "Cody", "Dwayne", "Juan Carlos",
           "Thanh", "Emeka", "Ravi", "Anders", "Luca", "Matthijs", "Ruairí", "Hamza", "Ibrahim", "Dong-hyun",
           "Nikolai", "Florian", "Andrés", "Reuben", "Kai", "Omar", "Farhan", "Leandro", "Ezekiel", "Benedikt",
           "Teodor", "Wyatt", "Darnell", "Gregory", "Brian", "Steven", "Harold", "Douglas", "Travis", "Vikram"]
LAST = ["Gonzalez", "Nguyen", "O'Brien", "van der Berg", "de la Cruz", "Smith-Jones", "Okafor", "Kowalski",
        "Müller", "Rossi", "Tanaka", "Patel", "Haddad", "dos Santos", "MacLeod", "McAllister", "Ó Súilleabháin",
        "al-Rashid", "Abdi", "Ivanova", "Johansson", "Dubois", "Fernández", "Hernández-López", "Kim", "Chen",
        "Wang", "de Vries", "van Dijk", "Le Blanc", "D'Angelo", "St. John", "Washington", "Jackson", "Mbeki",
        "Adeyemi", "Novak", "Horvath", "Papadopoulos", "Yılmaz", "Schmidt", "Fischer", "Lefèvre",
        "García Márquez", "Bianchi", "Esposito", "Nakamura", "Choi", "Park", "Singh", "Sharma", "Iyer", "Khan",
        "Rahman", "Hussain", "Mensah", "Boateng", "Lindqvist", "Virtanen", "Kovač", "Zieliński", "ter Horst",
        "van 't Hof", "Fitzgerald", "Delacroix", "Oyelaran-Smith", "Kahananui", "Begay", "Thompson", "Brooks",
        "Reyes", "Ramírez", "Castillo", "Morales", "Tran", "Pham", "Alvarez", "Ortiz", "Campbell", "Murphy",
        "Sullivan", "Goldberg", "Rosenthal", "Kaur", "Chowdhury", "Nwosu", "Eze", "Ferreira", "Costa", "Jansen",
        "Bakker", "Visser", "Wójcik", "Dimitrov", "Popescu", "Nowak", "Lindgren", "Halvorsen", "Abernathy",
        "Whitfield", "Stewart-Clarke", "Da Silva", "De Luca", "MacDonald", "Van Buren", "Okonkwo", "Yamamoto",
        "Przybylski", "Nakashima", "Olsen", "Kruger", "Coleman", "Bradshaw"]
ASCII_LAST = [l for l in LAST if asc(l) == l and l[0].isupper() and " " not in l]


class Person:
    def __init__(self, sex=None, first=None, last=None, minor=False, elderly=False):
        self.sex = sex or pick("FM")
        self.first = first or pick(FIRST_F if self.sex == "F" else FIRST_M)
        self.last = last or pick(LAST)
        self.mi = pick("ABCDEFGHJKLMNPRSTVW")
        if minor:
            self.dob = rdate(2008, 2021)
        elif elderly:
            self.dob = rdate(1934, 1959)
        else:
            self.dob = rdate(1948, 2003)
        self._c = {}

    def get(self, k, f):
        if k not in self._c:
            self._c[k] = f()
        return self._c[k]

    @property
    def ssn(self):
        return self.get("ssn", gen_ssn)

    @property
    def phone(self):
        return self.get("phone", us_phone_raw)

    @property
    def addr(self):
        return self.get("addr", us_addr)

    @property
    def email(self):
        return self.get("email", lambda: personal_email(self))

    def title(self):
        return pick(["Ms.", "Ms.", "Mrs."]) if self.sex == "F" else "Mr."

    def lastcap(self):
        # surname as used after a title ("Mr. van der Berg")
        return self.last

    def name(self, style="full"):
        f, l, m = self.first, self.last, self.mi
        if style == "full":
            return "%s %s" % (f, l)
        if style == "mid":
            return "%s %s. %s" % (f, m, l)
        if style == "lf":
            return "%s, %s" % (l, f)
        if style == "lfm":
            return "%s, %s %s." % (l, f, m)
        if style == "LF":
            return ("%s, %s %s" % (l, f, m)).upper()
        if style == "UP":
            return ("%s %s" % (f, l)).upper()
        if style == "lower":
            return ("%s %s" % (f, l)).lower()
        if style == "first":
            return f
        if style == "last":
            return l
        raise ValueError(style)


def N(p, style="full"):
    return T("PERSON_NAME", p.name(style))


WEBMAIL = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com",
           "aol.com", "proton.me", "comcast.net", "att.net", "me.com", "live.com", "ymail.com"]
EU_WEBMAIL = {"DE": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
              "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
              "ES": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
              "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
              "GB": ["btinternet.com", "hotmail.co.uk", "gmail.com", "sky.com"]}


def personal_email(p, domains=None):
    f, l = slug(p.first), slug(p.last)
    dom = pick(domains or WEBMAIL)
    yy = str(p.dob.year)[2:]
    loc = pick(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s%s" % (f, l, yy), "%s%s%d" % (f, l[:1], R.randint(1, 99)),
                "%s.%s%s" % (f, l, yy), "%s%s" % (l, f[0]), "%s.%s" % (f[0], l), "%s%s" % (f, l)])
    return "%s@%s" % (loc, dom)


def work_email(p, dom):
    return p.get("work:" + dom, lambda: _work_email(p, dom))


def _work_email(p, dom):
    f, l = slug(p.first), slug(p.last)
    loc = pick(["%s.%s" % (f, l), "%s.%s" % (f, l), "%s%s" % (f[0], l), "%s" % f, "%s_%s" % (f, l)])
    return "%s@%s" % (loc, dom)


US_AREAS = ["212", "312", "415", "503", "517", "614", "720", "704", "919", "512", "206", "602", "305", "404",
            "615", "702", "801", "216", "412", "513", "708", "770", "980", "346", "469", "858", "971", "267",
            "609", "856", "520", "423", "208", "608", "912", "918", "508", "937", "661", "972", "915", "973",
            "570", "515", "630", "407", "303"]


def us_phone_raw():
    while True:
        ex = R.choice("23456789") + digits(2)
        if ex[1:] == "11" or ex == "555" or ex == "950" or ex == "958" or ex == "959":
            continue
        return pick(US_AREAS) + ex + digits(4)


def fmt_phone(s, style=None):
    style = style or pick(["paren", "paren", "dash", "dash", "dot", "plus", "plusdash", "one"])
    a, e, n = s[:3], s[3:6], s[6:]
    return {"paren": "(%s) %s-%s", "dash": "%s-%s-%s", "dot": "%s.%s.%s", "plus": "+1 %s %s %s",
            "plusdash": "+1-%s-%s-%s", "one": "1 (%s) %s-%s", "space": "%s %s %s",
            "plain": "%s%s%s"}[style] % (a, e, n)


def PH(p_or_raw, style=None):
    raw = p_or_raw.phone if isinstance(p_or_raw, Person) else p_or_raw
    return T("PHONE_NUMBER", fmt_phone(raw, style))


CITIES = [("Columbus", "OH", "432"), ("Tucson", "AZ", "857"), ("Raleigh", "NC", "276"), ("Spokane", "WA", "992"),
          ("Albany", "NY", "122"), ("Fresno", "CA", "937"), ("Dayton", "OH", "454"), ("Boise", "ID", "837"),
          ("Madison", "WI", "537"), ("Savannah", "GA", "314"), ("Tulsa", "OK", "741"), ("Worcester", "MA", "016"),
          ("Lansing", "MI", "489"), ("Bakersfield", "CA", "933"), ("Plano", "TX", "750"), ("El Paso", "TX", "799"),
          ("Newark", "NJ", "071"), ("Scranton", "PA", "185"), ("Des Moines", "IA", "503"),
          ("Chattanooga", "TN", "374"), ("Naperville", "IL", "605"), ("Orlando", "FL", "328"),
          ("Aurora", "CO", "800"), ("Portland", "OR", "972"), ("Charlotte", "NC", "282"), ("Henderson", "NV", "890"),
          ("Provo", "UT", "846"), ("Cedar Rapids", "IA", "524"), ("Yonkers", "NY", "107"), ("Gresham", "OR", "970"),
          ("Kissimmee", "FL", "347"), ("San Antonio", "TX", "782"), ("Brockton", "MA", "023"),
          ("Flagstaff", "AZ", "860"), ("Macon", "GA", "312"), ("Joliet", "IL", "604"), ("Pittsburgh", "PA", "152"),
          ("Oakland", "CA", "946"), ("Cleveland", "OH", "441")]
STREETS = ["Maple", "Oak Ridge", "Sycamore", "Martin Luther King Jr", "Cedar Hollow", "Old Mill", "Lakeview",
           "Pine Bluff", "Whitmore", "Kingsley", "Ridgecrest", "Juniper", "Sunset", "Elm", "Birchwood", "Hawthorne",
           "Magnolia", "Prospect", "Chestnut", "Willow Creek", "Fox Run", "Cottonwood", "Arrowhead", "Briarcliff",
           "Quail Hollow", "Sandpiper", "Tamarack", "Orchard", "Harbor View", "Mesa Verde", "Calle Primavera",
           "Lincoln", "Jefferson", "Washington", "Grand", "Division", "Wabash", "Peachtree", "Cherokee",
           "Lone Oak", "Bayou", "Stonegate", "Meadowlark"]
SUFFIX = ["St", "Ave", "Blvd", "Rd", "Dr", "Ln", "Ct", "Way", "Pkwy", "Ter", "Cir", "Pl", "Street", "Avenue",
          "Road", "Drive", "Lane", "Court", "Trail", "Loop"]
DIRS = ["N", "S", "E", "W", "NE", "SW"]


def us_addr():
    city, st, zp = pick(CITIES)
    num = str(R.randint(1, 99999) if chance(0.3) else R.randint(10, 9899))
    if chance(0.2):
        street = "%s %s%s %s" % (pick(DIRS), R.randint(1, 120), {1: "st", 2: "nd", 3: "rd"}.get(R.randint(1, 120) % 10, "th"), pick(["St", "Ave", "Street"]))
        street = re.sub(r"(\d+)(st|nd|rd|th)", lambda m: m.group(1) + ({1: "st", 2: "nd", 3: "rd"}.get(int(m.group(1)) % 10, "th") if int(m.group(1)) % 100 not in (11, 12, 13) else "th"), street)
    else:
        street = "%s %s" % (pick(STREETS), pick(SUFFIX))
        if chance(0.15):
            street = pick(DIRS) + " " + street
    unit = ""
    if chance(0.35):
        unit = pick(["Apt %d%s" % (R.randint(1, 30), pick(["", "A", "B", "C"])), "#%d" % R.randint(100, 2400),
                     "Unit %d" % R.randint(1, 60), "Apt. %d" % R.randint(1, 400), "Lot %d" % R.randint(1, 90)])
    z = zp + digits(2)
    z4 = z + "-" + digits(4) if chance(0.25) else z
    return {"num": num, "street": street, "unit": unit, "city": city, "st": st, "zip": z, "zip4": z4}


def addr_line1(a, upper=False):
    s = "%s %s" % (a["num"], a["street"])
    if a["unit"]:
        s += pick([" ", ", "]) + a["unit"]
    return s.upper() if upper else s


def addr_city(a, upper=False, comma=True):
    s = "%s%s %s %s" % (a["city"], "," if comma else "", a["st"], a["zip4"])
    return s.upper() if upper else s


def AD(a, style="one", upper=False):
    """Address span. style one: single line; block: street\\ncity line (one span)."""
    if style == "one":
        v = addr_line1(a, upper) + ", " + addr_city(a, upper)
    elif style == "block":
        v = addr_line1(a, upper) + "\n" + addr_city(a, upper, comma=not upper)
    elif style == "street":
        v = addr_line1(a, upper)
    else:
        raise ValueError(style)
    return T("STREET_ADDRESS", v)


def block_addr(a, indent="", upper=False):
    """Multi-line address block with indentation; the whole block (street+city) is one span."""
    v = addr_line1(a, upper) + "\n" + indent + addr_city(a, upper, comma=not upper)
    return T("STREET_ADDRESS", v)


# European addresses -----------------------------------------------------------------------------------
DE_STREETS = ["Lindenstraße", "Hauptstraße", "Am Mühlbach", "Goethestraße", "Schillerplatz", "Bahnhofstraße",
              "Kastanienallee", "Weinbergweg", "Friedrich-Ebert-Straße", "Rosenheimer Straße", "Im Winkel"]
DE_CITIES = [("10969", "Berlin"), ("80331", "München"), ("50667", "Köln"), ("20095", "Hamburg"),
             ("60311", "Frankfurt am Main"), ("70173", "Stuttgart"), ("04109", "Leipzig"), ("28195", "Bremen"),
             ("90402", "Nürnberg"), ("01067", "Dresden")]
FR_STREETS = ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République", "impasse des Tilleuls",
              "chemin du Moulin", "rue Victor Hugo", "allée des Peupliers", "place Bellecour", "rue du Faubourg Saint-Antoine"]
FR_CITIES = [("69003", "Lyon"), ("31000", "Toulouse"), ("75011", "Paris"), ("13006", "Marseille"), ("33000", "Bordeaux"),
             ("44000", "Nantes"), ("59000", "Lille"), ("67000", "Strasbourg"), ("34000", "Montpellier")]
ES_STREETS = ["Calle de Alcalá", "Calle Mayor", "Avenida de la Constitución", "Calle del Príncipe", "Paseo de Gracia",
              "Calle San Fernando", "Avinguda Diagonal", "Calle Larios", "Ronda de Segovia"]
ES_CITIES = [("28009", "Madrid"), ("08036", "Barcelona"), ("41001", "Sevilla"), ("46002", "Valencia"),
             ("29015", "Málaga"), ("50001", "Zaragoza"), ("48001", "Bilbao")]
NL_STREETS = ["Keizersgracht", "Prinsengracht", "Oudegracht", "Lange Voorhout", "Witte de Withstraat", "Vondelstraat",
              "Stationsweg", "Kerkstraat", "Van Woustraat", "Nieuwe Binnenweg"]
NL_CITIES = [("1015 CJ", "Amsterdam"), ("3511 LK", "Utrecht"), ("2514 JL", "Den Haag"), ("3012 BH", "Rotterdam"),
             ("9712 CP", "Groningen"), ("5611 EM", "Eindhoven"), ("2311 EZ", "Leiden")]
UK_STREETS = ["Wilmslow Road", "Gloucester Place", "Church Lane", "Victoria Street", "Hollybush Gardens",
              "Station Road", "Priory Close", "Kingsway", "Albert Terrace", "Mill Lane"]
UK_CITIES = [("Manchester", "M14 5TQ"), ("Leeds", "LS6 2AB"), ("Bristol", "BS7 8PL"), ("London", "N16 7UX"),
             ("Sheffield", "S10 2HE"), ("Nottingham", "NG7 1FT"), ("Norwich", "NR2 3DN"), ("York", "YO10 4BQ"),
             ("Liverpool", "L17 8XY"), ("Cardiff", "CF24 4HQ")]


def eu_addr(cc):
    """Returns (line1, line2) of a European postal address."""
    if cc == "DE":
        pc, c = pick(DE_CITIES)
        return "%s %d%s" % (pick(DE_STREETS), R.randint(1, 140), pick(["", "", "", "a", "b"])), "%s %s" % (pc, c)
    if cc == "FR":
        pc, c = pick(FR_CITIES)
        return "%d%s %s" % (R.randint(1, 120), pick(["", "", "", " bis", " ter"]), pick(FR_STREETS)), "%s %s" % (pc, c)
    if cc == "ES":
        pc, c = pick(ES_CITIES)
        return "%s %d, %s" % (pick(ES_STREETS), R.randint(1, 200), pick(["3º izq.", "1º B", "2ª", "bajo", "4º D", "5º 2ª"])), "%s %s" % (pc, c)
    if cc == "NL":
        pc, c = pick(NL_CITIES)
        return "%s %d%s" % (pick(NL_STREETS), R.randint(1, 400), pick(["", "", "-2", "-III", " A", "hs"])), "%s %s" % (pc, c.upper() if chance(0.3) else c)
    if cc == "GB":
        c, pc = pick(UK_CITIES)
        return "%s%d %s" % (pick(["", "", "Flat %d, " % R.randint(1, 12)]), R.randint(1, 220), pick(UK_STREETS)), "%s %s" % (c, pc)
    raise ValueError(cc)


def EUAD(cc, style="block", line1=None, line2=None):
    if line1 is None:
        line1, line2 = eu_addr(cc)
    if style == "block":
        return T("STREET_ADDRESS", line1 + "\n" + line2)
    return T("STREET_ADDRESS", line1 + ", " + line2)


def eu_phone(cc):
    if cc == "DE":
        return pick(["+49 30 %s %s" % (digits(4, True), digits(4)), "030 %s%s" % (digits(3, True), digits(5)),
                     "0171 %s" % digits(7, True), "+49 (0)89 %s" % digits(7, True), "0221 / %s %s" % (digits(3, True), digits(4)),
                     "+49 152 %s %s" % (digits(4, True), digits(4))])
    if cc == "FR":
        p = [R.randint(10, 99) for _ in range(4)]
        return pick(["0%d %02d %02d %02d %02d" % (R.randint(1, 7), *p), "+33 6 %02d %02d %02d %02d" % tuple(p),
                     "06.%02d.%02d.%02d.%02d" % tuple(p), "+33 (0)4 %02d %02d %02d %02d" % tuple(p)])
    if cc == "ES":
        return pick(["+34 6%s %s %s" % (digits(2), digits(3), digits(3)), "9%s %s %s" % (digits(2), digits(3), digits(3)),
                     "6%s %s %s" % (digits(2), digits(3), digits(3)), "+34 91 %s %s %s" % (digits(3), digits(2), digits(2))])
    if cc == "NL":
        return pick(["06-%s" % digits(8, True), "020-%s" % digits(7, True), "+31 6 %s" % digits(8, True),
                     "+31 (0)30 %s %s" % (digits(3, True), digits(4)), "06 %s %s" % (digits(4, True), digits(4))])
    if cc == "GB":
        return pick(["07%s %s" % (digits(3, True), digits(6)), "+44 7%s %s" % (digits(3, True), digits(6)),
                     "0161 %s %s" % (digits(3, True), digits(4)), "0113 %s %s" % (digits(3, True), digits(4)),
                     "020 %s %s" % (digits(4, True), digits(4))])
    raise ValueError(cc)


COMPANIES = [("Ironwood Fabrication LLC", "ironwoodfab.com"), ("Bluegill Logistics Inc.", "bluegill-logistics.com"),
             ("Kestrel Analytics", "kestrel-analytics.io"), ("Lumen Outdoor Co.", "lumenoutdoor.com"),
             ("Tessellate Software, Inc.", "tessellate.dev"), ("Pinecrest Property Management", "pinecrestpm.com"),
             ("Copperline Electric Cooperative", "copperline.coop"), ("Saguaro Home Health LLC", "saguarohh.com"),
             ("Marigold Bakery & Cafe", "marigoldbakes.com"), ("Fennwick Staffing Partners", "fennwickstaffing.com"),
             ("Quarry Hill Brewing Company", "quarryhillbrew.com"), ("Alder & Finch Architects", "alderfinch.com"),
             ("Redtail Courier Services", "redtailcourier.com"), ("Oakhurst Senior Living", "oakhurstliving.org"),
             ("Brightwater Veterinary Partners", "brightwatervets.com"), ("Sundial Solar Installers", "sundialsolar.net")]
US_BANKS = ["Chase", "Wells Fargo", "Bank of America", "U.S. Bank", "PNC Bank", "Truist", "Fifth Third Bank",
            "Huntington National Bank", "Navy Federal Credit Union", "Ally Bank", "Regions Bank", "KeyBank",
            "Citizens Bank", "BMO", "Capital One", "Third Coast Community Credit Union", "Desert Financial CU"]
DRUGS = ["lisinopril 10 mg", "metformin 500 mg", "atorvastatin 40 mg", "levothyroxine 75 mcg", "amlodipine 5 mg",
         "sertraline 50 mg", "omeprazole 20 mg", "losartan 50 mg", "albuterol HFA inhaler", "gabapentin 300 mg",
         "montelukast 10 mg", "escitalopram 10 mg", "hydrochlorothiazide 25 mg", "rosuvastatin 10 mg",
         "Eliquis 5 mg", "Jardiance 10 mg", "insulin glargine (Lantus) pens", "Adderall XR 20 mg",
         "tramadol 50 mg", "fluticasone nasal spray", "pantoprazole 40 mg", "bupropion XL 150 mg"]
CONTROLLED = ["Adderall XR 20 mg", "tramadol 50 mg", "oxycodone 5 mg", "lorazepam 0.5 mg", "zolpidem 10 mg",
              "methylphenidate ER 36 mg", "hydrocodone/APAP 5-325"]


def ip_public():
    while True:
        first = pick([73, 24, 98, 108, 174, 68, 71, 76, 99, 172, 45, 91, 84, 2, 81, 213, 185, 104, 66, 50, 67, 96,
                      107, 162, 188, 37, 46, 79, 86, 94])
        s = "%d.%d.%d.%d" % (first, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        ip = ipaddress.ip_address(s)
        if ip.is_global and not is_doc_ip(s):
            return s


def ip_private():
    return pick(["10.%d.%d.%d" % (R.randint(0, 40), R.randint(0, 255), R.randint(2, 250)),
                 "192.168.%d.%d" % (R.randint(0, 10), R.randint(2, 250)),
                 "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250))])


def ip6_public():
    pre = pick(["2a02:8108", "2600:1700", "2601:%x" % R.randint(0x100, 0xfff), "2603:%x" % R.randint(0x6000, 0x9fff),
                "2a01:cb%02x" % R.randint(0, 255), "2003:e%x" % R.randint(0, 0xff), "2607:fb90", "2a00:23c%x" % R.randint(0, 15),
                "2406:3003", "2605:a601", "2a02:a46%x" % R.randint(0, 15)])
    groups = pre.split(":") + ["%x" % R.randint(0, 0xffff) for _ in range(6)]
    if chance(0.3):
        groups[4:7] = ["0", "0", "0"]
    s = str(ipaddress.ip_address(":".join(groups)))
    return s


DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]


def is_doc_ip(s):
    try:
        ip = ipaddress.ip_address(s)
    except ValueError:
        return False
    return any(ip in n for n in DOC_NETS)


def doc_ip():
    return pick(["192.0.2.%d" % R.randint(1, 254), "198.51.100.%d" % R.randint(1, 254),
                 "203.0.113.%d" % R.randint(1, 254), "2001:db8::%x" % R.randint(1, 0xffff)])


def order_id():
    return pick(["%03d-%07d-%07d" % (R.randint(100, 999), R.randint(0, 9999999), R.randint(0, 9999999)),
                 "SO-%06d" % R.randint(0, 999999), "#%d" % R.randint(100000, 999999),
                 "W%09d" % R.randint(0, 999999999), "ORD-%s-%04d" % (recent().strftime("%y%m%d"), R.randint(0, 9999))])


def tracking():
    return pick(["1Z%s%s%s" % ("".join(R.choice("0123456789ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(6)), digits(2), digits(8)),
                 "9400 1%s %s %s %s %s %s" % (digits(3), digits(4), digits(4), digits(4), digits(4), digits(2)),
                 digits(12, True), "TBA%s" % digits(12)])


def invoice_no():
    return pick(["INV-%d-%05d" % (R.randint(2023, 2024), R.randint(0, 99999)), "INV%06d" % R.randint(0, 999999),
                 "%d-%04d" % (R.randint(2023, 2024), R.randint(0, 9999)), "Q-%08d" % R.randint(0, 99999999)])


def part_no():
    return pick(["%s-%d-%s" % ("".join(R.choice("ABCDEFGHKMNPRTX") for _ in range(2)), R.randint(100, 9999), digits(2)),
                 "P/N %s%s-%s" % (R.choice("ABCDEFGH"), digits(4), digits(3)),
                 "%s%s-%s%s" % (digits(3), R.choice("ABCDEF"), digits(4), R.choice("XYZ"))]).replace("P/N ", "")


def version_str():
    return pick(["v%d.%d.%d" % (R.randint(0, 9), R.randint(0, 30), R.randint(0, 40)),
                 "%d.%d.%d" % (R.randint(1, 9), R.randint(0, 30), R.randint(0, 40)),
                 "%d.%d.%d-rc.%d" % (R.randint(1, 5), R.randint(0, 20), R.randint(0, 9), R.randint(1, 4)),
                 "%d.%d" % (R.randint(1, 20), R.randint(0, 9))])


def ip_like_version():
    return "%d.%d.%d.%d" % (R.randint(1, 19), R.randint(0, 12), R.randint(0, 40), R.randint(1, 250))


def epoch_ms():
    return str(int(dt.datetime(2024, 1, 1).timestamp() * 1000) + R.randint(0, 300 * 86400 * 1000))


def isbn13():
    b = "978" + pick(["0", "1", "3", "84", "90"])
    b = b + digits(12 - len(b))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b))
    return b + str((10 - s % 10) % 10)


def fmt_isbn(s):
    return "%s-%s-%s-%s-%s" % (s[:3], s[3], s[4:7], s[7:12], s[12])


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return pick(["1HG", "4T1", "5YJ", "1FT", "3VW", "JN1", "WBA", "2T3"]) + "".join(R.choice(chars) for _ in range(6)) + pick("NPRS") + "".join(R.choice(chars) for _ in range(1)) + digits(6)


def dl_number(st=None):
    st = st or pick(["CA", "NY", "TX", "FL", "IL", "WA", "PA", "NJ", "MI", "OH", "MA", "GA", "AZ", "CO", "NC"])
    L = "ABCDEFGHJKLMNPRSTWY"
    if st == "CA":
        v = R.choice(L) + digits(7)
    elif st == "NY":
        v = pick([digits(9, True), "%s %s %s" % (digits(3, True), digits(3), digits(3))])
    elif st == "TX":
        v = digits(8, True)
    elif st == "FL":
        v = "%s%s-%s-%s-%s-%s" % (R.choice(L), digits(3), digits(3), digits(2), digits(3), digits(1))
    elif st == "IL":
        v = "%s%s-%s-%s" % (R.choice(L), digits(3), digits(4), digits(4))
    elif st == "WA":
        v = "WDL" + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(5)) + digits(3) + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    elif st == "PA":
        v = "%s %s %s" % (digits(2, True), digits(3), digits(3))
    elif st == "NJ":
        v = "%s%s %s %s" % (R.choice(L), digits(4), digits(5), digits(5))
    elif st == "MI":
        v = "%s %s %s %s %s" % (R.choice(L), digits(3), digits(3), digits(3), digits(3))
    elif st == "OH":
        v = "%s%s%s" % (R.choice(L), R.choice(L), digits(6))
    elif st == "MA":
        v = "S" + digits(8)
    elif st == "GA":
        v = digits(9, True)
    elif st == "AZ":
        v = R.choice("ABDFY") + digits(8)
    elif st == "CO":
        v = "%s-%s-%s" % (digits(2), digits(3), digits(4))
    else:  # NC
        v = digits(12, True) if chance(0.3) else digits(8, True)
    return st, v


def passport_no():
    return pick([R.choice("1234556") + digits(8), R.choice("ACEFGHJKLMNPRSTUVWXYZ") + digits(8)])


def mrn(style=None):
    style = style or R.randint(0, 7)
    return [lambda: digits(8), lambda: digits(7, True), lambda: "H" + digits(7), lambda: "E-" + digits(6, True),
            lambda: digits(3, True) + "-" + digits(2) + "-" + digits(2), lambda: "MR" + digits(6, True),
            lambda: digits(6, True), lambda: "RX" + digits(7)][style % 8]()


# noise ids (never one of the types)
def sf_id(prefix="006"):
    return prefix + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))


def noncard_digits(n, first_nonzero=True):
    """A digit string that cannot be mistaken for a brand-prefixed Luhn-valid card number."""
    while True:
        s = digits(n, first_nonzero)
        if not (13 <= n <= 19 and luhn_ok(s) and card_brand_ok(s)):
            return s


# ====================================================================================================
# document kinds
# ====================================================================================================

def NBD(d, style="us"):
    """A date that is not a birth date (service / appointment / ship / statement / hire date)."""
    return D("non_birth_date", fdate(d, style))


def DOB(p, style=None):
    return T("DATE_OF_BIRTH", fdate(p.dob, style or pick(US_DOB_STYLES)))


def SSN(s, style=None):
    return T("US_SSN", fmt_ssn(s, style))


def ITIN(s, style=None):
    return T("US_ITIN", fmt_ssn(s, style))


def EIN(s, style=None):
    return T("US_EIN", fmt_ein(s, style))


def EM(v):
    return T("EMAIL_ADDRESS", v)


def ACCT(v):
    return T("US_BANK_ACCOUNT_NUMBER", v)


def RTN(v):
    return T("US_BANK_ROUTING_NUMBER", v)


def acct_no():
    return pick([noncard_digits(10), noncard_digits(12, False), noncard_digits(9), noncard_digits(8),
                 "00" + noncard_digits(8), noncard_digits(11), noncard_digits(14)])


def mask4(v):
    return "****" + v[-4:]


# ---------------------------------------------------------------------------------------------------- payroll
DEPTS = ["WHSE", "FAB", "ADMIN", "SALES", "SHOP", "QA", "DRVR", "MAINT", "OFFICE", "FIELD", "KITCH", "CARE"]


def doc_payroll_register(i):
    co, dom = pick(COMPANIES)
    ein = gen_ein()
    pe = recent()
    ps = pe - dt.timedelta(days=13)
    cd = pe + dt.timedelta(days=R.randint(3, 6))
    full_ssn = chance(0.55)
    show_dd = chance(0.5)
    L = [pad(co.upper(), 64) + "PAYROLL REGISTER",
         pad("%s %s" % (pick(["FEIN", "Fed ID", "EIN", "Federal ID #"]), EIN(ein)), 26)
         + "Pay period %s - %s   Check date %s" % (fdate(ps, "us"), fdate(pe, "us"), NBD(cd) if chance(0.6) else fdate(cd, "us")),
         pad("Company %04d   Run %s-%02d" % (R.randint(1, 9999), cd.strftime("%Y%m%d"), R.randint(1, 9)), 64) + "Page 1 of 1",
         "-" * 104,
         "EMP#    EMPLOYEE                       SSN          DEPT    HOURS      GROSS      FIT     FICA    STATE        NET",
         "-" * 104]
    tot = 0.0
    for _ in range(R.randint(5, 13)):
        p = Person()
        gross = R.uniform(900, 4800)
        fit, fica, stt = gross * 0.09, gross * 0.0765, gross * 0.035
        net = gross - fit - fica - stt
        tot += gross
        ssn = SSN(p.ssn, "dash") if full_ssn else "XXX-XX-" + p.ssn[-4:]
        row = pad("%06d" % R.randint(100, 99999), 8) + pad(N(p, "LF"), 31) + pad(ssn, 13) + pad(pick(DEPTS), 6)
        row += rpad("%.2f" % R.choice([80.0, 80.0, 72.5, 86.25, 64.0, 40.0]), 7) + rpad("{:,.2f}".format(gross), 11)
        row += rpad("{:,.2f}".format(fit), 9) + rpad("{:,.2f}".format(fica), 9) + rpad("{:,.2f}".format(stt), 9) + rpad("{:,.2f}".format(net), 11)
        L.append(row)
        if chance(0.7):
            L.append("        " + AD(p.addr, "one", upper=True))
        if show_dd:
            rt, ac = gen_aba(), acct_no()
            L.append("        DD1 RT %s  ACCT %s  %s  {:,.2f}".format(net) % (RTN(rt), ACCT(ac), pick(["CHK", "SAV", "CHK"])))
        elif chance(0.5):
            L.append("        DD1 ******%s / %s  CHK" % (digits(3), "*" * 6 + digits(4)))
    L.append("-" * 104)
    L.append(pad("TOTALS", 72) + rpad("{:,.2f}".format(tot), 11))
    L.append("")
    L.append(pick(["CONFIDENTIAL - CONTAINS EMPLOYEE PII. DO NOT EMAIL OR PRINT TO SHARED PRINTERS.",
                   "** End of report **", "Prepared by payroll. Questions: ext. %d" % R.randint(200, 499)]))
    return "payroll/register_%s_%03d.txt" % (slug(co)[:12], i), "\n".join(L) + "\n"


def doc_prenote_listing(i):
    co, dom = pick(COMPANIES)
    run = recent()
    L = ["%s" % co.upper(),
         "DIRECT DEPOSIT PRE-NOTIFICATION LISTING",
         "Effective entry date: %s        Batch %s" % (NBD(run, pick(["us", "iso"])) if chance(0.5) else fdate(run, "us"), noncard_digits(7)),
         "", "EMP ID  NAME                          TRANSIT     ACCOUNT NUMBER      TYPE   PRENOTE   STATUS", "-" * 98]
    for _ in range(R.randint(4, 12)):
        p = Person()
        st = pick(["SENT", "SENT", "SENT", "RETURNED R03", "RETURNED R04", "SENT", "CHANGED"])
        L.append(pad("%05d" % R.randint(1, 99999), 8) + pad(N(p, pick(["LF", "lf", "UP"])), 30) + pad(RTN(gen_aba()), 12)
                 + pad(ACCT(acct_no()), 20) + pad(pick(["22", "32", "22"]), 7) + pad("$0.00", 10) + st)
    L += ["", "Transaction codes: 22 = checking credit, 32 = savings credit. R03 = no account / unable to locate;",
          "R04 = invalid account number. Returned pre-notes must be corrected before the employee's first live credit.",
          "Contact %s in payroll with corrections." % N(Person(), "full")]
    return "payroll/prenote_%03d.txt" % i, "\n".join(L) + "\n"


def doc_census(i):
    co, dom = pick(COMPANIES)
    broker = Person()
    ren = dt.date(2024, pick([1, 4, 7, 10]), 1)
    L = ["EMPLOYEE CENSUS - %s" % co, "Renewal effective %s | Prepared for %s Benefits Group" % (NBD(ren, "us_short"), pick(["Keystone", "Harbor", "Summit", "Trailhead"])),
         "Broker contact: %s <%s>" % (N(broker), EM(work_email(broker, pick(["keystonebenefits.com", "summitbrokers.net", "trailheadins.com"])))), "",
         "Name | Rel | DOB | Sex | Hire Date | ZIP | Tier | SSN", "---- | --- | --- | --- | --------- | --- | ---- | ---"]
    dob_style = pick(["us", "us_short", "iso"])
    show_ssn = chance(0.6)
    for _ in range(R.randint(5, 12)):
        e = Person()
        hire = rdate(2008, 2024)
        fam = []
        tier = pick(["EE", "ES", "EC", "FAM"])
        if tier in ("ES", "FAM"):
            fam.append(("SP", Person(sex="M" if e.sex == "F" else "F", last=e.last if chance(0.6) else None)))
        if tier in ("EC", "FAM"):
            for _ in range(R.randint(1, 3)):
                fam.append(("CH", Person(last=e.last, minor=True)))
        L.append(" | ".join([N(e, pick(["lf", "full"])), "EE", DOB(e, dob_style), e.sex, NBD(hire, dob_style) if chance(0.7) else fdate(hire, dob_style),
                             e.addr["zip"], tier, SSN(e.ssn) if show_ssn else "***-**-" + e.ssn[-4:]]))
        for rel, d in fam:
            L.append(" | ".join([N(d, pick(["lf", "full"])), rel, DOB(d, dob_style), d.sex, "", "", "",
                                 (SSN(d.ssn) if show_ssn and chance(0.8) else D("ssn_invalid", "000-00-0000") if show_ssn else "")]))
    L += ["", ("Notes: dependents with SSN %s are newborns / SSN applied for." % D("ssn_invalid", "000-00-0000")) if show_ssn else "",
          "Please send the completed census to %s by %s." % (N(broker, "first"), NBD(ren - dt.timedelta(days=45), "long_us"))]
    return "payroll/census_%s_%03d.txt" % (slug(co)[:10], i), "\n".join(L) + "\n"


def doc_newhire(i):
    co, dom = pick(COMPANIES)
    st, sta = pick([("OHIO", "OH"), ("MICHIGAN", "MI"), ("GEORGIA", "GA"), ("ARIZONA", "AZ"), ("TEXAS", "TX"), ("OREGON", "OR")])
    L = ["NEW HIRE REPORTING - STATE OF %s" % st, "Submitted via employer portal   Confirmation %s" % noncard_digits(11), "",
         "EMPLOYER", "  Legal name .......... %s" % co.upper(), "  FEIN ................ %s" % EIN(gen_ein()),
         "  Payroll contact ..... %s, %s" % (N(Person()), PH(us_phone_raw(), "dash")), ""]
    for k in range(R.randint(1, 4)):
        p = Person()
        hire = recent(2024, 2024)
        L += ["EMPLOYEE %d" % (k + 1),
              "  Name (last, first, MI)  %s" % N(p, "LF"),
              "  SSN                     %s" % SSN(p.ssn, pick(["dash", "plain"])),
              "  Home address            %s" % AD(p.addr, "one", upper=True),
              "  Date of birth           %s" % DOB(p, "us"),
              "  Date of hire            %s" % NBD(hire, "us"),
              "  State of hire           %s" % sta,
              "  Medical insurance avail  %s" % pick(["Y", "N"]), ""]
    return "payroll/newhire_%03d.txt" % i, "\n".join(L) + "\n"


# ---------------------------------------------------------------------------------------------------- tax forms
def doc_w9(i):
    p = Person()
    kind = pick(["ssn", "ssn", "ssn", "itin", "ein"])
    biz = pick(["", "", "%s %s" % (p.last, pick(["Drywall & Finishing", "Consulting", "Landscaping", "Photography", "Bookkeeping", "Mobile Detailing"]))])
    boxed = chance(0.35)
    L = ["Form W-9", "(Rev. March 2024)", "Department of the Treasury", "Internal Revenue Service",
         "Request for Taxpayer", "Identification Number and Certification",
         "Go to www.irs.gov/FormW9 for instructions and the latest information.", "",
         "1 Name of entity/individual. An entry is required. (For a sole proprietor or disregarded entity, enter the owner's name on line 1, and enter the business/disregarded entity's name on line 2.)",
         N(p, pick(["full", "mid"])),
         "2 Business name/disregarded entity name, if different from above.", biz,
         "3a Check the appropriate box for federal tax classification of the entity/individual whose name is entered on line 1.",
         "[X] Individual/sole proprietor  [ ] C corporation  [ ] S corporation  [ ] Partnership  [ ] Trust/estate  [ ] LLC",
         "5 Address (number, street, and apt. or suite no.). See instructions.",
         T("STREET_ADDRESS", addr_line1(p.addr)),
         "6 City, state, and ZIP code",
         addr_city(p.addr),
         "7 List account number(s) here (optional)", "",
         "Part I Taxpayer Identification Number (TIN)",
         "Enter your TIN in the appropriate box. The TIN provided must match the name given on line 1 to avoid backup withholding.",
         "Social security number"]
    if kind == "ssn":
        s = p.ssn
        L.append(T("US_SSN", " ".join(s[:3]) + " - " + " ".join(s[3:5]) + " - " + " ".join(s[5:])) if boxed else SSN(s, pick(["dash", "space"])))
        L += ["or", "Employer identification number", "  -"]
    elif kind == "itin":
        s = gen_itin()
        L.append(T("US_ITIN", " ".join(s[:3]) + " - " + " ".join(s[3:5]) + " - " + " ".join(s[5:])) if boxed else ITIN(s, pick(["dash", "space"])))
        L += ["or", "Employer identification number", "  -"]
    else:
        e = gen_ein()
        L += ["   -    -", "or", "Employer identification number", T("US_EIN", " ".join(e[:2]) + " - " + " ".join(e[2:])) if boxed else EIN(e, "dash")]
    signed = recent()
    L += ["", "Part II Certification", "Under penalties of perjury, I certify that: ...",
          "Sign Here  Signature of U.S. person  /s/ %s   Date %s" % (N(p), fdate(signed, "us_short")), "",
          "General Instructions",
          "Section references are to the Internal Revenue Code unless otherwise noted.",
          "If you are an individual, you must generally enter your social security number (SSN). However, a resident alien who does not have and is not eligible to get an SSN, your TIN is your IRS individual taxpayer identification number (ITIN)."]
    if chance(0.4):
        L += ["", "---- vendor setup note (AP) ----",
              "Received %s from %s. TIN match %s. Vendor # V-%05d." % (fdate(recent(), "us_short"), EM(p.email),
                                                                     pick(["OK", "pending", "OK (code 0)"]), R.randint(1, 99999))]
    return "tax/w9_%03d.txt" % i, "\n".join(L) + "\n"


def doc_1099nec(i):
    co, dom = pick(COMPANIES)
    p = Person()
    yr = pick([2022, 2023])
    tin = SSN(p.ssn) if chance(0.75) else ITIN(gen_itin())
    amt = money(1200, 64000)
    L = ["%d Form 1099-NEC  Nonemployee Compensation   Copy B For Recipient" % yr, "",
         "PAYER'S name, street address, city or town, state or province, country, ZIP or foreign postal code, and telephone no.",
         co.upper(), "", "PAYER'S TIN            RECIPIENT'S TIN",
         "%s             %s" % (EIN(gen_ein(), "dash"), tin if chance(0.7) else "XXX-XX-" + p.ssn[-4:]), "",
         "RECIPIENT'S name", N(p, pick(["UP", "full"])), "Street address (including apt. no.)",
         T("STREET_ADDRESS", addr_line1(p.addr, upper=chance(0.5))),
         "City or town, state or province, country, and ZIP or foreign postal code", addr_city(p.addr),
         "Account number (see instructions)", "V-%05d" % R.randint(1, 99999), "",
         "1 Nonemployee compensation   $ %s" % amt, "2 Payer made direct sales totaling $5,000 or more [ ]",
         "4 Federal income tax withheld  $ 0.00", "5 State tax withheld  $ %s" % money(0, 900),
         "6 State/Payer's state no.  %s/%s" % (p.addr["st"], noncard_digits(8)), "",
         "This is important tax information and is being furnished to the IRS. If you are required to file a return, a negligence penalty or other sanction may be imposed on you if this income is taxable and the IRS determines that it has not been reported."]
    return "tax/1099nec_%d_%03d.txt" % (yr, i), "\n".join(L) + "\n"


def doc_1099int(i):
    bank = pick(US_BANKS)
    p = Person()
    yr = pick([2022, 2023])
    L = ["%s" % bank.upper(), "%d  Form 1099-INT  Interest Income" % yr, "",
         "PAYER'S TIN: %s" % EIN(gen_ein()), "RECIPIENT'S TIN: %s" % (SSN(p.ssn) if chance(0.8) else "***-**-" + p.ssn[-4:]), "",
         "RECIPIENT'S name and address", "  " + N(p, "UP"), "  " + block_addr(p.addr, "  ", upper=True), "",
         "Account number (see instructions): %s" % ACCT(acct_no()),
         "1 Interest income ............................ %s" % money(3, 4200),
         "3 Interest on U.S. Savings Bonds and Treasury obligations .... 0.00",
         "4 Federal income tax withheld ................ 0.00", "",
         "Keep for your records. Corrected forms, if any, are issued by %s." % NBD(dt.date(yr + 1, 2, 15), "long_us")]
    return "tax/1099int_%d_%03d.txt" % (yr, i), "\n".join(L) + "\n"


def doc_organizer(i):
    firm = pick(["Delgado & Iyer CPAs", "Northgate Tax Services", "Blue Heron Bookkeeping", "Maple Street Tax & Accounting"])
    tp = Person()
    sp = Person(sex="M" if tp.sex == "F" else "F", last=tp.last if chance(0.5) else None)
    sp.dob = tp.dob + dt.timedelta(days=R.randint(-3000, 3000))
    prep = Person()
    yr = pick([2022, 2023])
    sp_itin = chance(0.35)
    L = ["%d TAX ORGANIZER / INTAKE SHEET - %s" % (yr, firm), "",
         "Taxpayer:        %s" % N(tp, "mid"),
         "  SSN:           %s" % SSN(tp.ssn),
         "  DOB:           %s" % DOB(tp, pick(["us", "us_short"])),
         "  Occupation:    %s" % pick(["RN", "Truck driver", "Teacher", "Software developer", "Line cook", "Retired", "Electrician"]),
         "Spouse:          %s" % N(sp, "full"),
         "  %s           %s" % ("ITIN:" if sp_itin else "SSN: ", ITIN(gen_itin()) if sp_itin else SSN(sp.ssn)),
         "  Date of birth: %s" % DOB(sp, pick(["us", "us_short"])),
         "Filing status:   MFJ", "Home address:    %s" % AD(tp.addr, "one"),
         "Cell:            %s   Email: %s" % (PH(tp), EM(tp.email)), "",
         "DEPENDENTS", "  Name                        Relationship  DOB          SSN/ITIN       Months in home"]
    for _ in range(R.randint(0, 3)):
        k = Person(last=tp.last, minor=True)
        tid = ITIN(gen_itin()) if chance(0.2) else SSN(k.ssn)
        L.append("  " + pad(N(k), 28) + pad(pick(["Son", "Daughter", "Stepchild", "Grandchild"]), 14) + pad(DOB(k, "us"), 13) + pad(tid, 15) + "12")
    rt, ac = gen_aba(), acct_no()
    L += ["", "REFUND / BALANCE DUE",
          "  Direct deposit refund to: %s  %s" % (pick(["Checking", "Savings"]), pick(US_BANKS)),
          "  %s %s    %s %s" % (pick(["Routing #", "RTN:", "Routing number"]), RTN(rt), pick(["Acct #", "Account:", "Account number"]), ACCT(ac)), "",
          "NOTES FROM INTAKE CALL (%s, preparer %s)" % (NBD(recent(yr + 1, yr + 1), "us_short"), N(prep)),
          "- %s says they moved in %s; new address above. Old address was %s." % (N(tp, "first"), pick(MON[1:]), AD(us_addr(), "one")),
          "- Spouse %s. Bring the %s." % (pick(["started a 1099 side business (cleaning)", "was on unemployment for 3 months", "has W-2 from two employers"]), pick(["1095-A", "daycare receipts", "mileage log", "1098-T"])),
          "- Daycare provider: %s, EIN %s (in-home daycare)." % (N(Person(sex="F")), EIN(gen_ein())) if chance(0.5) else "- No childcare expenses this year.",
          "- Prior-year AGI verified for e-file. ID.me done."]
    return "tax/organizer_%d_%03d.txt" % (yr, i), "\n".join(L) + "\n"


# ---------------------------------------------------------------------------------------------------- EOBs
PLANS = ["Cobalt Ridge Health Plan", "Prairie Mutual Health", "Evergreen Benefit Administrators", "Lakeshore Health Alliance",
         "SunCoast Medicare Advantage (HMO)", "Granite State Health Cooperative"]
CARC = [("CO-45", "Charge exceeds fee schedule/maximum allowable."), ("PR-1", "Deductible amount."),
        ("PR-2", "Coinsurance amount."), ("PR-3", "Co-payment amount."), ("CO-97", "Payment included in the allowance for another service."),
        ("N130", "Consult plan benefit documents/guidelines for information about restrictions for this service.")]


def provider(credential=None):
    p = Person(last=pick(LAST))
    return p, credential or pick(["MD", "DO", "NP", "PA-C", "MD", "DPM", "DDS", "PT, DPT"])


def doc_eob(i):
    plan = pick(PLANS)
    sub = Person()
    pat = sub if chance(0.55) else Person(last=sub.last, minor=chance(0.6))
    doc, cred = provider()
    stmt = recent(2024, 2024)
    svc = stmt - dt.timedelta(days=R.randint(14, 60))
    up = chance(0.5)
    L = [pad(plan, 58) + "EXPLANATION OF BENEFITS", pad("", 58) + "THIS IS NOT A BILL", "",
         "Statement date: %s" % (NBD(stmt, "long_us") if chance(0.6) else fdate(stmt, "long_us")), "",
         "  " + N(sub, "UP" if up else "full"), "  " + block_addr(sub.addr, "  ", upper=up), "",
         "Member: %s    Member ID: %s%s    Group: %06d" % (N(sub, "full"), pick(["CRH", "PMH", "XJH", "LHA", "W"]), digits(9), R.randint(1, 999999)),
         "Patient: %s%s    Patient DOB: %s" % (N(pat, "full"), "" if pat is sub else " (dependent)", DOB(pat, pick(["us", "us_short", "abbr_us"]))),
         "Claim number: %s-%s-%02d    Received: %s" % (digits(5), digits(6), R.randint(1, 9), fdate(svc + dt.timedelta(days=6), "us")),
         "Provider: %s, %s    %s %s" % (N(doc), cred, pick(["NPI", "Rendering NPI:", "NPI#", "Prov NPI"]), T("US_NPI", gen_npi())),
         "Date(s) of service: %s" % NBD(svc, "us"), "",
         "%-34s %-7s %9s %9s %9s %9s  %s" % ("Service", "Code", "Billed", "Allowed", "Plan paid", "You owe", "Remark")]
    tot_owe = 0.0
    for _ in range(R.randint(1, 4)):
        c, desc = pick(CPT)
        billed = R.uniform(60, 900)
        allowed = billed * R.uniform(0.4, 0.8)
        paid = allowed * pick([0.8, 0.9, 0.7, 1.0])
        owe = allowed - paid
        tot_owe += owe
        code = D("cpt_code", c) if chance(0.25) else c
        rc = pick(CARC)[0]
        L.append("%s %s %9.2f %9.2f %9.2f %9.2f  %s" % (pad(desc[:34], 35), pad(code, 7), billed, allowed, paid, owe, rc))
    L += ["", "Total you may owe the provider: $%.2f" % tot_owe, ""]
    dx = [icd() for _ in range(R.randint(1, 3))]
    L.append(pick(["Diagnosis code(s): ", "Dx: ", "ICD-10-CM: ", "Diagnosis: "]) + ", ".join("%s (%s)" % (T("ICD10_CODE", c), d) for c, d in dx))
    L += ["", "Remark codes"]
    for c, d in CARC[:R.randint(2, 5)]:
        L.append("  %s  %s" % (c, d))
    L += ["", "If you disagree with this decision you may file an appeal within 180 days of the date of this notice.",
          "Your appeal should include this notice, your member ID and any records from %s's office that support your request." % N(doc, "last") if chance(0.5)
          else "Keep this notice for your records.", "",
          pick(["Questions? Call the Member Services number on the back of your ID card (TTY 711).",
                "Para ayuda en español, llame al número de Servicios para Miembros que aparece en su tarjeta."])]
    return "eob/eob_%03d.txt" % i, "\n".join(L) + "\n"


def doc_eob_secondary(i):
    plan = pick(PLANS[:4] + PLANS[5:])
    pat = Person(elderly=True)
    doc, cred = provider()
    svc = recent(2024, 2024)
    mbi = gen_mbi()
    L = ["%s - SECONDARY CLAIM EXPLANATION (MEDICARE CROSSOVER)" % plan.upper(), "",
         "Beneficiary .......... %s" % N(pat, "LF"),
         "Birth date ........... %s" % DOB(pat, pick(["us", "dmy_abbr"])),
         "Mailing address ...... %s" % AD(pat.addr, "one", upper=True),
         "%s %s" % (pick(["Medicare ID (MBI) ....", "MBI ..................", "Medicare Beneficiary Identifier:"]), T("US_MBI", fmt_mbi(mbi))),
         "Primary payer ........ Medicare Part B (%s)" % pick(["Noridian JE", "Novitas JL", "NGS J6", "Palmetto JM", "WPS J5"]),
         "Billing provider ..... %s, %s   Billing NPI %s" % (N(doc), cred, T("US_NPI", gen_npi())),
         "Service date ......... %s" % NBD(svc, "us"), "",
         "LINE  PROC    MOD  DX       MEDICARE ALLOWED  MEDICARE PAID  DEDUCT  COINS   SECONDARY PAID"]
    for k in range(R.randint(1, 4)):
        if chance(0.5):
            c, _ = pick(HCPCS)
            proc = D("hcpcs_code", c)
        else:
            proc = pick(CPT)[0]
        dxc, _ = icd(nodot=chance(0.5))
        allowed = R.uniform(40, 600)
        L.append("%-5d %s %-4s %s %16.2f %14.2f %7.2f %7.2f %16.2f" % (k + 1, pad(proc, 7), pick(["", "25", "RT", "LT", "59", "KX"]), pad(T("ICD10_CODE", dxc), 8),
                                                                    allowed, allowed * 0.8, 0.0, allowed * 0.2, allowed * 0.2))
    L += ["", "Medicare paid first; we paid the Medicare coinsurance under your Medigap Plan %s benefit." % pick("FGN"),
          "Crossover claim ICN %s" % noncard_digits(13)]
    return "eob/crossover_%03d.txt" % i, "\n".join(L) + "\n"


def doc_prior_auth(i):
    plan = pick(PLANS)
    pat = Person()
    doc, cred = provider(pick(["MD", "DO"]))
    staff = Person()
    dec = recent(2024, 2024)
    c, desc = pick(HCPCS[4:] + HCPCS[:1])
    dxs = [icd() for _ in range(R.randint(1, 2))]
    approved = chance(0.6)
    L = [plan, "Utilization Management", "", "%s" % NBD(dec, "long_us"), "", N(pat, "full"), block_addr(pat.addr), "",
         "RE: Prior authorization request %s" % ("PA-" + digits(9)), "",
         "Dear %s %s," % (pat.title(), T("PERSON_NAME", pat.last)), "",
         "We reviewed the request from %s, %s (NPI %s) for the item or service below for member %s, date of birth %s." % (
             N(doc), cred, T("US_NPI", gen_npi()), N(pat, "full"), DOB(pat, pick(["long_us", "us"]))), "",
         "  Requested: %s %s" % (D("hcpcs_code", c), desc),
         "  Diagnosis: %s" % "; ".join("%s %s" % (T("ICD10_CODE", x), d) for x, d in dxs), "",
         ("Decision: APPROVED for dates of service %s through %s." % (NBD(dec, "us"), NBD(dec + dt.timedelta(days=90), "us"))) if approved else
         "Decision: DENIED. The records provided do not show that conservative treatment was tried for at least 6 weeks.",
         "", "Reviewer: %s, %s, Medical Director" % (N(Person()), pick(["MD", "DO"])),
         "cc: %s (ordering provider) - fax on file" % N(doc),
         "", "Case coordinator %s can be reached at %s." % (N(staff), PH(us_phone_raw(), pick(["paren", "dash"])))]
    return "eob/prior_auth_%03d.txt" % i, "\n".join(L) + "\n"


# ---------------------------------------------------------------------------------------------------- dental / physio / chiro notes
def doc_dental(i):
    practice = pick(["Bright Harbor Family Dentistry", "Northside Dental Arts", "Smile Studio of %s" % pick(CITIES)[0], "Cedar Lane Dental Group"])
    pat = Person()
    dds = Person()
    hyg = Person(sex="F")
    appt = weekday(recent(2024, 2024))
    nxt = weekday(appt + dt.timedelta(days=R.randint(7, 190)))
    tooth = R.randint(1, 32)
    L = [practice + " - Clinical Note", "",
         "%s %s    %s %s    %s %s" % (pick(["Pt:", "Patient:", "Patient name:"]), N(pat, pick(["lfm", "full", "lf"])),
                                    pick(["Chart #:", "Chart#", "Pt ID:", "Acct/Chart:"]), T("MEDICAL_RECORD_NUMBER", pick([digits(5, True), digits(6, True), "C" + digits(5)])),
                                    pick(["DOB", "D.O.B.", "Birthdate:", "DOB:"]), DOB(pat, pick(["us", "us_short", "us_2y"]))),
         "Appt: %s %s %d:%02d %s w/ Dr. %s, DDS; %s %s, RDH" % (WD[appt.weekday()], NBD(appt, "us"), R.randint(7, 11), pick([0, 15, 30, 45]), "AM",
                                                                 N(dds), pick(["hyg", "hygienist"]), N(hyg)), ""]
    c1, _ = pick(CDT)
    dx, dxd = pick([x for x in ICD if x[0].startswith("K0") or x[0].startswith("Z01")])
    dx_disp = dx if chance(0.7) else dx.replace(".", "")
    meds = [x for x in ICD if x[0] in ("E11.9", "I10", "E78.5", "E03.9", "J45.909", "F41.1", "K21.9")]
    mh = R.sample(meds, R.randint(0, 2))
    L += ["CC: \"%s\"" % pick(["lower right tooth sensitive to cold x 2 wks", "broke a filling on popcorn", "routine recall", "gums bleed when I floss", "upper left molar throbbing since Sat"]),
          "Med hx reviewed%s." % ((", updated: " + ", ".join("%s (%s)" % (dd.split(",")[0].lower(), T("ICD10_CODE", cc)) for cc, dd in mh)) if mh else ", no changes"),
          "BP %d/%d. %s" % (R.randint(108, 148), R.randint(64, 92), pick(["No allergies.", "Allergy: PCN (hives).", "Latex allergy - non-latex gloves used."])),
          "Tx: %s %s; %s #%d. Dx: %s %s." % (D("cdt_code", c1), pick(CDT)[1].lower(), D("cdt_code", pick(["D0220", "D0230", "D0274"])), tooth, T("ICD10_CODE", dx_disp), dxd.lower()),
          "Findings: %s on #%d %s. Perio charting WNL except %d mm pocket #%d DL." % (pick(["recurrent decay", "fractured MO composite", "incipient caries", "periapical radiolucency"]), tooth, pick(["MO", "DO", "O", "B"]), R.randint(4, 6), R.randint(1, 32)),
          "Discussed options with %s; pt elected %s. Consent signed." % (pick(["pt", "pt and spouse %s" % N(Person()), "pt's mother %s" % N(Person(sex="F"))]), pick(["composite", "crown", "extraction", "RCT referral"])),
          "Next visit: %s  %s #%d %s" % (NBD(nxt, "us"), D("cdt_code", pick(["D2392", "D2740", "D3330", "D7140"])), tooth, pick(["MO", "DO", "MOD", ""])),
          "", "Referred to endo: %s, DMD (NPI %s)" % (N(Person()), T("US_NPI", gen_npi())) if chance(0.3) else "",
          "Signed: %s, DDS  %s" % (N(dds), fdate(appt, "us"))]
    return "clinic/dental_%03d.txt" % i, "\n".join(L) + "\n"


def doc_physio(i):
    clinic = pick(["Meridian Physio & Sports Rehab", "Riverbend Physical Therapy", "Keystone Orthopedic Rehab", "Mile High Movement PT"])
    pat = Person(elderly=chance(0.3))
    ref, _ = provider(pick(["MD", "DO", "PA-C"]))
    pt = Person()
    ev = recent(2024, 2024)
    region = pick([("M17.11", "knee"), ("M75.101", "shoulder"), ("M54.50", "low back"), ("S93.401A", "ankle"), ("M54.2", "neck"),
                   ("M76.61", "Achilles"), ("G56.01", "wrist"), ("S83.511A", "knee"), ("M75.41", "shoulder"), ("M72.2", "heel")])
    dxc = region[0] if chance(0.8) else region[0].replace(".", "")
    dxd = dict(ICD)[region[0]]
    initial = chance(0.55)
    L = [clinic.upper(), "PHYSICAL THERAPY %s" % ("INITIAL EVALUATION" if initial else "DAILY NOTE"), "",
         "%s %s" % (pick(["Patient name:", "Patient:", "Name:"]), N(pat, pick(["full", "mid"]))),
         "%s %s     %s %s" % (pick(["MRN:", "Med Rec #:", "MR#", "Patient ID:"]), T("MEDICAL_RECORD_NUMBER", pick(["PT-" + digits(7), mrn(), mrn()])),
                             pick(["D.O.B.:", "DOB:", "Date of birth:"]), DOB(pat, pick(["iso", "us", "abbr_us"]))),
         "Date of service: %s      Visit %d of %d authorized" % (NBD(ev, pick(["us", "iso"])), 1 if initial else R.randint(2, 11), pick([12, 16, 20])),
         "Referring provider: %s, %s (NPI %s)" % (N(ref), pick(["MD", "DO", "PA-C"]), T("US_NPI", gen_npi())),
         "Treating therapist: %s, PT, DPT   NPI %s" % (N(pt), T("US_NPI", gen_npi())),
         "Referral dx: %s %s" % (T("ICD10_CODE", dxc), dxd), ""]
    if chance(0.4):
        c2, d2 = icd(pick([x for x in ICD if x[0] in ("R26.81", "Z91.81", "M62.830", "G89.29", "Z96.651", "M81.0")]))
        L.append("Treatment dx: %s %s" % (T("ICD10_CODE", c2), d2))
    subj = pick(["Pt reports %s pain %d/10 at worst, %d/10 today. Worse with stairs and prolonged sitting." % (region[1], R.randint(5, 9), R.randint(1, 5)),
                 "Pt states %s is 'about 60%% better'. Returned to walking the dog 20 min/day." % region[1],
                 "Pt %s says pain woke her twice this week; tried ice and ibuprofen with some relief." % N(pat, "first") if pat.sex == "F" else
                 "Pt %s says he missed two HEP sessions due to work travel." % N(pat, "first")])
    L += ["S: " + subj,
          "O: AROM %s flexion %d deg, ext %d deg. MMT %s 4-/5. %s" % (region[1], R.randint(60, 150), R.randint(-10, 10), region[1], pick(["Gait antalgic.", "TTP lateral joint line.", "Special tests: Neer +, Hawkins +.", "SLR negative bilaterally."])),
          "A: %s" % pick(["Progressing toward goals; tolerating load well.", "Limited progress; consider MD follow-up if no change in 2 wks.", "Good candidate for skilled PT; rehab potential good."]),
          "P: Continue %dx/wk x %d wks. HEP updated (handout given). Re-eval %s." % (R.randint(1, 3), R.randint(3, 8), NBD(ev + dt.timedelta(days=R.randint(20, 45)), "us")),
          "", "Billing: %s" % ", ".join("%s x%d" % (D("cpt_code", c) if chance(0.3) else c, R.randint(1, 3)) for c, _ in R.sample(CPT[2:8], 3))]
    if chance(0.35):
        fam = Person(last=pat.last if chance(0.5) else None)
        L.append("Spoke with %s (%s) by phone re: transport to appointments; callback %s." % (N(fam), pick(["daughter", "son", "husband", "wife", "caregiver"]), PH(fam)))
    L += ["", "Electronically signed by %s, PT, DPT on %s" % (N(pt), fdate(ev, "us"))]
    return "clinic/pt_%03d.txt" % i, "\n".join(L) + "\n"


def doc_chiro(i):
    pat = Person()
    dc = Person()
    v = recent(2024, 2024)
    codes = [("M99.03", "Segmental dysfunction lumbar"), ("M54.50", "Low back pain"), ("M62.830", "Muscle spasm of back"),
             ("S13.4XXA", "Cervical sprain, initial"), ("M54.2", "Cervicalgia")]
    use = R.sample(codes, R.randint(2, 3))
    L = ["SOAP NOTE  |  %s Chiropractic" % pick(["Align", "Back in Motion", "Foothills", "Spinal Health"]),
         "%s  %s   |  DOB %s  |  Chart %s" % (pick(["Patient", "PATIENT"]), N(pat, pick(["LF", "lfm"])), DOB(pat, "us"), T("MEDICAL_RECORD_NUMBER", digits(6, True))),
         "Visit %s  |  Provider %s, DC  |  NPI %s" % (NBD(v, "us_short"), N(dc), T("US_NPI", gen_npi())), "",
         "S: %s" % pick(["MVA %s, rear-ended at light. Neck stiffness, HA." % fdate(v - dt.timedelta(days=R.randint(3, 30)), "us_short"),
                         "LBP after moving furniture, radiating to R buttock, no numbness.",
                         "Maintenance visit; mid-back tight after long drives."]),
         "O: Restricted motion %s; hypertonicity paraspinals. Ortho: %s." % (pick(["C5-C6", "L4-L5", "T6-T8", "SI R"]), pick(["Kemp's +R", "Spurling -", "Yeoman +R"])),
         "A: " + "; ".join("%s %s" % (T("ICD10_CODE", c if chance(0.75) else c.replace(".", "")), d) for c, d in use),
         "P: CMT %s regions (%s), e-stim 10 min, ice. RTC %s." % (R.randint(2, 4), D("cpt_code", "98941") if chance(0.5) else "98941", pick(["1 wk", "2x/wk x 3 wks", "PRN"]))]
    if chance(0.4):
        att = Person()
        L.append("Auto claim: carrier %s, adjuster %s %s, claim %s." % (pick(["State Farm", "Progressive", "GEICO", "Allstate"]), N(att), PH(att, "dash"), digits(2) + "-" + digits(5) + "-" + digits(3)))
    return "clinic/chiro_%03d.txt" % i, "\n".join(L) + "\n"


# ---------------------------------------------------------------------------------------------------- pharmacy voicemails
def vm_patient(p, drug, rx):
    dob_style = pick(["spoken", "us_short", "us_2y", "spoken_long", "long_us"])
    ph = fmt_phone(p.phone, pick(["space", "dash", "plain", "dash"]))
    k = R.randint(0, 2)
    nm = p.name(["lower", "full", pick(["lower", "full"])][k])
    t = ([
        "hi this is %s uh calling about a refill on my %s the prescription number is %s my date of birth is %s you can call me back at %s thank you",
        "Hi, this is %s. I need a refill on the %s, prescription number %s. My date of birth is %s. Call me at %s if there's a problem. Thanks.",
        "yes hello my name is %s I'm calling for a refill of %s, RX number %s, birthday %s, my number is %s bye",
    ])[k]
    return t % (T("PERSON_NAME", nm), drug, rx, T("DATE_OF_BIRTH", fdate(p.dob, dob_style)), T("PHONE_NUMBER", ph))


def doc_pharmacy_vm(i):
    store = pick(["Sable Creek Pharmacy #%d" % R.randint(1, 40), "Main Street Apothecary", "Valley Health Pharmacy", "CareFirst Drug #%d" % R.randint(100, 999)])
    day = recent(2024, 2024)
    techs = [Person(), Person()]
    L = ["%s - REFILL LINE VOICEMAIL LOG" % store.upper(), "Exported %s  (auto transcription; verify against recording)" % fdate(day, "iso"), ""]
    for k in range(R.randint(3, 7)):
        t = "%02d:%02d" % (R.randint(7, 19), R.randint(0, 59))
        kind = pick(["pt", "pt", "pt", "care", "office", "spam"])
        dur = "0:%02d" % R.randint(12, 59)
        if kind == "spam":
            L += ["[%d] %s  From: Unknown (Spam Likely)  Dur %s" % (k + 1, t, dur),
                  "    \"...this is an important message regarding your vehicle's extended warranty, press one to speak to...\"",
                  "    Action: deleted", ""]
            continue
        if kind == "pt":
            p = Person(elderly=chance(0.5))
            rx = noncard_digits(7)
            drug = pick(DRUGS)
            L += ["[%d] %s  From: %s  Dur %s" % (k + 1, t, PH(p, pick(["paren", "dash"])), dur),
                  "    \"%s\"" % vm_patient(p, drug.split(" ")[0] if chance(0.5) else drug, " ".join(rx) if chance(0.3) else rx)]
            L.append("    Action: %s" % pick(["refill queued, ready by 3pm; texted pt.", "no refills left - faxed request to prescriber.",
                                             "called back, LVM. DOB verified on callback.", "insurance rejected (refill too soon) - pt notified.",
                                             "%s processed; pt to pick up tomorrow." % N(techs[0], "first")]))
        elif kind == "care":
            p = Person(elderly=True)
            cg = Person(last=p.last if chance(0.6) else None)
            L += ["[%d] %s  From: %s  Dur %s" % (k + 1, t, PH(cg, pick(["paren", "dash"])), dur),
                  "    \"hi I'm calling for my %s %s, %s is %s, %s needs %s refilled and we're out of town until %s so please mail it to %s if you can, my cell is %s\"" % (
                      pick(["mother", "father", "aunt", "neighbor"]), T("PERSON_NAME", p.name(pick(["lower", "full"]))),
                      pick(["her birthday", "date of birth", "birthday"]), T("DATE_OF_BIRTH", fdate(p.dob, pick(["spoken_long", "us_short", "long_us_ord"]))),
                      pick(["she", "he"]), pick(DRUGS).split(" ")[0], pick(MON[1:]).lower() + " " + str(R.randint(1, 28)),
                      T("STREET_ADDRESS", addr_line1(p.addr).lower() + " " + p.addr["city"].lower()), T("PHONE_NUMBER", fmt_phone(cg.phone, "space"))),
                  "    Action: %s" % pick(["mail order set up; pt record updated with alt address.", "need pt consent for caregiver pickup - called back.", "sent to pharmacist %s." % N(Person())])]
        else:
            doc = Person(last=pick(ASCII_LAST))
            st = Person()
            p = Person()
            drug = pick(CONTROLLED if chance(0.5) else DRUGS)
            npi = gen_npi()
            L += ["[%d] %s  From: %s  Dur %s" % (k + 1, t, PH(us_phone_raw(), pick(["paren", "dash"])), dur),
                  "    \"Hi, this is %s calling from Dr. %s's office regarding a mutual patient, %s, date of birth %s. The doctor approved the refill for %s, "
                  "thirty day supply, one refill. If you need anything my direct line is %s. Thank you.\"" % (
                      N(st, pick(["first", "full"])), T("PERSON_NAME", doc.last), N(p, pick(["full", "lower"])), T("DATE_OF_BIRTH", fdate(p.dob, pick(["us_short", "long_us", "spoken_long"]))),
                      drug, T("PHONE_NUMBER", fmt_phone(us_phone_raw(), pick(["dash", "space"])))),
                  "    Tech note: Prescriber %s, MD  NPI %s  DEA %s - verified on %s. %s" % (
                      N(doc), T("US_NPI", npi), T("US_DEA_NUMBER", gen_dea(doc.last)), pick(["NPPES", "DEA lookup", "file"]),
                      "C-II requires hard copy/eRx, cannot take verbal." if drug in CONTROLLED else "Verbal order transcribed by RPh.")]
        L.append("")
    L.append("Log reviewed by %s, RPh" % N(Person()))
    return "pharmacy/refill_vm_%s_%02d.txt" % (fdate(day, "iso"), i), "\n".join(L) + "\n"


# ---------------------------------------------------------------------------------------------------- banking
MERCHANTS = ["KROGER #%d", "SHELL OIL %d", "TARGET T-%d", "WALGREENS #%d", "AMZN Mktp US*%s", "CHIPOTLE %d", "HOME DEPOT #%d",
             "SQ *MARIGOLD BAKERY", "NETFLIX.COM", "COSTCO WHSE #%d", "UBER *TRIP", "SPOTIFY USA", "PANERA BREAD #%d", "AUTOZONE %d"]


def merchant():
    m = pick(MERCHANTS)
    if "%d" in m:
        return m % R.randint(10, 9999)
    if "%s" in m:
        return m % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))
    return m


def doc_statement(i):
    bank = pick(US_BANKS)
    p = Person()
    joint = Person(last=p.last) if chance(0.3) else None
    end = dt.date(2024, R.randint(1, 9), 1) - dt.timedelta(days=1)
    start = end.replace(day=1)
    sav, chk = acct_no(), acct_no()
    rt = gen_aba()
    L = [pad(bank.upper(), 60) + "STATEMENT OF ACCOUNT", pad("", 60) + "Period %s - %s" % (fdate(start, "us"), fdate(end, "us")), "",
         "  " + N(p, "UP") + (("\n  " + N(joint, "UP")) if joint else ""), "  " + block_addr(p.addr, "  ", upper=True), "",
         "Member/Customer number %s          Page 1 of %d" % (digits(6, True), R.randint(2, 4)), "",
         "ACCOUNT SUMMARY", "%-30s %-18s %12s %12s" % ("Account", "Number", "Beginning", "Ending"),
         "%s %s %12s %12s" % (pad("Everyday Checking", 31), pad(ACCT(chk), 18), money(200, 4000), money(200, 4000)),
         "%s %s %12s %12s" % (pad("Share Savings", 31), pad(ACCT(sav), 18), money(100, 20000), money(100, 20000)), "",
         "%s %s" % (pick(["Routing number for direct deposit and ACH:", "Our routing/transit number (ABA):", "ACH/Direct deposit routing #"]), RTN(rt)), "",
         "CHECKING ACTIVITY", "%-6s %-62s %12s" % ("Date", "Description", "Amount")]
    d = start
    co, dom = pick(COMPANIES)
    friend = Person()
    for k in range(R.randint(10, 22)):
        d = min(end, d + dt.timedelta(days=R.randint(0, 3)))
        kind = pick(["pos", "pos", "pos", "ach", "check", "zelle", "xfer", "atm", "bill", "trace"])
        if kind == "pos":
            desc = "POS DEBIT %s CARD %s" % (merchant(), digits(4))
            amt = "-" + money(3, 180)
        elif kind == "ach":
            desc = "ACH DEPOSIT %s PAYROLL PPD" % co.upper()[:16]
            amt = money(900, 3800)
        elif kind == "check":
            desc = "CHECK %d" % R.randint(1001, 1300)
            amt = "-" + money(50, 1800)
        elif kind == "zelle":
            desc = pick(["ZELLE PAYMENT TO %s CONF# %s", "ZELLE FROM %s REF %s"]) % (N(friend, "UP"), "".join(R.choice("ABCDEFGHJKMNPQRSTVWXYZ0123456789") for _ in range(9)))
            amt = pick(["-", ""]) + money(10, 300)
        elif kind == "xfer":
            desc = "ONLINE TRANSFER TO SAVINGS %s" % (ACCT(sav) if chance(0.5) else "XXXXXX" + sav[-4:])
            amt = "-" + money(25, 500)
        elif kind == "atm":
            desc = "ATM WITHDRAWAL %s %s" % (pick(["BRANCH %04d" % R.randint(1, 999), "7-ELEVEN", "CIRCLE K", "SAFEWAY"]), pick(CITIES)[0].upper())
            amt = "-" + money(20, 200)
        elif kind == "bill":
            desc = "ACH DEBIT %s" % pick(["VERIZON WIRELESS PAYMENTS", "CITY UTILITIES WEB PMT", "GEICO AUTO INS", "SALLIE MAE LOAN PMT", "COMCAST CABLE"])
            amt = "-" + money(30, 400)
        else:
            desc = "VISA DEBIT REFUND %s TRACE %s" % (merchant(), D("luhn_fail_card", bad_card("visa")))
            amt = money(5, 120)
        L.append("%-6s %s %12s" % (d.strftime("%m/%d"), pad(desc, 62), amt))
    L += ["", "Dividend rate %.2f%% APY. Federally insured by NCUA." % R.uniform(0.05, 4.5) if "Credit" in bank or "CU" in bank else "Member FDIC.",
          "To report a lost or stolen card call the number on the back of your card."]
    return "bank/statement_%03d.txt" % i, "\n".join(L) + "\n"


def doc_dd_form(i):
    co, dom = pick(COMPANIES)
    p = Person()
    rt, ac = gen_aba(), acct_no()
    two = chance(0.35)
    L = [co, "DIRECT DEPOSIT AUTHORIZATION FORM", "",
         "%s %s" % (pick(["Employee name:", "Name:", "Employee Name (print):"]), N(p, pick(["full", "mid"]))),
         "%s %05d      %s %s" % (pick(["Employee ID:", "Emp #"]), R.randint(1, 99999), pick(["Last 4 SSN:", "SSN (last four):"]), p.ssn[-4:]),
         "Home address: %s" % AD(p.addr, "one"), "Phone: %s" % PH(p), "",
         "ACCOUNT 1  [%s] Checking  [%s] Savings" % (("X", " ") if chance(0.8) else (" ", "X")),
         "  Bank name: %s" % pick(US_BANKS),
         "  %s %s" % (pick(["Routing/transit no. (9 digits):", "Routing number:", "ABA #:", "Bank routing #"]), RTN(rt)),
         "  %s %s" % (pick(["Account no.:", "Account number:", "Acct #:"]), ACCT(ac)),
         "  Deposit: [%s] Entire net pay  [%s] Amount $______" % (" " if two else "X", " ")]
    if two:
        L += ["", "ACCOUNT 2  [ ] Checking  [X] Savings", "  Bank name: %s" % pick(US_BANKS),
              "  Routing number: %s" % RTN(gen_aba()), "  Account number: %s" % ACCT(acct_no()),
              "  Deposit: [ ] Entire net pay  [X] Amount $%d.00 (remainder to account 1)" % R.choice([50, 100, 150, 200, 250])]
    L += ["", "I authorize %s to deposit my pay automatically into the account(s) listed above and, if necessary, to initiate adjustments for any transactions credited in error." % co,
          "Please attach a voided check. Do not use a deposit slip: the routing number on a deposit slip may be different.", "",
          "Signature: /s/ %s          Date: %s" % (N(p), fdate(recent(), "us_short")), "",
          "FOR PAYROLL USE: entered by %s on %s, prenote %s" % (N(Person(), "first"), fdate(recent(), "us_short"), pick(["sent", "waived", "returned R03 - called employee"]))]
    return "bank/direct_deposit_%03d.txt" % i, "\n".join(L) + "\n"


def doc_voided_check(i):
    p = Person()
    joint = Person(last=p.last) if chance(0.4) else None
    rt, ac = gen_aba(), acct_no()
    chk = R.randint(101, 3999)
    L = ["[OCR text - voided_check_%s.jpg]" % hexs(6), "",
         N(p, "UP") + ((" OR " + N(joint, "UP")) if joint else ""), block_addr(p.addr, "", upper=True), pad("", 50) + str(chk), "",
         "PAY TO THE", "ORDER OF ____________________ VOID VOID VOID ____________ $ ______", "",
         pick(US_BANKS).upper(), "FOR _______________________", "",
         pick(["\u2446%s\u2446 %s\u2448 %04d", "C%sC %sC %04d", ":%s: %s\" %04d", "|:%s|: %s|\" %04d"]) % (RTN(rt), ACCT(ac), chk), "",
         "--- HR onboarding note ---",
         "Voided check received for %s. Routing %s confirmed against the bank's published ABA list." % (N(p, "full"), rt[:2] + "*****" + rt[-2:])]
    return "bank/voided_check_ocr_%03d.txt" % i, "\n".join(L) + "\n"


WIRE_BANK = {"DE": ("Commerzbank AG", "EUR"), "FR": ("BNP Paribas", "EUR"), "ES": ("CaixaBank S.A.", "EUR"), "NL": ("ING Bank N.V.", "EUR"),
             "GB": ("NatWest", "GBP"), "IT": ("Intesa Sanpaolo", "EUR"), "BE": ("KBC Bank", "EUR"), "CH": ("UBS Switzerland AG", "CHF"),
             "IE": ("AIB", "EUR"), "PT": ("Caixa Geral de Depósitos", "EUR"), "PL": ("PKO Bank Polski", "PLN"), "AT": ("Erste Bank", "EUR")}


def doc_wire(i):
    orig = Person()
    bene = Person()
    intl = chance(0.65)
    L = ["%s - OUTGOING WIRE TRANSFER REQUEST" % pick(US_BANKS).upper(), "Request date: %s     Branch %04d     Officer %s" % (NBD(recent(2024, 2024), "us"), R.randint(1, 9999), N(Person())), "",
         "ORIGINATOR", "  Name: %s" % N(orig, "full"), "  Account to debit: %s" % ACCT(acct_no()), "  Address: %s" % AD(orig.addr, "one"),
         "  Daytime phone: %s" % PH(orig), "", "BENEFICIARY"]
    if intl:
        cc = pick(["DE", "FR", "ES", "NL", "GB", "IT", "BE", "CH", "IE", "PT", "PL", "AT"])
        l1, l2 = (eu_addr(cc) if cc in ("DE", "FR", "ES", "NL", "GB") else (None, None))
        bic = pick(BIC_BY_CC[cc])
        ib = gen_iban(cc)
        L += ["  Name: %s" % N(bene, "full"),
              "  Address: %s" % (EUAD(cc, "one", l1, l2) if l1 else {"IT": "Milano", "BE": "Gent", "CH": "Zürich", "IE": "Dublin 8", "PT": "Lisboa", "PL": "Kraków", "AT": "Wien"}[cc] + ", " + cc),
              "  IBAN: %s" % T("IBAN_CODE", fmt_iban(ib)), "  Bank: %s" % WIRE_BANK[cc][0],
              "  SWIFT/BIC: %s" % T("SWIFT_BIC_CODE", bic),
              "  Intermediary: %s (%s)" % (T("SWIFT_BIC_CODE", pick(BIC_BY_CC["US"])), pick(["JPMorgan Chase, New York", "Citibank N.A.", "Bank of America"])) if chance(0.4) else "  Intermediary: none",
              "  Amount / currency: %s %s" % (WIRE_BANK[cc][1], money(800, 60000)),
              "  Purpose: %s" % pick(["tuition fees semester 2", "deposit for apartment rental", "payment of invoice %s" % D("invoice_number", invoice_no()), "family support", "purchase of vehicle"])]
    else:
        L += ["  Name: %s" % N(bene, "full"), "  Beneficiary bank ABA: %s" % RTN(gen_aba()), "  Beneficiary account: %s" % ACCT(acct_no()),
              "  Bank: %s" % pick(US_BANKS), "  Amount: USD %s" % money(1000, 250000),
              "  OBI: %s" % pick(["earnest money 1418 closing", "payoff loan %s" % noncard_digits(10), "Invoice %s" % D("invoice_number", invoice_no())])]
    L += ["", "CALLBACK VERIFICATION (required > $10,000)",
          "  Called originator at number on file %s on %s; spoke with %s, confirmed beneficiary details verbally. Verified by %s." % (
              PH(orig, "paren"), fdate(recent(2024, 2024), "us_short"), N(orig, "first"), N(Person())),
          "  Fed reference (IMAD): %s%s%s" % (recent(2024, 2024).strftime("%Y%m%d"), "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(8)), digits(6))]
    return "bank/wire_request_%03d.txt" % i, "\n".join(L) + "\n"


def doc_ach_return(i):
    co, dom = pick(COMPANIES)
    L = ["ACH RETURN / NOTIFICATION OF CHANGE REPORT", "Originator: %s    Company ID %s" % (co.upper(), noncard_digits(10)),
         "Settlement date: %s" % NBD(recent(2024, 2024), "iso"), "",
         "TYPE  CODE  RECEIVER NAME              RDFI       DFI ACCOUNT        AMOUNT    CORRECTED DATA / REASON", "-" * 112]
    for _ in range(R.randint(3, 9)):
        p = Person()
        t = pick(["RET", "RET", "NOC"])
        if t == "RET":
            code, why = pick([("R01", "Insufficient funds"), ("R02", "Account closed"), ("R03", "No account/unable to locate"), ("R04", "Invalid account number"), ("R29", "Corporate customer advises not authorized")])
        else:
            code = pick(["C01", "C02", "C03"])
            why = {"C01": "Correct acct: %s" % ACCT(acct_no()), "C02": "Correct RTN: %s" % RTN(gen_aba()), "C03": "Correct RTN/acct: %s / %s" % (RTN(gen_aba()), ACCT(acct_no()))}[code]
        L.append("%s %s %s %s %s %9s    %s" % (pad(t, 5), pad(code, 5), pad(N(p, "UP"), 26), pad(RTN(gen_aba()), 10), pad(ACCT(acct_no()), 18), money(20, 4000), why))
    L += ["", "Trace numbers are listed in the NACHA file attachment. Batch %s." % D("aba_fail", bad_aba())]
    return "bank/ach_returns_%03d.txt" % i, "\n".join(L) + "\n"


# ---------------------------------------------------------------------------------------------------- support e-mail threads
def email_date(d, h=None):
    h = h if h is not None else R.randint(7, 21)
    return "%s, %d %s %d %02d:%02d:%02d %s" % (WD[d.weekday()], d.day, MON3[d.month], d.year, h, R.randint(0, 59), R.randint(0, 59), pick(["-0500", "-0400", "-0700", "-0600", "+0000"]))


def msgid(dom):
    return "<%s.%s@%s>" % (hexs(16), R.randint(1000, 99999), pick(["mail.gmail.com", "mx." + dom, "eurprd04.prod.outlook.com", "namprd11.prod.outlook.com"]))


def quote(lines):
    return [("> " + l) if l else ">" for l in lines]


SUPPORT_COS = {
    "wrong": [("Lumen Outdoor Co.", "lumenoutdoor.com"), ("Fernleaf Home Goods", "fernleafhome.com")],
    "refund": [("Lumen Outdoor Co.", "lumenoutdoor.com"), ("Fernleaf Home Goods", "fernleafhome.com"), ("Pagecraft Books", "pagecraftbooks.com")],
    "address": [("Trailmix Snack Club", "trailmixclub.com"), ("Marigold Bakery & Cafe", "marigoldbakes.com")],
    "card": [("Trailmix Snack Club", "trailmixclub.com"), ("Tessellate Software, Inc.", "tessellate.dev"), ("Quarry Hill Brewing Company", "quarryhillbrew.com")],
    "account": [("Tessellate Software, Inc.", "tessellate.dev"), ("Kestrel Analytics", "kestrel-analytics.io")],
    "book": [("Pagecraft Books", "pagecraftbooks.com")],
}
SUPPORT_SUBJ = {"wrong": "Wrong size delivered", "refund": "Refund status", "address": "Change of address",
                "card": "Billing update", "account": "Can't log in", "book": "Damaged item"}


def doc_support_thread(i):
    topic = pick(["wrong", "refund", "address", "card", "account", "book"])
    co, dom = pick(SUPPORT_COS[topic])
    cust = Person()
    agent = Person()
    lead = Person() if chance(0.4) else None
    d0 = recent(2024, 2024)
    oid = order_id()
    cemail = cust.email
    aemail = work_email(agent, dom)
    # first (customer) message
    first = ["Hello,", ""]
    extra = []
    if topic == "wrong":
        first += ["I received order %s yesterday but the %s is the wrong size (ordered L, got S)." % (D("order_id", oid), pick(["jacket", "tent footprint", "rain shell", "sleeping pad"])),
                  "Item code on the box says %s. Can you send the right one?" % (D("part_number", part_no()) if chance(0.6) else D("product_code", "%s-%s-%s" % (digits(3, True), digits(3, True), digits(4))))]
    elif topic == "refund":
        first += ["I returned order %s two weeks ago, tracking %s, and still have no refund." % (D("order_id", oid), D("tracking_number", tracking())),
                  "Invoice %s, total $%s." % (D("invoice_number", invoice_no()), money(30, 400))]
    elif topic == "address":
        first += ["I moved and need my subscription shipped to my new address:", "", T("STREET_ADDRESS", addr_line1(cust.addr) + ", " + addr_city(cust.addr)), "",
                  "Old one was %s, please remove it." % AD(us_addr(), "one")]
    elif topic == "card":
        _, c = gen_card()
        first += ["My card on file expired. Can you please charge the renewal to this one instead:",
                  "%s  exp %02d/%02d  cvv %03d" % (T("CREDIT_CARD_NUMBER", fmt_card(c)), R.randint(1, 12), R.randint(25, 30), R.randint(100, 999)),
                  "Billing zip %s." % cust.addr["zip"]]
    elif topic == "book":
        first += ["The copy of \"%s\" (ISBN %s) in order %s arrived with a torn cover." % (pick(["The Overstory", "Braiding Sweetgrass", "A Field Guide to Lichens", "Salt Fat Acid Heat"]),
                                                                                      D("isbn", fmt_isbn(isbn13())), D("order_id", oid))]
    else:
        first += ["I can't log in to my account. The reset email never arrives at %s." % EM(cemail), "Could you change my login email to %s?" % EM(personal_email(cust))]
    sig_style = R.randint(0, 2)
    first += ["", "Thanks,", N(cust, "first") if sig_style == 0 else N(cust)]
    if sig_style == 2:
        first += [PH(cust)]
    first_hdr = "On %s, %s <%s> wrote:" % (d0.strftime("%a, %b %d, %Y") + " at %d:%02d %s" % (R.randint(1, 12), R.randint(0, 59), pick(["AM", "PM"])), N(cust), EM(cemail))
    # agent reply
    reply = ["Hi %s," % N(cust, "first"), ""]
    if topic == "card":
        reply += ["Thanks, the renewal went through. For your security please don't send full card numbers by email -",
                  "I've removed it from our ticket. Next time you can update it under Account > Billing."]
    elif topic == "wrong":
        reply += ["Sorry about that! I've sent a replacement; it ships via %s %s." % (pick(["UPS", "FedEx", "USPS"]), D("tracking_number", tracking())),
                  "No need to return the small one - feel free to donate it."]
    elif topic == "refund":
        reply += ["I checked with our warehouse and the return was received on %s. The refund of $%s was issued today" % (NBD(d0 - dt.timedelta(days=R.randint(2, 9)), "long_us"), money(30, 400)),
                  "and should show on your statement in 5-10 business days."]
    elif topic == "address":
        reply += ["Done - your next box will go to the new address. I also removed the old one from your profile."]
    elif topic == "book":
        reply += ["So sorry! A new copy is on its way and I've refunded the shipping."]
    else:
        reply += ["I've updated the login email and sent a reset link. If it doesn't arrive check the spam folder."]
    if lead:
        reply += ["", "I've copied my lead %s in case you need anything else while I'm out next week." % N(lead)]
    reply += ["", "Best,", N(agent), "%s | %s" % (pick(["Customer Care", "Support Specialist", "Customer Experience Lead", "Member Services"]), co),
              "%s %s" % (pick(["direct", "Direct:", "t.", "Phone:", "tel"]), PH(us_phone_raw(), pick(["dash", "dot", "paren"]))) if chance(0.6) else ""]
    reply = [l for l in reply]
    d1 = d0 + dt.timedelta(days=R.randint(0, 2))
    # headers for the top message
    L = ["From: %s <%s>" % (N(agent), EM(aemail)), "To: %s <%s>" % (N(cust), EM(cemail))]
    if lead:
        L.append("Cc: %s <%s>" % (N(lead), EM(work_email(lead, dom))))
    L += ["Subject: RE: %s" % SUPPORT_SUBJ[topic],
          "Date: %s" % email_date(d1), "Message-ID: %s" % D("message_id", msgid(dom)),
          "In-Reply-To: %s" % D("message_id", msgid(dom))]
    if chance(0.4):
        L.append("X-Originating-IP: [%s]" % T("IP_ADDRESS", ip_public()))
    L += [""] + reply + ["", first_hdr] + quote(first)
    if chance(0.4):
        # customer follow-up on top
        fu = ["Thank you %s, that's great." % N(agent, "first"), "", pick(["Also, my husband %s will pick up the next order, is that ok?", "P.S. my mobile changed, it's %s now.", "Cheers"]) ]
        if "%s" in fu[-1]:
            fu[-1] = fu[-1] % (N(Person(sex="M", last=cust.last)) if "husband" in fu[-1] else PH(us_phone_raw(), "dash"))
        top = ["From: %s <%s>" % (N(cust), EM(cemail)), "To: %s <%s>" % (N(agent), EM(aemail)), "Subject: Re: RE: %s" % SUPPORT_SUBJ[topic], "Date: %s" % email_date(d1 + dt.timedelta(days=1)), ""]
        top += fu + ["", N(cust, "first"), "", "On %s, %s wrote:" % (d1.strftime("%m/%d/%Y"), N(agent))]
        L = top + quote(L[L.index(""):][1:])
    return "support/thread_%03d.eml" % i, "\n".join(L) + "\n"


# ---------------------------------------------------------------------------------------------------- CRM notes
def doc_crm(i):
    acct, dom = pick(COMPANIES)
    c = Person()
    om = Person()
    rep = Person()
    close = recent(2024, 2025)
    ein = gen_ein()
    L = ["Account Name: %s" % acct, "Account Owner: %s" % N(rep), "Type: %s    Industry: %s    Employees: %d" % (pick(["Customer", "Prospect", "Customer - Renewal"]), pick(["Manufacturing", "Healthcare", "Logistics", "Hospitality", "Construction"]), R.randint(8, 900)),
         "", "Opportunity: %s - %s FY%d" % (acct.split()[0], pick(["Renewal", "Expansion", "Imaging Suite", "Fleet Add-on", "Payroll Migration"]), close.year % 100),
         "Stage: %s    Amount: $%s    Close Date: %s    Probability: %d%%" % (pick(["Negotiation/Review", "Proposal/Price Quote", "Closed Won", "Qualification"]), money(4000, 250000), NBD(close, "us_short"), pick([10, 25, 50, 75, 90])),
         "Record ID: %s" % sf_id(), "",
         "Primary Contact: %s (%s)" % (N(c, pick(["full", "full", "mid"])), pick(["Owner", "Office Manager", "CFO", "Controller", "Director of Ops"])),
         "  Email: %s" % EM(work_email(c, dom)), "  Phone: %s    Mobile: %s" % (PH(us_phone_raw(), "paren") + pick([" x%d" % R.randint(100, 299), ""]), PH(c, pick(["dot", "dash"]))), "",
         "Activity History", "----------------"]
    acts = []
    d = close - dt.timedelta(days=R.randint(40, 120))
    for _ in range(R.randint(3, 7)):
        d += dt.timedelta(days=R.randint(2, 14))
        k = pick(["call", "call", "email", "task", "meeting", "note"])
        who = N(rep)
        if k == "call":
            txt = pick(["Spoke with %s about renewal timing. Said budget approved; waiting on %s to sign." % (N(c, "first"), N(om)),
                        "Left VM for %s. Tried cell %s - no answer." % (N(c), PH(c, "dash")),
                        "Call w/ %s and their bookkeeper %s (%s). They want net-45 terms." % (N(c), N(om), EM(personal_email(om))),
                        "%s mentioned %s is retiring; new contact will be %s, %s." % (N(c, "first"), N(Person()), N(om), PH(om, "paren"))])
        elif k == "email":
            txt = "Sent quote %s and updated SOW. %s" % (D("invoice_number", invoice_no()), pick(["", "CC'd %s." % EM(work_email(om, dom))]))
        elif k == "task":
            txt = pick(["Send W-9 + COI. Their EIN for the vendor form is %s." % EIN(ein),
                        "Vendor setup: they need our banking - sent remit-to letter (routing/account on letterhead).",
                        "Collect PO number from %s before invoicing." % N(om)])
        elif k == "meeting":
            txt = "Onsite demo at their office with %s, %s and %s. Brought %s. Next step: pilot." % (N(c), N(om), N(Person()), pick(["demo unit SN %s" % D("part_number", part_no()), "pricing sheet", "integration diagram"]))
        else:
            txt = pick(["Credit check OK. D-U-N-S on file.", "Customer ACH remittance details (for refund of overpayment): %s routing %s acct %s." % (pick(US_BANKS), RTN(gen_aba()), ACCT(acct_no())),
                        "Per %s, ship hardware to %s's home office: %s." % (N(c, "first"), N(om, "first"), AD(om.addr, "one"))])
        acts.append("%s - %s - Logged by %s\n    %s" % (k.title(), fdate(d, "us_short"), who, txt))
    L += acts
    return "crm/sfdc_%s_%03d.txt" % (slug(acct)[:10], i), "\n".join(L) + "\n"


# ---------------------------------------------------------------------------------------------------- logs
UAS = [
    lambda: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36" % D("version_ip_like", "%d.0.0.0" % R.randint(118, 126)),
    lambda: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.%d Safari/605.1.15" % R.randint(0, 4),
    lambda: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_%d like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148" % R.randint(0, 4),
    lambda: "Mozilla/5.0 (X11; Linux x86_64; rv:%d.0) Gecko/20100101 Firefox/%d.0" % ((lambda v: (v, v))(R.randint(115, 125))),
    lambda: "okhttp/4.%d.%d" % (R.randint(9, 12), R.randint(0, 3)),
    lambda: "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Mobile Safari/537.36" % D("version_ip_like", "%d.0.0.0" % R.randint(118, 126)),
    lambda: "curl/8.%d.%d" % (R.randint(0, 7), R.randint(0, 1)),
]
PATHS = ["/account/settings", "/api/v2/orders", "/login", "/api/v2/cart/items", "/static/js/app.%s.js" % "3f9a1c", "/checkout/payment",
         "/api/v2/users/me", "/healthz", "/favicon.ico", "/api/v2/search?q=rain+jacket", "/password/reset", "/wp-login.php", "/.env"]


def clf_time(t):
    return t.strftime("%d/") + MON3[t.month] + t.strftime("/%Y:%H:%M:%S -0500")


def doc_nginx(i):
    host = pick(["portal", "shop", "members", "app"]) + "." + pick(COMPANIES)[1]
    t = dt.datetime(2024, R.randint(1, 9), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59))
    clients = [(ip_public() if chance(0.75) else ip6_public()) for _ in range(R.randint(8, 20))]
    L = []
    for _ in range(R.randint(80, 220)):
        t += dt.timedelta(seconds=R.randint(0, 40))
        ip = pick(clients)
        path = pick(PATHS)
        st = pick([200, 200, 200, 200, 304, 302, 404, 401, 500])
        if path == "/password/reset" and chance(0.6):
            em = Person().email
            path = "/password/reset?email=" + (EM(em.replace("@", "%40")) if chance(0.5) else EM(em))
        ua = pick(UAS)()
        xff = ""
        if chance(0.15):
            xff = ' "%s, %s"' % (T("IP_ADDRESS", ip_public()), T("IP_ADDRESS", ip_private()))
        L.append('%s - - [%s] "%s %s HTTP/%s" %d %d "%s" "%s"%s' % (T("IP_ADDRESS", ip), clf_time(t), pick(["GET", "GET", "POST"]), path, pick(["1.1", "2.0"]), st,
                                                               R.randint(0, 40000), pick(["-", "https://%s/" % host, "https://www.google.com/"]), ua, xff))
    gz = chance(0.4)
    return "logs/nginx/%s-access.log.%d%s" % (host.split(".")[0], i, ".gz" if gz else ""), "\n".join(L) + "\n"


def doc_applog(i):
    svc = pick(["auth-api", "billing-svc", "orders-api", "notify-worker", "profile-svc"])
    t = dt.datetime(2024, R.randint(1, 9), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59))
    users = [Person() for _ in range(R.randint(6, 14))]
    L = []
    for _ in range(R.randint(60, 160)):
        t += dt.timedelta(milliseconds=R.randint(5, 90000))
        u = pick(users)
        ip = ip_public() if chance(0.6) else ip6_public()
        if chance(0.1):
            ip = "::ffff:" + ip_public()
        base = {"ts": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000), "level": "INFO", "svc": svc}
        ev = pick(["login", "login", "login_fail", "pw_reset", "profile", "order", "email", "err", "slow"])
        if ev == "login":
            base.update({"msg": "login succeeded", "user": EM(u.email), "client_ip": T("IP_ADDRESS", ip), "mfa": pick(["totp", "sms", "none"])})
        elif ev == "login_fail":
            base.update({"level": "WARN", "msg": "login failed: bad credentials", "user": EM(u.email), "client_ip": T("IP_ADDRESS", ip), "attempt": R.randint(1, 6)})
        elif ev == "pw_reset":
            base.update({"msg": "password reset email queued", "to": EM(u.email), "template": "pw-reset-v%d" % R.randint(2, 5)})
        elif ev == "profile":
            base.update({"msg": "profile updated", "user_id": R.randint(10000, 999999), "fields": pick([["phone"], ["address_line1", "zip"], ["display_name"]]),
                         "changed_by": EM(u.email)})
            if base["fields"] == ["phone"] and chance(0.5):
                base["new_phone"] = T("PHONE_NUMBER", fmt_phone(u.phone, pick(["plus", "plain", "dash"])).replace(" ", "") if chance(0.5) else fmt_phone(u.phone, "plus"))
        elif ev == "order":
            base.update({"msg": "order placed", "order_id": D("order_id", order_id()), "amount_cents": R.randint(500, 90000), "customer": EM(u.email)})
        elif ev == "email":
            base.update({"msg": "smtp send ok", "to": EM(u.email), "message_id": D("uuid", uuid4()), "provider": "ses"})
        elif ev == "err":
            base.update({"level": "ERROR", "msg": "upstream timeout", "upstream": T("IP_ADDRESS", ip_private()) + ":%d" % pick([8080, 5432, 6379, 9000]), "request_id": D("uuid", uuid4())})
        else:
            base.update({"level": "WARN", "msg": "slow request", "path": pick(PATHS), "dur_ms": R.randint(1500, 9000), "t_epoch_ms": Raw(D("epoch_ms", epoch_ms()))})
        if chance(0.4):
            base["trace_id"] = D("sha_hash", hexs(32))
        L.append(jobj(base))
    gz = chance(0.3)
    return "logs/app/%s-%d.jsonl%s" % (svc, i, ".gz" if gz else ""), "\n".join(L) + "\n"


def doc_authlog(i):
    t = dt.datetime(2024, R.randint(1, 9), R.randint(1, 28), 0, 0)
    host = pick(["bastion-01", "web-03", "sftp-prod", "build-02"])
    admins = [Person() for _ in range(3)]
    L = []
    attackers = [ip_public() for _ in range(5)]
    for _ in range(R.randint(60, 150)):
        t += dt.timedelta(seconds=R.randint(1, 600))
        ts = "%s %2d %s" % (MON3[t.month], t.day, t.strftime("%H:%M:%S"))
        pid = R.randint(1000, 65000)
        k = pick(["fail", "fail", "fail", "ok", "invalid", "close", "sudo"])
        if k == "fail":
            L.append("%s %s sshd[%d]: Failed password for %s from %s port %d ssh2" % (ts, host, pid, pick(["root", "admin", "ubuntu"]), T("IP_ADDRESS", pick(attackers)), R.randint(30000, 65000)))
        elif k == "invalid":
            L.append("%s %s sshd[%d]: Invalid user %s from %s port %d" % (ts, host, pid, pick(["oracle", "test", "git", "postgres", "support"]), T("IP_ADDRESS", pick(attackers)), R.randint(30000, 65000)))
        elif k == "ok":
            a = pick(admins)
            L.append("%s %s sshd[%d]: Accepted publickey for %s from %s port %d ssh2: ED25519 SHA256:%s" % (ts, host, pid, slug(a.first)[0] + slug(a.last)[:7], T("IP_ADDRESS", ip_public() if chance(0.5) else ip6_public()), R.randint(30000, 65000), b64(43)))
        elif k == "close":
            L.append("%s %s sshd[%d]: Connection closed by authenticating user root %s port %d [preauth]" % (ts, host, pid, T("IP_ADDRESS", pick(attackers)), R.randint(30000, 65000)))
        else:
            a = pick(admins)
            L.append("%s %s sudo: %s : TTY=pts/%d ; PWD=/home/%s ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx" % (ts, host, slug(a.first)[0] + slug(a.last)[:7], R.randint(0, 4), slug(a.first)[0] + slug(a.last)[:7]))
    return "logs/auth/%s-auth.log.%d%s" % (host, i, ".gz" if chance(0.3) else ""), "\n".join(L) + "\n"


def doc_paylog(i):
    t = dt.datetime(2024, R.randint(1, 9), R.randint(1, 28), R.randint(0, 23), 0)
    L = []
    for _ in range(R.randint(40, 100)):
        t += dt.timedelta(seconds=R.randint(1, 300))
        ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % R.randint(0, 999)
        k = pick(["ok", "ok", "ok", "decline", "leak", "test", "refund"])
        _, c = gen_card()
        if k == "ok":
            L.append("%s INFO  [payments.charge] charge ok txn=%s bin=%s last4=%s amount=%d currency=USD" % (ts, D("uuid", uuid4()), c[:6], c[-4:], R.randint(100, 50000)))
        elif k == "decline":
            L.append("%s WARN  [payments.charge] declined code=%s txn=%s last4=%s customer=%s" % (ts, pick(["05", "51", "54", "61"]), D("uuid", uuid4()), c[-4:], EM(Person().email)))
        elif k == "leak":
            L.append("%s ERROR [payments.gateway] gateway 502, request body: {\"pan\":\"%s\",\"exp\":\"%02d%02d\",\"name\":\"%s\"}" % (ts, T("CREDIT_CARD_NUMBER", c), R.randint(1, 12), R.randint(25, 30), N(Person(), "UP")))
        elif k == "test":
            L.append("%s DEBUG [payments.selftest] synthetic charge with test card %s succeeded (sandbox)" % (ts, D("test_card", pick(TEST_CARDS))))
        else:
            L.append("%s INFO  [payments.refund] refund issued txn=%s orig=%s amount=%d by=%s" % (ts, D("uuid", uuid4()), D("uuid", uuid4()), R.randint(100, 9000), EM(work_email(Person(), "lumenoutdoor.com"))))
    return "logs/payments/gateway-%d.log" % i, "\n".join(L) + "\n"


# ---------------------------------------------------------------------------------------------------- Slack export
def doc_slack(i):
    chan = pick(["hr-ops", "support-escalations", "it-helpdesk", "billing", "clinic-frontdesk", "payroll"])
    members = [Person() for _ in range(R.randint(3, 6))]
    uid = {id(m): "U0" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(9)) for m in members}
    day = dt.datetime(2024, R.randint(1, 9), R.randint(1, 28), 8, 0)
    msgs = []
    for _ in range(R.randint(8, 22)):
        day += dt.timedelta(seconds=R.randint(30, 4000))
        m = pick(members)
        other = pick(members)
        c = Person()
        text = pick([
            lambda: "can someone re-send the onboarding packet to %s? start date is %d/%d" % (EM(c.email), R.randint(1, 12), R.randint(1, 28)),
            lambda: "<@%s> customer %s called again, callback %s" % (uid[id(other)], N(c), PH(c, pick(["paren", "dash", "plus"]))),
            lambda: "prenote bounced for %s - routing %s acct %s. can you double check with %s?" % (N(c), RTN(gen_aba()), ACCT(acct_no()), "her" if c.sex == "F" else "him"),
            lambda: "ugh someone pasted an SSN into the ticket (%s) :face_palm: I asked them to delete it" % SSN(gen_ssn()),
            lambda: "fyi %s works in staging again, prod still failing" % D("test_card", pick(TEST_CARDS)),
            lambda: "for the docs use %s not a real address please" % D("doc_email", pick(["jane.doe@example.com", "user@example.org", "someone@example.net", "test@example.com"])),
            lambda: "%s's new address: %s" % (N(c), AD(c.addr, "one")),
            lambda: "deployed %s to prod :rocket:" % D("version_string", version_str()),
            lambda: "lunch?",
            lambda: "the IBAN for the %s supplier is %s (%s), ok to pay?" % (pick(["Rotterdam", "Lyon", "Hamburg", "Valencia"]), T("IBAN_CODE", fmt_iban(gen_iban(pick(["NL", "FR", "DE", "ES"])), "plain")), pick(["per their invoice", "confirmed by phone"])),
            lambda: "%s's DOB in the system is %s but the ID says otherwise, who can fix?" % (N(c, "first"), DOB(c, pick(["us", "iso"]))),
            lambda: "reminder: %s is out %s-%s" % (N(other, "first"), fdate(day.date(), "us_short"), fdate((day + dt.timedelta(days=4)).date(), "us_short")),
            lambda: "ticket %s closed, thanks %s" % (pick(["INC-", "CS-", "HD-"]) + str(R.randint(1000, 99999)), N(other, "first")),
        ])()
        ts = "%d.%06d" % (int(day.timestamp()), R.randint(0, 999999))
        msg = {"client_msg_id": D("uuid", uuid4()), "type": "message", "text": text, "user": uid[id(m)], "ts": Raw(jstr(D("epoch_ts", ts))),
               "team": "T01" + "ABCDEFG", "user_profile": {"avatar_hash": hexs(12), "first_name": N(m, "first"), "real_name": N(m),
                                                          "display_name": slug(m.first) + (slug(m.last)[:1] if chance(0.5) else ""), "is_restricted": False}}
        msgs.append(msg)
    return "slack/%s/%s.json" % (chan, day.strftime("%Y-%m-%d")), jpretty(msgs) + "\n"


# ---------------------------------------------------------------------------------------------------- European letters
def intl_person(cc):
    firsts = {"DE": (["Anja", "Katrin", "Sabine", "Lena", "Jana", "Ute", "Ingrid"], ["Jürgen", "Matthias", "Stefan", "Florian", "Tobias", "Benedikt", "Uwe"]),
              "FR": (["Camille", "Émilie", "Margaux", "Chloé", "Hélène", "Inès", "Nathalie"], ["Jean-Luc", "Théo", "Mathieu", "Julien", "François", "Yannick", "Karim"]),
              "ES": (["Lucía", "Carmen", "Ximena", "Paloma", "Nuria", "Montserrat", "Rocío"], ["Santiago", "Javier", "Andrés", "Iker", "Jordi", "Álvaro", "Mateo"]),
              "NL": (["Anouk", "Femke", "Margriet", "Sanne", "Lotte", "Ilse", "Noor"], ["Pieter", "Matthijs", "Joost", "Bram", "Sander", "Daan", "Wouter"])}[cc]
    lasts = {"DE": ["Müller", "Schmidt-Berger", "Weiß", "Fischer", "Schäfer", "von Hohenberg", "Yılmaz", "Kowalski", "Brandt", "Hoffmann", "Nguyen"],
             "FR": ["Lefèvre", "Dubois", "Moreau", "de la Fontaine", "Nguyen", "Benali", "Girard", "Le Goff", "Mercier", "Da Costa"],
             "ES": ["Fernández García", "Martínez", "de la Cruz", "López Ruiz", "Sánchez", "Puig i Serra", "Navarro", "Ortega"],
             "NL": ["van der Berg", "de Vries", "van Dijk", "Jansen", "ter Horst", "van 't Hof", "Bakker", "Visser", "El Amrani", "Smit"]}[cc]
    sex = pick("FM")
    p = Person(sex=sex, first=pick(firsts[0] if sex == "F" else firsts[1]), last=pick(lasts))
    return p


def doc_letter_de(i):
    p = intl_person("DE")
    clerk = intl_person("DE")
    l1, l2 = eu_addr("DE")
    d = recent(2024, 2024)
    ib = gen_iban("DE")
    bic = pick(BIC_BY_CC["DE"])
    city = l2.split(" ", 1)[1]
    anrede = "Frau" if p.sex == "F" else "Herrn"
    sg = "Sehr geehrte Frau" if p.sex == "F" else "Sehr geehrter Herr"
    kind = pick(["sepa", "vertrag", "kuendigung"])
    L = ["%s · Kundenservice · Postfach %d · %s" % (pick(["Stadtwerke Nordhafen", "Rheinland Versicherung AG", "FitPoint Studios GmbH", "Lindner Mobilfunk"]), R.randint(10000, 99999), " ".join(pick(DE_CITIES))), "",
         anrede, N(p), EUAD("DE", "block", l1, l2), "",
         pad("", 50) + "%s, %s" % (city, NBD(d, "de")), "",
         "Kundennummer: %s" % noncard_digits(9), "Vertragsnummer: %s" % ("V-" + digits(8)), ""]
    if kind == "sepa":
        cid = "DE%02dZZZ%s" % (R.randint(10, 99), digits(11))
        L += ["Bestätigung Ihres SEPA-Lastschriftmandats", "", "%s %s," % (sg, T("PERSON_NAME", p.last)), "",
              "vielen Dank für die Änderung Ihrer Bankverbindung. Ab dem nächsten Fälligkeitstermin buchen wir den Beitrag von folgendem Konto ab:", "",
              "Kontoinhaber/in: %s" % N(p), "IBAN: %s" % T("IBAN_CODE", fmt_iban(ib, "grp")), "BIC: %s" % T("SWIFT_BIC_CODE", bic),
              "Gläubiger-Identifikationsnummer: %s" % D("sepa_creditor_id", cid), "Mandatsreferenz: %s" % ("MR" + digits(10)), ""]
    elif kind == "vertrag":
        L += ["Ihre Vertragsdaten", "", "%s %s," % (sg, T("PERSON_NAME", p.last)), "",
              "anbei erhalten Sie die Zusammenfassung Ihrer Vertragsdaten. Bitte prüfen Sie die Angaben:", "",
              "Name: %s" % N(p), "Geburtsdatum: %s" % DOB(p, "eu_dot"), "Anschrift: %s" % EUAD("DE", "one", l1, l2),
              "Telefon: %s" % T("PHONE_NUMBER", eu_phone("DE")), "E-Mail: %s" % EM(personal_email(p, EU_WEBMAIL["DE"])),
              "Bankverbindung: %s, BIC %s" % (T("IBAN_CODE", fmt_iban(ib)), T("SWIFT_BIC_CODE", bic)), "",
              "Vertragsbeginn: %s" % NBD(d + dt.timedelta(days=14), "eu_dot"), ""]
    else:
        L += ["Kündigungsbestätigung", "", "%s %s," % (sg, T("PERSON_NAME", p.last)), "",
              "hiermit bestätigen wir den Eingang Ihrer Kündigung vom %s. Ihr Vertrag endet zum %s." % (fdate(d - dt.timedelta(days=9), "eu_dot"), NBD(d + dt.timedelta(days=60), "de")),
              "Ein eventuelles Guthaben erstatten wir auf das uns bekannte Konto %s." % T("IBAN_CODE", fmt_iban(ib)), "",
              "Zur Identifikation haben Sie uns Ihr Geburtsdatum (%s) und Ihre Rückrufnummer %s genannt." % (DOB(p, pick(["eu_dot", "de"])), T("PHONE_NUMBER", eu_phone("DE"))), ""]
    L += ["Bei Fragen erreichen Sie uns montags bis freitags von 8 bis 18 Uhr.", "", "Mit freundlichen Grüßen", "", N(clerk), "Kundenservice"]
    return "intl/de/brief_%03d.txt" % i, "\n".join(L) + "\n"


def doc_letter_fr(i):
    p = intl_person("FR")
    clerk = intl_person("FR")
    l1, l2 = eu_addr("FR")
    d = recent(2024, 2024)
    ib = gen_iban("FR")
    civ = "Madame" if p.sex == "F" else "Monsieur"
    ne = "née le" if p.sex == "F" else "né le"
    L = [pick(["Mutuelle Santé Horizon", "Assurances du Rhône", "Banque Populaire Val de Loire - Agence Bellecour", "Crèche Les Petits Pas"]), "", "",
         pad("", 44) + "%s %s" % (civ, N(p)), pad("", 44) + EUAD("FR", "one", l1, l2), "",
         pad("", 44) + "%s, le %s" % (l2.split(" ", 1)[1], NBD(d, "fr")), "",
         "N° adhérent : %s" % digits(9, True), "Objet : %s" % pick(["mise à jour de vos coordonnées bancaires", "confirmation d'adhésion", "remboursement de frais"]), "",
         "%s %s," % (civ, T("PERSON_NAME", p.last)), "",
         "Nous accusons réception de votre demande du %s. Vous trouverez ci-dessous les informations enregistrées dans votre dossier :" % fdate(d - dt.timedelta(days=R.randint(3, 20)), "eu_slash"), "",
         "  Titulaire : %s" % N(p, pick(["full", "UP"])), "  %s %s" % (ne.capitalize(), DOB(p, pick(["eu_slash", "fr"]))),
         "  Tél. : %s" % T("PHONE_NUMBER", eu_phone("FR")), "  Courriel : %s" % EM(personal_email(p, EU_WEBMAIL["FR"])),
         "  IBAN : %s" % T("IBAN_CODE", fmt_iban(ib, "grp")), "  BIC : %s" % T("SWIFT_BIC_CODE", pick(BIC_BY_CC["FR"])), ""]
    if chance(0.4):
        ben = intl_person("FR")
        L += ["Bénéficiaire ajouté : %s, %s %s." % (N(ben), "née le" if ben.sex == "F" else "né le", DOB(ben, "eu_slash")), ""]
    L += ["Le prélèvement sera effectué le %s de chaque mois." % pick(["5", "10", "15"]), "",
          "Nous vous prions d'agréer, %s, l'expression de nos salutations distinguées." % civ, "", N(clerk), pick(["Service adhérents", "Conseillère clientèle" if clerk.sex == "F" else "Conseiller clientèle", "Gestionnaire"])]
    return "intl/fr/courrier_%03d.txt" % i, "\n".join(L) + "\n"


def doc_letter_es(i):
    p = intl_person("ES")
    clerk = intl_person("ES")
    l1, l2 = eu_addr("ES")
    d = recent(2024, 2024)
    ib = gen_iban("ES")
    trat = "Sra. Dña." if p.sex == "F" else "Sr. D."
    L = [pick(["Clínica Dental Sonrisa", "Seguros La Giralda", "Academia de Idiomas Babel", "Comunidad de Propietarios Calle Mayor 45"]), "",
         "%s %s" % (trat, N(p)), EUAD("ES", "block", l1, l2), "",
         "%s, a %s" % (l2.split(" ", 1)[1], NBD(d, "es")), "",
         "Asunto: %s" % pick(["Domiciliación bancaria", "Confirmación de alta", "Recibo devuelto"]), "",
         "Estimad%s %s:" % ("a" if p.sex == "F" else "o", N(p, "first")), "",
         "Le confirmamos los datos facilitados en su solicitud:", "",
         "- Nombre y apellidos: %s" % N(p), "- Fecha de nacimiento: %s" % DOB(p, pick(["eu_slash", "es"])),
         "- Teléfono de contacto: %s" % T("PHONE_NUMBER", eu_phone("ES")), "- Correo electrónico: %s" % EM(personal_email(p, EU_WEBMAIL["ES"])),
         "- Cuenta de cargo (IBAN): %s" % T("IBAN_CODE", fmt_iban(ib)), "- BIC: %s" % T("SWIFT_BIC_CODE", pick(BIC_BY_CC["ES"])), "",
         pick(["El primer recibo se cargará el %s." % NBD(d + dt.timedelta(days=20), "eu_slash"),
               "El recibo de %s ha sido devuelto por su entidad. Le rogamos que regularice el pago." % MESES[d.month]]), "",
         "Atentamente,", "", N(clerk), pick(["Administración", "Atención al cliente"])]
    return "intl/es/carta_%03d.txt" % i, "\n".join(L) + "\n"


def doc_letter_nl(i):
    p = intl_person("NL")
    clerk = intl_person("NL")
    l1, l2 = eu_addr("NL")
    d = recent(2024, 2024)
    ib = gen_iban("NL")
    L = [pick(["Woningcorporatie De Linde", "Zorgverzekeraar Duinzicht", "Sportschool Fitlab B.V.", "Gemeente Zuidhaven - Afdeling Belastingen"]), "",
         "%s %s" % ("Mevrouw" if p.sex == "F" else "De heer", N(p)), EUAD("NL", "block", l1, l2), "",
         "Datum: %s" % NBD(d, "nl"), "Ons kenmerk: %s" % ("ZK-" + digits(7)), "Betreft: %s" % pick(["wijziging rekeningnummer", "bevestiging inschrijving", "machtiging automatische incasso"]), "",
         "Geachte %s %s," % ("mevrouw" if p.sex == "F" else "heer", T("PERSON_NAME", p.last)), "",
         "Wij hebben uw gegevens als volgt vastgelegd:", "",
         "Naam:             %s" % N(p), "Geboortedatum:    %s" % DOB(p, pick(["eu_dash", "nl"])),
         "Telefoonnummer:   %s" % T("PHONE_NUMBER", eu_phone("NL")), "E-mailadres:      %s" % EM(personal_email(p, EU_WEBMAIL["NL"])),
         "IBAN:             %s" % T("IBAN_CODE", fmt_iban(ib)), "BIC:              %s" % T("SWIFT_BIC_CODE", pick(BIC_BY_CC["NL"])), "",
         "Het bedrag wordt rond de %s van de maand afgeschreven. Klopt er iets niet? Neem dan contact met ons op." % pick(["1e", "25e", "28e"]), "",
         "Met vriendelijke groet,", "", N(clerk), pick(["Klantenservice", "Team Financiën"])]
    return "intl/nl/brief_%03d.txt" % i, "\n".join(L) + "\n"


# ---------------------------------------------------------------------------------------------------- markdown meeting notes
def doc_meeting(i):
    team = [Person() for _ in range(R.randint(3, 6))]
    d = recent(2024, 2024)
    kind = pick(["ops", "hr", "eng", "clinic"])
    L = ["# %s — %s" % ({"ops": "Weekly Ops Sync", "hr": "People Team Check-in", "eng": "Platform Standup (weekly)", "clinic": "Front Desk Huddle"}[kind], NBD(d, "iso")), "",
         "**Attendees:** %s" % ", ".join(N(p) for p in team[:-1]), "**Apologies:** %s" % N(team[-1]), ""]
    L.append("## Updates")
    if kind == "eng":
        L += ["- Release `%s` went out Tuesday; rollback tested. Firmware on the scanners is now `%s`." % (D("version_string", version_str()), D("version_ip_like", ip_like_version())),
              "- Migrated the billing replica; old host `%s` gets decommissioned Friday." % T("IP_ADDRESS", ip_private()),
              "- Docs: replaced real customer emails in the API examples with `%s` and IPs with `%s`." % (D("doc_email", pick(["jane@example.com", "customer@example.org", "alice@example.net"])), D("doc_ip", doc_ip())),
              "- Incident follow-up: the leaked key was in commit `%s`; rotated." % D("git_sha", sha1()[:pick([7, 10, 40])]),
              "- QA found we accepted IBANs with wrong check digits, e.g. `%s` in the test fixtures. Fixed in `%s`." % (D("iban_bad_check", bad_iban(pick(["NL", "DE", "BE"]))), D("version_string", version_str()))]
    elif kind == "hr":
        lv = Person()
        nh = Person()
        L += ["- Leave of absence: %s approved through %s (FMLA). Backfill: %s." % (N(lv), NBD(d + dt.timedelta(days=R.randint(20, 80)), "us_short"), N(team[0], "first")),
              "- New hire %s starts %s; personal email for the offer letter is %s." % (N(nh), NBD(d + dt.timedelta(days=R.randint(5, 30)), "long_us"), EM(nh.email)),
              "- Reminder: the I-9 template uses SSN `%s` as the placeholder, don't copy it into the HRIS." % D("template_ssn", pick(TEMPLATE_SSNS[:2])),
              "- %s asked to update her address to %s." % (N(Person(sex="F")), AD(us_addr(), "one")),
              "- Open enrollment dates confirmed with broker."]
    elif kind == "clinic":
        pt = Person()
        L += ["- Fax queue backed up again. %s (DOB %s) referral still missing the insurance card copy." % (N(pt), DOB(pt, "us_short")),
              "- %s to call %s back at %s re: rescheduling." % (N(team[1], "first"), N(Person()), PH(us_phone_raw(), "dash")),
              "- New check-in tablets are on app version `%s`." % D("version_string", version_str()),
              "- Reminder: don't write MRNs on the whiteboard."]
    else:
        cust = Person()
        L += ["- Warehouse: %d orders stuck in picking; oldest is %s." % (R.randint(3, 40), D("order_id", order_id())),
              "- Carrier claim filed for %s (crushed pallet)." % D("tracking_number", tracking()),
              "- Escalation: %s (%s) threatened a chargeback; %s will call." % (N(cust), EM(cust.email), N(team[0], "first")),
              "- SKU %s and %s are being discontinued." % (D("product_code", "%s-%s-%s" % (digits(3, True), digits(3, True), digits(4))), D("part_number", part_no()))]
    L += ["", "## Action items"]
    for p in team[:R.randint(2, 4)]:
        L.append("- [ ] %s — %s" % (N(p, pick(["first", "full"])), pick(["update the runbook", "send recap to leadership", "follow up with vendor", "book room for Q3 planning", "close out %s" % (pick(["INC-", "HR-", "OPS-"]) + str(R.randint(100, 9999)))])))
    L += ["", "_Next meeting: %s_" % NBD(d + dt.timedelta(days=7), "long_us")]
    return "notes/%s-%s-%02d.md" % (fdate(d, "iso"), kind, i), "\n".join(L) + "\n"


# ---------------------------------------------------------------------------------------------------- configs
def doc_config(i):
    co, dom = pick(COMPANIES)
    owners = [Person() for _ in range(R.randint(1, 3))]
    kind = pick(["yaml", "yaml", "ini", "env", "toml"])
    svc = pick(["billing-api", "alerting", "reports-cron", "sftp-ingest", "backup-agent", "hr-sync"])
    if kind == "yaml":
        L = ["# %s.yaml — owned by platform team" % svc, "# Example contact block (do not use real people here):",
             "#   - name: Jane Example", "#     email: %s" % D("doc_email", pick(["jane@example.com", "oncall@example.org"])), "",
             "service: %s" % svc, "version: %s" % D("version_string", version_str().lstrip("v")), "owners:"]
        for o in owners:
            L += ["  - name: %s" % N(o), "    email: %s" % EM(work_email(o, dom)), "    pager: \"%s\"" % PH(o, pick(["plus", "plusdash"]))]
        L += ["smtp:", "  host: smtp.%s" % dom, "  port: 587", "  tls: true",
              "database:", "  host: %s" % T("IP_ADDRESS", ip_private()), "  port: 5432", "  name: %s" % svc.replace("-", "_"),
              "artifact:", "  sha256: %s" % D("sha_hash", sha256()), "  build: %s" % D("version_ip_like", ip_like_version())]
        if chance(0.4):
            L += ["tests:", "  fixtures:", "    invalid_card: \"%s\"   # must be rejected (bad Luhn)" % D("luhn_fail_card", bad_card()),
                  "    invalid_iban: \"%s\"" % D("iban_bad_check", bad_iban(pick(["DE", "GB", "FR"]))),
                  "    sandbox_card: \"%s\"" % D("test_card", pick(TEST_CARDS)), "    placeholder_ssn: \"%s\"" % D("ssn_invalid", fmt_ssn(bad_ssn()))]
        ext = "yaml"
    elif kind == "ini":
        o = owners[0]
        L = ["; %s.ini" % svc, "[general]", "name = %s" % svc, "version = %s" % D("version_string", version_str().lstrip("v")), "",
             "[admin]", "contact = %s <%s>" % (N(o), EM(work_email(o, dom))), "phone = %s" % PH(o, "dash"),
             "escalation = %s" % EM(work_email(owners[-1], dom)), "", "[network]", "listen_port = %d" % pick([8080, 8443, 2222]),
             "upstream = %s" % T("IP_ADDRESS", ip_private()), "allowed_admin_host = %s" % T("IP_ADDRESS", ip_public()), "",
             "[remote]", "repo = %s:%s/%s.git" % (D("git_ssh_url", "git@github.com"), slug(co)[:12], svc)]
        ext = "ini"
    elif kind == "env":
        o = owners[0]
        L = ["# .env.production for %s — secrets live in the vault, not here" % svc, "APP_ENV=production", "APP_VERSION=%s" % D("version_string", version_str()),
             "ADMIN_EMAIL=%s" % EM(work_email(o, dom)), "SUPPORT_CALLBACK_PHONE=%s" % PH(o, "plain"),
             "DB_HOST=%s" % T("IP_ADDRESS", ip_private()), "BUILD_SHA=%s" % D("git_sha", sha1()),
             "SEED_TEST_SSN=%s" % D("template_ssn", "123-45-6789"), "STRIPE_TEST_CARD=%s" % D("test_card", pick(TEST_CARDS)),
             "REPORT_RECIPIENTS=%s" % ",".join(EM(work_email(x, dom)) for x in owners)]
        ext = "env"
    else:
        o = owners[0]
        L = ["# %s.toml" % svc, "[package]", "name = \"%s\"" % svc, "version = \"%s\"" % D("version_string", version_str().lstrip("v")), "",
             "[maintainer]", "name = \"%s\"" % N(o), "email = \"%s\"" % EM(work_email(o, dom)), "",
             "[alerts]", "sms = [%s]" % ", ".join('"%s"' % PH(x, "plus") for x in owners), "webhook_secret_sha1 = \"%s\"" % D("sha_hash", sha1())]
        ext = "toml"
    return "config/%s_%02d.%s" % (svc, i, ext), "\n".join(L) + "\n"


# ---------------------------------------------------------------------------------------------------- UK referral letters
def uk_person():
    firsts = (["Eilidh", "Siobhan", "Priya", "Bronwyn", "Tamsin", "Aisha", "Margaret", "Niamh", "Shirley", "Nasreen", "Gemma", "Chloe", "Yetunde", "Fiona", "Agnieszka", "Rhiannon"],
              ["Declan", "Rhys", "Callum", "Imran", "Oluwaseun", "Gareth", "Alistair", "Tomasz", "Graham", "Kwabena", "Dylan", "Hamish", "Zain", "Trevor", "Piotr", "Cian"])
    sex = pick("FM")
    return Person(sex=sex, first=pick(firsts[0] if sex == "F" else firsts[1]),
                  last=pick(["MacLeod", "O'Brien", "Patel", "Hughes", "Ó Súilleabháin", "Davies", "Okonkwo", "Evans", "Stewart-Clarke", "Kowalczyk", "Ahmed",
                             "Fitzgerald", "Begum", "Llewellyn", "Nwachukwu", "Sinclair", "Ferguson", "Mahmood", "Price-Jones", "Ó Briain", "Wright", "Chaudhry",
                             "Mensah", "Thorne", "Kaczmarek", "Gallagher", "Oyelaran", "Rees", "Baxter", "Hussain", "McKenzie", "Da Costa", "Abbott"]),
                  elderly=chance(0.4))


def doc_uk(i):
    pat = uk_person()
    gp = uk_person()
    d = recent(2024, 2024)
    l1, l2 = eu_addr("GB")
    probs = R.sample([("M75.1", "Rotator cuff syndrome"), ("M17.1", "Primary gonarthrosis, unilateral"), ("E11.9", "Type 2 diabetes mellitus without complications"),
                      ("I10", "Essential (primary) hypertension"), ("J45.9", "Asthma, unspecified"), ("F41.1", "Generalized anxiety disorder"), ("M54.5", "Low back pain"),
                      ("K21.9", "Gastro-oesophageal reflux disease without oesophagitis")], R.randint(1, 3))
    title = pick(["Mrs", "Ms", "Miss"]) if pat.sex == "F" else "Mr"
    L = ["%s Medical Practice" % pick(["Riverside", "Hollybush", "Castle Street", "Moorfield"]), "Dr %s · Dr %s · Dr %s" % (T("PERSON_NAME", "%s. %s" % (gp.first[0], gp.last)), T("PERSON_NAME", "%s. %s" % (pick("ASHMJ"), pick(["Patel", "Evans", "McAllister"]))), T("PERSON_NAME", "%s. %s" % (pick("ASHMJ"), pick(["Okonkwo", "Davies", "Ahmed"])))), "",
         "Date: %s" % NBD(d, pick(["long_eu", "eu_slash"])), "", "PRIVATE & CONFIDENTIAL",
         pick(["Physiotherapy Outpatients", "Musculoskeletal Triage Service", "Diabetes Specialist Nurse Team", "Community Mental Health Team"]), "",
         "Re: %s %s   %s %s   %s %s" % (title, N(pat), pick(["DOB", "D.O.B.", "Born"]), DOB(pat, pick(["eu_slash", "dmy_abbr_sp"])),
                                        pick(["NHS No.", "NHS number", "NHS No:"]), T("UK_NHS_NUMBER", fmt_nhs(gen_nhs()))),
         "Address: %s" % EUAD("GB", "one", l1, l2), "Tel: %s" % T("PHONE_NUMBER", eu_phone("GB")),
         "%s %s" % (pick(["Hospital No.", "Hosp no:", "MRN"]), T("MEDICAL_RECORD_NUMBER", pick(["RM" + digits(7), "K" + digits(7), digits(7, True)]))), "",
         "Dear Colleague,", "",
         "Thank you for seeing this %d-year-old %s with %s." % (2024 - pat.dob.year, pick(["retired teacher", "bus driver", "nurse", "student", "warehouse operative"]), pick(["a 3-month history of right shoulder pain", "worsening knee pain on stairs", "poorly controlled blood glucose despite metformin", "low mood and poor sleep since a bereavement"])),
         "", "Problems:"]
    for c, dsc in probs:
        L.append("  %s  %s" % (T("ICD10_CODE", c), dsc))
    L += ["", "Medication: %s." % ", ".join(R.sample(["Metformin 500mg bd", "Ramipril 5mg od", "Salbutamol 100mcg inhaler prn", "Naproxen 500mg bd", "Omeprazole 20mg od", "Sertraline 50mg od"], 2)),
          "%s %s and is independent with ADLs." % ("She" if pat.sex == "F" else "He", pick(["lives with %s partner" % ("her" if pat.sex == "F" else "his"), "lives with a daughter", "lives alone"])) if chance(0.6) else "Next of kin: %s (%s), %s." % (N(uk_person()), pick(["daughter", "son", "partner"]), T("PHONE_NUMBER", eu_phone("GB"))),
          "", "Yours sincerely,", "", "Dr %s" % N(gp), "General Practitioner", "GMC %s" % digits(7, True)]
    return "uk/referral_%03d.txt" % i, "\n".join(L) + "\n"


# ---------------------------------------------------------------------------------------------------- rental / KYC / travel
def doc_rental(i):
    p = Person()
    st, dl = dl_number()
    add = Person() if chance(0.35) else None
    pu = dt.datetime(2024, R.randint(1, 9), R.randint(1, 28), R.randint(7, 20), pick([0, 15, 30, 45]))
    ret = pu + dt.timedelta(days=R.randint(1, 12))
    brand, c = gen_card()
    L = ["%s   RENTAL AGREEMENT   RA# %s" % (pick(["SUNBELT CAR RENTAL", "MESA AUTO RENT", "HARBOR CITY RENTALS"]), noncard_digits(9)), "",
         "RENTER      %s" % N(p, pick(["UP", "LF"])), "DOB         %s" % DOB(p, pick(["us", "iso"])),
         "ADDRESS     %s" % AD(p.addr, "one", upper=True), "PHONE       %s" % PH(p), "EMAIL       %s" % EM(p.email),
         "LICENSE     %s %s   EXP %s" % (st, T("US_DRIVERS_LICENSE", dl), fdate(dt.date(R.randint(2025, 2030), p.dob.month, min(p.dob.day, 28)), "us"))]
    if add:
        st2, dl2 = dl_number()
        L += ["ADDL DRVR   %s  DOB %s  DL %s %s" % (N(add, "UP"), DOB(add, "us"), st2, T("US_DRIVERS_LICENSE", dl2))]
    L += ["", "PICKUP      %s  %s %s" % (pick(["LAX", "PHX", "MCO", "DEN", "SAT", "BOI"]), NBD(pu.date(), "us"), pu.strftime("%H:%M")),
          "RETURN      %s %s" % (NBD(ret.date(), "us"), ret.strftime("%H:%M")),
          "VEHICLE     %d %s  VIN %s  PLATE %s  MILES OUT %d" % (R.randint(2021, 2024), pick(["TOYOTA CAMRY", "NISSAN ROGUE", "KIA SORENTO", "CHEVY MALIBU"]), D("vin", vin()), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(7)), R.randint(3000, 40000)),
          "PAYMENT     %s %s" % ({"visa": "VISA", "mc": "MC", "amex": "AMEX", "disc": "DISC"}[brand], ("XXXX" + c[-4:]) if chance(0.7) else T("CREDIT_CARD_NUMBER", fmt_card(c))),
          "", "Renter acknowledges vehicle inspected. Fuel: full. Damage waiver: %s." % pick(["declined", "accepted"]),
          "Counter agent: %s" % N(Person(), "first")]
    return "kyc/rental_%03d.txt" % i, "\n".join(L) + "\n"


def doc_kyc(i):
    p = Person()
    banker = Person()
    itin = chance(0.3)
    idtype = pick(["passport", "dl", "dl"])
    L = ["NEW ACCOUNT OPENING - CIP / KYC CHECKLIST", "Branch: %s    Opened by: %s    Date: %s" % (pick(CITIES)[0], N(banker), NBD(recent(2024, 2024), "us")), "",
         "Customer name ........ %s" % N(p, "mid"), "Date of birth ........ %s" % DOB(p, pick(["us", "long_us"])),
         "Residential address .. %s" % AD(p.addr, "one"),
         "%s %s" % ("ITIN ................." if itin else pick(["SSN ..................", "Tax ID (SSN) ........."]), ITIN(gen_itin()) if itin else SSN(p.ssn)),
         "Phone / email ........ %s / %s" % (PH(p), EM(p.email))]
    if idtype == "passport":
        L.append("Primary ID ........... US Passport no. %s, exp %s" % (T("US_PASSPORT", passport_no()), fdate(dt.date(R.randint(2025, 2033), R.randint(1, 12), R.randint(1, 28)), "us")))
    else:
        st, dl = dl_number()
        L.append("Primary ID ........... %s driver license %s, exp %s" % (st, T("US_DRIVERS_LICENSE", dl), fdate(dt.date(R.randint(2025, 2031), p.dob.month, min(p.dob.day, 28)), "us")))
    if itin:
        L.append("Secondary ID ......... Foreign passport (%s) - number recorded in imaging" % pick(["MEX", "GTM", "IND", "PHL", "COL"]))
    L += ["Occupation / employer  %s / %s" % (pick(["Cook", "Nurse aide", "Student", "Engineer", "Self-employed"]), pick(COMPANIES)[0]),
          "OFAC / 314(a) ......... no match", "", "Accounts opened:",
          "  Checking  %s" % ACCT(acct_no()), "  Savings   %s" % ACCT(acct_no()), "",
          "Notes: customer %s. Initial deposit $%s cash." % (pick(["referred by existing member %s" % N(Person()), "walk-in", "moving from out of state"]), money(50, 3000))]
    return "kyc/account_opening_%03d.txt" % i, "\n".join(L) + "\n"


def doc_travel(i):
    lead = Person()
    party = [lead] + [Person(last=lead.last if chance(0.6) else None, minor=chance(0.3)) for _ in range(R.randint(0, 3))]
    dep = recent(2024, 2024)
    L = ["Booking confirmation %s — %s" % ("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), pick(["Wayfarer Group Tours", "Cascade Travel Co.", "Blue Marlin Cruises"])), "",
         "Lead traveller: %s" % N(lead), "Email: %s   Mobile: %s" % (EM(lead.email), PH(lead)), "",
         "Departure: %s  %s" % (NBD(dep, "long_us"), pick(["JFK-LIS TP202", "MIA cruise terminal", "SEA-KEF FI680", "ORD-CUN AA1455"])), "",
         "TRAVELLER DETAILS (as on passport)", "#  Name                           Date of birth   Passport no.   Expiry"]
    for k, t in enumerate(party):
        L.append("%d  %s%s %s %s" % (k + 1, pad(N(t, "LF"), 31), pad(DOB(t, pick(["dmy_abbr_sp", "us"])), 15), pad(T("US_PASSPORT", passport_no()), 14),
                                     fdate(dt.date(R.randint(2025, 2034), R.randint(1, 12), R.randint(1, 28)), "us")))
    L += ["", "Emergency contact: %s, %s" % (N(Person()), PH(us_phone_raw(), "dash")),
          "Balance of $%s due %s. Travel insurance: %s." % (money(300, 6000), NBD(dep - dt.timedelta(days=60), "us"), pick(["declined", "purchased"]))]
    return "kyc/travel_booking_%03d.txt" % i, "\n".join(L) + "\n"


# ---------------------------------------------------------------------------------------------------- more kinds
def doc_itin_tracker(i):
    firm = pick(["Northgate Tax Services (CAA)", "Servicios Tributarios Luna", "Blue Heron Bookkeeping - CAA desk"])
    who = Person()
    L = ["ITIN APPLICATION / RENEWAL TRACKER - %d season" % pick([2023, 2024]), firm, "Last updated %s by %s" % (fdate(recent(2024, 2024), "us_short"), N(who)), "",
         "%-28s %-12s %-8s %-13s %-9s %-14s %s" % ("Applicant", "DOB", "Country", "Current ITIN", "Expired", "W-7 status", "Notes"), "-" * 118]
    for _ in range(R.randint(6, 12)):
        p = Person()
        has = chance(0.75)
        notes = pick(["", "spouse of %s" % N(Person()), "needs certified passport copy", "dependent - school records rec'd", "CAA interview %s" % fdate(recent(2024, 2024), "us_short"),
                      "call back %s" % PH(p, "dash"), "IRS CP565 rec'd", "name change (marriage)"])
        L.append("%s %s %s %s %s %s %s" % (pad(N(p, pick(["lf", "LF"])), 28), pad(DOB(p, "us"), 12), pad(pick(["MEX", "GTM", "HND", "IND", "CHN", "SLV", "NGA", "PHL", "BRA", "COL"]), 8),
                                           pad(ITIN(gen_itin(), "dash") if has else "(new)", 13), pad(pick(["Y 2022", "Y 2023", "N", "N"]) if has else "-", 9),
                                           pad(pick(["mailed", "prep", "assigned", "rejected", "docs pending"]), 14), notes))
    L += ["", "Reminder: ITINs not used on a federal return for 3 consecutive years expire; middle digits 70-88 expired on schedule.",
          "Do not put the ITIN on the state ID application - that form wants the SSN field left blank."]
    return "tax/itin_tracker_%03d.txt" % i, "\n".join(L) + "\n"


def doc_dme_order(i):
    pat = Person(elderly=True)
    doc, cred = provider(pick(["MD", "DO", "NP"]))
    item = pick([("E0601", "CPAP device", "G47.33"), ("E0143", "Walker, folding, wheeled", "R26.81"), ("E0114", "Crutches, underarm", "S93.401A"),
                 ("L1833", "Knee orthosis, adjustable", "M17.11"), ("A4253", "Blood glucose test strips", "E11.65")])
    od = weekday(recent(2024, 2024))
    home = chance(0.4)
    L = ["%s" % ("HOME HEALTH REFERRAL / FACE-TO-FACE" if home else "STANDARD WRITTEN ORDER (SWO) - DURABLE MEDICAL EQUIPMENT"),
         "Fax to: %s    Pages: %d" % (pick(["Apex Medical Supply", "Desert Bloom Home Health", "Keystone DME", "CareWell Home Health"]), R.randint(2, 6)), "",
         "%s %s" % (pick(["Beneficiary name:", "Patient:", "Patient Name:"]), N(pat, pick(["full", "LF", "lfm"]))),
         "%s %s" % (pick(["Medicare ID (MBI):", "MBI:", "Medicare #:", "Medicare Beneficiary ID:"]), T("US_MBI", fmt_mbi(gen_mbi()))),
         "%s %s" % (pick(["DOB:", "Date of Birth:", "Birthdate:"]), DOB(pat, pick(["us", "us_short"]))),
         "Address: %s" % AD(pat.addr, "one"), "Phone: %s" % PH(pat),
         "%s %s" % (pick(["Practice MRN:", "Chart #", "Patient acct/MRN:"]), T("MEDICAL_RECORD_NUMBER", mrn())), "",
         "Order date: %s" % NBD(od, "us")]
    if home:
        L += ["Services: skilled nursing, PT eval & treat, OT eval. Homebound: yes (requires walker and assistance of one).",
              "Face-to-face encounter: %s" % NBD(od - dt.timedelta(days=R.randint(1, 20)), "us"),
              "Primary dx: %s %s" % (T("ICD10_CODE", item[2]), dict(ICD)[item[2]]),
              "Secondary dx: %s" % ", ".join(T("ICD10_CODE", icd()[0]) for _ in range(R.randint(1, 3))),
              "Caregiver: %s (%s) %s" % (N(Person(last=pat.last if chance(0.5) else None)), pick(["daughter", "son", "spouse", "niece"]), PH(us_phone_raw(), "dash"))]
    else:
        L += ["Item: %s %s   Qty %d   Length of need: %s" % (D("hcpcs_code", item[0]), item[1], R.randint(1, 3), pick(["99 months (lifetime)", "6 months", "12 months"])),
              "Diagnosis: %s %s" % (T("ICD10_CODE", item[2] if chance(0.7) else item[2].replace(".", "")), dict(ICD)[item[2]])]
        if item[0] == "E0601":
            L.append("Supplies: %s full face mask 1 per 3 months; heated humidifier. AHI %d on HST %s." % (D("hcpcs_code", "A7030"), R.randint(15, 60), NBD(od - dt.timedelta(days=R.randint(10, 40)), "us")))
    L += ["", "Treating practitioner: %s, %s   NPI %s" % (N(doc), cred, T("US_NPI", gen_npi())),
          "Signature: (electronically signed)  Date: %s" % fdate(od, "us"), "",
          "Supplier use only - PECOS verified; supplier NPI %s; MBI eligibility checked via HETS." % T("US_NPI", gen_npi())]
    return "orders/%s_%03d.txt" % ("home_health" if home else "dme_swo", i), "\n".join(L) + "\n"


def doc_rx_scan(i):
    doc = Person(last=pick(ASCII_LAST))
    pat = Person()
    d = weekday(recent(2024, 2024))
    drug = pick(CONTROLLED)
    qty = R.choice([10, 12, 20, 28, 30, 60])
    L = ["[scan: rx_hardcopy_%s.pdf - OCR text]" % d.strftime("%m%d"), "",
         "%s, %s" % (N(doc, "UP"), pick(["MD", "DO", "MD"])), pick(["Internal Medicine", "Family Practice", "Pain Management", "Psychiatry"]),
         "%s %s     NPI %s" % (pick(["DEA#", "DEA No.", "DEA Reg:", "DEA"]), T("US_DEA_NUMBER", gen_dea(doc.last)), T("US_NPI", gen_npi())), "",
         "Patient: %s         DOB: %s" % (N(pat, pick(["full", "UP"])), DOB(pat, pick(["us", "us_short"]))),
         "Address: %s" % AD(pat.addr, "one"), "Date: %s" % NBD(d, "us_short"), "",
         "Rx  %s   #%d (%s)" % (drug, qty, pick(["twenty", "thirty", "sixty", "ten", "twelve", "twenty-eight"])),
         "Sig: %s" % pick(["1 tab po q6h prn pain", "1 cap po qAM", "1 tab po qhs prn sleep", "1 tab po bid"]), "Refills: %s" % pick(["0", "NR", "none"]),
         "Dx: %s" % T("ICD10_CODE", pick(["M54.50", "G89.29", "F90.0", "F41.1", "F43.10"])),
         "", "________________________ (signature)", "", "--- RPh verification ---",
         "PDMP reviewed %s by %s, RPh. Prescriber DEA verified active; schedule %s authorized." % (fdate(d, "us_short"), N(Person()), pick(["II", "II-V", "III-V"])),
         "Called office to confirm - spoke with %s." % N(Person(), pick(["first", "full"]))]
    if chance(0.3):
        alt = Person(last=pick(ASCII_LAST))
        L.append("Note: covering prescriber on file is %s, NP (DEA %s) while Dr. %s is on leave." % (N(alt), T("US_DEA_NUMBER", "M" + gen_dea(alt.last)[1:]), T("PERSON_NAME", doc.last)))
    return "pharmacy/rx_hardcopy_%03d.txt" % i, "\n".join(L) + "\n"


def doc_uk_clinic_list(i):
    d = weekday(recent(2024, 2024))
    cons = uk_person()
    L = ["%s NHS Foundation Trust" % pick(["Northgate", "Riverside", "Pennine", "Severn Vale"]), "OUTPATIENT CLINIC LIST",
         "Clinic: %s   Consultant: %s   Date: %s" % (pick(["MSK Physio (PHY2A)", "Diabetes Review (DIA1)", "Fracture Clinic (T&O4)", "Respiratory (RES3)"]), N(cons), NBD(d, "eu_slash")), "",
         "%-6s %-30s %-14s %-12s %-10s %s" % ("Time", "Patient", "NHS No", "DOB", "Hosp No", "Type"), "-" * 90]
    t = dt.datetime(d.year, d.month, d.day, 9, 0)
    for _ in range(R.randint(7, 14)):
        p = uk_person()
        L.append("%s %s %s %s %s %s" % (pad(t.strftime("%H:%M"), 6), pad(N(p, pick(["LF", "lf"])), 30), pad(T("UK_NHS_NUMBER", fmt_nhs(gen_nhs(), pick(["sp", "sp", "plain"]))), 14),
                                        pad(DOB(p, pick(["eu_slash", "dmy_abbr_sp"])), 12), pad(T("MEDICAL_RECORD_NUMBER", pick(["RM" + digits(7), "K" + digits(7), digits(7, True)])), 10), pick(["New", "F/U", "F/U", "Tel"])))
        t += dt.timedelta(minutes=pick([15, 20, 30]))
    L += ["", "Printed by %s. Contains patient identifiable data - dispose of as confidential waste." % N(uk_person())]
    return "uk/clinic_list_%03d.txt" % i, "\n".join(L) + "\n"


def doc_fnol(i):
    ins = Person()
    oth = Person()
    adj = Person()
    loss = recent(2024, 2024)
    st1, dl1 = dl_number()
    st2, dl2 = dl_number()
    L = ["FIRST NOTICE OF LOSS - AUTO   Claim %s-%s" % (digits(2), digits(7)), "Reported %s via phone by insured. Adjuster assigned: %s" % (NBD(loss + dt.timedelta(days=R.randint(0, 3)), "us"), N(adj)), "",
         "Date of loss: %s approx %d:%02d %s" % (NBD(loss, "us"), R.randint(1, 12), R.randint(0, 59), pick(["AM", "PM"])),
         "Location: intersection of %s and %s, %s" % (pick(STREETS), pick(STREETS), pick(CITIES)[0]), "",
         "INSURED DRIVER", "  Name: %s" % N(ins), "  DOB: %s" % DOB(ins), "  %s %s (%s)" % (pick(["DL#", "License:", "Driver's license no."]), T("US_DRIVERS_LICENSE", dl1), st1),
         "  Phone: %s    Email: %s" % (PH(ins), EM(ins.email)), "  Address: %s" % AD(ins.addr, "one"),
         "  Vehicle: %d %s, VIN %s" % (R.randint(2012, 2024), pick(["Honda Civic", "Ford F-150", "Subaru Outback", "Tesla Model 3", "Hyundai Tucson"]), D("vin", vin())), "",
         "OTHER PARTY", "  Name: %s" % N(oth), "  %s %s %s" % (pick(["DL", "Lic #", "DL no."]), st2, T("US_DRIVERS_LICENSE", dl2)),
         "  Phone: %s" % PH(oth), "  Carrier: %s, policy %s" % (pick(["Progressive", "GEICO", "Allstate", "uninsured?"]), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(8)),
         "  Vehicle: %d %s, VIN %s" % (R.randint(2008, 2024), pick(["Toyota RAV4", "Nissan Altima", "Jeep Wrangler", "Chevy Equinox"]), D("vin", vin())), "",
         "NARRATIVE", "  %s" % pick(["Insured states other vehicle ran red light and struck passenger side. Police report #%s." % digits(8, True),
                                     "Insured was rear-ended while stopped in traffic. Minor injuries, insured went to urgent care.",
                                     "Backing out of parking space, contact with parked vehicle. No injuries."]),
         "  Witness: %s, %s" % (N(Person()), PH(us_phone_raw(), "dash")) if chance(0.5) else "  No witnesses."]
    return "claims/fnol_auto_%03d.txt" % i, "\n".join(L) + "\n"


def doc_vendor_master(i):
    co, dom = pick(COMPANIES)
    L = ["%s - AP VENDOR MASTER EXPORT (1099/remit data)" % co.upper(), "Exported %s  user %s" % (fdate(recent(2024, 2024), "iso"), slug(Person().first)), "",
         "VENDOR  NAME                               TIN TYPE  TIN            1099  PAY METHOD  REMIT BANK DETAILS                                 CONTACT"]
    biz_names = ["Apex Janitorial LLC", "Summit Elevator Co", "Greenway Lawn & Snow", "Brightline IT Solutions", "Harbor Freight Brokers Inc",
                 "Precision Calibration Svcs", "Cornerstone Legal PLLC", "Blue Sky Signs", "Metro Courier Group", "Ridgeline Staffing"]
    intl = [("Van Leeuwen Verpakkingen B.V.", "NL"), ("Kühn Präzisionsteile GmbH", "DE"), ("Atelier Moreau SARL", "FR"), ("Textiles Navarro S.L.", "ES"),
            ("Hollis & Reed Ltd", "GB"), ("Ferrari Meccanica S.r.l.", "IT")]
    for k in range(R.randint(7, 13)):
        vid = "V%05d" % R.randint(1, 99999)
        kind = pick(["biz", "biz", "biz", "sole", "intl"])
        c = Person()
        if kind == "biz":
            name, tt, tin, f99 = pick(biz_names), "EIN", EIN(gen_ein()), pick(["Y", "N"])
            bank = "ACH %s / %s" % (RTN(gen_aba()), ACCT(acct_no()))
            contact = EM(work_email(c, slug(re.sub(r"\b(LLC|Co|Inc|PLLC|Svcs|Group)\b", "", name)) + ".com"))
        elif kind == "sole":
            name, tt, f99 = N(c, "UP"), pick(["SSN", "SSN", "ITIN"]), "Y"
            tin = SSN(c.ssn) if tt == "SSN" else ITIN(gen_itin())
            bank = "ACH %s / %s" % (RTN(gen_aba()), ACCT(acct_no())) if chance(0.7) else "CHECK"
            contact = PH(c, "dash")
        else:
            name, cc = pick(intl)
            tt, tin, f99 = "W-8BEN-E", "-", "N"
            bank = "WIRE %s BIC %s" % (T("IBAN_CODE", fmt_iban(gen_iban(cc), "plain")), T("SWIFT_BIC_CODE", pick(BIC_BY_CC[cc])))
            contact = EM(work_email(c, slug(name.split()[0] + name.split()[1])[:14] + "." + {"GB": "co.uk"}.get(cc, cc.lower())))
        L.append("%s %s %s %s %s %s %s %s" % (pad(vid, 7), pad(name, 34), pad(tt, 9), pad(tin, 14), pad(f99, 5), pad(bank.split(" ")[0], 11), pad(" ".join(bank.split(" ")[1:]) or "-", 50), contact))
    L += ["", "%d records. TIN matching last run %s: %d mismatches." % (len(L) - 4, fdate(recent(2024, 2024), "us_short"), R.randint(0, 3))]
    return "finance/vendor_master_%03d.txt" % i, "\n".join(L) + "\n"


def doc_catering(i):
    shop = pick(["Marigold Bakery & Cafe", "Pho Saigon Kitchen", "Tres Hermanas Catering", "Nonna Lucia's Trattoria"])
    c = Person()
    staff = Person()
    ev = weekday(recent(2024, 2024))
    brand, card = gen_card()
    L = ["%s - PHONE ORDER / CATERING FORM" % shop.upper(), "Taken by: %s   Date taken: %s" % (N(staff, "first"), fdate(ev - dt.timedelta(days=R.randint(3, 20)), "us_short")), "",
         "Customer: %s" % N(c), "Company/event: %s" % pick(["office lunch", "baby shower", "Quinceañera", "church potluck", "retirement party for %s" % N(Person())]),
         "Callback #: %s    Alt: %s" % (PH(c), PH(us_phone_raw(), "dash") if chance(0.4) else "-"), "Email for receipt: %s" % EM(c.email),
         "Event date: %s   Delivery window: %s" % (NBD(ev, pick(["us_short", "long_us"])), pick(["10:30-11:00", "11:45-12:15", "5:00-5:30 PM"])),
         "Deliver to: %s" % AD(us_addr(), "one"), "",
         "Items: %s" % pick(["2 x Party tray (assorted pastries), 1 x Coffee traveler", "Pho bar for 25, extra lime", "Taco bar for 40, 2 gal horchata", "Lasagna (2 full pans), Caesar salad"]),
         "Allergies: %s" % pick(["nut-free please", "one guest celiac", "none"]), "",
         "PAYMENT  %s  %s  exp %02d/%02d  CVV on file: no" % ({"visa": "Visa", "mc": "Mastercard", "amex": "Amex", "disc": "Discover"}[brand], T("CREDIT_CARD_NUMBER", fmt_card(card)), R.randint(1, 12), R.randint(25, 30)),
         "Deposit charged: $%s   Balance due on delivery: $%s" % (money(50, 200), money(100, 900)),
         "Order ref %s" % D("order_id", order_id())]
    return "orders/catering_%03d.txt" % i, "\n".join(L) + "\n"


def fict_phone():
    return pick(["(%s) 555-01%02d", "%s-555-01%02d", "+1 %s 555 01%02d"]) % (pick(US_AREAS), R.randint(0, 99))


def doc_template(i):
    co, dom = pick(COMPANIES)
    if i % 2 == 0:
        L = ["%s - EMPLOYEE INFORMATION FORM" % co, "HOW TO FILL IN THIS FORM (sample entries in brackets are examples only)", "",
             "1. Legal name ............ [%s]" % D("placeholder_name", pick(["Jane Q. Sample", "John Doe", "Jane Doe", "Max Mustermann"])),
             "2. SSN ................... [%s]  - use your own; ITIN holders see HR" % D("template_ssn", pick(TEMPLATE_SSNS[:2])),
             "3. Date of birth ......... [%s]  (MM/DD/YYYY)" % D("example_date", "01/01/1990"),
             "4. Personal email ........ [%s]" % D("doc_email", pick(["jane.sample@example.com", "your.name@example.com", "firstname.lastname@example.org"])),
             "5. Mobile ................ [%s]" % D("fictional_phone", fict_phone()),
             "6. Home address .......... [%s]" % D("placeholder_address", "123 Main St, Anytown, ST 00000"),
             "7. Direct deposit routing  [%s]   account [%s]" % (D("aba_fail", "123456789"), D("example_account", "000123456789")), "",
             "Questions? Ask %s in HR (ext. %d)." % (N(Person()), R.randint(200, 499)), "",
             "Revision %s - %s" % (D("version_string", version_str()), fdate(recent(), "us_short"))]
        return "templates/employee_form_instructions_%02d.txt" % i, "\n".join(L) + "\n"
    body = {"email": D("doc_email", pick(["alice@example.com", "bob@example.net", "customer@example.org"])),
            "phone": D("fictional_phone", fict_phone()), "card_number": D("test_card", pick(TEST_CARDS)),
            "ip": D("doc_ip", doc_ip()), "tax_id": D("template_ssn", "123-45-6789")}
    L = ["# Customers API — create customer", "", "`POST /v%d/customers`" % R.randint(1, 3), "",
         "All values below are **examples**. Never paste production data into docs or tickets.", "", "```json",
         "{", ",\n".join('  %s: %s' % (jstr(k), jstr(v)) for k, v in body.items()), "}", "```", "",
         "Response `201`: returns the customer `id` (e.g. `%s`) and a `created_at` timestamp in epoch ms (e.g. `%s`)." % (D("uuid", uuid4()), D("epoch_ms", epoch_ms())), "",
         "Test cards: `%s` (Visa, succeeds), `%s` (declined). Any future expiry, any CVC." % (D("test_card", "4242424242424242"), D("test_card", "4000000000000002")),
         "", "_Maintainer: %s — last reviewed %s, API %s_" % (N(Person()), fdate(recent(), "iso"), D("version_string", version_str()))]
    return "templates/api_docs_customers_%02d.md" % i, "\n".join(L) + "\n"


# ====================================================================================================
# assembly, stripping, validation
# ====================================================================================================

PLAN = [
    (doc_payroll_register, 8), (doc_prenote_listing, 5), (doc_census, 6), (doc_newhire, 5),
    (doc_w9, 10), (doc_1099nec, 6), (doc_1099int, 5), (doc_organizer, 7),
    (doc_eob, 14), (doc_eob_secondary, 7), (doc_prior_auth, 6),
    (doc_dental, 14), (doc_physio, 14), (doc_chiro, 8),
    (doc_pharmacy_vm, 16),
    (doc_statement, 8), (doc_dd_form, 7), (doc_voided_check, 5), (doc_wire, 8), (doc_ach_return, 4),
    (doc_support_thread, 22), (doc_crm, 14),
    (doc_nginx, 9), (doc_applog, 9), (doc_authlog, 5), (doc_paylog, 4),
    (doc_slack, 16),
    (doc_letter_de, 10), (doc_letter_fr, 9), (doc_letter_es, 8), (doc_letter_nl, 8),
    (doc_meeting, 14), (doc_config, 15), (doc_uk, 12),
    (doc_rental, 8), (doc_kyc, 8), (doc_travel, 6),
    (doc_itin_tracker, 5), (doc_dme_order, 14), (doc_rx_scan, 10), (doc_uk_clinic_list, 6), (doc_fnol, 10),
    (doc_vendor_master, 6), (doc_catering, 8), (doc_template, 6),
]


def strip_markers(text):
    out, spans, decoys = [], [], []
    pos = 0
    nbytes = 0
    for m in MK.finditer(text):
        pre = text[pos:m.start()]
        out.append(pre)
        nbytes += len(pre.encode("utf-8"))
        val = m.group(3)
        vb = len(val.encode("utf-8"))
        (spans if m.group(1) == "\x01" else decoys).append((nbytes, nbytes + vb, m.group(2), val))
        out.append(val)
        nbytes += vb
        pos = m.end()
    out.append(text[pos:])
    s = "".join(out)
    if re.search(r"[\x01-\x04]", s):
        raise ValueError("stray marker")
    return s, spans, decoys


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".test", ".invalid", ".example")
PHONE_OK = re.compile(r"[+0-9() ./-]+")
SWIFT_RE = re.compile(r"[A-Z]{4}([A-Z]{2})[A-Z0-9]{2}(?:[A-Z0-9]{3})?")
MONTH_WORDS = [m.lower() for m in MON[1:] + MONATE[1:] + MOIS[1:] + MESES[1:] + MAANDEN[1:]] + [m.lower() for m in MON3[1:]]


def only_digits(v):
    return re.sub(r"\D", "", v)


def check_truth(typ, v):
    d = only_digits(v)
    if typ == "EMAIL_ADDRESS":
        dom = re.split(r"@|%40", v)[-1].lower()
        return EMAIL_RE.fullmatch(v) is not None and not dom.endswith(RESERVED_DOMAINS)
    if typ == "PHONE_NUMBER":
        return PHONE_OK.fullmatch(v) is not None and 9 <= len(d) <= 13
    if typ == "US_SSN":
        return re.fullmatch(r"[\d -]+", v) is not None and ssn_ok(d) and fmt_ssn(d, "dash") not in TEMPLATE_SSNS
    if typ == "US_ITIN":
        return re.fullmatch(r"[\d -]+", v) is not None and itin_ok(d)
    if typ == "PERSON_NAME":
        return re.fullmatch(r"[^\W\d_]+(?:[ .,'’-]+[^\W\d_]*)*\.?", v) is not None
    if typ == "STREET_ADDRESS":
        return re.search(r"\d", v) is not None and re.search(r"[^\W\d_]{2,}", v) is not None
    if typ == "DATE_OF_BIRTH":
        low = v.lower()
        return re.search(r"\d", v) is not None and (re.fullmatch(r"[\d/.\- ]+", v) is not None or any(w in low for w in MONTH_WORDS))
    if typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
        except ValueError:
            return False
        return not is_doc_ip(v)
    if typ == "US_PASSPORT":
        return re.fullmatch(r"[A-Z]?\d{8,9}", v) is not None and len(v) == 9
    if typ == "US_DRIVERS_LICENSE":
        return re.fullmatch(r"[A-Z0-9 -]{7,20}", v) is not None and re.search(r"\d", v) is not None
    if typ == "US_NPI":
        return npi_ok(v)
    if typ == "US_DEA_NUMBER":
        return dea_ok(v)
    if typ == "US_MBI":
        return re.fullmatch(r"[0-9A-Z]{4}-?[0-9A-Z]{3}-?[0-9A-Z]{4}", v) is not None and mbi_ok(v)
    if typ == "MEDICAL_RECORD_NUMBER":
        return re.search(r"\d{5}", v.replace("-", "")) is not None
    if typ == "ICD10_CODE":
        return ICD_RE.fullmatch(v) is not None
    if typ == "UK_NHS_NUMBER":
        return re.fullmatch(r"\d{3}[ -]?\d{3}[ -]?\d{4}", v) is not None and nhs_ok(v)
    if typ == "CREDIT_CARD_NUMBER":
        return re.fullmatch(r"[\d -]+", v) is not None and luhn_ok(d) and card_brand_ok(d) and d not in TEST_CARDS
    if typ == "IBAN_CODE":
        return iban_ok(v)
    if typ == "US_BANK_ROUTING_NUMBER":
        return aba_ok(v)
    if typ == "US_BANK_ACCOUNT_NUMBER":
        return re.fullmatch(r"\d{6,17}", v) is not None
    if typ == "SWIFT_BIC_CODE":
        m = SWIFT_RE.fullmatch(v)
        return m is not None and (m.group(1) in IBAN_LEN or m.group(1) == "US")
    if typ == "US_EIN":
        return re.fullmatch(r"\d{2}[ -]*\d{7}|\d(?: \d)+ - \d(?: \d)+", v) is not None and ein_ok(d)
    raise ValueError("unknown type " + typ)


def check_decoy(kind, v):
    d = only_digits(v)
    if kind != "test_card" and 13 <= len(d) <= 19 and re.fullmatch(r"[\d -]+", v) and luhn_ok(d) and card_brand_ok(d):
        return False
    if iban_ok(v):
        return False
    if kind == "luhn_fail_card":
        return 13 <= len(d) <= 19 and not luhn_ok(d)
    if kind == "ssn_invalid":
        return len(d) == 9 and not ssn_ok(d) and not itin_ok(d)
    if kind == "template_ssn":
        return v in TEMPLATE_SSNS
    if kind == "iban_bad_check":
        s = v.replace(" ", "")
        return re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s) is not None and iban_mod(s) != 1
    if kind == "aba_fail":
        return len(d) == 9 and not aba_ok(d)
    if kind == "test_card":
        return d in TEST_CARDS
    if kind == "doc_email":
        return v.lower().endswith(RESERVED_DOMAINS)
    if kind == "doc_ip":
        return is_doc_ip(v)
    if kind == "version_ip_like":
        return re.fullmatch(r"\d{1,3}(?:\.\d{1,3}){3}", v) is not None
    if kind == "hcpcs_code":
        return re.fullmatch(r"[A-V]\d{4}", v) is not None
    if kind == "cdt_code":
        return re.fullmatch(r"D\d{4}", v) is not None
    if kind == "cpt_code":
        return re.fullmatch(r"\d{5}", v) is not None
    if kind == "sepa_creditor_id":
        return re.fullmatch(r"[A-Z]{2}\d{2}ZZZ\d+", v) is not None
    if kind == "uuid":
        return re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}", v) is not None
    if kind in ("sha_hash", "git_sha"):
        return re.fullmatch(r"[0-9a-f]{7,64}", v) is not None
    if kind == "epoch_ms":
        return re.fullmatch(r"17\d{11}", v) is not None
    if kind == "epoch_ts":
        return re.fullmatch(r"17\d{8}\.\d{6}", v) is not None
    if kind == "fictional_phone":
        return re.search(r"555[ .-]?01\d\d$", v) is not None
    if kind == "example_date":
        return v == "01/01/1990"
    if kind == "placeholder_name":
        return v in ("Jane Q. Sample", "John Doe", "Jane Doe", "Max Mustermann")
    if kind == "message_id":
        return v.startswith("<") and v.endswith(">")
    if kind == "git_ssh_url":
        return v == "git@github.com"
    if kind == "non_birth_date":
        return re.search(r"\d", v) is not None
    return len(v) > 0


# remainder scans: values that must not appear unmarked
R_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
R_SSN = re.compile(r"(?<![\d-])(\d{3})[- ](\d{2})[- ](\d{4})(?![\d-])")
R_DIGRUN = re.compile(r"(?<![\d])\d(?:[ -]?\d){12,18}(?!\d)")
R_IP4 = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d]|\.\d)")
R_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")


def scan_remainder(text):
    bad = []
    for m in R_EMAIL.finditer(text):
        bad.append(("email", m.group(0)))
    for m in R_SSN.finditer(text):
        s = m.group(1) + m.group(2) + m.group(3)
        if ssn_ok(s) or itin_ok(s):
            bad.append(("ssn", m.group(0)))
    for m in R_DIGRUN.finditer(text):
        s = only_digits(m.group(0))
        for a in range(len(s)):
            for b in range(a + 13, min(len(s), a + 19) + 1):
                if luhn_ok(s[a:b]) and card_brand_ok(s[a:b]) and m.group(0).count(" ") + m.group(0).count("-") <= 4:
                    if a == 0 and b == len(s):
                        bad.append(("card", m.group(0)))
    for m in R_IP4.finditer(text):
        if all(int(x) <= 255 for x in m.group(1).split(".")):
            bad.append(("ipv4", m.group(1)))
    for m in R_IBAN.finditer(text):
        if iban_ok(m.group(0)):
            bad.append(("iban", m.group(0)))
    return bad


def write_corpus():
    files_dir = os.path.join(OUT, "files")
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(files_dir)
    truth, decoys, docs = [], [], []
    seen = set()
    for fn, n in PLAN:
        for i in range(n):
            path, text = fn(i)
            base, k = path, 2
            while path in seen:
                root, ext = re.match(r"(.*?)((?:\.[a-z0-9]+)+)$", base).groups()
                path = "%s-%d%s" % (root, k, ext)
                k += 1
            seen.add(path)
            docs.append((path, text))
    for path, text in docs:
        plain, spans, dec = strip_markers(text)
        data = plain.encode("utf-8")
        full = os.path.join(files_dir, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as fh:
            fh.write(gzip.compress(data, mtime=0) if path.endswith(".gz") else data)
        for s, e, t, v in spans:
            truth.append({"file": path, "start": s, "end": e, "type": t, "_v": v})
        for s, e, k, v in dec:
            decoys.append({"file": path, "start": s, "end": e, "kind": k, "_v": v})
    with open(os.path.join(OUT, "truth.jsonl"), "w") as fh:
        for t in truth:
            fh.write(json.dumps({k: t[k] for k in ("file", "start", "end", "type")}) + "\n")
    with open(os.path.join(OUT, "decoys.jsonl"), "w") as fh:
        for t in decoys:
            fh.write(json.dumps({k: t[k] for k in ("file", "start", "end", "kind")}) + "\n")
    open(os.path.join(OUT, "columns_truth.jsonl"), "w").close()
    return docs, truth, decoys


def validate(truth, decoys):
    files_dir = os.path.join(OUT, "files")
    errors = []
    by_file = {}
    for t in truth:
        by_file.setdefault(t["file"], []).append(("T", t))
    for d in decoys:
        by_file.setdefault(d["file"], []).append(("D", d))
    all_files = []
    for root, _, fs in os.walk(files_dir):
        for f in fs:
            all_files.append(os.path.relpath(os.path.join(root, f), files_dir))
    total_bytes = 0
    for rel in sorted(all_files):
        raw = open(os.path.join(files_dir, rel), "rb").read()
        data = gzip.decompress(raw) if rel.endswith(".gz") else raw
        total_bytes += len(data)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            errors.append((rel, "not utf-8"))
            continue
        if re.search(r"[\x00-\x08\x0b-\x1f]", text):
            errors.append((rel, "control characters"))
        items = sorted(by_file.get(rel, []), key=lambda x: (x[1]["start"], x[1]["end"]))
        prev_end = -1
        for kind, it in items:
            seg = data[it["start"]:it["end"]].decode("utf-8", "replace")
            if seg != it["_v"]:
                errors.append((rel, "span mismatch", it, seg))
            if it["start"] < prev_end:
                errors.append((rel, "overlap", it))
            prev_end = max(prev_end, it["end"])
            if kind == "T" and not check_truth(it["type"], it["_v"]):
                errors.append((rel, "invalid truth", it["type"], it["_v"]))
            if kind == "D" and not check_decoy(it["kind"], it["_v"]):
                errors.append((rel, "invalid decoy", it["kind"], it["_v"]))
        # mask marked spans (bytes -> keep lengths) and scan the rest
        masked = bytearray(data)
        for _, it in items:
            masked[it["start"]:it["end"]] = b"\x00" * (it["end"] - it["start"])
        rest = masked.decode("utf-8", "replace").replace("\x00", "\u2400")
        for b in scan_remainder(rest):
            errors.append((rel, "unmarked sensitive-looking value", b))
    return errors, len(all_files), total_bytes


def main():
    docs, truth, decoys = write_corpus()
    errors, nfiles, nbytes = validate(truth, decoys)
    per_type, per_kind, per_dir = {}, {}, {}
    for t in truth:
        per_type[t["type"]] = per_type.get(t["type"], 0) + 1
    for d in decoys:
        per_kind[d["kind"]] = per_kind.get(d["kind"], 0) + 1
    for p, _ in docs:
        k = p.split("/")[0]
        per_dir[k] = per_dir.get(k, 0) + 1
    stats = {"preset": "heldout-d", "seed": SEED, "text_files": nfiles, "text_bytes": nbytes, "entities": len(truth),
             "decoys": len(decoys), "columns": 0, "per_type": dict(sorted(per_type.items())),
             "decoy_kinds": dict(sorted(per_kind.items())), "files_per_kind": dict(sorted(per_dir.items()))}
    with open(os.path.join(OUT, "stats.json"), "w") as fh:
        json.dump(stats, fh, indent=1)
    print(json.dumps(stats, indent=1))
    if errors:
        for e in errors[:60]:
            print("VALIDATION ERROR:", e, file=sys.stderr)
        print("%d validation errors" % len(errors), file=sys.stderr)
        sys.exit(2)
    print("validated %d files, %d spans, %d decoys: OK" % (nfiles, len(truth), len(decoys)))


if __name__ == "__main__":
    main()

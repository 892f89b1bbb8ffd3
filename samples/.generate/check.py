#!/usr/bin/env python3
"""Checks samples/ against the data-folder format and the promises in samples/README.md. Stdlib only.

    python3 samples/.generate/check.py

Exits non-zero with one line per problem. Also re-runs generate.py into a temporary folder and requires the
synthetic files to come out byte-identical to the committed ones (the real files are its inputs).
"""
import csv
import datetime as dt
import filecmp
import fnmatch
import os
import subprocess
import sys
import tempfile
from decimal import Decimal, InvalidOperation

SAMPLES = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
YAHOO = ["Date", "Open", "High", "Low", "Close", "Adj Close", "Volume"]
MIN_CRYPTO_DAYS = 400
FOUR_HOUR_DAYS = 240
MAX_BYTES = 2 * 1024 * 1024  # marketcaps.csv (25 coins a day) is about 0.5 MB of it
problems = []


def problem(message):
    problems.append(message)


def rows_of(rel, header):
    with open(os.path.join(SAMPLES, rel), newline="") as f:
        rows = list(csv.reader(f))
    if header is not None:
        if rows[0] != header:
            problem(f"{rel}: header {rows[0]} is not {header}")
        rows = rows[1:]
    return rows


def number(rel, line, text, positive=True):
    try:
        value = Decimal(text)
    except InvalidOperation:
        problem(f"{rel}:{line}: '{text}' is not a number")
        return None
    if not value.is_finite() or value < 0 or (positive and value == 0):
        problem(f"{rel}:{line}: '{text}' is not a {'positive' if positive else 'non-negative'} finite number")
        return None
    return value


def check_bar(rel, line, o, h, l, c):
    if None in (o, h, l, c):
        return
    if not (l <= min(o, c) and max(o, c) <= h):
        problem(f"{rel}:{line}: OHLC {o} {h} {l} {c} is inconsistent")


def yahoo(rel, every_day):
    """Reads a Yahoo daily file; returns {date: (open, high, low, close, volume)} in file order."""
    bars, previous = {}, None
    for i, r in enumerate(rows_of(rel, YAHOO), start=2):
        if len(r) != 7:
            problem(f"{rel}:{i}: {len(r)} fields")
            continue
        day = dt.date.fromisoformat(r[0])
        o, h, l, c = (number(rel, i, x) for x in r[1:5])
        v = number(rel, i, r[6], positive=False)
        check_bar(rel, i, o, h, l, c)
        if r[5] != r[4]:
            problem(f"{rel}:{i}: Adj Close differs from Close")
        if previous is not None:
            gap = (day - previous).days
            if gap <= 0:
                problem(f"{rel}:{i}: {day} is not after {previous} (unsorted or duplicate)")
            elif every_day and gap != 1:
                problem(f"{rel}:{i}: {gap - 1} missing day(s) before {day}")
            elif not every_day and gap > 5:
                problem(f"{rel}:{i}: {gap - 1} days without trading before {day}")
        if not every_day and day.weekday() >= 5:
            problem(f"{rel}:{i}: {day} is a weekend day")
        bars[day] = (o, h, l, c, v)
        previous = day
    return bars


def main():
    daily = {name[:-4]: yahoo(f"daily/{name}", True) for name in sorted(os.listdir(os.path.join(SAMPLES, "daily")))}
    btc = daily["BTC"]
    first, last = min(btc), max(btc)
    for asset, bars in daily.items():
        if len(bars) < MIN_CRYPTO_DAYS:
            problem(f"daily/{asset}.csv: only {len(bars)} days")
        if (min(bars), max(bars)) != (first, last):
            problem(f"daily/{asset}.csv: covers {min(bars)}..{max(bars)}, BTC covers {first}..{last}")

    for name in sorted(os.listdir(os.path.join(SAMPLES, "cross"))):
        bars = yahoo(f"cross/{name}", False)
        if min(bars) > first + dt.timedelta(days=4) or max(bars) != last:
            problem(f"cross/{name}: covers {min(bars)}..{max(bars)}, crypto covers {first}..{last}")

    for asset, bars in daily.items():
        check_four_hours(asset, bars)
        check_derivatives(asset, bars)
    check_global(btc)
    check_marketcaps(btc)
    check_events(first, last)
    check_provenance()
    check_reproducible()

    size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(SAMPLES) for f in fs if "__pycache__" not in d)
    if size > MAX_BYTES:
        problem(f"samples/ holds {size} bytes, more than {MAX_BYTES}")

    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print(f"ok: {first}..{last}, {len(btc)} crypto days, {size} bytes; last close "
          + ", ".join(f"{a} {bars[last][3]}" for a, bars in daily.items()))


def check_four_hours(asset, bars):
    """Real Binance bars (import_market.py): six contiguous 4h klines on each of the last FOUR_HOUR_DAYS days, each
    consistent, each day's open/high/low/close within 2 % of Yahoo's daily candle and its median gap under 0.2 %
    (Binance and Yahoo's aggregate differ slightly; a shifted or wrong-asset file is far outside that)."""
    rel = f"4h/{asset}.csv"
    days = sorted(bars)[-FOUR_HOUR_DAYS:]
    rows = rows_of(rel, None)
    if len(rows) != 6 * len(days):
        problem(f"{rel}: {len(rows)} bars, expected {6 * len(days)}")
        return
    gaps = []
    for n, day in enumerate(days):
        chunk = rows[6 * n:6 * n + 6]
        start = int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc).timestamp()) * 1000
        prices = []
        for k, r in enumerate(chunk):
            line = 6 * n + k + 1
            if len(r) != 12:
                problem(f"{rel}:{line}: {len(r)} fields")
                continue
            if int(r[0]) != start + k * 14_400_000 or int(r[6]) != int(r[0]) + 14_399_999 or r[11] != "0":
                problem(f"{rel}:{line}: open/close time or ignore column wrong")
            bo, bh, bl, bc = (number(rel, line, x) for x in r[1:5])
            check_bar(rel, line, bo, bh, bl, bc)
            number(rel, line, r[5])
            number(rel, line, r[7])
            for x in r[8:11]:
                number(rel, line, x, positive=False)
            prices.append((bo, bh, bl, bc))
        if len(prices) != 6 or None in (x for p in prices for x in p):
            continue
        got = (prices[0][0], max(p[1] for p in prices), min(p[2] for p in prices), prices[-1][3])
        gap = max(abs(g / d - 1) for g, d in zip(got, bars[day][:4]))
        if gap > Decimal("0.02"):
            problem(f"{rel}: {day} bars give O/H/L/C {got}, {gap:.2%} away from the daily file's {bars[day][:4]}")
        gaps.append(gap)
    if gaps and sorted(gaps)[len(gaps) // 2] > Decimal("0.002"):
        problem(f"{rel}: the median day is {sorted(gaps)[len(gaps) // 2]:.3%} away from the daily file")


def check_derivatives(asset, bars):
    rel = f"derivatives/{asset}.csv"
    rows = rows_of(rel, ["date", "open_interest_usd", "long_liquidations_usd", "short_liquidations_usd"])
    if [dt.date.fromisoformat(r[0]) for r in rows] != sorted(bars):
        problem(f"{rel}: dates differ from daily/{asset}.csv")
    for i, r in enumerate(rows, start=2):
        number(rel, i, r[1])
        number(rel, i, r[2], positive=False)
        number(rel, i, r[3], positive=False)


def check_global(btc):
    """Every BTC day, whole dollars, and a BTC share of the total (close x supply / total) that stays in 45-70 %."""
    rows = rows_of("global.csv", ["date", "total_market_cap_usd", "total_volume_usd"])
    if [dt.date.fromisoformat(r[0]) for r in rows] != sorted(btc):
        problem("global.csv: dates differ from daily/BTC.csv")
    for i, r in enumerate(rows, start=2):
        if not (r[1].isdigit() and r[2].isdigit()) or int(r[1]) == 0:
            problem(f"global.csv:{i}: values must be positive integers")
            continue
        day = dt.date.fromisoformat(r[0])
        share = float(btc[day][3]) * (19_800_000 + 450 * (day - dt.date(2025, 1, 1)).days) / int(r[1])
        if not 0.45 < share < 0.70:
            problem(f"global.csv:{i}: BTC would be {share:.1%} of the total")


def check_marketcaps(btc):
    """25 coins a day (generate.TOP_COINS) on every BTC day, sorted, positive integers, BTC's cap at its close x supply within 1 %, and the
    listed coins adding up to less than the day's total (the rest is the market outside the top N)."""
    totals = {r[0]: int(r[1]) for r in rows_of("global.csv", ["date", "total_market_cap_usd", "total_volume_usd"])}
    rows = rows_of("marketcaps.csv", ["date", "symbol", "market_cap_usd", "category"])
    if [(r[0], r[1]) for r in rows] != sorted((r[0], r[1]) for r in rows):
        problem("marketcaps.csv: rows are not sorted by date, then symbol")
    days = {}
    for i, r in enumerate(rows, start=2):
        if not r[2].isdigit() or int(r[2]) == 0 or r[3] not in ("stablecoin", "other"):
            problem(f"marketcaps.csv:{i}: cap must be a positive integer and category stablecoin or other")
            continue
        days.setdefault(r[0], {})[r[1]] = int(r[2])
    if sorted(days) != [d.isoformat() for d in sorted(btc)]:
        problem("marketcaps.csv: dates differ from daily/BTC.csv")
    for day, caps in days.items():
        if len(caps) != 25:
            problem(f"marketcaps.csv: {day} lists {len(caps)} coins, expected 25")
        if sum(caps.values()) >= totals[day]:
            problem(f"marketcaps.csv: {day}: the coins add up to {sum(caps.values())}, not below the total {totals[day]}")
        close = float(btc[dt.date.fromisoformat(day)][3])
        if not 0.99 < caps["BTC"] / (close * (19_800_000 + 450 * (dt.date.fromisoformat(day) - dt.date(2025, 1, 1)).days)) < 1.01:
            problem(f"marketcaps.csv: {day}: BTC's cap is not its close x supply")


def check_events(first, last):
    rows = rows_of("events.csv", ["date", "kind", "text", "source_url"])
    if not 6 <= len(rows) <= 12:
        problem(f"events.csv: {len(rows)} events, expected 6 to 12")
    for i, r in enumerate(rows, start=2):
        if not first <= dt.date.fromisoformat(r[0]) <= last:
            problem(f"events.csv:{i}: {r[0]} is outside the window")
        if not r[1] or not r[2] or (r[3] and not r[3].startswith("https://")):
            problem(f"events.csv:{i}: empty kind/text or a source_url that is not https")


def check_provenance():
    rules = rows_of("provenance.csv", ["file", "provider", "synthetic"])
    for r in rules:
        if r[2] not in ("true", "false") or not r[1]:
            problem(f"provenance.csv: rule {r} needs a provider and synthetic true/false")
    for d, _, files in os.walk(SAMPLES):
        rel_dir = os.path.relpath(d, SAMPLES)
        if rel_dir.split(os.sep)[0] == ".generate":
            continue
        for f in files:
            rel = f if rel_dir == "." else f"{rel_dir}/{f}"
            if f.endswith(".csv") and rel != "provenance.csv" and not any(fnmatch.fnmatch(rel, r[0]) for r in rules):
                problem(f"provenance.csv: no rule covers {rel}")


def check_reproducible():
    with tempfile.TemporaryDirectory() as out:
        run = subprocess.run([sys.executable, os.path.join(SAMPLES, ".generate", "generate.py"), "--out", out],
                             capture_output=True, text=True)
        if run.returncode != 0:
            problem(f"generate.py failed: {run.stderr.strip() or run.stdout.strip()}")
            return
        for d, _, files in os.walk(out):
            for f in files:
                rel = os.path.relpath(os.path.join(d, f), out)
                if not filecmp.cmp(os.path.join(d, f), os.path.join(SAMPLES, rel), shallow=False):
                    problem(f"{rel}: generate.py does not reproduce the committed file byte for byte")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds the REAL files of samples/ (daily/*.csv and cross/*.csv) from public GitHub snapshots of Yahoo Finance data.

This is a record of how the committed real files were made, not something the build runs: it needs local git
copies of the two source repositories (paths given on the command line) and reads them with `git show`, so the
exact commits below are used whatever the copies' HEAD is. Python 3 standard library only, no network.

Sources (both hold yfinance downloads of Yahoo Finance, values written by pandas, untouched here):
  * github.com/kittycapital/etf-seasonality @ 30892cf3 (2026-08-21): data/BTC_USD.csv, data/ETH_USD.csv,
    data/GLD.csv, data/SLV.csv, columns Date,Close,High,Low,Open,Volume (full history, re-downloaded daily).
  * github.com/timhun/daily-podcast-stk, every commit of data/market/daily_IXIC.csv from 2025-11-03 to 2026-08-21,
    columns date,symbol,open,high,low,close,change,volume (a rolling one-year window per commit, so the union of the
    commits is needed to reach back to 2025-01).

What is changed, and why:
  * Columns are put in Yahoo's export order Date,Open,High,Low,Close,Adj Close,Volume (the data-folder format).
    Adj Close is set equal to Close: crypto and an index have no corporate actions, and GLD/SLV pay no
    distributions, so Yahoo's own Adj Close equals Close for all five (SeedFlora/idx-daily-data's exports of
    BTC-USD, ETH-USD and ^IXIC confirm it row by row).
  * Rows are cut to the window below. The last row of every source snapshot is dropped when a later snapshot has
    the same day, because a snapshot taken before the day ended holds a partial bar.
  * Any Yahoo "null"/empty row would be left out (there are none in the window); a day whose OHLC is inconsistent
    stops the import instead of being repaired.
"""
import argparse
import csv
import io
import os
import subprocess
import sys

FIRST_DAY = "2025-01-01"
LAST_DAY = "2026-08-20"  # last complete UTC day of BTC/ETH in the kittycapital snapshot (taken 2026-08-21 22:10 UTC)

KITTY_COMMIT = "30892cf3bea1b83ab56a5cfb16e612a4ca80d154"
KITTY_FILES = {
    "daily/BTC.csv": "data/BTC_USD.csv",
    "daily/ETH.csv": "data/ETH_USD.csv",
    "cross/GOLD.csv": "data/GLD.csv",
    "cross/SILVER.csv": "data/SLV.csv",
}
TIMHUN_PATH = "data/market/daily_IXIC.csv"
TIMHUN_NEWEST = "ebc1aca40d4a3b105188fa56108429a3a494011b"

YAHOO_HEADER = ["Date", "Open", "High", "Low", "Close", "Adj Close", "Volume"]


def git_show(git_dir, commit, path):
    out = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                         check=True, capture_output=True)
    return out.stdout.decode("utf-8")


def git_commits_touching(git_dir, newest, path):
    out = subprocess.run(["git", "--git-dir", git_dir, "log", "--format=%H", newest, "--", path],
                         check=True, capture_output=True)
    return out.stdout.decode().split()  # newest first


def is_missing(value):
    return value.strip() in ("", "null", "nan", "NaN")


def check_bar(name, day, o, h, l, c):
    o, h, l, c = (float(x) for x in (o, h, l, c))
    if min(o, h, l, c) <= 0 or not (l <= min(o, c) and max(o, c) <= h):
        sys.exit(f"{name} {day}: inconsistent bar O={o} H={h} L={l} C={c}; fix the source choice, do not repair")


def kitty_rows(git_dir, path):
    """Yahoo rows of one kittycapital file inside the window, as (date, open, high, low, close, volume) strings."""
    rows = []
    for r in csv.DictReader(io.StringIO(git_show(git_dir, KITTY_COMMIT, path))):
        day = r["Date"][:10]
        if not (FIRST_DAY <= day <= LAST_DAY):
            continue
        if any(is_missing(r[k]) for k in ("Open", "High", "Low", "Close", "Volume")):
            continue  # a Yahoo "null" day: left out, see README
        rows.append((day, r["Open"], r["High"], r["Low"], r["Close"], r["Volume"]))
    return rows


def timhun_rows(git_dir):
    """^IXIC rows from the union of timhun's daily snapshots; a day's bar comes from the newest snapshot in which
    it is not the last (possibly partial) row."""
    final, partial = {}, {}
    for commit in git_commits_touching(git_dir, TIMHUN_NEWEST, TIMHUN_PATH):
        snapshot = list(csv.DictReader(io.StringIO(git_show(git_dir, commit, TIMHUN_PATH))))
        for i, r in enumerate(snapshot):
            bar = (r["date"], r["open"], r["high"], r["low"], r["close"], r["volume"])
            target = partial if i == len(snapshot) - 1 else final
            target.setdefault(r["date"], bar)  # commits come newest first
    days = sorted(set(final) | set(partial))
    rows = []
    for day in days:
        if FIRST_DAY <= day <= LAST_DAY:
            bar = final.get(day) or partial[day]
            if not any(is_missing(v) for v in bar[1:]):
                rows.append(bar)
    return rows


def write_yahoo(path, name, rows):
    previous = None
    for day, o, h, l, c, _ in rows:
        check_bar(name, day, o, h, l, c)
        if previous is not None and day <= previous:
            sys.exit(f"{name}: dates not strictly increasing at {day}")
        previous = day
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(YAHOO_HEADER)
        for day, o, h, l, c, v in rows:
            w.writerow([day, o, h, l, c, c, v])
    print(f"{name}: {len(rows)} rows {rows[0][0]} .. {rows[-1][0]}")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--kitty-git", required=True, help="git dir of github.com/kittycapital/etf-seasonality")
    p.add_argument("--timhun-git", required=True, help="git dir of github.com/timhun/daily-podcast-stk")
    p.add_argument("--out", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                   help="the samples folder (default: the one holding this script)")
    args = p.parse_args()

    for target, source in KITTY_FILES.items():
        write_yahoo(os.path.join(args.out, target), target, kitty_rows(args.kitty_git, source))
    write_yahoo(os.path.join(args.out, "cross/NASDAQ.csv"), "cross/NASDAQ.csv", timhun_rows(args.timhun_git))


if __name__ == "__main__":
    main()

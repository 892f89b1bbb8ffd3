#!/usr/bin/env python3
"""Builds the real 4h/*.csv and the real-or-estimated global.csv of samples/ from public GitHub copies.

A record of how the committed files were made, like import_real.py (which made daily/ and cross/); the build does not
run it. Python 3 standard library only, no network. Snapshots that `git` can read are given as git dirs and read at
the exact commits below; three sources exist only as stored copies of single files (their repositories could not be
cloned), so those are given as local files holding the file's text at the commit named here.

4h/<ASSET>.csv — Binance klines, the data-folder layout (12 columns, no header), the last FOUR_HOUR_DAYS days:
  * spot, where a copy exists, copied unchanged (number strings as the source wrote them):
      BTC: github.com/RonaldLu66/binance-btc-monitor @ ccc385b6 data/BTCUSDT_4h.csv (spot BTCUSDT, to 2026-08-13 12:00;
           that last bar was still open when the file was written, so spot is used through 2026-08-12)
      ETH: github.com/zhuxice-ctrl/bianV2 @ 12280f84 data/ETHUSDT_4h.csv (spot ETHUSDT with an extra datetime column,
           dropped; to 2026-07-26 16:00, the last bar open, so spot is used through 2026-07-25). Its BTC file equals
           RonaldLu66's on all 2,189 shared bars, so both are the same Binance spot feed.
  * after that, Binance USDT-M perpetual klines from github.com/MoeAZack/ZackBot2 @ 4f1c8118 data/BTCUSDT_4h.csv and
    data/ETHUSDT_4h.csv (`date,open,high,low,close,volume`, volume in coins; prices about 0.05 % under spot). Prices and
    base volume are kept; the quote volume (the candle's volume in the data folder) is base volume x the mean of
    open, high, low and close, to the cent; trades and taker volumes are not in the source and are written as 0.
  Whole days only: a day is taken from one source, so no day mixes spot and perpetual bars.

global.csv — `date,total_market_cap_usd,total_volume_usd`, whole dollars:
  * real where a copy exists: CoinGecko's total market cap chart export (`snapped_at,market_cap,total_volume`, daily
    points at 00:00 UTC) found as github.com/Hamzakiln/prediction_model @ 4c21bc9e btc_dominance.csv (despite the
    name); day D takes the point stamped 00:00 UTC of D+1 (D's close, the rule of docs/data-format.md), so it covers
    2025-01-01 .. 2025-05-17;
  * estimated for every later day, as the history bootstrap would label it (`global-estimated`): BTC's market cap
    (Yahoo close x supply, generate.supply) divided by the BTC dominance of github.com/hhysteric/btc-cycle-dashboard
    @ 00ad076f data/dominance.csv (itself derived from CoinGecko's BTC, ETH and USDT market charts), times K, the
    median ratio of CoinGecko's real total to that quotient on the real days; total volume = KV x (BTC + ETH Yahoo
    volume), KV the median ratio on the real days. Both ratios are printed.

    python3 samples/.generate/import_market.py --ronald-git DIR --bian-git DIR --zack-btc FILE --zack-eth FILE \\
        --coingecko-global FILE --dominance FILE [--out samples]
"""
import argparse
import csv
import datetime as dt
import io
import os
import statistics
import subprocess
import sys
from decimal import Decimal, ROUND_HALF_EVEN

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generate import read_daily, supply, write_csv as write  # noqa: E402  (one supply model and CSV writer for the whole folder)

RONALD = ("ccc385b6d1196fdc1b9785872c30af6aa397473c", "data/BTCUSDT_4h.csv")
BIAN = ("12280f842991264e8f8990465d2153b4d44305cc", "data/ETHUSDT_4h.csv")
SPOT_LAST_DAY = {"BTC": dt.date(2026, 8, 12), "ETH": dt.date(2026, 7, 25)}
FOUR_HOURS_MS = 4 * 3600 * 1000
FOUR_HOUR_DAYS = 240  # the last 240 days, so the February 2026 sell-off has 4h momentum too


def git_show(git_dir, commit, path):
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def day_of(open_ms):
    return dt.datetime.fromtimestamp(open_ms / 1000, dt.timezone.utc).date()


def spot_rows(text, drop_column):
    """Binance spot klines by open time (ms) as 12-field rows, header skipped, an extra column dropped."""
    rows = {}
    for r in csv.reader(io.StringIO(text)):
        if not r or not r[0].isdigit():
            continue
        if drop_column is not None:
            r = r[:drop_column] + r[drop_column + 1:]
        r = r + ["0"] * (12 - len(r))  # bianV2 leaves out Binance's always-zero "ignore" column
        rows[int(r[0])] = r[:12]
    return rows


def perp_rows(path):
    """ZackBot2's perpetual klines as 12-field rows (see the module docstring for the derived columns)."""
    rows = {}
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            t = dt.datetime.strptime(r["date"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=dt.timezone.utc)
            open_ms = int(t.timestamp()) * 1000
            prices = [Decimal(r[k]) for k in ("open", "high", "low", "close")]
            base = Decimal(r["volume"])
            quote = (base * sum(prices) / 4).quantize(Decimal("0.01"), ROUND_HALF_EVEN)
            rows[open_ms] = [str(open_ms), r["open"], r["high"], r["low"], r["close"], r["volume"],
                             str(open_ms + FOUR_HOURS_MS - 1), f"{quote}", "0", "0", "0", "0"]
    return rows


def four_hour_file(asset, days, spot, perp):
    out = []
    for day in days:
        source = spot if day <= SPOT_LAST_DAY[asset] else perp
        start = int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc).timestamp()) * 1000
        bars = [source.get(start + k * FOUR_HOURS_MS) for k in range(6)]
        if any(b is None for b in bars):
            sys.exit(f"4h/{asset}: {day} is not complete in its source")
        for b in bars:
            o, h, l, c = (Decimal(x) for x in b[1:5])
            if min(o, h, l, c) <= 0 or not (l <= min(o, c) and max(o, c) <= h):
                sys.exit(f"4h/{asset}: inconsistent bar {b}; fix the source choice, do not repair")
        out.extend(bars)
    return out


def global_file(btc, eth, coingecko_path, dominance_path):
    real = {}
    with open(coingecko_path, newline="") as f:
        for r in csv.DictReader(f):
            day = day_of(int(r["snapped_at"])) - dt.timedelta(days=1)
            real[day] = (Decimal(r["market_cap"]), Decimal(r["total_volume"]))
    with open(dominance_path, newline="") as f:
        dominance = {dt.date.fromisoformat(r["Datetime"][:10]): Decimal(r["BTC.D"]) for r in csv.DictReader(f)}
    eth_by_day = {r["date"]: r for r in eth}

    def quotient(r):
        return r["close"] * supply("BTC", r["date"]) / (dominance[r["date"]] / 100)

    def volume(r):
        return r["volume"] + eth_by_day[r["date"]]["volume"]

    both = [r for r in btc if r["date"] in real]
    k = statistics.median(real[r["date"]][0] / quotient(r) for r in both)
    kv = statistics.median(real[r["date"]][1] / volume(r) for r in both)
    rows, estimated = [], []
    for r in btc:
        if r["date"] in real:
            cap, vol = real[r["date"]]
        else:
            cap, vol = quotient(r) * k, volume(r) * kv
            estimated.append(r["date"])
        rows.append([r["date"].isoformat(), int(cap.to_integral_value(ROUND_HALF_EVEN)),
                     int(vol.to_integral_value(ROUND_HALF_EVEN))])
    errors = sorted(abs(quotient(r) * k / real[r["date"]][0] - 1) for r in both)
    print(f"global.csv: real {len(both)} days, estimated {estimated[0]}..{estimated[-1]} ({len(estimated)} days); "
          f"K={k:.4f}, KV={kv:.4f}; the estimate on the real days: median error {100 * errors[len(errors) // 2]:.2f} %, "
          f"max {100 * errors[-1]:.2f} %")
    return rows


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--ronald-git", required=True, help="git dir of github.com/RonaldLu66/binance-btc-monitor")
    p.add_argument("--bian-git", required=True, help="git dir of github.com/zhuxice-ctrl/bianV2")
    p.add_argument("--zack-btc", required=True, help="MoeAZack/ZackBot2 data/BTCUSDT_4h.csv @4f1c8118 (rows needed)")
    p.add_argument("--zack-eth", required=True, help="MoeAZack/ZackBot2 data/ETHUSDT_4h.csv @4f1c8118 (rows needed)")
    p.add_argument("--coingecko-global", required=True, help="Hamzakiln/prediction_model btc_dominance.csv @4c21bc9e")
    p.add_argument("--dominance", required=True, help="hhysteric/btc-cycle-dashboard data/dominance.csv @00ad076f")
    p.add_argument("--out", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                   help="the samples folder (default: the one holding this script)")
    args = p.parse_args()

    daily = {a: read_daily(os.path.join(args.out, "daily", f"{a}.csv")) for a in ("BTC", "ETH")}
    days = [r["date"] for r in daily["BTC"]][-FOUR_HOUR_DAYS:]
    spot = {"BTC": spot_rows(git_show(args.ronald_git, *RONALD), None),
            "ETH": spot_rows(git_show(args.bian_git, *BIAN), 1)}
    perp = {"BTC": perp_rows(args.zack_btc), "ETH": perp_rows(args.zack_eth)}
    for asset in ("BTC", "ETH"):
        rows = four_hour_file(asset, days, spot[asset], perp[asset])
        write(os.path.join(args.out, "4h", f"{asset}.csv"), None, rows)
        print(f"4h/{asset}.csv: {len(rows)} bars {days[0]}..{days[-1]}, spot to {SPOT_LAST_DAY[asset]}")
    write(os.path.join(args.out, "global.csv"), ["date", "total_market_cap_usd", "total_volume_usd"],
          global_file(daily["BTC"], daily["ETH"], args.coingecko_global, args.dominance))


if __name__ == "__main__":
    main()

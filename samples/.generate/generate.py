#!/usr/bin/env python3
"""Generates the synthetic files of samples/ from the real files next to them.

Writes marketcaps.csv (from daily/ and the real-or-estimated global.csv), derivatives/<ASSET>.csv (from daily/),
events.csv and provenance.csv. The real files (daily/, cross/: import_real.py; 4h/, global.csv: import_market.py) are
inputs only. Python 3 standard library only, no network, no clock: the output depends only on those files and SEED,
so a re-run writes byte-identical files. Every random draw comes from a random.Random seeded per output file (seed +
file name), so adding an asset does not change the files of the others.

    python3 samples/.generate/generate.py            # rewrites the files next to daily/
    python3 samples/.generate/generate.py --out DIR  # writes them to DIR instead (used by check.py)

How each file is modelled is described in samples/README.md; the comments below say why the numbers are what
they are.
"""
import argparse
import csv
import datetime as dt
import math
import os
import random
import zlib
from decimal import Decimal

SEED = 20260225
SAMPLES = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GENERATOR = "samples/.generate/generate.py"
SYNTHETIC_PROVIDER = f"synthetic: {GENERATOR} (seed {SEED})"

# Per-asset model parameters. Supplies are circulating supplies on 2025-01-01 and their daily growth: BTC issues
# 3.125 BTC a block since the April 2024 halving (about 450 a day); ETH's net issuance has been roughly +0.6 % a
# year since 2024. Open interest is the aggregate futures OI as a share of the asset's market cap (BTC about 3-4 %,
# ETH about 8-10 % in 2025). The supplies are also import_market.py's, for the estimated total market cap.
ASSETS = {
    "BTC": {"supply0": 19_800_000, "supply_per_day": 450, "oi_share": 0.035},
    "ETH": {"supply0": 120_500_000, "supply_per_day": 2_000, "oi_share": 0.085},
}
SUPPLY_EPOCH = dt.date(2025, 1, 1)

# Real files: who published them. Synthetic files are labelled with SYNTHETIC_PROVIDER.
REAL_PROVIDERS = {
    "daily/BTC.csv": "Yahoo Finance BTC-USD daily (yfinance) via GitHub kittycapital/etf-seasonality @30892cf3",
    "daily/ETH.csv": "Yahoo Finance ETH-USD daily (yfinance) via GitHub kittycapital/etf-seasonality @30892cf3",
    "cross/NASDAQ.csv": "Yahoo Finance ^IXIC daily (yfinance) via GitHub timhun/daily-podcast-stk (daily snapshots to ebc1aca4)",
    "cross/GOLD.csv": "Yahoo Finance GLD daily (yfinance) via GitHub kittycapital/etf-seasonality @30892cf3",
    "cross/SILVER.csv": "Yahoo Finance SLV daily (yfinance) via GitHub kittycapital/etf-seasonality @30892cf3",
    "events.csv": "hand-curated public announcements; each row cites its source_url where one is known",
    "4h/BTC.csv": "Binance BTCUSDT 4h klines: spot to 2026-08-12 via GitHub RonaldLu66/binance-btc-monitor @ccc385b6, "
                  "USDT-M perpetual from 2026-08-13 via GitHub MoeAZack/ZackBot2 @4f1c8118 (quote volume = base volume "
                  "x mean of OHLC; trades and taker volumes not published, 0)",
    "4h/ETH.csv": "Binance ETHUSDT 4h klines: spot to 2026-07-25 via GitHub zhuxice-ctrl/bianV2 @12280f84, "
                  "USDT-M perpetual from 2026-07-26 via GitHub MoeAZack/ZackBot2 @4f1c8118 (quote volume = base volume "
                  "x mean of OHLC; trades and taker volumes not published, 0)",
    # The data folder's label for estimated days (DataFolderHistoryWriter) comes first, then where the rest is from.
    "global.csv": "days 2025-05-18..2026-08-20 are estimated (global-estimated): BTC close x supply / BTC dominance "
                  "(GitHub hhysteric/btc-cycle-dashboard @00ad076f) x 1.0364, volume 2.0846 x BTC+ETH volume, both "
                  "ratios to CoinGecko's real figures of 2025-01-01..2025-05-17, which are CoinGecko's total market cap "
                  "chart via GitHub Hamzakiln/prediction_model @4c21bc9e",
}

# Real, dated events inside the sample window. Only official pages whose address is known for certain are cited;
# an event whose primary source address is not known leaves source_url empty rather than guess one.
FED = "https://www.federalreserve.gov/newsevents/pressreleases/monetary{}a.htm"
EVENTS = [
    ("2025-01-29", "central-bank", "FOMC holds the federal funds target range at 4.25-4.50%", FED.format("20250129")),
    ("2025-03-06", "regulation", "US executive order establishes a Strategic Bitcoin Reserve and a US Digital Asset Stockpile",
     "https://www.whitehouse.gov/presidential-actions/2025/03/establishment-of-the-strategic-bitcoin-reserve-and-united-states-digital-asset-stockpile/"),
    ("2025-03-19", "central-bank", "FOMC holds at 4.25-4.50% and slows balance-sheet runoff (Treasury cap cut from $25bn to $5bn a month)", FED.format("20250319")),
    ("2025-04-02", "macro", "US announces sweeping 'reciprocal' tariffs on imports from most trading partners", ""),
    ("2025-06-18", "central-bank", "FOMC holds at 4.25-4.50%", FED.format("20250618")),
    ("2025-07-18", "regulation", "GENIUS Act, the first US federal stablecoin law, is signed into law",
     "https://www.congress.gov/bill/119th-congress/senate-bill/1582"),
    ("2025-07-30", "central-bank", "FOMC holds at 4.25-4.50%", FED.format("20250730")),
    ("2025-09-17", "central-bank", "FOMC cuts by 25 bp to 4.00-4.25%, its first cut of 2025", FED.format("20250917")),
    ("2025-10-10", "macro", "US announces an extra 100% tariff on Chinese imports from November 1; crypto futures see the largest one-day liquidation on record (about $19bn)", ""),
    ("2025-10-29", "central-bank", "FOMC cuts by 25 bp to 3.75-4.00% and says balance-sheet runoff ends on December 1", FED.format("20251029")),
    ("2025-12-10", "central-bank", "FOMC cuts by 25 bp to 3.50-3.75%", FED.format("20251210")),
]


def rng_for(name):
    return random.Random(SEED * 1_000_003 + zlib.crc32(name.encode()))


def normal(rng):
    """A standard normal draw from rng.random() only (Box-Muller), so the stream never depends on library internals."""
    u1 = 1.0 - rng.random()
    u2 = rng.random()
    return math.sqrt(-2.0 * math.log(u1)) * math.cos(2.0 * math.pi * u2)


def read_daily(path):
    """Yahoo rows as dicts: date (date), the OHLC as exact Decimals, volume (int)."""
    rows = []
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            rows.append({
                "date": dt.date.fromisoformat(r["Date"]),
                "open": Decimal(r["Open"]), "high": Decimal(r["High"]),
                "low": Decimal(r["Low"]), "close": Decimal(r["Close"]),
                "volume": int(r["Volume"]),
            })
    for a, b in zip(rows, rows[1:]):
        if (b["date"] - a["date"]).days != 1:
            raise SystemExit(f"{path}: days must be contiguous, {a['date']} is followed by {b['date']}")
    return rows


def supply(asset, day):
    p = ASSETS[asset]
    return p["supply0"] + p["supply_per_day"] * (day - SUPPLY_EPOCH).days


def write_csv(path, header, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        if header:
            w.writerow(header)
        w.writerows(rows)


# ---------------------------------------------------------------- marketcaps.csv

# How many coins each day lists (the "top N" of the flow attribution; the report takes whatever a day lists). The
# ingest's default is 100; the bundled folder lists 25 so that its load stays near the budget of docs/bench (100 coins
# a day quadrupled the sample load: bench/README.md).
TOP_COINS = 25

# Stablecoins: supply on 2025-01-01 (USD), drift a day, and how often and how much they mint or burn in one go.
STABLECOINS = [
    # symbol, supply0, drift/day, mint prob, burn prob: about +25 % a year in all, as in 2025
    ("USDT", 137.0e9, 0.00012, 0.040, 0.010),
    ("USDC", 44.0e9, 0.00020, 0.045, 0.020),
    ("USDE", 5.8e9, 0.00030, 0.040, 0.030),
    ("DAI", 4.4e9, -0.00010, 0.020, 0.020),
    ("FDUSD", 2.1e9, -0.00020, 0.020, 0.030),
    ("PYUSD", 0.50e9, 0.00080, 0.030, 0.010),
]

# The long tail: tickers of the rest of the top N, largest first (names only; every figure here is generated).
TAIL = (
    "XRP BNB SOL DOGE ADA TRX LINK AVAX SUI XLM TON SHIB HBAR DOT BCH LTC UNI HYPE NEAR APT PEPE ICP AAVE ETC "
    "ONDO POL TAO KAS VET RENDER ARB FIL ATOM ALGO OP ENA INJ IMX STX GRT WLD SEI BONK FET TIA JUP XMR MKR "
    "THETA LDO RUNE FLOKI QNT SAND MANA AXS XTZ EOS FLOW NEO CHZ KAVA EGLD APE CRV SNX GALA MINA CFX ZEC "
    "IOTA DYDX COMP WIF PYTH JTO STRK BLUR ZRO ORDI KSM ROSE CAKE GMX RON ZIL WOO ONE ENS SUSHI YFI BAT"
).split()


def marketcap_rows(btc, eth, global_rows):
    """Per-coin caps that add up inside each day's total: BTC and ETH at close x supply, stablecoins by supply, the
    rest of the risk money shared by a long tail (Zipf-like weights that wander) and the coins outside the top N."""
    rng = rng_for("marketcaps.csv")
    tail = TAIL[:TOP_COINS - 2 - len(STABLECOINS)]
    if len(tail) != TOP_COINS - 2 - len(STABLECOINS):
        raise SystemExit(f"TAIL needs {TOP_COINS - 2 - len(STABLECOINS)} tickers")
    eth_by_day = {r["date"]: r for r in eth}
    total_by_day = {row[0]: row[1] for row in global_rows}
    supplies = {s[0]: s[1] for s in STABLECOINS}
    log_weights = [-1.1 * math.log(i + 3) for i in range(len(tail))]
    inside_share = 0.80

    rows = []
    for r in btc:
        day = r["date"]
        total = total_by_day[day.isoformat()]
        btc_cap = round(float(r["close"]) * supply("BTC", day))
        eth_cap = round(float(eth_by_day[day]["close"]) * supply("ETH", day))
        # Supply moves slowly, with the odd mint (new dollars arriving) or burn (redemptions) of 0.3-1.5 %.
        for symbol, _, drift, mint, burn in STABLECOINS:
            step = drift + 0.0002 * normal(rng)
            draw = rng.random()
            if draw < mint:
                step += 0.003 + 0.012 * rng.random()
            elif draw < mint + burn:
                step -= 0.003 + 0.012 * rng.random()
            supplies[symbol] *= math.exp(step)
        stable_caps = {symbol: round(supplies[symbol]) for symbol, *_ in STABLECOINS}
        risk = total - btc_cap - eth_cap - sum(stable_caps.values())
        if risk < 0.08 * total:
            raise SystemExit(f"{day}: BTC, ETH and stablecoins leave {risk} of {total} for the rest; the model is off")
        # The top N's share of the rest wanders between 72 and 86 %; the tail's weights wander around Zipf.
        inside_share = clamp(inside_share + 0.004 * normal(rng) + 0.02 * (0.80 - inside_share), 0.72, 0.86)
        log_weights = [w + 0.015 * normal(rng) + 0.01 * (-1.1 * math.log(i + 3) - w) for i, w in enumerate(log_weights)]
        weights = [math.exp(w) for w in log_weights]
        inside = risk * inside_share
        tail_caps = {symbol: max(1, round(inside * w / sum(weights))) for symbol, w in zip(tail, weights)}

        caps = {"BTC": (btc_cap, "other"), "ETH": (eth_cap, "other")}
        caps.update({s: (c, "stablecoin") for s, c in stable_caps.items()})
        caps.update({s: (c, "other") for s, c in tail_caps.items()})
        if sum(c for c, _ in caps.values()) >= total:
            raise SystemExit(f"{day}: the top {TOP_COINS} add up to more than the total")
        for symbol in sorted(caps):
            rows.append([day.isoformat(), symbol, caps[symbol][0], caps[symbol][1]])
    return rows


# ---------------------------------------------------------------- 4h/<ASSET>.csv

def clamp(value, low, high):
    return min(high, max(low, value))


# ---------------------------------------------------------------- derivatives/<ASSET>.csv

def derivatives_rows(asset, daily):
    """Open interest as a drifting share of market cap; liquidations driven by the day's intraday move.

    Long liquidations grow with the square of the fall from open to low, shorts with the rise from open to high,
    each heavier on days that also close in that direction. Liquidated positions leave the open interest.
    """
    rng = rng_for(f"derivatives/{asset}.csv")
    base_share = ASSETS[asset]["oi_share"]
    share = base_share
    previous_oi = None
    rows = []
    for day in daily:
        o, h, l, c = (float(day[k]) for k in ("open", "high", "low", "close"))
        cap = c * supply(asset, day["date"])
        oi_at_open = previous_oi * o / previous_close if previous_oi is not None else share * o * supply(asset, day["date"])
        fall, rise = (o - l) / o, (h - o) / o
        down_day = c < o
        long_frac = 0.0006 + 1.5 * fall ** 2 * (1.5 if down_day else 0.6)
        short_frac = 0.0005 + 1.2 * rise ** 2 * (0.6 if down_day else 1.5)
        # A cascade can wipe out a large slice of positioning but never most of it.
        longs = oi_at_open * min(0.08, long_frac) * math.exp(0.25 * normal(rng))
        shorts = oi_at_open * min(0.08, short_frac) * math.exp(0.25 * normal(rng))

        # Leverage is rebuilt slowly (pull back to the base share) and flushed by liquidations.
        share *= math.exp(0.05 * math.log(base_share / share) + 0.015 * normal(rng))
        share *= max(0.5, 1.0 - 1.5 * (longs + shorts) / oi_at_open)
        oi = share * cap
        rows.append([day["date"].isoformat(), round(oi), round(longs), round(shorts)])
        previous_oi, previous_close = oi, c
    return rows


# ---------------------------------------------------------------- events.csv and provenance.csv

def provenance_rows():
    """Every file of the folder with its publisher; real files are found on disk so a new one cannot go unlabelled."""
    rows = []
    for folder in ("daily", "cross", "4h"):
        for name in sorted(os.listdir(os.path.join(SAMPLES, folder))):
            if name.endswith(".csv"):
                path = f"{folder}/{name}"
                if path not in REAL_PROVIDERS:
                    raise SystemExit(f"{path} has no provider in REAL_PROVIDERS; add one before regenerating")
                rows.append([path, REAL_PROVIDERS[path], "false"])
    rows.append(["events.csv", REAL_PROVIDERS["events.csv"], "false"])
    rows.append(["global.csv", REAL_PROVIDERS["global.csv"], "false"])
    rows.append(["marketcaps.csv", SYNTHETIC_PROVIDER, "true"])
    rows.append(["derivatives/*.csv", SYNTHETIC_PROVIDER, "true"])
    return rows


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", default=SAMPLES, help="folder to write to (default: samples/)")
    args = p.parse_args()
    out = args.out

    daily = {}
    for asset in ASSETS:
        path = os.path.join(SAMPLES, "daily", f"{asset}.csv")
        if os.path.exists(path):
            daily[asset] = read_daily(path)
    if "BTC" not in daily or "ETH" not in daily:
        raise SystemExit("daily/BTC.csv and daily/ETH.csv are needed")

    with open(os.path.join(SAMPLES, "global.csv"), newline="") as f:
        total = [[r["date"], int(r["total_market_cap_usd"]), int(r["total_volume_usd"])] for r in csv.DictReader(f)]
    write_csv(os.path.join(out, "marketcaps.csv"), ["date", "symbol", "market_cap_usd", "category"],
              marketcap_rows(daily["BTC"], daily["ETH"], total))
    for asset, rows in daily.items():
        write_csv(os.path.join(out, "derivatives", f"{asset}.csv"),
                  ["date", "open_interest_usd", "long_liquidations_usd", "short_liquidations_usd"],
                  derivatives_rows(asset, rows))
    write_csv(os.path.join(out, "events.csv"), ["date", "kind", "text", "source_url"], EVENTS)
    write_csv(os.path.join(out, "provenance.csv"), ["file", "provider", "synthetic"], provenance_rows())


if __name__ == "__main__":
    main()

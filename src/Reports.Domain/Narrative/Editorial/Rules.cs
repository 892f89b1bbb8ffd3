using Reports.Domain.Analysis;

namespace Reports.Domain.Narrative.Editorial;

/// <summary>
/// The editorial rulebook: each verdict the article can state, declared once with its threshold, and the one
/// function that decides it from the figures. Writers ask these functions; they never test thresholds themselves.
/// </summary>
public static class Rules
{
    /// <summary>A day moving at least this much (total cap, in percent) is a strong day: headlines follow its direction.</summary>
    public const decimal StrongDayPct = 2.5m;

    /// <summary>One side's share of liquidations, in percent, needed to call a flush or a squeeze.</summary>
    public const decimal OneSidedSharePct = CatalystFinder.SqueezeShare * 100m;

    /// <summary>A low matched within this many days is ordinary chop, not "the weakest since" anything.</summary>
    public const int NotableLowDays = 30;

    // Momentum (4h RSI(14), MACD(12,26,9)); the first matching row of MomentumRules picks the reading.
    public static readonly EditorialRule Oversold = new("momentum.oversold", "oversold, with sellers stretched", "assets[*].rsi4h", $"4h RSI below {MomentumRules.Oversold}");
    public static readonly EditorialRule Overbought = new("momentum.overbought", "overbought, with buyers stretched", "assets[*].rsi4h", $"4h RSI above {MomentumRules.Overbought}");
    public static readonly EditorialRule CorrectiveBounce = new("momentum.corrective-bounce", "a corrective bounce within a downtrend", "assets[*].rsi4h, rsiLow4h, macd4h, macdHistogram4h, previousMacdHistogram4h",
        $"MACD below zero, histogram rising, RSI dipped below {MomentumRules.Oversold} within 7 days and is still below {MomentumRules.Midline}");
    public static readonly EditorialRule Recovering = new("momentum.recovering", "momentum recovering from below zero", "assets[*].rsi4h, macd4h, macdHistogram4h, previousMacdHistogram4h",
        $"MACD below zero, histogram rising, RSI at or above {MomentumRules.Midline}");
    public static readonly EditorialRule Downtrend = new("momentum.downtrend", "a downtrend with no sign of a turn yet", "assets[*].rsi4h, macd4h, macdSignal4h, macdHistogram4h, previousMacdHistogram4h",
        $"MACD below zero, RSI below {MomentumRules.Midline}, MACD at or below its signal line, histogram not rising");
    public static readonly EditorialRule DowntrendEasing = new("momentum.downtrend-easing", "a downtrend, though the rising histogram shows selling easing; no turn yet", "assets[*].rsi4h, macd4h, macdSignal4h, macdHistogram4h, previousMacdHistogram4h",
        $"MACD below zero, RSI below {MomentumRules.Midline}, MACD at or below its signal line, histogram rising");
    public static readonly EditorialRule EarlyTurn = new("momentum.early-turn", "a downtrend, though MACD is above its signal line, an early sign of a turn", "assets[*].rsi4h, macd4h, macdSignal4h",
        $"MACD below zero, RSI below {MomentumRules.Midline}, and MACD above its signal line");
    public static readonly EditorialRule WeakeningUptrend = new("momentum.weakening-uptrend", "an uptrend that is losing steam", "assets[*].rsi4h, macd4h, macdHistogram4h, previousMacdHistogram4h",
        $"MACD at or above zero, histogram not rising, RSI below {MomentumRules.Midline}");
    public static readonly EditorialRule Uptrend = new("momentum.uptrend", "an uptrend with momentum behind it", "assets[*].rsi4h, macd4h, macdSignal4h, macdHistogram4h, previousMacdHistogram4h",
        $"MACD at or above zero and at or above its signal line, RSI at or above {MomentumRules.Midline}, histogram rising");
    public static readonly EditorialRule FadingUptrend = new("momentum.fading-uptrend", "an uptrend, though the falling histogram shows momentum fading", "assets[*].rsi4h, macd4h, macdSignal4h, macdHistogram4h, previousMacdHistogram4h",
        $"MACD at or above zero and at or above its signal line, RSI at or above {MomentumRules.Midline}, histogram not rising");
    public static readonly EditorialRule CooledUptrend = new("momentum.cooled-uptrend", "an uptrend, though MACD is below its signal line, a sign momentum has cooled", "assets[*].rsi4h, macd4h, macdSignal4h",
        $"MACD at or above zero but below its signal line, RSI at or above {MomentumRules.Midline}");
    public static readonly EditorialRule NoDirection = new("momentum.neutral", "no clear direction", "assets[*].rsi4h, macd4h", "none of the momentum rows above holds");

    // Money flow (daily CMF(20)).
    public static readonly EditorialRule Accumulation = new("cmf.accumulation", "accumulation", "assets[*].cmfDaily", $"CMF at or above {ReadingWords.CmfThreshold}");
    public static readonly EditorialRule Distribution = new("cmf.distribution", "distribution", "assets[*].cmfDaily", $"CMF at or below −{ReadingWords.CmfThreshold}");
    public static readonly EditorialRule BalancedFlow = new("cmf.balanced", "balanced flow", "assets[*].cmfDaily", $"CMF between −{ReadingWords.CmfThreshold} and {ReadingWords.CmfThreshold}");
    public static readonly EditorialRule LaggingFlow = new("cmf.lagging", "caveated as a 20-day measure that lags the day", "assets[*].cmfDaily, assets[*].dailyChangePct",
        $"CMF reads accumulation on a day the asset fell at least {StrongDayPct}%, or distribution on a day it rose at least {StrongDayPct}%");

    // Liquidations.
    public static readonly EditorialRule LongFlush = new("liquidations.long-flush", "forced selling added to the fall: longs were flushed out", "market.liquidationsLongSharePct, market.dailyChangePct, market.liquidationsUsd, history.liquidationsMedianUsd",
        $"longs at least {OneSidedSharePct}% of liquidations, the total cap fell on the day, and the day's liquidations are at least their 30-day median (when known)");
    public static readonly EditorialRule ShortSqueeze = new("liquidations.short-squeeze", "shorts were squeezed", "market.liquidationsShortSharePct, market.dailyChangePct, market.liquidationsUsd, history.liquidationsMedianUsd",
        $"shorts at least {OneSidedSharePct}% of liquidations, the total cap rose on the day, and the day's liquidations are at least their 30-day median (when known)");
    public static readonly EditorialRule LightOneSided = new("liquidations.light", "one-sided, but too light a day to call a flush or a squeeze", "market.liquidationsUsd, history.liquidationsMedianUsd",
        $"one side took at least {OneSidedSharePct}% in the day's direction, but the day's liquidations are under their 30-day median");
    public static readonly EditorialRule OneSidedAgainstMove = new("liquidations.against-the-move", "one side took most of it, though the market moved the other way: intraday swings, not a trend",
        "market.liquidations*SharePct, market.dailyChangePct", $"one side at least {OneSidedSharePct}% of liquidations while the total cap moved against that side's loss");
    public static readonly EditorialRule TwoSided = new("liquidations.two-sided", "a two-sided day, too even to call a flush or a squeeze", "market.liquidationsLongSharePct",
        $"neither side reaches {OneSidedSharePct}% of liquidations (no verdict at all when the day's direction is unknown)");
    public static readonly EditorialRule RecordLiquidations = new("record.liquidations", "the largest liquidation day since records here begin", "market.liquidationsRecord", "D's total beats every earlier day's, over the same assets");
    public static readonly EditorialRule RecordVolume = new("record.volume", "the highest volume since records here begin", "market.volumeRecord", "D's total volume beats every earlier day's");
    public static readonly EditorialRule AllTimeHigh = new("record.market-cap", "an all-time high of the total cap since records here begin", "history.marketCapRecord", "D's total cap beats every earlier stored day's, with at least 30 earlier days stored");
    public static readonly EditorialRule Ranked = new("history.rank", "the Nth-largest … since records here begin / the largest … since a date", "history.*Rank, history.*SinceDate",
        "quoted only for a rank within the top 10, or a largest-since date at least 30 days back");
    public static readonly EditorialRule BaseRate = new("history.base-rate", "what followed similar days: median 7-day move", "history.similarDays, history.similarDaysMedian7dPct",
        "at least 5 earlier days with a same-direction move at least as large and 7 later days stored");

    // Price levels.
    public static readonly EditorialRule WeakestSince = new("low.weakest-since", "its weakest level since a month", "assets[*].weakestSinceDate", $"the last lower low is more than {NotableLowDays} days before D");
    public static readonly EditorialRule LowestOnRecord = new("low.lowest-on-record", "the lowest since records here begin", "assets[*].lowestOnRecord, history.recordsBegin",
        $"no earlier stored low is below D's low, and records begin at least {MarketHistory.MinimumDaysForRecord} days before D");
    public static readonly EditorialRule SmallGap = new("summary.small-gap", "too small a gap to call a drain", "market.drainUsd, market.swingHighUsd",
        $"the cap is under its 30-day high by less than {MarketRegimes.PullbackDrainPct}%");
    public static readonly EditorialRule DrainPace = new("summary.drain-pace", "a drain of $X a day", "market.drainUsd, market.swingHighUsd, market.drainPerDayUsd",
        $"the cap is under its 30-day high by at least {MarketRegimes.PullbackDrainPct}%");
    public static readonly EditorialRule DrainIntact = new("watch.drain-intact", "until that is reclaimed the drain is intact", "watch[SwingHighReclaim:*]",
        $"the cap is at least {MarketRegimes.PullbackDrainPct}% under its 30-day high (a smaller gap is named as the next high to clear)");
    public static readonly EditorialRule SupportBroken = new("support.broken", "broke and closed below a support, turning it into resistance", "assets[*].supportLevels[*]", "D's low first went below the level and D closed below it");

    // Leverage.
    public static readonly EditorialRule Unwinding = new("open-interest.unwinding", "leverage is being unwound", "assets[*].openInterestWeekChangePct", $"open interest down at least {CatalystFinder.OpenInterestMovePct}% on the week");
    public static readonly EditorialRule Building = new("open-interest.building", "fresh leverage is building", "assets[*].openInterestWeekChangePct", $"open interest up at least {CatalystFinder.OpenInterestMovePct}% on the week");

    // Cross markets.
    public static readonly EditorialRule SellingOutside = new("cross.selling-outside", "selling outside crypto", "crossMarkets[*].weekChangePct or dailyChangePct, history.marketWeekChangePct or market.dailyChangePct",
        $"the market fell at least {-CatalystFinder.CrossSelloffWeekPct}% over the week (or {-CatalystFinder.CrossSelloffDayPct}% on a bar dated D) and crypto fell over the same window");
    public static readonly EditorialRule Decoupled = new("cross.decoupled", "crypto did not follow", "crossMarkets[*].weekChangePct or dailyChangePct, history.marketWeekChangePct or market.dailyChangePct",
        "a cross-market selloff (as above) while crypto rose over the same window");
    public static readonly EditorialRule BroadBid = new("cross.broad-bid", "alongside crypto: a broad bid across markets", "crossMarkets[*].weekChangePct, history.marketWeekChangePct",
        $"the market rose at least {CatalystFinder.CrossRallyWeekPct}% over the week and crypto rose over the same week");
    public static readonly EditorialRule Rotation = new("cross.rotation", "while crypto fell: money is not coming this way", "crossMarkets[*].weekChangePct, history.marketWeekChangePct",
        $"the market rose at least {CatalystFinder.CrossRallyWeekPct}% over the week and crypto fell over the same week");
    public static readonly EditorialRule Correlated = new("cross.correlated", "shocks there are reaching crypto", "crossMarkets[*].correlationWithBtc, dailyChangePct, lastDate, market.dailyChangePct",
        $"correlation of daily returns with BTC at or above {CatalystFinder.HighCorrelation}, and the market's bar dated D and crypto on D both moved at least {CatalystFinder.CorrelatedMovePct}%, the same way");
    public static readonly EditorialRule Hedge = new("cross.hedge", "it has acted as a hedge", "crossMarkets[*].correlationWithBtc, dailyChangePct, lastDate, market.dailyChangePct",
        $"correlation of daily returns with BTC at or below −{CatalystFinder.HighCorrelation}, and the market's bar dated D and crypto on D both moved at least {CatalystFinder.CorrelatedMovePct}%, opposite ways");
    public static readonly EditorialRule CorrelatedNotToday = new("cross.correlated-not-today", "has moved with (or against) crypto, but did not drive this day", "crossMarkets[*].correlationWithBtc, dailyChangePct, lastDate, market.dailyChangePct",
        $"correlation at or beyond ±{CatalystFinder.HighCorrelation}, but the market did not trade on D, or its bar dated D or crypto on D moved less than {CatalystFinder.CorrelatedMovePct}%, or they moved the other way");

    // Divergence.
    public static readonly EditorialRule DeterioratingFaster = new("divergence.deteriorating-faster", "is deteriorating faster than", "assets[*].weekChangePct", "both assets fell on the week and the rounded gap is at least 1 point");
    public static readonly EditorialRule FellWhileHeld = new("divergence.fell-while-held", "fell on the week while the other held up", "assets[*].weekChangePct", "the weaker asset fell on the week, the stronger did not, and the rounded gap is at least 1 point");
    public static readonly EditorialRule Lagging = new("divergence.lagging", "is lagging", "assets[*].weekChangePct", "the weaker asset did not fall on the week and the rounded gap is at least 1 point");
    public static readonly EditorialRule MovedTogether = new("divergence.together", "moved together", "assets[*].weekChangePct", "the rounded weekly gap is under 1 point");
    public static readonly EditorialRule TrailsYearToDate = new("divergence.ytd-trails", "the weakness is not just this week's", "divergences[*].ytdGapPct, date",
        $"the week gap is at least 1 point (assets that moved together get the year-to-date gap stated, no verdict), the weaker asset also trails year to date by at least 1 point, and the year to date covers at least {DivergenceWriter.MinYearDays} days");
    public static readonly EditorialRule AheadYearToDate = new("divergence.ytd-ahead", "this week gave back part of its lead", "divergences[*].ytdGapPct, date",
        $"the week gap is at least 1 point, the weaker asset is still ahead year to date by at least 1 point, and the year to date covers at least {DivergenceWriter.MinYearDays} days");
    public static readonly EditorialRule Confirming = new("divergence.confirming", "confirming the weaker flow", "divergences[*].rsiGap, cmfGap",
        "the week gap is at least 1 point (assets that moved together get the gaps stated, no verdict) and every non-zero momentum gap says the weaker asset is weaker");
    public static readonly EditorialRule NotConfirming = new("divergence.not-confirming", "momentum is not confirming the price gap", "divergences[*].rsiGap, cmfGap",
        "the week gap is at least 1 point and every non-zero momentum gap says the weaker asset is stronger");
    public static readonly EditorialRule Mixed = new("divergence.mixed", "a mixed momentum picture", "divergences[*].rsiGap, cmfGap", "the week gap is at least 1 point and the momentum gaps disagree");

    // The bottom line: the base case, first match wins.
    public static readonly EditorialRule Washout = new("bottom-line.washout", "washout: forced selling has likely done most of its work", "market.dailyChangePct, market.liquidationsLongSharePct, history.liquidationsRank, assets[*].rsi4h",
        $"the cap fell at least {StrongDayPct}%, longs at least {OneSidedSharePct}% of liquidations that rank in the top 10 (or a record), and a 4h RSI below {MomentumRules.Oversold}");
    public static readonly EditorialRule CascadeRisk = new("bottom-line.cascade-risk", "cascade risk: a break of nearby support could force more selling", "watch[NearestSupport:*].distancePct, assets[*].openInterestUsd, market.dailyChangePct",
        $"the cap fell on the day and an asset with open interest closed within {CascadeDistancePct}% above its nearest support");
    public static readonly EditorialRule ReliefRally = new("bottom-line.relief-rally", "a relief rally inside a larger drain", "market.dailyChangePct, market.drainUsd, market.swingHighUsd",
        $"the cap rose at least {StrongDayPct}% while still at least {MarketRegimes.PullbackDrainPct}% under its 30-day high");
    public static readonly EditorialRule Advance = new("bottom-line.advance", "an advance: buyers in charge", "market.dailyChangePct, market.drainUsd", "the cap rose and is at or above its 30-day high, or rose at least the strong-day move");
    public static readonly EditorialRule Slide = new("bottom-line.slide", "a slide with no washout yet", "market.dailyChangePct", $"the cap fell at least {StrongDayPct}% and neither washout nor cascade risk holds");
    public static readonly EditorialRule SqueezeNotAdvance = new("bottom-line.squeeze", "a short squeeze, not yet an advance", "market.dailyChangePct, market.drainUsd, market.liquidationsShortSharePct, market.liquidationsUsd, history.liquidationsMedianUsd",
        $"the cap rose less than {StrongDayPct}%, is below its 30-day high, and shorts took at least {OneSidedSharePct}% of liquidations on a day at least as heavy as their 30-day median (when known)");
    public static readonly EditorialRule FlushNotSlide = new("bottom-line.flush", "a flush of leveraged longs, not yet a slide", "market.dailyChangePct, market.liquidationsLongSharePct, market.liquidationsUsd, history.liquidationsMedianUsd",
        $"the cap fell less than {StrongDayPct}%, cascade risk does not hold, and longs took at least {OneSidedSharePct}% of liquidations on a day at least as heavy as their 30-day median (when known)");
    public static readonly EditorialRule Drift = new("bottom-line.drift", "drift: no side in control", "market.dailyChangePct", "none of the base cases above holds");

    // Yesterday's calls.
    public static readonly EditorialRule SupportHeld = new("calls.support-held", "the support named yesterday held", "yesterday.calls[*]", "D's close stayed at or above the level named as nearest support on D−1");
    public static readonly EditorialRule SupportHeldAfterBreak = new("calls.support-held-after-break", "the support named yesterday held on the close after breaking intraday", "yesterday.calls[*].break",
        "the watch check recorded a break of the level named as nearest support on D−1 during D, and D's close stayed at or above it");
    public static readonly EditorialRule SupportGaveWay = new("calls.support-broke", "the support named yesterday broke", "yesterday.calls[*]", "D closed below the level named as nearest support on D−1");
    public static readonly EditorialRule TurnHappened = new("calls.turn-happened", "the momentum turn named yesterday happened", "yesterday.calls[*]", "the signal named on D−1 (e.g. RSI back above 30) is true on D");
    public static readonly EditorialRule TurnPending = new("calls.turn-pending", "the momentum turn named yesterday has not happened", "yesterday.calls[*]", "the signal named on D−1 is not true on D");

    // Where the money went (the flow attribution), over the window the paragraph leads with.
    public static readonly EditorialRule Parked = new("attribution.parked", "part of the money parked in stablecoins rather than left crypto", "attribution.*.totalChangeUsd, attribution.*.stablecoinSupplyChangeUsd",
        $"the total cap fell and stablecoin supply rose by at least {StablecoinMovePct}% of itself (and ${StablecoinMoveUsd / 1_000_000m:0} million) and by at least {ParkedSharePct}% of the fall over the same window");
    public static readonly EditorialRule LittleParked = new("attribution.little-parked", "little of the money parked in stablecoins", "attribution.*.totalChangeUsd, attribution.*.stablecoinSupplyChangeUsd",
        $"the total cap fell and stablecoin supply rose by at least {StablecoinMovePct}% of itself (and ${StablecoinMoveUsd / 1_000_000m:0} million) but by less than {ParkedSharePct}% of the fall over the same window");
    public static readonly EditorialRule LeftCrypto = new("attribution.left", "money left crypto rather than parking in stablecoins", "attribution.*.totalChangeUsd, attribution.*.stablecoinSupplyChangeUsd",
        $"the total cap fell and stablecoin supply fell by at least {StablecoinMovePct}% of itself (and ${StablecoinMoveUsd / 1_000_000m:0} million) over the same window");
    public static readonly EditorialRule PowderDeployed = new("attribution.powder-deployed", "consistent with dry powder being put to work", "attribution.*.totalChangeUsd, attribution.*.stablecoinSupplyChangeUsd",
        $"the total cap rose and stablecoin supply fell by at least {StablecoinMovePct}% of itself (and ${StablecoinMoveUsd / 1_000_000m:0} million) over the same window");
    public static readonly EditorialRule PowderBuilding = new("attribution.powder-building", "dry powder kept building", "attribution.*.totalChangeUsd, attribution.*.stablecoinSupplyChangeUsd",
        $"the total cap rose and stablecoin supply rose by at least {StablecoinMovePct}% of itself (and ${StablecoinMoveUsd / 1_000_000m:0} million) over the same window");
    public static readonly EditorialRule FlightToQuality = new("attribution.flight-to-quality", "a flight to quality", "attribution.*.totalChangeUsd, attribution.*.btcDominanceChangePp",
        $"the total cap fell while BTC dominance rose at least {Dominance.MinShiftPp} percentage points over the same window");
    public static readonly EditorialRule Broadening = new("attribution.broadening", "the advance broadened beyond Bitcoin", "attribution.*.totalChangeUsd, attribution.*.btcDominanceChangePp",
        $"the total cap rose while BTC dominance fell at least {Dominance.MinShiftPp} percentage points over the same window");

    /// <summary>A stablecoin supply move smaller than this (USD) is "little changed": no verdict on dry powder.</summary>
    public const decimal StablecoinMoveUsd = 100_000_000m;

    /// <summary>
    /// Nor is a move under this share of the supply: on a $230 billion supply a $100 million week is the daily churn of
    /// mints and redemptions, not money parking or leaving.
    /// </summary>
    public const decimal StablecoinMovePct = 0.5m;

    /// <summary>
    /// The least share of a fall (percent) that stablecoin supply must gain for "part of the money parked": supply grows
    /// by a billion or two a week whatever the market does, and next to a fall of hundreds of billions that is not
    /// where the money went (over the samples' days the median was 1% of the fall).
    /// </summary>
    public const decimal ParkedSharePct = 10m;

    /// <summary>Close within this many percent above the nearest support counts as "close to a break" for the cascade case.</summary>
    public const decimal CascadeDistancePct = 3m;

    public static EditorialRule Reading(Momentum m) => m.Reading switch
    {
        MomentumReading.Oversold => Oversold,
        MomentumReading.Overbought => Overbought,
        MomentumReading.CorrectiveBounceInDowntrend => CorrectiveBounce,
        MomentumReading.RecoveringMomentum => Recovering,
        MomentumReading.Downtrend => m.Macd4h > m.MacdSignal4h ? EarlyTurn
            : m.PreviousMacdHistogram4h is { } previous && m.MacdHistogram4h > previous ? DowntrendEasing : Downtrend,
        MomentumReading.WeakeningUptrend => WeakeningUptrend,
        // The mirror of the early turn: MACD under its signal line is momentum lost, whatever the histogram's last step.
        MomentumReading.Uptrend => m.Macd4h < m.MacdSignal4h ? CooledUptrend
            : m.PreviousMacdHistogram4h is { } prev && m.MacdHistogram4h > prev ? Uptrend : FadingUptrend,
        _ => NoDirection,
    };

    public static EditorialRule MoneyFlow(double cmf) =>
        cmf >= ReadingWords.CmfThreshold ? Accumulation : cmf <= -ReadingWords.CmfThreshold ? Distribution : BalancedFlow;

    /// <summary>True when a 20-day flow reading points against a strong day's move, so it must be caveated as lagging.</summary>
    public static bool FlowLags(double cmf, decimal? dayPct) =>
        (MoneyFlow(cmf) == Accumulation && dayPct <= -StrongDayPct) || (MoneyFlow(cmf) == Distribution && dayPct >= StrongDayPct);

    /// <summary>The verdict on the long/short split; null (no verdict) when the day's direction or the split is unknown.</summary>
    /// <param name="usualUsd">The median daily total of the last 30 days (<see cref="MarketHistory.LiquidationsMedianUsd"/>), or null when unknown.</param>
    public static EditorialRule? LiquidationSplit(LiquidationFlow liq, decimal? dayPct, decimal? usualUsd)
    {
        if (dayPct is not { } day || liq.LongSharePct is not { } longShare) return null;
        var shortShare = 100m - longShare;
        // A flush or a squeeze is forced trading big enough to move the market: one-sided on a lighter day than usual is neither.
        var light = liq.TotalUsd < usualUsd;
        if (longShare >= OneSidedSharePct) return day < 0 ? light ? LightOneSided : LongFlush : OneSidedAgainstMove;
        if (shortShare >= OneSidedSharePct) return day > 0 ? light ? LightOneSided : ShortSqueeze : OneSidedAgainstMove;
        return TwoSided;
    }

    /// <summary>
    /// Whether a market whose daily returns track BTC's (|correlation| at the threshold) drove D: only through its own
    /// move on D, the way the correlation says crypto follows. A month's correlation alone drives no particular day.
    /// </summary>
    public static EditorialRule Correlation(double correlation, bool tradedOnD, decimal? crossDayPct, decimal? cryptoDayPct)
    {
        // A day crypto barely moved was driven by nothing. Compared as printed (one decimal), so "rose 1%" never reads as too small.
        if (tradedOnD && crossDayPct is { } cross && MovedEnough(cross) && cryptoDayPct is { } crypto && MovedEnough(crypto))
        {
            var sameWay = Math.Sign(cross) == Math.Sign(crypto);
            if (correlation >= 0 && sameWay) return Correlated;
            if (correlation < 0 && !sameWay) return Hedge;
        }
        return CorrelatedNotToday;
    }

    /// <summary>A daily move of at least <see cref="CatalystFinder.CorrelatedMovePct"/> as printed (one decimal).</summary>
    public static bool MovedEnough(decimal dayPct) => Math.Abs(Math.Round(dayPct, 1, MidpointRounding.AwayFromZero)) >= CatalystFinder.CorrelatedMovePct;

    /// <summary>Whether crypto moved the same way as a cross market over the same window; null when crypto's move is unknown.</summary>
    public static EditorialRule? CrossMarket(bool crossFell, decimal? cryptoPct)
    {
        if (cryptoPct is not { } crypto || crypto == 0) return null;
        return crossFell ? crypto < 0 ? SellingOutside : Decoupled : crypto > 0 ? BroadBid : Rotation;
    }

    public static EditorialRule? OpenInterest(decimal? weekPct) =>
        weekPct <= -CatalystFinder.OpenInterestMovePct ? Unwinding : weekPct >= CatalystFinder.OpenInterestMovePct ? Building : null;

    /// <summary>What the stablecoin supply says about the window's money; null when supply or the total did not move enough.</summary>
    public static EditorialRule? DryPowder(AttributionWindow w)
    {
        var supply = w.StablecoinSupplyChangeUsd;
        if (w.TotalChangeUsd == 0 || Math.Abs(supply) < Math.Max(StablecoinMoveUsd, w.FromStablecoinSupplyUsd * StablecoinMovePct / 100m)) return null;
        return w.TotalChangeUsd < 0
            ? supply > 0 ? supply * 100m >= -w.TotalChangeUsd * ParkedSharePct ? Parked : LittleParked : LeftCrypto
            : supply > 0 ? PowderBuilding : PowderDeployed;
    }

    /// <summary>Flight to quality or a broadening advance; null when BTC's share moved with the total or barely moved.</summary>
    public static EditorialRule? DominanceShift(AttributionWindow w) =>
        w.FlightToQuality ? FlightToQuality : Dominance.IsBroadening(w.TotalChangeUsd, w.BtcDominanceChangePp) ? Broadening : null;
}

using Reports.Domain.Analysis;
using Reports.Domain.Narrative.Editorial;

namespace Reports.Domain.Narrative;

/// <summary>
/// "Catalysts and what to watch": the day's drivers, moves elsewhere that crypto did not follow, yesterday's calls scored,
/// a ranked watch list of about five items, and the calendar of scheduled events.
/// </summary>
internal static class CatalystWriter
{
    /// <summary>The watch list keeps the most pressing items only: a reader acts on five triggers, not thirteen.</summary>
    public const int WatchItems = 5;

    public static ArticleSection Write(FlowAnalysis a, Mentions mentions)
    {
        var p = new Prose(mentions);
        var paragraphs = new List<Paragraph>();

        var drivers = new Prose(mentions);
        var elsewhere = new Prose(mentions);
        foreach (var c in a.Catalysts) Catalyst(drivers, elsewhere, a, c);
        // Without the total's own move nothing can be said to have driven it: the same items are listed, not ranked as causes.
        p.Say(!drivers.IsEmpty ? a.Market.DailyChangePct is null ? "Notable on the day (the total market's own move is unknown, so none is called its driver):" : "What drove the day:"
            : a.RecordsLongEnough ? NoCatalyst(a, elsewhereListed: !elsewhere.IsEmpty,
                // With no driver, an open-interest move found is one listed below.
                openInterestElsewhere: a.Catalysts.Any(c => c.Kind is CatalystKind.FallingOpenInterest or CatalystKind.RisingOpenInterest))
            // A usual range needs a history: on a deployment's first days nothing can be called unusual.
            : $"No catalyst can be named yet: with {RecordDays(a)} of records, the usual range of volume, liquidations and open interest is not known.");
        paragraphs.Add(p.Take());
        if (!drivers.IsEmpty) paragraphs.Add(drivers.Take(asList: true));
        if (!elsewhere.IsEmpty)
        {
            paragraphs.Add(p.Say("Elsewhere, moves that did not drive the day:").Take());
            paragraphs.Add(elsewhere.Take(asList: true));
        }

        if (a.YesterdaysCalls.Count > 0)
        {
            paragraphs.Add(p.Say("Yesterday's calls, scored:").Take());
            foreach (var call in a.YesterdaysCalls) Call(p, call, a.Date);
            paragraphs.Add(p.Take(asList: true));
        }

        var watch = Ranked(a).Take(WatchItems).ToList();
        var btcVolume = a.History.Volumes.FirstOrDefault(v => v.Symbol == "BTC");
        p.Say(watch.Count > 0 || btcVolume is not null ? "What to watch next, most pressing first:" : "No level is close enough to watch closely; the figures above are the baseline for tomorrow.");
        paragraphs.Add(p.Take());
        // Four levels at most, then BTC's volume yardstick: together about five items.
        foreach (var w in watch.Take(btcVolume is null ? WatchItems : WatchItems - 1)) Watch(p, a, w);
        if (btcVolume is not null)
            p.Say($"BTC volume: its {MarketHistory.VolumeAverageDays}-day average is {p.Money("history.volumes[BTC].averageUsd", btcVolume.AverageUsd)} a day; a move on volume well below that would be a weak one.");
        if (!p.IsEmpty) paragraphs.Add(Distinct(p.Take(asList: true)));

        var calendar = a.Watch.Where(w => w.Kind == WatchKind.ScheduledEvent && w.Date > a.Date).OrderBy(w => w.Date).ToList();
        p.Say(calendar.Count > 0 ? "Calendar:" : "No scheduled events are listed for the next two weeks.");
        paragraphs.Add(p.Take());
        foreach (var e in calendar)
        {
            var days = e.Date!.Value.DayNumber - a.Date.DayNumber;
            // The date and kind only: an events.csv row describes the outcome, which a report for D cannot know yet.
            p.Say($"{Formats.ShortDate(e.Date.Value)}, in {Words.Count(days, "day")}: a scheduled {e.Subject} event.");
        }
        if (!p.IsEmpty) paragraphs.Add(p.Take(asList: true));

        return new ArticleSection(SectionTitles.CatalystsAndWatch, paragraphs);
    }

    private static void Catalyst(Prose drivers, Prose elsewhere, FlowAnalysis a, Catalyst c)
    {
        var p = drivers;
        var cross = a.CrossMarkets.FirstOrDefault(m => m.Name == c.Subject);
        var path = $"catalysts[{c.Kind}:{c.Subject}]";
        switch (c.Kind)
        {
            case CatalystKind.Event:
                p.Say($"{Formats.ShortDate(c.Date!.Value)} ({c.Subject}): {c.Detail}");
                break;
            case CatalystKind.CrossMarketSelloff when cross is { Close: { } close, DropFromHighPct: { } drop }:
            {
                var weekly = cross.WeekChangePct == c.Value;
                // A daily move is the day's only when its bar is dated D; otherwise it is named by its own date.
                var onD = cross.LastDate == a.Date;
                var when = weekly ? "over the week" : onD ? "on the day" : $"in its last session ({Formats.ShortDate(cross.LastDate!.Value)})";
                var crypto = weekly ? a.History.MarketWeekChangePct : onD ? a.Market.DailyChangePct : null;
                var rule = Rules.CrossMarket(crossFell: true, crypto);
                // Not a driver of the day when crypto moved strongly the other way today, whatever the week says, nor a
                // daily move from an earlier session (a Friday's close does not drive a Sunday).
                if (rule == Rules.Decoupled || a.Market.DailyChangePct >= Rules.StrongDayPct || (!weekly && !onD)) p = elsewhere;
                var verdict = rule == Rules.SellingOutside ? ": selling outside crypto, which fell too"
                    : rule == Rules.Decoupled ? ", while crypto rose over the same window"
                    : "";
                p.Say($"{c.Subject} fell {p.Percent(path, c.Value!.Value)} {when} to {p.Level($"crossMarkets[{c.Subject}].close", close)}, "
                    + $"{p.Percent($"crossMarkets[{c.Subject}].dropFromHighPct", drop)} below its {a.Settings.CrossMarketWindowDays}-day high{verdict}.", rule);
                break;
            }
            case CatalystKind.CrossMarketRally when cross is { Close: { } close }:
            {
                var rule = Rules.CrossMarket(crossFell: false, a.History.MarketWeekChangePct);
                if (rule == Rules.Rotation || a.Market.DailyChangePct <= -Rules.StrongDayPct) p = elsewhere;
                var verdict = rule == Rules.BroadBid ? ", alongside crypto: a broad bid across markets"
                    : rule == Rules.Rotation ? ", while crypto fell over the week: money is not coming this way"
                    : "";
                p.Say($"{c.Subject} rose {p.Percent(path, c.Value!.Value)} over the week to {p.Level($"crossMarkets[{c.Subject}].close", close)}{verdict}.", rule);
                break;
            }
            case CatalystKind.HighCorrelation when cross is not null:
            {
                var onD = cross.LastDate == a.Date;
                var rule = Rules.Correlation((double)c.Value!.Value, onD, cross.DailyChangePct, a.Market.DailyChangePct);
                if (rule == Rules.CorrelatedNotToday) p = elsewhere;
                var r = p.Fig($"crossMarkets[{c.Subject}].correlationWithBtc", Formats.Indicator((double)c.Value.Value, 2));
                var days = a.Settings.CrossMarketWindowDays;
                if (rule == Rules.CorrelatedNotToday)
                {
                    p.Say($"BTC's daily returns have moved {(c.Value >= 0 ? "with" : "against")} {c.Subject} over {days} days (correlation {r}), but it did not drive this day: {CrossDay(p, a, cross, onD, withCrypto: c.Value >= 0)}.", rule);
                    break;
                }
                var move = p.Moved($"crossMarkets[{c.Subject}].dailyChangePct", cross.DailyChangePct!.Value);
                p.Say(rule == Rules.Correlated
                    ? $"{c.Subject} {move} on the day, and BTC's daily returns have moved with it over {days} days (correlation {r}): shocks there are reaching crypto."
                    : $"{c.Subject} {move} on the day as crypto went the other way; BTC's daily returns have moved against it over {days} days (correlation {r}): it has acted as a hedge.",
                    rule);
                break;
            }
            // The figures behind these are stated in the flow summary and the asset paragraphs; the bullets name the driver only.
            case CatalystKind.RecordVolume when HistoryWords.IsNews(a.Market.VolumeRecord, a.History.VolumeDays):
                p.Say($"Record volume: the most traded in a day {HistoryWords.SinceRecordsBegin(p, "history.recordsBegin", a.History.RecordsBegin)}.", Rules.RecordVolume);
                break;
            case CatalystKind.RecordLiquidations when HistoryWords.IsNews(true, a.History.LiquidationDays):
                p.Say($"Record liquidations: the most positions forced shut in a day {HistoryWords.SinceRecordsBegin(p, "history.liquidationsBegin", a.History.LiquidationsBegin)}.", Rules.RecordLiquidations);
                break;
            case CatalystKind.LongSqueeze or CatalystKind.ShortSqueeze when a.Market.Liquidations is { } liq:
            {
                var rule = Rules.LiquidationSplit(liq, a.Market.DailyChangePct, a.History.LiquidationsMedianUsd);
                // One-sided on a light day drove nothing: the flow summary states the split.
                if (rule == Rules.LightOneSided) break;
                var side = c.Kind == CatalystKind.LongSqueeze ? "longs" : "shorts";
                p.Say(rule == Rules.LongFlush ? "A flush of leveraged longs: they took most of the liquidations as prices fell."
                    : rule == Rules.ShortSqueeze ? "A short squeeze: shorts took most of the liquidations as prices rose."
                    : rule == Rules.OneSidedAgainstMove ? $"One-sided liquidations against the day's move: {side} were caught by intraday swings, not a trend."
                    : $"Liquidations were one-sided against {side}, but with the day's direction unknown no flush or squeeze is called.", rule);
                break;
            }
            case CatalystKind.FallingOpenInterest or CatalystKind.RisingOpenInterest:
            {
                var rule = Rules.OpenInterest(c.Value);
                // A week of leverage building or leaving drove no day the market barely moved (the correlated markets' rule).
                if (a.Market.DailyChangePct is { } day && !Rules.MovedEnough(day)) p = elsewhere;
                // The rule's bar, not "sharply" (a 5% week is not sharp); the watch list states the figure itself.
                var bar = $"at least {CatalystFinder.OpenInterestMovePct}%";
                p.Say(rule == Rules.Unwinding ? $"{c.Subject} open interest fell {bar} over the week: leverage is leaving the market." : $"{c.Subject} open interest rose {bar} over the week: new leverage is building.", rule);
                break;
            }
            case CatalystKind.SupportBroken:
                p.Say($"{c.Subject} closed below its {SupportName(p, a, c.Subject, c.Detail!)}, turning support into resistance.", Rules.SupportBroken);
                break;
        }
    }

    /// <summary>
    /// A quiet day names only the inputs that were there to check: "within their usual range" said of missing
    /// liquidations would be a verdict on nothing, and said of cross markets listed below as moving elsewhere would
    /// contradict the list.
    /// </summary>
    /// <param name="openInterestElsewhere">An open-interest move is listed among the moves that did not drive the day.</param>
    private static string NoCatalyst(FlowAnalysis a, bool elsewhereListed, bool openInterestElsewhere)
    {
        // Known: within its usual range. Cross markets listed elsewhere, or open interest, are neither that nor missing.
        var inputs = new (string Name, bool Known, bool Listed)[]
        {
            ("cross markets", a.CrossMarkets.Any(m => m.LastDate is not null) && !elsewhereListed, elsewhereListed),
            ("volume", a.Market.TotalVolumeUsd is not null, false),
            ("liquidations", a.Market.Liquidations is not null, false),
            ("open interest", a.Assets.Any(x => x.OpenInterestWeekChangePct is not null) && !openInterestElsewhere, openInterestElsewhere),
        };
        var known = inputs.Where(i => i.Known).Select(i => i.Name).ToList();
        var missing = inputs.Where(i => !i.Known && !i.Listed).Select(i => i.Name).ToList();
        if (known.Count == 0)
            return elsewhereListed ? $"No single catalyst stood out: {Words.List(missing)} {(missing.Count == 1 ? "is" : "are")} missing for this day, and the moves elsewhere below did not drive it."
                : "No catalyst can be named: cross markets, volume, liquidations and open interest are all missing for this day.";
        var checkedText = known.Count == 1 ? $"{known[0]} was" : $"{Words.List(known)} were {(known.Count == 2 ? "both" : "all")}";
        var missingText = missing.Count == 0 ? "" : $" ({Words.List(missing)} {(missing.Count == 1 ? "is" : "are")} missing for this day)";
        var elsewhereText = elsewhereListed ? ", and the moves elsewhere below did not drive it" : "";
        return $"No single catalyst stood out: {checkedText} within {(known.Count == 1 ? "its" : "their")} usual range{missingText}{elsewhereText}.";
    }

    private static string RecordDays(FlowAnalysis a) =>
        a.History.RecordsBegin is { } begins ? Words.Count(a.Date.DayNumber - begins.DayNumber + 1, "day") : "no days";

    /// <summary>
    /// A correlated market's own day, and crypto's direction beside it in words only (the flow summary gives its
    /// figure): why the market did not drive D.
    /// </summary>
    /// <param name="withCrypto">The market's daily returns move with crypto's (positive correlation), or against them.</param>
    private static string CrossDay(Prose p, FlowAnalysis a, CrossMarketFlow cross, bool onD, bool withCrypto)
    {
        var path = $"crossMarkets[{cross.Name}]";
        var own = cross.DailyChangePct is not { } pct ? $"{cross.Name}'s last move is not known"
            : onD ? $"{cross.Name} {p.Moved($"{path}.dailyChangePct", pct)} on the day"
            : $"{cross.Name} did not trade on {p.Date("date", a.Date)} and {p.Moved($"{path}.dailyChangePct", pct)} in its last session, on {p.Fig($"{path}.lastDate", Formats.ShortDate(cross.LastDate!.Value))}";
        if (a.Market.DailyChangePct is not { } crypto || !onD)
            return own;
        if (!Rules.MovedEnough(crypto))
            return $"{own}, while crypto barely moved";
        var sameWay = cross.DailyChangePct is { } c && !Formats.RoundsToZero(c) && Math.Sign(c) == Math.Sign(crypto);
        // Crypto moved: what kept the market from driving the day is a move too small, or one the other way from its usual.
        var rise = crypto > 0 ? "rise" : "fall";
        return withCrypto
            ? sameWay ? $"{own}, too small a move to explain crypto's {rise}" : $"{own}, while crypto {(crypto > 0 ? "rose" : "fell")}"
            : sameWay ? $"{own}, the same way as crypto" : $"{own}, too small a move to offset crypto's {rise}";
    }

    private static void Call(Prose p, ScoredCall call, DateOnly day)
    {
        var path = $"yesterdaysCalls[{call.Kind}:{call.Subject}]";
        if (call.Kind == CallKind.Support)
        {
            // A level named by its day is named by D's rule, as D's own levels are (the year when it is not D's), and
            // that day is a figure of the sentence.
            var name = call is { NamedByDate: true, Date: { } set }
                ? p.Fig($"{path}.date", SupportLevels.DayName(set, day)) + SupportLevels.DatedSuffix
                : call.Label;
            if (call.Break is { } seen)
            {
                // To the cent, as the alert email said: rounded to whole dollars a price just past the level would read as the level.
                var brokenLevel = p.Price($"{path}.level", call.Level!.Value);
                // The check runs hourly: it saw the price past the level at that time; the break itself came at or before.
                var check = $"the watch check saw {p.Price($"{path}.break.price", seen.Price)} at {p.Fig($"{path}.break.at", Formats.UtcTime(seen.At))}";
                var alert = seen.AlertedAt is not { } sent ? "" : sent == seen.At ? "; an alert went out" : $"; an alert went out at {p.Fig($"{path}.break.alertedAt", Formats.UtcTime(sent))}";
                p.Say(call.Outcome
                    ? $"{call.Subject} held the {name} at {brokenLevel} named yesterday as its nearest support on the close, after breaking it intraday ({check}{alert})."
                    : $"{call.Subject} closed below the {name} at {brokenLevel} named yesterday as its nearest support ({check}{alert}).",
                    call.Outcome ? Rules.SupportHeldAfterBreak : Rules.SupportGaveWay);
                return;
            }
            var level = p.ProsePrice($"{path}.level", call.Level!.Value);
            p.Say(call.Outcome
                ? $"{call.Subject} held the {name} at {level} named yesterday as its nearest support{(call.Tested ? ", after trading below it during the day" : "")}."
                : $"{call.Subject} closed below the {name} at {level} named yesterday as its nearest support.",
                call.Outcome ? Rules.SupportHeld : Rules.SupportGaveWay);
        }
        else
        {
            var signal = ReadingWords.Signal(call.Reading!.Value);
            p.Say(call.Outcome
                ? $"{call.Subject}: the turn named yesterday came ({signal})."
                : $"{call.Subject}: the turn named yesterday ({signal}) has not come yet.",
                call.Outcome ? Rules.TurnHappened : Rules.TurnPending);
        }
    }

    /// <summary>Watch items, most pressing first: the nearer the level, the sooner it matters; open interest behind it breaks ties.</summary>
    /// <remarks>A cross market already listed among the day's catalysts is not listed again with the same figure.</remarks>
    private static IEnumerable<WatchItem> Ranked(FlowAnalysis a) => a.Watch
        .Where(w => w.Kind is not (WatchKind.DataGap or WatchKind.ScheduledEvent))
        .Where(w => !(w.Kind == WatchKind.CrossMarketStress && a.Catalysts.Any(c => c.Subject == w.Subject)))
        .Select((w, i) => (Item: w, Order: i, Score: w.Kind switch
        {
            WatchKind.NearestSupport => Math.Abs(w.DistancePct ?? 100m) - (w.ExposureUsd is > 0 ? 0.5m : 0m),
            WatchKind.ReclaimBrokenSupport or WatchKind.SwingHighReclaim => Math.Abs(w.DistancePct ?? 100m),
            WatchKind.MomentumTurn => 2m,
            WatchKind.OpenInterestUnwind => 4m,
            _ => 5m + Math.Abs(w.DistancePct ?? 0m) / 10m,
        }))
        .OrderBy(x => x.Score).ThenBy(x => x.Order)
        .Select(x => x.Item);

    /// <summary>
    /// A support level named as the asset's paragraph names it (one named by its day states that day as a figure); named
    /// again in this section (the reclaim item after the broken-support catalyst) it is "low", its day not stated twice.
    /// </summary>
    private static string SupportName(Prose p, FlowAnalysis a, string symbol, string label) =>
        !p.Mentions.First($"support {symbol} {label}") ? "low"
        : a.Assets.FirstOrDefault(x => x.Symbol == symbol)?.SupportLevels.FirstOrDefault(l => l.Label == label) is { } level
            ? AssetBreakdownWriter.Name(p, $"assets[{symbol}]", level)
            : label;

    private static void Watch(Prose p, FlowAnalysis a, WatchItem w)
    {
        var path = $"watch[{w.Kind}:{w.Subject}]";
        var asset = a.Assets.FirstOrDefault(x => x.Symbol == w.Subject);
        switch (w.Kind)
        {
            case WatchKind.NearestSupport:
                p.Say($"{w.Subject}: the {SupportName(p, a, w.Subject, w.Detail!)} at {p.ProsePrice(path, w.Level!.Value)}, with the close {p.Percent($"{path}.distancePct", w.DistancePct!.Value)} above it; "
                    + (w.ExposureUsd is { } oi
                        ? $"{p.Money($"assets[{w.Subject}].openInterestUsd", oi)} of open interest is outstanding if it breaks."
                        : "there is no open interest figure to size the leverage behind it."));
                break;
            case WatchKind.ReclaimBrokenSupport:
                p.Say($"{w.Subject}: a close back above {p.ProsePrice(path, w.Level!.Value)} (the {SupportName(p, a, w.Subject, w.Detail!)} it lost) would mark the break as a false move.");
                break;
            case WatchKind.SwingHighReclaim:
                var gap = Math.Abs(w.DistancePct!.Value);
                var high = $"the {HighNames.SwingHigh(a)} of {p.Money("market.swingHighUsd", w.Level!.Value)}";
                // A gap under a pullback's size is no drain to speak of: the level is the next high to clear.
                p.Say(Formats.RoundsToZero(gap) ? $"The market: the cap closed just under {high}; a close above it would be a new {HighNames.SwingHigh(a)}."
                    : gap < MarketRegimes.PullbackDrainPct ? $"The market: the cap is {p.Percent(path, gap)} below {high}; a close above it would be a new {HighNames.SwingHigh(a)}."
                    : $"The market: the cap is {p.Percent(path, gap)} below {high}; until that is reclaimed the drain is intact.", gap >= MarketRegimes.PullbackDrainPct ? Rules.DrainIntact : null);
                break;
            case WatchKind.MomentumTurn when asset is not null:
                p.Say($"{w.Subject} momentum: {ReadingWords.NextSignal(asset.Momentum.Reading)}.");
                break;
            // The week's change, not the level: the level is already in the support bullet of the same asset.
            case WatchKind.OpenInterestUnwind when asset?.OpenInterestWeekChangePct is { } oiWeek:
                p.Say($"{w.Subject} leverage: open interest is {p.Percent($"assets[{w.Subject}].openInterestWeekChangePct", Math.Abs(oiWeek))} lower than a week ago; a further fall means more forced or voluntary deleveraging.");
                break;
            case WatchKind.CrossMarketStress:
                p.Say($"{w.Subject}: its close is {p.Percent($"crossMarkets[{w.Subject}].dropFromHighPct", Math.Abs(w.DistancePct!.Value))} below its {a.Settings.CrossMarketWindowDays}-day high; further stress there can keep pressure on crypto.");
                break;
        }
    }

    /// <summary>Drops a bullet whose text repeats an earlier one (two watch items can reduce to the same sentence).</summary>
    private static Paragraph Distinct(Paragraph list) =>
        list with { Sentences = list.Sentences.DistinctBy(s => s.Text).ToList() };
}

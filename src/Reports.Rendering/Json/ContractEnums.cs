using Reports.Domain.Analysis;
using Reports.Rendering.Json.Contract;

namespace Reports.Rendering.Json;

/// <summary>Domain enum → contract enum, member by member, so renaming a domain member cannot rename a JSON string.</summary>
internal static class ContractEnums
{
    public static MomentumReadingDto ToDto(MomentumReading reading) => reading switch
    {
        MomentumReading.InsufficientData => MomentumReadingDto.InsufficientData,
        MomentumReading.Oversold => MomentumReadingDto.Oversold,
        MomentumReading.CorrectiveBounceInDowntrend => MomentumReadingDto.CorrectiveBounceInDowntrend,
        MomentumReading.Downtrend => MomentumReadingDto.Downtrend,
        MomentumReading.WeakeningUptrend => MomentumReadingDto.WeakeningUptrend,
        MomentumReading.Overbought => MomentumReadingDto.Overbought,
        MomentumReading.Uptrend => MomentumReadingDto.Uptrend,
        MomentumReading.RecoveringMomentum => MomentumReadingDto.RecoveringMomentum,
        MomentumReading.Neutral => MomentumReadingDto.Neutral,
        _ => throw Unmapped(reading),
    };

    /// <summary>The window's name in <c>attribution.windows[].name</c> and in figure paths (<c>attribution.windows[drain]</c>).</summary>
    public static string ToDto(AttributionPeriod period) => period switch
    {
        AttributionPeriod.Day => "day",
        AttributionPeriod.Week => "week",
        AttributionPeriod.Drain => "drain",
        _ => throw Unmapped(period),
    };

    public static CallKindDto ToDto(CallKind kind) => kind switch
    {
        CallKind.Support => CallKindDto.Support,
        CallKind.MomentumTurn => CallKindDto.MomentumTurn,
        _ => throw Unmapped(kind),
    };

    public static CatalystKindDto ToDto(CatalystKind kind) => kind switch
    {
        CatalystKind.CrossMarketSelloff => CatalystKindDto.CrossMarketSelloff,
        CatalystKind.CrossMarketRally => CatalystKindDto.CrossMarketRally,
        CatalystKind.HighCorrelation => CatalystKindDto.HighCorrelation,
        CatalystKind.Event => CatalystKindDto.Event,
        CatalystKind.RecordVolume => CatalystKindDto.RecordVolume,
        CatalystKind.RecordLiquidations => CatalystKindDto.RecordLiquidations,
        CatalystKind.LongSqueeze => CatalystKindDto.LongSqueeze,
        CatalystKind.ShortSqueeze => CatalystKindDto.ShortSqueeze,
        CatalystKind.FallingOpenInterest => CatalystKindDto.FallingOpenInterest,
        CatalystKind.RisingOpenInterest => CatalystKindDto.RisingOpenInterest,
        CatalystKind.SupportBroken => CatalystKindDto.SupportBroken,
        _ => throw Unmapped(kind),
    };

    public static WatchKindDto ToDto(WatchKind kind) => kind switch
    {
        WatchKind.NearestSupport => WatchKindDto.NearestSupport,
        WatchKind.ReclaimBrokenSupport => WatchKindDto.ReclaimBrokenSupport,
        WatchKind.SwingHighReclaim => WatchKindDto.SwingHighReclaim,
        WatchKind.MomentumTurn => WatchKindDto.MomentumTurn,
        WatchKind.OpenInterestUnwind => WatchKindDto.OpenInterestUnwind,
        WatchKind.CrossMarketStress => WatchKindDto.CrossMarketStress,
        WatchKind.ScheduledEvent => WatchKindDto.ScheduledEvent,
        WatchKind.DataGap => WatchKindDto.DataGap,
        _ => throw Unmapped(kind),
    };

    // A new domain member must be added to the contract deliberately (and documented), not leak in as a number.
    private static ArgumentOutOfRangeException Unmapped<T>(T value) where T : struct, Enum =>
        new(typeof(T).Name, value, $"{typeof(T).Name}.{value} has no JSON contract value; add it to Json/Contract and docs/report-json.md.");
}

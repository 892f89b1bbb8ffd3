using Reports.Domain.Analysis;

namespace Reports.Rendering.Json;

/// <summary>Plain-English name of a momentum reading, for readers of the JSON and the HTML tables.</summary>
public static class MomentumReadingText
{
    public static string Describe(MomentumReading reading) => reading switch
    {
        MomentumReading.InsufficientData => "not enough data",
        MomentumReading.Oversold => "oversold",
        MomentumReading.CorrectiveBounceInDowntrend => "corrective bounce in a downtrend",
        MomentumReading.Downtrend => "downtrend",
        MomentumReading.WeakeningUptrend => "weakening uptrend",
        MomentumReading.Overbought => "overbought",
        MomentumReading.Uptrend => "uptrend",
        MomentumReading.RecoveringMomentum => "recovering momentum",
        MomentumReading.Neutral => "neutral",
        _ => throw new ArgumentOutOfRangeException(nameof(reading), reading, "No wording for this momentum reading."),
    };
}

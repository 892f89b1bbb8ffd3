using System.Globalization;
using System.Text;
using Reports.Domain.Narrative;
using Reports.Domain.Ports;

namespace Reports.Functions.Tests.Support;

/// <summary>
/// A test-only renderer (format "figures"): one "key=value" line per figure the tests check, so an end-to-end
/// test can assert numbers that went through sources, blobs, the store and the analysis.
/// </summary>
public sealed class FiguresRenderer : IReportRenderer
{
    public const string FormatName = "figures";

    public string Format => FormatName;

    public string ContentType => "text/plain; charset=utf-8";

    public byte[] Render(FlowReport report)
    {
        var a = report.Analysis;
        var text = new StringBuilder();
        Line("day", a.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Line("marketcap", a.Market.TotalMarketCapUsd);
        Line("assets", string.Join(",", a.Assets.Select(x => x.Symbol)));
        foreach (var asset in a.Assets)
        {
            Line($"{asset.Symbol}.close", asset.Close);
            Line($"{asset.Symbol}.oi", asset.OpenInterestUsd);
        }
        foreach (var market in a.CrossMarkets) Line($"{market.Name}.last", market.LastDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        foreach (var source in a.Sources) Line("source", $"{source.Name}|{source.From:yyyy-MM-dd}|{source.To:yyyy-MM-dd}|{source.Rows}|{source.Synthetic}");
        foreach (var warning in a.Warnings) Line("warning", warning.ToString());
        foreach (var gap in a.Gaps) Line("gap", gap);
        Line("headline", report.Article.Headline);
        return Encoding.UTF8.GetBytes(text.ToString());

        void Line(string key, object? value) =>
            text.Append(key).Append('=').Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\n');
    }

    /// <summary>Reads the lines back: key → values in order.</summary>
    public static ILookup<string, string> Read(byte[] content) =>
        Encoding.UTF8.GetString(content)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split('=', 2))
            .ToLookup(p => p[0], p => p[1]);
}

using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Reports.Domain.Market;

namespace Reports.Cli;

/// <summary>Options shared by several commands, with their validation.</summary>
internal static class CliOptions
{
    public static Option<DateOnly?> Date(string description) => Day("--date", description);

    /// <summary>A yyyy-MM-dd day option; the parse error names <paramref name="name"/>.</summary>
    public static Option<DateOnly?> Day(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "YYYY-MM-DD",
        CustomParser = result => ParseDate(result, name),
    };

    public static Option<IReadOnlyList<string>?> Assets() => new("--assets")
    {
        Description = "Comma-separated tickers to cover, e.g. BTC,ETH (default: every asset in the data).",
        HelpName = "BTC,ETH",
        CustomParser = ParseAssets,
    };

    private static DateOnly? ParseDate(ArgumentResult result, string name)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            if (day >= Reports.Domain.Market.CompleteDays.First) return day;
            result.AddError($"{name} {text} is before any crypto market data ({Reports.Domain.Market.CompleteDays.First:yyyy-MM-dd}).");
            return null;
        }
        result.AddError($"{name} must be a real calendar day as YYYY-MM-DD, got '{text}'.");
        return null;
    }

    private static IReadOnlyList<string>? ParseAssets(ArgumentResult result)
    {
        var symbols = new List<string>();
        foreach (var item in result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!AssetSymbol.TryParse(item, out var symbol))
            {
                symbols.Clear();
                break;
            }
            if (!symbols.Contains(symbol.Value)) symbols.Add(symbol.Value);
        }
        if (symbols.Count == 0)
        {
            result.AddError($"--assets must be tickers like BTC,ETH ({AssetSymbol.Rule} each), got '{string.Join(",", result.Tokens.Select(t => t.Value))}'.");
            return null;
        }
        return symbols;
    }
}

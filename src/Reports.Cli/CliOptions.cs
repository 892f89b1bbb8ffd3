using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Reports.Cli;

/// <summary>Options shared by several commands, with their validation.</summary>
internal static partial class CliOptions
{
    public static Option<DateOnly?> Date(string description) => new("--date")
    {
        Description = description,
        HelpName = "YYYY-MM-DD",
        CustomParser = ParseDate,
    };

    public static Option<IReadOnlyList<string>?> Assets() => new("--assets")
    {
        Description = "Comma-separated tickers to cover, e.g. BTC,ETH (default: every asset in the data).",
        HelpName = "BTC,ETH",
        CustomParser = ParseAssets,
    };

    private static DateOnly? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            if (day >= Reports.Domain.UseCases.CompleteDays.First) return day;
            result.AddError($"--date {text} is before any crypto market data ({Reports.Domain.UseCases.CompleteDays.First:yyyy-MM-dd}).");
            return null;
        }
        result.AddError($"--date must be a real calendar day as YYYY-MM-DD, got '{text}'.");
        return null;
    }

    private static IReadOnlyList<string>? ParseAssets(ArgumentResult result)
    {
        var symbols = result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(s => s.ToUpperInvariant())
            .Distinct()
            .ToList();
        var bad = symbols.FirstOrDefault(s => !Ticker().IsMatch(s));
        if (symbols.Count == 0 || bad is not null)
        {
            result.AddError($"--assets must be tickers like BTC,ETH (letters and digits), got '{string.Join(",", result.Tokens.Select(t => t.Value))}'.");
            return null;
        }
        return symbols;
    }

    [GeneratedRegex("^[A-Z0-9]{1,15}$")]
    public static partial Regex Ticker();
}

using System.Globalization;
using Microsoft.AspNetCore.Http;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;

namespace Reports.Functions.Http;

/// <summary>A checked GET reports/{date}?assets=&amp;format= request: only values that passed here reach storage or a file name.</summary>
public sealed record ReportQuery(DateOnly Day, IReadOnlyList<string> Assets, IReportRenderer Renderer)
{
    public const string DefaultFormat = "pdf";
    public const int MaxAssets = 20;

    /// <summary>"flow-report-2026-02-01.pdf", or "flow-report-2026-02-01-BTC-ETH.pdf" for a selection.</summary>
    public string FileName => Assets.Count == 0
        ? $"flow-report-{Day:yyyy-MM-dd}.{Renderer.Format}"
        : $"flow-report-{Day:yyyy-MM-dd}-{string.Join('-', Assets)}.{Renderer.Format}";

    /// <returns>The query, or the 400 problem that explains what is wrong.</returns>
    /// <param name="lastComplete">Yesterday (UTC): today and later are refused here, before anything is loaded.</param>
    public static (ReportQuery? Query, ProblemResult? Problem) Parse(string? date, IQueryCollection query, DateOnly lastComplete, IReadOnlyList<IReportRenderer> renderers)
    {
        if (date is null || !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return Fail(ProblemResult.BadRequest("invalid-date", "Invalid date", $"'{Shown(date)}' is not a date in the form yyyy-MM-dd, e.g. 2026-02-01."));
        if (CompleteDays.Problem(day, lastComplete) is { } outOfRange)
        {
            // Today is not a caller's mistake, it just has no report yet: the same 404 a load would end in, without the load.
            if (day == lastComplete.AddDays(1))
                return Fail(new ProblemResult(StatusCodes.Status404NotFound, "urn:flow-reports:problem:no-data", "No data for that day", outOfRange));
            return Fail(day > lastComplete
                ? ProblemResult.BadRequest("future-date", "Date in the future", outOfRange)
                : ProblemResult.BadRequest("invalid-date", "Invalid date", outOfRange));
        }

        if (Single(query, "format", out var formatValue) is { } formatProblem) return Fail(formatProblem);
        var format = string.IsNullOrWhiteSpace(formatValue) ? DefaultFormat : formatValue.Trim();
        var renderer = renderers.FirstOrDefault(r => string.Equals(r.Format, format, StringComparison.OrdinalIgnoreCase));
        if (renderer is null)
        {
            var unknown = ProblemResult.BadRequest("unknown-format", "Unknown format",
                $"'{Shown(format)}' is not a report format; use one of: {string.Join(", ", renderers.Select(r => r.Format))}.");
            unknown.Extensions["knownFormats"] = renderers.Select(r => r.Format).ToArray();
            return Fail(unknown);
        }

        if (Single(query, "assets", out var assetsValue) is { } assetsProblem) return Fail(assetsProblem);
        var assets = new List<string>();
        foreach (var item in (assetsValue ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!AssetSymbol.TryParse(item, out var parsed))
                return Fail(ProblemResult.BadRequest("invalid-asset", "Invalid asset", $"'{Shown(item)}' is not an asset symbol ({AssetSymbol.Rule}, e.g. BTC)."));
            var symbol = parsed.Value;
            if (!assets.Contains(symbol)) assets.Add(symbol);
        }
        if (assets.Count > MaxAssets)
            return Fail(ProblemResult.BadRequest("invalid-asset", "Too many assets", $"At most {MaxAssets} assets can be asked for at once."));

        return (new ReportQuery(day, assets, renderer), null);
    }

    private static ProblemResult? Single(IQueryCollection query, string name, out string? value)
    {
        var values = query[name];
        value = values.Count == 1 ? values[0] : null;
        return values.Count > 1
            ? ProblemResult.BadRequest("invalid-parameter", "Repeated parameter", $"'{name}' is given {values.Count} times; give it once.")
            : null;
    }

    private static (ReportQuery?, ProblemResult?) Fail(ProblemResult problem) => (null, problem);

    /// <summary>Echoes caller input in a message, cut short so a huge parameter does not become a huge response.</summary>
    private static string Shown(string? value) => value is null ? "" : value.Length > 40 ? value[..40] + "…" : value;
}

using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
using Reports.Infrastructure.DataFolder;
using Reports.Rendering;
using Spectre.Console;

namespace Reports.Cli.Commands;

/// <summary>
/// <c>report --from D1 --to D2</c>: one report per day in one process. A data folder is read once for the whole
/// range; days are built and rendered side by side (one per core) and each day's files are written as soon as they
/// are rendered, all or nothing per day, so memory holds a few days' outputs whatever the range. Every day's files
/// are byte-identical to <c>report --date D</c>: the same data for the day, the same use case, the same renderers.
/// </summary>
internal sealed class ReportBatch(DateOnly from, DateOnly to, string outDir, IReadOnlyList<IReportRenderer> renderers, IReadOnlyList<string>? assets)
{
    /// <summary>Ten years and a few leap days: a bound on one run's output, not on its memory (days are streamed).</summary>
    public const int MaxDays = 3660;

    /// <summary>Why the range cannot be rendered (the one-day rules for each end, the order, the bound), or null.</summary>
    public static string? Problem(DateOnly from, DateOnly to, DateOnly lastComplete) =>
        CompleteDays.RangeProblem(from, to, lastComplete, MaxDays, "rendered in one batch", "--from", "--to");

    /// <summary>The renderers named by --formats (default: PDF), or null when one is unknown.</summary>
    public static IReadOnlyList<IReportRenderer>? Formats(string? formats)
    {
        var renderers = new List<IReportRenderer>();
        foreach (var name in (formats ?? "pdf").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (ReportRenderers.ForExtension(name) is not { } renderer) return null;
            if (!renderers.Contains(renderer)) renderers.Add(renderer);
        }
        return renderers.Count > 0 ? renderers : null;
    }

    public int Days => to.DayNumber - from.DayNumber + 1;

    public IReadOnlyList<string> AllPaths() =>
        [.. Enumerable.Range(0, Days).Select(from.AddDays).SelectMany(day => renderers.Select(r => PathOf(day, r)))];

    public async Task<int> RunAsync(IAnsiConsole console, IMarketDataStore store, BuildReport build, CancellationToken cancellationToken)
    {
        var dataFor = store is DataFolderStore folder
            ? await folder.LoadDaysAsync(from, to, build.CoinCapDays, cancellationToken)
            : (day, ct) => build.LoadAsync(day, ct);
        // A range past the data fails before anything is written (a day before the data fails when it comes).
        var last = (await dataFor(to, cancellationToken)).LastDay;
        if (last is null || last < to)
            throw new MarketDataException($"--to {to:yyyy-MM-dd}: the data in {store.Description} {(last is { } l ? $"ends on {l:yyyy-MM-dd}" : "holds no day")}.");

        var gaps = 0;
        async Task RenderAll(Action advance) => await Parallel.ForEachAsync(
            Enumerable.Range(0, Days).Select(from.AddDays),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            async (day, ct) =>
            {
                var report = await build.BuildAsync(await dataFor(day, ct), new ReportRequest(day, assets), ct);
                await OutputFile.WriteAllAsync([.. renderers.Select(r => (PathOf(day, r), r.Render(report)))], ct);
                if (report.Analysis.Gaps.Count > 0) Interlocked.Increment(ref gaps);
                advance();
            });

        if (console.Profile.Capabilities.Interactive)
        {
            await console.Progress().StartAsync(async ctx =>
            {
                var task = ctx.AddTask($"{from:yyyy-MM-dd} to {to:yyyy-MM-dd}", maxValue: Days);
                await RenderAll(() => task.Increment(1));
            });
        }
        else
        {
            await RenderAll(() => { });
        }

        console.MarkupLine($"wrote [green]{Days}[/] reports ({Days * renderers.Count} files: {string.Join(", ", renderers.Select(r => r.Format))}) for {from:yyyy-MM-dd} to {to:yyyy-MM-dd} in [green]{Markup.Escape(Path.GetFullPath(outDir))}[/]");
        if (gaps > 0) console.MarkupLine($"[yellow]{gaps} of the reports say what they could not measure; see their methodology sections.[/]");
        return ExitCodes.Ok;
    }

    private string PathOf(DateOnly day, IReportRenderer renderer) => Path.Combine(outDir, $"flow-report-{day:yyyy-MM-dd}.{renderer.Format}");
}

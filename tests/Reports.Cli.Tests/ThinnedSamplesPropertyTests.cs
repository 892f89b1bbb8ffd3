using Reports.Domain.Market;
using Reports.Domain.UseCases;
using Reports.Infrastructure.DataFolder;
using Reports.Rendering;

namespace Reports.Cli.Tests;

/// <summary>
/// Reports built from randomly thinned, truncated, shifted and emptied copies of the samples: every one either renders
/// or fails with the documented data error (exit 3, one line). Seeded, so a failure names a case that can be replayed.
/// In-process on the loaded data (the load itself is covered by the data-folder tests), so 500 cases fit in CI time.
/// </summary>
public class ThinnedSamplesPropertyTests
{
    private const int Cases = 500;
    private const int Seed = 20261201;

    [Fact]
    public async Task Any_subset_of_the_samples_renders_or_fails_with_a_one_line_data_error()
    {
        var samples = await new DataFolderStore(RepositoryFolder.Combine("samples")).LoadAsync(null, CancellationToken.None);
        var first = samples.Assets.SelectMany(a => a.Daily).Min(c => c.Day);
        var last = samples.LastDay!.Value;
        var failures = new List<string>();
        var rendered = 0;

        for (var n = 0; n < Cases; n++)
        {
            var random = new Random(Seed + n);
            var data = Mutate(samples, random);
            DateOnly? day = random.Next(4) == 0 ? null : first.AddDays(random.Next(-10, last.DayNumber - first.DayNumber + 10));
            // Like a store, a load for day D holds nothing after D (most of the time; the rest checks that extra rows are ignored).
            if (day is { } d && random.Next(5) > 0) data = Through(data, d);
            IReadOnlyList<string>? assets = random.Next(6) == 0 ? [samples.Assets[random.Next(samples.Assets.Count)].Symbol] : null;

            try
            {
                var report = new BuildReport(new NoStore()).Build(data, new ReportRequest(day, assets));
                foreach (var renderer in ReportRenderers.All)
                {
                    // The PDF is the slow format; every tenth case still proves it copes.
                    if (renderer.Format == "pdf" && n % 10 != 0) continue;
                    Assert.NotEmpty(renderer.Render(report));
                }
                rendered++;
            }
            catch (Exception e) when (e is MarketDataException or UnknownAssetException)
            {
                if (string.IsNullOrWhiteSpace(e.Message) || e.Message.Contains('\n'))
                    failures.Add($"case {n}: not a one-line reason: {e.Message}");
            }
            catch (Exception e)
            {
                failures.Add($"case {n} (seed {Seed + n}, day {day?.ToString("yyyy-MM-dd") ?? "default"}): {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {Cases} cases failed:\n{string.Join("\n", failures.Take(5))}");
        // The generator must mostly produce reportable data, or the test proves little.
        Assert.InRange(rendered, Cases / 2, Cases);
    }

    private static MarketData Mutate(MarketData data, Random random) => data with
    {
        Global = Series(data.Global, p => p.Date, (p, k) => p with { Date = p.Date.AddDays(k) }, random),
        Assets = data.Assets.Select(a => a with
        {
            Daily = Series(a.Daily, c => c.Day, Shift, random),
            FourHour = Series(a.FourHour, c => c.Day, Shift, random),
            Derivatives = Series(a.Derivatives, p => p.Date, (p, k) => p with { Date = p.Date.AddDays(k) }, random),
        }).ToList(),
        CrossMarkets = data.CrossMarkets.Where(_ => random.Next(8) > 0)
            .Select(m => m with { Daily = Series(m.Daily, c => c.Day, Shift, random) }).ToList(),
        Events = Series(data.Events, e => e.Date, (e, k) => e with { Date = e.Date.AddDays(k) }, random),
    };

    private static Candle Shift(Candle c, int days) => c with { OpenTime = c.OpenTime.AddDays(days) };

    /// <summary>One random change to one series: kept, emptied, thinned, cut at either end, shortened to a few rows, or shifted in time.</summary>
    private static List<T> Series<T>(IReadOnlyList<T> rows, Func<T, DateOnly> day, Func<T, int, T> shift, Random random)
    {
        if (rows.Count == 0) return [];
        var pivot = day(rows[random.Next(rows.Count)]);
        return random.Next(8) switch
        {
            0 => [],
            1 => rows.Where(_ => random.NextDouble() < 0.3).ToList(),
            2 => rows.Where(_ => random.NextDouble() < 0.9).ToList(),
            3 => rows.Where(r => day(r) <= pivot).ToList(),
            4 => rows.Where(r => day(r) >= pivot).ToList(),
            5 => rows.Skip(Math.Max(0, rows.Count - random.Next(1, 40))).ToList(),
            6 => Shifted(rows, shift, random.Next(-120, 121)),
            _ => [.. rows],
        };
    }

    private static List<T> Shifted<T>(IReadOnlyList<T> rows, Func<T, int, T> shift, int days) => rows.Select(r => shift(r, days)).ToList();

    private static MarketData Through(MarketData data, DateOnly day) => data with
    {
        Global = data.Global.Where(p => p.Date <= day).ToList(),
        Assets = data.Assets.Select(a => a with
        {
            Daily = a.Daily.Where(c => c.Day <= day).ToList(),
            FourHour = a.FourHour.Where(c => c.Day <= day).ToList(),
            Derivatives = a.Derivatives.Where(p => p.Date <= day).ToList(),
        }).ToList(),
        CrossMarkets = data.CrossMarkets.Select(m => m with { Daily = m.Daily.Where(c => c.Day <= day).ToList() }).ToList(),
        Events = data.Events.Where(e => e.Date <= MarketEvent.LastScheduledDay(day)).ToList(),
    };

    private sealed class NoStore : Reports.Domain.Ports.IMarketDataStore
    {
        public string Description => "thinned samples";

        public Task<MarketData> LoadAsync(DateOnly? through, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<MarketData> LoadForReportAsync(DateOnly? day, int coinCapDays, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}

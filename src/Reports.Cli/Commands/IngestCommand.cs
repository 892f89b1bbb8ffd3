using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
using Reports.Infrastructure.DataFolder;
using Reports.Infrastructure.Providers;
using Spectre.Console;

namespace Reports.Cli.Commands;

/// <summary><c>ingest</c>: fetch one UTC day from the live providers into a data folder (docs/providers.md).</summary>
internal sealed class IngestCommand(IAnsiConsole console, TimeProvider clock)
{
    private readonly Option<DateOnly?> _date = CliOptions.Date("The complete UTC day to fetch (default: yesterday).");
    private readonly Option<IReadOnlyList<string>?> _sources = new("--sources")
    {
        Description = "Comma-separated providers to ask: coingecko, binance, coinglass, stooq (default: every configured one).",
        HelpName = "NAMES",
        CustomParser = r => r.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(s => s.ToLowerInvariant()).Distinct().ToList(),
    };
    private readonly Option<DirectoryInfo> _out = new("--out") { Description = "Data folder to add the day to (created if missing).", HelpName = "DIR", Required = true };
    private readonly Option<FileInfo?> _settings = CliConfiguration.Settings();

    public Command Build()
    {
        var command = new Command("ingest", "Fetch one day from the live market-data providers into a data folder. A failing provider leaves the others' data written.")
        {
            _date, _sources, _out, _settings,
        };
        command.SetAction((result, ct) => CommandRun.Guard(console, () => RunAsync(result, ct)));
        return command;
    }

    private async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var day = result.GetValue(_date) ?? CompleteDays.Last(clock);
        var configuration = CliConfiguration.Build(null, result.GetValue(_settings));
        var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        // "Today" for the providers comes from our clock; retries and timeouts keep the system clock.
        services.AddSingleton(new MarketDataClock(clock));
        services.AddMarketDataSources(configuration);
        await using var provider = services.BuildServiceProvider();
        provider.ValidateMarketDataOptions();

        var catalog = provider.GetRequiredService<MarketDataSourceCatalog>();
        var wanted = result.GetValue(_sources);
        var sources = wanted is null ? catalog.Sources : wanted.Select(catalog.Get).ToList();

        var fetched = new List<DailySnapshot>();
        var failures = new List<string>();
        await console.Status().StartAsync($"Fetching {day:yyyy-MM-dd}", async ctx =>
        {
            foreach (var source in sources)
            {
                ctx.Status($"Fetching {day:yyyy-MM-dd} from {source.Name}");
                try
                {
                    fetched.Add((await source.FetchDayAsync(day, cancellationToken)).Snapshot);
                }
                catch (MarketDataSourceException e)
                {
                    failures.Add($"{source.Name} ({e.Failure}): {e.Message}");
                }
            }
        });

        if (fetched.Count > 0)
        {
            await new DataFolderAppender(result.GetValue(_out)!.FullName).AppendAsync(fetched, cancellationToken);
            console.MarkupLine($"wrote {Markup.Escape(day.ToString("yyyy-MM-dd"))} from [green]{Markup.Escape(string.Join(", ", fetched.Select(f => f.Source)))}[/] into {Markup.Escape(result.GetValue(_out)!.FullName)}");
        }
        foreach (var u in catalog.Unavailable) console.MarkupLine($"[yellow]not configured:[/] {Markup.Escape(u.Name)}: {Markup.Escape(u.Reason)}");
        foreach (var f in failures) console.MarkupLine($"[red]failed:[/] {Markup.Escape(f)}");
        return failures.Count == 0 ? ExitCodes.Ok : CommandRun.Fail(console, ExitCodes.BadData, $"{failures.Count} of {sources.Count} sources failed; rerun to retry them.");
    }
}

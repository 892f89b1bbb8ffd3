using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
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
        Description = "Comma-separated providers to ask: coingecko (with the per-coin caps of the day that just closed), binance, coinglass, stooq (default: every configured one).",
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
        var folder = result.GetValue(_out)!.FullName;
        // The data folder stands in for blob storage at the ISnapshotWriter port; "today" for the providers comes from
        // our clock, while retries and timeouts keep the system clock.
        await using var services = CliConfiguration.Services(CliConfiguration.Build(null, result.GetValue(_settings)), s => s
            .AddSingleton(new MarketDataClock(clock))
            .AddSingleton<ISnapshotWriter>(new DataFolderSnapshotWriter(folder))
            .AddSingleton<ICoinCapWriter>(new DataFolderHistoryWriter(folder)));
        services.ValidateMarketDataOptions();

        var catalog = services.GetRequiredService<MarketDataSourceCatalog>();
        var wanted = result.GetValue(_sources)?.Select(name => catalog.Get(name).Name).ToList();
        var ingest = services.GetRequiredService<IngestDay>();
        var outcome = await console.Status().StartAsync($"Fetching {day:yyyy-MM-dd}", _ => ingest.RunAsync(day, wanted, cancellationToken));

        var stored = outcome.Sources.Where(s => s.Outcome is IngestOutcome.Stored or IngestOutcome.AlreadyStored).Select(s => s.Source).ToList();
        if (stored.Count > 0)
            console.MarkupLine($"wrote {Markup.Escape(day.ToString("yyyy-MM-dd"))} from [green]{Markup.Escape(string.Join(", ", stored))}[/] into {Markup.Escape(folder)}");
        foreach (var u in catalog.Unavailable) console.MarkupLine($"[yellow]not configured:[/] {Markup.Escape(u.Name)}: {Markup.Escape(u.Reason)}");
        var failures = outcome.Failures.ToList();
        foreach (var f in failures) console.MarkupLine($"[red]failed:[/] {Markup.Escape($"{f.Source} ({f.Failure?.ToString() ?? f.Outcome.ToString()}): {f.Reason}")}");
        return failures.Count == 0 ? ExitCodes.Ok : CommandRun.Fail(console, ExitCodes.BadData, $"{failures.Count} of {outcome.Sources.Count} sources failed; rerun to retry them.");
    }
}

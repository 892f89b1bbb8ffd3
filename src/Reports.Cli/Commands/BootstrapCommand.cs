using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reports.Domain.Ports;
using Reports.Domain.UseCases.History;
using Reports.Infrastructure.DataFolder;
using Reports.Infrastructure.Providers;
using Reports.Infrastructure.Providers.CoinGecko;
using Reports.Infrastructure.Providers.History;
using Reports.Infrastructure.Storage;
using Spectre.Console;

namespace Reports.Cli.Commands;

/// <summary>
/// <c>bootstrap</c>: fills the history a first report needs (docs/providers.md, "History bootstrap") into storage or a
/// data folder, chunk by chunk with a progress bar; re-running fetches only what is missing.
/// </summary>
internal sealed class BootstrapCommand(IAnsiConsole console, TimeProvider clock)
{
    private readonly Option<int> _days = new("--days")
    {
        Description = $"Days of history back from yesterday (UTC); each source goes as far as it serves (total market cap: 365). Default {HistoryNeeds.BootstrapDays}.",
        DefaultValueFactory = _ => HistoryNeeds.BootstrapDays,
    };
    private readonly Option<string?> _storage = CliConfiguration.Storage(required: false);
    private readonly Option<DirectoryInfo?> _out = new("--out") { Description = "Data folder to fill instead of storage (created if missing).", HelpName = "DIR" };
    private readonly Option<FileInfo?> _settings = CliConfiguration.Settings();

    public Command Build()
    {
        var command = new Command("bootstrap", "Fetch the past days every figure of the report needs (candles, open interest, cross markets, an estimated total market cap) into storage or a data folder. Re-running fetches only what is missing.")
        {
            _days, _storage, _out, _settings,
        };
        command.SetAction((result, ct) => CommandRun.Guard(console, () => RunAsync(result, ct)));
        return command;
    }

    private async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var storage = result.GetValue(_storage);
        var folder = result.GetValue(_out);
        if ((storage is null) == (folder is null))
            return CommandRun.Fail(console, ExitCodes.BadArguments, "give exactly one of --storage CONN and --out DIR.");
        var days = result.GetValue(_days);
        if (days is < 1 or > HistoryNeeds.MaxBootstrapDays)
            return CommandRun.Fail(console, ExitCodes.BadArguments, $"--days must be between 1 and {HistoryNeeds.MaxBootstrapDays}.");

        var configuration = CliConfiguration.Build(storage, result.GetValue(_settings));
        // The three layers as every command composes them; a data folder takes the writer ports when --out is given.
        var folderWriter = folder is null ? null : new DataFolderHistoryWriter(folder.FullName);
        await using var provider = CliConfiguration.Services(configuration, services =>
        {
            // "Today" comes from our clock; retries and timeouts keep the system clock (as in ingest).
            services.AddSingleton(new MarketDataClock(clock));
            if (folderWriter is null) return;
            services.AddSingleton<ISnapshotWriter>(folderWriter);
            services.AddSingleton<ICoinCapWriter>(folderWriter);
        });
        provider.ValidateMarketDataOptions();

        var bootstrap = ActivatorUtilities.CreateInstance<BootstrapHistory>(provider, clock);
        var plan = bootstrap.Plan(days);
        var coinGecko = provider.GetRequiredService<IOptions<CoinGeckoOptions>>().Value;
        var slowest = BootstrapDuration.AtLeast(plan, coinGecko);
        console.MarkupLine($"bootstrap of {days} days into {Markup.Escape(provider.GetRequiredService<ISnapshotWriter>().Description)}: "
            + $"{plan.Chunks.Count} chunks, about {plan.Calls} provider calls; at least {slowest.TotalMinutes:0.#} min for CoinGecko's rate limit.");

        IReadOnlyList<ChunkResult> results = [];
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var tasks = plan.Chunks.GroupBy(c => c.Source).ToDictionary(g => g.Key, g => ctx.AddTask(g.Key, maxValue: g.Sum(c => c.Days)));
                results = await bootstrap.RunAsync(plan, new Progress(tasks), cancellationToken);
            });

        foreach (var source in results.GroupBy(r => r.Chunk.Source))
        {
            console.MarkupLine($"{Markup.Escape(source.Key)}: [green]{source.Sum(r => r.Stored)}[/] days stored, {source.Sum(r => r.AlreadyStored)} already there"
                + (source.Any(r => r.Failed) ? $", [red]{source.Count(r => r.Failed)} chunk(s) failed[/]" : ""));
            foreach (var failed in source.Where(r => r.Failed))
                console.MarkupLine($"[red]failed:[/] {Markup.Escape(failed.Chunk.ToString())}: {Markup.Escape(failed.Reason ?? "")}");
        }
        var failures = results.Count(r => r.Failed);
        return failures == 0 ? ExitCodes.Ok : CommandRun.Fail(console, ExitCodes.BadData, $"{failures} of {results.Count} chunks failed; the others are stored. Re-run to fetch what is missing.");
    }

    /// <summary>Moves each source's bar by the days of every finished chunk (synchronously: Spectre redraws on its own).</summary>
    private sealed class Progress(IReadOnlyDictionary<string, ProgressTask> tasks) : IProgress<ChunkResult>
    {
        public void Report(ChunkResult value) => tasks[value.Chunk.Source].Increment(value.Chunk.Days);
    }
}

using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Reports.Domain.Market;
using Reports.Domain.Narrative;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
using Reports.Infrastructure.DataFolder;
using Reports.Rendering;
using Spectre.Console;

namespace Reports.Cli.Commands;

/// <summary><c>report</c>: data folder or storage → analysis → article → PDF/HTML/JSON files.</summary>
internal sealed class ReportCommand(IAnsiConsole console, TimeProvider clock)
{
    private readonly Option<DirectoryInfo?> _data = new("--data")
    {
        Description = "Data folder in the format of docs/data-format.md (default: the bundled samples).",
        HelpName = "DIR",
    };
    private readonly Option<string?> _storage = CliConfiguration.Storage(required: false);
    private readonly Option<DateOnly?> _date = CliOptions.Date("Report day, UTC (default: the last day in the data).");
    private readonly Option<IReadOnlyList<string>?> _assets = CliOptions.Assets();
    private readonly Option<string[]> _out = new("--out")
    {
        Description = "Output file; the format follows the extension (.pdf, .html, .json). Repeat for several (default: out/flow-report-<date>.pdf).",
        HelpName = "FILE",
    };
    private readonly Option<DateOnly?> _from = CliOptions.Day("--from", "First report day of a batch, UTC (with --to: one report per day, in one process).");
    private readonly Option<DateOnly?> _to = CliOptions.Day("--to", "Last report day of a batch, UTC (with --from).");
    private readonly Option<string?> _outDir = new("--out-dir")
    {
        Description = "Batch: folder for the files, named flow-report-<date>.<format> (default: out).",
        HelpName = "DIR",
    };
    private readonly Option<string?> _formats = new("--formats")
    {
        Description = "Batch: comma-separated formats to write for each day: pdf, html, json (default: pdf).",
        HelpName = "pdf,html,json",
    };

    public Command Build()
    {
        var command = new Command("report", "Build the flow report for one day from a data folder (or storage) and write it as PDF, HTML and/or JSON.")
        {
            _data, _storage, _date, _assets, _out, _from, _to, _outDir, _formats,
        };
        command.SetAction((result, ct) => CommandRun.Guard(console, () => RunAsync(result, ct)));
        return command;
    }

    private async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        if (result.GetValue(_from) is not null || result.GetValue(_to) is not null)
            return await RunBatchAsync(result, cancellationToken);
        if (result.GetValue(_outDir) is not null || result.GetValue(_formats) is not null)
            return CommandRun.Fail(console, ExitCodes.BadArguments, "--out-dir and --formats belong to a batch; give --from and --to (or use --out for one day).");

        var renderers = new List<(string Path, IReportRenderer Renderer)>();
        foreach (var path in result.GetValue(_out) ?? [])
        {
            var renderer = ReportRenderers.ForExtension(Path.GetExtension(path));
            if (renderer is null)
            {
                return CommandRun.Fail(console, ExitCodes.BadArguments, $"--out {path}: unknown format '{Path.GetExtension(path)}'; use .pdf, .html or .json.");
            }
            renderers.Add((path, renderer));
        }

        if (result.GetValue(_date) is { } day && CompleteDays.Problem(day, CompleteDays.Last(clock)) is { } badDay)
        {
            return CommandRun.Fail(console, ExitCodes.BadArguments, $"--date: {badDay}");
        }
        // Bad paths fail before the data is loaded, not after.
        OutputFile.Check([.. renderers.Select(r => r.Path)]);

        if (Source(result) is not { } source)
            return CommandRun.Fail(console, ExitCodes.BadArguments, "--data and --storage are alternatives; give one.");
        await using var _ = source;
        var (store, build) = (source.Store, source.Build);
        var request = new ReportRequest(result.GetValue(_date), result.GetValue(_assets));

        FlowReport report = null!;
        await console.Status().StartAsync($"Reading {Markup.Escape(store.Description)}", async ctx =>
        {
            var data = await build.LoadAsync(request.Date, cancellationToken);
            ctx.Status("Analysing and writing");
            report = await build.BuildAsync(data, request, cancellationToken);
        });

        // Every format is rendered before any file is written: all of them appear, or none.
        if (renderers.Count == 0)
        {
            renderers.Add((Path.Combine("out", $"flow-report-{report.Article.Date:yyyy-MM-dd}.pdf"), ReportRenderers.ForExtension(".pdf")!));
        }
        var files = renderers.Select(r => (r.Path, Bytes: r.Renderer.Render(report))).ToList();
        await OutputFile.WriteAllAsync(files, cancellationToken);
        Summary.Print(console, report, files.Select(f => f.Path).ToList());
        return ExitCodes.Ok;
    }

    /// <summary><c>report --from D1 --to D2</c>: every day's report in one process (<see cref="ReportBatch"/>).</summary>
    private async Task<int> RunBatchAsync(ParseResult result, CancellationToken cancellationToken)
    {
        if (result.GetValue(_from) is not { } from || result.GetValue(_to) is not { } to)
            return CommandRun.Fail(console, ExitCodes.BadArguments, "--from and --to go together: give both days of the batch.");
        if (result.GetValue(_date) is not null || (result.GetValue(_out) ?? []).Length > 0)
            return CommandRun.Fail(console, ExitCodes.BadArguments, "--date and --out are for one day; a batch takes --from, --to, --out-dir and --formats.");
        if (ReportBatch.Problem(from, to, CompleteDays.Last(clock)) is { } badRange)
            return CommandRun.Fail(console, ExitCodes.BadArguments, badRange);
        if (ReportBatch.Formats(result.GetValue(_formats)) is not { } renderers)
            return CommandRun.Fail(console, ExitCodes.BadArguments, $"--formats must list pdf, html and/or json, separated by commas, got '{result.GetValue(_formats)}'.");

        var batch = new ReportBatch(from, to, result.GetValue(_outDir) ?? "out", renderers, result.GetValue(_assets));
        // Bad paths fail before the data is loaded, not after.
        OutputFile.Check(batch.AllPaths());

        if (Source(result) is not { } source)
            return CommandRun.Fail(console, ExitCodes.BadArguments, "--data and --storage are alternatives; give one.");
        await using var _ = source;
        return await batch.RunAsync(console, source.Store, source.Build, cancellationToken);
    }

    /// <summary>
    /// Where the report's data comes from, and the domain's <see cref="BuildReport"/> over it; null when both --data
    /// and --storage are given. Storage takes the app's composed services (settings, credentials, blob clients); a
    /// data folder needs nothing else, so no container is built: none of the storage, provider and email
    /// registrations, nor their assemblies, load before the first figure (start-up is most of a one-day run).
    /// </summary>
    private DataSource? Source(ParseResult result)
    {
        var storage = result.GetValue(_storage);
        if (storage is not null && result.GetValue(_data) is not null)
            return null;
        if (storage is not null)
        {
            var services = CliConfiguration.Services(CliConfiguration.Build(storage, null));
            return new DataSource(services.GetRequiredService<IMarketDataStore>(), services.GetRequiredService<BuildReport>(), services);
        }
        var folder = new DataFolderStore(result.GetValue(_data)?.FullName ?? SampleData.DefaultFolder());
        // The same use case AddReportsDomain registers over the IMarketDataStore port.
        return new DataSource(folder, new BuildReport(folder), null);
    }

    private sealed record DataSource(IMarketDataStore Store, BuildReport Build, ServiceProvider? Services) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Services?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}

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

        if (Services(result) is not { } services)
            return CommandRun.Fail(console, ExitCodes.BadArguments, "--data and --storage are alternatives; give one.");
        await using var _ = services;
        var store = services.GetRequiredService<IMarketDataStore>();
        var request = new ReportRequest(result.GetValue(_date), result.GetValue(_assets));

        FlowReport report = null!;
        await console.Status().StartAsync($"Reading {Markup.Escape(store.Description)}", async ctx =>
        {
            var data = await store.LoadAsync(request.Date, cancellationToken);
            ctx.Status("Analysing and writing");
            report = services.GetRequiredService<BuildReport>().Build(data, request);
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

        if (Services(result) is not { } services)
            return CommandRun.Fail(console, ExitCodes.BadArguments, "--data and --storage are alternatives; give one.");
        await using var _ = services;
        return await batch.RunAsync(console, services.GetRequiredService<IMarketDataStore>(), services.GetRequiredService<BuildReport>(), cancellationToken);
    }

    /// <summary>The app's services over the chosen data: a data folder stands in for blob storage at the IMarketDataStore port. Null when both are given.</summary>
    private ServiceProvider? Services(ParseResult result)
    {
        var storage = result.GetValue(_storage);
        if (storage is not null && result.GetValue(_data) is not null)
            return null;
        var folder = result.GetValue(_data)?.FullName ?? SampleData.DefaultFolder();
        return storage is not null
            ? CliConfiguration.Services(CliConfiguration.Build(storage, null))
            : CliConfiguration.Services(CliConfiguration.Build(null, null), s => s.AddSingleton<IMarketDataStore>(new DataFolderStore(folder)));
    }
}

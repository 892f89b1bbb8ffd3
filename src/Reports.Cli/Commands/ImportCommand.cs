using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
using Reports.Infrastructure.DataFolder;
using Spectre.Console;

namespace Reports.Cli.Commands;

/// <summary><c>import</c>: a data folder → one immutable daily snapshot per day in blob storage.</summary>
internal sealed class ImportCommand(IAnsiConsole console)
{
    private readonly Option<DirectoryInfo> _data = new("--data") { Description = "Data folder to import (docs/data-format.md).", HelpName = "DIR", Required = true };
    private readonly Option<string?> _storage = CliConfiguration.Storage(required: true);
    private readonly Option<string> _source = new("--source")
    {
        Description = "Source name the days are stored under (lower-case letters, digits, hyphens).",
        DefaultValueFactory = _ => "import",
    };

    public Command Build()
    {
        var command = new Command("import", "Load a data folder into storage so the function app (or report --storage) can use it. Re-running skips days already stored.")
        {
            _data, _storage, _source,
        };
        command.SetAction((result, ct) => CommandRun.Guard(console, () => RunAsync(result, ct)));
        return command;
    }

    private async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var source = result.GetValue(_source)!;
        if (!DailySnapshotRules.IsValidSourceName(source))
            return CommandRun.Fail(console, ExitCodes.BadArguments, $"--source '{source}' must be 1-40 lower-case letters, digits or hyphens.");

        await using var services = CliConfiguration.Services(CliConfiguration.Build(result.GetValue(_storage), null));
        var data = await new DataFolderStore(result.GetValue(_data)!.FullName).LoadAsync(null, cancellationToken);
        var import = services.GetRequiredService<ImportMarketData>();
        var outcome = await console.Status().StartAsync("Importing", _ => import.RunAsync(data, source, cancellationToken));
        console.MarkupLine($"imported [green]{outcome.Days}[/] days as '{Markup.Escape(source)}': {outcome.Stored} stored, {outcome.AlreadyStored} already there, {outcome.EventDays} days of events, {outcome.CoinCapDays} days of per-coin caps.");
        foreach (var w in data.Warnings) console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(w.ToString())}");
        return ExitCodes.Ok;
    }
}

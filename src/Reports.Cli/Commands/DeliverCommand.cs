using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Reports.Domain.Delivery;
using Reports.Domain.UseCases;
using Spectre.Console;

namespace Reports.Cli.Commands;

/// <summary><c>deliver</c>: email one day's stored report to one address now (SMTP settings as the function app's).</summary>
internal sealed class DeliverCommand(IAnsiConsole console)
{
    private readonly Option<DateOnly?> _date = CliOptions.Date("The report day, UTC.");
    private readonly Option<string> _to = new("--to") { Description = "Recipient address.", HelpName = "ADDRESS", Required = true };
    private readonly Option<string?> _storage = CliConfiguration.Storage(required: true);
    private readonly Option<FileInfo?> _settings = CliConfiguration.Settings();
    private readonly Option<bool> _force = new("--force") { Description = "Send even if the send ledger says this day already went to this address." };

    public Command Build()
    {
        _date.Required = true;
        var command = new Command("deliver", "Send the stored report of a day to one address by hand (Email:Smtp:* and Email:From settings).")
        {
            _date, _to, _storage, _settings, _force,
        };
        command.SetAction((result, ct) => CommandRun.Guard(console, () => RunAsync(result, ct)));
        return command;
    }

    private async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        await using var services = CliConfiguration.Services(CliConfiguration.Build(result.GetValue(_storage), result.GetValue(_settings)));
        var outcome = await services.GetRequiredService<DeliverReportByHand>().RunAsync(result.GetValue(_date)!.Value, result.GetValue(_to)!, result.GetValue(_force), cancellationToken);
        return outcome.Outcome switch
        {
            DeliveryOutcome.Sent => Ok(outcome),
            // Not an error: the ledger did its job. The line says how to send anyway.
            DeliveryOutcome.AlreadySent => Skipped(outcome),
            DeliveryOutcome.Rejected => CommandRun.Fail(console, ExitCodes.BadArguments, outcome.Detail),
            _ => CommandRun.Fail(console, ExitCodes.BadData, outcome.Detail),
        };
    }

    private int Skipped(DeliveryResult outcome)
    {
        console.MarkupLine(Markup.Escape(outcome.Detail));
        return ExitCodes.Ok;
    }

    private int Ok(DeliveryResult outcome)
    {
        console.MarkupLine($"sent ([green]{Markup.Escape(outcome.MessageId ?? "")}[/])");
        return ExitCodes.Ok;
    }
}

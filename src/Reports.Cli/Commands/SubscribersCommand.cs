using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Reports.Domain.Delivery;
using Reports.Domain.UseCases;
using Reports.Domain.Watch;
using Spectre.Console;

namespace Reports.Cli.Commands;

/// <summary><c>subscribers add|remove|list</c>: the mailing list the daily email goes to (docs/email.md).</summary>
internal sealed class SubscribersCommand(IAnsiConsole console)
{
    public Command Build()
    {
        var storage = CliConfiguration.Storage(required: true);
        var address = new Argument<string>("address") { Description = "The subscriber's email address." };
        var assets = CliOptions.Assets();
        var format = new Option<EmailFormat>("--format")
        {
            Description = "PdfAttached (default) or LinkOnly.",
            DefaultValueFactory = _ => EmailFormat.PdfAttached,
        };

        var weekly = new Option<DayOfWeek?>("--weekly")
        {
            Description = "Send a weekly digest on this weekday (UTC), e.g. Monday, instead of every edition.",
        };

        var add = new Command("add", "Add a subscriber (or update their assets, format and cadence).") { address, assets, format, weekly, storage };
        add.SetAction((r, ct) => CommandRun.Guard(console, () => ChangeAsync(r, storage,
            s => s.AddAsync(r.GetValue(address)!, r.GetValue(assets), r.GetValue(format),
                r.GetValue(weekly) is null ? EmailCadence.Daily : EmailCadence.Weekly, r.GetValue(weekly) ?? DayOfWeek.Monday, ct))));

        var remove = new Command("remove", "Remove a subscriber by address.") { address, storage };
        remove.SetAction((r, ct) => CommandRun.Guard(console, () => ChangeAsync(r, storage, s => s.RemoveAsync(r.GetValue(address)!, ct))));

        var list = new Command("list", "List every subscriber.") { storage };
        list.SetAction((r, ct) => CommandRun.Guard(console, () => ListAsync(r, storage, ct)));

        var off = new Option<bool>("--off") { Description = "Stop watch alerts for this subscriber." };
        var quiet = new Option<string?>("--quiet") { Description = "No alerts in this daily window, UTC, e.g. 22:00-07:00." };
        var alerts = new Command("alerts", "Opt a subscriber in to watch alerts (a \"What to watch\" level broke), or out with --off.") { address, off, quiet, storage };
        alerts.SetAction((r, ct) => CommandRun.Guard(console, () =>
        {
            QuietHours? hours = null;
            if (r.GetValue(quiet) is { } window && !QuietHours.TryParse(window, out hours))
                return Task.FromResult(CommandRun.Fail(console, ExitCodes.BadArguments, $"--quiet '{window}' is not a window like 22:00-07:00 (UTC, two different times)."));
            return ChangeAsync(r, storage, s => s.SetWatchAlertsAsync(r.GetValue(address)!, !r.GetValue(off), hours, ct));
        }));

        return new Command("subscribers", "Manage the subscribers of the daily email.") { add, remove, list, alerts };
    }

    private async Task<int> ChangeAsync(ParseResult result, Option<string?> storage, Func<ManageSubscribers, Task<SubscriberChange>> change)
    {
        await using var services = CliConfiguration.Services(CliConfiguration.Build(result.GetValue(storage), null));
        var outcome = await change(services.GetRequiredService<ManageSubscribers>());
        if (outcome.Kind is SubscriberChangeKind.InvalidAddress) return CommandRun.Fail(console, ExitCodes.BadArguments, outcome.Message);
        console.MarkupLine(Markup.Escape(outcome.Message));
        return outcome.Kind is SubscriberChangeKind.NotFound ? ExitCodes.BadData : ExitCodes.Ok;
    }

    private async Task<int> ListAsync(ParseResult result, Option<string?> storage, CancellationToken cancellationToken)
    {
        await using var services = CliConfiguration.Services(CliConfiguration.Build(result.GetValue(storage), null));
        var table = new Table().AddColumn("Address").AddColumn("Assets").AddColumn("Format").AddColumn("Cadence").AddColumn("Alerts").AddColumn("Since");
        var count = 0;
        await foreach (var s in services.GetRequiredService<ManageSubscribers>().ListAsync(cancellationToken))
        {
            table.AddRow(Markup.Escape(s.Address), Markup.Escape(s.Assets.Count == 0 ? "all" : string.Join(",", s.Assets)), s.Format.ToString(),
                s.Cadence == EmailCadence.Weekly ? $"weekly, {s.DigestDay}" : "daily",
                s.WatchAlerts ? (s.Quiet is null ? "on" : $"on, quiet {s.Quiet}") : "off", s.SubscribedAt.ToString("yyyy-MM-dd"));
            count++;
        }
        console.Write(table);
        console.MarkupLine($"{count} subscriber(s)");
        return ExitCodes.Ok;
    }
}

using System.CommandLine;
using Reports.Cli.Commands;
using Spectre.Console;

namespace Reports.Cli;

/// <summary>The command tree. Parse errors exit with 2 and a one-line reason; data errors with 3.</summary>
public static class CliApp
{
    /// <param name="clock">What "today" is (default: the system clock); tests pass a fixed one.</param>
    public static async Task<int> RunAsync(string[] args, IAnsiConsole console, TextWriter? output = null, CancellationToken cancellationToken = default, TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        var root = new RootCommand("Flow Reports: daily crypto flow analysis as PDF, HTML and JSON.\nExit codes: 0 ok, 2 bad arguments, 3 bad or missing data.")
        {
            new ReportCommand(console, clock).Build(),
            new ImportCommand(console).Build(),
            new IngestCommand(console, clock).Build(),
            new BootstrapCommand(console, clock).Build(),
            new SubscribersCommand(console).Build(),
            new DeliverCommand(console).Build(),
        };

        var verbose = new Option<bool>("--verbose") { Description = "On an unexpected failure, print the full exception.", Recursive = true };
        root.Options.Add(verbose);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(parsed.Errors[0].Message)} (see --help)");
            return ExitCodes.BadArguments;
        }
        var config = new InvocationConfiguration { Output = output ?? Console.Out, EnableDefaultExceptionHandler = false };
        try
        {
            return await parsed.InvokeAsync(config, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.MarkupLine("[red]error:[/] cancelled");
            return ExitCodes.Failure;
        }
        catch (Exception e)
        {
            // Expected failures are mapped by each command (exit 2/3); this is a defect, but still no stack trace
            // (with source paths) unless asked for.
            if (parsed.GetValue(verbose))
                console.WriteLine(e.ToString());
            console.MarkupLine($"[red]error:[/] unexpected {Markup.Escape(e.GetType().Name)}: {Markup.Escape(e.Message.ReplaceLineEndings(" "))} (run with --verbose for details)");
            return ExitCodes.Failure;
        }
    }
}

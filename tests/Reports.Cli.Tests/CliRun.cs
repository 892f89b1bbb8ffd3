using Reports.Cli;
using Spectre.Console;

namespace Reports.Cli.Tests;

/// <summary>Runs the CLI in-process with a plain, non-interactive console and captures what it printed.</summary>
internal sealed record CliRun(int ExitCode, string Output)
{
    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(null, args);

    public static async Task<CliRun> RunAsync(TimeProvider? clock, params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 200;
        var code = await CliApp.RunAsync(args, console, writer, clock: clock);
        return new CliRun(code, writer.ToString());
    }
}

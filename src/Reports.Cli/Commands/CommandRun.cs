using Microsoft.Extensions.Options;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
using Spectre.Console;

namespace Reports.Cli.Commands;

/// <summary>Maps the failures every command can meet to an exit code and a one-line reason.</summary>
internal static class CommandRun
{
    public static async Task<int> Guard(IAnsiConsole console, Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (Exception e) when (e is ArgumentException or OptionsValidationException or UnknownAssetException or OutputPathException)
        {
            return Fail(console, ExitCodes.BadArguments, e.Message);
        }
        catch (Exception e) when (e is MarketDataException or StoreUnavailableException or MarketDataSourceException)
        {
            return Fail(console, ExitCodes.BadData, e.Message);
        }
    }

    public static int Fail(IAnsiConsole console, int code, string reason)
    {
        console.MarkupLine($"[red]error:[/] {Markup.Escape(reason.ReplaceLineEndings(" "))}");
        return code;
    }
}

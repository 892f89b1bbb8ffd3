namespace Reports.Cli;

/// <summary>Process exit codes, documented in --help and the README.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int BadArguments = 2;
    public const int BadData = 3;
}

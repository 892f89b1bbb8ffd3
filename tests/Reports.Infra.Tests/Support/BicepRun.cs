namespace Reports.Infra.Tests.Support;

/// <summary>What one Bicep CLI invocation printed and returned.</summary>
internal sealed record BicepRun(int ExitCode, string StandardOutput, string StandardError)
{
    public IReadOnlyList<BicepDiagnostic> Diagnostics { get; } =
        BicepDiagnostic.Parse(StandardOutput + Environment.NewLine + StandardError);

    public IReadOnlyList<BicepDiagnostic> WarningsAndErrors => Diagnostics.Where(d => d.IsWarningOrError).ToList();

    /// <summary>Everything it printed, for assertion messages.</summary>
    public string Transcript => $"exit {ExitCode}{Environment.NewLine}{StandardError}{Environment.NewLine}{StandardOutput}";
}

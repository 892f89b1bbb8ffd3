using System.Text.Json.Nodes;

namespace Reports.Infra.Tests.Support;

/// <summary>
/// Compiles and lints infra/main.bicep once for the whole test run (both CLI calls in parallel) and keeps
/// the ARM JSON for the assertions.
/// </summary>
public sealed class CompiledInfra : IAsyncLifetime
{
    public static readonly string MainBicep = Path.Combine("infra", "main.bicep");

    internal BicepRun Build { get; private set; } = null!;

    internal BicepRun Lint { get; private set; } = null!;

    private ArmTemplate? main;

    /// <summary>The compiled template; throws with the CLI transcript when the build produced none.</summary>
    internal ArmTemplate Main => main ?? throw new InvalidOperationException($"bicep build produced no template:{Environment.NewLine}{Build.Transcript}");

    public async Task InitializeAsync()
    {
        using var cancellation = new CancellationTokenSource();
        var build = BicepCli.RunAsync(["build", MainBicep, "--stdout"], cancellation.Token);
        var lint = BicepCli.RunAsync(["lint", MainBicep], cancellation.Token);
        Build = await build;
        Lint = await lint;
        if (Build.ExitCode == 0 && JsonNode.Parse(Build.StandardOutput) is JsonObject template)
        {
            main = new ArmTemplate(template);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

[CollectionDefinition(Name)]
public sealed class CompiledInfraCollection : ICollectionFixture<CompiledInfra>
{
    public const string Name = "Compiled infra";
}

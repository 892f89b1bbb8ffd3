
namespace Reports.Delivery.Tests.Support;

/// <summary>
/// Azure Storage for the tests: the Functions tests' <see cref="AzuriteProcess"/> (linked into this project), installed
/// by scripts/setup-test-services.sh when missing. Email delivery needs tables too, so the connection string here
/// names the table endpoint as well. Tests isolate themselves with their own table and queue names.
/// </summary>
public sealed class AzuriteServer : IAsyncLifetime
{
    // Azurite's published development account key: public, not a secret.
    private AzuriteProcess? azurite;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (!File.Exists(Path.Combine(RepositoryFolder.Root, ".tools", "node_modules", ".bin", "azurite")) && Environment.GetEnvironmentVariable("AZURITE_PATH") is not { Length: > 0 })
            await LocalProcess.RunScriptAsync("scripts/setup-test-services.sh", TimeSpan.FromMinutes(5));

        azurite = await AzuriteProcess.StartNewAsync(); // ready: blob, queue and table ports all answer
        ConnectionString = azurite.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (azurite is not null) await azurite.DisposeAsync();
    }
}

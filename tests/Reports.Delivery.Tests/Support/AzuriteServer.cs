using System.Diagnostics;
using System.Text;

namespace Reports.Delivery.Tests.Support;

/// <summary>
/// Azure Storage for the tests: Azurite (pinned by scripts/setup-test-services.sh) in memory on free 127.0.0.1
/// ports. Tests isolate themselves with their own table and queue names.
/// </summary>
public sealed class AzuriteServer : IAsyncLifetime
{
    // Azurite's published development account key: not a secret.
    private const string DevAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly StringBuilder log = new();
    private Process? process;
    private string? location;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var exe = Path.Combine(RepositoryRoot.Path, ".tools", "node_modules", ".bin", "azurite");
        if (!File.Exists(exe)) await LocalProcess.RunScriptAsync("scripts/setup-test-services.sh", TimeSpan.FromMinutes(5));

        var (blob, queue, table) = (LocalProcess.FreePort(), LocalProcess.FreePort(), LocalProcess.FreePort());
        // In memory: nothing to clean up but the scratch folder it runs in.
        location = Directory.CreateTempSubdirectory("azurite-").FullName;
        process = LocalProcess.Start(exe,
        [
            "--silent", "--skipApiVersionCheck", "--inMemoryPersistence",
            "--blobHost", "127.0.0.1", "--blobPort", blob.ToString(),
            "--queueHost", "127.0.0.1", "--queuePort", queue.ToString(),
            "--tableHost", "127.0.0.1", "--tablePort", table.ToString(),
        ], null, log, workingDirectory: location);
        foreach (var port in new[] { blob, queue, table })
            await LocalProcess.WaitForPortAsync(port, process, log, TimeSpan.FromSeconds(60));

        ConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + DevAccountKey + ";" +
                           $"BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1;" +
                           $"QueueEndpoint=http://127.0.0.1:{queue}/devstoreaccount1;" +
                           $"TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;";
    }

    public async Task DisposeAsync()
    {
        await LocalProcess.StopAsync(process);
        if (location is not null) Directory.Delete(location, recursive: true);
    }
}

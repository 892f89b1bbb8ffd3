using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Reports.TestSupport;

/// <summary>
/// A real Azurite (blob + queue + table) on free 127.0.0.1 ports with its data in <see cref="Location"/>. Azurite's
/// first SIGTERM only closes its ports; the second ends the process, so <see cref="StopAsync"/> sends two.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    /// <summary>Azurite's published development account; its key is public, not a secret.</summary>
    public const string AccountName = "devstoreaccount1";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private Process? process;
    private int closedServices;

    private AzuriteProcess(string location, int blobPort, int queuePort, int tablePort)
    {
        Location = location;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
    }

    public string Location { get; }
    public int BlobPort { get; }
    public int QueuePort { get; }
    public int TablePort { get; }

    public bool IsRunning => process is { HasExited: false };

    /// <summary>The emulator's process id (the benchmarks pin it to a core).</summary>
    public int ProcessId => process?.Id ?? throw new InvalidOperationException("Azurite is not running.");

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/{AccountName};QueueEndpoint=http://127.0.0.1:{QueuePort}/{AccountName};" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/{AccountName};";

    /// <summary>Starts Azurite in a new temporary folder on new free ports.</summary>
    public static async Task<AzuriteProcess> StartNewAsync()
    {
        var location = Directory.CreateTempSubdirectory("azurite-").FullName;
        var azurite = new AzuriteProcess(location, FreePort(), FreePort(), FreePort());
        await azurite.StartAsync();
        return azurite;
    }

    /// <summary>(Re)starts on the same ports and folder, so stored data is still there.</summary>
    public async Task StartAsync()
    {
        if (IsRunning) return;
        var start = new ProcessStartInfo(FindExecutable())
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[]
                 {
                     "--silent", "--skipApiVersionCheck", "--location", Location,
                     "--blobHost", "127.0.0.1", "--blobPort", $"{BlobPort}",
                     "--queueHost", "127.0.0.1", "--queuePort", $"{QueuePort}",
                     "--tableHost", "127.0.0.1", "--tablePort", $"{TablePort}",
                 })
        {
            start.ArgumentList.Add(arg);
        }

        closedServices = 0;
        process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, line) =>
        {
            // "Azurite Blob service successfully closed" (and Queue, Table): its data is saved.
            if (line.Data?.Contains("successfully closed", StringComparison.Ordinal) == true) Interlocked.Increment(ref closedServices);
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // Ready when all three ports answer, failed when the process exits: explicit signals, no deadline, so a
        // busy machine only makes the start slower. The pause only paces the checks.
        while (!(await AcceptsAsync(BlobPort) && await AcceptsAsync(QueuePort) && await AcceptsAsync(TablePort)))
        {
            if (process.HasExited)
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} while starting (ports {BlobPort}/{QueuePort}/{TablePort}).");
            await Task.Delay(100);
        }
    }

    /// <summary>
    /// Stops Azurite the way it needs: SIGTERM closes its three services (and saves their data), then a second
    /// SIGTERM ends the process. SIGKILL only if it still hangs on.
    /// </summary>
    public async Task StopAsync()
    {
        if (process is null) return;
        var p = process;
        process = null;

        _ = Kill(p.Id, SigTerm);
        var closing = Stopwatch.StartNew();
        while (Volatile.Read(ref closedServices) < 3 && !p.HasExited && closing.Elapsed < TimeSpan.FromSeconds(10))
            await Task.Delay(20);

        if (!p.HasExited) _ = Kill(p.Id, SigTerm);
        using (var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            try
            {
                await p.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                p.Kill(entireProcessTree: true);
            }
        }
        await p.WaitForExitAsync();
        p.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(Location, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    /// <summary>$AZURITE_PATH, or the repository's .tools/node_modules/.bin/azurite (scripts/setup-test-services.sh puts it there).</summary>
    private static string FindExecutable()
    {
        if (Environment.GetEnvironmentVariable("AZURITE_PATH") is { Length: > 0 } configured) return configured;
        var installed = RepositoryFolder.Combine(".tools", "node_modules", ".bin", "azurite");
        return File.Exists(installed)
            ? installed
            : throw new FileNotFoundException($"Azurite is not installed at {installed}: run scripts/setup-test-services.sh (or set AZURITE_PATH).");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private const int SigTerm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}

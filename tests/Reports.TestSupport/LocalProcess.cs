using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Reports.TestSupport;

/// <summary>Helpers for the local servers the tests start: free ports, install scripts, waiting for a port.</summary>
public static class LocalProcess
{
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs a repository script (an installer) and fails with its output when it fails.</summary>
    public static async Task RunScriptAsync(string relativePath, TimeSpan timeout)
    {
        var psi = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryFolder.Root };
        psi.ArgumentList.Add(Path.Combine(RepositoryFolder.Root, relativePath));
        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cts.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{relativePath} failed ({process.ExitCode}):\n{await output}\n{await errors}");
    }

    /// <summary>Starts a server, collecting its output for the failure message if it never comes up.</summary>
    public static Process Start(string executable, IEnumerable<string> arguments, IDictionary<string, string>? environment, StringBuilder log)
    {
        var psi = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) psi.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) psi.Environment[key] = value;
        var process = new Process { StartInfo = psi };
        process.OutputDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Waits until <paramref name="port"/> accepts a connection, or fails when <paramref name="process"/> exits: no deadline.</summary>
    public static async Task WaitForPortAsync(int port, Process process, StringBuilder log)
    {
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"{process.StartInfo.FileName} exited ({process.ExitCode}):\n{log}");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
    }

    public static async Task StopAsync(Process? process)
    {
        if (process is null) return;
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
            }
        }
        catch (Exception)
        {
            // Already gone.
        }
        process.Dispose();
    }
}

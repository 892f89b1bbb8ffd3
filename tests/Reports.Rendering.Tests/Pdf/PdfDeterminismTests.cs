using System.Diagnostics;
using Reports.Rendering.Pdf;

namespace Reports.Rendering.Tests.Pdf;

public class PdfDeterminismTests
{
    [Fact]
    public void Same_report_gives_identical_bytes_from_one_or_two_renderers()
    {
        var first = new PdfReportRenderer();
        var a = first.Render(PdfFixture.Report());
        var b = first.Render(PdfFixture.Report());
        var c = new PdfReportRenderer().Render(PdfFixture.Report());
        Assert.Equal(a, b);
        Assert.Equal(a, c);
    }

    [Fact]
    public void Concurrent_renders_give_identical_bytes()
    {
        var report = PdfFixture.Report();
        var results = new byte[4][];
        Parallel.For(0, results.Length, i => results[i] = new PdfReportRenderer().Render(report));
        Assert.All(results, r => Assert.Equal(results[0], r));
    }

    [Fact]
    public void Fresh_processes_in_other_time_zones_give_the_same_bytes()
    {
        var expected = new PdfReportRenderer().Render(PdfFixture.Report());
        foreach (var zone in new[] { "UTC", "Pacific/Auckland" })
        {
            Assert.Equal(expected, RenderInFreshProcess(zone));
        }
    }

    /// <summary>Runs this test assembly's <see cref="RenderProbe"/> entry point in a new process.</summary>
    private static byte[] RenderInFreshProcess(string timeZone)
    {
        var output = Path.Combine(Path.GetTempPath(), $"flow-report-{Environment.ProcessId}-{Guid.NewGuid():N}.pdf");
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            ArgumentList = { typeof(RenderProbe).Assembly.Location, "render-fixture", output },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.Environment["TZ"] = timeZone;
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + host);
            var errors = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "render probe timed out");
            Assert.True(process.ExitCode == 0, $"render probe failed ({process.ExitCode}): {errors.Result}");
            return File.ReadAllBytes(output);
        }
        finally
        {
            File.Delete(output);
        }
    }
}

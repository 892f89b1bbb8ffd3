using Reports.Rendering.Pdf;

namespace Reports.Rendering.Tests.Pdf;

/// <summary>
/// Entry point of the test assembly, so a test can render the fixture in a fresh process (new statics, caches
/// and font registrations) and compare bytes: <c>dotnet Reports.Rendering.Tests.dll render-fixture out.pdf</c>.
/// <c>time-fixture 20</c> prints cold and warm render times (a rough measure, not a test).
/// </summary>
public static class RenderProbe
{
    public static int Main(string[] args)
    {
        switch (args)
        {
            case ["render-fixture", var path]:
                File.WriteAllBytes(path, new PdfReportRenderer().Render(PdfFixture.Report()));
                return 0;
            case ["time-fixture", var count] when int.TryParse(count, out var runs) && runs > 1:
                var report = PdfFixture.Report();
                var renderer = new PdfReportRenderer();
                var times = new List<double>();
                var bytes = 0;
                for (var i = 0; i < runs; i++)
                {
                    var watch = System.Diagnostics.Stopwatch.StartNew();
                    bytes = renderer.Render(report).Length;
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }

                var warm = times.Skip(1).Order().ToArray();
                Console.WriteLine($"cold {times[0]:F0} ms; warm median {warm[warm.Length / 2]:F0} ms, min {warm[0]:F0} ms over {warm.Length} runs; {bytes} bytes");
                return 0;
            default:
                Console.Error.WriteLine("usage: render-fixture <output.pdf> | time-fixture <runs>");
                return 2;
        }
    }
}

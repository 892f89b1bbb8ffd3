using Reports.Rendering.Pdf;

namespace Reports.Rendering.Tests.Pdf;

/// <summary>
/// Entry point of the test assembly, so a test can render the fixture in a fresh process (new statics, caches
/// and font registrations) and compare bytes: <c>dotnet Reports.Rendering.Tests.dll render-fixture out.pdf</c>.
/// </summary>
public static class RenderProbe
{
    public static int Main(string[] args)
    {
        if (args is not ["render-fixture", var path])
        {
            Console.Error.WriteLine("usage: render-fixture <output.pdf>");
            return 2;
        }

        File.WriteAllBytes(path, new PdfReportRenderer().Render(PdfFixture.Report()));
        return 0;
    }
}

using System.Diagnostics;
using Reports.Rendering.Tests.Samples;
using Reports.TestSupport;

namespace Reports.Rendering.Tests.Html;

/// <summary>The HTML edition is valid by html-validate's recommended rules (pinned in scripts/setup-test-services.sh).</summary>
public sealed class HtmlValidateTests
{
    private static readonly string Validator = RepositoryFolder.Combine(".tools", "node_modules", ".bin", "html-validate");

    [Theory]
    [InlineData("2025-01-01")]
    [InlineData("2026-02-05")]
    [InlineData("2026-08-20")]
    public void Sample_day_is_html_validate_clean(string day)
    {
        var (exit, output) = Validate(new Reports.Rendering.Html.HtmlReportRenderer().Render(SampleReports.For(day)));
        Assert.True(exit == 0, $"{day}: html-validate found problems:\n{output}");
    }

    [Fact]
    public void The_validator_itself_rejects_a_broken_page()
    {
        var (exit, output) = Validate("<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><div><p>x</div></body></html>"u8.ToArray());
        Assert.NotEqual(0, exit);
        Assert.Contains("error", output);
    }

    internal static (int Exit, string Output) Validate(byte[] html)
    {
        Assert.True(File.Exists(Validator), $"{Validator} is missing: run scripts/setup-test-services.sh (scripts/test.sh does)");
        var folder = Directory.CreateTempSubdirectory("flow-validate-");
        try
        {
            var page = Path.Combine(folder.FullName, "report.html");
            var config = Path.Combine(folder.FullName, "htmlvalidate.json");
            File.WriteAllBytes(page, html);
            File.WriteAllText(config, """{ "extends": ["html-validate:recommended"] }""");
            var psi = new ProcessStartInfo(Validator) { RedirectStandardOutput = true, RedirectStandardError = true };
            psi.ArgumentList.Add("--config");
            psi.ArgumentList.Add(config);
            psi.ArgumentList.Add(page);
            using var process = Process.Start(psi)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, stdout.Result + stderr.Result);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

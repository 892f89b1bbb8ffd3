using System.Net.Http.Json;
using System.Text.Json;
using Reports.Domain.UseCases;
using Reports.Infrastructure.Storage;
using Reports.Rendering;
using Reports.TestSupport;

namespace Reports.Cli.Tests;

/// <summary>A real Azurite and a real smtp4dev, both on 127.0.0.1, started side by side for the deliver tests.</summary>
public sealed class DeliveryServersForCli : IAsyncLifetime
{
    public AzuriteProcess Azurite { get; private set; } = null!;

    public Smtp4devServer Smtp { get; } = new();

    public async Task InitializeAsync()
    {
        var azurite = AzuriteProcess.StartNewAsync();
        await Smtp.InitializeAsync();
        Azurite = await azurite;
    }

    public async Task DisposeAsync()
    {
        await Smtp.DisposeAsync();
        if (Azurite is not null) await Azurite.DisposeAsync();
    }
}

/// <summary>deliver: the stored report of a day goes out by SMTP to one address, its PDF attached byte for byte.</summary>
public class DeliverCommandTests(DeliveryServersForCli servers) : IClassFixture<DeliveryServersForCli>
{
    private static readonly DateOnly Day = new(2026, 2, 5);

    private string Storage => servers.Azurite.ConnectionString;

    [Fact]
    public async Task The_stored_report_is_emailed_with_its_pdf_attached()
    {
        var storage = await ArchiveDayAsync();
        var pdf = (await storage.Reports.GetAsync(Day, "pdf", CancellationToken.None))!.Content;
        var json = (await storage.Reports.GetAsync(Day, "json", CancellationToken.None))!.Content;
        var headline = JsonDocument.Parse(json).RootElement.GetProperty("headline").GetString()!;
        Assert.False(string.IsNullOrWhiteSpace(headline));

        using var tmp = new TempFolder();
        var run = await CliRun.RunAsync("deliver", "--date", "2026-02-05", "--to", "reader@example.com", "--storage", Storage, "--settings", Settings(tmp));

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("sent (", run.Output);
        var summary = Assert.Single(await servers.Smtp.WaitForMessagesAsync("example.com", 1));
        var message = await servers.Smtp.MessageAsync(summary.Id);
        Assert.Equal(["reader@example.com"], message.To);
        Assert.Contains(headline, message.Subject);
        Assert.Contains("reports@flow-reports.test", message.From);
        var attachment = Assert.Single(message.AllParts(), p => p.IsAttachment);
        Assert.Contains("application/pdf", attachment.Header("Content-Type"));
        Assert.Equal(pdf, await servers.Smtp.PartContentAsync(summary.Id, attachment.Id));
    }

    [Fact]
    public async Task A_weekly_subscriber_is_refused_a_daily_in_one_line_and_sent_nothing()
    {
        await ArchiveDayAsync();
        var add = await CliRun.RunAsync("subscribers", "add", "weekly@example.org", "--weekly", "Monday", "--storage", Storage);
        Assert.True(add.ExitCode == 0, add.Output);

        using var tmp = new TempFolder();
        var run = await CliRun.RunAsync("deliver", "--date", "2026-02-05", "--to", "weekly@example.org", "--storage", Storage, "--settings", Settings(tmp));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: not sent: weekly@example.org subscribes to the weekly digest (Mondays), not the daily report; deliver sends daily reports only",
            Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        var all = await servers.Smtp.Api.GetFromJsonAsync<Smtp4devServer.MessagePage>("messages?pageSize=10000", new JsonSerializerOptions(JsonSerializerDefaults.Web));
        Assert.DoesNotContain(all!.Results, m => m.To.Any(t => t.Contains("weekly@example.org", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_unusable_address_is_a_bad_argument_and_sends_nothing()
    {
        using var tmp = new TempFolder();
        var run = await CliRun.RunAsync("deliver", "--date", "2026-02-05", "--to", "not-an-address", "--storage", Storage, "--settings", Settings(tmp));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'not-an-address' is not a usable address", run.Output);
        var all = await servers.Smtp.Api.GetFromJsonAsync<Smtp4devServer.MessagePage>("messages?pageSize=10000", new JsonSerializerOptions(JsonSerializerDefaults.Web));
        Assert.DoesNotContain(all!.Results, m => m.To.Any(t => t.Contains("not-an-address", StringComparison.Ordinal)));
    }

    /// <summary>Imports the samples and archives the day's report as the function app's daily build does.</summary>
    private async Task<ReportsStorage> ArchiveDayAsync()
    {
        var import = await CliRun.RunAsync("import", "--data", SampleData.DefaultFolder(), "--storage", Storage);
        Assert.True(import.ExitCode == 0, import.Output);
        var storage = ReportsStorage.Open(Storage);
        await new PublishReport(new BuildReport(storage.Store), storage.Reports, ReportRenderers.All).RunAsync(Day, CancellationToken.None);
        return storage;
    }

    private string Settings(TempFolder tmp) => tmp.File("settings.json", $$"""
        {
          "Email": {
            "From": "reports@flow-reports.test",
            "ReportUrlTemplate": "https://reports.flow-reports.test/api/archive/{date}",
            "Smtp": { "Host": "127.0.0.1", "Port": {{servers.Smtp.SmtpPort}}, "Security": "None", "TimeoutSeconds": 10 }
          }
        }
        """);
}

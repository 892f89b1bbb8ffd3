using System.Text.Json;
using Reports.TestSupport;

namespace Reports.Cli.Tests;

/// <summary>Starts one real Azurite for the storage commands.</summary>
public sealed class AzuriteForCli : IAsyncLifetime
{
    public AzuriteProcess Azurite { get; private set; } = null!;

    public async Task InitializeAsync() => Azurite = await AzuriteProcess.StartNewAsync();

    public async Task DisposeAsync() => await Azurite.DisposeAsync();
}

/// <summary>import, report --storage and subscribers against a real Azurite on 127.0.0.1.</summary>
public class StorageCommandsTests(AzuriteForCli fixture) : IClassFixture<AzuriteForCli>
{
    private string Storage => fixture.Azurite.ConnectionString;

    [Fact]
    public async Task Imported_samples_report_the_same_figures_from_storage_as_from_the_folder()
    {
        using var tmp = new TempFolder();
        var import = await CliRun.RunAsync("import", "--data", SampleData.DefaultFolder(), "--storage", Storage);
        Assert.True(import.ExitCode == 0, import.Output);
        Assert.Contains("imported", import.Output);

        var again = await CliRun.RunAsync("import", "--data", SampleData.DefaultFolder(), "--storage", Storage);
        Assert.Matches(@"0 stored, \d+ already there", again.Output);

        var fromStorage = await CliRun.RunAsync("report", "--storage", Storage, "--date", "2026-02-05", "--out", tmp.File("s.json"), "--out", tmp.File("s.pdf"));
        var fromFolder = await CliRun.RunAsync("report", "--date", "2026-02-05", "--out", tmp.File("f.json"));
        Assert.True(fromStorage.ExitCode == 0, fromStorage.Output);
        Assert.Equal(0, fromFolder.ExitCode);

        using var s = JsonDocument.Parse(File.ReadAllBytes(tmp.File("s.json")));
        using var f = JsonDocument.Parse(File.ReadAllBytes(tmp.File("f.json")));
        Assert.Equal(f.RootElement.GetProperty("headline").GetString(), s.RootElement.GetProperty("headline").GetString());
        Assert.Equal(f.RootElement.GetProperty("market").GetRawText(), s.RootElement.GetProperty("market").GetRawText());
        Assert.True(new FileInfo(tmp.File("s.pdf")).Length > 10_000);
    }

    [Fact]
    public async Task Data_and_storage_together_are_a_bad_argument()
    {
        var run = await CliRun.RunAsync("report", "--data", SampleData.DefaultFolder(), "--storage", Storage);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--data and --storage are alternatives", run.Output);
    }

    [Fact]
    public async Task Subscribers_are_added_listed_and_removed()
    {
        var add = await CliRun.RunAsync("subscribers", "add", "reader@example.com", "--assets", "BTC", "--storage", Storage);
        Assert.True(add.ExitCode == 0, add.Output);

        var list = await CliRun.RunAsync("subscribers", "list", "--storage", Storage);
        Assert.Contains("reader@example.com", list.Output);
        Assert.Contains("BTC", list.Output);

        var bad = await CliRun.RunAsync("subscribers", "add", "not-an-address", "--storage", Storage);
        Assert.Equal(2, bad.ExitCode);

        var remove = await CliRun.RunAsync("subscribers", "remove", "reader@example.com", "--storage", Storage);
        Assert.Equal(0, remove.ExitCode);
        Assert.DoesNotContain("reader@example.com", (await CliRun.RunAsync("subscribers", "list", "--storage", Storage)).Output);
        Assert.Equal(3, (await CliRun.RunAsync("subscribers", "remove", "reader@example.com", "--storage", Storage)).ExitCode);
    }

    [Fact]
    public async Task A_subscriber_can_take_a_weekly_digest_and_watch_alerts_with_quiet_hours()
    {
        var add = await CliRun.RunAsync("subscribers", "add", "weekly@example.com", "--weekly", "friday", "--storage", Storage);
        Assert.True(add.ExitCode == 0, add.Output);
        var alerts = await CliRun.RunAsync("subscribers", "alerts", "weekly@example.com", "--quiet", "22:00-07:00", "--storage", Storage);
        Assert.True(alerts.ExitCode == 0, alerts.Output);
        Assert.Contains("watch alerts on for weekly@example.com, quiet 22:00-07:00 UTC", alerts.Output);

        var list = (await CliRun.RunAsync("subscribers", "list", "--storage", Storage)).Output;
        Assert.Contains("weekly, Friday", list);
        Assert.Contains("on, quiet 22:00-07:00", list);

        Assert.Equal(2, (await CliRun.RunAsync("subscribers", "alerts", "weekly@example.com", "--quiet", "7-22", "--storage", Storage)).ExitCode);
        Assert.Equal(3, (await CliRun.RunAsync("subscribers", "alerts", "nobody@example.com", "--storage", Storage)).ExitCode);
        await CliRun.RunAsync("subscribers", "remove", "weekly@example.com", "--storage", Storage);
    }

    [Fact]
    public async Task Storage_that_cannot_be_reached_is_a_data_error_with_a_reason()
    {
        var run = await CliRun.RunAsync("report", "--storage", "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;");
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("error:", run.Output);
    }
}

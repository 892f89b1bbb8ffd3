using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Reports.TestSupport;

/// <summary>
/// A real SMTP server for the tests: smtp4dev (pinned by scripts/setup-smtp4dev.sh) on free 127.0.0.1 ports with an
/// in-memory database, read back through its web API. Tests tell their mail apart by recipient domain.
/// </summary>
public sealed class Smtp4devServer : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly StringBuilder log = new();
    private Process? process;
    private string? configDir;

    public int SmtpPort { get; private set; }

    /// <summary>The server's process id (the fan-out benchmark pins it to a core of its own).</summary>
    public int ProcessId => process?.Id ?? throw new InvalidOperationException("smtp4dev is not running.");
    public HttpClient Api { get; } = new();

    public async Task InitializeAsync()
    {
        var exe = Path.Combine(RepositoryFolder.Root, ".tools", "smtp4dev", "smtp4dev");
        if (!File.Exists(exe)) await LocalProcess.RunScriptAsync("scripts/setup-smtp4dev.sh", TimeSpan.FromMinutes(5));

        SmtpPort = LocalProcess.FreePort();
        var httpPort = LocalProcess.FreePort();
        configDir = Directory.CreateTempSubdirectory("smtp4dev-").FullName;
        process = LocalProcess.Start(exe,
        [
            $"--urls=http://127.0.0.1:{httpPort}", $"--smtpport={SmtpPort}", "--bindaddress=127.0.0.1", "--imapport=", "--pop3port=",
            "--db=", "--nousersettings", "--hostname=localhost", "--messagestokeep=5000",
        ], new Dictionary<string, string> { ["XDG_CONFIG_HOME"] = configDir }, log);
        Api.BaseAddress = new Uri($"http://127.0.0.1:{httpPort}/api/");

        // Ready when the API answers, failed when the process exits: no deadline, so a busy machine only makes it slower.
        await LocalProcess.WaitForPortAsync(SmtpPort, process, log);
        while (true)
        {
            try
            {
                if ((await Api.GetAsync("messages")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            if (process.HasExited) throw new InvalidOperationException($"smtp4dev exited ({process.ExitCode}) before its API answered:\n{log}");
            await Task.Delay(100);
        }
    }

    /// <summary>Every message whose recipients include an address ending in <paramref name="domain"/>.</summary>
    public async Task<IReadOnlyList<MessageSummary>> MessagesForDomainAsync(string domain)
    {
        var page = await Api.GetFromJsonAsync<MessagePage>("messages?pageSize=10000", Json) ?? throw new InvalidOperationException("no page");
        return page.Results.Where(m => m.To.Any(t => t.EndsWith("@" + domain, StringComparison.OrdinalIgnoreCase))).ToList();
    }

    /// <summary>
    /// Waits until <paramref name="count"/> messages for the domain arrived. Call it only for messages the server has
    /// acknowledged (250 OK): smtp4dev lists them just after, so the wait ends on their arrival, not on a deadline.
    /// </summary>
    public async Task<IReadOnlyList<MessageSummary>> WaitForMessagesAsync(string domain, int count)
    {
        while (true)
        {
            var messages = await MessagesForDomainAsync(domain);
            if (messages.Count >= count) return messages;
            await Task.Delay(50);
        }
    }

    public async Task<MessageDetail> MessageAsync(string id) =>
        await Api.GetFromJsonAsync<MessageDetail>($"messages/{id}", Json) ?? throw new InvalidOperationException("no message");

    public Task<byte[]> PartContentAsync(string id, string partId) => Api.GetByteArrayAsync($"messages/{id}/part/{partId}/content");

    public Task<string> RawAsync(string id) => Api.GetStringAsync($"messages/{id}/raw");

    public Task<string> PlainTextAsync(string id) => Api.GetStringAsync($"messages/{id}/plaintext");

    public Task<string> HtmlAsync(string id) => Api.GetStringAsync($"messages/{id}/html");

    public async Task DisposeAsync()
    {
        Api.Dispose();
        await LocalProcess.StopAsync(process);
        if (configDir is not null) Directory.Delete(configDir, recursive: true);
    }

    public sealed record MessagePage(List<MessageSummary> Results);

    public sealed record MessageSummary(string Id, string From, List<string> To, string Subject, int AttachmentCount);

    public sealed record MessageDetail(string Id, string From, List<string> To, string Subject, List<MessagePart> Parts, List<MessageHeader> Headers)
    {
        public IEnumerable<MessagePart> AllParts() => Parts.SelectMany(p => p.Flatten());

        public string? Header(string name) => Headers.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;
    }

    public sealed record MessagePart(string Id, string Name, List<MessageHeader> Headers, List<MessagePart> ChildParts, bool IsAttachment)
    {
        public IEnumerable<MessagePart> Flatten() => ChildParts.SelectMany(c => c.Flatten()).Prepend(this);

        public string? Header(string name) => Headers.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;
    }

    public sealed record MessageHeader(string Name, string Value);
}

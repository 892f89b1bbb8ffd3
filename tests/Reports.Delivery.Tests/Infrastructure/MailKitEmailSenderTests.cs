using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using Reports.Delivery.Tests.Support;
using Reports.Domain.Delivery;
using Reports.Infrastructure.Email;

namespace Reports.Delivery.Tests.Infrastructure;

[Collection(DeliveryServers.Name)]
public sealed class MailKitEmailSenderTests(Smtp4devServer smtp)
{
    private static EmailMessage Message(string to, string id) =>
        new(to, "Subject ü €", "<p>html</p>", "text", [new EmailAttachment("r.pdf", "application/pdf", [0, 1, 2, 255])], id, [new EmailHeader("X-Test", "yes")]);

    [Fact]
    public async Task Consecutive_sends_share_one_smtp_session()
    {
        var before = await SessionIdsAsync();
        var sender = DeliveryRig.SenderTo(smtp.SmtpPort, TimeProvider.System);
        for (var i = 0; i < 3; i++) await sender.SendAsync(Message($"r{i}@reuse.example.com", $"reuse-{i}@test.example.com"), default);
        await sender.DisposeAsync();

        var received = await smtp.WaitForMessagesAsync("reuse.example.com", 3);
        Assert.Equal(3, received.Count);
        Assert.All(received, m => Assert.Equal("Subject ü €", m.Subject));
        // Without reuse there would be three sessions of one message each.
        var sessions = await NewSessionsAsync(before);
        Assert.Contains(sessions, s => s.NumberOfMessages == 3);
    }

    [Fact]
    public async Task An_unreachable_server_is_a_transient_failure_naming_the_server()
    {
        var port = LocalProcess.FreePort();
        await using var sender = DeliveryRig.SenderTo(port, TimeProvider.System);

        var failure = await Assert.ThrowsAsync<EmailSendException>(() => sender.SendAsync(Message("r@down.example.com", "d@test.example.com"), default));

        Assert.Equal(EmailFailure.Transient, failure.Failure);
        Assert.Equal($"could not reach the SMTP server 127.0.0.1:{port}: ConnectionRefused (Connection refused)", failure.Message);
    }

    [Fact]
    public async Task An_address_the_mail_library_cannot_use_is_rejected_before_connecting()
    {
        await using var sender = DeliveryRig.SenderTo(LocalProcess.FreePort(), TimeProvider.System);

        var failure = await Assert.ThrowsAsync<EmailSendException>(() => sender.SendAsync(Message("not an address", "x@test.example.com"), default));

        Assert.Equal(EmailFailure.Rejected, failure.Failure);
    }

    private async Task<HashSet<string>> SessionIdsAsync() => (await SessionsAsync()).Select(s => s.Id).ToHashSet();

    private async Task<IReadOnlyList<Session>> NewSessionsAsync(HashSet<string> before)
    {
        // smtp4dev lists a session once it has ended; QUIT was sent by DisposeAsync. The wait ends when the ended
        // sessions hold all three messages, however many sessions that took, so a lost reuse fails instead of hanging.
        while (true)
        {
            var fresh = (await SessionsAsync()).Where(s => !before.Contains(s.Id)).ToList();
            if (fresh.Sum(s => s.NumberOfMessages) >= 3) return fresh;
            await Task.Delay(50);
        }
    }

    private async Task<IReadOnlyList<Session>> SessionsAsync() =>
        (await smtp.Api.GetFromJsonAsync<SessionPage>("sessions?pageSize=10000"))!.Results;

    private sealed record SessionPage(List<Session> Results);

    private sealed record Session(string Id, int NumberOfMessages);
}

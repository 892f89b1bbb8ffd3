using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;
using Reports.Delivery.Tests.Support;
using Reports.Domain.Archive;
using Reports.Domain.Delivery;
using Reports.Domain.Narrative;
using Reports.Infrastructure.Storage;

namespace Reports.Delivery.Tests.EndToEnd;

/// <summary>Weekly subscribers over seven daily runs on the real stack (Azurite tables, queues and edition index; smtp4dev).</summary>
[Collection(DeliveryServers.Name)]
public sealed class WeeklyDigestTests(Smtp4devServer smtp, AzuriteServer azurite)
{
    // Seven report days ending on the sample day; the digest day falls on the run after the fourth.
    private static readonly DateOnly[] Week = Enumerable.Range(0, 7).Select(i => SampleReport.Day.AddDays(i - 6)).ToArray();
    private static readonly DateOnly DigestFor = Week[3];

    [Fact]
    public async Task Weekly_subscribers_get_one_digest_a_week_and_no_dailies_while_daily_ones_get_every_edition()
    {
        var index = new BlobEditionIndex(new BlobServiceClient(azurite.ConnectionString),
            Options.Create(new ReportsStorageOptions { ReportsContainer = "digest" + Guid.NewGuid().ToString("N")[..8] }));
        foreach (var day in Week) await index.SaveAsync(new EditionEntry(day, $"Headline of {day:yyyy-MM-dd}", $"Standfirst of {day:yyyy-MM-dd}."), default);
        var editions = new FixedReportEditions(Week.Select(day => SampleReport.Edition(day)).ToArray());
        await using var rig = new DeliveryRig(azurite, smtp, "weekly", editions, editions: index);
        var daily = (await rig.Manage.AddAsync(rig.Address("daily"), null, EmailFormat.PdfAttached, default)).Subscriber!;
        var weekly = (await rig.Manage.AddAsync(rig.Address("weekly"), null, EmailFormat.PdfAttached, EmailCadence.Weekly, DigestFor.AddDays(1).DayOfWeek, default)).Subscriber!;

        foreach (var day in Week)
        {
            await rig.FanOut.RunAsync(day, default);
            await rig.PumpAsync();
        }

        var received = await rig.ReceivedAfterMarkerAsync(smtp, Week.Length + 1);
        Assert.Equal(Week.Length, received.Count(m => m.To.Contains(daily.Address)));
        var digest = Assert.Single(received, m => m.To.Contains(weekly.Address));
        Assert.Equal($"The week in crypto flows to {Formats.Date(DigestFor)}: {SampleReport.Headline}", digest.Subject);
        Assert.Equal(1, digest.AttachmentCount);
        var attachment = Assert.Single((await smtp.MessageAsync(digest.Id)).AllParts(), p => p.IsAttachment);
        Assert.Contains($"flow-report-{DigestFor:yyyy-MM-dd}.pdf", attachment.Header("Content-Disposition"));

        // The week's headlines, newest first, each linked to its archive page; nothing after the digest's day.
        var text = await smtp.PlainTextAsync(digest.Id);
        var expected = Week.Where(d => d < DigestFor).Reverse().Select(d => $"Headline of {d:yyyy-MM-dd}").Prepend(SampleReport.Headline).ToList();
        var positions = expected.Select(h => text.IndexOf(h, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        Assert.DoesNotContain($"Headline of {Week[4]:yyyy-MM-dd}", text);
        Assert.Contains($"https://reports.example.com/api/archive/{Week[0]:yyyy-MM-dd}", text);
        Assert.Contains($"<a href=\"https://reports.example.com/api/archive/{DigestFor:yyyy-MM-dd}\"", await smtp.HtmlAsync(digest.Id));
        Assert.NotNull((await smtp.MessageAsync(digest.Id)).Header("List-Unsubscribe"));
    }
}

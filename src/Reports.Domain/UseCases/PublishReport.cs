using Reports.Domain.Archive;
using Reports.Domain.Market;
using Reports.Domain.Ports;

namespace Reports.Domain.UseCases;

/// <summary>
/// Builds one day's report from stored history and keeps it in every format in the archive, then its entry in the
/// edition index (last, so the index never lists an edition whose files are not all there). Each run also gives up to
/// <see cref="MissingEntriesPerRun"/> editions archived before the index existed their entry, so the archive and the
/// feed become complete within the first daily builds after an upgrade (docs/functions.md, "Public archive").
/// </summary>
/// <param name="index">Null where no index is kept (the CLI's local runs).</param>
public sealed class PublishReport(BuildReport build, IReportArchive archive, IEnumerable<IReportRenderer> renderers, IEditionIndex? index = null, TimeProvider? time = null)
{
    /// <summary>
    /// About a year of old editions per run: one listing of the reports container plus at most this many small JSON
    /// reads, then nothing once the index is complete.
    /// </summary>
    public const int MissingEntriesPerRun = 400;

    private readonly IReadOnlyList<IReportRenderer> renderers = renderers.ToList();

    /// <exception cref="MarketDataException">Nothing is stored for <paramref name="day"/>.</exception>
    /// <exception cref="StoreUnavailableException">The store failed.</exception>
    /// <exception cref="InvalidOperationException">No output format is configured.</exception>
    public async Task<PublishResult> RunAsync(DateOnly day, CancellationToken cancellationToken)
    {
        if (renderers.Count == 0)
            throw new InvalidOperationException("No report renderer is registered, so there is no format to publish.");

        var report = await build.RunAsync(new ReportRequest(day), cancellationToken).ConfigureAwait(false);
        var formats = new List<PublishedFormat>();
        foreach (var renderer in renderers)
        {
            var rendered = new RenderedReport(day, renderer.Format, renderer.ContentType, renderer.Render(report));
            var outcome = await archive.SaveAsync(rendered, cancellationToken).ConfigureAwait(false);
            formats.Add(new PublishedFormat(renderer.Format, outcome, rendered.Content.Length));
        }
        var completed = 0;
        if (index is not null)
        {
            await index.SaveAsync(new EditionEntry(day, report.Article.Headline, report.Article.Standfirst, await ArchivedAtAsync(day, formats, cancellationToken).ConfigureAwait(false)), cancellationToken)
                .ConfigureAwait(false);
            foreach (var missing in await index.MissingAsync(MissingEntriesPerRun, cancellationToken).ConfigureAwait(false))
            {
                await index.SaveAsync(missing, cancellationToken).ConfigureAwait(false);
                completed++;
            }
        }
        return new PublishResult(day, formats, report.Analysis.Gaps, report.Analysis.Warnings.Count) { EntriesCompleted = completed };
    }

    /// <summary>Now when any file changed; a rebuild that changed nothing keeps the time the edition was archived.</summary>
    private async Task<DateTimeOffset> ArchivedAtAsync(DateOnly day, IReadOnlyList<PublishedFormat> formats, CancellationToken cancellationToken)
    {
        var now = (time ?? TimeProvider.System).GetUtcNow();
        if (formats.Any(f => f.Outcome != StoreOutcome.AlreadyStored)) return now;
        return (await index!.GetAsync(day, cancellationToken).ConfigureAwait(false))?.ArchivedAt ?? now;
    }
}

/// <param name="Gaps">What the report says it could not measure (missing sources show up here).</param>
public sealed record PublishResult(DateOnly Day, IReadOnlyList<PublishedFormat> Formats, IReadOnlyList<string> Gaps, int Warnings)
{
    /// <summary>Editions archived before the index existed that this run gave an entry.</summary>
    public int EntriesCompleted { get; init; }
}

public sealed record PublishedFormat(string Format, StoreOutcome Outcome, int Bytes);

namespace Reports.Domain.Archive;

/// <summary>
/// What the archive index and the feed show of one archived edition, kept beside it when it is published so a list
/// of editions never has to download the editions themselves.
/// </summary>
/// <param name="ArchivedAt">When the edition's files were last written to the archive (the feed's <c>updated</c>); null
/// only for an entry read back from before this was kept, whose store supplies its own write time instead.</param>
public sealed record EditionEntry(DateOnly Date, string Headline, string Standfirst, DateTimeOffset? ArchivedAt = null);

/// <summary>One page of the archive index, newest first.</summary>
/// <param name="Total">Editions in the whole index, so a caller knows whether older pages exist.</param>
public sealed record EditionPage(IReadOnlyList<EditionEntry> Entries, int Total);

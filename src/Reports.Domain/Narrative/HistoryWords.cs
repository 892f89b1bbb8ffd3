using Reports.Domain.Analysis;

namespace Reports.Domain.Narrative;

/// <summary>History in the reader's words: "since records here begin in January 2025", "the 7th-largest".</summary>
internal static class HistoryWords
{
    /// <summary>Ranks beyond this are not news and are not quoted.</summary>
    public const int QuotedRank = 10;

    /// <summary>A "largest since" date must lie at least this far back to be worth quoting.</summary>
    public const int QuotedSinceDays = 30;

    /// <summary>"since records here begin in January 2025" the first time the article names that start, "on record" after.</summary>
    public static string SinceRecordsBegin(Prose p, string path, DateOnly? begins) =>
        begins is not { } b ? "in the records kept here"
        : p.Mentions.First($"records-begin {b:yyyy-MM}") ? $"since records here begin in {p.Fig(path, Formats.MonthYear(b))}"
        : "on record";

    /// <summary>"largest" for rank 1, "7th-largest" otherwise.</summary>
    public static string Largest(Prose p, string path, int rank, string adjective = "largest") =>
        rank == 1 ? adjective : $"{p.Fig(path, Words.Ordinal(rank))}-{adjective}";

    public static bool Quotable(int? rank) => rank is >= 1 and <= QuotedRank;

    /// <summary>A record flag is news only over enough history: the highest of a fortnight is not a record to a reader.</summary>
    public static bool IsNews(bool record, int daysCompared) => record && daysCompared >= MarketHistory.MinimumDaysForRecord;
}

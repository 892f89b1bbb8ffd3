namespace Reports.Domain.Narrative;

/// <summary>
/// What the article has already told its reader, so that a long phrase ("since records here begin in January 2025")
/// is spelt out once and shortened after. One per article; writers run in reading order.
/// </summary>
internal sealed class Mentions
{
    private readonly HashSet<string> _said = [];

    /// <summary>True the first time <paramref name="key"/> is asked for, false after.</summary>
    public bool First(string key) => _said.Add(key);
}

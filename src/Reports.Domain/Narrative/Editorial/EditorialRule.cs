using System.Reflection;

namespace Reports.Domain.Narrative.Editorial;

/// <summary>
/// One verdict the article may state, with the figures it reads and the condition under which it holds.
/// Every verdict phrase in the prose comes from exactly one of these; docs/editorial.md lists them all.
/// </summary>
/// <param name="Id">Stable id, carried by each sentence that states the verdict (<see cref="Sentence.Rules"/>).</param>
/// <param name="Verdict">The words the rule licenses, as the article writes them.</param>
/// <param name="Reads">The figures the condition reads (JSON paths, with * for an asset or market).</param>
/// <param name="Condition">When the verdict holds, thresholds included.</param>
public sealed record EditorialRule(string Id, string Verdict, string Reads, string Condition)
{
    /// <summary>Every rule declared in <see cref="Rules"/>, in declaration order (the order docs/editorial.md lists them).</summary>
    public static IReadOnlyList<EditorialRule> All { get; } = typeof(Rules)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(EditorialRule))
        .Select(f => (EditorialRule)f.GetValue(null)!)
        .ToList();
}

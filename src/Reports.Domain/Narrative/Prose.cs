using Reports.Domain.Narrative.Editorial;

namespace Reports.Domain.Narrative;

/// <summary>
/// Collects sentences and the figures each one states. Figures are registered while the sentence's
/// interpolated string is evaluated, then attached to it by <see cref="Say"/>.
/// </summary>
internal sealed class Prose
{
    private readonly List<FigureRef> _pending = [];
    private readonly List<Sentence> _sentences = [];

    public Prose(Mentions? mentions = null) => Mentions = mentions ?? new Mentions();

    /// <summary>What the article has said before this prose: shared by the writers of one article.</summary>
    public Mentions Mentions { get; }

    public bool IsEmpty => _sentences.Count == 0;

    public string Fig(string path, string formatted)
    {
        _pending.Add(new FigureRef(path, formatted));
        return formatted;
    }

    public string Money(string path, decimal usd) => Fig(path, Formats.Money(usd));

    public string Price(string path, decimal usd) => Fig(path, Formats.Price(usd));

    /// <summary>A market level without a currency sign (index points, a fund's quote), as the tables write it.</summary>
    public string Level(string path, decimal value) => Fig(path, Formats.Level(value));

    public string Percent(string path, decimal pct) => Fig(path, Formats.Percent(pct));

    /// <summary>"rose 1.2%", "fell 0.9%", or "was little changed" when the move prints as 0.0%.</summary>
    public string Moved(string path, decimal pct) =>
        Formats.RoundsToZero(pct) ? "was little changed" : $"{(pct > 0 ? "rose" : "fell")} {Percent(path, pct)}";

    public string Date(string path, DateOnly day) => Fig(path, Formats.Date(day));

    /// <summary>A price as prose writes it: whole dollars from $1,000 ("$67,817"), cents below.</summary>
    public string ProsePrice(string path, decimal usd) => Fig(path, Formats.ProsePrice(usd));

    /// <summary>Ends the sentence; <paramref name="rules"/> are the editorial rules whose verdicts it states.</summary>
    public Prose Say(string text, params EditorialRule?[] rules)
    {
        _sentences.Add(new Sentence(text, _pending.ToList()) { Rules = [.. rules.OfType<EditorialRule>().Select(r => r.Id).Distinct()] });
        _pending.Clear();
        return this;
    }

    /// <summary>Takes the sentences said so far as one paragraph (or bullet list) and starts afresh.</summary>
    public Paragraph Take(bool asList = false)
    {
        var paragraph = new Paragraph(_sentences.ToList(), asList);
        _sentences.Clear();
        _pending.Clear();
        return paragraph;
    }
}

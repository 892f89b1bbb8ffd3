namespace Reports.Domain.Narrative;

/// <summary>Grammar in one place: the indefinite article, plurals and lists, so no writer hand-rolls "a"/"an" or "s".</summary>
public static class Words
{
    /// <summary>"a" or "an" for the word or figure that follows, by how it is read aloud ("an 8.7% fall", "an 11-day", "a 1.5%").</summary>
    public static string A(string next)
    {
        var t = next.TrimStart('$', '\u2212', '+', '-');
        if (t.Length == 0) return "a";
        if (char.IsDigit(t[0]))
        {
            // Read aloud by the first comma group: "eight…", "eleven…", "eighteen…" take "an" ("an 11,000", "an 18.5%"); "a 110" does not.
            var firstGroup = new string(t.TakeWhile(char.IsDigit).ToArray());
            return firstGroup[0] == '8' || firstGroup is "11" or "18" ? "an" : "a";
        }
        var lower = char.ToLowerInvariant(t[0]);
        if (t.Length > 1 && char.IsUpper(t[0]) && char.IsUpper(t[1])) return "AEFHILMNORSX".Contains(t[0]) ? "an" : "a"; // initialisms: "an FOMC", "an ETF"
        if (t.StartsWith("uni", StringComparison.OrdinalIgnoreCase) || t.StartsWith("use", StringComparison.OrdinalIgnoreCase) || t.StartsWith("one", StringComparison.OrdinalIgnoreCase)) return "a";
        if (t.StartsWith("hour", StringComparison.OrdinalIgnoreCase) || t.StartsWith("honest", StringComparison.OrdinalIgnoreCase)) return "an";
        return "aeiou".Contains(lower) ? "an" : "a";
    }

    /// <summary>The article and the word: "an 8.7% fall".</summary>
    public static string WithA(string next) => $"{A(next)} {next}";

    /// <summary>The phrase with its first letter upper case, to open a sentence ("the rest of the top 25" → "The rest …").</summary>
    public static string Capitalised(string phrase) => phrase.Length == 0 ? phrase : char.ToUpperInvariant(phrase[0]) + phrase[1..];

    /// <summary>"1 day", "3 days", "1,204 rows".</summary>
    public static string Count(long n, string singular, string? plural = null) => $"{Formats.Count(n)} {(n == 1 ? singular : plural ?? singular + "s")}";

    /// <summary>"BTC", "BTC and ETH", "BTC, ETH and SOL".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    /// <summary>"1st", "2nd", "3rd", "11th", "22nd".</summary>
    public static string Ordinal(int n) => n + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}

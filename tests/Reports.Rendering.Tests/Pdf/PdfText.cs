using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Reports.Rendering.Tests.Pdf;

/// <summary>Reads text back out of a rendered PDF, a page at a time, in reading order.</summary>
internal static class PdfText
{
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(page => ContentOrderTextExtractor.GetText(page)).ToArray();
    }

    public static IReadOnlyList<IReadOnlyList<string>> Words(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(page => (IReadOnlyList<string>)page.GetWords().Select(w => w.Text).ToArray()).ToArray();
    }

    /// <summary>Whitespace (including line breaks) collapsed to single spaces, for phrase searches.</summary>
    public static string Flatten(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

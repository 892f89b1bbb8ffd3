namespace Reports.Rendering.Layout;

/// <summary>What the PDF says about itself. Fixed values (no clock) keep the output byte-identical.</summary>
internal sealed record DocumentMetadata(
    string Title,
    string Author,
    string Subject,
    string Creator,
    string Producer,
    DateTimeOffset Created);

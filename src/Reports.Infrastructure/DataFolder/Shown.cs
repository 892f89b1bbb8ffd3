namespace Reports.Infrastructure.DataFolder;

/// <summary>File content quoted in a message: short, one line, printable, whatever the file holds.</summary>
internal static class Shown
{
    public static string Text(string value)
    {
        var printable = string.Create(Math.Min(value.Length, DataFolderLimits.ShownChars), value, (span, v) =>
        {
            for (var i = 0; i < span.Length; i++)
                span[i] = char.IsControl(v[i]) || char.IsSurrogate(v[i]) ? '?' : v[i];
        });
        return value.Length > DataFolderLimits.ShownChars ? printable + string.Create(System.Globalization.CultureInfo.InvariantCulture, $"… ({value.Length:N0} characters)") : printable;
    }
}

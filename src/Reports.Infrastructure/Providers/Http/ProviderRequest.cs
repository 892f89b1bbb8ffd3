using System.Text;

namespace Reports.Infrastructure.Providers.Http;

/// <summary>
/// One GET to a provider: the URI sent, the URI recorded (any key in the query removed), and the settings a
/// failure message should point the user at.
/// </summary>
internal sealed record ProviderRequest(Uri Uri, string DisplayUri, string BaseUrlSetting, string? KeySetting, string? RegionBlockedHint = null)
{
    /// <summary>Builds <paramref name="baseUrl"/> + <paramref name="path"/> + an escaped query; <paramref name="secretQuery"/> is sent but never recorded.</summary>
    public static ProviderRequest Get(
        string baseUrl,
        string path,
        IEnumerable<(string Name, string Value)> query,
        string baseUrlSetting,
        string? keySetting = null,
        (string Name, string Value)? secretQuery = null,
        string? regionBlockedHint = null)
    {
        var display = Compose(baseUrl, path, query);
        var sent = secretQuery is { } secret
            ? Compose(baseUrl, path, query.Append(secret))
            : display;
        return new ProviderRequest(new Uri(sent, UriKind.Absolute), display, baseUrlSetting, keySetting, regionBlockedHint);
    }

    private static string Compose(string baseUrl, string path, IEnumerable<(string Name, string Value)> query)
    {
        var text = new StringBuilder(baseUrl.TrimEnd('/')).Append('/').Append(path.TrimStart('/'));
        var separator = '?';
        foreach (var (name, value) in query)
        {
            text.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }
        return text.ToString();
    }
}

namespace Reports.Infrastructure.Tests.Providers;

/// <summary>Recorded provider responses under MarketData/TestData/&lt;provider&gt;/, copied next to the test assembly.</summary>
internal static class TestData
{
    public static string Path(string provider, string file) =>
        System.IO.Path.Combine(AppContext.BaseDirectory, "Providers", "TestData", provider, file);

    public static string Text(string provider, string file) => File.ReadAllText(Path(provider, file));
}

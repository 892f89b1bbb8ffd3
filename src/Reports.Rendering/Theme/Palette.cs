using SkiaSharp;

namespace Reports.Rendering.Theme;

/// <summary>Every colour of every edition (PDF, HTML, email): text, rules, tables and chart series.</summary>
internal static class Palette
{
    public static SKColor Ink { get; } = new(0x1A, 0x1D, 0x23);
    public static SKColor Muted { get; } = new(0x5F, 0x66, 0x72);
    public static SKColor Faint { get; } = new(0x8A, 0x91, 0x9C);
    public static SKColor Accent { get; } = new(0x0B, 0x4F, 0x8A);
    public static SKColor Rule { get; } = new(0xC9, 0xCE, 0xD6);
    public static SKColor HeaderFill { get; } = new(0xE6, 0xEB, 0xF1);
    public static SKColor StripeFill { get; } = new(0xF5, 0xF7, 0xFA);
    public static SKColor Warning { get; } = new(0xB4, 0x3C, 0x12);

    // Chart series: the market, BTC, ETH, then others; falls and rises for histograms.
    public static SKColor MarketSeries { get; } = new(0x0B, 0x4F, 0x8A);
    public static SKColor BtcSeries { get; } = new(0xD9, 0x7A, 0x00);
    public static SKColor EthSeries { get; } = new(0x4B, 0x55, 0xA8);
    public static SKColor OtherSeries { get; } = new(0x2E, 0x7D, 0x5B);
    public static SKColor Signal { get; } = new(0xC2, 0x41, 0x2D);
    public static SKColor Rise { get; } = new(0x2E, 0x8B, 0x57);
    public static SKColor Fall { get; } = new(0xC2, 0x41, 0x2D);
    public static SKColor Marker { get; } = new(0x7A, 0x2E, 0x8E);
    public static SKColor Support { get; } = new(0x6B, 0x72, 0x80);

    // The HTML edition's dark mode: the same roles, light on dark. Charts stay on their white card.
    public static SKColor DarkPaper { get; } = new(0x14, 0x17, 0x1C);
    public static SKColor DarkInk { get; } = new(0xE6, 0xE8, 0xEC);
    public static SKColor DarkMuted { get; } = new(0xA7, 0xAE, 0xB9);
    public static SKColor DarkRule { get; } = new(0x3A, 0x40, 0x4A);
    public static SKColor DarkAccent { get; } = new(0x7F, 0xB4, 0xE6);
    public static SKColor DarkHeaderFill { get; } = new(0x25, 0x2B, 0x34);
    public static SKColor DarkStripeFill { get; } = new(0x1B, 0x1F, 0x26);
    public static SKColor DarkWarning { get; } = new(0xF0, 0x8A, 0x5D);
    public static SKColor DarkRise { get; } = new(0x6F, 0xCF, 0x97);
    public static SKColor DarkFall { get; } = new(0xF2, 0x8B, 0x7A);

    /// <summary>"#1a1d23": the colour for CSS and inline email styles.</summary>
    public static string Hex(SKColor color) => $"#{color.Red:x2}{color.Green:x2}{color.Blue:x2}";

    public static SKColor SeriesFor(string symbol) => symbol.ToUpperInvariant() switch
    {
        "BTC" => BtcSeries,
        "ETH" => EthSeries,
        _ => OtherSeries,
    };
}

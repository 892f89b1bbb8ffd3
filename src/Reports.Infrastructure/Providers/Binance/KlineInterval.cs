namespace Reports.Infrastructure.Providers.Binance;

/// <summary>A Binance kline interval: its API code and its length.</summary>
internal sealed record KlineInterval(string Code, TimeSpan Length)
{
    public static readonly KlineInterval OneDay = new("1d", TimeSpan.FromDays(1));
    public static readonly KlineInterval FourHours = new("4h", TimeSpan.FromHours(4));
}

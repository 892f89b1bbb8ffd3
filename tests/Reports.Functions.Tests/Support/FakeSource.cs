using System.Collections.Concurrent;
using Reports.Domain.Market;
using Reports.Domain.Ports;

namespace Reports.Functions.Tests.Support;

/// <summary>An <see cref="IMarketDataSource"/> with fixed data; <see cref="Behaviour"/> can make it fail or act mid-fetch.</summary>
public sealed class FakeSource(string name, Func<DateOnly, SourceFetch> data) : IMarketDataSource
{
    private readonly ConcurrentQueue<DateOnly> fetched = new();

    public string Name => name;

    /// <summary>Runs before the data is returned; throw from it to make the source fail.</summary>
    public Func<DateOnly, CancellationToken, Task>? Behaviour { get; set; }

    /// <summary>Days asked for, in order.</summary>
    public IReadOnlyList<DateOnly> Fetched => fetched.ToList();

    public async Task<SourceFetch> FetchDayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        fetched.Enqueue(day);
        if (Behaviour is { } behaviour) await behaviour(day, cancellationToken);
        return data(day);
    }

    public static FakeSource Gecko() => new(TestMarket.Gecko, TestMarket.GeckoDay);
    public static FakeSource Binance() => new(TestMarket.Binance, TestMarket.BinanceDay);
    public static FakeSource Stooq() => new(TestMarket.Stooq, TestMarket.StooqDay);
}

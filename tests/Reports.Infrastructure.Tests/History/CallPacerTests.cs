using Microsoft.Extensions.Time.Testing;
using Reports.Domain.UseCases.History;
using Reports.Infrastructure.Providers.CoinGecko;
using Reports.Infrastructure.Providers.History;

namespace Reports.Infrastructure.Tests.History;

/// <summary>The CoinGecko Demo limit (30 calls a minute) during a bootstrap, on a fake clock: no wall time passes.</summary>
public sealed class CallPacerTests
{
    [Fact]
    public async Task The_31st_call_of_a_minute_waits_until_the_first_one_is_a_minute_old()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 2, 6, 1, 0, 0, TimeSpan.Zero));
        var pacer = new CallPacer(30, TimeSpan.FromMinutes(1), clock);

        for (var i = 0; i < 30; i++)
        {
            Assert.True(pacer.WaitAsync(CancellationToken.None).IsCompletedSuccessfully, $"call {i + 1} should go at once");
            clock.Advance(TimeSpan.FromSeconds(1));
        }
        var next = pacer.WaitAsync(CancellationToken.None);
        Assert.False(next.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(29)); // 59 s after the first call
        Assert.False(next.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        await next.WaitAsync(TimeSpan.FromSeconds(10));

        // The second call of the first minute frees the next slot one second later, not a whole minute later.
        var after = pacer.WaitAsync(CancellationToken.None);
        Assert.False(after.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        await after.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_wait_is_cancelled_without_counting_a_call()
    {
        var clock = new FakeTimeProvider();
        var pacer = new CallPacer(1, TimeSpan.FromMinutes(1), clock);
        await pacer.WaitAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var waiting = pacer.WaitAsync(cancel.Token);
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(pacer.WaitAsync(CancellationToken.None).IsCompletedSuccessfully);
    }

    [Theory]
    [InlineData(102, 30, 3)]   // a 400-day bootstrap with the default top 100 coins: /coins/markets, /global, 100 charts
    [InlineData(30, 30, 0)]
    [InlineData(31, 30, 1)]
    [InlineData(252, 30, 8)]   // top 250 coins
    public void A_bootstrap_of_the_estimate_takes_whole_minutes_at_the_demo_limit(int calls, int permits, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), CallPacer.Duration(calls, permits, TimeSpan.FromMinutes(1)));
        var plan = new BootstrapPlan([], new Dictionary<string, int> { [GlobalEstimateSource.SourceName] = calls });
        Assert.Equal(TimeSpan.FromMinutes(minutes), BootstrapDuration.AtLeast(plan, new CoinGeckoOptions { RateLimitPermits = permits }));
    }
}

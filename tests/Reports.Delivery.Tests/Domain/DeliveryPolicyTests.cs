using Reports.Domain.Delivery;

namespace Reports.Delivery.Tests.Domain;

public sealed class DeliveryPolicyTests
{
    [Fact]
    public void Retry_delay_doubles_from_the_first_and_stops_at_the_cap()
    {
        var policy = DeliveryPolicy.Default;

        Assert.Equal(
            new[] { 30, 60, 120, 240, 480, 900, 900 }.Select(s => TimeSpan.FromSeconds(s)),
            Enumerable.Range(1, 7).Select(policy.RetryDelay));
        Assert.Equal(TimeSpan.FromMinutes(15), policy.RetryDelay(1000));
    }
}

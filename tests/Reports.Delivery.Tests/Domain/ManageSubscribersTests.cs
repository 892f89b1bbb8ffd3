using Microsoft.Extensions.Time.Testing;
using Reports.Delivery.Tests.Support;
using Reports.Domain.Delivery;
using Reports.Domain.UseCases;

namespace Reports.Delivery.Tests.Domain;

public sealed class ManageSubscribersTests
{
    private static readonly DateTimeOffset Now = new(2026, 2, 6, 9, 30, 0, TimeSpan.Zero);
    private readonly InMemorySubscribers store = new();
    private readonly ManageSubscribers manage;
    private int tokens;

    public ManageSubscribersTests() => manage = new ManageSubscribers(store, new FakeTimeProvider(Now), () => Token(++tokens));

    /// <summary>Deterministic tokens of the real shape (43 URL-safe characters): "token-1" padded with x.</summary>
    private static string Token(int n) => $"token-{n}".PadRight(43, 'x');

    [Fact]
    public async Task Adding_validates_normalises_and_updating_keeps_the_token_and_date()
    {
        var added = await manage.AddAsync(" Reader@Example.COM ", [" btc", "ETH", "btc", ""], EmailFormat.PdfAttached, default);
        var updated = await manage.AddAsync("reader@example.com", ["sol"], EmailFormat.LinkOnly, default);

        Assert.Equal(SubscriberChangeKind.Added, added.Kind);
        var s = added.Subscriber!;
        Assert.Equal((SubscriberId.For("reader@example.com"), "Reader@example.com", EmailFormat.PdfAttached, Token(1), Now), (s.Id, s.Address, s.Format, s.UnsubscribeToken, s.SubscribedAt));
        Assert.Equal(["BTC", "ETH"], s.Assets);
        Assert.Equal(SubscriberChangeKind.Updated, updated.Kind);
        Assert.Equal((Token(1), Now, EmailFormat.LinkOnly), (updated.Subscriber!.UnsubscribeToken, updated.Subscriber.SubscribedAt, updated.Subscriber.Format));
        Assert.Equal(["SOL"], (await store.FindAsync(s.Id, default))!.Assets);
    }

    [Fact]
    public async Task An_invalid_address_is_refused_with_the_reason_and_not_stored()
    {
        var result = await manage.AddAsync("reader@localhost", null, EmailFormat.PdfAttached, default);

        Assert.Equal(SubscriberChangeKind.InvalidAddress, result.Kind);
        Assert.Equal("'reader@localhost' is not a usable address: the domain 'localhost' has no dot (e.g. example.com)", result.Message);
        Assert.Empty(await store.ListAsync(default).ToListAsync());
    }

    [Fact]
    public async Task Removing_by_address_id_or_unsubscribe_token()
    {
        var a = (await manage.AddAsync("a@example.com", null, EmailFormat.PdfAttached, default)).Subscriber!;
        var b = (await manage.AddAsync("b@example.com", null, EmailFormat.PdfAttached, default)).Subscriber!;
        var c = (await manage.AddAsync("c@example.com", null, EmailFormat.PdfAttached, default)).Subscriber!;

        Assert.Equal(SubscriberChangeKind.Removed, (await manage.RemoveAsync("A@EXAMPLE.com", default)).Kind);
        Assert.Equal(SubscriberChangeKind.Removed, (await manage.RemoveAsync(b.Id, default)).Kind);
        Assert.Equal(SubscriberChangeKind.Removed, (await manage.UnsubscribeAsync(c.UnsubscribeToken, default)).Kind);
        Assert.Equal(SubscriberChangeKind.NotFound, (await manage.RemoveAsync("a@example.com", default)).Kind);
        Assert.Equal(SubscriberChangeKind.NotFound, (await manage.UnsubscribeAsync("", default)).Kind);
        Assert.Empty(await store.ListAsync(default).ToListAsync());
        Assert.NotEqual(a.Id, b.Id);
    }

    [Fact]
    public void Default_tokens_are_url_safe_and_unguessable()
    {
        var tokens = Enumerable.Range(0, 100).Select(_ => ManageSubscribers.NewUnsubscribeToken()).ToList();

        Assert.All(tokens, t => Assert.Matches("^[A-Za-z0-9_-]{43}$", t));
        Assert.Equal(100, tokens.Distinct().Count());
    }
}

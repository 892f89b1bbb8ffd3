using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Reports.Delivery.Tests.Support;
using Reports.Domain.Delivery;
using Reports.Domain.UseCases;
using UnsubscribeFunction = Reports.Functions.Http.Unsubscribe;

namespace Reports.Delivery.Tests.Functions;

public sealed class UnsubscribeFunctionTests
{
    private readonly InMemorySubscribers store = new();
    private readonly UnsubscribeFunction function;
    private readonly ManageSubscribers manage;

    public UnsubscribeFunctionTests()
    {
        manage = new ManageSubscribers(store, new FakeTimeProvider());
        function = new UnsubscribeFunction(manage, new FakeLogger<UnsubscribeFunction>());
    }

    private static HttpRequest Request(string method, string? token)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        if (token is not null) context.Request.QueryString = QueryString.Create("token", token);
        return context.Request;
    }

    [Fact]
    public async Task Opening_the_link_only_asks_and_the_post_unsubscribes()
    {
        var reader = (await manage.AddAsync("reader@example.com", null, EmailFormat.PdfAttached, default)).Subscriber!;

        var opened = (ContentResult)await function.RunAsync(Request("GET", reader.UnsubscribeToken), default);
        Assert.Equal(200, opened.StatusCode);
        Assert.Contains($"<form method=\"post\" action=\"?token={Uri.EscapeDataString(reader.UnsubscribeToken)}\">", opened.Content);
        Assert.NotNull(await store.FindAsync(reader.Id, default));

        var posted = (ContentResult)await function.RunAsync(Request("POST", reader.UnsubscribeToken), default);
        Assert.Equal(200, posted.StatusCode);
        Assert.Contains("You are unsubscribed.", posted.Content);
        Assert.Null(await store.FindAsync(reader.Id, default));

        var again = (ContentResult)await function.RunAsync(Request("POST", reader.UnsubscribeToken), default);
        Assert.Equal(404, again.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("' or PartitionKey ne '' or UnsubscribeToken eq 'xxxxxxxxxxxxxxxx")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/")]
    public async Task A_link_without_a_well_formed_token_is_a_bad_request(string? token)
    {
        await manage.AddAsync("reader@example.com", null, EmailFormat.PdfAttached, default);

        var result = (ContentResult)await function.RunAsync(Request("POST", token), default);

        Assert.Equal(400, result.StatusCode);
        Assert.Single(await store.ListAsync(default).ToListAsync());
    }
}

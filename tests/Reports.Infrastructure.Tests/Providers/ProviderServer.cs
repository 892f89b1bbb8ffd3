using System.Net;
using System.Net.Sockets;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Reports.Infrastructure.Tests.Providers;

/// <summary>A real HTTP server on 127.0.0.1 that plays a provider, serving recorded responses from TestData/.</summary>
internal sealed class ProviderServer : IDisposable
{
    private ProviderServer(WireMockServer server) => Server = server;

    public WireMockServer Server { get; }

    /// <summary>
    /// The address clients call. WireMock reports (and also listens on) "localhost"; calling 127.0.0.1 keeps the
    /// traffic on the IPv4 loopback whatever the resolver prefers.
    /// </summary>
    public string Url => Server.Urls[0].Replace("://localhost:", "://127.0.0.1:", StringComparison.Ordinal);

    public static ProviderServer Start()
    {
        var server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = [$"http://127.0.0.1:{FreePort()}"],
            StartAdminInterface = false,
        });
        return new ProviderServer(server);
    }

    /// <summary>Answers every matching GET with <paramref name="response"/>.</summary>
    public void Serve(IRequestBuilder request, IResponseBuilder response) => Server.Given(request.UsingGet()).RespondWith(response);

    /// <summary>Answers matching GETs with each response in turn; the last one repeats.</summary>
    public void ServeInOrder(Func<IRequestBuilder> request, params IResponseBuilder[] responses)
    {
        var scenario = Guid.NewGuid().ToString("N");
        for (var i = 0; i < responses.Length; i++)
        {
            var mapping = Server.Given(request().UsingGet()).InScenario(scenario);
            if (i > 0)
            {
                mapping = mapping.WhenStateIs($"after-{i}");
            }
            if (i < responses.Length - 1)
            {
                mapping = mapping.WillSetStateTo($"after-{i + 1}");
            }
            mapping.RespondWith(responses[i]);
        }
    }

    /// <summary>Requests the server received on <paramref name="path"/>.</summary>
    public IReadOnlyList<ILogEntry> Received(string path) =>
        Server.LogEntries.Where(e => e.RequestMessage.Path == path).ToList();

    public int Count(string path) => Received(path).Count;

    public void Dispose() => Server.Stop();

    public static IResponseBuilder Json(string provider, string file, int status = 200) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(TestData.Text(provider, file));

    public static IResponseBuilder Text(string provider, string file, string contentType = "text/csv", int status = 200) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", contentType).WithBody(TestData.Text(provider, file));

    public static IResponseBuilder Status(int status, string body = "") =>
        Response.Create().WithStatusCode(status).WithBody(body);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

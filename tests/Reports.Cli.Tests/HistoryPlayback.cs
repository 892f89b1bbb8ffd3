using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Reports.Domain.Market;
using Reports.Infrastructure.DataFolder;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace Reports.Cli.Tests;

/// <summary>
/// A loopback server that answers like Binance (klines, open-interest statistics), Stooq (daily CSV) and CoinGecko
/// (/coins/markets, /global, /coins/{id}/market_chart), in the providers' documented shapes, with figures taken from
/// the bundled samples: the real daily candles and cross markets, the sample 4h candles where they exist (else six
/// bars cut from the day's candle), and per-coin caps that are fixed shares of the sample total market cap.
/// </summary>
internal sealed class HistoryPlayback : IDisposable
{
    /// <summary>Share of the total market cap each coin has on the oldest day; it drifts linearly to <see cref="SharesNow"/>.</summary>
    public static readonly (string Id, string Symbol, decimal Share)[] SharesThen = [("bitcoin", "btc", 0.55m), ("ethereum", "eth", 0.12m), ("tether", "usdt", 0.05m)];
    public static readonly decimal[] SharesNow = [0.58m, 0.10m, 0.07m];

    private static readonly Lazy<MarketData> Samples = new(() =>
        new DataFolderStore(RepositoryFolder.Combine("samples")).LoadAsync(null, CancellationToken.None).GetAwaiter().GetResult());

    private readonly WireMockServer server = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreePort()}"], StartAdminInterface = false });

    public HistoryPlayback(DateOnly today)
    {
        Today = today;
        _ = Samples.Value; // read the samples before the first request, not while a client waits on it
        Serve(Request.Create().WithPath("/api/v3/klines"), Klines);
        Serve(Request.Create().WithPath("/futures/data/openInterestHist"), OpenInterest);
        Serve(Request.Create().WithPath("/q/d/l/"), Stooq);
        Serve(Request.Create().WithPath("/api/v3/coins/markets"), _ => Json(Markets()));
        Serve(Request.Create().WithPath("/api/v3/global"), _ => Json(Global()));
        Serve(Request.Create().WithPath(new WireMock.Matchers.RegexMatcher("^/api/v3/coins/[a-z-]+/market_chart$")), Chart);
    }

    public DateOnly Today { get; }

    public MarketData Data => Samples.Value;

    public WireMockServer Server => server;

    public string Url => server.Urls[0].Replace("://localhost:", "://127.0.0.1:", StringComparison.Ordinal);

    /// <summary>Requests received on paths starting with <paramref name="prefix"/>.</summary>
    public int Count(string prefix) => server.LogEntries.Count(e => e.RequestMessage.Path.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>Settings that send every provider here, with fast retries and no CoinGlass key.</summary>
    public string Settings(TempFolder tmp, int retries = 0) => tmp.File("settings.json", $$"""
        {
          "MarketData": {
            "Assets": [ "BTC", "ETH" ],
            "CrossMarkets": [ "GOLD", "SILVER", "NASDAQ" ],
            "Binance": { "SpotBaseUrl": "{{Url}}", "FuturesBaseUrl": "{{Url}}", {{Fast(retries)}} },
            "Stooq": { "BaseUrl": "{{Url}}", {{Fast(retries)}} },
            "Yahoo": { "Enabled": false },
            "CoinGecko": { "BaseUrl": "{{Url}}/api/v3", {{Fast(retries)}} },
            "GlobalEstimate": { "TopCoins": 3 }
          }
        }
        """);

    private static string Fast(int retries) =>
        $"\"MaxRetries\": {retries}, \"AttemptTimeout\": \"00:01:00\", \"TotalTimeout\": \"00:02:00\", \"RetryBaseDelay\": \"00:00:00.010\", \"RateLimitPermits\": 1000";

    public void Dispose() => server.Stop();

    /// <summary>The sample total market cap of <paramref name="day"/> (what a real /global would have said).</summary>
    public decimal Total(DateOnly day) => Data.Global.Single(p => p.Date == day).TotalMarketCapUsd;

    private decimal Share(int coin, DateOnly day)
    {
        var first = Today.AddDays(-400);
        var t = (decimal)(day.DayNumber - first.DayNumber) / (Today.DayNumber - first.DayNumber);
        return SharesThen[coin].Share + (SharesNow[coin] - SharesThen[coin].Share) * t;
    }

    private string Markets()
    {
        var last = Today.AddDays(-1);
        var total = Data.Global.Single(p => p.Date == last);
        return "[" + string.Join(",", SharesThen.Select((c, i) =>
            $$"""{"id":"{{c.Id}}","symbol":"{{c.Symbol}}","market_cap":{{N(total.TotalMarketCapUsd * SharesNow[i])}},"total_volume":{{N((total.TotalVolumeUsd ?? 0) * SharesNow[i])}}}""")) + "]";
    }

    private string Global()
    {
        var last = Data.Global.Single(p => p.Date == Today.AddDays(-1));
        var updated = new DateTimeOffset(Today.ToDateTime(new TimeOnly(0, 30)), TimeSpan.Zero).ToUnixTimeSeconds();
        return $$$"""{"data":{"total_market_cap":{"usd":{{{N(last.TotalMarketCapUsd)}}}},"total_volume":{"usd":{{{N(last.TotalVolumeUsd ?? 0)}}}},"updated_at":{{{updated}}}}}""";
    }

    /// <summary>365 daily points stamped 00:00 UTC (the close of the day before), like the Demo plan's answer.</summary>
    private ResponseMessage Chart(IRequestMessage request)
    {
        var id = request.Path.Split('/')[4];
        var coin = Array.FindIndex(SharesThen, c => c.Id == id);
        var caps = new List<string>();
        var volumes = new List<string>();
        for (var stamp = Today.AddDays(-364); stamp <= Today; stamp = stamp.AddDays(1))
        {
            var day = stamp.AddDays(-1);
            if (Data.Global.FirstOrDefault(p => p.Date == day) is not { } total) continue;
            var ms = new DateTimeOffset(stamp.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds();
            caps.Add($"[{ms},{N(total.TotalMarketCapUsd * Share(coin, day))}]");
            volumes.Add($"[{ms},{N((total.TotalVolumeUsd ?? 0) * Share(coin, day))}]");
        }
        return Json($$"""{"prices":[],"market_caps":[{{string.Join(",", caps)}}],"total_volumes":[{{string.Join(",", volumes)}}]}""");
    }

    private ResponseMessage Klines(IRequestMessage request)
    {
        var asset = Param(request, "symbol").Replace("USDT", "", StringComparison.Ordinal);
        var interval = Param(request, "interval");
        var start = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(Param(request, "startTime"), CultureInfo.InvariantCulture));
        var end = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(Param(request, "endTime"), CultureInfo.InvariantCulture));
        var limit = int.Parse(Param(request, "limit"), CultureInfo.InvariantCulture);
        var series = Data.Assets.Single(a => a.Symbol == asset);
        var length = interval == "1d" ? TimeSpan.FromDays(1) : TimeSpan.FromHours(4);
        var bars = (interval == "1d" ? series.Daily : FourHour(series)).Where(c => c.OpenTime >= start && c.OpenTime <= end).Take(limit);
        return Json("[" + string.Join(",", bars.Select(c =>
            $"[{c.OpenTime.ToUnixTimeMilliseconds()},\"{N(c.Open)}\",\"{N(c.High)}\",\"{N(c.Low)}\",\"{N(c.Close)}\",\"1\",{(c.OpenTime + length).ToUnixTimeMilliseconds() - 1},\"{N(c.Volume)}\",1,\"0\",\"0\",\"0\"]")) + "]");
    }

    /// <summary>The sample's 4h bars where it has them, else six bars that step from the day's open to its close.</summary>
    private static IEnumerable<Candle> FourHour(AssetSeries series)
    {
        var sampled = series.FourHour.Select(c => c.Day).ToHashSet();
        var cut = series.Daily.Where(d => !sampled.Contains(d.Day)).SelectMany(d => Enumerable.Range(0, 6).Select(i =>
        {
            var open = d.Open + (d.Close - d.Open) * i / 6;
            var close = d.Open + (d.Close - d.Open) * (i + 1) / 6;
            return new Candle(d.OpenTime.AddHours(4 * i), open, Math.Max(open, close), Math.Min(open, close), close, d.Volume / 6);
        }));
        return cut.Concat(series.FourHour).OrderBy(c => c.OpenTime).ToList();
    }

    private ResponseMessage OpenInterest(IRequestMessage request)
    {
        var symbol = Param(request, "symbol");
        var asset = symbol.Replace("USDT", "", StringComparison.Ordinal);
        var start = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(Param(request, "startTime"), CultureInfo.InvariantCulture));
        var end = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(Param(request, "endTime"), CultureInfo.InvariantCulture));
        var points = Data.Assets.Single(a => a.Symbol == asset).Derivatives
            .Select(p => (At: new DateTimeOffset(p.Date.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), p.OpenInterestUsd))
            .Where(p => p.At >= start && p.At <= end && p.OpenInterestUsd is not null);
        return Json("[" + string.Join(",", points.Select(p =>
            $$"""{"symbol":"{{symbol}}","sumOpenInterest":"1","sumOpenInterestValue":"{{N(p.OpenInterestUsd!.Value)}}","timestamp":{{p.At.ToUnixTimeMilliseconds()}}}""")) + "]");
    }

    private ResponseMessage Stooq(IRequestMessage request)
    {
        var name = Param(request, "s") switch { "gc.f" => "GOLD", "si.f" => "SILVER", _ => "NASDAQ" };
        var from = DateOnly.ParseExact(Param(request, "d1"), "yyyyMMdd", CultureInfo.InvariantCulture);
        var to = DateOnly.ParseExact(Param(request, "d2"), "yyyyMMdd", CultureInfo.InvariantCulture);
        var bars = Data.CrossMarkets.Single(m => m.Name == name).Daily.Where(c => c.Day >= from && c.Day <= to).ToList();
        if (bars.Count == 0) return Text("No data");
        var csv = new StringBuilder("Date,Open,High,Low,Close,Volume\n");
        foreach (var c in bars) csv.Append(CultureInfo.InvariantCulture, $"{c.Day:yyyy-MM-dd},{N(c.Open)},{N(c.High)},{N(c.Low)},{N(c.Close)},{N(c.Volume)}\n");
        return Text(csv.ToString());
    }

    /// <summary>Lets a test put a fault in front of the playback (it wins: WireMock takes the newest matching mapping... with a higher priority).</summary>
    public void Fault(IRequestBuilder request, IResponseBuilder response) =>
        server.Given(request.UsingGet()).AtPriority(1).RespondWith(response);

    private void Serve(IRequestBuilder request, Func<IRequestMessage, ResponseMessage> answer) =>
        server.Given(request.UsingGet()).AtPriority(10).RespondWith(Response.Create().WithCallback(answer));

    private static string Param(IRequestMessage request, string name) => request.Query![name][0];

    private static ResponseMessage Json(string body) => Answer(body, "application/json");

    private static ResponseMessage Text(string body) => Answer(body, "text/csv");

    private static ResponseMessage Answer(string body, string contentType) => new()
    {
        StatusCode = 200,
        Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new(contentType) },
        BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
    };

    private static string N(decimal value) => value.ToString("0.########", CultureInfo.InvariantCulture);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

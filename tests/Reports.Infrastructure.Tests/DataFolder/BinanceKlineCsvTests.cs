using Reports.Domain.Market;
using static Reports.Infrastructure.Tests.DataFolder.TestDates;

namespace Reports.Infrastructure.Tests.DataFolder;

public sealed class BinanceKlineCsvTests : IDisposable
{
    // BTCUSDT 4h klines as data.binance.vision publishes them (times in milliseconds).
    private const string Ms0 = "1704067200000,42283.58000000,42554.57000000,42261.02000000,42475.23000000,1271.68108000,1704081599999,54016298.41370960,43462,619.65403000,26318463.31930170,0";
    private const string Ms1 = "1704081600000,42475.23000000,42690.00000000,42431.65000000,42613.56000000,1054.00985000,1704095999999,44867005.14573600,39186,531.31563000,22617580.39211540,0";
    private const string Ms2 = "1704096000000,42613.57000000,42775.00000000,42500.00000000,42653.72000000,930.59396000,1704110399999,39657254.61839120,36227,463.88549000,19771440.64453500,0";

    // The same candles as spot files since 2025 write them (times in microseconds).
    private const string Us0 = "1704067200000000,42283.58000000,42554.57000000,42261.02000000,42475.23000000,1271.68108000,1704081599999999,54016298.41370960,43462,619.65403000,26318463.31930170,0";
    private const string Us1 = "1704081600000000,42475.23000000,42690.00000000,42431.65000000,42613.56000000,1054.00985000,1704095999999999,44867005.14573600,39186,531.31563000,22617580.39211540,0";
    private const string Us2 = "1704096000000000,42613.57000000,42775.00000000,42500.00000000,42653.72000000,930.59396000,1704110399999999,39657254.61839120,36227,463.88549000,19771440.64453500,0";

    private readonly TempDataFolder folder = new();

    public void Dispose() => folder.Dispose();

    private async Task<MarketData> LoadAsync(params string[] rows)
    {
        folder.Write("4h/BTC.csv", string.Join("\n", rows) + "\n");
        return await folder.LoadAsync();
    }

    [Fact]
    public async Task Reads_candles_with_the_quote_volume_as_volume()
    {
        var data = await LoadAsync(Ms0, Ms1);

        Assert.Equal(
            [
                new Candle(Utc("2024-01-01T00:00:00"), 42283.58m, 42554.57m, 42261.02m, 42475.23m, 54016298.41370960m),
                new Candle(Utc("2024-01-01T04:00:00"), 42475.23m, 42690m, 42431.65m, 42613.56m, 44867005.145736m),
            ],
            data.Asset("BTC")!.FourHour);
        Assert.Empty(data.Warnings);
    }

    [Fact]
    public async Task Microsecond_and_millisecond_files_give_identical_candles()
    {
        using var other = new TempDataFolder();
        folder.Write("4h/BTC.csv", string.Join("\n", Ms0, Ms1, Ms2) + "\n");
        other.Write("4h/BTC.csv", string.Join("\n", Us0, Us1, Us2) + "\n");

        var fromMs = (await folder.LoadAsync()).Asset("BTC")!.FourHour;
        var fromUs = (await other.LoadAsync()).Asset("BTC")!.FourHour;

        Assert.Equal(3, fromMs.Count);
        Assert.Equal(fromMs, fromUs);
        Assert.Equal(Utc("2024-01-01T08:00:00"), fromUs[2].OpenTime);
    }

    [Fact]
    public async Task Units_are_detected_per_row_so_a_file_may_switch_to_microseconds()
    {
        var data = await LoadAsync(Ms0, Us1, Ms2);

        Assert.Equal(
            [Utc("2024-01-01T00:00:00"), Utc("2024-01-01T04:00:00"), Utc("2024-01-01T08:00:00")],
            data.Asset("BTC")!.FourHour.Select(c => c.OpenTime));
        Assert.Empty(data.Warnings);
    }

    [Fact]
    public async Task A_header_row_is_skipped_with_a_warning()
    {
        var data = await LoadAsync(
            "open_time,open,high,low,close,volume,close_time,quote_volume,count,taker_buy_volume,taker_buy_quote_volume,ignore", Ms0, Ms1);

        Assert.Equal(2, data.Asset("BTC")!.FourHour.Count);
        Assert.Equal(["4h/BTC.csv:1: header row skipped (Binance kline files have no header)"], data.Texts());
    }

    [Theory]
    [InlineData("1704081600000,42475.23,42690.00,42431.65,42613.56,1054.0,1704095999999,44867005.1,39186,531.3,22617580.3", "expected 12 fields but found 11")]
    [InlineData("1704081600000,42475.23,42690.00,42431.65,42613.56,1054.0,1704095999999,44867005.1,39186,531.3,22617580.3,0,0", "expected 12 fields but found 13")]
    [InlineData("1704081600000,42475.23,x,42431.65,42613.56,1054.0,1704095999999,44867005.1,39186,531.3,22617580.3,0", "high 'x' is not a number")]
    [InlineData("1704081600000,42475.23,42690.00,42431.65,42613.56,1054.0,1704095999999,-44867005.1,39186,531.3,22617580.3,0", "quote volume -44867005.1 is negative")]
    [InlineData("1704081600000,42475.23,42690.00,42431.65,42613.56,1054.0,1704095999999,44867005.1,many,531.3,22617580.3,0", "trades 'many' is not a number")]
    [InlineData("1704081600000,42475.23,42690.00,42431.65,42613.56,1054.0,soon,44867005.1,39186,531.3,22617580.3,0", "close time 'soon' is not a Unix time in milliseconds (13 digits) or microseconds (16 digits)")]
    [InlineData("170408160000,42475.23,42690.00,42431.65,42613.56,1054.0,1704095999999,44867005.1,39186,531.3,22617580.3,0", "open time '170408160000' is not a Unix time in milliseconds (13 digits) or microseconds (16 digits)")]
    [InlineData("1704081600000,42475.23,42400.00,42431.65,42413.56,1054.0,1704095999999,44867005.1,39186,531.3,22617580.3,0", "High 42400.00 is below Low 42431.65")]
    public async Task Malformed_rows_are_skipped_with_a_warning(string row, string problem)
    {
        var data = await LoadAsync(Ms0, row, Ms2);

        Assert.Equal([Utc("2024-01-01T00:00:00"), Utc("2024-01-01T08:00:00")], data.Asset("BTC")!.FourHour.Select(c => c.OpenTime));
        Assert.Equal(
            [$"4h/BTC.csv:2: {problem}; row skipped", "4h/BTC.csv: 1 missing 4-hour candle inside the series: 2024-01-01 04:00 UTC"],
            data.Texts());
    }

    [Fact]
    public async Task Gaps_longer_than_four_hours_are_warned()
    {
        var data = await LoadAsync(
            Ms0,
            "1704110400000,42653.72,42700,42600,42650,1,1704124799999,42650,1,0,0,0",   // 12:00, 04:00 and 08:00 missing
            "1704153600000,42650,42700,42600,42650,1,1704167999999,42650,1,0,0,0");   // 2024-01-02 00:00, 16:00 and 20:00 missing

        Assert.Equal(
            ["4h/BTC.csv: 4 missing 4-hour candles inside the series: 2024-01-01 04:00 UTC, 2024-01-01 08:00 UTC, 2024-01-01 16:00 UTC, 2024-01-01 20:00 UTC"],
            data.Texts());
    }

    [Fact]
    public async Task Candles_of_another_interval_fail_the_load()
    {
        // A 1h kline in the 4h folder: every indicator would be silently wrong.
        var message = await LoadFailureAsync(Ms0, "1704081600000,42475.23,42690,42431.65,42613.56,1,1704085199999,1,1,0,0,0");

        Assert.Equal("4h/BTC.csv:2: candle from 2024-01-01 04:00 UTC to 2024-01-01 04:59:59.999 UTC is not a 4-hour candle; 4h/ files must hold Binance 4h klines", message);
    }

    [Fact]
    public async Task Candles_off_the_four_hour_grid_fail_the_load()
    {
        var message = await LoadFailureAsync("1704070800000,42475.23,42690,42431.65,42613.56,1,1704085199999,1,1,0,0,0");

        Assert.Equal("4h/BTC.csv:1: candle opens at 2024-01-01 01:00 UTC, not on a 4-hour boundary (00:00, 04:00, … UTC)", message);
    }

    [Fact]
    public async Task Conflicting_candles_for_one_open_time_fail()
    {
        var message = await LoadFailureAsync(Ms0, Ms1, Ms1.Replace("42613.56000000", "42613.57000000"));

        Assert.Equal("4h/BTC.csv:3: 2024-01-01 04:00 UTC appears again with different values (first on line 2)", message);
    }

    [Fact]
    public async Task The_same_candle_in_milliseconds_and_microseconds_is_a_harmless_duplicate()
    {
        var data = await LoadAsync(Ms0, Ms1, Us1);

        Assert.Equal(2, data.Asset("BTC")!.FourHour.Count);
        Assert.Equal(["4h/BTC.csv:3: duplicate of line 2 (2024-01-01 04:00 UTC); kept one"], data.Texts());
    }

    [Fact]
    public async Task Through_the_last_representable_day_keeps_every_candle()
    {
        folder.Write("4h/BTC.csv", string.Join("\n", Ms0, Ms1) + "\n");

        var data = await folder.LoadAsync(DateOnly.MaxValue);

        Assert.Equal(2, data.Asset("BTC")!.FourHour.Count);
    }

    private async Task<string> LoadFailureAsync(params string[] rows)
    {
        folder.Write("4h/BTC.csv", string.Join("\n", rows) + "\n");
        return await folder.LoadFailureAsync();
    }
}

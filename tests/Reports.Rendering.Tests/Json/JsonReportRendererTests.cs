using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Reports.Rendering.Json;
using static Reports.Rendering.Tests.Json.RenderedJson;

namespace Reports.Rendering.Tests.Json;

public sealed class JsonReportRendererTests
{
    private readonly JsonElement _selloff = Root(ReportFixture.Selloff());
    private readonly JsonElement _rally = Root(ReportFixture.Rally());

    [Fact]
    public void Declares_json_format_and_content_type()
    {
        var renderer = new JsonReportRenderer();
        Assert.Equal("json", renderer.Format);
        Assert.Equal("application/json", renderer.ContentType);
    }

    [Fact]
    public void Root_has_the_contract_fields_in_order()
    {
        Assert.Equal(
            ["schemaVersion", "generator", "date", "headline", "standfirst", "bottomLine", "market", "history", "attribution", "assets", "divergences", "crossMarkets",
             "catalysts", "watch", "yesterdaysCalls", "events", "sections", "keyFigures", "sources", "gaps", "warnings"],
            Names(_selloff));
        Assert.Equal("1.6", _selloff.GetProperty("schemaVersion").GetString());
        Assert.Equal("Flow Reports", _selloff.GetProperty("generator").GetString());
        Assert.Equal("2026-02-05", _selloff.GetProperty("date").GetString());
        Assert.Equal("Crypto's $600 Billion Drain: Bitcoin Breaks Its January Floor", _selloff.GetProperty("headline").GetString());
        Assert.StartsWith("Total crypto market value fell 5.9%", _selloff.GetProperty("standfirst").GetString());
    }

    [Fact]
    public void Generator_can_be_named_by_the_host()
    {
        var bytes = new JsonReportRenderer("Flow Reports CLI 1.2").Render(ReportFixture.Rally());
        using var document = JsonDocument.Parse(bytes);
        Assert.Equal("Flow Reports CLI 1.2", document.RootElement.GetProperty("generator").GetString());
    }

    [Fact]
    public void Market_has_every_contract_field()
    {
        Assert.Equal(
            ["totalMarketCapUsd", "previousMarketCapUsd", "dailyChangePct", "dailyChangeUsd", "swingHighDate", "swingHighUsd", "drainUsd",
             "drainPerDayUsd", "drainDays", "cyclePeakDate", "cyclePeakUsd", "lossFromPeakUsd", "lossFromPeakPct",
             "totalVolumeUsd", "volumeRecord", "previousVolumeRecordDate", "previousVolumeRecordUsd", "volumeVsRecordPct", "liquidationsUsd",
             "longLiquidationsUsd", "shortLiquidationsUsd", "liquidationsLongSharePct", "liquidationsShortSharePct", "liquidationsRecord", "previousLiquidationsRecordDate",
             "previousLiquidationsRecordUsd", "liquidationAssets"],
            Names(_selloff.GetProperty("market")));
    }

    [Fact]
    public void Money_is_the_exact_decimal_without_rounding()
    {
        var market = _selloff.GetProperty("market");
        Assert.Equal(599_718_350_172.75m, market.GetProperty("drainUsd").GetDecimal());
        Assert.Equal("599718350172.75", market.GetProperty("drainUsd").GetRawText());
        Assert.Equal(ReportFixture.SelloffCap, market.GetProperty("totalMarketCapUsd").GetDecimal());
        // 599 718 350 172.75 / 22 does not terminate: all 28-29 significant digits of the decimal are kept.
        var perDay = ReportFixture.SelloffDrain / ReportFixture.SelloffDrainDays;
        Assert.Equal(perDay.ToString(CultureInfo.InvariantCulture), market.GetProperty("drainPerDayUsd").GetRawText());
        Assert.Equal(22, market.GetProperty("drainDays").GetInt32());
        Assert.Equal("2026-01-14", market.GetProperty("swingHighDate").GetString());
        Assert.Equal(3_012_554_901_377.12m, market.GetProperty("swingHighUsd").GetDecimal());
        Assert.Equal("2025-10-06", market.GetProperty("cyclePeakDate").GetString());
        Assert.Equal(1_967_065_566_446.07m, market.GetProperty("lossFromPeakUsd").GetDecimal());
        Assert.Equal("2125000000", market.GetProperty("liquidationsUsd").GetRawText()); // 2125000000.00: same value, no scale noise
        Assert.Equal(1_912_345_678.90m, market.GetProperty("longLiquidationsUsd").GetDecimal());
        Assert.Equal(212_654_321.10m, market.GetProperty("shortLiquidationsUsd").GetDecimal());
        Assert.Equal(71_204.80m, Single(_selloff.GetProperty("assets"), "symbol", "BTC").GetProperty("close").GetDecimal());
        Assert.Equal(1.3911m, Single(_selloff.GetProperty("assets"), "symbol", "XRP").GetProperty("close").GetDecimal());
    }

    [Fact]
    public void Percentages_are_in_percent_rounded_to_two_decimals()
    {
        var market = _selloff.GetProperty("market");
        Assert.Equal("-5.9", market.GetProperty("dailyChangePct").GetRawText()); // from -5.8995512345
        Assert.Equal(44.91m, market.GetProperty("lossFromPeakPct").GetDecimal());
        var btc = Single(_selloff.GetProperty("assets"), "symbol", "BTC");
        Assert.Equal(-7.47m, btc.GetProperty("dailyChangePct").GetDecimal());
        Assert.Equal(-14.63m, btc.GetProperty("weekChangePct").GetDecimal());
        Assert.Equal(-18.68m, btc.GetProperty("ytdChangePct").GetDecimal());
        Assert.Equal(-11.2m, btc.GetProperty("openInterestWeekChangePct").GetDecimal());
        Assert.Equal(-4.32m, btc.GetProperty("supportLevels")[0].GetProperty("distancePct").GetDecimal());
        Assert.Equal(6.12m, _selloff.GetProperty("divergences")[0].GetProperty("weekGapPct").GetDecimal());
        Assert.Equal(-4.97m, Single(_selloff.GetProperty("crossMarkets"), "name", "Nasdaq 100").GetProperty("dropFromHighPct").GetDecimal());
        Assert.Equal(-3.1m, _selloff.GetProperty("watch")[0].GetProperty("distancePct").GetDecimal());
        Assert.Equal(4.2m, _rally.GetProperty("market").GetProperty("dailyChangePct").GetDecimal());
    }

    [Fact]
    public void Assets_carry_figures_support_levels_and_momentum()
    {
        var btc = Single(_selloff.GetProperty("assets"), "symbol", "BTC");
        Assert.Equal(
            ["symbol", "hasDailyData", "open", "high", "low", "close", "dailyChangePct", "weakestSinceDate", "lowestOnRecord",
             "weekChangePct", "ytdChangePct", "ytdBaseDate", "ytdBaseClose", "volumeUsd", "openInterestUsd",
             "openInterestWeekChangePct", "longLiquidationsUsd", "shortLiquidationsUsd", "supportLevels", "fourHourCandles",
             "dailyCandles", "rsi4h", "rsiLow4h", "macd4h", "macdSignal4h", "macdHistogram4h", "previousMacdHistogram4h",
             "cmfDaily", "momentumReading", "momentumReadingText"],
            Names(btc));
        Assert.Equal(["BTC", "ETH", "SOL", "XRP", "DOGE"], _selloff.GetProperty("assets").EnumerateArray().Select(a => a.GetProperty("symbol").GetString()));
        Assert.Equal("2024-11-06", btc.GetProperty("weakestSinceDate").GetString());
        Assert.False(btc.GetProperty("lowestOnRecord").GetBoolean());
        Assert.True(Single(_selloff.GetProperty("assets"), "symbol", "SOL").GetProperty("lowestOnRecord").GetBoolean());
        Assert.Equal(52_300_000_000m, btc.GetProperty("openInterestUsd").GetDecimal());

        var support = btc.GetProperty("supportLevels")[0];
        Assert.Equal(["label", "price", "date", "broken", "closedBelow", "distancePct"], Names(support));
        Assert.Equal("26 Jan low", support.GetProperty("label").GetString());
        Assert.Equal(74_420.00m, support.GetProperty("price").GetDecimal());
        Assert.Equal("2026-01-26", support.GetProperty("date").GetString());
        Assert.True(support.GetProperty("broken").GetBoolean());
        Assert.False(btc.GetProperty("supportLevels")[1].GetProperty("broken").GetBoolean());
        Assert.True(btc.GetProperty("supportLevels")[1].GetProperty("closedBelow").GetBoolean());
    }

    [Fact]
    public void Indicators_keep_six_decimal_places()
    {
        var btc = Single(_selloff.GetProperty("assets"), "symbol", "BTC");
        Assert.Equal("24.318765", btc.GetProperty("rsi4h").GetRawText()); // from 24.318765432
        Assert.Equal("-1234.567891", btc.GetProperty("macd4h").GetRawText());
        Assert.Equal("-987.654321", btc.GetProperty("macdSignal4h").GetRawText());
        Assert.Equal("-246.91357", btc.GetProperty("macdHistogram4h").GetRawText());
        Assert.Equal("-0.184322", btc.GetProperty("cmfDaily").GetRawText());
        Assert.Equal("21.9", btc.GetProperty("rsiLow4h").GetRawText());
        Assert.Equal("0.612346", Single(_selloff.GetProperty("crossMarkets"), "name", "Nasdaq 100").GetProperty("correlationWithBtc").GetRawText());
        Assert.Equal("4.391235", _selloff.GetProperty("divergences")[0].GetProperty("rsiGap").GetRawText());
    }

    [Fact]
    public void Enums_are_camel_case_strings()
    {
        var assets = _selloff.GetProperty("assets");
        Assert.Equal("oversold", Single(assets, "symbol", "BTC").GetProperty("momentumReading").GetString());
        Assert.Equal("correctiveBounceInDowntrend", Single(assets, "symbol", "SOL").GetProperty("momentumReading").GetString());
        Assert.Equal("a corrective bounce within a downtrend", Single(assets, "symbol", "SOL").GetProperty("momentumReadingText").GetString());
        Assert.Equal("no reading: too few candles", Single(assets, "symbol", "XRP").GetProperty("momentumReadingText").GetString());
        Assert.Equal("insufficientData", Single(assets, "symbol", "XRP").GetProperty("momentumReading").GetString());
        Assert.Equal(
            ["crossMarketSelloff", "highCorrelation", "event", "recordVolume", "longSqueeze", "supportBroken"],
            _selloff.GetProperty("catalysts").EnumerateArray().Select(c => c.GetProperty("kind").GetString()));
        Assert.Equal(
            ["nearestSupport", "reclaimBrokenSupport", "swingHighReclaim", "momentumTurn", "scheduledEvent", "dataGap"],
            _selloff.GetProperty("watch").EnumerateArray().Select(c => c.GetProperty("kind").GetString()));
        Assert.Equal("shortSqueeze", _rally.GetProperty("catalysts")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public void Missing_figures_are_written_as_explicit_nulls()
    {
        var doge = Single(_selloff.GetProperty("assets"), "symbol", "DOGE");
        Assert.False(doge.GetProperty("hasDailyData").GetBoolean());
        foreach (var name in new[] { "open", "close", "dailyChangePct", "weakestSinceDate", "ytdBaseDate", "openInterestUsd", "rsi4h", "cmfDaily" })
        {
            Assert.Equal(JsonValueKind.Null, doge.GetProperty(name).ValueKind);
        }

        var nikkei = Single(_selloff.GetProperty("crossMarkets"), "name", "Nikkei 225");
        Assert.Equal(JsonValueKind.Null, nikkei.GetProperty("lastDate").ValueKind);
        Assert.Equal(JsonValueKind.Null, nikkei.GetProperty("correlationWithBtc").ValueKind);
        Assert.Equal(0, nikkei.GetProperty("correlationSamples").GetInt32());

        var market = _rally.GetProperty("market");
        foreach (var name in new[] { "cyclePeakDate", "cyclePeakUsd", "lossFromPeakUsd", "lossFromPeakPct", "totalVolumeUsd",
                     "previousVolumeRecordDate", "liquidationsUsd", "longLiquidationsUsd", "liquidationsRecord" })
        {
            Assert.Equal(JsonValueKind.Null, market.GetProperty(name).ValueKind);
        }

        Assert.Equal(JsonValueKind.Array, market.GetProperty("liquidationAssets").ValueKind);
        Assert.Equal(0, market.GetProperty("liquidationAssets").GetArrayLength());
        Assert.False(market.GetProperty("volumeRecord").GetBoolean());
        Assert.Equal(-21_000_000_000m, market.GetProperty("drainUsd").GetDecimal()); // negative: money arriving
        Assert.Equal(JsonValueKind.Null, _selloff.GetProperty("warnings")[1].GetProperty("line").ValueKind);
        Assert.Equal(JsonValueKind.Null, _rally.GetProperty("sources")[0].GetProperty("provenance").ValueKind);
    }

    [Fact]
    public void Lists_match_the_report()
    {
        var cross = Single(_selloff.GetProperty("crossMarkets"), "name", "Nasdaq 100");
        Assert.Equal(
            ["name", "lastDate", "close", "dailyChangePct", "weekChangePct", "highDate", "highClose", "dropFromHighPct",
             "correlationWithBtc", "correlationSamples"],
            Names(cross));
        Assert.Equal("2026-01-22", cross.GetProperty("highDate").GetString());
        Assert.Equal(21_900.10m, cross.GetProperty("highClose").GetDecimal());
        Assert.Equal(24, cross.GetProperty("correlationSamples").GetInt32());

        var catalyst = _selloff.GetProperty("catalysts")[2];
        Assert.Equal(["kind", "subject", "value", "date", "detail", "sourceUrl"], Names(catalyst));
        Assert.Equal(ReportFixture.EtfUrl, catalyst.GetProperty("sourceUrl").GetString());
        Assert.Equal(218_400_112_345.5m, _selloff.GetProperty("catalysts")[3].GetProperty("value").GetDecimal()); // USD: exact
        Assert.Equal("-4.41", _selloff.GetProperty("catalysts")[0].GetProperty("value").GetRawText()); // percent kind: 2 decimals
        Assert.Equal("0.61", _selloff.GetProperty("catalysts")[1].GetProperty("value").GetRawText()); // correlation: as given

        var watch = _selloff.GetProperty("watch")[0];
        Assert.Equal(["kind", "subject", "level", "distancePct", "exposureUsd", "detail", "date"], Names(watch));
        Assert.Equal(4_200_000_000m, watch.GetProperty("exposureUsd").GetDecimal());
        Assert.Equal(JsonValueKind.Null, watch.GetProperty("date").ValueKind);
        Assert.Equal("2026-02-18", _selloff.GetProperty("watch")[4].GetProperty("date").GetString());

        var fed = _selloff.GetProperty("events")[0];
        Assert.Equal(["date", "kind", "text", "sourceUrl"], Names(fed));
        Assert.Equal("2026-01-28", fed.GetProperty("date").GetString());
        Assert.Equal("central-bank", fed.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, _selloff.GetProperty("events")[2].GetProperty("sourceUrl").ValueKind);

        Assert.Equal(["stronger", "weaker", "weekGapPct", "ytdGapPct", "rsiGap", "cmfGap"], Names(_selloff.GetProperty("divergences")[0]));
        Assert.Equal(["no derivatives data for XRP", "no daily candle for DOGE on 2026-02-05"],
            _selloff.GetProperty("gaps").EnumerateArray().Select(g => g.GetString()));
        var warning = _selloff.GetProperty("warnings")[0];
        Assert.Equal(["source", "line", "message"], Names(warning));
        Assert.Equal(412, warning.GetProperty("line").GetInt32());
    }

    [Fact]
    public void Sources_say_which_data_is_synthetic()
    {
        var sources = _selloff.GetProperty("sources");
        Assert.Equal(["name", "origin", "from", "to", "rows", "synthetic", "provenance"], Names(sources[0]));
        var derivatives = Single(sources, "name", "BTC derivatives");
        Assert.True(derivatives.GetProperty("synthetic").GetBoolean());
        Assert.Equal(158, derivatives.GetProperty("rows").GetInt32());
        Assert.Equal("2025-09-01", derivatives.GetProperty("from").GetString());
        Assert.False(Single(sources, "name", "Total market cap").GetProperty("synthetic").GetBoolean());
    }

    [Fact]
    public void Sections_keep_sentences_and_the_figures_behind_them()
    {
        var sections = _selloff.GetProperty("sections");
        Assert.Equal(["The drain", "Bitcoin and ether", "What moved it", "What to watch", "Methodology"],
            sections.EnumerateArray().Select(s => s.GetProperty("title").GetString()));
        var first = sections[0].GetProperty("paragraphs")[0];
        Assert.Equal(["text", "isList", "sentences"], Names(first));
        Assert.False(first.GetProperty("isList").GetBoolean());
        Assert.Equal(
            "Total crypto market value fell 5.9% on 5 February to $2.413 trillion. Since the swing high of 14 January, $599.7 billion has left in 22 days.",
            first.GetProperty("text").GetString());
        var figure = first.GetProperty("sentences")[1].GetProperty("figures")[1];
        Assert.Equal(["path", "formatted"], Names(figure));
        Assert.Equal("market.drainUsd", figure.GetProperty("path").GetString());
        Assert.Equal("$599.7 billion", figure.GetProperty("formatted").GetString());
        Assert.True(sections[2].GetProperty("paragraphs")[0].GetProperty("isList").GetBoolean());

        var key = _selloff.GetProperty("keyFigures");
        Assert.Equal(["label", "value", "note"], Names(key[0]));
        Assert.Equal("−5.9% on the day", key[0].GetProperty("note").GetString());
        Assert.Equal(JsonValueKind.Null, key[4].GetProperty("note").ValueKind);
    }

    [Fact]
    public void Every_figure_path_in_the_prose_resolves_to_a_field_of_the_document()
    {
        var paths = _selloff.GetProperty("sections").EnumerateArray()
            .SelectMany(s => s.GetProperty("paragraphs").EnumerateArray())
            .SelectMany(p => p.GetProperty("sentences").EnumerateArray())
            .SelectMany(s => s.GetProperty("figures").EnumerateArray())
            .Select(f => f.GetProperty("path").GetString()!)
            .ToList();

        Assert.Equal(14, paths.Count);
        Assert.All(paths, path => Assert.NotEqual(JsonValueKind.Undefined, FigurePath.Resolve(_selloff, path).ValueKind));
        Assert.Equal(74_420.00m, FigurePath.Resolve(_selloff, "assets[BTC].supportLevels[0].price").GetDecimal());
        Assert.Equal(-4.41m, FigurePath.Resolve(_selloff, "crossMarkets[Nasdaq 100].weekChangePct").GetDecimal());
        // The keyed forms the narrative writes for catalysts, watch items and divergences.
        Assert.Equal(812_000_000m, FigurePath.Resolve(_selloff, "catalysts[LongSqueeze:BTC].value").GetDecimal());
        Assert.Equal("2026-02-18", FigurePath.Resolve(_selloff, "watch[ScheduledEvent:central-bank].date").GetString());
        Assert.Equal(4.7m, FigurePath.Resolve(_selloff, "divergences[SOL/ETH].weekGapPct").GetDecimal());
        Assert.Equal(JsonValueKind.Object, FigurePath.Resolve(_selloff, "assets[XRP]").ValueKind);
        Assert.Equal("2025-11-21", FigurePath.Resolve(_selloff, "assets[BTC].supportLevels[21 Nov 2025 low].date").GetString());
        Assert.Equal(JsonValueKind.Undefined, FigurePath.Resolve(_selloff, "assets[ADA].close").ValueKind);
        Assert.Equal(JsonValueKind.Undefined, FigurePath.Resolve(_selloff, "market.noSuchFigure").ValueKind);
    }

    [Fact]
    public void Every_property_name_is_camel_case_and_no_chart_series_leak_in()
    {
        var names = AllNames(_selloff).Concat(AllNames(_rally)).Distinct().ToList();
        Assert.All(names, n => Assert.Matches(new Regex("^[a-z][a-zA-Z0-9]*$"), n));
        Assert.DoesNotContain("charts", names);
        Assert.DoesNotContain("dailyClose", names);
        Assert.DoesNotContain("fourHour", names);
        Assert.DoesNotContain("settings", names);
    }

    [Fact]
    public void Output_is_indented_utf8_without_bom_with_readable_unicode()
    {
        var bytes = Bytes(ReportFixture.Selloff());
        Assert.Equal((byte)'{', bytes[0]); // no BOM (EF BB BF)
        Assert.Equal((byte)'\n', bytes[^1]);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain('\r', text);
        Assert.StartsWith("{\n  \"schemaVersion\": \"1.6\",\n  \"generator\": \"Flow Reports\",\n  \"date\": \"2026-02-05\",", text);
        Assert.Contains("\"note\": \"−5.9% on the day\"", text); // U+2212 kept as UTF-8, not \u2212
        Assert.Contains("3.50–3.75 %", text);
    }

    [Fact]
    public void Quotes_backslashes_and_control_characters_in_text_stay_valid_json()
    {
        const string nasty = "He said \"sell\" \\ <script>alert('x')</script> & +4.2 %\n\ttab\u0001";
        var report = ReportFixture.Selloff();
        report = report with { Article = report.Article with { Headline = nasty } };
        var text = Encoding.UTF8.GetString(new JsonReportRenderer().Render(report));
        Assert.Contains("\"headline\": \"He said \\\"sell\\\" \\\\ <script>alert('x')</script> & +4.2 %\\n\\ttab\\u0001\",", text);
        using var document = JsonDocument.Parse(text);
        Assert.Equal(nasty, document.RootElement.GetProperty("headline").GetString());
    }

    [Fact]
    public void Same_report_gives_the_same_bytes()
    {
        var renderer = new JsonReportRenderer();
        var report = ReportFixture.Selloff();
        var first = renderer.Render(report);
        Assert.Equal(first, renderer.Render(report));
        Assert.Equal(first, new JsonReportRenderer().Render(ReportFixture.Selloff())); // an equal, separately built report
        Assert.NotEqual(first, renderer.Render(ReportFixture.Rally()));
    }
}

using BenchmarkDotNet.Attributes;
using Reports.Domain.Analysis;
using Reports.Domain.Market;
using Reports.Domain.Narrative;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
using Reports.Infrastructure.DataFolder;
using Reports.Rendering;

namespace Reports.Bench;

// Benchmarks return object/byte[]: BenchmarkDotNet's generated code lives in namespace BenchmarkDotNet, where
// "Reports.Domain..." would resolve against BenchmarkDotNet.Reports.

/// <summary>Each stage of the pipeline on the bundled samples, and the whole of it, so their ratios show where time goes.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private readonly string _folder = Path.Combine(AppContext.BaseDirectory, "samples");
    private readonly IReportRenderer _pdf = ReportRenderers.ForExtension("pdf")!;
    private MarketData _data = MarketData.Empty;
    private DateOnly _day;
    private FlowAnalysis _analysis = null!;
    private FlowReport _report = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _data = await LoadReportData();
        _day = _data.LastDay!.Value;
        _analysis = FlowAnalyzer.Analyze(_data, _day);
        _report = NarrativeEngine.Report(_analysis);
        _pdf.Render(_report); // fonts and Skia warm
    }

    /// <summary>What a report reads, as the CLI loads it (per-coin caps for the attribution's month only).</summary>
    private Task<MarketData> LoadReportData() => new BuildReport(new DataFolderStore(_folder)).LoadAsync(null, CancellationToken.None);

    [Benchmark(Description = "load data folder")]
    public async Task<object> Load() => await LoadReportData();

    [Benchmark(Description = "analysis only")]
    public object Analyse() => FlowAnalyzer.Analyze(_data, _day);

    /// <summary>One day's figures and words, history ranks and the rebuilt D−1 included: the budget is 20 ms (issue 16).</summary>
    [Benchmark(Description = "analysis + narrative")]
    public object AnalyseAndNarrate() => NarrativeEngine.Report(FlowAnalyzer.Analyze(_data, _day));

    [Benchmark(Description = "narrative only")]
    public object Narrate() => NarrativeEngine.Write(_analysis);

    [Benchmark(Baseline = true, Description = "PDF layout + bytes")]
    public byte[] RenderPdf() => _pdf.Render(_report);

    [Benchmark(Description = "load + analysis + narrative (no PDF)")]
    public async Task<object> LoadAndWrite()
    {
        var data = await LoadReportData();
        return NarrativeEngine.Report(FlowAnalyzer.Analyze(data, data.LastDay!.Value));
    }

    [Benchmark(Description = "full pipeline to PDF")]
    public async Task<byte[]> FullPipeline()
    {
        var data = await LoadReportData();
        return _pdf.Render(NarrativeEngine.Report(FlowAnalyzer.Analyze(data, data.LastDay!.Value)));
    }
}

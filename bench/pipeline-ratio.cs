#:project ../src/Reports.Infrastructure/Reports.Infrastructure.csproj
#:project ../src/Reports.Rendering/Reports.Rendering.csproj
#:property PublishAot=false
// Issue 15's "full pipeline ≤ 1.3 × the render alone", measured in one process: the render of a fixed report and the
// full pipeline (load the bundled samples as a report does, analyse, write, render) alternate call by call, so both see
// the same machine, the same JIT state and the same heap. BenchmarkDotNet runs each row in its own process, and there
// the render alone swings 38-45 ms from one process to the next on a 2-core machine: the ratio of two rows from two
// processes moves by as much as the target's margin.
//   dotnet run -c Release bench/pipeline-ratio.cs -- [rounds] [samples folder]
using System.Diagnostics;
using Reports.Domain.Analysis;
using Reports.Domain.Narrative;
using Reports.Domain.UseCases;
using Reports.Infrastructure.DataFolder;
using Reports.Rendering;

var rounds = args.Length > 0 ? int.Parse(args[0]) : 300;
var folder = args.Length > 1 ? args[1] : Path.Combine(Path.GetDirectoryName(AppContext.GetData("EntryPointFilePath") as string ?? ".")!, "..", "samples");
var pdf = ReportRenderers.ForExtension("pdf")!;
var build = new BuildReport(new DataFolderStore(folder));

async Task<byte[]> Full()
{
    var data = await build.LoadAsync(null, CancellationToken.None);
    return pdf.Render(NarrativeEngine.Report(FlowAnalyzer.Analyze(data, data.LastDay!.Value)));
}

var fixedData = await build.LoadAsync(null, CancellationToken.None);
var report = NarrativeEngine.Report(FlowAnalyzer.Analyze(fixedData, fixedData.LastDay!.Value));
// Same bytes either way, or the two timings measure different work.
var fromFull = await Full();
if (!pdf.Render(report).AsSpan().SequenceEqual(fromFull))
    throw new InvalidOperationException("the full pipeline and the fixed report render different PDFs");

var render = new List<double>();
var full = new List<double>();
var warmUp = rounds / 3;
for (var i = 0; i < warmUp + rounds; i++)
{
    var sw = Stopwatch.StartNew();
    pdf.Render(report);
    var r = sw.Elapsed.TotalMilliseconds;
    sw.Restart();
    await Full();
    var f = sw.Elapsed.TotalMilliseconds;
    if (i < warmUp) continue;
    render.Add(r);
    full.Add(f);
}

static double Median(List<double> t) => t.Order().ElementAt(t.Count / 2);
Console.WriteLine($"render alone: median {Median(render):F2} ms, mean {render.Average():F2} ms (n={render.Count})");
Console.WriteLine($"full pipeline: median {Median(full):F2} ms, mean {full.Average():F2} ms (n={full.Count})");
Console.WriteLine($"ratio: {Median(full) / Median(render):F3} of medians, {full.Average() / render.Average():F3} of means");

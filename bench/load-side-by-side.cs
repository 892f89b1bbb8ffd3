#:property PublishAot=false
// Loads the bundled samples as a report does (LoadForReportAsync(null, 31), as PipelineBenchmarks.Load) with several
// builds of Reports.Infrastructure side by side, one AssemblyLoadContext each, alternating the build every iteration
// so each sees the same machine load: for old-against-new on a busy machine, where separate runs swing too much.
//   dotnet run -c Release bench/load-side-by-side.cs -- OLD/bench/Reports.Bench/bin/Release/net10.0 NEW/bench/Reports.Bench/bin/Release/net10.0
// Each argument is a built Reports.Bench output folder; the first one's samples/ and shared assemblies are used.
using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;

var dirs = args.Where(a => !a.StartsWith("--")).ToArray();
var iterations = 400;
var samples = Path.Combine(dirs[0], "samples");
AssemblyLoadContext.Default.Resolving += (ctx, name) => File.Exists(Path.Combine(dirs[0], name.Name + ".dll")) ? ctx.LoadFromAssemblyPath(Path.Combine(dirs[0], name.Name + ".dll")) : null;
var loaders = dirs.Select(d => Loader(d)).ToArray();
var times = dirs.Select(_ => new List<double>()).ToArray();
for (var w = 0; w < 30; w++) foreach (var l in loaders) await l();
for (var i = 0; i < iterations; i++)
{
    for (var k = 0; k < loaders.Length; k++)
    {
        var sw = Stopwatch.StartNew();
        await loaders[(k + i) % loaders.Length]();
        times[(k + i) % loaders.Length].Add(sw.Elapsed.TotalMilliseconds);
    }
}
for (var k = 0; k < dirs.Length; k++)
{
    var t = times[k].OrderBy(x => x).ToArray();
    Console.WriteLine($"{dirs[k]}: min {t[0]:F2} p10 {t[t.Length / 10]:F2} median {t[t.Length / 2]:F2} mean {t.Average():F2} ms (n={t.Length})");
}

Func<Task> Loader(string dir)
{
    var alc = new DirLoadContext(dir);
    var infra = alc.LoadFromAssemblyPath(Path.Combine(dir, "Reports.Infrastructure.dll"));
    var type = infra.GetType("Reports.Infrastructure.DataFolder.DataFolderStore")!;
    var store = Activator.CreateInstance(type, samples, null, null)!;
    var method = type.GetMethod("LoadForReportAsync")!;
    return () => (Task)method.Invoke(store, [null, 31, CancellationToken.None])!;
}

sealed class DirLoadContext(string dir) : AssemblyLoadContext(isCollectible: false)
{
    protected override Assembly? Load(AssemblyName name)
    {
        var path = Path.Combine(dir, name.Name + ".dll");
        return File.Exists(path) && name.Name!.StartsWith("Reports.") || name.Name == "CsvHelper" ? LoadFromAssemblyPath(path) : null;
    }
}

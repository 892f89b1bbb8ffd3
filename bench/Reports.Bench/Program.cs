using BenchmarkDotNet.Running;
using Reports.Bench;

// dotnet run -c Release --project bench/Reports.Bench -- --filter '*'
// dotnet run -c Release --project bench/Reports.Bench -- fanout [subscribers]   (one measured run, see FanOutBenchmark)
if (args is ["fanout", ..]) return await FanOutBenchmark.RunAsync(args);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

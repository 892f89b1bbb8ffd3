using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Reports.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

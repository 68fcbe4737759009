using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Benchmarks -- --filter '*' --job short
// Each benchmark run builds its own copy of the solution without the shared compiler: on a two-core machine that took
// more than BenchmarkDotNet's default two minutes.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
BenchmarkSwitcher.FromAssembly(typeof(Bouwmarkt.Bot.Benchmarks.LiteDbStorageBenchmarks).Assembly).Run(args, config);

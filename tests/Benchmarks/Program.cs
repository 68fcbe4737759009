using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Benchmarks -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Bouwmarkt.Bot.Benchmarks.LiteDbStorageBenchmarks).Assembly).Run(args);

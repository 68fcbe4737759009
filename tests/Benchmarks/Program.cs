using BenchmarkDotNet.Running;
using Bouwmarkt.Bot.Benchmarks.Recognition;

BenchmarkSwitcher.FromAssembly(typeof(LocalRecognizerBenchmarks).Assembly).Run(args);

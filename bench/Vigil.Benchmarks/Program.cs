using BenchmarkDotNet.Running;
using Vigil.Benchmarks.Matching;

// Runs the benchmarks chosen on the command line, for example:
//   dotnet run -c Release --project bench/Vigil.Benchmarks -- --filter '*Normalization*' --job short
// See bench/README.md.
BenchmarkSwitcher.FromAssembly(typeof(NormalizationBenchmarks).Assembly).Run(args);

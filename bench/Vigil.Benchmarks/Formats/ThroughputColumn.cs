using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Parameters;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Vigil.Benchmarks.Formats;

/// <summary>A benchmark that reads an input of known size per operation.</summary>
public interface IThroughputBenchmark
{
    /// <summary>The bytes read by one operation, with the benchmark's parameters set (no setup run).</summary>
    long InputBytes { get; }
}

/// <summary>Adds the <c>MB/s</c> column (input megabytes, 10^6 bytes, per second of the mean) to the benchmarks of a
/// class that implements <see cref="IThroughputBenchmark"/>.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public ThroughputConfig() => AddColumn(new ThroughputColumn());

    private sealed class ThroughputColumn : IColumn
    {
        public string Id => "Vigil.Throughput";

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Input megabytes (10^6 bytes) read per second, from the mean";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            if (summary[benchmarkCase]?.ResultStatistics is not { } statistics || InputBytes(benchmarkCase) is not { } bytes)
            {
                return "-";
            }

            return (bytes / 1e6 / (statistics.Mean / 1e9)).ToString("F1", CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        /// <summary>The input size: a fresh instance of the benchmark class with the case's parameters set.</summary>
        private static long? InputBytes(BenchmarkCase benchmarkCase)
        {
            if (Activator.CreateInstance(benchmarkCase.Descriptor.Type) is not IThroughputBenchmark benchmark)
            {
                return null;
            }

            foreach (ParameterInstance parameter in benchmarkCase.Parameters.Items)
            {
                benchmarkCase.Descriptor.Type.GetProperty(parameter.Name)?.SetValue(benchmark, parameter.Value);
            }

            return benchmark.InputBytes;
        }
    }
}

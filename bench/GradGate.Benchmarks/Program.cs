using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace GradGate.Benchmarks;

/// <summary>
/// Runs the benchmarks with a short job (one launch, three warm-ups, seven measured iterations) in this
/// process, with allocations measured. Arguments are BenchmarkDotNet's own, such as <c>--filter '*'</c>.
/// </summary>
internal static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["scale", .. var scale])
        {
            ScaleRun.Run(scale);
            return;
        }

        var config = DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithWarmupCount(3).WithIterationCount(7).WithToolchain(InProcessEmitToolchain.Instance))
            .AddDiagnoser(MemoryDiagnoser.Default);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}

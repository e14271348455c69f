using System.Runtime.CompilerServices;
using GradGate.Results;

namespace GradGate.Runner;

/// <summary>The runner from command line to exit code.</summary>
internal static class RunnerCommand
{
    /// <summary>
    /// Not inlined into Main, which runs before the fallback to the runner's folder is in place: compiling
    /// this method loads GradGate.Results.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Run(string[] args)
    {
        var start = RunnerArguments.Parse(args);
        var standby = start.Kind == RunnerStartKind.Standby;
        var warmUp = EngineWarmUp.Start(hasTimeToSpare: standby);
        var diagnostics = ConsoleIsolation.ReserveStandardError();
        if (start.Kind == RunnerStartKind.Invalid)
        {
            diagnostics.WriteLine(RunnerArguments.Usage);
            return RunnerExitCodes.RunnerFailed;
        }

        var requestPath = standby ? StandbyRequest.Wait() : start.RequestPath;
        if (requestPath is null)
        {
            return RunnerExitCodes.StandbyDismissed;
        }

        if (!RunRequestReader.TryRead(requestPath, out var request, out var problem)
            || !EventStreamWriter.TryOpen(request.EventsPath, out var events, out problem))
        {
            return Fail(diagnostics, problem);
        }

        using (events)
        {
            if (!UserAssemblyLoader.TryLoad(request.AssemblyPath, out var assembly, out problem))
            {
                events.Log($"the runner failed: {problem}");
                return Fail(diagnostics, problem);
            }

            events.Log($"loaded {assembly.FullName} from '{assembly.Location}' on .NET {Environment.Version}");
            foreach (var unloadable in UserAssemblyLoader.UnloadableReferences(assembly))
            {
                events.Log(unloadable);
                diagnostics.WriteLine($"GradGate runner: {unloadable}");
            }

            var witness = CrashWitness.Watch(events);
            warmUp.Finish();
            var heap = HeapExhaustionWatch.Start();
            var exitCode = new CheckSession(assembly, request, events, witness, heap).RunAll();
            events.Done(exitCode);
            return exitCode;
        }
    }

    private static int Fail(TextWriter diagnostics, string problem)
    {
        diagnostics.WriteLine($"GradGate runner failed: {problem}");
        return RunnerExitCodes.RunnerFailed;
    }
}

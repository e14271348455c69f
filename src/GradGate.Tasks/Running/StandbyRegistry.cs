using GradGate.Gate.Running;
using Microsoft.Build.Framework;

namespace GradGate.Tasks.Running;

/// <summary>
/// Keeps a runner on standby from the task that started it, before the compiler ran, for the run task of the same
/// project's build. MSBuild disposes an object still registered when the build ends, which dismisses a runner that no
/// task took over: a build that failed to compile, was cancelled, or found its checks up to date.
/// </summary>
internal static class StandbyRegistry
{
    /// <summary>Registers <paramref name="standby"/> for the run task; one registered before under the same folder is dismissed.</summary>
    public static void Register(IBuildEngine engine, string intermediateDirectory, RunnerStandby standby)
    {
        if (engine is not IBuildEngine4 registry)
        {
            standby.Dispose();
            return;
        }

        (registry.UnregisterTaskObject(Key(intermediateDirectory), RegisteredTaskObjectLifetime.Build) as IDisposable)?.Dispose();
        registry.RegisterTaskObject(Key(intermediateDirectory), standby, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
    }

    /// <summary>The runner started on standby for this project's build, now the caller's to dispose; null when there is none.</summary>
    public static RunnerStandby? TakeOver(IBuildEngine engine, string intermediateDirectory)
        => engine is IBuildEngine4 registry
            ? registry.UnregisterTaskObject(Key(intermediateDirectory), RegisteredTaskObjectLifetime.Build) as RunnerStandby
            : null;

    private static string Key(string intermediateDirectory) => "GradGate.RunnerStandby|" + Path.GetFullPath(intermediateDirectory);
}

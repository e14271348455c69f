using System.Runtime.InteropServices;
using GradGate.Gate;
using GradGate.Tasks.Running;
using Microsoft.Build.Framework;

namespace GradGate.Tasks;

/// <summary>
/// Starts the GradGate runner on standby before the compiler runs (GradGateStartRunnerEarly), so that by the time
/// <see cref="RunGradientChecks"/> has written its request the runner's process has started and compiled the checking
/// engine on the time the compiler left. Never fails the build and logs only at low importance: a runner that cannot
/// be started, or turns out not to fit the build, is replaced by one started as without this task.
/// </summary>
public sealed class StartGradientRunner : RunnerLaunchTask
{
    public override bool Execute()
    {
        if (EarlyStartPolicy.Declines(RuntimeInformation.IsOSPlatform(OSPlatform.Windows), Environment.ProcessorCount) is { } reason)
        {
            Log.LogMessage(MessageImportance.Low, $"GradGate: the runner is not started early: {reason}.");
            return true;
        }

        try
        {
            var standby = new CheckRun { Setup = Setup() }.StartStandby();
            if (standby is null)
            {
                Log.LogMessage(MessageImportance.Low, "GradGate: the runner is not started early: the files of an earlier build it needs are not all there.");
                return true;
            }

            Log.LogMessage(MessageImportance.Low, $"GradGate: started the runner early, on standby until the checks are compiled: {standby.CommandLine}");
            StandbyRegistry.Register(BuildEngine, IntermediateDirectory, standby);
        }
        catch (Exception exception)
        {
            // Only a head start: whatever stops it here, the run task meets again and reports with its code, or runs without it.
            Log.LogMessage(MessageImportance.Low, $"GradGate: the runner is not started early: {exception.GetType().Name}: {exception.Message}");
        }

        return true;
    }
}

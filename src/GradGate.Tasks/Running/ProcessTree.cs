using System.ComponentModel;
using System.Diagnostics;
using System.Reflection;

namespace GradGate.Tasks.Running;

/// <summary>Ends a process and everything it started.</summary>
internal static class ProcessTree
{
    // Process.Kill(bool entireProcessTree) exists on .NET Core 3.0 and later, where the SDK's MSBuild runs; the
    // task is compiled for netstandard2.0, so it is found at run time. .NET Framework MSBuild kills the runner alone.
    private static readonly MethodInfo? KillWithTree = typeof(Process).GetMethod(nameof(Process.Kill), [typeof(bool)]);

    public static void Kill(Process process)
    {
        try
        {
            if (KillWithTree is not null)
            {
                KillWithTree.Invoke(process, [true]);
            }
            else
            {
                process.Kill();
            }
        }
        catch (Exception exception) when (IsAlreadyGone(exception))
        {
            // The process ended between the decision to kill it and the kill: nothing is left to end.
        }
    }

    private static bool IsAlreadyGone(Exception exception)
        => (exception is TargetInvocationException { InnerException: { } inner } ? inner : exception)
            is InvalidOperationException or Win32Exception;
}

using System.Reflection;
using System.Runtime.Loader;

namespace GradGate.Runner;

/// <summary>
/// Resolves assemblies the user's dependency context does not provide from the runner's own folder, where
/// the package ships GradGate.Engine and GradGate.Results.
/// </summary>
internal static class RunnerAssemblyFallback
{
    public static void Install()
    {
        var runnerFolder = Path.GetDirectoryName(typeof(RunnerAssemblyFallback).Assembly.Location) ?? AppContext.BaseDirectory;
        AssemblyLoadContext.Default.Resolving += (context, name) => ResolveFromFolder(context, name, runnerFolder);
    }

    private static Assembly? ResolveFromFolder(AssemblyLoadContext context, AssemblyName name, string folder)
    {
        var candidate = Path.Combine(folder, name.Name + ".dll");
        return File.Exists(candidate) ? context.LoadFromAssemblyPath(candidate) : null;
    }
}

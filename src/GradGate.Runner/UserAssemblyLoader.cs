using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.Loader;

namespace GradGate.Runner;

/// <summary>
/// Loads the assembly that declares the checks into the default context, with the dependencies its
/// deps.json put on the TPA list, and names the references that cannot be loaded.
/// </summary>
internal static class UserAssemblyLoader
{
    public static bool TryLoad(string assemblyPath, [NotNullWhen(true)] out Assembly? assembly, [NotNullWhen(false)] out string? problem)
    {
        assembly = null;
        var fullPath = Path.GetFullPath(assemblyPath);
        if (!File.Exists(fullPath))
        {
            problem = $"the assembly '{fullPath}' does not exist: build the project before running its checks";
            return false;
        }

        Assembly loaded;
        try
        {
            loaded = IsOnTrustedPlatformList(fullPath)
                ? AssemblyLoadContext.Default.LoadFromAssemblyName(AssemblyName.GetAssemblyName(fullPath))
                : AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
        }
        catch (Exception exception) when (exception is FileLoadException or BadImageFormatException)
        {
            problem = $"cannot load the assembly '{fullPath}': {exception.Message}";
            return false;
        }

        assembly = loaded;
        problem = null;
        return true;
    }

    /// <summary>
    /// Every assembly reference that cannot be loaded, described. Only a note: the checks that use such an
    /// assembly fail on their own (GG0009, naming it) while the others still run.
    /// </summary>
    public static IEnumerable<string> UnloadableReferences(Assembly assembly)
    {
        foreach (var reference in assembly.GetReferencedAssemblies())
        {
            var problem = TryLoadReference(reference);
            if (problem is not null)
            {
                yield return $"'{assembly.GetName().Name}' ({assembly.Location}) references '{reference.FullName}', which cannot be loaded: {problem} "
                    + "The checks that use it will fail. Check that the project's deps.json lists it and that it was copied to the output folder "
                    + "or restored to a NuGet package folder passed with --additionalprobingpath.";
            }
        }
    }

    /// <summary>
    /// The host lists the deps.json's assemblies as trusted; such an assembly must be loaded by name, since
    /// loading it again by path would clash with the copy the host already knows.
    /// </summary>
    private static bool IsOnTrustedPlatformList(string fullPath)
    {
        var trusted = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "";
        var fileName = Path.GetFileName(fullPath);
        return trusted
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(entry => string.Equals(Path.GetFileName(entry), fileName, StringComparison.OrdinalIgnoreCase));
    }

    private static string? TryLoadReference(AssemblyName reference)
    {
        try
        {
            AssemblyLoadContext.Default.LoadFromAssemblyName(reference);
            return null;
        }
        catch (Exception exception) when (exception is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            return exception.Message;
        }
    }
}

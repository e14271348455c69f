using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.Loader;

namespace GradGate.Runner;

/// <summary>
/// Loads the assembly that declares the checks into the default context, with the dependencies its
/// deps.json put on the TPA list, and makes sure every assembly it references can be loaded too.
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

        problem = FindUnloadableReference(loaded);
        assembly = problem is null ? loaded : null;
        return assembly is not null;
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

    private static string? FindUnloadableReference(Assembly assembly)
    {
        foreach (var reference in assembly.GetReferencedAssemblies())
        {
            try
            {
                AssemblyLoadContext.Default.LoadFromAssemblyName(reference);
            }
            catch (Exception exception) when (exception is FileNotFoundException or FileLoadException or BadImageFormatException)
            {
                return $"'{assembly.GetName().Name}' ({assembly.Location}) references '{reference.FullName}', which cannot be loaded: {exception.Message} "
                    + "Check that the project's deps.json lists it and that it was copied to the output folder or restored to a NuGet package folder passed with --additionalprobingpath.";
            }
        }

        return null;
    }
}

using System.Reflection;

namespace GradGate.Checking;

/// <summary>
/// The methods marked [GradCheck], found by reflection in the order the compiler declared them: the order the gate
/// finds them in from metadata. Whatever their signature: one GradGate may not call becomes a GG0014 result.
/// </summary>
internal static class GradCheckMethods
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    public static IEnumerable<MethodInfo> DeclaredIn(Assembly assembly)
        => Types(assembly).OrderBy(type => type.MetadataToken).SelectMany(DeclaredBy);

    public static IEnumerable<MethodInfo> DeclaredBy(Type type)
        => type.GetMethods(Declared).Where(method => method.IsDefined(typeof(GradCheckAttribute), inherit: false)).OrderBy(method => method.MetadataToken);

    /// <summary>Every type that loads: a type whose dependencies are missing cannot hold a check GradGate could call.</summary>
    private static IEnumerable<Type> Types(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partial)
        {
            return partial.Types.OfType<Type>();
        }
    }
}

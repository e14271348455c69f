using System.Reflection;
using GradGate.Results;

namespace GradGate.Checking;

/// <summary>The request that names a [GradCheck] method in process, as the gate's runner receives one from the build.</summary>
internal static class CheckRequests
{
    public static CheckRequest For(Type type, string methodName)
        => new() { Id = $"{type.FullName}.{methodName}", TypeName = type.FullName ?? type.Name, MethodName = methodName };

    public static CheckRequest For(MethodInfo method)
        => For(method.DeclaringType ?? throw new ArgumentException($"'{method.Name}' is not declared in a type, so it cannot be a [GradCheck] method.", nameof(method)), method.Name);
}
